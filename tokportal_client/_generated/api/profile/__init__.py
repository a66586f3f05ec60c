"""The ``profile`` operations: ``client.profile``."""

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
from ...models.update_current_user_settings_request import (
    UpdateCurrentUserSettingsRequest,
    UpdateCurrentUserSettingsRequestDict,
)
from ...models.user_response import UserResponse
from . import get_current_user as _get_current_user
from . import update_current_user_settings as _update_current_user_settings


class Profile(SyncAPIResource):
    """Profile operations."""

    def get_current_user(
        self,
        **options: Unpack[RequestOptions],
    ) -> UserResponse:
        """Get authenticated user

        ``GET /me``.

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            UserResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            user = client.profile.get_current_user()
        """

        return self._client.request(
            _get_current_user.OPERATION,
            _get_current_user.build_request(),
            _get_current_user.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def update_current_user_settings(
        self,
        *,
        body: UpdateCurrentUserSettingsRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    def update_current_user_settings(
        self,
        *,
        body: UpdateCurrentUserSettingsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    def update_current_user_settings(
        self,
        *,
        body: UpdateCurrentUserSettingsRequest | UpdateCurrentUserSettingsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Update safe workspace settings

        Change the settings of the key's workspace that are safe to change through the API. The settings a
        body may carry are not stated by a public source: the body is an open object.

        ``PATCH /me``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                UpdateCurrentUserSettingsRequest:
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            BadRequestError: 400 Invalid request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.profile.update_current_user_settings(body={})
        """

        return self._client.request(
            _update_current_user_settings.OPERATION,
            _update_current_user_settings.build_request(
                body=body,
            ),
            _update_current_user_settings.parse_response,
            options,
            raw=self._raw,
        )


class AsyncProfile(AsyncAPIResource):
    """Profile operations (async)."""

    async def get_current_user(
        self,
        **options: Unpack[RequestOptions],
    ) -> UserResponse:
        """Get authenticated user

        ``GET /me``.

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            UserResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            user = client.profile.get_current_user()
        """

        return await self._client.request(
            _get_current_user.OPERATION,
            _get_current_user.build_request(),
            _get_current_user.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def update_current_user_settings(
        self,
        *,
        body: UpdateCurrentUserSettingsRequest,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    @overload
    async def update_current_user_settings(
        self,
        *,
        body: UpdateCurrentUserSettingsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse: ...

    async def update_current_user_settings(
        self,
        *,
        body: UpdateCurrentUserSettingsRequest | UpdateCurrentUserSettingsRequestDict,
        **options: Unpack[WriteOptions],
    ) -> DataResponse:
        """Update safe workspace settings

        Change the settings of the key's workspace that are safe to change through the API. The settings a
        body may carry are not stated by a public source: the body is an open object.

        ``PATCH /me``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                UpdateCurrentUserSettingsRequest:
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            DataResponse

        Raises:
            BadRequestError: 400 Invalid request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            data = client.profile.update_current_user_settings(body={})
        """

        return await self._client.request(
            _update_current_user_settings.OPERATION,
            _update_current_user_settings.build_request(
                body=body,
            ),
            _update_current_user_settings.parse_response,
            options,
            raw=self._raw,
        )


class ProfileWithRawResponse:
    """:class:`Profile`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: Profile) -> None:
        resource = resource._raw_mode()
        self.get_current_user = to_raw_response(resource.get_current_user)
        self.update_current_user_settings = to_raw_response(resource.update_current_user_settings)


class AsyncProfileWithRawResponse:
    """:class:`AsyncProfile`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: AsyncProfile) -> None:
        resource = resource._raw_mode()
        self.get_current_user = async_to_raw_response(resource.get_current_user)
        self.update_current_user_settings = async_to_raw_response(resource.update_current_user_settings)
