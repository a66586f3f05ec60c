"""Tests for tokportal_client.webhooks: signature scheme, failure reasons, event parsing."""

from __future__ import annotations

import datetime
import email.message
import hashlib
import hmac
import json
import math
import textwrap
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs
import httpx
import pytest
from typecheck import mypy_errors

from tokportal_client.errors import TokPortalError
from tokportal_client.webhooks import (
    VerificationFailure,
    WebhookEvent,
    WebhookEventType,
    WebhookVerificationError,
    construct_event,
    generate_signature_header,
    verify_signature,
)

SECRET = "whsec_s3cr3t-DO-NOT-LEAK"
OLD_SECRET = "whsec_old-rotated-secret"
NOW = 1_780_000_000
ENVELOPE: dict[str, Any] = {
    "id": "evt_0123456789abcdef0123456789abcdef",
    "type": "bundle.published",
    "api_version": "2026-05-25",
    "created_at": "2026-06-01T12:00:00.000Z",
    "data": {"bundle_id": "b-1", "status": "published", "platform": "tiktok"},
}
BODY = json.dumps(ENVELOPE, separators=(",", ":")).encode()


def hand_digest(body: bytes, timestamp: int | str, secret: str = SECRET) -> str:
    """The scheme as the facts describe it, computed independently of the module under test."""
    return hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def header_for(body: bytes = BODY, timestamp: int = NOW, secret: str = SECRET) -> str:
    return f"t={timestamp},v1={hand_digest(body, timestamp, secret)}"


def accepted(*args: Any, **kwargs: Any) -> bool:
    """Run verify_signature; True when it accepts the delivery (it raises otherwise)."""
    kwargs.setdefault("now", NOW)
    verify_signature(*args, **kwargs)
    return True


def failure(*args: Any, **kwargs: Any) -> WebhookVerificationError:
    """Run verify_signature and return the error it must raise."""
    kwargs.setdefault("now", NOW)
    with pytest.raises(WebhookVerificationError) as info:
        verify_signature(*args, **kwargs)
    return info.value


def event_failure(*args: Any, **kwargs: Any) -> WebhookVerificationError:
    kwargs.setdefault("now", NOW)
    with pytest.raises(WebhookVerificationError) as info:
        construct_event(*args, **kwargs)
    return info.value


# --- the signature scheme ---------------------------------------------------------------------------------


def test_valid_delivery_with_bytes_payload() -> None:
    assert accepted(BODY, header_for(), SECRET)


def test_valid_delivery_with_str_payload_is_encoded_as_utf8() -> None:
    text = json.dumps({"id": "evt_1", "type": "webhook.test", "data": {"name": "Zoë 🎉"}}, ensure_ascii=False)
    header = header_for(text.encode("utf-8"))
    assert accepted(text, header, SECRET)
    assert failure(text.encode("latin-1", "replace"), header, SECRET).reason == "no_matching_signature"


def test_a_str_body_with_a_lone_surrogate_is_a_verification_error() -> None:
    text = '{"id": "evt_1", "name": "\ud800"}'
    for check in (
        lambda: verify_signature(text, header_for(), SECRET, now=NOW),
        lambda: construct_event(text, header_for(), SECRET, now=NOW),
    ):
        with pytest.raises(WebhookVerificationError) as raised:
            check()
        assert raised.value.reason == VerificationFailure.INVALID_PAYLOAD and SECRET not in str(raised.value)


def test_generate_signature_header_matches_hand_computed_hmac() -> None:
    header = generate_signature_header(BODY, SECRET, timestamp=NOW)
    assert header == f"t={NOW},v1={hand_digest(BODY, NOW)}"
    digest = header.split("v1=")[1]
    assert len(digest) == 64
    assert digest == digest.lower()


