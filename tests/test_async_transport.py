"""tokportal_client._async_transport, the transport AsyncTokPortal makes for itself: on loopback, every fault classified
as httpx's own transport classifies it ("sent" or "not sent", timeout or not), keep-alive connections reused and
dropped when the server closed them, TLS, and the fallback to httpx's transport when a proxy is configured.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
import struct
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpcore
import httpx
import pytest
import trustme

from tokportal_client import AsyncTokPortal
from tokportal_client._async_transport import LeanAsyncTransport, default_async_http
from tokportal_client.errors import APIConnectionError, APITimeoutError

KEY = "sk_test_" + "ab" * 32
ME = b'{"data":{"email":"me@example.com","credits":3}}'
ANSWER = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(ME)).encode() + b"\r\n\r\n" + ME
)

TRANSPORTS: dict[str, Callable[[], httpx.AsyncClient]] = {
    "httpx": httpx.AsyncClient,  # the reference: httpx's own pool and anyio sockets
    "lean asyncio": lambda: httpx.AsyncClient(transport=LeanAsyncTransport()),  # the default
    "lean anyio": lambda: httpx.AsyncClient(transport=LeanAsyncTransport(backend="anyio")),
}


def read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def reset(conn: socket.socket) -> None:
    """Close with a TCP RST instead of a FIN (SO_LINGER with a zero timeout)."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


class Scripted:
    """A loopback server that treats each connection with ``behaviour`` (in a thread of its own)."""

    def __init__(self, behaviour: Callable[[socket.socket], None]) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.behaviour = behaviour
        self.requests: list[bytes] = []
        self.connections = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}"

    def serve(self) -> None:
        self.listener.settimeout(0.05)
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            threading.Thread(target=self.behaviour, args=(conn,), daemon=True).start()

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self.listener.close()


def reset_before_reading(conn: socket.socket) -> None:
    reset(conn)


def reset_after_reading(conn: socket.socket) -> None:
    read_request(conn)
    reset(conn)


def close_after_reading(conn: socket.socket) -> None:
    read_request(conn)
    conn.close()


def never_answer(conn: socket.socket) -> None:
    read_request(conn)
    threading.Event().wait(2)
    conn.close()


def answer_once_then_close(conn: socket.socket) -> None:
    """Serve one request with keep-alive, then close the connection while the client holds it idle."""
    read_request(conn)
    conn.sendall(ANSWER)
    conn.close()


def keep_alive(conn: socket.socket) -> None:
    with conn:
        while read_request(conn):
            conn.sendall(ANSWER)


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[socket.socket], None]], Scripted]]:
    servers: list[Scripted] = []

    def start(behaviour: Callable[[socket.socket], None]) -> Scripted:
        servers.append(Scripted(behaviour))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def closed_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.fixture
def full_backlog() -> Iterator[str]:
    """A listener whose accept queue is full: the kernel drops new SYNs, so connecting hangs (a connect timeout)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    address = listener.getsockname()
    fillers = []
    for _ in range(4):  # listen(0) still queues one or two, depending on the kernel
        filler = socket.socket()
        filler.setblocking(False)
        with contextlib.suppress(BlockingIOError):  # connecting goes on in the background
            filler.connect(address)
        fillers.append(filler)
    yield f"http://127.0.0.1:{address[1]}"
    for filler in fillers:
        filler.close()
    listener.close()


async def attempt(transport: str, base_url: str, **settings: Any) -> APIConnectionError:
    """One GET through AsyncTokPortal on ``transport``, no retries: the error it raised."""
    http = TRANSPORTS[transport]()
    async with AsyncTokPortal(api_key=KEY, base_url=base_url, http_client=http, max_retries=0, **settings) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.profile.get_current_user()
    await http.aclose()
    return caught.value


def cause(error: APIConnectionError) -> str:
    """The name of the httpx exception the client's error was made from (its message starts with it)."""
    return str(error).split(": ")[1]


SENT, NOT_SENT = True, False
FAULTS: dict[str, tuple[Callable[[socket.socket], None] | None, set[tuple[bool, str]]]] = {
    # fault: (what the server does, the (sent, httpx exception) outcomes that are right for it)
    "refused": (None, {(NOT_SENT, "ConnectError")}),
    # The RST may come while connecting (nothing written yet: not sent) or once connected (it may have arrived).
    "reset before the request is read": (
        reset_before_reading,
        {(NOT_SENT, "ConnectError"), (SENT, "ReadError"), (SENT, "WriteError")},
    ),
    "reset after the request is read": (reset_after_reading, {(SENT, "ReadError")}),
    "closed after the request, no answer": (close_after_reading, {(SENT, "RemoteProtocolError")}),
    "no answer within the timeout": (never_answer, {(SENT, "ReadTimeout")}),
}


@pytest.mark.parametrize("transport", list(TRANSPORTS))
@pytest.mark.parametrize("fault", list(FAULTS))
async def test_every_fault_is_classified_by_the_sent_rule(
    fault: str, transport: str, serve: Callable[[Callable[[socket.socket], None]], Scripted]
) -> None:
    behaviour, outcomes = FAULTS[fault]
    base_url = closed_port() if behaviour is None else serve(behaviour).url

    error = await attempt(transport, base_url, timeout=httpx.Timeout(0.5))

    assert (error.sent, cause(error)) in outcomes, error
    assert isinstance(error, APITimeoutError) == cause(error).endswith("Timeout")


