"""Export your analytics video rows to a CSV file.

    python examples/analytics_export.py [OUT.csv]   # TOKPORTAL_API_KEY (and TOKPORTAL_BASE_URL) from the environment

``export_analytics_videos`` returns the CSV text as TokPortal produces it (filters: accounts, platforms and
countries are repeatable, ``from_``/``to`` take a date or an ISO timestamp). The file is written as received.
"""

from __future__ import annotations

import csv
import datetime
import io
import sys
from pathlib import Path

from tokportal_client import TokPortal, models


def main(
    client: TokPortal,
    out: Path | str = "analytics-videos.csv",
    *,
    platforms: tuple[models.PlatformLiteral, ...] = ("tiktok", "instagram"),
    days: int = 30,
) -> Path:
    """Write the last ``days`` days of video analytics for ``platforms`` to ``out``; returns the path."""
    today = datetime.date.today()
    text = client.analytics.export_analytics_videos(
        platform=list(platforms), from_=(today - datetime.timedelta(days=days)).isoformat(), to=today.isoformat()
    )
    path = Path(out)
    path.write_text(text, encoding="utf-8", newline="")
    rows = list(csv.reader(io.StringIO(text)))
    header, body = (rows[0], rows[1:]) if rows else ([], [])
    print(f"wrote {len(body)} video rows to {path} (columns: {', '.join(header)})")
    return path


if __name__ == "__main__":
    with TokPortal() as portal:
        main(portal, sys.argv[1] if len(sys.argv) > 1 else "analytics-videos.csv")
