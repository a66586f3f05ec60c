"""Uploads of any size (tokportal_client.uploads) and exports saved to a file (tokportal_client._download).

Unit tests read the streaming bodies directly; loopback tests send them to ``upload_server.HashingServer``,
which hashes what it receives (SHA-256, size, headers) without keeping it. Every behaviour runs on both
clients through the ``mode`` fixture.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import io
import logging
import math
import os
import socket
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Iterator
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import IO, Any

import httpx
import pytest
from upload_server import Drop, HashingServer, Received, Reply

from tokportal_client import AsyncTokPortal, RetryPolicy, TokPortal, TokPortalError
from tokportal_client._download import asave_response, check_save_target, save_response
from tokportal_client._upload_body import ASYNC_CHUNK_SIZE, CHUNK_SIZE, StreamingBody, multipart_body
from tokportal_client.uploads import (
    ImageUpload,
    UploadError,
    UploadSource,
    VideoUpload,
    aput_file,
    aupload_image_file,
    aupload_video_file,
    put_file,
    upload_image_file,
    upload_video_file,
)

KEY = "sk_" + "5ec7e7" * 10 + "abcd"
SIGNATURE = "c0ffee5ecre7519na7ure"
MiB = 1024 * 1024
FAST = RetryPolicy(initial_delay=0.001, max_delay=0.001, jitter=0)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_file(path: Path, size: int) -> str:
    """Write ``size`` bytes (a random 1 MiB block, repeated) without holding them; returns their SHA-256."""
    block = os.urandom(MiB)
    digest = hashlib.sha256()
    with path.open("wb") as handle:
        remaining = size
        while remaining:
            piece = block[: min(MiB, remaining)]
            handle.write(piece)
            digest.update(piece)
            remaining -= len(piece)
    return digest.hexdigest()


@pytest.fixture
def big_file(tmp_path: Path) -> Iterator[Any]:
    """``big_file(name, size) -> (path, sha256)``; the files are deleted after the test."""
    made: list[Path] = []

    def make(name: str, size: int) -> tuple[Path, str]:
        path = tmp_path / name
        made.append(path)
        return path, make_file(path, size)

    yield make
    for path in made:
        path.unlink(missing_ok=True)


@contextlib.asynccontextmanager
async def responsive_event_loop() -> AsyncIterator[None]:
    """Fails unless the event loop keeps ticking (every 10 ms, no gap of 100 ms) throughout the block."""
    gaps: list[float] = []
    done = asyncio.Event()

    async def tick() -> None:
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(0.01)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    ticker = asyncio.create_task(tick())
    try:
        yield
    finally:
        done.set()
        await ticker
    assert len(gaps) > 10
    assert max(gaps) < 0.1, f"the event loop was blocked for {max(gaps) * 1000:.0f} ms"


def growing(path: Path) -> Any:
    """A progress callback that makes ``path`` grow while it is being sent."""

    def grow(done: int, total: int) -> None:
        if done:
            with path.open("ab") as more:
                more.write(b"x" * 10)

    return grow


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def open_input(kind: str, path: Path, stack: list[IO[bytes]]) -> Any:
    """The same file as each accepted kind of input."""
    if kind == "path":
        return str(path)
    if kind == "pathlike":
        return path
    if kind == "bytes":
        return (path.name, path.read_bytes())
    handle = path.open("rb")
    stack.append(handle)
    if kind == "file":
        return handle
    read_end, write_end = os.pipe()  # "pipe": a stream that cannot seek

    def feed() -> None:
        with os.fdopen(write_end, "wb") as writer:
            writer.write(path.read_bytes())

    threading.Thread(target=feed, daemon=True).start()
    pipe = os.fdopen(read_end, "rb")
    stack.append(pipe)
    return (path.name, pipe)


async def put(mode: str, url: str, file: Any, **options: Any) -> None:
    if mode == "sync":
        with httpx.Client() as http:
            put_file(http, url, file, **options)
    else:
        async with httpx.AsyncClient() as http:
            await aput_file(http, url, file, **options)


async def post_multipart(mode: str, url: str, body: StreamingBody, headers: dict[str, str] | None = None) -> None:
    """Send one request built once, re-sent (like the client's retries) while the server answers 503."""
    headers = {**body.headers, **(headers or {})}
    if mode == "sync":
        with httpx.Client() as http:
            request = http.build_request("POST", url, content=body.sync_stream(), headers=headers)
            while http.send(request).status_code == 503:
                pass
    else:
        async with httpx.AsyncClient() as http:
            request = http.build_request("POST", url, content=body.async_stream(), headers=headers)
            while (await http.send(request)).status_code == 503:
                pass


def attempts(calls: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Progress calls split into attempts (each starts at 0)."""
    split: list[list[tuple[int, int]]] = []
    for call in calls:
        if call[0] == 0 or not split:
            split.append([])
        split[-1].append(call)
    return split


def assert_progress(calls: list[tuple[int, int]], size: int) -> None:
    assert calls and all(total == size for _, total in calls)
    sent = [done for done, _ in calls]
    assert sent[0] == 0 and sent[-1] == size
    assert sent == sorted(sent)


# ------------------------------------------------------------------------------------- the upload source


def test_a_path_is_read_again_from_disk_for_each_attempt(tmp_path: Path) -> None:
    path = tmp_path / "launch.mp4"
    path.write_bytes(b"first version")
    source = UploadSource.of(path)
    assert (source.filename, source.content_type, source.size) == ("launch.mp4", "video/mp4", 13)
    for _ in range(2):
        reader = source.open()
        assert reader.read(100) == b"first version"
        reader.close()


def test_a_seekable_file_is_rewound_to_where_it_was_and_left_open(tmp_path: Path) -> None:
    path = tmp_path / "avatar.png"
    path.write_bytes(b"HEADERpicture")
    with path.open("rb") as handle:
        handle.seek(6)
        source = UploadSource.of(handle)
        assert (source.filename, source.content_type, source.size) == ("avatar.png", "image/png", 7)
        for _ in range(2):
            reader = source.open()
            assert reader.read(100) == b"picture"
            reader.close()
        assert not handle.closed


def test_a_stream_that_cannot_seek_is_copied_to_disk_not_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    spools: list[IO[bytes]] = []
    real = tempfile.TemporaryFile

    def recording(*args: Any, **kwargs: Any) -> Any:
        spools.append(real(*args, **kwargs))
        return spools[-1]

    monkeypatch.setattr(tempfile, "TemporaryFile", recording)
    data = os.urandom(3 * MiB + 5)
    read_end, write_end = os.pipe()

    def feed() -> None:
        with os.fdopen(write_end, "wb") as writer:
            writer.write(data)

    threading.Thread(target=feed, daemon=True).start()
    with os.fdopen(read_end, "rb") as pipe, UploadSource.of(("clip.mov", pipe)) as source:
        assert (source.size, source.content_type) == (len(data), "video/quicktime")
        assert len(spools) == 1 and os.fstat(spools[0].fileno()).st_size == len(data)
        for _ in range(2):
            reader = source.open()
            assert reader.read(len(data) + 1) == data
            reader.close()
    assert spools[0].closed


@pytest.mark.parametrize(
    ("value", "content_type", "expected"),
    [
        (b"raw", None, ("file", "application/octet-stream")),
        (("clip.mov", b"raw"), None, ("clip.mov", "video/quicktime")),
        (("clip.bin", b"raw", "video/mp4"), None, ("clip.bin", "video/mp4")),
        (("clip.mp4", b"raw", "video/mp4"), "video/webm", ("clip.mp4", "video/webm")),
        (("rows.csv", io.BytesIO(b"raw")), None, ("rows.csv", "text/csv")),
    ],
)
def test_names_and_content_types(value: Any, content_type: str | None, expected: tuple[str, str]) -> None:
    source = UploadSource.of(value, content_type=content_type)
    assert (source.filename, source.content_type, source.size) == (*expected, 3)


def test_a_source_can_be_declared_with_another_content_type() -> None:
    source = UploadSource.of(("clip.mp4", b"video"))
    assert UploadSource.of(source) is source
    webm = UploadSource.of(source, content_type="video/webm")
    assert (webm.filename, webm.content_type, webm.size, source.content_type) == (
        "clip.mp4",
        "video/webm",
        5,
        "video/mp4",
    )
    reader = webm.open()
    assert reader.read(10) == b"video"


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (lambda p: 123, TypeError, "file: expected a path, bytes"),
        (lambda p: str(p / "missing.mp4"), FileNotFoundError, "file: no such file"),
        (lambda p: str(p), ValueError, "not a regular file"),
        (lambda p: ("a.mp4", "text, not bytes"), TypeError, "must be bytes or a binary file object"),
        (lambda p: ("a.mp4", b"x", "video/mp4\r\nX-API-Key: stolen"), ValueError, "expected a MIME type"),
        (lambda p: io.StringIO("text"), TypeError, "binary mode"),
    ],
)
def test_bad_input_is_refused_with_the_field_named(tmp_path: Path, make: Any, error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        UploadSource.of(make(tmp_path))


# ------------------------------------------------------------------------------------ the streaming bodies


def parse_form(body: StreamingBody, raw: bytes) -> list[Any]:
    message = BytesParser(policy=policy.HTTP).parsebytes(
        b"Content-Type: " + body.content_type.encode() + b"\r\n\r\n" + raw
    )
    return list(message.iter_parts())


def test_multipart_body_is_form_data_of_the_declared_length() -> None:
    data = os.urandom(200_000)
    body = multipart_body({"bundle_id": "b-1", "purpose": "carousel"}, {"file": UploadSource.of(("pic.png", data))})
    raw = b"".join(body.sync_stream())
    assert body.headers == {"Content-Type": body.content_type, "Content-Length": str(len(raw))}
    parts = parse_form(body, raw)
    assert [p.get_param("name", header="content-disposition") for p in parts] == ["bundle_id", "purpose", "file"]
    assert [parts[0].get_payload(decode=True), parts[1].get_payload(decode=True)] == [b"b-1", b"carousel"]
    assert (parts[2].get_filename(), parts[2].get_content_type()) == ("pic.png", "image/png")
    assert parts[2].get_payload(decode=True) == data


def test_names_cannot_break_out_of_their_header() -> None:
    body = multipart_body({}, {"file": UploadSource.of(('a"b\r\nX-Evil: 1.mp4', b"x"))})
    raw = b"".join(body.sync_stream())
    assert b'filename="a%22b%0D%0AX-Evil: 1.mp4"' in raw
    assert b"\r\nX-Evil" not in raw


async def test_every_read_starts_again_from_the_first_byte_and_so_does_progress(tmp_path: Path) -> None:
    path = tmp_path / "clip.mp4"
    data = os.urandom(2 * ASYNC_CHUNK_SIZE + 17)
    path.write_bytes(data)
    calls: list[tuple[int, int]] = []
    body = multipart_body({"bundle_id": "b"}, {"file": UploadSource.of(path)}, progress=lambda *c: calls.append(c))
    first, second = b"".join(body.sync_stream()), b"".join(body.sync_stream())
    chunks = [chunk async for chunk in body.async_stream()]
    assert first == second == b"".join(chunks) and data in first
    runs = attempts(calls)
    assert len(runs) == 3
    for run in runs:
        assert_progress(run, len(data))
    # 0, then one call per chunk read
    assert [len(run) for run in runs] == [
        1 + math.ceil(len(data) / size) for size in (CHUNK_SIZE,) * 2 + (ASYNC_CHUNK_SIZE,)
    ]


async def drain(body: StreamingBody, mode: str) -> bytes:
    if mode == "sync":
        return b"".join(body.sync_stream())
    return b"".join([chunk async for chunk in body.async_stream()])


@pytest.mark.parametrize("change", ["shrink", "grow"])
async def test_a_file_that_changes_size_while_uploading_is_an_upload_error(
    tmp_path: Path, change: str, mode: str
) -> None:
    """Issue 23: a size change during an attempt is an UploadError naming the file, the step and both sizes."""
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"x" * 3 * ASYNC_CHUNK_SIZE)
    source = UploadSource.of(path)
    body = multipart_body({}, {"file": source})
    stream = body.sync_stream() if mode == "sync" else None
    new_size = ASYNC_CHUNK_SIZE // 2 if change == "shrink" else 4 * ASYNC_CHUNK_SIZE
    with pytest.raises(UploadError) as raised:
        if stream is not None:
            for i, _ in enumerate(stream):
                if i == 2:  # bytes already left: the file changes under the attempt
                    path.write_bytes(b"y" * new_size)
        else:
            async for i, _ in _aenumerate(body.async_stream()):
                if i == 1:
                    path.write_bytes(b"y" * new_size)
    error = raised.value
    assert error.step == "read" and error.filename == "clip.mp4"
    assert f"reading clip.mp4 for the multipart upload: it changed size from {3 * ASYNC_CHUNK_SIZE}" in str(error)
    assert f"to {new_size} bytes" in str(error)


async def _aenumerate(chunks: Any) -> Any:
    i = 0
    async for chunk in chunks:
        yield i, chunk
        i += 1


@pytest.mark.parametrize("how", ["path", "file"])
async def test_a_same_size_change_between_attempts_is_detected(tmp_path: Path, mode: str, how: str) -> None:
    """A retry re-reads the source: a file rewritten to the same size since it was handed over (its mtime moved)
    is an UploadError, not an upload whose attempts sent different bytes."""
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"a" * 100_000)
    with path.open("rb") as handle:
        body = multipart_body({}, {"file": UploadSource.of(path if how == "path" else handle)})
        assert b"a" * 100_000 in await drain(body, mode)  # the first attempt
        path.write_bytes(b"b" * 100_000)
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # a coarse clock could tie
        with pytest.raises(UploadError, match=r"reading clip\.mp4 for the multipart upload: it was modified since"):
            await drain(body, mode)


async def test_a_file_deleted_before_a_retry_is_an_upload_error(tmp_path: Path, mode: str) -> None:
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"a" * 1000)
    body = multipart_body({}, {"file": UploadSource.of(path)})
    await drain(body, mode)
    path.unlink()
    with pytest.raises(UploadError, match=r"reading clip\.mp4 for the multipart upload: it could not be opened"):
        await drain(body, mode)


def test_a_missing_file_is_still_file_not_found_before_sending(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        UploadSource.of(tmp_path / "gone.mp4")


class Failing(io.RawIOBase):
    """A seekable file whose reads fail with EIO after ``good`` bytes."""

    def __init__(self, size: int, good: int) -> None:
        self.size, self.good, self.pos = size, good, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        self.pos = {0: offset, 1: self.pos + offset, 2: self.size + offset}[whence]
        return self.pos

    def tell(self) -> int:
        return self.pos

    def read(self, size: int = -1) -> bytes:
        if self.pos >= self.good:
            raise OSError(5, "Input/output error")
        n = min(size, self.good - self.pos)
        self.pos += n
        return b"z" * n


async def test_a_read_that_fails_mid_upload_is_an_upload_error(mode: str) -> None:
    body = multipart_body({}, {"file": UploadSource.of(("clip.mp4", Failing(300_000, 70_000)))})  # type: ignore[arg-type]
    with pytest.raises(
        UploadError, match=r"reading clip.mp4 for the multipart upload: the read failed after \d+ bytes"
    ):
        await drain(body, mode)


async def test_a_file_that_grows_during_a_put_is_an_upload_error_through_the_client(tmp_path: Path, mode: str) -> None:
    """Through put_file: the storage PUT stops with UploadError(step="read"), never a bare ValueError/OSError."""
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"x" * 2 * ASYNC_CHUNK_SIZE)

    with HashingServer(lambda *head: Reply(200)) as server, pytest.raises(UploadError) as raised:
        await put(mode, server.url + "/bucket/clip.mp4?X-Amz-Signature=s", path, progress=growing(path))
    assert raised.value.step == "read" and "for the storage PUT: it changed size" in str(raised.value)


def test_progress_must_be_callable() -> None:
    with pytest.raises(TypeError, match="progress: expected a callable"):
        multipart_body({}, {"file": UploadSource.of(b"x")}, progress=5)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------- over the loopback


@pytest.mark.parametrize("kind", ["path", "pathlike", "file", "bytes", "pipe"])
async def test_put_delivers_the_file(tmp_path: Path, big_file: Any, mode: str, kind: str) -> None:
    path, digest = big_file("clip.mp4", 3 * MiB + 12345)
    stack: list[IO[bytes]] = []
    with HashingServer() as server:
        await put(mode, f"{server.url}/storage/clip.mp4?sig={SIGNATURE}", open_input(kind, path, stack))
    for handle in stack:
        handle.close()
    [received] = server.received
    assert (received.method, received.sha256, received.size) == ("PUT", digest, path.stat().st_size)
    assert received.headers["content-type"] == "video/mp4"
    assert received.headers["content-length"] == str(path.stat().st_size)
    assert "transfer-encoding" not in received.headers


@pytest.mark.parametrize("kind", ["path", "file", "bytes"])
async def test_multipart_delivers_the_file(tmp_path: Path, big_file: Any, mode: str, kind: str) -> None:
    path, digest = big_file("clip.mp4", 3 * MiB + 12345)
    stack: list[IO[bytes]] = []
    body = multipart_body({"bundle_id": "b-1"}, {"file": UploadSource.of(open_input(kind, path, stack))})
    with HashingServer() as server:
        await post_multipart(mode, f"{server.url}/api/ext/upload/video/direct", body)
    for handle in stack:
        handle.close()
    [received] = server.received
    assert received.parts["bundle_id"].value == b"b-1"
    file_part = received.parts["file"]
    assert (file_part.sha256, file_part.size) == (digest, path.stat().st_size)
    assert 'filename="clip.mp4"' in file_part.headers["content-disposition"]


async def test_a_resent_request_sends_the_whole_file_again_with_the_same_key(big_file: Any, mode: str) -> None:
    path, digest = big_file("clip.mp4", 8 * MiB + 1)
    answers: Iterator[Reply | Drop] = iter([Reply(503), Reply(200)])
    body = multipart_body({"bundle_id": "b-1"}, {"file": UploadSource.of(path)})
    with HashingServer(lambda *head: next(answers)) as server:
        await post_multipart(mode, f"{server.url}/upload", body, {"Idempotency-Key": "key-1"})
    first, second = server.received
    assert [r.parts["file"].sha256 for r in server.received] == [digest, digest]
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"] == "key-1"
    assert second.complete


async def test_put_retries_a_5xx_and_a_dropped_connection_from_the_first_byte(big_file: Any, mode: str) -> None:
    path, digest = big_file("clip.mp4", 32 * MiB)
    answers: Iterator[Reply | Drop] = iter([Drop(after=MiB), Reply(503), Reply(200)])
    calls: list[tuple[int, int]] = []
    with HashingServer(lambda *head: next(answers)) as server:
        await put(
            mode, f"{server.url}/storage/x?sig={SIGNATURE}", path, retry=FAST, progress=lambda *c: calls.append(c)
        )
    dropped, failed, done = server.received
    assert not dropped.complete and failed.complete and done.complete
    assert (done.sha256, done.size) == (digest, 32 * MiB)
    runs = attempts(calls)
    assert len(runs) == 3
    assert_progress(runs[-1], 32 * MiB)


async def test_progress_of_a_64_mib_upload(big_file: Any, mode: str) -> None:
    path, digest = big_file("clip.mp4", 64 * MiB)
    answers: Iterator[Reply | Drop] = iter([Reply(503), Reply(200)])
    calls: list[tuple[int, int]] = []
    with HashingServer(lambda *head: next(answers)) as server:
        await put(mode, f"{server.url}/storage/x", path, retry=FAST, progress=lambda *c: calls.append(c))
    assert [r.sha256 for r in server.received] == [digest, digest]
    first, second = attempts(calls)
    for run in (first, second):
        assert len(run) > 10
        assert_progress(run, 64 * MiB)


def assert_hidden(error: BaseException | object, url: str) -> None:
    shown = f"{error} {error!r} {getattr(error, 'args', '')} {vars(error) if hasattr(error, '__dict__') else ''}"
    for secret in (url, SIGNATURE, "/storage/"):
        assert secret not in shown


@pytest.mark.parametrize(
    ("status", "body", "code"),
    [
        (
            403,
            f"<Error><Code>AccessDenied</Code><SignatureProvided>{SIGNATURE}</SignatureProvided></Error>",
            "AccessDenied",
        ),
        (400, '{"statusCode": "400", "error": "InvalidRequest", "message": "bad"}', "InvalidRequest"),
    ],
)
async def test_storage_refusal_is_a_typed_error_without_the_url(mode: str, status: int, body: str, code: str) -> None:
    with HashingServer(lambda *head: Reply(status, body.encode())) as server:
        url = f"{server.url}/storage/clip.mp4?X-Amz-Signature={SIGNATURE}"
        with pytest.raises(UploadError) as caught:
            await put(mode, url, ("clip.mp4", b"video"), retry=FAST)
    error = caught.value
    assert isinstance(error, TokPortalError)
    assert (error.step, error.status_code, error.storage_code, error.host) == ("put", status, code, "127.0.0.1")
    assert "step 'put'" in str(error) and "127.0.0.1" in str(error)
    assert_hidden(error, url)
    assert len(server.received) == 1  # a refusal is not retried


async def test_storage_that_keeps_failing_is_retried_then_reported(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="tokportal_client")
    with HashingServer(lambda *head: Reply(503)) as server:
        url = f"{server.url}/storage/clip.mp4?sig={SIGNATURE}"
        with pytest.raises(UploadError) as caught:
            await put(mode, url, ("clip.mp4", b"video"), retry=FAST)
    assert (caught.value.step, caught.value.status_code) == ("put", 503)
    assert len(server.received) == FAST.max_retries + 1
    retries = [r for r in caplog.records if r.getMessage().startswith("retrying PUT to storage at 127.0.0.1")]
    assert len(retries) == FAST.max_retries
    for record in retries:
        assert_hidden(record, url)


async def test_httpx_own_log_never_sees_the_signed_url(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    with HashingServer(lambda *head: Reply(200)) as server:
        url = f"{server.url}/storage/clip.mp4?X-Amz-Credential=AKIA{SIGNATURE}&X-Amz-Signature={SIGNATURE}"
        await put(mode, url, ("clip.mp4", b"video"), retry=FAST)
    lines = [record.getMessage() for record in caplog.records if record.name.startswith("httpx")]
    assert any("PUT http://127.0.0.1" in line for line in lines)  # httpx still logs the request, by host
    for line in lines:
        assert SIGNATURE not in line and "/storage/" not in line


async def test_unreachable_storage_is_reported_without_the_url(mode: str) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    url = f"http://127.0.0.1:{port}/storage/clip.mp4?sig={SIGNATURE}"
    with pytest.raises(UploadError) as caught:
        await put(mode, url, ("clip.mp4", b"video"), retry=FAST)
    assert (caught.value.step, caught.value.status_code) == ("put", None)
    assert_hidden(caught.value, url)


@pytest.mark.parametrize("url", [f"ftp://files.example/x?sig={SIGNATURE}", f"/relative?sig={SIGNATURE}"])
async def test_the_upload_url_is_checked_without_echoing_it(mode: str, url: str) -> None:
    with pytest.raises(ValueError, match="upload_url: expected an http") as caught:
        await put(mode, url, b"x")
    assert SIGNATURE not in str(caught.value)


# ----------------------------------------------------------------------------- the presigned flow, one call


class Storage:
    """A TokPortal stand-in (``/api/ext/upload/...``) plus the storage its upload URLs point at."""

    def __init__(self, *, grant: dict[str, Any] | None = None, puts: list[Reply | Drop] | None = None) -> None:
        self.server = HashingServer(self.respond)
        self.upload_url = f"{self.server.url}/storage/media/clip?X-Amz-Signature={SIGNATURE}"
        self.grant = grant
        self.puts = iter(puts or [])

    def respond(self, method: str, path: str, headers: dict[str, str]) -> Reply | Drop:
        if path == "/api/ext/upload/video":
            data = self.grant or {"upload_url": self.upload_url, "public_url": "https://cdn.example/media/clip.mp4"}
            return Reply(200, {"data": data}, {"X-TokPortal-Request-ID": "req_video"})
        if path == "/api/ext/upload/image":
            data = self.grant or {"upload_url": self.upload_url, "storage_path": "user/b-1/pic.png", "expires_in": 60}
            return Reply(200, {"data": data}, {"X-TokPortal-Request-ID": "req_image"})
        return next(self.puts, Reply(200))

    def grants(self) -> list[Received]:
        return self.server.requests_to("/api/ext/")

    def uploads(self) -> list[Received]:
        return self.server.requests_to("/storage/")


async def one_call(mode: str, storage: Storage, kind: str, file: Any, **options: Any) -> Any:
    settings: dict[str, Any] = {"api_key": KEY, "base_url": storage.server.url + "/api/ext", "retry": FAST}
    with storage.server:
        if mode == "sync":
            with TokPortal(**settings) as client:
                return (upload_video_file if kind == "video" else upload_image_file)(client, file, **options)
        async with AsyncTokPortal(**settings) as aclient:
            return await (aupload_video_file if kind == "video" else aupload_image_file)(aclient, file, **options)


async def test_upload_video_file_in_one_call(big_file: Any, mode: str) -> None:
    path, digest = big_file("launch.mp4", 5 * MiB + 3)
    storage = Storage()
    calls: list[tuple[int, int]] = []
    result = await one_call(mode, storage, "video", path, bundle_id="b-1", progress=lambda *c: calls.append(c))
    assert isinstance(result, VideoUpload)
    assert (result.public_url, result.storage_path) == ("https://cdn.example/media/clip.mp4", None)
    assert (result.filename, result.content_type, result.size_bytes) == ("launch.mp4", "video/mp4", 5 * MiB + 3)
    assert result.request_id == "req_video"
    [grant] = storage.grants()
    assert grant.json() == {"filename": "launch.mp4", "content_type": "video/mp4", "bundle_id": "b-1"}
    assert grant.headers["x-api-key"] == KEY
    [upload] = storage.uploads()
    assert (upload.method, upload.sha256, upload.headers["content-type"]) == ("PUT", digest, "video/mp4")
    assert_progress(calls, 5 * MiB + 3)
    assert SIGNATURE not in repr(result) and "upload_url" not in repr(result)


async def test_upload_image_file_in_one_call(mode: str) -> None:
    storage = Storage()
    data = os.urandom(300_000)
    result = await one_call(mode, storage, "image", ("avatar.png", data), bundle_id="b-1", purpose="profile_picture")
    assert isinstance(result, ImageUpload)
    assert (result.storage_path, result.public_url, result.extra) == ("user/b-1/pic.png", None, {"expires_in": 60})
    [grant] = storage.grants()
    assert grant.json() == {
        "filename": "avatar.png",
        "content_type": "image/png",
        "bundle_id": "b-1",
        "purpose": "profile_picture",
    }
    [upload] = storage.uploads()
    assert (upload.sha256, upload.headers["content-type"]) == (sha(data), "image/png")
    assert SIGNATURE not in repr(result)


async def test_the_upload_url_gets_none_of_the_clients_headers(mode: str) -> None:
    storage = Storage()
    await one_call(mode, storage, "video", ("clip.mp4", b"video"), bundle_id="b-1", content_type="video/webm")
    [grant], [upload] = storage.grants(), storage.uploads()
    assert "x-api-key" in grant.headers and "x-tokportal-client" in grant.headers
    assert "x-api-key" not in upload.headers
    assert "idempotency-key" not in upload.headers
    assert not [name for name in upload.headers if name.startswith("x-tokportal")]
    assert upload.headers["content-type"] == grant.json()["content_type"] == "video/webm"


async def test_a_failed_put_is_retried_not_the_grant(big_file: Any, mode: str) -> None:
    path, digest = big_file("clip.mp4", 8 * MiB)
    storage = Storage(puts=[Reply(503), Drop(after=MiB)])
    await one_call(mode, storage, "video", path, bundle_id="b-1")
    assert len(storage.grants()) == 1
    assert [u.complete for u in storage.uploads()] == [True, False, True]
    assert storage.uploads()[-1].sha256 == digest


async def test_a_refused_put_names_the_step_and_hides_the_url(mode: str) -> None:
    storage = Storage(puts=[Reply(403, b"<Error><Code>AccessDenied</Code></Error>")])
    with pytest.raises(UploadError, match="step 'put'") as caught:
        await one_call(mode, storage, "video", ("clip.mp4", b"video"), bundle_id="b-1")
    assert (caught.value.status_code, caught.value.storage_code) == (403, "AccessDenied")
    assert_hidden(caught.value, storage.upload_url)


@pytest.mark.parametrize("grant", [{"public_url": "https://cdn.example/x.mp4"}, {"upload_url": "http://127.0.0.1:9/s"}])
async def test_an_answer_missing_a_field_uploads_nothing(mode: str, grant: dict[str, Any]) -> None:
    storage = Storage(grant=grant)
    with pytest.raises(UploadError, match="step 'upload_url'") as caught:
        await one_call(mode, storage, "video", ("clip.mp4", b"video"), bundle_id="b-1")
    assert caught.value.step == "upload_url"
    assert storage.uploads() == []


@pytest.mark.parametrize(
    ("options", "error", "words"),
    [
        ({"bundle_id": 5}, TypeError, "bundle_id: expected a string"),
        ({"bundle_id": "b", "content_type": "nonsense"}, ValueError, "content_type: expected a MIME type"),
        ({"bundle_id": "b", "progress": "yes"}, TypeError, "progress: expected a callable"),
    ],
)
async def test_bad_arguments_are_refused_before_anything_is_sent(
    mode: str, options: dict[str, Any], error: type, words: str
) -> None:
    storage = Storage()
    with pytest.raises(error, match=words):
        await one_call(mode, storage, "video", ("clip.mp4", b"video"), **options)
    assert storage.server.received == []


async def test_the_event_loop_stays_responsive_during_a_256_mib_upload(big_file: Any) -> None:
    path, digest = big_file("big.mp4", 256 * MiB)
    storage = Storage()
    settings: dict[str, Any] = {"api_key": KEY, "base_url": storage.server.url + "/api/ext"}
    with storage.server:
        async with AsyncTokPortal(**settings) as aclient:
            # The first call into a tag imports its generated module (a one-time cost, not the upload's).
            await aupload_video_file(aclient, ("warm-up.mp4", b"x"), bundle_id="b-1")
            async with responsive_event_loop():
                await asyncio.sleep(0.05)
                await aupload_video_file(aclient, path, bundle_id="b-1")
    assert storage.uploads()[-1].sha256 == digest


# ------------------------------------------------------------------------------------- exports to a file


class Trickle:
    """Serves one response of ``total`` bytes: the first half, then (after ``resume`` is set, or when
    ``cut`` says so, never) the rest."""

    def __init__(self, total: int, *, cut: bool = False) -> None:
        self.body = os.urandom(total)
        self.cut = cut
        self.resume = threading.Event()
        self.waited: bool | None = None
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/analytics/export/videos"
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        connection, _ = self.listener.accept()
        with self.listener, connection:
            while b"\r\n\r\n" not in connection.recv(65536):
                pass
            head = f"HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: {len(self.body)}\r\n\r\n"
            half = len(self.body) // 2
            connection.sendall(head.encode() + self.body[:half])
            if self.cut:
                return
            self.waited = self.resume.wait(10)
            connection.sendall(self.body[half:])


class Sink(io.RawIOBase):
    """A binary stream that tells the server to go on once it has been written to."""

    def __init__(self, trickle: Trickle) -> None:
        self.trickle = trickle
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.data += data
        self.trickle.resume.set()
        return len(data)


async def export(mode: str, url: str, save_to: Any) -> int:
    """``export_analytics_videos(..., save_to=...)`` through the client (the stand-in serves any path)."""
    settings: dict[str, Any] = {"api_key": KEY, "base_url": url.removesuffix("/analytics/export/videos")}
    if mode == "sync":
        with TokPortal(**settings, max_retries=0) as client:
            return client.analytics.export_analytics_videos(from_="2026-11-01", save_to=save_to)
    async with AsyncTokPortal(**settings, max_retries=0) as aclient:
        return await aclient.analytics.export_analytics_videos(from_="2026-11-01", save_to=save_to)


async def test_save_response_alone(tmp_path: Path, mode: str) -> None:
    trickle = Trickle(64 * 1024)
    trickle.resume.set()
    path = tmp_path / "rows.csv"
    if mode == "sync":
        with httpx.Client() as http, http.stream("GET", trickle.url) as response:
            assert save_response(response, path) == 64 * 1024
    else:
        async with httpx.AsyncClient() as ahttp, ahttp.stream("GET", trickle.url) as aresponse:
            assert await asave_response(aresponse, path) == 64 * 1024
    assert path.read_bytes() == trickle.body


async def test_an_export_is_written_as_it_arrives(mode: str) -> None:
    trickle = Trickle(4 * MiB)
    sink = Sink(trickle)
    assert await export(mode, trickle.url, sink) == 4 * MiB
    assert trickle.waited is True  # the first half was written while the server held back the rest
    assert bytes(sink.data) == trickle.body


@pytest.mark.parametrize("target", ["path", "pathlike", "stream"])
async def test_an_export_saved_to_a_path_or_stream(tmp_path: Path, mode: str, target: str) -> None:
    trickle = Trickle(3 * MiB + 7)
    trickle.resume.set()
    path = tmp_path / "rows.csv"
    if target == "stream":
        with path.open("wb") as stream:
            written = await export(mode, trickle.url, stream)
    else:
        written = await export(mode, trickle.url, str(path) if target == "path" else path)
    assert written == 3 * MiB + 7
    assert path.read_bytes() == trickle.body
    assert [p.name for p in tmp_path.iterdir()] == ["rows.csv"]


async def test_an_interrupted_export_leaves_the_previous_file_alone(tmp_path: Path, mode: str) -> None:
    trickle = Trickle(2 * MiB, cut=True)
    path = tmp_path / "rows.csv"
    path.write_bytes(b"yesterday's rows")
    with pytest.raises(TokPortalError):  # the connection dropped mid-body: an APIConnectionError
        await export(mode, trickle.url, path)
    assert path.read_bytes() == b"yesterday's rows"
    assert [p.name for p in tmp_path.iterdir()] == ["rows.csv"]


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (lambda p: io.StringIO(), TypeError, "save_to: the stream must be opened in binary mode"),
        (lambda p: p, ValueError, "is a directory"),
        (lambda p: p / "missing" / "rows.csv", ValueError, "does not exist"),
        (lambda p: 42, TypeError, "save_to: expected a path or a binary stream"),
    ],
)
def test_where_an_export_goes_is_checked_first(tmp_path: Path, make: Any, error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        check_save_target(make(tmp_path))


# ---------------------------------------------------------------------------- direct uploads, through the client


async def test_upload_video_direct_streams_retries_and_reports_progress(big_file: Any, mode: str) -> None:
    """The generated direct-upload method streams the file (a path, never read whole), sends it whole again after a
    503 with the same Idempotency-Key, and reports progress from 0 on each attempt."""
    path, digest = big_file("clip.mp4", 8 * MiB + 3)
    answers: Iterator[Reply | Drop] = iter([Reply(503), Reply(200, {"data": {"filename": "clip.mp4"}})])
    calls: list[tuple[int, int]] = []
    settings: dict[str, Any] = {"api_key": KEY, "retry": FAST}
    with HashingServer(lambda *head: next(answers)) as server:
        settings["base_url"] = server.url + "/api/ext"
        if mode == "sync":
            with TokPortal(**settings) as client:
                result = client.uploads.upload_video_direct(
                    file=path, bundle_id="b-1", progress=lambda *c: calls.append(c)
                )
        else:
            async with AsyncTokPortal(**settings) as aclient:
                result = await aclient.uploads.upload_video_direct(
                    file=path, bundle_id="b-1", progress=lambda *c: calls.append(c)
                )
    assert result.data is not None
    first, second = server.received
    assert [r.parts["file"].sha256 for r in server.received] == [digest, digest]
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"]
    assert first.headers["content-length"] == second.headers["content-length"]
    assert second.parts["bundle_id"].value == b"b-1"
    runs = attempts(calls)
    assert len(runs) == 2
    assert_progress(runs[-1], path.stat().st_size)


async def direct_upload(mode: str, server: HashingServer, path: Path, progress: Any) -> Any:
    """``upload_video_direct`` of ``path`` through the client of ``mode``, against ``server``."""
    settings: dict[str, Any] = {"api_key": KEY, "retry": FAST, "base_url": server.url + "/api/ext"}
    if mode == "sync":
        with TokPortal(**settings) as client:
            return client.uploads.upload_video_direct(file=path, bundle_id="b-1", progress=progress)
    async with AsyncTokPortal(**settings) as aclient:
        return await aclient.uploads.upload_video_direct(file=path, bundle_id="b-1", progress=progress)


async def test_a_file_that_grows_during_a_direct_upload_is_an_upload_error(tmp_path: Path, mode: str) -> None:
    """Issue 23: a source that changes size while the client sends it stops the upload with an UploadError that
    names the file, not a bare ValueError after bytes were sent."""
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"x" * 4 * ASYNC_CHUNK_SIZE)

    reply = Reply(200, {"data": {"filename": "clip.mp4"}})
    with HashingServer(lambda *head: reply) as server, pytest.raises(UploadError) as raised:
        await direct_upload(mode, server, path, growing(path))
    assert raised.value.step == "read" and "clip.mp4" in str(raised.value) and "changed size" in str(raised.value)


async def test_a_same_size_rewrite_between_direct_upload_attempts_is_an_upload_error(tmp_path: Path, mode: str) -> None:
    """Issue 23: the first attempt is answered 503; the file was rewritten to the same size meanwhile, so the retry
    would send other bytes under the same Idempotency-Key: it is cut off before the file's first byte, so the server
    never gets a whole request to act on."""
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"a" * 100_000)
    answers: Iterator[Reply] = iter([Reply(503), Reply(200, {"data": {"filename": "clip.mp4"}})])

    def rewrite(done: int, total: int) -> None:
        if done == total and path.read_bytes()[:1] == b"a":
            path.write_bytes(b"b" * 100_000)
            stat = path.stat()
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # a coarse clock could tie

    with HashingServer(lambda *head: next(answers)) as server, pytest.raises(UploadError, match=r"clip\.mp4.*modified"):
        await direct_upload(mode, server, path, rewrite)
    first, retry = server.received
    assert first.complete and not retry.complete  # the retry with other bytes never went out whole
    assert "file" not in retry.parts


async def test_an_export_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path, mode: str) -> None:
    trickle = Trickle(1024)
    trickle.resume.set()
    path = tmp_path / "rows.csv"
    path.write_bytes(b"old")
    path.chmod(0o600)
    await export(mode, trickle.url, path)
    assert path.read_bytes() == trickle.body and (path.stat().st_mode & 0o7777) == 0o600


async def test_a_new_export_gets_the_umask_mode(tmp_path: Path, mode: str) -> None:
    trickle = Trickle(1024)
    trickle.resume.set()
    umask = os.umask(0o027)
    try:
        await export(mode, trickle.url, tmp_path / "rows.csv")
    finally:
        os.umask(umask)
    assert ((tmp_path / "rows.csv").stat().st_mode & 0o7777) == 0o640


@pytest.mark.parametrize("where", ["missing-parent", "directory", "read-only"])
async def test_an_unwritable_save_to_is_refused_before_sending(
    tmp_path: Path, mode: str, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    trickle = Trickle(1024)
    trickle.resume.set()
    target = {"missing-parent": tmp_path / "nope" / "rows.csv", "directory": tmp_path}.get(where, tmp_path / "r.csv")
    if where == "read-only":  # root may write anywhere: what the OS answers is simulated
        monkeypatch.setattr(os, "access", lambda path, flags: False)
    with pytest.raises(ValueError, match="save_to"):
        await export(mode, trickle.url, target)
    assert trickle.waited is None  # nothing was sent: the server never answered a request


async def test_a_plain_http_upload_url_off_loopback_is_refused(mode: str) -> None:
    url = f"http://storage.example/clip.mp4?X-Amz-Signature={SIGNATURE}"
    with pytest.raises(ValueError, match="upload_url: plain http://") as caught:
        await put(mode, url, b"x")
    assert SIGNATURE not in str(caught.value)


async def test_a_slow_pipe_given_to_the_async_client_never_stalls_the_event_loop() -> None:
    """Issue 23: upload_video_direct(file=<pipe>) on AsyncTokPortal copies the pipe in a worker thread (it
    stalled the event loop for as long as the writer took); the copy is what every attempt sends."""
    pieces = [os.urandom(32 * 1024) for _ in range(16)]
    read_end, write_end = os.pipe()

    def feed() -> None:
        with os.fdopen(write_end, "wb") as writer:
            for piece in pieces:
                time.sleep(0.02)
                writer.write(piece)
                writer.flush()

    answers = iter([Reply(503), Reply(200, {"data": {"filename": "live.mp4"}})])
    with HashingServer(lambda *head: next(answers)) as server:
        settings: dict[str, Any] = {"api_key": KEY, "base_url": server.url + "/api/ext", "retry": FAST}
        async with AsyncTokPortal(**settings) as aclient:
            await aclient.uploads.upload_video_direct(file=("warm.mp4", b"x"), bundle_id="b-0")  # imports
            answers = iter([Reply(503), Reply(200, {"data": {"filename": "live.mp4"}})])
            async with responsive_event_loop():
                threading.Thread(target=feed, daemon=True).start()
                with os.fdopen(read_end, "rb") as pipe:
                    await aclient.uploads.upload_video_direct(file=("live.mp4", pipe), bundle_id="b-1")
    digest = hashlib.sha256(b"".join(pieces)).hexdigest()
    assert [r.parts["file"].sha256 for r in server.received[-2:]] == [digest, digest]  # both attempts, same bytes
