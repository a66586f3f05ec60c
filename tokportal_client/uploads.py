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
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, Unpack

import attrs
import httpx

from . import _core
from ._generated.api.uploads import AsyncUploads as _GeneratedAsyncUploads
from ._generated.api.uploads import Uploads as _GeneratedUploads
from ._runtime import RequestOptions
from ._settings import DEFAULT_TIMEOUT, _is_loopback
from ._upload_body import ProgressCallback, StreamingBody, check_progress, file_body
from ._upload_source import FileInput, UploadSource
from .errors import APIStatusError, TokPortalError, UploadError
from .retry import RetryPolicy

if TYPE_CHECKING:
    from ._generated.models.upload_image_request import UploadImageRequestDict
    from ._generated.models.upload_purpose import UploadPurpose, UploadPurposeLiteral
    from ._generated.models.upload_video_request import UploadVideoRequestDict

logger: logging.Logger = logging.getLogger("tokportal_client")

_STORAGE_CODE = re.compile(r"<Code>([A-Za-z0-9_.-]{1,64})</Code>")
_TOKEN = re.compile(r"[A-Za-z0-9_.-]{1,64}")


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
        _core.bind_deadline(http)
        exchange = _storage_exchange(url, body, retry, timeout, is_async=False)
        try:
            _core.send_sync(http, exchange)
        except TokPortalError as error:
            raise _put_failed(error, url) from None
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
        exchange = _storage_exchange(url, body, retry, timeout, is_async=True)
        try:
            await _core.send_async(http, exchange, None)
        except TokPortalError as error:
            raise _put_failed(error, url) from None
    finally:
        if source is not file:
            source.close()


def _storage_exchange(
    url: httpx.URL,
    body: StreamingBody,
    retry: RetryPolicy | None,
    timeout: float | httpx.Timeout | None,
    *,
    is_async: bool,
) -> _core.Exchange:
    request = _core.storage_request(url, body, timeout, is_async=is_async)
    return _core.Exchange(
        request, _core.STORAGE_PUT, policy=retry or RetryPolicy(), timeout=timeout, limiter=None, storage=True
    )


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
    if url.scheme == "http" and not _is_loopback(url.host):
        # the file (and the URL's signature) would cross the network in clear text
        raise ValueError(f"upload_url: plain http:// to {url.host} is refused; expected https:// (or a loopback host)")
    return url


def _put_failed(error: TokPortalError, url: httpx.URL) -> UploadError:
    if isinstance(error, UploadError):  # the file, not storage: it says which and why
        return error
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


class _HasUploads(Protocol):
    @property
    def uploads(self) -> Uploads: ...


class _HasAsyncUploads(Protocol):
    @property
    def uploads(self) -> AsyncUploads: ...


def _put_options(options: Mapping[str, Any]) -> RequestOptions:
    """Of a flow's per-call options, those that apply to the storage PUT: only its timeout (the others are
    TokPortal's: they go with the ``upload_video`` / ``upload_image`` call)."""
    return {"timeout": options["timeout"]} if "timeout" in options else {}


def upload_video_file(
    client: _HasUploads,
    file: FileInput | UploadSource,
    *,
    bundle_id: str,
    content_type: str | None = None,
    progress: ProgressCallback | None = None,
    **options: Unpack[RequestOptions],
) -> VideoUpload:
    """Ask TokPortal for a video upload URL (``upload_video``), stream the file there, and return its ``public_url``.

    Args:
        client: The client (``client.uploads.upload_video_file`` passes itself).
        file: A path, bytes, a binary file object or ``(filename, content[, content_type])``.
        bundle_id: The bundle the video is for.
        content_type: Declared to TokPortal and sent with the bytes; guessed from the file name by default.
        progress: Called as ``progress(bytes_sent, total_bytes)`` while the bytes leave.
        **options: The per-call options of every method (``timeout``, ``extra_headers``, ``request_id``,
            ``dry_run``, ...) for the ``upload_video`` call; ``timeout`` bounds each attempt of the
            ``PUT`` too.

    Raises:
        APIStatusError: TokPortal refused the upload (for example ``BadRequestError``).
        UploadError: TokPortal's answer had no upload URL, or storage refused or kept failing the ``PUT``.
    """
    return client.uploads.upload_video_file(
        file, bundle_id=bundle_id, content_type=content_type, progress=progress, **options
    )


def upload_image_file(
    client: _HasUploads,
    file: FileInput | UploadSource,
    *,
    bundle_id: str,
    content_type: str | None = None,
    purpose: UploadPurpose | UploadPurposeLiteral | None = None,
    progress: ProgressCallback | None = None,
    **options: Unpack[RequestOptions],
) -> ImageUpload:
    """Ask TokPortal for an image upload URL (``upload_image``), stream the file there, return its ``storage_path``.

    Takes the same arguments as :func:`upload_video_file`, plus ``purpose`` (``"carousel"``, TokPortal's
    default, or ``"profile_picture"``).
    """
    return client.uploads.upload_image_file(
        file, bundle_id=bundle_id, content_type=content_type, purpose=purpose, progress=progress, **options
    )


async def aupload_video_file(
    client: _HasAsyncUploads,
    file: FileInput | UploadSource,
    *,
    bundle_id: str,
    content_type: str | None = None,
    progress: ProgressCallback | None = None,
    **options: Unpack[RequestOptions],
) -> VideoUpload:
    """The async :func:`upload_video_file` (``await aclient.uploads.upload_video_file(...)``)."""
    return await client.uploads.upload_video_file(
        file, bundle_id=bundle_id, content_type=content_type, progress=progress, **options
    )