def test_generate_signature_header_round_trip_with_current_time() -> None:
    before = int(time.time())
    header = generate_signature_header("{}", SECRET)
    timestamp = int(header.split(",")[0].removeprefix("t="))
    assert before <= timestamp <= int(time.time())
    assert accepted("{}", header, SECRET, now=None)  # the real clock, default tolerance
    assert failure("{}", header, "another-secret", now=None).reason == "no_matching_signature"


def test_tampered_body_fails() -> None:
    tampered = BODY.replace(b"tiktok", b"tiktoK")
    assert failure(tampered, header_for(), SECRET).reason == VerificationFailure.NO_MATCHING_SIGNATURE


def test_reserialised_json_fails() -> None:
    reserialised = json.dumps(json.loads(BODY), indent=2).encode()
    assert json.loads(reserialised) == json.loads(BODY)
    assert failure(reserialised, header_for(), SECRET).reason == "no_matching_signature"


def test_wrong_secret_fails() -> None:
    assert failure(BODY, header_for(), "whsec_wrong").reason == "no_matching_signature"


def test_uppercase_hex_digest_is_accepted() -> None:
    assert accepted(BODY, f"t={NOW},v1={hand_digest(BODY, NOW).upper()}", SECRET)
    assert failure(BODY, f"t={NOW},v1={'A' * 64}", SECRET).reason == "no_matching_signature"


# --- rotation ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("signed_with", [SECRET, OLD_SECRET])
def test_rotation_accepts_any_listed_secret(signed_with: str) -> None:
    header = header_for(secret=signed_with)
    assert accepted(BODY, header, [SECRET, OLD_SECRET])
    assert accepted(BODY, header, (OLD_SECRET, SECRET))
    assert failure(BODY, header, ["whsec_a", "whsec_b"]).reason == "no_matching_signature"


def test_several_v1_entries_where_only_the_second_matches() -> None:
    header = f"t={NOW},v1={hand_digest(BODY, NOW, OLD_SECRET)},v1={hand_digest(BODY, NOW)}"
    assert accepted(BODY, header, SECRET)
    assert accepted(BODY, header, OLD_SECRET)
    assert failure(BODY, header, "whsec_other").reason == "no_matching_signature"


def test_unknown_entries_such_as_v0_are_ignored_next_to_v1() -> None:
    header = f"v0=abc,t={NOW},scheme=future,v1={hand_digest(BODY, NOW)}"
    assert accepted(BODY, header, SECRET)


# --- timestamps -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("offset", [-300, 0, 300, 299.5])
def test_timestamps_within_tolerance_pass(offset: float) -> None:
    assert accepted(BODY, header_for(), SECRET, now=NOW + offset)


@pytest.mark.parametrize("offset", [-301, 301, 300.001, 86_400])
def test_timestamps_beyond_tolerance_fail_in_both_directions(offset: float) -> None:
    err = failure(BODY, header_for(), SECRET, now=NOW + offset)
    assert err.reason == "timestamp_out_of_tolerance"
    assert ("old" if offset > 0 else "in the future") in str(err)


def test_custom_tolerance() -> None:
    assert accepted(BODY, header_for(), SECRET, now=NOW + 10, tolerance=10)
    assert failure(BODY, header_for(), SECRET, now=NOW + 11, tolerance=10).reason == "timestamp_out_of_tolerance"
    assert failure(BODY, header_for(), SECRET, now=NOW + 1, tolerance=0).reason == "timestamp_out_of_tolerance"


def test_negative_tolerance_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="tolerance"):
        verify_signature(BODY, header_for(), SECRET, now=NOW, tolerance=-1)


def test_forged_and_stale_reports_the_signature_first() -> None:
    assert failure(BODY, header_for(secret="forger"), SECRET, now=NOW + 9999).reason == "no_matching_signature"


# --- malformed and missing headers ------------------------------------------------------------------------


@pytest.mark.parametrize("header", [None, "", "   ", b""])
def test_missing_or_empty_header(header: str | bytes | None) -> None:
    assert failure(BODY, header, SECRET).reason == VerificationFailure.MISSING_HEADER


