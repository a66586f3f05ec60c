"""Import video slots from CSV (POST /bundles/{id}/videos/import-csv)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    UNSET,
    FileInput,
    RequestSpec,
    Unset,
    check_param,
    form_value,
    path_segment,
    read_file,
)

from ...models.csv_import_response import CsvImportResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["import_bundle_videos_csv"]


def build_request(
    id: str,
    *,
    file: FileInput,
    auto_publish: bool | Unset = UNSET,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles/{id}/videos/import-csv".format(
        id=path_segment(id, "id"),
    )
    request["files"] = {
        "file": read_file(file, "file"),
    }
    form: dict[str, str] = {}
    if auto_publish is not UNSET:
        form["auto_publish"] = form_value(check_param(auto_publish, bool, "auto_publish"))
    request["data"] = form
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> CsvImportResponse:
    """Parse the success response."""
    return CsvImportResponse.from_dict(response.json())
