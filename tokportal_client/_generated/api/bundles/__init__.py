"""The ``bundles`` operations: ``client.bundles``."""

from __future__ import annotations

from typing import Unpack, overload

from tokportal_client._runtime import (
    UNSET,
    AsyncAPIResource,
    AsyncPager,
    RequestOptions,
    SyncAPIResource,
    SyncPager,
    Unset,
    WriteOptions,
    async_to_raw_response,
    to_raw_response,
)

from ...models import Bundle
from ...models.account_status import AccountStatus, AccountStatusLiteral
from ...models.bundle_list_response import BundleListResponse
from ...models.bundle_publish_state_response import BundlePublishStateResponse
from ...models.bundle_response import BundleResponse
from ...models.bundle_status import BundleStatus, BundleStatusLiteral
from ...models.bundle_type import BundleType, BundleTypeLiteral
from ...models.bundle_update_response import BundleUpdateResponse
from ...models.create_bulk_bundles_request import CreateBulkBundlesRequest, CreateBulkBundlesRequestDict
from ...models.create_bulk_bundles_response import CreateBulkBundlesResponse
from ...models.create_bundle_request import CreateBundleRequest, CreateBundleRequestDict
from ...models.create_bundle_response import CreateBundleResponse
from ...models.patch_bundle_request import PatchBundleRequest, PatchBundleRequestDict
from ...models.platform import Platform, PlatformLiteral
from ...models.publish_readiness_response import PublishReadinessResponse
from ...models.quantity_request import QuantityRequest, QuantityRequestDict
from ...models.slots_added_response import SlotsAddedResponse
from . import add_edit_slots as _add_edit_slots
from . import add_video_slots as _add_video_slots
from . import create_bundle as _create_bundle
from . import create_bundles_bulk as _create_bundles_bulk
from . import get_bundle as _get_bundle
from . import get_bundle_publish_readiness as _get_bundle_publish_readiness
from . import list_bundles as _list_bundles
from . import publish_bundle as _publish_bundle
from . import unpublish_bundle as _unpublish_bundle
from . import update_bundle as _update_bundle


