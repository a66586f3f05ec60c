"""The ``webhooks`` operations: ``client.webhooks``."""

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

from ...models import WebhookDelivery, WebhookEndpoint
from ...models.create_webhook_endpoint_request import CreateWebhookEndpointRequest, CreateWebhookEndpointRequestDict
from ...models.data_response import DataResponse
from ...models.update_webhook_endpoint_request import UpdateWebhookEndpointRequest, UpdateWebhookEndpointRequestDict
from ...models.webhook_delivery_list_response import WebhookDeliveryListResponse
from ...models.webhook_endpoint_created_response import WebhookEndpointCreatedResponse
from ...models.webhook_endpoint_list_response import WebhookEndpointListResponse
from ...models.webhook_endpoint_response import WebhookEndpointResponse
from ...models.webhook_event_catalog_response import WebhookEventCatalogResponse
from ...models.webhook_event_type import WebhookEventType, WebhookEventTypeLiteral
from . import create_webhook_endpoint as _create_webhook_endpoint
from . import delete_webhook_endpoint as _delete_webhook_endpoint
from . import get_webhook_endpoint as _get_webhook_endpoint
from . import list_webhook_deliveries as _list_webhook_deliveries
from . import list_webhook_endpoints as _list_webhook_endpoints
from . import list_webhook_events as _list_webhook_events
from . import retry_webhook_delivery as _retry_webhook_delivery
from . import test_webhook_endpoint as _test_webhook_endpoint
from . import update_webhook_endpoint as _update_webhook_endpoint


