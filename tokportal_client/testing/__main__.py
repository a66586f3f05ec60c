"""``python -m tokportal_client.testing``: serve the mock of the TokPortal API until Ctrl-C."""

from __future__ import annotations

import argparse
import logging
import sys

from . import MockServer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tokportal_client.testing",
        description="Serve a mock of the TokPortal API that checks every request against the contract.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to listen on; 0 picks a free one (default)")
    parser.add_argument("--spec", default=None, help="another OpenAPI document (default: the bundled contract)")
    parser.add_argument("--credits", type=int, default=10_000, help="starting credit balance (default 10000)")
    parser.add_argument(
        "--api-key", default=None, help="the only API key accepted (default: any non-empty key; none is a 401)"
    )
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    args = parser.parse_args(argv)
    if not args.quiet:
        logging.basicConfig(level=logging.INFO, format="mock: %(message)s", stream=sys.stderr)
    mock = MockServer(
        host=args.host, port=args.port, spec_path=args.spec, credits=args.credits, api_key=args.api_key
    ).bind()
    print(mock.base_url, flush=True)
    print("TokPortal mock API: every request is checked against the contract; Ctrl-C to stop.", file=sys.stderr)
    try:
        mock.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        mock.stop()
    for violation in mock.violations:
        print(f"contract violation: {violation}", file=sys.stderr)
    return 1 if mock.violations else 0


if __name__ == "__main__":
    sys.exit(main())
