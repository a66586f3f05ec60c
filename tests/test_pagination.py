"""Tests for the pagers (issue #5): ``client.<tag>.iter_*``, ``.pages()``, ``paginate`` / ``apaginate``.

A small fake list server (:class:`FakeList`, behind pytest-httpserver) serves N items honouring ``page`` and
``per_page`` from the query string and records the query and headers of every request, so each test can say
exactly how many requests a walk made and what they carried. Every behaviour test runs on both clients
(the ``api`` fixture is parametrized sync/async; :func:`drain` / :func:`drain_pages` hide the difference).
"""

from __future__ import annotations

import gc
import inspect
import json
import math
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tokportal_client import (
    AsyncPager,
    AsyncTokPortal,
    BadRequestError,
    RetryPolicy,
    SyncPager,
    TokPortal,
    apaginate,
    models,
    paginate,
)
from tokportal_client._generated.registry import OPERATIONS
from tokportal_client._runtime import AsyncAPIResource, Operation, SyncAPIResource

API_KEY = "sk_test_" + "0" * 64
BUNDLES = "/api/ext/bundles"
FAST_RETRY = RetryPolicy(initial_delay=0.01, max_delay=0.02)

Client = TokPortal | AsyncTokPortal
Pager = SyncPager[Any, Any] | AsyncPager[Any, Any]


# --------------------------------------------------------------------------------------------------------------
# The fake list server
# --------------------------------------------------------------------------------------------------------------


@dataclass
class FakeList:
    """Serves ``items`` page by page, the way TokPortal's paginated lists do.

    Knobs for misbehaving servers: ``cap`` (the server's own per_page limit), ``total_pages`` (a fixed claim
    instead of the computed one), ``fail`` (page -> statuses to answer, in order, before serving it) and
    ``before_page`` (a hook that may change ``items`` before a page is served).
    """

    items: list[dict[str, Any]]
    cap: int | None = None
    total_pages: int | None = None
    fail: dict[int, list[int]] = field(default_factory=dict)
    before_page: Callable[[FakeList, int], None] | None = None
    echo_count: bool = False
    """Report ``pagination.per_page`` as the number of items on the page (0 on an empty page)."""
    limit: int = 50
    """A guard: more requests than this is a runaway pager; answer 418 so the test fails instead of hanging."""
    requests: list[dict[str, str]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)

    def install(self, httpserver: HTTPServer, path: str = BUNDLES) -> FakeList:
        httpserver.expect_request(path, method="GET").respond_with_handler(self.handler)
        return self

    @property
    def pages_asked(self) -> list[int]:
        return [int(args["page"]) for args in self.requests]

    def handler(self, request: Request) -> Response:
        args = {key: request.args[key] for key in request.args}
        self.requests.append(args)
        self.headers.append(dict(request.headers))
        if len(self.requests) > self.limit:
            return _json({"error": {"code": "runaway", "message": "too many requests"}}, 418)
        page = int(args.get("page", "1"))
        asked = int(args.get("per_page", "20"))
        if self.fail.get(page):
            status = self.fail[page].pop(0)
            return _json({"error": {"code": "unavailable", "message": "try again"}}, status)
        if self.before_page is not None:
            self.before_page(self, page)
        size = min(asked, self.cap) if self.cap is not None else asked
        start = (page - 1) * size
        total = len(self.items)
        total_pages = self.total_pages if self.total_pages is not None else math.ceil(total / size)
        body: dict[str, Any] = {
            "data": self.items[start : start + size],
            "pagination": {"page": page, "per_page": size, "total": total, "total_pages": total_pages},
        }
        if self.echo_count:
            body["pagination"]["per_page"] = len(body["data"])
        return _json(body, 200)


def _json(body: object, status: int) -> Response:
    return Response(json.dumps(body), status=status, content_type="application/json")


def make_items(n: int, prefix: str = "b") -> list[dict[str, Any]]:
    return [{"id": f"{prefix}_{i:04d}"} for i in range(n)]


