from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    OpenModel,
    check,
    mismatch,
)


@_attrs_define(repr=False)
class PublishAllVideosResult(OpenModel):
    """Slots published by publish-all (already published ones are skipped).

    Attributes:
        bundle_id (str | None):
        videos_published (int | None):
        video_ids (list[str] | None):
    """

    bundle_id: str | None = None
    videos_published: int | None = None
    video_ids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("bundle_id", "bundle_id", False),
        ("videos_published", "videos_published", False),
        ("video_ids", "video_ids", False),
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
                src_dict, "PublishAllVideosResult", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        bundle_id: Any = _pop("bundle_id", None)
        if type(bundle_id) is not str and bundle_id is not None:
            bundle_id = check(bundle_id, str, "PublishAllVideosResult", "bundle_id")
        videos_published: Any = _pop("videos_published", None)
        if type(videos_published) is not int and videos_published is not None:
            videos_published = check(videos_published, int, "PublishAllVideosResult", "videos_published")
        video_ids: Any = _pop("video_ids", None)
        if type(video_ids) is list:
            video_ids = [
                i if type(i) is str else check(i, str, "PublishAllVideosResult", "video_ids") for i in video_ids
            ]
        elif video_ids is not None:
            video_ids = check(video_ids, list, "PublishAllVideosResult", "video_ids")
        obj = cls(
            bundle_id,
            videos_published,
            video_ids,
        )
        obj.additional_properties = d
        return obj
