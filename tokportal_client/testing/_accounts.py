"""Delivered (saved) accounts: listing, their bundles, profile edit requests, and the 428 policy flow.

Revealing credentials and retrieving a verification code are one irreversible, paid first access. The first call
without an acceptance answers 428 with ``details.policy_version``; the call that sends back
``{"acknowledge_support_forfeit": true, "policy_version": <that version>}`` succeeds, charges the reveal and
ends the flow for that account (later calls need no acceptance). An acceptance naming another version answers
409 ``CREDENTIAL_REVEAL_QUOTE_CHANGED`` and charges nothing. The shape of the secret data is not documented:
``data`` is an empty object.
"""

from __future__ import annotations

from typing import Any

from ._bundles import bundle_view
from ._call import Call
from ._records import Answer
from ._registry import handles
from ._state import POLICY_VERSION, PRICES, now

__all__: list[str] = []


@handles("listAccounts")
def _list_accounts(call: Call) -> Any:
    return call.paginate(list(reversed(call.state.accounts.values())))


@handles("getAccount")
def _get_account(call: Call) -> Any:
    return {"data": call.state.account(call.param("id"))}


@handles("listAccountBundles")
def _list_account_bundles(call: Call) -> Any:
    account = call.state.account(call.param("id"))
    status = call.query.get("status")
    items = [
        bundle_view(call.state, bundle, full=False)
        for bundle in reversed(call.state.bundles.values())
        if bundle.get("saved_account_id") == account["id"] and status in (None, bundle["status"])
    ]
    return call.paginate(items)


@handles("revealAccountCredentials", "retrieveAccountVerificationCode")
def _first_access(call: Call) -> Any:
    account = call.state.account(call.param("id"))
    if account["id"] not in call.state.revealed:
        if not call.body:
            raise Answer(
                428,
                "POLICY_ACCEPTANCE_REQUIRED",
                "Revealing this account's credentials ends TokPortal's support and protection for it and is charged: "
                "resend with acknowledge_support_forfeit and this policy_version to accept.",
                {"policy_version": POLICY_VERSION},
            )
        if call.body.get("policy_version") != POLICY_VERSION:
            raise Answer(
                409,
                "CREDENTIAL_REVEAL_QUOTE_CHANGED",
                "The reveal policy changed since it was accepted: review it and accept the current version.",
                {"policy_version": POLICY_VERSION, "expected_credit_cost": PRICES["credential_reveal"]},
            )
        call.state.debit(PRICES["credential_reveal"], f"Credential reveal for account {account['id']}")
        call.state.revealed.add(account["id"])
    return {"data": {}}


@handles("getAccountEditRequest")
def _get_edit_request(call: Call) -> Any:
    account = call.state.account(call.param("id"))
    found = call.state.edit_requests.get(account["id"])
    if found is None:
        raise Answer(404, "NOT_FOUND", "This account has no active edit request.")
    return {"data": found}


@handles("createAccountEditRequest")
def _create_edit_request(call: Call) -> Any:
    account = call.state.account(call.param("id"))
    if account["id"] in call.state.edit_requests:
        raise Answer(409, "EDIT_REQUEST_ALREADY_ACTIVE", "This account already has an active edit request.")
    billing = call.bill({}, PRICES["account_edit_request"], f"Profile edit request for account {account['id']}")
    record = call.examples.blank("AccountEditRequestRecord")
    record.update({key: value for key, value in call.body.items() if key in record})
    record.update(edit_request_id=call.new_id("edit_request"), account_id=account["id"], status="pending")
    record["created_at"] = now()
    call.state.edit_requests[account["id"]] = record
    return {"data": record, **billing}
