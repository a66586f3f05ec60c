"""The contract suite's fixtures: one mock of the API (``tokportal_client.testing.MockServer``) for the session,
reset and seeded before each test.

The mock validates every request with openapi-core against openapi.json and answers with responses that are
themselves validated against it. It keeps state like TokPortal (unknown ids are 404s), so each test starts
from a small world made once through the public client: a delivered account, a bundle ready to publish, a
webhook endpoint with one delivery, and a comment task.
"""

from __future__ import annotations

import copy
import datetime
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tokportal_client import TokPortal
from tokportal_client.testing import VARIANT_HEADER, MockServer, RecordedRequest, State, Violation

API_KEY = MockServer.api_key
PUBLISH_ON = (datetime.date.today() + datetime.timedelta(days=5)).isoformat()
"""A target publish date TokPortal accepts (at least 3 days ahead)."""


@dataclass(frozen=True)
class World:
    """Ids of what exists on the mock at the start of a test."""

    account: str
    bundle: str
    """account_and_videos, 3 video slots (slot 1 configured), 1 edit slot, the account configured: ready to publish."""
    video: str
    """The id of the bundle's video slot 1."""
    webhook: str
    delivery: str
    comment: str
    """A pending comment task on ``account``."""


@dataclass(frozen=True)
class Mark:
    """A position in the mock's records."""

    requests: int
    violations: int


def mark(mock: MockServer) -> Mark:
    return Mark(len(mock.requests), len(mock.violations))


def since(mock: MockServer, position: Mark) -> tuple[list[RecordedRequest], list[Violation]]:
    """What the mock recorded after ``position``."""
    return mock.requests[position.requests :], mock.violations[position.violations :]


@pytest.fixture(scope="session")
def mock_api() -> Iterator[MockServer]:
    """The running mock; ``mock_api.base_url`` is its base URL, ``mock_api.violations`` what it rejected."""
    with MockServer() as mock:
        yield mock


def seed(mock: MockServer) -> World:
    """Make the world through the public client."""
    with mock.client(max_retries=0) as seeder:
        account = mock.add_account(platform="tiktok", username="contract_account")
        bundle = seeder.bundles.create_bundle(
            body={
                "bundle_type": "account_and_videos",
                "platform": "tiktok",
                "country": "USA",
                "videos_quantity": 3,
                "edits_quantity": 1,
            }
        ).data.id
        assert isinstance(bundle, str)
        seeder.account_configuration.configure_bundle_account(
            bundle,
            body={
                "username": "contract.user",
                "visible_name": "Contract User",
                "biography": "Testing the contract.",
                "profile_picture_url": "profile-pictures/contract/avatar.png",
            },
        )
        seeder.videos.configure_bundle_video(
            bundle, 1, body={"video_type": "video", "description": "Teaser", "target_publish_date": PUBLISH_ON}
        )
        webhook = seeder.webhooks.create_webhook_endpoint(
            body={"url": "https://example.com/hooks/tokportal", "events": ["bundle.published"]}
        ).data.id
        seeder.webhooks.test_webhook_endpoint(webhook)
        task = {
            "saved_account_id": account,
            "target_video_url": "https://www.tiktok.com/@x/video/1",
            "comment_text": "Hi",
        }
        comment = seeder.comments.create_comment_tasks(body=task).data.created[0].id
    assert not mock.violations, mock.violations
    return World(
        account=account,
        bundle=bundle,
        video=str(mock.state.videos[bundle][0]["id"]),
        webhook=webhook,
        delivery=str(mock.state.deliveries[webhook][0]["id"]),
        comment=comment,
    )


@pytest.fixture(scope="session")
def seeded(mock_api: MockServer) -> tuple[World, State]:
    """The world, made once, and the state that holds it."""
    mock_api.reset()
    return seed(mock_api), copy.deepcopy(mock_api.state)


@pytest.fixture
def world(mock_api: MockServer, seeded: tuple[World, State]) -> World:
    """A fresh copy of the world for this test (see :class:`World`)."""
    mock_api.reset()
    mock_api.state = copy.deepcopy(seeded[1])
    return seeded[0]


@pytest.fixture(scope="session")
def client(mock_api: MockServer) -> Iterator[TokPortal]:
    """A TokPortal client on the mock. No retries: a rejected request must fail once, loudly."""
    with mock_api.client(max_retries=0) as sync_client:
        yield sync_client


@pytest.fixture(scope="session", params=["minimal", "nulls"])
def sparse_client(mock_api: MockServer, request: pytest.FixtureRequest) -> Iterator[TokPortal]:
    """Like ``client``, but the mock answers sparsely where it synthesizes the answer: ``minimal`` (required fields
    only, nulls where allowed) or ``nulls`` (every field, null wherever allowed)."""
    headers = {VARIANT_HEADER: str(request.param)}
    with mock_api.client(max_retries=0, default_headers=headers) as sync_client:
        yield sync_client
