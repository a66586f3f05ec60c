"""The mock's object storage, served on the mock's own loopback server beside the API.

``uploadVideo`` / ``uploadImage`` grant a presigned ``PUT``: the ``upload_url`` points here, expires
(:attr:`Storage.ttl` seconds, 15 minutes by default) and carries a signature over the storage path, the expiry
and the declared ``Content-Type`` (HMAC-SHA256 with a key of this mock). A ``PUT`` is refused as a real bucket
refuses it (S3-style XML errors): ``SignatureDoesNotMatch`` (403) for a missing or wrong signature or another
``Content-Type``, ``AccessDenied`` (403) once expired or for a URL no grant issued, and ``InvalidRequest``
(400) when it carries an ``X-API-Key`` (storage needs no key: a client sending it there leaks it). The bytes
of an accepted ``PUT`` are stored (size and SHA-256 visible to the test, see :class:`PresignedUpload`) and
served back at the ``public_url`` (``GET``).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, unquote, urlsplit
from xml.sax.saxutils import escape

from ._records import Reply
from ._state import now

__all__ = ["PUBLIC_PREFIX", "STORAGE_PREFIX", "UPLOAD_PREFIX", "PresignedUpload", "Storage", "StoredObject"]

STORAGE_PREFIX = "/storage/v1/"
UPLOAD_PREFIX = STORAGE_PREFIX + "upload/"
PUBLIC_PREFIX = STORAGE_PREFIX + "object/public/"
UPLOAD_URL_TTL = 900.0
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class StoredObject:
    """Bytes the storage holds."""

    storage_path: str
    content_type: str | None
    size: int
    sha256: str
    content: bytes = field(repr=False)
    stored_at: str


@dataclass
class PresignedUpload:
    """One presigned upload granted by ``uploadVideo`` or ``uploadImage``, and what was ``PUT`` with it."""

    operation_id: str
    bundle_id: str
    filename: str
    content_type: str | None
    """The ``Content-Type`` declared to TokPortal: the ``PUT`` must carry the same."""
    storage_path: str
    public_url: str
    expires_at: float
    """Unix time after which the signed URL is refused."""
    stored: StoredObject | None = None

    @property
    def uploaded(self) -> bool:
        """Whether the bytes were ``PUT``."""
        return self.stored is not None

    @property
    def size(self) -> int | None:
        return self.stored.size if self.stored else None

    @property
    def sha256(self) -> str | None:
        """The hex SHA-256 of the stored bytes."""
        return self.stored.sha256 if self.stored else None

    @property
    def content(self) -> bytes | None:
        return self.stored.content if self.stored else None


def safe_name(filename: str) -> str:
    """A file name as a storage path segment."""
    return _UNSAFE.sub("-", filename.rsplit("/", 1)[-1]).strip(".-") or "upload"


class Storage:
    """Objects by storage path, and the presigned uploads granted so far (not thread-safe: the app locks)."""

    def __init__(self) -> None:
        self.origin = "http://127.0.0.1"
        """Scheme, host and port of the server (set by ``MockServer`` when it binds)."""
        self.ttl = UPLOAD_URL_TTL
        self._key = secrets.token_bytes(32)
        self.objects: dict[str, StoredObject] = {}
        self.grants: dict[str, PresignedUpload] = {}

    def reset(self) -> None:
        self.objects.clear()
        self.grants.clear()

    def public_url(self, storage_path: str) -> str:
        return self.origin + PUBLIC_PREFIX + quote(storage_path)

    def _signature(self, storage_path: str, expires: int, content_type: str | None) -> str:
        message = f"PUT\n{storage_path}\n{expires}\n{content_type or ''}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def grant(
        self, operation_id: str, storage_path: str, *, bundle_id: str, filename: str, content_type: str | None
    ) -> tuple[PresignedUpload, str]:
        """A presigned upload and its signed URL (the URL is a secret: it is not kept on the record)."""
        expires = int(time.time() + self.ttl)
        upload = PresignedUpload(
            operation_id, bundle_id, filename, content_type, storage_path, self.public_url(storage_path), expires
        )
        self.grants[storage_path] = upload
        signature = self._signature(storage_path, expires, content_type)
        url = f"{self.origin}{UPLOAD_PREFIX}{quote(storage_path)}?expires={expires}&signature={signature}"
        return upload, url

    def store(self, storage_path: str, content: bytes, content_type: str | None) -> StoredObject:
        stored = StoredObject(
            storage_path, content_type, len(content), hashlib.sha256(content).hexdigest(), content, now()
        )
        self.objects[storage_path] = stored
        return stored

    # -- HTTP ----------------------------------------------------------------------------------------------------

    def handle(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        """Answer a request under ``STORAGE_PREFIX`` (``headers`` with lower-case names)."""
        parts = urlsplit(target)
        path = unquote(parts.path)
        if path.startswith(PUBLIC_PREFIX) and method in ("GET", "HEAD"):
            stored = self.objects.get(path[len(PUBLIC_PREFIX) :])
            if stored is None:
                return _error(404, "NoSuchKey", "The specified key does not exist.")
            content = b"" if method == "HEAD" else stored.content
            reply = Reply(200, content, stored.content_type or "application/octet-stream")
            reply.headers["ETag"] = f'"{stored.sha256}"'
            return reply
        if not path.startswith(UPLOAD_PREFIX):
            return _error(404, "NoSuchKey", "The specified key does not exist.")
        if method != "PUT":
            return _error(405, "MethodNotAllowed", "Upload URLs take a PUT.")
        return self._put(path[len(UPLOAD_PREFIX) :], dict(parse_qsl(parts.query)), headers, body)

    def _put(self, storage_path: str, query: dict[str, str], headers: dict[str, str], body: bytes) -> Reply:
        if "x-api-key" in headers:
            return _error(
                400,
                "InvalidRequest",
                "Storage takes no API key: the signed URL authorizes the upload. Do not send X-API-Key here.",
            )
        expires = query.get("expires", "")
        content_type = headers.get("content-type")
        upload = self.grants.get(storage_path)
        expected = (
            self._signature(storage_path, int(expires), upload.content_type) if expires.isdigit() and upload else ""
        )
        if not expected or not hmac.compare_digest(expected, query.get("signature", "")):
            return _error(403, "SignatureDoesNotMatch", "The request signature does not match.")
        if time.time() >= int(expires):
            return _error(403, "AccessDenied", "Request has expired.")
        assert upload is not None
        if upload.content_type and (content_type or "").split(";")[0].strip() != upload.content_type:
            return _error(
                403, "SignatureDoesNotMatch", "The Content-Type differs from the one declared when the URL was issued."
            )
        upload.stored = self.store(storage_path, body, content_type)
        reply = Reply(200)
        reply.headers["ETag"] = f'"{upload.stored.sha256}"'
        return reply


def _error(status: int, code: str, message: str) -> Reply:
    xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code><Message>{escape(message)}</Message>'
    xml += "</Error>"
    return Reply(status, xml.encode(), "application/xml")
