"""Iterate over every item of a paginated list without writing a page loop.

Each ``client.<tag>.iter_<items>(...)`` returns a pager: iterate it for items, or call ``.pages()`` for
whole pages. Pages are fetched one at a time as you go, and only the current page is held in memory.
Walking stops on the last page (``total_pages``), on an empty page, on a short page, or after ``max_items``.
Each page request goes through the client, so its retry policy applies to every page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, Protocol, TypeVar

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound="Page[Any]")


class Pagination(Protocol):
    """The ``pagination`` object of a list response."""

    @property
    def page(self) -> int: ...

    @property
    def per_page(self) -> int: ...

    @property
    def total(self) -> int: ...

    @property
    def total_pages(self) -> int: ...


class Page(Protocol[ItemT]):
    """What a paginated list response looks like: its items in ``data`` and a ``pagination`` object.

    Every ``list_*`` response of the API fits it, so :func:`paginate` knows the type of the items.
    """

    @property
    def data(self) -> list[ItemT]: ...

    @property
    def pagination(self) -> Pagination: ...


def _check(per_page: int, max_items: int | None) -> None:
    if isinstance(per_page, bool) or not isinstance(per_page, int) or not 1 <= per_page <= 100:
        raise ValueError(f"per_page: expected an integer from 1 to 100, got {per_page!r}")
    if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0):
        raise ValueError(f"max_items: expected a non-negative integer or None, got {max_items!r}")


def _is_last(page: Page[Any], number: int, per_page: int) -> bool:
    """The last page: empty, shorter than a full page (as the server counts it), or numbered total_pages."""
    full = min(per_page, page.pagination.per_page)
    return not page.data or len(page.data) < full or number >= page.pagination.total_pages


class SyncPager(Generic[ItemT, PageT]):
    """Items of a paginated list, fetched lazily. Iterate it, or use :meth:`pages`."""

    def __init__(self, fetch: Callable[[int], PageT], *, per_page: int = 100, max_items: int | None = None) -> None:
        _check(per_page, max_items)
        self._fetch = fetch
        self._per_page = per_page
        self._max_items = max_items
        self.request_id: str | None = None
        """The request id of the last page fetched (quote it to TokPortal support)."""

    def pages(self) -> Iterator[PageT]:
        """Each page in turn (at most as many as ``max_items`` needs)."""
        if self._max_items == 0:
            return
        number, seen = 1, 0
        while True:
            page = self._fetch(number)
            self.request_id = getattr(page, "request_id", None)
            seen += len(page.data)
            last = _is_last(page, number, self._per_page) or (self._max_items is not None and seen >= self._max_items)
            yield page
            del page  # do not hold this page while the next one is fetched
            if last:
                return
            number += 1

    def __iter__(self) -> Iterator[ItemT]:
        remaining = self._max_items
        for page in self.pages():
            data = page.data
            del page  # the loop must not hold the page while the next one is fetched
            for item in data:
                if remaining is not None:
                    if remaining == 0:
                        return
                    remaining -= 1
                yield item
            del data


class AsyncPager(Generic[ItemT, PageT]):
    """Items of a paginated list, fetched lazily. ``async for`` over it, or use :meth:`pages`."""

    def __init__(
        self, fetch: Callable[[int], Awaitable[PageT]], *, per_page: int = 100, max_items: int | None = None
    ) -> None:
        _check(per_page, max_items)
        self._fetch = fetch
        self._per_page = per_page
        self._max_items = max_items
        self.request_id: str | None = None
        """The request id of the last page fetched (quote it to TokPortal support)."""

    async def pages(self) -> AsyncIterator[PageT]:
        """Each page in turn (at most as many as ``max_items`` needs)."""
        if self._max_items == 0:
            return
        number, seen = 1, 0
        while True:
            page = await self._fetch(number)
            self.request_id = getattr(page, "request_id", None)
            seen += len(page.data)
            last = _is_last(page, number, self._per_page) or (self._max_items is not None and seen >= self._max_items)
            yield page
            del page  # do not hold this page while the next one is fetched
            if last:
                return
            number += 1

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        remaining = self._max_items
        async for page in self.pages():
            data = page.data
            del page  # the loop must not hold the page while the next one is fetched
            for item in data:
                if remaining is not None:
                    if remaining == 0:
                        return
                    remaining -= 1
                yield item
            del data


def paginate(
    method: Callable[..., Page[ItemT]], *, per_page: int = 100, max_items: int | None = None, **filters: Any
) -> SyncPager[ItemT, Page[ItemT]]:
    """Pager over any paginated ``list_*`` method: ``paginate(client.bundles.list_bundles, status="published")``.

    Items are typed by the method's response (``Bundle`` for ``list_bundles``); ``.pages()`` gives each page
    as a :class:`Page` of them.
    """
    return SyncPager(
        lambda page: method(page=page, per_page=per_page, **filters), per_page=per_page, max_items=max_items
    )


def apaginate(
    method: Callable[..., Awaitable[Page[ItemT]]],
    *,
    per_page: int = 100,
    max_items: int | None = None,
    **filters: Any,
) -> AsyncPager[ItemT, Page[ItemT]]:
    """Async pager over any paginated ``list_*`` method of :class:`~tokportal_client.AsyncTokPortal`."""
    return AsyncPager(
        lambda page: method(page=page, per_page=per_page, **filters), per_page=per_page, max_items=max_items
    )


__all__ = ["AsyncPager", "Page", "Pagination", "SyncPager", "apaginate", "paginate"]
