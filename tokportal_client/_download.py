"""Response bodies written to a file as they arrive: ``save_to=`` of the CSV and HTML exports.

The response must have been sent with ``stream=True`` (its body not read yet). To a path, the bytes go to a
hidden temporary file beside it (``.<name>.<random>.part``), renamed over the path once the whole body has
arrived: an interrupted download never leaves half a file behind, nor spoils the previous one. To a binary
stream (an open file, ``io.BytesIO``, ``sys.stdout.buffer``), each chunk is written as it arrives and the
stream is left open. The async variants write each chunk in a worker thread, so the event loop never waits
on the disk.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
import secrets
from collections.abc import Iterable
from typing import IO

import httpx

from .errors import SaveError

SaveTarget = str | os.PathLike[str] | IO[bytes]
"""Where an export goes: a path, or a binary stream opened for writing."""


def check_save_target(value: object, field: str = "save_to") -> str | IO[bytes]:
    """``value`` when it can take an export (checked before the request is sent), else a TypeError/ValueError."""
    if isinstance(value, str | os.PathLike):
        path = os.fspath(value)
        if not isinstance(path, str) or not path:
            raise TypeError(f"{field}: expected a non-empty text path, got {path!r}")
        if os.path.isdir(path):
            raise ValueError(f"{field}: {path!r} is a directory; give a file path")
        parent = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(parent):
            raise ValueError(f"{field}: the directory {parent!r} does not exist")
        if not os.access(parent, os.W_OK | os.X_OK):  # the temp file and the rename need both
            raise ValueError(f"{field}: the directory {parent!r} is not writable")
        return path
    if isinstance(value, io.TextIOBase):
        raise TypeError(f"{field}: the stream must be opened in binary mode ('wb'); the export is written as bytes")
    if callable(getattr(value, "write", None)):
        return value  # type: ignore[return-value]
    raise TypeError(f"{field}: expected a path or a binary stream opened for writing, got {type(value).__name__}")


def save_response(response: httpx.Response, save_to: SaveTarget) -> int:
    """Write the body of a streamed ``response`` to ``save_to`` as it arrives; returns how many bytes were written.
    A failed write (disk full, I/O error) is a :class:`~tokportal_client.SaveError` keeping the call's details."""
    target = check_save_target(save_to)
    counter = _Counter()
    try:
        if not isinstance(target, str):
            _copy(response.iter_bytes(), target, counter)
            return counter.written
        part, handle = _open_part(target)
        try:
            with handle:
                _copy(response.iter_bytes(), handle, counter)
            os.replace(part, target)
        except BaseException:
            _discard(part)
            raise
    except OSError as error:
        raise SaveError(response, _name(target), error, counter.written) from error
    return counter.written


async def asave_response(response: httpx.Response, save_to: SaveTarget) -> int:
    """The async :func:`save_response`: file writes run in a worker thread, a batch at a time."""
    target = check_save_target(save_to)
    counter = _Counter()
    try:
        if not isinstance(target, str):
            await _acopy(response, target, counter)
            return counter.written
        part, handle = await asyncio.to_thread(_open_part, target)
        try:
            try:
                await _acopy(response, handle, counter)
            finally:
                await asyncio.to_thread(handle.close)
            await asyncio.to_thread(os.replace, part, target)
        except BaseException:
            await asyncio.to_thread(_discard, part)
            raise
    except OSError as error:
        raise SaveError(response, _name(target), error, counter.written) from error
    return counter.written


class _Counter:
    """The bytes of the body written so far (what a SaveError reports)."""

    written = 0


def _name(target: str | IO[bytes]) -> str:
    name = target if isinstance(target, str) else getattr(target, "name", None)
    return name if isinstance(name, str) else type(target).__name__


def _open_part(path: str) -> tuple[str, IO[bytes]]:
    """A new hidden file beside ``path``, with the final file's permissions from the start: those of the file it
    replaces (a 0600 file stays 0600), else what a plain ``open(path, "wb")`` would give (0666 less the umask)."""
    directory, name = os.path.split(os.path.abspath(path))
    part = os.path.join(directory, f".{name}.{secrets.token_hex(4)}.part")
    try:
        existing: int | None = os.stat(path).st_mode & 0o7777
    except OSError:
        existing = None
    # created no wider than the final mode (the umask may narrow it further), then set to it exactly
    descriptor = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 if existing is None else existing)
    try:
        if existing is not None:
            os.fchmod(descriptor, existing)
    except BaseException:
        os.close(descriptor)
        _discard(part)
        raise
    return part, os.fdopen(descriptor, "wb")


def _discard(part: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(part)


def _copy(chunks: Iterable[bytes], stream: IO[bytes], counter: _Counter) -> None:
    for chunk in chunks:
        _write_all(stream, chunk)
        counter.written += len(chunk)


async def _acopy(response: httpx.Response, stream: IO[bytes], counter: _Counter) -> None:
    async for chunk in response.aiter_bytes():
        await asyncio.to_thread(_write_all, stream, chunk)
        counter.written += len(chunk)


def _write_all(stream: IO[bytes], data: bytes | bytearray) -> None:
    """``stream.write`` until all of ``data`` is written (a raw stream may take less than it is given)."""
    view = memoryview(data)
    while view:
        count = stream.write(view)
        if count is None or count >= len(view):
            return
        view = view[count:]


__all__ = ["SaveTarget", "asave_response", "check_save_target", "save_response"]
