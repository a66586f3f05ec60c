"""A file to upload, readable again from its start for every attempt.

:class:`UploadSource` turns whatever the caller handed over into something that knows its name, content type
and size up front (the request declares a ``Content-Length``) and that can be read from the start as many
times as the request is sent:

* a path (``str`` or ``os.PathLike``) is reopened for every attempt, and its size and modification time
  (``st_mtime_ns``) checked against what they were when it was handed over: a file changed in between, even
  to the same size, is an :class:`~tokportal_client.errors.UploadError` (step ``"read"``) instead of an upload
  whose attempts sent different bytes;
* bytes are read from memory (they are already there);
* a seekable binary file object is rewound to the position it had when handed over, with the same checks
  (its size, and its modification time when it has a file descriptor); it stays the caller's to close;
* a binary stream that cannot seek (a pipe, a socket, stdin) is copied once, in chunks, into an anonymous
  temporary file on disk (``tempfile.TemporaryFile``, under ``TMPDIR``), never into memory: a retried
  upload must send the same bytes again, and the stream cannot give them twice. Every attempt sends that
  private copy, which nothing else writes to, so the attempts send identical bytes without a hash. A request
  built by the client copies the stream before its first attempt (in a worker thread on ``AsyncTokPortal``).

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

from .errors import UploadError

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

    __slots__ = (
        "_bytes",
        "_file",
        "_made_here",
        "_owns_file",
        "_path",
        "_pending",
        "_stamp",
        "_start",
        "content_type",
        "filename",
        "size",
    )

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
        self._pending: IO[bytes] | None = None
        """A non-seekable stream not copied yet (:meth:`ready` copies it)."""
        self._stamp: int | None = _mtime_ns(path, file)
        """The modification time (ns) of the path or file when handed over, or None (bytes, a copy, no descriptor)."""
        self._made_here = False
        """Made by a request from the caller's input (``_upload_body.form_file``), not handed over as an
        UploadSource: that request closes it (see ``StreamingBody.close``)."""

    @classmethod
    def of(
        cls,
        value: FileInput | UploadSource,
        field: str = "file",
        *,
        content_type: str | None = None,
        defer_copy: bool = False,
    ) -> UploadSource:
        """Normalize ``value`` (see :data:`FileInput`); ``field`` names it in errors and is the fallback file name.

        ``content_type`` wins over the one of a tuple, which wins over the guess from the file name. With
        ``defer_copy``, a stream that cannot seek is copied by :meth:`ready`, not here (the async client runs
        that in a worker thread: reading a pipe blocks).
        """
        if content_type is not None:
            content_type = check_content_type(content_type, "content_type")
        if isinstance(value, UploadSource):
            if content_type is None or content_type == value.content_type:
                return value
            copy = cls(
                filename=value.filename,
                content_type=content_type,
                size=value.size,
                path=value._path,
                data=value._bytes,
                file=value._file,
                start=value._start,
            )
            copy._stamp, copy._pending = value._stamp, value._pending  # as it was handed over
            return copy
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
        source = cls._from_content(content, name, field, defer_copy)
        if content_type is not None:
            source.content_type = content_type
        return source

    @classmethod
    def _from_content(cls, content: object, name: str | None, field: str, defer_copy: bool = False) -> UploadSource:
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
            return cls._from_file(content, name, field, defer_copy)  # type: ignore[arg-type]
        raise TypeError(
            f"{field}: expected a path, bytes, a binary file object or (filename, content), "
            f"got {type(content).__name__}"
        )

    @classmethod
    def _from_file(cls, file: IO[bytes], name: str | None, field: str, defer_copy: bool = False) -> UploadSource:
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
        source = cls(filename=filename, content_type=content_type, size=0)
        source._pending = file
        if not defer_copy:
            source.ready()
        return source

    def ready(self) -> None:
        """Copy a non-seekable stream to its temporary file, once (blocking: reads the whole stream)."""
        stream = self._pending
        if stream is None:
            return
        spool = tempfile.TemporaryFile(prefix="tokportal-upload-")  # noqa: SIM115 (the source owns it)
        try:
            shutil.copyfileobj(stream, spool, _SPOOL_CHUNK)
            spool.flush()
        except BaseException:
            spool.close()
            raise
        self._pending = None
        self._file, self._owns_file, self.size = spool, True, spool.tell()

    def open(self, purpose: str = "the upload") -> Reader:
        """A reader at the start of the content, after checking that a path or file is as it was handed over
        (same size and modification time), else :class:`UploadError`. Closing the reader never closes a file
        object the caller handed over. ``purpose`` names the request in errors (``"the storage PUT"``)."""
        self.ready()
        if self._bytes is not None:
            return io.BytesIO(self._bytes)
        reader: Reader
        try:
            if self._path is not None:
                opened = open(self._path, "rb")  # noqa: SIM115 (the caller closes the reader)
                size, mtime = _stat(opened)
                reader = opened
            else:
                assert self._file is not None
                size = self._file.seek(0, io.SEEK_END) - self._start
                mtime = None if self._stamp is None else _stat(self._file)[1]
                self._file.seek(self._start)
                reader = _Borrowed(self._file)
        except OSError as error:
            raise self.read_error(purpose, f"it could not be opened ({error.strerror or error})") from None
        if size != self.size or mtime != self._stamp:
            reader.close()
            change = f"its size went from {self.size} to {size} bytes" if size != self.size else "it was modified"
            raise self.read_error(purpose, f"{change} since it was handed over, so an attempt would send other bytes")
        return reader

    def read_error(self, purpose: str, why: str) -> UploadError:
        """The :class:`UploadError` of a file that could not be read as it was handed over."""
        return UploadError(f"reading {self.filename} for {purpose}: {why}", step="read", filename=self.filename)

    def current_size(self) -> int | None:
        """The size of the file now (from the disk), or None when unknown."""
        stat = _stat_of(self._path, self._file)
        return None if stat is None else stat.st_size - (self._start if self._path is None else 0)

    def close(self) -> None:
        """Delete the temporary copy of a non-seekable stream, if any (a no-op otherwise)."""
        if self._owns_file and self._file is not None:
            self._file.close()
        self._pending = None

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


def _stat_of(path: str | None, file: IO[bytes] | None) -> os.stat_result | None:
    """The status of a path, or of a file with a descriptor; None when there is neither, or it cannot be read."""
    try:
        if path is not None:
            return os.stat(path)
        if file is not None:
            return os.fstat(file.fileno())
    except (OSError, AttributeError, ValueError, io.UnsupportedOperation):
        pass
    return None


def _mtime_ns(path: str | None, file: IO[bytes] | None) -> int | None:
    """The modification time of a path or of a file with a descriptor, or None."""
    stat = _stat_of(path, file)
    return None if stat is None else stat.st_mtime_ns


def _stat(file: IO[bytes]) -> tuple[int, int | None]:
    """Size and modification time of an open file (the size from the end, the time from its descriptor)."""
    stat = os.fstat(file.fileno())
    return stat.st_size, stat.st_mtime_ns


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