def test_v0_only_header_is_malformed() -> None:
    err = failure(BODY, f"t={NOW},v0={hand_digest(BODY, NOW)}", SECRET)
    assert err.reason == "malformed_header"
    assert "v1" in str(err)


GOOD_V1 = hand_digest(BODY, NOW)


@pytest.mark.parametrize(
    "header",
    [
        "garbage",
        "t=,v1=" + GOOD_V1,
        f"v1={GOOD_V1}",  # no timestamp
        f"t={NOW}",  # no signature
        f"t=abc,v1={GOOD_V1}",
        f"t=-{NOW},v1={GOOD_V1}",
        f"t={NOW}.5,v1={GOOD_V1}",
        f"t=+{NOW},v1={GOOD_V1}",
        f"t=\uff11\uff12\uff13,v1={GOOD_V1}",  # fullwidth digits are not ASCII
        f"t={'9' * 16},v1={GOOD_V1}",
        f"t={NOW},t={NOW},v1={GOOD_V1}",
        f"t={NOW},v1={GOOD_V1[:-1]}",
        f"t={NOW},v1={GOOD_V1}0",
        f"t={NOW},v1={'g' * 64}",
        f"t={NOW},v1=",
        f"t={NOW},v1={GOOD_V1},",  # trailing comma
        f"t={NOW},,v1={GOOD_V1}",
        f"t = {NOW},v1={GOOD_V1}",  # no spaces inside an entry
        f"t={NOW}," + ",".join(["v1=" + "0" * 64] * 8 + [f"v1={GOOD_V1}"]),  # more than 8 signatures
        f"t={NOW},v1={GOOD_V1},note=é",  # not ASCII
    ],
)
def test_garbage_headers_are_malformed(header: str) -> None:
    assert failure(BODY, header, SECRET).reason == "malformed_header"


def test_eight_signatures_are_still_accepted() -> None:
    header = f"t={NOW}," + ",".join(["v1=" + "0" * 64] * 7 + [f"v1={GOOD_V1}"])
    assert accepted(BODY, header, SECRET)


def test_spaces_around_entries_are_tolerated() -> None:
    assert accepted(BODY, f" t={NOW} , v1={GOOD_V1} ", SECRET)


def test_bytes_header_is_accepted_when_ascii() -> None:
    assert accepted(BODY, header_for().encode("ascii"), SECRET)
    assert failure(BODY, header_for().encode("ascii") + b",x=\xff", SECRET).reason == "malformed_header"


@pytest.mark.parametrize("header", [12345, ["t=1", "v1=x"], {"t": NOW}])
def test_non_string_header_is_malformed_not_a_type_error(header: Any) -> None:
    assert failure(BODY, header, SECRET).reason == "malformed_header"


@pytest.mark.parametrize("as_bytes", [False, True])
def test_huge_header_fails_fast(as_bytes: bool) -> None:
    huge = f"t={NOW}," + f"v1={GOOD_V1}," * 16_000  # about 1 MB
    assert len(huge) > 1_000_000
    err = failure(BODY, huge.encode() if as_bytes else huge, SECRET)
    assert err.reason == "malformed_header"
    assert len(str(err)) < 200


def test_header_length_cap_is_4096() -> None:
    padding = ",x=" + "a" * (4096 - len(header_for()) - 3)
    assert accepted(BODY, header_for() + padding, SECRET)
    assert failure(BODY, header_for() + padding + "a", SECRET).reason == "malformed_header"


# --- secrets ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "secret", ["", [], (), [""], [SECRET, ""], None, b"whsec_bytes", 123, [SECRET, None], {SECRET}]
)
def test_invalid_secret(secret: Any) -> None:
    assert failure(BODY, header_for(), secret).reason == "invalid_secret"
    assert event_failure(BODY, header_for(), secret).reason == "invalid_secret"


def test_invalid_secret_is_reported_before_header_problems() -> None:
    assert failure(BODY, None, "").reason == "invalid_secret"
    assert event_failure(BODY, {}, []).reason == "invalid_secret"