class Webhooks(SyncAPIResource):
    """Webhooks operations."""

    def list_webhook_events(
        self,
        **options: Unpack[RequestOptions],
    ) -> WebhookEventCatalogResponse:
        """List webhook event catalog

        Returns the supported webhook event types, delivery envelope, signature scheme, and example
        payloads. This endpoint is public so teams can inspect webhook contracts before creating an API key.

        ``GET /webhooks/events`` (no API key needed).

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            WebhookEventCatalogResponse

        Raises:
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            webhook_event_catalog = client.webhooks.list_webhook_events()
        """

        return self._client.request(
            _list_webhook_events.OPERATION,
            _list_webhook_events.build_request(),
            _list_webhook_events.parse_response,
            options,
            raw=self._raw,
        )

    def list_webhook_endpoints(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        event: WebhookEventType | WebhookEventTypeLiteral | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpointListResponse:
        """List webhook endpoints

        ``GET /webhooks``.

        Args:
            page: Page number.
            per_page: Items per page.
            enabled: Filter by enabled state.
            event: Filter endpoints subscribed to an event.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            WebhookEndpointListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            webhook_endpoint_list = client.webhooks.list_webhook_endpoints()
            for webhook_endpoint in client.webhooks.iter_webhook_endpoints():
                print(webhook_endpoint)
        """

        return self._client.request(
            _list_webhook_endpoints.OPERATION,
            _list_webhook_endpoints.build_request(
                page=page,
                per_page=per_page,
                enabled=enabled,
                event=event,
            ),
            _list_webhook_endpoints.parse_response,
            options,
            raw=self._raw,
        )

    def iter_webhook_endpoints(
        self,
        *,
        enabled: bool | Unset = UNSET,
        event: WebhookEventType | WebhookEventTypeLiteral | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[WebhookEndpoint, WebhookEndpointListResponse]:
        """Every item of :meth:`list_webhook_endpoints`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return SyncPager(
            lambda page: self.list_webhook_endpoints(
                enabled=enabled, event=event, page=page, per_page=per_page, **options
            ),
            per_page=per_page,
            max_items=max_items,
        )

    @overload
    def create_webhook_endpoint(
        self,
        *,
        body: CreateWebhookEndpointRequest,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpointCreatedResponse: ...

    @overload
    def create_webhook_endpoint(
        self,
        *,
        body: CreateWebhookEndpointRequestDict,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpointCreatedResponse: ...

    def create_webhook_endpoint(
        self,
        *,
        body: CreateWebhookEndpointRequest | CreateWebhookEndpointRequestDict,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpointCreatedResponse:
        """Create a webhook endpoint

        Creates a webhook endpoint and returns its signing secret once. Store the secret to verify TokPortal
        webhook signatures.

        ``POST /webhooks``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CreateWebhookEndpointRequest:
                    ``url`` (str, required): HTTPS URL.
                    ``events`` (list[WebhookEventType], required; min items 1; items: one of `"webhook.test"`,
                        `"bundle.created"`, `"bundle.published"`, `"bundle.cancelled"`, `"bundle.archived"`,
                        `"account.configured"`, `"account.published"`, `"account.in_review"`,
                        `"account.pending_corrections"`, `"account.finalized"`, `"account.remade"`, `"account.banned"`,
                        `"account.ban_appeal.submitted"`, `"account.ban_appeal.resolved"`,
                        `"account.ban_resolution.decided"`, `"video.configured"`, `"video.in_review"`,
                        `"video.published"`, `"video.pending_corrections"`, `"video.finalized"`,
                        `"warming.session_started"`, `"warming.term_verified"`, `"warming.session_completed"`,
                        `"subscription.renewed"`, `"subscription.lapsed"`, `"subscription.cancelled"`,
                        `"subscription.reactivated"`, `"subscription.ended"`, `"account.revealed"`,
                        `"credits.restored"`, `"video.not_recommended"`, `"video.ai_labeled"`,
                        `"video.sound_restricted"`, `"account.distribution_warning"`)
                    ``description`` (str; max length 500)
                    ``enabled`` (bool)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``.

        Returns:
            WebhookEndpointCreatedResponse

        Raises:
            BadRequestError: 400 Invalid webhook endpoint.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            ConflictError: 409 Endpoint already exists.
            APIConnectionError: The request could not reach TokPortal.

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            webhook_endpoint_created = client.webhooks.create_webhook_endpoint(
                body={"url": "https://example.com/resource", "events": ["webhook.test"]},
            )
        """

        return self._client.request(
            _create_webhook_endpoint.OPERATION,
            _create_webhook_endpoint.build_request(
                body=body,
            ),
            _create_webhook_endpoint.parse_response,
            options,
            raw=self._raw,
        )

    def get_webhook_endpoint(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpointResponse:
        """Get a webhook endpoint

        ``GET /webhooks/{id}``.

        Args:
            id: Webhook endpoint ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            WebhookEndpointResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Webhook endpoint not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            webhook_endpoint = client.webhooks.get_webhook_endpoint("<id>")
        """

        return self._client.request(
            _get_webhook_endpoint.OPERATION,
            _get_webhook_endpoint.build_request(
                id,
            ),
            _get_webhook_endpoint.parse_response,
            options,
            raw=self._raw,
        )

    def delete_webhook_endpoint(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> None:
        """Delete a webhook endpoint

        ``DELETE /webhooks/{id}``.

        Args:
            id: Webhook endpoint ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            None

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Webhook endpoint not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            client.webhooks.delete_webhook_endpoint("<id>")
        """

        return self._client.request(
            _delete_webhook_endpoint.OPERATION,
            _delete_webhook_endpoint.build_request(
                id,
            ),
            _delete_webhook_endpoint.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def update_webhook_endpoint(
        self,
        id: str,
        *,
        body: UpdateWebhookEndpointRequest,
        **options: Unpack[WriteOptions],
    ) -> WebhookEndpointResponse: ...

    @overload
    def update_webhook_endpoint(
        self,
        id: str,
        *,
        body: UpdateWebhookEndpointRequestDict,
        **options: Unpack[WriteOptions],
    ) -> WebhookEndpointResponse: ...

    def update_webhook_endpoint(
        self,
        id: str,
        *,
        body: UpdateWebhookEndpointRequest | UpdateWebhookEndpointRequestDict,
        **options: Unpack[WriteOptions],
    ) -> WebhookEndpointResponse:
        """Update a webhook endpoint

        ``PATCH /webhooks/{id}``.

        Args:
            id: Webhook endpoint ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                UpdateWebhookEndpointRequest:
                    ``url`` (str)
                    ``events`` (list[WebhookEventType]; items: one of `"webhook.test"`, `"bundle.created"`,
                        `"bundle.published"`, `"bundle.cancelled"`, `"bundle.archived"`, `"account.configured"`,
                        `"account.published"`, `"account.in_review"`, `"account.pending_corrections"`,
                        `"account.finalized"`, `"account.remade"`, `"account.banned"`, `"account.ban_appeal.submitted"`,
                        `"account.ban_appeal.resolved"`, `"account.ban_resolution.decided"`, `"video.configured"`,
                        `"video.in_review"`, `"video.published"`, `"video.pending_corrections"`, `"video.finalized"`,
                        `"warming.session_started"`, `"warming.term_verified"`, `"warming.session_completed"`,
                        `"subscription.renewed"`, `"subscription.lapsed"`, `"subscription.cancelled"`,
                        `"subscription.reactivated"`, `"subscription.ended"`, `"account.revealed"`,
                        `"credits.restored"`, `"video.not_recommended"`, `"video.ai_labeled"`,
                        `"video.sound_restricted"`, `"account.distribution_warning"`)
                    ``description`` (str | None; max length 500)
                    ``enabled`` (bool)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            WebhookEndpointResponse

        Raises:
            BadRequestError: 400 Invalid webhook endpoint patch.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Webhook endpoint not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            webhook_endpoint = client.webhooks.update_webhook_endpoint(
                "<id>",
                body={
                    "url": "https://example.com/resource",
                    "events": ["webhook.test"],
                    "description": "Campaign content description.",
                    "enabled": False,
                },
            )
        """

        return self._client.request(
            _update_webhook_endpoint.OPERATION,
            _update_webhook_endpoint.build_request(
                id,
                body=body,
            ),
            _update_webhook_endpoint.parse_response,
            options,
            raw=self._raw,
        )

    def list_webhook_deliveries(
        self,
        id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        event_type: WebhookEventType | WebhookEventTypeLiteral | Unset = UNSET,
        success: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebhookDeliveryListResponse:
        """List webhook deliveries

        ``GET /webhooks/{id}/deliveries``.

        Args:
            id: Webhook endpoint ID.
            page: Page number.
            per_page: Items per page.
            event_type: Filter by event type.
            success: Filter by delivery success.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            WebhookDeliveryListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Webhook endpoint not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            webhook_delivery_list = client.webhooks.list_webhook_deliveries("<id>")
            for webhook_delivery in client.webhooks.iter_webhook_deliveries("<id>"):
                print(webhook_delivery)
        """

        return self._client.request(
            _list_webhook_deliveries.OPERATION,
            _list_webhook_deliveries.build_request(
                id,
                page=page,
                per_page=per_page,
                event_type=event_type,
                success=success,
            ),
            _list_webhook_deliveries.parse_response,
            options,
            raw=self._raw,
        )

    def iter_webhook_deliveries(
        self,
        id: str,
        *,
        event_type: WebhookEventType | WebhookEventTypeLiteral | Unset = UNSET,
        success: bool | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[WebhookDelivery, WebhookDeliveryListResponse]:
        """Every item of :meth:`list_webhook_deliveries`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return SyncPager(
            lambda page: self.list_webhook_deliveries(
                id, event_type=event_type, success=success, page=page, per_page=per_page, **options
            ),
            per_page=per_page,
            max_items=max_items,
        )

    def retry_webhook_delivery(
        self,
        id: str,
        delivery_id: str,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Retry a webhook delivery

        Resends the stored webhook payload to the endpoint's current URL with a fresh TokPortal-Signature
        header. The event ID is preserved so receivers can keep idempotent processing.

        ``POST /webhooks/{id}/deliveries/{delivery_id}/retry``.

        Args:
            id: Webhook endpoint ID.
            delivery_id: Webhook delivery ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Webhook endpoint or delivery not found.
            ConflictError: 409 Webhook endpoint is disabled or payload is unavailable.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.webhooks.retry_webhook_delivery("<id>", "<delivery_id>")
        """

        return self._client.request(
            _retry_webhook_delivery.OPERATION,
            _retry_webhook_delivery.build_request(
                id,
                delivery_id,
            ),
            _retry_webhook_delivery.parse_response,
            options,
            raw=self._raw,
        )

    def test_webhook_endpoint(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Send a test webhook

        Sends a signed webhook.test event to the endpoint and records the delivery result.

        ``POST /webhooks/{id}/test``.

        Args:
            id: Webhook endpoint ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Webhook endpoint not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.webhooks.test_webhook_endpoint("<id>")
        """

        return self._client.request(
            _test_webhook_endpoint.OPERATION,
            _test_webhook_endpoint.build_request(
                id,
            ),
            _test_webhook_endpoint.parse_response,
            options,
            raw=self._raw,
        )


class AsyncWebhooks(AsyncAPIResource):
    """Webhooks operations (async)."""

    async def list_webhook_events(
        self,
        **options: Unpack[RequestOptions],
    ) -> WebhookEventCatalogResponse:
        """List webhook event catalog

        Returns the supported webhook event types, delivery envelope, signature scheme, and example
        payloads. This endpoint is public so teams can inspect webhook contracts before creating an API key.

        ``GET /webhooks/events`` (no API key needed).

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            WebhookEventCatalogResponse

        Raises:
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            webhook_event_catalog = client.webhooks.list_webhook_events()
        """

        return await self._client.request(
            _list_webhook_events.OPERATION,
            _list_webhook_events.build_request(),
            _list_webhook_events.parse_response,
            options,
            raw=self._raw,
        )

    async def list_webhook_endpoints(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        event: WebhookEventType | WebhookEventTypeLiteral | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpointListResponse:
        """List webhook endpoints

        ``GET /webhooks``.

        Args:
            page: Page number.
            per_page: Items per page.
            enabled: Filter by enabled state.
            event: Filter endpoints subscribed to an event.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            WebhookEndpointListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            webhook_endpoint_list = client.webhooks.list_webhook_endpoints()
            for webhook_endpoint in client.webhooks.iter_webhook_endpoints():
                print(webhook_endpoint)
        """

        return await self._client.request(
            _list_webhook_endpoints.OPERATION,
            _list_webhook_endpoints.build_request(
                page=page,
                per_page=per_page,
                enabled=enabled,
                event=event,
            ),
            _list_webhook_endpoints.parse_response,
            options,
            raw=self._raw,
        )

    def iter_webhook_endpoints(
        self,
        *,
        enabled: bool | Unset = UNSET,
        event: WebhookEventType | WebhookEventTypeLiteral | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[WebhookEndpoint, WebhookEndpointListResponse]:
        """Every item of :meth:`list_webhook_endpoints`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return AsyncPager(
            lambda page: self.list_webhook_endpoints(
                enabled=enabled, event=event, page=page, per_page=per_page, **options
            ),
            per_page=per_page,
            max_items=max_items,
        )

    @overload
    async def create_webhook_endpoint(
        self,
        *,
        body: CreateWebhookEndpointRequest,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpointCreatedResponse: ...

    @overload
    async def create_webhook_endpoint(
        self,
        *,
        body: CreateWebhookEndpointRequestDict,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpointCreatedResponse: ...

    async def create_webhook_endpoint(
        self,
        *,
        body: CreateWebhookEndpointRequest | CreateWebhookEndpointRequestDict,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpointCreatedResponse:
        """Create a webhook endpoint

        Creates a webhook endpoint and returns its signing secret once. Store the secret to verify TokPortal
        webhook signatures.

        ``POST /webhooks``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CreateWebhookEndpointRequest:
                    ``url`` (str, required): HTTPS URL.
                    ``events`` (list[WebhookEventType], required; min items 1; items: one of `"webhook.test"`,
                        `"bundle.created"`, `"bundle.published"`, `"bundle.cancelled"`, `"bundle.archived"`,
                        `"account.configured"`, `"account.published"`, `"account.in_review"`,
                        `"account.pending_corrections"`, `"account.finalized"`, `"account.remade"`, `"account.banned"`,
                        `"account.ban_appeal.submitted"`, `"account.ban_appeal.resolved"`,
                        `"account.ban_resolution.decided"`, `"video.configured"`, `"video.in_review"`,
                        `"video.published"`, `"video.pending_corrections"`, `"video.finalized"`,
                        `"warming.session_started"`, `"warming.term_verified"`, `"warming.session_completed"`,
                        `"subscription.renewed"`, `"subscription.lapsed"`, `"subscription.cancelled"`,
                        `"subscription.reactivated"`, `"subscription.ended"`, `"account.revealed"`,
                        `"credits.restored"`, `"video.not_recommended"`, `"video.ai_labeled"`,
                        `"video.sound_restricted"`, `"account.distribution_warning"`)
                    ``description`` (str; max length 500)
                    ``enabled`` (bool)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``.

        Returns:
            WebhookEndpointCreatedResponse

        Raises:
            BadRequestError: 400 Invalid webhook endpoint.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            ConflictError: 409 Endpoint already exists.
            APIConnectionError: The request could not reach TokPortal.

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            webhook_endpoint_created = client.webhooks.create_webhook_endpoint(
                body={"url": "https://example.com/resource", "events": ["webhook.test"]},
            )
        """

        return await self._client.request(
            _create_webhook_endpoint.OPERATION,
            _create_webhook_endpoint.build_request(
                body=body,
            ),
            _create_webhook_endpoint.parse_response,
            options,
            raw=self._raw,
        )

    async def get_webhook_endpoint(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpointResponse:
        """Get a webhook endpoint

        ``GET /webhooks/{id}``.

        Args:
            id: Webhook endpoint ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            WebhookEndpointResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Webhook endpoint not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            webhook_endpoint = client.webhooks.get_webhook_endpoint("<id>")
        """

        return await self._client.request(
            _get_webhook_endpoint.OPERATION,
            _get_webhook_endpoint.build_request(
                id,
            ),
            _get_webhook_endpoint.parse_response,
            options,
            raw=self._raw,
        )

    async def delete_webhook_endpoint(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> None:
        """Delete a webhook endpoint

        ``DELETE /webhooks/{id}``.

        Args:
            id: Webhook endpoint ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            None

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Webhook endpoint not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            client.webhooks.delete_webhook_endpoint("<id>")
        """

        return await self._client.request(
            _delete_webhook_endpoint.OPERATION,
            _delete_webhook_endpoint.build_request(
                id,
            ),
            _delete_webhook_endpoint.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def update_webhook_endpoint(
        self,
        id: str,
        *,
        body: UpdateWebhookEndpointRequest,
        **options: Unpack[WriteOptions],
    ) -> WebhookEndpointResponse: ...

    @overload
    async def update_webhook_endpoint(
        self,
        id: str,
        *,
        body: UpdateWebhookEndpointRequestDict,
        **options: Unpack[WriteOptions],
    ) -> WebhookEndpointResponse: ...

    async def update_webhook_endpoint(
        self,
        id: str,
        *,
        body: UpdateWebhookEndpointRequest | UpdateWebhookEndpointRequestDict,
        **options: Unpack[WriteOptions],
    ) -> WebhookEndpointResponse:
        """Update a webhook endpoint

        ``PATCH /webhooks/{id}``.

        Args:
            id: Webhook endpoint ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                UpdateWebhookEndpointRequest:
                    ``url`` (str)
                    ``events`` (list[WebhookEventType]; items: one of `"webhook.test"`, `"bundle.created"`,
                        `"bundle.published"`, `"bundle.cancelled"`, `"bundle.archived"`, `"account.configured"`,
                        `"account.published"`, `"account.in_review"`, `"account.pending_corrections"`,
                        `"account.finalized"`, `"account.remade"`, `"account.banned"`, `"account.ban_appeal.submitted"`,
                        `"account.ban_appeal.resolved"`, `"account.ban_resolution.decided"`, `"video.configured"`,
                        `"video.in_review"`, `"video.published"`, `"video.pending_corrections"`, `"video.finalized"`,
                        `"warming.session_started"`, `"warming.term_verified"`, `"warming.session_completed"`,
                        `"subscription.renewed"`, `"subscription.lapsed"`, `"subscription.cancelled"`,
                        `"subscription.reactivated"`, `"subscription.ended"`, `"account.revealed"`,
                        `"credits.restored"`, `"video.not_recommended"`, `"video.ai_labeled"`,
                        `"video.sound_restricted"`, `"account.distribution_warning"`)
                    ``description`` (str | None; max length 500)
                    ``enabled`` (bool)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            WebhookEndpointResponse

        Raises:
            BadRequestError: 400 Invalid webhook endpoint patch.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Webhook endpoint not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            webhook_endpoint = client.webhooks.update_webhook_endpoint(
                "<id>",
                body={
                    "url": "https://example.com/resource",
                    "events": ["webhook.test"],
                    "description": "Campaign content description.",
                    "enabled": False,
                },
            )
        """

        return await self._client.request(
            _update_webhook_endpoint.OPERATION,
            _update_webhook_endpoint.build_request(
                id,
                body=body,
            ),
            _update_webhook_endpoint.parse_response,
            options,
            raw=self._raw,
        )

    async def list_webhook_deliveries(
        self,
        id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        event_type: WebhookEventType | WebhookEventTypeLiteral | Unset = UNSET,
        success: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebhookDeliveryListResponse:
        """List webhook deliveries

        ``GET /webhooks/{id}/deliveries``.

        Args:
            id: Webhook endpoint ID.
            page: Page number.
            per_page: Items per page.
            event_type: Filter by event type.
            success: Filter by delivery success.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            WebhookDeliveryListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Webhook endpoint not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            webhook_delivery_list = client.webhooks.list_webhook_deliveries("<id>")
            for webhook_delivery in client.webhooks.iter_webhook_deliveries("<id>"):
                print(webhook_delivery)
        """

        return await self._client.request(
            _list_webhook_deliveries.OPERATION,
            _list_webhook_deliveries.build_request(
                id,
                page=page,
                per_page=per_page,
                event_type=event_type,
                success=success,
            ),
            _list_webhook_deliveries.parse_response,
            options,
            raw=self._raw,
        )

    def iter_webhook_deliveries(
        self,
        id: str,
        *,
        event_type: WebhookEventType | WebhookEventTypeLiteral | Unset = UNSET,
        success: bool | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[WebhookDelivery, WebhookDeliveryListResponse]:
        """Every item of :meth:`list_webhook_deliveries`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return AsyncPager(
            lambda page: self.list_webhook_deliveries(
                id, event_type=event_type, success=success, page=page, per_page=per_page, **options
            ),
            per_page=per_page,
            max_items=max_items,
        )

    async def retry_webhook_delivery(
        self,
        id: str,
        delivery_id: str,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Retry a webhook delivery

        Resends the stored webhook payload to the endpoint's current URL with a fresh TokPortal-Signature
        header. The event ID is preserved so receivers can keep idempotent processing.

        ``POST /webhooks/{id}/deliveries/{delivery_id}/retry``.

        Args:
            id: Webhook endpoint ID.
            delivery_id: Webhook delivery ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Webhook endpoint or delivery not found.
            ConflictError: 409 Webhook endpoint is disabled or payload is unavailable.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.webhooks.retry_webhook_delivery("<id>", "<delivery_id>")
        """

        return await self._client.request(
            _retry_webhook_delivery.OPERATION,
            _retry_webhook_delivery.build_request(
                id,
                delivery_id,
            ),
            _retry_webhook_delivery.parse_response,
            options,
            raw=self._raw,
        )

    async def test_webhook_endpoint(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Send a test webhook

        Sends a signed webhook.test event to the endpoint and records the delivery result.

        ``POST /webhooks/{id}/test``.

        Args:
            id: Webhook endpoint ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Webhook endpoint not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.webhooks.test_webhook_endpoint("<id>")
        """

        return await self._client.request(
            _test_webhook_endpoint.OPERATION,
            _test_webhook_endpoint.build_request(
                id,
            ),
            _test_webhook_endpoint.parse_response,
            options,
            raw=self._raw,
        )


class WebhooksWithRawResponse:
    """:class:`Webhooks`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: Webhooks) -> None:
        resource = resource._raw_mode()
        self.list_webhook_events = to_raw_response(resource.list_webhook_events)
        self.list_webhook_endpoints = to_raw_response(resource.list_webhook_endpoints)
        self.create_webhook_endpoint = to_raw_response(resource.create_webhook_endpoint)
        self.get_webhook_endpoint = to_raw_response(resource.get_webhook_endpoint)
        self.delete_webhook_endpoint = to_raw_response(resource.delete_webhook_endpoint)
        self.update_webhook_endpoint = to_raw_response(resource.update_webhook_endpoint)
        self.list_webhook_deliveries = to_raw_response(resource.list_webhook_deliveries)
        self.retry_webhook_delivery = to_raw_response(resource.retry_webhook_delivery)
        self.test_webhook_endpoint = to_raw_response(resource.test_webhook_endpoint)


class AsyncWebhooksWithRawResponse:
    """:class:`AsyncWebhooks`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: AsyncWebhooks) -> None:
        resource = resource._raw_mode()
        self.list_webhook_events = async_to_raw_response(resource.list_webhook_events)
        self.list_webhook_endpoints = async_to_raw_response(resource.list_webhook_endpoints)
        self.create_webhook_endpoint = async_to_raw_response(resource.create_webhook_endpoint)
        self.get_webhook_endpoint = async_to_raw_response(resource.get_webhook_endpoint)
        self.delete_webhook_endpoint = async_to_raw_response(resource.delete_webhook_endpoint)
        self.update_webhook_endpoint = async_to_raw_response(resource.update_webhook_endpoint)
        self.list_webhook_deliveries = async_to_raw_response(resource.list_webhook_deliveries)
        self.retry_webhook_delivery = async_to_raw_response(resource.retry_webhook_delivery)
        self.test_webhook_endpoint = async_to_raw_response(resource.test_webhook_endpoint)
