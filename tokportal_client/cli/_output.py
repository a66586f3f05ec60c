"""Printing results: ``--format json|jsonl|yaml|table``, ``--query`` (JMESPath), streaming with ``--all``.

Tables are for people (a terminal and a list); anything piped gets JSON unless told otherwise. rich, PyYAML and
jmespath are imported only by the format that needs them.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import IO, Any, Final, Literal

Format = Literal["json", "jsonl", "yaml", "table"]
FORMATS: Final = ("json", "jsonl", "yaml", "table")
_MAX_COLUMNS: Final = 8


def to_data(value: Any) -> Any:
    """A result (a model, a text export, None) as JSON data."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, str):
        return str(value)
    return value


def compile_query(expression: str | None) -> Callable[[Any], Any] | None:
    """The ``--query`` JMESPath expression, compiled (a bad one is a usage error, before anything is sent)."""
    if not expression:
        return None
    import jmespath
    from jmespath.exceptions import JMESPathError

    try:
        compiled = jmespath.compile(expression)
    except JMESPathError as error:
        raise ValueError(f"--query: not a valid JMESPath expression: {error}") from None
    search: Callable[[Any], Any] = compiled.search
    return search


def is_listing(data: Any) -> bool:
    """A list, or a page envelope around one (``{"data": [...], "pagination": ...}``)."""
    return isinstance(data, list) or (isinstance(data, dict) and isinstance(data.get("data"), list))


def choose(fmt: str | None, data: Any, stream: IO[str]) -> Format:
    if fmt:
        return fmt  # type: ignore[return-value]  # click.Choice(FORMATS) checked it
    return "table" if is_listing(data) and _isatty(stream) else "json"


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def dumps(data: Any, *, indent: bool) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2 if indent else None, default=str)


def emit(data: Any, fmt: Format, stream: IO[str]) -> None:
    """Print one result in ``fmt``."""
    if fmt == "json":
        stream.write(dumps(data, indent=True) + "\n")
    elif fmt == "jsonl":
        rows = data.get("data") if isinstance(data, dict) and is_listing(data) else data
        for row in rows if isinstance(rows, list) else [rows]:
            stream.write(dumps(row, indent=False) + "\n")
    elif fmt == "yaml":
        import yaml

        stream.write(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False))
    else:
        table(data, stream)
    stream.flush()


def table(data: Any, stream: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    rows = data.get("data") if isinstance(data, dict) and is_listing(data) else data
    # On a terminal rich fits the table to its width; into a file or a pipe it is never wrapped.
    console = Console(file=stream, soft_wrap=False, width=None if _isatty(stream) else 1000)
    if isinstance(rows, list):
        shown = Table(show_lines=False)
        columns = _columns(rows)
        if not columns:
            for row in rows:
                console.print(_cell(row), markup=False, highlight=False)
            return
        for column in columns:
            shown.add_column(column, overflow="fold")
        for row in rows:
            shown.add_row(*(_cell(row.get(c)) if isinstance(row, dict) else "" for c in columns))
        console.print(shown)
        pagination = data.get("pagination") if isinstance(data, dict) else None
        if isinstance(pagination, dict) and pagination:
            figures = ", ".join(f"{k} {v}" for k, v in pagination.items())
            console.print(f"({figures}; --all for every page)", markup=False, highlight=False, style="dim")
        return
    record = rows.get("data") if isinstance(rows, dict) and isinstance(rows.get("data"), dict) else rows
    if isinstance(record, dict):
        shown = Table(show_header=False)
        shown.add_column("field", style="bold")
        shown.add_column("value", overflow="fold")
        for key, value in record.items():
            shown.add_row(str(key), _cell(value))
        console.print(shown)
    else:
        console.print(_cell(record), markup=False, highlight=False)


def _columns(rows: list[Any]) -> list[str]:
    """The keys with scalar values in the first rows, in order, at most a screenful."""
    columns: list[str] = []
    for row in rows[:20]:
        if not isinstance(row, dict):
            return []
        for key, value in row.items():
            if key not in columns and not isinstance(value, dict | list):
                columns.append(key)
    return columns[:_MAX_COLUMNS]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return dumps(value, indent=False)
    return str(value)


def stream_items(
    items: Iterable[Any], fmt: str | None, query: Callable[[Any], Any] | None, stream: IO[str] | None = None
) -> int:
    """``--all``: every item as it arrives (JSON lines by default), never holding more than one page. Returns the
    number printed."""
    out = stream or sys.stdout
    chosen = fmt or "jsonl"
    count = 0
    if chosen == "json":
        out.write("[")
    batch: list[Any] = []
    for item in items:
        data = to_data(item)
        if query is not None:
            data = query(data)
        if chosen == "jsonl":
            out.write(dumps(data, indent=False) + "\n")
        elif chosen == "json":
            out.write(("\n  " if count == 0 else ",\n  ") + dumps(data, indent=False))
        else:
            batch.append(data)
            if len(batch) >= 100:
                emit(batch, chosen, out)  # type: ignore[arg-type]
                batch = []
        count += 1
    if chosen == "json":
        out.write("\n]\n" if count else "]\n")
    elif chosen not in ("jsonl",) and (batch or count == 0):
        emit(batch, chosen, out)  # type: ignore[arg-type]
    out.flush()
    return count
