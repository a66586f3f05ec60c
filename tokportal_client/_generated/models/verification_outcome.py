from enum import StrEnum
from typing import Literal

VerificationOutcomeLiteral = Literal["verified", "wrong_text", "wrong_account", "couldnt_verify", "scrape_failed"]
"""The documented values of :class:`VerificationOutcome`, as plain strings."""


class VerificationOutcome(StrEnum):
    """Outcome of one comment verification attempt."""

    COULDNT_VERIFY = "couldnt_verify"
    SCRAPE_FAILED = "scrape_failed"
    VERIFIED = "verified"
    WRONG_ACCOUNT = "wrong_account"
    WRONG_TEXT = "wrong_text"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VerificationOutcome | None":
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
