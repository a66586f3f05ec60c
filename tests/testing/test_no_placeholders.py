"""Nothing the mock answers is a placeholder: every operation of the contract is called (the contract suite's
cases, on the world it seeds) and its answer walked for a string equal to its own field name or naming
``example.com``. What the client sent is excluded: the mock rightly echoes a body (those cases send the contract's
own examples, such as a webhook ``url`` on ``example.com``)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from contract.conftest import World, seed  # the contract suite's world and cases (tests/contract)
from contract.test_contract import CASES

from tokportal_client import TokPortal
from tokportal_client._generated.registry import OPERATIONS
from tokportal_client.testing import MockServer, State


def placeholders(value: Any, path: str = "", sent: frozenset[str] = frozenset()) -> Iterator[str]:
    """Where ``value`` holds a placeholder (a string equal to its field name, or naming example.com) that is not
    one of the strings ``sent``."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str) and item.lower() == str(key).lower() and item not in sent:
                yield f"{path}/{key} = {item!r}"
            yield from placeholders(item, f"{path}/{key}", sent)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from placeholders(item, f"{path}/{index}", sent)
    elif isinstance(value, str) and "example.com" in value.lower() and value not in sent:
        yield f"{path or '/'} = {value!r}"


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, str):
        yield value


def test_the_walk_finds_placeholders() -> None:
    found = list(placeholders({"data": [{"code": "code", "url": "https://example.com/x"}, "demo@EXAMPLE.com"]}))
    assert found == ["/data/0/code = 'code'", "/data/0/url = 'https://example.com/x'", "/data/1 = 'demo@EXAMPLE.com'"]
    assert not list(placeholders({"url": "https://example.com/x"}, sent=frozenset({"https://example.com/x"})))


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


@pytest.fixture(scope="module")
def seeded(mock: MockServer) -> tuple[World, State]:
    return seed(mock), copy.deepcopy(mock.state)


@pytest.fixture(scope="module")
def client(mock: MockServer) -> Iterator[TokPortal]:
    with mock.client(max_retries=0) as sync_client:
        yield sync_client


def test_the_cases_cover_every_operation() -> None:
    assert sorted(case.operation_id for case in CASES) == sorted({op.operation_id for op in OPERATIONS.values()})


@pytest.mark.parametrize("case", CASES, ids=str)
def test_no_answer_is_a_placeholder(
    case: Any, mock: MockServer, seeded: tuple[World, State], client: TokPortal
) -> None:
    mock.reset()
    mock.state = copy.deepcopy(seeded[1])
    body = case.prepare(mock, seeded[0])
    result = case.run(client, seeded[0], body)
    answer = result.to_dict() if hasattr(result, "to_dict") else result
    sent = frozenset(text for request in mock.requests for text in strings(request.json))
    seeding = frozenset(text for request in seeded_requests(seeded[1]) for text in strings(request))
    found = list(placeholders(answer, sent=sent | seeding))
    assert not found, f"{case.operation_id} answered placeholders: {found}"
    assert not mock.violations


def seeded_requests(state: State) -> list[Any]:
    """What the seeding sent, as it is kept in the state (webhook URLs, comment texts, profiles)."""
    return [state.webhooks, state.comments, state.profiles]
