from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, ModelValidationError, Unset, check, required

T = TypeVar("T", bound="ImportBundleVideosCsvForm")


@_attrs_define
class ImportBundleVideosCsvForm:
    """
    Attributes:
        file (File): The CSV file.
        auto_publish (bool | Unset):  Default: False.
    """

    file: File
    auto_publish: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        auto_publish = self.auto_publish

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
            }
        )
        if auto_publish is not UNSET:
            field_dict["auto_publish"] = auto_publish

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.auto_publish, Unset):
            files.append(("auto_publish", (None, str(self.auto_publish).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "ImportBundleVideosCsvForm", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        file = File(payload=BytesIO(required(d, "file", "ImportBundleVideosCsvForm")))

        auto_publish = _pop("auto_publish", UNSET)
        if type(auto_publish) is not bool and auto_publish is not UNSET:
            auto_publish = check(auto_publish, bool, "ImportBundleVideosCsvForm", "auto_publish")

        import_bundle_videos_csv_form = cls(
            file,
            auto_publish,
        )

        return import_bundle_videos_csv_form
