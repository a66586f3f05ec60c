from enum import StrEnum
from typing import Literal

AccountBanResolutionFilterLiteral = Literal["refund", "remake", "no_remake", "pending"]
"""The documented values of :class:`AccountBanResolutionFilter`, as plain strings."""


class AccountBanResolutionFilter(StrEnum):
    """Filter by resolution; pending lists the cases not resolved yet."""

    NO_REMAKE = "no_remake"
    PENDING = "pending"
    REFUND = "refund"
    REMAKE = "remake"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AccountBanResolutionFilter | None":
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
