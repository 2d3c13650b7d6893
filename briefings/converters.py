"""Numbers in the site's addresses (ids, revision and version numbers), as the site writes them."""

#: An id or a number as written: no sign, no leading zero, at most 18 digits. Django's `int`
#: converter takes any run of digits, so "/claims/018/" was claim 18's page again (a boundless
#: family of addresses for one page, each kept by the public cache on its own) and a number past
#: 64 bits reached SQLite, which cannot hold it (a 500). 18 digits stay below 2**63 on every engine;
#: no newsroom will number anything past them.
ID_PATTERN = "[1-9][0-9]{0,17}"


class IdConverter:
    """`<id:pk>`: a number matching ID_PATTERN; any other spelling is no page (404)."""

    regex = ID_PATTERN

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)
