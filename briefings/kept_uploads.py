"""The file an editor previewed on the import form, kept for "Import".

A browser never lets a page fill a file input back in, so after "Preview" the page carries the
file itself in a hidden field: compressed, and signed for the person who uploaded it and for
KEPT_FOR seconds, so that what comes back is that file, from them, and not stale. Nothing is
stored on the server; the import reads it exactly as it would the upload, name included (a
document without a title of its own is titled after its file).
"""

import base64
import zlib

from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile

KEPT_FOR = 12 * 60 * 60  # a preview left open over a working day


class UploadLost(Exception):
    """The kept file cannot be read back: forged, someone else's, damaged or too old."""


def _signer(user):
    return signing.TimestampSigner(salt=f"briefings.kept_uploads.{user.pk}")


def _text(data):
    return base64.urlsafe_b64encode(data).decode("ascii")


def keep(data, name, *, user):
    """`data` (bytes) uploaded as `name` by `user`, as the hidden field carries it."""
    return _signer(user).sign(f"{_text(name.encode('utf-8'))}.{_text(zlib.compress(data))}")


def kept(value, *, user):
    """The file `keep` packed into `value`, as an upload again; UploadLost when it cannot be."""
    try:
        name, data = _signer(user).unsign(value, max_age=KEPT_FOR).split(".")
        name = base64.urlsafe_b64decode(name).decode("utf-8")
        return SimpleUploadedFile(name, zlib.decompress(base64.urlsafe_b64decode(data)))
    except (signing.BadSignature, ValueError, zlib.error) as lost:
        raise UploadLost from lost
