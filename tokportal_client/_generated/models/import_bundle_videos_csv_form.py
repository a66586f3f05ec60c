from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from tokportal_client._models_runtime import (
    MISSING,
    UNSET,
    Model,
    Unset,
    check,
    mismatch,
)

from ..types import File


@_attrs_define(repr=False)
class ImportBundleVideosCsvForm(Model):
    """The ImportBundleVideosCsvForm object of the API.

    Attributes:
        file (File): The CSV file.
        auto_publish (bool | Unset):
    """

    file: File
    auto_publish: bool | Unset = UNSET

    _fields = (
        ("file", "file", True),
        ("auto_publish", "auto_publish", False),
    )
    _absent = UNSET

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "ImportBundleVideosCsvForm", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        file: Any = _pop("file", MISSING)
        if file is MISSING:
            file = check(file, object, "ImportBundleVideosCsvForm", "file")
        auto_publish: Any = _pop("auto_publish", UNSET)
        if type(auto_publish) is not bool and auto_publish is not UNSET:
            auto_publish = check(auto_publish, bool, "ImportBundleVideosCsvForm", "auto_publish")
        obj = cls(
            file,
            auto_publish,
        )
        return obj
