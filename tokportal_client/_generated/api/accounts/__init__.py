"""The ``accounts`` operations: ``client.accounts``."""

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

from ...models import AccountBan, Bundle, SavedAccount
from ...models.account_ban_list_response import AccountBanListResponse
from ...models.account_ban_resolution_filter import AccountBanResolutionFilter, AccountBanResolutionFilterLiteral
from ...models.account_ban_status import AccountBanStatus, AccountBanStatusLiteral
from ...models.account_edit_request import AccountEditRequest, AccountEditRequestDict
from ...models.account_edit_request_response import AccountEditRequestResponse
from ...models.bundle_list_response import BundleListResponse
from ...models.bundle_status import BundleStatus, BundleStatusLiteral
from ...models.charged_data_response import ChargedDataResponse
from ...models.create_account_edit_request_response import CreateAccountEditRequestResponse
from ...models.credential_reveal_acceptance import CredentialRevealAcceptance, CredentialRevealAcceptanceDict
from ...models.data_response import DataResponse
from ...models.managed_subscription_reactivation_request import (
    ManagedSubscriptionReactivationRequest,
    ManagedSubscriptionReactivationRequestDict,
)
from ...models.managed_subscription_response import ManagedSubscriptionResponse
from ...models.platform import Platform, PlatformLiteral
from ...models.saved_account_list_response import SavedAccountListResponse
from ...models.saved_account_response import SavedAccountResponse
from ...models.secret_data_response import SecretDataResponse
from ...models.update_account_commenting_profile_request import (
    UpdateAccountCommentingProfileRequest,
    UpdateAccountCommentingProfileRequestDict,
)
from . import cancel_account_managed_subscription as _cancel_account_managed_subscription
from . import create_account_edit_request as _create_account_edit_request
from . import get_account as _get_account
from . import get_account_edit_request as _get_account_edit_request
from . import get_account_managed_subscription as _get_account_managed_subscription
from . import list_account_bans as _list_account_bans
from . import list_account_bundles as _list_account_bundles
from . import list_accounts as _list_accounts
from . import reactivate_account_managed_subscription as _reactivate_account_managed_subscription
from . import retrieve_account_verification_code as _retrieve_account_verification_code
from . import reveal_account_credentials as _reveal_account_credentials
from . import update_account_commenting_profile as _update_account_commenting_profile


