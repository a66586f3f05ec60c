"""Every operation of the registry through the real ``tokportal`` entry point, against the mock, with arguments built
from the contract: ids of a seeded world for path parameters, examples of the contract's schemas for required
query parameters and bodies, files for multipart fields. Each run must leave no contract violation, end with 0 and
print valid JSON (the text of an export; nothing for a 204), or end with the exit code of an error status the
contract documents for that operation.

The whole sweep is ``slow`` (a process per operation); a representative operation of each kind runs by default.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tokportal_client._generated.registry import OPERATIONS
from tokportal_client._runtime import Operation
from tokportal_client._spec import Spec, load_spec
from tokportal_client.cli import _contract
from tokportal_client.cli._app import command_name, takes_policy
from tokportal_client.cli._exit import exit_code_for
from tokportal_client.errors import error_class
from tokportal_client.testing import MockServer
from tokportal_client.testing._examples import ExampleFactory
from tokportal_client.testing._state import POLICY_VERSION

from .conftest import CLI

FACTORY = ExampleFactory(Spec(load_spec()))
FILES = {
    "text/csv": b"position,video_type,description\n1,video,Launch teaser\n",
    "image": b"\x89PNG\r\n\x1a\n" + bytes(32),
    "video": b"\x00\x00\x00\x18ftypmp42" + bytes(64),
}


@dataclass(frozen=True)
class World:
    account: str
    bundle: str
    webhook: str
    delivery: str
    comment: str


def representative() -> set[str]:
    """One operation of each kind the command line treats differently (found by their records, not by name)."""
    kinds = [
        lambda op: op.method == "GET" and not op.parameters,
        lambda op: op.iter_name is not None,
        lambda op: op.body == "json" and op.takes_idempotency_key,
        lambda op: op.body == "multipart",
        lambda op: op.result == "TextResult",
        lambda op: op.result == "None",
        takes_policy,
        lambda op: any(p.location == "path" for p in op.parameters) and op.method == "GET",
    ]
    return {next(op.operation_id for op in OPERATIONS.values() if kind(op)) for kind in kinds}


FAST = representative()
CASES = [
    pytest.param(op, id=op.operation_id, marks=() if op.operation_id in FAST else pytest.mark.slow)
    # deletes last: what they remove stays there for the other operations of the sweep
    for op in sorted(OPERATIONS.values(), key=lambda op: op.method == "DELETE")
]


@pytest.fixture(scope="module")
def world(cli_mock: MockServer) -> Iterator[World]:
    cli_mock.reset()
    with cli_mock.client(max_retries=0) as seeder:
        account = cli_mock.add_account(platform="tiktok", username="cli_sweep")
        body: dict[str, Any] = {
            "bundle_type": "account_and_videos",
            "platform": "tiktok",
            "country": "USA",
            "videos_quantity": 3,
            "edits_quantity": 1,
        }
        bundle = seeder.bundles.create_bundle(body=body).data.id
        webhook = seeder.webhooks.create_webhook_endpoint(
            body={"url": "https://example.com/hooks", "events": ["bundle.published"]}
        ).data.id
        seeder.webhooks.test_webhook_endpoint(webhook)
        task = {
            "saved_account_id": account,
            "target_video_url": "https://www.tiktok.com/@x/video/1",
            "comment_text": "Hi",
        }
        comment = seeder.comments.create_comment_tasks(body=task).data.created[0].id
    assert isinstance(bundle, str) and isinstance(webhook, str) and isinstance(comment, str)
    yield World(
        account=account,
        bundle=bundle,
        webhook=webhook,
        delivery=str(cli_mock.state.deliveries[webhook][0]["id"]),
        comment=comment,
    )


def path_value(op: Operation, name: str, world: World) -> str:
    if name == "position":
        return "1"
    if name == "delivery_id":
        return world.delivery
    first = op.path.strip("/").split("/")[0]
    by_collection = {"bundles": world.bundle, "webhooks": world.webhook, "comments": world.comment}
    return by_collection.get(first, world.account)


def arguments(op: Operation, world: World, tmp: Path) -> list[str]:
    """The command line of ``op``, built from the contract."""
    args = [command_name(op.tag), command_name(op.name)]
    args += [path_value(op, p.name, world) for p in op.parameters if p.location == "path"]
    details = _contract.parameters(op.method, op.path)
    for parameter in op.parameters:
        if parameter.location == "query" and parameter.required:
            info = details[parameter.name]
            value = info.choices[0] if info.choices else info.default
            args += [f"--{parameter.name.replace('_', '-')}", str(value if value is not None else "x")]
    schema = _contract.body_schema(op.method, op.path)
    if takes_policy(op):
        args += ["--accept-policy", POLICY_VERSION]
    elif op.body == "json":
        body = FACTORY.example(schema)
        if isinstance(body, dict):
            body = {
                k: world.bundle if k == "bundle_id" else world.account if k == "saved_account_id" else v
                for k, v in body.items()
            }
        args += ["--body", json.dumps(body)]
    elif op.body == "multipart":
        for name, prop in schema.get("properties", {}).items():
            prop = _contract.resolve(prop)
            if prop.get("format") == "binary" or prop.get("contentMediaType"):
                kind = "text/csv" if "csv" in op.path else "image" if "image" in op.path else "video"
                suffix = {"text/csv": ".csv", "image": ".png", "video": ".mp4"}[kind]
                file = tmp / f"{name}{suffix}"
                file.write_bytes(FILES[kind])
                args += ["-F", f"{name}=@{file}"]
            elif name in schema.get("required", []):
                value = world.bundle if name == "bundle_id" else FACTORY.example(prop, name)
                args += ["-F", f"{name}={json.dumps(value) if not isinstance(value, str) else value}"]
    return [*args, "--max-retries", "0"]


def documented_codes(op: Operation) -> set[int]:
    return {exit_code_for(error_class(status).__new__(error_class(status))) for status in op.error_statuses}


@pytest.mark.parametrize("op", CASES)
def test_operation_through_the_command_line(op: Operation, world: World, cli_mock: MockServer, tmp_path: Path) -> None:
    cli = CLI(tmp_path, cli_mock.base_url, subprocess=True)
    violations = len(cli_mock.violations)
    done = cli(*arguments(op, world, tmp_path), "--format", "json")
    print(op.operation_id, "exit", done.returncode)  # the sweep's summary with -s
    assert cli_mock.violations[violations:] == []
    assert "Traceback" not in done.stderr, done.stderr
    if done.returncode != 0:
        assert done.returncode in documented_codes(op), f"exit {done.returncode}: {done.stderr}"
        assert "request id: req_" in done.stderr
        return
    if op.result == "None":
        assert done.stdout == ""
    elif op.result == "TextResult":
        assert done.stdout.strip()
    else:
        assert isinstance(json.loads(done.stdout), dict)