@pytest.mark.parametrize("transport", list(TRANSPORTS))
async def test_a_connect_timeout_is_not_sent(transport: str, full_backlog: str) -> None:
    error = await attempt(transport, full_backlog, timeout=httpx.Timeout(5.0, connect=0.3))

    assert isinstance(error, APITimeoutError) and error.sent is False and cause(error) == "ConnectTimeout", error


@pytest.mark.parametrize("transport", list(TRANSPORTS))
async def test_the_attempt_deadline_covers_a_hanging_connect(transport: str, full_backlog: str) -> None:
    error = await attempt(transport, full_backlog, timeout=0.3)  # one number: a deadline for the whole attempt

    assert isinstance(error, APITimeoutError), error


@pytest.mark.parametrize("transport", list(TRANSPORTS))
async def test_an_idle_connection_the_server_closed_is_not_used_again(
    transport: str, serve: Callable[[Callable[[socket.socket], None]], Scripted]
) -> None:
    server = serve(answer_once_then_close)
    http = TRANSPORTS[transport]()
    async with AsyncTokPortal(api_key=KEY, base_url=server.url, http_client=http, max_retries=0) as client:
        for _ in range(3):
            await client.profile.get_current_user()
            await asyncio.sleep(0.05)  # the server's FIN arrives while the connection waits in the pool
    await http.aclose()

    assert server.connections == 3


async def test_keep_alive_connections_are_reused_and_bounded_by_the_concurrency_gate(
    serve: Callable[[Callable[[socket.socket], None]], Scripted],
) -> None:
    server = serve(keep_alive)
    async with AsyncTokPortal(api_key=KEY, base_url=server.url, max_concurrency=4) as client:
        assert isinstance(client._http._transport, LeanAsyncTransport)
        for _ in range(5):
            await client.profile.get_current_user()
        assert server.connections == 1
        await asyncio.gather(*(client.profile.get_current_user() for _ in range(40)))

    assert server.connections <= 4


async def test_closing_the_client_closes_its_idle_connections(
    serve: Callable[[Callable[[socket.socket], None]], Scripted],
) -> None:
    server = serve(keep_alive)
    client = AsyncTokPortal(api_key=KEY, base_url=server.url)
    await client.profile.get_current_user()
    pool: Any = client._http._transport._pool  # type: ignore[attr-defined]
    (idle,) = pool._idle.values()
    assert len(idle) == 1
    connection = idle[0]

    await client.close()

    assert connection.is_closed() and pool._idle == {}


@pytest.fixture(scope="module")
def tls_server() -> Iterator[tuple[str, ssl.SSLContext]]:
    """An HTTPS keep-alive server on loopback with a throwaway CA; yields its URL and a context trusting the CA."""
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1")
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(server_context)
    client_context = ssl.create_default_context()
    authority.configure_trust(client_context)
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def handle(conn: socket.socket) -> None:
        try:
            with server_context.wrap_socket(conn, server_side=True) as secure:
                while read_request(secure):
                    secure.sendall(ANSWER)
        except (OSError, ssl.SSLError):
            pass  # a client that did not trust us, or went away

    def accept() -> None:
        listener.settimeout(0.05)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{listener.getsockname()[1]}", client_context
    stop.set()
    thread.join()
    listener.close()


async def test_https_through_the_asyncio_sockets(tls_server: tuple[str, ssl.SSLContext]) -> None:
    url, context = tls_server
    http = httpx.AsyncClient(transport=LeanAsyncTransport(verify=context))
    async with AsyncTokPortal(api_key=KEY, base_url=url, http_client=http) as client:
        me = await client.profile.get_current_user()
        again = await client.profile.get_current_user()
    await http.aclose()

    assert me.data.email == again.data.email == "me@example.com"


@pytest.mark.parametrize("transport", list(TRANSPORTS))
async def test_an_untrusted_certificate_is_a_connect_error_not_sent(
    transport: str, tls_server: tuple[str, ssl.SSLContext]
) -> None:
    url, _ = tls_server  # the system's CAs do not trust the throwaway one

    error = await attempt(transport, url)

    assert error.sent is False and cause(error) == "ConnectError", error


def test_a_proxy_in_the_environment_keeps_httpx_own_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    assert isinstance(default_async_http()._transport, LeanAsyncTransport)

    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    http = default_async_http()

    assert not isinstance(http._transport, LeanAsyncTransport)
    assert any(isinstance(mount, httpx.AsyncHTTPTransport) for mount in http._mounts.values())


async def test_the_backend_raises_httpcore_errors_for_its_own_failures() -> None:
    from tokportal_client._async_transport import _AsyncioBackend

    with pytest.raises(httpcore.ConnectError):
        await _AsyncioBackend().connect_tcp("127.0.0.1", int(closed_port().rsplit(":", 1)[1]))


async def test_connecting_races_a_host_s_addresses_like_httpx_does(monkeypatch: pytest.MonkeyPatch) -> None:
    from tokportal_client import _async_transport

    seen: dict[str, Any] = {}

    async def open_connection(host: str, port: int, **options: Any) -> Any:
        seen.update(options)
        raise ConnectionRefusedError("refused")

    monkeypatch.setattr(_async_transport.asyncio, "open_connection", open_connection)

    with pytest.raises(httpcore.ConnectError):
        await _async_transport._AsyncioBackend().connect_tcp("example.invalid", 443)
    assert seen["happy_eyeballs_delay"] == _async_transport.HAPPY_EYEBALLS_DELAY  # a dead IPv6 route costs 0.25 s
