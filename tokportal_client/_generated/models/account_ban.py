from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    OpenModel,
    check,
    mismatch,
    parse_enum,
)

from ..models.account_ban_status import AccountBanStatus

if TYPE_CHECKING:
    from ..models.account_ban_resolution import AccountBanResolution


@_attrs_define(repr=False)
class AccountBan(OpenModel):
    """A validated ban report of a delivered account and its appeal. With include_screenshots the row also carries a
    signed 7-day URL of the evidence screenshot, under a field name no public source states (kept as sent).

    Attributes:
        id (str):
        account_id (str | None):
        username (str | None):
        platform (str | None):
        bundle_id (str | None):
        order_id (str | None):
        status (AccountBanStatus | None): Where a reported ban stands: appeal_pending (unavailable, not banned),
            appeal_accepted (the account survived), appeal_refused and no_appeal_banned (ban validated).
        reported_at (datetime.datetime | None): Rules: format date-time.
        decided_at (datetime.datetime | None): Rules: format date-time.
        updated_at (datetime.datetime | None): Rules: format date-time.
        resolution (AccountBanResolution | None):
    """

    id: str
    account_id: str | None = None
    username: str | None = None
    platform: str | None = None
    bundle_id: str | None = None
    order_id: str | None = None
    status: AccountBanStatus | None = None
    reported_at: datetime.datetime | None = None
    decided_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    resolution: AccountBanResolution | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("id", "id", True),
        ("account_id", "account_id", False),
        ("username", "username", False),
        ("platform", "platform", False),
        ("bundle_id", "bundle_id", False),
        ("order_id", "order_id", False),
        ("status", "status", False),
        ("reported_at", "reported_at", False),
        ("decided_at", "decided_at", False),
        ("updated_at", "updated_at", False),
        ("resolution", "resolution", False),
    )
    _rules = {
        "reported_at": {"format": "date-time"},
        "decided_at": {"format": "date-time"},
        "updated_at": {"format": "date-time"},
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "AccountBan", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        id: Any = _pop("id", MISSING)
        if type(id) is not str:
            id = check(id, str, "AccountBan", "id")
        account_id: Any = _pop("account_id", None)
        if type(account_id) is not str and account_id is not None:
            account_id = check(account_id, str, "AccountBan", "account_id")
        username: Any = _pop("username", None)
        if type(username) is not str and username is not None:
            username = check(username, str, "AccountBan", "username")
        platform: Any = _pop("platform", None)
        if type(platform) is not str and platform is not None:
            platform = check(platform, str, "AccountBan", "platform")
        bundle_id: Any = _pop("bundle_id", None)
        if type(bundle_id) is not str and bundle_id is not None:
            bundle_id = check(bundle_id, str, "AccountBan", "bundle_id")
        order_id: Any = _pop("order_id", None)
        if type(order_id) is not str and order_id is not None:
            order_id = check(order_id, str, "AccountBan", "order_id")
        status: Any = _pop("status", None)
        if status is not None:
            _member = AccountBanStatus._value2member_map_.get(status) if type(status) is str else None
            status = _member if _member is not None else parse_enum(AccountBanStatus, status, "AccountBan", "status")
        reported_at: Any = _pop("reported_at", None)
        if type(reported_at) is str:
            try:
                reported_at = datetime.datetime.fromisoformat(reported_at)
            except ValueError:
                reported_at = mismatch(reported_at, "AccountBan", "reported_at", "expected an ISO 8601 date-time")
        elif reported_at is not None:
            reported_at = check(reported_at, str, "AccountBan", "reported_at")
        decided_at: Any = _pop("decided_at", None)
        if type(decided_at) is str:
            try:
                decided_at = datetime.datetime.fromisoformat(decided_at)
            except ValueError:
                decided_at = mismatch(decided_at, "AccountBan", "decided_at", "expected an ISO 8601 date-time")
        elif decided_at is not None:
            decided_at = check(decided_at, str, "AccountBan", "decided_at")
        updated_at: Any = _pop("updated_at", None)
        if type(updated_at) is str:
            try:
                updated_at = datetime.datetime.fromisoformat(updated_at)
            except ValueError:
                updated_at = mismatch(updated_at, "AccountBan", "updated_at", "expected an ISO 8601 date-time")
        elif updated_at is not None:
            updated_at = check(updated_at, str, "AccountBan", "updated_at")
        resolution: Any = _pop("resolution", None)
        if type(resolution) is dict:
            resolution = AccountBanResolution.from_dict(resolution)
        elif resolution is not None:
            resolution = check(resolution, dict, "AccountBan", "resolution")
        obj = cls(
            id,
            account_id,
            username,
            platform,
            bundle_id,
            order_id,
            status,
            reported_at,
            decided_at,
            updated_at,
            resolution,
        )
        obj.additional_properties = d
        return obj


from ..models.account_ban_resolution import AccountBanResolution  # noqa: E402
