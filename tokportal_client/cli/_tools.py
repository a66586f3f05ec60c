"""The commands that are not one API operation: ``config``, ``mock``, ``completion``, ``uploads video|image``
(the presigned flow with a progress bar) and ``webhooks trigger|verify``."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from . import _contract
from ._app import (
    PROG,
    RootGroup,
    _flush_or_quiet,
    _ours,
    _quiet_stdout,
    _show_version,
    common_options,
    connection_options,
    fail,
    make_client,
    wrap,
)
from ._exit import USAGE
from ._output import choose, compile_query, emit, to_data

# -- config -----------------------------------------------------------------------------------------------------


@click.group("config", help="Profiles in the config file (`tokportal config show` never prints the key).")
def config_group() -> None:
    pass


@config_group.command("set")
@click.argument("key", type=click.Choice(["api_key", "base_url", "timeout", "max_retries"]))
@click.argument("value", required=False)
@click.option("--profile", help="The profile to change (default: $TOKPORTAL_PROFILE, else 'default').")
def config_set(key: str, value: str | None, profile: str | None) -> None:
    """Set KEY of a profile. Without VALUE, it is asked for (hidden for the API key: keep keys out of shell
    history)."""
    from . import _config

    if value is None:
        if not sys.stdin.isatty():
            value = sys.stdin.readline().strip()
        else:
            value = click.prompt(key, hide_input=key in _config.SECRET, err=True)
    name = _config.profile_name(profile)
    try:
        path = _config.set_value(name, key, str(value))
    except _config.ConfigError as error:
        fail(error)
    click.echo(f"{key} set for profile {name!r} in {path}", err=True)


@config_group.command("unset")
@click.argument("key", type=click.Choice(["api_key", "base_url", "timeout", "max_retries"]))
@click.option("--profile", help="The profile to change (default: $TOKPORTAL_PROFILE, else 'default').")
def config_unset(key: str, profile: str | None) -> None:
    """Remove KEY from a profile."""
    from . import _config

    name = _config.profile_name(profile)
    path = _config.unset_value(name, key)
    click.echo(f"{key} removed from profile {name!r} in {path}", err=True)


@config_group.command("show")
@click.option("--profile", help="The profile to show (default: $TOKPORTAL_PROFILE, else 'default').")
def config_show(profile: str | None) -> None:
    """The settings in effect and where each comes from; the API key only as set or not set."""
    import os

    from . import _config

    name = _config.profile_name(profile)
    try:
        stored = _config.profile(name)
        known = sorted(_config.load())
    except _config.ConfigError as error:
        fail(error)
    click.echo(f"config file: {_config.config_path()}")
    click.echo(f"profile: {name}" + ("" if name in known else " (not in the file)"))
    if known:
        click.echo(f"profiles: {', '.join(known)}")
    environment = {"api_key": "TOKPORTAL_API_KEY", "base_url": "TOKPORTAL_BASE_URL"}
    for key in _config.SETTINGS:
        variable = environment.get(key)
        if variable and os.environ.get(variable):
            value, source = os.environ[variable], f"${variable}"
        elif key in stored:
            value, source = stored[key], f"profile {name}"
        else:
            value, source = None, "default"
        shown = _config.masked(key, value) if value is not None or key in _config.SECRET else "(default)"
        click.echo(f"{key} = {shown}  [{source}]")


# -- mock -------------------------------------------------------------------------------------------------------


@click.command("mock")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8000, show_default=True, help="Port to listen on (0: a free one).")
@click.option("--credits", type=click.IntRange(min=0), default=10_000, show_default=True, help="Starting balance.")
@click.option("--quiet", is_flag=True, help="Do not log requests.")
def mock_command(host: str, port: int, credits: int, quiet: bool) -> None:
    """Serve the testing kit's mock of the TokPortal API (stateful, checks every request against the contract).

    Point the command line at it with TOKPORTAL_BASE_URL=<the printed URL> and any TOKPORTAL_API_KEY.
    Needs the testing extra: pip install 'tokportal-client[testing]'.
    """
    try:
        from ..testing.__main__ import main as serve
    except ImportError as error:
        raise click.ClickException(str(error)) from None
    argv = ["--host", host, "--port", str(port), "--credits", str(credits)] + (["--quiet"] if quiet else [])
    raise SystemExit(serve(argv))


# -- completion -------------------------------------------------------------------------------------------------


@click.command("completion")
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion_command(shell: str) -> None:
    """Print the shell completion script. Add to your shell's startup file, for example:

    \b
      bash: eval "$(tokportal completion bash)"
      zsh:  eval "$(tokportal completion zsh)"
      fish: tokportal completion fish | source
    """
    from click.shell_completion import get_completion_class

    ctx = click.get_current_context()
    cls = get_completion_class(shell)
    if cls is None:  # pragma: no cover - click ships all three
        raise click.UsageError(f"no completion for {shell}")
    root = ctx.find_root().command
    click.echo(cls(root, {}, PROG, "_TOKPORTAL_COMPLETE").source())


def tool_commands() -> list[click.Command]:
    return [config_group, mock_command, completion_command]


# -- uploads ----------------------------------------------------------------------------------------------------


@contextmanager
def progress_bar(label: str, enabled: bool | None) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar on stderr: by default only when stderr is a terminal; ``enabled`` forces it on or off."""
    forced = enabled is True
    if enabled is None:
        enabled = _stderr_is_terminal()
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
    )
    console = Console(file=sys.stderr, force_terminal=True if forced else None)
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task(label, total=None)
        shown = [0.0]

        def update(sent: int, total: int) -> None:
            # Called for every chunk sent: redraw at most 20 times a second (the bar refreshes at 10), and at the end.
            now = time.monotonic()
            if now - shown[0] >= 0.05 or sent >= total:
                shown[0] = now
                bar.update(task, completed=sent, total=total or None)

        yield update


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _upload(kind: str) -> click.Command:
    def run(**values: Any) -> None:
        ctx = click.get_current_context()
        file = Path(values["file"])
        query = compile_query(values.get("query"))
        client = make_client(ctx, timeout=values.get("timeout"), max_retries=values.get("max_retries"))

        def body() -> None:
            with client, progress_bar(file.name, values["progress"]) as progress:
                arguments: dict[str, Any] = {"bundle_id": values["bundle"], "progress": progress}
                if values.get("content_type"):
                    arguments["content_type"] = values["content_type"]
                result: Any
                if kind == "image":
                    if values.get("purpose"):
                        arguments["purpose"] = values["purpose"]
                    result = client.uploads.upload_image_file(file, **arguments)
                else:
                    result = client.uploads.upload_video_file(file, **arguments)
            data = _upload_data(result)
            if query is not None:
                data = query(data)
            emit(data, choose(values.get("fmt"), data, sys.stdout), sys.stdout)

        wrap(body)

    params: list[click.Parameter] = [
        click.Argument(["file"], type=click.Path(exists=True, dir_okay=False, readable=True)),
        click.Option(["--bundle", "bundle"], required=True, metavar="ID", help="The bundle the file is for."),
        click.Option(["--content-type"], help="Declared type (default: guessed from the file name)."),
        click.Option(
            ["--progress/--no-progress"],
            default=None,
            help="Show a progress bar on stderr (default: only when stderr is a terminal).",
        ),
    ]
    if kind == "image":
        params.append(click.Option(["--purpose"], help="What the image is for (as the upload_image operation takes)."))
    params += [p for p in common_options() if p.name not in ("dry_run", "include")]
    return click.Command(
        kind,
        callback=run,
        params=params,
        help=f"Upload a {kind} file: ask TokPortal for an upload URL, stream the file there with a progress bar, "
        "print the public URL to use.",
        short_help=f"Upload a {kind} file (presigned flow, progress bar).",
    )


