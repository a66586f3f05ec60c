"""The README's Python blocks run against the testing kit's mock, the way a reader pastes them.

What the README's prose sets up is set up here too: the environment (``TOKPORTAL_API_KEY``,
``TOKPORTAL_BASE_URL`` pointing at the mock, the webhook signing secrets), the names earlier blocks define
(``client``, ``bundle_id``, ...: test_readme.CONTEXT), a ``launch.mp4`` in the working directory, the Flask app
saved as ``myapp.py``. The README's illustrative ids (``"bnd_123"``, ``"ep_123"``, a UUID) stand for resources
the reader has: each run substitutes one of the mock's. Every block must run with no contract violation in any
request and no error.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import flask
import pytest
from test_readme import BLOCKS, MODULES, free_names

from tokportal_client import TokPortal
from tokportal_client.testing import MockServer
from tokportal_client.webhooks import generate_signature_header

_ILLUSTRATIVE_ID = re.compile(
    r'"((?:bnd|ep|acc)_[a-z0-9]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"'
)
_DEPLOYMENT = re.compile(r"\b[\w-]+\.internal\b")
"""A block that connects to the reader's own deployment (a Temporal server, a Redis at ``*.internal``) needs
servers this test does not have: it is type-checked (test_readme.py), not run; test_deployment_blocks says which."""
RUNNABLE = [number for number, block in enumerate(BLOCKS) if not _DEPLOYMENT.search(block)]


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


@pytest.fixture
def reader(
    mock: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[TokPortal, dict[str, str]]]:
    """The reader's setup: environment, working directory, and a bundle, an account and a webhook endpoint."""
    mock.reset()
    monkeypatch.setenv("TOKPORTAL_API_KEY", mock.api_key)
    monkeypatch.setenv("TOKPORTAL_BASE_URL", mock.base_url)
    monkeypatch.setenv("TOKPORTAL_WEBHOOK_SECRET", "whsec_test")
    monkeypatch.setenv("TOKPORTAL_WEBHOOK_SECRETS", "whsec_new,whsec_old")
    monkeypatch.chdir(tmp_path)
    for name in re.findall(r'"([\w-]+\.(?:mp4|png|jpg|csv))"', "".join(BLOCKS)):
        (tmp_path / name).write_bytes(b"position,video_type\n1,video\n" if name.endswith(".csv") else b"\x00media")
    for module, line in MODULES.items():
        source = next(block for block in BLOCKS if line in block)
        (tmp_path / f"{module}.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    client = mock.client(max_retries=0)
    bundle = client.bundles.create_bundle(
        body={"bundle_type": "account_and_videos", "platform": "tiktok", "country": "USA", "videos_quantity": 3}
    )
    events = client.webhooks.list_webhook_events().data.events or []
    hook = client.webhooks.create_webhook_endpoint(
        body={"url": "https://example.com/hook", "events": [str(events[0].type)]}
    )
    ids = {"bnd": str(bundle.data.id), "acc": mock.add_account(), "ep": str(hook.data.id)}
    yield client, ids
    client.close()
    for module in MODULES:
        sys.modules.pop(module, None)


def _with_ids(block: str, ids: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        prefix = match[1].split("_")[0] if "_" in match[1] else "bnd"
        return f'"{ids[prefix]}"'

    return _ILLUSTRATIVE_ID.sub(replace, block)


@pytest.mark.parametrize("number", RUNNABLE, ids=lambda number: f"block{number}")
def test_the_readme_block_runs_against_the_mock(
    number: int, reader: tuple[TokPortal, dict[str, str]], mock: MockServer
) -> None:
    client, ids = reader
    block = _with_ids(BLOCKS[number], ids)
    namespace: dict[str, Any] = {
        "__name__": f"readme_block_{number}",
        "client": client,
        "bundle_id": ids["bnd"],
        "account_id": ids["acc"],
    }
    if "uploaded" in block and "uploaded =" not in block:
        namespace["uploaded"] = client.uploads.upload_video_direct(file="launch.mp4", bundle_id=ids["bnd"])
    prelude = "from tokportal_client import AsyncTokPortal, errors, models\nimport os\n"
    exec(prelude + "from tokportal_client.webhooks import construct_event\nfrom flask import request", namespace)
    before = len(mock.violations)
    code = compile(block, f"README.md block {number}", "exec")
    if "request" in free_names(block):  # a fragment of the Flask receiver: run in a signed delivery's request
        event = {"id": "evt_1", "type": "webhook.test", "created_at": "2026-05-25T12:00:00Z", "data": {}}
        body = json.dumps(event).encode()
        signature = generate_signature_header(body, os.environ["TOKPORTAL_WEBHOOK_SECRETS"].split(",")[0])
        headers = {"TokPortal-Signature": signature, "Content-Type": "application/json"}
        with flask.Flask("receiver").test_request_context("/hook", method="POST", data=body, headers=headers):
            exec(code, namespace)
    else:
        exec(code, namespace)
    violations = mock.violations[before:]
    assert not violations, "contract violations:\n" + "\n".join(map(str, violations))


def test_only_blocks_naming_a_deployment_host_are_left_unrun() -> None:
    unrun = [BLOCKS[number] for number in range(len(BLOCKS)) if number not in RUNNABLE]
    assert all("connect" in block or "RedisRateLimiter" in block for block in unrun), unrun
    assert len(RUNNABLE) > len(BLOCKS) // 2
