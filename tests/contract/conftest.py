"""The contract suite's fixtures: one in-process mock of the API (scripts/mockapi.py) for the whole session.

The mock validates every request with openapi-core against openapi.json and answers with responses that
are themselves validated against it; see the module docstring of scripts/mockapi.py.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tokportal_client import TokPortal

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "sk_test_" + "0" * 64


def load_mockapi() -> ModuleType:
    """scripts/mockapi.py as the module ``mockapi`` (loaded once, by path: scripts/ is not a package)."""
    if "mockapi" not in sys.modules:
        spec = importlib.util.spec_from_file_location("mockapi", ROOT / "scripts" / "mockapi.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["mockapi"] = module
        spec.loader.exec_module(module)
    return sys.modules["mockapi"]


@pytest.fixture(scope="session")
def mock_api() -> Iterator[Any]:
    """The running mock; ``mock_api.url`` is the base URL, ``mock_api.violations`` what it rejected."""
    with load_mockapi().MockTokPortal() as mock:
        yield mock


@pytest.fixture(scope="session")
def client(mock_api: Any) -> Iterator[TokPortal]:
    """A TokPortal client on the mock. No retries: a rejected request must fail once, loudly."""
    with TokPortal(api_key=API_KEY, base_url=mock_api.url, max_retries=0) as sync_client:
        yield sync_client


@pytest.fixture(scope="session", params=["minimal", "nulls"])
def sparse_client(mock_api: Any, request: pytest.FixtureRequest) -> Iterator[TokPortal]:
    """Like ``client``, but the mock answers sparsely: ``minimal`` (required fields only, nulls where allowed)
    or ``nulls`` (every field, null wherever allowed)."""
    headers = {load_mockapi().VARIANT_HEADER: str(request.param)}
    with TokPortal(api_key=API_KEY, base_url=mock_api.url, max_retries=0, default_headers=headers) as sync_client:
        yield sync_client
