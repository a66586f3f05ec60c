"""``call_operation`` reaches every operation of the registry, sync and async, against the mock.

Each case of the contract suite (``test_contract.CASES``: one per registry operation, with the state TokPortal
needs and the body it accepts) is first run on a recorder that notes the arguments the case gives the generated
method; those become the ``path=``, ``query=`` and ``body=`` of ``call_operation`` by the API's names. The call
must then produce exactly one request for that operation, valid against the contract, answered with a success
and parsed into the operation's result type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from tokportal_client import AsyncTokPortal, TokPortal
from tokportal_client._call_operation import find_operation
from tokportal_client._generated.registry import OPERATIONS as REGISTRY
from tokportal_client.testing import MockServer

from .conftest import World, mark
from .test_contract import BY_ID, CASES, Case, check_exchange, check_result


@dataclass
class Arguments:
    """What a case passed to the generated method: positional path values, keywords."""

    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


class Recorder:
    """Stands in for a client: ``recorder.<tag>.<method>(...)`` records its arguments and returns nothing."""

    def __init__(self) -> None:
        self.seen = Arguments()

    def __getattr__(self, tag: str) -> Any:
        recorder = self

        class Resource:
            def __getattr__(self, name: str) -> Any:
                def method(*args: Any, **kwargs: Any) -> None:
                    recorder.seen = Arguments(args, kwargs)

                return method

        return Resource()


def by_name(case: Case, world: World, body: Any) -> dict[str, Any]:
    """The case's arguments as ``call_operation`` takes them: path, query and body by the API's names."""
    recorder = Recorder()
    case.run(recorder, world, body)
    operation = find_operation(case.operation_id)
    path_names = [p.name for p in operation.parameters if p.location == "path"]
    query_names = {p.python_name: p.name for p in operation.parameters if p.location == "query"}
    path = dict(zip(path_names, recorder.seen.args, strict=True))
    query = {query_names[k]: v for k, v in recorder.seen.kwargs.items() if k in query_names}
    rest = {k: v for k, v in recorder.seen.kwargs.items() if k not in query_names}
    arguments: dict[str, Any] = {"path": path, "query": query}
    if operation.body == "multipart":
        arguments["body"] = rest
    elif "body" in rest:
        arguments["body"] = rest["body"]
    return arguments


def test_every_registry_operation_has_a_case() -> None:
    assert sorted(op.operation_id for op in REGISTRY.values()) == sorted(case.operation_id for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_call_operation_reaches_the_operation(
    case: Case, client: TokPortal, mock_api: MockServer, world: World
) -> None:
    body = case.prepare(mock_api, world)
    arguments = by_name(case, world, body)
    position = mark(mock_api)
    result = client.call_operation(case.operation_id, **arguments)
    check_exchange(mock_api, position, case.operation_id)
    check_result(result, find_operation(case.operation_id).result)


@pytest.mark.parametrize("case", CASES, ids=str)
async def test_async_call_operation_reaches_the_operation(case: Case, mock_api: MockServer, world: World) -> None:
    body = case.prepare(mock_api, world)
    arguments = by_name(case, world, body)
    aclient: AsyncTokPortal
    async with mock_api.async_client(max_retries=0) as aclient:
        position = mark(mock_api)
        raw = await aclient.call_operation(case.operation_id, raw=True, **arguments)
        check_exchange(mock_api, position, case.operation_id)
        check_result(raw.parsed, find_operation(case.operation_id).result)


@pytest.mark.parametrize("operation_id", sorted(op.operation_id for op in REGISTRY.values()))
def test_a_misspelled_operation_id_is_refused_naming_the_operation(
    operation_id: str, client: TokPortal, mock_api: MockServer
) -> None:
    position = mark(mock_api)
    with pytest.raises(ValueError) as caught:
        client.call_operation(operation_id + operation_id[-1])
    assert f"did you mean {operation_id!r}" in str(caught.value)
    assert mock_api.requests[position.requests :] == []


@pytest.mark.parametrize(
    ("operation_id", "location"),
    sorted({(op.operation_id, p.location) for op in REGISTRY.values() for p in op.parameters}),
)
def test_a_misspelled_parameter_is_refused_before_sending(
    operation_id: str, location: str, client: TokPortal, mock_api: MockServer
) -> None:
    """For every operation and each place it takes parameters: a parameter's name with its last letter doubled is
    a ValueError naming the parameter meant, and nothing reaches the mock."""
    operation = find_operation(operation_id)
    arguments: dict[str, dict[str, Any]] = {
        "path": {p.name: "x" for p in operation.parameters if p.location == "path"},
        "query": {},
    }
    meant = next(p.name for p in operation.parameters if p.location == location)
    arguments[location].pop(meant, None)
    arguments[location][meant + meant[-1]] = "x"
    position = mark(mock_api)
    with pytest.raises(ValueError) as caught:
        client.call_operation(operation_id, **arguments)
    assert f"did you mean {meant!r}" in str(caught.value)
    assert mock_api.requests[position.requests :] == []


def test_a_priced_write_called_twice_with_one_key_is_charged_once(
    client: TokPortal, mock_api: MockServer, world: World
) -> None:
    """Through call_operation, for each standard write the mock charges: the second call is a replay."""
    case = BY_ID["addVideoSlots"]
    body = case.prepare(mock_api, world)
    arguments = by_name(case, world, body)
    balance, debits = mock_api.state.credits, len([t for t in mock_api.state.transactions if t["amount"] < 0])
    first = client.call_operation("addVideoSlots", idempotency_key="slots-1", raw=True, **arguments)
    second = client.call_operation("addVideoSlots", idempotency_key="slots-1", raw=True, **arguments)
    assert not first.idempotent_replayed and second.idempotent_replayed
    assert second.parsed.to_dict() == first.parsed.to_dict()
    charged = [t for t in mock_api.state.transactions if t["amount"] < 0][debits:]
    assert len(charged) == 1 and mock_api.state.credits == balance + charged[0]["amount"] < balance
