"""The file store of the public cache, without Django's compression.

Django's FileBasedCache zlib-compresses every value it writes, so every hit of a 225 KB article
decompressed 225 KB (about as long as the rest of the hit). Here values are pickled as they are:
a body is stored once as bytes (and, for readers who accept it, already gzipped: answers.py), so
reading one is a file read and a copy. Files written by Django's class (a store kept over an
upgrade) are still read: a pickle always starts with its PROTO opcode, a zlib stream never does.
"""

import pickle
import zlib

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache

PICKLE_START = pickle.PROTO  # b"\x80": every pickle of protocol 2 or later begins with it


def _loads(data):
    return pickle.loads(data if data[:1] == PICKLE_START else zlib.decompress(data))


class UncompressedFileBasedCache(FileBasedCache):
    """FileBasedCache (shared by every worker on the machine, nothing to create), minus zlib."""

    def validate_key(self, key):
        """Keys here are the cache's own (a hash of an address, a generation's name), never a
        reader's text: the portability check, a loop over every character of every key on
        every read, is skipped."""

    def get(self, key, default=None, version=None):
        try:
            with open(self._key_to_file(key, version), "rb") as f:
                if not self._is_expired(f):
                    return _loads(f.read())
        except FileNotFoundError:
            pass
        return default

    def _write_content(self, file, timeout, value):
        file.write(pickle.dumps(self.get_backend_timeout(timeout), self.pickle_protocol))
        file.write(pickle.dumps(value, self.pickle_protocol))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        """Django's touch decompresses what it rewrites: read it as `get` does instead."""
        value = self.get(key, version=version)
        if value is None:
            return False
        self.set(key, value, timeout, version)
        return True
