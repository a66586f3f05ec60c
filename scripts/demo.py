"""``make demo``: the quickstart walkthrough (examples/quickstart.py), end to end.

Without ``TOKPORTAL_API_KEY`` it starts the testing kit's mock of the API (``tokportal_client.testing``) on a
free loopback port and runs against it: no account, no network, nothing spent; every request is checked
against openapi.json, and the demo fails if one does not fit.

With ``TOKPORTAL_API_KEY`` set it runs against TokPortal (``TOKPORTAL_BASE_URL`` if set) as a dry run:
TokPortal validates and prices every call but creates and charges nothing. ``--spend``
(``make demo ARGS=--spend``) runs it for real and spends credits.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tokportal_client import TokPortal, TokPortalError

ROOT = Path(__file__).resolve().parent.parent
QUICKSTART = ROOT / "examples" / "quickstart.py"


def load_quickstart() -> Callable[[TokPortal], dict[str, Any]]:
    """examples/quickstart.py's ``main`` (examples/ is not a package)."""
    spec = importlib.util.spec_from_file_location("quickstart", QUICKSTART)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {QUICKSTART}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    main: Callable[[TokPortal], dict[str, Any]] = module.main
    return main


def run_on_mock(quickstart: Callable[[TokPortal], dict[str, Any]]) -> int:
    from tokportal_client.testing import MockServer

    print("No TOKPORTAL_API_KEY: running against a local mock of the TokPortal API (nothing is spent).")
    with MockServer() as mock:
        print(f"Mock API at {mock.base_url}; every request is checked against openapi.json.")
        with mock.client(max_retries=0) as client:
            quickstart(client)
        checked = len(mock.requests)
        violations = mock.violations
    print(f"\nThe mock checked {checked} requests against openapi.json: {len(violations)} contract violation(s).")
    for violation in violations:
        print(f"  {violation}")
    return 1 if violations else 0


def run_on_tokportal(quickstart: Callable[[TokPortal], dict[str, Any]], spend: bool) -> int:
    base_url = os.environ.get("TOKPORTAL_BASE_URL") or None
    with TokPortal(base_url=base_url, dry_run=not spend) as client:
        if spend:
            print(f"Running against {client.base_url} FOR REAL (--spend): this creates a bundle and spends credits.")
        else:
            print(f"Running against {client.base_url} as a dry run (make demo ARGS=--spend to run it for real).")
        quickstart(client)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the quickstart walkthrough (see the module docstring).")
    parser.add_argument(
        "--spend", action="store_true", help="with TOKPORTAL_API_KEY: run for real, not as a dry run (spends credits)"
    )
    args = parser.parse_args(argv)
    quickstart = load_quickstart()
    try:
        if os.environ.get("TOKPORTAL_API_KEY"):
            return run_on_tokportal(quickstart, args.spend)
        if args.spend:
            print("--spend has no effect without TOKPORTAL_API_KEY: the mock spends nothing.")
        return run_on_mock(quickstart)
    except TokPortalError as error:
        print(f"\ndemo failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
