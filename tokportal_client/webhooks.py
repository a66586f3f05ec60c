"""Verify TokPortal webhook deliveries and turn them into typed events.

TokPortal signs every delivery with the signing secret of the receiving endpoint::

    TokPortal-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>." + raw request body>

Always pass the *raw* request body: JSON that was parsed and serialised again does not verify.

Checks run in this order, and the first failure raises `WebhookVerificationError` with its `reason`:
secret (``invalid_secret``), header present (``missing_header``) and well formed (``malformed_header``),
signature (``no_matching_signature``), timestamp (``timestamp_out_of_tolerance``); `construct_event` then
checks the body (``invalid_payload``) and the event headers (``header_mismatch``).

`construct_event` takes the request's headers as any mapping the standard library or a web framework hands
over (`email.message.Message` from `http.server`, Starlette, Werkzeug/Flask, httpx, a plain dict), looked up
case-insensitively; a `TokPortal-Signature`, `TokPortal-Event-Id` or `TokPortal-Event-Type` header sent more
than once is malformed, whatever the values.

Header rules: entries are comma-separated ``key=value``; exactly one ``t`` (decimal digits); one to 8 ``v1``
entries, each 64 hex digits; other keys (such as ``v0``) are ignored, so a header without any ``v1`` is
malformed. Anything else (an entry without ``=``, a bad ``t`` or ``v1``, non-ASCII text, more than 4096
characters) is malformed.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json
import math
import re
import time
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Any, Protocol, TypeVar

import attrs

from ._generated.models.webhook_event_type import WebhookEventType
from .errors import TokPortalError

__all__ = [
    "DEFAULT_TOLERANCE",
    "EVENT_ID_HEADER",
    "EVENT_TYPE_HEADER",
    "SIGNATURE_HEADER",
    "HeaderMapping",
    "Payload",
    "VerificationFailure",
    "WebhookEvent",
    "WebhookEventType",
    "WebhookVerificationError",
    "construct_event",
    "generate_signature_header",
    "verify_signature",
]

SIGNATURE_HEADER = "TokPortal-Signature"
EVENT_ID_HEADER = "TokPortal-Event-Id"
EVENT_TYPE_HEADER = "TokPortal-Event-Type"
DEFAULT_TOLERANCE = 300
"""Seconds a signature timestamp may be away from the current time, in either direction."""

_MAX_HEADER_LENGTH = 4096
_MAX_SIGNATURES = 8
_TIMESTAMP = re.compile(r"[0-9]{1,15}")
_HEX_DIGEST = re.compile(r"[0-9a-fA-F]{64}")
_T = TypeVar("_T")

Payload = bytes | bytearray | memoryview | str
"""The raw request body; a `str` is encoded as UTF-8."""


class HeaderMapping(Protocol):
    """Request headers as frameworks hand them over: anything with ``items()`` yielding ``(name, value)`` pairs.

    That covers `dict`, `email.message.Message` (``BaseHTTPRequestHandler.headers``), `httpx.Headers` and the
    header objects of Starlette/FastAPI, Werkzeug/Flask, Django and aiohttp. When the object also offers a
    multi-value lookup (``get_all``, ``getlist``, ``get_list`` or ``getall``), it is used, so that a header
    sent twice is seen twice even where ``items()`` merges repeated headers.
    """

    def items(self) -> Iterable[tuple[str, Any]]: ...


class VerificationFailure(StrEnum):
    """Why a delivery was rejected (`WebhookVerificationError.reason`); members compare equal to their value."""

    MISSING_HEADER = "missing_header"
    MALFORMED_HEADER = "malformed_header"
    TIMESTAMP_OUT_OF_TOLERANCE = "timestamp_out_of_tolerance"
    NO_MATCHING_SIGNATURE = "no_matching_signature"
    INVALID_PAYLOAD = "invalid_payload"
    HEADER_MISMATCH = "header_mismatch"
    INVALID_SECRET = "invalid_secret"


class WebhookVerificationError(TokPortalError):
    """A webhook delivery could not be verified; answer it with a 400 and do not process it."""

    def __init__(self, reason: VerificationFailure, message: str) -> None:
        super().__init__(message)
        self.reason = reason

    def __repr__(self) -> str:
        return f"{type(self).__name__}(reason={self.reason.value!r}, message={str(self)!r})"


@attrs.frozen
class WebhookEvent:
    """A verified delivery. `type` is a `WebhookEventType`, or the plain string of a type this version does not know."""

    id: str
    type: WebhookEventType | str
    data: dict[str, Any]
    api_version: str | None = None
    created_at: datetime.datetime | None = None
    raw: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """The whole JSON envelope, including fields this version does not know."""


def verify_signature(
    payload: Payload,
    signature_header: str | bytes | None,
    secret: str | Sequence[str],
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Check the `TokPortal-Signature` header against the raw body; raise `WebhookVerificationError` if it fails.

    `secret` may be a list of secrets (during a rotation): the delivery passes when any of them matches.
    `tolerance` is a finite number of seconds >= 0 (anything else is a `ValueError` / `TypeError`).
    `now` (unix seconds) replaces the current time, for tests.
    """
    _verify(_raw_body(payload), signature_header, _secret_keys(secret), tolerance, now)


