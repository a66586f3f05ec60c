from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

if TYPE_CHECKING:
    from ..models.account_profile import AccountProfile
    from ..models.advanced_warming_summary import AdvancedWarmingSummary


T = TypeVar("T", bound="BundleAccount")


@_attrs_define
class BundleAccount:
    """Account configuration of a bundle.

    Attributes:
        id (str | Unset):
        account (AccountProfile | Unset): Configured account profile.
        advanced_warming (AdvancedWarmingSummary | None | Unset):
    """

    id: str | Unset = UNSET
    account: AccountProfile | Unset = UNSET
    advanced_warming: AdvancedWarmingSummary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.advanced_warming_summary import AdvancedWarmingSummary  # noqa: PLC0415

        id = self.id

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        advanced_warming: dict[str, Any] | None | Unset
        if isinstance(self.advanced_warming, Unset):
            advanced_warming = UNSET
        elif isinstance(self.advanced_warming, AdvancedWarmingSummary):
            advanced_warming = self.advanced_warming.to_dict()
        else:
            advanced_warming = self.advanced_warming

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if account is not UNSET:
            field_dict["account"] = account
        if advanced_warming is not UNSET:
            field_dict["advanced_warming"] = advanced_warming

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError("BundleAccount", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        id = _pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = check(id, str, "BundleAccount", "id")

        account = _pop("account", UNSET)
        if account is not UNSET:
            account = AccountProfile.from_dict(check(account, dict, "BundleAccount", "account"))

        advanced_warming = _pop("advanced_warming", UNSET)
        if advanced_warming is not None and advanced_warming is not UNSET:
            advanced_warming = AdvancedWarmingSummary.from_dict(
                check(advanced_warming, dict, "BundleAccount", "advanced_warming")
            )

        bundle_account = cls(
            id,
            account,
            advanced_warming,
        )

        bundle_account.additional_properties = d
        return bundle_account

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


from ..models.account_profile import AccountProfile  # noqa: E402
from ..models.advanced_warming_summary import AdvancedWarmingSummary  # noqa: E402
