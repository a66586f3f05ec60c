from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, check_union, parse_enum, required

from ..models.instagram_content_type import InstagramContentType
from ..models.video_type import VideoType
from ..models.youtube_visibility import YoutubeVisibility

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
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "BatchVideoConfiguration", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        video_type: Any = required(d, "video_type", "BatchVideoConfiguration")
        _member = VideoType._value2member_map_.get(video_type) if type(video_type) is str else None
        video_type = (
            _member
            if _member is not None
            else parse_enum(VideoType, video_type, "BatchVideoConfiguration", "video_type")
        )

        target_publish_date = required(d, "target_publish_date", "BatchVideoConfiguration")
        if type(target_publish_date) is not str:
            target_publish_date = check(target_publish_date, str, "BatchVideoConfiguration", "target_publish_date")

        position = required(d, "position", "BatchVideoConfiguration")
        if type(position) is not int:
            position = check(position, int, "BatchVideoConfiguration", "position")

        description = _pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = check(description, str, "BatchVideoConfiguration", "description")

        name = _pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = check(name, str, "BatchVideoConfiguration", "name")

        video_url = _pop("video_url", UNSET)
        if type(video_url) is not str and video_url is not UNSET:
            video_url = check(video_url, str, "BatchVideoConfiguration", "video_url")

        carousel_images = cast(
            list[str], check(d.pop("carousel_images", UNSET), list, "BatchVideoConfiguration", "carousel_images")
        )

        carousel_title = _pop("carousel_title", UNSET)
        if type(carousel_title) is not str and carousel_title is not UNSET:
            carousel_title = check(carousel_title, str, "BatchVideoConfiguration", "carousel_title")

        tiktok_sound_url = _pop("tiktok_sound_url", UNSET)
        if type(tiktok_sound_url) is not str and tiktok_sound_url is not UNSET:
            tiktok_sound_url = check(tiktok_sound_url, str, "BatchVideoConfiguration", "tiktok_sound_url")

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

        editing_instructions = _pop("editing_instructions", UNSET)
        if type(editing_instructions) is not str and editing_instructions is not UNSET:
            editing_instructions = check(editing_instructions, str, "BatchVideoConfiguration", "editing_instructions")

        external_ref = _pop("external_ref", UNSET)
        if type(external_ref) is not str and external_ref is not UNSET:
            external_ref = check(external_ref, str, "BatchVideoConfiguration", "external_ref")

        instagram_content_type = _pop("instagram_content_type", UNSET)
        if instagram_content_type is not UNSET:
            _member = (
                InstagramContentType._value2member_map_.get(instagram_content_type)
                if type(instagram_content_type) is str
                else None
            )
            instagram_content_type = (
                _member
                if _member is not None
                else parse_enum(
                    InstagramContentType, instagram_content_type, "BatchVideoConfiguration", "instagram_content_type"
                )
            )

        instagram_location = _pop("instagram_location", UNSET)
        if type(instagram_location) is not str and instagram_location is not UNSET:
            instagram_location = check(instagram_location, str, "BatchVideoConfiguration", "instagram_location")

        instagram_collaborators = cast(
            list[str],
            check(d.pop("instagram_collaborators", UNSET), list, "BatchVideoConfiguration", "instagram_collaborators"),
        )

        instagram_audio_name = _pop("instagram_audio_name", UNSET)
        if type(instagram_audio_name) is not str and instagram_audio_name is not UNSET:
            instagram_audio_name = check(instagram_audio_name, str, "BatchVideoConfiguration", "instagram_audio_name")

        instagram_add_to_story = _pop("instagram_add_to_story", UNSET)
        if type(instagram_add_to_story) is not bool and instagram_add_to_story is not UNSET:
            instagram_add_to_story = check(
                instagram_add_to_story, bool, "BatchVideoConfiguration", "instagram_add_to_story"
            )

        youtube_title = _pop("youtube_title", UNSET)
        if type(youtube_title) is not str and youtube_title is not UNSET:
            youtube_title = check(youtube_title, str, "BatchVideoConfiguration", "youtube_title")

        youtube_tags = cast(
            list[str], check(d.pop("youtube_tags", UNSET), list, "BatchVideoConfiguration", "youtube_tags")
        )

        youtube_category = _pop("youtube_category", UNSET)
        if type(youtube_category) is not str and youtube_category is not UNSET:
            youtube_category = check(youtube_category, str, "BatchVideoConfiguration", "youtube_category")

        youtube_visibility = _pop("youtube_visibility", UNSET)
        if youtube_visibility is not UNSET:
            _member = (
                YoutubeVisibility._value2member_map_.get(youtube_visibility)
                if type(youtube_visibility) is str
                else None
            )
            youtube_visibility = (
                _member
                if _member is not None
                else parse_enum(YoutubeVisibility, youtube_visibility, "BatchVideoConfiguration", "youtube_visibility")
            )

        youtube_sound_url = _pop("youtube_sound_url", UNSET)
        if type(youtube_sound_url) is not str and youtube_sound_url is not UNSET:
            youtube_sound_url = check(youtube_sound_url, str, "BatchVideoConfiguration", "youtube_sound_url")

        auto_publish = _pop("auto_publish", UNSET)
        if type(auto_publish) is not bool and auto_publish is not UNSET:
            auto_publish = check(auto_publish, bool, "BatchVideoConfiguration", "auto_publish")

        batch_video_configuration = cls(
            video_type,
            target_publish_date,
            position,
            description,
            name,
            video_url,
            carousel_images,
            carousel_title,
            tiktok_sound_url,
            volume_original_sound,
            volume_added_sound,
            editing_instructions,
            external_ref,
            instagram_content_type,
            instagram_location,
            instagram_collaborators,
            instagram_audio_name,
            instagram_add_to_story,
            youtube_title,
            youtube_tags,
            youtube_category,
            youtube_visibility,
            youtube_sound_url,
            auto_publish,
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
