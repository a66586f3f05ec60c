"""Import video slots from CSV (POST /bundles/{id}/videos/import-csv)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    UNSET,
    FileInput,
    Parsed,
    ProgressCallback,
    RequestSpec,
    Unset,
    check_param,
    form_file,
    form_value,
    multipart_body,
    parse,
    path_segment,
)

from ...models.csv_import_response import CsvImportResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["import_bundle_videos_csv"]


def build_request(
    id: str,
    *,
    file: FileInput,
    auto_publish: bool | Unset = UNSET,
    progress: ProgressCallback | None = None,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles/{id}/videos/import-csv".format(
        id=path_segment(id, "id", str),
    )
    form: dict[str, str] = {}
    if auto_publish is not UNSET:
        form["auto_publish"] = form_value(check_param(auto_publish, bool, "auto_publish"))
    files = {
        "file": form_file(file, "file"),
    }
    request["content"] = multipart_body(form, files, progress=progress)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[CsvImportResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(CsvImportResponse, response.json(), strict=strict)