def ids(n: int, prefix: str = "b") -> list[str]:
    return [f"{prefix}_{i:04d}" for i in range(n)]


def item_id(item: Any) -> str:
    value = item.to_dict()["id"]
    assert isinstance(value, str)
    return value


async def drain(pager: Pager) -> list[Any]:
    """Every item of a sync or async pager."""
    if isinstance(pager, AsyncPager):
        return [item async for item in pager]
    return list(pager)


async def drain_pages(pager: Pager) -> list[Any]:
    """Every page of a sync or async pager."""
    if isinstance(pager, AsyncPager):
        return [page async for page in pager.pages()]
    return list(pager.pages())


class Stepper:
    """One item (or page, with ``pages=True``) at a time from a sync or async pager, behind one async API."""

    def __init__(self, pager: Pager, *, pages: bool = False) -> None:
        self._sync: Generator[Any] | None = None
        self._async: AsyncGenerator[Any] | None = None
        if isinstance(pager, AsyncPager):
            self._async = pager.pages() if pages else aiter(pager)  # type: ignore[assignment]
        else:
            self._sync = pager.pages() if pages else iter(pager)  # type: ignore[assignment]

    async def next(self) -> Any:
        if self._async is not None:
            return await anext(self._async)
        assert self._sync is not None
        return next(self._sync)

    async def close(self) -> None:
        if self._async is not None:
            await self._async.aclose()
        elif self._sync is not None:
            self._sync.close()


# --------------------------------------------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------------------------------------------


# The fake server is plain http on 127.0.0.1, so the fixtures hand the clients an httpx client without
# certificate loading: it makes each client ~20x cheaper to build and keeps this file fast. The client's
# own default transport is used by test_sync_and_async_clients_give_the_same_items.


@pytest.fixture
def client(httpserver: HTTPServer) -> Iterator[TokPortal]:
    with httpx.Client(verify=False) as http:
        yield TokPortal(api_key=API_KEY, base_url=httpserver.url_for("/api/ext"), retry=FAST_RETRY, http_client=http)


@pytest.fixture
async def aclient(httpserver: HTTPServer) -> AsyncIterator[AsyncTokPortal]:
    async with httpx.AsyncClient(verify=False) as http:
        yield AsyncTokPortal(
            api_key=API_KEY, base_url=httpserver.url_for("/api/ext"), retry=FAST_RETRY, http_client=http
        )


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest) -> Client:
    """Each behaviour test runs once on each client."""
    fixture: Client = request.getfixturevalue("client" if request.param == "sync" else "aclient")
    return fixture


# --------------------------------------------------------------------------------------------------------------
# The basic walk
# --------------------------------------------------------------------------------------------------------------


async def test_250_bundles_arrive_in_order_in_three_requests(api: Client, httpserver: HTTPServer) -> None:
    fake = FakeList(make_items(250)).install(httpserver)

    bundles = await drain(api.bundles.iter_bundles(status="published"))

    assert [b.id for b in bundles] == ids(250)
    assert all(isinstance(b, models.Bundle) for b in bundles)
    assert fake.pages_asked == [1, 2, 3]
    for args in fake.requests:
        assert args["per_page"] == "100"
        assert args["status"] == "published"


async def test_sync_and_async_clients_give_the_same_items(httpserver: HTTPServer) -> None:
    fake = FakeList(make_items(250)).install(httpserver)
    base_url = httpserver.url_for("/api/ext")

    with TokPortal(api_key=API_KEY, base_url=base_url) as client:
        sync_ids = [b.id for b in client.bundles.iter_bundles(status="published")]
    async with AsyncTokPortal(api_key=API_KEY, base_url=base_url) as aclient:
        async_ids = [b.id async for b in aclient.bundles.iter_bundles(status="published")]

    assert sync_ids == async_ids == ids(250)
    assert fake.pages_asked == [1, 2, 3, 1, 2, 3]


