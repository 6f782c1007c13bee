"""Test session: a real PostgreSQL, never a mock.

By default the session starts the bundled server in a temporary folder. Set
SALESDESK_TEST_DSN to a superuser URL to run against another server instead
(CI does this for PostgreSQL 15). Each test that needs a database gets a fresh
one with the full schema (`fresh_db`), or shares the read-only `company`.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from salesdesk.db import migrate
from salesdesk.db.local_server import LocalServer
from salesdesk.db.session import Database
from salesdesk.db.urls import with_database
from tests.factories import PINNED_SEEDS, Company, build_small_company

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _private_config_dir() -> Iterator[None]:
    """Profiles and QSettings of the test session live in a throwaway folder, not the user's."""
    if os.environ.get("SALESDESK_CONFIG_DIR"):
        yield
        return
    folder = tempfile.mkdtemp(prefix="salesdesk-test-config-")
    os.environ["SALESDESK_CONFIG_DIR"] = folder
    try:
        yield
    finally:
        os.environ.pop("SALESDESK_CONFIG_DIR", None)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def _gui_thread_collector(request: pytest.FixtureRequest) -> None:
    """GUI tests collect cyclic garbage on the GUI thread, as the client does (ui/gc_guard.py)."""
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from salesdesk.ui import gc_guard

        gc_guard.install(request.getfixturevalue("qapp"))


def _server_of_this_worker(urls: list[str]) -> str:
    """The URL this session runs on: pytest-xdist's worker gwN takes the N-th. Login role names
    are cluster-wide (sql/roles.sql creates three on every init), so parallel sessions each need a
    server of their own; the bundled one is started per session anyway."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker is None:
        return urls[0]
    index = int(worker.removeprefix("gw"))
    if index >= len(urls):
        raise pytest.UsageError(
            f"SALESDESK_TEST_DSN names {len(urls)} server(s) for {worker}'s session: give one URL per "
            "worker, separated by spaces (installer/ci/pg15.sh starts PG15_CLUSTERS of them)")
    return urls[index]


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """Superuser URL of the server the tests run on (any database)."""
    external = os.environ.get("SALESDESK_TEST_DSN")
    if external:
        yield _server_of_this_worker(external.split())
        return
    root = Path(tempfile.mkdtemp(prefix="salesdesk-test-"))
    server = LocalServer(root)
    try:
        yield server.start()
    finally:
        server.stop(discard=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def db_factory(pg_admin_url: str):
    """Creates fresh databases with the full schema: `db_factory(revision="head") -> admin URL`."""
    created: list[str] = []
    templates: dict[str, str] = {}

    def make(revision: str = "head") -> str:
        # Each revision's schema is migrated once, into a template nobody connects to; a test's
        # database is a copy of it (a quarter of a second instead of two), then brought in line by
        # `migrate.upgrade`, which puts back what a copy does not carry (the database's own
        # settings and grants) and finds no migration left to apply.
        template = templates.get(revision)
        if template is None:
            template = "tpl_" + secrets.token_hex(5)
            migrate.init(with_database(pg_admin_url, template), revision)
            templates[revision] = template
            created.append(template)
        name = "t_" + secrets.token_hex(5)
        url = with_database(pg_admin_url, name)
        with psycopg.connect(with_database(pg_admin_url, "postgres"), autocommit=True) as conn:
            conn.execute(f'create database "{name}" template "{template}"')
        created.append(name)
        migrate.upgrade(url, revision)
        return url

    yield make
    if not os.environ.get("SALESDESK_TEST_DSN"):
        return  # the throwaway server is deleted whole; dropping each database first only costs time
    with psycopg.connect(with_database(pg_admin_url, "postgres"), autocommit=True) as conn:
        for name in created:
            conn.execute(f'drop database if exists "{name}" with (force)')


@pytest.fixture
def fresh_db(db_factory) -> str:
    """Admin URL of a new database at the newest schema, for tests that change data."""
    return db_factory()


@pytest.fixture(scope="session")
def company(db_factory) -> Company:
    """A small company (HQ, two regions, all levels, customers, pools, shares, a deal per
    salesperson), shared read-only."""
    return build_small_company(db_factory(), deals=True)


@pytest.fixture
def fresh_company(db_factory) -> Company:
    """The same small company in its own database, for tests that change data."""
    return build_small_company(db_factory())


@pytest.fixture(scope="session")
def counted_company(db_factory) -> Company:
    """A small company of its own with the pinned seeds only, shared read-only by the tests that
    count what someone owns or sees (rows a later kind seeds into `company` leave them alone)."""
    return build_small_company(db_factory(), PINNED_SEEDS)


@pytest.fixture
def fresh_counted_company(db_factory) -> Company:
    """The pinned small company in its own database, for counting tests that change data."""
    return build_small_company(db_factory(), PINNED_SEEDS)


@pytest.fixture
def as_user(co: Company) -> Iterator[Callable[[str], Database]]:
    """Service connections as people of the test module's company (its fixture `co`), closed
    afterwards."""
    opened: list[Database] = []

    def connect(key: str) -> Database:
        db = Database.connect(co.url_for(key))
        opened.append(db)
        return db

    yield connect
    for db in opened:
        db.close()
