from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, check, required

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
        from ..models.publish_blocker import PublishBlocker  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                "PublishReadiness", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        ready = check(required(d, "ready", "PublishReadiness"), bool, "PublishReadiness", "ready")

        blockers = []
        _blockers = check(required(d, "blockers", "PublishReadiness"), list, "PublishReadiness", "blockers")
        for blockers_item_data in _blockers:
            blockers_item = PublishBlocker.from_dict(blockers_item_data)

            blockers.append(blockers_item)

        bundle_id = check(d.pop("bundle_id", UNSET), str, "PublishReadiness", "bundle_id")

        publish_readiness = cls(
            ready=ready,
            blockers=blockers,
            bundle_id=bundle_id,
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
