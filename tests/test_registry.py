"""The operation registry and the pure logic that reads it: no sockets, no sleeps.

Everything is parametrized over the generated registry, so a newer contract is tested as it is.
"""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path
from typing import Any

import httpx
import pytest

from tokportal_client import AsyncTokPortal, RetryPolicy, TokPortal, errors
from tokportal_client._generated.registry import OPERATIONS
from tokportal_client._runtime import RequestSpec, ad_hoc_operation
from tokportal_client.pagination import _is_last

KEY = "sk_test_" + "0" * 64
BASE = "https://api.example.test/api/ext"
WRITES = [op for op in OPERATIONS.values() if op.method not in ("GET", "HEAD", "OPTIONS")]


def _status_error(status: int, headers: dict[str, str] | None = None) -> errors.APIStatusError:
    request = httpx.Request("GET", BASE + "/x")
    return errors.error_for_response(httpx.Response(status, headers=headers, json={}, request=request))


def _connection_error(sent: bool) -> errors.APIConnectionError:
    return errors.APIConnectionError("boom", method="POST", url=BASE + "/x", sent=sent)


# -- the records' derived answers ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_derived_answers_follow_the_policy(name: str) -> None:
    op = OPERATIONS[name]
    assert op.sensitive == (op.idempotency == "reject-sensitive-response")
    assert op.takes_idempotency_key == (op.idempotency == "standard")
    assert op.replay_safe == (op.method == "GET" or op.takes_idempotency_key)
    assert not (op.sensitive and op.replay_safe)
    assert (op.iter_name is not None) == (op.page_item is not None)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_each_method_takes_options_by_its_record(name: str) -> None:
    op = OPERATIONS[name]
    for cls in (TokPortal, AsyncTokPortal):
        method = getattr(getattr(cls(api_key=KEY, base_url=BASE), op.tag), op.name)
        annotation = str(inspect.signature(method).parameters["options"].annotation)
        assert ("WriteOptions" in annotation) == op.takes_idempotency_key, annotation
        assert ("idempotency_key" in (method.__doc__ or "")) == op.takes_idempotency_key
        assert inspect.iscoroutinefunction(method) == (cls is AsyncTokPortal)


def test_sensitive_operations_exist_and_refuse_a_key() -> None:
    sensitive = [op for op in OPERATIONS.values() if op.sensitive]
    assert sensitive and all(op.method != "GET" for op in sensitive)


def test_raw_request_operations_follow_the_same_rules() -> None:
    assert ad_hoc_operation("get", "/account-bans").replay_safe
    post = ad_hoc_operation("post", "/account-bans/x/appeal")
    assert post.takes_idempotency_key and post.replay_safe and not post.sensitive


# -- the retry policy's decisions ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_retry_decisions_per_operation(name: str) -> None:
    op = OPERATIONS[name]
    policy = RetryPolicy(jitter=0)
    assert policy.delay(_connection_error(sent=False), 0, op) == 0.5  # never reached the server: always retried
    assert policy.delay(_status_error(429, {"Retry-After": "3"}), 0, op) == 3.0  # refused before any work
    expected = 0.5 if op.replay_safe else None
    assert policy.delay(_status_error(503), 0, op) == expected
    assert policy.delay(_connection_error(sent=True), 0, op) == expected
    assert policy.delay(_status_error(400), 0, op) is None


def test_backoff_doubles_up_to_the_cap_and_stops_after_max_retries() -> None:
    op = OPERATIONS["get_bundle"]
    policy = RetryPolicy(max_retries=6, initial_delay=0.5, max_delay=4.0, jitter=0)
    delays = [policy.delay(_status_error(503), attempt, op) for attempt in range(7)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0, None]


def test_jitter_only_shortens_the_wait() -> None:
    op = OPERATIONS["get_bundle"]
    policy = RetryPolicy(initial_delay=1.0, jitter=0.25)
    seen = [policy.delay(_status_error(503), 0, op) for _ in range(200)]
    assert all(d is not None and 0.75 <= d <= 1.0 for d in seen)
    assert len(set(seen)) > 1


def test_retry_after_beyond_the_limit_is_not_slept() -> None:
    op = OPERATIONS["get_bundle"]
    policy = RetryPolicy(max_retry_after=10)
    assert policy.delay(_status_error(429, {"Retry-After": "11"}), 0, op) is None
    assert policy.delay(_status_error(503, {"Retry-After": "10"}), 0, op) == 10.0


