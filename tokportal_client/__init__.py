"""Python client for the TokPortal public API: typed, sync and async, with retries, pagination and webhooks.

>>> from tokportal_client import TokPortal
>>> client = TokPortal()  # reads TOKPORTAL_API_KEY
>>> for bundle in client.bundles.iter_bundles(status="published"):
...     print(bundle.id, bundle.next_action)
"""

from . import errors, models
from ._client import AsyncTokPortal, TokPortal
from ._generated.types import UNSET, FileInput, Unset
from ._resource import APIResponse, RequestOptions, WriteOptions
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InsufficientCreditsError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PolicyConfirmationRequiredError,
    RateLimit,
    RateLimitError,
    TokPortalError,
    UnprocessableEntityError,
)
from .pagination import AsyncPager, SyncPager, apaginate, paginate
from .retry import RetryPolicy

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPager",
    "AsyncTokPortal",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "FileInput",
    "InsufficientCreditsError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "PolicyConfirmationRequiredError",
    "RateLimit",
    "RateLimitError",
    "RequestOptions",
    "RetryPolicy",
    "SyncPager",
    "TokPortal",
    "TokPortalError",
    "UnprocessableEntityError",
    "Unset",
    "WriteOptions",
    "__version__",
    "apaginate",
    "errors",
    "models",
    "paginate",
]
