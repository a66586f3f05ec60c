"""Benchmarks of tokportal-client (``make bench``): ratios measured side by side in one run.

One run starts its own loopback servers in a separate process (so they do not share the GIL with the client):
plain HTTP/1.1 keep-alive, the same over TLS with a throwaway self-signed certificate made at run time, and a
plain one that answers after a fixed delay (a stand-in for network latency). They answer canned bytes, fast
enough not to be the bottleneck. Then it prints, each as a median over rounds in which the contenders are
interleaved:

* per-call time of ``client.bundles.get_bundle`` over bare ``httpx.Client`` doing the same GET + ``json.loads``;
* a 100-item ``list_bundles`` page over bare httpx + ``json.loads`` of the same page;
* the official ``tokportal`` SDK (0.1.0) over ours on the TLS server: 300 sequential GETs;
* ``AsyncTokPortal`` doing 1000 concurrent GETs, throughput against the sync client doing them one by one, with
  no latency and with the 20 ms latency server: as it comes (its own transport), and (info) given a plain
  ``httpx.AsyncClient`` or the httpx-aiohttp transport;
* peak memory growth while ``iter_bundles`` walks 100 000 items (resident set sampled at every page, in a fresh
  process);
* a 512 MiB upload through the streamed multipart body and through ``upload_video_file`` (presigned PUT), sync
  and async, against bare httpx streaming the same file to the same loopback sink: throughput ratio, and the
  peak RSS growth of each upload's own fresh process (``ru_maxrss``);
* ``import tokportal_client`` time (fresh processes);
* the ``tokportal`` command line: ``tokportal --help`` and ``tokportal bundles --help`` start time against
  ``python -c pass``, and a 512 MiB ``tokportal uploads video`` against the library's ``upload_video_file`` run
  in a fresh process of its own (both wall clock, process start included);
* ``scripts/generate.py`` time (into a temporary directory);
* one API key against the rate-limit stand-in (scripts/ratelimit_standin.py): 4 processes x 50 calls with a shared
  Redis limiter, with the default header pacing in each process and with ``rate_limiter=False``; 8 threads x 25
  calls in one process with the default pacing and with none: wall time against the ideal, 429s, failed calls.

The run always exits 0: it is a report, not a test. ``--quick`` runs fewer rounds; ``--profile`` prints
cProfile figures of the per-call and page paths instead of the benchmarks; ``--only STEP`` (repeatable) runs
only those steps.

Usage: python -m scripts.bench [--quick | --profile] [--only STEP ...]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import datetime
import importlib
import importlib.metadata
import ipaddress
import json
import math
import os
import platform
import pstats
import shutil
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

R = TypeVar("R")
ROOT = Path(__file__).resolve().parent.parent
API_KEY = "sk_test_" + "0" * 64
PREFIX = "/api/ext"
WALK_ITEMS = 100_000
SLOW_DELAY = 0.02  # a round trip to a real API: what concurrency is for
"""Seconds the latency server waits before answering (a short network round trip)."""


# --------------------------------------------------------------------------------------------- canned data


def bundle_json(index: int) -> dict[str, Any]:
    """A full Bundle as TokPortal returns it: every field of components/schemas/Bundle, account and videos."""
    statuses = ["published", "accepted", "in_review", "pending_setup", "completed"]
    video_statuses = ["configured", "published", "pending", "in_review"]
    return {
        "id": f"bnd_01J{index:07d}QZ8K3M5V7X9",
        "bundle_type": "account_and_videos",
        "platform": "tiktok" if index % 3 else "instagram",
        "country": ["US", "GB", "FR", "DE"][index % 4],
        "status": statuses[index % len(statuses)],
        "account_status": "configured" if index % 5 else None,
        "title": f"Spring launch, market {index % 17}",
        "videos_quantity": 3,
        "edits_quantity": 1,
        "used_edits": index % 2,
        "credit_cost": 42 + index % 7,
        "external_ref": f"crm-order-{100_000 + index}",
        "existing_account_id": None,
        "saved_account_id": f"sacc_{index:06d}" if index % 4 == 0 else None,
        "auto_finalize_videos": True,
        "wants_niche_warming": index % 2 == 0,
        "wants_deep_warming": False,
        "wants_moderation": index % 3 == 0,
        "is_published": True,
        "account_configured": index % 5 != 0,
        "videos_total": 3,
        "videos_configured_count": 2,
        "next_action": "configure_videos" if index % 5 else "configure_account",
        "account": {
            "username": f"brand.creator{index}",
            "visible_name": f"Brand Creator {index}",
            "biography": "Daily tips on home cooking. New videos every week.",
            "profile_picture_url": f"https://cdn.tokportal.com/avatars/{index:06d}.jpg",
        },
        "videos": [
            {
                "id": f"vid_01J{index:07d}{position}A4B6C8D",
                "position": position,
                "status": video_statuses[(index + position) % len(video_statuses)],
                "name": f"Recipe {position}" if position != 3 else None,
            }
            for position in (1, 2, 3)
        ],
        "created_at": "2026-05-20T09:14:03.512Z",
        "updated_at": f"2026-05-24T17:40:{index % 60:02d}.083+00:00",
    }


class Routes:
    """Canned answers: GET /bundles/{id} and GET /bundles?page=&per_page= (WALK_ITEMS bundles in all)."""

    def __init__(self) -> None:
        self.items = [json.dumps(bundle_json(i), separators=(",", ":")).encode() for i in range(100)]
        self.single = b'{"data":' + self.items[0] + b"}"
        self.pages: dict[int, bytes] = {}
        self.not_found = b'{"error":{"code":"NOT_FOUND","message":"No such route"}}'

    def page_items(self, per_page: int) -> bytes:
        if per_page not in self.pages:
            self.pages[per_page] = b",".join(self.items[i % 100] for i in range(per_page))
        return self.pages[per_page]

    def body(self, target: str) -> tuple[bytes, bytes]:
        url = urlsplit(target)
        path = url.path[len(PREFIX) :] if url.path.startswith(PREFIX) else url.path
        if path == "/bundles":
            query = parse_qs(url.query)
            page = int(query.get("page", ["1"])[0])
            per_page = int(query.get("per_page", ["20"])[0])
            total_pages = math.ceil(WALK_ITEMS / per_page)
            count = max(0, min(per_page, WALK_ITEMS - (page - 1) * per_page))
            items = self.page_items(per_page) if count == per_page else b",".join(self.items[:count])
            pagination = {"page": page, "per_page": per_page, "total": WALK_ITEMS, "total_pages": total_pages}
            return b"200 OK", b'{"data":[' + items + b'],"pagination":' + json.dumps(pagination).encode() + b"}"
        if path.startswith("/bundles/") and "/" not in path[len("/bundles/") :]:
            return b"200 OK", self.single
        return b"404 Not Found", self.not_found


def response_bytes(status: bytes, body: bytes, close: bool) -> bytes:
    head = b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\nContent-Length: " + str(len(body)).encode()
    head += b"\r\nX-TokPortal-Request-ID: req_bench\r\nX-RateLimit-Limit: 600\r\nX-RateLimit-Remaining: 599"
    head += b"\r\nX-RateLimit-Reset: 1780000000\r\nConnection: " + (b"close" if close else b"keep-alive")
    return head + b"\r\n\r\n" + body


# --------------------------------------------------------------------------------------------- the server


class HTTPProtocol(asyncio.Protocol):
    """Minimal HTTP/1.1 keep-alive server: reads request heads, writes canned responses."""

    def __init__(self, routes: Routes, delay: float) -> None:
        self.routes = routes
        self.delay = delay
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None
        self.cache: dict[str, bytes] = {}

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while self.transport is not None:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buffer[:end]).decode("latin-1")
            line, _, header_text = head.partition("\r\n")
            headers = {
                name.strip().lower(): value.strip()
                for name, _, value in (h.partition(":") for h in header_text.split("\r\n"))
            }
            length = int(headers.get("content-length", "0"))
            if len(self.buffer) < end + 4 + length:
                return
            del self.buffer[: end + 4 + length]
            close = headers.get("connection", "").lower() == "close"
            target = line.split(" ")[1]
            status, body = self.routes.body(target)
            answer = response_bytes(status, body, close)
            if self.delay:
                asyncio.get_running_loop().call_later(self.delay, self.answer, answer, close)
            else:
                self.answer(answer, close)

    def answer(self, data: bytes, close: bool) -> None:
        if self.transport is None or self.transport.is_closing():
            return
        self.transport.write(data)
        if close:
            self.transport.close()
            self.transport = None

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


async def serve(certfile: str, keyfile: str) -> None:
    loop = asyncio.get_running_loop()
    routes = Routes()
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(certfile, keyfile)
    plain = await loop.create_server(lambda: HTTPProtocol(routes, 0.0), "127.0.0.1", 0, backlog=1024)
    secure = await loop.create_server(lambda: HTTPProtocol(routes, 0.0), "127.0.0.1", 0, ssl=tls, backlog=1024)
    slow = await loop.create_server(lambda: HTTPProtocol(routes, SLOW_DELAY), "127.0.0.1", 0, backlog=1024)
    ports = {name: server.sockets[0].getsockname()[1] for name, server in [("http", plain), ("https", secure)]}
    ports["slow"] = slow.sockets[0].getsockname()[1]
    print(json.dumps(ports), flush=True)
    stop = asyncio.Event()
    # Stop when the parent closes our stdin (or dies).
    threading.Thread(target=lambda: (sys.stdin.read(), loop.call_soon_threadsafe(stop.set)), daemon=True).start()
    await stop.wait()


@dataclass
class Servers:
    http: str
    https: str
    slow: str
    cafile: Path
    process: subprocess.Popen[str]


def make_certificate(directory: Path) -> tuple[Path, Path]:
    """A throwaway self-signed certificate for 127.0.0.1 (with cryptography, else the openssl command)."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    try:
        x509: Any = importlib.import_module("cryptography.x509")
        hashes: Any = importlib.import_module("cryptography.hazmat.primitives.hashes")
        serialization: Any = importlib.import_module("cryptography.hazmat.primitives.serialization")
        ec: Any = importlib.import_module("cryptography.hazmat.primitives.asymmetric.ec")
    except ImportError:
        if shutil.which("openssl") is None:
            sys.exit("bench: needs the cryptography package or the openssl command to make a TLS certificate")
        subprocess.run(
            [
                *("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"),
                *("-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=tokportal-bench"),
                *("-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"),
            ],
            check=True,
            capture_output=True,
        )
        return cert, key
    private = ec.generate_private_key(ec.SECP256R1())
    public = private.public_key()
    name = x509.Name([x509.NameAttribute(x509.oid.NameOID.COMMON_NAME, "tokportal-bench")])
    now = datetime.datetime.now(datetime.UTC)
    san = x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(san, critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .sign(private, hashes.SHA256())
    )
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    encoding, pkcs8 = serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8
    key.write_bytes(private.private_bytes(encoding, pkcs8, serialization.NoEncryption()))
    return cert, key


