"""The examples of docs/api.md run against the testing kit's mock without any error: every call passes the client's
checks, the mock's own validator (openapi-core, independent of the client) finds no contract violation in any
request, and every call succeeds. Each runs in the state its example presupposes (:data:`PRESUPPOSED`: a bundle
ready to publish, an account in review, ...), reached through the client and the mock's helpers; an example that
needs a step of its own shows it (the 428 policy acceptance of a secret-bearing operation).

The examples' ids (``"<id>"``, ``"<bundle_id>"``) are placeholders: each run substitutes the id of a resource
made in the mock beforehand (a bundle, a saved account, a webhook endpoint, a comment task), chosen by the
collection the operation's path starts with.
"""

from __future__ import annotations

import datetime
import inspect
import re
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tokportal_client import AsyncTokPortal, TokPortal
from tokportal_client._generated.registry import OPERATIONS
from tokportal_client._runtime import Operation
from tokportal_client.testing import MockServer

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
_PARTS = re.split(r"^### (.+)$", REFERENCE, flags=re.M)
EXAMPLES = {
    _PARTS[i].strip(): re.findall(r"```python\n(.*?)```", _PARTS[i + 1], re.S)[-1] for i in range(1, len(_PARTS), 2)
}


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


def _world(mock: MockServer, client: TokPortal) -> dict[str, str]:
    """A resource of each collection, made through the client: the ids the examples act on."""
    mock.reset()
    account = mock.add_account()
    bundle = client.bundles.create_bundle(
        body={"bundle_type": "account_and_videos", "platform": "tiktok", "country": "USA", "videos_quantity": 3}
    )
    bundle_id = str(bundle.data.id)
    video = client.videos.list_bundle_videos(bundle_id).data[0]
    events = client.webhooks.list_webhook_events().data.events or []
    hook = client.webhooks.create_webhook_endpoint(
        body={"url": "https://example.com/hook", "events": [str(events[0].type)]}
    )
    comments = client.comments.create_comment_tasks(
        body={"saved_account_id": account, "target_video_url": "https://www.tiktok.com/@a/video/1", "comment_text": "!"}
    )
    return {
        "bundles": bundle_id,
        "accounts": account,
        "analytics": account,
        "videos": str(video.id),
        "webhooks": str(hook.data.id),
        "comments": str((comments.data.created or [])[0].id),
        "bundle_id": bundle_id,
    }


# -- the state an example presupposes, reached the way a user's bundle reaches it (TokPortal's side played by the
# mock's helpers). An operation absent here runs in the plain world above.

Step = Callable[[MockServer, TokPortal, dict[str, str]], None]


def _ready(mock: MockServer, client: TokPortal, world: dict[str, str]) -> None:
    """The bundle ready to publish: its account and its first video configured."""
    bundle, day = world["bundle_id"], datetime.date.today() + datetime.timedelta(days=7)
    client.account_configuration.configure_bundle_account(
        bundle,
        body={"username": "cool.user", "visible_name": "Cool User", "profile_picture_url": "https://example.com/p.jpg"},
    )
    client.videos.configure_bundle_video(
        bundle,
        1,
        body={"video_type": "video", "target_publish_date": day.isoformat(), "video_url": "https://example.com/v.mp4"},
    )


def _published(mock: MockServer, client: TokPortal, world: dict[str, str]) -> None:
    _ready(mock, client, world)
    client.bundles.publish_bundle(world["bundle_id"])


def _account_in_review(mock: MockServer, client: TokPortal, world: dict[str, str]) -> None:
    _published(mock, client, world)
    mock.review_account(world["bundle_id"])


def _video_in_review(mock: MockServer, client: TokPortal, world: dict[str, str]) -> None:
    _published(mock, client, world)
    client.videos.publish_bundle_video(world["bundle_id"], 1)
    mock.publish_video(world["bundle_id"], 1)


def _edit_requested(mock: MockServer, client: TokPortal, world: dict[str, str]) -> None:
    client.accounts.create_account_edit_request(
        world["accounts"], body={"requested_username": "new.name", "requested_visible_name": "New Name"}
    )


def _delivered(mock: MockServer, client: TokPortal, world: dict[str, str]) -> None:
    client.webhooks.test_webhook_endpoint(world["webhooks"])
    world["delivery_id"] = str(client.webhooks.list_webhook_deliveries(world["webhooks"]).data[0].id)


