"""The ``credits`` operations: ``client.credits``."""

from __future__ import annotations

from typing import Unpack

from tokportal_client._runtime import (
    UNSET,
    AsyncAPIResource,
    AsyncPager,
    RequestOptions,
    SyncAPIResource,
    SyncPager,
    Unset,
    async_to_raw_response,
    to_raw_response,
)

from ...models import CreditTransaction
from ...models.credit_balance_response import CreditBalanceResponse
from ...models.credit_costs_response import CreditCostsResponse
from ...models.credit_transaction_list_response import CreditTransactionListResponse
from . import get_credit_balance as _get_credit_balance
from . import get_credit_costs as _get_credit_costs
from . import list_credit_transactions as _list_credit_transactions


class Credits(SyncAPIResource):
    """Credits operations."""

    def get_credit_costs(
        self,
        **options: Unpack[RequestOptions],
    ) -> CreditCostsResponse:
        """Get credit pricing

        ``GET /credit-costs`` (no API key needed).

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            CreditCostsResponse

        Raises:
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            credit_costs = client.credits.get_credit_costs()
        """

        return self._client.request(
            _get_credit_costs.OPERATION,
            _get_credit_costs.build_request(),
            _get_credit_costs.parse_response,
            options,
            raw=self._raw,
        )

    def get_credit_balance(
        self,
        **options: Unpack[RequestOptions],
    ) -> CreditBalanceResponse:
        """Get credit balance

        ``GET /credits/balance``.

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            CreditBalanceResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            credit_balance = client.credits.get_credit_balance()
        """

        return self._client.request(
            _get_credit_balance.OPERATION,
            _get_credit_balance.build_request(),
            _get_credit_balance.parse_response,
            options,
            raw=self._raw,
        )

    def list_credit_transactions(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditTransactionListResponse:
        """List credit transactions

        ``GET /credits/history``.

        Args:
            page: Page number.
            per_page: Items per page.
            date_from: Only transactions at or after this date: a date (YYYY-MM-DD) or ISO timestamp.
            date_to: Only transactions up to this date: a date (YYYY-MM-DD) or ISO timestamp.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            CreditTransactionListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            credit_transaction_list = client.credits.list_credit_transactions()
            for credit_transaction in client.credits.iter_credit_transactions():
                print(credit_transaction)
        """

        return self._client.request(
            _list_credit_transactions.OPERATION,
            _list_credit_transactions.build_request(
                page=page,
                per_page=per_page,
                date_from=date_from,
                date_to=date_to,
            ),
            _list_credit_transactions.parse_response,
            options,
            raw=self._raw,
        )

    def iter_credit_transactions(
        self,
        *,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[CreditTransaction, CreditTransactionListResponse]:
        """Every item of :meth:`list_credit_transactions`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return SyncPager(
            lambda page: self.list_credit_transactions(
                date_from=date_from, date_to=date_to, page=page, per_page=per_page, **options
            ),
            per_page=per_page,
            max_items=max_items,
        )


class AsyncCredits(AsyncAPIResource):
    """Credits operations (async)."""

    async def get_credit_costs(
        self,
        **options: Unpack[RequestOptions],
    ) -> CreditCostsResponse:
        """Get credit pricing

        ``GET /credit-costs`` (no API key needed).

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            CreditCostsResponse

        Raises:
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            credit_costs = client.credits.get_credit_costs()
        """

        return await self._client.request(
            _get_credit_costs.OPERATION,
            _get_credit_costs.build_request(),
            _get_credit_costs.parse_response,
            options,
            raw=self._raw,
        )

    async def get_credit_balance(
        self,
        **options: Unpack[RequestOptions],
    ) -> CreditBalanceResponse:
        """Get credit balance

        ``GET /credits/balance``.

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            CreditBalanceResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            credit_balance = client.credits.get_credit_balance()
        """

        return await self._client.request(
            _get_credit_balance.OPERATION,
            _get_credit_balance.build_request(),
            _get_credit_balance.parse_response,
            options,
            raw=self._raw,
        )

    async def list_credit_transactions(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditTransactionListResponse:
        """List credit transactions

        ``GET /credits/history``.

        Args:
            page: Page number.
            per_page: Items per page.
            date_from: Only transactions at or after this date: a date (YYYY-MM-DD) or ISO timestamp.
            date_to: Only transactions up to this date: a date (YYYY-MM-DD) or ISO timestamp.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            CreditTransactionListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            credit_transaction_list = client.credits.list_credit_transactions()
            for credit_transaction in client.credits.iter_credit_transactions():
                print(credit_transaction)
        """

        return await self._client.request(
            _list_credit_transactions.OPERATION,
            _list_credit_transactions.build_request(
                page=page,
                per_page=per_page,
                date_from=date_from,
                date_to=date_to,
            ),
            _list_credit_transactions.parse_response,
            options,
            raw=self._raw,
        )

    def iter_credit_transactions(
        self,
        *,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[CreditTransaction, CreditTransactionListResponse]:
        """Every item of :meth:`list_credit_transactions`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return AsyncPager(
            lambda page: self.list_credit_transactions(
                date_from=date_from, date_to=date_to, page=page, per_page=per_page, **options
            ),
            per_page=per_page,
            max_items=max_items,
        )


class CreditsWithRawResponse:
    """:class:`Credits`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: Credits) -> None:
        resource = resource._raw_mode()
        self.get_credit_costs = to_raw_response(resource.get_credit_costs)
        self.get_credit_balance = to_raw_response(resource.get_credit_balance)
        self.list_credit_transactions = to_raw_response(resource.list_credit_transactions)


class AsyncCreditsWithRawResponse:
    """:class:`AsyncCredits`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: AsyncCredits) -> None:
        resource = resource._raw_mode()
        self.get_credit_costs = async_to_raw_response(resource.get_credit_costs)
        self.get_credit_balance = async_to_raw_response(resource.get_credit_balance)
        self.list_credit_transactions = async_to_raw_response(resource.list_credit_transactions)