@contextmanager
def servers() -> Iterator[Servers]:
    with tempfile.TemporaryDirectory(prefix="tokportal-bench-") as tmp:
        cert, key = make_certificate(Path(tmp))
        # The trust store a user of the official SDK has: the system's CAs, here plus our certificate.
        system = ssl.get_default_verify_paths().cafile
        bundle = Path(tmp) / "ca-bundle.pem"
        bundle.write_bytes((Path(system).read_bytes() if system and Path(system).exists() else b"") + cert.read_bytes())
        process = subprocess.Popen(
            [sys.executable, __file__, "_serve", str(cert), str(key)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert process.stdout is not None
            ports = json.loads(process.stdout.readline())
            yield Servers(
                http=f"http://127.0.0.1:{ports['http']}{PREFIX}",
                https=f"https://127.0.0.1:{ports['https']}{PREFIX}",
                slow=f"http://127.0.0.1:{ports['slow']}{PREFIX}",
                cafile=bundle,
                process=process,
            )
        finally:
            assert process.stdin is not None
            process.stdin.close()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


# --------------------------------------------------------------------------------------------- measuring


@dataclass
class Row:
    measure: str
    value: str
    target: str
    passed: bool | None
    details: list[str] = field(default_factory=list)


def timed(call: Callable[[], object], count: int) -> float:
    """Seconds for ``count`` calls of ``call``."""
    start = time.perf_counter()
    for _ in range(count):
        call()
    return time.perf_counter() - start


def interleaved(contenders: dict[str, Callable[[], R]], rounds: int) -> dict[str, list[R]]:
    """Run each contender once a round, alternating the order from one round to the next."""
    results: dict[str, list[R]] = {name: [] for name in contenders}
    names = list(contenders)
    for index in range(rounds):
        for name in names if index % 2 == 0 else reversed(names):
            results[name].append(contenders[name]())
    return results


def ratio_median(numerator: list[float], denominator: list[float]) -> float:
    """Median of the per-round ratios (each round's contenders ran side by side)."""
    return statistics.median(a / b for a, b in zip(numerator, denominator, strict=True))


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} µs"


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms"


@contextmanager
def env(name: str, value: str) -> Iterator[None]:
    old = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if old is None:
            del os.environ[name]
        else:
            os.environ[name] = old


@dataclass
class SideBySide:
    """Wall-clock and client CPU seconds of ours and of bare httpx, round by round."""

    ours: list[tuple[float, float]]
    bare: list[tuple[float, float]]

    def ratio(self, cpu: bool = False) -> float:
        index = 1 if cpu else 0
        return ratio_median([run[index] for run in self.ours], [run[index] for run in self.bare])

    def each(self, name: str, cpu: bool = False) -> float:
        runs: list[tuple[float, float]] = self.ours if name == "ours" else self.bare
        return statistics.median(run[1 if cpu else 0] for run in runs)


def side_by_side(ours: Callable[[], object], bare: Callable[[], object], calls: int, rounds: int) -> SideBySide:
    """Many short rounds, the two interleaved, so that load from other processes hits both alike."""

    def run(call: Callable[[], object]) -> Callable[[], tuple[float, float]]:
        def measure() -> tuple[float, float]:
            wall, cpu = time.perf_counter(), time.thread_time()
            for _ in range(calls):
                call()
            return time.perf_counter() - wall, time.thread_time() - cpu

        return measure

    run(ours)()
    run(bare)()
    runs = interleaved({"ours": run(ours), "bare": run(bare)}, rounds)
    return SideBySide(ours=runs["ours"], bare=runs["bare"])


def bench_get(srv: Servers, rounds: int) -> Row:
    import httpx

    from tokportal_client import TokPortal

    calls = 100
    headers = {"X-API-Key": API_KEY}
    url = srv.http + "/bundles/b1"
    with httpx.Client() as bare, TokPortal(api_key=API_KEY, base_url=srv.http) as client:
        runs = side_by_side(
            lambda: client.bundles.get_bundle("b1"),
            lambda: json.loads(bare.get(url, headers=headers).content),
            calls,
            rounds,
        )
    ratio = runs.ratio()
    return Row(
        "get_bundle per call / bare httpx+json.loads (HTTP keep-alive)",
        f"{ratio:.2f}x",
        "<= 1.25x",
        ratio <= 1.25,
        [
            f"ours {us(runs.each('ours') / calls)}/call, bare httpx {us(runs.each('bare') / calls)}/call "
            f"({rounds} rounds x {calls} calls each); in client CPU time {runs.ratio(cpu=True):.2f}x "
            f"({us(runs.each('ours', cpu=True) / calls)} against {us(runs.each('bare', cpu=True) / calls)})"
        ],
    )


def bench_page(srv: Servers, rounds: int) -> Row:
    import httpx

    from tokportal_client import TokPortal

    calls = 5
    headers = {"X-API-Key": API_KEY}
    url = srv.http + "/bundles"
    params = {"page": 1, "per_page": 100}
    with httpx.Client() as bare, TokPortal(api_key=API_KEY, base_url=srv.http) as client:
        assert len(client.bundles.list_bundles(page=1, per_page=100).data) == 100
        runs = side_by_side(
            lambda: client.bundles.list_bundles(page=1, per_page=100),
            lambda: json.loads(bare.get(url, params=params, headers=headers).content),
            calls,
            rounds,
        )
    ratio = runs.ratio()
    return Row(
        "list_bundles 100-item page / bare httpx+json.loads",
        f"{ratio:.2f}x",
        "<= 2.0x",
        ratio <= 2.0,
        [
            f"ours {ms(runs.each('ours') / calls)}/page, bare httpx {ms(runs.each('bare') / calls)}/page "
            f"({rounds} rounds x {calls} pages each, {len(Routes().page_items(100)) // 1024} KiB a page); "
            f"in client CPU time {runs.ratio(cpu=True):.2f}x"
        ],
    )


def bench_official(srv: Servers, rounds: int) -> list[Row]:
    import httpx

    from tokportal_client import TokPortal

    official: Any = importlib.import_module("tokportal")
    version = importlib.metadata.version("tokportal")
    calls = 300
    context = ssl.create_default_context(cafile=str(srv.cafile))
    http = httpx.Client(verify=context)
    ours = TokPortal(api_key=API_KEY, base_url=srv.https, http_client=http)
    theirs = official.TokPortal(api_key=API_KEY, base_url=srv.https)
    with env("SSL_CERT_FILE", str(srv.cafile)):
        assert theirs.bundles.get("b1")["data"]["id"] == ours.bundles.get_bundle("b1").data.id

    def ours_run() -> float:
        return timed(lambda: ours.bundles.get_bundle("b1"), calls)

    def theirs_run() -> float:
        # As its users run it: urllib, a new connection and a new default SSL context (the system's CAs) a call.
        with env("SSL_CERT_FILE", str(srv.cafile)):
            return timed(lambda: theirs.bundles.get("b1"), calls)

    def theirs_shared_context_run() -> float:
        # Not how it is used: one SSL context for every call, leaving only the new connection + handshake a call.
        import urllib.request

        urllib.request.install_opener(urllib.request.build_opener(urllib.request.HTTPSHandler(context=context)))
        try:
            return timed(lambda: theirs.bundles.get("b1"), calls)
        finally:
            urllib.request.install_opener(None)

    ours_run()
    runs = interleaved({"ours": ours_run, "theirs": theirs_run, "shared": theirs_shared_context_run}, rounds)
    ratio = ratio_median(runs["theirs"], runs["ours"])
    shared = ratio_median(runs["shared"], runs["ours"])
    ours.close()
    http.close()
    return [
        Row(
            f"official tokportal {version} / ours: {calls} sequential GETs (TLS)",
            f"{ratio:.1f}x",
            ">= 4x",
            ratio >= 4,
            [
                f"ours {ms(statistics.median(runs['ours']))}, official {ms(statistics.median(runs['theirs']))} "
                f"for {calls} GETs ({rounds} rounds); the official SDK opens a connection, does a TLS handshake "
                "and builds a default SSL context (loading the system CAs) on every call"
            ],
        ),
        Row(
            "  same, official SDK given one shared SSL context (info)",
            f"{shared:.1f}x",
            "-",
            None,
            [f"official with a shared context {ms(statistics.median(runs['shared']))} for {calls} GETs"],
        ),
    ]


ASYNC_CALLS, ASYNC_CONCURRENCY = 1000, 100


def bench_async(srv: Servers, rounds: int) -> list[Row]:
    """1000 GETs: AsyncTokPortal with up to 100 in flight, against the sync client doing them one after the other.

    On each server, the sync client and three async contenders side by side: AsyncTokPortal as it comes (its own
    transport, tokportal_client._async_transport), AsyncTokPortal given a plain ``httpx.AsyncClient`` (httpx's own
    pool, what it used before issue 30 and what a user's own client gets) and, when installed, AsyncTokPortal on
    the httpx-aiohttp transport (a drop-in ``httpx.AsyncClient`` subclass; information only: its errors do not keep
    the client's sent / not-sent rule). Against the server that answers after 20 ms, as a real API does,
    concurrency overlaps the waits; against the one with no latency both clients are bound by the same core's CPU,
    so that row measures the async stack's per-request cost.
    """
    try:
        aiohttp_client: Any = importlib.import_module("httpx_aiohttp").HttpxAiohttpClient
    except ImportError:
        aiohttp_client = None
    label = f"{SLOW_DELAY * 1000:.0f} ms server latency"
    rows = async_against_sync(label, srv.slow, aiohttp_client, rounds, target=3.0)
    return rows + async_against_sync("no latency", srv.http, aiohttp_client, rounds, target=1.0)


DEFAULT_TRANSPORT = "AsyncTokPortal's own transport"


def async_against_sync(label: str, base_url: str, aiohttp_client: Any, rounds: int, *, target: float) -> list[Row]:
    import httpx

    from tokportal_client import AsyncTokPortal, TokPortal

    calls, concurrency = ASYNC_CALLS, ASYNC_CONCURRENCY
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    sync_client = TokPortal(api_key=API_KEY, base_url=base_url)
    runner = asyncio.Runner()
    pools: dict[str, httpx.AsyncClient | None] = {DEFAULT_TRANSPORT: None}

    async def make_pools() -> None:
        pools["a plain httpx.AsyncClient"] = httpx.AsyncClient(limits=limits)
        if aiohttp_client is not None:
            pools["httpx-aiohttp transport"] = aiohttp_client(limits=limits)

    async def gather(client: AsyncTokPortal, count: int) -> float:
        semaphore = asyncio.Semaphore(concurrency)

        async def one() -> None:
            async with semaphore:
                await client.bundles.get_bundle("b1")

        start = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(count)))
        return time.perf_counter() - start

    def sync_run() -> float:
        return timed(lambda: sync_client.bundles.get_bundle("b1"), calls)

    def async_run(client: AsyncTokPortal) -> Callable[[], float]:
        return lambda: runner.run(gather(client, calls))

    runner.run(make_pools())
    contenders: dict[str, Callable[[], float]] = {"sync": sync_run}
    clients = []
    for name, pool in pools.items():
        client = AsyncTokPortal(api_key=API_KEY, base_url=base_url, http_client=pool)
        clients.append(client)
        runner.run(gather(client, concurrency * 2))  # opens the pool's connections
        contenders[name] = async_run(client)
    timed(lambda: sync_client.bundles.get_bundle("b1"), 50)
    runs = interleaved(contenders, rounds)
    for client in clients:
        runner.run(client.close())
    for pool in pools.values():
        if pool is not None:
            runner.run(pool.aclose())
    runner.close()
    sync_client.close()
    rows = []
    for name in pools:
        ratio = ratio_median(runs["sync"], runs[name])
        has_target = name == DEFAULT_TRANSPORT
        rows.append(
            Row(
                f"AsyncTokPortal {calls} concurrent GETs / sequential sync ({label}, {name})",
                f"{ratio:.2f}x",
                f">= {target:g}x" if has_target else "(info)",
                ratio >= target if has_target else None,
                [
                    f"async {calls / statistics.median(runs[name]):.0f} req/s ({concurrency} tasks at a time), "
                    f"sync one by one {calls / statistics.median(runs['sync']):.0f} req/s ({rounds} rounds)"
                ],
            )
        )
    return rows


