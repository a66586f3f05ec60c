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
    from ..models.bundle import Bundle


@_attrs_define(repr=False)
class BundleResponse(OpenModel):
    """The BundleResponse object of the API.

    Example (JSON; it meets every rule of the contract)::

        {"data": {"id": "bnd_abc123", "bundle_type": "account_and_videos", "platform": "tiktok", "country": "US",
        "status": "published", "videos_quantity": 3, "edits_quantity": 0, "used_edits": 0, "credit_cost": 40,
        "external_ref": "campaign-42", "existing_account_id": null, "auto_finalize_videos": false,
        "wants_niche_warming": true, "wants_deep_warming": false, "wants_moderation": false, "is_published": true,
        "account_configured": true, "videos_total": 3, "videos_configured_count": 3, "next_action": null, "account":
        {"username": "cooluser123", "visible_name": "Cool User", "biography": "Just vibes.", "profile_picture_url":
        "https://example.com/pic.jpg"}, "videos": [{"id": "vid_xyz", "position": 1, "status": "pending", "name":
        "Video 1"}], "created_at": "2026-01-15T10:30:00Z", "updated_at": "2026-01-15T12:00:00Z"}}

    Attributes:
        data (Bundle): A bundle: one account order (and optional video slots) on a platform in a country.
    """

    data: Bundle
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    request_id: str | None = _attrs_field(init=False, default=None, eq=False)
    """TokPortal's ``X-TokPortal-Request-ID`` of the response this result came from (quote it to support)."""

    _fields = (("data", "data", True),)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "BundleResponse", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        data: Any = _pop("data", MISSING)
        if type(data) is dict:
            data = Bundle.from_dict(data)
        else:
            data = check(data, dict, "BundleResponse", "data")
        obj = cls(
            data,
        )
        obj.additional_properties = d
        return obj


from ..models.bundle import Bundle  # noqa: E402
