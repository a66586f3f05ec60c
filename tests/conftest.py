"""Settings of the project's own suites.

* Strict: a response value that does not fit openapi.json fails the test that got it, instead of being kept with
  a warning as it is for users (tests that check the lenient default say so).
* Under ``CI=true`` nothing is skipped silently: a skipped test is reported as failed, with its reason (for a
  missing service, the command that installs it).
* ``TOKPORTAL_TEST_OPERATIONS=opA,opB`` keeps, of the tests parametrized by operation, only those of the listed
  operations (the others are deselected, not skipped): the spec-bump end-to-end test uses it to run the
  contract-driven suites for what a newer contract adds, on its regenerated copy.
* The collected session is frozen out of the garbage collector's sight (``gc.freeze``, see below).
* Marker ``slow``: suites too slow for the edit-test loop (``make test`` deselects them, ``make ci`` runs them).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Generator
from typing import Any

import pytest

CI = os.environ.get("CI") == "true"
FOCUS_VARIABLE = "TOKPORTAL_TEST_OPERATIONS"


def pytest_configure(config: pytest.Config) -> None:
    os.environ["TOKPORTAL_STRICT_RESPONSE_VALIDATION"] = "1"


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection made (thousands of test items, the modules they import) lives as long as the session: frozen
    out of the cyclic garbage collector's sight, so that its full collections, and the tests that call
    ``gc.collect()``, scan only what the tests create (a full collection of a worker's heap took over a second)."""
    gc.collect()
    gc.freeze()


def _operation_of(value: Any, names: dict[str, str]) -> str | None:
    """The operationId a parameter value stands for: an operationId, a method or pager name, or an object with an
    ``operation_id`` (a registry record, a contract case)."""
    if isinstance(value, str):
        return names.get(value)
    operation_id = getattr(value, "operation_id", None)
    return operation_id if isinstance(operation_id, str) else None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    focus = {name.strip() for name in os.environ.get(FOCUS_VARIABLE, "").split(",") if name.strip()}
    if not focus:
        return
    from tokportal_client._generated.registry import OPERATIONS

    names = {op.operation_id: op.operation_id for op in OPERATIONS.values()}
    names |= {op.name: op.operation_id for op in OPERATIONS.values()}
    names |= {op.iter_name: op.operation_id for op in OPERATIONS.values() if op.iter_name}
    unknown = focus - set(names.values())
    if unknown:
        raise pytest.UsageError(f"{FOCUS_VARIABLE}: no operation {sorted(unknown)} in the registry")
    kept, deselected = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        ops = {_operation_of(v, names) for v in callspec.params.values()} - {None} if callspec else set()
        (deselected if ops and not ops & focus else kept).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()
    if CI and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, where no test may be skipped: {reason}"