MEMORY_CHILD = """
import gc, json, os, resource, sys, time
from tokportal_client import TokPortal

def rss():  # current resident set, bytes (Linux); else the high-water mark
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

client = TokPortal(api_key=sys.argv[1], base_url=sys.argv[2])
client.bundles.get_bundle("b1")
gc.collect()
before, max_before = rss(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
peak, count, per_page = before, 0, 100
start = time.perf_counter()
for bundle in client.bundles.iter_bundles(per_page=per_page):
    if count % per_page == 0:
        peak = max(peak, rss())
    count += 1
seconds = time.perf_counter() - start
max_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"before": before, "peak": peak, "end": rss(), "maxrss_delta_kib": max_after - max_before,
                  "count": count, "seconds": seconds}))
"""


def bench_memory(srv: Servers) -> Row:
    done = subprocess.run(
        [sys.executable, "-c", MEMORY_CHILD, API_KEY, srv.http], capture_output=True, text=True, check=True
    )
    result = json.loads(done.stdout)
    mib = 1024 * 1024
    growth = (result["peak"] - result["before"]) / mib
    return Row(
        f"peak RSS growth, iter_bundles over {result['count']:,} items",
        f"{growth:.1f} MB",
        "< 20 MB",
        growth < 20 and result["count"] == WALK_ITEMS,
        [
            f"fresh process, resident set sampled at every page: {result['before'] / mib:.1f} MiB before the walk, "
            f"peak +{growth:.1f} MiB, +{(result['end'] - result['before']) / mib:.1f} MiB at the end "
            f"(ru_maxrss +{result['maxrss_delta_kib'] / 1024:.1f} MiB); walked in {result['seconds']:.1f} s "
            f"({result['count'] / result['seconds']:,.0f} items/s)"
        ],
    )


