from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NotRequired, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    UNSET,
    OpenModel,
    Unset,
    check,
    mismatch,
    parse_enum,
)

from ..models.instagram_content_type import InstagramContentType, InstagramContentTypeLiteral
from ..models.video_type import VideoType, VideoTypeLiteral
from ..models.youtube_visibility import YoutubeVisibility, YoutubeVisibilityLiteral


@_attrs_define(repr=False)
class BatchVideoConfiguration(OpenModel):
    """One slot of a batch configuration.

    Attributes:
        video_type (VideoType | VideoTypeLiteral): Kind of post a video slot publishes.
        target_publish_date (str): YYYY-MM-DD; at least 3 days ahead for a new account, 1 day for an existing one;
            at most 3 videos per target day per bundle.
        position (int): Rules: >= 1.
        description (str | Unset): Caption (stories have none).
        name (str | Unset): Rules: at most 200 characters.
        video_url (str | Unset): TokPortal public_url or an external URL (re-hosted).
        carousel_images (list[str] | Unset): Image storage_paths. Rules: at least 1 items; at most 20 items.
        carousel_title (str | Unset):
        tiktok_sound_url (str | Unset): Required for TikTok carousels.
        volume_original_sound (int | None | Unset): Rules: >= 0; <= 100.
        volume_added_sound (int | None | Unset): Rules: >= 0; <= 100.
        editing_instructions (str | Unset): Uses an edit slot.
        external_ref (str | Unset): Rules: at most 200 characters.
        instagram_content_type (InstagramContentType | InstagramContentTypeLiteral | Unset): Instagram post format
            (reel + carousel = fixed photo reel; post + carousel = swipe carousel).
        instagram_location (str | Unset):
        instagram_collaborators (list[str] | Unset):
        instagram_audio_name (str | Unset):
        instagram_add_to_story (bool | Unset):
        youtube_title (str | Unset):
        youtube_tags (list[str] | Unset):
        youtube_category (str | Unset):
        youtube_visibility (YoutubeVisibility | YoutubeVisibilityLiteral | Unset): YouTube visibility (default
            public).
        youtube_sound_url (str | Unset):
        auto_publish (bool | Unset): Publish right after configuring.
    """

    video_type: VideoType | VideoTypeLiteral
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
    instagram_content_type: InstagramContentType | InstagramContentTypeLiteral | Unset = UNSET
    instagram_location: str | Unset = UNSET
    instagram_collaborators: list[str] | Unset = UNSET
    instagram_audio_name: str | Unset = UNSET
    instagram_add_to_story: bool | Unset = UNSET
    youtube_title: str | Unset = UNSET
    youtube_tags: list[str] | Unset = UNSET
    youtube_category: str | Unset = UNSET
    youtube_visibility: YoutubeVisibility | YoutubeVisibilityLiteral | Unset = UNSET
    youtube_sound_url: str | Unset = UNSET
    auto_publish: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("video_type", "video_type", True),
        ("target_publish_date", "target_publish_date", True),
        ("position", "position", True),
        ("description", "description", False),
        ("name", "name", False),
        ("video_url", "video_url", False),
        ("carousel_images", "carousel_images", False),
        ("carousel_title", "carousel_title", False),
        ("tiktok_sound_url", "tiktok_sound_url", False),
        ("volume_original_sound", "volume_original_sound", False),
        ("volume_added_sound", "volume_added_sound", False),
        ("editing_instructions", "editing_instructions", False),
        ("external_ref", "external_ref", False),
        ("instagram_content_type", "instagram_content_type", False),
        ("instagram_location", "instagram_location", False),
        ("instagram_collaborators", "instagram_collaborators", False),
        ("instagram_audio_name", "instagram_audio_name", False),
        ("instagram_add_to_story", "instagram_add_to_story", False),
        ("youtube_title", "youtube_title", False),
        ("youtube_tags", "youtube_tags", False),
        ("youtube_category", "youtube_category", False),
        ("youtube_visibility", "youtube_visibility", False),
        ("youtube_sound_url", "youtube_sound_url", False),
        ("auto_publish", "auto_publish", False),
    )
    _absent = UNSET
    _rules = {
        "name": {"maxLength": 200},
        "carousel_images": {"minItems": 1, "maxItems": 20},
        "volume_original_sound": {"minimum": 0, "maximum": 100},
        "volume_added_sound": {"minimum": 0, "maximum": 100},
        "external_ref": {"maxLength": 200},
        "position": {"minimum": 1},
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "BatchVideoConfiguration", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        video_type: Any = _pop("video_type", MISSING)
        _member = VideoType._value2member_map_.get(video_type) if type(video_type) is str else None
        video_type = (
            _member
            if _member is not None
            else parse_enum(VideoType, video_type, "BatchVideoConfiguration", "video_type")
        )
        target_publish_date: Any = _pop("target_publish_date", MISSING)
        if type(target_publish_date) is not str:
            target_publish_date = check(target_publish_date, str, "BatchVideoConfiguration", "target_publish_date")
        position: Any = _pop("position", MISSING)
        if type(position) is not int:
            position = check(position, int, "BatchVideoConfiguration", "position")
        description: Any = _pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = check(description, str, "BatchVideoConfiguration", "description")
        name: Any = _pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = check(name, str, "BatchVideoConfiguration", "name")
        video_url: Any = _pop("video_url", UNSET)
        if type(video_url) is not str and video_url is not UNSET:
            video_url = check(video_url, str, "BatchVideoConfiguration", "video_url")
        carousel_images: Any = _pop("carousel_images", UNSET)
        if type(carousel_images) is list:
            carousel_images = [
                i if type(i) is str else check(i, str, "BatchVideoConfiguration", "carousel_images")
                for i in carousel_images
            ]
        elif carousel_images is not UNSET:
            carousel_images = check(carousel_images, list, "BatchVideoConfiguration", "carousel_images")
        carousel_title: Any = _pop("carousel_title", UNSET)
        if type(carousel_title) is not str and carousel_title is not UNSET:
            carousel_title = check(carousel_title, str, "BatchVideoConfiguration", "carousel_title")
        tiktok_sound_url: Any = _pop("tiktok_sound_url", UNSET)
        if type(tiktok_sound_url) is not str and tiktok_sound_url is not UNSET:
            tiktok_sound_url = check(tiktok_sound_url, str, "BatchVideoConfiguration", "tiktok_sound_url")
        volume_original_sound: Any = _pop("volume_original_sound", UNSET)
        if (
            type(volume_original_sound) is not int
            and volume_original_sound is not UNSET
            and volume_original_sound is not None
        ):
            volume_original_sound = check(
                volume_original_sound, int, "BatchVideoConfiguration", "volume_original_sound"
            )
        volume_added_sound: Any = _pop("volume_added_sound", UNSET)
        if type(volume_added_sound) is not int and volume_added_sound is not UNSET and volume_added_sound is not None:
            volume_added_sound = check(volume_added_sound, int, "BatchVideoConfiguration", "volume_added_sound")
        editing_instructions: Any = _pop("editing_instructions", UNSET)
        if type(editing_instructions) is not str and editing_instructions is not UNSET:
            editing_instructions = check(editing_instructions, str, "BatchVideoConfiguration", "editing_instructions")
        external_ref: Any = _pop("external_ref", UNSET)
        if type(external_ref) is not str and external_ref is not UNSET:
            external_ref = check(external_ref, str, "BatchVideoConfiguration", "external_ref")
        instagram_content_type: Any = _pop("instagram_content_type", UNSET)
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
        instagram_location: Any = _pop("instagram_location", UNSET)
        if type(instagram_location) is not str and instagram_location is not UNSET:
            instagram_location = check(instagram_location, str, "BatchVideoConfiguration", "instagram_location")
        instagram_collaborators: Any = _pop("instagram_collaborators", UNSET)
        if type(instagram_collaborators) is list:
            instagram_collaborators = [
                i if type(i) is str else check(i, str, "BatchVideoConfiguration", "instagram_collaborators")
                for i in instagram_collaborators
            ]
        elif instagram_collaborators is not UNSET:
            instagram_collaborators = check(
                instagram_collaborators, list, "BatchVideoConfiguration", "instagram_collaborators"
            )
        instagram_audio_name: Any = _pop("instagram_audio_name", UNSET)
        if type(instagram_audio_name) is not str and instagram_audio_name is not UNSET:
            instagram_audio_name = check(instagram_audio_name, str, "BatchVideoConfiguration", "instagram_audio_name")
        instagram_add_to_story: Any = _pop("instagram_add_to_story", UNSET)
        if type(instagram_add_to_story) is not bool and instagram_add_to_story is not UNSET:
            instagram_add_to_story = check(
                instagram_add_to_story, bool, "BatchVideoConfiguration", "instagram_add_to_story"
            )
        youtube_title: Any = _pop("youtube_title", UNSET)
        if type(youtube_title) is not str and youtube_title is not UNSET:
            youtube_title = check(youtube_title, str, "BatchVideoConfiguration", "youtube_title")
        youtube_tags: Any = _pop("youtube_tags", UNSET)
        if type(youtube_tags) is list:
            youtube_tags = [
                i if type(i) is str else check(i, str, "BatchVideoConfiguration", "youtube_tags") for i in youtube_tags
            ]
        elif youtube_tags is not UNSET:
            youtube_tags = check(youtube_tags, list, "BatchVideoConfiguration", "youtube_tags")
        youtube_category: Any = _pop("youtube_category", UNSET)
        if type(youtube_category) is not str and youtube_category is not UNSET:
            youtube_category = check(youtube_category, str, "BatchVideoConfiguration", "youtube_category")
        youtube_visibility: Any = _pop("youtube_visibility", UNSET)
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
        youtube_sound_url: Any = _pop("youtube_sound_url", UNSET)
        if type(youtube_sound_url) is not str and youtube_sound_url is not UNSET:
            youtube_sound_url = check(youtube_sound_url, str, "BatchVideoConfiguration", "youtube_sound_url")
        auto_publish: Any = _pop("auto_publish", UNSET)
        if type(auto_publish) is not bool and auto_publish is not UNSET:
            auto_publish = check(auto_publish, bool, "BatchVideoConfiguration", "auto_publish")
        obj = cls(
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
        obj.additional_properties = d
        return obj


class BatchVideoConfigurationDict(TypedDict):
    """The JSON body of :class:`BatchVideoConfiguration` as a plain dict: type checkers check its keys and values."""

    video_type: VideoType | VideoTypeLiteral
    target_publish_date: str
    position: int
    description: NotRequired[str]
    name: NotRequired[str]
    video_url: NotRequired[str]
    carousel_images: NotRequired[list[str]]
    carousel_title: NotRequired[str]
    tiktok_sound_url: NotRequired[str]
    volume_original_sound: NotRequired[int | None]
    volume_added_sound: NotRequired[int | None]
    editing_instructions: NotRequired[str]
    external_ref: NotRequired[str]
    instagram_content_type: NotRequired[InstagramContentType | InstagramContentTypeLiteral]
    instagram_location: NotRequired[str]
    instagram_collaborators: NotRequired[list[str]]
    instagram_audio_name: NotRequired[str]
    instagram_add_to_story: NotRequired[bool]
    youtube_title: NotRequired[str]
    youtube_tags: NotRequired[list[str]]
    youtube_category: NotRequired[str]
    youtube_visibility: NotRequired[YoutubeVisibility | YoutubeVisibilityLiteral]
    youtube_sound_url: NotRequired[str]
    auto_publish: NotRequired[bool]
