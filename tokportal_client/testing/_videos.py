"""Video slots: configuring (one, a batch, a CSV), patching metadata, publishing, reviewing and resetting.

Scheduling rules TokPortal documents: ``target_publish_date`` is ``YYYY-MM-DD`` at least 3 days ahead on a new
account (1 day on an existing one, a ``videos_only`` bundle), and at most 3 videos per target day per bundle.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterable, Mapping
from typing import Any

from ._bundles import PUBLISHED, blockers, publish
from ._call import Call
from ._lifecycle import set_video_status
from ._records import Answer
from ._registry import handles
from ._state import JSONObject, now

__all__: list[str] = []

CONFIGURABLE = ("pending", "configured", "pending_corrections")
REVIEWABLE = ("accepted", "in_review")
MAX_PER_DAY = 3
_FIXED = frozenset({"id", "position", "status", "platform_url"})
_CSV_LISTS = {"carousel_images": ";", "instagram_collaborators": ",", "youtube_tags": ","}


def _status_error(slot: Mapping[str, Any], allowed: Iterable[str]) -> Answer:
    return Answer(
        409,
        "INVALID_STATUS_TRANSITION",
        f"Video slot {slot['position']} is {slot['status']}.",
        {"current_status": slot["status"], "allowed_statuses": list(allowed)},
    )


def _earliest_day(bundle: Mapping[str, Any]) -> datetime.date:
    days = 1 if bundle["bundle_type"] == "videos_only" else 3
    return datetime.datetime.now(datetime.UTC).date() + datetime.timedelta(days=days)


def _check_date(bundle: Mapping[str, Any], value: Any) -> str | None:
    """Why ``value`` is not an acceptable ``target_publish_date`` for the bundle, or None."""
    try:
        day = datetime.date.fromisoformat(str(value))
    except ValueError:
        return f"target_publish_date must be a date (YYYY-MM-DD), got {value!r}"
    earliest = _earliest_day(bundle)
    if day < earliest:
        return f"target_publish_date must be on or after {earliest.isoformat()}, got {value}"
    return None


def _plan(call: Call, bundle: JSONObject, configs: Mapping[int, Mapping[str, Any]]) -> None:
    """Check a set of slot configurations (position -> config) before any is applied."""
    for position, config in configs.items():
        slot = call.state.slot(bundle["id"], position)
        if slot["status"] not in CONFIGURABLE:
            raise _status_error(slot, CONFIGURABLE)
        problem = _check_date(bundle, config.get("target_publish_date"))
        if problem:
            raise Answer(400, "VALIDATION_ERROR", f"video slot {position}: {problem}")
    days: dict[str, int] = {}
    for slot in call.state.videos[bundle["id"]]:
        planned = configs.get(slot["position"])
        day = planned.get("target_publish_date") if planned else slot.get("target_publish_date")
        if day and (planned or slot["status"] != "pending"):
            days[str(day)] = days.get(str(day), 0) + 1
    for day, count in sorted(days.items()):
        if count > MAX_PER_DAY:
            raise Answer(
                400,
                "VIDEOS_PER_DAY_EXCEEDED",
                f"At most {MAX_PER_DAY} videos per target day per bundle.",
                {"date": day, "current_count": count},
            )


def _blank(call: Call, slot: Mapping[str, Any]) -> JSONObject:
    fresh = call.examples.blank("BundleVideo")
    fresh.update(id=slot["id"], position=slot["position"], status="pending")
    return fresh


def _replace(call: Call, bundle: JSONObject, slot: JSONObject) -> JSONObject:
    call.state.videos[bundle["id"]][slot["position"] - 1] = slot
    bundle["updated_at"] = now()
    return slot


def _configure(call: Call, bundle: JSONObject, position: int, config: Mapping[str, Any]) -> JSONObject:
    previous = call.state.slot(bundle["id"], position)
    slot = _blank(call, previous)
    fields = call.examples.properties("BundleVideo") - _FIXED
    slot.update({key: value for key, value in config.items() if key in fields})
    slot["status"] = previous["status"]
    _replace(call, bundle, slot)
    set_video_status(call.state, bundle, slot, "configured")
    return slot


def _auto_publish(call: Call, bundle: JSONObject, slots: Iterable[JSONObject]) -> None:
    """``auto_publish``: publish the videos of a published bundle, or the bundle itself once it is ready."""
    if bundle["status"] in PUBLISHED:
        for slot in slots:
            set_video_status(call.state, bundle, slot, "published")
    elif bundle["status"] == "pending_setup" and not blockers(call.state, bundle):
        publish(call, bundle)


@handles("listBundleVideos")
def _list_videos(call: Call) -> Any:
    return {"data": call.state.videos[call.state.bundle(call.param("id"))["id"]]}


@handles("getBundleVideo")
def _get_video(call: Call) -> Any:
    return {"data": call.state.slot(call.param("id"), int(call.param("position")))}


@handles("configureBundleVideo")
def _configure_video(call: Call) -> Any:
    bundle = call.state.bundle(call.param("id"))
    position = int(call.param("position"))
    _plan(call, bundle, {position: call.body})
    slot = _configure(call, bundle, position, call.body)
    if call.body.get("auto_publish"):
        _auto_publish(call, bundle, [slot])
    return {"data": slot}


@handles("batchConfigureBundleVideos")
def _batch_configure(call: Call) -> Any:
    bundle = call.state.bundle(call.param("id"))
    configs: dict[int, Mapping[str, Any]] = {}
    for item in call.body["videos"]:
        if int(item["position"]) in configs:
            raise Answer(400, "VALIDATION_ERROR", f"video slot {item['position']} appears twice in the batch.")
        configs[int(item["position"])] = item
    _plan(call, bundle, configs)
    slots = [_configure(call, bundle, position, config) for position, config in configs.items()]
    publishing = [s for s, c in zip(slots, configs.values(), strict=True) if c.get("auto_publish")]
    if call.body.get("auto_publish"):
        publishing = slots
    if publishing:
        _auto_publish(call, bundle, publishing)
    return {"data": {}}


@handles("patchBundleVideo")
def _patch_video(call: Call) -> Any:
    call.refuse_empty_body()
    bundle = call.state.bundle(call.param("id"))
    slot = call.state.slot(bundle["id"], int(call.param("position")))
    fields = call.examples.properties("BundleVideo") - _FIXED
    slot.update({key: value for key, value in call.body.items() if key in fields})
    bundle["updated_at"] = now()
    return {"data": slot}


def _csv_config(row: Mapping[str, str | None]) -> dict[str, Any]:
    config: dict[str, Any] = {}
    for key, raw in row.items():
        value = (raw or "").strip()
        if not key or not value or key == "position":
            continue
        if key in _CSV_LISTS:
            config[key] = [part.strip() for part in value.split(_CSV_LISTS[key]) if part.strip()]
        elif key.startswith("volume_") and value.isdigit():
            config[key] = int(value)
        elif value.lower() in ("true", "false") and key != "description":
            config[key] = value.lower() == "true"
        else:
            config[key] = value
    return config


@handles("importBundleVideosCsv")
def _import_csv(call: Call) -> Any:
    bundle = call.state.bundle(call.param("id"))
    upload = call.files.get("file")
    rows = list(csv.DictReader(io.StringIO((upload.content if upload else b"").decode("utf-8", errors="replace"))))
    imported: list[JSONObject] = []
    errors: list[JSONObject] = []
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        position = (row.get("position") or "").strip()
        if not position.isdigit() or int(position) < 1:
            errors.append({"row": number, "message": "position must be a positive integer"})
            continue
        config = _csv_config(row)
        if config.get("video_type") not in ("video", "carousel", "story"):
            errors.append({"row": number, "message": "video_type must be video, carousel or story"})
            continue
        try:
            _plan(call, bundle, {int(position): config})
        except Answer as problem:
            errors.append({"row": number, "message": str(problem)})
            continue
        imported.append(_configure(call, bundle, int(position), config))
    if call.form.get("auto_publish") == "true" and imported:
        _auto_publish(call, bundle, imported)
    return {"data": {"imported": len(imported), "skipped": len(rows) - len(imported), "errors": errors}}


@handles("publishBundleVideo")
def _publish_video(call: Call) -> Any:
    bundle = call.state.bundle(call.param("id"))
    slot = call.state.slot(bundle["id"], int(call.param("position")))
    if bundle["status"] not in PUBLISHED:
        raise Answer(
            409, "BUNDLE_INVALID_STATUS", "Publish the bundle before its videos.", {"current_status": bundle["status"]}
        )
    if slot["status"] != "configured":
        raise _status_error(slot, ["configured"])
    set_video_status(call.state, bundle, slot, "published")
    return {
        "data": {"video_id": slot["id"], "position": slot["position"], "bundle_id": bundle["id"], "status": "published"}
    }


@handles("publishAllBundleVideos")
def _publish_all(call: Call) -> Any:
    bundle = call.state.bundle(call.param("id"))
    if bundle["status"] not in PUBLISHED:
        raise Answer(
            409, "BUNDLE_INVALID_STATUS", "Publish the bundle before its videos.", {"current_status": bundle["status"]}
        )
    published = [slot for slot in call.state.videos[bundle["id"]] if slot["status"] == "configured"]
    for slot in published:
        set_video_status(call.state, bundle, slot, "published")
    return {
        "data": {
            "bundle_id": bundle["id"],
            "videos_published": len(published),
            "video_ids": [slot["id"] for slot in published],
        }
    }


@handles("resetBundleVideo", "unscheduleBundleVideo")
def _reset_video(call: Call) -> Any:
    bundle = call.state.bundle(call.param("id"))
    _replace(call, bundle, _blank(call, call.state.slot(bundle["id"], int(call.param("position")))))
    return call.example()


@handles("finalizeBundleVideo")
def _finalize_video(call: Call) -> Any:
    bundle = call.state.bundle(call.param("id"))
    slot = call.state.slot(bundle["id"], int(call.param("position")))
    if slot["status"] not in REVIEWABLE:
        raise _status_error(slot, REVIEWABLE)
    set_video_status(call.state, bundle, slot, "finalized")
    return {"data": {"position": slot["position"], "status": "finalized", "finalized_at": now()}}


@handles("requestBundleVideoCorrections")
def _video_corrections(call: Call) -> Any:
    bundle = call.state.bundle(call.param("id"))
    slot = call.state.slot(bundle["id"], int(call.param("position")))
    if slot["status"] not in REVIEWABLE:
        raise _status_error(slot, REVIEWABLE)
    set_video_status(call.state, bundle, slot, "pending_corrections")
    return call.example()