async def test_pages_are_fetched_lazily(api: Client, httpserver: HTTPServer) -> None:
    fake = FakeList(make_items(250)).install(httpserver)

    pager = api.bundles.iter_bundles()
    assert fake.requests == []  # creating the pager sends nothing

    items = Stepper(pager)
    assert (await items.next()).id == "b_0000"
    assert len(fake.requests) == 1
    for _ in range(99):
        await items.next()
    assert len(fake.requests) == 1  # the whole first page is served from memory
    assert (await items.next()).id == "b_0100"
    assert len(fake.requests) == 2
    await items.close()
    assert len(fake.requests) == 2  # stopping early fetches nothing more


async def test_iterating_again_starts_over(api: Client, httpserver: HTTPServer) -> None:
    fake = FakeList(make_items(150)).install(httpserver)
    pager = api.bundles.iter_bundles()

    first = [b.id for b in await drain(pager)]
    second = [b.id for b in await drain(pager)]

    assert first == second == ids(150)
    assert fake.pages_asked == [1, 2, 1, 2]


# --------------------------------------------------------------------------------------------------------------
# max_items
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("max_items", "expected_items", "expected_requests"),
    [(0, 0, 0), (1, 1, 1), (5, 5, 1), (100, 100, 1), (101, 101, 2), (150, 150, 2), (250, 250, 3), (1000, 250, 3)],
)
async def test_max_items(
    api: Client, httpserver: HTTPServer, max_items: int, expected_items: int, expected_requests: int
) -> None:
    fake = FakeList(make_items(250)).install(httpserver)

    bundles = await drain(api.bundles.iter_bundles(max_items=max_items))

    assert [b.id for b in bundles] == ids(expected_items)
    assert len(fake.requests) == expected_requests


async def test_max_items_limits_pages_too(api: Client, httpserver: HTTPServer) -> None:
    fake = FakeList(make_items(250)).install(httpserver)

    pages = await drain_pages(api.bundles.iter_bundles(max_items=150))

    assert [p.pagination.page for p in pages] == [1, 2]
    assert fake.pages_asked == [1, 2]


# --------------------------------------------------------------------------------------------------------------
# Sizes and stop conditions
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("n", "expected_requests"), [(0, 1), (1, 1), (100, 1), (101, 2), (250, 3)])
async def test_list_sizes(api: Client, httpserver: HTTPServer, n: int, expected_requests: int) -> None:
    fake = FakeList(make_items(n)).install(httpserver)

    bundles = await drain(api.bundles.iter_bundles())

    assert [b.id for b in bundles] == ids(n)
    assert len(fake.requests) == expected_requests


async def test_stops_on_total_pages(api: Client, httpserver: HTTPServer) -> None:
    # Every page is full, so only total_pages=2 tells the pager to stop.
    fake = FakeList(make_items(300), total_pages=2).install(httpserver)

    bundles = await drain(api.bundles.iter_bundles())

    assert [b.id for b in bundles] == ids(200)
    assert fake.pages_asked == [1, 2]


@pytest.mark.parametrize("echo_count", [False, True], ids=["per_page-100", "per_page-0"])
async def test_stops_on_an_empty_page(api: Client, httpserver: HTTPServer, echo_count: bool) -> None:
    # The server claims five pages but page 2 is empty. With echo_count it also reports per_page=0 for that
    # page, so the empty page does not look short: only the empty-page rule stops the walk.
    fake = FakeList(make_items(100), total_pages=5, echo_count=echo_count).install(httpserver)

    bundles = await drain(api.bundles.iter_bundles())

    assert [b.id for b in bundles] == ids(100)
    assert fake.pages_asked == [1, 2]


async def test_stops_on_a_short_page(api: Client, httpserver: HTTPServer) -> None:
    # The server claims five pages but page 2 holds only 50 of 100: it is the last.
    fake = FakeList(make_items(150), total_pages=5).install(httpserver)

    bundles = await drain(api.bundles.iter_bundles())

    assert [b.id for b in bundles] == ids(150)
    assert fake.pages_asked == [1, 2]


