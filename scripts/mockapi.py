"""Serve the mock TokPortal API from a checkout: ``python scripts/mockapi.py --port 8000``.

The mock is the testing kit's (``tokportal_client.testing``, installed with ``tokportal-client[testing]``); this
script is the same as ``python -m tokportal_client.testing``: it prints the base URL, then serves until Ctrl-C.
"""

from __future__ import annotations

import sys

from tokportal_client.testing.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
