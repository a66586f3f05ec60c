"""Which tools a server offers: the ``--tools``/``--tag``/``--tool``/``--exclude``/``--preset`` selection, the
presets for the guide's workflows, and the three tools of dynamic mode. Pure logic, no ``mcp`` import."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ..agents import AgentTool, tools

__all__ = ["DYNAMIC_TOOLS", "PRESETS", "Preset", "Selection", "find_operations"]

Access = Literal["read", "write", "all"]


@dataclass(frozen=True)
class Preset:
    """A workflow's tools: the operations of some tags, or only their reads, or those whose path names a topic."""

    description: str
    tags: frozenset[str] = frozenset()
    read_tags: frozenset[str] = frozenset()
    """Tags of which only the reads (GET) belong to the preset."""
    path_words: frozenset[str] = frozenset()
    """An operation whose path contains one of these words belongs too (operations newer than the preset)."""

    def includes(self, candidate: AgentTool) -> bool:
        operation = candidate.operation
        if operation.tag in self.tags:
            return True
        if operation.tag in self.read_tags and candidate.read_only:
            return True
        return any(word in operation.path for word in self.path_words)


PRESETS: Mapping[str, Preset] = {
    "setup": Preset(
        "Account set-up: profile, reference data, credits and webhooks.",
        tags=frozenset({"profile", "reference", "credits", "webhooks"}),
    ),
    "launch": Preset(
        "Launch bundles: create, configure the account, check readiness, publish (with uploads for media).",
        tags=frozenset({"bundles", "account_configuration", "reference", "uploads"}),
        read_tags=frozenset({"credits"}),
    ),
    "post": Preset(
        "Post videos at scale: configure video slots, upload media, publish and review videos.",
        tags=frozenset({"videos", "uploads"}),
        read_tags=frozenset({"bundles"}),
    ),
    "warm": Preset(
        "Warm accounts: bundles and delivered accounts, and the warming operations.",
        read_tags=frozenset({"bundles", "accounts"}),
        path_words=frozenset({"warm"}),
    ),
    "monitor": Preset(
        "Monitor: read bundles, accounts, analytics, comments, webhooks deliveries and credits.",
        read_tags=frozenset({"bundles", "accounts", "analytics", "comments", "webhooks", "credits"}),
    ),
}
"""Presets for the workflows of TokPortal's bundles guide; each stays under the 40 tools MCP clients handle well."""


@dataclass(frozen=True)
class Selection:
    """The tools a server offers, from its command line."""

    access: Access = "all"
    tags: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    """``--tool``: exactly these (tool names or operationIds), added to what the other filters select."""
    exclude: tuple[str, ...] = ()
    preset: str | None = None
    allow_secrets: bool = False
    allow_files: bool = True

    def __post_init__(self) -> None:
        if self.access not in ("read", "write", "all"):
            raise ValueError(f"--tools: expected read, write or all, got {self.access!r}")
        if self.preset is not None and self.preset not in PRESETS:
            raise ValueError(f"--preset: expected one of {', '.join(PRESETS)}, got {self.preset!r}")
        known_tags = {t.operation.tag for t in tools()}
        for tag in self.tags:
            if tag not in known_tags:
                raise ValueError(f"--tag: no tag {tag!r}; the tags are {', '.join(sorted(known_tags))}")
        for name in (*self.names, *self.exclude):
            _lookup(name)

    def tools(self) -> list[AgentTool]:
        """The selected tools, in the registry's order."""
        named = {_lookup(name).name for name in self.names}
        excluded = {_lookup(name).name for name in self.exclude}
        preset = PRESETS[self.preset] if self.preset is not None else None
        chosen: list[AgentTool] = []
        for candidate in tools(allow_secrets=self.allow_secrets):
            if candidate.name in excluded or (candidate.file_names and not self.allow_files):
                continue
            if candidate.name in named:
                chosen.append(candidate)
                continue
            if self.names and not (self.tags or preset):
                continue
            if self.access == "read" and not candidate.read_only:
                continue
            if self.access == "write" and candidate.read_only:
                continue
            if self.tags and candidate.operation.tag not in self.tags:
                continue
            if preset is not None and not preset.includes(candidate):
                continue
            chosen.append(candidate)
        return chosen


def _lookup(name: str) -> AgentTool:
    from ..agents import tool

    try:
        return tool(name)
    except ValueError as error:
        raise ValueError(f"--tool/--exclude: {error}") from None


# -- dynamic mode ---------------------------------------------------------------------------------------------------

DYNAMIC_TOOLS: Sequence[Mapping[str, Any]] = (
    {
        "name": "find_operations",
        "description": "Search TokPortal API operations by words (e.g. 'publish bundle', 'analytics'); "
        "returns names to describe and invoke.",
        "inputSchema": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "Words to match; empty lists all."},
                "tag": {"type": "string", "description": "Only this resource (bundles, videos, ...)."},
            },
            "additionalProperties": False,
        },
        "annotations": {"readOnlyHint": True, "destructiveHint": False, "idempotentHint": True, "openWorldHint": False},
    },
    {
        "name": "describe_operation",
        "description": "The input schema, cost and result of one operation, before invoking it.",
        "inputSchema": {
            "type": "object",
            "properties": {"name": {"type": "string"}},
            "required": ["name"],
            "additionalProperties": False,
        },
        "annotations": {"readOnlyHint": True, "destructiveHint": False, "idempotentHint": True, "openWorldHint": False},
    },
    {
        "name": "invoke_operation",
        "description": "Call one operation with arguments matching its schema. Priced ones return a quote "
        "unless arguments.confirm is true; writes return an idempotency_key to retry with.",
        "inputSchema": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "arguments": {"type": "object"}},
            "required": ["name"],
            "additionalProperties": False,
        },
        "annotations": {"readOnlyHint": False, "destructiveHint": True, "idempotentHint": False, "openWorldHint": True},
    },
)
"""Dynamic mode: three tools in place of one per operation (the whole listing stays under 3 KB)."""


def _words(text: str) -> set[str]:
    return {w for w in "".join(c.lower() if c.isalnum() else " " for c in text).split() if w}


def find_operations(available: Iterable[AgentTool], query: str = "", tag: str | None = None) -> list[dict[str, Any]]:
    """The operations matching every word of ``query`` (in name, summary, tag or path), best first."""
    wanted = _words(query)
    found: list[tuple[int, dict[str, Any]]] = []
    for candidate in available:
        operation = candidate.operation
        if tag and operation.tag != tag:
            continue
        haystack = _words(f"{candidate.name} {operation.operation_id} {operation.summary} {operation.tag}")
        haystack |= {w.rstrip("s") for w in haystack}
        hits = sum(1 for w in wanted if w in haystack or w.rstrip("s") in haystack)
        if wanted and hits == 0:
            continue
        found.append(
            (
                -hits,
                {
                    "name": candidate.name,
                    "summary": operation.summary,
                    "tag": operation.tag,
                    "read_only": candidate.read_only,
                    "priced": candidate.priced,
                },
            )
        )
    found.sort(key=lambda pair: pair[0])
    return [entry for _, entry in found]


def describe(candidate: AgentTool) -> dict[str, Any]:
    """What ``describe_operation`` answers."""
    return {
        "name": candidate.name,
        "description": candidate.description,
        "input_schema": candidate.input_schema,
        "annotations": candidate.annotations,
    }
