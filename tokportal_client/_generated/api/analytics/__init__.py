"""The ``analytics`` operations: ``client.analytics``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack, overload

from tokportal_client._runtime import (
    UNSET,
    AsyncAPIResource,
    AsyncPager,
    RequestOptions,
    SaveTarget,
    SyncAPIResource,
    SyncPager,
    TextResult,
    Unset,
    WriteOptions,
    async_to_raw_response,
    to_raw_response,
)

from ...models import VideoAnalyticsListResponseDataItem
from ...models.analytics_granularity import AnalyticsGranularity, AnalyticsGranularityLiteral
from ...models.analytics_metric import AnalyticsMetric, AnalyticsMetricLiteral
from ...models.analytics_mode import AnalyticsMode, AnalyticsModeLiteral
from ...models.analytics_report_response import AnalyticsReportResponse
from ...models.analytics_response import AnalyticsResponse
from ...models.create_analytics_report_request import CreateAnalyticsReportRequest, CreateAnalyticsReportRequestDict
from ...models.data_response import DataResponse
from ...models.platform import Platform, PlatformLiteral
from ...models.refresh_analytics_request import RefreshAnalyticsRequest, RefreshAnalyticsRequestDict
from ...models.video_analytics_list_response import VideoAnalyticsListResponse
from . import can_refresh_account_analytics as _can_refresh_account_analytics
from . import create_analytics_report as _create_analytics_report
from . import export_analytics_report_html as _export_analytics_report_html
from . import export_analytics_videos as _export_analytics_videos
from . import get_account_analytics as _get_account_analytics
from . import get_analytics_account as _get_analytics_account
from . import get_analytics_contract as _get_analytics_contract
from . import get_analytics_dashboard as _get_analytics_dashboard
from . import get_analytics_series as _get_analytics_series
from . import get_comment_pulse as _get_comment_pulse
from . import get_video_analytics as _get_video_analytics
from . import list_account_video_analytics as _list_account_video_analytics
from . import list_analytics_account_comments as _list_analytics_account_comments
from . import list_analytics_account_raw_snapshots as _list_analytics_account_raw_snapshots
from . import list_analytics_post_raw_snapshots as _list_analytics_post_raw_snapshots
from . import refresh_account_analytics as _refresh_account_analytics
from . import refresh_analytics_account as _refresh_analytics_account


class Analytics(SyncAPIResource):
    """Analytics operations."""

    def can_refresh_account_analytics(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> DataResponse:
        """Check analytics refresh availability

        ``GET /accounts/{id}/analytics/can-refresh``.

        Args:
            id: Saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.analytics.can_refresh_account_analytics("<id>")
        """

        return self._client.request(
            _can_refresh_account_analytics.OPERATION,
            _can_refresh_account_analytics.build_request(
                id,
            ),
            _can_refresh_account_analytics.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def refresh_account_analytics(
        self,
        id: str,
        *,
        body: RefreshAnalyticsRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    def refresh_account_analytics(
        self,
        id: str,
        *,
        body: RefreshAnalyticsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    def refresh_account_analytics(
        self,
        id: str,
        *,
        body: RefreshAnalyticsRequest | RefreshAnalyticsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Refresh account analytics

        Backward-compatible account analytics refresh path. Supports forced refresh and post import options.

        ``POST /accounts/{id}/analytics/refresh``.

        Args:
            id: Saved account ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                RefreshAnalyticsRequest:
                    ``force`` (bool)
                    ``includePosts`` (bool)
                    ``includeComments`` (bool)
                    ``forcePosts`` (bool)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include this analytics level.
            NotFoundError: 404 Account not found.
            RateLimitError: 429 Manual refresh cooldown active.
            InternalServerError: 502 Refresh provider failed.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.analytics.refresh_account_analytics(
                "<id>",
                body={"force": False, "includePosts": False, "includeComments": False, "forcePosts": False},
            )
        """

        return self._client.request(
            _refresh_account_analytics.OPERATION,
            _refresh_account_analytics.build_request(
                id,
                body=body,
            ),
            _refresh_account_analytics.parse_response,
            options,
            raw=self._raw,
        )

    def get_analytics_dashboard(
        self,
        *,
        workspace: str | Unset = UNSET,
        platform: Sequence[Platform | PlatformLiteral] | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        account: Sequence[str] | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """Get analytics dashboard

        ``GET /analytics``.

        Args:
            workspace: Workspace id (multi-workspace keys only).
            platform: Repeatable platform filter.
            country: Repeatable country filter.
            account: Repeatable saved account filter.
            from_: Start: a date (YYYY-MM-DD) or ISO timestamp.
            to: End: a date (YYYY-MM-DD) or ISO timestamp.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.get_analytics_dashboard()
        """

        return self._client.request(
            _get_analytics_dashboard.OPERATION,
            _get_analytics_dashboard.build_request(
                workspace=workspace,
                platform=platform,
                country=country,
                account=account,
                from_=from_,
                to=to,
            ),
            _get_analytics_dashboard.parse_response,
            options,
            raw=self._raw,
        )

    def get_analytics_contract(
        self,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """Get analytics data contract

        Returns the Analytics v2 contract, current access payload, metric semantics, freshness targets, and
        redaction rules.

        ``GET /analytics/contract``.

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.get_analytics_contract()
        """

        return self._client.request(
            _get_analytics_contract.OPERATION,
            _get_analytics_contract.build_request(),
            _get_analytics_contract.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def export_analytics_videos(
        self,
        *,
        account: Sequence[str] | Unset = UNSET,
        workspace: str | Unset = UNSET,
        platform: Sequence[Platform | PlatformLiteral] | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        save_to: None = None,
        **options: Unpack[RequestOptions],
    ) -> TextResult: ...

    @overload
    def export_analytics_videos(
        self,
        *,
        account: Sequence[str] | Unset = UNSET,
        workspace: str | Unset = UNSET,
        platform: Sequence[Platform | PlatformLiteral] | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        save_to: SaveTarget,
        **options: Unpack[RequestOptions],
    ) -> int: ...

    def export_analytics_videos(
        self,
        *,
        account: Sequence[str] | Unset = UNSET,
        workspace: str | Unset = UNSET,
        platform: Sequence[Platform | PlatformLiteral] | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        save_to: SaveTarget | None = None,
        **options: Unpack[RequestOptions],
    ) -> TextResult | int:
        """Export analytics videos CSV

        ``GET /analytics/export/videos``.

        Args:
            account: Repeatable account filter.
            workspace: Workspace id (multi-workspace keys only).
            platform: Repeatable platform filter.
            country: Repeatable country filter.
            q: Search query.
            from_: Start: a date (YYYY-MM-DD) or ISO timestamp.
            to: End: a date (YYYY-MM-DD) or ISO timestamp.
            save_to: A path or a binary stream: the body is written there as it arrives (a path atomically, through a
                temporary file beside it) and the number of bytes written is returned instead of the text.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            TextResult (or the number of bytes written to ``save_to``)

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include this analytics level.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            text_result = client.analytics.export_analytics_videos()
        """

        request = _export_analytics_videos.build_request(
            account=account,
            workspace=workspace,
            platform=platform,
            country=country,
            q=q,
            from_=from_,
            to=to,
        )
        if save_to is not None:
            return self._client.download(_export_analytics_videos.OPERATION, request, save_to, options)
        return self._client.request(
            _export_analytics_videos.OPERATION, request, _export_analytics_videos.parse_response, options, raw=self._raw
        )

    @overload
    def create_analytics_report(
        self,
        *,
        body: CreateAnalyticsReportRequest,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsReportResponse: ...

    @overload
    def create_analytics_report(
        self,
        *,
        body: CreateAnalyticsReportRequestDict,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsReportResponse: ...

    def create_analytics_report(
        self,
        *,
        body: CreateAnalyticsReportRequest | CreateAnalyticsReportRequestDict,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsReportResponse:
        """Create analytics web report

        Creates a shareable Analytics v2 web report and returns its token and URL.

        ``POST /analytics/export/reports``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CreateAnalyticsReportRequest:
                    ``title`` (str | None)
                    ``template`` (ReportTemplate | None; one of `"executive"`, `"agency"`, `"creator"`, `"minimal"`,
                        `"growth"`, `"board"`): Analytics report template.
                    ``brandName`` (str | None)
                    ``brandAccent`` (str | None)
                    ``accountIds`` (list[str])
                    ``workspaceId`` (str | None)
                    ``platforms`` (list[OrderablePlatform]; items: one of `"tiktok"`, `"instagram"`)
                    ``countries`` (list[str])
                    ``query`` (str | None)
                    ``from`` (str | None)
                    ``to`` (str | None)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``.

        Returns:
            AnalyticsReportResponse

        Raises:
            BadRequestError: 400 Invalid report request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include this analytics level.
            APIConnectionError: The request could not reach TokPortal.

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics_report = client.analytics.create_analytics_report(
                body={
                    "title": "Launch campaign",
                    "template": "executive",
                    "brandName": "brandName",
                    "brandAccent": "brandAccent",
                },
            )
        """

        return self._client.request(
            _create_analytics_report.OPERATION,
            _create_analytics_report.build_request(
                body=body,
            ),
            _create_analytics_report.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def export_analytics_report_html(
        self,
        *,
        body: CreateAnalyticsReportRequest,
        save_to: None = None,
        **options: Unpack[WriteOptions],
    ) -> TextResult: ...

    @overload
    def export_analytics_report_html(
        self,
        *,
        body: CreateAnalyticsReportRequest,
        save_to: SaveTarget,
        **options: Unpack[WriteOptions],
    ) -> int: ...

    @overload
    def export_analytics_report_html(
        self,
        *,
        body: CreateAnalyticsReportRequestDict,
        save_to: None = None,
        **options: Unpack[WriteOptions],
    ) -> TextResult: ...

    @overload
    def export_analytics_report_html(
        self,
        *,
        body: CreateAnalyticsReportRequestDict,
        save_to: SaveTarget,
        **options: Unpack[WriteOptions],
    ) -> int: ...

    def export_analytics_report_html(
        self,
        *,
        body: CreateAnalyticsReportRequest | CreateAnalyticsReportRequestDict,
        save_to: SaveTarget | None = None,
        **options: Unpack[WriteOptions],
    ) -> TextResult | int:
        """Export analytics report HTML

        Creates a standalone downloadable HTML analytics report.

        ``POST /analytics/export/reports/html``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CreateAnalyticsReportRequest:
                    ``title`` (str | None)
                    ``template`` (ReportTemplate | None; one of `"executive"`, `"agency"`, `"creator"`, `"minimal"`,
                        `"growth"`, `"board"`): Analytics report template.
                    ``brandName`` (str | None)
                    ``brandAccent`` (str | None)
                    ``accountIds`` (list[str])
                    ``workspaceId`` (str | None)
                    ``platforms`` (list[OrderablePlatform]; items: one of `"tiktok"`, `"instagram"`)
                    ``countries`` (list[str])
                    ``query`` (str | None)
                    ``from`` (str | None)
                    ``to`` (str | None)
            save_to: A path or a binary stream: the body is written there as it arrives (a path atomically, through a
                temporary file beside it) and the number of bytes written is returned instead of the text.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            TextResult (or the number of bytes written to ``save_to``)

        Raises:
            BadRequestError: 400 Invalid report request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include this analytics level.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            text_result = client.analytics.export_analytics_report_html(
                body={
                    "title": "Launch campaign",
                    "template": "executive",
                    "brandName": "brandName",
                    "brandAccent": "brandAccent",
                },
            )
        """

        request = _export_analytics_report_html.build_request(
            body=body,
        )
        if save_to is not None:
            return self._client.download(_export_analytics_report_html.OPERATION, request, save_to, options)
        return self._client.request(
            _export_analytics_report_html.OPERATION,
            request,
            _export_analytics_report_html.parse_response,
            options,
            raw=self._raw,
        )

    def get_analytics_series(
        self,
        *,
        metric: AnalyticsMetric | AnalyticsMetricLiteral | Unset = UNSET,
        granularity: AnalyticsGranularity | AnalyticsGranularityLiteral | Unset = UNSET,
        mode: AnalyticsMode | AnalyticsModeLiteral | Unset = UNSET,
        account: Sequence[str] | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """Get analytics time series

        ``GET /analytics/series``.

        Args:
            metric: Metric (default views).
            granularity: Bucket size (default day).
            mode: Point computation (default cumulative).
            account: Repeatable account filter.
            from_: Start: a date (YYYY-MM-DD) or ISO timestamp.
            to: End: a date (YYYY-MM-DD) or ISO timestamp.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include this analytics level.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.get_analytics_series()
        """

        return self._client.request(
            _get_analytics_series.OPERATION,
            _get_analytics_series.build_request(
                metric=metric,
                granularity=granularity,
                mode=mode,
                account=account,
                from_=from_,
                to=to,
            ),
            _get_analytics_series.parse_response,
            options,
            raw=self._raw,
        )

    def get_analytics_account(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """Get account analytics drilldown

        ``GET /analytics/accounts/{id}``.

        Args:
            id: Saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.get_analytics_account("<id>")
        """

        return self._client.request(
            _get_analytics_account.OPERATION,
            _get_analytics_account.build_request(
                id,
            ),
            _get_analytics_account.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def refresh_analytics_account(
        self,
        id: str,
        *,
        body: RefreshAnalyticsRequest,
        **options: Unpack[WriteOptions],
    ) -> AnalyticsResponse: ...

    @overload
    def refresh_analytics_account(
        self,
        id: str,
        *,
        body: RefreshAnalyticsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> AnalyticsResponse: ...

    def refresh_analytics_account(
        self,
        id: str,
        *,
        body: RefreshAnalyticsRequest | RefreshAnalyticsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> AnalyticsResponse:
        """Refresh analytics account

        ``POST /analytics/accounts/{id}/refresh``.

        Args:
            id: Saved account ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                RefreshAnalyticsRequest:
                    ``force`` (bool)
                    ``includePosts`` (bool)
                    ``includeComments`` (bool)
                    ``forcePosts`` (bool)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include this analytics level.
            NotFoundError: 404 Account not found.
            RateLimitError: 429 Manual refresh cooldown active.
            InternalServerError: 502 Refresh provider failed.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.refresh_analytics_account(
                "<id>",
                body={"force": False, "includePosts": False, "includeComments": False, "forcePosts": False},
            )
        """

        return self._client.request(
            _refresh_analytics_account.OPERATION,
            _refresh_analytics_account.build_request(
                id,
                body=body,
            ),
            _refresh_analytics_account.parse_response,
            options,
            raw=self._raw,
        )

    def list_analytics_account_raw_snapshots(
        self,
        id: str,
        *,
        source: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """List raw account analytics snapshots

        Returns owner-scoped stored raw provider payloads for a saved account. Full analytics tier only.

        ``GET /analytics/accounts/{id}/raw``.

        Args:
            id: Saved account ID.
            source: Raw snapshot source.
            limit: Maximum number of rows.
            from_: Start: a date (YYYY-MM-DD) or ISO timestamp.
            to: End: a date (YYYY-MM-DD) or ISO timestamp.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include raw analytics payloads.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.list_analytics_account_raw_snapshots("<id>")
        """

        return self._client.request(
            _list_analytics_account_raw_snapshots.OPERATION,
            _list_analytics_account_raw_snapshots.build_request(
                id,
                source=source,
                limit=limit,
                from_=from_,
                to=to,
            ),
            _list_analytics_account_raw_snapshots.parse_response,
            options,
            raw=self._raw,
        )

    def get_account_analytics(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """Get account analytics compatibility view

        ``GET /accounts/{id}/analytics``.

        Args:
            id: Saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.get_account_analytics("<id>")
        """

        return self._client.request(
            _get_account_analytics.OPERATION,
            _get_account_analytics.build_request(
                id,
            ),
            _get_account_analytics.parse_response,
            options,
            raw=self._raw,
        )

    def list_account_video_analytics(
        self,
        id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VideoAnalyticsListResponse:
        """List post analytics for an account

        ``GET /accounts/{id}/analytics/videos``.

        Args:
            id: Saved account ID.
            page: Page number.
            per_page: Items per page.
            sort_by: Sort field, e.g. views.
            sort_order: asc or desc.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            VideoAnalyticsListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            video_analytics_list = client.analytics.list_account_video_analytics("<id>")
            for video_analytics_list_response_data_item in client.analytics.iter_account_video_analytics("<id>"):
                print(video_analytics_list_response_data_item)
        """

        return self._client.request(
            _list_account_video_analytics.OPERATION,
            _list_account_video_analytics.build_request(
                id,
                page=page,
                per_page=per_page,
                sort_by=sort_by,
                sort_order=sort_order,
            ),
            _list_account_video_analytics.parse_response,
            options,
            raw=self._raw,
        )

    def iter_account_video_analytics(
        self,
        id: str,
        *,
        sort_by: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[VideoAnalyticsListResponseDataItem, VideoAnalyticsListResponse]:
        """Every item of :meth:`list_account_video_analytics`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return SyncPager(
            lambda page: self.list_account_video_analytics(
                id, sort_by=sort_by, sort_order=sort_order, page=page, per_page=per_page, **options
            ),
            per_page=per_page,
            max_items=max_items,
        )

    def get_video_analytics(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """Get single video analytics

        ``GET /videos/{id}/analytics``.

        Args:
            id: Video ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Video not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.get_video_analytics("<id>")
        """

        return self._client.request(
            _get_video_analytics.OPERATION,
            _get_video_analytics.build_request(
                id,
            ),
            _get_video_analytics.parse_response,
            options,
            raw=self._raw,
        )

    def get_comment_pulse(
        self,
        *,
        platform: Platform | PlatformLiteral | Unset = UNSET,
        country: str | Unset = UNSET,
        account: str | Unset = UNSET,
        post: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        post_limit: int | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """Get comment pulse analytics

        ``GET /analytics/comments``.

        Args:
            platform: Filter by platform.
            country: Country filter.
            account: Account filter.
            post: Post filter.
            limit: Maximum number of rows.
            post_limit: Maximum number of posts.
            from_: Start: a date (YYYY-MM-DD) or ISO timestamp.
            to: End: a date (YYYY-MM-DD) or ISO timestamp.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include this analytics level.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.get_comment_pulse()
        """

        return self._client.request(
            _get_comment_pulse.OPERATION,
            _get_comment_pulse.build_request(
                platform=platform,
                country=country,
                account=account,
                post=post,
                limit=limit,
                post_limit=post_limit,
                from_=from_,
                to=to,
            ),
            _get_comment_pulse.parse_response,
            options,
            raw=self._raw,
        )

    def list_analytics_account_comments(
        self,
        id: str,
        *,
        tracked_post_id: str | Unset = UNSET,
        post_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """List comments for an account post

        ``GET /analytics/accounts/{id}/comments``.

        Args:
            id: Saved account ID.
            tracked_post_id: Tracked post id.
            post_id: Platform post id.
            limit: Maximum number of rows.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include this analytics level.
            NotFoundError: 404 Account or post not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.list_analytics_account_comments("<id>")
        """

        return self._client.request(
            _list_analytics_account_comments.OPERATION,
            _list_analytics_account_comments.build_request(
                id,
                tracked_post_id=tracked_post_id,
                post_id=post_id,
                limit=limit,
            ),
            _list_analytics_account_comments.parse_response,
            options,
            raw=self._raw,
        )

    def list_analytics_post_raw_snapshots(
        self,
        id: str,
        *,
        source: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """List raw post analytics snapshots

        Returns owner-scoped stored raw provider payloads for a tracked post. Full analytics tier only.

        ``GET /analytics/posts/{id}/raw``.

        Args:
            id: Tracked post ID.
            source: Raw snapshot source.
            limit: Maximum number of rows.
            from_: Start: a date (YYYY-MM-DD) or ISO timestamp.
            to: End: a date (YYYY-MM-DD) or ISO timestamp.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include raw analytics payloads.
            NotFoundError: 404 Post not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.list_analytics_post_raw_snapshots("<id>")
        """

        return self._client.request(
            _list_analytics_post_raw_snapshots.OPERATION,
            _list_analytics_post_raw_snapshots.build_request(
                id,
                source=source,
                limit=limit,
                from_=from_,
                to=to,
            ),
            _list_analytics_post_raw_snapshots.parse_response,
            options,
            raw=self._raw,
        )


class AsyncAnalytics(AsyncAPIResource):
    """Analytics operations (async)."""

    async def can_refresh_account_analytics(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> DataResponse:
        """Check analytics refresh availability

        ``GET /accounts/{id}/analytics/can-refresh``.

        Args:
            id: Saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.analytics.can_refresh_account_analytics("<id>")
        """

        return await self._client.request(
            _can_refresh_account_analytics.OPERATION,
            _can_refresh_account_analytics.build_request(
                id,
            ),
            _can_refresh_account_analytics.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def refresh_account_analytics(
        self,
        id: str,
        *,
        body: RefreshAnalyticsRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    async def refresh_account_analytics(
        self,
        id: str,
        *,
        body: RefreshAnalyticsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    async def refresh_account_analytics(
        self,
        id: str,
        *,
        body: RefreshAnalyticsRequest | RefreshAnalyticsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Refresh account analytics

        Backward-compatible account analytics refresh path. Supports forced refresh and post import options.

        ``POST /accounts/{id}/analytics/refresh``.

        Args:
            id: Saved account ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                RefreshAnalyticsRequest:
                    ``force`` (bool)
                    ``includePosts`` (bool)
                    ``includeComments`` (bool)
                    ``forcePosts`` (bool)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include this analytics level.
            NotFoundError: 404 Account not found.
            RateLimitError: 429 Manual refresh cooldown active.
            InternalServerError: 502 Refresh provider failed.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.analytics.refresh_account_analytics(
                "<id>",
                body={"force": False, "includePosts": False, "includeComments": False, "forcePosts": False},
            )
        """

        return await self._client.request(
            _refresh_account_analytics.OPERATION,
            _refresh_account_analytics.build_request(
                id,
                body=body,
            ),
            _refresh_account_analytics.parse_response,
            options,
            raw=self._raw,
        )

    async def get_analytics_dashboard(
        self,
        *,
        workspace: str | Unset = UNSET,
        platform: Sequence[Platform | PlatformLiteral] | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        account: Sequence[str] | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """Get analytics dashboard

        ``GET /analytics``.

        Args:
            workspace: Workspace id (multi-workspace keys only).
            platform: Repeatable platform filter.
            country: Repeatable country filter.
            account: Repeatable saved account filter.
            from_: Start: a date (YYYY-MM-DD) or ISO timestamp.
            to: End: a date (YYYY-MM-DD) or ISO timestamp.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.get_analytics_dashboard()
        """

        return await self._client.request(
            _get_analytics_dashboard.OPERATION,
            _get_analytics_dashboard.build_request(
                workspace=workspace,
                platform=platform,
                country=country,
                account=account,
                from_=from_,
                to=to,
            ),
            _get_analytics_dashboard.parse_response,
            options,
            raw=self._raw,
        )

    async def get_analytics_contract(
        self,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """Get analytics data contract

        Returns the Analytics v2 contract, current access payload, metric semantics, freshness targets, and
        redaction rules.

        ``GET /analytics/contract``.

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.get_analytics_contract()
        """

        return await self._client.request(
            _get_analytics_contract.OPERATION,
            _get_analytics_contract.build_request(),
            _get_analytics_contract.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def export_analytics_videos(
        self,
        *,
        account: Sequence[str] | Unset = UNSET,
        workspace: str | Unset = UNSET,
        platform: Sequence[Platform | PlatformLiteral] | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        save_to: None = None,
        **options: Unpack[RequestOptions],
    ) -> TextResult: ...

    @overload
    async def export_analytics_videos(
        self,
        *,
        account: Sequence[str] | Unset = UNSET,
        workspace: str | Unset = UNSET,
        platform: Sequence[Platform | PlatformLiteral] | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        save_to: SaveTarget,
        **options: Unpack[RequestOptions],
    ) -> int: ...

    async def export_analytics_videos(
        self,
        *,
        account: Sequence[str] | Unset = UNSET,
        workspace: str | Unset = UNSET,
        platform: Sequence[Platform | PlatformLiteral] | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        save_to: SaveTarget | None = None,
        **options: Unpack[RequestOptions],
    ) -> TextResult | int:
        """Export analytics videos CSV

        ``GET /analytics/export/videos``.

        Args:
            account: Repeatable account filter.
            workspace: Workspace id (multi-workspace keys only).
            platform: Repeatable platform filter.
            country: Repeatable country filter.
            q: Search query.
            from_: Start: a date (YYYY-MM-DD) or ISO timestamp.
            to: End: a date (YYYY-MM-DD) or ISO timestamp.
            save_to: A path or a binary stream: the body is written there as it arrives (a path atomically, through a
                temporary file beside it) and the number of bytes written is returned instead of the text.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            TextResult (or the number of bytes written to ``save_to``)

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include this analytics level.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            text_result = client.analytics.export_analytics_videos()
        """

        request = _export_analytics_videos.build_request(
            account=account,
            workspace=workspace,
            platform=platform,
            country=country,
            q=q,
            from_=from_,
            to=to,
        )
        if save_to is not None:
            return await self._client.download(_export_analytics_videos.OPERATION, request, save_to, options)
        return await self._client.request(
            _export_analytics_videos.OPERATION, request, _export_analytics_videos.parse_response, options, raw=self._raw
        )

    @overload
    async def create_analytics_report(
        self,
        *,
        body: CreateAnalyticsReportRequest,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsReportResponse: ...

    @overload
    async def create_analytics_report(
        self,
        *,
        body: CreateAnalyticsReportRequestDict,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsReportResponse: ...

    async def create_analytics_report(
        self,
        *,
        body: CreateAnalyticsReportRequest | CreateAnalyticsReportRequestDict,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsReportResponse:
        """Create analytics web report

        Creates a shareable Analytics v2 web report and returns its token and URL.

        ``POST /analytics/export/reports``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CreateAnalyticsReportRequest:
                    ``title`` (str | None)
                    ``template`` (ReportTemplate | None; one of `"executive"`, `"agency"`, `"creator"`, `"minimal"`,
                        `"growth"`, `"board"`): Analytics report template.
                    ``brandName`` (str | None)
                    ``brandAccent`` (str | None)
                    ``accountIds`` (list[str])
                    ``workspaceId`` (str | None)
                    ``platforms`` (list[OrderablePlatform]; items: one of `"tiktok"`, `"instagram"`)
                    ``countries`` (list[str])
                    ``query`` (str | None)
                    ``from`` (str | None)
                    ``to`` (str | None)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``.

        Returns:
            AnalyticsReportResponse

        Raises:
            BadRequestError: 400 Invalid report request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include this analytics level.
            APIConnectionError: The request could not reach TokPortal.

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics_report = client.analytics.create_analytics_report(
                body={
                    "title": "Launch campaign",
                    "template": "executive",
                    "brandName": "brandName",
                    "brandAccent": "brandAccent",
                },
            )
        """

        return await self._client.request(
            _create_analytics_report.OPERATION,
            _create_analytics_report.build_request(
                body=body,
            ),
            _create_analytics_report.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def export_analytics_report_html(
        self,
        *,
        body: CreateAnalyticsReportRequest,
        save_to: None = None,
        **options: Unpack[WriteOptions],
    ) -> TextResult: ...

    @overload
    async def export_analytics_report_html(
        self,
        *,
        body: CreateAnalyticsReportRequest,
        save_to: SaveTarget,
        **options: Unpack[WriteOptions],
    ) -> int: ...

    @overload
    async def export_analytics_report_html(
        self,
        *,
        body: CreateAnalyticsReportRequestDict,
        save_to: None = None,
        **options: Unpack[WriteOptions],
    ) -> TextResult: ...

    @overload
    async def export_analytics_report_html(
        self,
        *,
        body: CreateAnalyticsReportRequestDict,
        save_to: SaveTarget,
        **options: Unpack[WriteOptions],
    ) -> int: ...

    async def export_analytics_report_html(
        self,
        *,
        body: CreateAnalyticsReportRequest | CreateAnalyticsReportRequestDict,
        save_to: SaveTarget | None = None,
        **options: Unpack[WriteOptions],
    ) -> TextResult | int:
        """Export analytics report HTML

        Creates a standalone downloadable HTML analytics report.

        ``POST /analytics/export/reports/html``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CreateAnalyticsReportRequest:
                    ``title`` (str | None)
                    ``template`` (ReportTemplate | None; one of `"executive"`, `"agency"`, `"creator"`, `"minimal"`,
                        `"growth"`, `"board"`): Analytics report template.
                    ``brandName`` (str | None)
                    ``brandAccent`` (str | None)
                    ``accountIds`` (list[str])
                    ``workspaceId`` (str | None)
                    ``platforms`` (list[OrderablePlatform]; items: one of `"tiktok"`, `"instagram"`)
                    ``countries`` (list[str])
                    ``query`` (str | None)
                    ``from`` (str | None)
                    ``to`` (str | None)
            save_to: A path or a binary stream: the body is written there as it arrives (a path atomically, through a
                temporary file beside it) and the number of bytes written is returned instead of the text.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            TextResult (or the number of bytes written to ``save_to``)

        Raises:
            BadRequestError: 400 Invalid report request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include this analytics level.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            text_result = client.analytics.export_analytics_report_html(
                body={
                    "title": "Launch campaign",
                    "template": "executive",
                    "brandName": "brandName",
                    "brandAccent": "brandAccent",
                },
            )
        """

        request = _export_analytics_report_html.build_request(
            body=body,
        )
        if save_to is not None:
            return await self._client.download(_export_analytics_report_html.OPERATION, request, save_to, options)
        return await self._client.request(
            _export_analytics_report_html.OPERATION,
            request,
            _export_analytics_report_html.parse_response,
            options,
            raw=self._raw,
        )

    async def get_analytics_series(
        self,
        *,
        metric: AnalyticsMetric | AnalyticsMetricLiteral | Unset = UNSET,
        granularity: AnalyticsGranularity | AnalyticsGranularityLiteral | Unset = UNSET,
        mode: AnalyticsMode | AnalyticsModeLiteral | Unset = UNSET,
        account: Sequence[str] | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """Get analytics time series

        ``GET /analytics/series``.

        Args:
            metric: Metric (default views).
            granularity: Bucket size (default day).
            mode: Point computation (default cumulative).
            account: Repeatable account filter.
            from_: Start: a date (YYYY-MM-DD) or ISO timestamp.
            to: End: a date (YYYY-MM-DD) or ISO timestamp.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include this analytics level.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.get_analytics_series()
        """

        return await self._client.request(
            _get_analytics_series.OPERATION,
            _get_analytics_series.build_request(
                metric=metric,
                granularity=granularity,
                mode=mode,
                account=account,
                from_=from_,
                to=to,
            ),
            _get_analytics_series.parse_response,
            options,
            raw=self._raw,
        )

    async def get_analytics_account(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """Get account analytics drilldown

        ``GET /analytics/accounts/{id}``.

        Args:
            id: Saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.get_analytics_account("<id>")
        """

        return await self._client.request(
            _get_analytics_account.OPERATION,
            _get_analytics_account.build_request(
                id,
            ),
            _get_analytics_account.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def refresh_analytics_account(
        self,
        id: str,
        *,
        body: RefreshAnalyticsRequest,
        **options: Unpack[WriteOptions],
    ) -> AnalyticsResponse: ...

    @overload
    async def refresh_analytics_account(
        self,
        id: str,
        *,
        body: RefreshAnalyticsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> AnalyticsResponse: ...

    async def refresh_analytics_account(
        self,
        id: str,
        *,
        body: RefreshAnalyticsRequest | RefreshAnalyticsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> AnalyticsResponse:
        """Refresh analytics account

        ``POST /analytics/accounts/{id}/refresh``.

        Args:
            id: Saved account ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                RefreshAnalyticsRequest:
                    ``force`` (bool)
                    ``includePosts`` (bool)
                    ``includeComments`` (bool)
                    ``forcePosts`` (bool)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include this analytics level.
            NotFoundError: 404 Account not found.
            RateLimitError: 429 Manual refresh cooldown active.
            InternalServerError: 502 Refresh provider failed.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.refresh_analytics_account(
                "<id>",
                body={"force": False, "includePosts": False, "includeComments": False, "forcePosts": False},
            )
        """

        return await self._client.request(
            _refresh_analytics_account.OPERATION,
            _refresh_analytics_account.build_request(
                id,
                body=body,
            ),
            _refresh_analytics_account.parse_response,
            options,
            raw=self._raw,
        )

    async def list_analytics_account_raw_snapshots(
        self,
        id: str,
        *,
        source: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """List raw account analytics snapshots

        Returns owner-scoped stored raw provider payloads for a saved account. Full analytics tier only.

        ``GET /analytics/accounts/{id}/raw``.

        Args:
            id: Saved account ID.
            source: Raw snapshot source.
            limit: Maximum number of rows.
            from_: Start: a date (YYYY-MM-DD) or ISO timestamp.
            to: End: a date (YYYY-MM-DD) or ISO timestamp.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include raw analytics payloads.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.list_analytics_account_raw_snapshots("<id>")
        """

        return await self._client.request(
            _list_analytics_account_raw_snapshots.OPERATION,
            _list_analytics_account_raw_snapshots.build_request(
                id,
                source=source,
                limit=limit,
                from_=from_,
                to=to,
            ),
            _list_analytics_account_raw_snapshots.parse_response,
            options,
            raw=self._raw,
        )

    async def get_account_analytics(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """Get account analytics compatibility view

        ``GET /accounts/{id}/analytics``.

        Args:
            id: Saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.get_account_analytics("<id>")
        """

        return await self._client.request(
            _get_account_analytics.OPERATION,
            _get_account_analytics.build_request(
                id,
            ),
            _get_account_analytics.parse_response,
            options,
            raw=self._raw,
        )

    async def list_account_video_analytics(
        self,
        id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VideoAnalyticsListResponse:
        """List post analytics for an account

        ``GET /accounts/{id}/analytics/videos``.

        Args:
            id: Saved account ID.
            page: Page number.
            per_page: Items per page.
            sort_by: Sort field, e.g. views.
            sort_order: asc or desc.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            VideoAnalyticsListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            video_analytics_list = client.analytics.list_account_video_analytics("<id>")
            for video_analytics_list_response_data_item in client.analytics.iter_account_video_analytics("<id>"):
                print(video_analytics_list_response_data_item)
        """

        return await self._client.request(
            _list_account_video_analytics.OPERATION,
            _list_account_video_analytics.build_request(
                id,
                page=page,
                per_page=per_page,
                sort_by=sort_by,
                sort_order=sort_order,
            ),
            _list_account_video_analytics.parse_response,
            options,
            raw=self._raw,
        )

    def iter_account_video_analytics(
        self,
        id: str,
        *,
        sort_by: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[VideoAnalyticsListResponseDataItem, VideoAnalyticsListResponse]:
        """Every item of :meth:`list_account_video_analytics`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return AsyncPager(
            lambda page: self.list_account_video_analytics(
                id, sort_by=sort_by, sort_order=sort_order, page=page, per_page=per_page, **options
            ),
            per_page=per_page,
            max_items=max_items,
        )

    async def get_video_analytics(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """Get single video analytics

        ``GET /videos/{id}/analytics``.

        Args:
            id: Video ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Video not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.get_video_analytics("<id>")
        """

        return await self._client.request(
            _get_video_analytics.OPERATION,
            _get_video_analytics.build_request(
                id,
            ),
            _get_video_analytics.parse_response,
            options,
            raw=self._raw,
        )

    async def get_comment_pulse(
        self,
        *,
        platform: Platform | PlatformLiteral | Unset = UNSET,
        country: str | Unset = UNSET,
        account: str | Unset = UNSET,
        post: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        post_limit: int | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """Get comment pulse analytics

        ``GET /analytics/comments``.

        Args:
            platform: Filter by platform.
            country: Country filter.
            account: Account filter.
            post: Post filter.
            limit: Maximum number of rows.
            post_limit: Maximum number of posts.
            from_: Start: a date (YYYY-MM-DD) or ISO timestamp.
            to: End: a date (YYYY-MM-DD) or ISO timestamp.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include this analytics level.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.get_comment_pulse()
        """

        return await self._client.request(
            _get_comment_pulse.OPERATION,
            _get_comment_pulse.build_request(
                platform=platform,
                country=country,
                account=account,
                post=post,
                limit=limit,
                post_limit=post_limit,
                from_=from_,
                to=to,
            ),
            _get_comment_pulse.parse_response,
            options,
            raw=self._raw,
        )

    async def list_analytics_account_comments(
        self,
        id: str,
        *,
        tracked_post_id: str | Unset = UNSET,
        post_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """List comments for an account post

        ``GET /analytics/accounts/{id}/comments``.

        Args:
            id: Saved account ID.
            tracked_post_id: Tracked post id.
            post_id: Platform post id.
            limit: Maximum number of rows.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include this analytics level.
            NotFoundError: 404 Account or post not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.list_analytics_account_comments("<id>")
        """

        return await self._client.request(
            _list_analytics_account_comments.OPERATION,
            _list_analytics_account_comments.build_request(
                id,
                tracked_post_id=tracked_post_id,
                post_id=post_id,
                limit=limit,
            ),
            _list_analytics_account_comments.parse_response,
            options,
            raw=self._raw,
        )

    async def list_analytics_post_raw_snapshots(
        self,
        id: str,
        *,
        source: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse:
        """List raw post analytics snapshots

        Returns owner-scoped stored raw provider payloads for a tracked post. Full analytics tier only.

        ``GET /analytics/posts/{id}/raw``.

        Args:
            id: Tracked post ID.
            source: Raw snapshot source.
            limit: Maximum number of rows.
            from_: Start: a date (YYYY-MM-DD) or ISO timestamp.
            to: End: a date (YYYY-MM-DD) or ISO timestamp.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AnalyticsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            PermissionDeniedError: 403 Plan does not include raw analytics payloads.
            NotFoundError: 404 Post not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            analytics = client.analytics.list_analytics_post_raw_snapshots("<id>")
        """

        return await self._client.request(
            _list_analytics_post_raw_snapshots.OPERATION,
            _list_analytics_post_raw_snapshots.build_request(
                id,
                source=source,
                limit=limit,
                from_=from_,
                to=to,
            ),
            _list_analytics_post_raw_snapshots.parse_response,
            options,
            raw=self._raw,
        )


class AnalyticsWithRawResponse:
    """:class:`Analytics`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: Analytics) -> None:
        resource = resource._raw_mode()
        self.can_refresh_account_analytics = to_raw_response(resource.can_refresh_account_analytics)
        self.refresh_account_analytics = to_raw_response(resource.refresh_account_analytics)
        self.get_analytics_dashboard = to_raw_response(resource.get_analytics_dashboard)
        self.get_analytics_contract = to_raw_response(resource.get_analytics_contract)
        self.export_analytics_videos = to_raw_response(resource.export_analytics_videos)
        self.create_analytics_report = to_raw_response(resource.create_analytics_report)
        self.export_analytics_report_html = to_raw_response(resource.export_analytics_report_html)
        self.get_analytics_series = to_raw_response(resource.get_analytics_series)
        self.get_analytics_account = to_raw_response(resource.get_analytics_account)
        self.refresh_analytics_account = to_raw_response(resource.refresh_analytics_account)
        self.list_analytics_account_raw_snapshots = to_raw_response(resource.list_analytics_account_raw_snapshots)
        self.get_account_analytics = to_raw_response(resource.get_account_analytics)
        self.list_account_video_analytics = to_raw_response(resource.list_account_video_analytics)
        self.get_video_analytics = to_raw_response(resource.get_video_analytics)
        self.get_comment_pulse = to_raw_response(resource.get_comment_pulse)
        self.list_analytics_account_comments = to_raw_response(resource.list_analytics_account_comments)
        self.list_analytics_post_raw_snapshots = to_raw_response(resource.list_analytics_post_raw_snapshots)


class AsyncAnalyticsWithRawResponse:
    """:class:`AsyncAnalytics`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: AsyncAnalytics) -> None:
        resource = resource._raw_mode()
        self.can_refresh_account_analytics = async_to_raw_response(resource.can_refresh_account_analytics)
        self.refresh_account_analytics = async_to_raw_response(resource.refresh_account_analytics)
        self.get_analytics_dashboard = async_to_raw_response(resource.get_analytics_dashboard)
        self.get_analytics_contract = async_to_raw_response(resource.get_analytics_contract)
        self.export_analytics_videos = async_to_raw_response(resource.export_analytics_videos)
        self.create_analytics_report = async_to_raw_response(resource.create_analytics_report)
        self.export_analytics_report_html = async_to_raw_response(resource.export_analytics_report_html)
        self.get_analytics_series = async_to_raw_response(resource.get_analytics_series)
        self.get_analytics_account = async_to_raw_response(resource.get_analytics_account)
        self.refresh_analytics_account = async_to_raw_response(resource.refresh_analytics_account)
        self.list_analytics_account_raw_snapshots = async_to_raw_response(resource.list_analytics_account_raw_snapshots)
        self.get_account_analytics = async_to_raw_response(resource.get_account_analytics)
        self.list_account_video_analytics = async_to_raw_response(resource.list_account_video_analytics)
        self.get_video_analytics = async_to_raw_response(resource.get_video_analytics)
        self.get_comment_pulse = async_to_raw_response(resource.get_comment_pulse)
        self.list_analytics_account_comments = async_to_raw_response(resource.list_analytics_account_comments)
        self.list_analytics_post_raw_snapshots = async_to_raw_response(resource.list_analytics_post_raw_snapshots)
