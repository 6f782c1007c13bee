"""PyInstaller entry point of IT's command line (`salesdesk-admin`)."""

import sys

from salesdesk.admin.cli import main

if __name__ == "__main__":
    sys.exit(main())
