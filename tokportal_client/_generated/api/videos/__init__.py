"""The ``videos`` operations: ``client.videos``."""

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

from ...models.batch_configure_videos_request import BatchConfigureVideosRequest, BatchConfigureVideosRequestDict
from ...models.bundle_video_list_response import BundleVideoListResponse
from ...models.bundle_video_response import BundleVideoResponse
from ...models.charged_data_response import ChargedDataResponse
from ...models.configure_video_request import ConfigureVideoRequest, ConfigureVideoRequestDict
from ...models.create_video_ad_code_request import CreateVideoAdCodeRequest, CreateVideoAdCodeRequestDict
from ...models.csv_import_response import CsvImportResponse
from ...models.data_response import DataResponse
from ...models.fix_video_download_request import FixVideoDownloadRequest, FixVideoDownloadRequestDict
from ...models.patch_video_request import PatchVideoRequest, PatchVideoRequestDict
from ...models.publish_all_videos_response import PublishAllVideosResponse
from ...models.video_corrections_request import VideoCorrectionsRequest, VideoCorrectionsRequestDict
from ...models.video_finalize_response import VideoFinalizeResponse
from ...models.video_publish_response import VideoPublishResponse
from . import batch_configure_bundle_videos as _batch_configure_bundle_videos
from . import configure_bundle_video as _configure_bundle_video
from . import create_video_ad_code_request as _create_video_ad_code_request
from . import finalize_bundle_video as _finalize_bundle_video
from . import fix_bundle_video_download as _fix_bundle_video_download
from . import get_bundle_video as _get_bundle_video
from . import get_video_ad_code_request as _get_video_ad_code_request
from . import import_bundle_videos_csv as _import_bundle_videos_csv
from . import list_bundle_videos as _list_bundle_videos
from . import patch_bundle_video as _patch_bundle_video
from . import publish_all_bundle_videos as _publish_all_bundle_videos
from . import publish_bundle_video as _publish_bundle_video
from . import request_bundle_video_corrections as _request_bundle_video_corrections
from . import reset_bundle_video as _reset_bundle_video
from . import unschedule_bundle_video as _unschedule_bundle_video