def construct_event(
    payload: Payload,
    headers_or_signature: HeaderMapping | str | bytes | None,
    secret: str | Sequence[str],
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """Verify a delivery and parse it into a `WebhookEvent`.

    `headers_or_signature` is the request's headers (a `HeaderMapping`: a dict, ``self.headers`` of an
    ``http.server`` handler, ``request.headers`` of Flask or Starlette, ...) or just the `TokPortal-Signature`
    value. When `TokPortal-Event-Id` / `TokPortal-Event-Type` are present, they must match the body's
    `id` / `type`. An argument of any other type raises `WebhookVerificationError` (``malformed_header``).
    """
    body = _raw_body(payload)
    keys = _secret_keys(secret)
    _check_clock(tolerance, now)
    event_id = event_type = None
    if headers_or_signature is None or isinstance(headers_or_signature, str | bytes):
        signature: str | bytes | None = headers_or_signature
    else:
        found = _read_headers(headers_or_signature, (SIGNATURE_HEADER, EVENT_ID_HEADER, EVENT_TYPE_HEADER))
        signature, event_id, event_type = found
    _verify(body, signature, keys, tolerance, now)
    event = _parse_event(body)
    if (event_id is not None and event_id != event.id) or (event_type is not None and event_type != event.raw["type"]):
        raise WebhookVerificationError(
            VerificationFailure.HEADER_MISMATCH,
            f"the {EVENT_ID_HEADER} / {EVENT_TYPE_HEADER} headers do not match the body's id / type",
        )
    return event


def generate_signature_header(payload: Payload, secret: str, *, timestamp: int | None = None) -> str:
    """Sign `payload` the way TokPortal does, to test your own receiver; `timestamp` defaults to now."""
    if not isinstance(secret, str):
        raise WebhookVerificationError(VerificationFailure.INVALID_SECRET, "secret must be a non-empty str")
    t = str(int(time.time()) if timestamp is None else int(timestamp))
    if not _TIMESTAMP.fullmatch(t):
        raise ValueError("timestamp must be a non-negative number of unix seconds")
    return f"t={t},v1={_sign(_secret_keys(secret)[0], t, _raw_body(payload)).hex()}"


def _raw_body(payload: Payload) -> bytes:
    if isinstance(payload, str):
        try:
            return payload.encode("utf-8")
        except UnicodeEncodeError as error:  # a lone surrogate: no bytes TokPortal could have signed
            raise WebhookVerificationError(
                VerificationFailure.INVALID_PAYLOAD,
                f"payload: the str body cannot be encoded as UTF-8 ({error.reason} at index {error.start}); "
                "pass the raw request body as bytes",
            ) from None
    if isinstance(payload, bytes | bytearray | memoryview):
        return bytes(payload)
    raise TypeError(
        f"payload must be the raw request body (bytes, bytearray, memoryview or str), not {type(payload).__name__}"
    )


def _check_clock(tolerance: object, now: object) -> None:
    """Refuse a tolerance or a clock that would make every timestamp pass (nan, inf) or none (negative)."""
    for name, value in (("tolerance", tolerance), ("now", now)):
        if name == "now" and value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"{name}: expected a number of seconds, got {type(value).__name__}")
        if not math.isfinite(value) or value < 0:
            raise ValueError(f"{name}: expected a finite number of seconds >= 0, got {value!r}")


