"""When and how long to wait before trying a failed request again.

The rules, for every call of both clients:

* at most ``1 + max_retries`` attempts;
* a connection failure before the request was sent is always retried;
* timeouts, other connection failures and the statuses in ``retry_statuses`` (408, 429, 500, 502, 503, 504)
  are retried when the request is replay-safe: a GET, or a request carrying an ``Idempotency-Key``
  (the client gives every non-sensitive write one, the same on every attempt);
* sensitive operations (their response carries a secret, so they never carry a key) are retried only on
  a failure before sending and on 429;
* the wait is exponential from ``initial_delay``, capped at ``max_delay``, with jitter; a ``Retry-After``
  header (or ``X-RateLimit-Reset`` on a 429) wins; a wait over ``max_retry_after`` is not slept: the error
  is raised at once, with its ``retry_after`` set.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from .errors import APIConnectionError, APIStatusError, APITimeoutError, TokPortalError

if TYPE_CHECKING:
    from ._runtime import Operation


def _status_set(statuses: Iterable[int]) -> frozenset[int]:
    """``retry_statuses`` from any iterable of ints (a named function: type checkers read its argument type)."""
    return frozenset(statuses)


@attrs.frozen
class RetryPolicy:
    """How a client retries. Pass one as ``retry=``, or just ``max_retries=``, to a client or ``with_options``."""

    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    initial_delay: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    max_delay: float = attrs.field(default=8.0, validator=attrs.validators.ge(0))
    jitter: float = attrs.field(default=0.25, validator=attrs.validators.ge(0))
    """Each computed backoff is shortened by a random fraction of up to this much."""
    retry_statuses: frozenset[int] = attrs.field(
        default=frozenset({408, 429, 500, 502, 503, 504}), converter=_status_set
    )
    max_retry_after: float = attrs.field(default=60.0, validator=attrs.validators.ge(0))

    def delay(self, error: TokPortalError, attempt: int, operation: Operation) -> float | None:
        """Seconds to wait before attempt ``attempt + 1`` (0-based), or None when ``error`` must be raised.

        Whether the operation may be replayed is its registry record's answer (``operation.replay_safe``,
        ``operation.sensitive``).
        """
        retryable = self.retryable(error, operation)
        if attempt >= self.max_retries or not retryable:
            return None
        retry_after: float | None = error.retry_after if isinstance(error, APIStatusError) else None
        if retry_after is not None:
            return retry_after if retry_after <= self.max_retry_after else None
        backoff: float = min(self.max_delay, self.initial_delay * 2**attempt)
        return backoff * (1 - min(1.0, self.jitter) * random.random())

    def retryable(self, error: TokPortalError, operation: Operation) -> bool:
        """Whether a request of ``operation`` that failed with ``error`` may be sent again (attempts aside).

        The one rule of replay, also what :func:`tokportal_client.jobs.retry_decision` tells a job engine.
        """
        if isinstance(error, APIConnectionError) and not error.sent:
            return True
        if isinstance(error, APIStatusError) and error.status_code == 429:
            return 429 in self.retry_statuses
        if operation.sensitive:
            return False
        if isinstance(error, APIConnectionError):  # timeouts included: the request may have been processed
            return operation.replay_safe
        if isinstance(error, APIStatusError):
            return operation.replay_safe and error.status_code in self.retry_statuses
        return False


def describe(error: TokPortalError) -> str:
    """A short reason for the retry log."""
    if isinstance(error, APIStatusError):
        return f"status {error.status_code}"
    if isinstance(error, APITimeoutError):
        return "timeout"
    return "connection error"


__all__ = ["RetryPolicy"]
