"""The examples of docs/api.md run against the testing kit's mock: every statement passes the client's checks,
the mock's own validator (openapi-core, independent of the client) finds no contract violation in any request,
and the mock answers success or a status the operation documents (a state the example's world is not in, such as
publishing a bundle whose account is not configured yet, or the 428 policy step of a secret-bearing operation).

The examples' ids (``"<id>"``, ``"<bundle_id>"``) are placeholders: each run substitutes the id of a resource
made in the mock beforehand (a bundle, a saved account, a webhook endpoint, a comment task), chosen by the
collection the operation's path starts with.
"""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tokportal_client import AsyncTokPortal, TokPortal, errors
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
        "webhooks": str(hook.data.id),
        "comments": str((comments.data.created or [])[0].id),
        "bundle_id": bundle_id,
    }


_ID_FIELD = re.compile(r'"((?:\w+_)?(bundle|account))_id": "[^"]+"')
"""An id field of a body, with the contract's example id: given the id of the world's resource of its kind."""


def _with_ids(op: Operation, example: str, world: dict[str, str]) -> str:
    collection = op.path.strip("/").split("/")[0]
    example = example.replace('"<id>"', repr(world.get(collection, "<id>")))
    example = example.replace('"<bundle_id>"', repr(world["bundle_id"]))
    return _ID_FIELD.sub(lambda m: f'"{m[1]}_id": "{world[m[2] + "s"]}"', example)


def _run(op: Operation, mock: MockServer, tmp_path: Path) -> tuple[str, list[Any]]:
    """Run the example: (how it ended, the contract violations the mock recorded)."""
    client = mock.client(max_retries=0)
    world = _world(mock, client)
    example = _with_ids(op, EXAMPLES[op.name], world)
    for placeholder in re.findall(r'"(path/to/[^"]+)"', example):
        (tmp_path / placeholder).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / placeholder).write_bytes(b"position,video_type\n1,video\n")
        example = example.replace(placeholder, str(tmp_path / placeholder))
    before = len(mock.violations)
    outcome = "ok"
    for statement in ast.parse(example).body:
        try:
            exec(compile(ast.Module([statement], []), "docs/api.md", "exec"), {"client": client, "print": repr})
        except errors.PolicyConfirmationRequiredError:
            outcome = "428: the policy to accept first (the two-step flow of a secret-bearing operation)"
        except errors.APIStatusError as error:
            outcome = f"{error.status_code} {error.code}"
            if error.status_code not in op.error_statuses or error.code == "CONTRACT_VIOLATION":
                raise
    client.close()
    return outcome, mock.violations[before:]


@pytest.mark.parametrize("op", list(OPERATIONS.values()), ids=lambda op: op.name)
def test_the_reference_example_runs_against_the_mock(op: Operation, mock: MockServer, tmp_path: Path) -> None:
    outcome, violations = _run(op, mock, tmp_path)
    assert not violations, "contract violations:\n" + "\n".join(map(str, violations))
    print(f"{op.name}: {outcome}")


@pytest.mark.parametrize("op", list(OPERATIONS.values()), ids=lambda op: op.name)
def test_the_method_docstring_shows_the_example_that_runs(op: Operation) -> None:
    """The sync and async methods' docstrings carry the very example the test above runs."""
    client = TokPortal(api_key="sk_test", base_url="http://127.0.0.1:9/api/ext")
    aclient = AsyncTokPortal(api_key="sk_test", base_url="http://127.0.0.1:9/api/ext")
    for method in (getattr(getattr(client, op.tag), op.name), getattr(getattr(aclient, op.tag), op.name)):
        doc = inspect.getdoc(method) or ""
        shown = doc.split("runs it against the mock)::\n\n", 1)[1]
        assert textwrap.dedent(shown).strip() == EXAMPLES[op.name].strip()