def _secret_keys(secret: str | Sequence[str]) -> list[bytes]:
    secrets = [secret] if isinstance(secret, str) else secret
    if not isinstance(secrets, Sequence) or not secrets or not all(isinstance(s, str) and s for s in secrets):
        raise WebhookVerificationError(
            VerificationFailure.INVALID_SECRET, "secret must be a non-empty str or a non-empty list of them"
        )
    return [s.encode("utf-8") for s in secrets]


def _sign(key: bytes, timestamp: str, body: bytes) -> bytes:
    mac = hmac.new(key, timestamp.encode("ascii") + b".", hashlib.sha256)
    mac.update(body)
    return mac.digest()


def _malformed(message: str) -> WebhookVerificationError:
    return WebhookVerificationError(VerificationFailure.MALFORMED_HEADER, f"{SIGNATURE_HEADER} header: {message}")


def _parse_header(header: object) -> tuple[str, list[bytes]]:
    """Return the timestamp (as sent) and the v1 digests of a signature header."""
    if isinstance(header, bytes):
        header = header[: _MAX_HEADER_LENGTH + 1].decode("latin-1")
    if header is None:
        raise WebhookVerificationError(VerificationFailure.MISSING_HEADER, f"no {SIGNATURE_HEADER} header")
    if not isinstance(header, str):
        raise _malformed(f"expected str, got {type(header).__name__}")
    if len(header) > _MAX_HEADER_LENGTH or not header.isascii():
        raise _malformed(f"longer than {_MAX_HEADER_LENGTH} characters or not ASCII")
    if not header.strip():
        raise WebhookVerificationError(VerificationFailure.MISSING_HEADER, f"empty {SIGNATURE_HEADER} header")
    timestamp = None
    digests: list[bytes] = []
    for entry in header.split(","):
        key, equals, value = entry.strip().partition("=")
        if not equals:
            raise _malformed("an entry is not key=value")
        if key == "t":
            if timestamp is not None or not _TIMESTAMP.fullmatch(value):
                raise _malformed("'t' must appear once, as unix seconds")
            timestamp = value
        elif key == "v1":
            if not _HEX_DIGEST.fullmatch(value) or len(digests) == _MAX_SIGNATURES:
                raise _malformed(f"each 'v1' must be 64 hex digits, at most {_MAX_SIGNATURES} of them")
            digests.append(bytes.fromhex(value))
    if timestamp is None or not digests:
        raise _malformed("needs a 't' and at least one 'v1' entry")
    return timestamp, digests


def _verify(body: bytes, header: object, keys: list[bytes], tolerance: float, now: float | None) -> None:
    _check_clock(tolerance, now)
    timestamp, received = _parse_header(header)
    expected = [_sign(key, timestamp, body) for key in keys]
    if not any(hmac.compare_digest(e, r) for e in expected for r in received):
        raise WebhookVerificationError(
            VerificationFailure.NO_MATCHING_SIGNATURE,
            "no signature matches: wrong signing secret, or the body is not the raw request body",
        )
    skew = (time.time() if now is None else now) - int(timestamp)
    if abs(skew) > tolerance:
        raise WebhookVerificationError(
            VerificationFailure.TIMESTAMP_OUT_OF_TOLERANCE,
            f"signature timestamp {timestamp} is {abs(skew):.0f} s {'old' if skew > 0 else 'in the future'}"
            f" (tolerance {tolerance} s)",
        )


