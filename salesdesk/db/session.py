"""One signed-in connection to the central database.

The client and the services work through a `Database`: an engine logged in as
one employee's LOGIN role (so RLS applies to everything it does) and a session
factory. Services open a short session per use case and own its transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from salesdesk.db.urls import sqlalchemy_url


@dataclass
class Database:
    """An engine for one login plus its session factory."""

    engine: Engine
    sessions: sessionmaker[Session]

    @classmethod
    def connect(cls, url: str | URL, *, application_name: str = "salesdesk",
                connect_timeout: int = 10, **connect_args: object) -> Database:
        """Engine for `url` (user and password included). Nothing is sent until first use."""
        # prepare_threshold=None: no server-side prepared statements (every call is a short API
        # function call). At most 4 connections: with the live-update connection the client stays
        # within the per-login connection limit (salesdesk.db.migrate.DEFAULT_CONNECTION_LIMIT).
        args: dict[str, object] = {"application_name": application_name,
                                   "connect_timeout": connect_timeout, "prepare_threshold": None,
                                   **connect_args}
        engine = create_engine(sqlalchemy_url(url), pool_pre_ping=True, pool_size=2, max_overflow=2,
                               connect_args=args)
        return cls(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))

    def set_password(self, password: str) -> None:
        """Use `password` for every new connection (after the user changed it); open ones stay."""

        @event.listens_for(self.engine, "do_connect")
        def _password(dialect: object, conn_rec: object, cargs: object, cparams: dict) -> None:
            cparams["password"] = password

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on error."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