IMPORT_CHILD = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def import_seconds(module: str, environ: dict[str, str]) -> float:
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_CHILD.format(module=module)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tempfile.gettempdir(),
        env=environ,
    )
    return float(done.stdout)


def bench_import(rounds: int) -> Row:
    """Fresh interpreters, with compiled bytecode cached (as after ``pip install``) in a private cache."""
    with tempfile.TemporaryDirectory(prefix="tokportal-bench-pyc-") as cache:
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = cache
        uncached = {k: v for k, v in os.environ.items() if k != "PYTHONPYCACHEPREFIX"}
        uncached["PYTHONDONTWRITEBYTECODE"] = "1"
        import_seconds("tokportal_client", cached)  # fills the bytecode cache
        import_seconds("httpx", cached)
        ours: list[float] = []
        httpx_alone: list[float] = []
        cold: list[float] = []
        for _ in range(rounds):
            ours.append(import_seconds("tokportal_client", cached))
            httpx_alone.append(import_seconds("httpx", cached))
            cold.append(import_seconds("tokportal_client", uncached))
    median = statistics.median(ours)
    return Row(
        "import tokportal_client (fresh process)",
        ms(median),
        "<= 300 ms",
        median <= 0.300,
        [
            f"median of {rounds}, bytecode cached; import httpx alone {ms(statistics.median(httpx_alone))}; "
            f"without bytecode for it (PYTHONDONTWRITEBYTECODE=1, a fresh checkout) {ms(statistics.median(cold))}"
        ],
    )


# --------------------------------------------------------------------------------------------- command line

