"""``tokportal bundles list-bundles --all --format jsonl`` streams in constant memory: the peak RSS of a run over many
items is compared with that of a run over one page (each in its own process, ``ru_maxrss`` from ``wait4``). The items
come from a small loopback server that repeats a bundle the mock made (valid against the contract) with new ids."""

from __future__ import annotations

import json
import os
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from tokportal_client.testing import MockServer

from .conftest import TOKPORTAL, cli_env

LIMIT_MB = 50


class _Pages(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: PageServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        query = parse_qs(urlparse(self.path).query)
        page, per_page = int(query.get("page", ["1"])[0]), int(query.get("per_page", ["25"])[0])
        total = self.server.total
        first = (page - 1) * per_page
        ids = range(first, min(first + per_page, total))
        items = ",".join(self.server.template.replace("@ID@", f"{index:08d}") for index in ids)
        pagination = {"page": page, "per_page": per_page, "total": total, "total_pages": -(-total // per_page)}
        body = f'{{"data":[{items}],"pagination":{json.dumps(pagination)}}}'.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class PageServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, template: str, total: int) -> None:
        super().__init__(("127.0.0.1", 0), _Pages)
        self.template = template
        self.total = total


@pytest.fixture(scope="module")
def bundle_template() -> str:
    """One item of a list_bundles page as the mock serves it, its id replaced by a marker."""
    with MockServer() as mock, mock.client() as client:
        client.bundles.create_bundle(body={"bundle_type": "account_only", "platform": "tiktok", "country": "USA"})
        data = client.bundles.list_bundles().to_dict()["data"][0]
        assert not mock.violations
    data["id"] = "bundle-@ID@"
    return json.dumps(data, separators=(",", ":"))


def peak_rss_mb(total: int, template: str, tmp: Path) -> tuple[float, int]:
    """Peak RSS (MB) of ``--all --format jsonl`` over ``total`` items, and how many lines it printed."""
    server = PageServer(template, total)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        env = cli_env(tmp, f"http://127.0.0.1:{server.server_address[1]}/api/ext")
        process = subprocess.Popen(
            [str(TOKPORTAL), "bundles", "list-bundles", "--all", "--format", "jsonl"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert process.stdout is not None and process.stderr is not None
        lines = sum(1 for _ in process.stdout)
        errors = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        assert process.returncode == 0, errors
    finally:
        server.shutdown()
        server.server_close()
    return usage.ru_maxrss / 1024, lines


def check_growth(total: int, template: str, tmp: Path) -> None:
    baseline, one_page = peak_rss_mb(100, template, tmp)
    peak, lines = peak_rss_mb(total, template, tmp)
    assert (one_page, lines) == (100, total)
    assert peak - baseline < LIMIT_MB, f"RSS {baseline:.1f} MB for one page, {peak:.1f} MB for {total} items"


def test_all_streams_in_constant_memory(bundle_template: str, tmp_path: Path) -> None:
    check_growth(2_000, bundle_template, tmp_path)


@pytest.mark.slow
def test_all_over_100k_items_stays_under_50_mb_of_growth(bundle_template: str, tmp_path: Path) -> None:
    check_growth(100_000, bundle_template, tmp_path)
