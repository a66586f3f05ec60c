from enum import StrEnum
from typing import Literal

VideoTypeLiteral = Literal["video", "carousel", "story"]
"""The documented values of :class:`VideoType`, as plain strings."""


class VideoType(StrEnum):
    """Kind of post a video slot publishes."""

    CAROUSEL = "carousel"
    STORY = "story"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VideoType | None":
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
