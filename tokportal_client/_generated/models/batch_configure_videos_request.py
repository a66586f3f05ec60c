from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NotRequired, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    UNSET,
    OpenModel,
    Unset,
    check,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.batch_video_configuration import BatchVideoConfiguration, BatchVideoConfigurationDict


@_attrs_define(repr=False)
class BatchConfigureVideosRequest(OpenModel):
    """The BatchConfigureVideosRequest object of the API.

    Example (JSON; it meets every rule of the contract)::

        {"videos": [{"video_type": "video", "description": "Campaign content description.", "target_publish_date":
        "2030-06-01", "position": 1}]}

    Attributes:
        videos (list[BatchVideoConfiguration]): Rules: at least 1 items.
        auto_publish (bool | Unset):
    """

    videos: list[BatchVideoConfiguration]
    auto_publish: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("videos", "videos", True),
        ("auto_publish", "auto_publish", False),
    )
    _absent = UNSET
    _rules = {"videos": {"minItems": 1}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "BatchConfigureVideosRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        videos: Any = _pop("videos", MISSING)
        if type(videos) is list:
            videos = [BatchVideoConfiguration.from_dict(i) for i in videos]
        else:
            videos = check(videos, list, "BatchConfigureVideosRequest", "videos")
        auto_publish: Any = _pop("auto_publish", UNSET)
        if type(auto_publish) is not bool and auto_publish is not UNSET:
            auto_publish = check(auto_publish, bool, "BatchConfigureVideosRequest", "auto_publish")
        obj = cls(
            videos,
            auto_publish,
        )
        obj.additional_properties = d
        return obj


class BatchConfigureVideosRequestDict(TypedDict):
    """The JSON body of :class:`BatchConfigureVideosRequest` as a plain dict: type checkers check its keys and values."""

    videos: list[BatchVideoConfigurationDict]
    auto_publish: NotRequired[bool]


from ..models.batch_video_configuration import BatchVideoConfiguration  # noqa: E402
