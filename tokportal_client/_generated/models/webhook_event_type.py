from enum import StrEnum
from typing import Literal

WebhookEventTypeLiteral = Literal[
    "webhook.test",
    "bundle.created",
    "bundle.published",
    "bundle.cancelled",
    "bundle.archived",
    "account.configured",
    "account.published",
    "account.in_review",
    "account.pending_corrections",
    "account.finalized",
    "account.remade",
    "account.banned",
    "account.ban_appeal.submitted",
    "account.ban_appeal.resolved",
    "account.ban_resolution.decided",
    "video.configured",
    "video.in_review",
    "video.published",
    "video.pending_corrections",
    "video.finalized",
    "warming.session_started",
    "warming.term_verified",
    "warming.session_completed",
    "subscription.renewed",
    "subscription.lapsed",
    "subscription.cancelled",
    "subscription.reactivated",
    "subscription.ended",
    "account.revealed",
    "credits.restored",
    "video.not_recommended",
    "video.ai_labeled",
    "video.sound_restricted",
    "account.distribution_warning",
]
"""The documented values of :class:`WebhookEventType`, as plain strings."""


class WebhookEventType(StrEnum):
    """Webhook event type (catalog: GET /webhooks/events). Open: new values may appear."""

    ACCOUNT_BANNED = "account.banned"
    ACCOUNT_BAN_APPEAL_RESOLVED = "account.ban_appeal.resolved"
    ACCOUNT_BAN_APPEAL_SUBMITTED = "account.ban_appeal.submitted"
    ACCOUNT_BAN_RESOLUTION_DECIDED = "account.ban_resolution.decided"
    ACCOUNT_CONFIGURED = "account.configured"
    ACCOUNT_DISTRIBUTION_WARNING = "account.distribution_warning"
    ACCOUNT_FINALIZED = "account.finalized"
    ACCOUNT_IN_REVIEW = "account.in_review"
    ACCOUNT_PENDING_CORRECTIONS = "account.pending_corrections"
    ACCOUNT_PUBLISHED = "account.published"
    ACCOUNT_REMADE = "account.remade"
    ACCOUNT_REVEALED = "account.revealed"
    BUNDLE_ARCHIVED = "bundle.archived"
    BUNDLE_CANCELLED = "bundle.cancelled"
    BUNDLE_CREATED = "bundle.created"
    BUNDLE_PUBLISHED = "bundle.published"
    CREDITS_RESTORED = "credits.restored"
    SUBSCRIPTION_CANCELLED = "subscription.cancelled"
    SUBSCRIPTION_ENDED = "subscription.ended"
    SUBSCRIPTION_LAPSED = "subscription.lapsed"
    SUBSCRIPTION_REACTIVATED = "subscription.reactivated"
    SUBSCRIPTION_RENEWED = "subscription.renewed"
    VIDEO_AI_LABELED = "video.ai_labeled"
    VIDEO_CONFIGURED = "video.configured"
    VIDEO_FINALIZED = "video.finalized"
    VIDEO_IN_REVIEW = "video.in_review"
    VIDEO_NOT_RECOMMENDED = "video.not_recommended"
    VIDEO_PENDING_CORRECTIONS = "video.pending_corrections"
    VIDEO_PUBLISHED = "video.published"
    VIDEO_SOUND_RESTRICTED = "video.sound_restricted"
    WARMING_SESSION_COMPLETED = "warming.session_completed"
    WARMING_SESSION_STARTED = "warming.session_started"
    WARMING_TERM_VERIFIED = "warming.term_verified"
    WEBHOOK_TEST = "webhook.test"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebhookEventType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the API sent that this version of the client does not know."""
        return self._value_ in type(self)._value2member_map_