class Accounts(SyncAPIResource):
    """Accounts operations."""

    def list_accounts(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        platform: Platform | PlatformLiteral | Unset = UNSET,
        country: str | Unset = UNSET,
        banned: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SavedAccountListResponse:
        """List delivered accounts

        ``GET /accounts``.

        Args:
            page: Page number.
            per_page: Items per page.
            platform: Filter by platform.
            country: Filter by country code.
            banned: Only banned (true) or only not banned (false) accounts.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            SavedAccountListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            saved_account_list = client.accounts.list_accounts()
            for saved_account in client.accounts.iter_accounts():
                print(saved_account)
        """

        return self._client.request(
            _list_accounts.OPERATION,
            _list_accounts.build_request(
                page=page,
                per_page=per_page,
                platform=platform,
                country=country,
                banned=banned,
            ),
            _list_accounts.parse_response,
            options,
            raw=self._raw,
        )

    def iter_accounts(
        self,
        *,
        platform: Platform | PlatformLiteral | Unset = UNSET,
        country: str | Unset = UNSET,
        banned: bool | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[SavedAccount, SavedAccountListResponse]:
        """Every item of :meth:`list_accounts`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return SyncPager(
            lambda page: self.list_accounts(
                platform=platform, country=country, banned=banned, page=page, per_page=per_page, **options
            ),
            per_page=per_page,
            max_items=max_items,
        )

    def get_account(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> SavedAccountResponse:
        """Get a delivered account

        ``GET /accounts/{id}``.

        Args:
            id: Saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            SavedAccountResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            saved_account = client.accounts.get_account("<id>")
        """

        return self._client.request(
            _get_account.OPERATION,
            _get_account.build_request(
                id,
            ),
            _get_account.parse_response,
            options,
            raw=self._raw,
        )

    def list_account_bundles(
        self,
        id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        status: BundleStatus | BundleStatusLiteral | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BundleListResponse:
        """List bundles for a delivered account

        ``GET /accounts/{id}/bundles``.

        Args:
            id: Saved account ID.
            page: Page number.
            per_page: Items per page.
            status: Filter by bundle status.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            BundleListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_list = client.accounts.list_account_bundles("<id>")
            for bundle in client.accounts.iter_account_bundles("<id>"):
                print(bundle)
        """

        return self._client.request(
            _list_account_bundles.OPERATION,
            _list_account_bundles.build_request(
                id,
                page=page,
                per_page=per_page,
                status=status,
            ),
            _list_account_bundles.parse_response,
            options,
            raw=self._raw,
        )

    def iter_account_bundles(
        self,
        id: str,
        *,
        status: BundleStatus | BundleStatusLiteral | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[Bundle, BundleListResponse]:
        """Every item of :meth:`list_account_bundles`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return SyncPager(
            lambda page: self.list_account_bundles(id, status=status, page=page, per_page=per_page, **options),
            per_page=per_page,
            max_items=max_items,
        )

    @overload
    def retrieve_account_verification_code(
        self,
        id: str,
        *,
        body: CredentialRevealAcceptance | None = None,
        **options: Unpack[RequestOptions],
    ) -> SecretDataResponse: ...

    @overload
    def retrieve_account_verification_code(
        self,
        id: str,
        *,
        body: CredentialRevealAcceptanceDict | None = None,
        **options: Unpack[RequestOptions],
    ) -> SecretDataResponse: ...

    def retrieve_account_verification_code(
        self,
        id: str,
        *,
        body: CredentialRevealAcceptance | CredentialRevealAcceptanceDict | None = None,
        **options: Unpack[RequestOptions],
    ) -> SecretDataResponse:
        """Retrieve latest account verification code

        ``POST /accounts/{id}/verification-code``.

        Args:
            id: Saved account ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CredentialRevealAcceptance:
                    ``acknowledge_support_forfeit`` (bool, required; always `true`)
                    ``policy_version`` (str, required; min length 1): Exact value from the 428 details.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``.

        Returns:
            SecretDataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Owning fee required.
            NotFoundError: 404 Account or verification code not found.
            APIConnectionError: The request could not reach TokPortal.

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            from tokportal_client import errors

            try:
                secret_data = client.accounts.retrieve_account_verification_code("<id>")
            except errors.PolicyConfirmationRequiredError as exc:
                if exc.policy_version is None:
                    raise
                # show exc.details (the policy's terms, the price) to a human, then accept it:
                secret_data = client.accounts.retrieve_account_verification_code(
                    "<id>",
                    body={"acknowledge_support_forfeit": True, "policy_version": exc.policy_version},
                )
        """

        return self._client.request(
            _retrieve_account_verification_code.OPERATION,
            _retrieve_account_verification_code.build_request(
                id,
                body=body,
            ),
            _retrieve_account_verification_code.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def reveal_account_credentials(
        self,
        id: str,
        *,
        body: CredentialRevealAcceptance | None = None,
        **options: Unpack[RequestOptions],
    ) -> SecretDataResponse: ...

    @overload
    def reveal_account_credentials(
        self,
        id: str,
        *,
        body: CredentialRevealAcceptanceDict | None = None,
        **options: Unpack[RequestOptions],
    ) -> SecretDataResponse: ...

    def reveal_account_credentials(
        self,
        id: str,
        *,
        body: CredentialRevealAcceptance | CredentialRevealAcceptanceDict | None = None,
        **options: Unpack[RequestOptions],
    ) -> SecretDataResponse:
        """Reveal delivered account credentials

        ``POST /accounts/{id}/reveal-credentials``.

        Args:
            id: Saved account ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CredentialRevealAcceptance:
                    ``acknowledge_support_forfeit`` (bool, required; always `true`)
                    ``policy_version`` (str, required; min length 1): Exact value from the 428 details.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``.

        Returns:
            SecretDataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Owning fee required.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal.

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            from tokportal_client import errors

            try:
                secret_data = client.accounts.reveal_account_credentials("<id>")
            except errors.PolicyConfirmationRequiredError as exc:
                if exc.policy_version is None:
                    raise
                # show exc.details (the policy's terms, the price) to a human, then accept it:
                secret_data = client.accounts.reveal_account_credentials(
                    "<id>",
                    body={"acknowledge_support_forfeit": True, "policy_version": exc.policy_version},
                )
        """

        return self._client.request(
            _reveal_account_credentials.OPERATION,
            _reveal_account_credentials.build_request(
                id,
                body=body,
            ),
            _reveal_account_credentials.parse_response,
            options,
            raw=self._raw,
        )

    def get_account_edit_request(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> AccountEditRequestResponse:
        """Get active account edit request

        ``GET /accounts/{id}/edit-request``.

        Args:
            id: Saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AccountEditRequestResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            account_edit_request = client.accounts.get_account_edit_request("<id>")
        """

        return self._client.request(
            _get_account_edit_request.OPERATION,
            _get_account_edit_request.build_request(
                id,
            ),
            _get_account_edit_request.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def create_account_edit_request(
        self,
        id: str,
        *,
        body: AccountEditRequest,
        **options: Unpack[WriteOptions],
    ) -> CreateAccountEditRequestResponse: ...

    @overload
    def create_account_edit_request(
        self,
        id: str,
        *,
        body: AccountEditRequestDict,
        **options: Unpack[WriteOptions],
    ) -> CreateAccountEditRequestResponse: ...

    def create_account_edit_request(
        self,
        id: str,
        *,
        body: AccountEditRequest | AccountEditRequestDict,
        **options: Unpack[WriteOptions],
    ) -> CreateAccountEditRequestResponse:
        """Request profile edits for a delivered account

        ``POST /accounts/{id}/edit-request``.

        Args:
            id: Saved account ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                AccountEditRequest:
                    ``requested_username`` (str, required; min length 1; max length 24)
                    ``requested_visible_name`` (str, required; min length 1; max length 30)
                    ``requested_biography`` (str; max length 80)
                    ``requested_profile_picture_url`` (str)
                    ``requested_link_in_bio`` (str): Instagram only.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            CreateAccountEditRequestResponse

        Raises:
            BadRequestError: 400 Invalid edit request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            ConflictError: 409 An active edit request already exists.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            create_account_edit_request = client.accounts.create_account_edit_request(
                "<id>",
                body={
                    "requested_username": "requested_username",
                    "requested_visible_name": "requested_visible_name",
                },
            )
        """

        return self._client.request(
            _create_account_edit_request.OPERATION,
            _create_account_edit_request.build_request(
                id,
                body=body,
            ),
            _create_account_edit_request.parse_response,
            options,
            raw=self._raw,
        )

    def get_account_managed_subscription(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedSubscriptionResponse:
        """Get TokPortal Coverage status

        TokPortal Coverage of a delivered account and, when it can be reactivated, the current quote.

        ``GET /accounts/{id}/managed-subscription``.

        Args:
            id: Saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            ManagedSubscriptionResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            managed_subscription = client.accounts.get_account_managed_subscription("<id>")
        """

        return self._client.request(
            _get_account_managed_subscription.OPERATION,
            _get_account_managed_subscription.build_request(
                id,
            ),
            _get_account_managed_subscription.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def reactivate_account_managed_subscription(
        self,
        id: str,
        *,
        body: ManagedSubscriptionReactivationRequest,
        **options: Unpack[WriteOptions],
    ) -> ChargedDataResponse: ...

    @overload
    def reactivate_account_managed_subscription(
        self,
        id: str,
        *,
        body: ManagedSubscriptionReactivationRequestDict,
        **options: Unpack[WriteOptions],
    ) -> ChargedDataResponse: ...

    def reactivate_account_managed_subscription(
        self,
        id: str,
        *,
        body: ManagedSubscriptionReactivationRequest | ManagedSubscriptionReactivationRequestDict,
        **options: Unpack[WriteOptions],
    ) -> ChargedDataResponse:
        """Reactivate TokPortal Coverage

        Reactivate Coverage at the quoted price (the unpaid periods; a zero-credit quote still needs this
        call). The body repeats the quote; a stale quote is refused.

        ``POST /accounts/{id}/managed-subscription/reactivate``.

        Args:
            id: Saved account ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                ManagedSubscriptionReactivationRequest:
                    ``expected_credits`` (int, required): reactivation_quote.credits
                    ``expected_current_period_end`` (str, required): reactivation_quote.current_period_end
                    ``expected_lock_version`` (int, required): reactivation_quote.lock_version
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            ChargedDataResponse

        Raises:
            BadRequestError: 400 Invalid request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            charged_data = client.accounts.reactivate_account_managed_subscription(
                "<id>",
                body={
                    "expected_credits": 25,
                    "expected_current_period_end": "2026-06-24T12:00:00Z",
                    "expected_lock_version": 4,
                },
            )
        """

        return self._client.request(
            _reactivate_account_managed_subscription.OPERATION,
            _reactivate_account_managed_subscription.build_request(
                id,
                body=body,
            ),
            _reactivate_account_managed_subscription.parse_response,
            options,
            raw=self._raw,
        )

    def cancel_account_managed_subscription(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Pause TokPortal Coverage

        Pause Coverage of a delivered account: its tasks stop, nothing is refunded.

        ``POST /accounts/{id}/managed-subscription/cancel``.

        Args:
            id: Saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.accounts.cancel_account_managed_subscription("<id>")
        """

        return self._client.request(
            _cancel_account_managed_subscription.OPERATION,
            _cancel_account_managed_subscription.build_request(
                id,
            ),
            _cancel_account_managed_subscription.parse_response,
            options,
            raw=self._raw,
        )

    def list_account_bans(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        status: AccountBanStatus | AccountBanStatusLiteral | Unset = UNSET,
        resolution: AccountBanResolutionFilter | AccountBanResolutionFilterLiteral | Unset = UNSET,
        account_id: str | Unset = UNSET,
        since: str | Unset = UNSET,
        include_screenshots: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AccountBanListResponse:
        """List ban reports and appeals

        Validated ban reports of the delivered accounts and their appeals: the source of truth for ban
        state.

        ``GET /account-bans``.

        Args:
            page: Page number.
            per_page: Items per page.
            status: Filter by ban status.
            resolution: Filter by staff resolution (pending: not resolved yet).
            account_id: Saved account ID.
            since: ISO 8601 timestamp: only rows updated at or after it (a polling watermark: the highest updated_at seen).
            include_screenshots: Add a signed URL (valid 7 days) of the ban-evidence screenshot to each row.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AccountBanListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            account_ban_list = client.accounts.list_account_bans()
            for account_ban in client.accounts.iter_account_bans():
                print(account_ban)
        """

        return self._client.request(
            _list_account_bans.OPERATION,
            _list_account_bans.build_request(
                page=page,
                per_page=per_page,
                status=status,
                resolution=resolution,
                account_id=account_id,
                since=since,
                include_screenshots=include_screenshots,
            ),
            _list_account_bans.parse_response,
            options,
            raw=self._raw,
        )

    def iter_account_bans(
        self,
        *,
        status: AccountBanStatus | AccountBanStatusLiteral | Unset = UNSET,
        resolution: AccountBanResolutionFilter | AccountBanResolutionFilterLiteral | Unset = UNSET,
        account_id: str | Unset = UNSET,
        since: str | Unset = UNSET,
        include_screenshots: bool | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[AccountBan, AccountBanListResponse]:
        """Every item of :meth:`list_account_bans`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return SyncPager(
            lambda page: self.list_account_bans(
                status=status,
                resolution=resolution,
                account_id=account_id,
                since=since,
                include_screenshots=include_screenshots,
                page=page,
                per_page=per_page,
                **options,
            ),
            per_page=per_page,
            max_items=max_items,
        )

    @overload
    def update_account_commenting_profile(
        self,
        id: str,
        *,
        body: UpdateAccountCommentingProfileRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    def update_account_commenting_profile(
        self,
        id: str,
        *,
        body: UpdateAccountCommentingProfileRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    def update_account_commenting_profile(
        self,
        id: str,
        *,
        body: UpdateAccountCommentingProfileRequest | UpdateAccountCommentingProfileRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Update account commenting profile

        Change the commenting profile of a delivered account. The fields are not stated by a public source:
        the body is an open object.

        ``PATCH /accounts/{id}/commenting-profile``.

        Args:
            id: Saved account ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                UpdateAccountCommentingProfileRequest:
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            BadRequestError: 400 Invalid request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.accounts.update_account_commenting_profile("<id>", body={})
        """

        return self._client.request(
            _update_account_commenting_profile.OPERATION,
            _update_account_commenting_profile.build_request(
                id,
                body=body,
            ),
            _update_account_commenting_profile.parse_response,
            options,
            raw=self._raw,
        )


class AsyncAccounts(AsyncAPIResource):
    """Accounts operations (async)."""

    async def list_accounts(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        platform: Platform | PlatformLiteral | Unset = UNSET,
        country: str | Unset = UNSET,
        banned: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SavedAccountListResponse:
        """List delivered accounts

        ``GET /accounts``.

        Args:
            page: Page number.
            per_page: Items per page.
            platform: Filter by platform.
            country: Filter by country code.
            banned: Only banned (true) or only not banned (false) accounts.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            SavedAccountListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            saved_account_list = client.accounts.list_accounts()
            for saved_account in client.accounts.iter_accounts():
                print(saved_account)
        """

        return await self._client.request(
            _list_accounts.OPERATION,
            _list_accounts.build_request(
                page=page,
                per_page=per_page,
                platform=platform,
                country=country,
                banned=banned,
            ),
            _list_accounts.parse_response,
            options,
            raw=self._raw,
        )

    def iter_accounts(
        self,
        *,
        platform: Platform | PlatformLiteral | Unset = UNSET,
        country: str | Unset = UNSET,
        banned: bool | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SavedAccount, SavedAccountListResponse]:
        """Every item of :meth:`list_accounts`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return AsyncPager(
            lambda page: self.list_accounts(
                platform=platform, country=country, banned=banned, page=page, per_page=per_page, **options
            ),
            per_page=per_page,
            max_items=max_items,
        )

    async def get_account(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> SavedAccountResponse:
        """Get a delivered account

        ``GET /accounts/{id}``.

        Args:
            id: Saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            SavedAccountResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            saved_account = client.accounts.get_account("<id>")
        """

        return await self._client.request(
            _get_account.OPERATION,
            _get_account.build_request(
                id,
            ),
            _get_account.parse_response,
            options,
            raw=self._raw,
        )

    async def list_account_bundles(
        self,
        id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        status: BundleStatus | BundleStatusLiteral | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BundleListResponse:
        """List bundles for a delivered account

        ``GET /accounts/{id}/bundles``.

        Args:
            id: Saved account ID.
            page: Page number.
            per_page: Items per page.
            status: Filter by bundle status.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            BundleListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            bundle_list = client.accounts.list_account_bundles("<id>")
            for bundle in client.accounts.iter_account_bundles("<id>"):
                print(bundle)
        """

        return await self._client.request(
            _list_account_bundles.OPERATION,
            _list_account_bundles.build_request(
                id,
                page=page,
                per_page=per_page,
                status=status,
            ),
            _list_account_bundles.parse_response,
            options,
            raw=self._raw,
        )

    def iter_account_bundles(
        self,
        id: str,
        *,
        status: BundleStatus | BundleStatusLiteral | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Bundle, BundleListResponse]:
        """Every item of :meth:`list_account_bundles`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return AsyncPager(
            lambda page: self.list_account_bundles(id, status=status, page=page, per_page=per_page, **options),
            per_page=per_page,
            max_items=max_items,
        )

    @overload
    async def retrieve_account_verification_code(
        self,
        id: str,
        *,
        body: CredentialRevealAcceptance | None = None,
        **options: Unpack[RequestOptions],
    ) -> SecretDataResponse: ...

    @overload
    async def retrieve_account_verification_code(
        self,
        id: str,
        *,
        body: CredentialRevealAcceptanceDict | None = None,
        **options: Unpack[RequestOptions],
    ) -> SecretDataResponse: ...

    async def retrieve_account_verification_code(
        self,
        id: str,
        *,
        body: CredentialRevealAcceptance | CredentialRevealAcceptanceDict | None = None,
        **options: Unpack[RequestOptions],
    ) -> SecretDataResponse:
        """Retrieve latest account verification code

        ``POST /accounts/{id}/verification-code``.

        Args:
            id: Saved account ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CredentialRevealAcceptance:
                    ``acknowledge_support_forfeit`` (bool, required; always `true`)
                    ``policy_version`` (str, required; min length 1): Exact value from the 428 details.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``.

        Returns:
            SecretDataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Owning fee required.
            NotFoundError: 404 Account or verification code not found.
            APIConnectionError: The request could not reach TokPortal.

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            from tokportal_client import errors

            try:
                secret_data = client.accounts.retrieve_account_verification_code("<id>")
            except errors.PolicyConfirmationRequiredError as exc:
                if exc.policy_version is None:
                    raise
                # show exc.details (the policy's terms, the price) to a human, then accept it:
                secret_data = client.accounts.retrieve_account_verification_code(
                    "<id>",
                    body={"acknowledge_support_forfeit": True, "policy_version": exc.policy_version},
                )
        """

        return await self._client.request(
            _retrieve_account_verification_code.OPERATION,
            _retrieve_account_verification_code.build_request(
                id,
                body=body,
            ),
            _retrieve_account_verification_code.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def reveal_account_credentials(
        self,
        id: str,
        *,
        body: CredentialRevealAcceptance | None = None,
        **options: Unpack[RequestOptions],
    ) -> SecretDataResponse: ...

    @overload
    async def reveal_account_credentials(
        self,
        id: str,
        *,
        body: CredentialRevealAcceptanceDict | None = None,
        **options: Unpack[RequestOptions],
    ) -> SecretDataResponse: ...

    async def reveal_account_credentials(
        self,
        id: str,
        *,
        body: CredentialRevealAcceptance | CredentialRevealAcceptanceDict | None = None,
        **options: Unpack[RequestOptions],
    ) -> SecretDataResponse:
        """Reveal delivered account credentials

        ``POST /accounts/{id}/reveal-credentials``.

        Args:
            id: Saved account ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CredentialRevealAcceptance:
                    ``acknowledge_support_forfeit`` (bool, required; always `true`)
                    ``policy_version`` (str, required; min length 1): Exact value from the 428 details.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``.

        Returns:
            SecretDataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Owning fee required.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal.

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            from tokportal_client import errors

            try:
                secret_data = client.accounts.reveal_account_credentials("<id>")
            except errors.PolicyConfirmationRequiredError as exc:
                if exc.policy_version is None:
                    raise
                # show exc.details (the policy's terms, the price) to a human, then accept it:
                secret_data = client.accounts.reveal_account_credentials(
                    "<id>",
                    body={"acknowledge_support_forfeit": True, "policy_version": exc.policy_version},
                )
        """

        return await self._client.request(
            _reveal_account_credentials.OPERATION,
            _reveal_account_credentials.build_request(
                id,
                body=body,
            ),
            _reveal_account_credentials.parse_response,
            options,
            raw=self._raw,
        )

    async def get_account_edit_request(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> AccountEditRequestResponse:
        """Get active account edit request

        ``GET /accounts/{id}/edit-request``.

        Args:
            id: Saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AccountEditRequestResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            account_edit_request = client.accounts.get_account_edit_request("<id>")
        """

        return await self._client.request(
            _get_account_edit_request.OPERATION,
            _get_account_edit_request.build_request(
                id,
            ),
            _get_account_edit_request.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def create_account_edit_request(
        self,
        id: str,
        *,
        body: AccountEditRequest,
        **options: Unpack[WriteOptions],
    ) -> CreateAccountEditRequestResponse: ...

    @overload
    async def create_account_edit_request(
        self,
        id: str,
        *,
        body: AccountEditRequestDict,
        **options: Unpack[WriteOptions],
    ) -> CreateAccountEditRequestResponse: ...

    async def create_account_edit_request(
        self,
        id: str,
        *,
        body: AccountEditRequest | AccountEditRequestDict,
        **options: Unpack[WriteOptions],
    ) -> CreateAccountEditRequestResponse:
        """Request profile edits for a delivered account

        ``POST /accounts/{id}/edit-request``.

        Args:
            id: Saved account ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                AccountEditRequest:
                    ``requested_username`` (str, required; min length 1; max length 24)
                    ``requested_visible_name`` (str, required; min length 1; max length 30)
                    ``requested_biography`` (str; max length 80)
                    ``requested_profile_picture_url`` (str)
                    ``requested_link_in_bio`` (str): Instagram only.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            CreateAccountEditRequestResponse

        Raises:
            BadRequestError: 400 Invalid edit request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            ConflictError: 409 An active edit request already exists.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            create_account_edit_request = client.accounts.create_account_edit_request(
                "<id>",
                body={
                    "requested_username": "requested_username",
                    "requested_visible_name": "requested_visible_name",
                },
            )
        """

        return await self._client.request(
            _create_account_edit_request.OPERATION,
            _create_account_edit_request.build_request(
                id,
                body=body,
            ),
            _create_account_edit_request.parse_response,
            options,
            raw=self._raw,
        )

    async def get_account_managed_subscription(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedSubscriptionResponse:
        """Get TokPortal Coverage status

        TokPortal Coverage of a delivered account and, when it can be reactivated, the current quote.

        ``GET /accounts/{id}/managed-subscription``.

        Args:
            id: Saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            ManagedSubscriptionResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            managed_subscription = client.accounts.get_account_managed_subscription("<id>")
        """

        return await self._client.request(
            _get_account_managed_subscription.OPERATION,
            _get_account_managed_subscription.build_request(
                id,
            ),
            _get_account_managed_subscription.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def reactivate_account_managed_subscription(
        self,
        id: str,
        *,
        body: ManagedSubscriptionReactivationRequest,
        **options: Unpack[WriteOptions],
    ) -> ChargedDataResponse: ...

    @overload
    async def reactivate_account_managed_subscription(
        self,
        id: str,
        *,
        body: ManagedSubscriptionReactivationRequestDict,
        **options: Unpack[WriteOptions],
    ) -> ChargedDataResponse: ...

    async def reactivate_account_managed_subscription(
        self,
        id: str,
        *,
        body: ManagedSubscriptionReactivationRequest | ManagedSubscriptionReactivationRequestDict,
        **options: Unpack[WriteOptions],
    ) -> ChargedDataResponse:
        """Reactivate TokPortal Coverage

        Reactivate Coverage at the quoted price (the unpaid periods; a zero-credit quote still needs this
        call). The body repeats the quote; a stale quote is refused.

        ``POST /accounts/{id}/managed-subscription/reactivate``.

        Args:
            id: Saved account ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                ManagedSubscriptionReactivationRequest:
                    ``expected_credits`` (int, required): reactivation_quote.credits
                    ``expected_current_period_end`` (str, required): reactivation_quote.current_period_end
                    ``expected_lock_version`` (int, required): reactivation_quote.lock_version
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            ChargedDataResponse

        Raises:
            BadRequestError: 400 Invalid request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            charged_data = client.accounts.reactivate_account_managed_subscription(
                "<id>",
                body={
                    "expected_credits": 25,
                    "expected_current_period_end": "2026-06-24T12:00:00Z",
                    "expected_lock_version": 4,
                },
            )
        """

        return await self._client.request(
            _reactivate_account_managed_subscription.OPERATION,
            _reactivate_account_managed_subscription.build_request(
                id,
                body=body,
            ),
            _reactivate_account_managed_subscription.parse_response,
            options,
            raw=self._raw,
        )

    async def cancel_account_managed_subscription(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Pause TokPortal Coverage

        Pause Coverage of a delivered account: its tasks stop, nothing is refunded.

        ``POST /accounts/{id}/managed-subscription/cancel``.

        Args:
            id: Saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.accounts.cancel_account_managed_subscription("<id>")
        """

        return await self._client.request(
            _cancel_account_managed_subscription.OPERATION,
            _cancel_account_managed_subscription.build_request(
                id,
            ),
            _cancel_account_managed_subscription.parse_response,
            options,
            raw=self._raw,
        )

    async def list_account_bans(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        status: AccountBanStatus | AccountBanStatusLiteral | Unset = UNSET,
        resolution: AccountBanResolutionFilter | AccountBanResolutionFilterLiteral | Unset = UNSET,
        account_id: str | Unset = UNSET,
        since: str | Unset = UNSET,
        include_screenshots: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AccountBanListResponse:
        """List ban reports and appeals

        Validated ban reports of the delivered accounts and their appeals: the source of truth for ban
        state.

        ``GET /account-bans``.

        Args:
            page: Page number.
            per_page: Items per page.
            status: Filter by ban status.
            resolution: Filter by staff resolution (pending: not resolved yet).
            account_id: Saved account ID.
            since: ISO 8601 timestamp: only rows updated at or after it (a polling watermark: the highest updated_at seen).
            include_screenshots: Add a signed URL (valid 7 days) of the ban-evidence screenshot to each row.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            AccountBanListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            account_ban_list = client.accounts.list_account_bans()
            for account_ban in client.accounts.iter_account_bans():
                print(account_ban)
        """

        return await self._client.request(
            _list_account_bans.OPERATION,
            _list_account_bans.build_request(
                page=page,
                per_page=per_page,
                status=status,
                resolution=resolution,
                account_id=account_id,
                since=since,
                include_screenshots=include_screenshots,
            ),
            _list_account_bans.parse_response,
            options,
            raw=self._raw,
        )

    def iter_account_bans(
        self,
        *,
        status: AccountBanStatus | AccountBanStatusLiteral | Unset = UNSET,
        resolution: AccountBanResolutionFilter | AccountBanResolutionFilterLiteral | Unset = UNSET,
        account_id: str | Unset = UNSET,
        since: str | Unset = UNSET,
        include_screenshots: bool | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[AccountBan, AccountBanListResponse]:
        """Every item of :meth:`list_account_bans`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return AsyncPager(
            lambda page: self.list_account_bans(
                status=status,
                resolution=resolution,
                account_id=account_id,
                since=since,
                include_screenshots=include_screenshots,
                page=page,
                per_page=per_page,
                **options,
            ),
            per_page=per_page,
            max_items=max_items,
        )

    @overload
    async def update_account_commenting_profile(
        self,
        id: str,
        *,
        body: UpdateAccountCommentingProfileRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    async def update_account_commenting_profile(
        self,
        id: str,
        *,
        body: UpdateAccountCommentingProfileRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    async def update_account_commenting_profile(
        self,
        id: str,
        *,
        body: UpdateAccountCommentingProfileRequest | UpdateAccountCommentingProfileRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Update account commenting profile

        Change the commenting profile of a delivered account. The fields are not stated by a public source:
        the body is an open object.

        ``PATCH /accounts/{id}/commenting-profile``.

        Args:
            id: Saved account ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                UpdateAccountCommentingProfileRequest:
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            BadRequestError: 400 Invalid request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Account not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.accounts.update_account_commenting_profile("<id>", body={})
        """

        return await self._client.request(
            _update_account_commenting_profile.OPERATION,
            _update_account_commenting_profile.build_request(
                id,
                body=body,
            ),
            _update_account_commenting_profile.parse_response,
            options,
            raw=self._raw,
        )


class AccountsWithRawResponse:
    """:class:`Accounts`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: Accounts) -> None:
        resource = resource._raw_mode()
        self.list_accounts = to_raw_response(resource.list_accounts)
        self.get_account = to_raw_response(resource.get_account)
        self.list_account_bundles = to_raw_response(resource.list_account_bundles)
        self.retrieve_account_verification_code = to_raw_response(resource.retrieve_account_verification_code)
        self.reveal_account_credentials = to_raw_response(resource.reveal_account_credentials)
        self.get_account_edit_request = to_raw_response(resource.get_account_edit_request)
        self.create_account_edit_request = to_raw_response(resource.create_account_edit_request)
        self.get_account_managed_subscription = to_raw_response(resource.get_account_managed_subscription)
        self.reactivate_account_managed_subscription = to_raw_response(resource.reactivate_account_managed_subscription)
        self.cancel_account_managed_subscription = to_raw_response(resource.cancel_account_managed_subscription)
        self.list_account_bans = to_raw_response(resource.list_account_bans)
        self.update_account_commenting_profile = to_raw_response(resource.update_account_commenting_profile)


class AsyncAccountsWithRawResponse:
    """:class:`AsyncAccounts`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: AsyncAccounts) -> None:
        resource = resource._raw_mode()
        self.list_accounts = async_to_raw_response(resource.list_accounts)
        self.get_account = async_to_raw_response(resource.get_account)
        self.list_account_bundles = async_to_raw_response(resource.list_account_bundles)
        self.retrieve_account_verification_code = async_to_raw_response(resource.retrieve_account_verification_code)
        self.reveal_account_credentials = async_to_raw_response(resource.reveal_account_credentials)
        self.get_account_edit_request = async_to_raw_response(resource.get_account_edit_request)
        self.create_account_edit_request = async_to_raw_response(resource.create_account_edit_request)
        self.get_account_managed_subscription = async_to_raw_response(resource.get_account_managed_subscription)
        self.reactivate_account_managed_subscription = async_to_raw_response(
            resource.reactivate_account_managed_subscription
        )
        self.cancel_account_managed_subscription = async_to_raw_response(resource.cancel_account_managed_subscription)
        self.list_account_bans = async_to_raw_response(resource.list_account_bans)
        self.update_account_commenting_profile = async_to_raw_response(resource.update_account_commenting_profile)
