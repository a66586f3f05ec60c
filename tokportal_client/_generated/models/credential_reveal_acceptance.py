from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import ModelValidationError, check, required

T = TypeVar("T", bound="CredentialRevealAcceptance")


@_attrs_define
class CredentialRevealAcceptance:
    """Acceptance of the reveal policy (second step after a 428).

    Attributes:
        acknowledge_support_forfeit (bool):
        policy_version (str): Exact value from the 428 details.
    """

    acknowledge_support_forfeit: bool
    policy_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acknowledge_support_forfeit = self.acknowledge_support_forfeit

        policy_version = self.policy_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acknowledge_support_forfeit": acknowledge_support_forfeit,
                "policy_version": policy_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "CredentialRevealAcceptance", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        acknowledge_support_forfeit = required(d, "acknowledge_support_forfeit", "CredentialRevealAcceptance")
        if type(acknowledge_support_forfeit) is not bool:
            acknowledge_support_forfeit = check(
                acknowledge_support_forfeit, bool, "CredentialRevealAcceptance", "acknowledge_support_forfeit"
            )

        policy_version = required(d, "policy_version", "CredentialRevealAcceptance")
        if type(policy_version) is not str:
            policy_version = check(policy_version, str, "CredentialRevealAcceptance", "policy_version")

        credential_reveal_acceptance = cls(
            acknowledge_support_forfeit,
            policy_version,
        )

        credential_reveal_acceptance.additional_properties = d
        return credential_reveal_acceptance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