CLI_LIBRARY_UPLOAD = (
    "import sys\n"
    "from tokportal_client import TokPortal\n"
    "with TokPortal(api_key=sys.argv[1], base_url=sys.argv[2]) as client:\n"
    "    client.uploads.upload_video_file(sys.argv[3], bundle_id='b1')\n"
)


def _wall(command: list[str], environ: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=environ, cwd=tempfile.gettempdir())
    return time.perf_counter() - start


def _runner(command: list[str], environ: dict[str, str]) -> Callable[[], float]:
    return lambda: _wall(command, environ)


def bench_cli(rounds: int, upload_rounds: int) -> list[Row]:
    """``tokportal --help`` / ``tokportal bundles --help`` against ``python -c pass`` (fresh processes, bytecode
    cached as after ``pip install``), and a 512 MiB upload through the command line against the library."""
    tokportal = str(Path(sys.executable).parent / "tokportal")
    with tempfile.TemporaryDirectory(prefix="tokportal-bench-cli-") as tmp:
        environ = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE" and "TOKPORTAL" not in k}
        environ["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pyc")
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "tokportal --help": [tokportal, "--help"],
            "tokportal bundles --help": [tokportal, "bundles", "--help"],
        }
        for command in commands.values():
            _wall(command, environ)  # fills the bytecode cache
        times = interleaved({name: _runner(command, environ) for name, command in commands.items()}, rounds)
        rows = []
        bare = statistics.median(times["python -c pass"])
        for name in ("tokportal --help", "tokportal bundles --help"):
            median = statistics.median(times[name])
            rows.append(
                Row(
                    f"{name} (fresh process)",
                    ms(median),
                    "<= 300 ms",
                    median <= 0.300,
                    [f"median of {rounds}; python -c pass {ms(bare)}, so {ms(median - bare)} is the command's own"],
                )
            )
        rows.append(cli_upload(tokportal, environ, Path(tmp), upload_rounds))
    return rows


def cli_upload(tokportal: str, environ: dict[str, str], tmp: Path, rounds: int) -> Row:
    path = tmp / "big.mp4"
    block = os.urandom(1024 * 1024)
    with path.open("wb") as file:
        for _ in range(UPLOAD_SIZE // len(block)):
            file.write(block)
    sink = subprocess.Popen(
        [sys.executable, __file__, "_sink"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert sink.stdout is not None
        base = f"http://127.0.0.1:{int(sink.stdout.readline())}{PREFIX}"
        env = {**environ, "TOKPORTAL_API_KEY": API_KEY, "TOKPORTAL_BASE_URL": base}
        contenders = {
            "library": lambda: _wall([sys.executable, "-c", CLI_LIBRARY_UPLOAD, API_KEY, base, str(path)], env),
            "cli": lambda: _wall([tokportal, "uploads", "video", str(path), "--bundle", "b1", "--progress"], env),
        }
        interleaved(contenders, 1)  # warm-up: the file into the page cache, bytecode compiled
        times = interleaved(contenders, rounds)
    finally:
        assert sink.stdin is not None
        sink.stdin.close()
        sink.wait(timeout=10)
    ratio = ratio_median(times["library"], times["cli"])
    mib_s = UPLOAD_SIZE / 1024 / 1024 / statistics.median(times["cli"])
    return Row(
        "512 MiB upload: tokportal uploads video / upload_video_file",
        f"{ratio:.2f}x",
        ">= 0.9x",
        ratio >= 0.9,
        [
            f"{rounds} rounds after a warm-up, each a fresh process (start included), the progress bar drawn "
            f"(--progress); the command line at {mib_s:.0f} MiB/s"
        ],
    )


def bench_generate(runs: int) -> Row:
    times = []
    with tempfile.TemporaryDirectory(prefix="tokportal-bench-gen-") as tmp:
        for index in range(runs):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, str(ROOT / "scripts" / "generate.py"), str(Path(tmp) / f"run{index}" / "_generated")],
                check=True,
                capture_output=True,
                cwd=ROOT,
            )
            times.append(time.perf_counter() - start)
    return Row(
        "make generate (scripts/generate.py into a temp dir)",
        f"{statistics.median(times):.2f} s",
        "-",
        None,
        [f"runs: {', '.join(f'{t:.2f} s' for t in times)}"],
    )


# --------------------------------------------------------------------------------------------- uploads

UPLOAD_SIZE = 512 * 1024 * 1024
UPLOAD_CONTENDERS = ["bare httpx", "multipart", "multipart async", "presigned", "presigned async"]
"""bare httpx: ``httpx.Client().put(url, content=<the open file>)``, httpx's own streaming of a file object."""


class SinkProtocol(asyncio.Protocol):
    """Reads request bodies and throws them away, counting; answers ``{"received": <bytes>}``. POST
    /api/ext/upload/video answers a presigned grant whose upload URL points back here."""

    last_received = 0

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.remaining = 0
        self.received = 0
        self.answer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            if self.remaining:
                taken = min(len(view), self.remaining)
                self.remaining -= taken
                self.received += taken
                view = view[taken:]
                if not self.remaining:
                    self.done()
                continue
            self.buffer += view
            view = memoryview(b"")
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buffer[:end]).decode("latin-1")
            view = memoryview(bytes(self.buffer[end + 4 :]))
            self.buffer.clear()
            self.start(head)

    def start(self, head: str) -> None:
        line, _, header_text = head.partition("\r\n")
        method, target = line.split(" ")[:2]
        headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in header_text.split("\r\n"))}
        self.remaining, self.received = int(headers.get("content-length", "0")), 0
        if method == "POST" and target.endswith("/upload/video"):
            sockname = self.transport.get_extra_info("sockname") if self.transport else ("127.0.0.1", 0)
            grant = {
                "upload_url": f"http://127.0.0.1:{sockname[1]}/storage/bench.mp4?sig=s3cr3t",
                "public_url": "https://cdn.example/bench.mp4",
            }
            self.answer = json.dumps({"data": grant}).encode()
        elif target == "/last":
            self.answer = json.dumps({"received": SinkProtocol.last_received}).encode()
        else:
            self.answer = b""
        if not self.remaining:
            self.done()

    def done(self) -> None:
        if self.received:
            SinkProtocol.last_received = self.received
        body = self.answer or json.dumps({"received": self.received}).encode()
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        if self.transport is not None:
            self.transport.write(head.encode() + body)

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


