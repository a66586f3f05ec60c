from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instagram_content_type import InstagramContentType
from ..models.video_type import VideoType
from ..models.youtube_visibility import YoutubeVisibility
from ..types import UNSET, ModelValidationError, Unset, check, check_union, required

T = TypeVar("T", bound="BatchVideoConfiguration")


@_attrs_define
class BatchVideoConfiguration:
    """One slot of a batch configuration.

    Attributes:
        video_type (VideoType): Kind of post a video slot publishes.
        target_publish_date (str): YYYY-MM-DD; at least 3 days ahead for a new account, 1 day for an existing one; at
            most 3 videos per target day per bundle.
        position (int):
        description (str | Unset): Caption (stories have none).
        name (str | Unset):
        video_url (str | Unset): TokPortal public_url or an external URL (re-hosted).
        carousel_images (list[str] | Unset): Image storage_paths.
        carousel_title (str | Unset):
        tiktok_sound_url (str | Unset): Required for TikTok carousels.
        volume_original_sound (int | None | Unset):
        volume_added_sound (int | None | Unset):
        editing_instructions (str | Unset): Uses an edit slot.
        external_ref (str | Unset):
        instagram_content_type (InstagramContentType | Unset): Instagram post format (reel + carousel = fixed photo
            reel; post + carousel = swipe carousel).
        instagram_location (str | Unset):
        instagram_collaborators (list[str] | Unset):
        instagram_audio_name (str | Unset):
        instagram_add_to_story (bool | Unset):
        youtube_title (str | Unset):
        youtube_tags (list[str] | Unset):
        youtube_category (str | Unset):
        youtube_visibility (YoutubeVisibility | Unset): YouTube visibility (default public).
        youtube_sound_url (str | Unset):
        auto_publish (bool | Unset): Publish right after configuring.
    """

    video_type: VideoType
    target_publish_date: str
    position: int
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    video_url: str | Unset = UNSET
    carousel_images: list[str] | Unset = UNSET
    carousel_title: str | Unset = UNSET
    tiktok_sound_url: str | Unset = UNSET
    volume_original_sound: int | None | Unset = UNSET
    volume_added_sound: int | None | Unset = UNSET
    editing_instructions: str | Unset = UNSET
    external_ref: str | Unset = UNSET
    instagram_content_type: InstagramContentType | Unset = UNSET
    instagram_location: str | Unset = UNSET
    instagram_collaborators: list[str] | Unset = UNSET
    instagram_audio_name: str | Unset = UNSET
    instagram_add_to_story: bool | Unset = UNSET
    youtube_title: str | Unset = UNSET
    youtube_tags: list[str] | Unset = UNSET
    youtube_category: str | Unset = UNSET
    youtube_visibility: YoutubeVisibility | Unset = UNSET
    youtube_sound_url: str | Unset = UNSET
    auto_publish: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_type = self.video_type.value

        target_publish_date = self.target_publish_date

        position = self.position

        description = self.description

        name = self.name

        video_url = self.video_url

        carousel_images: list[str] | Unset = UNSET
        if not isinstance(self.carousel_images, Unset):
            carousel_images = self.carousel_images

        carousel_title = self.carousel_title

        tiktok_sound_url = self.tiktok_sound_url

        volume_original_sound: int | None | Unset
        if isinstance(self.volume_original_sound, Unset):
            volume_original_sound = UNSET
        else:
            volume_original_sound = self.volume_original_sound

        volume_added_sound: int | None | Unset
        if isinstance(self.volume_added_sound, Unset):
            volume_added_sound = UNSET
        else:
            volume_added_sound = self.volume_added_sound

        editing_instructions = self.editing_instructions

        external_ref = self.external_ref

        instagram_content_type: str | Unset = UNSET
        if not isinstance(self.instagram_content_type, Unset):
            instagram_content_type = self.instagram_content_type.value

        instagram_location = self.instagram_location

        instagram_collaborators: list[str] | Unset = UNSET
        if not isinstance(self.instagram_collaborators, Unset):
            instagram_collaborators = self.instagram_collaborators

        instagram_audio_name = self.instagram_audio_name

        instagram_add_to_story = self.instagram_add_to_story

        youtube_title = self.youtube_title

        youtube_tags: list[str] | Unset = UNSET
        if not isinstance(self.youtube_tags, Unset):
            youtube_tags = self.youtube_tags

        youtube_category = self.youtube_category

        youtube_visibility: str | Unset = UNSET
        if not isinstance(self.youtube_visibility, Unset):
            youtube_visibility = self.youtube_visibility.value

        youtube_sound_url = self.youtube_sound_url

        auto_publish = self.auto_publish

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_type": video_type,
                "target_publish_date": target_publish_date,
                "position": position,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if carousel_images is not UNSET:
            field_dict["carousel_images"] = carousel_images
        if carousel_title is not UNSET:
            field_dict["carousel_title"] = carousel_title
        if tiktok_sound_url is not UNSET:
            field_dict["tiktok_sound_url"] = tiktok_sound_url
        if volume_original_sound is not UNSET:
            field_dict["volume_original_sound"] = volume_original_sound
        if volume_added_sound is not UNSET:
            field_dict["volume_added_sound"] = volume_added_sound
        if editing_instructions is not UNSET:
            field_dict["editing_instructions"] = editing_instructions
        if external_ref is not UNSET:
            field_dict["external_ref"] = external_ref
        if instagram_content_type is not UNSET:
            field_dict["instagram_content_type"] = instagram_content_type
        if instagram_location is not UNSET:
            field_dict["instagram_location"] = instagram_location
        if instagram_collaborators is not UNSET:
            field_dict["instagram_collaborators"] = instagram_collaborators
        if instagram_audio_name is not UNSET:
            field_dict["instagram_audio_name"] = instagram_audio_name
        if instagram_add_to_story is not UNSET:
            field_dict["instagram_add_to_story"] = instagram_add_to_story
        if youtube_title is not UNSET:
            field_dict["youtube_title"] = youtube_title
        if youtube_tags is not UNSET:
            field_dict["youtube_tags"] = youtube_tags
        if youtube_category is not UNSET:
            field_dict["youtube_category"] = youtube_category
        if youtube_visibility is not UNSET:
            field_dict["youtube_visibility"] = youtube_visibility
        if youtube_sound_url is not UNSET:
            field_dict["youtube_sound_url"] = youtube_sound_url
        if auto_publish is not UNSET:
            field_dict["auto_publish"] = auto_publish

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                "BatchVideoConfiguration", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        video_type = VideoType(
            check(required(d, "video_type", "BatchVideoConfiguration"), str, "BatchVideoConfiguration", "video_type")
        )

        target_publish_date = check(
            required(d, "target_publish_date", "BatchVideoConfiguration"),
            str,
            "BatchVideoConfiguration",
            "target_publish_date",
        )

        position = check(required(d, "position", "BatchVideoConfiguration"), int, "BatchVideoConfiguration", "position")

        description = check(d.pop("description", UNSET), str, "BatchVideoConfiguration", "description")

        name = check(d.pop("name", UNSET), str, "BatchVideoConfiguration", "name")

        video_url = check(d.pop("video_url", UNSET), str, "BatchVideoConfiguration", "video_url")

        carousel_images = cast(
            list[str], check(d.pop("carousel_images", UNSET), list, "BatchVideoConfiguration", "carousel_images")
        )

        carousel_title = check(d.pop("carousel_title", UNSET), str, "BatchVideoConfiguration", "carousel_title")

        tiktok_sound_url = check(d.pop("tiktok_sound_url", UNSET), str, "BatchVideoConfiguration", "tiktok_sound_url")

        def _parse_volume_original_sound(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, check_union(data, (int,), "", "volume_original_sound"))

        volume_original_sound = _parse_volume_original_sound(d.pop("volume_original_sound", UNSET))

        def _parse_volume_added_sound(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, check_union(data, (int,), "", "volume_added_sound"))

        volume_added_sound = _parse_volume_added_sound(d.pop("volume_added_sound", UNSET))

        editing_instructions = check(
            d.pop("editing_instructions", UNSET), str, "BatchVideoConfiguration", "editing_instructions"
        )

        external_ref = check(d.pop("external_ref", UNSET), str, "BatchVideoConfiguration", "external_ref")

        _instagram_content_type = check(
            d.pop("instagram_content_type", UNSET), str, "BatchVideoConfiguration", "instagram_content_type"
        )
        instagram_content_type: InstagramContentType | Unset
        if isinstance(_instagram_content_type, Unset):
            instagram_content_type = UNSET
        else:
            instagram_content_type = InstagramContentType(_instagram_content_type)

        instagram_location = check(
            d.pop("instagram_location", UNSET), str, "BatchVideoConfiguration", "instagram_location"
        )

        instagram_collaborators = cast(
            list[str],
            check(d.pop("instagram_collaborators", UNSET), list, "BatchVideoConfiguration", "instagram_collaborators"),
        )

        instagram_audio_name = check(
            d.pop("instagram_audio_name", UNSET), str, "BatchVideoConfiguration", "instagram_audio_name"
        )

        instagram_add_to_story = check(
            d.pop("instagram_add_to_story", UNSET), bool, "BatchVideoConfiguration", "instagram_add_to_story"
        )

        youtube_title = check(d.pop("youtube_title", UNSET), str, "BatchVideoConfiguration", "youtube_title")

        youtube_tags = cast(
            list[str], check(d.pop("youtube_tags", UNSET), list, "BatchVideoConfiguration", "youtube_tags")
        )

        youtube_category = check(d.pop("youtube_category", UNSET), str, "BatchVideoConfiguration", "youtube_category")

        _youtube_visibility = check(
            d.pop("youtube_visibility", UNSET), str, "BatchVideoConfiguration", "youtube_visibility"
        )
        youtube_visibility: YoutubeVisibility | Unset
        if isinstance(_youtube_visibility, Unset):
            youtube_visibility = UNSET
        else:
            youtube_visibility = YoutubeVisibility(_youtube_visibility)

        youtube_sound_url = check(
            d.pop("youtube_sound_url", UNSET), str, "BatchVideoConfiguration", "youtube_sound_url"
        )

        auto_publish = check(d.pop("auto_publish", UNSET), bool, "BatchVideoConfiguration", "auto_publish")

        batch_video_configuration = cls(
            video_type=video_type,
            target_publish_date=target_publish_date,
            position=position,
            description=description,
            name=name,
            video_url=video_url,
            carousel_images=carousel_images,
            carousel_title=carousel_title,
            tiktok_sound_url=tiktok_sound_url,
            volume_original_sound=volume_original_sound,
            volume_added_sound=volume_added_sound,
            editing_instructions=editing_instructions,
            external_ref=external_ref,
            instagram_content_type=instagram_content_type,
            instagram_location=instagram_location,
            instagram_collaborators=instagram_collaborators,
            instagram_audio_name=instagram_audio_name,
            instagram_add_to_story=instagram_add_to_story,
            youtube_title=youtube_title,
            youtube_tags=youtube_tags,
            youtube_category=youtube_category,
            youtube_visibility=youtube_visibility,
            youtube_sound_url=youtube_sound_url,
            auto_publish=auto_publish,
        )

        batch_video_configuration.additional_properties = d
        return batch_video_configuration

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
