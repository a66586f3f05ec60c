"""A Temporal worker process for the jobs suite and bench: the sample BundleWorkflow and the lifecycle activities
of tokportal_client.contrib.temporal, on one AsyncTokPortal (started by scripts/jobs_harness.py).

    python -m scripts.jobs_temporal_worker TARGET TASK_QUEUE   (the mock from TOKPORTAL_BASE_URL, TOKPORTAL_API_KEY)
"""

from __future__ import annotations

import asyncio
import os
import sys

from temporalio.client import Client
from temporalio.worker import Worker

from tokportal_client import AsyncTokPortal, RetryPolicy
from tokportal_client.contrib.temporal import BundleWorkflow, TokPortalActivities, workflow_runner


def _client() -> AsyncTokPortal:
    # Quick client retries (the mock answers at once); what they cannot absorb, Temporal retries.
    return AsyncTokPortal(base_url=os.environ["TOKPORTAL_BASE_URL"], retry=RetryPolicy(initial_delay=0.05))


async def main(target: str, task_queue: str) -> None:
    client = await Client.connect(target)
    activities = TokPortalActivities(_client)
    worker = Worker(
        client,
        task_queue=task_queue,
        workflows=[BundleWorkflow],
        activities=activities.all(),
        workflow_runner=workflow_runner(),
        max_concurrent_activities=50,
    )
    print("ready", flush=True)
    await worker.run()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
