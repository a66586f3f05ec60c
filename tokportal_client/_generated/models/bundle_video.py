from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    OpenModel,
    check,
    mismatch,
    parse_enum,
)

from ..models.instagram_content_type import InstagramContentType
from ..models.video_status import VideoStatus
from ..models.video_type import VideoType
from ..models.youtube_visibility import YoutubeVisibility


@_attrs_define(repr=False)
class BundleVideo(OpenModel):
    """A video slot and its configuration.

    Attributes:
        id (str | None):
        position (int | None): Rules: >= 1.
        status (VideoStatus | None): Status of a video slot.
        video_type (VideoType | None): Kind of post a video slot publishes.
        description (str | None): Caption (stories have none).
        target_publish_date (str | None): YYYY-MM-DD; at least 3 days ahead for a new account, 1 day for an existing
            one; at most 3 videos per target day per bundle.
        name (str | None): Rules: at most 200 characters.
        video_url (str | None): TokPortal public_url or an external URL (re-hosted).
        carousel_images (list[str] | None): Image storage_paths. Rules: at least 1 items; at most 20 items.
        carousel_title (str | None):
        tiktok_sound_url (str | None): Required for TikTok carousels.
        volume_original_sound (int | None): Rules: >= 0; <= 100.
        volume_added_sound (int | None): Rules: >= 0; <= 100.
        editing_instructions (str | None): Uses an edit slot.
        external_ref (str | None): Rules: at most 200 characters.
        instagram_content_type (InstagramContentType | None): Instagram post format (reel + carousel = fixed photo
            reel; post + carousel = swipe carousel).
        instagram_location (str | None):
        instagram_collaborators (list[str] | None):
        instagram_audio_name (str | None):
        instagram_add_to_story (bool | None):
        youtube_title (str | None):
        youtube_tags (list[str] | None):
        youtube_category (str | None):
        youtube_visibility (YoutubeVisibility | None): YouTube visibility (default public).
        youtube_sound_url (str | None):
        platform_url (str | None): URL of the live post once published.
    """

    id: str | None = None
    position: int | None = None
    status: VideoStatus | None = None
    video_type: VideoType | None = None
    description: str | None = None
    target_publish_date: str | None = None
    name: str | None = None
    video_url: str | None = None
    carousel_images: list[str] | None = None
    carousel_title: str | None = None
    tiktok_sound_url: str | None = None
    volume_original_sound: int | None = None
    volume_added_sound: int | None = None
    editing_instructions: str | None = None
    external_ref: str | None = None
    instagram_content_type: InstagramContentType | None = None
    instagram_location: str | None = None
    instagram_collaborators: list[str] | None = None
    instagram_audio_name: str | None = None
    instagram_add_to_story: bool | None = None
    youtube_title: str | None = None
    youtube_tags: list[str] | None = None
    youtube_category: str | None = None
    youtube_visibility: YoutubeVisibility | None = None
    youtube_sound_url: str | None = None
    platform_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("id", "id", False),
        ("position", "position", False),
        ("status", "status", False),
        ("video_type", "video_type", False),
        ("description", "description", False),
        ("target_publish_date", "target_publish_date", False),
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
        ("platform_url", "platform_url", False),
    )
    _rules = {
        "position": {"minimum": 1},
        "name": {"maxLength": 200},
        "carousel_images": {"minItems": 1, "maxItems": 20},
        "volume_original_sound": {"minimum": 0, "maximum": 100},
        "volume_added_sound": {"minimum": 0, "maximum": 100},
        "external_ref": {"maxLength": 200},
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "BundleVideo", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        id: Any = _pop("id", None)
        if type(id) is not str and id is not None:
            id = check(id, str, "BundleVideo", "id")
        position: Any = _pop("position", None)
        if type(position) is not int and position is not None:
            position = check(position, int, "BundleVideo", "position")
        status: Any = _pop("status", None)
        if status is not None:
            _member = VideoStatus._value2member_map_.get(status) if type(status) is str else None
            status = _member if _member is not None else parse_enum(VideoStatus, status, "BundleVideo", "status")
        video_type: Any = _pop("video_type", None)
        if video_type is not None:
            _member = VideoType._value2member_map_.get(video_type) if type(video_type) is str else None
            video_type = (
                _member if _member is not None else parse_enum(VideoType, video_type, "BundleVideo", "video_type")
            )
        description: Any = _pop("description", None)
        if type(description) is not str and description is not None:
            description = check(description, str, "BundleVideo", "description")
        target_publish_date: Any = _pop("target_publish_date", None)
        if type(target_publish_date) is not str and target_publish_date is not None:
            target_publish_date = check(target_publish_date, str, "BundleVideo", "target_publish_date")
        name: Any = _pop("name", None)
        if type(name) is not str and name is not None:
            name = check(name, str, "BundleVideo", "name")
        video_url: Any = _pop("video_url", None)
        if type(video_url) is not str and video_url is not None:
            video_url = check(video_url, str, "BundleVideo", "video_url")
        carousel_images: Any = _pop("carousel_images", None)
        if type(carousel_images) is list:
            carousel_images = [
                i if type(i) is str else check(i, str, "BundleVideo", "carousel_images") for i in carousel_images
            ]
        elif carousel_images is not None:
            carousel_images = check(carousel_images, list, "BundleVideo", "carousel_images")
        carousel_title: Any = _pop("carousel_title", None)
        if type(carousel_title) is not str and carousel_title is not None:
            carousel_title = check(carousel_title, str, "BundleVideo", "carousel_title")
        tiktok_sound_url: Any = _pop("tiktok_sound_url", None)
        if type(tiktok_sound_url) is not str and tiktok_sound_url is not None:
            tiktok_sound_url = check(tiktok_sound_url, str, "BundleVideo", "tiktok_sound_url")
        volume_original_sound: Any = _pop("volume_original_sound", None)
        if type(volume_original_sound) is not int and volume_original_sound is not None:
            volume_original_sound = check(volume_original_sound, int, "BundleVideo", "volume_original_sound")
        volume_added_sound: Any = _pop("volume_added_sound", None)
        if type(volume_added_sound) is not int and volume_added_sound is not None:
            volume_added_sound = check(volume_added_sound, int, "BundleVideo", "volume_added_sound")
        editing_instructions: Any = _pop("editing_instructions", None)
        if type(editing_instructions) is not str and editing_instructions is not None:
            editing_instructions = check(editing_instructions, str, "BundleVideo", "editing_instructions")
        external_ref: Any = _pop("external_ref", None)
        if type(external_ref) is not str and external_ref is not None:
            external_ref = check(external_ref, str, "BundleVideo", "external_ref")
        instagram_content_type: Any = _pop("instagram_content_type", None)
        if instagram_content_type is not None:
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
        instagram_location: Any = _pop("instagram_location", None)
        if type(instagram_location) is not str and instagram_location is not None:
            instagram_location = check(instagram_location, str, "BundleVideo", "instagram_location")
        instagram_collaborators: Any = _pop("instagram_collaborators", None)
        if type(instagram_collaborators) is list:
            instagram_collaborators = [
                i if type(i) is str else check(i, str, "BundleVideo", "instagram_collaborators")
                for i in instagram_collaborators
            ]
        elif instagram_collaborators is not None:
            instagram_collaborators = check(instagram_collaborators, list, "BundleVideo", "instagram_collaborators")
        instagram_audio_name: Any = _pop("instagram_audio_name", None)
        if type(instagram_audio_name) is not str and instagram_audio_name is not None:
            instagram_audio_name = check(instagram_audio_name, str, "BundleVideo", "instagram_audio_name")
        instagram_add_to_story: Any = _pop("instagram_add_to_story", None)
        if type(instagram_add_to_story) is not bool and instagram_add_to_story is not None:
            instagram_add_to_story = check(instagram_add_to_story, bool, "BundleVideo", "instagram_add_to_story")
        youtube_title: Any = _pop("youtube_title", None)
        if type(youtube_title) is not str and youtube_title is not None:
            youtube_title = check(youtube_title, str, "BundleVideo", "youtube_title")
        youtube_tags: Any = _pop("youtube_tags", None)
        if type(youtube_tags) is list:
            youtube_tags = [i if type(i) is str else check(i, str, "BundleVideo", "youtube_tags") for i in youtube_tags]
        elif youtube_tags is not None:
            youtube_tags = check(youtube_tags, list, "BundleVideo", "youtube_tags")
        youtube_category: Any = _pop("youtube_category", None)
        if type(youtube_category) is not str and youtube_category is not None:
            youtube_category = check(youtube_category, str, "BundleVideo", "youtube_category")
        youtube_visibility: Any = _pop("youtube_visibility", None)
        if youtube_visibility is not None:
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
        youtube_sound_url: Any = _pop("youtube_sound_url", None)
        if type(youtube_sound_url) is not str and youtube_sound_url is not None:
            youtube_sound_url = check(youtube_sound_url, str, "BundleVideo", "youtube_sound_url")
        platform_url: Any = _pop("platform_url", None)
        if type(platform_url) is not str and platform_url is not None:
            platform_url = check(platform_url, str, "BundleVideo", "platform_url")
        obj = cls(
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
        obj.additional_properties = d
        return obj
