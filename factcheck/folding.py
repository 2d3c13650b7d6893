"""Text matching "in any case" for every letter, not ASCII's alone.

SQLite's LIKE (behind Django's `icontains` there) folds the case of ASCII letters only, so
"GARCÍA" did not find "García" nor "GDAŃSK" "Gdańsk"; and a decomposed accent (NFD, as macOS and
some keyboards send it) found nothing. The lookup `folded_icontains` folds both sides with
Python's `casefold` after NFC normalisation (a function registered on each SQLite connection);
PostgreSQL's UPPER already folds every letter, and the value is normalised to NFC there too.
"""

import unicodedata

from django.db.backends.signals import connection_created
from django.db.models import CharField, TextField
from django.db.models.lookups import IContains

FOLD_FUNCTION = "factdesk_fold"


def fold(text):
    """`text` as compared: NFC, then case-folded (None stays None, as SQL's NULL)."""
    if text is None:
        return None
    return unicodedata.normalize("NFC", str(text)).casefold()


def register_fold(sender, connection, **kwargs):
    """Give each new SQLite connection the fold function (a `connection_created` receiver)."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(FOLD_FUNCTION, 1, fold, deterministic=True)


class FoldedContains(IContains):
    """`field__folded_icontains=value`: the field contains the value in any case and
    normalisation. `%` and `_` in the value stay literal, as with `icontains`."""

    lookup_name = "folded_icontains"

    def get_prep_lookup(self):
        value = super().get_prep_lookup()
        return unicodedata.normalize("NFC", value) if isinstance(value, str) else value

    def as_sql(self, compiler, connection):
        """On SQLite, both sides folded by the registered function; elsewhere Django's own
        `icontains` (PostgreSQL's UPPER folds every letter), on the NFC-normalised value."""
        if connection.vendor != "sqlite":
            return IContains(self.lhs, self.rhs).as_sql(compiler, connection)
        return super().as_sql(compiler, connection)

    def process_lhs(self, compiler, connection, lhs=None):
        sql, params = super().process_lhs(compiler, connection, lhs)
        return f"{FOLD_FUNCTION}({sql})", params

    def get_rhs_op(self, connection, rhs):
        return f"LIKE {FOLD_FUNCTION}({rhs}) ESCAPE '\\'"


def connect():
    """Register the lookup on text fields and the function on SQLite connections (at start-up)."""
    CharField.register_lookup(FoldedContains)
    TextField.register_lookup(FoldedContains)
    connection_created.connect(register_fold, dispatch_uid="factcheck.folding.register_fold")
