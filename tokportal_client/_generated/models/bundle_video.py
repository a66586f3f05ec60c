from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instagram_content_type import InstagramContentType
from ..models.video_status import VideoStatus
from ..models.video_type import VideoType
from ..models.youtube_visibility import YoutubeVisibility
from ..types import UNSET, ModelValidationError, Unset, check, check_union

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
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError("BundleVideo", "(root)", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = check(d.pop("id", UNSET), str, "BundleVideo", "id")

        position = check(d.pop("position", UNSET), int, "BundleVideo", "position")

        _status = check(d.pop("status", UNSET), str, "BundleVideo", "status")
        status: VideoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = VideoStatus(_status)

        _video_type = check(d.pop("video_type", UNSET), str, "BundleVideo", "video_type")
        video_type: VideoType | Unset
        if isinstance(_video_type, Unset):
            video_type = UNSET
        else:
            video_type = VideoType(_video_type)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "description"))

        description = _parse_description(d.pop("description", UNSET))

        def _parse_target_publish_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "target_publish_date"))

        target_publish_date = _parse_target_publish_date(d.pop("target_publish_date", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "name"))

        name = _parse_name(d.pop("name", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "video_url"))

        video_url = _parse_video_url(d.pop("video_url", UNSET))

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

        def _parse_carousel_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "carousel_title"))

        carousel_title = _parse_carousel_title(d.pop("carousel_title", UNSET))

        def _parse_tiktok_sound_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "tiktok_sound_url"))

        tiktok_sound_url = _parse_tiktok_sound_url(d.pop("tiktok_sound_url", UNSET))

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

        def _parse_editing_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "editing_instructions"))

        editing_instructions = _parse_editing_instructions(d.pop("editing_instructions", UNSET))

        def _parse_external_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "external_ref"))

        external_ref = _parse_external_ref(d.pop("external_ref", UNSET))

        _instagram_content_type = check(
            d.pop("instagram_content_type", UNSET), str, "BundleVideo", "instagram_content_type"
        )
        instagram_content_type: InstagramContentType | Unset
        if isinstance(_instagram_content_type, Unset):
            instagram_content_type = UNSET
        else:
            instagram_content_type = InstagramContentType(_instagram_content_type)

        def _parse_instagram_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "instagram_location"))

        instagram_location = _parse_instagram_location(d.pop("instagram_location", UNSET))

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

        def _parse_instagram_audio_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "instagram_audio_name"))

        instagram_audio_name = _parse_instagram_audio_name(d.pop("instagram_audio_name", UNSET))

        def _parse_instagram_add_to_story(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, check_union(data, (bool,), "", "instagram_add_to_story"))

        instagram_add_to_story = _parse_instagram_add_to_story(d.pop("instagram_add_to_story", UNSET))

        def _parse_youtube_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "youtube_title"))

        youtube_title = _parse_youtube_title(d.pop("youtube_title", UNSET))

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

        def _parse_youtube_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "youtube_category"))

        youtube_category = _parse_youtube_category(d.pop("youtube_category", UNSET))

        _youtube_visibility = check(d.pop("youtube_visibility", UNSET), str, "BundleVideo", "youtube_visibility")
        youtube_visibility: YoutubeVisibility | Unset
        if isinstance(_youtube_visibility, Unset):
            youtube_visibility = UNSET
        else:
            youtube_visibility = YoutubeVisibility(_youtube_visibility)

        def _parse_youtube_sound_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "youtube_sound_url"))

        youtube_sound_url = _parse_youtube_sound_url(d.pop("youtube_sound_url", UNSET))

        def _parse_platform_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "platform_url"))

        platform_url = _parse_platform_url(d.pop("platform_url", UNSET))

        bundle_video = cls(
            id=id,
            position=position,
            status=status,
            video_type=video_type,
            description=description,
            target_publish_date=target_publish_date,
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
            platform_url=platform_url,
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
