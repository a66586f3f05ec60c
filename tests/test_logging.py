"""Tests for tokportal_client._logging: the INFO line, the DEBUG details, redaction, truncation, TOKPORTAL_LOG.

Pure unit tests: requests and responses are built in memory (nothing is sent), and every assertion about
secrets is made on the captured log output.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tokportal_client._generated.registry import OPERATIONS
from tokportal_client._logging import (
    MAX_BODY_CHARS,
    configure_from_env,
    log_attempt,
    parse_log_level,
)
from tokportal_client._redact import REDACTED, is_secret_name

API_KEY = "sk_live_9b1d7Qx3-NEVER-LOGGED"
BASE = "https://app.tokportal.com/api/ext"
README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def make_request(
    method: str,
    path: str,
    *,
    json_body: Any = None,
    content: bytes | Iterator[bytes] | None = None,
    headers: dict[str, str] | None = None,
    **kwargs: Any,
) -> httpx.Request:
    all_headers = {"X-API-Key": API_KEY, "User-Agent": "tokportal-client-python/0.1.0", **(headers or {})}
    return httpx.Request(method, BASE + path, headers=all_headers, json=json_body, content=content, **kwargs)


def make_response(
    request: httpx.Request,
    status: int = 200,
    *,
    json_body: Any = None,
    content: bytes | None = None,
    headers: dict[str, str] | None = None,
    request_id: str | None = "req_5KQ2",
) -> httpx.Response:
    all_headers = dict(headers or {})
    if request_id is not None:
        all_headers["X-TokPortal-Request-ID"] = request_id
    return httpx.Response(status, json=json_body, content=content, headers=all_headers, request=request)


@pytest.fixture
def debug_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger="tokportal_client")
    return caplog


@pytest.fixture
def info_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger="tokportal_client")
    return caplog


def our_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == "tokportal_client"]


# --- the INFO line ----------------------------------------------------------------------------------------


def test_one_info_line_per_attempt_with_method_path_status_time_attempt_and_request_id(
    info_log: pytest.LogCaptureFixture,
) -> None:
    request = make_request("GET", "/bundles/b_42", params={"expand": "videos"})
    log_attempt(request, make_response(request, json_body={"data": {"id": "b_42"}}), elapsed_ms=84.4, attempt=1)
    [record] = our_records(info_log)
    assert record.levelno == logging.INFO
    assert (
        record.getMessage()
        == "GET /api/ext/bundles/b_42?expand=videos -> 200 in 84 ms (attempt 1, request id req_5KQ2)"
    )
    assert (record.method, record.path, record.status_code, record.error) == (  # type: ignore[attr-defined]
        "GET",
        "/api/ext/bundles/b_42?expand=videos",
        200,
        None,
    )
    assert (record.elapsed_ms, record.attempt, record.request_id) == (84.4, 1, "req_5KQ2")  # type: ignore[attr-defined]


def test_the_info_line_of_a_failed_attempt_names_the_error(info_log: pytest.LogCaptureFixture) -> None:
    request = make_request("POST", "/bundles", json_body={"bundle_type": "account_only"})
    log_attempt(request, error=httpx.ConnectTimeout("timed out"), elapsed_ms=5000.2, attempt=3)
    error_status = make_response(request, 503, json_body={"error": {"code": "UNAVAILABLE"}}, request_id=None)
    log_attempt(request, error_status, elapsed_ms=7, attempt=2)
    first, second = (record.getMessage() for record in our_records(info_log))
    assert first == "POST /api/ext/bundles -> ConnectTimeout in 5000 ms (attempt 3, request id -)"
    assert second == "POST /api/ext/bundles -> 503 in 7 ms (attempt 2, request id -)"


def test_without_a_response_request_id_the_one_sent_is_shown(info_log: pytest.LogCaptureFixture) -> None:
    request = make_request("GET", "/me", headers={"X-Request-ID": "my-trace-7"})
    log_attempt(request, error=httpx.ReadError("reset"), elapsed_ms=3, attempt=1)
    assert "request id my-trace-7" in info_log.text


def test_nothing_is_logged_below_info(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="tokportal_client")
    request = make_request("GET", "/me")
    log_attempt(request, make_response(request, json_body={"data": {}}), elapsed_ms=1, attempt=1)
    assert our_records(caplog) == []


def test_at_info_no_record_has_a_header_value_or_a_body(info_log: pytest.LogCaptureFixture) -> None:
    request = make_request("POST", "/bundles", json_body={"title": "body-marker-1"}, headers={"Idempotency-Key": "k1"})
    response = make_response(request, 201, json_body={"data": {"title": "body-marker-2"}})
    log_attempt(request, response, elapsed_ms=1, attempt=1)
    assert len(our_records(info_log)) == 1
    for marker in ("body-marker-1", "body-marker-2", "tokportal-client-python", "k1 ", API_KEY):
        assert marker not in info_log.text


# --- the DEBUG details ------------------------------------------------------------------------------------


def test_debug_adds_headers_and_bodies_in_a_second_record(debug_log: pytest.LogCaptureFixture) -> None:
    request = make_request(
        "POST",
        "/bundles",
        json_body={"bundle_type": "account_and_videos", "country": "USA", "videos_quantity": 3},
        headers={"Idempotency-Key": "campaign-42-us"},
    )
    response = make_response(request, 201, json_body={"data": {"id": "b_1", "status": "pending_setup"}})
    log_attempt(request, response, elapsed_ms=120, attempt=1)
    info, debug = our_records(debug_log)
    assert (info.levelno, debug.levelno) == (logging.INFO, logging.DEBUG)
    lines = debug.getMessage().splitlines()
    assert lines[0] == "POST /api/ext/bundles (attempt 1)"
    assert "> idempotency-key: campaign-42-us" in lines
    assert "> x-api-key: [redacted]" in lines
    assert "< 201 Created" in lines
    assert "< x-tokportal-request-id: req_5KQ2" in lines
    sent = json.dumps({"bundle_type": "account_and_videos", "country": "USA", "videos_quantity": 3})
    assert f"> body ({len(request.content)} bytes): {sent}" in lines
    assert (
        f"< body ({len(response.content)} bytes): " + json.dumps({"data": {"id": "b_1", "status": "pending_setup"}})
        in lines
    )


def test_only_debug_records_carry_bodies(debug_log: pytest.LogCaptureFixture) -> None:
    request = make_request("POST", "/bundles", json_body={"title": "body-marker-1"})
    log_attempt(request, make_response(request, json_body={"t": "body-marker-2"}), elapsed_ms=1, attempt=1)
    log_attempt(request, error=httpx.ReadError("reset"), elapsed_ms=1, attempt=2)
    above_debug = [r.getMessage() for r in our_records(debug_log) if r.levelno > logging.DEBUG]
    at_debug = "\n".join(r.getMessage() for r in our_records(debug_log) if r.levelno == logging.DEBUG)
    assert len(above_debug) == 2 and "body-marker-1" in at_debug and "body-marker-2" in at_debug
    assert not any("body-marker" in message for message in above_debug)


def test_an_attempt_without_response_shows_the_error(debug_log: pytest.LogCaptureFixture) -> None:
    request = make_request("GET", "/me")
    log_attempt(request, error=httpx.ConnectError("[Errno 111] Connection refused"), elapsed_ms=2, attempt=1)
    assert "< no response: ConnectError: [Errno 111] Connection refused" in debug_log.text


# --- secrets ----------------------------------------------------------------------------------------------

# Each case: a request, the response TokPortal gives, the secrets that must not appear in the output, and
# neighbouring values that must (so that a test passing because nothing was logged is impossible).
SecretCase = tuple[httpx.Request, httpx.Response | Exception, list[str], list[str]]


WHOLE = "< body: [[redacted]: the whole response is secret]"
"""The DEBUG line of a response of an operation the registry marks sensitive."""


def case_webhook_endpoint() -> SecretCase:
    request = make_request("POST", "/webhooks", json_body={"url": "https://example.com/hook", "events": ["a.b"]})
    body = {"data": {"id": "we_81", "url": "https://example.com/hook", "signing_secret": "whsec_9f8e7d6c5b4a3f2e"}}
    return request, make_response(request, 201, json_body=body), ["whsec_9f8e7d6c5b4a3f2e", "we_81"], [WHOLE]


def case_revealed_credentials() -> SecretCase:
    request = make_request(
        "POST",
        "/accounts/acc_7/reveal-credentials",
        json_body={"acknowledge_support_forfeit": True, "policy_version": "managed-credential-reveal-v1"},
    )
    body = {
        "data": {
            "username": "brand.us.official",
            "password": "Hunter2-pass!",
            "email": "brand.us@tokmail.example",
            "email_password": "MailPass-991",
            "totp_secret": "JBSWY3DPEHPK3PXP",
            "login_hint": "an undocumented-field-value",
        }
    }
    secrets = ["brand.us.official", "Hunter2-pass!", "brand.us@tokmail.example", "MailPass-991", "JBSWY3DPEHPK3PXP"]
    return (
        request,
        make_response(request, json_body=body),
        [*secrets, "undocumented-field-value"],
        ["managed-credential-reveal-v1"],
    )


def case_verification_code() -> SecretCase:
    request = make_request("POST", "/accounts/acc_7/verification-code")
    body = {"data": {"code": "482913", "received_at": "2026-06-01T12:00:00Z"}}
    return request, make_response(request, json_body=body), ["482913"], ["/accounts/acc_7/verification-code"]


def case_upload_video() -> SecretCase:
    request = make_request("POST", "/upload/video", json_body={"filename": "a.mp4", "bundle_id": "b_1"})
    upload_url = "https://acct.r2.example/videos/b_1/a.mp4?X-Amz-Credential=AKIAEXAMPLE7&X-Amz-Signature=deadbeef0042"
    body = {"data": {"upload_url": upload_url, "public_url": "https://pub-1.r2.dev/videos/b_1/a.mp4"}}
    return (
        request,
        make_response(request, json_body=body),
        [upload_url, "AKIAEXAMPLE7", "deadbeef0042"],
        [WHOLE],
    )


def case_upload_image() -> SecretCase:
    request = make_request("POST", "/upload/image", json_body={"filename": "p.jpg", "content_type": "image/jpeg"})
    body = {
        "data": {
            "upload_url": "https://x.supabase.co/storage/v1/object/upload/sign/carousel/p.jpg?token=eyJhbGciOi.sig77",
            "token": "eyJhbGciOi.sig77",
            "storage_path": "carousel-images/org_1/b_1/p.jpg",
        }
    }
    return (
        request,
        make_response(request, json_body=body),
        ["eyJhbGciOi.sig77", "upload/sign/carousel"],
        [WHOLE],
    )


def case_analytics_report() -> SecretCase:
    request = make_request("POST", "/analytics/export/reports", json_body={"title": "Q3", "template": "agency"})
    body = {"data": {"token": "rpt_tok_5e6f7a8b9c", "url": "https://app.tokportal.com/r/rpt_tok_5e6f7a8b9c"}}
    return request, make_response(request, json_body=body), ["rpt_tok_5e6f7a8b9c"], [WHOLE]


def case_nested_and_camel_case() -> SecretCase:
    request = make_request("GET", "/accounts")
    body = {
        "data": [
            {"id": "acc_1", "social": {"credentials": {"login": "nested-login-1", "pin": "8842"}}},
            {"id": "acc_2", "signingSecret": "whsec_camelCase77", "items": [{"access_token": "at_deep_token_9"}]},
        ],
        "pagination": {"page": 1},
    }
    return (
        request,
        make_response(request, json_body=body),
        [
            "nested-login-1",
            "8842",
            "whsec_camelCase77",
            "at_deep_token_9",
        ],
        ["acc_1", "acc_2"],
    )


def case_api_key_echoed_in_an_error() -> SecretCase:
    request = make_request("GET", "/me")
    body = {"error": {"code": "AUTH_INVALID_KEY", "message": f"key {API_KEY} is not valid"}}
    return request, make_response(request, 401, json_body=body), [], ["AUTH_INVALID_KEY", "is not valid"]


def case_form_body() -> SecretCase:
    request = make_request(
        "POST",
        "/legacy/login",
        content=b"username=bob&password=Tr0ub4dor-3&client_secret=cs_live_123456",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    response = make_response(request, 204, request_id="req_form")
    return request, response, ["Tr0ub4dor-3", "cs_live_123456"], ["username=bob"]


def case_text_bodies() -> SecretCase:
    request = make_request("GET", "/legacy/page")
    html = b'<html><script>var cfg = {"token": "html_tok_123456", "user": "alice"};</script>'
    html += b"signing_secret=whsec_text99</html>"
    response = make_response(request, 500, content=html, headers={"Content-Type": "text/html"})
    return request, response, ["html_tok_123456", "whsec_text99"], ['"user": "alice"']


def case_signed_urls_anywhere() -> SecretCase:
    request = make_request("GET", "/account-bans", params={"include_screenshots": "true", "token": "qry_tok_42abc"})
    body = {"data": [{"id": "ban_1", "screenshot": "https://cdn.example/s/1.png?Expires=99&Signature=sg_abcdef12"}]}
    response = make_response(
        request,
        json_body=body,
        headers={"Location": "https://cdn.example/next?sig=loc_sig_7777&page=2"},
    )
    return (
        request,
        response,
        ["qry_tok_42abc", "sg_abcdef12", "loc_sig_7777"],
        [
            "include_screenshots=true",
            "https://cdn.example/s/1.png?Expires=99&Signature=[redacted]",
            "page=2",
        ],
    )


def case_multipart_upload() -> SecretCase:
    request = make_request(
        "POST",
        "/upload/video/direct",
        files={"file": ("clip.mp4", b"FILE-BYTES-" * 100, "video/mp4")},
        data={"bundle_id": "b_1"},
    )
    request.read()
    response = make_response(request, json_body={"data": {"public_url": "https://pub/v1.mp4"}})
    return request, response, ["FILE-BYTES-", "clip.mp4"], [f"> body ({len(request.content)} bytes): [multipart/"]


def case_streamed_upload() -> SecretCase:
    def chunks() -> Iterator[bytes]:
        yield b"STREAMED-SECRET-BYTES"

    request = make_request("POST", "/upload/video/direct", content=chunks())
    return (
        request,
        httpx.ReadError("reset"),
        ["STREAMED-SECRET-BYTES"],
        ["> body (size unknown): [streamed, not logged]"],
    )


def case_binary_response() -> SecretCase:
    request = make_request("GET", "/exports/raw")
    raw = b"\x89PNG\r\n\x1a\nBINARY-MARKER" + bytes(range(256))
    response = make_response(request, content=raw, headers={"Content-Type": "application/octet-stream"})
    return request, response, ["BINARY-MARKER"], [f"< body ({len(raw)} bytes): [application/octet-stream, not logged]"]


def case_signed_url_in_an_error_message() -> SecretCase:
    request = make_request("PUT", "/presigned")
    error = httpx.ConnectError(f"could not reach https://acct.r2.example/v.mp4?X-Amz-Signature=err_sig_31337 {API_KEY}")
    return (
        request,
        error,
        ["err_sig_31337"],
        ["< no response: ConnectError: could not reach https://acct.r2.example/v.mp4?"],
    )


SECRET_CASES = {
    name.removeprefix("case_"): function
    for name, function in globals().items()
    if name.startswith("case_") and callable(function)
}


def sensitive(request: httpx.Request) -> bool:
    """The registry's flag for the operation of ``request`` (as the client passes it)."""
    for op in OPERATIONS.values():
        pattern = re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(op.path))
        if op.method == request.method and re.search(f"{pattern}$", request.url.path):
            return op.sensitive
    return False


