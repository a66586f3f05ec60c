"""Request logging on the ``tokportal_client`` logger, with secrets redacted.

* ``INFO``: one line per finished attempt (:func:`log_attempt`): method, path, status or error, elapsed
  milliseconds, attempt number and request id. Never a header value or a body.
* ``DEBUG``: a second record with the request and response headers and bodies, redacted by the one table
  :data:`tokportal_client._redact.REDACTIONS` (the whole response of a ``sensitive`` operation hidden),
  each line then cut after :data:`MAX_BODY_CHARS` characters. Multipart, streamed and
  binary bodies are never logged, only their size.

Switch it on with the standard ``logging`` configuration of the ``tokportal_client`` logger, or with the
environment variable ``TOKPORTAL_LOG=info|debug`` (:func:`configure_from_env`, called when a client is built).
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import warnings
from collections.abc import Mapping
from typing import Any, TextIO

import httpx

from ._redact import REDACTED, Secrets, is_secret_name, is_secret_query_name

logger = logging.getLogger("tokportal_client")

ENV_VAR = "TOKPORTAL_LOG"
LEVELS: Mapping[str, int] = {"info": logging.INFO, "debug": logging.DEBUG}
"""Values of ``TOKPORTAL_LOG`` (case-insensitive) and the level each sets."""
MAX_BODY_CHARS = 4096
"""A line of the DEBUG record (a body, after redaction) is cut after this many characters."""
_MAX_DEPTH = 40


# --- TOKPORTAL_LOG ----------------------------------------------------------------------------------------


class _EnvHandler(logging.StreamHandler[TextIO]):
    """The stderr handler that ``TOKPORTAL_LOG`` adds (told apart from handlers the application added)."""


def parse_log_level(value: str | None) -> int | None:
    """The level ``TOKPORTAL_LOG`` asks for: None when unset or empty; a warning and None when unknown."""
    if value is None or not value.strip():
        return None
    level = LEVELS.get(value.strip().lower())
    if level is None:
        warnings.warn(
            f"{ENV_VAR}={value!r} is ignored: expected one of {', '.join(LEVELS)}", RuntimeWarning, stacklevel=3
        )
    return level


def configure_from_env(environ: Mapping[str, str] | None = None, *, stream: TextIO | None = None) -> None:
    """Apply ``TOKPORTAL_LOG`` (from ``environ``, default ``os.environ``) to the ``tokportal_client`` logger.

    The application's own configuration wins: when the logger already has a level or handlers of its own,
    nothing changes. Otherwise the logger gets the level, plus a handler writing to ``stream`` (default
    stderr) when no handler would receive its records (neither its own nor the root logger's). Cheap and
    idempotent: call it whenever a client is built.
    """
    level = parse_log_level((os.environ if environ is None else environ).get(ENV_VAR))
    if level is None:
        return
    if any(isinstance(handler, _EnvHandler) for handler in logger.handlers):
        logger.setLevel(level)  # set up by an earlier call: follow the variable
        return
    if logger.handlers or logger.level != logging.NOTSET:
        return
    logger.setLevel(level)
    if not logger.hasHandlers():
        handler = _EnvHandler(sys.stderr if stream is None else stream)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)


# --- one finished attempt ---------------------------------------------------------------------------------


def log_attempt(
    request: httpx.Request,
    response: httpx.Response | None = None,
    *,
    error: BaseException | None = None,
    elapsed_ms: float,
    attempt: int,
    host_only: bool = False,
    sensitive: bool = False,
) -> None:
    """Log one finished attempt of ``request``: one ``INFO`` line, and its details at ``DEBUG``.

    ``host_only`` (a request to a foreign host, such as the storage ``PUT`` to a signed URL): the record names
    the scheme and host only, never the path or the query. ``sensitive`` (the registry's flag: the answer is a
    secret as a whole): the DEBUG record never shows the response body.

    Pass the ``response`` when there was one (any status), else the ``error`` that ended the attempt.
    ``elapsed_ms`` is the attempt's duration, ``attempt`` its number (1 for the first).
    Does nothing (and costs almost nothing) when ``INFO`` is disabled.
    """
    if not logger.isEnabledFor(logging.INFO):
        return
    secrets = Secrets()
    secrets.add_headers(request.headers, any_length=True)  # the API key, however short
    if host_only:  # a signed URL is a secret as a whole: an error message quoting it, or its path, is scrubbed
        for part in (str(request.url), request.url.path, request.url.query.decode("ascii", "replace")):
            secrets.add(part)
    target = _clean(_target(request, host_only), secrets)
    status = response.status_code if response is not None else None
    error_name = type(error).__name__ if error is not None else None
    request_id = (response.headers.get("X-TokPortal-Request-ID") if response is not None else None) or (
        request.headers.get("X-Request-ID")
    )
    logger.info(
        "%s %s -> %s in %d ms (attempt %d, request id %s)",
        request.method,
        target,
        status if status is not None else error_name or "no response",
        round(elapsed_ms),
        attempt,
        request_id or "-",
        extra={
            "method": request.method,
            "path": target,
            "status_code": status,
            "error": error_name,
            "elapsed_ms": elapsed_ms,
            "attempt": attempt,
            "request_id": request_id,
        },
    )
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s", _details(request, response, error, attempt, secrets, target, sensitive))


def _target(request: httpx.Request, host_only: bool = False) -> str:
    if host_only:
        return f"{request.url.scheme}://{request.url.host}"
    query = request.url.query.decode("ascii", "replace")
    return request.url.path + (f"?{query}" if query else "")


def _details(
    request: httpx.Request,
    response: httpx.Response | None,
    error: BaseException | None,
    attempt: int,
    secrets: Secrets,
    target: str,
    sensitive: bool,
) -> str:
    """The DEBUG record: ``>`` lines are the request, ``<`` lines the response, as curl shows them."""
    # First every secret of the attempt is collected, so that each line can be scrubbed of all of them.
    request_body = _body_line(request.headers, _content(request), secrets, sent=True)
    response_body = None
    if response is not None:
        secrets.add_headers(response.headers)
        if sensitive:
            response_body = f"body: [{REDACTED}: the whole response is secret]"
        else:
            response_body = _body_line(response.headers, _content(response), secrets)
    lines = [f"{request.method} {target} (attempt {attempt})"]
    lines += [f"> {line}" for line in [*_header_lines(request.headers), request_body] if line is not None]
    if response is None:
        lines.append(f"< no response: {type(error).__name__}: {error}" if error is not None else "< no response")
    else:
        lines.append(f"< {response.status_code} {response.reason_phrase}".rstrip())
        lines += [f"< {line}" for line in [*_header_lines(response.headers), response_body] if line is not None]
    return "\n".join(_clean(line, secrets) for line in lines)


def _clean(line: str, secrets: Secrets) -> str:
    """Scrub a line of secrets and signed URLs, then cut it: in that order, so no part of a secret survives."""
    line = secrets.scrub(_redact_urls(line))
    if len(line) > MAX_BODY_CHARS:
        line = f"{line[:MAX_BODY_CHARS]}... [{len(line) - MAX_BODY_CHARS} more characters]"
    return line


def _header_lines(headers: httpx.Headers) -> list[str]:
    return [f"{name}: {REDACTED if is_secret_name(name) else value}" for name, value in headers.multi_items()]


def _content(message: httpx.Request | httpx.Response) -> bytes | None:
    """The body, or None when it was streamed (an upload from a file, a streamed response)."""
    try:
        return message.content
    except (httpx.RequestNotRead, httpx.ResponseNotRead):
        return None


def _body_line(headers: httpx.Headers, content: bytes | None, secrets: Secrets, *, sent: bool = False) -> str | None:
    if content is None:
        length = headers.get("Content-Length")
        return f"body ({f'{length} bytes' if length else 'size unknown'}): [streamed, not logged]"
    if not content:
        return None
    return f"body ({len(content)} bytes): {_body_text(headers, content, secrets, sent)}"


def _body_text(headers: httpx.Headers, content: bytes, secrets: Secrets, sent: bool) -> str:
    content_type = headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type.startswith("multipart/"):
        return f"[{content_type}, not logged]"
    text = _text(content, content_type)
    if text is None:
        return f"[{content_type or 'binary data'}, not logged]"
    if content_type == "application/x-www-form-urlencoded":
        return _redact_pairs(text, secrets, sent)
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python parses
        return _redact_text(text, secrets, sent)
    return json.dumps(_redact_json(data, secrets, sent), ensure_ascii=False)


_TEXT_TYPES = ("text/", "application/json", "application/xml", "application/x-www-form-urlencoded")


def _text(content: bytes, content_type: str) -> str | None:
    """The body as text, or None when it is binary."""
    if content_type.startswith(_TEXT_TYPES) or content_type.endswith(("+json", "+xml")):
        return content.decode("utf-8", "replace")
    if content_type:
        return None
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _redact_json(value: Any, secrets: Secrets, sent: bool, depth: int = 0) -> Any:
    if depth >= _MAX_DEPTH:
        return "[nested too deep]"
    if isinstance(value, dict):
        redacted: dict[str, Any] = {}
        for key, item in value.items():
            if is_secret_name(key, sent=sent):
                secrets.add(item)
                redacted[key] = REDACTED
            else:
                redacted[key] = _redact_json(item, secrets, sent, depth + 1)
        return redacted
    if isinstance(value, list):
        return [_redact_json(item, secrets, sent, depth + 1) for item in value]
    return value


def _redact_pairs(text: str, secrets: Secrets, sent: bool) -> str:
    """A form body (``name=value&...``) with the values of secret names hidden."""
    pairs = []
    for pair in text.split("&"):
        name, equals, value = pair.partition("=")
        if equals and is_secret_name(name, sent=sent):
            secrets.add(value)
            value = REDACTED
        pairs.append(f"{name}{equals}{value}")
    return "&".join(pairs)


# ``"name": "value"``, ``name=value`` or ``name: value`` in a body that is not JSON (an HTML or plain-text page).
_TEXT_PAIR = re.compile(r"""(["']?)([A-Za-z0-9_.\-]+)\1(\s*[:=]\s*)("(?:[^"\\]|\\.)*"|'[^']*'|[^\s&,;"'<>}\]]+)""")


def _redact_text(text: str, secrets: Secrets, sent: bool) -> str:
    def replace(match: re.Match[str]) -> str:
        quote, name, separator, value = match.groups()
        if not is_secret_name(name, sent=sent):
            return match.group(0)
        secrets.add(value.strip("\"'"))
        return f"{quote}{name}{quote}{separator}{REDACTED}"

    return _TEXT_PAIR.sub(replace, text)


# A URL with a query string, or a bare ``?query`` (the logged request target).
_URL_QUERY = re.compile(r"""(?:https?://[^\s"'<>?#]*)?\?[^\s"'<>#]+""")


# The userinfo of a URL (``https://user:password@host``): hidden as a whole.
_URL_USERINFO = re.compile(r"""(\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^\s"'<>/?#@]+@""")


def _redact_urls(text: str) -> str:
    """Hide the values of signature-like query parameters in every URL of ``text`` (presigned URLs)."""

    def replace(match: re.Match[str]) -> str:
        base, _, query = match.group(0).partition("?")
        return f"{base}?{_redact_query(query)}"

    text = _URL_USERINFO.sub(rf"\1{REDACTED}@", text) if "@" in text else text
    return _URL_QUERY.sub(replace, text) if "?" in text else text


def _redact_query(query: str) -> str:
    parts = []
    for pair in query.split("&"):
        name, equals, _ = pair.partition("=")
        parts.append(f"{name}={REDACTED}" if equals and is_secret_query_name(name) else pair)
    return "&".join(parts)
