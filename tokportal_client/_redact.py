"""Secrets: the one table of secret names, and the functions that hide their values.

Used everywhere a value could leak: the request log (``_logging``), the ``repr()`` of models
(``_models_runtime``, and the model generator marking secret fields), the text of errors (``errors``) and of
upload errors (only the host of a signed URL is ever shown). Whole responses of the operations the registry
marks ``sensitive`` (their answer is a secret: revealed credentials, a verification code, a signing secret, a
signed upload URL) are never logged at all.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from typing import Any

import httpx

REDACTED = "[redacted]"
"""What stands in place of a hidden value, everywhere."""
_MIN_SCRUBBED_LENGTH = 6
_MAX_DEPTH = 40


@dataclass(frozen=True)
class Redactions:
    """What is never shown: in logs, in the ``repr()`` of models, in the text of errors. Names are compared
    after :func:`normalized_name` (lower case, letters and digits only), so ``signing_secret``,
    ``signingSecret`` and ``Signing-Secret`` are one name."""

    name_fragments: tuple[str, ...]
    """A header, JSON key (at any depth) or form field whose name contains one of these has its value
    replaced, whatever the value (a string, or a whole object such as ``credentials``)."""
    names: frozenset[str]
    """Names hidden only when matched whole: too short to be looked for inside other names."""
    url_query_fragments: tuple[str, ...]
    """In every URL the log shows (the request's own, header values, strings in bodies), the value of a query
    parameter whose name contains one of these is replaced: the signature of a presigned URL."""
    url_query_names: frozenset[str] = frozenset()
    """Query parameters hidden only when matched whole (``?code=`` of an OAuth-style callback, ``?pwd=``)."""
    sent_names: frozenset[str] = frozenset()
    """Names hidden whole only in what the client sends (request bodies and forms; query strings have
    ``url_query_names``): a ``code`` sent is a one-time code, while a ``code`` received names a country, a
    publish blocker or an error (``{"error": {"code": "RATE_LIMITED"}}``) and stays visible."""


REDACTIONS = Redactions(
    name_fragments=(
        "apikey",  # X-API-Key, api_key
        "authorization",
        "cookie",
        "secret",  # signing_secret (createWebhookEndpoint), totp_secret, client_secret
        "password",  # revealed credentials: password, email_password
        "passwd",
        "token",  # createAnalyticsReport's report token, upload tokens, access/refresh tokens
        "credential",  # a credentials object, as a whole
        "verificationcode",  # retrieveAccountVerificationCode
        "backupcode",
        "recoverycode",
        "totp",
        "twofactor",
        "privatekey",
        "uploadurl",  # uploadVideo / uploadImage: the presigned upload_url
        "signedurl",
        "authenticate",  # WWW-Authenticate, Proxy-Authenticate: a challenge can carry a realm's nonce
        "sessionid",  # X-Session-Id, session_id
    ),
    names=frozenset(
        {"otp", "otpcode", "mfa", "mfacode", "pin", "pincode", "pwd", "pass", "smscode", "2facode", "session"}
    ),
    url_query_fragments=("sig", "token", "credential", "key", "secret", "password", "passwd", "auth", "session"),
    url_query_names=frozenset({"pwd", "pass", "otp", "code", "pin"}),
    sent_names=frozenset({"code", "authcode", "smsotp"}),
)
"""The one table of secret names. In a log record, every value hidden by this table is also scrubbed from the
rest of the record (a report token repeated inside the report's ``url``, the API key echoed in an error
message); in an error's text, the values of secret names of its body are scrubbed the same way."""


def normalized_name(name: str) -> str:
    """How :data:`REDACTIONS` compares names: lower case, letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


@functools.lru_cache(maxsize=4096)  # the same few names come back in every item of a page
def is_secret_name(name: str, *, sent: bool = False) -> bool:
    """True when a header, JSON key or form field of this name is hidden; ``sent``: in what the client sends."""
    normal = normalized_name(name)
    return (
        normal in REDACTIONS.names
        or (sent and normal in REDACTIONS.sent_names)
        or any(fragment in normal for fragment in REDACTIONS.name_fragments)
    )


def is_secret_query_name(name: str) -> bool:
    normal = normalized_name(name)
    return normal in REDACTIONS.url_query_names or any(
        fragment in normal for fragment in REDACTIONS.url_query_fragments
    )


class Secrets:
    """Secret values found in a record (a log record, an error's text), removed from every line of it."""

    def __init__(self) -> None:
        self.values: set[str] = set()

    def add_headers(self, headers: httpx.Headers, *, any_length: bool = False) -> None:
        """The values of secret headers; ``any_length`` for the request's own (the API key, however short)."""
        for name, value in headers.multi_items():
            if is_secret_name(name):
                self.add(value, any_length=any_length)

    def add(self, value: Any, depth: int = 0, *, any_length: bool = False) -> None:
        if isinstance(value, str):
            if value and (any_length or len(value) >= _MIN_SCRUBBED_LENGTH):
                self.values.add(value)
                self.values.add(json.dumps(value, ensure_ascii=False)[1:-1])  # as it appears inside JSON text
        elif depth < _MAX_DEPTH and isinstance(value, dict | list):
            for item in value.values() if isinstance(value, dict) else value:
                self.add(item, depth + 1)

    def scrub(self, text: str) -> str:
        for value in sorted(self.values, key=len, reverse=True):
            text = text.replace(value, REDACTED)
        return text

    def scrub_data(self, data: Any, depth: int = 0) -> Any:
        """JSON-like ``data`` with every found value scrubbed from its strings (keys too), at any depth."""
        if not self.values:
            return data
        if isinstance(data, str):
            return self.scrub(data)
        if depth >= _MAX_DEPTH:
            return "[nested too deep]"
        if isinstance(data, dict):
            return {self.scrub(k) if isinstance(k, str) else k: self.scrub_data(v, depth + 1) for k, v in data.items()}
        if isinstance(data, list):
            return [self.scrub_data(item, depth + 1) for item in data]
        return data


def redacted(value: Any, depth: int = 0) -> Any:
    """JSON-like data with the values of secret names hidden, at any depth (for ``repr()``)."""
    if depth >= _MAX_DEPTH:
        return "[nested too deep]"
    if isinstance(value, dict):
        return {
            k: REDACTED if isinstance(k, str) and is_secret_name(k) else redacted(v, depth + 1)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redacted(item, depth + 1) for item in value]
    return value


def secrets_in(data: Any, depth: int = 0, found: Secrets | None = None) -> Secrets:
    """The values of secret names anywhere in JSON-like ``data``."""
    found = Secrets() if found is None else found
    if depth < _MAX_DEPTH and isinstance(data, dict):
        for key, value in data.items():
            if isinstance(key, str) and is_secret_name(key):
                found.add(value)
            else:
                secrets_in(value, depth + 1, found)
    elif depth < _MAX_DEPTH and isinstance(data, list):
        for item in data:
            secrets_in(item, depth + 1, found)
    return found


def host_only(url: httpx.URL) -> str:
    """What may be shown of a signed URL: its scheme and host."""
    return f"{url.scheme}://{url.host}"


def scrub_query(url: httpx.URL) -> httpx.URL:
    """``url`` with its userinfo dropped and the values of secret query parameters (:data:`REDACTIONS`) hidden."""
    if url.userinfo:
        url = url.copy_with(username=None, password=None)
    if not url.query:
        return url
    pairs = [(name, REDACTED if is_secret_query_name(name) else value) for name, value in url.params.multi_items()]
    return url.copy_with(params=pairs)


def scrub_url(text: str, url: httpx.URL) -> str:
    """``text`` without ``url``, its path or its query (an exception message could quote them)."""
    for secret in (str(url), url.query.decode("ascii", "replace"), url.path):
        if len(secret) > 1:
            text = text.replace(secret, "...")
    return text


__all__ = [
    "REDACTED",
    "REDACTIONS",
    "Redactions",
    "Secrets",
    "host_only",
    "is_secret_name",
    "is_secret_query_name",
    "normalized_name",
    "redacted",
    "scrub_query",
    "scrub_url",
    "secrets_in",
]
