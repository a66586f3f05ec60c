"""One validated request as a business rule sees it, and the helpers every rule shares."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from werkzeug.datastructures import MultiDict

from ._examples import ExampleFactory
from ._records import Answer
from ._state import State
from ._storage import Storage
from ._validation import Route

__all__ = ["DRY_RUN_ID", "DRY_RUN_NOTICE", "Call", "Upload"]

DRY_RUN_ID = "00000000-0000-4000-8000-000000000000"
"""The placeholder id of whatever a dry run would have created: nothing was, so later calls on it get a 404."""
DRY_RUN_NOTICE = "Dry run: validated and priced; nothing was created or charged."
_DEFAULT_PER_PAGE = 25
_MAX_PER_PAGE = 100


class Upload(NamedTuple):
    """A file part of a multipart form."""

    content: bytes
    filename: str | None
    content_type: str | None


@dataclass
class Call:
    """A request that passed validation. In a dry run ``state`` is a scratch copy, thrown away afterwards."""

    route: Route
    state: State
    query: MultiDict[str, str]
    json: Any
    form: Mapping[str, str]
    files: Mapping[str, Upload]
    dry_run: bool
    examples: ExampleFactory
    """Example synthesis (the variant the request asked for)."""
    success_schema: Mapping[str, Any] | None
    """The JSON schema of the operation's success body, if it has a JSON one."""
    storage: Storage
    """The mock's object storage (presigned uploads, stored files)."""

    @property
    def operation_id(self) -> str:
        return self.route.operation_id

    def param(self, name: str) -> str:
        """A path parameter, percent-decoded."""
        return self.route.path_params[name]

    @property
    def body(self) -> dict[str, Any]:
        """The JSON body as an object ({} when there is none)."""
        return self.json if isinstance(self.json, dict) else {}

    def new_id(self, kind: str) -> str:
        return DRY_RUN_ID if self.dry_run else self.state.next_id(kind)

    # -- answers -----------------------------------------------------------------------------------------------

    def example(self) -> Any:
        """The operation's success body synthesized from its schema, made consistent with the request:
        the ``id`` of the path, and a page of the list as asked for."""
        if self.success_schema is None:
            return None
        example = self.examples.example(self.success_schema)
        if not isinstance(example, dict):
            return example
        data = example.get("data")
        if isinstance(data, dict) and "id" in data and "id" in self.route.path_params:
            data["id"] = self.param("id")
        if isinstance(data, list) and isinstance(example.get("pagination"), dict):
            return self.paginate(data)
        return example

    def page(self) -> tuple[int, int]:
        """The ``page`` and ``per_page`` asked for (validated by the contract), with TokPortal's defaults."""
        page = int(self.query.get("page") or 1)
        per_page = int(self.query.get("per_page") or _DEFAULT_PER_PAGE)
        return max(page, 1), min(max(per_page, 1), _MAX_PER_PAGE)

    def paginate(self, items: list[Any]) -> dict[str, Any]:
        """``{"data": <the page>, "pagination": {...}}`` over all ``items``."""
        page, per_page = self.page()
        total = len(items)
        return {
            "data": items[(page - 1) * per_page : page * per_page],
            "pagination": {
                "page": page,
                "per_page": per_page,
                "total": total,
                "total_pages": math.ceil(total / per_page),
            },
        }

    def flag(self, name: str) -> bool | None:
        """A boolean query parameter (``true``/``false``), or None when absent."""
        value = self.query.get(name)
        return None if value is None else value.lower() == "true"

    # -- credits -----------------------------------------------------------------------------------------------

    def bill(
        self, result: dict[str, Any], cost: int, description: str, breakdown: dict[str, int] | None = None
    ) -> dict[str, Any]:
        """Charge a paid write and add its billing fields; a dry run only prices it (and charges nothing)."""
        self.state.debit(cost, description, breakdown)
        result["credits_charged"] = 0 if self.dry_run else cost
        result["credits_remaining"] = self.state.credits + cost if self.dry_run else self.state.credits
        if breakdown is not None:
            result["cost_breakdown"] = breakdown
        if self.dry_run:
            result.update(credits_would_charge=cost, dry_run=True, dry_run_notice=DRY_RUN_NOTICE)
        return result

    def refuse_empty_body(self) -> None:
        """TokPortal refuses an update that names no field (400 ``VALIDATION_ERROR``)."""
        if not self.body:
            raise Answer(400, "VALIDATION_ERROR", "No fields provided: send at least one field to change.")