async def test_server_capping_per_page_does_not_stop_early(api: Client, httpserver: HTTPServer) -> None:
    # 100 asked, 50 served (and reported as pagination.per_page=50): a 50-item page is full, not short.
    fake = FakeList(make_items(250), cap=50).install(httpserver)

    bundles = await drain(api.bundles.iter_bundles())

    assert [b.id for b in bundles] == ids(250)
    assert fake.pages_asked == [1, 2, 3, 4, 5]
    assert {args["per_page"] for args in fake.requests} == {"100"}


# --------------------------------------------------------------------------------------------------------------
# A list that changes while it is walked
# --------------------------------------------------------------------------------------------------------------


def _append_ten(fake: FakeList, page: int) -> None:
    if page > 1:
        start = len(fake.items)
        fake.items.extend({"id": f"b_{i:04d}"} for i in range(start, start + 10))


def _delete_thirty_from_front(fake: FakeList, page: int) -> None:
    if page > 1:
        del fake.items[:30]


def _prepend_ten(fake: FakeList, page: int) -> None:
    if page > 1:
        fake.items[:0] = [{"id": f"new_{page}_{i}"} for i in range(10)]


async def test_items_added_at_the_end_while_walking(api: Client, httpserver: HTTPServer) -> None:
    fake = FakeList(make_items(250), before_page=_append_ten).install(httpserver)

    got = [b.id for b in await drain(api.bundles.iter_bundles())]

    assert len(fake.requests) <= 4
    assert len(got) == len(set(got))
    assert set(ids(250)) <= set(got)  # nothing that was there at the start is missed


async def test_items_removed_while_walking(api: Client, httpserver: HTTPServer) -> None:
    fake = FakeList(make_items(250), before_page=_delete_thirty_from_front).install(httpserver)

    got = [b.id for b in await drain(api.bundles.iter_bundles())]

    # Page 3 starts past the shrunken list: the walk ends there, on the empty page, without error.
    assert fake.pages_asked == [1, 2, 3]
    assert len(got) == len(set(got))
    assert got[:100] == ids(100)


async def test_items_added_at_the_front_while_walking(api: Client, httpserver: HTTPServer) -> None:
    # Offset pagination repeats items that shift across a page boundary; the pager must still end cleanly.
    fake = FakeList(make_items(250), before_page=_prepend_ten).install(httpserver)

    got = [b.id for b in await drain(api.bundles.iter_bundles())]

    assert len(fake.requests) <= 4
    assert set(ids(250)) <= set(got)


# --------------------------------------------------------------------------------------------------------------
# Filters, options, typed pages
# --------------------------------------------------------------------------------------------------------------


async def test_filters_and_options_go_with_every_page(api: Client, httpserver: HTTPServer) -> None:
    fake = FakeList(make_items(25)).install(httpserver)

    bundles = await drain(
        api.bundles.iter_bundles(
            status="published",
            bundle_type="account_and_videos",
            platform=models.Platform.TIKTOK,
            external_ref="campaign-42",
            per_page=10,
            extra_headers={"X-Trace": "t-1"},
        )
    )

    assert len(bundles) == 25
    assert fake.pages_asked == [1, 2, 3]
    for args in fake.requests:
        assert args == {
            "page": args["page"],
            "per_page": "10",
            "status": "published",
            "bundle_type": "account_and_videos",
            "platform": "tiktok",
            "external_ref": "campaign-42",
        }
    assert [h.get("X-Trace") for h in fake.headers] == ["t-1"] * 3
    assert all(h.get("X-Api-Key") == API_KEY for h in fake.headers)


