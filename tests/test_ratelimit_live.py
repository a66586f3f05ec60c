"""Rate-limit pacing end to end: clients against a loopback stand-in that enforces a token bucket per API key
(scripts/ratelimit_standin.py, in a process of its own), and RedisRateLimiter against a real ``redis-server``
started on a free loopback port. Counts, not timings: timing targets are rows of ``make bench``.

Without ``redis-server`` the Redis tests are skipped with a message saying how to get it (under CI they fail).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tokportal_client import AsyncTokPortal, TokPortal
from tokportal_client.ratelimit import REDIS_RETRY_EVERY, RedisRateLimiter

ROOT = Path(__file__).resolve().parent.parent
CAPACITY, RATE = 40, 40.0
"""The stand-in's bucket: small enough that 160 calls must wait for refills, quick enough for a test."""
THREADS, CALLS = 8, 20


def load_standin() -> ModuleType:
    """scripts/ratelimit_standin.py (the tests run with the repository root on sys.path: ``python -m pytest``)."""
    return importlib.import_module("scripts.ratelimit_standin")


@pytest.fixture(scope="module")
def standin() -> Iterator[Any]:
    with load_standin().running(CAPACITY, RATE) as running:
        yield running


@pytest.fixture
def redis_server() -> Iterator[Any]:
    """A fresh redis-server on a free loopback port, nothing on disk; killed and removed afterwards."""
    standin_module = load_standin()
    if shutil.which("redis-server") is None:
        if os.environ.get("CI") == "true":
            pytest.fail(standin_module.REDIS_MISSING)
        pytest.skip(standin_module.REDIS_MISSING)
    server = standin_module.LocalRedis()
    try:
        server.start()
        yield server
    finally:
        server.close()


def new_key(label: str) -> str:
    return f"sk_test_{label}_{time.time_ns()}"


def thread_run(client: TokPortal, threads: int, calls: int) -> list[BaseException]:
    """``threads`` threads of ``calls`` calls each; the errors they met."""
    errors: list[BaseException] = []

    def work() -> None:
        for _ in range(calls):
            try:
                client.profile.get_current_user()
            except Exception as error:
                errors.append(error)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return errors


async def task_run(client: AsyncTokPortal, tasks: int, calls: int) -> list[BaseException]:
    async def work() -> list[BaseException]:
        errors: list[BaseException] = []
        for _ in range(calls):
            try:
                await client.profile.get_current_user()
            except Exception as error:
                errors.append(error)
        return errors

    return [error for errors in await asyncio.gather(*(work() for _ in range(tasks))) for error in errors]


# --------------------------------------------------------------------------------------------- default pacing


def test_default_client_threads_collect_a_quarter_of_the_429s_or_fewer(standin: Any) -> None:
    paced_key, unpaced_key = new_key("paced"), new_key("unpaced")
    paced = TokPortal(api_key=paced_key, base_url=standin.url)
    unpaced = TokPortal(api_key=unpaced_key, base_url=standin.url, rate_limiter=False)
    outcome: dict[str, list[BaseException]] = {}
    side = threading.Thread(target=lambda: outcome.setdefault("unpaced", thread_run(unpaced, THREADS, CALLS)))
    side.start()  # both side by side, so that machine load hits both alike
    outcome["paced"] = thread_run(paced, THREADS, CALLS)
    side.join()

    paced_stats, unpaced_stats = standin.stats(paced_key), standin.stats(unpaced_key)
    assert outcome["paced"] == []
    assert paced_stats["ok"] == THREADS * CALLS
    assert unpaced_stats["limited"] > 0  # the stand-in did limit this run
    assert paced_stats["limited"] * 4 <= unpaced_stats["limited"], (paced_stats, unpaced_stats)


async def test_default_async_client_tasks_collect_a_quarter_of_the_429s_or_fewer(standin: Any) -> None:
    paced_key, unpaced_key = new_key("apaced"), new_key("aunpaced")
    async with (
        AsyncTokPortal(api_key=paced_key, base_url=standin.url) as paced,
        AsyncTokPortal(api_key=unpaced_key, base_url=standin.url, rate_limiter=False) as unpaced,
    ):
        paced_errors, _ = await asyncio.gather(task_run(paced, THREADS, CALLS), task_run(unpaced, THREADS, CALLS))

    paced_stats, unpaced_stats = standin.stats(paced_key), standin.stats(unpaced_key)
    assert paced_errors == []
    assert paced_stats["ok"] == THREADS * CALLS
    assert unpaced_stats["limited"] > 0
    assert paced_stats["limited"] * 4 <= unpaced_stats["limited"], (paced_stats, unpaced_stats)


# --------------------------------------------------------------------------------------------- Redis, processes

