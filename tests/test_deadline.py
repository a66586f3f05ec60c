"""One deadline per attempt, on every path and both clients: ``timeout=0.4`` against a loopback server that
trickles its response headers, or its body, one byte every 0.3 s (each read alone is within httpx's read
timeout, so only a deadline over the whole attempt stops it).

The paths: an API GET, an API POST, the storage PUT of the one-call upload and an export written to
``save_to=``. Each call makes one attempt (``max_retries=0``); the bound asserted is loose (the machine is
shared), the behaviour it guards is not: without the deadline these calls take 10 to 40 s (the issue saw 8 to
12 s at ``timeout=1``).
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tokportal_client import APITimeoutError, AsyncTokPortal, TokPortal
from tokportal_client.uploads import UploadError

KEY = "sk_test_deadline"
TIMEOUT = 0.4
TRICKLE = 0.3
BOUND = 2.0
"""Seconds a one-attempt call with ``timeout=TIMEOUT`` may take here: the timeout plus room for a loaded machine
(without the deadline, a trickled answer of a hundred bytes takes 30 s)."""
SIGNATURE = "deadline-signature-0123456789"


class TrickleServer:
    """Answers every request, after reading it whole: the upload grant at once, anything else one byte at a time
    (``trickle="headers"``: the status line and headers; ``"body"``: headers at once, then the body)."""

    def __init__(self, trickle: str) -> None:
        self.trickle = trickle
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.1)  # accept() wakes up to see the server stopping
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.stopping = threading.Event()
        self.threads: list[threading.Thread] = []
        self.connections: list[socket.socket] = []

    def __enter__(self) -> TrickleServer:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self.threads.append(thread)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stopping.set()
        self.sock.close()
        for connection in self.connections:
            connection.close()
        for thread in self.threads:
            thread.join(timeout=5)

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                connection, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connection.settimeout(None)
            self.connections.append(connection)
            thread = threading.Thread(target=self._serve, args=(connection,), daemon=True)
            thread.start()
            self.threads.append(thread)

    def _serve(self, connection: socket.socket) -> None:
        try:
            while not self.stopping.is_set():
                head = b""
                while b"\r\n\r\n" not in head:
                    chunk = connection.recv(65536)
                    if not chunk:
                        return
                    head += chunk
                head, _, body = head.partition(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                length = next(
                    (int(line.split(":")[1]) for line in lines if line.lower().startswith("content-length")), 0
                )
                while len(body) < length:
                    chunk = connection.recv(65536)
                    if not chunk:
                        return
                    body += chunk
                if path.startswith("/api/ext/upload/video"):
                    grant = {
                        "upload_url": f"{self.url}/storage/clip.mp4?sig={SIGNATURE}",
                        "public_url": "https://cdn/x",
                    }
                    payload = json.dumps({"data": grant}).encode()
                    connection.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                        + f"Content-Length: {len(payload)}\r\n\r\n".encode()
                        + payload
                    )
                    continue
                payload = b'{"data": []}'
                headers = (
                    f"HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: {len(payload)}\r\n\r\n".encode()
                )
                if self.trickle == "body":
                    connection.sendall(headers)
                self._trickle(connection, headers + payload if self.trickle == "headers" else payload)
                return
        except OSError:
            return
        finally:
            connection.close()

    def _trickle(self, connection: socket.socket, data: bytes) -> None:
        for index in range(len(data)):
            connection.sendall(data[index : index + 1])
            if self.stopping.wait(TRICKLE):
                return


def _calls(tmp_path: Path) -> dict[str, Callable[[Any], Any]]:
    return {
        "GET": lambda c: c.raw_request("GET", "/bundles"),
        "POST": lambda c: c.raw_request("POST", "/bundles", json={"bundle_type": "account_only"}),
        "PUT": lambda c: c.uploads.upload_video_file(("clip.mp4", b"video bytes"), bundle_id="b-1"),
        "save_to": lambda c: c.analytics.export_analytics_videos(from_="2026-11-01", save_to=tmp_path / "out.csv"),
    }


@pytest.fixture(params=["headers", "body"])
def server(request: pytest.FixtureRequest) -> Iterator[TrickleServer]:
    with TrickleServer(request.param) as trickling:
        yield trickling


@pytest.mark.parametrize("path", ["GET", "POST", "PUT", "save_to"])
@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_every_path_gives_up_at_the_deadline(
    server: TrickleServer, path: str, flavour: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tokportal_client")
    call = _calls(tmp_path)[path]
    settings: dict[str, Any] = {
        "api_key": KEY,
        "base_url": server.url + "/api/ext",
        "timeout": TIMEOUT,
        "max_retries": 0,
    }
    started = time.monotonic()
    with pytest.raises((APITimeoutError, UploadError)) as caught:
        if flavour == "sync":
            with TokPortal(**settings) as client:
                call(client)
        else:
            async with AsyncTokPortal(**settings) as aclient:
                await call(aclient)
    elapsed = time.monotonic() - started
    print(f"{flavour} {path} trickled {server.trickle}: {elapsed:.2f}s")
    assert elapsed < BOUND, f"{flavour} {path} with a trickled {server.trickle} took {elapsed:.1f}s"
    if path == "PUT":
        assert isinstance(caught.value, UploadError) and caught.value.step == "put"
        assert "timed" in str(caught.value).lower() or "timeout" in str(caught.value).lower()
        assert SIGNATURE not in str(caught.value)
    else:
        assert isinstance(caught.value, APITimeoutError)
    assert not list(tmp_path.iterdir())  # an export cut short leaves nothing behind
    if path == "PUT":  # the storage attempt is logged, by its host alone
        lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("PUT ")]
        assert lines and all(line.startswith("PUT http://127.0.0.1 ->") for line in lines), lines
        assert SIGNATURE not in caplog.text and "/storage/" not in caplog.text
