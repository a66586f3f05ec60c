"""A file to upload, readable again from its start for every attempt.

:class:`UploadSource` turns whatever the caller handed over into something that knows its name, content type
and size up front (the request declares a ``Content-Length``) and that can be read from the start as many
times as the request is sent:

* a path (``str`` or ``os.PathLike``) is reopened for every attempt;
* bytes are read from memory (they are already there);
* a seekable binary file object is rewound to the position it had when handed over; it stays the caller's
  to close;
* a binary stream that cannot seek (a pipe, a socket, stdin) is copied once, in chunks, into an anonymous
  temporary file on disk (``tempfile.TemporaryFile``, under ``TMPDIR``), never into memory: a retried
  upload must send the same bytes again, and the stream cannot give them twice. The copy is made when the
  source is built, so prefer a path or a seekable file for large uploads from async code.

``(filename, content[, content_type])`` names the content (bytes or a binary file object) explicitly.
"""

from __future__ import annotations

import errno
import io
import mimetypes
import os
import shutil
import tempfile
from typing import IO, Protocol

FileInput = (
    str | os.PathLike[str] | bytes | IO[bytes] | tuple[str, bytes | IO[bytes]] | tuple[str, bytes | IO[bytes], str]
)
"""A file to upload: a path, raw bytes, a binary file object, or ``(filename, bytes_or_file[, content_type])``."""

DEFAULT_CONTENT_TYPE = "application/octet-stream"
_SPOOL_CHUNK = 1024 * 1024


def guess_content_type(filename: str) -> str | None:
    """The MIME type the file name suggests (``launch.mp4`` -> ``video/mp4``), or None."""
    return mimetypes.guess_type(filename, strict=False)[0]


