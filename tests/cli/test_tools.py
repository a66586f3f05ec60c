"""The tools of the command line: profiles, uploads with a progress bar (read off a tmux screen), webhook trigger
and verify, the mock server, and streaming ``--all`` into a closed pipe."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from tokportal_client.testing import MockServer
from tokportal_client.webhooks import generate_signature_header, verify_signature

from .conftest import CLI, TOKPORTAL, Terminal, cli_env
from .storage import StorageServer

# -- config -----------------------------------------------------------------------------------------------------


def test_config_set_and_show_never_print_the_key(mock: MockServer, tmp_path: Path) -> None:
    cli = CLI(tmp_path, None)
    secret = "sk_test_" + "5" * 40
    done = cli("config", "set", "api_key", input=secret + "\n")
    assert done.returncode == 0, done.stderr
    assert cli("config", "set", "base_url", mock.base_url).returncode == 0
    path = tmp_path / "config" / "tokportal" / "config.toml"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert secret in path.read_text()
    shown = cli("config", "show")
    assert shown.returncode == 0
    assert "api_key = (set)  [profile default]" in shown.stdout
    assert mock.base_url in shown.stdout
    everything = done.stdout + done.stderr + shown.stdout + shown.stderr
    assert secret not in everything and secret[:16] not in everything
    # the profile is what a command uses when the environment says nothing
    call = cli("credits", "get-credit-balance")
    assert call.returncode == 0, call.stderr
    assert mock.requests[-1].headers["x-api-key"] == secret


def test_profiles_are_chosen_by_flag_or_environment(mock: MockServer, tmp_path: Path) -> None:
    cli = CLI(tmp_path, None)
    for name, key in (("default", "sk_test_default"), ("staging", "sk_test_staging")):
        cli("config", "set", "api_key", key, "--profile", name)
        cli("config", "set", "base_url", mock.base_url, "--profile", name)
    assert cli("credits", "get-credit-balance", "--profile", "staging").returncode == 0
    assert mock.requests[-1].headers["x-api-key"] == "sk_test_staging"
    assert cli("credits", "get-credit-balance", env={"TOKPORTAL_PROFILE": "staging"}).returncode == 0
    assert mock.requests[-1].headers["x-api-key"] == "sk_test_staging"
    missing = cli("credits", "get-credit-balance", "--profile", "nope")
    assert missing.returncode == 2
    assert "no profile 'nope'" in missing.stderr


def test_config_set_refuses_a_bad_value(tmp_path: Path) -> None:
    done = CLI(tmp_path, None)("config", "set", "max_retries", "many")
    assert done.returncode == 2
    assert "max_retries" in done.stderr


# -- uploads ----------------------------------------------------------------------------------------------------


def test_upload_video_runs_the_presigned_flow_without_a_bar_when_piped(tmp_path: Path) -> None:
    video = tmp_path / "clip.mp4"
    video.write_bytes(os.urandom(3 * 1024 * 1024 + 17))
    with StorageServer() as storage:
        done = CLI(tmp_path, storage.base_url)("uploads", "video", str(video), "--bundle", "b-1")
    assert done.returncode == 0, done.stderr
    assert storage.received == [video.stat().st_size]
    assert storage.grants[0]["bundle_id"] == "b-1" and storage.grants[0]["filename"] == "clip.mp4"
    result = json.loads(done.stdout)
    assert result["public_url"] == "https://cdn.example/video"
    assert "s3cr3t" not in done.stdout + done.stderr  # the signed URL is a secret
    assert "━" not in done.stderr and "%" not in done.stderr


def test_upload_shows_a_progress_bar_on_a_terminal(tmp_path: Path, terminal: Callable[..., Terminal]) -> None:
    video = tmp_path / "big.mp4"
    video.write_bytes(os.urandom(3 * 1024 * 1024))
    with StorageServer(delay=0.01) as storage:
        screen = terminal(f"{TOKPORTAL} uploads video {video} --bundle b-1", cli_env(tmp_path, storage.base_url))
        screens = screen.wait_for("EXIT=")
    final = screens[-1]
    assert "EXIT=0" in final, final
    bars = [s for s in screens if "big.mp4" in s and "%" in s and "MB" in s]
    assert bars, screens[-3:]
    assert "100%" in final and "3.1 MB" in final
    assert storage.received == [video.stat().st_size]


# -- webhooks ---------------------------------------------------------------------------------------------------


class _Receiver(BaseHTTPRequestHandler):
    deliveries: ClassVar[list[tuple[dict[str, str], bytes]]] = []

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).deliveries.append(({k.lower(): v for k, v in self.headers.items()}, body))
        status = 200 if b"refuse" not in self.path.encode() else 400
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def receiver() -> Any:
    _Receiver.deliveries = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_webhooks_trigger_posts_a_signed_sample_event(tmp_path: Path, receiver: str) -> None:
    cli = CLI(tmp_path, None)
    done = cli("webhooks", "trigger", "bundle.published", "--forward-to", f"{receiver}/hooks", "--secret", "whsec_t")
    assert done.returncode == 0, done.stderr
    headers, body = _Receiver.deliveries[-1]
    verify_signature(body, headers["tokportal-signature"], "whsec_t")
    event = json.loads(body)
    assert event["type"] == headers["tokportal-event-type"] == "bundle.published"
    assert event["id"] == headers["tokportal-event-id"]
    assert "whsec_t" not in done.stdout + done.stderr
    refused = cli("webhooks", "trigger", "video.finalized", "--forward-to", f"{receiver}/refuse", "--secret", "s")
    assert refused.returncode == 15
    unknown = cli("webhooks", "trigger", "bundle.exploded", "--forward-to", receiver, "--secret", "s")
    assert unknown.returncode == 2 and "bundle.published" in unknown.stderr


def test_webhooks_verify_reads_a_capture_from_stdin(tmp_path: Path) -> None:
    cli = CLI(tmp_path, None)
    body = json.dumps({"id": "evt_1", "type": "bundle.published", "data": {"bundle_id": "b"}}).encode()
    header = generate_signature_header(body, "whsec_v")
    raw = cli("webhooks", "verify", "--secret", "whsec_v", "--signature", header, input=body.decode())
    assert raw.returncode == 0, raw.stderr
    assert json.loads(raw.stdout)["id"] == "evt_1"
    capture = f"POST /hooks HTTP/1.1\r\nContent-Type: application/json\r\nTokPortal-Signature: {header}\r\n\r\n"
    whole = cli("webhooks", "verify", "--secret", "whsec_v", input=capture + body.decode())
    assert whole.returncode == 0, whole.stderr
    forged = cli("webhooks", "verify", "--secret", "whsec_other", "--signature", header, input=body.decode())
    assert forged.returncode == 15
    assert "Traceback" not in forged.stderr
    old = generate_signature_header(body, "whsec_v", timestamp=1_600_000_000)
    stale = cli("webhooks", "verify", "--secret", "whsec_v", "--signature", old, input=body.decode())
    assert stale.returncode == 15
    replay = cli(
        "webhooks", "verify", "--secret", "whsec_v", "--signature", old, "--tolerance", "0", input=body.decode()
    )
    assert replay.returncode == 0


# -- mock -------------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_mock_serves_the_testing_kit(tmp_path: Path) -> None:
    env = cli_env(tmp_path, None)
    server = subprocess.Popen(
        [str(TOKPORTAL), "mock", "--port", "0", "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().decode().strip()
        assert base_url.startswith("http://127.0.0.1:")
        done = CLI(tmp_path, base_url)("reference", "list-countries", "-q", "data[0].code")
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=20)
    assert server.returncode == 0


# -- streaming into a pipe that closes ------------------------------------------------------------------------------


def test_all_into_head_exits_cleanly(cli: CLI, mock: MockServer, tmp_path: Path) -> None:
    for index in range(250):
        mock.state.bundles[f"b{index:04}"] = _bundle(mock, index)
    env = cli_env(tmp_path, mock.base_url)
    pipeline = f"{TOKPORTAL} bundles list-bundles --all --per-page 10 --format jsonl | head -1"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", pipeline], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 1
    assert "Traceback" not in done.stderr and "Broken pipe" not in done.stderr
    assert len(mock.requests) < 25  # it stopped fetching pages once the reader went away


def _bundle(mock: MockServer, index: int) -> dict[str, Any]:
    """A stored bundle like the ones the mock makes itself (copied from one it made)."""
    if not hasattr(_bundle, "template"):
        with mock.client() as client:
            made = client.bundles.create_bundle(body={"bundle_type": "account_only", "country": "USA"}).data.id
        _bundle.template = dict(mock.state.bundles.pop(made))  # type: ignore[attr-defined]
    return {**_bundle.template, "id": f"b{index:04}"}  # type: ignore[attr-defined]


def test_config_file_round_trips_any_printable_value(tmp_path: Path) -> None:
    from tokportal_client.cli import _config

    path = tmp_path / "nested" / "config.toml"
    odd = 'https://h.example/a"b\\c#[x] = y'
    _config.set_value("odd name", "base_url", odd, path)
    _config.set_value("odd name", "max_retries", "4", path)
    _config.set_value("default", "timeout", "2.5", path)
    assert _config.load(path) == {"odd name": {"base_url": odd, "max_retries": 4}, "default": {"timeout": 2.5}}
    _config.unset_value("odd name", "base_url", path)
    assert _config.profile("odd name", path) == {"max_retries": 4}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["config.toml"]  # no temporary file left behind
    path.write_text("[profiles\n")
    with pytest.raises(_config.ConfigError, match="not valid TOML"):
        _config.load(path)
