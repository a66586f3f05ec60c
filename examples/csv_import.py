"""Configure many video slots at once from a CSV file.

    python examples/csv_import.py [BUNDLE_ID]   # TOKPORTAL_API_KEY (and TOKPORTAL_BASE_URL) from the environment

Without a bundle id it first creates an account_and_videos bundle with three video slots. The CSV is built
here with the csv module (columns: position, video_type, description, target_publish_date, video_url); in
practice, export it from your spreadsheet. TokPortal reports the rows it imported, skipped and rejected.
"""

from __future__ import annotations

import csv
import datetime
import io
import sys

from tokportal_client import TokPortal

VIDEOS = [
    ("Launch teaser #launch", "https://example.com/media/teaser.mp4"),
    ("Behind the scenes", "https://example.com/media/bts.mp4"),
    ("Launch day!", "https://example.com/media/launch.mp4"),
]


def build_csv(first_day: datetime.date) -> bytes:
    """One row per video slot, one video per day from ``first_day``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["position", "video_type", "description", "target_publish_date", "video_url"])
    for position, (description, url) in enumerate(VIDEOS, start=1):
        day = first_day + datetime.timedelta(days=position - 1)
        writer.writerow([position, "video", description, day.isoformat(), url])
    return out.getvalue().encode("utf-8")


def main(client: TokPortal, bundle_id: str | None = None) -> dict[str, int]:
    """Import the CSV into ``bundle_id`` (or a new bundle); returns the imported/skipped/rejected counts."""
    if bundle_id is None:
        created = client.bundles.create_bundle(
            body={"bundle_type": "account_and_videos", "platform": "tiktok", "country": "USA", "videos_quantity": 3}
        )
        bundle_id = created.data.bundle_id or created.data.id
        if bundle_id is None:
            raise RuntimeError("TokPortal returned no bundle id")
        print(f"created bundle {bundle_id} with 3 video slots")

    data = build_csv(datetime.date.today() + datetime.timedelta(days=4))  # at least 3 days ahead
    print(f"importing {len(VIDEOS)} rows into bundle {bundle_id}")
    result = client.videos.import_bundle_videos_csv(
        bundle_id, file=("videos.csv", data, "text/csv"), auto_publish=False
    )
    errors = result.data.errors or []
    print(f"imported {result.data.imported}, skipped {result.data.skipped}, rejected {len(errors)}")
    for error in errors:
        print(f"  row {error.row}: {error.message}")

    for video in client.videos.list_bundle_videos(bundle_id).data:
        print(f"  slot {video.position}: {video.status}  {video.target_publish_date or ''}  {video.description or ''}")
    return {
        "imported": int(result.data.imported or 0),
        "skipped": int(result.data.skipped or 0),
        "rejected": len(errors),
    }


if __name__ == "__main__":
    with TokPortal() as portal:
        main(portal, sys.argv[1] if len(sys.argv) > 1 else None)