def _upload_data(result: Any) -> Any:
    import attrs

    if attrs.has(type(result)):
        return {k: v for k, v in attrs.asdict(result).items() if "upload_url" not in k}  # signed URL: a secret
    return to_data(result)


# -- webhooks ---------------------------------------------------------------------------------------------------

# Sample `data` of the events whose payloads a source shows (facts file, section 6); the others get an empty object.
_SAMPLES: dict[str, dict[str, Any]] = {
    "bundle.published": {
        "bundle_id": "00000000-0000-4000-8000-000000000001",
        "external_ref": "campaign-42",
        "status": "published",
        "platform": "tiktok",
        "bundle_type": "account_and_videos",
    },
    "video.finalized": {
        "video_id": "00000000-0000-4000-8000-000000000002",
        "bundle_id": "00000000-0000-4000-8000-000000000001",
        "position": 1,
        "status": "finalized",
        "previous_status": "in_review",
        "platform_url": "https://www.tiktok.com/@example/video/1",
    },
    "account.finalized": {
        "account_id": "00000000-0000-4000-8000-000000000003",
        "saved_account_id": "00000000-0000-4000-8000-000000000004",
        "bundle_id": "00000000-0000-4000-8000-000000000001",
        "username": "example.account",
        "platform": "tiktok",
        "status": "finalized",
        "previous_status": "in_review",
    },
}


