from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, required

if TYPE_CHECKING:
    from ..models.publish_blocker import PublishBlocker


T = TypeVar("T", bound="PublishReadiness")


@_attrs_define
class PublishReadiness:
    """Whether publish would succeed now, and why not.

    Attributes:
        ready (bool):
        blockers (list[PublishBlocker]):
        bundle_id (str | Unset):
    """

    ready: bool
    blockers: list[PublishBlocker]
    bundle_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ready = self.ready

        blockers = []
        for blockers_item_data in self.blockers:
            blockers_item = blockers_item_data.to_dict()
            blockers.append(blockers_item)

        bundle_id = self.bundle_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ready": ready,
                "blockers": blockers,
            }
        )
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "PublishReadiness", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        ready = required(d, "ready", "PublishReadiness")
        if type(ready) is not bool:
            ready = check(ready, bool, "PublishReadiness", "ready")

        blockers = required(d, "blockers", "PublishReadiness")
        if type(blockers) is not list:
            blockers = check(blockers, list, "PublishReadiness", "blockers")
        blockers = [PublishBlocker.from_dict(item) for item in blockers]

        bundle_id = _pop("bundle_id", UNSET)
        if type(bundle_id) is not str and bundle_id is not UNSET:
            bundle_id = check(bundle_id, str, "PublishReadiness", "bundle_id")

        publish_readiness = cls(
            ready,
            blockers,
            bundle_id,
        )

        publish_readiness.additional_properties = d
        return publish_readiness

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


from ..models.publish_blocker import PublishBlocker  # noqa: E402
