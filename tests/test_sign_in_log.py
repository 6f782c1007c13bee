"""Signing in leaves no Alembic lines in the user's log: the client reads its revisions without it."""

from __future__ import annotations

import subprocess
import sys

from alembic.script import ScriptDirectory

from salesdesk.db import migrate, revisions
from tests.factories import Company


def test_the_clients_revisions_are_alembics() -> None:
    script = ScriptDirectory.from_config(migrate._config())  # noqa: SLF001
    assert revisions.known_revisions() == {r.revision for r in script.walk_revisions()}
    assert revisions.head_revision() == migrate.head_revision()


SIGN_IN = """
import logging, sys
records = []
handler = logging.Handler()
handler.emit = records.append
logging.getLogger().addHandler(handler)
logging.getLogger().setLevel(logging.DEBUG)
from sqlalchemy.engine import make_url
from salesdesk.services.auth import sign_in
from salesdesk.services.profiles import Profile
url = make_url(sys.argv[1])
profile = Profile(name="t", host=url.host, port=url.port, database=url.database, sslmode="disable")
sign_in(profile, url.username, url.password).close()
print([r.getMessage() for r in records if r.name.startswith("alembic")])
"""


def test_signing_in_logs_nothing_from_alembic(company: Company) -> None:
    """In a fresh interpreter, as a client starts (the test session itself has run Alembic)."""
    url = company.url_for("sp_e1a")
    out = subprocess.run([sys.executable, "-c", SIGN_IN, url], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]", out.stdout
