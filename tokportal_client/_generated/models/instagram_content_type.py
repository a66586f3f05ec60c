from enum import StrEnum
from typing import Literal

InstagramContentTypeLiteral = Literal["reel", "post"]
"""The documented values of :class:`InstagramContentType`, as plain strings."""


class InstagramContentType(StrEnum):
    """Instagram post format (reel + carousel = fixed photo reel; post + carousel = swipe carousel)."""

    POST = "post"
    REEL = "reel"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "InstagramContentType | None":
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