class Videos(SyncAPIResource):
    """Videos operations."""

    def list_bundle_videos(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> BundleVideoListResponse:
        """List bundle video slots

        ``GET /bundles/{id}/videos``.

        Args:
            id: Bundle ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            BundleVideoListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_video_list = client.videos.list_bundle_videos("<id>")
        """

        return self._client.request(
            _list_bundle_videos.OPERATION,
            _list_bundle_videos.build_request(
                id,
            ),
            _list_bundle_videos.parse_response,
            options,
            raw=self._raw,
        )

    def get_bundle_video(
        self,
        id: str,
        position: int,
        **options: Unpack[RequestOptions],
    ) -> BundleVideoResponse:
        """Get video slot configuration

        ``GET /bundles/{id}/videos/{position}``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            BundleVideoResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_video = client.videos.get_bundle_video("<id>", 1)
        """

        return self._client.request(
            _get_bundle_video.OPERATION,
            _get_bundle_video.build_request(
                id,
                position,
            ),
            _get_bundle_video.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def configure_bundle_video(
        self,
        id: str,
        position: int,
        *,
        body: ConfigureVideoRequest,
        **options: Unpack[WriteOptions],
    ) -> BundleVideoResponse: ...

    @overload
    def configure_bundle_video(
        self,
        id: str,
        position: int,
        *,
        body: ConfigureVideoRequestDict,
        **options: Unpack[WriteOptions],
    ) -> BundleVideoResponse: ...

    def configure_bundle_video(
        self,
        id: str,
        position: int,
        *,
        body: ConfigureVideoRequest | ConfigureVideoRequestDict,
        **options: Unpack[WriteOptions],
    ) -> BundleVideoResponse:
        """Configure a video slot

        ``PUT /bundles/{id}/videos/{position}``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                ConfigureVideoRequest:
                    ``video_type`` (VideoType, required; one of `"video"`, `"carousel"`, `"story"`): Kind of post a
                        video slot publishes.
                    ``description`` (str): Caption (stories have none).
                    ``target_publish_date`` (str, required): YYYY-MM-DD; at least 3 days ahead for a new account, 1
                        day for an existing one; at most 3 videos per target day per bundle.
                    ``name`` (str; max length 200)
                    ``video_url`` (str): TokPortal public_url or an external URL (re-hosted).
                    ``carousel_images`` (list[str]; min items 1; max items 20): Image storage_paths.
                    ``carousel_title`` (str)
                    ``tiktok_sound_url`` (str): Required for TikTok carousels.
                    ``volume_original_sound`` (int | None; minimum 0; maximum 100)
                    ``volume_added_sound`` (int | None; minimum 0; maximum 100)
                    ``editing_instructions`` (str): Uses an edit slot.
                    ``external_ref`` (str; max length 200)
                    ``instagram_content_type`` (InstagramContentType; one of `"reel"`, `"post"`): Instagram post
                        format (reel + carousel = fixed photo reel; post + carousel = swipe carousel).
                    ``instagram_location`` (str)
                    ``instagram_collaborators`` (list[str])
                    ``instagram_audio_name`` (str)
                    ``instagram_add_to_story`` (bool)
                    ``youtube_title`` (str)
                    ``youtube_tags`` (list[str])
                    ``youtube_category`` (str)
                    ``youtube_visibility`` (YoutubeVisibility; one of `"public"`, `"unlisted"`, `"private"`):
                        YouTube visibility (default public).
                    ``youtube_sound_url`` (str)
                    ``auto_publish`` (bool): Publish right after configuring.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            BundleVideoResponse

        Raises:
            BadRequestError: 400 Invalid video metadata.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            ConflictError: 409 Video status does not allow configuration.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_video = client.videos.configure_bundle_video(
                "<id>",
                1,
                body={
                    "video_type": "video",
                    "description": "Campaign content description.",
                    "target_publish_date": "2030-06-01",
                },
            )
        """

        return self._client.request(
            _configure_bundle_video.OPERATION,
            _configure_bundle_video.build_request(
                id,
                position,
                body=body,
            ),
            _configure_bundle_video.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def patch_bundle_video(
        self,
        id: str,
        position: int,
        *,
        body: PatchVideoRequest,
        **options: Unpack[WriteOptions],
    ) -> BundleVideoResponse: ...

    @overload
    def patch_bundle_video(
        self,
        id: str,
        position: int,
        *,
        body: PatchVideoRequestDict,
        **options: Unpack[WriteOptions],
    ) -> BundleVideoResponse: ...

    def patch_bundle_video(
        self,
        id: str,
        position: int,
        *,
        body: PatchVideoRequest | PatchVideoRequestDict,
        **options: Unpack[WriteOptions],
    ) -> BundleVideoResponse:
        """Patch video references

        ``PATCH /bundles/{id}/videos/{position}``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                PatchVideoRequest:
                    ``external_ref`` (str | None; max length 200)
                    ``name`` (str | None; max length 200)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            BundleVideoResponse

        Raises:
            BadRequestError: 400 Invalid patch body.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_video = client.videos.patch_bundle_video(
                "<id>",
                1,
                body={"external_ref": "external_ref", "name": "name"},
            )
        """

        return self._client.request(
            _patch_bundle_video.OPERATION,
            _patch_bundle_video.build_request(
                id,
                position,
                body=body,
            ),
            _patch_bundle_video.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def batch_configure_bundle_videos(
        self,
        id: str,
        *,
        body: BatchConfigureVideosRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    def batch_configure_bundle_videos(
        self,
        id: str,
        *,
        body: BatchConfigureVideosRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    def batch_configure_bundle_videos(
        self,
        id: str,
        *,
        body: BatchConfigureVideosRequest | BatchConfigureVideosRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Configure video slots in bulk

        ``PUT /bundles/{id}/videos/batch``.

        Args:
            id: Bundle ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                BatchConfigureVideosRequest:
                    ``videos`` (list[BatchVideoConfiguration], required; min items 1)
                    ``auto_publish`` (bool)

                BatchVideoConfiguration:
                    ``video_type`` (VideoType, required; one of `"video"`, `"carousel"`, `"story"`): Kind of post a
                        video slot publishes.
                    ``description`` (str): Caption (stories have none).
                    ``target_publish_date`` (str, required): YYYY-MM-DD; at least 3 days ahead for a new account, 1
                        day for an existing one; at most 3 videos per target day per bundle.
                    ``name`` (str; max length 200)
                    ``video_url`` (str): TokPortal public_url or an external URL (re-hosted).
                    ``carousel_images`` (list[str]; min items 1; max items 20): Image storage_paths.
                    ``carousel_title`` (str)
                    ``tiktok_sound_url`` (str): Required for TikTok carousels.
                    ``volume_original_sound`` (int | None; minimum 0; maximum 100)
                    ``volume_added_sound`` (int | None; minimum 0; maximum 100)
                    ``editing_instructions`` (str): Uses an edit slot.
                    ``external_ref`` (str; max length 200)
                    ``instagram_content_type`` (InstagramContentType; one of `"reel"`, `"post"`): Instagram post
                        format (reel + carousel = fixed photo reel; post + carousel = swipe carousel).
                    ``instagram_location`` (str)
                    ``instagram_collaborators`` (list[str])
                    ``instagram_audio_name`` (str)
                    ``instagram_add_to_story`` (bool)
                    ``youtube_title`` (str)
                    ``youtube_tags`` (list[str])
                    ``youtube_category`` (str)
                    ``youtube_visibility`` (YoutubeVisibility; one of `"public"`, `"unlisted"`, `"private"`):
                        YouTube visibility (default public).
                    ``youtube_sound_url`` (str)
                    ``auto_publish`` (bool): Publish right after configuring.
                    ``position`` (int, required; minimum 1)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            BadRequestError: 400 Invalid batch body.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.videos.batch_configure_bundle_videos(
                "<id>",
                body={
                    "videos": [
                        {
                            "video_type": "video",
                            "description": "Campaign content description.",
                            "target_publish_date": "2030-06-01",
                            "position": 1,
                        },
                    ],
                },
            )
        """

        return self._client.request(
            _batch_configure_bundle_videos.OPERATION,
            _batch_configure_bundle_videos.build_request(
                id,
                body=body,
            ),
            _batch_configure_bundle_videos.parse_response,
            options,
            raw=self._raw,
        )

    def publish_all_bundle_videos(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> PublishAllVideosResponse:
        """Publish all configured videos on an active bundle

        ``POST /bundles/{id}/videos/publish-all``.

        Args:
            id: Bundle ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            PublishAllVideosResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            ConflictError: 409 Bundle status does not allow publishing videos.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            publish_all_videos = client.videos.publish_all_bundle_videos("<id>")
        """

        return self._client.request(
            _publish_all_bundle_videos.OPERATION,
            _publish_all_bundle_videos.build_request(
                id,
            ),
            _publish_all_bundle_videos.parse_response,
            options,
            raw=self._raw,
        )

    def import_bundle_videos_csv(
        self,
        id: str,
        *,
        file: FileInput,
        auto_publish: bool | Unset = UNSET,
        progress: ProgressCallback | None = None,
        **options: Unpack[WriteOptions],
    ) -> CsvImportResponse:
        """Import video slots from CSV

        Uploads a CSV file, downloads referenced media, and configures available video slots.

        ``POST /bundles/{id}/videos/import-csv``.

        Args:
            id: Bundle ID.
            file: A path, bytes, a binary file object or (filename, content[, content_type]), streamed from disk. The CSV file.
            auto_publish:
            progress: Called as ``progress(bytes_sent, total_bytes)`` while the file goes out (from 0 again on a retry).
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            CsvImportResponse

        Raises:
            BadRequestError: 400 Invalid CSV or upload body.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            csv_import = client.videos.import_bundle_videos_csv("<id>", file="path/to/file")
        """

        return self._client.request(
            _import_bundle_videos_csv.OPERATION,
            _import_bundle_videos_csv.build_request(
                id,
                file=file,
                auto_publish=auto_publish,
                progress=progress,
            ),
            _import_bundle_videos_csv.parse_response,
            options,
            raw=self._raw,
        )

    def publish_bundle_video(
        self,
        id: str,
        position: int,
        **options: Unpack[WriteOptions],
    ) -> VideoPublishResponse:
        """Publish one video slot

        ``POST /bundles/{id}/videos/{position}/publish``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            VideoPublishResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            ConflictError: 409 Bundle or video status does not allow publishing.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            video_publish = client.videos.publish_bundle_video("<id>", 1)
        """

        return self._client.request(
            _publish_bundle_video.OPERATION,
            _publish_bundle_video.build_request(
                id,
                position,
            ),
            _publish_bundle_video.parse_response,
            options,
            raw=self._raw,
        )

    def reset_bundle_video(
        self,
        id: str,
        position: int,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Reset one video slot

        ``POST /bundles/{id}/videos/{position}/reset``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            ConflictError: 409 Video status does not allow reset.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.videos.reset_bundle_video("<id>", 1)
        """

        return self._client.request(
            _reset_bundle_video.OPERATION,
            _reset_bundle_video.build_request(
                id,
                position,
            ),
            _reset_bundle_video.parse_response,
            options,
            raw=self._raw,
        )

    def unschedule_bundle_video(
        self,
        id: str,
        position: int,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Unschedule one video slot

        ``POST /bundles/{id}/videos/{position}/unschedule``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            ConflictError: 409 Video status does not allow unscheduling.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.videos.unschedule_bundle_video("<id>", 1)
        """

        return self._client.request(
            _unschedule_bundle_video.OPERATION,
            _unschedule_bundle_video.build_request(
                id,
                position,
            ),
            _unschedule_bundle_video.parse_response,
            options,
            raw=self._raw,
        )

    def finalize_bundle_video(
        self,
        id: str,
        position: int,
        **options: Unpack[WriteOptions],
    ) -> VideoFinalizeResponse:
        """Finalize video review

        ``POST /bundles/{id}/videos/{position}/finalize``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            VideoFinalizeResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            ConflictError: 409 Video is not in review.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            video_finalize = client.videos.finalize_bundle_video("<id>", 1)
        """

        return self._client.request(
            _finalize_bundle_video.OPERATION,
            _finalize_bundle_video.build_request(
                id,
                position,
            ),
            _finalize_bundle_video.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def request_bundle_video_corrections(
        self,
        id: str,
        position: int,
        *,
        body: VideoCorrectionsRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    def request_bundle_video_corrections(
        self,
        id: str,
        position: int,
        *,
        body: VideoCorrectionsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    def request_bundle_video_corrections(
        self,
        id: str,
        position: int,
        *,
        body: VideoCorrectionsRequest | VideoCorrectionsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Request video corrections

        ``POST /bundles/{id}/videos/{position}/corrections``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                VideoCorrectionsRequest:
                    ``comment`` (str, required)
                    ``fields`` (dict): Per-field feedback.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            BadRequestError: 400 Invalid correction body.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            ConflictError: 409 Video is not in review.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.videos.request_bundle_video_corrections(
                "<id>",
                1,
                body={"comment": "Please review this item."},
            )
        """

        return self._client.request(
            _request_bundle_video_corrections.OPERATION,
            _request_bundle_video_corrections.build_request(
                id,
                position,
                body=body,
            ),
            _request_bundle_video_corrections.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def fix_bundle_video_download(
        self,
        id: str,
        position: int,
        *,
        body: FixVideoDownloadRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    def fix_bundle_video_download(
        self,
        id: str,
        position: int,
        *,
        body: FixVideoDownloadRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    def fix_bundle_video_download(
        self,
        id: str,
        position: int,
        *,
        body: FixVideoDownloadRequest | FixVideoDownloadRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Fix a broken video download

        Replaces a manager-flagged broken video or carousel download URL and clears the download issue flag.

        ``POST /bundles/{id}/videos/{position}/fix-download``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                FixVideoDownloadRequest:
                    ``video_url`` (str)
                    ``carousel_images`` (list[str])
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            BadRequestError: 400 Invalid replacement media body.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            ConflictError: 409 Video does not have a download issue.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.videos.fix_bundle_video_download("<id>", 1, body={})
        """

        return self._client.request(
            _fix_bundle_video_download.OPERATION,
            _fix_bundle_video_download.build_request(
                id,
                position,
                body=body,
            ),
            _fix_bundle_video_download.parse_response,
            options,
            raw=self._raw,
        )

    def get_video_ad_code_request(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> DataResponse:
        """Get / poll the ad code for a video

        The ad code request of a video and, once delivered, its code. The shape of the answer is not stated
        by a public source.

        ``GET /videos/{id}/ad-code-request``.

        Args:
            id: Video ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Video not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.videos.get_video_ad_code_request("<id>")
        """

        return self._client.request(
            _get_video_ad_code_request.OPERATION,
            _get_video_ad_code_request.build_request(
                id,
            ),
            _get_video_ad_code_request.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def create_video_ad_code_request(
        self,
        id: str,
        *,
        body: CreateVideoAdCodeRequest,
        **options: Unpack[WriteOptions],
    ) -> ChargedDataResponse: ...

    @overload
    def create_video_ad_code_request(
        self,
        id: str,
        *,
        body: CreateVideoAdCodeRequestDict,
        **options: Unpack[WriteOptions],
    ) -> ChargedDataResponse: ...

    def create_video_ad_code_request(
        self,
        id: str,
        *,
        body: CreateVideoAdCodeRequest | CreateVideoAdCodeRequestDict,
        **options: Unpack[WriteOptions],
    ) -> ChargedDataResponse:
        """Request an ad code (TikTok Spark Code / Instagram Partner Code) for a finalized video

        Ask the account manager for the video's ad code (7 credits); poll getVideoAdCodeRequest for it.

        ``POST /videos/{id}/ad-code-request``.

        Args:
            id: Video ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CreateVideoAdCodeRequest:
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            ChargedDataResponse

        Raises:
            BadRequestError: 400 Invalid request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            NotFoundError: 404 Video not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            charged_data = client.videos.create_video_ad_code_request("<id>", body={})
        """

        return self._client.request(
            _create_video_ad_code_request.OPERATION,
            _create_video_ad_code_request.build_request(
                id,
                body=body,
            ),
            _create_video_ad_code_request.parse_response,
            options,
            raw=self._raw,
        )


class AsyncVideos(AsyncAPIResource):
    """Videos operations (async)."""

    async def list_bundle_videos(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> BundleVideoListResponse:
        """List bundle video slots

        ``GET /bundles/{id}/videos``.

        Args:
            id: Bundle ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            BundleVideoListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_video_list = client.videos.list_bundle_videos("<id>")
        """

        return await self._client.request(
            _list_bundle_videos.OPERATION,
            _list_bundle_videos.build_request(
                id,
            ),
            _list_bundle_videos.parse_response,
            options,
            raw=self._raw,
        )

    async def get_bundle_video(
        self,
        id: str,
        position: int,
        **options: Unpack[RequestOptions],
    ) -> BundleVideoResponse:
        """Get video slot configuration

        ``GET /bundles/{id}/videos/{position}``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            BundleVideoResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_video = client.videos.get_bundle_video("<id>", 1)
        """

        return await self._client.request(
            _get_bundle_video.OPERATION,
            _get_bundle_video.build_request(
                id,
                position,
            ),
            _get_bundle_video.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def configure_bundle_video(
        self,
        id: str,
        position: int,
        *,
        body: ConfigureVideoRequest,
        **options: Unpack[WriteOptions],
    ) -> BundleVideoResponse: ...

    @overload
    async def configure_bundle_video(
        self,
        id: str,
        position: int,
        *,
        body: ConfigureVideoRequestDict,
        **options: Unpack[WriteOptions],
    ) -> BundleVideoResponse: ...

    async def configure_bundle_video(
        self,
        id: str,
        position: int,
        *,
        body: ConfigureVideoRequest | ConfigureVideoRequestDict,
        **options: Unpack[WriteOptions],
    ) -> BundleVideoResponse:
        """Configure a video slot

        ``PUT /bundles/{id}/videos/{position}``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                ConfigureVideoRequest:
                    ``video_type`` (VideoType, required; one of `"video"`, `"carousel"`, `"story"`): Kind of post a
                        video slot publishes.
                    ``description`` (str): Caption (stories have none).
                    ``target_publish_date`` (str, required): YYYY-MM-DD; at least 3 days ahead for a new account, 1
                        day for an existing one; at most 3 videos per target day per bundle.
                    ``name`` (str; max length 200)
                    ``video_url`` (str): TokPortal public_url or an external URL (re-hosted).
                    ``carousel_images`` (list[str]; min items 1; max items 20): Image storage_paths.
                    ``carousel_title`` (str)
                    ``tiktok_sound_url`` (str): Required for TikTok carousels.
                    ``volume_original_sound`` (int | None; minimum 0; maximum 100)
                    ``volume_added_sound`` (int | None; minimum 0; maximum 100)
                    ``editing_instructions`` (str): Uses an edit slot.
                    ``external_ref`` (str; max length 200)
                    ``instagram_content_type`` (InstagramContentType; one of `"reel"`, `"post"`): Instagram post
                        format (reel + carousel = fixed photo reel; post + carousel = swipe carousel).
                    ``instagram_location`` (str)
                    ``instagram_collaborators`` (list[str])
                    ``instagram_audio_name`` (str)
                    ``instagram_add_to_story`` (bool)
                    ``youtube_title`` (str)
                    ``youtube_tags`` (list[str])
                    ``youtube_category`` (str)
                    ``youtube_visibility`` (YoutubeVisibility; one of `"public"`, `"unlisted"`, `"private"`):
                        YouTube visibility (default public).
                    ``youtube_sound_url`` (str)
                    ``auto_publish`` (bool): Publish right after configuring.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            BundleVideoResponse

        Raises:
            BadRequestError: 400 Invalid video metadata.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            ConflictError: 409 Video status does not allow configuration.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_video = client.videos.configure_bundle_video(
                "<id>",
                1,
                body={
                    "video_type": "video",
                    "description": "Campaign content description.",
                    "target_publish_date": "2030-06-01",
                },
            )
        """

        return await self._client.request(
            _configure_bundle_video.OPERATION,
            _configure_bundle_video.build_request(
                id,
                position,
                body=body,
            ),
            _configure_bundle_video.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def patch_bundle_video(
        self,
        id: str,
        position: int,
        *,
        body: PatchVideoRequest,
        **options: Unpack[WriteOptions],
    ) -> BundleVideoResponse: ...

    @overload
    async def patch_bundle_video(
        self,
        id: str,
        position: int,
        *,
        body: PatchVideoRequestDict,
        **options: Unpack[WriteOptions],
    ) -> BundleVideoResponse: ...

    async def patch_bundle_video(
        self,
        id: str,
        position: int,
        *,
        body: PatchVideoRequest | PatchVideoRequestDict,
        **options: Unpack[WriteOptions],
    ) -> BundleVideoResponse:
        """Patch video references

        ``PATCH /bundles/{id}/videos/{position}``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                PatchVideoRequest:
                    ``external_ref`` (str | None; max length 200)
                    ``name`` (str | None; max length 200)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            BundleVideoResponse

        Raises:
            BadRequestError: 400 Invalid patch body.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_video = client.videos.patch_bundle_video(
                "<id>",
                1,
                body={"external_ref": "external_ref", "name": "name"},
            )
        """

        return await self._client.request(
            _patch_bundle_video.OPERATION,
            _patch_bundle_video.build_request(
                id,
                position,
                body=body,
            ),
            _patch_bundle_video.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def batch_configure_bundle_videos(
        self,
        id: str,
        *,
        body: BatchConfigureVideosRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    async def batch_configure_bundle_videos(
        self,
        id: str,
        *,
        body: BatchConfigureVideosRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    async def batch_configure_bundle_videos(
        self,
        id: str,
        *,
        body: BatchConfigureVideosRequest | BatchConfigureVideosRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Configure video slots in bulk

        ``PUT /bundles/{id}/videos/batch``.

        Args:
            id: Bundle ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                BatchConfigureVideosRequest:
                    ``videos`` (list[BatchVideoConfiguration], required; min items 1)
                    ``auto_publish`` (bool)

                BatchVideoConfiguration:
                    ``video_type`` (VideoType, required; one of `"video"`, `"carousel"`, `"story"`): Kind of post a
                        video slot publishes.
                    ``description`` (str): Caption (stories have none).
                    ``target_publish_date`` (str, required): YYYY-MM-DD; at least 3 days ahead for a new account, 1
                        day for an existing one; at most 3 videos per target day per bundle.
                    ``name`` (str; max length 200)
                    ``video_url`` (str): TokPortal public_url or an external URL (re-hosted).
                    ``carousel_images`` (list[str]; min items 1; max items 20): Image storage_paths.
                    ``carousel_title`` (str)
                    ``tiktok_sound_url`` (str): Required for TikTok carousels.
                    ``volume_original_sound`` (int | None; minimum 0; maximum 100)
                    ``volume_added_sound`` (int | None; minimum 0; maximum 100)
                    ``editing_instructions`` (str): Uses an edit slot.
                    ``external_ref`` (str; max length 200)
                    ``instagram_content_type`` (InstagramContentType; one of `"reel"`, `"post"`): Instagram post
                        format (reel + carousel = fixed photo reel; post + carousel = swipe carousel).
                    ``instagram_location`` (str)
                    ``instagram_collaborators`` (list[str])
                    ``instagram_audio_name`` (str)
                    ``instagram_add_to_story`` (bool)
                    ``youtube_title`` (str)
                    ``youtube_tags`` (list[str])
                    ``youtube_category`` (str)
                    ``youtube_visibility`` (YoutubeVisibility; one of `"public"`, `"unlisted"`, `"private"`):
                        YouTube visibility (default public).
                    ``youtube_sound_url`` (str)
                    ``auto_publish`` (bool): Publish right after configuring.
                    ``position`` (int, required; minimum 1)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            BadRequestError: 400 Invalid batch body.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.videos.batch_configure_bundle_videos(
                "<id>",
                body={
                    "videos": [
                        {
                            "video_type": "video",
                            "description": "Campaign content description.",
                            "target_publish_date": "2030-06-01",
                            "position": 1,
                        },
                    ],
                },
            )
        """

        return await self._client.request(
            _batch_configure_bundle_videos.OPERATION,
            _batch_configure_bundle_videos.build_request(
                id,
                body=body,
            ),
            _batch_configure_bundle_videos.parse_response,
            options,
            raw=self._raw,
        )

    async def publish_all_bundle_videos(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> PublishAllVideosResponse:
        """Publish all configured videos on an active bundle

        ``POST /bundles/{id}/videos/publish-all``.

        Args:
            id: Bundle ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            PublishAllVideosResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            ConflictError: 409 Bundle status does not allow publishing videos.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            publish_all_videos = client.videos.publish_all_bundle_videos("<id>")
        """

        return await self._client.request(
            _publish_all_bundle_videos.OPERATION,
            _publish_all_bundle_videos.build_request(
                id,
            ),
            _publish_all_bundle_videos.parse_response,
            options,
            raw=self._raw,
        )

    async def import_bundle_videos_csv(
        self,
        id: str,
        *,
        file: FileInput,
        auto_publish: bool | Unset = UNSET,
        progress: ProgressCallback | None = None,
        **options: Unpack[WriteOptions],
    ) -> CsvImportResponse:
        """Import video slots from CSV

        Uploads a CSV file, downloads referenced media, and configures available video slots.

        ``POST /bundles/{id}/videos/import-csv``.

        Args:
            id: Bundle ID.
            file: A path, bytes, a binary file object or (filename, content[, content_type]), streamed from disk. The CSV file.
            auto_publish:
            progress: Called as ``progress(bytes_sent, total_bytes)`` while the file goes out (from 0 again on a retry).
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            CsvImportResponse

        Raises:
            BadRequestError: 400 Invalid CSV or upload body.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            csv_import = client.videos.import_bundle_videos_csv("<id>", file="path/to/file")
        """

        return await self._client.request(
            _import_bundle_videos_csv.OPERATION,
            _import_bundle_videos_csv.build_request(
                id,
                file=file,
                auto_publish=auto_publish,
                progress=progress,
            ),
            _import_bundle_videos_csv.parse_response,
            options,
            raw=self._raw,
        )

    async def publish_bundle_video(
        self,
        id: str,
        position: int,
        **options: Unpack[WriteOptions],
    ) -> VideoPublishResponse:
        """Publish one video slot

        ``POST /bundles/{id}/videos/{position}/publish``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            VideoPublishResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            ConflictError: 409 Bundle or video status does not allow publishing.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            video_publish = client.videos.publish_bundle_video("<id>", 1)
        """

        return await self._client.request(
            _publish_bundle_video.OPERATION,
            _publish_bundle_video.build_request(
                id,
                position,
            ),
            _publish_bundle_video.parse_response,
            options,
            raw=self._raw,
        )

    async def reset_bundle_video(
        self,
        id: str,
        position: int,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Reset one video slot

        ``POST /bundles/{id}/videos/{position}/reset``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            ConflictError: 409 Video status does not allow reset.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.videos.reset_bundle_video("<id>", 1)
        """

        return await self._client.request(
            _reset_bundle_video.OPERATION,
            _reset_bundle_video.build_request(
                id,
                position,
            ),
            _reset_bundle_video.parse_response,
            options,
            raw=self._raw,
        )

    async def unschedule_bundle_video(
        self,
        id: str,
        position: int,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Unschedule one video slot

        ``POST /bundles/{id}/videos/{position}/unschedule``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            ConflictError: 409 Video status does not allow unscheduling.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.videos.unschedule_bundle_video("<id>", 1)
        """

        return await self._client.request(
            _unschedule_bundle_video.OPERATION,
            _unschedule_bundle_video.build_request(
                id,
                position,
            ),
            _unschedule_bundle_video.parse_response,
            options,
            raw=self._raw,
        )

    async def finalize_bundle_video(
        self,
        id: str,
        position: int,
        **options: Unpack[WriteOptions],
    ) -> VideoFinalizeResponse:
        """Finalize video review

        ``POST /bundles/{id}/videos/{position}/finalize``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            VideoFinalizeResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            ConflictError: 409 Video is not in review.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            video_finalize = client.videos.finalize_bundle_video("<id>", 1)
        """

        return await self._client.request(
            _finalize_bundle_video.OPERATION,
            _finalize_bundle_video.build_request(
                id,
                position,
            ),
            _finalize_bundle_video.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def request_bundle_video_corrections(
        self,
        id: str,
        position: int,
        *,
        body: VideoCorrectionsRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    async def request_bundle_video_corrections(
        self,
        id: str,
        position: int,
        *,
        body: VideoCorrectionsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    async def request_bundle_video_corrections(
        self,
        id: str,
        position: int,
        *,
        body: VideoCorrectionsRequest | VideoCorrectionsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Request video corrections

        ``POST /bundles/{id}/videos/{position}/corrections``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                VideoCorrectionsRequest:
                    ``comment`` (str, required)
                    ``fields`` (dict): Per-field feedback.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            BadRequestError: 400 Invalid correction body.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            ConflictError: 409 Video is not in review.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.videos.request_bundle_video_corrections(
                "<id>",
                1,
                body={"comment": "Please review this item."},
            )
        """

        return await self._client.request(
            _request_bundle_video_corrections.OPERATION,
            _request_bundle_video_corrections.build_request(
                id,
                position,
                body=body,
            ),
            _request_bundle_video_corrections.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def fix_bundle_video_download(
        self,
        id: str,
        position: int,
        *,
        body: FixVideoDownloadRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    async def fix_bundle_video_download(
        self,
        id: str,
        position: int,
        *,
        body: FixVideoDownloadRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    async def fix_bundle_video_download(
        self,
        id: str,
        position: int,
        *,
        body: FixVideoDownloadRequest | FixVideoDownloadRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Fix a broken video download

        Replaces a manager-flagged broken video or carousel download URL and clears the download issue flag.

        ``POST /bundles/{id}/videos/{position}/fix-download``.

        Args:
            id: Bundle ID.
            position: 1-based video slot position.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                FixVideoDownloadRequest:
                    ``video_url`` (str)
                    ``carousel_images`` (list[str])
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            BadRequestError: 400 Invalid replacement media body.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or video slot not found.
            ConflictError: 409 Video does not have a download issue.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.videos.fix_bundle_video_download("<id>", 1, body={})
        """

        return await self._client.request(
            _fix_bundle_video_download.OPERATION,
            _fix_bundle_video_download.build_request(
                id,
                position,
                body=body,
            ),
            _fix_bundle_video_download.parse_response,
            options,
            raw=self._raw,
        )

    async def get_video_ad_code_request(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> DataResponse:
        """Get / poll the ad code for a video

        The ad code request of a video and, once delivered, its code. The shape of the answer is not stated
        by a public source.

        ``GET /videos/{id}/ad-code-request``.

        Args:
            id: Video ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Video not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.videos.get_video_ad_code_request("<id>")
        """

        return await self._client.request(
            _get_video_ad_code_request.OPERATION,
            _get_video_ad_code_request.build_request(
                id,
            ),
            _get_video_ad_code_request.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def create_video_ad_code_request(
        self,
        id: str,
        *,
        body: CreateVideoAdCodeRequest,
        **options: Unpack[WriteOptions],
    ) -> ChargedDataResponse: ...

    @overload
    async def create_video_ad_code_request(
        self,
        id: str,
        *,
        body: CreateVideoAdCodeRequestDict,
        **options: Unpack[WriteOptions],
    ) -> ChargedDataResponse: ...

    async def create_video_ad_code_request(
        self,
        id: str,
        *,
        body: CreateVideoAdCodeRequest | CreateVideoAdCodeRequestDict,
        **options: Unpack[WriteOptions],
    ) -> ChargedDataResponse:
        """Request an ad code (TikTok Spark Code / Instagram Partner Code) for a finalized video

        Ask the account manager for the video's ad code (7 credits); poll getVideoAdCodeRequest for it.

        ``POST /videos/{id}/ad-code-request``.

        Args:
            id: Video ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CreateVideoAdCodeRequest:
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            ChargedDataResponse

        Raises:
            BadRequestError: 400 Invalid request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            NotFoundError: 404 Video not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            charged_data = client.videos.create_video_ad_code_request("<id>", body={})
        """

        return await self._client.request(
            _create_video_ad_code_request.OPERATION,
            _create_video_ad_code_request.build_request(
                id,
                body=body,
            ),
            _create_video_ad_code_request.parse_response,
            options,
            raw=self._raw,
        )


class VideosWithRawResponse:
    """:class:`Videos`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: Videos) -> None:
        resource = resource._raw_mode()
        self.list_bundle_videos = to_raw_response(resource.list_bundle_videos)
        self.get_bundle_video = to_raw_response(resource.get_bundle_video)
        self.configure_bundle_video = to_raw_response(resource.configure_bundle_video)
        self.patch_bundle_video = to_raw_response(resource.patch_bundle_video)
        self.batch_configure_bundle_videos = to_raw_response(resource.batch_configure_bundle_videos)
        self.publish_all_bundle_videos = to_raw_response(resource.publish_all_bundle_videos)
        self.import_bundle_videos_csv = to_raw_response(resource.import_bundle_videos_csv)
        self.publish_bundle_video = to_raw_response(resource.publish_bundle_video)
        self.reset_bundle_video = to_raw_response(resource.reset_bundle_video)
        self.unschedule_bundle_video = to_raw_response(resource.unschedule_bundle_video)
        self.finalize_bundle_video = to_raw_response(resource.finalize_bundle_video)
        self.request_bundle_video_corrections = to_raw_response(resource.request_bundle_video_corrections)
        self.fix_bundle_video_download = to_raw_response(resource.fix_bundle_video_download)
        self.get_video_ad_code_request = to_raw_response(resource.get_video_ad_code_request)
        self.create_video_ad_code_request = to_raw_response(resource.create_video_ad_code_request)


class AsyncVideosWithRawResponse:
    """:class:`AsyncVideos`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: AsyncVideos) -> None:
        resource = resource._raw_mode()
        self.list_bundle_videos = async_to_raw_response(resource.list_bundle_videos)
        self.get_bundle_video = async_to_raw_response(resource.get_bundle_video)
        self.configure_bundle_video = async_to_raw_response(resource.configure_bundle_video)
        self.patch_bundle_video = async_to_raw_response(resource.patch_bundle_video)
        self.batch_configure_bundle_videos = async_to_raw_response(resource.batch_configure_bundle_videos)
        self.publish_all_bundle_videos = async_to_raw_response(resource.publish_all_bundle_videos)
        self.import_bundle_videos_csv = async_to_raw_response(resource.import_bundle_videos_csv)
        self.publish_bundle_video = async_to_raw_response(resource.publish_bundle_video)
        self.reset_bundle_video = async_to_raw_response(resource.reset_bundle_video)
        self.unschedule_bundle_video = async_to_raw_response(resource.unschedule_bundle_video)
        self.finalize_bundle_video = async_to_raw_response(resource.finalize_bundle_video)
        self.request_bundle_video_corrections = async_to_raw_response(resource.request_bundle_video_corrections)
        self.fix_bundle_video_download = async_to_raw_response(resource.fix_bundle_video_download)
        self.get_video_ad_code_request = async_to_raw_response(resource.get_video_ad_code_request)
        self.create_video_ad_code_request = async_to_raw_response(resource.create_video_ad_code_request)
