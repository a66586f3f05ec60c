"""Request bodies streamed from disk: a ``multipart/form-data`` form, or a file's bytes alone (a presigned PUT).

A :class:`StreamingBody` is a list of segments, each either a few bytes (form fields, multipart framing) or an
:class:`~tokportal_client._upload_source.UploadSource` read in chunks. Its length is known before the first
byte is sent, so it goes out with a ``Content-Length`` (object stores refuse chunked uploads). It can be read
from the start any number of times: httpx re-reads it on every attempt of a request, so a retry sends the whole
file again. ``sync_stream()`` is the ``content=`` for an ``httpx.Client`` (reads of :data:`CHUNK_SIZE`, as
httpx's own file streaming), ``async_stream()`` for an ``httpx.AsyncClient``: it reads :data:`ASYNC_CHUNK_SIZE`
at a time in a worker thread, so the event loop never waits on the disk and the trips to the thread stay few.

``progress(bytes_sent, total_bytes)`` counts the bytes of the files only (not the framing): it is called with
0 when an attempt starts (so a retry visibly restarts from 0), then after each chunk has been handed to the
connection, ending at the total.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence

from ._upload_source import FileInput, Reader, UploadSource

ProgressCallback = Callable[[int, int], object]
"""Called as ``progress(bytes_sent, total_bytes)`` while an upload's bytes leave."""

CHUNK_SIZE = 64 * 1024
"""Bytes per read from the file and per write to the connection."""
ASYNC_CHUNK_SIZE = 1024 * 1024
"""Bytes per read of the async stream: each read is a trip to a worker thread, so fewer, larger ones."""

Segment = bytes | UploadSource


class StreamingBody:
    """A request body of known length, streamed from its segments and re-readable from the start.

    A file that cannot be read as it was handed over (it shrank, grew, was modified or failed to read) stops the
    stream with :class:`~tokportal_client.errors.UploadError` (step ``"read"``) naming the file and ``purpose``.
    """

    def __init__(
        self,
        segments: Sequence[Segment],
        content_type: str,
        *,
        progress: ProgressCallback | None = None,
        purpose: str = "the upload",
    ):
        self._progress = check_progress(progress)
        self._segments = _merged(segments)
        self.content_type: str = content_type
        self.purpose = purpose
        self._sizes: tuple[int, int] | None = None
        """(content_length, total_bytes), once :meth:`prepare` knows every file's size."""

    def prepare(self) -> tuple[int, int]:
        """Copy the non-seekable streams among the files to disk, once (blocking: the async client runs it in a
        thread); then the body's sizes are known: (``content_length``, ``total_bytes``)."""
        if self._sizes is None:
            files = [segment for segment in self._segments if isinstance(segment, UploadSource)]
            for source in files:
                source.ready()
            total = sum(source.size for source in files)
            self._sizes = (total + sum(len(s) for s in self._segments if isinstance(s, bytes)), total)
        return self._sizes

    @property
    def content_length(self) -> int:
        return self.prepare()[0]

    @property
    def total_bytes(self) -> int:
        """What ``progress`` counts: the bytes of the files."""
        return self.prepare()[1]

    @property
    def headers(self) -> dict[str, str]:
        """The headers the body needs: ``Content-Type`` and ``Content-Length``."""
        return {"Content-Type": self.content_type, "Content-Length": str(self.content_length)}

    def sync_stream(self) -> Iterable[bytes]:
        """The ``content=`` for an ``httpx.Client``: every iteration starts again from the first byte."""
        return _SyncStream(self)

    def async_stream(self) -> AsyncIterable[bytes]:
        """The ``content=`` for an ``httpx.AsyncClient``: every iteration starts again from the first byte."""
        return _AsyncStream(self)

    def close(self) -> None:
        """Release what the request made from the caller's input (the temporary copy of a non-seekable stream);
        an :class:`UploadSource` the caller handed over is theirs and stays open. Called once the request is over,
        however it ended (success, error, cancellation)."""
        for segment in self._segments:
            if isinstance(segment, UploadSource) and segment._made_here:
                segment.close()

    def _report(self, sent: int) -> None:
        if self._progress is not None:
            self._progress(sent, self.total_bytes)

    def _iterate(self) -> Iterator[bytes]:
        sent = 0
        self._report(sent)
        for segment in self._segments:
            if isinstance(segment, bytes):
                yield segment
                continue
            reader = segment.open(self.purpose)
            try:
                remaining = segment.size
                while remaining:
                    chunk = _read(reader, segment, remaining, self.purpose)
                    remaining -= len(chunk)
                    if not remaining:
                        _check_end(reader, segment, self.purpose)
                    yield chunk
                    sent += len(chunk)
                    self._report(sent)
            finally:
                reader.close()

    async def _aiterate(self) -> AsyncIterator[bytes]:
        sent = 0
        self._report(sent)
        for segment in self._segments:
            if isinstance(segment, bytes):
                yield segment
                continue
            reader = await asyncio.to_thread(segment.open, self.purpose)
            try:
                remaining = segment.size
                while remaining:
                    chunk = await asyncio.to_thread(_read, reader, segment, remaining, self.purpose, ASYNC_CHUNK_SIZE)
                    remaining -= len(chunk)
                    if not remaining:
                        await asyncio.to_thread(_check_end, reader, segment, self.purpose)
                    yield chunk
                    sent += len(chunk)
                    self._report(sent)
            finally:
                reader.close()


