"""The Celery app of the jobs suite and bench (``celery -A scripts.jobs_celery_app worker``): one task that orders
an account bundle through :class:`tokportal_client.contrib.celery.TokPortalTask`. Configured by environment
variables, set by scripts/jobs_harness.py for the worker it starts."""

from __future__ import annotations

import os
from typing import Any

from celery import Celery

from tokportal_client.contrib.celery import TokPortalTask

redis_url = os.environ.get("TOKPORTAL_JOBS_REDIS", "redis://127.0.0.1:6379")
app = Celery("tokportal_jobs")
app.conf.update(
    broker_url=f"{redis_url}/0",
    result_backend=f"{redis_url}/2",
    broker_connection_retry_on_startup=True,
    worker_prefetch_multiplier=1,
    worker_hijack_root_logger=False,
    task_track_started=False,
    result_expires=3600,
    tokportal_ratelimit_redis_url=f"{redis_url}/1",
    tokportal_requests_per_minute=float(os.environ.get("TOKPORTAL_JOBS_RPM", "120")),
    tokportal_burst=int(os.environ.get("TOKPORTAL_JOBS_BURST", "10")),
    tokportal_base_url=os.environ.get("TOKPORTAL_JOBS_BASE_URL"),
)


@app.task(bind=True, base=TokPortalTask, name="tokportal_jobs.order_account")  # type: ignore[untyped-decorator]
def order_account(self: TokPortalTask, ref: str) -> str:
    """Order one TikTok account (a priced write): charged once however often the task runs."""
    created: Any = self.call(
        "createBundle",
        body={"bundle_type": "account_only", "platform": "tiktok", "country": "USA", "external_ref": ref},
    )
    return str(created.data.bundle_id)
