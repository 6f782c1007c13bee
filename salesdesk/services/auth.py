"""Signing in: connect as the employee's own LOGIN role and check who they are.

`sign_in` turns every way a sign-in can fail into a domain error with a
translatable message that tells the user what to do. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
import psycopg.sql
from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.engine import URL

from salesdesk import __version__
from salesdesk.db import revisions
from salesdesk.db.session import Database
from salesdesk.db.urls import libpq_url, sqlalchemy_url
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.errors import ConnectionLostError, DomainError
from salesdesk.services.org import Me
from salesdesk.services.profiles import Profile, demo_data_dir


class SignInError(DomainError):
    """Base of the sign-in failures."""

    default_message = QT_TRANSLATE_NOOP("errors", "Signing in failed.")


class WrongPasswordError(SignInError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "The login name or password is not correct. Please check them and try again.")


class ServerUnreachableError(SignInError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "The server {host}:{port} cannot be reached. Check the network connection and the "
                  "connection profile, or ask IT whether the server is running.")


class TlsError(SignInError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "A secure (TLS) connection to the server could not be established. Check the TLS "
                  "mode and the CA certificate file of the connection profile, or ask IT.")


class AccountDeactivatedError(SignInError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "This account is deactivated or not allowed to use salesdesk. Please contact your "
                  "administrator.")


class DatabaseMissingError(SignInError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "The database \"{database}\" does not exist on this server. Check the connection "
                  "profile.")


class SchemaTooOldError(SignInError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "The database is older (schema {found}) than this client needs ({needed}). Please ask "
                  "IT to run \"salesdesk-admin migrate\" on the server.")


class SchemaTooNewError(SignInError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "The database (schema {found}) is newer than this client understands ({needed}). "
                  "Please install the current salesdesk client.")


# The shortest password accepted: the admin CLI's rule too (the server cannot check a password
# it only ever sees as a SCRAM verifier, and the bundled server has no passwordcheck module).
MIN_PASSWORD_LENGTH = 8

PASSWORD_TOO_SHORT = QT_TRANSLATE_NOOP("errors", "The new password needs at least {min} characters.")
PASSWORDS_DIFFER = QT_TRANSLATE_NOOP("errors", "The two new passwords are not the same.")
PASSWORD_UNCHANGED = QT_TRANSLATE_NOOP("errors", "The new password must differ from the current one.")


class DemoServerError(SignInError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "The demo server could not be started: {detail}")


@dataclass
class SignedIn:
    """A signed-in session: the database connection for services plus who and what is on the other end."""

    profile: Profile
    database: Database
    me: Me
    schema_version: str
    server_version: str
    url: str  # libpq URL including the password: for the LISTEN connection of live updates
    # Signed in with a password IT handed out: the client asks for a new one before anything else.
    must_change_password: bool = False

    @property
    def client_version(self) -> str:
        return __version__

    @property
    def required_schema(self) -> str:
        """The schema revision this client was built for."""
        return revisions.head_revision()

    def ping(self) -> None:
        """Raise ConnectionLostError when the server does not answer."""
        try:
            with self.database.engine.connect() as conn:
                conn.execute(text("select 1"))
        except sa_exc.SQLAlchemyError as err:
            raise ConnectionLostError() from err

    def close(self) -> None:
        self.database.close()


def connection_url(profile: Profile, login: str, password: str) -> URL:
    """The SQLAlchemy URL for `profile`, as `login`, with the profile's TLS settings."""
    query: dict[str, str] = {"sslmode": profile.sslmode or "prefer"}
    if profile.sslrootcert:
        query["sslrootcert"] = profile.sslrootcert
    return URL.create("postgresql+psycopg", username=login, password=password, host=profile.host,
                      port=profile.port, database=profile.database, query=query)


def check_schema(found: str | None) -> None:
    """Raise when the database's schema version is not the one this client was built for."""
    head = revisions.head_revision()
    versions = {v.strip() for v in (found or "").split(",") if v.strip()}
    unknown = versions - revisions.known_revisions()
    if unknown:
        raise SchemaTooNewError(None, found=", ".join(sorted(versions)), needed=head)
    if head not in versions:
        raise SchemaTooOldError(None, found=", ".join(sorted(versions)) or "-", needed=head)


def _classify(err: BaseException, profile: Profile) -> SignInError | None:
    """Map a connection failure (psycopg's message text; libpq gives no SQLSTATE for most) to an error."""
    sqlstate = getattr(err, "sqlstate", None) or ""
    message = str(err).lower()
    if sqlstate == "28P01" or "password authentication failed" in message or \
            "no password supplied" in message:
        return WrongPasswordError()
    if "is not permitted to log in" in message or "permission denied for database" in message or \
            "does not have connect privilege" in message:
        return AccountDeactivatedError()
    if sqlstate == "3D000" or ("database" in message and "does not exist" in message):
        return DatabaseMissingError(None, database=profile.database)
    if "ssl" in message or "certificate" in message or "tls" in message:
        return TlsError()
    if any(s in message for s in ("connection refused", "timeout expired", "could not translate host",
                                  "name or service not known", "no route to host", "network is unreachable",
                                  "connection timed out", "could not connect", "host is unknown",
                                  "connection to server", "nodename nor servname")):
        return ServerUnreachableError(None, host=profile.host, port=profile.port)
    return None


