"""The ``uploads`` operations: ``client.uploads``."""

from __future__ import annotations

from typing import Unpack, overload

from tokportal_client._runtime import (
    UNSET,
    AsyncAPIResource,
    FileInput,
    ProgressCallback,
    RequestOptions,
    SyncAPIResource,
    Unset,
    WriteOptions,
    async_to_raw_response,
    to_raw_response,
)

from ...models.presigned_image_upload_response import PresignedImageUploadResponse
from ...models.presigned_video_upload_response import PresignedVideoUploadResponse
from ...models.stored_image_response import StoredImageResponse
from ...models.upload_image_from_url_request import UploadImageFromUrlRequest, UploadImageFromUrlRequestDict
from ...models.upload_image_request import UploadImageRequest, UploadImageRequestDict
from ...models.upload_purpose import UploadPurpose, UploadPurposeLiteral
from ...models.upload_video_request import UploadVideoRequest, UploadVideoRequestDict
from ...models.uploaded_image_response import UploadedImageResponse
from ...models.uploaded_video_response import UploadedVideoResponse
from . import upload_image as _upload_image
from . import upload_image_direct as _upload_image_direct
from . import upload_image_from_url as _upload_image_from_url
from . import upload_video as _upload_video
from . import upload_video_direct as _upload_video_direct