def check_progress(progress: object) -> ProgressCallback | None:
    """``progress`` when it is None or a callable, else a TypeError (raised before anything is sent)."""
    if progress is not None and not callable(progress):
        raise TypeError(f"progress: expected a callable (bytes_sent, total_bytes), got {type(progress).__name__}")
    return progress


class _SyncStream:
    def __init__(self, body: StreamingBody) -> None:
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        return self._body._iterate()


class _AsyncStream:
    def __init__(self, body: StreamingBody) -> None:
        self._body = body

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._body._aiterate()


def _read(reader: Reader, source: UploadSource, remaining: int, purpose: str, size: int = CHUNK_SIZE) -> bytes:
    try:
        chunk = reader.read(min(size, remaining))
    except (OSError, ValueError, TypeError) as error:  # EIO, a closed or non-blocking file object
        why = error.strerror if isinstance(error, OSError) and error.strerror else str(error) or type(error).__name__
        raise source.read_error(purpose, f"the read failed after {source.size - remaining} bytes ({why})") from None
    if not chunk:
        raise _changed_size(source, purpose)
    return chunk[:remaining]


def _check_end(reader: Reader, source: UploadSource, purpose: str) -> None:
    try:
        more = reader.read(1)
    except (OSError, ValueError, TypeError):
        return  # every declared byte was read; what follows does not matter
    if more:
        raise _changed_size(source, purpose)


def _changed_size(source: UploadSource, purpose: str) -> Exception:
    now = source.current_size()
    size = f"to {now} bytes" if now is not None else "(it shrank or grew)"
    return source.read_error(purpose, f"it changed size from {source.size} {size} during the upload")


def _merged(segments: Sequence[Segment]) -> list[Segment]:
    """Adjacent byte segments joined, so the framing goes out in as few writes as possible."""
    merged: list[Segment] = []
    for segment in segments:
        if isinstance(segment, bytes) and merged and isinstance(merged[-1], bytes):
            merged[-1] += segment
        elif not isinstance(segment, bytes) or segment:
            merged.append(segment)
    return merged


def form_file(value: FileInput | UploadSource, field: str) -> UploadSource:
    """A file of a multipart form: an :class:`UploadSource` handed over stays the caller's; one made here from
    other input (a path, bytes, a stream) belongs to the request, which closes it when it is over."""
    if isinstance(value, UploadSource):
        return value
    source = UploadSource.of(value, field, defer_copy=True)  # a stream is copied by StreamingBody.prepare
    source._made_here = True
    return source


def file_body(source: UploadSource, *, progress: ProgressCallback | None = None) -> StreamingBody:
    """The file's bytes alone, with its content type: the body of a presigned ``PUT``."""
    return StreamingBody([source], source.content_type, progress=progress, purpose="the storage PUT")


def multipart_body(
    fields: Mapping[str, str],
    files: Mapping[str, UploadSource],
    *,
    progress: ProgressCallback | None = None,
    boundary: str | None = None,
) -> StreamingBody:
    """A ``multipart/form-data`` body: the form ``fields`` first, then one part per file of ``files``."""
    boundary = boundary or os.urandom(16).hex()
    delimiter = b"--" + boundary.encode("ascii") + b"\r\n"
    segments: list[Segment] = []
    for name, value in fields.items():
        if not isinstance(value, str):
            raise TypeError(f"{name}: a form field must be a string here, got {type(value).__name__}")
        segments += [delimiter, _disposition(name), b"\r\n\r\n", value.encode("utf-8"), b"\r\n"]
    for name, source in files.items():
        content_type = source.content_type.encode("ascii")
        segments += [delimiter, _disposition(name, source.filename), b"\r\nContent-Type: " + content_type + b"\r\n\r\n"]
        segments += [source, b"\r\n"]
    segments.append(b"--" + boundary.encode("ascii") + b"--\r\n")
    return StreamingBody(
        segments, f"multipart/form-data; boundary={boundary}", progress=progress, purpose="the multipart upload"
    )


def _disposition(name: str, filename: str | None = None) -> bytes:
    header = f'Content-Disposition: form-data; name="{_quoted(name)}"'
    if filename is not None:
        header += f'; filename="{_quoted(filename)}"'
    return header.encode("utf-8")


def _quoted(text: str) -> str:
    """A name inside a quoted header parameter, escaped as browsers do: ``"``, CR and LF percent-encoded."""
    return text.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


__all__ = [
    "ASYNC_CHUNK_SIZE",
    "CHUNK_SIZE",
    "ProgressCallback",
    "StreamingBody",
    "check_progress",
    "file_body",
    "form_file",
    "multipart_body",
]
