from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import ModelValidationError, check, required

if TYPE_CHECKING:
    from ..models.bundle import Bundle


T = TypeVar("T", bound="BundleResponse")


@_attrs_define
class BundleResponse:
    """
    Example:
        {'data': {'id': 'bnd_abc123', 'bundle_type': 'account_and_videos', 'platform': 'tiktok', 'country': 'US',
            'status': 'published', 'videos_quantity': 3, 'edits_quantity': 0, 'used_edits': 0, 'credit_cost': 40,
            'external_ref': 'campaign-42', 'existing_account_id': None, 'auto_finalize_videos': False,
            'wants_niche_warming': True, 'wants_deep_warming': False, 'wants_moderation': False, 'is_published': True,
            'account_configured': True, 'videos_total': 3, 'videos_configured_count': 3, 'next_action': None, 'account':
            {'username': 'cooluser123', 'visible_name': 'Cool User', 'biography': 'Just vibes.', 'profile_picture_url':
            'https://example.com/pic.jpg'}, 'videos': [{'id': 'vid_xyz', 'position': 1, 'status': 'pending', 'name': 'Video
            1'}], 'created_at': '2026-01-15T10:30:00Z', 'updated_at': '2026-01-15T12:00:00Z'}}

    Attributes:
        data (Bundle): A bundle: one account order (and optional video slots) on a platform in a country.
    """

    data: Bundle
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError("BundleResponse", "(root)", f"expected an object, got {type(src_dict).__name__}")
        data = required(d, "data", "BundleResponse")
        data = Bundle.from_dict(check(data, dict, "BundleResponse", "data"))

        bundle_response = cls(
            data,
        )

        bundle_response.additional_properties = d
        return bundle_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.bundle import Bundle  # noqa: E402
