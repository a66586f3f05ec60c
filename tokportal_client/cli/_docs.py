"""``docs/cli.md``: the command line's reference, rendered from the registry and the commands themselves.

``python -m tokportal_client.cli._docs docs/cli.md`` writes it (``make generate`` runs it);
``scripts/check_drift.py`` fails when the committed file differs from :func:`render`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ._app import (
    PROG,
    OperationCommand,
    TagGroup,
    command_name,
    common_options,
    groups,
    help_paragraphs,
    tag_help,
    takes_policy,
)
from ._exit import EXIT_CODES
from ._tools import build, extra_commands


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _option_line(param: click.Parameter) -> str | None:
    if not isinstance(param, click.Option) or param.hidden:
        return None
    names = ", ".join(f"`{n}`" for n in [*param.opts, *param.secondary_opts])
    kind = param.type
    if isinstance(kind, click.Choice):
        shown = " (" + " \\| ".join(str(c) for c in kind.choices) + ")"
    elif param.is_flag or param.count:
        shown = ""
    elif param.metavar:
        shown = f" {param.metavar}"
    else:
        shown = f" {kind.name.upper()}"
    extra = " (repeatable)" if param.multiple else ""
    required = " **required**" if param.required else ""
    return f"| {names}{shown}{extra}{required} | {_cell(param.help or '')} |"


def render() -> str:
    root = build()
    ctx = click.Context(root, info_name=PROG)
    lines = [
        "# The `tokportal` command line",
        "",
        "<!-- Generated from the operation registry by `make generate` (tokportal_client/cli/_docs.py); "
        "do not edit. -->",
        "",
        "```sh",
        "pip install 'tokportal-client[cli]'",
        "export TOKPORTAL_API_KEY=sk_...        # or: tokportal config set api_key",
        "tokportal bundles list-bundles --all --format jsonl",
        "```",
        "",
        "`tokportal <group> <operation> [PATH ARGS] [OPTIONS]` (also `python -m tokportal_client`). Every command "
        "takes the options of [every operation](#options-of-every-operation); list operations take `--all`; "
        "writes print the idempotency key they send on stderr.",
        "",
        "## Exit codes",
        "",
        "| code | meaning |",
        "| --- | --- |",
        *[f"| {entry.code} | {_cell(entry.meaning)} |" for entry in EXIT_CODES],
        "",
        "## Options of every operation",
        "",
        "| option | |",
        "| --- | --- |",
    ]
    lines += [line for p in common_options() if (line := _option_line(p))]
    lines += ["", "## Tools", ""]
    for name in sorted(root.commands):
        command = root.commands[name]
        lines += _tool_section(f"{PROG} {name}", command, ctx)
    for group_name, members in groups().items():
        # From the registry itself, not the generated index (which this run may be regenerating).
        entries = tuple((command_name(op.name), op.name, op.summary) for op in members)
        group = TagGroup(group_name, tag_help(members[0].tag), entries, extra_commands(group_name))
        lines += ["", f"## {PROG} {group_name}", ""]
        lines += ["| command | what it does |", "| --- | --- |"]
        for op in members:
            slug = f"{PROG}-{group_name}-{command_name(op.name)}"
            lines.append(f"| [`{command_name(op.name)}`](#{slug}) | {_cell(op.summary)} |")
        group_ctx = click.Context(group, info_name=group_name, parent=ctx)
        for extra in sorted(group.commands):
            lines += _tool_section(f"{PROG} {group_name} {extra}", group.commands[extra], group_ctx)
        for op in members:
            operation_command = group.get_command(group_ctx, command_name(op.name))
            assert isinstance(operation_command, OperationCommand)
            lines += _operation_section(group_name, operation_command, group_ctx)
    return "\n".join(lines).rstrip() + "\n"


def _usage(command: click.Command, ctx: click.Context, name: str) -> str:
    sub = click.Context(command, info_name=name.split()[-1], parent=ctx)
    pieces = command.collect_usage_pieces(sub)
    return f"{name} {' '.join(pieces)}".strip()


def _operation_section(group: str, command: OperationCommand, ctx: click.Context) -> list[str]:
    op = command.operation
    name = f"{PROG} {group} {command.name}"
    lines = ["", f"### {name}", "", "```", _usage(command, ctx, name), "```", ""]
    lines += [_cell(p) + "  " for p in help_paragraphs(op)[1:]]
    arguments = [p for p in command.params if isinstance(p, click.Argument)]
    if arguments:
        lines.append("Arguments: " + ", ".join(f"`{a.human_readable_name}`" for a in arguments) + ".  ")
    policy = []
    if op.takes_idempotency_key:
        policy.append("sends an idempotency key (`--idempotency-key`, else a new one printed on stderr)")
    if takes_policy(op):
        policy.append("asks to accept the policy on a 428 (`--accept-policy VERSION` when not on a terminal)")
    if op.result == "TextResult":
        policy.append("prints the export as is; `--output FILE` writes it atomically")
    if policy:
        lines.append("This command " + "; ".join(policy) + ".")
    own = {p.name for p in common_options()}
    rows = [line for p in command.params if p.name not in own and (line := _option_line(p))]
    if rows:
        lines += ["", "| option | |", "| --- | --- |", *rows]
    return lines


def _tool_section(name: str, command: click.Command, ctx: click.Context) -> list[str]:
    lines = ["", f"### {name}", ""]
    if isinstance(command, click.Group):
        lines.append(_cell(command.help or ""))
        sub_ctx = click.Context(command, info_name=name.split()[-1], parent=ctx)
        for sub in sorted(command.commands):
            lines += _tool_section(f"{name} {sub}", command.commands[sub], sub_ctx)
        return lines
    lines += ["```", _usage(command, ctx, name), "```", ""]
    lines.append(_cell((command.help or "").replace("\b", "")))
    rows = [line for p in command.params if (line := _option_line(p))]
    if rows:
        lines += ["", "| option | |", "| --- | --- |", *rows]
    return lines


INDEX_HEADER = '''"""The command groups of ``tokportal`` and their operation commands, from the operation registry.

