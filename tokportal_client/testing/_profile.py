"""The user, the credit balance, its ledger and the price list."""

from __future__ import annotations

from typing import Any

from ._call import Call
from ._registry import handles
from ._state import PRICES, now

__all__: list[str] = []

LISTED_PRICES = ("account_creation", "video_upload", "video_edit", "advanced_warming")
USER_EMAIL = "integrations@acme.test"
"""The mock account's email (a reserved ``.test`` domain: nothing is ever sent there)."""


@handles("getCurrentUser")
def _me(call: Call) -> Any:
    return {"data": {"email": USER_EMAIL, "credits": call.state.credits, "plan": "farmer", "created_at": now()}}


@handles("getCreditBalance")
def _balance(call: Call) -> Any:
    credits = call.state.credits
    data = {
        "total_credits": credits,
        "expiring_within_7_days": 0,
        "upcoming_expirations": [],
        "last_updated": now(),
        "credits": credits,
    }
    return {"data": data}


@handles("listCreditTransactions")
def _history(call: Call) -> Any:
    return call.paginate(list(reversed(call.state.transactions)))


@handles("getCreditCosts")
def _costs(call: Call) -> Any:
    return {"data": {"costs": {name: PRICES[name] for name in LISTED_PRICES}}}
