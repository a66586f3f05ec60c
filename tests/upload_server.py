"""A loopback HTTP/1.1 server for upload tests that hashes what it receives instead of keeping it.

It reads each request body in 1 MiB chunks and records its SHA-256, size and headers (a ``multipart/form-data``
body is parsed as it streams: each file part is hashed, small fields are kept). What it answers is decided per
request, from the request head, by ``server.respond``: a :class:`Reply`, or :class:`Drop` to close the
connection after reading part of the body (a connection lost mid-upload).
"""

from __future__ import annotations

import hashlib
import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

READ_CHUNK = 1024 * 1024
KEEP_BODY = 64 * 1024


@dataclass
class Part:
    headers: dict[str, str]
    size: int = 0
    sha256: str = ""
    value: bytes = b""


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    """Lower-cased names."""
    size: int = 0
    sha256: str = ""
    body: bytes = b""
    """The body itself when it is small (a JSON call), else empty."""
    parts: dict[str, Part] = field(default_factory=dict)
    """Multipart bodies: by form field name."""
    complete: bool = False

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    body: bytes | dict[str, Any] = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Drop:
    after: int
    """Close the connection after reading this many bytes of the body, without answering."""


Respond = Callable[[str, str, dict[str, str]], Reply | Drop]


class _MultipartHasher:
    """Parses a multipart body fed in arbitrary pieces, hashing each part's content."""

    def __init__(self, boundary: bytes) -> None:
        self.delimiter = b"\r\n--" + boundary
        self.buffer = b"\r\n"  # the first delimiter has no CRLF before it
        self.state = "preamble"
        self.parts: dict[str, Part] = {}
        self.part: Part | None = None
        self.hasher = hashlib.sha256()

    def feed(self, data: bytes) -> None:
        self.buffer += data
        while True:
            if self.state == "preamble" or self.state == "after":
                if len(self.buffer) < len(self.delimiter) + 2:
                    return
                start = len(self.delimiter) if self.state == "preamble" else 0
                if self.state == "preamble":
                    assert self.buffer.startswith(self.delimiter), "body does not start with the boundary"
                marker, self.buffer = self.buffer[start : start + 2], self.buffer[start + 2 :]
                self.state = "done" if marker == b"--" else "headers"
                assert marker in (b"--", b"\r\n"), marker
            elif self.state == "headers":
                end = self.buffer.find(b"\r\n\r\n")
                if end < 0:
                    return
                lines = self.buffer[:end].decode("utf-8").split("\r\n")
                self.buffer = self.buffer[end + 4 :]
                headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}
                self.part, self.hasher, self.state = Part(headers), hashlib.sha256(), "content"
            elif self.state == "content":
                assert self.part is not None
                end = self.buffer.find(self.delimiter)
                keep = len(self.buffer) - len(self.delimiter) + 1 if end < 0 else end
                self._content(self.buffer[: max(0, keep)])
                self.buffer = self.buffer[max(0, keep) :]
                if end < 0:
                    return
                self.buffer = self.buffer[len(self.delimiter) :]
                self.part.sha256 = self.hasher.hexdigest()
                self.parts[_field_name(self.part.headers)] = self.part
                self.state = "after"
            else:
                return

    def _content(self, data: bytes) -> None:
        assert self.part is not None
        self.hasher.update(data)
        self.part.size += len(data)
        if len(self.part.value) < KEEP_BODY:
            self.part.value += data[: KEEP_BODY - len(self.part.value)]


def _field_name(headers: dict[str, str]) -> str:
    disposition = headers.get("content-disposition", "")
    for item in disposition.split(";"):
        key, _, value = item.strip().partition("=")
        if key == "name":
            return value.strip('"')
    raise AssertionError(f"part without a name: {disposition}")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def _handle(self) -> None:
        headers = {name.lower(): value for name, value in self.headers.items()}
        record = Received(self.command, self.path, headers)
        self.server.owner.received.append(record)
        action = self.server.owner.respond(self.command, self.path, headers)
        if "content-length" not in headers and self.command in ("POST", "PUT"):
            self._reply(Reply(411, {"error": "Length Required"}))
            return
        length = int(headers.get("content-length", "0"))
        limit = action.after if isinstance(action, Drop) else length
        self._read_body(record, min(length, limit))
        if isinstance(action, Drop):
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        record.complete = record.size == length
        self._reply(action)

    def _read_body(self, record: Received, length: int) -> None:
        hasher = hashlib.sha256()
        content_type = record.headers.get("content-type", "")
        parts = None
        if content_type.startswith("multipart/form-data"):
            parts = _MultipartHasher(content_type.split("boundary=", 1)[1].encode())
        remaining = length
        while remaining:
            chunk = self.rfile.read(min(READ_CHUNK, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            hasher.update(chunk)
            record.size += len(chunk)
            if len(record.body) < KEEP_BODY:
                record.body += chunk[: KEEP_BODY - len(record.body)]
            if parts is not None:
                parts.feed(chunk)
        record.sha256 = hasher.hexdigest()
        if parts is not None:
            record.parts = parts.parts

    def _reply(self, reply: Reply) -> None:
        body = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
        self.send_response(reply.status)
        headers = {"Content-Type": "application/json", **reply.headers, "Content-Length": str(len(body))}
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: HashingServer


class HashingServer:
    """``with HashingServer() as server:`` serves on ``server.url`` until the block ends."""

    def __init__(self, respond: Respond | None = None) -> None:
        self.respond: Respond = respond or (lambda method, path, headers: Reply())
        self.received: list[Received] = []
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    def __enter__(self) -> HashingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def requests_to(self, prefix: str) -> list[Received]:
        return [r for r in self.received if r.path.startswith(prefix)]
