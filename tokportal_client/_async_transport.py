"""The HTTP transport :class:`~tokportal_client.AsyncTokPortal` builds for itself (when not given an ``http_client``).

``httpx.AsyncClient()``'s own pool costs more CPU per request the more requests it holds: on every request and
every response it walks all its requests and connections, asking each idle connection whether the server closed
it, and every socket read and write goes through anyio's cancel scopes. At a few milliseconds of latency and
16 requests on the wire, that made the async client three times slower than the sync one doing the same calls one
by one. This transport keeps httpx's request and response handling and its mapping of failures to
``httpx`` exceptions (it *is* an ``httpx.AsyncHTTPTransport``), and httpcore's HTTP/1.1 connections, and replaces
two parts underneath:

* the pool: a stack of idle keep-alive connections per origin, the last used first; a connection is checked
  (expired, closed by the server) only when taken, and put back when its response is closed. Connections are
  opened on demand; their number is bounded by the callers (the client's ``max_concurrency`` gate).
* the network backend (``backend="asyncio"``, the default): sockets are asyncio streams, with ``asyncio.timeout``
  for httpcore's connect, read and write timeouts. Its failures raise the httpcore exceptions httpcore's own
  backend raises in the same cases, so that httpx and then the client classify them alike: a failure to
  connect (refused, unreachable, TLS handshake, connect timeout) is ``ConnectError`` / ``ConnectTimeout``,
  the only ones the client counts as "not sent"; any failure once connected is a read or write error or
  timeout ("sent": the server may have acted on it). tests/test_async_transport.py proves it fault by fault
  against the default httpx transport.

With a proxy configured in the environment (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``), the client uses
``httpx.AsyncClient()`` as before, which honours it.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import typing
import urllib.request
from collections.abc import AsyncIterator, Iterable
from typing import Any, Literal

import httpcore
import httpx

Backend = Literal["asyncio", "anyio"]
HAPPY_EYEBALLS_DELAY = 0.25
"""Seconds before trying a host's next address while connecting to the first (RFC 8305, as anyio does): a broken
IPv6 route does not hold a call until the connect timeout."""


class _AsyncioStream(httpcore.AsyncNetworkStream):
    """One connection's socket as asyncio streams, failing with httpcore's exceptions."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer
        self._socket = writer.get_extra_info("socket")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            if getattr(self._reader, "_buffer", None) or self._reader.at_eof():  # here already: nothing to wait for
                return await self._reader.read(max_bytes)
            async with asyncio.timeout(timeout):
                return await self._reader.read(max_bytes)  # b"" at the end of the stream
        except TimeoutError:
            raise httpcore.ReadTimeout("timed out reading the response") from None
        except OSError as error:
            raise httpcore.ReadError(str(error) or type(error).__name__) from error

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        try:
            self._writer.write(buffer)
            if not self._writer.transport.get_write_buffer_size():  # all handed to the kernel: nothing to wait for
                await self._writer.drain()  # (raises when the connection is lost)
                return
            async with asyncio.timeout(timeout):
                await self._writer.drain()
        except TimeoutError:
            raise httpcore.WriteTimeout("timed out writing the request") from None
        except (OSError, RuntimeError) as error:  # RuntimeError: a write on a transport already closed
            raise httpcore.WriteError(str(error) or type(error).__name__) from error

    async def aclose(self) -> None:
        self._writer.close()
        with contextlib.suppress(OSError, RuntimeError):  # closing a connection that already failed
            await self._writer.wait_closed()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                await self._writer.start_tls(ssl_context, server_hostname=server_hostname)
        except TimeoutError:
            await self.aclose()
            raise httpcore.ConnectTimeout("timed out in the TLS handshake") from None
        except (OSError, ssl.SSLError) as error:  # ssl.SSLError is an OSError; named for the reader
            await self.aclose()
            raise httpcore.ConnectError(str(error) or type(error).__name__) from error
        self._socket = self._writer.get_extra_info("socket")
        return self

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":  # an idle keep-alive connection the server closed, reset, or sent something on
            reader = self._reader
            buffered = bool(getattr(reader, "_buffer", b""))  # asyncio reads ahead: what came is in the reader
            return reader.at_eof() or buffered or reader.exception() is not None or self._writer.is_closing()
        if info == "ssl_object":
            return self._writer.get_extra_info("ssl_object")
        if info == "socket":
            return self._socket
        if info == "client_addr":
            return self._writer.get_extra_info("sockname")
        if info == "server_addr":
            return self._writer.get_extra_info("peername")
        return None


