"""The ``reference`` operations: ``client.reference``."""

from __future__ import annotations

from typing import Unpack

from tokportal_client._runtime import (
    AsyncAPIResource,
    RequestOptions,
    SyncAPIResource,
    async_to_raw_response,
    to_raw_response,
)

from ...models.country_list_response import CountryListResponse
from ...models.platform_list_response import PlatformListResponse
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

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            CountryListResponse

        Raises:
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            country_list = client.reference.list_countries()
        """

        return self._client.request(
            _list_countries.OPERATION,
            _list_countries.build_request(),
            _list_countries.parse_response,
            options,
            raw=self._raw,
        )

    def list_platforms(
        self,
        **options: Unpack[RequestOptions],
    ) -> PlatformListResponse:
        """List available platforms

        ``GET /platforms`` (no API key needed).

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            PlatformListResponse

        Raises:
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            platform_list = client.reference.list_platforms()
        """

        return self._client.request(
            _list_platforms.OPERATION,
            _list_platforms.build_request(),
            _list_platforms.parse_response,
            options,
            raw=self._raw,
        )


class AsyncReference(AsyncAPIResource):
    """Reference operations (async)."""

    async def list_countries(
        self,
        **options: Unpack[RequestOptions],
    ) -> CountryListResponse:
        """List available countries

        ``GET /countries`` (no API key needed).

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            CountryListResponse

        Raises:
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            country_list = client.reference.list_countries()
        """

        return await self._client.request(
            _list_countries.OPERATION,
            _list_countries.build_request(),
            _list_countries.parse_response,
            options,
            raw=self._raw,
        )

    async def list_platforms(
        self,
        **options: Unpack[RequestOptions],
    ) -> PlatformListResponse:
        """List available platforms

        ``GET /platforms`` (no API key needed).

            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            PlatformListResponse

        Raises:
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            platform_list = client.reference.list_platforms()
        """

        return await self._client.request(
            _list_platforms.OPERATION,
            _list_platforms.build_request(),
            _list_platforms.parse_response,
            options,
            raw=self._raw,
        )


class ReferenceWithRawResponse:
    """:class:`Reference`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: Reference) -> None:
        resource = resource._raw_mode()
        self.list_countries = to_raw_response(resource.list_countries)
        self.list_platforms = to_raw_response(resource.list_platforms)


class AsyncReferenceWithRawResponse:
    """:class:`AsyncReference`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: AsyncReference) -> None:
        resource = resource._raw_mode()
        self.list_countries = async_to_raw_response(resource.list_countries)
        self.list_platforms = async_to_raw_response(resource.list_platforms)