@pytest.mark.parametrize("case", SECRET_CASES)
def test_no_secret_ever_reaches_the_log(case: str, debug_log: pytest.LogCaptureFixture) -> None:
    request, outcome, secrets, shown = SECRET_CASES[case]()
    if isinstance(outcome, httpx.Response):
        log_attempt(request, outcome, elapsed_ms=10, attempt=1, sensitive=sensitive(request))
    else:
        log_attempt(request, error=outcome, elapsed_ms=10, attempt=1)
    output = debug_log.text
    for value in shown:
        assert value in output, value
    for secret in [API_KEY, *secrets]:
        assert secret not in output, secret
    assert REDACTED in output


def test_idempotency_keys_and_request_ids_are_not_redacted(debug_log: pytest.LogCaptureFixture) -> None:
    request = make_request("POST", "/bundles", json_body={}, headers={"Idempotency-Key": "idem-123456789"})
    log_attempt(request, make_response(request, 201, request_id="req_visible_77"), elapsed_ms=1, attempt=1)
    assert "> idempotency-key: idem-123456789" in debug_log.text
    assert "< x-tokportal-request-id: req_visible_77" in debug_log.text
    assert "request id req_visible_77" in debug_log.text


@pytest.mark.parametrize(
    ("name", "hidden"),
    [
        ("X-API-Key", True),
        ("signing_secret", True),
        ("signingSecret", True),
        ("Email-Password", True),
        ("totp_secret", True),
        ("verification_code", True),
        ("upload_url", True),
        ("token", True),
        ("credentials", True),
        ("otp", True),
        ("Idempotency-Key", False),
        ("X-TokPortal-Request-ID", False),
        ("code", False),
        ("public_url", False),
        ("storage_path", False),
        ("shotput", False),  # "otp" is matched only as a whole name
    ],
)
def test_which_names_are_secret(name: str, hidden: bool) -> None:
    assert is_secret_name(name) is hidden


