"""The ``reference`` operations: ``client.reference``."""

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

from ...models.country_list_response import CountryListResponse
from ...models.platform_list_response import PlatformListResponse
from ...types import UNSET, FileInput, Unset
from . import list_countries as _list_countries
from . import list_platforms as _list_platforms


class Reference(SyncAPIResource):
    """Reference operations."""

    def list_countries(
        self,
        **options: Unpack[RequestOptions],
    ) -> CountryListResponse:
        """List available countries

        ``GET /countries`` (no API key needed).

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``.

        Returns:
            CountryListResponse

        Raises:
            APIConnectionError: The request could not reach TokPortal (after retries).
        """

        return self._client.request(
            _list_countries.OPERATION, _list_countries.build_request(), _list_countries.parse_response, options
        )

    def list_platforms(
        self,
        **options: Unpack[RequestOptions],
    ) -> PlatformListResponse:
        """List available platforms

        ``GET /platforms`` (no API key needed).

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``.

        Returns:
            PlatformListResponse

        Raises:
            APIConnectionError: The request could not reach TokPortal (after retries).
        """

        return self._client.request(
            _list_platforms.OPERATION, _list_platforms.build_request(), _list_platforms.parse_response, options
        )


class AsyncReference(AsyncAPIResource):
    """Reference operations (async)."""

    async def list_countries(
        self,
        **options: Unpack[RequestOptions],
    ) -> CountryListResponse:
        """List available countries

        ``GET /countries`` (no API key needed).

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``.

        Returns:
            CountryListResponse

        Raises:
            APIConnectionError: The request could not reach TokPortal (after retries).
        """

        return await self._client.request(
            _list_countries.OPERATION, _list_countries.build_request(), _list_countries.parse_response, options
        )

    async def list_platforms(
        self,
        **options: Unpack[RequestOptions],
    ) -> PlatformListResponse:
        """List available platforms

        ``GET /platforms`` (no API key needed).

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``.

        Returns:
            PlatformListResponse

        Raises:
            APIConnectionError: The request could not reach TokPortal (after retries).
        """

        return await self._client.request(
            _list_platforms.OPERATION, _list_platforms.build_request(), _list_platforms.parse_response, options
        )


class ReferenceWithRawResponse(SyncAPIResource):
    """Reference operations returning full responses."""

    def list_countries(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[CountryListResponse]:
        """Like :meth:`Reference.list_countries`, returning the full response (status, headers, request id, rate limit, parsed body)."""

        return self._client.request_raw(
            _list_countries.OPERATION, _list_countries.build_request(), _list_countries.parse_response, options
        )

    def list_platforms(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[PlatformListResponse]:
        """Like :meth:`Reference.list_platforms`, returning the full response (status, headers, request id, rate limit, parsed body)."""

        return self._client.request_raw(
            _list_platforms.OPERATION, _list_platforms.build_request(), _list_platforms.parse_response, options
        )


class AsyncReferenceWithRawResponse(AsyncAPIResource):
    """Reference operations returning full responses (async)."""

    async def list_countries(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[CountryListResponse]:
        """Like :meth:`Reference.list_countries`, returning the full response (status, headers, request id, rate limit, parsed body)."""

        return await self._client.request_raw(
            _list_countries.OPERATION, _list_countries.build_request(), _list_countries.parse_response, options
        )

    async def list_platforms(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[PlatformListResponse]:
        """Like :meth:`Reference.list_platforms`, returning the full response (status, headers, request id, rate limit, parsed body)."""

        return await self._client.request_raw(
            _list_platforms.OPERATION, _list_platforms.build_request(), _list_platforms.parse_response, options
        )