def event_types() -> tuple[str, ...]:
    return _contract.enum_values("WebhookEventType")


def sample_event(event_type: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A delivery envelope (``id``, ``type``, ``api_version``, ``created_at``, ``data``) for ``event_type``."""
    import datetime
    import secrets

    created = datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    version = str(_contract.document().get("info", {}).get("version", ""))
    return {
        "id": "evt_" + secrets.token_hex(16),
        "type": event_type,
        "api_version": version,
        "created_at": created,
        "data": dict(_SAMPLES.get(event_type, {})) if data is None else data,
    }


class _EventType(click.ParamType[Any, str]):
    """An event type of the catalog (WebhookEventType), completed from it; the list is read when checking."""

    name = "event"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        known = event_types()
        if value not in known:
            self.fail(f"{value!r} is not an event of the catalog: {', '.join(known)}", param, ctx)
        return str(value)

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        return [CompletionItem(e) for e in event_types() if e.startswith(incomplete)]


@click.command("trigger")
@click.argument("event", type=_EventType())
@click.option("--forward-to", required=True, metavar="URL", help="Your receiver: the signed event is POSTed there.")
@click.option(
    "--secret",
    envvar="TOKPORTAL_WEBHOOK_SECRET",
    required=True,
    help="The endpoint's signing secret (or $TOKPORTAL_WEBHOOK_SECRET).",
)
@click.option("--data", "data_json", metavar="JSON", help="The event's data object (default: a sample).")
@click.option("--timeout", type=float, default=10.0, show_default=True, help="Seconds to wait for the receiver.")
def webhooks_trigger(event: str, forward_to: str, secret: str, data_json: str | None, timeout: float) -> None:
    """Sign a sample EVENT as TokPortal does and POST it to a local receiver (TokPortal-Signature, -Event-Id,
    -Event-Type headers). Exit code 15 when the receiver does not answer 2xx."""
    import json

    data = None
    if data_json is not None:
        try:
            data = json.loads(data_json)
        except ValueError as error:
            raise click.BadParameter(f"not valid JSON: {error}", param_hint="--data") from None
        if not isinstance(data, dict):
            raise click.BadParameter("expected a JSON object", param_hint="--data")

    def body() -> None:
        import httpx

        from ..webhooks import generate_signature_header

        envelope = sample_event(event, data)
        payload = json.dumps(envelope, separators=(",", ":")).encode()
        headers = {
            "Content-Type": "application/json",
            "TokPortal-Signature": generate_signature_header(payload, secret),
            "TokPortal-Event-Id": envelope["id"],
            "TokPortal-Event-Type": event,
            "User-Agent": f"{PROG}-cli-webhooks-trigger",
        }
        try:
            with httpx.Client(timeout=timeout, trust_env=False) as http:
                response = http.post(forward_to, content=payload, headers=headers)
        except httpx.HTTPError as error:
            click.echo(f"{PROG}: error: could not deliver to {forward_to}: {type(error).__name__}: {error}", err=True)
            click.echo(f"  hint: is your receiver listening on {forward_to}?", err=True)
            raise SystemExit(12) from None
        click.echo(f"{event} {envelope['id']} -> {forward_to}: {response.status_code}", err=True)
        if not response.is_success:
            click.echo(f"  receiver answered: {response.text[:500]}", err=True)
            raise SystemExit(15)

    wrap(body)


@click.command("verify")
@click.option(
    "--secret",
    envvar="TOKPORTAL_WEBHOOK_SECRET",
    required=True,
    multiple=True,
    help="Signing secret (repeat while rotating; or $TOKPORTAL_WEBHOOK_SECRET).",
)
@click.option(
    "--signature",
    metavar="HEADER",
    help="The TokPortal-Signature header (default: read from the captured request's headers on stdin).",
)
@click.option(
    "--tolerance",
    type=float,
    default=300.0,
    show_default=True,
    help="Seconds of clock skew accepted; 0 ignores the timestamp's age (an old capture).",
)
def webhooks_verify(secret: tuple[str, ...], signature: str | None, tolerance: float) -> None:
    """Check a captured delivery read from stdin: the raw body with --signature, or a whole HTTP request (headers,
    blank line, body). Prints the event as JSON; exit code 15 when it does not verify."""
    raw = sys.stdin.buffer.read()
    body, header = raw, signature
    if header is None:
        header, body = _split_capture(raw)
        if header is None:
            raise click.UsageError("no TokPortal-Signature header on stdin: pass --signature or a whole HTTP request")

    def run() -> None:
        from ..webhooks import construct_event

        now = _signed_at(header or "") if tolerance == 0 else None
        event = construct_event(body, header or "", list(secret), tolerance=tolerance or 300.0, now=now)
        click.echo(f"verified: {event.type} {event.id}", err=True)
        emit(event.raw, "json", sys.stdout)

    wrap(run)


def _signed_at(header: str) -> float | None:
    """The ``t=`` of a signature header (to check an old capture as of when it was signed)."""
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t" and value.isdigit():
            return float(value)
    return None


def _split_capture(raw: bytes) -> tuple[str | None, bytes]:
    """(TokPortal-Signature, body) of a captured HTTP request; (None, raw) when ``raw`` has no header block."""
    for separator in (b"\r\n\r\n", b"\n\n"):
        head, found, body = raw.partition(separator)
        if found and b":" in head:
            break
    else:
        return None, raw
    signature = None
    for line in head.decode("latin-1").splitlines():
        name, colon, value = line.partition(":")
        if colon and name.strip().lower() == "tokportal-signature":
            signature = value.strip()
    return signature, body


def extra_commands(group: str) -> list[click.Command]:
    """The tools that live in an API group."""
    if group == "uploads":
        return [_upload("video"), _upload("image")]
    if group == "webhooks":
        return [webhooks_trigger, webhooks_verify]
    return []


# -- the command ------------------------------------------------------------------------------------------------


def build() -> click.Group:
    root = RootGroup(
        PROG,
        extras=extra_commands,
        help="The TokPortal API from the command line: `tokportal <group> <operation> [ARGS] [OPTIONS]`.\n\n"
        "Every operation of the API is a command (`tokportal bundles list-bundles --all`), with the client's "
        "validation, retries and idempotency keys. The API key comes from TOKPORTAL_API_KEY or a profile "
        "(`tokportal config set api_key`).",
        params=[
            *connection_options(),
            click.Option(
                ["--version"],
                is_flag=True,
                expose_value=False,
                is_eager=True,
                callback=_show_version,
                help="Show the version and exit.",
            ),
        ],
        context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    )
    for command in tool_commands():
        root.add_command(command)
    return root


def run(argv: Sequence[str] | None = None) -> None:
    """Run the command; exit with the code of the outcome."""
    root = build()
    try:
        code = root.main(args=list(argv) if argv is not None else None, prog_name=PROG, standalone_mode=False)
    except click.exceptions.Exit as done:
        code = done.exit_code
    except click.ClickException as error:
        error.show()
        code = error.exit_code if error.exit_code else USAGE
    except click.Abort:
        click.echo("Aborted.", err=True)
        code = 130
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        code = 130
    except BrokenPipeError:
        _quiet_stdout()
        code = 0
    except (ValueError, TypeError) as error:
        if not _ours(error):
            raise
        fail(error)
    _flush_or_quiet()
    raise SystemExit(code if isinstance(code, int) else 0)


__all__ = ["build", "connection_options", "extra_commands", "run", "tool_commands"]
