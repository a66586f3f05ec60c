"""The ``profile`` operations: ``client.profile``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Unpack, cast

from tokportal_client._resource import (
    APIResponse,
    AsyncAPIResource,
    AsyncPager,
    RequestOptions,
    SyncAPIResource,
    SyncPager,
    WriteOptions,
)

from ...models.error_response import ErrorResponse
from ...models.user_response import UserResponse
from ...types import UNSET, FileInput, Unset
from . import get_current_user as _get_current_user


class Profile(SyncAPIResource):
    """Profile operations."""

    def get_current_user(
        self,
        **options: Unpack[RequestOptions],
    ) -> UserResponse:
        """Get authenticated user

        ``GET /me``.

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``.

        Returns:
            UserResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).
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

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``.

        Returns:
            UserResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).
        """

        return await self._client.request(
            _get_current_user.OPERATION, _get_current_user.build_request(), _get_current_user.parse_response, options
        )


class ProfileWithRawResponse(SyncAPIResource):
    """Profile operations returning full responses."""

    def get_current_user(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[UserResponse]:
        """Like :meth:`Profile.get_current_user`, returning the full response (status, headers, request id, rate limit, parsed body)."""

        return self._client.request_raw(
            _get_current_user.OPERATION, _get_current_user.build_request(), _get_current_user.parse_response, options
        )


class AsyncProfileWithRawResponse(AsyncAPIResource):
    """Profile operations returning full responses (async)."""

    async def get_current_user(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[UserResponse]:
        """Like :meth:`Profile.get_current_user`, returning the full response (status, headers, request id, rate limit, parsed body)."""

        return await self._client.request_raw(
            _get_current_user.OPERATION, _get_current_user.build_request(), _get_current_user.parse_response, options
        )
