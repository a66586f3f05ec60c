from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NotRequired, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    UNSET,
    OpenModel,
    Unset,
    check,
    mismatch,
    parse_enum,
)

from ..models.orderable_platform import OrderablePlatform, OrderablePlatformLiteral


@_attrs_define(repr=False)
class GenerateWarmingTermsRequest(OpenModel):
    """A niche description to turn into search terms (free; terms come in its language).

    Example (JSON; it meets every rule of the contract)::

        {"text": "High-protein home cooking for busy students", "platform": "tiktok", "count": 9}

    Attributes:
        text (str): Niche description (product, audience, language, country).
        platform (OrderablePlatform | OrderablePlatformLiteral | Unset): Platform a bundle can be ordered for
            through the API.
        count (int | Unset): Rules: >= 3; <= 30; a multiple of 3.
    """

    text: str
    platform: OrderablePlatform | OrderablePlatformLiteral | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("text", "text", True),
        ("platform", "platform", False),
        ("count", "count", False),
    )
    _absent = UNSET
    _rules = {"count": {"minimum": 3, "maximum": 30, "multipleOf": 3}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "GenerateWarmingTermsRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        text: Any = _pop("text", MISSING)
        if type(text) is not str:
            text = check(text, str, "GenerateWarmingTermsRequest", "text")
        platform: Any = _pop("platform", UNSET)
        if platform is not UNSET:
            _member = OrderablePlatform._value2member_map_.get(platform) if type(platform) is str else None
            platform = (
                _member
                if _member is not None
                else parse_enum(OrderablePlatform, platform, "GenerateWarmingTermsRequest", "platform")
            )
        count: Any = _pop("count", UNSET)
        if type(count) is not int and count is not UNSET:
            count = check(count, int, "GenerateWarmingTermsRequest", "count")
        obj = cls(
            text,
            platform,
            count,
        )
        obj.additional_properties = d
        return obj


class GenerateWarmingTermsRequestDict(TypedDict):
    """The JSON body of :class:`GenerateWarmingTermsRequest` as a plain dict: type checkers check its keys and values."""

    text: str
    platform: NotRequired[OrderablePlatform | OrderablePlatformLiteral]
    count: NotRequired[int]
