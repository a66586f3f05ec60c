"""Shared types and helpers of the generated layer."""

import mimetypes
import os
from collections.abc import Mapping
from enum import Enum
from typing import IO, Any, BinaryIO, Literal, TypeVar
from urllib.parse import quote

from attrs import define

# tokportal (types helper): the sentinel, model validation and request-body checks live in the hand-written
# tokportal_client._models_runtime; re-exported here for the generated endpoints and the client.
from tokportal_client._models_runtime import (
    UNSET,
    ModelValidationError,
    Unset,
    check,
    check_union,
    coerce_body,
    known_enum,
    merge_extra_body,
    parse_enum,
)

FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]
FileInput = (
    bytes | str | os.PathLike[str] | IO[bytes] | tuple[str, bytes | IO[bytes]] | tuple[str, bytes | IO[bytes], str]
)
"""A file to upload: a path, raw bytes, a binary file object, or ``(filename, bytes_or_file[, content_type])``."""


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


@define(frozen=True)
class Operation:
    """What the client needs to know about one API operation besides its parameters."""

    operation_id: str
    method: str
    path: str
    idempotency: Literal["standard", "reject-sensitive-response", "not-applicable"]
    requires_auth: bool

    @property
    def sensitive(self) -> bool:
        """True when the server refuses an Idempotency-Key (the response carries a secret)."""
        return self.idempotency == "reject-sensitive-response"


V = TypeVar("V")


def check_param(value: V, expected: type, field: str) -> V:
    """Type-check a path or query parameter before anything is sent."""
    try:
        return check(value, expected, "parameter", field)
    except ModelValidationError as error:
        raise TypeError(f"{field}: {error.problem}") from None


def check_list(value: object, field: str) -> list[Any] | tuple[Any, ...]:
    """A repeatable query parameter must be a list or tuple (a bare string would be split into letters)."""
    if not isinstance(value, list | tuple):
        raise TypeError(f"{field}: expected a list of values, got {type(value).__name__}")
    return value


def path_segment(value: object, field: str) -> str:
    """Percent-encode a path parameter so it always stays inside its own path segment."""
    text = str(value)
    if not text:
        raise ValueError(f"{field}: must not be empty")
    encoded = quote(text, safe="")
    return encoded.replace(".", "%2E") if encoded in (".", "..") else encoded


def read_file(value: FileInput, field: str) -> tuple[str, bytes, str]:
    """Read an upload once, so a retried request sends exactly the same bytes."""
    name: str | None = None
    content_type: str | None = None
    source: object = value
    if isinstance(value, tuple):
        name, source = value[0], value[1]
        content_type = value[2] if len(value) == 3 else None
    if isinstance(source, bytes):
        data = source
    elif isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        with open(path, "rb") as handle:
            data = handle.read()
        name = name or os.path.basename(path)
    elif hasattr(source, "read"):
        data = source.read()
        if not isinstance(data, bytes):
            raise TypeError(f"{field}: file object must be opened in binary mode")
        name = name or os.path.basename(str(getattr(source, "name", ""))) or None
    else:
        raise TypeError(f"{field}: expected a path, bytes or a binary file object, got {type(source).__name__}")
    name = name or field
    content_type = content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return name, data, content_type


def form_value(value: object) -> str:
    """Encode a form field the way the API expects (booleans as true/false)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


__all__ = [
    "UNSET",
    "File",
    "FileInput",
    "FileTypes",
    "ModelValidationError",
    "Operation",
    "RequestFiles",
    "Unset",
    "check",
    "check_union",
    "coerce_body",
    "known_enum",
    "merge_extra_body",
    "parse_enum",
]
