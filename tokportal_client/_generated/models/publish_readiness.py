from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    OpenModel,
    check,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.publish_blocker import PublishBlocker


@_attrs_define(repr=False)
class PublishReadiness(OpenModel):
    """Whether publish would succeed now, and why not.

    Attributes:
        ready (bool):
        blockers (list[PublishBlocker]):
        bundle_id (str | None):
    """

    ready: bool
    blockers: list[PublishBlocker]
    bundle_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("ready", "ready", True),
        ("blockers", "blockers", True),
        ("bundle_id", "bundle_id", False),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "PublishReadiness", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        ready: Any = _pop("ready", MISSING)
        if type(ready) is not bool:
            ready = check(ready, bool, "PublishReadiness", "ready")
        blockers: Any = _pop("blockers", MISSING)
        if type(blockers) is list:
            blockers = [PublishBlocker.from_dict(i) for i in blockers]
        else:
            blockers = check(blockers, list, "PublishReadiness", "blockers")
        bundle_id: Any = _pop("bundle_id", None)
        if type(bundle_id) is not str and bundle_id is not None:
            bundle_id = check(bundle_id, str, "PublishReadiness", "bundle_id")
        obj = cls(
            ready,
            blockers,
            bundle_id,
        )
        obj.additional_properties = d
        return obj


from ..models.publish_blocker import PublishBlocker  # noqa: E402
