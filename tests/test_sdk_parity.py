"""Parity with the official SDK: every operation TokPortal's own SDK calls is in the registry, and nothing else.

``tests/data/official_sdk_operations.json`` is the operation table of the official Python SDK (the package and
version are recorded in the file), vendored as data. When TokPortal publishes a new SDK, refresh it with
``pip download --no-deps tokportal==<version>`` and the file's ``OPERATION_DEFINITIONS``; a difference then fails
here, naming the operations to add through ``make update-spec``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tokportal_client import AsyncTokPortal, TokPortal
from tokportal_client._generated.registry import OPERATIONS
from tokportal_client._runtime import Operation

TABLE_PATH = Path(__file__).parent / "data" / "official_sdk_operations.json"
TABLE: dict[str, Any] = json.loads(TABLE_PATH.read_text(encoding="utf-8"))
OFFICIAL: dict[str, dict[str, Any]] = {row["operation_id"]: row for row in TABLE["operations"]}
OURS: dict[str, Operation] = {op.operation_id: op for op in OPERATIONS.values()}


def test_the_table_names_its_source_and_version() -> None:
    assert TABLE["package"] == "tokportal"
    assert TABLE["version"] and TABLE["version"] in TABLE["source"]
    assert len(OFFICIAL) == len(TABLE["operations"]), "an operationId appears twice in the vendored table"


def test_the_registry_has_exactly_the_official_operations() -> None:
    missing = sorted(set(OFFICIAL) - set(OURS))
    extra = sorted(set(OURS) - set(OFFICIAL))
    assert not missing and not extra, (
        f"registry vs tokportal {TABLE['version']}: missing {missing or 'none'}, not in the SDK {extra or 'none'}"
    )


@pytest.mark.parametrize("operation_id", sorted(set(OFFICIAL) & set(OURS)))
def test_each_operation_matches_the_official_table(operation_id: str) -> None:
    row, ours = OFFICIAL[operation_id], OURS[operation_id]
    assert (ours.method, ours.path) == (row["method"], row["path"])
    assert ours.idempotency == row["idempotency_policy"]
    assert [p.name for p in ours.parameters if p.location == "path"] == row["path_params"]
    assert [p.name for p in ours.parameters if p.location == "query"] == row["query_params"]
    assert (ours.body == "json") == row["has_json_body"]
    assert (ours.body == "multipart") == (row["request_content_type"] == "multipart/form-data")


async def test_each_operation_has_its_methods() -> None:
    """Sync, async and raw: a method per operation on the resource of its tag; an ``iter_*`` pager on lists."""
    missing: list[str] = []
    with TokPortal("sk_test", base_url="http://127.0.0.1:9") as client:
        async with AsyncTokPortal("sk_test", base_url="http://127.0.0.1:9") as aclient:
            for operation_id in sorted(OFFICIAL):
                ours = OURS[operation_id]
                paginated = "page" in OFFICIAL[operation_id]["query_params"]
                pager = [ours.iter_name or "<no iter_ pager>"] if paginated else []
                wanted = [
                    (client, [ours.name, *pager]),
                    (aclient, [ours.name, *pager]),
                    (client.with_raw_response, [ours.name]),
                    (aclient.with_raw_response, [ours.name]),
                ]
                for owner, names in wanted:
                    resource = getattr(owner, ours.tag)
                    absent = [name for name in names if not callable(getattr(resource, name, None))]
                    missing += [f"{operation_id}: {type(resource).__name__}.{name}" for name in absent]
    assert not missing, missing