class Bundles(SyncAPIResource):
    """Bundles operations."""

    def list_bundles(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        status: BundleStatus | BundleStatusLiteral | Unset = UNSET,
        bundle_type: BundleType | BundleTypeLiteral | Unset = UNSET,
        platform: Platform | PlatformLiteral | Unset = UNSET,
        external_ref: str | Unset = UNSET,
        account_status: AccountStatus | AccountStatusLiteral | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BundleListResponse:
        """List bundles

        ``GET /bundles``.

        Args:
            page: Page number.
            per_page: Items per page.
            status: Filter by bundle status.
            bundle_type: Filter by bundle type.
            platform: Filter by platform.
            external_ref: Filter by your external reference.
            account_status: Filter by account listing status.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            BundleListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_list = client.bundles.list_bundles()
            for bundle in client.bundles.iter_bundles():
                print(bundle)
        """

        return self._client.request(
            _list_bundles.OPERATION,
            _list_bundles.build_request(
                page=page,
                per_page=per_page,
                status=status,
                bundle_type=bundle_type,
                platform=platform,
                external_ref=external_ref,
                account_status=account_status,
            ),
            _list_bundles.parse_response,
            options,
            raw=self._raw,
        )

    def iter_bundles(
        self,
        *,
        status: BundleStatus | BundleStatusLiteral | Unset = UNSET,
        bundle_type: BundleType | BundleTypeLiteral | Unset = UNSET,
        platform: Platform | PlatformLiteral | Unset = UNSET,
        external_ref: str | Unset = UNSET,
        account_status: AccountStatus | AccountStatusLiteral | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[Bundle, BundleListResponse]:
        """Every item of :meth:`list_bundles`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return SyncPager(
            lambda page: self.list_bundles(
                status=status,
                bundle_type=bundle_type,
                platform=platform,
                external_ref=external_ref,
                account_status=account_status,
                page=page,
                per_page=per_page,
                **options,
            ),
            per_page=per_page,
            max_items=max_items,
        )

    @overload
    def create_bundle(
        self,
        *,
        body: CreateBundleRequest,
        **options: Unpack[WriteOptions],
    ) -> CreateBundleResponse: ...

    @overload
    def create_bundle(
        self,
        *,
        body: CreateBundleRequestDict,
        **options: Unpack[WriteOptions],
    ) -> CreateBundleResponse: ...

    def create_bundle(
        self,
        *,
        body: CreateBundleRequest | CreateBundleRequestDict,
        **options: Unpack[WriteOptions],
    ) -> CreateBundleResponse:
        """Create a bundle

        Creates an account-only, account-and-videos, or videos-only bundle. Credit cost is calculated
        server-side.

        ``POST /bundles``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CreateBundleRequest:
                    ``bundle_type`` (BundleType, required; one of `"account_only"`, `"account_and_videos"`,
                        `"videos_only"`): Kind of bundle.
                    ``platform`` (OrderablePlatform; one of `"tiktok"`, `"instagram"`): Platform a bundle can be
                        ordered for through the API.
                    ``country`` (str): Required for account_only and account_and_videos; a code or alias from GET
                        /countries.
                    ``account_id`` (str): Saved account id; required for, and only allowed with, videos_only.
                    ``videos_quantity`` (int; minimum 0)
                    ``edits_quantity`` (int; minimum 0): At most videos_quantity.
                    ``title`` (str; max length 200)
                    ``external_ref`` (str; max length 200): Your reference; a duplicate-detection aid, not a retry
                        key.
                    ``auto_finalize_videos`` (bool)
                    ``wants_niche_warming`` (bool)
                    ``niche_warming_instructions`` (str)
                    ``wants_deep_warming`` (bool)
                    ``wants_advanced_warming`` (bool)
                    ``advanced_warming_terms`` (list[str]; min items 3; max items 30; items: min length 2, max
                        length 50)
                    ``advanced_warming_terms_count`` (int; minimum 3; maximum 30; multiple of 3)
                    ``wants_moderation`` (bool): Legacy; ignored.
                    ``moderation_notice`` (str): Legacy; ignored.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            CreateBundleResponse

        Raises:
            BadRequestError: 400 Invalid request body or business rule violation.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            ConflictError: 409 Duplicate or invalid state.
            RateLimitError: 429 Create rate limit exceeded.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            create_bundle = client.bundles.create_bundle(
                body={"bundle_type": "account_only", "platform": "tiktok", "country": "USA"},
            )
        """

        return self._client.request(
            _create_bundle.OPERATION,
            _create_bundle.build_request(
                body=body,
            ),
            _create_bundle.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def create_bundles_bulk(
        self,
        *,
        body: CreateBulkBundlesRequest,
        **options: Unpack[WriteOptions],
    ) -> CreateBulkBundlesResponse: ...

    @overload
    def create_bundles_bulk(
        self,
        *,
        body: CreateBulkBundlesRequestDict,
        **options: Unpack[WriteOptions],
    ) -> CreateBulkBundlesResponse: ...

    def create_bundles_bulk(
        self,
        *,
        body: CreateBulkBundlesRequest | CreateBulkBundlesRequestDict,
        **options: Unpack[WriteOptions],
    ) -> CreateBulkBundlesResponse:
        """Create bundles in bulk

        ``POST /bundles/bulk``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CreateBulkBundlesRequest:
                    ``platforms`` (list[OrderablePlatform], required; min items 1; items: one of `"tiktok"`,
                        `"instagram"`)
                    ``country`` (str, required)
                    ``accounts_count`` (int, required; minimum 1; maximum 100): Per platform.
                    ``upload_accounts_count`` (int; minimum 0)
                    ``videos_per_account`` (int; minimum 0; maximum 500)
                    ``wants_niche_warming`` (bool)
                    ``wants_deep_warming`` (bool)
                    ``wants_advanced_warming`` (bool)
                    ``advanced_warming_terms`` (list[str]; items: min length 2, max length 50)
                    ``advanced_warming_terms_count`` (int; minimum 3; maximum 30; multiple of 3)
                    ``niche_warming_instructions`` (str)
                    ``auto_finalize_videos`` (bool)
                    ``external_ref`` (str; max length 200): Copied to every bundle of the batch.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            CreateBulkBundlesResponse

        Raises:
            BadRequestError: 400 Invalid request body or business rule violation.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            RateLimitError: 429 Create rate limit exceeded.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            create_bulk_bundles = client.bundles.create_bundles_bulk(
                body={"platforms": ["tiktok"], "country": "USA", "accounts_count": 25},
            )
        """

        return self._client.request(
            _create_bundles_bulk.OPERATION,
            _create_bundles_bulk.build_request(
                body=body,
            ),
            _create_bundles_bulk.parse_response,
            options,
            raw=self._raw,
        )

    def get_bundle(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> BundleResponse:
        """Get a bundle

        ``GET /bundles/{id}``.

        Args:
            id: Bundle ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            BundleResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle = client.bundles.get_bundle("<id>")
        """

        return self._client.request(
            _get_bundle.OPERATION,
            _get_bundle.build_request(
                id,
            ),
            _get_bundle.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def update_bundle(
        self,
        id: str,
        *,
        body: PatchBundleRequest,
        **options: Unpack[WriteOptions],
    ) -> BundleUpdateResponse: ...

    @overload
    def update_bundle(
        self,
        id: str,
        *,
        body: PatchBundleRequestDict,
        **options: Unpack[WriteOptions],
    ) -> BundleUpdateResponse: ...

    def update_bundle(
        self,
        id: str,
        *,
        body: PatchBundleRequest | PatchBundleRequestDict,
        **options: Unpack[WriteOptions],
    ) -> BundleUpdateResponse:
        """Update bundle settings

        Updates mutable bundle metadata such as title, external_ref, and auto_finalize_videos.

        ``PATCH /bundles/{id}``.

        Args:
            id: Bundle ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                PatchBundleRequest:
                    ``auto_finalize_videos`` (bool)
                    ``external_ref`` (str | None; max length 200)
                    ``title`` (str | None; max length 200)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            BundleUpdateResponse

        Raises:
            BadRequestError: 400 Invalid patch body.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Bundle belongs to another account.
            NotFoundError: 404 Bundle not found.
            ConflictError: 409 Duplicate external_ref.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_update = client.bundles.update_bundle(
                "<id>",
                body={
                    "auto_finalize_videos": False,
                    "external_ref": "external_ref",
                    "title": "Launch campaign",
                },
            )
        """

        return self._client.request(
            _update_bundle.OPERATION,
            _update_bundle.build_request(
                id,
                body=body,
            ),
            _update_bundle.parse_response,
            options,
            raw=self._raw,
        )

    def publish_bundle(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> BundlePublishStateResponse:
        """Publish a bundle

        ``POST /bundles/{id}/publish``.

        Args:
            id: Bundle ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            BundlePublishStateResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            NotFoundError: 404 Bundle not found.
            ConflictError: 409 Bundle is not ready or is in an invalid state.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_publish_state = client.bundles.publish_bundle("<id>")
        """

        return self._client.request(
            _publish_bundle.OPERATION,
            _publish_bundle.build_request(
                id,
            ),
            _publish_bundle.parse_response,
            options,
            raw=self._raw,
        )

    def get_bundle_publish_readiness(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> PublishReadinessResponse:
        """Check bundle publish readiness

        ``GET /bundles/{id}/publish-readiness``.

        Args:
            id: Bundle ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            PublishReadinessResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            publish_readiness = client.bundles.get_bundle_publish_readiness("<id>")
        """

        return self._client.request(
            _get_bundle_publish_readiness.OPERATION,
            _get_bundle_publish_readiness.build_request(
                id,
            ),
            _get_bundle_publish_readiness.parse_response,
            options,
            raw=self._raw,
        )

    def unpublish_bundle(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> BundlePublishStateResponse:
        """Unpublish a bundle

        ``POST /bundles/{id}/unpublish``.

        Args:
            id: Bundle ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            BundlePublishStateResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            ConflictError: 409 Bundle is in an invalid state.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_publish_state = client.bundles.unpublish_bundle("<id>")
        """

        return self._client.request(
            _unpublish_bundle.OPERATION,
            _unpublish_bundle.build_request(
                id,
            ),
            _unpublish_bundle.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def add_video_slots(
        self,
        id: str,
        *,
        body: QuantityRequest,
        **options: Unpack[WriteOptions],
    ) -> SlotsAddedResponse: ...

    @overload
    def add_video_slots(
        self,
        id: str,
        *,
        body: QuantityRequestDict,
        **options: Unpack[WriteOptions],
    ) -> SlotsAddedResponse: ...

    def add_video_slots(
        self,
        id: str,
        *,
        body: QuantityRequest | QuantityRequestDict,
        **options: Unpack[WriteOptions],
    ) -> SlotsAddedResponse:
        """Add video slots to a bundle

        ``POST /bundles/{id}/add-video-slots``.

        Args:
            id: Bundle ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                QuantityRequest:
                    ``quantity`` (int, required; minimum 1)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            SlotsAddedResponse

        Raises:
            BadRequestError: 400 Invalid quantity or bundle type.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            slots_added = client.bundles.add_video_slots("<id>", body={"quantity": 1})
        """

        return self._client.request(
            _add_video_slots.OPERATION,
            _add_video_slots.build_request(
                id,
                body=body,
            ),
            _add_video_slots.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def add_edit_slots(
        self,
        id: str,
        *,
        body: QuantityRequest,
        **options: Unpack[WriteOptions],
    ) -> SlotsAddedResponse: ...

    @overload
    def add_edit_slots(
        self,
        id: str,
        *,
        body: QuantityRequestDict,
        **options: Unpack[WriteOptions],
    ) -> SlotsAddedResponse: ...

    def add_edit_slots(
        self,
        id: str,
        *,
        body: QuantityRequest | QuantityRequestDict,
        **options: Unpack[WriteOptions],
    ) -> SlotsAddedResponse:
        """Add edit slots to a bundle

        ``POST /bundles/{id}/add-edit-slots``.

        Args:
            id: Bundle ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                QuantityRequest:
                    ``quantity`` (int, required; minimum 1)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            SlotsAddedResponse

        Raises:
            BadRequestError: 400 Invalid quantity.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            slots_added = client.bundles.add_edit_slots("<id>", body={"quantity": 1})
        """

        return self._client.request(
            _add_edit_slots.OPERATION,
            _add_edit_slots.build_request(
                id,
                body=body,
            ),
            _add_edit_slots.parse_response,
            options,
            raw=self._raw,
        )


class AsyncBundles(AsyncAPIResource):
    """Bundles operations (async)."""

    async def list_bundles(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        status: BundleStatus | BundleStatusLiteral | Unset = UNSET,
        bundle_type: BundleType | BundleTypeLiteral | Unset = UNSET,
        platform: Platform | PlatformLiteral | Unset = UNSET,
        external_ref: str | Unset = UNSET,
        account_status: AccountStatus | AccountStatusLiteral | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BundleListResponse:
        """List bundles

        ``GET /bundles``.

        Args:
            page: Page number.
            per_page: Items per page.
            status: Filter by bundle status.
            bundle_type: Filter by bundle type.
            platform: Filter by platform.
            external_ref: Filter by your external reference.
            account_status: Filter by account listing status.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            BundleListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_list = client.bundles.list_bundles()
            for bundle in client.bundles.iter_bundles():
                print(bundle)
        """

        return await self._client.request(
            _list_bundles.OPERATION,
            _list_bundles.build_request(
                page=page,
                per_page=per_page,
                status=status,
                bundle_type=bundle_type,
                platform=platform,
                external_ref=external_ref,
                account_status=account_status,
            ),
            _list_bundles.parse_response,
            options,
            raw=self._raw,
        )

    def iter_bundles(
        self,
        *,
        status: BundleStatus | BundleStatusLiteral | Unset = UNSET,
        bundle_type: BundleType | BundleTypeLiteral | Unset = UNSET,
        platform: Platform | PlatformLiteral | Unset = UNSET,
        external_ref: str | Unset = UNSET,
        account_status: AccountStatus | AccountStatusLiteral | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Bundle, BundleListResponse]:
        """Every item of :meth:`list_bundles`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return AsyncPager(
            lambda page: self.list_bundles(
                status=status,
                bundle_type=bundle_type,
                platform=platform,
                external_ref=external_ref,
                account_status=account_status,
                page=page,
                per_page=per_page,
                **options,
            ),
            per_page=per_page,
            max_items=max_items,
        )

    @overload
    async def create_bundle(
        self,
        *,
        body: CreateBundleRequest,
        **options: Unpack[WriteOptions],
    ) -> CreateBundleResponse: ...

    @overload
    async def create_bundle(
        self,
        *,
        body: CreateBundleRequestDict,
        **options: Unpack[WriteOptions],
    ) -> CreateBundleResponse: ...

    async def create_bundle(
        self,
        *,
        body: CreateBundleRequest | CreateBundleRequestDict,
        **options: Unpack[WriteOptions],
    ) -> CreateBundleResponse:
        """Create a bundle

        Creates an account-only, account-and-videos, or videos-only bundle. Credit cost is calculated
        server-side.

        ``POST /bundles``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CreateBundleRequest:
                    ``bundle_type`` (BundleType, required; one of `"account_only"`, `"account_and_videos"`,
                        `"videos_only"`): Kind of bundle.
                    ``platform`` (OrderablePlatform; one of `"tiktok"`, `"instagram"`): Platform a bundle can be
                        ordered for through the API.
                    ``country`` (str): Required for account_only and account_and_videos; a code or alias from GET
                        /countries.
                    ``account_id`` (str): Saved account id; required for, and only allowed with, videos_only.
                    ``videos_quantity`` (int; minimum 0)
                    ``edits_quantity`` (int; minimum 0): At most videos_quantity.
                    ``title`` (str; max length 200)
                    ``external_ref`` (str; max length 200): Your reference; a duplicate-detection aid, not a retry
                        key.
                    ``auto_finalize_videos`` (bool)
                    ``wants_niche_warming`` (bool)
                    ``niche_warming_instructions`` (str)
                    ``wants_deep_warming`` (bool)
                    ``wants_advanced_warming`` (bool)
                    ``advanced_warming_terms`` (list[str]; min items 3; max items 30; items: min length 2, max
                        length 50)
                    ``advanced_warming_terms_count`` (int; minimum 3; maximum 30; multiple of 3)
                    ``wants_moderation`` (bool): Legacy; ignored.
                    ``moderation_notice`` (str): Legacy; ignored.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            CreateBundleResponse

        Raises:
            BadRequestError: 400 Invalid request body or business rule violation.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            ConflictError: 409 Duplicate or invalid state.
            RateLimitError: 429 Create rate limit exceeded.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            create_bundle = client.bundles.create_bundle(
                body={"bundle_type": "account_only", "platform": "tiktok", "country": "USA"},
            )
        """

        return await self._client.request(
            _create_bundle.OPERATION,
            _create_bundle.build_request(
                body=body,
            ),
            _create_bundle.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def create_bundles_bulk(
        self,
        *,
        body: CreateBulkBundlesRequest,
        **options: Unpack[WriteOptions],
    ) -> CreateBulkBundlesResponse: ...

    @overload
    async def create_bundles_bulk(
        self,
        *,
        body: CreateBulkBundlesRequestDict,
        **options: Unpack[WriteOptions],
    ) -> CreateBulkBundlesResponse: ...

    async def create_bundles_bulk(
        self,
        *,
        body: CreateBulkBundlesRequest | CreateBulkBundlesRequestDict,
        **options: Unpack[WriteOptions],
    ) -> CreateBulkBundlesResponse:
        """Create bundles in bulk

        ``POST /bundles/bulk``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CreateBulkBundlesRequest:
                    ``platforms`` (list[OrderablePlatform], required; min items 1; items: one of `"tiktok"`,
                        `"instagram"`)
                    ``country`` (str, required)
                    ``accounts_count`` (int, required; minimum 1; maximum 100): Per platform.
                    ``upload_accounts_count`` (int; minimum 0)
                    ``videos_per_account`` (int; minimum 0; maximum 500)
                    ``wants_niche_warming`` (bool)
                    ``wants_deep_warming`` (bool)
                    ``wants_advanced_warming`` (bool)
                    ``advanced_warming_terms`` (list[str]; items: min length 2, max length 50)
                    ``advanced_warming_terms_count`` (int; minimum 3; maximum 30; multiple of 3)
                    ``niche_warming_instructions`` (str)
                    ``auto_finalize_videos`` (bool)
                    ``external_ref`` (str; max length 200): Copied to every bundle of the batch.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            CreateBulkBundlesResponse

        Raises:
            BadRequestError: 400 Invalid request body or business rule violation.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            RateLimitError: 429 Create rate limit exceeded.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            create_bulk_bundles = client.bundles.create_bundles_bulk(
                body={"platforms": ["tiktok"], "country": "USA", "accounts_count": 25},
            )
        """

        return await self._client.request(
            _create_bundles_bulk.OPERATION,
            _create_bundles_bulk.build_request(
                body=body,
            ),
            _create_bundles_bulk.parse_response,
            options,
            raw=self._raw,
        )

    async def get_bundle(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> BundleResponse:
        """Get a bundle

        ``GET /bundles/{id}``.

        Args:
            id: Bundle ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            BundleResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle = client.bundles.get_bundle("<id>")
        """

        return await self._client.request(
            _get_bundle.OPERATION,
            _get_bundle.build_request(
                id,
            ),
            _get_bundle.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def update_bundle(
        self,
        id: str,
        *,
        body: PatchBundleRequest,
        **options: Unpack[WriteOptions],
    ) -> BundleUpdateResponse: ...

    @overload
    async def update_bundle(
        self,
        id: str,
        *,
        body: PatchBundleRequestDict,
        **options: Unpack[WriteOptions],
    ) -> BundleUpdateResponse: ...

    async def update_bundle(
        self,
        id: str,
        *,
        body: PatchBundleRequest | PatchBundleRequestDict,
        **options: Unpack[WriteOptions],
    ) -> BundleUpdateResponse:
        """Update bundle settings

        Updates mutable bundle metadata such as title, external_ref, and auto_finalize_videos.

        ``PATCH /bundles/{id}``.

        Args:
            id: Bundle ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                PatchBundleRequest:
                    ``auto_finalize_videos`` (bool)
                    ``external_ref`` (str | None; max length 200)
                    ``title`` (str | None; max length 200)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            BundleUpdateResponse

        Raises:
            BadRequestError: 400 Invalid patch body.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Bundle belongs to another account.
            NotFoundError: 404 Bundle not found.
            ConflictError: 409 Duplicate external_ref.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_update = client.bundles.update_bundle(
                "<id>",
                body={
                    "auto_finalize_videos": False,
                    "external_ref": "external_ref",
                    "title": "Launch campaign",
                },
            )
        """

        return await self._client.request(
            _update_bundle.OPERATION,
            _update_bundle.build_request(
                id,
                body=body,
            ),
            _update_bundle.parse_response,
            options,
            raw=self._raw,
        )

    async def publish_bundle(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> BundlePublishStateResponse:
        """Publish a bundle

        ``POST /bundles/{id}/publish``.

        Args:
            id: Bundle ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            BundlePublishStateResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            NotFoundError: 404 Bundle not found.
            ConflictError: 409 Bundle is not ready or is in an invalid state.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_publish_state = client.bundles.publish_bundle("<id>")
        """

        return await self._client.request(
            _publish_bundle.OPERATION,
            _publish_bundle.build_request(
                id,
            ),
            _publish_bundle.parse_response,
            options,
            raw=self._raw,
        )

    async def get_bundle_publish_readiness(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> PublishReadinessResponse:
        """Check bundle publish readiness

        ``GET /bundles/{id}/publish-readiness``.

        Args:
            id: Bundle ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            PublishReadinessResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            publish_readiness = client.bundles.get_bundle_publish_readiness("<id>")
        """

        return await self._client.request(
            _get_bundle_publish_readiness.OPERATION,
            _get_bundle_publish_readiness.build_request(
                id,
            ),
            _get_bundle_publish_readiness.parse_response,
            options,
            raw=self._raw,
        )

    async def unpublish_bundle(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> BundlePublishStateResponse:
        """Unpublish a bundle

        ``POST /bundles/{id}/unpublish``.

        Args:
            id: Bundle ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            BundlePublishStateResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            ConflictError: 409 Bundle is in an invalid state.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_publish_state = client.bundles.unpublish_bundle("<id>")
        """

        return await self._client.request(
            _unpublish_bundle.OPERATION,
            _unpublish_bundle.build_request(
                id,
            ),
            _unpublish_bundle.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def add_video_slots(
        self,
        id: str,
        *,
        body: QuantityRequest,
        **options: Unpack[WriteOptions],
    ) -> SlotsAddedResponse: ...

    @overload
    async def add_video_slots(
        self,
        id: str,
        *,
        body: QuantityRequestDict,
        **options: Unpack[WriteOptions],
    ) -> SlotsAddedResponse: ...

    async def add_video_slots(
        self,
        id: str,
        *,
        body: QuantityRequest | QuantityRequestDict,
        **options: Unpack[WriteOptions],
    ) -> SlotsAddedResponse:
        """Add video slots to a bundle

        ``POST /bundles/{id}/add-video-slots``.

        Args:
            id: Bundle ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                QuantityRequest:
                    ``quantity`` (int, required; minimum 1)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            SlotsAddedResponse

        Raises:
            BadRequestError: 400 Invalid quantity or bundle type.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            slots_added = client.bundles.add_video_slots("<id>", body={"quantity": 1})
        """

        return await self._client.request(
            _add_video_slots.OPERATION,
            _add_video_slots.build_request(
                id,
                body=body,
            ),
            _add_video_slots.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def add_edit_slots(
        self,
        id: str,
        *,
        body: QuantityRequest,
        **options: Unpack[WriteOptions],
    ) -> SlotsAddedResponse: ...

    @overload
    async def add_edit_slots(
        self,
        id: str,
        *,
        body: QuantityRequestDict,
        **options: Unpack[WriteOptions],
    ) -> SlotsAddedResponse: ...

    async def add_edit_slots(
        self,
        id: str,
        *,
        body: QuantityRequest | QuantityRequestDict,
        **options: Unpack[WriteOptions],
    ) -> SlotsAddedResponse:
        """Add edit slots to a bundle

        ``POST /bundles/{id}/add-edit-slots``.

        Args:
            id: Bundle ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                QuantityRequest:
                    ``quantity`` (int, required; minimum 1)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            SlotsAddedResponse

        Raises:
            BadRequestError: 400 Invalid quantity.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            slots_added = client.bundles.add_edit_slots("<id>", body={"quantity": 1})
        """

        return await self._client.request(
            _add_edit_slots.OPERATION,
            _add_edit_slots.build_request(
                id,
                body=body,
            ),
            _add_edit_slots.parse_response,
            options,
            raw=self._raw,
        )


class BundlesWithRawResponse:
    """:class:`Bundles`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: Bundles) -> None:
        resource = resource._raw_mode()
        self.list_bundles = to_raw_response(resource.list_bundles)
        self.create_bundle = to_raw_response(resource.create_bundle)
        self.create_bundles_bulk = to_raw_response(resource.create_bundles_bulk)
        self.get_bundle = to_raw_response(resource.get_bundle)
        self.update_bundle = to_raw_response(resource.update_bundle)
        self.publish_bundle = to_raw_response(resource.publish_bundle)
        self.get_bundle_publish_readiness = to_raw_response(resource.get_bundle_publish_readiness)
        self.unpublish_bundle = to_raw_response(resource.unpublish_bundle)
        self.add_video_slots = to_raw_response(resource.add_video_slots)
        self.add_edit_slots = to_raw_response(resource.add_edit_slots)


class AsyncBundlesWithRawResponse:
    """:class:`AsyncBundles`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: AsyncBundles) -> None:
        resource = resource._raw_mode()
        self.list_bundles = async_to_raw_response(resource.list_bundles)
        self.create_bundle = async_to_raw_response(resource.create_bundle)
        self.create_bundles_bulk = async_to_raw_response(resource.create_bundles_bulk)
        self.get_bundle = async_to_raw_response(resource.get_bundle)
        self.update_bundle = async_to_raw_response(resource.update_bundle)
        self.publish_bundle = async_to_raw_response(resource.publish_bundle)
        self.get_bundle_publish_readiness = async_to_raw_response(resource.get_bundle_publish_readiness)
        self.unpublish_bundle = async_to_raw_response(resource.unpublish_bundle)
        self.add_video_slots = async_to_raw_response(resource.add_video_slots)
        self.add_edit_slots = async_to_raw_response(resource.add_edit_slots)
