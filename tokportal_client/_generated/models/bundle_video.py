from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, check_union, parse_enum

from ..models.instagram_content_type import InstagramContentType
from ..models.video_status import VideoStatus
from ..models.video_type import VideoType
from ..models.youtube_visibility import YoutubeVisibility

T = TypeVar("T", bound="BundleVideo")


@_attrs_define
class BundleVideo:
    """A video slot and its configuration.

    Attributes:
        id (str | Unset):
        position (int | Unset):
        status (VideoStatus | Unset): Status of a video slot.
        video_type (VideoType | Unset): Kind of post a video slot publishes.
        description (None | str | Unset): Caption (stories have none).
        target_publish_date (None | str | Unset): YYYY-MM-DD; at least 3 days ahead for a new account, 1 day for an
            existing one; at most 3 videos per target day per bundle.
        name (None | str | Unset):
        video_url (None | str | Unset): TokPortal public_url or an external URL (re-hosted).
        carousel_images (list[str] | None | Unset): Image storage_paths.
        carousel_title (None | str | Unset):
        tiktok_sound_url (None | str | Unset): Required for TikTok carousels.
        volume_original_sound (int | None | Unset):
        volume_added_sound (int | None | Unset):
        editing_instructions (None | str | Unset): Uses an edit slot.
        external_ref (None | str | Unset):
        instagram_content_type (InstagramContentType | Unset): Instagram post format (reel + carousel = fixed photo
            reel; post + carousel = swipe carousel).
        instagram_location (None | str | Unset):
        instagram_collaborators (list[str] | None | Unset):
        instagram_audio_name (None | str | Unset):
        instagram_add_to_story (bool | None | Unset):
        youtube_title (None | str | Unset):
        youtube_tags (list[str] | None | Unset):
        youtube_category (None | str | Unset):
        youtube_visibility (YoutubeVisibility | Unset): YouTube visibility (default public).
        youtube_sound_url (None | str | Unset):
        platform_url (None | str | Unset): URL of the live post once published.
    """

    id: str | Unset = UNSET
    position: int | Unset = UNSET
    status: VideoStatus | Unset = UNSET
    video_type: VideoType | Unset = UNSET
    description: None | str | Unset = UNSET
    target_publish_date: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    carousel_images: list[str] | None | Unset = UNSET
    carousel_title: None | str | Unset = UNSET
    tiktok_sound_url: None | str | Unset = UNSET
    volume_original_sound: int | None | Unset = UNSET
    volume_added_sound: int | None | Unset = UNSET
    editing_instructions: None | str | Unset = UNSET
    external_ref: None | str | Unset = UNSET
    instagram_content_type: InstagramContentType | Unset = UNSET
    instagram_location: None | str | Unset = UNSET
    instagram_collaborators: list[str] | None | Unset = UNSET
    instagram_audio_name: None | str | Unset = UNSET
    instagram_add_to_story: bool | None | Unset = UNSET
    youtube_title: None | str | Unset = UNSET
    youtube_tags: list[str] | None | Unset = UNSET
    youtube_category: None | str | Unset = UNSET
    youtube_visibility: YoutubeVisibility | Unset = UNSET
    youtube_sound_url: None | str | Unset = UNSET
    platform_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        position = self.position

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        video_type: str | Unset = UNSET
        if not isinstance(self.video_type, Unset):
            video_type = self.video_type.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        target_publish_date: None | str | Unset
        if isinstance(self.target_publish_date, Unset):
            target_publish_date = UNSET
        else:
            target_publish_date = self.target_publish_date

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        carousel_images: list[str] | None | Unset
        if isinstance(self.carousel_images, Unset):
            carousel_images = UNSET
        elif isinstance(self.carousel_images, list):
            carousel_images = self.carousel_images

        else:
            carousel_images = self.carousel_images

        carousel_title: None | str | Unset
        if isinstance(self.carousel_title, Unset):
            carousel_title = UNSET
        else:
            carousel_title = self.carousel_title

        tiktok_sound_url: None | str | Unset
        if isinstance(self.tiktok_sound_url, Unset):
            tiktok_sound_url = UNSET
        else:
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

        editing_instructions: None | str | Unset
        if isinstance(self.editing_instructions, Unset):
            editing_instructions = UNSET
        else:
            editing_instructions = self.editing_instructions

        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        instagram_content_type: str | Unset = UNSET
        if not isinstance(self.instagram_content_type, Unset):
            instagram_content_type = self.instagram_content_type.value

        instagram_location: None | str | Unset
        if isinstance(self.instagram_location, Unset):
            instagram_location = UNSET
        else:
            instagram_location = self.instagram_location

        instagram_collaborators: list[str] | None | Unset
        if isinstance(self.instagram_collaborators, Unset):
            instagram_collaborators = UNSET
        elif isinstance(self.instagram_collaborators, list):
            instagram_collaborators = self.instagram_collaborators

        else:
            instagram_collaborators = self.instagram_collaborators

        instagram_audio_name: None | str | Unset
        if isinstance(self.instagram_audio_name, Unset):
            instagram_audio_name = UNSET
        else:
            instagram_audio_name = self.instagram_audio_name

        instagram_add_to_story: bool | None | Unset
        if isinstance(self.instagram_add_to_story, Unset):
            instagram_add_to_story = UNSET
        else:
            instagram_add_to_story = self.instagram_add_to_story

        youtube_title: None | str | Unset
        if isinstance(self.youtube_title, Unset):
            youtube_title = UNSET
        else:
            youtube_title = self.youtube_title

        youtube_tags: list[str] | None | Unset
        if isinstance(self.youtube_tags, Unset):
            youtube_tags = UNSET
        elif isinstance(self.youtube_tags, list):
            youtube_tags = self.youtube_tags

        else:
            youtube_tags = self.youtube_tags

        youtube_category: None | str | Unset
        if isinstance(self.youtube_category, Unset):
            youtube_category = UNSET
        else:
            youtube_category = self.youtube_category

        youtube_visibility: str | Unset = UNSET
        if not isinstance(self.youtube_visibility, Unset):
            youtube_visibility = self.youtube_visibility.value

        youtube_sound_url: None | str | Unset
        if isinstance(self.youtube_sound_url, Unset):
            youtube_sound_url = UNSET
        else:
            youtube_sound_url = self.youtube_sound_url

        platform_url: None | str | Unset
        if isinstance(self.platform_url, Unset):
            platform_url = UNSET
        else:
            platform_url = self.platform_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if position is not UNSET:
            field_dict["position"] = position
        if status is not UNSET:
            field_dict["status"] = status
        if video_type is not UNSET:
            field_dict["video_type"] = video_type
        if description is not UNSET:
            field_dict["description"] = description
        if target_publish_date is not UNSET:
            field_dict["target_publish_date"] = target_publish_date
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
        if platform_url is not UNSET:
            field_dict["platform_url"] = platform_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError("BundleVideo", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        id = _pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = check(id, str, "BundleVideo", "id")

        position = _pop("position", UNSET)
        if type(position) is not int and position is not UNSET:
            position = check(position, int, "BundleVideo", "position")

        status = _pop("status", UNSET)
        if status is not UNSET:
            _member = VideoStatus._value2member_map_.get(status) if type(status) is str else None
            status = _member if _member is not None else parse_enum(VideoStatus, status, "BundleVideo", "status")

        video_type = _pop("video_type", UNSET)
        if video_type is not UNSET:
            _member = VideoType._value2member_map_.get(video_type) if type(video_type) is str else None
            video_type = (
                _member if _member is not None else parse_enum(VideoType, video_type, "BundleVideo", "video_type")
            )

        description = _pop("description", UNSET)
        if type(description) is not str and description is not None and description is not UNSET:
            description = check_union(description, (str,), "", "description")

        target_publish_date = _pop("target_publish_date", UNSET)
        if (
            type(target_publish_date) is not str
            and target_publish_date is not None
            and target_publish_date is not UNSET
        ):
            target_publish_date = check_union(target_publish_date, (str,), "", "target_publish_date")

        name = _pop("name", UNSET)
        if type(name) is not str and name is not None and name is not UNSET:
            name = check_union(name, (str,), "", "name")

        video_url = _pop("video_url", UNSET)
        if type(video_url) is not str and video_url is not None and video_url is not UNSET:
            video_url = check_union(video_url, (str,), "", "video_url")

        def _parse_carousel_images(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                carousel_images_type_0 = cast(list[str], data)

                return carousel_images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "carousel_images", f"unexpected {type(data).__name__} value")

        carousel_images = _parse_carousel_images(d.pop("carousel_images", UNSET))

        carousel_title = _pop("carousel_title", UNSET)
        if type(carousel_title) is not str and carousel_title is not None and carousel_title is not UNSET:
            carousel_title = check_union(carousel_title, (str,), "", "carousel_title")

        tiktok_sound_url = _pop("tiktok_sound_url", UNSET)
        if type(tiktok_sound_url) is not str and tiktok_sound_url is not None and tiktok_sound_url is not UNSET:
            tiktok_sound_url = check_union(tiktok_sound_url, (str,), "", "tiktok_sound_url")

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
        if (
            type(editing_instructions) is not str
            and editing_instructions is not None
            and editing_instructions is not UNSET
        ):
            editing_instructions = check_union(editing_instructions, (str,), "", "editing_instructions")

        external_ref = _pop("external_ref", UNSET)
        if type(external_ref) is not str and external_ref is not None and external_ref is not UNSET:
            external_ref = check_union(external_ref, (str,), "", "external_ref")

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
                else parse_enum(InstagramContentType, instagram_content_type, "BundleVideo", "instagram_content_type")
            )

        instagram_location = _pop("instagram_location", UNSET)
        if type(instagram_location) is not str and instagram_location is not None and instagram_location is not UNSET:
            instagram_location = check_union(instagram_location, (str,), "", "instagram_location")

        def _parse_instagram_collaborators(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                instagram_collaborators_type_0 = cast(list[str], data)

                return instagram_collaborators_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "instagram_collaborators", f"unexpected {type(data).__name__} value")

        instagram_collaborators = _parse_instagram_collaborators(d.pop("instagram_collaborators", UNSET))

        instagram_audio_name = _pop("instagram_audio_name", UNSET)
        if (
            type(instagram_audio_name) is not str
            and instagram_audio_name is not None
            and instagram_audio_name is not UNSET
        ):
            instagram_audio_name = check_union(instagram_audio_name, (str,), "", "instagram_audio_name")

        def _parse_instagram_add_to_story(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, check_union(data, (bool,), "", "instagram_add_to_story"))

        instagram_add_to_story = _parse_instagram_add_to_story(d.pop("instagram_add_to_story", UNSET))

        youtube_title = _pop("youtube_title", UNSET)
        if type(youtube_title) is not str and youtube_title is not None and youtube_title is not UNSET:
            youtube_title = check_union(youtube_title, (str,), "", "youtube_title")

        def _parse_youtube_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                youtube_tags_type_0 = cast(list[str], data)

                return youtube_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "youtube_tags", f"unexpected {type(data).__name__} value")

        youtube_tags = _parse_youtube_tags(d.pop("youtube_tags", UNSET))

        youtube_category = _pop("youtube_category", UNSET)
        if type(youtube_category) is not str and youtube_category is not None and youtube_category is not UNSET:
            youtube_category = check_union(youtube_category, (str,), "", "youtube_category")

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
                else parse_enum(YoutubeVisibility, youtube_visibility, "BundleVideo", "youtube_visibility")
            )

        youtube_sound_url = _pop("youtube_sound_url", UNSET)
        if type(youtube_sound_url) is not str and youtube_sound_url is not None and youtube_sound_url is not UNSET:
            youtube_sound_url = check_union(youtube_sound_url, (str,), "", "youtube_sound_url")

        platform_url = _pop("platform_url", UNSET)
        if type(platform_url) is not str and platform_url is not None and platform_url is not UNSET:
            platform_url = check_union(platform_url, (str,), "", "platform_url")

        bundle_video = cls(
            id,
            position,
            status,
            video_type,
            description,
            target_publish_date,
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
            platform_url,
        )

        bundle_video.additional_properties = d
        return bundle_video

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
