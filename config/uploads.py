"""Uploads no bigger than the site takes, refused before a byte of them is read."""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadhandler import FileUploadHandler


def largest_form():
    """The most a form with files may send: its fields (DATA_UPLOAD_MAX_MEMORY_SIZE) and one
    file of the size kept in memory, which is above the importer's limit (FACTDESK_MAX_DOCUMENT_BYTES)
    so that the importer, not this, gives an editor its message for a file a little too large."""
    return settings.DATA_UPLOAD_MAX_MEMORY_SIZE + settings.FILE_UPLOAD_MAX_MEMORY_SIZE


class BoundedUploadHandler(FileUploadHandler):
    """First of FILE_UPLOAD_HANDLERS. Django bounds a form's fields but not its files, which it
    writes to a temporary file whatever their size: anyone holding a CSRF cookie could send
    gigabytes to the readers' form or the sign-in page and fill the disk while the request
    lasted. A multipart body larger than `largest_form` is refused as Django refuses too large a
    form (RequestDataTooBig: 400; on the import form, its own message: config.views.bad_request)."""

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        if content_length > largest_form():
            raise RequestDataTooBig("The request's files are larger than any upload the site takes.")
        return None

    def receive_data_chunk(self, raw_data, start):
        return raw_data  # handed on to the next handler, which keeps it

    def file_complete(self, file_size):
        return None