class _AsyncioBackend(httpcore.AsyncNetworkBackend):
    """Connections as asyncio streams (TCP only: the client never talks over a Unix socket)."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host,
                    port,
                    local_addr=(local_address, 0) if local_address else None,
                    happy_eyeballs_delay=HAPPY_EYEBALLS_DELAY,
                )
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"timed out connecting to {host}:{port}") from None
        except OSError as error:  # refused, unreachable, name resolution (socket.gaierror)
            raise httpcore.ConnectError(str(error) or type(error).__name__) from error
        sock = writer.get_extra_info("socket")
        for option in socket_options or ():
            sock.setsockopt(*option)
        return _AsyncioStream(reader, writer)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class _Unshared:
    """Stands in for the lock an ``httpcore.AsyncHTTP11Connection`` takes around each request and response: the
    pool hands a connection to one request at a time, so nothing contends for it (and anyio's lock yields to the
    event loop on every acquisition)."""

    async def __aenter__(self) -> None:
        return None

    async def __aexit__(self, *exc_info: object) -> None:
        return None


Key = tuple[bytes, bytes, int]


class _Body:
    """A response body that puts its connection back in the pool once closed."""

    def __init__(self, stream: AsyncIterator[bytes], pool: _Pool, key: Key, conn: httpcore.AsyncHTTP11Connection):
        self._stream = stream
        self._pool = pool
        self._key = key
        self._conn = conn

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._stream.__aiter__()

    async def aclose(self) -> None:
        try:
            await typing.cast(Any, self._stream).aclose()
        finally:
            await self._pool._put_back(self._key, self._conn)


class _Pool:
    """Keep-alive HTTP/1.1 connections per origin, the last used first; what ``httpx.AsyncHTTPTransport`` sends
    through. A connection serves one request at a time: it is taken from the pool for it and put back when the
    response is closed."""

    def __init__(self, ssl_context: ssl.SSLContext, keepalive_expiry: float, max_idle: int, backend: Backend) -> None:
        ssl_context.set_alpn_protocols(["http/1.1"])
        self._ssl_context = ssl_context
        self._keepalive_expiry = keepalive_expiry
        self._max_idle = max_idle
        self._backend: httpcore.AsyncNetworkBackend = (
            _AsyncioBackend() if backend == "asyncio" else httpcore.AnyIOBackend()
        )
        self._idle: dict[Key, list[httpcore.AsyncHTTP11Connection]] = {}
        self._closed = False

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        origin = request.url.origin
        key = (origin.scheme, origin.host, origin.port)
        while True:
            conn = await self._take(key) or await self._connect(origin, request)
            try:
                response = await conn.handle_async_request(request)
            except httpcore.ConnectionNotAvailable:  # closed under us before the request went: another one
                continue
            except BaseException:
                await conn.aclose()
                raise
            stream = typing.cast(AsyncIterator[bytes], response.stream)
            return httpcore.Response(
                status=response.status,
                headers=response.headers,
                content=_Body(stream, self, key, conn),
                extensions=response.extensions,
            )

    async def _connect(self, origin: httpcore.Origin, request: httpcore.Request) -> httpcore.AsyncHTTP11Connection:
        """A new connection: TCP, then TLS for https (as ``httpcore.AsyncHTTPConnection`` makes it)."""
        timeout = request.extensions.get("timeout", {}).get("connect")
        host = origin.host.decode("ascii")
        stream = await self._backend.connect_tcp(host, origin.port, timeout=timeout)
        if origin.scheme == b"https":
            server_hostname = request.extensions.get("sni_hostname") or host
            stream = await stream.start_tls(self._ssl_context, server_hostname=server_hostname, timeout=timeout)
        conn = httpcore.AsyncHTTP11Connection(origin, stream, keepalive_expiry=self._keepalive_expiry)
        conn._state_lock = _Unshared()  # type: ignore[assignment]
        return conn

    async def _take(self, key: Key) -> httpcore.AsyncHTTP11Connection | None:
        idle = self._idle.get(key)
        while idle:
            conn = idle.pop()
            if conn.is_available() and not conn.has_expired():
                return conn
            await conn.aclose()
        return None

    async def _put_back(self, key: Key, conn: httpcore.AsyncHTTP11Connection) -> None:
        idle = self._idle.setdefault(key, [])
        if not self._closed and conn.is_idle() and len(idle) < self._max_idle:
            idle.append(conn)
        elif not conn.is_closed():
            await conn.aclose()

    async def aclose(self) -> None:
        self._closed = True
        idle, self._idle = self._idle, {}
        for conns in idle.values():
            for conn in conns:
                await conn.aclose()

    async def __aenter__(self) -> _Pool:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class LeanAsyncTransport(httpx.AsyncHTTPTransport):
    """``httpx.AsyncHTTPTransport`` on the lean pool (and, by default, asyncio sockets): see the module docstring."""

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        keepalive_expiry: float = 5.0,
        max_idle: int = 20,
        backend: Backend = "asyncio",
    ) -> None:
        context = httpx.create_ssl_context(verify=verify)
        super().__init__(verify=context)
        # httpx sends through ``self._pool`` (its httpcore pool); ours takes the same requests and gives the same
        # responses, so httpx's conversion and error mapping stay as they are.
        self._pool = _Pool(context, keepalive_expiry, max_idle, backend)  # type: ignore[assignment]


def _proxied() -> bool:
    """Whether the environment configures a proxy (which httpx honours only on its own transport)."""
    return any(scheme in ("http", "https", "all") for scheme in urllib.request.getproxies())


def default_async_http() -> httpx.AsyncClient:
    """The ``httpx.AsyncClient`` an AsyncTokPortal makes when it is not given one."""
    if _proxied():
        return httpx.AsyncClient()
    return httpx.AsyncClient(transport=LeanAsyncTransport())
