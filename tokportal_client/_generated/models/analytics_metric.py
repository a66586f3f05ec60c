from enum import StrEnum
from typing import Literal

AnalyticsMetricLiteral = Literal["views", "likes", "comments", "shares", "followers"]
"""The documented values of :class:`AnalyticsMetric`, as plain strings."""


class AnalyticsMetric(StrEnum):
    """Metric of an analytics series."""

    COMMENTS = "comments"
    FOLLOWERS = "followers"
    LIKES = "likes"
    SHARES = "shares"
    VIEWS = "views"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AnalyticsMetric | None":
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
