from enum import StrEnum
from typing import Literal

NextActionLiteral = Literal["configure_account", "configure_videos", "publish_bundle"]
"""The documented values of :class:`NextAction`, as plain strings."""


class NextAction(StrEnum):
    """Suggested next step in the configure, publish flow (null when nothing is required)."""

    CONFIGURE_ACCOUNT = "configure_account"
    CONFIGURE_VIDEOS = "configure_videos"
    PUBLISH_BUNDLE = "publish_bundle"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "NextAction | None":
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
