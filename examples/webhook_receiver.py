"""A webhook receiver with nothing but the standard library: verify, deduplicate, dispatch.

    TOKPORTAL_WEBHOOK_SECRET=whsec_... python examples/webhook_receiver.py --port 8000

Every delivery is checked with ``construct_event`` on the raw request body (signature, timestamp, payload);
a delivery that fails is answered 400 and ignored. A retried event (same ``id``) is acknowledged but handled
only once. Answer quickly: do slow work elsewhere. In production put it behind HTTPS (TokPortal only delivers
to https:// URLs) and keep the processed event ids in your database.
"""

from __future__ import annotations

import argparse
import json
import os
import threading
from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tokportal_client.webhooks import WebhookEvent, WebhookEventType, WebhookVerificationError, construct_event

PATH = "/webhooks/tokportal"
MAX_BODY = 1_000_000


def describe(event: WebhookEvent) -> str:
    """What a real handler would act on: a line per event type of interest."""
    data = event.data
    if event.type == WebhookEventType.BUNDLE_PUBLISHED:
        return f"bundle {data.get('bundle_id')} published"
    if event.type == WebhookEventType.VIDEO_FINALIZED:
        return f"video {data.get('position')} of bundle {data.get('bundle_id')} live at {data.get('platform_url')}"
    if event.type == WebhookEventType.ACCOUNT_BANNED:
        return f"account @{data.get('username')} banned: {data.get('reason')}"
    return f"{event.type} (not handled)"  # includes event types newer than this client: then a plain str


class Receiver(ThreadingHTTPServer):
    """The server, with its secret(s), the ids already handled and a callback per new event."""

    def __init__(
        self,
        address: tuple[str, int],
        secret: str | Sequence[str],
        on_event: Callable[[WebhookEvent], None] | None = None,
    ) -> None:
        super().__init__(address, _Handler)
        self.secret = secret
        self.on_event = on_event or (lambda event: print(f"{event.id}: {describe(event)}"))
        self.processed: set[str] = set()
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}{PATH}"


class _Handler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:
        if self.path != PATH:
            return self._answer(404, {"error": "not found"})
        length = int(self.headers.get("Content-Length") or 0)
        if not 0 < length <= MAX_BODY:
            return self._answer(400, {"error": "invalid webhook"})
        raw = self.rfile.read(length)  # the raw bytes: never re-serialise before verifying
        try:
            event = construct_event(raw, self.headers, self.server.secret)
        except WebhookVerificationError as error:
            self.log_message("rejected a webhook: %s", error.reason)
            return self._answer(400, {"error": "invalid webhook"})
        with self.server.lock:
            first_time = event.id not in self.server.processed
            self.server.processed.add(event.id)
        if first_time:
            self.server.on_event(event)
        self._answer(204, None)

    def _answer(self, status: int, payload: object) -> None:
        body = b"" if payload is None else json.dumps(payload).encode()
        self.send_response(status)
        if body:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        print(f"receiver: {format % args}")


def serve(
    secret: str | Sequence[str],
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    on_event: Callable[[WebhookEvent], None] | None = None,
) -> Receiver:
    """A receiver listening on ``host:port`` (0: any free port); call ``serve_forever()`` on it."""
    return Receiver((host, port), secret, on_event)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Receive and verify TokPortal webhooks.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    secrets = [s.strip() for s in os.environ.get("TOKPORTAL_WEBHOOK_SECRET", "").split(",") if s.strip()]
    if not secrets:
        raise SystemExit("set TOKPORTAL_WEBHOOK_SECRET (several, comma-separated, while rotating)")
    receiver = serve(secrets, host=args.host, port=args.port)
    print(f"listening on {receiver.url}")
    try:
        receiver.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        receiver.server_close()


if __name__ == "__main__":
    main()
