"""Maintainer tools for the pinned TokPortal OpenAPI document (`openapi.json`).

    spectools.py diff OLD NEW                  semantic Markdown report of two OpenAPI 3.1 JSON documents
    spectools.py update SPEC [--root DIR]      validate SPEC, replace openapi.json, `make generate`,
                                               add a CHANGELOG entry
    spectools.py check-upstream [--url URL]    compare the pinned openapi.json with the published document

OLD, NEW, SPEC and URL are file paths or http(s) URLs. Exit status: 0 success (or up to date); 1 upstream differs,
or `make generate` failed; 2 a document could not be fetched, read, parsed or validated (one line on stderr).

Each change is marked breaking or non-breaking *for a caller of this generated client*. Enums are open on the
response side (unknown values are kept as strings), so new response enum values never break a caller.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

DEFAULT_UPSTREAM_URL = "https://developers.tokportal.com/openapi.json"
FETCH_TIMEOUT = 10.0
REPO_ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SECTIONS = ("Operations", "Parameters", "Request bodies", "Responses")
# Formats for which openapi-python-client generates a different Python type (datetime, date, File, UUID).
TYPED_FORMATS = frozenset({"date-time", "date", "binary", "uuid"})
LABEL = "x-spectools-label"  # set by Spec.normalize on schemas whose type is described by a fixed label

JSONObject = dict[str, Any]


class SpecError(Exception):
    """A document that cannot be fetched, read, parsed or validated (exit status 2)."""


def load_document(source: str) -> JSONObject:
    """Load a JSON document from a path or an http(s) URL."""
    if source.startswith(("http://", "https://")):
        try:
            response = httpx.get(source, timeout=FETCH_TIMEOUT, follow_redirects=True)
            response.raise_for_status()
        except httpx.HTTPStatusError as exc:
            status = exc.response
            raise SpecError(f"cannot fetch {source}: HTTP {status.status_code} {status.reason_phrase}") from None
        except httpx.HTTPError as exc:
            raise SpecError(f"cannot fetch {source}: {exc or type(exc).__name__}") from None
        text = response.text
    else:
        try:
            text = Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SpecError(f"cannot read {source}: {exc}") from None
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise SpecError(f"{source} is not valid JSON: {exc}") from None
    if not isinstance(document, dict):
        raise SpecError(f"{source} is not a JSON object")
    return document


def validate_document(document: JSONObject, source: str) -> None:
    try:
        validate(document)
    except OpenAPIValidationError as exc:
        raise SpecError(f"{source} is not a valid OpenAPI document: {exc.message} (at {exc.json_path})") from None
    except Exception as exc:
        raise SpecError(f"{source} is not a valid OpenAPI document: {type(exc).__name__}: {str(exc)[:200]}") from None


# -- semantic diff ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    section: str
    breaking: bool
    text: str


@dataclass(frozen=True)
class Field:
    """One node of a flattened schema: the root (path ""), a property (`a.b`), array items (`a[]`) or map values."""

    type: str
    nullable: bool
    required: bool
    enum: frozenset[str] | None  # JSON-encoded values; None when the node is not an enum


class Spec:
    """An OpenAPI document with local `$ref` resolution and schema flattening."""

    def __init__(self, document: JSONObject) -> None:
        self.document = document

    def lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            return None  # only local references are resolved
        node: Any = self.document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                return None
            node = node[part]
        return node

    def deref(self, obj: Any) -> JSONObject:
        """Follow the `$ref` chain of a path item, parameter, request body or response object."""
        seen: set[str] = set()
        while isinstance(obj, dict) and isinstance(obj.get("$ref"), str) and obj["$ref"] not in seen:
            seen.add(obj["$ref"])
            obj = self.lookup(obj["$ref"])
        return obj if isinstance(obj, dict) else {}

    def normalize(self, schema: Any, seen: frozenset[str]) -> tuple[JSONObject, bool, frozenset[str]]:
        """Resolve `$ref`s, merge `allOf`, fold null branches and `type` lists.

        Returns the schema, whether it admits null, and the refs followed on the way down (the cycle guard).
        """
        if not isinstance(schema, dict):
            return {}, False, seen  # boolean schemas
        while "$ref" in schema:
            ref = str(schema["$ref"])
            if ref in seen:
                return {LABEL: f"recursive {ref.rsplit('/', 1)[-1]}"}, False, seen
            target = self.lookup(ref)
            if not isinstance(target, dict):
                return {LABEL: f"unresolved {ref}"}, False, seen
            seen = seen | {ref}
            schema = {**target, **{key: value for key, value in schema.items() if key != "$ref"}}
        schema = dict(schema)
        nullable = bool(schema.pop("nullable", False))
        if isinstance(schema.get("type"), list):
            nullable = nullable or "null" in schema["type"]
            schema["type"] = " | ".join(sorted(t for t in schema["type"] if t != "null")) or "null"
        if "const" in schema:
            schema.setdefault("enum", [schema.pop("const")])
        if isinstance(schema.get("enum"), list):
            nullable = nullable or None in schema["enum"]
            schema["enum"] = [value for value in schema["enum"] if value is not None]

        outer_seen = seen
        parts = [self.normalize(part, outer_seen) for part in schema.pop("allOf", [])]
        for part, _, part_seen in parts:
            _merge(schema, part)
            seen |= part_seen
        nullable = nullable or (bool(parts) and all(part_nullable for _, part_nullable, _ in parts))

        raw_branches = [*schema.pop("oneOf", []), *schema.pop("anyOf", [])]
        branches = [(raw, self.normalize(raw, outer_seen)) for raw in raw_branches]
        non_null = [(raw, branch) for raw, branch in branches if branch[0].get("type") != "null"]
        nullable = nullable or len(non_null) < len(branches) or any(branch[1] for _, branch in non_null)
        if len(non_null) == 1:
            _merge(schema, non_null[0][1][0])
            seen |= non_null[0][1][2]
        elif non_null:
            labels = {_ref_name(raw) or self.type_label(branch[0]) for raw, branch in non_null}
            schema[LABEL] = " | ".join(sorted(labels))
        return schema, nullable, seen

    @staticmethod
    def type_label(schema: JSONObject) -> str:
        if LABEL in schema:
            return str(schema[LABEL])
        kind = schema.get("type")
        if kind is None:
            kind = "object" if "properties" in schema else "array" if "items" in schema else "any"
        fmt = schema.get("format")
        return f"{kind}<{fmt}>" if fmt in TYPED_FORMATS else str(kind)

    def flatten(
        self, schema: Any, path: str = "", required: bool = True, seen: frozenset[str] = frozenset()
    ) -> dict[str, Field]:
        """Map every reachable node of a schema to its path: `data.account.username`, `items[]`, `meta.*`."""
        node, nullable, seen = self.normalize(schema, seen)
        enum = node.get("enum")
        values = frozenset(json.dumps(value, sort_keys=True) for value in enum) if isinstance(enum, list) else None
        fields = {path: Field(self.type_label(node), nullable, required, values)}
        required_names = set(node.get("required", []))
        for name, sub in node.get("properties", {}).items():
            fields.update(self.flatten(sub, f"{path}.{name}" if path else name, name in required_names, seen))
        if "items" in node:
            fields.update(self.flatten(node["items"], f"{path}[]", True, seen))
        if isinstance(node.get("additionalProperties"), dict):
            fields.update(self.flatten(node["additionalProperties"], f"{path}.*" if path else "*", True, seen))
        return fields

    def operations(self) -> dict[tuple[str, str], tuple[JSONObject, dict[tuple[str, str], JSONObject]]]:
        """(path, method) -> (operation, parameters keyed by (in, name), path-level ones included)."""
        result = {}
        for path, raw_item in self.document.get("paths", {}).items():
            item = self.deref(raw_item)
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    declared = [self.deref(p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]
                    parameters = {(str(p.get("in")), str(p.get("name"))): p for p in declared}
                    result[(path, method)] = (operation, parameters)
        return result


def _merge(target: JSONObject, part: JSONObject) -> None:
    """Merge a normalized sub-schema into `target` (properties and `required` are combined, the rest kept)."""
    for key, value in part.items():
        if key == "properties":
            target["properties"] = {**value, **target.get("properties", {})}
        elif key == "required":
            target["required"] = sorted({*target.get("required", []), *value})
        else:
            target.setdefault(key, value)


def _ref_name(schema: Any) -> str | None:
    return str(schema["$ref"]).rsplit("/", 1)[-1] if isinstance(schema, dict) and "$ref" in schema else None


def _primary_media(obj: JSONObject) -> tuple[str | None, JSONObject]:
    content = obj.get("content") or {}
    name = "application/json" if "application/json" in content else min(content, default=None)
    return name, (content[name] if name is not None else {})


def _values(values: frozenset[str]) -> str:
    return ", ".join(f"`{value}`" for value in sorted(values))


class Differ:
    """Collects the changes between two documents, operation by operation, in a deterministic order."""

    def __init__(self, old: JSONObject, new: JSONObject) -> None:
        self.old, self.new = Spec(old), Spec(new)
        self.changes: list[Change] = []
        self.where = ""

    def add(self, section: str, breaking: bool, text: str) -> None:
        self.changes.append(Change(section, breaking, f"{self.where}: {text}"))

    def run(self) -> list[Change]:
        old_ops, new_ops = self.old.operations(), self.new.operations()
        for key in sorted(old_ops.keys() | new_ops.keys(), key=lambda k: (k[0], HTTP_METHODS.index(k[1]))):
            path, method = key
            self.where = f"`{method.upper()} {path}`"
            if key not in old_ops:
                self.add("Operations", False, f"operation `{new_ops[key][0].get('operationId')}` added")
                continue
            if key not in new_ops:
                self.add("Operations", True, f"operation `{old_ops[key][0].get('operationId')}` removed")
                continue
            (before, old_params), (after, new_params) = old_ops[key], new_ops[key]
            self.where += f" ({after.get('operationId')})"
            if before.get("operationId") != after.get("operationId"):
                # the generated module and function are named after the operationId
                self.add("Operations", True, f"operationId renamed from `{before.get('operationId')}`")
            self.parameters(old_params, new_params)
            self.request_body(before, after)
            self.responses(before, after)
        return self.changes

    def parameters(self, before: dict[tuple[str, str], JSONObject], after: dict[tuple[str, str], JSONObject]) -> None:
        for key in sorted(before.keys() | after.keys()):
            location, name = key
            kind = f"{location} parameter"
            old, new = before.get(key), after.get(key)
            if old is None or new is None:
                required = bool(new and new.get("required"))
                status = f"added ({'required' if required else 'optional'})" if new else "removed"
                self.add("Parameters", required or new is None, f"{kind} `{name}` {status}")
                continue
            if bool(old.get("required")) != bool(new.get("required")):
                required = bool(new.get("required"))
                self.add("Parameters", required, f"{kind} `{name}` made {'required' if required else 'optional'}")
            self.fields(
                "Parameters",
                kind,
                self.old.flatten(old.get("schema"), name),
                self.new.flatten(new.get("schema"), name),
                request=True,
            )

    def request_body(self, before: JSONObject, after: JSONObject) -> None:
        old, new = self.old.deref(before.get("requestBody")), self.new.deref(after.get("requestBody"))
        if not old and not new:
            return
        if not old or not new:
            required = bool(new.get("required"))
            status = f"added ({'required' if required else 'optional'})" if new else "removed"
            self.add("Request bodies", required or not new, f"request body {status}")
            return
        if bool(old.get("required")) != bool(new.get("required")):
            required = bool(new.get("required"))
            self.add("Request bodies", required, f"request body made {'required' if required else 'optional'}")
        self.content("Request bodies", "request body", old, new, request=True)

    def responses(self, before: JSONObject, after: JSONObject) -> None:
        old_responses, new_responses = before.get("responses", {}), after.get("responses", {})
        for status in sorted(old_responses.keys() | new_responses.keys()):
            kind = f"response {status}"
            if status not in old_responses or status not in new_responses:
                # a success status that disappears shrinks the parsed return type; error statuses do not
                removed = status not in new_responses
                self.add("Responses", removed and status.startswith("2"), f"{kind} {'removed' if removed else 'added'}")
                continue
            old, new = self.old.deref(old_responses[status]), self.new.deref(new_responses[status])
            if bool(old.get("content")) != bool(new.get("content")):
                removed = bool(old.get("content"))
                self.add("Responses", removed, f"{kind} body {'removed' if removed else 'added'}")
            elif old.get("content"):
                self.content("Responses", kind, old, new, request=False)

    def content(self, section: str, kind: str, old: JSONObject, new: JSONObject, request: bool) -> None:
        (old_type, old_media), (new_type, new_media) = _primary_media(old), _primary_media(new)
        if old_type != new_type:
            self.add(section, True, f"{kind} media type changed from `{old_type}` to `{new_type}`")
        old_fields, new_fields = self.old.flatten(old_media.get("schema")), self.new.flatten(new_media.get("schema"))
        self.fields(section, kind, old_fields, new_fields, request)

    def fields(self, section: str, kind: str, before: dict[str, Field], after: dict[str, Field], request: bool) -> None:
        """Compare two flattened schemas; `request` is True for what the caller sends, False for what it receives."""
        reported: list[str] = []  # paths added or removed: their descendants are not listed again
        for path in sorted(before.keys() | after.keys()):
            if any(path.startswith((prefix + ".", prefix + "[]")) for prefix in reported):
                continue
            subject = f"{kind} `{path}`" if path else kind
            old, new = before.get(path), after.get(path)
            if old is None or new is None:
                reported.append(path)
                if new is not None:
                    status = "required" if new.required else "optional"
                    self.add(section, request and new.required, f"{subject} added ({status})")
                else:
                    self.add(section, True, f"{subject} removed")
                continue
            if old.type != new.type:
                self.add(section, True, f"{subject} type changed from `{old.type}` to `{new.type}`")
            if old.nullable != new.nullable:
                # a response field that may now be None, or a request field that no longer accepts None, breaks
                self.add(
                    section, new.nullable != request, f"{subject} made {'nullable' if new.nullable else 'non-null'}"
                )
            if old.required != new.required:
                self.add(
                    section, new.required == request, f"{subject} made {'required' if new.required else 'optional'}"
                )
            if old.enum is not None and new.enum is not None:
                if added := new.enum - old.enum:
                    self.add(section, False, f"{subject} enum values added: {_values(added)}")
                if removed := old.enum - new.enum:
                    self.add(section, request, f"{subject} enum values removed: {_values(removed)}")
            elif old.enum is not None:
                self.add(section, not request, f"{subject} no longer an enum (was {_values(old.enum)})")
            elif new.enum is not None:
                self.add(section, request, f"{subject} restricted to enum values {_values(new.enum)}")


def diff_documents(old: JSONObject, new: JSONObject) -> list[Change]:
    return Differ(old, new).run()


def render_report(old: JSONObject, new: JSONObject, *, title: str | None = "OpenAPI spec diff", level: int = 2) -> str:
    """Markdown report; `level` is the heading level of the sections (the title is one level above)."""
    changes = diff_documents(old, new)
    old_version, new_version = _version(old), _version(new)
    breaking = sum(change.breaking for change in changes)
    lines = [f"{'#' * (level - 1)} {title}", ""] if title else []
    version = f"`{new_version}` (unchanged)" if old_version == new_version else f"`{old_version}` → `{new_version}`"
    lines += [
        f"Spec version: {version}",
        "",
        f"**Summary: {breaking} breaking, {len(changes) - breaking} non-breaking**",
    ]
    for section in SECTIONS:
        entries = [change for change in changes if change.section == section]
        if entries:
            lines += ["", f"{'#' * level} {section}", ""]
            lines += [f"- **{'breaking' if c.breaking else 'non-breaking'}** {c.text}" for c in entries]
    if not changes:
        lines += [
            "",
            "No changes to operations, parameters, request bodies or responses",
            "(descriptions and examples are not compared).",
        ]
    return "\n".join(lines) + "\n"


def _version(document: JSONObject) -> str:
    return str(document.get("info", {}).get("version", "unknown"))


# -- commands -----------------------------------------------------------------------------------------------------


def insert_changelog_entry(changelog: str, entry: str) -> str:
    """Insert `entry` before the first `## [` release heading, or append it when there is none."""
    lines = changelog.splitlines(keepends=True)
    for index, line in enumerate(lines):
        if line.startswith("## ["):
            return "".join(lines[:index]) + entry.rstrip("\n") + "\n\n" + "".join(lines[index:])
    return (changelog.rstrip("\n") + "\n\n" if changelog.strip() else "") + entry


def command_update(source: str, root: Path) -> int:
    new = load_document(source)
    validate_document(new, source)
    spec_path, changelog_path = root / "openapi.json", root / "CHANGELOG.md"
    previous = spec_path.read_bytes() if spec_path.exists() else None
    old = load_document(str(spec_path)) if previous is not None else {}
    if old == new:
        print(f"openapi.json already matches {source}; nothing to do")
        return 0
    spec_path.write_text(json.dumps(new, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    try:
        status = subprocess.run(["make", "generate"], cwd=root, check=False).returncode
    except OSError as exc:
        print(f"spectools: cannot run make: {exc}", file=sys.stderr)
        status = 1
    if status != 0:
        if previous is None:
            spec_path.unlink()
        else:
            spec_path.write_bytes(previous)
        print(f"spectools: `make generate` failed (exit {status}); openapi.json restored", file=sys.stderr)
        return 1
    version = _version(new)
    entry = (
        f"## [Unreleased] - spec {version} ({datetime.date.today().isoformat()})\n\n"
        f"Regenerated from TokPortal API spec {version}.\n\n" + render_report(old, new, title=None, level=3)
    )
    changelog = changelog_path.read_text(encoding="utf-8") if changelog_path.exists() else "# Changelog\n"
    changelog_path.write_text(insert_changelog_entry(changelog, entry), encoding="utf-8")
    print(entry)
    print(f"openapi.json updated to spec {version}, code regenerated, CHANGELOG.md entry added.")
    return 0


def command_check_upstream(url: str, root: Path) -> int:
    upstream = load_document(url)
    pinned = load_document(str(root / "openapi.json"))
    if upstream == pinned:
        print(f"openapi.json is up to date with {url}")
        return 0
    print(f"openapi.json differs from {url}\n")
    print(render_report(pinned, upstream))
    print(f"Run `make update-spec SPEC={url}` to update it.")
    return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="spectools.py", description="Maintainer tools for openapi.json.")
    commands = parser.add_subparsers(dest="command", required=True)
    diff = commands.add_parser("diff", help="semantic Markdown report of two OpenAPI documents")
    diff.add_argument("old", help="path or http(s) URL")
    diff.add_argument("new", help="path or http(s) URL")
    update = commands.add_parser("update", help="replace openapi.json, regenerate, add a CHANGELOG entry")
    update.add_argument("spec", help="path or http(s) URL of the new document")
    upstream = commands.add_parser("check-upstream", help="compare openapi.json with the published document")
    upstream.add_argument("--url", help=f"default: $TOKPORTAL_OPENAPI_URL or {DEFAULT_UPSTREAM_URL}")
    for command in (update, upstream):
        command.add_argument("--root", type=Path, default=REPO_ROOT, help="project root (default: %(default)s)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "diff":
            print(render_report(load_document(args.old), load_document(args.new)), end="")
            return 0
        if args.command == "update":
            return command_update(args.spec, args.root)
        url = args.url or os.environ.get("TOKPORTAL_OPENAPI_URL") or DEFAULT_UPSTREAM_URL
        return command_check_upstream(url, args.root)
    except SpecError as exc:
        print("spectools: error: " + " ".join(str(exc).split()), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