# -- the pager's stop rule -------------------------------------------------------------------------------------


class _Page:
    def __init__(self, items: int, per_page: int, total_pages: int) -> None:
        self.data = list(range(items))
        self.pagination = type("P", (), {"per_page": per_page, "total_pages": total_pages})()


@pytest.mark.parametrize(
    ("items", "server_per_page", "total_pages", "number", "asked", "last"),
    [
        (100, 100, 3, 1, 100, False),  # a full page, more to come
        (100, 100, 3, 3, 100, True),  # numbered total_pages
        (0, 100, 3, 2, 100, True),  # empty
        (40, 100, 3, 2, 100, True),  # short
        (50, 50, 9, 1, 100, False),  # the server caps per_page at 50: a page of 50 is full
        (49, 50, 9, 1, 100, True),
        (10, 100, 0, 1, 10, True),  # total_pages 0 (nothing at all) ends the walk
    ],
)
def test_pager_stop_rule(
    items: int, server_per_page: int, total_pages: int, number: int, asked: int, last: bool
) -> None:
    assert _is_last(_Page(items, server_per_page, total_pages), number, asked) is last  # type: ignore[arg-type]


# -- request building ------------------------------------------------------------------------------------------


def test_build_request_describes_a_frozen_request() -> None:
    from tokportal_client._generated.api.bundles import list_bundles

    spec = list_bundles.build_request(status="published", per_page=5)
    assert spec == RequestSpec("/bundles", params=(("per_page", 5), ("status", "published")))
    with pytest.raises(AttributeError):
        spec.path = "/elsewhere"  # type: ignore[misc]


def test_unknown_keyword_is_refused_before_sending() -> None:
    sent: list[httpx.Request] = []
    http = httpx.Client(transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={})))
    client = TokPortal(api_key=KEY, base_url=BASE, http_client=http)
    with pytest.raises(TypeError, match=r"'timeot'.*'timeout'"):
        client.credits.get_credit_balance(timeot=5)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="stauts"):
        client.bundles.list_bundles(stauts="published")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="returns a secret"):
        client.accounts.reveal_account_credentials("acc_1", idempotency_key="k")  # type: ignore[call-arg]
    assert sent == []


def test_with_options_takes_only_known_settings() -> None:
    client = TokPortal(api_key=KEY, base_url=BASE)
    with pytest.raises(TypeError, match="max_retires"):
        client.with_options(max_retires=0)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="max_retrys"):
        TokPortal(api_key=KEY, max_retrys=3)  # type: ignore[call-arg]
    copy = client.with_options(max_retries=0)
    assert copy.retry.max_retries == 0 and client.retry.max_retries == 2 and copy._http is client._http


async def test_with_options_copies_share_the_concurrency_gate() -> None:
    in_flight, peak = 0, 0

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        in_flight -= 1
        return httpx.Response(200, json={"data": {"id": "b"}})

    http = httpx.AsyncClient(transport=httpx.MockTransport(slow))
    client = AsyncTokPortal(api_key=KEY, base_url=BASE, http_client=http, max_concurrency=4)
    one, two = client.with_options(max_retries=0), client.with_options(timeout=5)
    calls: list[Any] = [c.bundles.get_bundle(f"b{i}") for i in range(12) for c in (one, two)]
    await asyncio.gather(*calls)
    assert peak == 4
    assert client.with_options(max_concurrency=2).max_concurrency == 2


# -- the generated layer's shape ---------------------------------------------------------------------------------


def test_every_custom_template_is_a_template() -> None:
    """Hand-written runtime lives in tokportal_client/, not disguised as a template without template syntax."""
    root = Path(__file__).resolve().parent.parent / "custom_templates"
    for template in root.rglob("*.jinja"):
        text = template.read_text(encoding="utf-8")
        assert any(mark in text for mark in ("{{", "{%")), template


def test_each_operation_method_is_written_once_per_flavour() -> None:
    """Raw responses wrap the methods instead of repeating them: one sync and one async definition each."""
    api = Path(__file__).resolve().parent.parent / "tokportal_client" / "_generated" / "api"
    for op in OPERATIONS.values():
        source = (api / (op.tag if (api / op.tag).is_dir() else op.tag + "_") / "__init__.py").read_text()
        definitions = source.count(f"def {op.name}(")
        overloads = 2 * source.count(f"@overload\n    def {op.name}(") + 2 * source.count(
            f"@overload\n    async def {op.name}("
        )
        assert definitions - overloads // 2 == 2, op.name
