from enum import StrEnum
from typing import Literal

UploadPurposeLiteral = Literal["carousel", "profile_picture"]
"""The documented values of :class:`UploadPurpose`, as plain strings."""


class UploadPurpose(StrEnum):
    """What an uploaded image is for (default carousel)."""

    CAROUSEL = "carousel"
    PROFILE_PICTURE = "profile_picture"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UploadPurpose | None":
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
