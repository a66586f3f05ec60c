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
class WarmingTermsRequest(OpenModel):
    """The niche targets of a count-only Advanced Niche Warming purchase: exactly as many as were bought (3-30, a
    multiple of 3), each 2-50 characters, distinct. One-shot.

    Example (JSON; it meets every rule of the contract)::

        {"advanced_warming_terms": ["high protein recipes", "meal prep ideas", "healthy breakfast"]}

    Attributes:
        advanced_warming_terms (list[str]): Rules: at least 3 items; at most 30 items; each item: at least 2
            characters; at most 50 characters.
    """

    advanced_warming_terms: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (("advanced_warming_terms", "advanced_warming_terms", True),)
    _absent = UNSET
    _rules = {"advanced_warming_terms": {"minItems": 3, "maxItems": 30, "items": {"minLength": 2, "maxLength": 50}}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "WarmingTermsRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        advanced_warming_terms: Any = _pop("advanced_warming_terms", MISSING)
        if type(advanced_warming_terms) is list:
            advanced_warming_terms = [
                i if type(i) is str else check(i, str, "WarmingTermsRequest", "advanced_warming_terms")
                for i in advanced_warming_terms
            ]
        else:
            advanced_warming_terms = check(
                advanced_warming_terms, list, "WarmingTermsRequest", "advanced_warming_terms"
            )
        obj = cls(
            advanced_warming_terms,
        )
        obj.additional_properties = d
        return obj


class WarmingTermsRequestDict(TypedDict):
    """The JSON body of :class:`WarmingTermsRequest` as a plain dict: type checkers check its keys and values."""

    advanced_warming_terms: list[str]