@pytest.mark.parametrize("secret", ["", None, [SECRET]])
def test_generate_signature_header_rejects_bad_secret(secret: Any) -> None:
    with pytest.raises(WebhookVerificationError) as info:
        generate_signature_header(BODY, secret, timestamp=NOW)
    assert info.value.reason == "invalid_secret"


def test_generate_signature_header_rejects_negative_timestamp() -> None:
    with pytest.raises(ValueError, match="timestamp"):
        generate_signature_header(BODY, SECRET, timestamp=-1)


@pytest.mark.parametrize(
    ("body", "header", "now"),
    [
        (BODY, header_for(), NOW + 1000),  # authentic but stale
        (BODY + b" ", header_for(), NOW),  # tampered
        (BODY, f"t={NOW},v0=1", NOW),  # malformed
        (BODY, None, NOW),  # missing
        (b"not json", header_for(b"not json"), NOW),  # invalid payload
    ],
)
def test_secret_and_expected_digest_never_appear_in_errors(body: bytes, header: str | None, now: int) -> None:
    with pytest.raises(WebhookVerificationError) as info:
        construct_event(body, header, [SECRET, OLD_SECRET], now=now)
    err = info.value
    expected = hand_digest(body, NOW)
    for text in (str(err), repr(err), str(err.args)):
        assert SECRET not in text
        assert OLD_SECRET not in text
        assert expected not in text
        assert expected.upper() not in text
    assert repr(err).startswith(f"WebhookVerificationError(reason='{err.reason}'")


def test_payload_must_be_raw_bytes_or_str() -> None:
    with pytest.raises(TypeError, match="raw request body"):
        verify_signature(ENVELOPE, header_for(), SECRET)  # type: ignore[arg-type]


def test_error_type_and_reasons() -> None:
    assert issubclass(WebhookVerificationError, TokPortalError)
    assert {r.value for r in VerificationFailure} == {
        "missing_header",
        "malformed_header",
        "timestamp_out_of_tolerance",
        "no_matching_signature",
        "invalid_payload",
        "header_mismatch",
        "invalid_secret",
    }
    assert isinstance(VerificationFailure.INVALID_PAYLOAD, str)
    assert str(VerificationFailure.INVALID_PAYLOAD) == "invalid_payload"


# --- construct_event --------------------------------------------------------------------------------------


class PlainHeaders(Mapping[str, str]):
    """A minimal read-only mapping, as some frameworks provide."""

    def __init__(self, items: dict[str, str]) -> None:
        self._items = items

    def __getitem__(self, key: str) -> str:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)


def delivery_headers(case: str = "canonical", body: bytes = BODY) -> dict[str, str]:
    headers = {
        "TokPortal-Signature": header_for(body),
        "TokPortal-Event-Id": json.loads(body)["id"],
        "TokPortal-Event-Type": json.loads(body)["type"],
        "Content-Type": "application/json",
    }
    conversions: dict[str, Callable[[str], str]] = {
        "canonical": lambda name: name,
        "lower": str.lower,
        "upper": str.upper,
        "title": str.title,
    }
    convert = conversions[case]
    return {convert(k): v for k, v in headers.items()}


@pytest.mark.parametrize(
    "headers",
    [
        delivery_headers("canonical"),
        delivery_headers("lower"),
        delivery_headers("upper"),
        delivery_headers("title"),  # werkzeug's EnvironHeaders spelling: Tokportal-Signature
        httpx.Headers(delivery_headers("canonical")),
        PlainHeaders(delivery_headers("lower")),
        {"tokportal-signature": header_for()},  # event headers are optional
        header_for(),  # just the signature value
        header_for().encode(),
    ],
    ids=["canonical", "lower", "upper", "title", "httpx", "mapping", "signature-only", "str", "bytes"],
)
def test_construct_event_from_headers_or_signature(headers: Any) -> None:
    event = construct_event(BODY, headers, SECRET, now=NOW)
    assert isinstance(event, WebhookEvent)
    assert event.id == "evt_0123456789abcdef0123456789abcdef"
    assert event.type is WebhookEventType.BUNDLE_PUBLISHED
    assert event.data == {"bundle_id": "b-1", "status": "published", "platform": "tiktok"}
    assert event.api_version == "2026-05-25"
    assert event.created_at == datetime.datetime(2026, 6, 1, 12, 0, tzinfo=datetime.UTC)
    assert event.raw == ENVELOPE


