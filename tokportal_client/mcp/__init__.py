"""``tokportal-mcp``: every TokPortal operation as an MCP tool, run through this client (extra ``[mcp]``).

Start it with ``tokportal-mcp`` (or ``python -m tokportal_client.mcp``); ``tokportal-mcp --help`` lists the
options. :func:`main` is the entry point; :mod:`tokportal_client.agents` holds the tool generator it shares with
the OpenAI / Anthropic schemas.
"""

from __future__ import annotations

from ._cli import main, parse_args

__all__ = ["main", "parse_args"]
