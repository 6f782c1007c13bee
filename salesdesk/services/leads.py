"""Leads (线索): the list, one lead, create and save, claim from and release into the unit's pool,
and conversion into a customer, contact and deal with the company-wide duplicate check first.

The database does the work (sql/0019_leads_followups.sql; the deal: sql/0020_pipeline_links.sql);
hand-on goes through the generic records module like every kind's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from salesdesk.db.session import Database
from salesdesk.services import records
from salesdesk.services.customer_rules import CONTACT_SPEC, CUSTOMER_SPEC
from salesdesk.services.customers import find_duplicates
from salesdesk.services.errors import REQUIRED, DuplicateError, ValidationError
from salesdesk.services.kind_service import KindService
from salesdesk.services.lead_rules import LEAD_SPEC, LIST_STATUSES, SORT_KEYS
from salesdesk.services.opportunity_rules import clean_opportunity
from salesdesk.services.tx import transaction
from salesdesk.services.validation import clean

KIND = "lead"


@dataclass(frozen=True)
class LeadRow:
    """One line of the lead list, with the caller's rights on it."""

    id: int
    company_name: str
    contact_name: str | None
    phone: str | None
    mobile: str | None
    source: str | None
    status: str
    owner_id: int | None
    owner_name: str | None
    pool_id: int | None
    pool_name: str | None
    unit_name: str | None
    updated_at: datetime
    archived_at: datetime | None
    version: int
    can_edit: bool
    can_manage: bool
    access: str | None
    created_at: datetime | None = None


@dataclass(frozen=True)
class Lead:
    """One lead as api.lead_rows gives it; `converted_customer_name` is None when out of sight."""

    id: int
    company_name: str
    contact_name: str | None
    phone: str | None
    mobile: str | None
    email: str | None
    source: str | None
    notes: str | None
    status: str
    disqualify_reason: str | None
    converted_customer_id: int | None
    converted_customer_name: str | None
    converted_contact_id: int | None
    converted_at: datetime | None
    converted_by_name: str | None
    owner_id: int | None
    owner_name: str | None
    pool_id: int | None
    pool_name: str | None
    unit_name: str | None
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None
    version: int
    converted_opportunity_id: int | None = None  # the deal created by the conversion (0020)
    can_edit: bool = False  # my rights on it now, as api.lead_get gives them with the lead
    can_manage: bool = False
    access: str | None = None

    @property
    def read_only(self) -> bool:
        """A converted lead is kept as converted (archiving aside)."""
        return self.status == "converted"


@dataclass(frozen=True)
class Conversion:
    customer_id: int
    contact_id: int | None
    opportunity_id: int | None = None


LEADS: KindService[LeadRow, Lead] = KindService(
    KIND, line=LeadRow, record=Lead, spec=LEAD_SPEC, sorts=SORT_KEYS, choices={"status": LIST_STATUSES},
    pick=("company_name", ("contact_name", "owner_name")))
list_leads = LEADS.list          # (db, query, *, sort, descending, after, limit): one keyset page
count_leads = LEADS.count
get_lead = LEADS.get
get_lead_line = LEADS.get_line   # the lead as its list line, with my rights and access on it now
save_lead = LEADS.save           # (db, lead_id, version, changes); ConflictError when saved meanwhile
claim_leads = LEADS.claim        # take leads from the pool (all or none)
release_leads = LEADS.release    # give leads back to the pool of their owner's unit (all or none)
search_leads = LEADS.search      # for a record picker: company, contact, phone, pinyin


def create_lead(db: Database, values: Mapping[str, Any], *, pool_id: int | None = None) -> Lead:
    """A lead of mine, or with `pool_id` straight into that pool (whoever manages it)."""
    return LEADS.create(db, values, pool_id=pool_id)


def disqualify_leads(db: Database, shown: Sequence[LeadRow], reason: str) -> None:
    """Disqualify the leads as shown (each at the version shown) with one reason, in one
    transaction: all or none; BatchError names the lead it stopped at and why."""
    try:
        why = clean({"disqualify_reason": reason}, LEAD_SPEC, partial=True).get("disqualify_reason")
    except ValidationError as err:
        raise ValidationError({"reason": err.fields["disqualify_reason"]}) from err
    if not why:
        raise ValidationError({"reason": REQUIRED})
    leads = {lead.id: lead for lead in shown}
    changes = {"status": "disqualified", "disqualify_reason": why}
    with transaction(db, KIND) as session:
        records.each(list(leads), lambda i: records.update(session, KIND, i, leads[i].version, changes),
                     name=lambda i: leads[i].company_name)


def convert_lead(db: Database, lead: Lead, *, customer: Mapping[str, Any] | None = None,
                 contact: Mapping[str, Any] | None = None, customer_id: int | None = None,
                 opportunity: Mapping[str, Any] | None = None) -> Conversion:
    """Convert `lead` (as read, its version checked) into a new customer of mine, or link
    `customer_id`, with a contact from the lead's contact fields overlaid by `contact`, and with
    `opportunity` a deal of mine on that customer (the deal's fields and `stage_id`; the title
    defaults to the lead's company, the stage to the first active one).

    Without `customer_id` the duplicate check runs first: DuplicateError with the matches (one
    out of sight only as "held by …") lets the user link a match or change the name; the database
    checks again and refuses the same way. One transaction: nothing is left when any step fails.
    """
    customer_values = clean(customer or {}, CUSTOMER_SPEC, partial=True)
    contact_values = clean(contact or {}, CONTACT_SPEC, partial=True)
    deal_values = None
    if opportunity is not None:
        deal = dict(opportunity)
        stage = deal.pop("stage_id", None)
        deal_values = {**clean_opportunity(deal, partial=True), **({"stage_id": int(stage)} if stage else {})}
    if customer_id is None:
        name = customer_values.get("name") or lead.company_name
        phone = customer_values.get("phone", lead.phone)
        matches = [m for m in find_duplicates(db, name, phone) if not m.archived]
        if matches:
            raise DuplicateError(matches)
    with transaction(db, KIND) as session:
        session.info["wrote"] = True
        row = records.rows(session, "select * from api.lead_convert(:id, :version, cast(:customer as jsonb), "
                                    "cast(:contact as jsonb), :customer_id, cast(:deal as jsonb))",
                           {"id": lead.id, "version": lead.version, "customer_id": customer_id,
                            "customer": records.to_json(customer_values),
                            "contact": records.to_json(contact_values),
                            "deal": None if deal_values is None else records.to_json(deal_values)})[0]
    return Conversion(int(row["customer_id"]), row["contact_id"], row["opportunity_id"])
