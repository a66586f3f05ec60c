from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    OpenModel,
    check,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.account_ban import AccountBan
    from ..models.pagination import Pagination


@_attrs_define(repr=False)
class AccountBanListResponse(OpenModel):
    """The AccountBanListResponse object of the API.

    Attributes:
        data (list[AccountBan]):
        pagination (Pagination): Position in a paginated list.
    """

    data: list[AccountBan]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    request_id: str | None = _attrs_field(init=False, default=None, eq=False)
    """TokPortal's ``X-TokPortal-Request-ID`` of the response this result came from (quote it to support)."""

    _fields = (
        ("data", "data", True),
        ("pagination", "pagination", True),
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
                src_dict, "AccountBanListResponse", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        data: Any = _pop("data", MISSING)
        if type(data) is list:
            data = [AccountBan.from_dict(i) for i in data]
        else:
            data = check(data, list, "AccountBanListResponse", "data")
        pagination: Any = _pop("pagination", MISSING)
        if type(pagination) is dict:
            pagination = Pagination.from_dict(pagination)
        else:
            pagination = check(pagination, dict, "AccountBanListResponse", "pagination")
        obj = cls(
            data,
            pagination,
        )
        obj.additional_properties = d
        return obj


from ..models.account_ban import AccountBan  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402