def test_the_whole_response_of_a_sensitive_operation_is_never_logged(debug_log: pytest.LogCaptureFixture) -> None:
    sensitive = [op for op in OPERATIONS.values() if op.sensitive]
    assert sensitive
    for op in OPERATIONS.values():
        debug_log.clear()
        request = make_request(op.method, op.path)
        response = make_response(request, json_body={"data": {"shape_unknown": "s3cr3t-value-of-" + op.name}})
        log_attempt(request, response, elapsed_ms=1, attempt=1, sensitive=op.sensitive)
        assert ("s3cr3t-value-of-" in debug_log.text) is not op.sensitive, op.operation_id


# --- robustness and truncation ----------------------------------------------------------------------------


def test_long_bodies_are_cut_after_redaction(debug_log: pytest.LogCaptureFixture) -> None:
    request = make_request("GET", "/bundles")
    items = [{"id": f"b_{i}", "title": "x" * 50} for i in range(500)]
    response = make_response(request, json_body={"data": items})
    log_attempt(request, response, elapsed_ms=1, attempt=1)
    [body_line] = [line for line in debug_log.text.splitlines() if line.startswith("< body")]
    shown = len(body_line) - len(re.sub(r"^.*?\.\.\. \[\d+ more characters\]$", "", body_line))
    assert re.search(r"\.\.\. \[\d+ more characters\]$", body_line)
    assert MAX_BODY_CHARS <= shown <= MAX_BODY_CHARS + 40
    assert "b_0" in body_line and "b_499" not in body_line


