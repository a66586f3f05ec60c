from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    UNSET,
    OpenModel,
    check,
    mismatch,
)


@_attrs_define(repr=False)
class CredentialRevealAcceptance(OpenModel):
    """Acceptance of the reveal policy (second step after a 428).

    Attributes:
        acknowledge_support_forfeit (bool):
        policy_version (str): Exact value from the 428 details. Rules: at least 1 characters.
    """

    acknowledge_support_forfeit: bool
    policy_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("acknowledge_support_forfeit", "acknowledge_support_forfeit", True),
        ("policy_version", "policy_version", True),
    )
    _absent = UNSET
    _rules = {"policy_version": {"minLength": 1}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "CredentialRevealAcceptance", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        acknowledge_support_forfeit: Any = _pop("acknowledge_support_forfeit", MISSING)
        if type(acknowledge_support_forfeit) is not bool:
            acknowledge_support_forfeit = check(
                acknowledge_support_forfeit, bool, "CredentialRevealAcceptance", "acknowledge_support_forfeit"
            )
        policy_version: Any = _pop("policy_version", MISSING)
        if type(policy_version) is not str:
            policy_version = check(policy_version, str, "CredentialRevealAcceptance", "policy_version")
        obj = cls(
            acknowledge_support_forfeit,
            policy_version,
        )
        obj.additional_properties = d
        return obj


class CredentialRevealAcceptanceDict(TypedDict):
    """The JSON body of :class:`CredentialRevealAcceptance` as a plain dict: type checkers check its keys and values."""

    acknowledge_support_forfeit: bool
    policy_version: str
