"""Smoke test of an installed tokportal-client: one sync and one async call against a loopback server.

Run by `make dist-check` with the interpreter of a fresh venv holding only the built wheel; it refuses to run
on a tokportal_client imported from anywhere but that venv's site-packages. Standard library and tokportal_client only.
Exit 0 and one line on success; an exception otherwise.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import tokportal_client
from tokportal_client import AsyncTokPortal, TokPortal

API_KEY = "sk_test_" + "smoke" * 8
USER = {"email": "smoke@example.com", "credits": 12.5, "plan": "pro", "created_at": "2026-01-02T03:04:05Z"}


class Handler(BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str | None]]] = []

    def do_GET(self) -> None:
        Handler.seen.append((self.path, self.headers.get("X-API-Key")))
        body = json.dumps({"data": USER}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-TokPortal-Request-ID", "req_smoke")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


async def call_async(base_url: str) -> str:
    async with AsyncTokPortal(api_key=API_KEY, base_url=base_url) as client:
        return str((await client.profile.get_current_user()).data.email)


def main() -> int:
    installed = Path(tokportal_client.__file__).resolve()
    if Path(sys.prefix).resolve() not in installed.parents or "site-packages" not in installed.parts:
        raise SystemExit(f"wheel_smoke: imported {installed}, not an installed wheel")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base_url = f"http://127.0.0.1:{server.server_address[1]}/api/ext"
    try:
        with TokPortal(api_key=API_KEY, base_url=base_url) as client:
            user = client.profile.get_current_user()
        assert user.data.email == USER["email"] and user.data.plan == USER["plan"], user
        assert asyncio.run(call_async(base_url)) == USER["email"]
    finally:
        server.shutdown()
        server.server_close()
    assert Handler.seen == [("/api/ext/me", API_KEY)] * 2, "requests were not sent as expected"
    version = ".".join(map(str, sys.version_info[:3]))
    print(f"wheel_smoke: tokportal-client {tokportal_client.__version__} on Python {version}: sync and async OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
