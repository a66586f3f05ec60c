"""``MockServer``: the mock TokPortal on a loopback port, served by werkzeug's threaded WSGI server."""

from __future__ import annotations

import http
import json
import logging
import math
import threading
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import unquote

import httpx
from werkzeug.datastructures import EnvironHeaders, Headers
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wsgi import get_input_stream

from .. import AsyncTokPortal, RetryPolicy, TokPortal
from . import _lifecycle
from ._app import Fault, MockApp
from ._events import DEFAULT_TIME_FACTOR, Delivery
from ._records import RecordedRequest, Reply, Violation
from ._state import DEFAULT_CREDITS, State
from ._storage import STORAGE_PREFIX, PresignedUpload, StoredObject

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment

__all__ = ["MOCK_API_KEY", "MockServer"]

logger = logging.getLogger("tokportal_client.testing")

MOCK_API_KEY = "sk_test_" + "0" * 64
"""The API key ``MockServer.client()`` sends unless the mock was given its own (``MockServer(api_key=...)``)."""
_NO_WAIT = RetryPolicy(initial_delay=0.0, max_delay=0.0)
_POLL_INTERVAL = 0.01  # how soon the background thread notices stop(): a test's teardown waits that long


class _QuietHandler(WSGIRequestHandler):
    """werkzeug's request handler, HTTP/1.1 keep-alive, logging through ``tokportal_client.testing``."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: do not wait for an ACK between them

    def log(self, type: str, message: str, *args: Any) -> None:
        logger.debug(message, *args)


class _Client(TokPortal):
    """A ``TokPortal`` on the mock; closing it closes the connections the mock opened for it."""

    def __init__(self, *, mock_http: httpx.Client, **settings: Any) -> None:
        super().__init__(http_client=mock_http, **settings)
        self._mock_http = mock_http

    def close(self) -> None:
        super().close()
        self._mock_http.close()


class _AsyncClient(AsyncTokPortal):
    """An ``AsyncTokPortal`` on the mock; closing it closes the connections the mock opened for it."""

    def __init__(self, *, mock_http: httpx.AsyncClient, **settings: Any) -> None:
        super().__init__(http_client=mock_http, **settings)
        self._mock_http = mock_http

    async def close(self) -> None:
        await super().close()
        await self._mock_http.aclose()


class MockServer:
    """A mock of the TokPortal API on a free loopback port, for testing your integration offline.

    It keeps state like TokPortal does (what you create, configure, publish and delete is there when you read
    it back; unknown ids are 404s), replays idempotent requests, runs the 428 policy flow, moves credits, and
    checks every request against the bundled ``openapi.json`` with an independent validator: a request that
    does not fit is answered 400 ``CONTRACT_VIOLATION`` and recorded in :attr:`violations`.

    It also stands in for the rest of TokPortal: presigned upload URLs point at its own storage (see
    :attr:`uploads`); TokPortal's side of the lifecycle is a call away (:meth:`deliver_account`,
    :meth:`review_account`, :meth:`publish_video`, :meth:`finalize_video`, :meth:`ban_account`, :meth:`advance`);
    webhook endpoints created through the API receive signed deliveries of the events, retried on failure (see
    :attr:`deliveries`). Only loopback addresses are ever contacted.

    Use it as a context manager (or :meth:`start` / :meth:`stop`); it serves from a background thread::

        with MockServer() as mock:
            client = mock.client()
            bundle = client.bundles.create_bundle(body={"bundle_type": "account_only", "country": "USA"})
            assert mock.requests[-1].operation_id == "createBundle"

    Args:
        credits: The starting credit balance.
        host: The address to listen on (a loopback address).
        port: The port; 0 (the default) picks a free one.
        spec_path: Another OpenAPI document to serve (default: the contract bundled with the package).
        webhook_time_factor: Scales the webhook retry schedule (:data:`RETRY_SCHEDULE`, 1 minute to 10 hours):
            the default 0.0001 retries a failed delivery after 6 ms, then 30 ms, 180 ms, ... (6.4 s in all).
        countries: The countries open for account creation, code to name (``GET /countries``); by default
            ``USA`` and ``GBR`` (aliases ``US``, ``GB``). An order for another is refused with 400
            ``COUNTRY_NOT_ENABLED``.
        api_key: The only key the mock accepts (its clients send it). By default any non-empty key is accepted
            and the clients send :data:`MOCK_API_KEY`. Either way, an operation that needs a key answers
            TokPortal's 401 ``AUTH_MISSING_KEY`` without one (``AUTH_INVALID_KEY`` for another key).
    """

    api_key: str = MOCK_API_KEY
    """The key the mock's clients send."""

    def __init__(
        self,
        *,
        credits: int = DEFAULT_CREDITS,
        host: str = "127.0.0.1",
        port: int = 0,
        spec_path: str | Path | None = None,
        api_key: str | None = None,
        webhook_time_factor: float = DEFAULT_TIME_FACTOR,
        countries: Mapping[str, str] | None = None,
    ) -> None:
        if isinstance(credits, bool) or not isinstance(credits, int) or credits < 0:
            raise ValueError(f"credits: expected a non-negative integer, got {credits!r}")
        if api_key is not None:
            if not isinstance(api_key, str):
                raise TypeError(f"api_key: expected a string, got {type(api_key).__name__}")
            if not api_key.strip() or not api_key.isascii() or any(c in api_key for c in "\r\n"):
                raise ValueError("api_key: expected a non-empty ASCII string without line breaks")
            self.api_key = api_key
        if countries is not None and (
            not countries or not all(isinstance(k, str) and k and isinstance(v, str) for k, v in countries.items())
        ):
            raise ValueError(
                "countries: expected a non-empty mapping of country code to name, such as {'USA': 'United States'}"
            )
        self._app = MockApp(spec_path=spec_path, credits=credits, api_key=api_key, countries=countries)
        self.webhook_time_factor = webhook_time_factor
        self._host = host
        self._port = port
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self._http_clients: list[httpx.Client] = []

    # -- lifecycle ---------------------------------------------------------------------------------------------

    def bind(self) -> Self:
        """Open the listening socket (so :attr:`base_url` is known) without serving yet."""
        if self._server is None:
            try:
                self._server = make_server(
                    self._host, self._port, self._wsgi, threaded=True, request_handler=_QuietHandler
                )
            except SystemExit:  # werkzeug reports a socket it cannot bind by exiting
                raise OSError(f"the mock cannot listen on {self._host}:{self._port}") from None
            host, port = self._server.server_address[:2]
            self._app.storage.origin = f"http://{host!s}:{port}"
        return self

    def start(self) -> Self:
        """Serve from a background thread."""
        if self._thread is None:
            server = self.bind()._server
            assert server is not None
            self._thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": _POLL_INTERVAL},
                name="tokportal-mock",
                daemon=True,
            )
            self._thread.start()
            self._app.dispatcher.start()
        return self

    def serve_forever(self) -> None:
        """Serve from the calling thread until interrupted (the command line)."""
        server = self.bind()._server
        assert server is not None
        self._app.dispatcher.start()
        try:
            server.serve_forever()
        finally:
            self._app.dispatcher.stop()

    def stop(self) -> None:
        """Stop serving and delivering webhooks; close the connections of the clients made by :meth:`client`."""
        self._app.dispatcher.stop()
        for http_client in self._http_clients:
            http_client.close()
        self._http_clients.clear()
        if self._server is not None:
            if self._thread is not None:
                self._server.shutdown()
                self._thread.join(timeout=5)
            self._server.server_close()
            self._server = None
            self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- where, and clients on it ------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The base URL to give a client (``http://127.0.0.1:<port>/api/ext``)."""
        if self._server is None:
            raise RuntimeError("the mock is not running: use it as a context manager or call start() first")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{self._app.validator.base_path}"

    def client(self, **options: Any) -> TokPortal:
        """A :class:`~tokportal_client.TokPortal` bound to the mock.

        ``options`` are the client's own (``max_retries=``, ``dry_run=``, ...). Unless you pass ``retry=``, retries
        do not wait between attempts (a ``Retry-After`` from the mock still applies), so tests stay fast.
        """
        http_client = httpx.Client(trust_env=False)  # a proxy from the environment must not see loopback calls
        self._http_clients.append(http_client)
        return _Client(mock_http=http_client, **self._settings(options))

    def async_client(self, **options: Any) -> AsyncTokPortal:
        """An :class:`~tokportal_client.AsyncTokPortal` bound to the mock (use ``async with``); as :meth:`client`."""
        return _AsyncClient(mock_http=httpx.AsyncClient(trust_env=False), **self._settings(options))

    def _settings(self, options: Mapping[str, Any]) -> dict[str, Any]:
        if "http_client" in options:
            raise TypeError("http_client: the mock's clients use their own connections; build a TokPortal for yours")
        return {"api_key": self.api_key, "base_url": self.base_url, "retry": _NO_WAIT, **options}

    # -- what it saw -------------------------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first (a copy)."""
        with self._app.lock:
            return list(self._app.requests)

    @property
    def violations(self) -> list[Violation]:
        """Requests (and, in the self-check, answers) that did not fit the contract, oldest first (a copy)."""
        with self._app.lock:
            return list(self._app.violations)

    @property
    def uploads(self) -> list[PresignedUpload]:
        """The presigned uploads granted so far, oldest first: what was declared, and (once ``PUT``) the stored
        bytes with their ``size`` and ``sha256``."""
        with self._app.lock:
            return list(self._app.storage.grants.values())

    def stored(self, url_or_path: str) -> StoredObject:
        """The file the storage holds at a ``public_url`` or ``storage_path`` (raises ``KeyError`` when none)."""
        path = url_or_path
        public = self._app.storage.public_url("")
        if path.startswith(public):
            path = unquote(path[len(public) :])
        with self._app.lock:
            found = self._app.storage.objects.get(path)
        if found is None:
            raise KeyError(f"the mock's storage holds nothing at {path!r}")
        return found

    @property
    def upload_url_ttl(self) -> float:
        """Seconds a presigned upload URL stays valid (15 minutes unless changed; 0 gives URLs already expired)."""
        return self._app.storage.ttl

    @upload_url_ttl.setter
    def upload_url_ttl(self, seconds: float) -> None:
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not math.isfinite(seconds):
            raise ValueError(f"upload_url_ttl: expected a number of seconds, got {seconds!r}")
        self._app.storage.ttl = float(seconds)

    @property
    def state(self) -> State:
        """The account's resources, by id; change them to play TokPortal's side (see :class:`State`).

        Assign a state to start from it: set up once, keep ``copy.deepcopy(mock.state)``, and assign a deep copy
        of it to each test's mock.
        """
        return self._app.state

    @state.setter
    def state(self, state: State) -> None:
        if not isinstance(state, State):
            raise TypeError(f"state: expected a tokportal_client.testing.State, got {type(state).__name__}")
        with self._app.lock:
            self._app.state = state

    def reset(self) -> None:
        """Start over: no resources, the starting balance, no recorded requests, faults or latency."""
        self._app.reset()

    # -- TokPortal's side and faults ----------------------------------------------------------------------------

    def add_account(self, *, platform: str = "tiktok", country: str = "USA", username: str | None = None) -> str:
        """Deliver a saved account (as TokPortal does once an account order is finalized); returns its id."""
        if platform not in ("tiktok", "instagram", "youtube"):
            raise ValueError(f"platform: expected tiktok, instagram or youtube, got {platform!r}")
        with self._app.lock:
            return str(self._app.state.add_account(platform=platform, country=country, username=username)["id"])

    def deliver_account(self, bundle_id: str) -> str:
        """TokPortal delivers the bundle's account: in review (the saved account now exists), then finalized, as
        its auto-finalize does. Emits ``account.in_review`` (unless it was in review) and ``account.finalized``.
        A bundle only published is accepted first. Returns the saved account's id."""
        with self._app.lock:
            saved = _lifecycle.deliver_account(self._app.state, bundle_id)
            self._app.dispatcher.flush(self._app.state)
        return saved

    def review_account(self, bundle_id: str) -> str:
        """TokPortal submits the bundle's account for your review: the listing goes ``in_review`` (emits
        ``account.in_review``) and the saved account exists; your code may then finalize it or ask for
        corrections. A bundle only published is accepted first. Returns the saved account's id."""
        with self._app.lock:
            saved = _lifecycle.review_account(self._app.state, bundle_id)
            self._app.dispatcher.flush(self._app.state)
        return saved

    def publish_video(self, bundle_id: str, position: int, *, platform_url: str | None = None) -> None:
        """TokPortal's manager publishes the video on the platform and submits the post's URL: the slot (published
        through the API, or accepted) goes ``in_review`` with ``platform_url`` (emits ``video.in_review``)."""
        with self._app.lock:
            _lifecycle.publish_video(self._app.state, bundle_id, position, platform_url)
            self._app.dispatcher.flush(self._app.state)

    def finalize_video(self, bundle_id: str, position: int) -> None:
        """A video's review ends on TokPortal's side (auto-finalize): ``in_review -> finalized``
        (emits ``video.finalized``)."""
        with self._app.lock:
            _lifecycle.finalize_video(self._app.state, bundle_id, position)
            self._app.dispatcher.flush(self._app.state)

    def ban_account(
        self,
        account_id: str,
        *,
        reason: str = "Community guidelines violation reported by the platform.",
        appeal_status: str = "appeal_pending",
    ) -> None:
        """The platform bans a delivered (saved) account: its ``status`` becomes ``banned``; emits
        ``account.banned``."""
        with self._app.lock:
            _lifecycle.ban_account(self._app.state, account_id, reason, appeal_status)
            self._app.dispatcher.flush(self._app.state)

    def advance(self, bundle_id: str, to: str) -> None:
        """Move a published bundle along the bundles guide's lifecycle, up to ``to``: ``accepted`` (an operator
        accepted it), ``in_review`` (its account delivered for review and its published videos posted),
        ``finalized`` (account and videos finalized) or ``completed``. Each move emits its event."""
        with self._app.lock:
            _lifecycle.advance(self._app.state, bundle_id, to)
            self._app.dispatcher.flush(self._app.state)

    # -- webhook deliveries ------------------------------------------------------------------------------------

    @property
    def deliveries(self) -> list[Delivery]:
        """Every webhook delivery attempt so far, oldest first: what was sent (headers, signed body) and what the
        receiver answered."""
        with self._app.lock:
            return list(self._app.dispatcher.deliveries)

    def wait_for_deliveries(self, timeout: float = 10.0) -> list[Delivery]:
        """Wait until every webhook delivery is done (automatic retries included), then return
        :attr:`deliveries`. Raises ``TimeoutError`` when some are still pending after ``timeout`` seconds."""
        if not self._app.dispatcher.wait_idle(timeout):
            raise TimeoutError(f"webhook deliveries still pending after {timeout} s")
        return self.deliveries

    @property
    def webhook_time_factor(self) -> float:
        """The factor applied to the webhook retry schedule (:data:`RETRY_SCHEDULE`)."""
        return self._app.dispatcher.time_factor

    @webhook_time_factor.setter
    def webhook_time_factor(self, factor: float) -> None:
        if isinstance(factor, bool) or not isinstance(factor, int | float) or not math.isfinite(factor) or factor < 0:
            raise ValueError(f"webhook_time_factor: expected a non-negative number, got {factor!r}")
        self._app.dispatcher.time_factor = float(factor)

    def fail_next(
        self,
        status: int,
        *,
        times: int = 1,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
    ) -> None:
        """Answer the next ``times`` valid requests with ``status`` instead of processing them.

        The default body is TokPortal's error shape (``RATE_LIMIT_EXCEEDED`` for a 429, which also gets
        ``Retry-After: 0``); ``body`` replaces it (an object is sent as JSON, ``str`` or ``bytes`` as is) and
        ``headers`` are added. Requests that break the contract are answered 400 and do not use up a fault.
        """
        if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
            raise ValueError(f"status: expected an HTTP status code (100 to 599), got {status!r}")
        if isinstance(times, bool) or not isinstance(times, int) or times < 1:
            raise ValueError(f"times: expected a positive integer, got {times!r}")
        if headers is not None and not all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items()):
            raise TypeError("headers: expected a mapping of str to str")
        if body is not None and not isinstance(body, str | bytes):
            try:
                json.dumps(body)
            except (TypeError, ValueError) as error:
                raise TypeError(f"body: expected JSON-serializable data, str or bytes ({error})") from None
        with self._app.lock:
            self._app.faults.extend(Fault(status, dict(headers or {}), body) for _ in range(times))

    @property
    def latency(self) -> float:
        """Seconds the mock waits before sending each answer (the request is processed at once)."""
        return self._app.latency

    @latency.setter
    def latency(self, seconds: float) -> None:
        if (
            isinstance(seconds, bool)
            or not isinstance(seconds, int | float)
            or not math.isfinite(seconds)
            or seconds < 0
        ):
            raise ValueError(f"latency: expected a non-negative number of seconds, got {seconds!r}")
        self._app.latency = float(seconds)

    # -- HTTP --------------------------------------------------------------------------------------------------

    def _wsgi(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        body = get_input_stream(environ).read()
        target = environ.get("RAW_URI") or environ.get("PATH_INFO", "/")
        headers = Headers(list(EnvironHeaders(environ).items()))
        delay = self._app.latency
        if target.startswith(STORAGE_PREFIX):
            return self._storage(environ, start_response, target, headers, body)
        try:
            reply = self._app.handle(environ["REQUEST_METHOD"], target, headers, body)
        except Exception as error:  # a bug of the mock: answer it, never hang the client
            logger.exception("mock error on %s %s", environ["REQUEST_METHOD"], target)
            with self._app.lock:
                self._app.violations.append(
                    Violation("response", None, environ["REQUEST_METHOD"], target, f"mock error: {error!r}")
                )
            message = {"error": {"code": "MOCK_ERROR", "message": f"{type(error).__name__}: {error}"}}
            reply = Reply(500, json.dumps(message).encode(), "application/json")
        logger.info("%s %s -> %d", environ["REQUEST_METHOD"], target, reply.status)
        if delay:
            time.sleep(delay)
        response_headers = [(name, value) for name, value in reply.headers.items()]
        if reply.content_type:
            response_headers.append(("Content-Type", reply.content_type))
        response_headers.append(("Content-Length", str(len(reply.body))))
        start_response(f"{reply.status} {_phrase(reply.status)}", response_headers)
        return [reply.body]

    def _storage(
        self, environ: WSGIEnvironment, start_response: StartResponse, target: str, headers: Headers, body: bytes
    ) -> Iterable[bytes]:
        reply = self._app.handle_storage(environ["REQUEST_METHOD"], target, headers, body)
        # The query of an upload URL is its signature: log the path only.
        logger.info("storage %s %s -> %d", environ["REQUEST_METHOD"], target.split("?", 1)[0], reply.status)
        response_headers = [*reply.headers.items(), ("Content-Length", str(len(reply.body)))]
        if reply.content_type:
            response_headers.append(("Content-Type", reply.content_type))
        start_response(f"{reply.status} {_phrase(reply.status)}", response_headers)
        return [reply.body]


def _phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
