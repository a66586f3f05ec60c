"""Webhook endpoints, their deliveries, and the event catalog.

Endpoints receive real signed deliveries (see ``_events``): every event they subscribe to, ``webhook.test`` from
``testWebhookEndpoint``, the stored event again from ``retryWebhookDelivery`` (same event id, fresh signature).
Each attempt is a delivery of the endpoint (``id``, ``event_type``, ``success``), newest first.

TokPortal requires an HTTPS endpoint URL. The mock also accepts ``http://`` on a loopback address, so that a test
can receive deliveries on a plain local server.
"""

from __future__ import annotations

import secrets
from typing import Any

from ._call import Call
from ._events import is_loopback_url, new_event
from ._lifecycle import EMITTED
from ._records import Answer
from ._registry import handles

__all__: list[str] = []

_EDITABLE = ("url", "events", "description", "enabled")


def _check_url(url: Any) -> None:
    text = str(url)
    if not (text.startswith("https://") or (text.startswith("http://") and is_loopback_url(text))):
        raise Answer(400, "VALIDATION_ERROR", f"url must be an HTTPS URL, got {url!r}.")


@handles("createWebhookEndpoint")
def _create(call: Call) -> Any:
    body = call.body
    _check_url(body["url"])
    endpoint = {
        "id": call.new_id("webhook"),
        "url": body["url"],
        "events": list(body["events"]),
        "description": body.get("description"),
        "enabled": bool(body.get("enabled", True)),
    }
    secret = "whsec_" + secrets.token_hex(24)
    call.state.webhooks[endpoint["id"]] = endpoint
    call.state.deliveries[endpoint["id"]] = []
    call.state.webhook_secrets[endpoint["id"]] = secret
    return {"data": {**endpoint, "signing_secret": secret}}


@handles("listWebhookEndpoints")
def _list(call: Call) -> Any:
    enabled, event = call.flag("enabled"), call.query.get("event")
    items = [
        endpoint
        for endpoint in call.state.webhooks.values()
        if enabled in (None, endpoint["enabled"]) and event in (None, *endpoint["events"])
    ]
    return call.paginate(items)


@handles("getWebhookEndpoint")
def _get(call: Call) -> Any:
    return {"data": call.state.webhook(call.param("id"))}


@handles("updateWebhookEndpoint")
def _update(call: Call) -> Any:
    call.refuse_empty_body()
    endpoint = call.state.webhook(call.param("id"))
    if "url" in call.body:
        _check_url(call.body["url"])
    endpoint.update({key: call.body[key] for key in _EDITABLE if key in call.body})
    return {"data": endpoint}


@handles("deleteWebhookEndpoint")
def _delete(call: Call) -> Any:
    endpoint = call.state.webhook(call.param("id"))
    del call.state.webhooks[endpoint["id"]]
    call.state.webhook_secrets.pop(endpoint["id"], None)
    for delivery in call.state.deliveries.pop(endpoint["id"], []):
        call.state.delivery_events.pop(delivery["id"], None)
    return None


@handles("listWebhookDeliveries")
def _deliveries(call: Call) -> Any:
    endpoint = call.state.webhook(call.param("id"))
    success, event_type = call.flag("success"), call.query.get("event_type")
    items = [
        delivery
        for delivery in reversed(call.state.deliveries.get(endpoint["id"], []))
        if success in (None, delivery["success"]) and event_type in (None, delivery["event_type"])
    ]
    return call.paginate(items)


@handles("testWebhookEndpoint")
def _test(call: Call) -> Any:
    endpoint = call.state.webhook(call.param("id"))
    call.state.send(endpoint["id"], new_event("webhook.test", {}), "test")  # its payload is not documented
    return {"data": {}}


@handles("retryWebhookDelivery")
def _retry(call: Call) -> Any:
    endpoint = call.state.webhook(call.param("id"))
    delivery = call.state.delivery(endpoint["id"], call.param("delivery_id"))
    if not endpoint["enabled"]:
        raise Answer(409, "WEBHOOK_ENDPOINT_DISABLED", "The endpoint is disabled: enable it to retry deliveries.")
    event = call.state.delivery_events.get(delivery["id"])
    if event is None:
        raise Answer(409, "WEBHOOK_PAYLOAD_UNAVAILABLE", "The payload of this delivery is no longer available.")
    call.state.send(endpoint["id"], event, "manual_retry")
    return {"data": {}}


@handles("listWebhookEvents")
def _catalog(call: Call) -> Any:
    events = [{"type": name, "description": _describe(name), "emitted": name in EMITTED} for name in _event_types(call)]
    data = {
        "events": events,
        "envelope": {
            "id": "Event id, evt_ followed by 32 hex digits; also sent as TokPortal-Event-Id.",
            "type": "The event type; also sent as TokPortal-Event-Type.",
            "api_version": "The contract version of the payload.",
            "created_at": "When the event happened (ISO 8601, UTC).",
            "data": "The event's payload.",
        },
        "delivery": {
            "method": "POST",
            "content_type": "application/json",
            "headers": ["TokPortal-Event-Id", "TokPortal-Event-Type", "TokPortal-Signature"],
            "success": "Any 2xx answer.",
        },
        "signature": {
            "header": "TokPortal-Signature",
            "format": "t=<unix seconds>,v1=<hex>",
            "algorithm": "HMAC-SHA256 of <t>.<raw body> with the endpoint's signing_secret.",
        },
    }
    return {"data": data}


def _event_types(call: Call) -> list[str]:
    schema = call.examples.spec.deref(call.examples.spec.schema("WebhookEventType"))
    return [str(name) for name in schema.get("enum", [])]


def _describe(event_type: str) -> str:
    subject, _, what = event_type.rpartition(".")
    return f"{subject.replace('.', ' ').replace('_', ' ').capitalize()}: {what.replace('_', ' ')}."
