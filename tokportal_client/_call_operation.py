"""Call any operation by its operationId: ``client.call_operation("rewarmAccount", path={"id": ...})``.

This is how the command line, the agent tools and job engines reach the API without a method name of their own:
the name and the arguments are checked against the operation's record in the registry, then the generated method
is called, so the operation's own policy applies unchanged (idempotency key, replay safety, validation of every
value, parsing into its result type). Nothing here sends anything: :func:`prepare` returns the bound method and its
keyword arguments, and the clients call it (sync) or await it (async).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from ._runtime import Operation

__all__ = ["find_operation", "prepare", "prepare_pager"]


@cache
def _index() -> dict[str, Operation]:
    """Operations by operationId and by method name (``rewarmAccount`` and ``rewarm_account``)."""
    from ._generated.registry import OPERATIONS

    index: dict[str, Operation] = {}
    for operation in OPERATIONS.values():
        index[operation.operation_id] = operation
        index.setdefault(operation.name, operation)
    return index


def _closest(name: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(name, choices, n=1, cutoff=0.5)
    return f" (did you mean {close[0]!r}?)" if close else ""


def find_operation(operation_id: str) -> Operation:
    """The registry's record of ``operation_id`` (or of a method name), or ``ValueError`` naming the closest one."""
    if not isinstance(operation_id, str):
        raise TypeError(f"operation_id: expected a string, got {type(operation_id).__name__}")
    operation = _index().get(operation_id)
    if operation is None:
        ids = sorted(op.operation_id for op in _index().values())
        raise ValueError(f"operation_id: no operation {operation_id!r}{_closest(operation_id, ids)}")
    return operation


def _arguments(operation: Operation, location: str, values: Mapping[str, Any] | None) -> dict[str, Any]:
    """``path=`` or ``query=`` values by the API's names (or the method's), as the method's keyword arguments."""
    if values is None:
        values = {}
    if not isinstance(values, Mapping):
        raise TypeError(f"{location}: expected a mapping of parameter names to values, got {type(values).__name__}")
    declared = [p for p in operation.parameters if p.location == location]
    by_name = {p.name: p for p in declared} | {p.python_name: p for p in declared}
    arguments: dict[str, Any] = {}
    for name, value in values.items():
        parameter = by_name.get(name)
        if parameter is None:
            known = [p.name for p in declared]
            listed = ", ".join(known) if known else "none"
            raise ValueError(
                f"{location}: {operation.operation_id} has no {location} parameter {name!r}"
                f"{_closest(str(name), known)}; it takes: {listed}"
            )
        arguments[parameter.python_name] = value
    missing = [p.name for p in declared if p.required and p.python_name not in arguments]
    if missing:
        raise ValueError(f"{location}: {operation.operation_id} requires {', '.join(repr(m) for m in missing)}")
    return arguments


def _body_arguments(operation: Operation, body: object, method: Callable[..., Any]) -> dict[str, Any]:
    if operation.body == "json":
        return {"body": body} if body is not None else {}
    if operation.body == "multipart":
        if not isinstance(body, Mapping):
            raise TypeError(
                f"body: {operation.operation_id} is a multipart upload; pass its form fields as a mapping "
                "(a file as a path, bytes or a binary file object)"
            )
        import inspect

        fields = [n for n in inspect.signature(method).parameters if n not in ("options", "progress")]
        for name in body:
            if name not in fields:
                raise ValueError(
                    f"body: {operation.operation_id} has no form field {name!r}{_closest(str(name), fields)}"
                )
        return dict(body)
    if body is not None:
        raise ValueError(f"body: {operation.operation_id} takes no request body")
    return {}


def _method(resources: object, operation: Operation, name: str) -> Callable[..., Any]:
    method: Callable[..., Any] = getattr(getattr(resources, operation.tag), name)
    return method


def prepare(
    client: Any,
    operation_id: str,
    *,
    path: Mapping[str, Any] | None,
    query: Mapping[str, Any] | None,
    body: object,
    raw: bool,
) -> tuple[Callable[..., Any], dict[str, Any]]:
    """The generated method of ``operation_id`` on ``client`` (its raw-response twin with ``raw``) and the keyword
    arguments to call it with. Every name is checked here; every value by the method itself, before sending."""
    operation = find_operation(operation_id)
    resources = client.with_raw_response if raw else client
    method = _method(resources, operation, operation.name)
    arguments = _arguments(operation, "path", path) | _arguments(operation, "query", query)
    arguments |= _body_arguments(operation, body, method)
    return method, arguments


def prepare_pager(
    client: object, operation_id: str, *, path: Mapping[str, Any] | None, query: Mapping[str, Any] | None
) -> tuple[Callable[..., Any], dict[str, Any]]:
    """The ``iter_*`` pager method of a paginated list operation and its keyword arguments (``page`` and
    ``per_page`` are the pager's own: pass ``per_page=`` and ``max_items=`` to :meth:`iter_operation`)."""
    operation = find_operation(operation_id)
    if operation.iter_name is None:
        raise ValueError(f"operation_id: {operation.operation_id} is not a paginated list")
    arguments = _arguments(operation, "path", path) | _arguments(operation, "query", query)
    for own in ("page", "per_page"):
        if own in arguments:
            raise ValueError(f"query: {own!r} is set by the pager (pass per_page= to iter_operation)")
    return _method(client, operation, operation.iter_name), arguments
