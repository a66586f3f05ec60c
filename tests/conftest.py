"""The project's own suites run strict: a response value that does not fit openapi.json fails the test that got
it, instead of being kept with a warning as it is for users (tests that check the lenient default say so)."""

from __future__ import annotations

import os

import pytest


def pytest_configure(config: pytest.Config) -> None:
    os.environ["TOKPORTAL_STRICT_RESPONSE_VALIDATION"] = "1"
