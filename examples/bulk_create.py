"""Bulk: order many accounts in one call, then configure each account.

    python examples/bulk_create.py              # TOKPORTAL_API_KEY (and TOKPORTAL_BASE_URL) from the environment

First a dry run prices the whole batch (nothing is created or charged), then the batch is created in one
atomic call (``accounts_count`` x platforms bundles), then every account gets its profile. All bundles of the
batch share one ``external_ref``, which is how they are listed back. On a dry-run client the batch is only
priced.
"""

from __future__ import annotations

import time

from tokportal_client import TokPortal, models


def main(
    client: TokPortal,
    *,
    platforms: tuple[models.OrderablePlatformLiteral, ...] = ("tiktok", "instagram"),
    country: str = "USA",
    accounts_per_platform: int = 3,
    external_ref: str | None = None,
) -> list[str]:
    """Create ``accounts_per_platform`` bundles per platform and configure their accounts; returns the bundle ids."""
    external_ref = external_ref or f"bulk-{int(time.time())}"
    body: models.CreateBulkBundlesRequestDict = {  # a typo in a key or a platform is a type error
        "platforms": list(platforms),
        "country": country,
        "accounts_count": accounts_per_platform,
        "external_ref": external_ref,
    }

    quote = client.bundles.create_bundles_bulk(body=body, dry_run=True)
    total = accounts_per_platform * len(platforms)
    print(f"{total} bundles ({', '.join(platforms)} in {country}) would cost {quote.credits_would_charge} credits")
    if client.dry_run:
        print("dry-run client: stopping before anything is created")
        return []

    created = client.bundles.create_bundles_bulk(body=body, idempotency_key=f"{external_ref}-create")
    print(f"created {created.data.total_count} bundles for {created.credits_charged} credits (ref {external_ref})")

    bundle_ids: list[str] = []
    for number, bundle in enumerate(created.data.bundles or [], start=1):
        bundle_id = bundle.bundle_id or bundle.id
        if bundle_id is None:
            continue
        handle = f"{external_ref.replace('-', '_')}_{number}"[:24]
        client.account_configuration.configure_bundle_account(
            bundle_id,
            body={"username": handle, "visible_name": f"Launch {number}", "biography": "New drops every week."},
            idempotency_key=f"{external_ref}-account-{number}",
        )
        bundle_ids.append(bundle_id)
        print(f"  {bundle.platform} bundle {bundle_id}: account @{handle} configured")

    listed = [b.id for b in client.bundles.iter_bundles(external_ref=external_ref)]
    print(f"{len(listed)} bundles listed back with external_ref={external_ref}")
    return bundle_ids


if __name__ == "__main__":
    with TokPortal() as portal:
        main(portal)
