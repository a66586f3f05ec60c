"""A request closes every file it opened, however it ends: the temporary copy of a non-seekable stream, the
readers of a path, on success, on an error and when an async upload is cancelled. Checked by collecting
garbage with every ``ResourceWarning`` recorded (an unclosed file warns when it is collected)."""

from __future__ import annotations

import asyncio
import gc
import os
import socket
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest
from upload_server import HashingServer, Reply

from tokportal_client import APIStatusError, AsyncTokPortal, TokPortal
from tokportal_client._upload_source import UploadSource

KEY = "sk_test_resources"


@pytest.fixture
def no_resource_warning() -> Iterator[None]:
    gc.collect()  # what earlier tests left behind is not this test's
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
        gc.collect()
    # files only: a socket of a connection pool the garbage collector reaches late is not what this guards
    leaks = [w for w in caught if issubclass(w.category, ResourceWarning) and "socket" not in str(w.message)]
    assert not leaks, [str(w.message) for w in leaks]


def pipe_with(data: bytes) -> IO[bytes]:
    """A non-seekable binary stream holding ``data`` (the read end of a pipe)."""
    read, write = os.pipe()
    os.write(write, data)
    os.close(write)
    return open(read, "rb")  # closed by the test


@pytest.mark.parametrize("status", [200, 400])
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_direct_upload_closes_what_it_opened(
    mode: str, status: int, tmp_path: Path, no_resource_warning: None
) -> None:
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"v" * 1000)
    body = {"data": {"filename": "clip.mp4"}} if status == 200 else {"error": {"code": "BAD", "message": "no"}}
    with HashingServer(lambda *head: Reply(status, body)) as server, pipe_with(b"x" * 5000) as stream:
        settings: dict[str, Any] = {"api_key": KEY, "base_url": server.url + "/api/ext", "max_retries": 0}
        for file in (path, ("clip.mp4", stream)):
            try:
                if mode == "sync":
                    with TokPortal(**settings) as client:
                        client.uploads.upload_video_direct(file=file, bundle_id="b-1")
                else:
                    async with AsyncTokPortal(**settings) as aclient:
                        await aclient.uploads.upload_video_direct(file=file, bundle_id="b-1")
            except APIStatusError:
                assert status == 400


async def test_a_cancelled_async_upload_closes_what_it_opened(tmp_path: Path, no_resource_warning: None) -> None:
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"v" * 3_000_000)  # more than the socket buffers take: the upload is in flight when cancelled
    with socket.create_server(("127.0.0.1", 0)) as silent, pipe_with(b"x" * 5000) as stream:  # never answers
        base_url = f"http://127.0.0.1:{silent.getsockname()[1]}/api/ext"
        async with AsyncTokPortal(api_key=KEY, base_url=base_url, max_retries=0) as aclient:
            for file in (path, ("clip.mp4", stream)):
                task = asyncio.create_task(aclient.uploads.upload_video_direct(file=file, bundle_id="b-1"))
                await asyncio.sleep(0.2)
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task


def test_a_source_handed_over_stays_open(tmp_path: Path) -> None:
    with (
        HashingServer(lambda *head: Reply(200, {"data": {"filename": "clip.mp4"}})) as server,
        pipe_with(b"y" * 10) as s,
    ):
        source = UploadSource.of(("clip.mp4", s))
        with TokPortal(api_key=KEY, base_url=server.url + "/api/ext", max_retries=0) as client:
            client.uploads.upload_video_direct(file=source, bundle_id="b-1")
            client.uploads.upload_video_direct(file=source, bundle_id="b-1")  # reusable: the request did not close it
        assert [r.parts["file"].value for r in server.received] == [b"y" * 10, b"y" * 10]
        source.close()
