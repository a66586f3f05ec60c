"""Comment tasks: ordering (one or a batch, 1 credit each), cancelling with a refund, approving and disputing.

Statuses move as TokPortal documents: a new task is ``pending``; deleting cancels it (only while pending, the
credit is refunded); approving needs ``manually_confirmed``; disputing needs ``verified_auto`` or
``manually_confirmed``. Play TokPortal's side by setting ``mock.state.comments[task_id]["status"]``.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from ._call import Call
from ._records import Answer
from ._registry import handles
from ._state import PRICES, JSONObject, now

__all__: list[str] = []

DEADLINE = datetime.timedelta(hours=72)
DISPUTABLE = ("verified_auto", "manually_confirmed")


def _invalid(task: Mapping[str, Any], allowed: list[str]) -> Answer:
    return Answer(
        409,
        "COMMENT_INVALID_STATUS",
        f"The comment task is {task['status']}.",
        {"current_status": task["status"], "allowed_statuses": allowed},
    )


def _new_task(call: Call, request: Mapping[str, Any]) -> JSONObject:
    account = call.state.accounts[str(request["saved_account_id"])]
    stamp = now()
    deadline = datetime.datetime.now(datetime.UTC).replace(microsecond=0) + DEADLINE
    task = call.examples.blank("CommentTask")
    task.update(
        id=call.new_id("comment"),
        status="pending",
        platform=account["platform"],
        saved_account_id=account["id"],
        target_video_url=request["target_video_url"],
        comment_text=request["comment_text"],
        deadline_at=deadline.isoformat().replace("+00:00", "Z"),
        created_at=stamp,
        updated_at=stamp,
    )
    return task


@handles("createCommentTasks")
def _create(call: Call) -> Any:
    single = "tasks" not in call.body
    requests: list[Mapping[str, Any]] = [call.body] if single else list(call.body["tasks"])
    accepted, rejected = [], []
    for request in requests:
        if str(request["saved_account_id"]) in call.state.accounts:
            accepted.append(request)
        elif single:
            raise Answer(400, "SAVED_ACCOUNT_NOT_FOUND", "saved_account_id names no account of yours.")
        else:
            error = {"code": "SAVED_ACCOUNT_NOT_FOUND", "message": "saved_account_id names no account of yours."}
            rejected.append({**request, "error": error})
    billing = call.bill({}, len(accepted) * PRICES["comment"], f"{len(accepted)} comment task(s)")
    created = [_new_task(call, request) for request in accepted]
    for task in created:
        call.state.comments[task["id"]] = task
    billing.pop("credits_remaining", None)  # the comment answer carries only what was charged
    return {
        "data": {"created": created, "rejected": rejected},
        "created_count": len(created),
        "rejected_count": len(rejected),
        **billing,
    }


@handles("listCommentTasks")
def _list(call: Call) -> Any:
    return call.paginate(list(reversed(call.state.comments.values())))


@handles("getCommentTask")
def _get(call: Call) -> Any:
    return {"data": call.state.comment(call.param("id"))}


@handles("deleteCommentTask")
def _delete(call: Call) -> Any:
    task = call.state.comment(call.param("id"))
    if task["status"] != "pending":
        raise _invalid(task, ["pending"])
    call.state.refund(PRICES["comment"], f"Cancelled comment task {task['id']}")
    task.update(status="cancelled", updated_at=now())
    return {"data": task, "credits_refunded": PRICES["comment"]}


@handles("approveCommentTask")
def _approve(call: Call) -> Any:
    task = call.state.comment(call.param("id"))
    if task["status"] != "manually_confirmed":
        raise _invalid(task, ["manually_confirmed"])
    task.update(status="finalized", finalized_at=now(), updated_at=now())
    return {"data": task}


@handles("disputeCommentTask")
def _dispute(call: Call) -> Any:
    task = call.state.comment(call.param("id"))
    if task["status"] not in DISPUTABLE:
        raise _invalid(task, list(DISPUTABLE))
    task.update(status="pending_corrections", correction_required=call.body["reason"], updated_at=now())
    return {"data": task}


@handles("listCommentTaskVerifications")
def _verifications(call: Call) -> Any:
    task = call.state.comment(call.param("id"))
    return {"data": {"task_id": task["id"], "status": task["status"], "attempts": []}}
