"""call_operation / iter_operation: any operation by its operationId, through the operation's own method."""

from __future__ import annotations

from typing import Any

import pytest

from tokportal_client import AsyncTokPortal, TokPortal
from tokportal_client._call_operation import find_operation
from tokportal_client._generated.registry import OPERATIONS
from tokportal_client.testing import MockServer

ORDER = {"bundle_type": "account_only", "platform": "tiktok", "country": "USA"}


@pytest.fixture
def offline() -> TokPortal:
    """A client whose base URL nothing listens on: every test using it must fail before sending."""
    return TokPortal("sk_test", base_url="http://127.0.0.1:9", max_retries=0)


def test_every_operation_is_found_by_operation_id_and_by_method_name() -> None:
    for name, operation in OPERATIONS.items():
        assert find_operation(operation.operation_id) is operation
        assert find_operation(name) is operation


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.call_operation("rewarmAcount"), "no operation 'rewarmAcount'"),
        (lambda c: c.call_operation("getBundel", path={"id": "b"}), "did you mean 'getBundle'"),
        (lambda c: c.call_operation("getBundle", path={"idd": "b"}), "no path parameter 'idd' (did you mean 'id'?)"),
        (lambda c: c.call_operation("getBundle"), "requires 'id'"),
        (lambda c: c.call_operation("listBundles", query={"per_pag": 3}), "did you mean 'per_page'"),
        (lambda c: c.call_operation("getBundle", path={"id": "b"}, body={"x": 1}), "takes no request body"),
        (lambda c: c.iter_operation("getBundle", path={"id": "b"}), "not a paginated list"),
        (lambda c: c.iter_operation("listBundles", query={"page": 2}), "set by the pager"),
    ],
)
def test_unknown_names_are_refused_before_sending(offline: TokPortal, call: Any, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        call(offline)
    assert message in str(caught.value)


def test_values_are_checked_by_the_operations_own_method(offline: TokPortal) -> None:
    with pytest.raises(ValueError, match="bundle_type"):
        offline.call_operation("createBundle", body={"platform": "tiktok"})


def test_a_write_called_twice_with_one_key_is_charged_once() -> None:
    with MockServer() as mock, mock.client() as client:
        balance = mock.state.credits
        first = client.call_operation("createBundle", body=ORDER, idempotency_key="order-7")
        second = client.call_operation("createBundle", body=ORDER, idempotency_key="order-7", raw=True)
        assert second.idempotent_replayed
        assert second.parsed.data.bundle_id == first.data.bundle_id
        assert len([t for t in mock.state.transactions if t["amount"] < 0]) == 1
        assert mock.state.credits < balance
        got = client.call_operation("getBundle", path={"id": first.data.bundle_id})
        assert got.data.id == first.data.bundle_id


def test_iter_operation_walks_every_page() -> None:
    with MockServer() as mock, mock.client() as client:
        made = {client.call_operation("createBundle", body=ORDER).data.bundle_id for _ in range(3)}
        seen = {bundle.id for bundle in client.iter_operation("listBundles", per_page=2)}
        assert made <= seen


async def test_async_call_and_iter_operation() -> None:
    with MockServer() as mock:
        client: AsyncTokPortal = mock.async_client()
        async with client:
            created = await client.call_operation("createBundle", body=ORDER, idempotency_key="order-8")
            again = await client.call_operation("createBundle", body=ORDER, idempotency_key="order-8")
            assert again.data.bundle_id == created.data.bundle_id
            seen = [
                bundle.id
                async for bundle in client.iter_operation("listBundles", query={"bundle_type": "account_only"})
            ]
            assert created.data.bundle_id in seen
