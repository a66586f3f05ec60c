"""Shared types and helpers of the generated layer."""

import mimetypes
import os
from collections.abc import Mapping
from enum import Enum
from typing import IO, Any, BinaryIO, Literal, TypeVar
from urllib.parse import quote

from attrs import define, fields, has


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

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


class ModelValidationError(ValueError):
    """Data does not fit a model of the API: a missing required field or a value of the wrong type."""

    def __init__(self, model: str, field: str, problem: str) -> None:
        super().__init__(f"{model}.{field}: {problem}" if model else f"{field}: {problem}")
        self.model = model
        self.field = field
        self.problem = problem


_TYPE_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    list: "a list",
    dict: "an object",
}
E = TypeVar("E", bound=Enum)
V = TypeVar("V")


def required(data: dict[str, Any], key: str, model: str) -> Any:
    """Pop a field the schema requires, or say which model lacks which field."""
    try:
        return data.pop(key)
    except KeyError:
        raise ModelValidationError(model, key, "required field is missing") from None


def check(value: V, expected: type, model: str, field: str) -> V:
    """Return ``value`` when it has the JSON type the schema gives (``UNSET`` and ``None`` are checked elsewhere)."""
    if value is UNSET or isinstance(value, expected):
        if expected is int and isinstance(value, bool):
            raise ModelValidationError(model, field, f"expected {_TYPE_NAMES[int]}, got {value!r}")
        return value
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ModelValidationError(
        model, field, f"expected {_TYPE_NAMES.get(expected, expected.__name__)}, got {type(value).__name__}"
    )


def check_union(value: V, expected: tuple[type, ...], model: str, field: str) -> V:
    """Like :func:`check` for a value that may be one of several JSON types."""
    for kind in expected:
        try:
            return check(value, kind, model, field)
        except ModelValidationError:
            continue
    names = " or ".join(_TYPE_NAMES.get(kind, kind.__name__) for kind in expected)
    raise ModelValidationError(model, field, f"expected {names}, got {type(value).__name__}")


def known_enum(enum: type[E], value: object, field: str) -> E:
    """A request value must be one of the enum's documented values (responses keep unknown ones)."""
    member = enum._value2member_map_.get(value.value if isinstance(value, Enum) else value)
    if member is None:
        allowed = ", ".join(repr(m.value) for m in enum)
        raise ValueError(f"{field}: expected one of {allowed}, got {value!r}")
    return member  # type: ignore[return-value]


def parse_enum(enum: type[E], value: object, model: str, field: str) -> E:
    """A response's enum value: the member for a known string, a pseudo-member for an unknown one (open enums)."""
    if type(value) is str:
        member = enum._value2member_map_.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    return enum(check(value, str, model, field))


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


def validate_request_model(model: Any, field: str = "body") -> None:
    """Reject enum values a response would tolerate but a request must not send."""
    if isinstance(model, Enum):
        known_enum(type(model), model, field)
    elif isinstance(model, list):
        for index, item in enumerate(model):
            validate_request_model(item, f"{field}[{index}]")
    elif has(type(model)):
        for attribute in fields(type(model)):
            if attribute.name != "additional_properties":
                validate_request_model(getattr(model, attribute.name), f"{field}.{attribute.name}")


def coerce_body(model_types: tuple[type[Any], ...], body: object, field: str = "body") -> dict[str, Any]:
    """Turn a request body (a generated model or a plain mapping) into validated JSON data."""
    if isinstance(body, model_types):
        model = body
    elif isinstance(body, Mapping):
        problems: list[str] = []
        for model_type in model_types:
            try:
                model = model_type.from_dict(body)
                break
            except (ModelValidationError, TypeError, ValueError, AttributeError) as error:
                problems.append(str(error))
        else:
            raise ValueError(
                f"{field}: does not match {' or '.join(t.__name__ for t in model_types)}: {'; '.join(problems)}"
            )
    else:
        expected = " or ".join(t.__name__ for t in model_types)
        raise TypeError(f"{field}: expected {expected} or a mapping, got {type(body).__name__}")
    validate_request_model(model, field)
    data: dict[str, Any] = model.to_dict()
    return data


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
]
