"""Python client for the TokPortal public API: typed, sync and async, with retries, pagination and webhooks.

>>> from tokportal_client import TokPortal
>>> client = TokPortal()  # reads TOKPORTAL_API_KEY
>>> for bundle in client.bundles.iter_bundles(status="published"):
...     print(bundle.id, bundle.next_action)
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from . import errors, models
    from ._client import AsyncTokPortal, TokPortal
    from ._generated.registry import API_VERSION
    from ._runtime import UNSET, APIResponse, FileInput, RequestOptions, Unset, WriteOptions
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
        ResponseTooLargeError,
        SaveError,
        TokPortalError,
        UnprocessableEntityError,
    )
    from .pagination import AsyncPager, SyncPager, apaginate, paginate
    from .retry import RetryPolicy

# Everything is loaded on first use: the clients pull in the generated layer, which the maintainer tools
# (scripts/generate.py imports tokportal_client._runtime) must not need, and `import tokportal_client` costs no
# httpx import until a name that needs it is used (the `tokportal` command's --help and shell completion stay fast).
_LAZY = {
    "TokPortal": "._client",
    "AsyncTokPortal": "._client",
    "API_VERSION": "._generated.registry",
    "models": ".models",
    "errors": ".errors",
    **dict.fromkeys(["UNSET", "APIResponse", "FileInput", "RequestOptions", "Unset", "WriteOptions"], "._runtime"),
    **dict.fromkeys(
        [
            "APIConnectionError",
            "APIResponseValidationError",
            "APIStatusError",
            "APITimeoutError",
            "AuthenticationError",
            "BadRequestError",
            "ConflictError",
            "InsufficientCreditsError",
            "InternalServerError",
            "NotFoundError",
            "PermissionDeniedError",
            "PolicyConfirmationRequiredError",
            "RateLimit",
            "RateLimitError",
            "ResponseTooLargeError",
            "SaveError",
            "TokPortalError",
            "UnprocessableEntityError",
        ],
        ".errors",
    ),
    **dict.fromkeys(["AsyncPager", "SyncPager", "apaginate", "paginate"], ".pagination"),
    "RetryPolicy": ".retry",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module, __name__)
    value = loaded if module == "." + name else getattr(loaded, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "API_VERSION",
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
    "ResponseTooLargeError",
    "RetryPolicy",
    "SaveError",
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
