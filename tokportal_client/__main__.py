"""``python -m tokportal_client``: the ``tokportal`` command line (needs the ``cli`` extra)."""

from tokportal_client.cli import main

if __name__ == "__main__":
    main()