async def test_pages_are_typed_list_responses(api: Client, httpserver: HTTPServer) -> None:
    FakeList(make_items(250)).install(httpserver)

    pages = await drain_pages(api.bundles.iter_bundles(status="published"))

    assert all(isinstance(p, models.BundleListResponse) for p in pages)
    assert [p.pagination.page for p in pages] == [1, 2, 3]
    assert [len(p.data) for p in pages] == [100, 100, 50]
    assert all(isinstance(b, models.Bundle) for p in pages for b in p.data)
    assert [b.id for p in pages for b in p.data] == ids(250)


async def test_bad_filter_value_fails_before_any_request(api: Client, httpserver: HTTPServer) -> None:
    fake = FakeList(make_items(5)).install(httpserver)

    with pytest.raises(ValueError, match="status"):
        await drain(api.bundles.iter_bundles(status="no-such-status"))
    assert fake.requests == []


# --------------------------------------------------------------------------------------------------------------
# paginate / apaginate
# --------------------------------------------------------------------------------------------------------------


def test_paginate(client: TokPortal, httpserver: HTTPServer) -> None:
    fake = FakeList(make_items(250)).install(httpserver)

    pager = paginate(client.bundles.list_bundles, status="published", per_page=50)

    assert isinstance(pager, SyncPager)
    got = list(pager)
    assert [b.id for b in got] == ids(250)
    assert all(isinstance(b, models.Bundle) for b in got)
    assert fake.pages_asked == [1, 2, 3, 4, 5]
    assert all(a["status"] == "published" and a["per_page"] == "50" for a in fake.requests)


def test_paginate_max_items_and_pages(client: TokPortal, httpserver: HTTPServer) -> None:
    fake = FakeList(make_items(250)).install(httpserver)

    assert [b.id for b in paginate(client.bundles.list_bundles, max_items=120)] == ids(120)
    assert fake.pages_asked == [1, 2]
    pages = list(paginate(client.bundles.list_bundles).pages())
    assert [type(p) for p in pages] == [models.BundleListResponse] * 3


async def test_apaginate(aclient: AsyncTokPortal, httpserver: HTTPServer) -> None:
    fake = FakeList(make_items(250)).install(httpserver)

    pager = apaginate(aclient.bundles.list_bundles, status="published")

    assert isinstance(pager, AsyncPager)
    got = [b async for b in pager]
    assert [b.id for b in got] == ids(250)
    assert fake.pages_asked == [1, 2, 3]
    assert all(a["status"] == "published" and a["per_page"] == "100" for a in fake.requests)
    pages = [p async for p in apaginate(aclient.bundles.list_bundles, max_items=5).pages()]
    assert [len(p.data) for p in pages] == [100]
    assert len(fake.requests) == 4


# --------------------------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("per_page", [0, 101, -1, True, 2.5, "10"])
async def test_per_page_out_of_range_is_refused_before_any_request(
    api: Client, httpserver: HTTPServer, per_page: Any
) -> None:
    fake = FakeList(make_items(5)).install(httpserver)

    with pytest.raises(ValueError, match="per_page"):
        api.bundles.iter_bundles(per_page=per_page)
    with pytest.raises(ValueError, match="per_page"):
        if isinstance(api, TokPortal):
            paginate(api.bundles.list_bundles, per_page=per_page)
        else:
            apaginate(api.bundles.list_bundles, per_page=per_page)
    assert fake.requests == []


@pytest.mark.parametrize("per_page", [1, 100])
async def test_per_page_bounds_are_accepted(api: Client, httpserver: HTTPServer, per_page: int) -> None:
    fake = FakeList(make_items(3)).install(httpserver)

    assert len(await drain(api.bundles.iter_bundles(per_page=per_page))) == 3
    assert {a["per_page"] for a in fake.requests} == {str(per_page)}


@pytest.mark.parametrize("max_items", [-1, 1.5, True])
async def test_bad_max_items_is_refused(api: Client, httpserver: HTTPServer, max_items: Any) -> None:
    fake = FakeList(make_items(5)).install(httpserver)

    with pytest.raises(ValueError, match="max_items"):
        api.bundles.iter_bundles(max_items=max_items)
    assert fake.requests == []


