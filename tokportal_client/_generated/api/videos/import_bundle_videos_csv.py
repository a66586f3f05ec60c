"""Import video slots from CSV (POST /bundles/{id}/videos/import-csv)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.csv_import_response import CsvImportResponse
from ...types import (
    UNSET,
    FileInput,
    Operation,
    Unset,
    check_param,
    form_value,
    path_segment,
    read_file,
)

OPERATION = Operation(
    operation_id="importBundleVideosCsv",
    method="POST",
    path="/bundles/{id}/videos/import-csv",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
    *,
    file: FileInput,
    auto_publish: bool | Unset = UNSET,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/bundles/{id}/videos/import-csv".format(
            id=path_segment(id, "id"),
        ),
    }
    request["files"] = {
        "file": read_file(file, "file"),
    }
    form: dict[str, str] = {}
    if auto_publish is not UNSET:
        form["auto_publish"] = form_value(check_param(auto_publish, bool, "auto_publish"))
    request["data"] = form
    return request


def parse_response(response: httpx.Response) -> CsvImportResponse:
    """Parse the success response."""
    return CsvImportResponse.from_dict(response.json())
