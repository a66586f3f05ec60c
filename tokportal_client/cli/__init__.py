"""The ``tokportal`` command line (``pip install 'tokportal-client[cli]'``): every API operation as a command.

``tokportal <group> <operation> [ARGS] [OPTIONS]``, generated from the operation registry; see ``docs/cli.md``.
This module imports nothing heavy: the registry, the client, rich, jmespath and PyYAML load only when a command
needs them, so ``tokportal --help`` and shell completion start fast.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> None:
    """Run ``tokportal`` with ``argv`` (default: the process's arguments); exits with the outcome's code."""
    try:
        from ._tools import run
    except ImportError as missing:  # pragma: no cover - depends on the installation
        raise SystemExit(
            f"tokportal: the command line needs the 'cli' extra ({missing.name} is not installed): "
            "pip install 'tokportal-client[cli]'"
        ) from None
    run(argv)
