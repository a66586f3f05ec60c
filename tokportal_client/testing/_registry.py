"""Business rules by operationId. An operation without one answers an example synthesized from its schema."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._call import Call

__all__ = ["HANDLERS", "Handler", "handles"]

Handler = Callable[[Call], Any]
"""Takes the validated call, returns the JSON body of the success answer (or raises ``Answer``)."""
HANDLERS: dict[str, Handler] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            if operation_id in HANDLERS:
                raise RuntimeError(f"two business rules for {operation_id}")
            HANDLERS[operation_id] = handler
        return handler

    return register
