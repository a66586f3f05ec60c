"""The ``tokportal`` command: one group per API tag, one command per operation of the registry, plus tools.

``tokportal <group> <operation> [PATH ARGS] [--query-option ...]``: the groups and commands are made from
``tokportal_client._generated.registry.OPERATIONS`` when asked for (a command's options only when that command
runs or shows its help), their types, choices and help from the contract. Every call goes through
``client.call_operation`` / ``client.iter_operation``, so the library's validation, retries and idempotency apply.
The client, rich, jmespath and PyYAML are imported only by the commands that use them.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from .._spec import is_policy_acceptance
from . import _contract
from ._exit import EXIT_CODES, exit_code_for
from ._output import FORMATS, choose, compile_query, emit, stream_items, to_data

if TYPE_CHECKING:
    from .._client import TokPortal
    from .._runtime import Operation

PROG = "tokportal"


# -- names ----------------------------------------------------------------------------------------------------


def command_name(name: str) -> str:
    """``list_bundles`` -> ``list-bundles``; ``account_configuration`` -> ``account-configuration``."""
    return name.replace("_", "-")


def option_name(api_name: str) -> str:
    """``per_page`` -> ``--per-page``; ``postId`` -> ``--post-id``."""
    kebab = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", api_name).replace("_", "-").lower()
    return "--" + kebab


def operations() -> Mapping[str, Operation]:
    from .._generated.registry import OPERATIONS

    return OPERATIONS


def groups() -> dict[str, list[Operation]]:
    """Operations by command group, in registry order (from the registry itself: for generation and tests)."""
    found: dict[str, list[Operation]] = {}
    for operation in operations().values():
        found.setdefault(command_name(operation.tag), []).append(operation)
    return found


def index() -> dict[str, tuple[str, tuple[tuple[str, str, str], ...]]]:
    """The command groups as ``tokportal_client.cli._index`` lists them (generated from the registry, so that the
    help and completion of groups and commands import neither the registry nor httpx)."""
    from ._index import GROUPS

    return GROUPS


def takes_policy(operation: Operation) -> bool:
    """The operation's JSON body is the policy acceptance of the 428 flow."""
    if operation.body != "json":
        return False
    return is_policy_acceptance(_contract.body_schema(operation.method, operation.path))


# -- settings shared by every command ---------------------------------------------------------------------------


class Settings:
    """The root's options (``tokportal --profile p -v ...``), which a command's own options override."""

    def __init__(self) -> None:
        self.profile: str | None = None
        self.base_url: str | None = None
        self.verbose = 0


def _settings(ctx: click.Context) -> Settings:
    root = ctx.find_root()
    if not isinstance(root.obj, Settings):
        root.obj = Settings()
    return root.obj