async def serve_sink() -> None:
    server = await asyncio.get_running_loop().create_server(SinkProtocol, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    await asyncio.to_thread(sys.stdin.read)  # until the parent closes our stdin


def upload_child(contender: str, path: str, warm_up: str, base: str) -> None:
    """One contender in a fresh process: a small warm-up upload, then ``path``; prints seconds and peak RSS growth."""
    import resource

    import httpx

    from tokportal_client import AsyncTokPortal, TokPortal
    from tokportal_client._upload_body import multipart_body
    from tokportal_client.uploads import UploadSource, aupload_video_file, upload_video_file

    def run(target: str) -> None:
        if contender == "bare httpx":
            with httpx.Client() as http, open(target, "rb") as file:
                http.put(f"{base}/storage/bare.mp4", content=file, headers={"Content-Type": "video/mp4"})
        elif contender == "multipart":
            body = multipart_body({"bundle_id": "b1"}, {"file": UploadSource.of(target)})
            with httpx.Client() as http:
                http.post(f"{base}/api/ext/upload/video/direct", content=body.sync_stream(), headers=body.headers)
        elif contender == "multipart async":
            body = multipart_body({"bundle_id": "b1"}, {"file": UploadSource.of(target)})

            async def post() -> None:
                async with httpx.AsyncClient() as http:
                    url = f"{base}/api/ext/upload/video/direct"
                    await http.post(url, content=body.async_stream(), headers=body.headers)

            asyncio.run(post())
        elif contender == "presigned":
            with TokPortal(api_key=API_KEY, base_url=f"{base}/api/ext") as client:
                upload_video_file(client, target, bundle_id="b1")
        else:

            async def presigned() -> None:
                async with AsyncTokPortal(api_key=API_KEY, base_url=f"{base}/api/ext") as client:
                    await aupload_video_file(client, target, bundle_id="b1")

            asyncio.run(presigned())

    run(warm_up)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    run(path)
    seconds = time.perf_counter() - start
    growth_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    received = httpx.get(f"{base}/last").json()["received"]
    print(json.dumps({"seconds": seconds, "growth_kib": growth_kib, "received": received}))


def bench_uploads(rounds: int) -> list[Row]:
    """512 MiB through each contender, each upload in a fresh process (peak RSS from its ``ru_maxrss``), rounds
    interleaved; throughput as the ratio of bare httpx's time to ours."""
    with tempfile.TemporaryDirectory(prefix="tokportal-bench-upload-") as tmp:
        path, warm_up = Path(tmp) / "big.mp4", Path(tmp) / "small.mp4"
        block = os.urandom(1024 * 1024)
        with path.open("wb") as file:
            for _ in range(UPLOAD_SIZE // len(block)):
                file.write(block)
        warm_up.write_bytes(block[:4096])
        sink = subprocess.Popen(
            [sys.executable, __file__, "_sink"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        try:
            assert sink.stdout is not None
            base = f"http://127.0.0.1:{int(sink.stdout.readline())}"
            results: dict[str, list[dict[str, float]]] = {name: [] for name in UPLOAD_CONTENDERS}
            for _ in range(rounds):
                for name in UPLOAD_CONTENDERS:
                    done = subprocess.run(
                        [sys.executable, __file__, "_upload", name, str(path), str(warm_up), base],
                        capture_output=True,
                        text=True,
                        check=True,
                    )
                    results[name].append(json.loads(done.stdout))
        finally:
            assert sink.stdin is not None
            sink.stdin.close()
            sink.wait(timeout=10)
    return upload_rows(results)


def upload_rows(results: dict[str, list[dict[str, float]]]) -> list[Row]:
    mib = 1024 * 1024
    bare = [r["seconds"] for r in results["bare httpx"]]
    complete = all(r["received"] >= UPLOAD_SIZE for runs in results.values() for r in runs)
    rows = []
    labels = {
        "multipart": "upload_video_direct's streamed multipart body (httpx.Client)",
        "multipart async": "the same multipart body on httpx.AsyncClient",
        "presigned": "upload_video_file: upload_video + presigned PUT (TokPortal)",
        "presigned async": "the same on AsyncTokPortal",
    }
    for name, label in labels.items():
        ratio = ratio_median(bare, [r["seconds"] for r in results[name]])
        rows.append(
            Row(
                f"512 MiB upload throughput / bare httpx: {label}",
                f"{ratio:.2f}x",
                ">= 0.7x",
                ratio >= 0.7 and complete,
            )
        )
    growth = {name: max(r["growth_kib"] for r in runs) / 1024 for name, runs in results.items()}
    ours = max(value for name, value in growth.items() if name != "bare httpx")
    details = [
        f"{name}: median {statistics.median(r['seconds'] for r in runs):.2f} s "
        f"({UPLOAD_SIZE / mib / statistics.median(r['seconds'] for r in runs):.0f} MiB/s), "
        f"peak RSS +{growth[name]:.1f} MiB"
        for name, runs in results.items()
    ]
    details.append("every upload delivered all 512 MiB" if complete else "SOME UPLOADS WERE INCOMPLETE")
    rows.append(Row("peak RSS growth, 512 MiB upload (worst of ours)", f"{ours:.1f} MB", "< 64 MB", ours < 64, details))
    return rows


# --------------------------------------------------------------------------------------------- rate limits

RATE_PROCESSES, RATE_CALLS, RATE_BUCKET, RATE_REFILL = 4, 50, 10, 10.0
"""P processes x N calls under one key; the stand-in's bucket: RATE_BUCKET tokens, RATE_REFILL more a second."""
RATE_THREADS, RATE_THREAD_CALLS = 8, 25
"""The same number of calls from T threads of one process (one client)."""

RATE_CHILD = """
import json, sys, threading, time
from tokportal_client import RateLimitError, TokPortal
from tokportal_client.ratelimit import RedisRateLimiter

mode, url, api_key, threads, calls, redis_url, rpm, burst = sys.argv[1:9]
limiter = {"none": False, "default": None}.get(mode)
if mode == "redis":
    limiter = RedisRateLimiter(redis_url, requests_per_minute=float(rpm), burst=int(burst))
client = TokPortal(api_key=api_key, base_url=url, rate_limiter=limiter)
print("ready", flush=True)
sys.stdin.readline()
failed = []

def work():
    for _ in range(int(calls)):
        try:
            client.profile.get_current_user()
        except RateLimitError:
            failed.append(1)

workers = [threading.Thread(target=work) for _ in range(int(threads))]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
print(json.dumps({"failed": len(failed), "end": time.time()}), flush=True)
"""


def run_workers(
    mode: str, url: str, api_key: str, redis_url: str, processes: int, threads: int, calls: int
) -> tuple[float, int]:
    """``processes`` processes of ``threads`` threads making ``calls`` sequential calls each, started together:
    (wall seconds, failed calls)."""
    rpm, burst = RATE_REFILL * 60, RATE_BUCKET
    arguments = [mode, url, api_key, str(threads), str(calls), redis_url, str(rpm), str(burst)]
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", RATE_CHILD, *arguments], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        for _ in range(processes)
    ]
    for worker in workers:
        assert worker.stdout is not None
        if worker.stdout.readline().strip() != "ready":
            raise RuntimeError(f"rate-limit worker ({mode}) did not start")
    start = time.time()
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    results = []
    for worker in workers:
        out, _ = worker.communicate(timeout=600)
        results.append(json.loads(out.strip().splitlines()[-1]))
    return max(result["end"] for result in results) - start, sum(result["failed"] for result in results)


@dataclass
class RateRun:
    label: str
    wall: float
    limited: int
    failed: int


def bench_ratelimit() -> list[Row]:
    """Issues 18 and 30: one key used by several processes (a shared Redis limiter, the default header pacing in
    each, no pacing) and by several threads of one process (default pacing, none), against the stand-in."""
    from scripts import ratelimit_standin

    calls = RATE_PROCESSES * RATE_CALLS
    assert calls == RATE_THREADS * RATE_THREAD_CALLS  # the two shapes have the same ideal
    ideal = (calls - RATE_BUCKET) / RATE_REFILL
    processes = f"{RATE_PROCESSES} processes x {RATE_CALLS} calls, one key"
    threads = f"{RATE_THREADS} threads x {RATE_THREAD_CALLS} calls in one process, one key"
    if shutil.which("redis-server") is None:
        return [Row(f"{processes}: rate limiting", "skipped", "-", None, [ratelimit_standin.REDIS_MISSING])]
    shapes = {
        "processes": (RATE_PROCESSES, 1, RATE_CALLS),
        "threads": (1, RATE_THREADS, RATE_THREAD_CALLS),
    }
    contenders = [
        ("processes", "redis", f"RedisRateLimiter({RATE_REFILL * 60:g}/min, burst {RATE_BUCKET})"),
        ("processes", "default", "default client (header pacing in each process)"),
        ("processes", "none", "rate_limiter=False"),
        ("threads", "default", "default client (header pacing)"),
        ("threads", "none", "rate_limiter=False"),
    ]
    runs: dict[tuple[str, str], RateRun] = {}
    with ratelimit_standin.local_redis() as redis, ratelimit_standin.running(RATE_BUCKET, RATE_REFILL) as standin:
        for shape, mode, label in contenders:
            print(f"bench: rate limit, {shape}, {mode}...", file=sys.stderr, flush=True)
            api_key = f"sk_test_ratelimit_{shape}_{mode}_{time.time_ns()}"
            wall, failed = run_workers(mode, standin.url, api_key, redis.url, *shapes[shape])
            runs[shape, mode] = RateRun(label, wall, standin.stats(api_key)["limited"], failed)

    def row(shape: str, mode: str, target: str, passed: bool | None) -> Row:
        run = runs[shape, mode]
        return Row(
            f"{processes if shape == 'processes' else threads}, {run.label}: wall / ideal, 429s, failed calls",
            f"{run.wall / ideal:.2f}x, {run.limited} x 429, {run.failed} failed",
            target,
            passed,
            [
                f"{run.label}: {run.wall:.1f} s for {calls} calls against a stand-in bucket of {RATE_BUCKET} tokens "
                f"refilled {RATE_REFILL:g}/s (ideal {ideal:g} s = (calls - burst) / rate); {run.limited} answered "
                f"429, {run.failed} failed after every retry"
            ],
        )

    redis_run, paced, unpaced = runs["processes", "redis"], runs["processes", "default"], runs["processes", "none"]
    threaded = runs["threads", "default"]
    return [
        row(
            "processes",
            "redis",
            f"<= 1.2x, <= {RATE_PROCESSES} x 429, 0 failed",
            redis_run.wall / ideal <= 1.2 and redis_run.limited <= RATE_PROCESSES and redis_run.failed == 0,
        ),
        row(
            "processes",
            "default",
            "<= 1.25x, fewer 429s than False, 0 failed",
            paced.wall / ideal <= 1.25 and paced.limited < unpaced.limited and paced.failed == 0,
        ),
        row("processes", "none", "-", None),
        row("threads", "default", "<= 1.2x, 0 failed", threaded.wall / ideal <= 1.2 and threaded.failed == 0),
        row("threads", "none", "-", None),
    ]


# --------------------------------------------------------------------------------------------- MCP tool listing


def bench_mcp_listing() -> list[Row]:
    """The size of tokportal-mcp's tools/list answer (compact JSON) in full mode, dynamic mode and each preset."""
    from tokportal_client.mcp._selection import PRESETS, Selection
    from tokportal_client.mcp._server import ServerSettings, listing

    def size(settings: ServerSettings) -> tuple[int, int]:
        tools = listing(settings)
        return len(tools), len(json.dumps({"tools": tools}, separators=(",", ":")))

    full = size(ServerSettings(selection=Selection(allow_secrets=True)))
    dynamic = size(ServerSettings(dynamic=True))
    presets = {name: size(ServerSettings(selection=Selection(preset=name))) for name in PRESETS}
    largest = max(presets, key=lambda name: presets[name][0])
    return [
        Row("MCP tools/list, full mode", f"{full[1] / 1024:.1f} KB", "(info)", None, [f"{full[0]} tools"]),
        Row("MCP tools/list, dynamic mode", f"{dynamic[1] / 1024:.1f} KB", "<= 3 KB", dynamic[1] <= 3 * 1024),
        Row(
            "MCP tools per preset (largest)",
            f"{presets[largest][0]}",
            "<= 40",
            presets[largest][0] <= 40,
            [f"{name}: {count} tools, {nbytes / 1024:.1f} KB" for name, (count, nbytes) in presets.items()],
        ),
    ]


def bench_jobs(quick: bool) -> list[Row]:
    """Issue 29: Celery fan-out (2,000 jobs, 600 requests/min, 10% faults, a worker process killed) and Temporal
    bundle workflows (200, 2 worker processes, faults, a worker killed), on real servers (scripts/jobs_harness.py)."""
    from scripts.jobs_harness import run_celery_load, run_temporal_load

    jobs, workflows = (300, 50) if quick else (2000, 200)
    print(f"bench: jobs, Celery ({jobs} jobs)...", file=sys.stderr, flush=True)
    c = run_celery_load(jobs, requests_per_minute=600, fault_rate=0.10, concurrency=4, kill_at=0.4)
    celery_ok = c["lost"] == 0 and c["double_charges"] == 0 and c["rate_429"] <= 0.01 and c["wall_over_ideal"] <= 1.2
    print(f"bench: jobs, Temporal ({workflows} workflows)...", file=sys.stderr, flush=True)
    t = run_temporal_load(workflows, workers=2, fault_rate=0.10, drop_rate=0.2, kill_at=0.3)
    temporal_ok = (
        t["completed"] == workflows
        and t["double_charges"] == 0
        and t["debits"] == workflows
        and t["sensitive_replays"] == 0
    )
    return [
        Row(
            f"Celery, {jobs} jobs, 4 prefork processes, 600/min, 10% faults, 1 killed: lost, double charges, "
            "429s, wall / ideal",
            f"{c['lost']}, {c['double_charges']}, {c['rate_429']:.1%}, {c['wall_over_ideal']:.2f}x",
            "0, 0, <= 1%, <= 1.2x",
            celery_ok,
            [
                f"{c['wall_s']:.1f} s for {jobs} jobs (ideal {c['ideal_s']:.0f} s = one priced write per job at "
                f"600/min); {c['requests']} requests, {c['429']} answered 429, {c['faults_503']} x 503 and "
                f"{c['faults_reset']} dropped connections injected; {c['debits']} debits in the mock's ledger; "
                f"worker process {c['killed_worker_process']} killed with SIGKILL"
            ],
        ),
        Row(
            f"Temporal, {workflows} bundle workflows, 2 workers, 10% faults, 1 killed: completed, double charges, "
            "secret-bearing replays",
            f"{t['completed']}/{workflows}, {t['double_charges']}, {t['sensitive_replays']}",
            f"{workflows}/{workflows}, 0, 0",
            temporal_ok,
            [
                f"{t['wall_s']:.1f} s; {t['requests']} requests, {t['faults_503']} x 503 and {t['faults_reset']} "
                f"dropped connections injected; {t['webhooks_sent']} webhooks delivered, {t['webhooks_dropped']} "
                f"dropped ({t['completed_by_polling']} workflows completed before all their webhooks came, by "
                f"polling); worker {t['killed_worker']} "
                "killed with SIGKILL"
            ],
        ),
    ]


# --------------------------------------------------------------------------------------------- reporting


def machine() -> list[str]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = []
    for package in ("httpx", "httpcore", "attrs", "tokportal"):
        try:
            versions.append(f"{package} {importlib.metadata.version(package)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{package} (not installed)")
    return [
        f"machine: {os.cpu_count()} CPUs{f' ({model})' if model else ''}, {platform.system()} {platform.machine()}",
        f"python: {platform.python_implementation()} {platform.python_version()}; {ssl.OPENSSL_VERSION}",
        f"packages: tokportal-client {importlib.metadata.version('tokportal-client')}, {', '.join(versions)}",
    ]


def print_table(rows: list[Row]) -> None:
    width = max(len(row.measure) for row in rows)
    vwidth = max(len(row.value) for row in rows)
    twidth = max(len(row.target) for row in rows)
    print(f"{'measure':<{width}}  {'value':>{vwidth}}  {'target':<{twidth}}  result")
    print(f"{'-' * width}  {'-' * vwidth}  {'-' * twidth}  ------")
    for row in rows:
        result = "-" if row.passed is None else ("PASS" if row.passed else "FAIL")
        print(f"{row.measure:<{width}}  {row.value:>{vwidth}}  {row.target:<{twidth}}  {result}")


SERVER_STEPS = ["get_bundle", "list page", "official SDK", "async", "memory"]
STEPS = [*SERVER_STEPS, "uploads", "import", "cli", "generate", "ratelimit", "mcp", "jobs"]


def run(quick: bool, only: list[str]) -> None:
    rounds = 9 if quick else 25
    started = time.perf_counter()
    rows: list[Row] = []
    chosen = only or STEPS

    def step(name: str, measure: Callable[[], Row | list[Row]]) -> None:
        if name in chosen:
            print(f"bench: {name}...", file=sys.stderr, flush=True)
            result = measure()
            rows.extend(result if isinstance(result, list) else [result])

    if set(chosen) & set(SERVER_STEPS):
        with servers() as srv:
            step("get_bundle", lambda: bench_get(srv, rounds))
            step("list page", lambda: bench_page(srv, rounds))
            step("official SDK", lambda: bench_official(srv, 2 if quick else 3))
            step("async", lambda: bench_async(srv, 2 if quick else 3))
            step("memory", lambda: bench_memory(srv))
    step("uploads", lambda: bench_uploads(2 if quick else 5))
    step("import", lambda: bench_import(5 if quick else 7))
    step("cli", lambda: bench_cli(5 if quick else 11, 3 if quick else 5))
    step("generate", lambda: bench_generate(1 if quick else 2))
    step("ratelimit", bench_ratelimit)
    step("mcp", bench_mcp_listing)
    step("jobs", lambda: bench_jobs(quick))
    print()
    print("tokportal-client benchmarks (make bench)")
    for line in machine():
        print(line)
    print()
    print_table(rows)
    print()
    for row in rows:
        for detail in row.details:
            print(f"* {row.measure.strip()}: {detail}")
    failed = [row.measure.strip() for row in rows if row.passed is False]
    print()
    print(f"{len(failed)} target(s) missed{': ' + '; '.join(failed) if failed else ''}.")
    elapsed = time.perf_counter() - started
    print(f"Total time {elapsed:.0f} s. Ratios are medians of per-round ratios, contenders interleaved in each round.")


# --------------------------------------------------------------------------------------------- profiling


def profile() -> None:
    """cProfile of our per-call path (get_bundle) and page path (a 100-item list_bundles page)."""
    from tokportal_client import TokPortal

    with servers() as srv:
        client = TokPortal(api_key=API_KEY, base_url=srv.http)
        for title, call, count in (
            ("get_bundle", lambda: client.bundles.get_bundle("b1"), 2000),
            ("list_bundles, 100-item page", lambda: client.bundles.list_bundles(page=1, per_page=100), 100),
        ):
            timed(call, count // 10)
            profiler = cProfile.Profile()
            profiler.enable()
            timed(call, count)
            profiler.disable()
            print(f"\n=== {title}: {count} calls, sorted by own time ===")
            pstats.Stats(profiler).strip_dirs().sort_stats("tottime").print_stats(25)
            print(f"\n=== {title}: {count} calls, sorted by cumulative time ===")
            pstats.Stats(profiler).strip_dirs().sort_stats("cumulative").print_stats(30)
        client.close()


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "_serve":
        asyncio.run(serve(sys.argv[2], sys.argv[3]))
        return
    if len(sys.argv) == 2 and sys.argv[1] == "_sink":
        asyncio.run(serve_sink())
        return
    if len(sys.argv) == 6 and sys.argv[1] == "_upload":
        upload_child(*sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer rounds (a rough figure in about a minute)")
    parser.add_argument("--profile", action="store_true", help="print cProfile figures of our call paths instead")
    parser.add_argument(
        "--only", action="append", choices=STEPS, default=[], metavar="STEP", help=f"run only these: {', '.join(STEPS)}"
    )
    args = parser.parse_args()
    if args.profile:
        profile()
    else:
        run(args.quick, args.only)


if __name__ == "__main__":
    main()