def test_a_secret_across_the_cut_leaves_no_prefix(debug_log: pytest.LogCaptureFixture) -> None:
    request = make_request("GET", "/legacy/page")
    prefix_length = len(f"< body ({MAX_BODY_CHARS * 2} bytes): ")
    filler = "y" * (MAX_BODY_CHARS - prefix_length - 8)
    text = (filler + API_KEY).ljust(MAX_BODY_CHARS * 2, "z").encode()
    log_attempt(
        request, make_response(request, content=text, headers={"Content-Type": "text/plain"}), elapsed_ms=1, attempt=1
    )
    assert API_KEY[:8] not in debug_log.text
    assert "more characters]" in debug_log.text


def test_json_nested_too_deep_is_logged_without_failing(debug_log: pytest.LogCaptureFixture) -> None:
    request = make_request("GET", "/bundles")
    for content in (b"[" * 100_000 + b"]" * 100_000, json.dumps(_nested(60, {"password": "deep-pw-123"})).encode()):
        log_attempt(
            request,
            make_response(request, content=content, headers={"Content-Type": "application/json"}),
            elapsed_ms=1,
            attempt=1,
        )
    assert "deep-pw-123" not in debug_log.text
    assert "[nested too deep]" in debug_log.text


def _nested(depth: int, leaf: Any) -> Any:
    for _ in range(depth):
        leaf = {"child": leaf}
    return leaf


