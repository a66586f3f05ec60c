"""Bundles: creation and pricing, the derived fields, publish readiness and publishing (the bundles guide).

Derived fields, as the guide defines them: ``is_published`` (status published, published_priority, accepted or
completed), ``account_configured`` (the account was configured: its status is past ``pending``),
``videos_total``, ``videos_configured_count`` (slots past ``pending``) and ``next_action``. Readiness blockers,
in the guide's terms: ``BUNDLE_ALREADY_PUBLISHED``; ``BUNDLE_NOT_IN_SETUP`` (status is not ``pending_setup``);
``ACCOUNT_MISSING`` (no account listing); ``ACCOUNT_NOT_CONFIGURED``; ``ACCOUNT_MISSING_FIELDS`` (username,
visible_name or profile_picture_url unset); ``NO_VIDEOS_CONFIGURED`` (a bundle with videos and none configured).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._call import Call
from ._lifecycle import emit_bundle
from ._records import Answer
from ._reference import country_code
from ._registry import handles
from ._state import PRICES, JSONObject, State, now

__all__ = ["blockers", "bundle_view", "publish"]

PUBLISHED = frozenset({"published", "published_priority", "accepted", "completed"})
UNPUBLISHABLE = frozenset({"published", "published_priority"})
REQUIRED_PROFILE_FIELDS = ("username", "visible_name", "profile_picture_url")
_SUMMARY_FIELDS = ("username", "visible_name", "biography", "profile_picture_url")
_CREATED_FIELDS = ("id", "bundle_type", "platform", "country", "status", "videos_quantity", "created_at")
_LIST_FILTERS = ("status", "bundle_type", "platform", "external_ref", "account_status")


# -- derived fields and readiness ----------------------------------------------------------------------------------


def _configured_count(state: State, bundle_id: str) -> int:
    return sum(1 for video in state.videos.get(bundle_id, []) if video["status"] != "pending")


def _account_configured(bundle: Mapping[str, Any]) -> bool:
    return bundle.get("account_status") not in (None, "pending")


def blockers(state: State, bundle: Mapping[str, Any]) -> list[JSONObject]:
    """What stands between the bundle and ``POST /bundles/{id}/publish`` (empty: ready)."""
    if bundle["status"] in PUBLISHED:
        return [{"code": "BUNDLE_ALREADY_PUBLISHED", "message": "The bundle is already published or accepted."}]
    if bundle["status"] != "pending_setup":
        return [
            {
                "code": "BUNDLE_NOT_IN_SETUP",
                "message": f"The bundle's status is {bundle['status']}, not pending_setup.",
                "details": {"current_status": bundle["status"]},
            }
        ]
    found: list[JSONObject] = []
    if bundle["bundle_type"] != "videos_only":
        profile = state.profiles.get(bundle["id"], {})
        missing = [name for name in REQUIRED_PROFILE_FIELDS if not profile.get(name)]
        if bundle.get("account_status") is None:
            found.append({"code": "ACCOUNT_MISSING", "message": "No account configuration exists yet."})
        elif not _account_configured(bundle):
            found.append({"code": "ACCOUNT_NOT_CONFIGURED", "message": "Configure the account first."})
        elif missing:
            found.append(
                {
                    "code": "ACCOUNT_MISSING_FIELDS",
                    "message": "Account is missing required fields.",
                    "details": {"missing_fields": missing},
                }
            )
    if bundle["bundle_type"] != "account_only" and not _configured_count(state, bundle["id"]):
        found.append({"code": "NO_VIDEOS_CONFIGURED", "message": "Configure at least one video."})
    return found


def next_action(state: State, bundle: Mapping[str, Any]) -> str | None:
    if bundle["status"] != "pending_setup":
        return None
    codes = {blocker["code"] for blocker in blockers(state, bundle)}
    if any(code.startswith("ACCOUNT_") for code in codes):
        return "configure_account"
    if "NO_VIDEOS_CONFIGURED" in codes:
        return "configure_videos"
    return "publish_bundle"


def bundle_view(state: State, bundle: Mapping[str, Any], *, full: bool = True) -> JSONObject:
    """The bundle as the API returns it: stored fields plus derived ones (and, in full, account and video slots)."""
    slots = state.videos.get(bundle["id"], [])
    view: JSONObject = {
        **bundle,
        "is_published": bundle["status"] in PUBLISHED,
        "account_configured": _account_configured(bundle),
        "videos_total": len(slots),
        "videos_configured_count": _configured_count(state, bundle["id"]),
        "next_action": next_action(state, bundle),
    }
    if full:
        profile = state.profiles.get(bundle["id"])
        view["account"] = {key: profile.get(key) for key in _SUMMARY_FIELDS} if profile else None
        view["videos"] = [{key: video.get(key) for key in ("id", "position", "status", "name")} for video in slots]
    return view


def publish(call: Call, bundle: JSONObject) -> None:
    """Publish the bundle, or answer 409 with its blockers (the first one's code)."""
    found = blockers(call.state, bundle)
    if found:
        raise Answer(409, found[0]["code"], "The bundle is not ready to publish.", {"blockers": found})
    bundle.update(status="published", updated_at=now())
    emit_bundle(call.state, "bundle.published", bundle)


# -- creation --------------------------------------------------------------------------------------------------------


def _breakdown(bundle_type: str, videos: int, edits: int, warming_terms: int) -> dict[str, int]:
    items = {
        "account_creation": 0 if bundle_type == "videos_only" else PRICES["account_creation"],
        "video_slots": videos * PRICES["video_upload"],
        "edit_slots": edits * PRICES["video_edit"],
        "advanced_warming": warming_terms * PRICES["advanced_warming"],
    }
    return {**items, "total": sum(items.values())}


def _warming_terms(body: Mapping[str, Any]) -> int:
    if not body.get("wants_advanced_warming"):
        return 0
    return len(body.get("advanced_warming_terms") or []) or int(body.get("advanced_warming_terms_count") or 0)


def _check_order(call: Call, body: Mapping[str, Any]) -> None:
    """The rules of an order the schema cannot express (400s, as TokPortal answers them)."""
    bundle_type = body["bundle_type"]
    if bundle_type == "videos_only":
        if not body.get("account_id"):
            raise Answer(
                400, "VALIDATION_ERROR", "account_id is required for videos_only.", {"missing_fields": ["account_id"]}
            )
        call.state.account(str(body["account_id"]))
    else:
        if "account_id" in body:
            raise Answer(400, "ACCOUNT_ID_NOT_ALLOWED", "account_id is only allowed with bundle_type videos_only.")
        if not body.get("country"):
            raise Answer(
                400, "VALIDATION_ERROR", f"country is required for {bundle_type}.", {"missing_fields": ["country"]}
            )
    videos, edits = int(body.get("videos_quantity") or 0), int(body.get("edits_quantity") or 0)
    if bundle_type != "account_only" and videos < 1:
        raise Answer(400, "VALIDATION_ERROR", f"videos_quantity must be at least 1 for {bundle_type}.")
    if edits > videos:
        raise Answer(400, "VALIDATION_ERROR", "edits_quantity must not exceed videos_quantity.")
    if body.get("country"):
        country_code(call.state.countries, body["country"])
    account = call.state.accounts.get(str(body.get("account_id")))
    check_warming(body, [str(account["platform"] if account else body.get("platform") or "tiktok")])


def check_warming(body: Mapping[str, Any], platforms: list[str]) -> None:
    """The warming options of an order, as the bundles guide and TokPortal's warming rules state them."""
    niche, deep = bool(body.get("wants_niche_warming")), bool(body.get("wants_deep_warming"))
    advanced = bool(body.get("wants_advanced_warming"))
    if deep and niche:
        raise Answer(400, "WARMING_CONFLICT", "wants_deep_warming cannot be combined with wants_niche_warming.")
    if deep and any(platform != "instagram" for platform in platforms):
        raise Answer(
            400,
            "VALIDATION_ERROR",
            f"wants_deep_warming is Instagram only, got platform {', '.join(sorted(set(platforms)))}.",
        )
    if niche and advanced:
        raise Answer(400, "WARMING_CONFLICT", "wants_niche_warming cannot be combined with wants_advanced_warming.")
    terms = body.get("advanced_warming_terms")
    count = body.get("advanced_warming_terms_count")
    if (terms is not None or count is not None) and not advanced:
        raise Answer(
            400,
            "ADVANCED_WARMING_FLAG_REQUIRED",
            "advanced_warming_terms and advanced_warming_terms_count need wants_advanced_warming: true.",
        )
    if not advanced:
        return
    if terms is None and count is None:
        raise Answer(
            400,
            "ADVANCED_WARMING_TERMS",
            "wants_advanced_warming needs advanced_warming_terms or advanced_warming_terms_count (3 to 30, "
            "a multiple of 3).",
        )
    if terms is not None:
        words = [str(term).strip() for term in terms]
        if len(words) % 3:
            raise Answer(
                400,
                "ADVANCED_WARMING_TERMS",
                f"advanced_warming_terms: expected 3 to 30 terms, a multiple of 3, got {len(words)}.",
                {"purchased_terms_count": len(words)},
            )
        if len({word.casefold() for word in words}) != len(words):
            raise Answer(400, "ADVANCED_WARMING_TERMS", "advanced_warming_terms: terms must be distinct.")
        if count is not None and int(count) != len(words):
            raise Answer(
                400,
                "ADVANCED_WARMING_COUNT_MISMATCH",
                f"advanced_warming_terms_count is {count} but {len(words)} terms were sent.",
            )


def store_bundle(call: Call, body: Mapping[str, Any], *, platform: str) -> JSONObject:
    """Create a bundle (and its empty video slots) from an order."""
    state = call.state
    bundle_type = str(body["bundle_type"])
    videos, edits = int(body.get("videos_quantity") or 0), int(body.get("edits_quantity") or 0)
    account = state.accounts.get(str(body.get("account_id")))
    stamp = now()
    bundle: JSONObject = {
        "id": call.new_id("bundle"),
        "bundle_type": bundle_type,
        "platform": account["platform"] if account else platform,
        "country": (account or {}).get("country")
        or (country_code(state.countries, body["country"]) if body.get("country") else ""),
        "status": "pending_setup",
        "account_status": None if bundle_type == "videos_only" else "pending",
        "title": body.get("title"),
        "videos_quantity": videos,
        "edits_quantity": edits,
        "used_edits": 0,
        "credit_cost": _breakdown(bundle_type, videos, edits, _warming_terms(body))["total"],
        "external_ref": body.get("external_ref"),
        "existing_account_id": account["id"] if account else None,
        "saved_account_id": account["id"] if account else None,
        "auto_finalize_videos": bool(body.get("auto_finalize_videos", True)),
        "wants_niche_warming": bool(body.get("wants_niche_warming", False)),
        "wants_deep_warming": bool(body.get("wants_deep_warming", False)),
        "wants_moderation": False,
        "created_at": stamp,
        "updated_at": stamp,
    }
    state.bundles[bundle["id"]] = bundle
    state.videos[bundle["id"]] = []
    add_slots(call, bundle, videos)
    emit_bundle(state, "bundle.created", bundle)
    return bundle


def add_slots(call: Call, bundle: JSONObject, quantity: int) -> None:
    slots = call.state.videos[bundle["id"]]
    for _ in range(quantity):
        slot = call.examples.blank("BundleVideo")
        slot.update(id=call.new_id("video"), position=len(slots) + 1, status="pending")
        slots.append(slot)


def _created(bundle: Mapping[str, Any]) -> JSONObject:
    return {"bundle_id": bundle["id"], **{key: bundle[key] for key in _CREATED_FIELDS}, "review_mode": "auto"}


@handles("createBundle")
def _create_bundle(call: Call) -> Any:
    body = call.body
    _check_order(call, body)
    bundle_type = str(body["bundle_type"])
    breakdown = _breakdown(
        bundle_type, int(body.get("videos_quantity") or 0), int(body.get("edits_quantity") or 0), _warming_terms(body)
    )
    billing = call.bill({}, breakdown["total"], "Bundle creation", breakdown)
    bundle = store_bundle(call, body, platform=str(body.get("platform") or "tiktok"))
    return {"data": _created(bundle), **billing}


@handles("createBundlesBulk")
def _create_bundles_bulk(call: Call) -> Any:
    body = call.body
    count, per_account = int(body["accounts_count"]), int(body.get("videos_per_account") or 0)
    if int(body.get("upload_accounts_count") or 0) > count:
        raise Answer(400, "VALIDATION_ERROR", "upload_accounts_count must not exceed accounts_count.")
    country_code(call.state.countries, body["country"])
    check_warming(body, [str(platform) for platform in body["platforms"]])
    order = {**body, "bundle_type": "account_and_videos" if per_account else "account_only"}
    order["videos_quantity"] = per_account
    platforms = [str(platform) for platform in body["platforms"]]
    each = _breakdown(str(order["bundle_type"]), per_account, 0, _warming_terms(body))
    breakdown = {key: value * count * len(platforms) for key, value in each.items()}
    billing = call.bill({}, breakdown["total"], "Bulk bundle creation", breakdown)  # all or nothing
    created = [_created(store_bundle(call, order, platform=p)) for p in platforms for _ in range(count)]
    return {"data": {"bundles": created, "total_count": len(created)}, **billing}


@handles("listBundles")
def _list_bundles(call: Call) -> Any:
    items = [
        bundle_view(call.state, bundle, full=False)
        for bundle in reversed(call.state.bundles.values())
        if all(call.query.get(key) in (None, bundle.get(key)) for key in _LIST_FILTERS)
    ]
    return call.paginate(items)


@handles("getBundle")
def _get_bundle(call: Call) -> Any:
    return {"data": bundle_view(call.state, call.state.bundle(call.param("id")))}


@handles("updateBundle")
def _update_bundle(call: Call) -> Any:
    call.refuse_empty_body()
    bundle = call.state.bundle(call.param("id"))
    ref = call.body.get("external_ref")
    if ref is not None and any(
        other["external_ref"] == ref and other["id"] != bundle["id"] for other in call.state.bundles.values()
    ):
        raise Answer(409, "DUPLICATE_EXTERNAL_REF", "Another bundle already uses this external_ref.")
    for key in ("title", "external_ref", "auto_finalize_videos"):
        if key in call.body:
            bundle[key] = call.body[key]
    bundle["updated_at"] = now()
    return {"data": {key: bundle[key] for key in ("id", "title", "auto_finalize_videos", "external_ref", "updated_at")}}


@handles("getBundlePublishReadiness")
def _readiness(call: Call) -> Any:
    bundle = call.state.bundle(call.param("id"))
    found = blockers(call.state, bundle)
    return {"data": {"bundle_id": bundle["id"], "ready": not found, "blockers": found}}


@handles("publishBundle")
def _publish(call: Call) -> Any:
    bundle = call.state.bundle(call.param("id"))
    publish(call, bundle)
    return {"data": {"id": bundle["id"], "status": bundle["status"], "published_at": now(), "unpublished_at": None}}


@handles("unpublishBundle")
def _unpublish(call: Call) -> Any:
    bundle = call.state.bundle(call.param("id"))
    if bundle["status"] not in UNPUBLISHABLE:
        raise Answer(
            409,
            "BUNDLE_INVALID_STATUS",
            "Only a published bundle can be unpublished.",
            {"current_status": bundle["status"]},
        )
    bundle.update(status="pending_setup", updated_at=now())
    return {"data": {"id": bundle["id"], "status": bundle["status"], "published_at": None, "unpublished_at": now()}}


@handles("addVideoSlots", "addEditSlots")
def _add_slots(call: Call) -> Any:
    bundle = call.state.bundle(call.param("id"))
    quantity = int(call.body["quantity"])  # at least 1 (the contract says so)
    videos = call.operation_id == "addVideoSlots"
    breakdown = _breakdown("videos_only", quantity if videos else 0, 0 if videos else quantity, 0)  # slots only
    if not videos and bundle["edits_quantity"] + quantity > len(call.state.videos[bundle["id"]]):
        raise Answer(400, "VALIDATION_ERROR", "edits_quantity must not exceed the number of video slots.")
    result = call.bill({"data": {}}, breakdown["total"], "Video slots" if videos else "Edit slots", breakdown)
    if videos:
        add_slots(call, bundle, quantity)
        bundle["videos_quantity"] += quantity
    else:
        bundle["edits_quantity"] += quantity
    bundle["updated_at"] = now()
    return result
