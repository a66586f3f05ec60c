"""A loopback stand-in for TokPortal's rate limiting: one token bucket per API key, enforced as TokPortal does.

Every request with an ``X-API-Key`` takes a token from that key's bucket (``--capacity`` tokens, refilled at
``--rate`` a second, full at first sight of a key) and is answered 200 with a ``GET /me`` body, or, when the
bucket is empty, 429 with TokPortal's error envelope (``RATE_LIMIT_EXCEEDED``, ``details.retry_after_seconds``)
and ``Retry-After`` in whole seconds. Every answer carries ``X-RateLimit-Limit``, ``X-RateLimit-Remaining`` and
``X-RateLimit-Reset`` (the Unix second at which the bucket is full again). ``GET /_standin/stats`` answers
``{"ok": n, "limited": n}`` for the caller's key without taking a token. No key: 401.

It runs in a process of its own, so that it does not share the GIL with the clients it serves::

    python scripts/ratelimit_standin.py --capacity 10 --rate 10 [--port 0]

prints its base URL (``http://127.0.0.1:<port>/api/ext``) on the first line and serves until its standard
input closes (or Ctrl-C). :func:`running` does that from Python, and :func:`local_redis` starts a throwaway
``redis-server`` beside it: the two loopback services of the rate-limit tests and of scripts/bench.py.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

PREFIX = "/api/ext"


class Buckets:
    """The token bucket of every key seen, and how many of its requests were served and refused."""

    def __init__(self, capacity: int, rate: float) -> None:
        self.capacity = capacity
        self.rate = rate
        self.lock = threading.Lock()
        self.tokens: dict[str, tuple[float, float]] = {}  # key -> (tokens, at monotonic time)
        self.counts: dict[str, dict[str, int]] = {}

    def take(self, key: str) -> tuple[bool, float, float]:
        """Take a token for ``key``: (allowed, tokens left, seconds until full)."""
        with self.lock:
            now = time.monotonic()
            tokens, at = self.tokens.get(key, (float(self.capacity), now))
            tokens = min(float(self.capacity), tokens + (now - at) * self.rate)
            allowed = tokens >= 1.0
            if allowed:
                tokens -= 1.0
            self.tokens[key] = (tokens, now)
            counts = self.counts.setdefault(key, {"ok": 0, "limited": 0})
            counts["ok" if allowed else "limited"] += 1
            return allowed, tokens, (self.capacity - tokens) / self.rate


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Server

    def do_GET(self) -> None:
        key = self.headers.get("X-API-Key")
        if not key:
            self.answer(401, error("UNAUTHORIZED", "Missing API key."))
            return
        buckets = self.server.buckets
        if self.path.split("?")[0] == "/_standin/stats":
            with buckets.lock:
                self.answer(200, dict(buckets.counts.get(key, {"ok": 0, "limited": 0})))
            return
        allowed, tokens, until_full = buckets.take(key)
        headers = {
            "X-RateLimit-Limit": str(buckets.capacity),
            "X-RateLimit-Remaining": str(math.floor(tokens)),
            "X-RateLimit-Reset": str(math.ceil(time.time() + until_full)),
        }
        if allowed:
            self.answer(200, {"data": {"email": "standin@example.com", "credits": 100}}, headers)
            return
        wait = max(1, math.ceil((1.0 - tokens) / buckets.rate))
        headers["Retry-After"] = str(wait)
        body = error("RATE_LIMIT_EXCEEDED", "Too many requests.", {"retry_after_seconds": wait})
        self.answer(429, body, headers)

    def answer(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-TokPortal-Request-ID", f"req_standin_{time.monotonic_ns()}")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def error(code: str, message: str, details: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, **({"details": details} if details else {})}}


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int, buckets: Buckets) -> None:
        super().__init__(("127.0.0.1", port), Handler)
        self.buckets = buckets


class StandIn:
    """A running stand-in: its base URL, and what it served each key."""

    def __init__(self, url: str) -> None:
        self.url = url

    def stats(self, api_key: str) -> dict[str, int]:
        """``{"ok": n, "limited": n}``: the requests of ``api_key`` served and refused with 429 so far."""
        response = httpx.get(self.url.removesuffix(PREFIX) + "/_standin/stats", headers={"X-API-Key": api_key})
        response.raise_for_status()
        counts: dict[str, int] = response.json()
        return counts


@contextmanager
def running(capacity: int, rate: float) -> Iterator[StandIn]:
    """Start the stand-in in a process of its own, on a free loopback port; stop it on exit."""
    process = subprocess.Popen(
        [sys.executable, __file__, "--capacity", str(capacity), "--rate", str(rate)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        if not url:
            raise RuntimeError("the rate-limit stand-in did not start")
        yield StandIn(url)
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


REDIS_MISSING = (
    "redis-server not found: the rate-limit tests and bench need a Redis server binary. "
    "`make install` installs Debian's redis-server package when run as root; "
    "elsewhere install it yourself (apt-get install redis-server, brew install redis, ...)"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LocalRedis:
    """A ``redis-server`` on a loopback port, keeping nothing on disk; it can be killed and started again."""

    def __init__(self, port: int | None = None) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise FileNotFoundError(REDIS_MISSING)
        self.binary = binary
        self.port = port or free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.directory = tempfile.TemporaryDirectory(prefix="tokportal-redis-")
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the server and return once it answers."""
        command = [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        command += ["--dir", self.directory.name]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"redis-server exited with status {self.process.returncode}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(64).startswith(b"+PONG"):
                        return
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"redis-server did not answer on port {self.port}")

    def kill(self) -> None:
        """Stop the server at once (SIGKILL), as a crash would."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def close(self) -> None:
        self.kill()
        self.directory.cleanup()


@contextmanager
def local_redis() -> Iterator[LocalRedis]:
    """A running throwaway ``redis-server``; FileNotFoundError (saying how to get one) when there is none."""
    server = LocalRedis()
    try:
        server.start()
        yield server
    finally:
        server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--capacity", type=int, default=120, help="tokens in each key's bucket (default 120)")
    parser.add_argument("--rate", type=float, default=2.0, help="tokens added a second (default 2)")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    args = parser.parse_args()
    server = Server(args.port, Buckets(args.capacity, args.rate))
    print(f"http://127.0.0.1:{server.server_address[1]}{PREFIX}", flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with contextlib.suppress(KeyboardInterrupt):
        sys.stdin.read()  # until the parent closes our standard input
    server.shutdown()


if __name__ == "__main__":
    main()
