from enum import StrEnum
from typing import Literal

CommentTaskStatusLiteral = Literal[
    "pending", "submitted", "verified_auto", "manually_confirmed", "pending_corrections", "finalized", "cancelled"
]
"""The documented values of :class:`CommentTaskStatus`, as plain strings."""


class CommentTaskStatus(StrEnum):
    """Comment task status. Open: new values may appear."""

    CANCELLED = "cancelled"
    FINALIZED = "finalized"
    MANUALLY_CONFIRMED = "manually_confirmed"
    PENDING = "pending"
    PENDING_CORRECTIONS = "pending_corrections"
    SUBMITTED = "submitted"
    VERIFIED_AUTO = "verified_auto"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CommentTaskStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the API sent that this version of the client does not know."""
        return self._value_ in type(self)._value2member_map_
