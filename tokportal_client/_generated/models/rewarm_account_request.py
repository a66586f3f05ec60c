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
class RewarmAccountRequest(OpenModel):
    """Advanced Niche Warming on a delivered account: the search terms, given up front (the session starts at once).
    Priced per term (getCreditCosts costs.advanced_warming); bought 3-30 terms in multiples of 3, each 2-50
    characters, distinct.

    Example (JSON; it meets every rule of the contract)::

        {"search_terms": ["high protein recipes", "meal prep ideas", "healthy breakfast"]}

    Attributes:
        search_terms (list[str]): Rules: at least 3 items; at most 30 items; each item: at least 2 characters; at
            most 50 characters.
    """

    search_terms: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (("search_terms", "search_terms", True),)
    _absent = UNSET
    _rules = {"search_terms": {"minItems": 3, "maxItems": 30, "items": {"minLength": 2, "maxLength": 50}}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "RewarmAccountRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        search_terms: Any = _pop("search_terms", MISSING)
        if type(search_terms) is list:
            search_terms = [
                i if type(i) is str else check(i, str, "RewarmAccountRequest", "search_terms") for i in search_terms
            ]
        else:
            search_terms = check(search_terms, list, "RewarmAccountRequest", "search_terms")
        obj = cls(
            search_terms,
        )
        obj.additional_properties = d
        return obj


class RewarmAccountRequestDict(TypedDict):
    """The JSON body of :class:`RewarmAccountRequest` as a plain dict: type checkers check its keys and values."""

    search_terms: list[str]
