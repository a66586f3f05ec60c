"""Uploads of any size: the presigned flow in one call, streamed from disk, with progress.

TokPortal takes media two ways:

* **presigned** (``upload_video`` / ``upload_image``): TokPortal answers a short-lived signed ``upload_url``
  and where the file will live (``public_url`` for a video, ``storage_path`` for an image); the bytes are
  then ``PUT`` to that URL with the declared ``Content-Type``. :func:`upload_video_file` and
  :func:`upload_image_file` (``client.uploads.upload_video_file(...)``) do both steps and return what the next
  call needs. :func:`put_file` is the second step alone.
* **direct** (``upload_video_direct``, ``upload_image_direct``, ``import_bundle_videos_csv``): a
  ``multipart/form-data`` POST to TokPortal, streamed by ``tokportal_client._upload_body.multipart_body``.

Either way the file is streamed in 64 KiB chunks (a path is never read whole; the async client reads in a
worker thread), goes out with a ``Content-Length``, and is sent again from its first byte when an attempt is
retried. ``progress(bytes_sent, total_bytes)`` is called as the bytes leave, from 0 at the start of every
attempt up to the file's size.

The ``PUT`` carries none of the client's headers (no API key, no ``X-TokPortal-*``, no ``Idempotency-Key``)
and no auth of the ``httpx`` client. A ``PUT`` of the same bytes is safe to repeat, so a 5xx, a timeout or a
dropped connection is retried with the client's :class:`~tokportal_client.RetryPolicy`. A signed URL is a
secret: it never appears in a message, a ``repr()`` or a log line; only its host does.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from ._generated.api.uploads import AsyncUploads as _GeneratedAsyncUploads
from ._generated.api.uploads import Uploads as _GeneratedUploads
from ._runtime import ad_hoc_operation
from ._upload_body import ProgressCallback, StreamingBody, check_progress, file_body
from ._upload_source import FileInput, UploadSource
from .errors import _NOT_SENT, APIConnectionError, APIStatusError, TokPortalError, error_for_response
from .retry import RetryPolicy, describe

if TYPE_CHECKING:
    from ._client import AsyncTokPortal, TokPortal
    from ._generated.models.upload_image_request import UploadImageRequestDict
    from ._generated.models.upload_purpose import UploadPurpose, UploadPurposeLiteral
    from ._generated.models.upload_video_request import UploadVideoRequestDict

logger: logging.Logger = logging.getLogger("tokportal_client")

DEFAULT_TIMEOUT = 30.0
# The same bytes PUT again leave the same object: replay-safe, like a write carrying an idempotency key.
_STORAGE_PUT = ad_hoc_operation("PUT", "/<signed upload URL>")
_STORAGE_CODE = re.compile(r"<Code>([A-Za-z0-9_.-]{1,64})</Code>")
_TOKEN = re.compile(r"[A-Za-z0-9_.-]{1,64}")


class UploadError(TokPortalError):
    """An upload failed at one of its steps; the message says which and why, and never holds the signed URL.

    Attributes:
        step: ``"upload_url"`` (TokPortal's answer held no usable upload URL) or ``"put"`` (storage refused or
            kept failing the ``PUT`` of the bytes).
        status_code: The storage's HTTP status, or None when no response came back.
        host: The host of the upload URL.
        storage_code: The storage's own error code (``AccessDenied``, ``SignatureDoesNotMatch``...) when it sent one.
    """

    def __init__(
        self, message: str, *, step: str, status_code: int | None, host: str | None, storage_code: str | None = None
    ) -> None:
        super().__init__(message)
        self.step = step
        self.status_code = status_code
        self.host = host
        self.storage_code = storage_code


@attrs.frozen(kw_only=True)
class _Uploaded:
    filename: str
    """The file name declared to TokPortal."""
    content_type: str
    """The ``Content-Type`` declared to TokPortal and sent with the bytes."""
    size_bytes: int
    request_id: str | None
    """TokPortal's request id for the call that gave the upload URL (quote it to support)."""
    extra: Mapping[str, Any] = attrs.field(repr=False, eq=False, hash=False)
    """Other fields of TokPortal's answer, newer than the contract (the upload URL left out)."""