WORKER = """
import asyncio, json, sys
from tokportal_client import AsyncTokPortal, TokPortal
from tokportal_client.ratelimit import RedisRateLimiter

kind, url, api_key, redis_url, calls, rpm, burst = sys.argv[1:8]
limiter = RedisRateLimiter(redis_url, requests_per_minute=float(rpm), burst=int(burst))
print("ready", flush=True)
sys.stdin.readline()
failed = 0
if kind == "sync":
    client = TokPortal(api_key=api_key, base_url=url, rate_limiter=limiter)
    for _ in range(int(calls)):
        try:
            client.profile.get_current_user()
        except RateLimitError:
            failed += 1
else:
    async def main():
        global failed
        async with AsyncTokPortal(api_key=api_key, base_url=url, rate_limiter=limiter) as client:
            for _ in range(int(calls)):
                try:
                    await client.profile.get_current_user()
                except RateLimitError:
                    failed += 1
    asyncio.run(main())
print(json.dumps({"failed": failed}), flush=True)
"""


def run_processes(kind: str, processes: int, calls: int, api_key: str, url: str, redis_url: str, rpm: float) -> int:
    """``processes`` worker processes of ``calls`` calls each, started together; how many calls failed."""
    arguments = [kind, url, api_key, redis_url, str(calls), str(rpm), str(CAPACITY)]
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, *arguments], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        for _ in range(processes)
    ]
    for worker in workers:
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready"
    for worker in workers:  # all start together
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    results = [json.loads(worker.communicate(timeout=120)[0].strip().splitlines()[-1]) for worker in workers]
    return sum(int(result["failed"]) for result in results)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_redis_limiter_shares_one_limit_across_processes(kind: str, standin: Any, redis_server: Any) -> None:
    processes, calls, api_key = 3, 25, new_key(f"procs_{kind}")

    failed = run_processes(kind, processes, calls, api_key, standin.url, redis_server.url, RATE * 60)

    stats = standin.stats(api_key)
    assert failed == 0
    assert stats["ok"] == processes * calls
    assert stats["limited"] <= processes, stats


def test_redis_limiter_set_too_high_still_fails_no_call(standin: Any, redis_server: Any) -> None:
    processes, calls, api_key = 3, 25, new_key("too_high")

    failed = run_processes("sync", processes, calls, api_key, standin.url, redis_server.url, 2 * RATE * 60)

    assert failed == 0  # the 429s' Retry-After, shared through Redis, holds every process
    assert standin.stats(api_key)["ok"] == processes * calls


def test_a_429_seen_by_one_process_holds_the_others(redis_server: Any) -> None:
    one, other = (RedisRateLimiter(redis_server.url, requests_per_minute=600, key="shared") for _ in range(2))
    assert other.reserve() == 0.0

    one.observe(429, {"Retry-After": "3", "X-RateLimit-Remaining": "0"})

    assert 2.5 < other.reserve() <= 3.0


def test_redis_killed_mid_run_fails_no_call_and_warns_once(
    standin: Any, redis_server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tokportal_client")
    limiter = RedisRateLimiter(redis_server.url, requests_per_minute=RATE * 60, burst=CAPACITY)
    client = TokPortal(api_key=new_key("kill"), base_url=standin.url, rate_limiter=limiter)
    errors: list[BaseException] = []
    done = threading.Semaphore(0)

    def work() -> None:
        for _ in range(CALLS):
            try:
                client.profile.get_current_user()
            except Exception as error:
                errors.append(error)
            done.release()

    workers = [threading.Thread(target=work) for _ in range(4)]
    for worker in workers:
        worker.start()
    for _ in range(CALLS):  # a quarter of the calls went through Redis
        done.acquire()
    assert limiter._redis.exists(limiter.key)
    redis_server.kill()
    for worker in workers:
        worker.join()

    assert errors == []
    warnings = [r for r in caplog.records if r.name == "tokportal_client" and r.levelno == logging.WARNING]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "Redis" in warnings[0].getMessage()
    assert_redis_picked_up_again(redis_server, limiter, lambda: client.profile.get_current_user(), caplog)


async def test_redis_killed_mid_run_async_fails_no_call_and_warns_once(
    standin: Any, redis_server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tokportal_client")
    limiter = RedisRateLimiter(redis_server.url, requests_per_minute=RATE * 60, burst=CAPACITY)
    async with AsyncTokPortal(api_key=new_key("akill"), base_url=standin.url, rate_limiter=limiter) as client:
        first = await task_run(client, 4, 5)
        assert limiter._redis.exists(limiter.key)
        redis_server.kill()
        rest = await task_run(client, 4, 15)

        assert first + rest == []
        warnings = [r for r in caplog.records if r.name == "tokportal_client" and r.levelno == logging.WARNING]
        assert len(warnings) == 1, [r.getMessage() for r in warnings]

        redis_server.start()  # back, empty, on the same port
        assert not limiter._redis.exists(limiter.key)
        await asyncio.sleep(REDIS_RETRY_EVERY + 0.1)
        await client.profile.get_current_user()

    assert limiter._redis.exists(limiter.key)
    assert any("answers again" in r.getMessage() for r in caplog.records)


def assert_redis_picked_up_again(
    redis_server: Any, limiter: RedisRateLimiter, call: Any, caplog: pytest.LogCaptureFixture
) -> None:
    redis_server.start()  # back, empty, on the same port
    assert not limiter._redis.exists(limiter.key)
    time.sleep(REDIS_RETRY_EVERY + 0.1)
    call()

    assert limiter._redis.exists(limiter.key)
    assert any("answers again" in r.getMessage() for r in caplog.records)