def _comment_confirmed(mock: MockServer, client: TokPortal, world: dict[str, str]) -> None:
    mock.state.comments[world["comments"]]["status"] = "manually_confirmed"


PRESUPPOSED: dict[str, Step] = {
    "publish_bundle": _ready,
    "unpublish_bundle": _published,
    "publish_all_bundle_videos": _published,
    "publish_bundle_video": _published,
    "request_bundle_account_corrections": _account_in_review,
    "finalize_bundle_account": _account_in_review,
    "finalize_bundle_video": _video_in_review,
    "request_bundle_video_corrections": _video_in_review,
    "get_account_edit_request": _edit_requested,
    "retry_webhook_delivery": _delivered,
    "approve_comment_task": _comment_confirmed,
    "dispute_comment_task": _comment_confirmed,
}
"""Operation -> the step that puts the world in the state its example presupposes."""


_ID_FIELD = re.compile(r'"((?:\w+_)?(bundle|account))_id": "[^"]+"')
"""An id field of a body, with the contract's example id: given the id of the world's resource of its kind."""


def _with_ids(op: Operation, example: str, world: dict[str, str]) -> str:
    collection = op.path.strip("/").split("/")[0]
    example = example.replace('"<id>"', repr(world.get(collection, "<id>")))
    example = re.sub(r'"<(\w+)>"', lambda m: repr(world[m[1]]) if m[1] in world else m[0], example)
    return _ID_FIELD.sub(lambda m: f'"{m[1]}_id": "{world[m[2] + "s"]}"', example)


def _run(op: Operation, mock: MockServer, tmp_path: Path) -> list[Any]:
    """Run the example in the world it presupposes; any error fails it. Returns the contract violations the mock
    recorded."""
    client = mock.client(max_retries=0)
    world = _world(mock, client)
    if op.name in PRESUPPOSED:
        PRESUPPOSED[op.name](mock, client, world)
    example = _with_ids(op, EXAMPLES[op.name], world)
    for placeholder in re.findall(r'"(path/to/[^"]+)"', example):
        (tmp_path / placeholder).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / placeholder).write_bytes(b"position,video_type\n1,video\n")
        example = example.replace(placeholder, str(tmp_path / placeholder))
    before = len(mock.violations)
    with client:
        exec(compile(example, "docs/api.md", "exec"), {"client": client, "print": repr})
    return mock.violations[before:]


@pytest.mark.parametrize("op", list(OPERATIONS.values()), ids=lambda op: op.name)
def test_the_reference_example_runs_against_the_mock(op: Operation, mock: MockServer, tmp_path: Path) -> None:
    violations = _run(op, mock, tmp_path)
    assert not violations, "contract violations:\n" + "\n".join(map(str, violations))


def test_a_policy_example_goes_through_the_428_step(mock: MockServer, tmp_path: Path) -> None:
    """The two-step examples really take the second step: the first call answers 428, the second accepts."""
    stepped = [op for op in OPERATIONS.values() if "except errors.PolicyConfirmationRequiredError" in EXAMPLES[op.name]]
    assert stepped, "no example shows the policy acceptance flow"
    for op in stepped:
        _run(op, mock, tmp_path)  # starts from a reset mock: its requests are the example's and its world's
        answers = [request.status for request in mock.requests if request.operation_id == op.operation_id]
        assert answers == [428, op.success_status], (op.name, answers)


@pytest.mark.parametrize("op", list(OPERATIONS.values()), ids=lambda op: op.name)
def test_the_method_docstring_shows_the_example_that_runs(op: Operation) -> None:
    """The sync and async methods' docstrings carry the very example the test above runs."""
    client = TokPortal(api_key="sk_test", base_url="http://127.0.0.1:9/api/ext")
    aclient = AsyncTokPortal(api_key="sk_test", base_url="http://127.0.0.1:9/api/ext")
    for method in (getattr(getattr(client, op.tag), op.name), getattr(getattr(aclient, op.tag), op.name)):
        doc = inspect.getdoc(method) or ""
        shown = doc.split("runs it against the mock)::\n\n", 1)[1]
        assert textwrap.dedent(shown).strip() == EXAMPLES[op.name].strip()
