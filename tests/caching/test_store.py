"""The public cache's file store: values kept as pickled, without zlib, and a file written by
Django's own FileBasedCache (a store kept over an upgrade) still read."""

from django.core.cache.backends.filebased import FileBasedCache

from factcheck.caching.store import UncompressedFileBasedCache

BODY = b"<p>A long article.</p>" * 1000


def test_a_body_is_stored_as_it_is(tmp_path):
    store = UncompressedFileBasedCache(str(tmp_path), {})
    store.set("answer", {"answer": BODY})
    (written,) = tmp_path.glob("*.djcache")
    assert BODY in written.read_bytes()
    assert store.get("answer") == {"answer": BODY}


def test_a_file_written_by_djangos_store_is_still_read(tmp_path):
    FileBasedCache(str(tmp_path), {}).set("answer", {"answer": BODY})
    assert BODY not in next(tmp_path.glob("*.djcache")).read_bytes()  # compressed
    assert UncompressedFileBasedCache(str(tmp_path), {}).get("answer") == {"answer": BODY}


def test_touch_keeps_the_value(tmp_path):
    store = UncompressedFileBasedCache(str(tmp_path), {})
    store.set("token", "abc", timeout=1)
    assert store.touch("token", timeout=None)
    assert store.get("token") == "abc"


def test_a_key_is_not_checked_character_by_character(tmp_path, recwarn):
    store = UncompressedFileBasedCache(str(tmp_path), {})
    store.set("generation:briefing:12 with a space", "abc")
    assert store.get("generation:briefing:12 with a space") == "abc"
    assert not recwarn.list
