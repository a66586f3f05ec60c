"""The ``account configuration`` operations: ``client.account_configuration``."""

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

from ...models.account_corrections_request import AccountCorrectionsRequest, AccountCorrectionsRequestDict
from ...models.bundle_account_response import BundleAccountResponse
from ...models.configure_account_request import ConfigureAccountRequest, ConfigureAccountRequestDict
from ...models.data_response import DataResponse
from . import configure_bundle_account as _configure_bundle_account
from . import finalize_bundle_account as _finalize_bundle_account
from . import get_bundle_account as _get_bundle_account
from . import request_bundle_account_corrections as _request_bundle_account_corrections


class AccountConfiguration(SyncAPIResource):
    """Account Configuration operations."""

    def get_bundle_account(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> BundleAccountResponse:
        """Get bundle account configuration

        ``GET /bundles/{id}/account``.

        Args:
            id: Bundle ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            BundleAccountResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_account = client.account_configuration.get_bundle_account("<id>")
        """

        return self._client.request(
            _get_bundle_account.OPERATION,
            _get_bundle_account.build_request(
                id,
            ),
            _get_bundle_account.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def configure_bundle_account(
        self,
        id: str,
        *,
        body: ConfigureAccountRequest,
        **options: Unpack[WriteOptions],
    ) -> BundleAccountResponse: ...

    @overload
    def configure_bundle_account(
        self,
        id: str,
        *,
        body: ConfigureAccountRequestDict,
        **options: Unpack[WriteOptions],
    ) -> BundleAccountResponse: ...

    def configure_bundle_account(
        self,
        id: str,
        *,
        body: ConfigureAccountRequest | ConfigureAccountRequestDict,
        **options: Unpack[WriteOptions],
    ) -> BundleAccountResponse:
        """Configure bundle account profile

        ``PUT /bundles/{id}/account``.

        Args:
            id: Bundle ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                ConfigureAccountRequest:
                    ``username`` (str, required; min length 1; max length 24; pattern `^[a-zA-Z0-9_.]+$`)
                    ``visible_name`` (str, required; min length 1; max length 30)
                    ``biography`` (str; max length 80)
                    ``profile_picture_url`` (str): An image storage_path.
                    ``link_in_bio`` (str): Instagram only.
                    ``niche_warming_instructions`` (str)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            BundleAccountResponse

        Raises:
            BadRequestError: 400 Invalid account profile.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or account not found.
            ConflictError: 409 Account status does not allow configuration.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_account = client.account_configuration.configure_bundle_account(
                "<id>",
                body={"username": "username", "visible_name": "visible_name"},
            )
        """

        return self._client.request(
            _configure_bundle_account.OPERATION,
            _configure_bundle_account.build_request(
                id,
                body=body,
            ),
            _configure_bundle_account.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def request_bundle_account_corrections(
        self,
        id: str,
        *,
        body: AccountCorrectionsRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    def request_bundle_account_corrections(
        self,
        id: str,
        *,
        body: AccountCorrectionsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    def request_bundle_account_corrections(
        self,
        id: str,
        *,
        body: AccountCorrectionsRequest | AccountCorrectionsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Request account corrections

        Moves an in-review account back to pending corrections with reviewer feedback.

        ``POST /bundles/{id}/account/corrections``.

        Args:
            id: Bundle ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                AccountCorrectionsRequest:
                    ``comment`` (str, required)
                    ``fields`` (dict): Per-field feedback.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            BadRequestError: 400 Invalid correction body.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or account not found.
            ConflictError: 409 Account is not in review.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.account_configuration.request_bundle_account_corrections(
                "<id>",
                body={"comment": "Please review this item."},
            )
        """

        return self._client.request(
            _request_bundle_account_corrections.OPERATION,
            _request_bundle_account_corrections.build_request(
                id,
                body=body,
            ),
            _request_bundle_account_corrections.parse_response,
            options,
            raw=self._raw,
        )

    def finalize_bundle_account(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Finalize account review

        Approves an in-review account and marks it finalized.

        ``POST /bundles/{id}/account/finalize``.

        Args:
            id: Bundle ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or account not found.
            ConflictError: 409 Account is not in review.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.account_configuration.finalize_bundle_account("<id>")
        """

        return self._client.request(
            _finalize_bundle_account.OPERATION,
            _finalize_bundle_account.build_request(
                id,
            ),
            _finalize_bundle_account.parse_response,
            options,
            raw=self._raw,
        )


class AsyncAccountConfiguration(AsyncAPIResource):
    """Account Configuration operations (async)."""

    async def get_bundle_account(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> BundleAccountResponse:
        """Get bundle account configuration

        ``GET /bundles/{id}/account``.

        Args:
            id: Bundle ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            BundleAccountResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_account = client.account_configuration.get_bundle_account("<id>")
        """

        return await self._client.request(
            _get_bundle_account.OPERATION,
            _get_bundle_account.build_request(
                id,
            ),
            _get_bundle_account.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def configure_bundle_account(
        self,
        id: str,
        *,
        body: ConfigureAccountRequest,
        **options: Unpack[WriteOptions],
    ) -> BundleAccountResponse: ...

    @overload
    async def configure_bundle_account(
        self,
        id: str,
        *,
        body: ConfigureAccountRequestDict,
        **options: Unpack[WriteOptions],
    ) -> BundleAccountResponse: ...

    async def configure_bundle_account(
        self,
        id: str,
        *,
        body: ConfigureAccountRequest | ConfigureAccountRequestDict,
        **options: Unpack[WriteOptions],
    ) -> BundleAccountResponse:
        """Configure bundle account profile

        ``PUT /bundles/{id}/account``.

        Args:
            id: Bundle ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                ConfigureAccountRequest:
                    ``username`` (str, required; min length 1; max length 24; pattern `^[a-zA-Z0-9_.]+$`)
                    ``visible_name`` (str, required; min length 1; max length 30)
                    ``biography`` (str; max length 80)
                    ``profile_picture_url`` (str): An image storage_path.
                    ``link_in_bio`` (str): Instagram only.
                    ``niche_warming_instructions`` (str)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            BundleAccountResponse

        Raises:
            BadRequestError: 400 Invalid account profile.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or account not found.
            ConflictError: 409 Account status does not allow configuration.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_account = client.account_configuration.configure_bundle_account(
                "<id>",
                body={"username": "username", "visible_name": "visible_name"},
            )
        """

        return await self._client.request(
            _configure_bundle_account.OPERATION,
            _configure_bundle_account.build_request(
                id,
                body=body,
            ),
            _configure_bundle_account.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def request_bundle_account_corrections(
        self,
        id: str,
        *,
        body: AccountCorrectionsRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    async def request_bundle_account_corrections(
        self,
        id: str,
        *,
        body: AccountCorrectionsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    async def request_bundle_account_corrections(
        self,
        id: str,
        *,
        body: AccountCorrectionsRequest | AccountCorrectionsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Request account corrections

        Moves an in-review account back to pending corrections with reviewer feedback.

        ``POST /bundles/{id}/account/corrections``.

        Args:
            id: Bundle ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                AccountCorrectionsRequest:
                    ``comment`` (str, required)
                    ``fields`` (dict): Per-field feedback.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            BadRequestError: 400 Invalid correction body.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or account not found.
            ConflictError: 409 Account is not in review.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.account_configuration.request_bundle_account_corrections(
                "<id>",
                body={"comment": "Please review this item."},
            )
        """

        return await self._client.request(
            _request_bundle_account_corrections.OPERATION,
            _request_bundle_account_corrections.build_request(
                id,
                body=body,
            ),
            _request_bundle_account_corrections.parse_response,
            options,
            raw=self._raw,
        )

    async def finalize_bundle_account(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Finalize account review

        Approves an in-review account and marks it finalized.

        ``POST /bundles/{id}/account/finalize``.

        Args:
            id: Bundle ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Bundle or account not found.
            ConflictError: 409 Account is not in review.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.account_configuration.finalize_bundle_account("<id>")
        """

        return await self._client.request(
            _finalize_bundle_account.OPERATION,
            _finalize_bundle_account.build_request(
                id,
            ),
            _finalize_bundle_account.parse_response,
            options,
            raw=self._raw,
        )


class AccountConfigurationWithRawResponse:
    """:class:`AccountConfiguration`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: AccountConfiguration) -> None:
        resource = resource._raw_mode()
        self.get_bundle_account = to_raw_response(resource.get_bundle_account)
        self.configure_bundle_account = to_raw_response(resource.configure_bundle_account)
        self.request_bundle_account_corrections = to_raw_response(resource.request_bundle_account_corrections)
        self.finalize_bundle_account = to_raw_response(resource.finalize_bundle_account)


class AsyncAccountConfigurationWithRawResponse:
    """:class:`AsyncAccountConfiguration`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: AsyncAccountConfiguration) -> None:
        resource = resource._raw_mode()
        self.get_bundle_account = async_to_raw_response(resource.get_bundle_account)
        self.configure_bundle_account = async_to_raw_response(resource.configure_bundle_account)
        self.request_bundle_account_corrections = async_to_raw_response(resource.request_bundle_account_corrections)
        self.finalize_bundle_account = async_to_raw_response(resource.finalize_bundle_account)