# --------------------------------------------------------------------------------------------------------------
# Errors and retries apply per page
# --------------------------------------------------------------------------------------------------------------


async def test_retry_applies_to_each_page(api: Client, httpserver: HTTPServer) -> None:
    fake = FakeList(make_items(250), fail={2: [503]}).install(httpserver)

    bundles = await drain(api.bundles.iter_bundles(status="published"))

    assert [b.id for b in bundles] == ids(250)
    assert fake.pages_asked == [1, 2, 2, 3]


async def test_error_on_a_later_page_is_raised_after_earlier_items(api: Client, httpserver: HTTPServer) -> None:
    fake = FakeList(make_items(250), fail={2: [400]}).install(httpserver)

    got: list[str] = []
    items = Stepper(api.bundles.iter_bundles())
    with pytest.raises(BadRequestError):
        while True:
            got.append((await items.next()).id)
    assert got == ids(100)  # page 1's items were yielded before page 2 failed
    assert fake.pages_asked == [1, 2]  # a 400 is not retried, and the walk does not go on past it


# --------------------------------------------------------------------------------------------------------------
# Every paginated operation has an iterator, and only those
# --------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paginated:
    """One paginated operation of the registry: where its iterator lives, what it is called with and what it sends."""

    resource: str
    args: tuple[str, ...]
    path: str
    item: type
    filters: dict[str, Any] = field(default_factory=dict)
    query: dict[str, str] = field(default_factory=dict)


# Filters to pass (and the query they must become on every page), where a paginated list has some worth checking.
FILTERS: dict[str, tuple[dict[str, Any], dict[str, str]]] = {
    "list_bundles": (
        {"status": "published", "bundle_type": "videos_only", "platform": "youtube", "external_ref": "r"},
        {"status": "published", "bundle_type": "videos_only", "platform": "youtube", "external_ref": "r"},
    ),
    "list_account_bundles": ({"status": "published"}, {"status": "published"}),
    "list_account_video_analytics": (
        {"sort_by": "views", "sort_order": "desc"},
        {"sort_by": "views", "sort_order": "desc"},
    ),
    "list_webhook_endpoints": (
        {"enabled": False, "event": "bundle.published"},
        {"enabled": "false", "event": "bundle.published"},
    ),
    "list_webhook_deliveries": (
        {"event_type": "bundle.published", "success": False},
        {"event_type": "bundle.published", "success": "false"},
    ),
}


def _paginated(op: Operation) -> Paginated:
    args = {p.name: f"{p.name}_1" for p in op.parameters if p.location == "path"}
    filters, query = FILTERS.get(op.name, ({}, {}))
    return Paginated(
        op.tag,
        tuple(args.values()),
        "/api/ext" + op.path.format(**args),
        getattr(models, str(op.page_item)),
        filters,
        query,
    )


PAGINATED: dict[str, Paginated] = {str(op.iter_name): _paginated(op) for op in OPERATIONS.values() if op.page_item}


def test_filters_name_paginated_operations() -> None:
    assert set(FILTERS) <= {op.name for op in OPERATIONS.values() if op.page_item}


def _resources(client: Client) -> dict[str, Any]:
    """The client's resource attributes (``client.bundles``, ...), however they are attached (eager or lazy)."""
    found = {}
    for name in dir(client):
        if name.startswith("_") or name == "with_raw_response":
            continue
        value = getattr(client, name)
        if isinstance(value, SyncAPIResource | AsyncAPIResource):
            found[name] = value
    return found


