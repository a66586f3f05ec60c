from enum import StrEnum
from typing import Literal

VideoStatusLiteral = Literal[
    "pending", "configured", "published", "accepted", "in_review", "pending_corrections", "finalized"
]
"""The documented values of :class:`VideoStatus`, as plain strings."""


class VideoStatus(StrEnum):
    """Status of a video slot."""

    ACCEPTED = "accepted"
    CONFIGURED = "configured"
    FINALIZED = "finalized"
    IN_REVIEW = "in_review"
    PENDING = "pending"
    PENDING_CORRECTIONS = "pending_corrections"
    PUBLISHED = "published"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VideoStatus | None":
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