@attrs.frozen(kw_only=True)
class VideoUpload(_Uploaded):
    """A video now in TokPortal's storage: pass ``public_url`` as ``video_url`` to ``configure_bundle_video``."""

    public_url: str
    storage_path: str | None = None
    """Present when TokPortal's answer names one."""


@attrs.frozen(kw_only=True)
class ImageUpload(_Uploaded):
    """An image now in TokPortal's storage: pass ``storage_path`` in ``carousel_images`` or as the
    account's ``profile_picture_url``."""

    storage_path: str
    public_url: str | None = None
    """Present when TokPortal's answer names one."""


# ------------------------------------------------------------------------------------------ the PUT alone


def put_file(
    http: httpx.Client,
    upload_url: str,
    file: FileInput | UploadSource,
    *,
    content_type: str | None = None,
    retry: RetryPolicy | None = None,
    progress: ProgressCallback | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
) -> None:
    """``PUT`` a file's bytes to a signed ``upload_url`` with ``http``, streamed, retried as ``retry`` allows.

    ``content_type`` defaults to the one of ``file`` (guessed from its name). Raises :class:`UploadError`.
    """
    url = _check_upload_url(upload_url)
    source = UploadSource.of(file, "file", content_type=content_type)
    try:
        body = file_body(source, progress=progress)
        request = _put_request(url, body, body.sync_stream(), timeout)
        policy = retry or RetryPolicy()
        attempt = 0
        while True:
            try:
                response = http.send(request, auth=None, follow_redirects=False)
            except httpx.TransportError as exc:
                error: TokPortalError = _connection_error(exc, url)
            else:
                if response.is_success:
                    return
                error = error_for_response(response)
            delay = _retry_delay(policy, error, attempt, url)
            if delay is None:
                raise _put_failed(error, url) from None
            time.sleep(delay)
            attempt += 1
    finally:
        if source is not file:
            source.close()


async def aput_file(
    http: httpx.AsyncClient,
    upload_url: str,
    file: FileInput | UploadSource,
    *,
    content_type: str | None = None,
    retry: RetryPolicy | None = None,
    progress: ProgressCallback | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
) -> None:
    """The async :func:`put_file`: the file is read in a worker thread, never in the event loop."""
    url = _check_upload_url(upload_url)
    source = await asyncio.to_thread(UploadSource.of, file, "file", content_type=content_type)
    try:
        body = file_body(source, progress=progress)
        request = _put_request(url, body, body.async_stream(), timeout)
        policy = retry or RetryPolicy()
        attempt = 0
        while True:
            try:
                response = await http.send(request, auth=None, follow_redirects=False)
            except httpx.TransportError as exc:
                error: TokPortalError = _connection_error(exc, url)
            else:
                if response.is_success:
                    return
                error = error_for_response(response)
            delay = _retry_delay(policy, error, attempt, url)
            if delay is None:
                raise _put_failed(error, url) from None
            await asyncio.sleep(delay)
            attempt += 1
    finally:
        if source is not file:
            source.close()


