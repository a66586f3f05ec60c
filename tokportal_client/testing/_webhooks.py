"""Webhook endpoints and their deliveries.

The mock sends nothing over the network: a test (``POST /webhooks/{id}/test``) or a retry records a delivery
attempt (``id``, ``event_type``, ``success``) on the endpoint. To test your receiver, sign a body yourself with
``tokportal_client.webhooks.generate_signature_header``.
"""

from __future__ import annotations

import secrets
from typing import Any

from ._call import Call
from ._records import Answer
from ._registry import handles

__all__: list[str] = []

_EDITABLE = ("url", "events", "description", "enabled")


def _check_url(url: Any) -> None:
    if not str(url).startswith("https://"):
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
    call.state.webhooks[endpoint["id"]] = endpoint
    call.state.deliveries[endpoint["id"]] = []
    return {"data": {**endpoint, "signing_secret": "whsec_" + secrets.token_hex(24)}}


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
    call.state.deliveries.pop(endpoint["id"], None)
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


def _deliver(call: Call, endpoint_id: str, event_type: str) -> None:
    call.state.deliveries.setdefault(endpoint_id, []).append(
        {"id": call.new_id("delivery"), "event_type": event_type, "success": True}
    )


@handles("testWebhookEndpoint")
def _test(call: Call) -> Any:
    endpoint = call.state.webhook(call.param("id"))
    _deliver(call, endpoint["id"], "webhook.test")
    return call.example()


@handles("retryWebhookDelivery")
def _retry(call: Call) -> Any:
    endpoint = call.state.webhook(call.param("id"))
    delivery = call.state.delivery(endpoint["id"], call.param("delivery_id"))
    if not endpoint["enabled"]:
        raise Answer(409, "WEBHOOK_ENDPOINT_DISABLED", "The endpoint is disabled: enable it to retry deliveries.")
    _deliver(call, endpoint["id"], delivery["event_type"])
    return call.example()
