"""A loopback stand-in for the presigned upload flow: ``POST /api/ext/upload/video`` (and ``/upload/image``) answers a
grant whose upload URL points back here, and ``PUT /storage/...`` reads the bytes (slowly when asked, so a progress
bar has time to show) and counts them. Nothing is kept."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: StorageServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self, status: int, payload: Any) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-TokPortal-Request-ID", "req_storage_test")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self.server.grants.append(json.loads(self.rfile.read(length) or b"{}"))
        port = self.server.server_address[1]
        name = "image" if self.path.endswith("/upload/image") else "video"
        grant = {
            "upload_url": f"http://127.0.0.1:{port}/storage/{name}?X-Signature=s3cr3t-signature",
            "public_url": f"https://cdn.example/{name}",
            "storage_path": f"uploads/{name}",
        }
        self._answer(200, {"data": grant})

    def do_PUT(self) -> None:
        remaining = int(self.headers.get("Content-Length", "0"))
        received = 0
        while remaining:
            chunk = self.rfile.read(min(remaining, 64 * 1024))
            if not chunk:
                break
            received += len(chunk)
            remaining -= len(chunk)
            if self.server.delay:
                time.sleep(self.server.delay)
        self.server.received.append(received)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()


class StorageServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, delay: float = 0.0) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.delay = delay
        """Seconds to wait after each 64 KiB read of a PUT body."""
        self.grants: list[Any] = []
        self.received: list[int] = []
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/api/ext"

    def __enter__(self) -> StorageServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.shutdown()
        self.server_close()
