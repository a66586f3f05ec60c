"""The lifecycle of a bundle, its account and its videos, and the events each move emits.

Status changes made through the API (configuring, publishing, finalizing, asking for corrections) and the ones
TokPortal makes on its side (accepting a bundle, delivering the account for review, posting a video, a ban) go
through :func:`set_account_status` / :func:`set_video_status`, which emit the catalog's event for the new status
(``account.in_review``, ``video.published``, ...). Payloads carry the fields TokPortal's events carry: ``bundle_id``,
``status`` and ``previous_status``; ``account_id`` (the account listing, stable across remakes),
``saved_account_id``, ``username`` and ``platform`` for an account; ``video_id``, ``position`` and
``platform_url`` for a video.

TokPortal's side follows the bundles guide: ``pending_setup -> published -> accepted -> completed``, and for a
bundle with videos ``accepted -> in_review -> finalized -> completed``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._state import JSONObject, State, now

__all__ = [
    "BUNDLE_STAGES",
    "EMITTED",
    "advance",
    "ban_account",
    "bundle_data",
    "deliver_account",
    "emit_bundle",
    "finalize_video",
    "publish_video",
    "review_account",
    "set_account_status",
    "set_video_status",
]

EMITTED = frozenset(
    {
        "webhook.test",
        "bundle.created",
        "bundle.published",
        "account.configured",
        "account.in_review",
        "account.pending_corrections",
        "account.finalized",
        "account.banned",
        "video.configured",
        "video.published",
        "video.in_review",
        "video.pending_corrections",
        "video.finalized",
    }
)
"""The event types the mock emits (the rest of the catalog is listed with ``emitted: false``)."""
BUNDLE_STAGES = ("accepted", "in_review", "finalized", "completed")
"""The states :func:`advance` moves a published bundle to, in the guide's order."""
_SUBMITTED = ("published", "published_priority")
_PLATFORM_POSTS = {
    "tiktok": "https://www.tiktok.com/@{user}/video/{n}",
    "instagram": "https://www.instagram.com/p/{n}/",
}


def bundle_data(bundle: Mapping[str, Any]) -> JSONObject:
    return {key: bundle.get(key) for key in ("external_ref", "status", "platform", "bundle_type")} | {
        "bundle_id": bundle["id"]
    }


def emit_bundle(state: State, event_type: str, bundle: Mapping[str, Any]) -> None:
    state.emit(event_type, bundle_data(bundle))


def _account_data(state: State, bundle: Mapping[str, Any], previous: str | None) -> JSONObject:
    profile = state.profiles.get(bundle["id"]) or {}
    return {
        "account_id": state.listing_id(bundle["id"]),
        "saved_account_id": bundle.get("saved_account_id"),
        "bundle_id": bundle["id"],
        "username": profile.get("username"),
        "platform": bundle["platform"],
        "status": bundle.get("account_status"),
        "previous_status": previous,
    }


def set_account_status(state: State, bundle: JSONObject, status: str) -> None:
    """Move the bundle's account listing to ``status`` and emit ``account.<status>``."""
    previous = bundle.get("account_status")
    bundle.update(account_status=status, updated_at=now())
    if f"account.{status}" in EMITTED:
        state.emit(f"account.{status}", _account_data(state, bundle, previous))


def set_video_status(state: State, bundle: JSONObject, slot: JSONObject, status: str) -> None:
    """Move a video slot to ``status`` and emit ``video.<status>``."""
    previous = slot.get("status")
    slot["status"] = status
    bundle["updated_at"] = now()
    if f"video.{status}" in EMITTED:
        data = {
            "video_id": slot["id"],
            "bundle_id": bundle["id"],
            "position": slot["position"],
            "status": status,
            "previous_status": previous,
            "platform_url": slot.get("platform_url"),
        }
        state.emit(f"video.{status}", data)


# -- TokPortal's side ----------------------------------------------------------------------------------------------


def _bundle(state: State, bundle_id: object) -> JSONObject:
    if not isinstance(bundle_id, str):
        raise TypeError(f"bundle_id: expected a string, got {type(bundle_id).__name__}")
    bundle = state.bundles.get(bundle_id)
    if bundle is None:
        raise ValueError(f"bundle_id: the mock has no bundle {bundle_id!r}")
    return bundle


def _accept(state: State, bundle: JSONObject) -> None:
    """An operator accepts a published bundle (``published -> accepted``); its published videos are accepted."""
    if bundle["status"] in _SUBMITTED:
        bundle.update(status="accepted", updated_at=now())
        for slot in state.videos.get(bundle["id"], []):
            if slot["status"] == "published":
                set_video_status(state, bundle, slot, "accepted")
    elif bundle["status"] == "pending_setup":
        raise ValueError(f"bundle {bundle['id']} is pending_setup: publish it first (TokPortal takes published ones)")


def review_account(state: State, bundle_id: str) -> str:
    """TokPortal delivers the account for review: the account listing goes ``in_review`` and the saved account
    exists (``saved_account_id``); the bundle is accepted first if it was only published. Returns the saved
    account id."""
    bundle = _bundle(state, bundle_id)
    if bundle["bundle_type"] == "videos_only":
        raise ValueError(f"bundle {bundle_id} is videos_only: it orders no account")
    _accept(state, bundle)
    if bundle.get("account_status") == "finalized":
        raise ValueError(f"the account of bundle {bundle_id} is already finalized")
    profile = state.profiles.get(bundle["id"]) or {}
    saved = state.accounts.get(str(bundle.get("saved_account_id")))
    if saved is None:
        saved = state.add_account(
            platform=bundle["platform"],
            country=bundle.get("country") or "USA",
            username=profile.get("username"),
            bundle_id=bundle["id"],
        )
        saved["profile_picture_url"] = profile.get("profile_picture_url")
        bundle["saved_account_id"] = saved["id"]
    if bundle.get("account_status") != "in_review":
        set_account_status(state, bundle, "in_review")
    return str(saved["id"])


