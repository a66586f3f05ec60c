"""A bundle's account: configuring its profile before publishing, corrections and finalizing after review."""

from __future__ import annotations

from typing import Any

from ._bundles import PUBLISHED
from ._call import Call
from ._lifecycle import set_account_status
from ._records import Answer
from ._registry import handles
from ._state import JSONObject, now

__all__: list[str] = []

IN_REVIEW = "in_review"


def _account_view(call: Call, bundle_id: str) -> JSONObject:
    profile = call.state.profiles.get(bundle_id) or call.examples.blank("AccountProfile")
    return {"id": bundle_id, "account": dict(profile), "advanced_warming": None}


@handles("getBundleAccount")
def _get_account(call: Call) -> Any:
    bundle = call.state.bundle(call.param("id"))
    return {"data": _account_view(call, bundle["id"])}


@handles("configureBundleAccount")
def _configure_account(call: Call) -> Any:
    bundle = call.state.bundle(call.param("id"))
    if bundle["status"] in PUBLISHED:
        raise Answer(409, "BUNDLE_ALREADY_PUBLISHED", "The bundle is published: unpublish it to change the account.")
    if bundle["bundle_type"] == "videos_only":
        raise Answer(409, "BUNDLE_INVALID_STATUS", "A videos_only bundle posts on an existing account.")
    profile = call.examples.blank("AccountProfile")
    profile.update({key: value for key, value in call.body.items() if key in profile})
    profile["configured_at"] = now()
    call.state.profiles[bundle["id"]] = profile
    set_account_status(call.state, bundle, "configured")
    return {"data": _account_view(call, bundle["id"])}


def _reviewed(call: Call) -> JSONObject:
    """The bundle, when its account is in review (the only time corrections or finalizing apply)."""
    bundle = call.state.bundle(call.param("id"))
    if bundle.get("account_status") != IN_REVIEW:
        raise Answer(
            409,
            "ACCOUNT_INVALID_STATUS",
            "The account is not in review.",
            {"current_status": bundle.get("account_status"), "allowed_statuses": [IN_REVIEW]},
        )
    return bundle


@handles("requestBundleAccountCorrections")
def _account_corrections(call: Call) -> Any:
    set_account_status(call.state, _reviewed(call), "pending_corrections")
    return call.example()


@handles("finalizeBundleAccount")
def _finalize_account(call: Call) -> Any:
    set_account_status(call.state, _reviewed(call), "finalized")
    return call.example()
