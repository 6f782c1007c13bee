"""The schema revisions this client knows, read from the migration files without loading Alembic.

The client checks the database's revision at every sign-in; Alembic itself (and the INFO lines
it logs while setting up its plugins) is only needed by `salesdesk-admin migrate`. Each
revision file declares `revision = "00NN"` and `down_revision = "00MM"` (or None).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)
_DOWN = re.compile(r'^down_revision\s*=\s*(?:["\']([^"\']+)["\']|None)', re.MULTILINE)


@cache
def revisions() -> dict[str, str | None]:
    """revision -> the revision it follows (None for the first)."""
    found: dict[str, str | None] = {}
    for path in sorted(VERSIONS_DIR.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is not None and down is not None:
            found[revision.group(1)] = down.group(1)
    return found


def known_revisions() -> set[str]:
    return set(revisions())


def head_revision() -> str:
    """The one revision no other follows."""
    followed = {down for down in revisions().values() if down is not None}
    heads = sorted(set(revisions()) - followed)
    if len(heads) != 1:
        raise RuntimeError(f"expected one head revision, found {heads}")
    return heads[0]
