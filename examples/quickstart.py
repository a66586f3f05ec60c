"""Quickstart: order a TikTok account with one video, set it up, publish it, and verify a webhook.

    make demo                                   # against a local mock of the API: no account, nothing spent
    TOKPORTAL_API_KEY=sk_... make demo          # against TokPortal, as a dry run: validated and priced only
    python examples/quickstart.py               # against TOKPORTAL_BASE_URL with TOKPORTAL_API_KEY, for real

Steps: create a bundle (account_and_videos, tiktok, USA, one video slot), upload a profile picture and
configure the account, upload a video and configure video slot 1, check publish readiness, publish, list
every bundle, and verify a signed webhook delivery the way your receiver would.

In a dry run TokPortal creates nothing: the bundle comes back with a placeholder id, so the steps that use it
are answered with an error. The walkthrough prints those answers and carries on.
"""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from tokportal_client import APIStatusError, TokPortal
from tokportal_client.webhooks import WebhookVerificationError, construct_event, generate_signature_header

T = TypeVar("T")

DEMO_WEBHOOK_SECRET = "whsec_demo_secret_for_this_walkthrough_only"
"""In production: the ``signing_secret`` that ``create_webhook_endpoint`` returned, from your secret store."""
# The smallest files that pass as an MP4 and a PNG: the demo uploads them instead of real media.
DEMO_VIDEO = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(40)
DEMO_PICTURE = b"\x89PNG\r\n\x1a\n" + bytes(56)


class Walkthrough:
    """Numbered, readable steps; in a dry run a step TokPortal refuses is reported instead of raised."""

    def __init__(self, client: TokPortal) -> None:
        self.client = client
        self.number = 0

    def step(self, title: str) -> None:
        self.number += 1
        print(f"\n{self.number}. {title}")

    @staticmethod
    def say(text: str) -> None:
        print(f"   {text}")

    def attempt(self, call: Callable[[], T]) -> T | None:
        try:
            return call()
        except APIStatusError as error:
            if not self.client.dry_run or error.status_code in (401, 403):
                raise
            self.say(f"TokPortal answered {error.status_code} {error.code}: {error.message}")
            self.say("(expected in a dry run: nothing was created, so there is nothing to act on)")
            return None


