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
    from ..models.account_corrections_request_fields import (
        AccountCorrectionsRequestFields,
        AccountCorrectionsRequestFieldsDict,
    )


@_attrs_define(repr=False)
class AccountCorrectionsRequest(OpenModel):
    """The AccountCorrectionsRequest object of the API.

    Example (JSON; it meets every rule of the contract)::

        {"comment": "Please review this item."}

    Attributes:
        comment (str):
        fields (AccountCorrectionsRequestFields | Unset): Per-field feedback.
    """

    comment: str
    fields: AccountCorrectionsRequestFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("comment", "comment", True),
        ("fields", "fields", False),
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
                src_dict, "AccountCorrectionsRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        comment: Any = _pop("comment", MISSING)
        if type(comment) is not str:
            comment = check(comment, str, "AccountCorrectionsRequest", "comment")
        fields: Any = _pop("fields", UNSET)
        if type(fields) is dict:
            fields = AccountCorrectionsRequestFields.from_dict(fields)
        elif fields is not UNSET:
            fields = check(fields, dict, "AccountCorrectionsRequest", "fields")
        obj = cls(
            comment,
            fields,
        )
        obj.additional_properties = d
        return obj


class AccountCorrectionsRequestDict(TypedDict):
    """The JSON body of :class:`AccountCorrectionsRequest` as a plain dict: type checkers check its keys and values."""

    comment: str
    fields: NotRequired[AccountCorrectionsRequestFieldsDict]


from ..models.account_corrections_request_fields import AccountCorrectionsRequestFields  # noqa: E402