async def aupload_image_file(
    client: _HasAsyncUploads,
    file: FileInput | UploadSource,
    *,
    bundle_id: str,
    content_type: str | None = None,
    purpose: UploadPurpose | UploadPurposeLiteral | None = None,
    progress: ProgressCallback | None = None,
    **options: Unpack[RequestOptions],
) -> ImageUpload:
    """The async :func:`upload_image_file` (``await aclient.uploads.upload_image_file(...)``)."""
    return await client.uploads.upload_image_file(
        file, bundle_id=bundle_id, content_type=content_type, purpose=purpose, progress=progress, **options
    )


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


class Uploads(_GeneratedUploads):
    """``client.uploads``: the upload operations of the contract, plus the presigned flow in one call.

    Plugged in by the client's ``uploads`` attribute; it calls the client only through the
    :class:`~tokportal_client._runtime.Transport` methods (``request``, ``storage_put``), as any resource.
    """

    def upload_video_file(
        self,
        file: FileInput | UploadSource,
        *,
        bundle_id: str,
        content_type: str | None = None,
        progress: ProgressCallback | None = None,
        **options: Unpack[RequestOptions],
    ) -> VideoUpload:
        """Request a video upload URL, stream the file to it, and return its ``public_url``
        (see :func:`tokportal_client.uploads.upload_video_file`)."""
        _check_arguments(bundle_id, progress)
        source = UploadSource.of(file, "file", content_type=content_type)
        try:
            answer = self.upload_video(body=_video_grant(source, bundle_id), **options)
            grant = _Grant(answer.data, answer.request_id)
            result = grant.video(source)
            self._put(grant, source, progress, options)
            return result
        finally:
            if source is not file:
                source.close()

    def upload_image_file(
        self,
        file: FileInput | UploadSource,
        *,
        bundle_id: str,
        content_type: str | None = None,
        purpose: UploadPurpose | UploadPurposeLiteral | None = None,
        progress: ProgressCallback | None = None,
        **options: Unpack[RequestOptions],
    ) -> ImageUpload:
        """Request an image upload URL, stream the file to it, and return its ``storage_path``
        (see :func:`tokportal_client.uploads.upload_image_file`)."""
        _check_arguments(bundle_id, progress)
        source = UploadSource.of(file, "file", content_type=content_type)
        try:
            answer = self.upload_image(body=_image_grant(source, bundle_id, purpose), **options)
            grant = _Grant(answer.data, answer.request_id)
            result = grant.image(source)
            self._put(grant, source, progress, options)
            return result
        finally:
            if source is not file:
                source.close()

    def _put(
        self, grant: _Grant, source: UploadSource, progress: ProgressCallback | None, options: Mapping[str, Any]
    ) -> None:
        url = _check_upload_url(grant.upload_url)
        try:
            self._client.storage_put(url, file_body(source, progress=progress), _put_options(options))
        except TokPortalError as error:
            raise _put_failed(error, url) from None


class AsyncUploads(_GeneratedAsyncUploads):
    """``aclient.uploads``: the upload operations of the contract, plus the presigned flow in one call."""

    async def upload_video_file(
        self,
        file: FileInput | UploadSource,
        *,
        bundle_id: str,
        content_type: str | None = None,
        progress: ProgressCallback | None = None,
        **options: Unpack[RequestOptions],
    ) -> VideoUpload:
        """Request a video upload URL, stream the file to it, and return its ``public_url``."""
        _check_arguments(bundle_id, progress)
        source = await asyncio.to_thread(UploadSource.of, file, "file", content_type=content_type)
        try:
            answer = await self.upload_video(body=_video_grant(source, bundle_id), **options)
            grant = _Grant(answer.data, answer.request_id)
            result = grant.video(source)
            await self._put(grant, source, progress, options)
            return result
        finally:
            if source is not file:
                source.close()

    async def upload_image_file(
        self,
        file: FileInput | UploadSource,
        *,
        bundle_id: str,
        content_type: str | None = None,
        purpose: UploadPurpose | UploadPurposeLiteral | None = None,
        progress: ProgressCallback | None = None,
        **options: Unpack[RequestOptions],
    ) -> ImageUpload:
        """Request an image upload URL, stream the file to it, and return its ``storage_path``."""
        _check_arguments(bundle_id, progress)
        source = await asyncio.to_thread(UploadSource.of, file, "file", content_type=content_type)
        try:
            answer = await self.upload_image(body=_image_grant(source, bundle_id, purpose), **options)
            grant = _Grant(answer.data, answer.request_id)
            result = grant.image(source)
            await self._put(grant, source, progress, options)
            return result
        finally:
            if source is not file:
                source.close()

    async def _put(
        self, grant: _Grant, source: UploadSource, progress: ProgressCallback | None, options: Mapping[str, Any]
    ) -> None:
        url = _check_upload_url(grant.upload_url)
        try:
            await self._client.storage_put(url, file_body(source, progress=progress), _put_options(options))
        except TokPortalError as error:
            raise _put_failed(error, url) from None


__all__ = [
    "AsyncUploads",
    "FileInput",
    "ImageUpload",
    "ProgressCallback",
    "UploadError",
    "UploadSource",
    "Uploads",
    "VideoUpload",
    "aput_file",
    "aupload_image_file",
    "aupload_video_file",
    "put_file",
    "upload_image_file",
    "upload_video_file",
]
