"""The examples (examples/*.py) and ``make demo`` (scripts/demo.py), run against the testing kit's mock.

The mock checks every request the examples make against openapi.json; each test asserts it recorded no
contract violation. The examples also pass ``mypy --strict`` as they are, with no narrowing workarounds.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from typecheck import mypy_errors, show

from tokportal_client import TokPortal
from tokportal_client.testing import MockServer, RecordedRequest, Violation
from tokportal_client.webhooks import WebhookEvent, generate_signature_header

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "sk_test_" + "0" * 64


def load(name: str, path: Path) -> ModuleType:
    """A module from a file that is not in a package (examples/, scripts/), loaded once."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def example(name: str) -> ModuleType:
    return load(f"tokportal_example_{name}", ROOT / "examples" / f"{name}.py")


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


def mark(server: MockServer) -> tuple[int, int]:
    return len(server.requests), len(server.violations)


def since(server: MockServer, mark: tuple[int, int]) -> tuple[list[RecordedRequest], list[Violation]]:
    """What the mock recorded after ``mark`` (``(requests, violations)`` counts)."""
    return server.requests[mark[0] :], server.violations[mark[1] :]


@pytest.fixture
def client(mock: Any) -> Iterator[TokPortal]:
    with mock.client(max_retries=0) as sync_client:
        yield sync_client


@pytest.fixture
def no_violations(mock: Any) -> Iterator[None]:
    position = mark(mock)
    yield
    requests, violations = since(mock, position)
    assert requests, "the example made no request"
    assert not violations, "contract violations:\n" + "\n".join(str(v) for v in violations)


@pytest.mark.usefixtures("no_violations")
def test_quickstart(client: TokPortal, mock: Any, capsys: pytest.CaptureFixture[str]) -> None:
    position = mark(mock)
    result = example("quickstart").main(client)
    out = capsys.readouterr().out
    assert result["ready"] and result["published"] and result["listed"] >= 1
    assert result["event"] == "bundle.published"
    assert client.bundles.get_bundle(result["bundle_id"]).data.status == "published"
    operations = [r.operation_id for r in since(mock, position)[0]]
    for operation_id in (
        "createBundle",
        "uploadImageDirect",
        "configureBundleAccount",
        "uploadVideoDirect",
        "configureBundleVideo",
        "getBundlePublishReadiness",
        "publishBundle",
        "listBundles",
    ):
        assert operation_id in operations
    for line in (
        "1. Create a bundle",
        "ready to publish",
        "a tampered copy is rejected: no_matching_signature",
        "Done.",
    ):
        assert line in out


@pytest.mark.usefixtures("no_violations")
def test_quickstart_dry_run_creates_nothing(mock: Any, capsys: pytest.CaptureFixture[str]) -> None:
    position = mark(mock)
    with TokPortal(api_key=API_KEY, base_url=mock.base_url, max_retries=0, dry_run=True) as dry:
        result = example("quickstart").main(dry)
    out = capsys.readouterr().out
    assert not result["published"] and "would charge 34 credits" in out
    assert "expected in a dry run" in out
    requests = since(mock, position)[0]
    assert all(r.headers.get("x-tokportal-dry-run") == "true" for r in requests)
    assert "publishBundle" not in [r.operation_id for r in requests]


@pytest.mark.usefixtures("no_violations")
def test_bulk_create(client: TokPortal, capsys: pytest.CaptureFixture[str]) -> None:
    ids = example("bulk_create").main(client, accounts_per_platform=2, external_ref="examples-bulk")
    out = capsys.readouterr().out
    assert len(ids) == len(set(ids)) == 4
    assert "4 bundles listed back with external_ref=examples-bulk" in out
    for bundle_id in ids:
        assert client.bundles.get_bundle(bundle_id).data.account_configured


@pytest.mark.usefixtures("no_violations")
def test_bulk_create_on_a_dry_run_client_only_prices(mock: Any, capsys: pytest.CaptureFixture[str]) -> None:
    with TokPortal(api_key=API_KEY, base_url=mock.base_url, max_retries=0, dry_run=True) as dry:
        assert example("bulk_create").main(dry, accounts_per_platform=1) == []
    assert "would cost 64 credits" in capsys.readouterr().out


@pytest.mark.usefixtures("no_violations")
def test_csv_import(client: TokPortal, capsys: pytest.CaptureFixture[str]) -> None:
    counts = example("csv_import").main(client)
    out = capsys.readouterr().out
    assert counts == {"imported": 3, "skipped": 0, "rejected": 0}
    assert out.count(": configured") == 3


def test_csv_import_builds_a_csv_the_api_reads() -> None:
    import csv
    import datetime
    import io

    rows = list(csv.DictReader(io.StringIO(example("csv_import").build_csv(datetime.date(2026, 6, 1)).decode())))
    assert [row["position"] for row in rows] == ["1", "2", "3"]
    assert [row["target_publish_date"] for row in rows] == ["2026-06-01", "2026-06-02", "2026-06-03"]


