from enum import StrEnum
from typing import Literal

PublishBlockerCodeLiteral = Literal[
    "BUNDLE_ALREADY_PUBLISHED",
    "BUNDLE_NOT_IN_SETUP",
    "ACCOUNT_MISSING",
    "ACCOUNT_NOT_CONFIGURED",
    "ACCOUNT_MISSING_FIELDS",
    "NO_VIDEOS_CONFIGURED",
]
"""The documented values of :class:`PublishBlockerCode`, as plain strings."""


class PublishBlockerCode(StrEnum):
    """Why a bundle cannot be published yet."""

    ACCOUNT_MISSING = "ACCOUNT_MISSING"
    ACCOUNT_MISSING_FIELDS = "ACCOUNT_MISSING_FIELDS"
    ACCOUNT_NOT_CONFIGURED = "ACCOUNT_NOT_CONFIGURED"
    BUNDLE_ALREADY_PUBLISHED = "BUNDLE_ALREADY_PUBLISHED"
    BUNDLE_NOT_IN_SETUP = "BUNDLE_NOT_IN_SETUP"
    NO_VIDEOS_CONFIGURED = "NO_VIDEOS_CONFIGURED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PublishBlockerCode | None":
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