def deliver_account(state: State, bundle_id: str) -> str:
    """The account is delivered: reviewed if it was not yet, then finalized (as TokPortal's auto-finalize does
    72 hours after review). Emits ``account.in_review`` (if needed) and ``account.finalized``; returns the saved
    account id."""
    bundle = _bundle(state, bundle_id)
    saved_id = (
        str(bundle["saved_account_id"])
        if bundle.get("account_status") == "in_review" and bundle.get("saved_account_id")
        else review_account(state, bundle_id)
    )
    set_account_status(state, bundle, "finalized")
    return saved_id


def _slot(state: State, bundle: JSONObject, position: object) -> JSONObject:
    if isinstance(position, bool) or not isinstance(position, int):
        raise TypeError(f"position: expected an integer, got {type(position).__name__}")
    slots = state.videos.get(bundle["id"], [])
    if not 1 <= position <= len(slots):
        raise ValueError(f"position: bundle {bundle['id']} has no video slot {position}")
    return slots[position - 1]


def publish_video(state: State, bundle_id: str, position: int, platform_url: str | None = None) -> None:
    """TokPortal's manager publishes the video on the platform and submits the post's URL: the slot goes
    ``in_review`` with its ``platform_url`` (``video.in_review``). The video must have been published through
    the API (status ``published``; the bundle is accepted first if needed) or accepted."""
    bundle = _bundle(state, bundle_id)
    slot = _slot(state, bundle, position)
    _accept(state, bundle)
    if slot["status"] not in ("published", "accepted"):
        raise ValueError(
            f"video slot {position} of bundle {bundle_id} is {slot['status']}: publish it through the API first"
        )
    if slot["status"] == "published":
        set_video_status(state, bundle, slot, "accepted")
    username = (state.profiles.get(bundle["id"]) or {}).get("username") or "tokportal"
    template = _PLATFORM_POSTS.get(bundle["platform"], _PLATFORM_POSTS["tiktok"])
    slot["platform_url"] = platform_url or template.format(user=username, n=_post_number(slot["id"]))
    set_video_status(state, bundle, slot, "in_review")


def finalize_video(state: State, bundle_id: str, position: int) -> None:
    """The video's review ends (TokPortal's auto-finalize): ``in_review -> finalized`` (``video.finalized``)."""
    bundle = _bundle(state, bundle_id)
    slot = _slot(state, bundle, position)
    if slot["status"] != "in_review":
        raise ValueError(f"video slot {position} of bundle {bundle_id} is {slot['status']}, not in_review")
    set_video_status(state, bundle, slot, "finalized")


def ban_account(state: State, account_id: str, reason: str, appeal_status: str) -> None:
    """The platform bans a delivered account: its status becomes ``banned``; emits ``account.banned``."""
    if not isinstance(account_id, str):
        raise TypeError(f"account_id: expected a string, got {type(account_id).__name__}")
    account = state.accounts.get(account_id)
    if account is None:
        raise ValueError(f"account_id: the mock has no saved account {account_id!r}")
    stamp = now()
    account.update(status="banned")
    bundle_id = account.get("bundle_id") or next(
        (b["id"] for b in state.bundles.values() if b.get("saved_account_id") == account_id), None
    )
    data = {
        "bundle_id": bundle_id,
        "saved_account_id": account_id,
        "username": account.get("username"),
        "platform": account.get("platform"),
        "reason": reason,
        "appeal_status": appeal_status,
        "banned_at": stamp,
    }
    state.emit("account.banned", data)


def advance(state: State, bundle_id: str, to: str) -> None:
    """Move a published bundle along the guide's lifecycle up to ``to`` (``accepted``, ``in_review``,
    ``finalized`` or ``completed``), doing on the way what TokPortal does: accept it, deliver the account for
    review and post the published videos (``in_review``), finalize the account and the videos in review
    (``finalized``), close it (``completed``). Each move emits its event."""
    if to not in BUNDLE_STAGES:
        raise ValueError(f"to: expected one of {', '.join(BUNDLE_STAGES)}, got {to!r}")
    bundle = _bundle(state, bundle_id)
    current = bundle["status"]
    if current in BUNDLE_STAGES and BUNDLE_STAGES.index(current) >= BUNDLE_STAGES.index(to):
        raise ValueError(f"bundle {bundle_id} is already {current}: it cannot move back to {to}")
    if current not in (*_SUBMITTED, *BUNDLE_STAGES):
        raise ValueError(f"bundle {bundle_id} is {current}: publish it first")
    _accept(state, bundle)
    target = BUNDLE_STAGES.index(to)
    has_account = bundle["bundle_type"] != "videos_only"
    if target >= 1:
        if has_account and bundle.get("account_status") not in ("in_review", "finalized"):
            review_account(state, bundle_id)
        for slot in state.videos.get(bundle["id"], []):
            if slot["status"] in ("published", "accepted"):
                publish_video(state, bundle_id, slot["position"])
        bundle.update(status="in_review", updated_at=now())
    if target >= 2:
        if has_account and bundle.get("account_status") == "in_review":
            set_account_status(state, bundle, "finalized")
        for slot in state.videos.get(bundle["id"], []):
            if slot["status"] == "in_review":
                set_video_status(state, bundle, slot, "finalized")
        bundle.update(status="finalized", updated_at=now())
    if target >= 3:
        bundle.update(status="completed", updated_at=now())


def _post_number(video_id: str) -> int:
    """A post number for a platform URL, stable for a video."""
    return 7_300_000_000_000_000_000 + int(video_id.replace("-", "")[:12], 16) % 10**15
