"""Changing one's own password (File > Change password): checked, and only a verifier is sent."""

from __future__ import annotations

import psycopg
import pytest

from salesdesk.services import auth, profiles
from salesdesk.services.errors import ValidationError
from tests.factories import Company


def sign_in(company: Company, key: str, password: str) -> auth.SignedIn:
    url = psycopg.conninfo.conninfo_to_dict(company.url_for(key))
    profile = profiles.Profile(name="t", host=str(url["host"]), port=int(url["port"]),
                               database=str(url["dbname"]))
    return auth.sign_in(profile, company.login(key), password)


def test_change_own_password(fresh_company: Company) -> None:
    c = fresh_company
    session = sign_in(c, "sp_e1a", c.password)
    try:
        with pytest.raises(ValidationError):
            auth.change_password(session, c.password, "short", "short")
        with pytest.raises(ValidationError):
            auth.change_password(session, c.password, "Neues-Pass-1", "Neues-Pass-2")
        with pytest.raises(auth.WrongPasswordError):
            auth.change_password(session, "not-my-password", "Neues-Pass-1", "Neues-Pass-1")
        auth.change_password(session, c.password, "Neues-Pass-1", "Neues-Pass-1")
        session.database.engine.dispose()  # new connections use the new password
        assert session.database.engine.connect().close() is None
    finally:
        session.close()
    with pytest.raises(auth.WrongPasswordError):
        sign_in(c, "sp_e1a", c.password)
    sign_in(c, "sp_e1a", "Neues-Pass-1").close()
    with c.admin() as conn:  # a SCRAM verifier was stored, not the text
        stored = conn.execute("select rolpassword from pg_authid where rolname = %s",
                              (c.login("sp_e1a"),)).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$") and "Neues-Pass-1" not in stored


def test_a_too_short_password_names_the_minimum_at_the_field(company: Company) -> None:
    session = sign_in(company, "sp_e1a", company.password)
    try:
        with pytest.raises(ValidationError) as refused:
            auth.change_password(session, company.password, "short", "short")
    finally:
        session.close()
    # the field's own text is what a form shows next to the field: it must format, with the number
    assert str(auth.MIN_PASSWORD_LENGTH) in refused.value.fields["new"].text()
