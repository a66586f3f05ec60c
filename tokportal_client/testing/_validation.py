"""The independent validator: openapi-core checking requests and responses against the contract.

openapi-core, not this package's generated code, decides what fits, so the mock catches mistakes the client
itself would make. Two adaptations to openapi-core 0.23 and OpenAPI 3.1 multipart forms: a ``format: binary``
part reaches the JSON Schema validator as ``bytes`` (not a ``string``), so binary parts are read as latin-1
text; and the text of a form field is not converted to its schema type, so the validator gets a copy of the
contract in which a boolean form field is the text a form carries (``"true"``/``"false"``). Nothing else of
the contract changes.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from openapi_core import OpenAPI
from openapi_core.configurations import Config
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.media_types.util import plain_loads
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.validation.request.exceptions import RequestBodyValidationError
from openapi_core.validation.response.validators import V31ResponseDataValidator
from werkzeug.datastructures import Headers, ImmutableMultiDict

from .._spec import Spec, load_spec
from ._records import Reply

__all__ = ["ContractValidator", "OpenAPIRequest", "Route", "describe_error", "validator_for", "wire_spec"]


class OpenAPIRequest:
    """openapi-core's request protocol over a raw request.

    ``host_url`` is the origin of the contract's server, so its absolute URL (``https://app.tokportal.com/api/ext``)
    matches a request the mock received on its loopback origin.
    """

    def __init__(self, host_url: str, method: str, path: str, query: str, headers: Headers, body: bytes) -> None:
        self.host_url = host_url
        self.path = path
        self.method = method.lower()
        self.body: bytes | None = body
        self.content_type = headers.get("Content-Type", "")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qsl(query, keep_blank_values=True)),
            header=headers,
            cookie=ImmutableMultiDict(),
            path={},
        )


class _OpenAPIResponse:
    """openapi-core's response protocol over a reply."""

    def __init__(self, reply: Reply) -> None:
        self.status_code = reply.status
        self.data: bytes | None = reply.body
        self.content_type = reply.content_type or ""
        self.headers = Headers(list(reply.headers.items()))


def _binary_as_text(value: bytes, **parameters: str) -> Any:
    """A ``format: binary`` part as a string of its octets (one character per byte), so ``type: string`` holds."""
    return value.decode("latin-1") if isinstance(value, bytes) else value


def describe_error(error: BaseException) -> str:
    """The validator's message, with the JSON Schema errors behind it (instance path: message)."""
    cause = error.__cause__
    schema_errors = list(getattr(cause, "schema_errors", None) or [])
    if schema_errors:
        if isinstance(error, RequestBodyValidationError):
            head = "Request body validation error"
        else:
            head = str(error)
            if cause is not None and str(cause) in head:
                head = type(error).__name__
        details = "; ".join(
            f"{'/'.join(str(part) for part in getattr(e, 'path', ())) or '(root)'}: {getattr(e, 'message', e)}"
            for e in schema_errors
        )
        return f"{head}: {details}"
    text = str(error)
    if cause is not None and str(cause) not in text:
        text = f"{text}: {cause}"
    return text


def wire_spec(spec: Spec) -> dict[str, Any]:
    """A copy of the contract in which boolean ``multipart/form-data`` fields are the text a form carries."""
    copied = Spec(copy.deepcopy(spec.document))
    for found in copied.operations():
        media = found.operation.get("requestBody", {}).get("content", {}).get("multipart/form-data")
        if not media or "schema" not in media:
            continue
        schema = copied.deref(media["schema"])
        for name, prop in list(schema.get("properties", {}).items()):
            if prop.get("type") == "boolean":
                text: dict[str, Any] = {"type": "string", "enum": ["true", "false"]}
                if "default" in prop:
                    text["default"] = "true" if prop["default"] else "false"
                schema["properties"][name] = {**{k: v for k, v in prop.items() if k != "type"}, **text}
    return copied.document


@dataclass(frozen=True)
class Route:
    """The operation a request goes to."""

    operation_id: str
    method: str
    """Upper case."""
    pattern: str
    """The contract's path template, such as ``/bundles/{id}``."""
    path_params: Mapping[str, str]
    """Percent-decoded."""
    operation: Mapping[str, Any]

    def documents(self, status: int) -> bool:
        """Whether the contract lists this status (or a ``default``) for the operation."""
        responses = self.operation.get("responses", {})
        return str(status) in responses or "default" in responses


class ContractValidator:
    """Routes requests to operations and validates requests and responses with openapi-core."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        server = str(spec.document.get("servers", [{"url": "/"}])[0]["url"]).rstrip("/")
        parts = urlsplit(server)
        self.host_url = f"{parts.scheme}://{parts.netloc}" if parts.netloc else "http://localhost"
        self.base_path = parts.path.rstrip("/")
        self.app = OpenAPI.from_dict(
            wire_spec(spec),
            config=Config(
                extra_media_type_deserializers={"application/octet-stream": _binary_as_text, "text/csv": plain_loads},
                # Answers are checked for their status and body; their headers are the mock's own constants.
                response_validator_cls=V31ResponseDataValidator,
            ),
        )
        self._finder = APICallPathFinder(self.app.spec)
        self._operations = {(op.method.upper(), op.path): op.operation for op in spec.operations()}

    def request(self, method: str, path: str, query: str, headers: Headers, body: bytes) -> OpenAPIRequest:
        return OpenAPIRequest(self.host_url, method, path, query, headers, body)

    def route(self, method: str, path: str) -> Route:
        """The operation for a method and raw path; raises openapi-core's ``PathError`` when there is none."""
        found = self._finder.find(method.lower(), self.host_url + path)
        pattern = str(found.path_result.pattern)
        operation = self._operations[(method.upper(), pattern)]
        variables = {name: unquote(value) for name, value in (found.path_result.variables or {}).items()}
        return Route(str(operation["operationId"]), method.upper(), pattern, variables, operation)

    def request_errors(self, request: OpenAPIRequest) -> list[str]:
        return [describe_error(error) for error in self.app.iter_request_errors(request)]

    def response_errors(self, request: OpenAPIRequest, reply: Reply) -> list[str]:
        return [describe_error(error) for error in self.app.iter_response_errors(request, _OpenAPIResponse(reply))]


@functools.lru_cache(maxsize=4)
def _cached_validator(spec_path: str, mtime_ns: int) -> ContractValidator:
    return ContractValidator(Spec(load_spec(spec_path)))


def validator_for(spec_path: str | Path) -> ContractValidator:
    """One validator per contract file and version: building one checks the whole document (a second or two)."""
    path = Path(spec_path).resolve()
    return _cached_validator(str(path), path.stat().st_mtime_ns)