# --- TOKPORTAL_LOG ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "level"),
    [("info", logging.INFO), ("DEBUG", logging.DEBUG), (" Info ", logging.INFO), ("", None), (None, None)],
)
def test_parse_log_level(value: str | None, level: int | None) -> None:
    assert parse_log_level(value) == level


@pytest.mark.parametrize("value", ["verbose", "1", "warning"])
def test_an_unknown_value_is_ignored_with_a_warning(value: str) -> None:
    with pytest.warns(RuntimeWarning, match="TOKPORTAL_LOG=.* is ignored: expected one of info, debug"):
        assert parse_log_level(value) is None


@pytest.fixture
def pristine_logger() -> Iterator[logging.Logger]:
    """The tokportal_client logger as an application that configured no logging leaves it."""
    logger = logging.getLogger("tokportal_client")
    saved = (logger.level, list(logger.handlers))
    logger.setLevel(logging.NOTSET)
    logger.handlers.clear()
    yield logger
    logger.setLevel(saved[0])
    logger.handlers[:] = saved[1]


@contextlib.contextmanager
def no_root_handlers() -> Iterator[None]:
    """No handler on the root logger either (pytest adds its own for each test phase: put it back after)."""
    root = logging.getLogger()
    saved = list(root.handlers)
    root.handlers.clear()
    try:
        yield
    finally:
        root.handlers[:] = saved


