"""Test your TokPortal integration offline: a stateful mock of the API, checked against its contract.

Install with the ``testing`` extra (``pip install 'tokportal-client[testing]'``). With pytest, the
``tokportal_mock`` fixture hands each test a fresh, running :class:`MockServer`::

    def test_publish(tokportal_mock):
        client = tokportal_mock.client()
        ...

It stands in for all of TokPortal: the API (checked against its contract, keys included), the storage behind
presigned uploads, TokPortal's side of the lifecycle (``mock.deliver_account(...)``, ``mock.advance(...)``, ...)
and signed webhook deliveries to your local receiver (``mock.deliveries``). Nothing leaves the machine.

Elsewhere, use :class:`MockServer` as a context manager. ``python -m tokportal_client.testing --port 8000``
serves it from the command line.

Error codes are TokPortal's where its documentation names one. Where it names none, the mock uses its own:
``NOT_FOUND`` (webhook endpoints and deliveries, edit requests), ``IDEMPOTENCY_KEY_REUSED`` (409),
``POLICY_ACCEPTANCE_REQUIRED`` (428), ``EDIT_REQUEST_ALREADY_ACTIVE``, ``WEBHOOK_ENDPOINT_DISABLED`` and
``WEBHOOK_PAYLOAD_UNAVAILABLE`` (409), and
``MOCK_INJECTED_FAULT`` for a fault without a body of yours. Match on the status (the exception class) for those.
"""

try:
    import openapi_core  # noqa: F401  (the validator: checked here so a missing extra fails with a clear message)
    import werkzeug  # noqa: F401
except ImportError as _missing:  # pragma: no cover - depends on the installation
    raise ImportError(
        f"tokportal_client.testing needs the 'testing' extra ({_missing.name} is not installed): "
        "pip install 'tokportal-client[testing]'"
    ) from _missing

from ._app import VARIANT_HEADER
from ._events import RETRY_SCHEDULE, Delivery
from ._records import RecordedRequest, Violation
from ._server import MOCK_API_KEY, MockServer
from ._state import State
from ._storage import PresignedUpload, StoredObject

__all__ = [
    "MOCK_API_KEY",
    "RETRY_SCHEDULE",
    "VARIANT_HEADER",
    "Delivery",
    "MockServer",
    "PresignedUpload",
    "RecordedRequest",
    "State",
    "StoredObject",
    "Violation",
]
