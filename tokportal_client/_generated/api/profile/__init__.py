"""The ``profile`` operations: ``client.profile``."""

from __future__ import annotations

from typing import Unpack

from tokportal_client._runtime import (
    AsyncAPIResource,
    RequestOptions,
    SyncAPIResource,
    async_to_raw_response,
    to_raw_response,
)

from ...models.user_response import UserResponse
from . import get_current_user as _get_current_user


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
            _get_current_user.OPERATION, _get_current_user.build_request(), _get_current_user.parse_response, options
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
            _get_current_user.OPERATION, _get_current_user.build_request(), _get_current_user.parse_response, options
        )


class ProfileWithRawResponse:
    """:class:`Profile`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: Profile) -> None:
        self.get_current_user = to_raw_response(resource.get_current_user)


class AsyncProfileWithRawResponse:
    """:class:`AsyncProfile`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: AsyncProfile) -> None:
        self.get_current_user = async_to_raw_response(resource.get_current_user)