def main(client: TokPortal) -> dict[str, Any]:
    """Run the walkthrough with ``client``; returns what it did (bundle id, published or not, ...)."""
    run = Walkthrough(client)
    if client.dry_run:
        print("Dry run: TokPortal validates and prices every call, but creates and charges nothing.")

    run.step("Create a bundle: a TikTok account in the USA with one video slot")
    created = client.bundles.create_bundle(
        body={"bundle_type": "account_and_videos", "platform": "tiktok", "country": "USA", "videos_quantity": 1},
        idempotency_key=f"quickstart-{uuid.uuid4()}",  # one key per order: a retry of this call reuses it
    )
    bundle_id = created.data.bundle_id or created.data.id
    if bundle_id is None:
        raise RuntimeError("TokPortal returned no bundle id")
    run.say(f"bundle {bundle_id}: {created.data.status}")
    if created.dry_run:
        run.say(f"would charge {created.credits_would_charge} credits; {created.dry_run_notice}")
    else:
        run.say(f"charged {created.credits_charged} credits, {created.credits_remaining} left")

    run.step("Upload a profile picture and configure the account")
    picture = run.attempt(
        lambda: client.uploads.upload_image_direct(
            file=("avatar.png", DEMO_PICTURE, "image/png"), bundle_id=bundle_id, purpose="profile_picture"
        )
    )
    picture_path = picture.data.storage_path if picture else None
    if picture is not None:
        run.say(f"stored as {picture_path}")
    account = run.attempt(
        lambda: client.account_configuration.configure_bundle_account(
            bundle_id,
            body={
                "username": "launch.demo",
                "visible_name": "Launch Demo",
                "biography": "New drops every week.",
                "profile_picture_url": picture_path or "carousel-images/demo/avatar.png",
            },
        )
    )
    profile = account.data.account if account is not None else None
    if profile:
        run.say(f"account @{profile.username} ({profile.visible_name})")

    run.step("Upload a video and configure video slot 1")
    video = run.attempt(
        lambda: client.uploads.upload_video_direct(file=("teaser.mp4", DEMO_VIDEO, "video/mp4"), bundle_id=bundle_id)
    )
    if video is not None:
        run.say(f"uploaded {video.data.filename} ({video.data.size_bytes} bytes): {video.data.public_url}")
    video_url = (video.data.public_url if video is not None else None) or "https://example.com/teaser.mp4"
    publish_on = (datetime.date.today() + datetime.timedelta(days=4)).isoformat()  # at least 3 days ahead
    slot = run.attempt(
        lambda: client.videos.configure_bundle_video(
            bundle_id,
            1,
            body={
                "video_type": "video",
                "description": "Launch teaser #launch",
                "target_publish_date": publish_on,
                "video_url": video_url,
            },
        )
    )
    if slot is not None:
        run.say(f"slot {slot.data.position}: {slot.data.status}, to be posted on {slot.data.target_publish_date}")

    run.step("Check publish readiness")
    readiness = run.attempt(lambda: client.bundles.get_bundle_publish_readiness(bundle_id))
    ready = readiness is not None and readiness.data.ready
    if readiness is not None:
        run.say("ready to publish" if ready else "not ready yet:")
        for blocker in readiness.data.blockers:
            run.say(f"- {blocker.code}: {blocker.message}")

    run.step("Publish")
    published = False
    if ready:
        state = run.attempt(lambda: client.bundles.publish_bundle(bundle_id))
        published = state is not None
        if state is not None:
            run.say(f"bundle {state.data.id} is {state.data.status} (at {state.data.published_at})")
    else:
        run.say("skipped: the bundle is not ready")

    run.step("List your bundles (every page, fetched lazily)")
    listed = 0
    for bundle in client.bundles.iter_bundles(per_page=25, max_items=10):
        listed += 1
        run.say(f"{bundle.id}  {bundle.platform}  {bundle.status}  next: {bundle.next_action or '-'}")
    run.say(f"{listed} bundle(s) shown (at most 10)")

    run.step("Verify a signed webhook delivery, as your receiver would")
    event_type = verify_demo_webhook(run, bundle_id)

    print("\nDone.")
    return {"bundle_id": bundle_id, "ready": ready, "published": published, "listed": listed, "event": event_type}


def verify_demo_webhook(run: Walkthrough, bundle_id: str) -> str:
    """Sign a ``bundle.published`` event like TokPortal does, then check it with ``construct_event``."""
    event_id, event_type = "evt_" + "0123456789abcdef" * 2, "bundle.published"
    payload: dict[str, Any] = {
        "id": event_id,
        "type": event_type,
        "api_version": "2026-05-25",
        "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "data": {
            "bundle_id": bundle_id,
            "status": "published",
            "platform": "tiktok",
            "bundle_type": "account_and_videos",
        },
    }
    raw = json.dumps(payload).encode()  # TokPortal sends these bytes; verify exactly them
    headers = {
        "TokPortal-Signature": generate_signature_header(raw, DEMO_WEBHOOK_SECRET),
        "TokPortal-Event-Id": event_id,
        "TokPortal-Event-Type": event_type,
    }
    event = construct_event(raw, headers, DEMO_WEBHOOK_SECRET)
    run.say(f"verified {event.type} {event.id} for bundle {event.data['bundle_id']}")
    try:
        construct_event(raw.replace(b"published", b"cancelled"), headers, DEMO_WEBHOOK_SECRET)
    except WebhookVerificationError as error:
        run.say(f"a tampered copy is rejected: {error.reason}")
    else:
        raise AssertionError("a tampered webhook body was accepted")
    return str(event.type)


if __name__ == "__main__":
    with TokPortal() as portal:
        main(portal)
