from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    OpenModel,
    check,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.account_profile import AccountProfile
    from ..models.advanced_warming_summary import AdvancedWarmingSummary


@_attrs_define(repr=False)
class BundleAccount(OpenModel):
    """Account configuration of a bundle.

    Attributes:
        id (str | None):
        account (AccountProfile | None): Configured account profile.
        advanced_warming (AdvancedWarmingSummary | None):
    """

    id: str | None = None
    account: AccountProfile | None = None
    advanced_warming: AdvancedWarmingSummary | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("id", "id", False),
        ("account", "account", False),
        ("advanced_warming", "advanced_warming", False),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "BundleAccount", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        id: Any = _pop("id", None)
        if type(id) is not str and id is not None:
            id = check(id, str, "BundleAccount", "id")
        account: Any = _pop("account", None)
        if type(account) is dict:
            account = AccountProfile.from_dict(account)
        elif account is not None:
            account = check(account, dict, "BundleAccount", "account")
        advanced_warming: Any = _pop("advanced_warming", None)
        if type(advanced_warming) is dict:
            advanced_warming = AdvancedWarmingSummary.from_dict(advanced_warming)
        elif advanced_warming is not None:
            advanced_warming = check(advanced_warming, dict, "BundleAccount", "advanced_warming")
        obj = cls(
            id,
            account,
            advanced_warming,
        )
        obj.additional_properties = d
        return obj


from ..models.account_profile import AccountProfile  # noqa: E402
from ..models.advanced_warming_summary import AdvancedWarmingSummary  # noqa: E402