Generated by ``make generate`` (``python -m tokportal_client.cli._docs``); do not edit. It lets ``tokportal --help``,
the help of a group and shell completion run without importing the registry or httpx. ``scripts/check_drift.py``
checks it against the registry.
"""

from typing import Final

# fmt: off
GROUPS: Final[dict[str, tuple[str, tuple[tuple[str, str, str], ...]]]] = {
'''


def render_index() -> str:
    """``tokportal_client/cli/_index.py``: group -> (help, ((command, registry key, summary), ...))."""
    import json

    def text(value: str) -> str:
        return json.dumps(value)  # a valid Python string literal, double-quoted as ruff writes them

    lines = [INDEX_HEADER.rstrip("\n")]
    for group, members in groups().items():
        lines += [f"    {text(group)}: (", f"        {text(tag_help(members[0].tag))},", "        ("]
        for op in members:
            entry = f"            ({text(command_name(op.name))}, {text(op.name)}, {text(op.summary)}),"
            if len(entry) > 120:
                entry = (
                    f"            (\n                {text(command_name(op.name))},\n                {text(op.name)},\n"
                    f"                {text(op.summary)},\n            ),"
                )
            lines.append(entry)
        lines += ["        ),", "    ),"]
    lines += ["}", "# fmt: on"]
    return "\n".join(lines) + "\n"


def use_project(root: Path) -> None:
    """Render from the project at ``root`` (its ``openapi.json`` and generated registry), not from the installed
    package: ``make generate`` on a copy of the project (``make update-spec`` in a scratch tree) must describe the
    copy's operations."""
    import importlib.util

    from . import _contract

    registry = root / "tokportal_client" / "_generated" / "registry.py"
    spec = importlib.util.spec_from_file_location("tokportal_client._generated.registry", registry)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cli docs: no registry at {registry}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.modules["tokportal_client._generated.registry"] = module
    _contract.use_document(root / "openapi.json")


def main(argv: list[str] | None = None) -> int:
    """``--root DIR [--docs PATH] [--index PATH]``: write the reference (default DIR/docs/cli.md) and the command
    index (default DIR/tokportal_client/cli/_index.py) of the project at DIR (default: the current directory)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m tokportal_client.cli._docs", description=main.__doc__)
    parser.add_argument("--root", type=Path, default=Path.cwd())
    parser.add_argument("--docs", type=Path)
    parser.add_argument("--index", type=Path)
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    use_project(root)
    docs = args.docs or root / "docs" / "cli.md"
    index = args.index or root / "tokportal_client" / "cli" / "_index.py"
    for path, text in ((index, render_index()), (docs, render())):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