def attempt_with_body() -> None:
    request = make_request("GET", "/bundles/b_1")
    log_attempt(request, make_response(request, json_body={"data": {"id": "b_1"}}), elapsed_ms=5, attempt=1)


@pytest.mark.parametrize(("value", "debug_shown"), [("info", False), ("debug", True)])
def test_the_variable_writes_to_the_stream(pristine_logger: logging.Logger, value: str, debug_shown: bool) -> None:
    stream = io.StringIO()
    with no_root_handlers():
        configure_from_env({"TOKPORTAL_LOG": value}, stream=stream)
        configure_from_env({"TOKPORTAL_LOG": value}, stream=stream)  # a second client: still one handler
        attempt_with_body()
    lines = stream.getvalue().splitlines()
    assert re.fullmatch(
        r"\S+ \S+ INFO tokportal_client: GET /api/ext/bundles/b_1 -> 200 in 5 ms .*req_5KQ2\)", lines[0]
    )
    assert ('"id": "b_1"' in stream.getvalue()) is debug_shown
    assert sum(line.startswith("< body") for line in lines) == (1 if debug_shown else 0)
    assert len(pristine_logger.handlers) == 1


def test_unset_or_unknown_changes_nothing(pristine_logger: logging.Logger) -> None:
    configure_from_env({})
    with pytest.warns(RuntimeWarning):
        configure_from_env({"TOKPORTAL_LOG": "loud"})
    assert (pristine_logger.level, pristine_logger.handlers) == (logging.NOTSET, [])


