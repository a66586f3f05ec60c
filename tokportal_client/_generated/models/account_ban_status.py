from enum import StrEnum
from typing import Literal

AccountBanStatusLiteral = Literal["appeal_pending", "appeal_accepted", "appeal_refused", "no_appeal_banned"]
"""The documented values of :class:`AccountBanStatus`, as plain strings."""


class AccountBanStatus(StrEnum):
    """Where a reported ban stands: appeal_pending (unavailable, not banned), appeal_accepted (the account survived), appeal_refused and no_appeal_banned (ban validated)."""

    APPEAL_ACCEPTED = "appeal_accepted"
    APPEAL_PENDING = "appeal_pending"
    APPEAL_REFUSED = "appeal_refused"
    NO_APPEAL_BANNED = "no_appeal_banned"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AccountBanStatus | None":
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