def test_construct_event_accepts_str_payload_and_rotation() -> None:
    headers = {"TokPortal-Signature": header_for(secret=OLD_SECRET)}
    event = construct_event(BODY.decode(), headers, [SECRET, OLD_SECRET], now=NOW)
    assert event.id == ENVELOPE["id"]


@pytest.mark.parametrize("headers", [{}, {"Content-Type": "application/json"}, None, {"TokPortal-Event-Id": "evt_1"}])
def test_construct_event_missing_signature(headers: Any) -> None:
    assert event_failure(BODY, headers, SECRET).reason == "missing_header"


def test_construct_event_verifies_with_the_mapping() -> None:
    headers = delivery_headers()
    headers["TokPortal-Signature"] = header_for(secret="forger")
    assert event_failure(BODY, headers, SECRET).reason == "no_matching_signature"
    assert event_failure(BODY, delivery_headers(), SECRET, now=NOW + 301).reason == "timestamp_out_of_tolerance"


def test_duplicate_signature_headers_are_malformed_even_with_equal_values() -> None:
    headers = {"TokPortal-Signature": header_for(), "tokportal-signature": header_for(secret=OLD_SECRET)}
    assert event_failure(BODY, headers, SECRET).reason == "malformed_header"
    same = {"TokPortal-Signature": header_for(), "tokportal-signature": header_for()}
    assert event_failure(BODY, same, SECRET).reason == "malformed_header"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("TokPortal-Event-Id", "evt_other"),
        ("TokPortal-Event-Id", ""),
        ("tokportal-event-type", "video.finalized"),
        ("TOKPORTAL-EVENT-TYPE", "Bundle.Published"),
    ],
)
def test_event_headers_must_match_the_body(name: str, value: str) -> None:
    headers = {"TokPortal-Signature": header_for(), name: value}
    assert event_failure(BODY, headers, SECRET).reason == "header_mismatch"


def signed_event(envelope: Any) -> WebhookEvent:
    body = json.dumps(envelope).encode()
    return construct_event(body, header_for(body), SECRET, now=NOW)


def test_unknown_event_type_stays_a_plain_string() -> None:
    body = json.dumps({"id": "evt_2", "type": "video.brand_new_thing", "data": {}}).encode()
    headers = {"TokPortal-Signature": header_for(body), "TokPortal-Event-Type": "video.brand_new_thing"}
    event = construct_event(body, headers, SECRET, now=NOW)
    assert type(event.type) is str
    assert event.type == "video.brand_new_thing"


@pytest.mark.parametrize("member", list(WebhookEventType))
def test_every_known_event_type_becomes_the_enum_member(member: WebhookEventType) -> None:
    event = signed_event({"id": "evt_3", "type": member.value, "data": {}})
    assert event.type is member


def test_webhook_test_event_and_optional_fields() -> None:
    event = signed_event({"id": "evt_test", "type": "webhook.test", "data": {}, "extra": [1, 2]})
    assert event.type is WebhookEventType.WEBHOOK_TEST
    assert event.api_version is None
    assert event.created_at is None
    assert event.raw["extra"] == [1, 2]


def test_null_optional_fields_and_offset_timestamps() -> None:
    event = signed_event({"id": "e", "type": "x.y", "data": {}, "api_version": None, "created_at": None})
    assert event.api_version is None
    assert event.created_at is None
    event = signed_event({"id": "e", "type": "x.y", "data": {}, "created_at": "2026-06-01T14:00:00+02:00"})
    assert event.created_at == datetime.datetime(2026, 6, 1, 12, 0, tzinfo=datetime.UTC)


