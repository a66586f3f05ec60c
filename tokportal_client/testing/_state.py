"""What the mock's TokPortal account holds: resources by id, the credit balance and its ledger.

Every resource is kept as the JSON object the API returns for it (field names from ``openapi.json``), so a test
can read it, or change it to play TokPortal's side (an operator accepting a bundle, a comment being confirmed):
``mock.state.bundles[bundle_id]["status"] = "accepted"``. Derived fields of a bundle (``is_published``,
``next_action``, ...) are computed on every read, from the stored fields.
"""

from __future__ import annotations

import datetime
import secrets
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._records import Answer

__all__ = ["DEFAULT_CREDITS", "POLICY_VERSION", "PRICES", "State", "now"]

DEFAULT_CREDITS = 10_000
POLICY_VERSION = "managed-credential-reveal-v1"
"""The policy version a 428 names, and that a confirmed reveal must send back."""
PRICES = {
    "account_creation": 32,
    "video_upload": 2,
    "video_edit": 3,
    "advanced_warming": 5,
    "comment": 1,
    "account_edit_request": 8,
    "credential_reveal": 150,
}
"""Credits per item (TokPortal's standard rates); the first four are what ``GET /credit-costs`` lists."""
_ID_NAMESPACE = uuid.UUID("0b0f6f52-3c8e-4f0c-9a55-2f6d0c1d7a11")

JSONObject = dict[str, Any]


def now() -> str:
    """The current time as the API writes it (ISO 8601, UTC, seconds)."""
    return datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass
class State:
    """The account's resources. Each mapping goes from id to the resource's JSON object."""

    credits: int = DEFAULT_CREDITS
    countries: dict[str, str] = field(default_factory=lambda: {"USA": "United States", "GBR": "United Kingdom"})
    """Country code -> name: the countries open for account creation (``GET /countries``)."""
    bundles: dict[str, JSONObject] = field(default_factory=dict)
    """Stored bundle fields; ``is_published``, ``account_configured``, ``videos_total``, ``videos_configured_count``,
    ``next_action``, ``account`` and ``videos`` are derived when read."""
    profiles: dict[str, JSONObject] = field(default_factory=dict)
    """Bundle id -> the configured account profile (``AccountProfile``); absent until configured."""
    videos: dict[str, list[JSONObject]] = field(default_factory=dict)
    """Bundle id -> its video slots (``BundleVideo``), slot ``n`` at index ``n - 1``."""
    accounts: dict[str, JSONObject] = field(default_factory=dict)
    """Delivered (saved) accounts (``SavedAccount``)."""
    revealed: set[str] = field(default_factory=set)
    """Saved accounts whose credentials were revealed (the one-time, paid first access)."""
    edit_requests: dict[str, JSONObject] = field(default_factory=dict)
    """Saved account id -> its active profile edit request."""
    webhooks: dict[str, JSONObject] = field(default_factory=dict)
    deliveries: dict[str, list[JSONObject]] = field(default_factory=dict)
    """Webhook endpoint id -> its delivery attempts, oldest first."""
    comments: dict[str, JSONObject] = field(default_factory=dict)
    transactions: list[JSONObject] = field(default_factory=list)
    """The credit ledger (``CreditTransaction``), oldest first."""
    sequence: int = 0
    webhook_secrets: dict[str, str] = field(default_factory=dict, repr=False)
    """Webhook endpoint id -> its signing secret (returned once, at creation)."""
    delivery_events: dict[str, JSONObject] = field(default_factory=dict, repr=False)
    """Delivery id -> the event it carried (what ``retryWebhookDelivery`` sends again)."""
    account_listings: dict[str, str] = field(default_factory=dict)
    """Bundle id -> the id of its account listing (``account_id`` of the ``account.*`` events)."""
    outbox: list[JSONObject] = field(default_factory=list, repr=False)
    """Events emitted and not yet handed to the webhook dispatcher."""

    # -- ids and the ledger ----------------------------------------------------------------------------------------

    def next_id(self, kind: str) -> str:
        """A new id (deterministic: the n-th id of a fresh state is always the same)."""
        self.sequence += 1
        return str(uuid.uuid5(_ID_NAMESPACE, f"{kind}/{self.sequence}"))

    def debit(self, cost: int, description: str, breakdown: dict[str, int] | None = None) -> None:
        """Take ``cost`` credits, or answer 402 ``INSUFFICIENT_CREDITS`` when the balance is short."""
        if cost > self.credits:
            details: JSONObject = {"required": cost, "available": self.credits, "missing": cost - self.credits}
            if breakdown:
                details["breakdown"] = breakdown
            raise Answer(402, "INSUFFICIENT_CREDITS", "Not enough credits for this request.", details)
        if cost:
            self._record(-cost, "debit", description, breakdown)

    def refund(self, amount: int, description: str) -> None:
        self._record(amount, "refund", description, None)

    def _record(self, amount: int, kind: str, description: str, breakdown: dict[str, int] | None) -> None:
        self.credits += amount
        self.transactions.append(
            {
                "id": self.next_id("transaction"),
                "type": kind,
                "amount": amount,
                "description": description,
                "breakdown": dict(breakdown or {}),
                "balance_after": self.credits,
                "created_at": now(),
            }
        )

    # -- events ----------------------------------------------------------------------------------------------------

    def emit(self, event_type: str, data: JSONObject) -> None:
        """Emit an event of the catalog: it goes to every enabled endpoint subscribed to ``event_type``."""
        self.outbox.append({"event": new_event(event_type, data)})

    def send(self, endpoint_id: str, event: JSONObject, trigger: str) -> None:
        """Send one event to one endpoint (a test or a manual retry): one attempt, whatever it subscribed to."""
        self.outbox.append({"event": event, "endpoint_id": endpoint_id, "trigger": trigger})

    def listing_id(self, bundle_id: str) -> str:
        """The stable id of a bundle's account listing (kept across remakes, unlike the saved account's)."""
        if bundle_id not in self.account_listings:
            self.account_listings[bundle_id] = self.next_id("account_listing")
        return self.account_listings[bundle_id]

    # -- TokPortal's side ------------------------------------------------------------------------------------------

    def add_account(
        self,
        *,
        platform: str = "tiktok",
        country: str = "USA",
        username: str | None = None,
        account_id: str | None = None,
        bundle_id: str | None = None,
    ) -> JSONObject:
        """Deliver a saved account, as TokPortal does once an account order is finalized; returns it."""
        account_id = account_id or self.next_id("account")
        username = username or f"mock_{platform}_{len(self.accounts) + 1}"
        profile = "https://www.instagram.com/" if platform == "instagram" else "https://www.tiktok.com/@"
        account: JSONObject = {
            "id": account_id,
            "platform": platform,
            "username": username,
            "country": country,
            "status": "active",
            "profile_url": profile + username,
            "bundle_id": bundle_id,
            "profile_picture_url": None,
            "created_at": now(),
        }
        self.accounts[account_id] = account
        return account

    # -- lookups: 404 with TokPortal's codes -----------------------------------------------------------------------

    def bundle(self, bundle_id: str) -> JSONObject:
        found = self.bundles.get(bundle_id)
        if found is None:
            raise Answer(404, "BUNDLE_NOT_FOUND", "Bundle not found.")
        return found

    def slot(self, bundle_id: str, position: int) -> JSONObject:
        slots = self.videos.get(bundle_id, [])
        if not 1 <= position <= len(slots):
            raise Answer(404, "VIDEO_NOT_FOUND", f"The bundle has no video slot {position}.")
        return slots[position - 1]

    def video(self, video_id: str) -> JSONObject:
        for slots in self.videos.values():
            for video in slots:
                if video["id"] == video_id:
                    return video
        raise Answer(404, "VIDEO_NOT_FOUND", "Video not found.")

    def account(self, account_id: str, code: str = "SAVED_ACCOUNT_NOT_FOUND") -> JSONObject:
        found = self.accounts.get(account_id)
        if found is None:
            raise Answer(404, code, "Account not found.")
        return found

    def webhook(self, endpoint_id: str) -> JSONObject:
        found = self.webhooks.get(endpoint_id)
        if found is None:
            raise Answer(404, "NOT_FOUND", "Webhook endpoint not found.")
        return found

    def delivery(self, endpoint_id: str, delivery_id: str) -> JSONObject:
        for delivery in self.deliveries.get(endpoint_id, []):
            if delivery["id"] == delivery_id:
                return delivery
        raise Answer(404, "NOT_FOUND", "Webhook delivery not found.")

    def comment(self, task_id: str) -> JSONObject:
        found = self.comments.get(task_id)
        if found is None:
            raise Answer(404, "COMMENT_TASK_NOT_FOUND", "Comment task not found.")
        return found


def new_event(event_type: str, data: Mapping[str, Any]) -> JSONObject:
    """An envelope without ``api_version`` (the dispatcher adds the contract's)."""
    return {"id": "evt_" + secrets.token_hex(16), "type": event_type, "created_at": event_time(), "data": dict(data)}


def event_time() -> str:
    stamp = time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(stamp)) + f".{int(stamp % 1 * 1000):03d}Z"
