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
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                "ImportBundleVideosCsvForm", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        file = File(payload=BytesIO(required(d, "file", "ImportBundleVideosCsvForm")))

        auto_publish = check(d.pop("auto_publish", UNSET), bool, "ImportBundleVideosCsvForm", "auto_publish")

        import_bundle_videos_csv_form = cls(
            file=file,
            auto_publish=auto_publish,
        )

        return import_bundle_videos_csv_form
