"""PyInstaller entry point of the desktop client (`salesdesk`)."""

import sys

from salesdesk.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