def test_webhook_event_is_frozen() -> None:
    event = signed_event(ENVELOPE)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        event.id = "evt_other"  # type: ignore[misc]
    assert "raw=" not in repr(event)
    assert "evt_0123456789abcdef0123456789abcdef" in repr(event)


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"",
        b"\xff\xfe\x00garbage",
        b"[1, 2]",
        b'"evt"',
        b"null",
        b"[" * 100_000 + b"]" * 100_000,
        json.dumps({"type": "bundle.published", "data": {}}).encode(),
        json.dumps({"id": 42, "type": "bundle.published", "data": {}}).encode(),
        json.dumps({"id": "", "type": "bundle.published", "data": {}}).encode(),
        json.dumps({"id": "evt", "data": {}}).encode(),
        json.dumps({"id": "evt", "type": ["bundle.published"], "data": {}}).encode(),
        json.dumps({"id": "evt", "type": "bundle.published"}).encode(),
        json.dumps({"id": "evt", "type": "bundle.published", "data": None}).encode(),
        json.dumps({"id": "evt", "type": "bundle.published", "data": [1]}).encode(),
        json.dumps({"id": "evt", "type": "bundle.published", "data": {}, "api_version": 20260525}).encode(),
        json.dumps({"id": "evt", "type": "bundle.published", "data": {}, "created_at": "yesterday"}).encode(),
        json.dumps({"id": "evt", "type": "bundle.published", "data": {}, "created_at": 1780000000}).encode(),
    ],
)
def test_invalid_payload(body: bytes) -> None:
    assert event_failure(body, header_for(body), SECRET).reason == "invalid_payload"
    assert accepted(body, header_for(body), SECRET)  # the signature itself was fine


def test_invalid_payload_with_a_bad_signature_reports_the_signature() -> None:
    assert event_failure(b"not json", header_for(b"other"), SECRET).reason == "no_matching_signature"


# --- hostile or unusual arguments -------------------------------------------------------------------------


@pytest.mark.parametrize("tolerance", [math.nan, math.inf, -math.inf, -1, -0.5])
@pytest.mark.parametrize("check", ["verify_signature", "construct_event"])
def test_a_tolerance_that_is_not_a_finite_non_negative_number_is_refused(check: str, tolerance: float) -> None:
    function: Callable[..., object] = verify_signature if check == "verify_signature" else construct_event
    with pytest.raises(ValueError, match="tolerance: expected a finite number of seconds >= 0"):
        function(BODY, header_for(), SECRET, now=NOW + 10_000, tolerance=tolerance)


@pytest.mark.parametrize("check", ["verify_signature", "construct_event"])
def test_a_clock_that_is_not_finite_is_refused(check: str) -> None:
    function: Callable[..., object] = verify_signature if check == "verify_signature" else construct_event
    for now in (math.nan, math.inf):
        with pytest.raises(ValueError, match="now: expected a finite number"):
            function(BODY, header_for(), SECRET, now=now)


@pytest.mark.parametrize("tolerance", ["300", None, True])
def test_a_tolerance_that_is_not_a_number_is_a_type_error(tolerance: Any) -> None:
    with pytest.raises(TypeError, match="tolerance: expected a number of seconds"):
        verify_signature(BODY, header_for(), SECRET, now=NOW, tolerance=tolerance)


def test_a_bad_tolerance_is_reported_even_when_the_header_is_missing() -> None:
    with pytest.raises(ValueError, match="tolerance"):
        construct_event(BODY, {}, SECRET, tolerance=math.nan)