def start_demo_server_if_needed(profile: Profile) -> Profile:
    """Demo profile: start the bundled server if it is set up but stopped; returns the fresh profile."""
    if not profile.demo:
        return profile
    from dataclasses import replace

    from salesdesk.db.local_server import LocalServer, ServerError

    server = LocalServer(demo_data_dir())
    if not server.initialised():
        return profile  # nothing to start: the connection error says the server is unreachable
    try:
        if not server.status().running:
            server.start()
        port = int(server.url().rsplit(":", 1)[1].split("/", 1)[0])
    except (ServerError, OSError, ValueError) as err:
        raise DemoServerError(None, detail=str(err).strip().splitlines()[0] if str(err).strip() else "?") \
            from err
    return replace(profile, port=port)


def sign_in(profile: Profile, login: str, password: str, *, connect_timeout: int = 8) -> SignedIn:
    """Connect as `login`, check the schema version and the employee record; raise a SignInError."""
    profile = start_demo_server_if_needed(profile)
    url = connection_url(profile, login.strip(), password)
    database = Database.connect(url, connect_timeout=connect_timeout)
    try:
        with database.engine.connect() as conn:
            # api.schema_version() from revision 0004 on; sales.schema_version() before it
            fn = conn.execute(text("select coalesce(to_regprocedure('api.schema_version()'), "
                                   "to_regprocedure('sales.schema_version()'))::text")).scalar()
            found = conn.execute(text(f"select {fn}")).scalar() if fn else None
            check_schema(found)
            row = conn.execute(text("select * from api.whoami()")).mappings().first()
            if row is None:  # a LOGIN role without an active employee row
                raise AccountDeactivatedError()
            held = frozenset(conn.execute(text("select code from api.my_permissions()")).scalars())
            server_version = str(conn.execute(text("show server_version")).scalar())
            must_change = bool(conn.execute(text("select api.password_change_required()")).scalar())
            conn.commit()  # the function forgets a reset whose password was changed meanwhile
    except SignInError:
        database.close()
        raise
    except (sa_exc.DBAPIError, psycopg.Error) as err:
        database.close()
        orig = getattr(err, "orig", None) or err
        mapped = _classify(orig, profile)
        if mapped is None:
            if isinstance(err, sa_exc.OperationalError):
                mapped = ServerUnreachableError(None, host=profile.host, port=profile.port)
            else:
                raise
        raise mapped from err
    me = Me(**row, permissions=held)
    return SignedIn(profile=profile, database=database, me=me, schema_version=str(found),
                    server_version=server_version, url=libpq_url(url), must_change_password=must_change)


def change_password(session: SignedIn, current: str, new: str, repeated: str) -> None:
    """Change the signed-in employee's own password.

    WrongPasswordError when `current` is not their password (checked by signing in with it),
    ValidationError for a new password that is too short, repeated wrongly or unchanged. Only
    a SCRAM verifier reaches the server, never the password itself (nor its statement log).
    """
    from salesdesk.services.errors import FieldError, ValidationError

    if len(new) < MIN_PASSWORD_LENGTH:  # the field's text needs {min} too, not only the message's
        raise ValidationError({"new": FieldError(PASSWORD_TOO_SHORT, {"min": MIN_PASSWORD_LENGTH})},
                              PASSWORD_TOO_SHORT, min=MIN_PASSWORD_LENGTH)
    if new != repeated:
        raise ValidationError({"repeated": PASSWORDS_DIFFER}, PASSWORDS_DIFFER)
    if new == current:
        raise ValidationError({"new": PASSWORD_UNCHANGED}, PASSWORD_UNCHANGED)
    url = sqlalchemy_url(session.url).set(password=current)
    try:
        conn = psycopg.connect(libpq_url(url), connect_timeout=8)
    except psycopg.OperationalError as err:
        mapped = _classify(err, session.profile)
        raise (mapped or ConnectionLostError()) from err
    with conn:
        verifier = conn.pgconn.encrypt_password(new.encode(), session.me.login.encode(), b"scram-sha-256")
        conn.execute(psycopg.sql.SQL("alter role current_user password {}").format(
            psycopg.sql.Literal(verifier.decode())))
    session.url = libpq_url(sqlalchemy_url(session.url).set(password=new))
    session.database.set_password(new)
    session.must_change_password = False  # the server's flag follows the password (sql/0014)


def is_connection_lost(err: BaseException) -> bool:
    """True for errors that mean the server went away (the UI then reconnects)."""
    if isinstance(err, (ConnectionLostError, ServerUnreachableError)):
        return True
    if isinstance(err, sa_exc.DBAPIError):
        return bool(err.connection_invalidated) or isinstance(err, sa_exc.OperationalError)
    return isinstance(err, psycopg.OperationalError)
