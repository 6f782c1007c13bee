"""The company's own details (sql/0025_company_profile.sql): the seller's header of its documents.

One row of company-wide reference data: every employee reads it, a position with
maintain_company_profile changes it. Before anyone has entered it there is none (`get_profile`
returns None) and documents fall back to the name the caller knows (the connection's).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text

from salesdesk import words
from salesdesk.db.session import Database
from salesdesk.services import records
from salesdesk.services.trade_documents import Party
from salesdesk.services.tx import transaction
from salesdesk.services.validation import BankAccount, Phone, Spec, TaxNumber, Text, Website, clean

SPEC: Spec = {
    "legal_name": Text(label=words.LEGAL_NAME, required=True, max_length=200),
    "short_name": Text(max_length=100),
    "address": Text(label=words.ADDRESS, max_length=300),
    "phone": Phone(label=words.PHONE),
    "tax_number": TaxNumber(label=words.TAX_NUMBER),
    "bank_name": Text(label=words.BANK_NAME, max_length=200),
    "bank_account": BankAccount(label=words.BANK_ACCOUNT),
    "website": Website(label=words.WEBSITE),
}
FIELDS = tuple(SPEC)


@dataclass(frozen=True)
class CompanyProfile:
    """The company's details as the API shows them; `can_edit`: the caller may change them."""

    legal_name: str
    short_name: str | None
    address: str | None
    phone: str | None
    tax_number: str | None
    bank_name: str | None
    bank_account: str | None
    website: str | None
    updated_at: datetime | None
    updated_by_name: str | None
    version: int | None
    can_edit: bool

    @property
    def bank(self) -> str | None:
        """"中国工商银行北京中关村支行 0200 0045 …" as a document prints it."""
        return " ".join(x for x in (self.bank_name, self.bank_account) if x) or None

    def party(self) -> Party:
        """The seller's header of a document."""
        return Party(self.legal_name, self.address, self.phone, tax_number=self.tax_number,
                     bank=self.bank)


def get_profile(db: Database) -> CompanyProfile | None:
    """The company's details, None before anyone entered them."""
    with transaction(db) as session:
        found = session.execute(text("select * from api.company_profile")).mappings().first()
        return CompanyProfile(**found) if found else None


def save_profile(db: Database, expected_version: int | None, changes: Mapping[str, Any]) -> CompanyProfile:
    """Enters or changes the details; the details as saved. ValidationError per field (every
    problem at once), ConflictError when someone saved since `expected_version` was read,
    PermissionDeniedError without maintain_company_profile."""
    values = clean(changes, SPEC, partial=expected_version is not None)
    with transaction(db) as session:
        records.scalar(session, "select api.company_profile_save(:v, cast(:values as jsonb))",
                       {"v": expected_version, "values": records.to_json(values)})
        session.info["wrote"] = True
    saved = get_profile(db)
    assert saved is not None
    return saved


def seller(db: Database, fallback: Party) -> Party:
    """The seller's header: the company's details, or `fallback` while none are entered."""
    profile = get_profile(db)
    return profile.party() if profile is not None else fallback