class UploadSource:
    """A file to upload: its ``filename``, ``content_type`` and ``size``, readable from its start again and again.

    Build one with :meth:`of`. Call :meth:`close` (or use it as a context manager) to release a temporary copy
    of a non-seekable stream early; the copy is deleted when the source is garbage-collected in any case.
    """

    __slots__ = ("_bytes", "_file", "_made_here", "_owns_file", "_path", "_start", "content_type", "filename", "size")

    def __init__(
        self,
        *,
        filename: str,
        content_type: str,
        size: int,
        path: str | None = None,
        data: bytes | None = None,
        file: IO[bytes] | None = None,
        start: int = 0,
        owns_file: bool = False,
    ) -> None:
        self.filename: str = filename
        self.content_type: str = content_type
        self.size: int = size
        self._path = path
        self._bytes = data
        self._file = file
        self._start = start
        self._owns_file = owns_file
        self._made_here = False
        """Made by a request from the caller's input (``_upload_body.form_file``), not handed over as an
        UploadSource: that request closes it (see ``StreamingBody.close``)."""

    @classmethod
    def of(
        cls, value: FileInput | UploadSource, field: str = "file", *, content_type: str | None = None
    ) -> UploadSource:
        """Normalize ``value`` (see :data:`FileInput`); ``field`` names it in errors and is the fallback file name.

        ``content_type`` wins over the one of a tuple, which wins over the guess from the file name.
        """
        if content_type is not None:
            content_type = check_content_type(content_type, "content_type")
        if isinstance(value, UploadSource):
            if content_type is None or content_type == value.content_type:
                return value
            return cls(
                filename=value.filename,
                content_type=content_type,
                size=value.size,
                path=value._path,
                data=value._bytes,
                file=value._file,
                start=value._start,
            )
        name: str | None = None
        content: object = value
        if isinstance(value, tuple):
            if len(value) not in (2, 3) or not isinstance(value[0], str):
                raise TypeError(f"{field}: expected (filename, content) or (filename, content, content_type)")
            name, content = value[0], value[1]
            if len(value) == 3:
                content_type = content_type or check_content_type(value[2], f"{field}[2]")
            if isinstance(content, str | os.PathLike):
                raise TypeError(f"{field}: the content in (filename, content) must be bytes or a binary file object")
        source = cls._from_content(content, name, field)
        if content_type is not None:
            source.content_type = content_type
        return source

    @classmethod
    def _from_content(cls, content: object, name: str | None, field: str) -> UploadSource:
        if isinstance(content, bytes):
            filename = name or field
            return cls(filename=filename, content_type=_type_for(filename), size=len(content), data=content)
        if isinstance(content, str | os.PathLike):
            path = os.fspath(content)
            if not isinstance(path, str):
                raise TypeError(f"{field}: expected a text path, got {type(path).__name__}")
            try:
                size = os.stat(path).st_size
            except FileNotFoundError:
                raise FileNotFoundError(errno.ENOENT, f"{field}: no such file", path) from None
            except OSError as error:
                raise ValueError(f"{field}: cannot read {path!r}: {error.strerror}") from None
            if not os.path.isfile(path):
                raise ValueError(f"{field}: {path!r} is not a regular file")
            filename = name or os.path.basename(path)
            return cls(filename=filename, content_type=_type_for(filename), size=size, path=path)
        if callable(getattr(content, "read", None)):
            return cls._from_file(content, name, field)  # type: ignore[arg-type]
        raise TypeError(
            f"{field}: expected a path, bytes, a binary file object or (filename, content), "
            f"got {type(content).__name__}"
        )

    @classmethod
    def _from_file(cls, file: IO[bytes], name: str | None, field: str) -> UploadSource:
        if isinstance(file, io.TextIOBase) or not isinstance(file.read(0), bytes):
            raise TypeError(f"{field}: the file object must be opened in binary mode ('rb')")
        file_name = getattr(file, "name", None)
        filename = name or (os.path.basename(file_name) if isinstance(file_name, str) else "") or field
        content_type = _type_for(filename)
        start = _position(file)
        if start is not None:
            end = file.seek(0, io.SEEK_END)
            file.seek(start)
            return cls(filename=filename, content_type=content_type, size=max(0, end - start), file=file, start=start)
        spool = tempfile.TemporaryFile(prefix="tokportal-upload-")  # noqa: SIM115 (the source owns it)
        try:
            shutil.copyfileobj(file, spool, _SPOOL_CHUNK)
            spool.flush()
        except BaseException:
            spool.close()
            raise
        return cls(filename=filename, content_type=content_type, size=spool.tell(), file=spool, owns_file=True)

    def open(self) -> Reader:
        """A reader at the start of the content. Closing it never closes a file object the caller handed over."""
        if self._path is not None:
            return open(self._path, "rb")
        if self._bytes is not None:
            return io.BytesIO(self._bytes)
        assert self._file is not None
        self._file.seek(self._start)
        return _Borrowed(self._file)

    def close(self) -> None:
        """Delete the temporary copy of a non-seekable stream, if any (a no-op otherwise)."""
        if self._owns_file and self._file is not None:
            self._file.close()

    def __enter__(self) -> UploadSource:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"UploadSource(filename={self.filename!r}, content_type={self.content_type!r}, size={self.size})"


def check_content_type(value: object, field: str) -> str:
    """A MIME type fit for a header: a non-empty printable ASCII string (no line breaks)."""
    if not isinstance(value, str):
        raise TypeError(f"{field}: expected a string such as 'video/mp4', got {type(value).__name__}")
    if not value or not value.isascii() or not value.isprintable() or "/" not in value:
        raise ValueError(f"{field}: expected a MIME type such as 'video/mp4', got {value!r}")
    return value


def _type_for(filename: str) -> str:
    return guess_content_type(filename) or DEFAULT_CONTENT_TYPE


def _position(file: IO[bytes]) -> int | None:
    """Where a seekable file is now, or None when it cannot seek."""
    try:
        if not file.seekable():
            return None
        return file.tell()
    except (AttributeError, OSError, ValueError):
        return None


class Reader(Protocol):
    """What :meth:`UploadSource.open` returns: ``read(size)`` up to ``size`` bytes, then ``close()``."""

    def read(self, size: int, /) -> bytes: ...

    def close(self) -> None: ...


class _Borrowed:
    """Reads through to a file object the caller owns; closing this wrapper leaves theirs open."""

    def __init__(self, file: IO[bytes]) -> None:
        self._file = file

    def read(self, size: int, /) -> bytes:
        data = self._file.read(size)
        if not isinstance(data, bytes):
            raise TypeError("the file object's read() returned no bytes (is it non-blocking?)")
        return data

    def close(self) -> None:
        pass


__all__ = ["DEFAULT_CONTENT_TYPE", "FileInput", "Reader", "UploadSource", "check_content_type", "guess_content_type"]