_MULTI_VALUE_LOOKUPS: tuple[tuple[str, tuple[Any, ...]], ...] = (
    ("get_all", ()),  # email.message.Message (http.server)
    ("getlist", ()),  # Werkzeug (Flask), Starlette (FastAPI)
    ("get_list", ()),  # httpx
    ("getall", ([],)),  # aiohttp, multidict (raises KeyError without the default)
)
"""Methods that return every value of one header, with the extra arguments they need."""


def _read_headers(headers: object, names: tuple[str, ...]) -> list[str | None]:
    """The value of each named header (None when absent); a header sent more than once is malformed."""
    try:
        found = _all_values(headers, names)
    except (AttributeError, KeyError, TypeError, ValueError):
        found = None
    if found is None:
        raise _malformed_headers(
            f"expected the request headers (a mapping, such as a dict or email.message.Message) or the "
            f"{SIGNATURE_HEADER} value, got {type(headers).__name__}"
        )
    values: list[str | None] = []
    for name in names:
        present = [_header_text(value) for value in found[name] if value is not None]
        if len(present) > 1:
            raise _malformed_headers(f"{name} header sent {len(present)} times")
        values.append(present[0] if present else None)
    return values


def _all_values(headers: object, names: tuple[str, ...]) -> dict[str, list[object]] | None:
    """Every value of each named header, by the object's multi-value lookup or else by ``items()``."""
    for method, extra in _MULTI_VALUE_LOOKUPS:
        lookup = getattr(headers, method, None)
        if callable(lookup):
            return {name: list(lookup(name, *extra) or ()) for name in names}
    items = getattr(headers, "items", None)
    if not callable(items):
        return None
    wanted = {name.lower(): name for name in names}
    found: dict[str, list[object]] = {name: [] for name in names}
    for key, value in items():
        if isinstance(key, str) and key.lower() in wanted:
            found[wanted[key.lower()]].append(value)
    return found


def _header_text(value: object) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)


def _malformed_headers(message: str) -> WebhookVerificationError:
    return WebhookVerificationError(VerificationFailure.MALFORMED_HEADER, message)


def _invalid_payload(message: str) -> WebhookVerificationError:
    return WebhookVerificationError(VerificationFailure.INVALID_PAYLOAD, message)


def _field(envelope: dict[str, Any], name: str, kind: type[_T]) -> _T | None:
    value = envelope.get(name)
    if value is None or isinstance(value, kind):
        return value
    raise _invalid_payload(f"'{name}' must be of type {kind.__name__}")


def _parse_event(body: bytes) -> WebhookEvent:
    try:
        envelope = json.loads(body)
    except (ValueError, RecursionError):
        raise _invalid_payload("the body is not valid JSON") from None
    if not isinstance(envelope, dict):
        raise _invalid_payload("the body is not a JSON object")
    event_id = _field(envelope, "id", str)
    event_type = _field(envelope, "type", str)
    data = _field(envelope, "data", dict)
    if not event_id or not event_type or data is None:
        raise _invalid_payload("the body needs a non-empty 'id' and 'type' and a 'data' object")
    created_at = _field(envelope, "created_at", str)
    try:
        created = None if created_at is None else datetime.datetime.fromisoformat(created_at)
    except ValueError:
        raise _invalid_payload("'created_at' is not an ISO 8601 date-time") from None
    member = WebhookEventType._value2member_map_.get(event_type)
    return WebhookEvent(
        id=event_id,
        type=member if isinstance(member, WebhookEventType) else event_type,
        data=data,
        api_version=_field(envelope, "api_version", str),
        created_at=created,
        raw=envelope,
    )