def test_the_applications_configuration_wins(pristine_logger: logging.Logger) -> None:
    pristine_logger.setLevel(logging.WARNING)
    configure_from_env({"TOKPORTAL_LOG": "debug"}, stream=io.StringIO())
    assert (pristine_logger.level, pristine_logger.handlers) == (logging.WARNING, [])


def test_with_root_handlers_only_the_level_is_set(pristine_logger: logging.Logger) -> None:
    stream = io.StringIO()
    root_handler = logging.StreamHandler(stream)
    logging.getLogger().handlers.append(root_handler)
    configure_from_env({"TOKPORTAL_LOG": "info"}, stream=io.StringIO())
    assert (pristine_logger.level, pristine_logger.handlers) == (logging.INFO, [])
    attempt_with_body()
    assert "GET /api/ext/bundles/b_1 -> 200" in stream.getvalue()


def test_the_variable_follows_a_change_once_set_up(pristine_logger: logging.Logger) -> None:
    with no_root_handlers():
        configure_from_env({"TOKPORTAL_LOG": "debug"}, stream=io.StringIO())
        configure_from_env({"TOKPORTAL_LOG": "info"}, stream=io.StringIO())
    assert pristine_logger.level == logging.INFO and len(pristine_logger.handlers) == 1


def test_os_environ_is_the_default(pristine_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOKPORTAL_LOG", "debug")
    configure_from_env(stream=io.StringIO())
    assert pristine_logger.level == logging.DEBUG


# --- the README sample ------------------------------------------------------------------------------------


def readme_sample(level: int) -> list[str]:
    """The README's sample lines, produced here by the functions themselves (timestamps left out)."""
    logger = logging.getLogger("tokportal_client")
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    saved = logger.level
    logger.addHandler(handler)
    logger.setLevel(level)
    try:
        if level == logging.INFO:  # a get_bundle; a create_bundle answered 503, then retried
            get = make_request("GET", "/bundles/b_42")
            body = {"data": {"id": "b_42", "status": "published"}}
            log_attempt(get, make_response(get, json_body=body, request_id="req_8d1"), elapsed_ms=84, attempt=1)
            bundle = make_request("POST", "/bundles", json_body={"bundle_type": "account_only", "country": "USA"})
            unavailable = make_response(bundle, 503, json_body={"error": {"code": "UNAVAILABLE"}}, request_id="req_8d2")
            log_attempt(bundle, unavailable, elapsed_ms=2012, attempt=1)
            log_attempt(
                bundle, make_response(bundle, 201, json_body={}, request_id="req_8d3"), elapsed_ms=131, attempt=2
            )
        else:  # a create_webhook_endpoint: its response carries the endpoint's signing secret (sensitive)
            create = httpx.Request(
                "POST",
                BASE + "/webhooks",
                headers={"X-API-Key": API_KEY, "X-TokPortal-Client": "tokportal-client-python/0.1.0"},
                json={"url": "https://example.com/webhooks/tokportal", "events": ["bundle.published"]},
            )
            created = {
                "data": {
                    "id": "we_81",
                    "url": "https://example.com/webhooks/tokportal",
                    "signing_secret": "whsec_1f2e3d",
                }
            }
            response = make_response(create, 201, json_body=created, request_id="req_8d4")
            log_attempt(
                create, response, elapsed_ms=131, attempt=1, sensitive=OPERATIONS["create_webhook_endpoint"].sensitive
            )
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved)
    return stream.getvalue().splitlines()


@pytest.mark.parametrize("level", [logging.INFO, logging.DEBUG], ids=["info", "debug"])
def test_the_readme_samples_are_what_the_functions_write(level: int) -> None:
    name = logging.getLevelName(level).lower()
    block = re.search(rf"<!-- logging-sample-{name} -->\n```text\n(.*?)```", README, re.S)
    assert block is not None, f"README: the Logging section's {name} sample"
    timestamp = r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} "
    assert [re.sub(timestamp, "", line) for line in block.group(1).splitlines()] == readme_sample(level)
