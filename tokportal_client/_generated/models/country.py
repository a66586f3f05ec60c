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
class Country(OpenModel):
    """A country open for account creation.

    Attributes:
        code (str | None): Country code (aliases such as US/GB are accepted in requests).
        name (str | None):
    """

    code: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("code", "code", False),
        ("name", "name", False),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "Country", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        code: Any = _pop("code", None)
        if type(code) is not str and code is not None:
            code = check(code, str, "Country", "code")
        name: Any = _pop("name", None)
        if type(name) is not str and name is not None:
            name = check(name, str, "Country", "name")
        obj = cls(
            code,
            name,
        )
        obj.additional_properties = d
        return obj
