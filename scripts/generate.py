"""Generate ``tokportal_client/_generated`` from ``openapi.json``.

Runs openapi-python-client with ``generator-config.yaml`` and ``custom_templates/``, adds the registry of
operations, drops the generator's modules nothing uses, then formats the result with pinned ruff options so the
output is byte-identical for the same input, wherever it is written.

The registry is decided here, once: :func:`registry` turns each operation of the spec into a
``tokportal_client._runtime.Operation`` record (idempotency policy, result type, pagination...). The templates
read those same records (Jinja global ``registry``), so a resource method's options type, docstring and ``iter_``
method follow from the record the client consults at run time.

The models' plans come from ``scripts/modelgen.py`` (request or response model, field types, parsing code,
secrets), also as Jinja globals.

The API reference (``docs/api.md``) is rendered from the same records by ``custom_templates/api_reference.md.jinja``,
with what only the contract says (descriptions, field constraints, examples) from ``scripts/apidocs.py``. The
status -> error class table both it and the resource docstrings use is ``tokportal_client.errors.error_class``
(Jinja global ``error_class``), the one the client raises by.

Usage: python -m scripts.generate [OUTPUT_DIR] [--docs PATH]
    OUTPUT_DIR  default tokportal_client/_generated
    --docs      where to write the API reference; default docs/api.md when OUTPUT_DIR is the default, else none
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Final, Literal

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties.schemas import Class
from openapi_python_client.strings import PythonIdentifier

from scripts.apidocs import code_cell, prose, reference, slug
from scripts.modelgen import model_globals
from tokportal_client._runtime import Operation, Parameter
from tokportal_client._spec import Spec, SpecOperation, load_spec, rules_of
from tokportal_client.errors import error_class

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.json"
TEMPLATES = ROOT / "custom_templates"
DEFAULT_OUTPUT = ROOT / "tokportal_client" / "_generated"
DEFAULT_DOCS = ROOT / "docs" / "api.md"
RUFF_OPTIONS = ["--isolated", "--no-cache", "--line-length", "120", "--target-version", "py311"]
# Unused imports are removed from `__init__.py` files too (nothing re-exports by leaving an import unused).
RUFF_CHECK_OPTIONS = ["--config", "lint.ignore-init-module-imports = false"]
# The generator always writes these; the clients, errors and runtime are hand-written instead.
UNUSED_MODULES = ("client.py", "errors.py", "types.py")


def _text(value: Any) -> str:
    """The plain text of a generator value (UntrustedString, PythonCode or str)."""
    if hasattr(value, "get_untrusted_value"):
        return str(value.get_untrusted_value())
    if hasattr(value, "as_unembedded_code"):
        return str(value.as_unembedded_code())
    return str(value)


def _param_type(prop: Any) -> str:
    if prop.template == "list_property.py.jinja":
        return f"list[{_param_type(prop.inner_property)}]"
    if prop.template == "enum_property.py.jinja":
        return str(prop.class_info.name)
    return _text(prop.get_type_string(no_optional=True))


def _success(endpoint: Any) -> Any:
    return next(r for r in endpoint.responses.patterns if r.status_code.range and r.status_code.range[0] < 300)


def _page_item(response: Any) -> str | None:
    """The item type of a paginated list response (``data`` list beside ``pagination``), else None."""
    if response.prop.template != "model_property.py.jinja":
        return None
    props = {_text(p.name): p for p in response.prop.required_properties + response.prop.optional_properties}
    data = props.get("data")
    if "pagination" not in props or data is None or data.template != "list_property.py.jinja":
        return None
    return _text(data.inner_property.get_type_string(no_optional=True))


BODY_KINDS: Final = {"json": "json", "files": "multipart"}
"""The request body types of openapi-python-client the runtime has an encoder for, and the registry's name of
each: ``json`` (httpx's ``json=`` over the validated body, in ``tokportal_client._core.api_request``) and
``multipart`` (``tokportal_client._upload_body.multipart_body``, streamed). Any other content type stops the
generation: it would otherwise be sent as JSON."""


def _body_kind(operation_id: str, bodies: list[Any]) -> str:
    kinds = set()
    for body in bodies:
        kind = BODY_KINDS.get(str(body.body_type))
        if kind is None:
            sys.exit(
                f"generate: {operation_id}: no encoder for the request content type {_text(body.content_type)!r} "
                f"(supported: application/json, multipart/form-data)"
            )
        kinds.add(kind)
    if len(kinds) > 1:
        sys.exit(
            f"generate: {operation_id}: request bodies of several kinds ({', '.join(sorted(kinds))}); expected one"
        )
    return kinds.pop()


def _operation(tag: str, endpoint: Any, raw: SpecOperation, prefix: str, spec: Spec) -> Operation:
    response = _success(endpoint)
    if response.prop.template == "model_property.py.jinja":
        result = str(response.prop.class_info.name)
    elif _text(response.source["attribute"]) == "None":
        result = "None"
    else:
        result = "TextResult"
    body_kind: Any = None
    body_types: tuple[str, ...] = ()
    if endpoint.bodies:
        body = endpoint.bodies[0]
        body_kind = _body_kind(raw.operation_id, endpoint.bodies)
        models = body.prop.inner_properties if body.prop.template == "union_property.py.jinja" else [body.prop]
        body_types = tuple(str(m.class_info.name) for m in models)
    groups: tuple[tuple[Literal["path", "query"], Any], ...] = (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
    )
    declared = {(str(p.get("in")), str(p.get("name"))): p for p in raw.parameters}
    parameters = tuple(
        Parameter(
            name=_text(p.name),
            python_name=str(p.python_name),
            location=location,
            required=bool(p.required),
            type=_param_type(p),
            rules=rules_of(spec, declared.get((location, _text(p.name)), {}).get("schema", {})),
        )
        for location, group in groups
        for p in group
    )
    default_policy = "not-applicable" if raw.method in ("get", "head", "options") else "standard"
    return Operation(
        operation_id=raw.operation_id,
        name=str(PythonIdentifier(endpoint.name, prefix=prefix)),
        tag=tag.rstrip("_"),
        method=raw.method.upper(),
        path=raw.path,
        summary=str(raw.operation.get("summary", "")),
        parameters=parameters,
        body=body_kind,
        body_types=body_types,
        result=result,
        success_status=int(response.status_code.range[0]),
        error_statuses=tuple(
            int(r.status_code.range[0])
            for r in endpoint.responses.patterns
            if r.status_code.range and r.status_code.range[0] >= 400
        ),
        idempotency=raw.operation.get("x-tokportal-idempotency", default_policy),
        requires_auth=raw.operation.get("security") != [],
        page_item=_page_item(response),
    )


def registry(data: GeneratorData, spec: Spec, prefix: str) -> dict[str, Operation]:
    """Every operation's record, keyed by method name, in spec order within each tag."""
    raw = {(op.method, op.path): op for op in spec.operations()}
    records: dict[str, Operation] = {}
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            record = _operation(str(tag), endpoint, raw[(endpoint.method.lower(), _text(endpoint.path))], prefix, spec)
            records[record.name] = record
    return records


def _error_class_name(status: int | str) -> str:
    return error_class(int(status)).__name__


def generate(output: Path, docs: Path | None = None, source: Path = SPEC) -> None:
    """Write the generated package to ``output`` and, when ``docs`` is given, the API reference there."""
    spec = Spec(load_spec(source))
    config_file = ConfigFile.load_from_path(ROOT / "generator-config.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "_generated"
        config = Config.from_sources(config_file, MetaType.NONE, source, "utf-8", True, staging)
        data = GeneratorData.from_dict(spec.document, config=config)
        if isinstance(data, GeneratorError):
            sys.exit(f"generate: {data.header}: {data.detail}")
        project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
        project.env.filters["pyrepr"] = repr
        records = registry(data, spec, config.field_prefix)
        by_id = {op.operation_id: op for op in spec.operations()}
        parameter_docs = {
            name: {str(p.get("name")): str(p.get("description", "")) for p in by_id[op.operation_id].parameters}
            for name, op in records.items()
        }
        # Multipart forms are described by the operation's keyword arguments: their models are never used.
        form_models = {name for op in records.values() if op.body == "multipart" for name in op.body_types}
        # The models an operation returns carry the request id of their response.
        result_models = {op.result for op in records.values()} - {"TextResult", "None"}
        project.env.globals.update(
            registry=records,
            parameter_docs=parameter_docs,
            spec_info=spec.document["info"],
            unused_models=form_models,
            result_models=result_models,
            error_class=_error_class_name,
        )
        project.env.globals.update(model_globals(spec.document, data, config))
        # The method docstrings list each body field with its rules and the contract's prose (the rules the
        # contract states only in words are documented there, not enforced).
        sections = reference(
            spec, records, _error_class_name, lambda name: Class.from_string(string=name, config=config).name
        )
        project.env.globals["operation_docs"] = {doc.op.name: doc for section in sections for doc in section.operations}
        errors = project.build()
        for error in errors:
            print(f"generate: {error.level.value}: {error.header}: {error.detail}", file=sys.stderr)
        if errors:
            sys.exit(1)
        (staging / "registry.py").write_text(project.env.get_template("registry.py.jinja").render(), encoding="utf-8")
        reference_text = _api_reference(project, data, spec, records) if docs is not None else ""
        for name in UNUSED_MODULES:
            (staging / name).unlink()
        for model in data.models:
            if model.class_info.name in form_models:
                (staging / "models" / f"{model.class_info.module_name}.py").unlink()
        _format(staging)
        for stray in staging.rglob("__pycache__"):
            shutil.rmtree(stray)
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(staging, output)
    if docs is not None:
        docs.parent.mkdir(parents=True, exist_ok=True)
        docs.write_text(reference_text, encoding="utf-8")


def _api_reference(project: Project, data: GeneratorData, spec: Spec, records: dict[str, Operation]) -> str:
    """docs/api.md: the template laid out over the records, with single blank lines and no trailing spaces."""
    config = project.config
    endpoints = {
        str(PythonIdentifier(endpoint.name, prefix=config.field_prefix)): endpoint
        for collection in data.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }
    sections = reference(
        spec, records, _error_class_name, lambda name: Class.from_string(string=name, config=config).name
    )
    project.env.filters.update(slug=slug, md=prose, code_cell=code_cell)
    text = project.env.get_template("api_reference.md.jinja").render(sections=sections, endpoints=endpoints)
    lines = [line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines).strip()) + "\n"


def _format(staging: Path) -> None:
    """Drop unused imports (in `__init__.py` too) and format."""
    ruff = [sys.executable, "-m", "ruff"]
    # Run from the repository root, with the pinned options only, so no project configuration changes the output.
    fix = ["check", "--fix-only", "--unsafe-fixes", "--select", "F401,I", *RUFF_CHECK_OPTIONS]
    for command in (fix, ["format"]):
        done = subprocess.run([*ruff, *command, *RUFF_OPTIONS, str(staging)], cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            kept = Path(tempfile.gettempdir()) / "tokportal-generate-failed"
            shutil.rmtree(kept, ignore_errors=True)
            shutil.copytree(staging, kept)
            sys.exit(f"generate: ruff {command[0]} failed on the generated code (kept in {kept}):\n{done.stderr}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m scripts.generate", description=__doc__.split("\n")[0])
    parser.add_argument("output", nargs="?", type=Path, default=DEFAULT_OUTPUT, help="the generated package")
    parser.add_argument("--docs", type=Path, help="the API reference (default: docs/api.md with the default output)")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the contract (default: openapi.json)")
    args = parser.parse_args(argv)
    docs = args.docs
    if docs is None and args.output.resolve() == DEFAULT_OUTPUT.resolve():
        docs = DEFAULT_DOCS
    generate(args.output, docs, args.spec)


if __name__ == "__main__":
    main()