def _check_upload_url(upload_url: object) -> httpx.URL:
    """The URL, checked without ever echoing it (it is a secret)."""
    if not isinstance(upload_url, str):
        raise TypeError(f"upload_url: expected a string, got {type(upload_url).__name__}")
    try:
        url = httpx.URL(upload_url)
    except httpx.InvalidURL:
        raise ValueError("upload_url: not a valid URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError("upload_url: expected an http(s) URL")
    return url


def _put_request(
    url: httpx.URL, body: StreamingBody, content: Any, timeout: float | httpx.Timeout | None
) -> httpx.Request:
    """The PUT, built once for every attempt: only the body's own headers, nothing of the client's."""
    extensions = {"timeout": httpx.Timeout(timeout).as_dict()}
    return httpx.Request("PUT", url, headers=body.headers, content=content, extensions=extensions)


def _connection_error(exc: httpx.TransportError, url: httpx.URL) -> APIConnectionError:
    reason = _scrubbed(str(exc), url) or type(exc).__name__
    return APIConnectionError(
        f"PUT to {url.host}: {type(exc).__name__}: {reason}",
        method="PUT",
        url=f"{url.scheme}://{url.host}",
        sent=not isinstance(exc, _NOT_SENT),
    )


def _scrubbed(text: str, url: httpx.URL) -> str:
    """``text`` without the URL, its path or its query (an exception message could quote them)."""
    for secret in (str(url), url.query.decode("ascii", "replace"), url.path):
        if len(secret) > 1:
            text = text.replace(secret, "...")
    return text


def _retry_delay(policy: RetryPolicy, error: TokPortalError, attempt: int, url: httpx.URL) -> float | None:
    delay = policy.delay(error, attempt, _STORAGE_PUT)
    if delay is not None:
        logger.info(
            "retrying PUT to storage at %s: attempt %d of %d after %s, waiting %.2fs",
            url.host,
            attempt + 2,
            policy.max_retries + 1,
            describe(error),
            delay,
            extra={
                "method": "PUT",
                "host": url.host,
                "attempt": attempt + 2,
                "reason": describe(error),
                "delay": delay,
            },
        )
    return delay


def _put_failed(error: TokPortalError, url: httpx.URL) -> UploadError:
    host = url.host
    if not isinstance(error, APIStatusError):
        return UploadError(
            f"upload failed at step 'put': could not send the file to storage at {host} ({error})",
            step="put",
            status_code=None,
            host=host,
        )
    code = _storage_code(error.body)
    hint = {
        400: "storage refused the request; check the content type and the file",
        403: "the signed upload URL was refused: it may have expired or been used, or the Content-Type differs "
        "from the one declared; ask TokPortal for a new one",
    }.get(error.status_code, "storage kept failing; try again later" if error.status_code >= 500 else "")
    return UploadError(
        f"upload failed at step 'put': storage at {host} answered {error.status_code}"
        f"{f' {code}' if code else ''}{f': {hint}' if hint else ''}",
        step="put",
        status_code=error.status_code,
        host=host,
        storage_code=code,
    )


def _storage_code(body: object) -> str | None:
    """The storage's short error code (S3/GCS XML ``<Code>``, or a JSON ``error``/``code``); never its text."""
    if isinstance(body, dict):
        for key in ("code", "error", "Code"):
            value = body.get(key)
            if isinstance(value, str) and _TOKEN.fullmatch(value):
                return value
    elif isinstance(body, str):
        match = _STORAGE_CODE.search(body)
        if match:
            return match.group(1)
    return None


# ------------------------------------------------------------------------------ the presigned flow, one call


def upload_video_file(
    client: TokPortal,
    file: FileInput | UploadSource,
    *,
    bundle_id: str,
    content_type: str | None = None,
    progress: ProgressCallback | None = None,
) -> VideoUpload:
    """Ask TokPortal for a video upload URL (``upload_video``), stream the file there, and return its ``public_url``.

    Args:
        client: The client (``client.uploads.upload_video_file`` passes itself).
        file: A path, bytes, a binary file object or ``(filename, content[, content_type])``.
        bundle_id: The bundle the video is for.
        content_type: Declared to TokPortal and sent with the bytes; guessed from the file name by default.
        progress: Called as ``progress(bytes_sent, total_bytes)`` while the bytes leave.

    Raises:
        APIStatusError: TokPortal refused the upload (for example ``BadRequestError``).
        UploadError: TokPortal's answer had no upload URL, or storage refused or kept failing the ``PUT``.
    """
    _check_arguments(bundle_id, progress)
    source = UploadSource.of(file, "file", content_type=content_type)
    try:
        answer = client.with_raw_response.uploads.upload_video(body=_video_grant(source, bundle_id))
        grant = _Grant(answer.parsed.data, answer.request_id)
        result = grant.video(source)
        put_file(client._http, grant.upload_url, source, retry=client.retry, progress=progress, timeout=client.timeout)
        return result
    finally:
        if source is not file:
            source.close()


def upload_image_file(
    client: TokPortal,
    file: FileInput | UploadSource,
    *,
    bundle_id: str,
    content_type: str | None = None,
    purpose: UploadPurpose | UploadPurposeLiteral | None = None,
    progress: ProgressCallback | None = None,
) -> ImageUpload:
    """Ask TokPortal for an image upload URL (``upload_image``), stream the file there, return its ``storage_path``.

    Takes the same arguments as :func:`upload_video_file`, plus ``purpose`` (``"carousel"``, TokPortal's
    default, or ``"profile_picture"``).
    """
    _check_arguments(bundle_id, progress)
    source = UploadSource.of(file, "file", content_type=content_type)
    try:
        answer = client.with_raw_response.uploads.upload_image(body=_image_grant(source, bundle_id, purpose))
        grant = _Grant(answer.parsed.data, answer.request_id)
        result = grant.image(source)
        put_file(client._http, grant.upload_url, source, retry=client.retry, progress=progress, timeout=client.timeout)
        return result
    finally:
        if source is not file:
            source.close()


async def aupload_video_file(
    client: AsyncTokPortal,
    file: FileInput | UploadSource,
    *,
    bundle_id: str,
    content_type: str | None = None,
    progress: ProgressCallback | None = None,
) -> VideoUpload:
    """The async :func:`upload_video_file` (``await aclient.uploads.upload_video_file(...)``)."""
    _check_arguments(bundle_id, progress)
    source = await asyncio.to_thread(UploadSource.of, file, "file", content_type=content_type)
    try:
        answer = await client.with_raw_response.uploads.upload_video(body=_video_grant(source, bundle_id))
        grant = _Grant(answer.parsed.data, answer.request_id)
        result = grant.video(source)
        await aput_file(
            client._http, grant.upload_url, source, retry=client.retry, progress=progress, timeout=client.timeout
        )
        return result
    finally:
        if source is not file:
            source.close()


async def aupload_image_file(
    client: AsyncTokPortal,
    file: FileInput | UploadSource,
    *,
    bundle_id: str,
    content_type: str | None = None,
    purpose: UploadPurpose | UploadPurposeLiteral | None = None,
    progress: ProgressCallback | None = None,
) -> ImageUpload:
    """The async :func:`upload_image_file` (``await aclient.uploads.upload_image_file(...)``)."""
    _check_arguments(bundle_id, progress)
    source = await asyncio.to_thread(UploadSource.of, file, "file", content_type=content_type)
    try:
        answer = await client.with_raw_response.uploads.upload_image(body=_image_grant(source, bundle_id, purpose))
        grant = _Grant(answer.parsed.data, answer.request_id)
        result = grant.image(source)
        await aput_file(
            client._http, grant.upload_url, source, retry=client.retry, progress=progress, timeout=client.timeout
        )
        return result
    finally:
        if source is not file:
            source.close()


def _check_arguments(bundle_id: object, progress: object) -> None:
    check_progress(progress)
    if not isinstance(bundle_id, str):
        raise TypeError(f"bundle_id: expected a string, got {type(bundle_id).__name__}")
    if not bundle_id:
        raise ValueError("bundle_id: must not be empty")


def _video_grant(source: UploadSource, bundle_id: str) -> UploadVideoRequestDict:
    """The body of ``upload_video``: what will be sent, and where it belongs."""
    return {"filename": source.filename, "content_type": source.content_type, "bundle_id": bundle_id}


def _image_grant(
    source: UploadSource, bundle_id: str, purpose: UploadPurpose | UploadPurposeLiteral | None
) -> UploadImageRequestDict:
    """The body of ``upload_image``: what will be sent, where it belongs, and what for."""
    body: UploadImageRequestDict = {
        "filename": source.filename,
        "content_type": source.content_type,
        "bundle_id": bundle_id,
    }
    if purpose is not None:
        body["purpose"] = purpose
    return body


class _Grant:
    """TokPortal's answer to ``upload_video`` / ``upload_image``, read by field name (models may add fields)."""

    def __init__(self, data: Any, request_id: str | None) -> None:
        fields: dict[str, Any] = data.to_dict() if hasattr(data, "to_dict") else dict(data)
        self.request_id = request_id
        url = fields.pop("upload_url", None)
        if not isinstance(url, str) or not url:
            raise UploadError(
                "upload failed at step 'upload_url': TokPortal's answer holds no upload_url "
                f"(request {request_id}; a dry run does not create one)",
                step="upload_url",
                status_code=None,
                host=None,
            )
        self.upload_url = url
        self.fields = fields

    def text(self, name: str) -> str | None:
        value = self.fields.get(name)
        return value if isinstance(value, str) and value else None

    def required(self, name: str) -> str:
        value = self.text(name)
        if value is None:
            raise UploadError(
                f"upload failed at step 'upload_url': TokPortal's answer has no {name} (request {self.request_id}); "
                "nothing was uploaded",
                step="upload_url",
                status_code=None,
                host=None,
            )
        return value

    def _common(self, source: UploadSource) -> dict[str, Any]:
        extra = {k: v for k, v in self.fields.items() if k not in ("public_url", "storage_path")}
        return {
            "filename": source.filename,
            "content_type": source.content_type,
            "size_bytes": source.size,
            "request_id": self.request_id,
            "extra": extra,
        }

    def video(self, source: UploadSource) -> VideoUpload:
        return VideoUpload(
            public_url=self.required("public_url"), storage_path=self.text("storage_path"), **self._common(source)
        )

    def image(self, source: UploadSource) -> ImageUpload:
        return ImageUpload(
            storage_path=self.required("storage_path"), public_url=self.text("public_url"), **self._common(source)
        )


# ------------------------------------------------------------------------- attached to client.uploads


class UploadsMixin:
    """The one-call presigned uploads on ``client.uploads`` (sync)."""

    _client: TokPortal

    def upload_video_file(
        self,
        file: FileInput | UploadSource,
        *,
        bundle_id: str,
        content_type: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> VideoUpload:
        """Request a video upload URL, stream the file to it, and return its ``public_url``
        (see :func:`tokportal_client.uploads.upload_video_file`)."""
        return upload_video_file(self._client, file, bundle_id=bundle_id, content_type=content_type, progress=progress)

    def upload_image_file(
        self,
        file: FileInput | UploadSource,
        *,
        bundle_id: str,
        content_type: str | None = None,
        purpose: UploadPurpose | UploadPurposeLiteral | None = None,
        progress: ProgressCallback | None = None,
    ) -> ImageUpload:
        """Request an image upload URL, stream the file to it, and return its ``storage_path``
        (see :func:`tokportal_client.uploads.upload_image_file`)."""
        return upload_image_file(
            self._client, file, bundle_id=bundle_id, content_type=content_type, purpose=purpose, progress=progress
        )


class AsyncUploadsMixin:
    """The one-call presigned uploads on ``aclient.uploads`` (async)."""

    _client: AsyncTokPortal

    async def upload_video_file(
        self,
        file: FileInput | UploadSource,
        *,
        bundle_id: str,
        content_type: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> VideoUpload:
        """Request a video upload URL, stream the file to it, and return its ``public_url``."""
        return await aupload_video_file(
            self._client, file, bundle_id=bundle_id, content_type=content_type, progress=progress
        )

    async def upload_image_file(
        self,
        file: FileInput | UploadSource,
        *,
        bundle_id: str,
        content_type: str | None = None,
        purpose: UploadPurpose | UploadPurposeLiteral | None = None,
        progress: ProgressCallback | None = None,
    ) -> ImageUpload:
        """Request an image upload URL, stream the file to it, and return its ``storage_path``."""
        return await aupload_image_file(
            self._client, file, bundle_id=bundle_id, content_type=content_type, purpose=purpose, progress=progress
        )


class Uploads(UploadsMixin, _GeneratedUploads):
    """``client.uploads``: the upload operations of the contract, plus the presigned flow in one call."""


class AsyncUploads(AsyncUploadsMixin, _GeneratedAsyncUploads):
    """``aclient.uploads``: the upload operations of the contract, plus the presigned flow in one call."""


__all__ = [
    "AsyncUploads",
    "AsyncUploadsMixin",
    "FileInput",
    "ImageUpload",
    "ProgressCallback",
    "UploadError",
    "UploadSource",
    "Uploads",
    "UploadsMixin",
    "VideoUpload",
    "aput_file",
    "aupload_image_file",
    "aupload_video_file",
    "put_file",
    "upload_image_file",
    "upload_video_file",
]