def _set_profile(ctx: click.Context, _: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        _settings(ctx).profile = value
    return value


def _set_base_url(ctx: click.Context, _: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        _settings(ctx).base_url = value
    return value


def _add_verbose(ctx: click.Context, _: click.Parameter, value: int) -> int:
    _settings(ctx).verbose += value
    return value


def connection_options() -> list[click.Parameter]:
    """``--profile``, ``--base-url``, ``-v``: accepted before the group and after the command alike."""
    return [
        click.Option(
            ["--profile"],
            callback=_set_profile,
            expose_value=False,
            is_eager=True,
            help="Profile of the config file (default: $TOKPORTAL_PROFILE, else 'default').",
        ),
        click.Option(
            ["--base-url"],
            callback=_set_base_url,
            expose_value=False,
            help="API base URL (default: $TOKPORTAL_BASE_URL, the profile's, else TokPortal's).",
        ),
        click.Option(
            ["-v", "--verbose"],
            count=True,
            callback=_add_verbose,
            expose_value=False,
            help="Log requests on stderr (-v: info, -vv: debug; secrets redacted). Same as TOKPORTAL_LOG.",
        ),
    ]


def make_client(ctx: click.Context, *, timeout: float | None = None, max_retries: int | None = None) -> TokPortal:
    """A client from the command line, the environment and the profile, in that order."""
    from . import _config

    settings = _settings(ctx)
    if settings.verbose:
        os.environ["TOKPORTAL_LOG"] = "debug" if settings.verbose > 1 else "info"
    name = _config.profile_name(settings.profile)
    profile = _config.profile(name, required=settings.profile is not None or "TOKPORTAL_PROFILE" in os.environ)
    api_key = os.environ.get("TOKPORTAL_API_KEY") or profile.get("api_key")
    if not api_key:
        raise click.UsageError(
            f"no API key: set TOKPORTAL_API_KEY, or run `{PROG} config set api_key` (profile {name!r})"
        )
    base_url = settings.base_url or os.environ.get("TOKPORTAL_BASE_URL") or profile.get("base_url")
    if max_retries is None and "max_retries" in profile:
        max_retries = int(profile["max_retries"])
    if timeout is None and "timeout" in profile:
        timeout = float(profile["timeout"])
    from .. import TokPortal

    options: dict[str, Any] = {"base_url": base_url, "max_retries": max_retries}
    if timeout is not None:
        options["timeout"] = timeout
    return TokPortal(str(api_key), **options)


# -- the root ---------------------------------------------------------------------------------------------------


class RootGroup(click.Group):
    """The API groups come from the registry; the tools (config, mock, completion) are fixed. ``extras`` gives the
    tools that live in an API group (``uploads video``), by group name (``_tools.build`` wires them in)."""

    def __init__(self, *args: Any, extras: Callable[[str], list[click.Command]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.extras = extras

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:  # the reader went away (`| head -1`): stop quietly, before click makes it exit 1
            _quiet_stdout()
            raise click.exceptions.Exit(0) from None

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*index(), *sorted(self.commands)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        entry = index().get(cmd_name)
        if entry is None:
            return None
        return TagGroup(cmd_name, *entry, extras=self.extras(cmd_name))

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Exit codes"):
            formatter.write_dl([(str(entry.code), entry.meaning) for entry in EXIT_CODES])
        super().format_epilog(ctx, formatter)


class TagGroup(click.Group):
    """One API tag: a command per operation, plus the tools that belong there (``uploads video``, ``webhooks
    trigger``)."""

    def __init__(
        self,
        name: str,
        help: str,
        members: tuple[tuple[str, str, str], ...],
        extras: Sequence[click.Command] = (),
    ) -> None:
        super().__init__(name, help=help, params=connection_options())
        self._operations = {command: (key, summary) for command, key, summary in members}
        for command in extras:
            self.add_command(command)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*self._operations, *sorted(self.commands)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        entry = self._operations.get(cmd_name)
        return OperationCommand(cmd_name, *entry) if entry is not None else None


# -- one operation ----------------------------------------------------------------------------------------------


def _parse_field(text: str, option: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise click.BadParameter(f"expected KEY=VALUE, got {text!r}", param_hint=option)
    return key, value


def _typed(value: str, option: str) -> Any:
    """``-F`` values: true/false/null/numbers/JSON as such, ``@file`` the file's text (a JSON body) or path."""
    import json

    if value.startswith("@"):
        return Path(value[1:])
    try:
        return json.loads(value)
    except ValueError:
        return value


def _coerce(value: Any, schema: Any, key: str) -> Any:
    """A ``-f`` string to the type the contract gives the field (integer, number, boolean)."""
    kind = schema.get("type") if isinstance(schema, dict) else None
    if not isinstance(value, str):
        return value
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        raise click.BadParameter(f"{key}: expected {kind}, got {value!r}", param_hint="-f") from None
    if kind == "boolean" and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def _read_body(source: str) -> Any:
    """``--body '<json>'``, ``--body @file.json``, ``--body -`` (stdin)."""
    import json

    if source == "-":
        text, where = sys.stdin.read(), "stdin"
    elif source.startswith("@"):
        try:
            text, where = Path(source[1:]).read_text(encoding="utf-8"), source[1:]
        except OSError as error:
            raise click.BadParameter(f"cannot read {source[1:]}: {error.strerror}", param_hint="--body") from None
    else:
        text, where = source, "the argument"
    try:
        return json.loads(text)
    except ValueError as error:
        raise click.BadParameter(f"{where} is not valid JSON: {error}", param_hint="--body") from None


def build_body(
    operation: Operation, body: str | None, fields: Sequence[str], typed: Sequence[str], accept_policy: str | None
) -> Any:
    """The request body from ``--body``, ``-f`` and ``-F`` (fields override keys of ``--body``)."""
    value: Any = _read_body(body) if body is not None else None
    if not fields and not typed and accept_policy is None:
        return value
    if value is None:
        value = {}
    if not isinstance(value, dict):
        raise click.BadParameter("-f/-F need --body to be a JSON object", param_hint="--body")
    properties = _contract.body_schema(operation.method, operation.path).get("properties", {})
    pairs = [(*_parse_field(f, "-f"), False) for f in fields] + [(*_parse_field(f, "-F"), True) for f in typed]
    for key, raw, is_typed in pairs:
        name, append = (key[:-2], True) if key.endswith("[]") else (key, False)
        schema = _contract.resolve(properties.get(name, {}))
        item_schema = _contract.resolve(schema.get("items", {})) if append and isinstance(schema, dict) else schema
        item = _typed(raw, "-F") if is_typed else raw
        if isinstance(item, Path) and operation.body == "json":
            try:
                item = item.read_text(encoding="utf-8")
            except OSError as error:
                raise click.BadParameter(f"{name}: cannot read {item}: {error.strerror}", param_hint="-F") from None
        item = _coerce(item, item_schema, name)
        if append:
            existing = value.setdefault(name, [])
            if not isinstance(existing, list):
                raise click.BadParameter(f"{name}: set both as a list ({key}) and as a value", param_hint="-f")
            existing.append(item)
        else:
            value[name] = item
    if accept_policy is not None:
        value.update({"acknowledge_support_forfeit": True, "policy_version": accept_policy})
    return value


def help_paragraphs(op: Operation) -> list[str]:
    """The help of an operation's command: summary, the contract's description, method and path, its policy."""
    paragraphs = [op.summary]
    text = " ".join(_contract.description(op.method, op.path).split())
    if text and text != op.summary:
        paragraphs.append(text)
    paragraphs.append(f"{op.method} {op.path}")
    if op.sensitive:
        paragraphs.append("Returns secrets: never replayed once sent, and takes no idempotency key.")
    if op.iter_name:
        paragraphs.append("Paginated: --all streams every item of every page.")
    return paragraphs


def tag_help(tag: str) -> str:
    """The contract's description of a tag (``tags`` of openapi.json), else the tag's operations."""
    for entry in _contract.document().get("tags", []):
        if isinstance(entry, dict) and str(entry.get("name", "")).lower().replace(" ", "_") == tag:
            description = " ".join(str(entry.get("description", "")).split())
            if description:
                return description
    name = tag.replace("_", " ")
    return f"{name[0].upper()}{name[1:]}: the {name} operations of the TokPortal API."


class OperationCommand(click.Command):
    """The command of one registry operation; its options are made from the contract when first needed."""

    def __init__(self, name: str, key: str, summary: str) -> None:
        self.key = key
        self._built: list[click.Parameter] | None = None
        self._query_names: dict[str, str] = {}
        super().__init__(name, help=summary, short_help=summary, callback=self._run)

    @property
    def operation(self) -> Operation:
        """The registry's record (the registry is imported here, when the command is shown or run)."""
        return operations()[self.key]

    # click reads ``self.params`` for parsing, help and completion; build it on first use (the group's listing
    # only needs the summary).
    @property
    def params(self) -> list[click.Parameter]:
        if self._built is None:
            self._built = self._make_params()
        return self._built

    @params.setter
    def params(self, value: list[click.Parameter]) -> None:
        pass

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_paragraph()
        with formatter.indentation():
            for paragraph in help_paragraphs(self.operation):
                formatter.write_text(paragraph)
                formatter.write_paragraph()

    def _make_params(self) -> list[click.Parameter]:
        op = self.operation
        info = _contract.parameters(op.method, op.path)
        params: list[click.Parameter] = []
        for parameter in op.parameters:
            if parameter.location == "path":
                kind: click.ParamType[Any, Any] = click.INT if parameter.type == "int" else click.STRING
                params.append(click.Argument([parameter.python_name], type=kind, metavar=parameter.name.upper()))
        reserved = {"--body", "--format", "--query", "--include", "--all", "--output", "--timeout", "--dry-run"}
        for parameter in op.parameters:
            if parameter.location != "query":
                continue
            details = info.get(parameter.name)
            flag = option_name(parameter.name)
            if flag in reserved:
                flag = "--param-" + flag[2:]
            dest = f"query_{len(self._query_names)}"
            self._query_names[dest] = parameter.name
            description = details.description if details else ""
            params.append(self._query_option(parameter.type, flag, dest, parameter.required, description, details))
        if op.body is not None:
            required = _contract.body_required(op.method, op.path) and not takes_policy(op)
            what = "The form fields as a JSON object" if op.body == "multipart" else "The JSON body"
            params += [
                click.Option(
                    ["--body"],
                    metavar="JSON|@FILE|-",
                    help=f"{what}: inline, @file.json, or - for stdin." + (" Required (or -f/-F)." if required else ""),
                ),
                click.Option(
                    ["-f", "--field", "fields"],
                    multiple=True,
                    metavar="KEY=VALUE",
                    help="A body field (a string, or the contract's type for it); KEY[]=VALUE appends to a list.",
                ),
                click.Option(
                    ["-F", "--typed-field", "typed"],
                    multiple=True,
                    metavar="KEY=VALUE",
                    help="A body field as JSON (true, 3, null, [..]), or KEY=@FILE: "
                    + ("the file to upload (streamed)." if op.body == "multipart" else "the file's text."),
                ),
            ]
        if takes_policy(op):
            params.append(
                click.Option(
                    ["--accept-policy"],
                    metavar="VERSION",
                    help="Accept the policy of this version (the 428 flow) without being asked; needed when not on "
                    "a terminal. The version is in the 428 error's details.",
                )
            )
        if op.takes_idempotency_key:
            params.append(
                click.Option(
                    ["--idempotency-key"],
                    help="Idempotency-Key to send (default: a new one, printed on stderr so a rerun can reuse it).",
                )
            )
        if op.iter_name:
            params += [
                click.Option(["--all", "all_pages"], is_flag=True, help="Every item of every page, streamed."),
                click.Option(["--max-items"], type=click.IntRange(min=0), help="With --all: stop after this many."),
            ]
        if op.result == "TextResult":
            params.append(
                click.Option(
                    ["-o", "--output"],
                    type=click.Path(dir_okay=False, writable=True),
                    help="Write the export to this file (atomically, streamed) instead of stdout.",
                )
            )
        params += common_options()
        return params

    @staticmethod
    def _query_option(
        kind: str, flag: str, dest: str, required: bool, description: str, details: _contract.ParameterInfo | None
    ) -> click.Option:
        default = details.default if details else None
        help_text = description + (f" [default: {default}]" if default is not None else "")
        many = kind.startswith("list[")
        choices = (details.item_choices if many else details.choices) if details else ()
        if kind == "bool":
            return click.Option([f"{flag}/--no-{flag[2:]}", dest], default=None, required=required, help=help_text)
        param_type: click.ParamType[Any, Any]
        if choices:
            param_type = click.Choice(choices)
        elif kind == "int":
            param_type = click.INT
        else:
            param_type = click.STRING
        return click.Option([flag, dest], type=param_type, multiple=many, required=required, help=help_text)

    def _run(self, **values: Any) -> None:
        ctx = click.get_current_context()
        run_operation(ctx, self.operation, self._query_names, values)


def common_options() -> list[click.Parameter]:
    return [
        click.Option(
            ["--format", "fmt"],
            type=click.Choice(FORMATS),
            help="Output format (default: table for a list on a terminal, else json; jsonl with --all).",
        ),
        click.Option(["--query", "-q", "query"], metavar="JMESPATH", help="Select from the result (JMESPath)."),
        click.Option(["-i", "--include"], is_flag=True, help="Show the status, headers and request id (on stderr)."),
        click.Option(["--dry-run"], is_flag=True, help="Validate and price without creating or charging anything."),
        click.Option(["--timeout"], type=click.FloatRange(min=0, min_open=True), help="Seconds per attempt."),
        click.Option(["--max-retries"], type=click.IntRange(min=0), help="Retries after the first attempt."),
        *connection_options(),
    ]


def _interactive() -> bool:
    try:
        return sys.stdin.isatty() and sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def run_operation(ctx: click.Context, op: Operation, query_names: Mapping[str, str], values: dict[str, Any]) -> None:
    query_fn = compile_query(values.get("query"))
    path = {p.name: values[p.python_name] for p in op.parameters if p.location == "path"}
    query: dict[str, Any] = {}
    for dest, name in query_names.items():
        value = values.get(dest)
        if value is None or value == ():
            continue
        query[name] = list(value) if isinstance(value, tuple) else value
    all_pages = bool(values.get("all_pages"))
    if not all_pages and values.get("max_items") is not None:
        raise click.UsageError("--max-items goes with --all")
    body = None
    if op.body is not None:
        body = build_body(
            op, values.get("body"), values.get("fields", ()), values.get("typed", ()), values.get("accept_policy")
        )
        if op.body == "multipart" and body is not None:
            body = {key: value for key, value in body.items()}
    options: dict[str, Any] = {}
    if values.get("dry_run"):
        options["dry_run"] = True
    if values.get("timeout") is not None:
        options["timeout"] = values["timeout"]
    key = values.get("idempotency_key")
    if op.takes_idempotency_key and not all_pages:
        if key is None:
            import uuid

            key = str(uuid.uuid4())
        options["idempotency_key"] = key
        click.echo(f"idempotency-key: {key}  (rerun with --idempotency-key {key} to never run it twice)", err=True)
    client = make_client(ctx, timeout=None, max_retries=values.get("max_retries"))
    with client, _reported(client, options.get("idempotency_key")):
        if all_pages:
            if "page" in query:
                raise click.UsageError("--page and --all: --all walks every page itself")
            per_page = query.pop("per_page", 100)
            pager = client.iter_operation(
                op.operation_id, path=path, query=query, per_page=per_page, max_items=values.get("max_items"), **options
            )
            stream_items(pager, values.get("fmt"), query_fn)
            return
        output = values.get("output")
        if output is not None:
            written = client.call_operation(op.operation_id, path=path, query=query, save_to=output, **options)
            click.echo(f"wrote {written} bytes to {output}", err=True)
            return
        response = _call_with_policy(client, op, path, query, body, options, values.get("accept_policy"))
        if values.get("include"):
            _show_head(response)
        data = to_data(response.parsed)
        if op.result == "TextResult" and query_fn is None and values.get("fmt") is None:
            sys.stdout.write(str(data))
            sys.stdout.flush()
            return
        if data is None and query_fn is None:
            return  # no content (204)
        if query_fn is not None:
            data = query_fn(data)
        emit(data, choose(values.get("fmt"), data, sys.stdout), sys.stdout)


def _call_with_policy(
    client: TokPortal,
    op: Operation,
    path: dict[str, Any],
    query: dict[str, Any],
    body: Any,
    options: dict[str, Any],
    accept_policy: str | None,
) -> Any:
    """Call the operation; on a 428 of the policy flow, ask on a terminal and resend with the acceptance."""
    from ..errors import PolicyConfirmationRequiredError

    try:
        return client.call_operation(op.operation_id, path=path, query=query, body=body, raw=True, **options)
    except PolicyConfirmationRequiredError as error:
        version = error.policy_version
        if accept_policy is not None or not takes_policy(op) or not version or not _interactive():
            raise
        click.echo(f"{PROG}: {error.message}", err=True)
        if error.details:
            from ._output import dumps

            click.echo(dumps(error.details, indent=True), err=True)
        if not click.confirm(f"Accept policy {version!r} and go ahead?", default=False, err=True):
            raise
        accepted = dict(body) if isinstance(body, dict) else {}
        accepted.update({"acknowledge_support_forfeit": True, "policy_version": version})
        return client.call_operation(op.operation_id, path=path, query=query, body=accepted, raw=True, **options)


def _show_head(response: Any) -> None:
    click.echo(f"HTTP {response.status_code}", err=True)
    for name, value in response.headers.items():
        click.echo(f"{name}: {value}", err=True)
    click.echo(f"request-id: {response.request_id or '-'}  retries: {response.retries}", err=True)
    click.echo("", err=True)


@contextmanager
def _reported(client: Any, idempotency_key: str | None) -> Iterator[None]:
    """Turn a client error into a message on stderr (request id, hint) and its exit code."""
    try:
        yield
    except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt, BrokenPipeError):
        raise
    except Exception as error:
        if not type(error).__module__.startswith("tokportal_client") and not isinstance(error, ValueError | TypeError):
            raise
        fail(error, base_url=str(getattr(client, "base_url", "")), idempotency_key=idempotency_key)


def hint(error: BaseException, base_url: str, idempotency_key: str | None) -> str | None:
    name = {cls.__name__ for cls in type(error).__mro__}
    again = f"; rerun with --idempotency-key {idempotency_key} so it cannot run twice" if idempotency_key else ""
    if "AuthenticationError" in name:
        return f"check the API key: TOKPORTAL_API_KEY, or `{PROG} config set api_key` (and --profile)"
    if "APITimeoutError" in name:
        return f"{base_url} did not answer in time: try --timeout with more seconds{again}"
    if "APIConnectionError" in name:
        return f"could not reach {base_url}: check the network, or the base URL (--base-url, TOKPORTAL_BASE_URL){again}"
    if "PolicyConfirmationRequiredError" in name:
        version = getattr(error, "policy_version", None) or "VERSION"
        return f"read the policy in the details, then rerun with --accept-policy {version}"
    if "RateLimitError" in name:
        wait = getattr(error, "retry_after", None)
        return f"rate limited: wait {wait:.0f} s and rerun{again}" if wait else f"rate limited: wait and rerun{again}"
    if "InsufficientCreditsError" in name:
        return "not enough credits: see `tokportal credits get-credit-balance`"
    if "InternalServerError" in name:
        return f"TokPortal failed; try again later{again}"
    if "NotFoundError" in name:
        return "check the id (and that it belongs to this API key)"
    return None


def fail(error: BaseException, *, base_url: str = "", idempotency_key: str | None = None) -> NoReturn:
    """Print ``error`` on stderr (message, request id, details, hint) and exit with its code."""
    from ._output import dumps

    click.echo(f"{PROG}: error: {error}", err=True)
    request_id = getattr(error, "request_id", None)
    if request_id:
        click.echo(f"  request id: {request_id}", err=True)
    details = getattr(error, "details", None)
    if details:
        click.echo(f"  details: {dumps(details, indent=False)}", err=True)
    advice = hint(error, base_url, getattr(error, "idempotency_key", None) or idempotency_key)
    if advice:
        click.echo(f"  hint: {advice}", err=True)
    raise SystemExit(exit_code_for(error))


# -- entry point -------------------------------------------------------------------------------------------------


def _version() -> str:
    from .._version import __version__

    return __version__


def _show_version(ctx: click.Context, _: click.Parameter, value: bool) -> None:
    if value:
        click.echo(f"{PROG} {_version()}")
        ctx.exit()


def _ours(error: BaseException) -> bool:
    """A ValueError/TypeError raised by the client's checks or ours (not a bug elsewhere)."""
    tb = error.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    module = tb.tb_frame.f_globals.get("__name__", "") if tb is not None else ""
    return str(module).startswith("tokportal_client")


def _quiet_stdout() -> None:
    """The reader went away (``| head -1``): no traceback, and no second error when Python flushes stdout."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _flush_or_quiet() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()


def wrap(call: Callable[[], None]) -> None:
    """Run a tool's body with the same error reporting as the operations."""
    try:
        call()
    except (click.ClickException, click.exceptions.Exit, click.Abort):
        raise
    except Exception as error:
        if not type(error).__module__.startswith("tokportal_client") and not isinstance(error, ValueError | TypeError):
            raise
        fail(error)