@pytest.mark.parametrize(
    "payload",
    [bytearray(BODY), memoryview(BODY), memoryview(b"xx" + BODY + b"yy")[2:-2], BODY.decode()],
    ids=["bytearray", "memoryview", "memoryview-slice", "str"],
)
def test_bytes_like_payloads_are_accepted(payload: bytes | bytearray | memoryview | str) -> None:
    assert accepted(payload, header_for(), SECRET)
    assert construct_event(payload, delivery_headers(), SECRET, now=NOW).id == ENVELOPE["id"]
    assert generate_signature_header(payload, SECRET, timestamp=NOW) == header_for()


def test_a_tampered_bytearray_still_fails() -> None:
    tampered = bytearray(BODY)
    tampered[-3] ^= 1
    assert failure(tampered, header_for(), SECRET).reason == "no_matching_signature"


class NoItems:
    def get(self, name: str) -> str:
        return header_for()


class ExplodingItems:
    def items(self) -> list[tuple[str, str]]:
        raise TypeError("not today")


@pytest.mark.parametrize(
    "headers",
    [12345, 3.5, object(), [("TokPortal-Signature", header_for())], ("t", "v1"), NoItems(), ExplodingItems()],
    ids=["int", "float", "object", "list-of-pairs", "tuple", "get-only", "items-raises"],
)
def test_a_header_argument_of_the_wrong_type_is_a_verification_error(headers: Any) -> None:
    err = event_failure(BODY, headers, SECRET)
    assert err.reason == VerificationFailure.MALFORMED_HEADER
    assert "expected the request headers" in str(err)


# --- header objects from the standard library and frameworks ----------------------------------------------
#
# Small look-alikes of the framework classes, with the methods and the semantics of the real ones
# (case-insensitive lookups; ``items()`` yields repeated headers, or merges them where the real one does).


class StarletteLikeHeaders(Mapping[str, str]):
    """Like starlette.datastructures.Headers: a Mapping over raw pairs, ``getlist`` for repeated headers."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._list = [(k.lower(), v) for k, v in pairs]

    def __getitem__(self, key: str) -> str:
        for k, v in self._list:
            if k == key.lower():
                return v
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(k for k, _ in self._list)

    def __len__(self) -> int:
        return len(self._list)

    def items(self) -> list[tuple[str, str]]:  # type: ignore[override]
        return list(self._list)

    def getlist(self, key: str) -> list[str]:
        return [v for k, v in self._list if k == key.lower()]


class WerkzeugLikeHeaders:
    """Like werkzeug.datastructures.Headers: not a Mapping; ``get``, ``getlist(key, type=None)``, ``items()``."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._list = list(pairs)

    def get(self, key: str, default: str | None = None) -> str | None:
        values = self.getlist(key)
        return values[0] if values else default

    def getlist(self, key: str, type: Callable[[str], Any] | None = None) -> list[Any]:
        values = [v for k, v in self._list if k.lower() == key.lower()]
        return [type(v) for v in values] if type is not None else values

    def items(self, lower: bool = False) -> Iterator[tuple[str, str]]:
        for k, v in self._list:
            yield (k.lower() if lower else k), v


class EnvironLikeHeaders(WerkzeugLikeHeaders):
    """Like werkzeug's EnvironHeaders: WSGI merges a repeated header into one comma-separated value."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        merged: dict[str, list[str]] = {}
        for k, v in pairs:
            merged.setdefault(k.title(), []).append(v)
        super().__init__([(k, ", ".join(vs)) for k, vs in merged.items()])


class MultiDictLikeHeaders:
    """Like aiohttp's CIMultiDictProxy: ``getall(key)`` raises KeyError unless given a default."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._list = list(pairs)

    def getall(self, key: str, *default: list[str]) -> list[str]:
        values = [v for k, v in self._list if k.lower() == key.lower()]
        if not values and not default:
            raise KeyError(key)
        return values or default[0]

    def items(self) -> list[tuple[str, str]]:
        return list(self._list)


def email_message(pairs: list[tuple[str, str]]) -> email.message.Message:
    """What ``BaseHTTPRequestHandler.headers`` is."""
    message = email.message.Message()
    for name, value in pairs:
        message[name] = value
    return message


