"""What the mock keeps and answers: recorded requests, contract violations, replies and error answers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Answer", "RecordedRequest", "Reply", "Violation"]


@dataclass(frozen=True)
class Violation:
    """A request (or, in the mock's self-check, a response) that does not fit the contract."""

    kind: Literal["request", "response"]
    operation_id: str | None
    """None when no operation of the contract has this method and path."""
    method: str
    path: str
    message: str
    """The validator's message."""

    def __str__(self) -> str:
        return f"{self.kind} {self.method} {self.path} ({self.operation_id or 'no operation'}): {self.message}"


@dataclass(frozen=True)
class RecordedRequest:
    """One request the mock received, and the status it answered."""

    method: str
    path: str
    """As sent, still percent-encoded."""
    query: tuple[tuple[str, str], ...]
    """Query parameters in order, repeated keys repeated (``dict(request.query)`` for single values)."""
    headers: Mapping[str, str] = field(repr=False)
    """Header names in lower case. Left out of ``repr()``: they carry the API key."""
    body: bytes = field(repr=False)
    json: Any = field(repr=False)
    """The body parsed as JSON, or None when it is not JSON."""
    operation_id: str | None
    status: int
    valid: bool
    """False when the request did not fit the contract (see ``MockServer.violations``)."""

    @property
    def idempotency_key(self) -> str | None:
        """The ``Idempotency-Key`` the request carried, if any."""
        return self.headers.get("idempotency-key")


@dataclass
class Reply:
    """An HTTP answer."""

    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


class Answer(Exception):
    """Raised by a business rule to answer a TokPortal error (``{"error": {code, message, details}}``)."""

    def __init__(self, status: int, code: str, message: str, details: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.error: dict[str, Any] = {"code": code, "message": message}
        if details is not None:
            self.error["details"] = dict(details)

    @property
    def code(self) -> str:
        return str(self.error["code"])

    def body(self) -> dict[str, Any]:
        return {"error": self.error}
