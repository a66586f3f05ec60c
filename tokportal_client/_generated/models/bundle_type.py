from enum import StrEnum
from typing import Literal

BundleTypeLiteral = Literal["account_only", "account_and_videos", "videos_only"]
"""The documented values of :class:`BundleType`, as plain strings."""


class BundleType(StrEnum):
    """Kind of bundle."""

    ACCOUNT_AND_VIDEOS = "account_and_videos"
    ACCOUNT_ONLY = "account_only"
    VIDEOS_ONLY = "videos_only"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BundleType | None":
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
