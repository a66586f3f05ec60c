"""The ``warming`` operations: ``client.warming``."""

from __future__ import annotations

from typing import Unpack, overload

from tokportal_client._runtime import (
    AsyncAPIResource,
    RequestOptions,
    SyncAPIResource,
    WriteOptions,
    async_to_raw_response,
    to_raw_response,
)

from ...models.data_response import DataResponse
from ...models.generate_warming_terms_request import GenerateWarmingTermsRequest, GenerateWarmingTermsRequestDict
from ...models.rewarm_account_request import RewarmAccountRequest, RewarmAccountRequestDict
from ...models.rewarm_account_response import RewarmAccountResponse
from ...models.warming_session_list_response import WarmingSessionListResponse
from ...models.warming_session_response import WarmingSessionResponse
from ...models.warming_terms_request import WarmingTermsRequest, WarmingTermsRequestDict
from . import configure_bundle_warming_terms as _configure_bundle_warming_terms
from . import generate_warming_terms as _generate_warming_terms
from . import get_warming_session as _get_warming_session
from . import list_account_warming_sessions as _list_account_warming_sessions
from . import rewarm_account as _rewarm_account


class Warming(SyncAPIResource):
    """Warming operations."""

    @overload
    def rewarm_account(
        self,
        id: str,
        *,
        body: RewarmAccountRequest,
        **options: Unpack[WriteOptions],
    ) -> RewarmAccountResponse: ...

    @overload
    def rewarm_account(
        self,
        id: str,
        *,
        body: RewarmAccountRequestDict,
        **options: Unpack[WriteOptions],
    ) -> RewarmAccountResponse: ...

    def rewarm_account(
        self,
        id: str,
        *,
        body: RewarmAccountRequest | RewarmAccountRequestDict,
        **options: Unpack[WriteOptions],
    ) -> RewarmAccountResponse:
        """Order Advanced Niche Warming (rewarm) on a delivered account

        Start an Advanced Niche Warming session on a delivered account with the given search terms, charged
        per term. Needs active Coverage (or grandfathering), a manager backed by a non-cancelled order and
        no active session.

        ``POST /accounts/{id}/rewarm``.

        Args:
            id: Saved account ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                RewarmAccountRequest:
                    ``search_terms`` (list[str], required; min items 3; max items 30; items: min length 2, max
                        length 50)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            RewarmAccountResponse

        Raises:
            BadRequestError: 400 Invalid request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            rewarm_account = client.warming.rewarm_account(
                "<id>",
                body={"search_terms": ["high protein recipes", "meal prep ideas", "healthy breakfast"]},
            )
        """

        return self._client.request(
            _rewarm_account.OPERATION,
            _rewarm_account.build_request(
                id,
                body=body,
            ),
            _rewarm_account.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def configure_bundle_warming_terms(
        self,
        id: str,
        *,
        body: WarmingTermsRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    def configure_bundle_warming_terms(
        self,
        id: str,
        *,
        body: WarmingTermsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    def configure_bundle_warming_terms(
        self,
        id: str,
        *,
        body: WarmingTermsRequest | WarmingTermsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Configure the niche targets of a count-only Advanced Niche Warming purchase

        Write the search terms of a bundle bought with advanced_warming_terms_count: exactly as many as were
        bought. One-shot; works at any account status.

        ``PUT /bundles/{id}/warming-terms``.

        Args:
            id: Bundle ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                WarmingTermsRequest:
                    ``advanced_warming_terms`` (list[str], required; min items 3; max items 30; items: min length 2,
                        max length 50)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            BadRequestError: 400 Invalid request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.warming.configure_bundle_warming_terms(
                "<id>",
                body={
                    "advanced_warming_terms": ["high protein recipes", "meal prep ideas", "healthy breakfast"],
                },
            )
        """

        return self._client.request(
            _configure_bundle_warming_terms.OPERATION,
            _configure_bundle_warming_terms.build_request(
                id,
                body=body,
            ),
            _configure_bundle_warming_terms.parse_response,
            options,
            raw=self._raw,
        )

    def list_account_warming_sessions(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> WarmingSessionListResponse:
        """List Advanced Niche Warming sessions for an account

        The warming sessions of a delivered account, with their progress.

        ``GET /accounts/{id}/warming-sessions``.

        Args:
            id: Saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            WarmingSessionListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            warming_session_list = client.warming.list_account_warming_sessions("<id>")
        """

        return self._client.request(
            _list_account_warming_sessions.OPERATION,
            _list_account_warming_sessions.build_request(
                id,
            ),
            _list_account_warming_sessions.parse_response,
            options,
            raw=self._raw,
        )

    def get_warming_session(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> WarmingSessionResponse:
        """Get an Advanced Niche Warming session

        One warming session: status, configured and verified terms, start and completion.

        ``GET /warming-sessions/{id}``.

        Args:
            id: Warming session ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            WarmingSessionResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Warming session not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            warming_session = client.warming.get_warming_session("<id>")
        """

        return self._client.request(
            _get_warming_session.OPERATION,
            _get_warming_session.build_request(
                id,
            ),
            _get_warming_session.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def generate_warming_terms(
        self,
        *,
        body: GenerateWarmingTermsRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    def generate_warming_terms(
        self,
        *,
        body: GenerateWarmingTermsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    def generate_warming_terms(
        self,
        *,
        body: GenerateWarmingTermsRequest | GenerateWarmingTermsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Generate Advanced Niche Warming search terms

        Turn a niche description into search terms, free of charge. The shape of the answer is not stated by
        a public source.

        ``POST /warming/generate-terms``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                GenerateWarmingTermsRequest:
                    ``text`` (str, required): Niche description (product, audience, language, country).
                    ``platform`` (OrderablePlatform; one of `"tiktok"`, `"instagram"`): Platform a bundle can be
                        ordered for through the API.
                    ``count`` (int; minimum 3; maximum 30; multiple of 3)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            BadRequestError: 400 Invalid request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.warming.generate_warming_terms(
                body={"text": "High-protein home cooking for busy students", "platform": "tiktok", "count": 9},
            )
        """

        return self._client.request(
            _generate_warming_terms.OPERATION,
            _generate_warming_terms.build_request(
                body=body,
            ),
            _generate_warming_terms.parse_response,
            options,
            raw=self._raw,
        )


class AsyncWarming(AsyncAPIResource):
    """Warming operations (async)."""

    @overload
    async def rewarm_account(
        self,
        id: str,
        *,
        body: RewarmAccountRequest,
        **options: Unpack[WriteOptions],
    ) -> RewarmAccountResponse: ...

    @overload
    async def rewarm_account(
        self,
        id: str,
        *,
        body: RewarmAccountRequestDict,
        **options: Unpack[WriteOptions],
    ) -> RewarmAccountResponse: ...

    async def rewarm_account(
        self,
        id: str,
        *,
        body: RewarmAccountRequest | RewarmAccountRequestDict,
        **options: Unpack[WriteOptions],
    ) -> RewarmAccountResponse:
        """Order Advanced Niche Warming (rewarm) on a delivered account

        Start an Advanced Niche Warming session on a delivered account with the given search terms, charged
        per term. Needs active Coverage (or grandfathering), a manager backed by a non-cancelled order and
        no active session.

        ``POST /accounts/{id}/rewarm``.

        Args:
            id: Saved account ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                RewarmAccountRequest:
                    ``search_terms`` (list[str], required; min items 3; max items 30; items: min length 2, max
                        length 50)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            RewarmAccountResponse

        Raises:
            BadRequestError: 400 Invalid request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            rewarm_account = client.warming.rewarm_account(
                "<id>",
                body={"search_terms": ["high protein recipes", "meal prep ideas", "healthy breakfast"]},
            )
        """

        return await self._client.request(
            _rewarm_account.OPERATION,
            _rewarm_account.build_request(
                id,
                body=body,
            ),
            _rewarm_account.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def configure_bundle_warming_terms(
        self,
        id: str,
        *,
        body: WarmingTermsRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    async def configure_bundle_warming_terms(
        self,
        id: str,
        *,
        body: WarmingTermsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    async def configure_bundle_warming_terms(
        self,
        id: str,
        *,
        body: WarmingTermsRequest | WarmingTermsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Configure the niche targets of a count-only Advanced Niche Warming purchase

        Write the search terms of a bundle bought with advanced_warming_terms_count: exactly as many as were
        bought. One-shot; works at any account status.

        ``PUT /bundles/{id}/warming-terms``.

        Args:
            id: Bundle ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                WarmingTermsRequest:
                    ``advanced_warming_terms`` (list[str], required; min items 3; max items 30; items: min length 2,
                        max length 50)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            BadRequestError: 400 Invalid request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.warming.configure_bundle_warming_terms(
                "<id>",
                body={
                    "advanced_warming_terms": ["high protein recipes", "meal prep ideas", "healthy breakfast"],
                },
            )
        """

        return await self._client.request(
            _configure_bundle_warming_terms.OPERATION,
            _configure_bundle_warming_terms.build_request(
                id,
                body=body,
            ),
            _configure_bundle_warming_terms.parse_response,
            options,
            raw=self._raw,
        )

    async def list_account_warming_sessions(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> WarmingSessionListResponse:
        """List Advanced Niche Warming sessions for an account

        The warming sessions of a delivered account, with their progress.

        ``GET /accounts/{id}/warming-sessions``.

        Args:
            id: Saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            WarmingSessionListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            warming_session_list = client.warming.list_account_warming_sessions("<id>")
        """

        return await self._client.request(
            _list_account_warming_sessions.OPERATION,
            _list_account_warming_sessions.build_request(
                id,
            ),
            _list_account_warming_sessions.parse_response,
            options,
            raw=self._raw,
        )

    async def get_warming_session(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> WarmingSessionResponse:
        """Get an Advanced Niche Warming session

        One warming session: status, configured and verified terms, start and completion.

        ``GET /warming-sessions/{id}``.

        Args:
            id: Warming session ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            WarmingSessionResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Warming session not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            warming_session = client.warming.get_warming_session("<id>")
        """

        return await self._client.request(
            _get_warming_session.OPERATION,
            _get_warming_session.build_request(
                id,
            ),
            _get_warming_session.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def generate_warming_terms(
        self,
        *,
        body: GenerateWarmingTermsRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    async def generate_warming_terms(
        self,
        *,
        body: GenerateWarmingTermsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    async def generate_warming_terms(
        self,
        *,
        body: GenerateWarmingTermsRequest | GenerateWarmingTermsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Generate Advanced Niche Warming search terms

        Turn a niche description into search terms, free of charge. The shape of the answer is not stated by
        a public source.

        ``POST /warming/generate-terms``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                GenerateWarmingTermsRequest:
                    ``text`` (str, required): Niche description (product, audience, language, country).
                    ``platform`` (OrderablePlatform; one of `"tiktok"`, `"instagram"`): Platform a bundle can be
                        ordered for through the API.
                    ``count`` (int; minimum 3; maximum 30; multiple of 3)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            BadRequestError: 400 Invalid request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.warming.generate_warming_terms(
                body={"text": "High-protein home cooking for busy students", "platform": "tiktok", "count": 9},
            )
        """

        return await self._client.request(
            _generate_warming_terms.OPERATION,
            _generate_warming_terms.build_request(
                body=body,
            ),
            _generate_warming_terms.parse_response,
            options,
            raw=self._raw,
        )


class WarmingWithRawResponse:
    """:class:`Warming`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: Warming) -> None:
        resource = resource._raw_mode()
        self.rewarm_account = to_raw_response(resource.rewarm_account)
        self.configure_bundle_warming_terms = to_raw_response(resource.configure_bundle_warming_terms)
        self.list_account_warming_sessions = to_raw_response(resource.list_account_warming_sessions)
        self.get_warming_session = to_raw_response(resource.get_warming_session)
        self.generate_warming_terms = to_raw_response(resource.generate_warming_terms)


class AsyncWarmingWithRawResponse:
    """:class:`AsyncWarming`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: AsyncWarming) -> None:
        resource = resource._raw_mode()
        self.rewarm_account = async_to_raw_response(resource.rewarm_account)
        self.configure_bundle_warming_terms = async_to_raw_response(resource.configure_bundle_warming_terms)
        self.list_account_warming_sessions = async_to_raw_response(resource.list_account_warming_sessions)
        self.get_warming_session = async_to_raw_response(resource.get_warming_session)
        self.generate_warming_terms = async_to_raw_response(resource.generate_warming_terms)
