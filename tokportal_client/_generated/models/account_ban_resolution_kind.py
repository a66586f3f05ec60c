from enum import StrEnum
from typing import Literal

AccountBanResolutionKindLiteral = Literal["refund", "remake", "no_remake"]
"""The documented values of :class:`AccountBanResolutionKind`, as plain strings."""


class AccountBanResolutionKind(StrEnum):
    """Staff resolution of a validated ban."""

    NO_REMAKE = "no_remake"
    REFUND = "refund"
    REMAKE = "remake"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AccountBanResolutionKind | None":
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
