from enum import StrEnum
from typing import Literal

BundleStatusLiteral = Literal[
    "draft",
    "pending_setup",
    "published",
    "published_priority",
    "accepted",
    "in_review",
    "finalized",
    "completed",
    "cancelled",
    "archived",
]
"""The documented values of :class:`BundleStatus`, as plain strings."""


class BundleStatus(StrEnum):
    """Bundle lifecycle status. Open: new values may appear."""

    ACCEPTED = "accepted"
    ARCHIVED = "archived"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    DRAFT = "draft"
    FINALIZED = "finalized"
    IN_REVIEW = "in_review"
    PENDING_SETUP = "pending_setup"
    PUBLISHED = "published"
    PUBLISHED_PRIORITY = "published_priority"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BundleStatus | None":
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