@pytest.mark.parametrize("method", sorted(PAGINATED))
async def test_every_iterator_walks_its_list(api: Client, httpserver: HTTPServer, method: str) -> None:
    op = PAGINATED[method]
    fake = FakeList(make_items(5, "x")).install(httpserver, op.path)

    pager = getattr(getattr(api, op.resource), method)(*op.args, per_page=2, **op.filters)

    assert isinstance(pager, AsyncPager if isinstance(api, AsyncTokPortal) else SyncPager)
    items = await drain(pager)
    assert [item_id(i) for i in items] == ids(5, "x")
    assert all(isinstance(i, op.item) for i in items)
    assert fake.pages_asked == [1, 2, 3]
    for args in fake.requests:  # every page carries the filters
        assert args == {"page": args["page"], "per_page": "2", **op.query}


async def test_webhook_deliveries_iterator(api: Client, httpserver: HTTPServer) -> None:
    fake = FakeList(make_items(150, "dlv")).install(httpserver, "/api/ext/webhooks/ep_1/deliveries")

    deliveries = await drain(api.webhooks.iter_webhook_deliveries("ep_1", success=True))

    assert [d.id for d in deliveries] == ids(150, "dlv")
    assert all(isinstance(d, models.WebhookDelivery) for d in deliveries)
    assert fake.pages_asked == [1, 2]
    assert all(a["success"] == "true" and a["per_page"] == "100" for a in fake.requests)


async def test_iterators_exist_exactly_for_paginated_lists(api: Client) -> None:
    resources = _resources(api)

    found = {
        name: resource_name
        for resource_name, resource in resources.items()
        for name in dir(resource)
        if name.startswith("iter_")
    }
    assert found == {name: op.resource for name, op in PAGINATED.items()}

    for resource_name, resource in resources.items():
        for name in dir(resource):
            if name.startswith("list_"):
                has_iter = hasattr(resource, "iter_" + name.removeprefix("list_"))
                assert has_iter == (("iter_" + name.removeprefix("list_")) in PAGINATED), (resource_name, name)
        for name in dir(resource):
            if name.startswith("iter_"):
                # a plain method returning a pager, never a coroutine: `async for` needs it synchronously
                assert not inspect.iscoroutinefunction(getattr(resource, name))

    unpaginated_lists = [op for op in OPERATIONS.values() if op.name.startswith("list_") and not op.page_item]
    assert unpaginated_lists  # lists without pagination exist in the contract, and get no pager
    for op in unpaginated_lists:
        assert not hasattr(resources[op.tag], "iter_" + op.name.removeprefix("list_"))


# --------------------------------------------------------------------------------------------------------------
# Memory: only the current page is held
# --------------------------------------------------------------------------------------------------------------


async def test_previous_page_is_released_before_the_next_is_fetched(api: Client, httpserver: HTTPServer) -> None:
    refs: list[weakref.ref[Any]] = []
    alive: dict[int, list[bool]] = {}

    def look(fake: FakeList, page: int) -> None:  # runs while the pager waits for `page`
        alive[page] = [ref() is not None for ref in refs]

    FakeList(make_items(250), before_page=look).install(httpserver)
    items = Stepper(api.bundles.iter_bundles())
    for i in range(250):
        item = await items.next()
        if i % 100 == 0:
            refs.append(weakref.ref(item))  # the first item of each page, kept alive only by its page
        del item

    assert alive == {1: [], 2: [False], 3: [False, False]}


async def test_earlier_pages_are_released(api: Client, httpserver: HTTPServer) -> None:
    FakeList(make_items(250)).install(httpserver)

    # Items: once past page 1, nothing in the pager keeps page 1's items alive.
    items = Stepper(api.bundles.iter_bundles())
    first = await items.next()
    first_ref = weakref.ref(first)
    del first
    for _ in range(200):  # item 201 is on page 3
        last = await items.next()
    assert last.id == "b_0200"
    gc.collect()
    assert first_ref() is None
    await items.close()

    # Pages: the pager does not keep the first page model either.
    pages = Stepper(api.bundles.iter_bundles(), pages=True)
    page = await pages.next()
    page_ref = weakref.ref(page)
    del page
    assert (await pages.next()).pagination.page == 2
    assert (await pages.next()).pagination.page == 3
    gc.collect()
    assert page_ref() is None
    await pages.close()