@pytest.mark.usefixtures("no_violations")
def test_analytics_export(client: TokPortal, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = example("analytics_export").main(client, tmp_path / "videos.csv")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("video_id,") and len(lines) == 3
    assert f"wrote 2 video rows to {path}" in capsys.readouterr().out


def test_webhook_receiver_accepts_a_signed_delivery_once(capsys: pytest.CaptureFixture[str]) -> None:
    secret = "whsec_receiver_test"
    events: list[WebhookEvent] = []
    receiver = example("webhook_receiver").serve(secret, on_event=events.append)
    thread = threading.Thread(target=receiver.serve_forever, daemon=True)
    thread.start()
    try:
        body = json.dumps(
            {
                "id": "evt_0123456789abcdef0123456789abcdef",
                "type": "video.finalized",
                "api_version": "2026-05-25",
                "data": {"bundle_id": "b-1", "position": 1, "platform_url": "https://www.tiktok.com/@x/video/1"},
            }
        ).encode()
        signed = {"TokPortal-Signature": generate_signature_header(body, secret), "Content-Type": "application/json"}
        with httpx.Client(trust_env=False, timeout=10) as http:
            assert http.post(receiver.url, content=body, headers=signed).status_code == 204
            assert http.post(receiver.url, content=body, headers=signed).status_code == 204  # a retry
            wrong = {**signed, "TokPortal-Signature": generate_signature_header(body, "not-the-secret")}
            assert http.post(receiver.url, content=body, headers=wrong).status_code == 400
            stale = {**signed, "TokPortal-Signature": generate_signature_header(body, secret, timestamp=1)}
            assert http.post(receiver.url, content=body, headers=stale).status_code == 400
            reserialised = json.dumps(json.loads(body), indent=2).encode()
            assert http.post(receiver.url, content=reserialised, headers=signed).status_code == 400
            assert http.post(receiver.url, content=body).status_code == 400  # no signature at all
    finally:
        receiver.shutdown()
        receiver.server_close()
    assert [(e.id, str(e.type)) for e in events] == [("evt_0123456789abcdef0123456789abcdef", "video.finalized")]
    assert "video 1 of bundle b-1 live at" in example("webhook_receiver").describe(events[0])
    assert "rejected a webhook: no_matching_signature" in capsys.readouterr().out


def test_examples_pass_mypy_strict() -> None:
    files = {path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "examples").glob("*.py"))}
    assert files
    errors = mypy_errors(files)
    failing = {name: found for name, found in errors.items() if found}
    assert not failing, "\n".join(f"{name}:\n{show(found, files[name])}" for name, found in sorted(failing.items()))


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.py")), ids=lambda path: path.name)
def test_examples_need_no_narrowing_workarounds(path: Path) -> None:
    """The types are right, so the examples need no casts, isinstance asserts or Unset checks."""
    source = path.read_text(encoding="utf-8")
    for workaround in ("cast(", "assert isinstance", "isinstance(bundle_id", "Unset", "UNSET", "type: ignore"):
        assert workaround not in source


# -- make demo ---------------------------------------------------------------------------------------------------


def test_demo_runs_the_quickstart_on_the_mock(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TOKPORTAL_API_KEY", raising=False)
    monkeypatch.delenv("TOKPORTAL_BASE_URL", raising=False)
    assert load("tokportal_demo", ROOT / "scripts" / "demo.py").main([]) == 0
    out = capsys.readouterr().out
    assert "running against a local mock" in out and "5. Publish" in out
    assert "0 contract violation(s)" in out


def test_demo_with_a_key_is_a_dry_run(
    mock: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With TOKPORTAL_API_KEY the demo talks to TOKPORTAL_BASE_URL (here: the mock) and spends nothing."""
    monkeypatch.setenv("TOKPORTAL_API_KEY", API_KEY)
    monkeypatch.setenv("TOKPORTAL_BASE_URL", mock.base_url)
    position = mark(mock)
    assert load("tokportal_demo", ROOT / "scripts" / "demo.py").main([]) == 0
    requests, violations = since(mock, position)
    assert not violations
    assert requests and all(r.headers.get("x-tokportal-dry-run") == "true" for r in requests)
    assert "as a dry run" in capsys.readouterr().out


def test_demo_spend_runs_for_real(
    mock: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TOKPORTAL_API_KEY", API_KEY)
    monkeypatch.setenv("TOKPORTAL_BASE_URL", mock.base_url)
    position = mark(mock)
    assert load("tokportal_demo", ROOT / "scripts" / "demo.py").main(["--spend"]) == 0
    requests, violations = since(mock, position)
    assert not violations and "publishBundle" in [r.operation_id for r in requests]
    assert not any("x-tokportal-dry-run" in r.headers for r in requests)
    assert "FOR REAL" in capsys.readouterr().out


def test_demo_reports_an_api_error_and_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TOKPORTAL_API_KEY", API_KEY)
    monkeypatch.setenv("TOKPORTAL_BASE_URL", "http://127.0.0.1:9/api/ext")  # nothing listens on the discard port
    demo = load("tokportal_demo", ROOT / "scripts" / "demo.py")
    monkeypatch.setattr(demo.TokPortal, "__init__", _no_retries(demo.TokPortal.__init__))
    assert demo.main([]) == 1
    assert "demo failed: APIConnectionError" in capsys.readouterr().err


def _no_retries(init: Any) -> Any:
    def wrapped(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **{**kwargs, "max_retries": 0})

    return wrapped


def test_mock_command_line_prints_its_url_and_serves() -> None:
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "mockapi.py"), "--port", "0", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/api/ext")
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(url + "/countries", trust_env=False, timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline
                time.sleep(0.1)
        assert response.status_code == 200 and response.json()["data"]
    finally:
        process.terminate()
        process.wait(timeout=10)