def httpx_headers(pairs: list[tuple[str, str]]) -> httpx.Headers:
    return httpx.Headers(pairs)


HEADER_KINDS: dict[str, Callable[[list[tuple[str, str]]], Any]] = {
    "email.message": email_message,
    "starlette": StarletteLikeHeaders,
    "werkzeug": WerkzeugLikeHeaders,
    "werkzeug-environ": EnvironLikeHeaders,
    "aiohttp": MultiDictLikeHeaders,
    "httpx": httpx_headers,
    "dict": lambda pairs: dict(pairs),
}


def delivery_pairs(*extra: tuple[str, str]) -> list[tuple[str, str]]:
    return [*delivery_headers("lower").items(), *extra]


@pytest.mark.parametrize("kind", HEADER_KINDS)
def test_every_kind_of_header_object_verifies_a_delivery(kind: str) -> None:
    event = construct_event(BODY, HEADER_KINDS[kind](delivery_pairs()), SECRET, now=NOW)
    assert event.id == ENVELOPE["id"] and event.type is WebhookEventType.BUNDLE_PUBLISHED


@pytest.mark.parametrize("kind", HEADER_KINDS)
def test_every_kind_of_header_object_checks_signature_and_event_headers(kind: str) -> None:
    forged = [(k, header_for(secret="forger") if k == "tokportal-signature" else v) for k, v in delivery_pairs()]
    assert event_failure(BODY, HEADER_KINDS[kind](forged), SECRET).reason == "no_matching_signature"
    other_type = [(k, "video.finalized" if k == "tokportal-event-type" else v) for k, v in delivery_pairs()]
    assert event_failure(BODY, HEADER_KINDS[kind](other_type), SECRET).reason == "header_mismatch"
    assert event_failure(BODY, HEADER_KINDS[kind]([("Content-Type", "text/plain")]), SECRET).reason == (
        "missing_header"
    )


@pytest.mark.parametrize("kind", [kind for kind in HEADER_KINDS if kind != "dict"])  # a dict has no repeats
@pytest.mark.parametrize("second", [header_for(), header_for(secret=OLD_SECRET)], ids=["same", "different"])
@pytest.mark.parametrize("name", ["TokPortal-Signature", "TokPortal-Event-Id"])
def test_every_kind_of_header_object_refuses_a_repeated_header(kind: str, second: str, name: str) -> None:
    value = second if name == "TokPortal-Signature" else ENVELOPE["id"]
    err = event_failure(BODY, HEADER_KINDS[kind](delivery_pairs((name.upper(), value))), SECRET)
    if kind == "werkzeug-environ" and name == "TokPortal-Event-Id":
        # WSGI hands over "evt_1, evt_1": refused all the same, as a value that is not the body's id.
        assert err.reason == VerificationFailure.HEADER_MISMATCH
    else:
        assert err.reason == VerificationFailure.MALFORMED_HEADER


def test_construct_event_inside_an_http_server_handler_passes_mypy_strict() -> None:
    source = textwrap.dedent(
        """
            from http.server import BaseHTTPRequestHandler

            import httpx
            from tokportal_client.webhooks import WebhookEvent, construct_event


            class Receiver(BaseHTTPRequestHandler):
                def do_POST(self) -> None:
                    raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                    event: WebhookEvent = construct_event(raw, self.headers, "whsec_x")
                    construct_event(bytearray(raw), dict(self.headers.items()), ["whsec_x", "whsec_old"])
                    construct_event(memoryview(raw), httpx.Headers(self.headers.items()), "whsec_x")
                    construct_event(raw, self.headers["TokPortal-Signature"], "whsec_x", tolerance=60)
                    construct_event(raw, 42, "whsec_x")  # the one expected error
            """
    )
    errors = mypy_errors({"receiver.py": source})["receiver.py"]
    assert [line for line, _ in errors] == [15], errors  # the one expected error
    assert '"int"' in errors[0][1]
