"""The pytest plugin of tokportal-client (registered through the ``pytest11`` entry point).

It provides one fixture, ``tokportal_mock``: a fresh, running :class:`tokportal_client.testing.MockServer` for
each test. The plugin itself imports nothing of the testing kit, so pytest starts normally in an environment
without the ``testing`` extra; only a test that asks for the fixture needs it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tokportal_client.testing import MockServer

__all__ = ["tokportal_mock"]


@pytest.fixture
def tokportal_mock() -> Iterator[MockServer]:
    """A mock of the TokPortal API for this test: ``tokportal_mock.client()`` is a ``TokPortal`` bound to it."""
    from tokportal_client.testing import MockServer

    with MockServer() as mock:
        yield mock
