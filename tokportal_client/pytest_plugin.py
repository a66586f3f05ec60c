"""The pytest plugin of tokportal-client (registered through the ``pytest11`` entry point).

It provides one fixture, ``tokportal_mock``: a fresh, running :class:`tokportal_client.testing.MockServer` for
each test. The plugin itself imports nothing of the testing kit, so pytest starts normally in an environment
without the ``testing`` extra; only a test that asks for the fixture needs it.

The ``tokportal_mock`` marker passes options to that test's mock (``MockServer``'s keywords)::

    @pytest.mark.tokportal_mock(api_key="sk_...", credits=100, countries={"FRA": "France"})
    def test_small_balance(tokportal_mock): ...
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tokportal_client.testing import MockServer

__all__ = ["tokportal_mock"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "tokportal_mock(**options): keyword options of the tokportal_mock fixture's MockServer "
        "(api_key=, credits=, countries=, webhook_time_factor=)",
    )


@pytest.fixture
def tokportal_mock(request: pytest.FixtureRequest) -> Iterator[MockServer]:
    """A mock of the TokPortal API for this test: ``tokportal_mock.client()`` is a ``TokPortal`` bound to it."""
    from tokportal_client.testing import MockServer

    marker = request.node.get_closest_marker("tokportal_mock")
    if marker is not None and marker.args:
        raise TypeError("the tokportal_mock marker takes keyword arguments only, such as api_key=...")
    with MockServer(**(marker.kwargs if marker is not None else {})) as mock:
        yield mock
