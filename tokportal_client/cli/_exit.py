"""Exit codes of the ``tokportal`` command, one per kind of failure, and how an error is reported on stderr.

The table is the documentation too: ``docs/cli.md`` and ``tokportal --help`` render :data:`EXIT_CODES`.
Nothing here imports the client: the classes are matched by name along the error's MRO, so building the help
text costs nothing.
"""

from __future__ import annotations

from typing import Final, NamedTuple


class ExitCode(NamedTuple):
    code: int
    meaning: str
    errors: tuple[str, ...] = ()
    """Names of the ``tokportal_client`` error classes that end with this code (the first match along the MRO)."""


EXIT_CODES: Final = (
    ExitCode(0, "success"),
    ExitCode(1, "any other error of TokPortal or the client", ("TokPortalError",)),
    ExitCode(2, "bad usage or bad input, refused before anything was sent"),
    ExitCode(3, "authentication failed (401: missing, wrong or revoked API key)", ("AuthenticationError",)),
    ExitCode(4, "permission denied (403)", ("PermissionDeniedError",)),
    ExitCode(5, "not found (404)", ("NotFoundError",)),
    ExitCode(6, "the request was rejected (400, 422)", ("BadRequestError", "UnprocessableEntityError")),
    ExitCode(7, "conflict with the resource's state (409)", ("ConflictError",)),
    ExitCode(8, "not enough credits (402)", ("InsufficientCreditsError",)),
    ExitCode(
        9, "the policy must be accepted first (428): rerun with --accept-policy", ("PolicyConfirmationRequiredError",)
    ),
    ExitCode(10, "rate limited (429) after the retries", ("RateLimitError",)),
    ExitCode(11, "TokPortal failed (5xx) after the retries", ("InternalServerError",)),
    ExitCode(12, "network failure: TokPortal could not be reached", ("APIConnectionError",)),
    ExitCode(13, "timed out", ("APITimeoutError",)),
    ExitCode(14, "a response did not match the API contract", ("APIResponseValidationError",)),
    ExitCode(15, "a webhook delivery failed verification, or a receiver refused one", ("WebhookVerificationError",)),
    ExitCode(130, "interrupted (Ctrl-C)"),
)

_BY_CLASS: Final = {name: entry.code for entry in EXIT_CODES for name in entry.errors}
USAGE: Final = 2
API_ERROR: Final = 1


def exit_code_for(error: BaseException) -> int:
    """The exit code of ``error``: the entry of its most specific class, else 1 (or 2 for ``ValueError``/``TypeError``,
    the client's refusal of bad input before sending)."""
    for cls in type(error).__mro__:
        code = _BY_CLASS.get(cls.__name__)
        if code is not None and cls.__module__.startswith("tokportal_client"):
            return code
    if isinstance(error, ValueError | TypeError):
        return USAGE
    return API_ERROR
