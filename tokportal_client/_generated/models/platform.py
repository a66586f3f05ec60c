from enum import StrEnum
from typing import Literal

PlatformLiteral = Literal["tiktok", "instagram", "youtube"]
"""The documented values of :class:`Platform`, as plain strings."""


class Platform(StrEnum):
    """Social platform. YouTube appears in listings and analytics; bundle creation rejects it (YOUTUBE_DELAYED)."""

    INSTAGRAM = "instagram"
    TIKTOK = "tiktok"
    YOUTUBE = "youtube"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Platform | None":
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