class Uploads(SyncAPIResource):
    """Uploads operations."""

    @overload
    def upload_video(
        self,
        *,
        body: UploadVideoRequest,
        **options: Unpack[RequestOptions],
    ) -> PresignedVideoUploadResponse: ...

    @overload
    def upload_video(
        self,
        *,
        body: UploadVideoRequestDict,
        **options: Unpack[RequestOptions],
    ) -> PresignedVideoUploadResponse: ...

    def upload_video(
        self,
        *,
        body: UploadVideoRequest | UploadVideoRequestDict,
        **options: Unpack[RequestOptions],
    ) -> PresignedVideoUploadResponse:
        """Create a video upload URL

        ``POST /upload/video``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                UploadVideoRequest:
                    ``filename`` (str, required)
                    ``content_type`` (str)
                    ``bundle_id`` (str, required)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``.

        Returns:
            PresignedVideoUploadResponse

        Raises:
            BadRequestError: 400 Invalid upload request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal.

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            presigned_video_upload = client.uploads.upload_video(
                body={"filename": "media.mp4", "bundle_id": "9f3a7b2e-1c4d-4e8f-a5b6-7d9e0f1a2b3c"},
            )
        """

        return self._client.request(
            _upload_video.OPERATION,
            _upload_video.build_request(
                body=body,
            ),
            _upload_video.parse_response,
            options,
            raw=self._raw,
        )

    def upload_video_direct(
        self,
        *,
        file: FileInput,
        bundle_id: str,
        progress: ProgressCallback | None = None,
        **options: Unpack[WriteOptions],
    ) -> UploadedVideoResponse:
        """Upload a video file directly

        Uploads multipart/form-data directly through TokPortal and returns the public video URL.

        ``POST /upload/video/direct``.

        Args:
            file: A path, bytes, a binary file object or (filename, content[, content_type]), streamed from disk.
            bundle_id:
            progress: Called as ``progress(bytes_sent, total_bytes)`` while the file goes out (from 0 again on a retry).
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            UploadedVideoResponse

        Raises:
            BadRequestError: 400 Invalid upload.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            uploaded_video = client.uploads.upload_video_direct(file="path/to/file", bundle_id="<bundle_id>")
        """

        return self._client.request(
            _upload_video_direct.OPERATION,
            _upload_video_direct.build_request(
                file=file,
                bundle_id=bundle_id,
                progress=progress,
            ),
            _upload_video_direct.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def upload_image(
        self,
        *,
        body: UploadImageRequest,
        **options: Unpack[RequestOptions],
    ) -> PresignedImageUploadResponse: ...

    @overload
    def upload_image(
        self,
        *,
        body: UploadImageRequestDict,
        **options: Unpack[RequestOptions],
    ) -> PresignedImageUploadResponse: ...

    def upload_image(
        self,
        *,
        body: UploadImageRequest | UploadImageRequestDict,
        **options: Unpack[RequestOptions],
    ) -> PresignedImageUploadResponse:
        """Create an image upload URL

        ``POST /upload/image``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                UploadImageRequest:
                    ``filename`` (str, required)
                    ``content_type`` (str, required)
                    ``bundle_id`` (str, required)
                    ``purpose`` (UploadPurpose; one of `"carousel"`, `"profile_picture"`): What an uploaded image is
                        for (default carousel).
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``.

        Returns:
            PresignedImageUploadResponse

        Raises:
            BadRequestError: 400 Invalid upload request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal.

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            presigned_image_upload = client.uploads.upload_image(
                body={
                    "filename": "media.mp4",
                    "content_type": "video/mp4",
                    "bundle_id": "9f3a7b2e-1c4d-4e8f-a5b6-7d9e0f1a2b3c",
                },
            )
        """

        return self._client.request(
            _upload_image.OPERATION,
            _upload_image.build_request(
                body=body,
            ),
            _upload_image.parse_response,
            options,
            raw=self._raw,
        )

    def upload_image_direct(
        self,
        *,
        file: FileInput,
        bundle_id: str,
        purpose: UploadPurpose | UploadPurposeLiteral | Unset = UNSET,
        progress: ProgressCallback | None = None,
        **options: Unpack[WriteOptions],
    ) -> UploadedImageResponse:
        """Upload an image file directly

        Uploads multipart/form-data directly through TokPortal and returns storage details. HEIF/HEIC may be
        converted to JPEG.

        ``POST /upload/image/direct``.

        Args:
            file: A path, bytes, a binary file object or (filename, content[, content_type]), streamed from disk. JPEG, PNG, WebP or GIF.
            bundle_id:
            purpose: What an uploaded image is for (default carousel).
            progress: Called as ``progress(bytes_sent, total_bytes)`` while the file goes out (from 0 again on a retry).
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            UploadedImageResponse

        Raises:
            BadRequestError: 400 Invalid upload.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            uploaded_image = client.uploads.upload_image_direct(file="path/to/file", bundle_id="<bundle_id>")
        """

        return self._client.request(
            _upload_image_direct.OPERATION,
            _upload_image_direct.build_request(
                file=file,
                bundle_id=bundle_id,
                purpose=purpose,
                progress=progress,
            ),
            _upload_image_direct.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def upload_image_from_url(
        self,
        *,
        body: UploadImageFromUrlRequest,
        **options: Unpack[WriteOptions],
    ) -> StoredImageResponse: ...

    @overload
    def upload_image_from_url(
        self,
        *,
        body: UploadImageFromUrlRequestDict,
        **options: Unpack[WriteOptions],
    ) -> StoredImageResponse: ...

    def upload_image_from_url(
        self,
        *,
        body: UploadImageFromUrlRequest | UploadImageFromUrlRequestDict,
        **options: Unpack[WriteOptions],
    ) -> StoredImageResponse:
        """Import an image from URL

        Fetches a public direct image URL and stores it permanently in TokPortal storage.

        ``POST /upload/image/from-url``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                UploadImageFromUrlRequest:
                    ``url`` (str, required)
                    ``bundle_id`` (str, required)
                    ``purpose`` (UploadPurpose; one of `"carousel"`, `"profile_picture"`): What an uploaded image is
                        for (default carousel).
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            StoredImageResponse

        Raises:
            BadRequestError: 400 Invalid image URL or request body.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            stored_image = client.uploads.upload_image_from_url(
                body={
                    "url": "https://example.com/resource",
                    "bundle_id": "9f3a7b2e-1c4d-4e8f-a5b6-7d9e0f1a2b3c",
                },
            )
        """

        return self._client.request(
            _upload_image_from_url.OPERATION,
            _upload_image_from_url.build_request(
                body=body,
            ),
            _upload_image_from_url.parse_response,
            options,
            raw=self._raw,
        )


class AsyncUploads(AsyncAPIResource):
    """Uploads operations (async)."""

    @overload
    async def upload_video(
        self,
        *,
        body: UploadVideoRequest,
        **options: Unpack[RequestOptions],
    ) -> PresignedVideoUploadResponse: ...

    @overload
    async def upload_video(
        self,
        *,
        body: UploadVideoRequestDict,
        **options: Unpack[RequestOptions],
    ) -> PresignedVideoUploadResponse: ...

    async def upload_video(
        self,
        *,
        body: UploadVideoRequest | UploadVideoRequestDict,
        **options: Unpack[RequestOptions],
    ) -> PresignedVideoUploadResponse:
        """Create a video upload URL

        ``POST /upload/video``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                UploadVideoRequest:
                    ``filename`` (str, required)
                    ``content_type`` (str)
                    ``bundle_id`` (str, required)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``.

        Returns:
            PresignedVideoUploadResponse

        Raises:
            BadRequestError: 400 Invalid upload request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal.

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            presigned_video_upload = client.uploads.upload_video(
                body={"filename": "media.mp4", "bundle_id": "9f3a7b2e-1c4d-4e8f-a5b6-7d9e0f1a2b3c"},
            )
        """

        return await self._client.request(
            _upload_video.OPERATION,
            _upload_video.build_request(
                body=body,
            ),
            _upload_video.parse_response,
            options,
            raw=self._raw,
        )

    async def upload_video_direct(
        self,
        *,
        file: FileInput,
        bundle_id: str,
        progress: ProgressCallback | None = None,
        **options: Unpack[WriteOptions],
    ) -> UploadedVideoResponse:
        """Upload a video file directly

        Uploads multipart/form-data directly through TokPortal and returns the public video URL.

        ``POST /upload/video/direct``.

        Args:
            file: A path, bytes, a binary file object or (filename, content[, content_type]), streamed from disk.
            bundle_id:
            progress: Called as ``progress(bytes_sent, total_bytes)`` while the file goes out (from 0 again on a retry).
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            UploadedVideoResponse

        Raises:
            BadRequestError: 400 Invalid upload.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            uploaded_video = client.uploads.upload_video_direct(file="path/to/file", bundle_id="<bundle_id>")
        """

        return await self._client.request(
            _upload_video_direct.OPERATION,
            _upload_video_direct.build_request(
                file=file,
                bundle_id=bundle_id,
                progress=progress,
            ),
            _upload_video_direct.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def upload_image(
        self,
        *,
        body: UploadImageRequest,
        **options: Unpack[RequestOptions],
    ) -> PresignedImageUploadResponse: ...

    @overload
    async def upload_image(
        self,
        *,
        body: UploadImageRequestDict,
        **options: Unpack[RequestOptions],
    ) -> PresignedImageUploadResponse: ...

    async def upload_image(
        self,
        *,
        body: UploadImageRequest | UploadImageRequestDict,
        **options: Unpack[RequestOptions],
    ) -> PresignedImageUploadResponse:
        """Create an image upload URL

        ``POST /upload/image``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                UploadImageRequest:
                    ``filename`` (str, required)
                    ``content_type`` (str, required)
                    ``bundle_id`` (str, required)
                    ``purpose`` (UploadPurpose; one of `"carousel"`, `"profile_picture"`): What an uploaded image is
                        for (default carousel).
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``.

        Returns:
            PresignedImageUploadResponse

        Raises:
            BadRequestError: 400 Invalid upload request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal.

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            presigned_image_upload = client.uploads.upload_image(
                body={
                    "filename": "media.mp4",
                    "content_type": "video/mp4",
                    "bundle_id": "9f3a7b2e-1c4d-4e8f-a5b6-7d9e0f1a2b3c",
                },
            )
        """

        return await self._client.request(
            _upload_image.OPERATION,
            _upload_image.build_request(
                body=body,
            ),
            _upload_image.parse_response,
            options,
            raw=self._raw,
        )

    async def upload_image_direct(
        self,
        *,
        file: FileInput,
        bundle_id: str,
        purpose: UploadPurpose | UploadPurposeLiteral | Unset = UNSET,
        progress: ProgressCallback | None = None,
        **options: Unpack[WriteOptions],
    ) -> UploadedImageResponse:
        """Upload an image file directly

        Uploads multipart/form-data directly through TokPortal and returns storage details. HEIF/HEIC may be
        converted to JPEG.

        ``POST /upload/image/direct``.

        Args:
            file: A path, bytes, a binary file object or (filename, content[, content_type]), streamed from disk. JPEG, PNG, WebP or GIF.
            bundle_id:
            purpose: What an uploaded image is for (default carousel).
            progress: Called as ``progress(bytes_sent, total_bytes)`` while the file goes out (from 0 again on a retry).
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            UploadedImageResponse

        Raises:
            BadRequestError: 400 Invalid upload.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            uploaded_image = client.uploads.upload_image_direct(file="path/to/file", bundle_id="<bundle_id>")
        """

        return await self._client.request(
            _upload_image_direct.OPERATION,
            _upload_image_direct.build_request(
                file=file,
                bundle_id=bundle_id,
                purpose=purpose,
                progress=progress,
            ),
            _upload_image_direct.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def upload_image_from_url(
        self,
        *,
        body: UploadImageFromUrlRequest,
        **options: Unpack[WriteOptions],
    ) -> StoredImageResponse: ...

    @overload
    async def upload_image_from_url(
        self,
        *,
        body: UploadImageFromUrlRequestDict,
        **options: Unpack[WriteOptions],
    ) -> StoredImageResponse: ...

    async def upload_image_from_url(
        self,
        *,
        body: UploadImageFromUrlRequest | UploadImageFromUrlRequestDict,
        **options: Unpack[WriteOptions],
    ) -> StoredImageResponse:
        """Import an image from URL

        Fetches a public direct image URL and stores it permanently in TokPortal storage.

        ``POST /upload/image/from-url``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                UploadImageFromUrlRequest:
                    ``url`` (str, required)
                    ``bundle_id`` (str, required)
                    ``purpose`` (UploadPurpose; one of `"carousel"`, `"profile_picture"`): What an uploaded image is
                        for (default carousel).
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            StoredImageResponse

        Raises:
            BadRequestError: 400 Invalid image URL or request body.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            stored_image = client.uploads.upload_image_from_url(
                body={
                    "url": "https://example.com/resource",
                    "bundle_id": "9f3a7b2e-1c4d-4e8f-a5b6-7d9e0f1a2b3c",
                },
            )
        """

        return await self._client.request(
            _upload_image_from_url.OPERATION,
            _upload_image_from_url.build_request(
                body=body,
            ),
            _upload_image_from_url.parse_response,
            options,
            raw=self._raw,
        )


class UploadsWithRawResponse:
    """:class:`Uploads`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: Uploads) -> None:
        resource = resource._raw_mode()
        self.upload_video = to_raw_response(resource.upload_video)
        self.upload_video_direct = to_raw_response(resource.upload_video_direct)
        self.upload_image = to_raw_response(resource.upload_image)
        self.upload_image_direct = to_raw_response(resource.upload_image_direct)
        self.upload_image_from_url = to_raw_response(resource.upload_image_from_url)


class AsyncUploadsWithRawResponse:
    """:class:`AsyncUploads`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: AsyncUploads) -> None:
        resource = resource._raw_mode()
        self.upload_video = async_to_raw_response(resource.upload_video)
        self.upload_video_direct = async_to_raw_response(resource.upload_video_direct)
        self.upload_image = async_to_raw_response(resource.upload_image)
        self.upload_image_direct = async_to_raw_response(resource.upload_image_direct)
        self.upload_image_from_url = async_to_raw_response(resource.upload_image_from_url)
