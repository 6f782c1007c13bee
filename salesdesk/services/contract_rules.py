"""The field rules of contracts (合同订单) and their lines, with the field types of
services/validation.py; they mirror sql/0027_contract_kind.sql. The status flow, the approval, the
number series and amendments are the database's (sql/0028_quotes_contracts.sql)."""

from __future__ import annotations

from decimal import Decimal

from salesdesk.services.opportunity_rules import LINE_SPEC
from salesdesk.services.validation import DateField, Percentage, Spec, Text

STATUSES = ("draft", "submitted", "approved", "rejected", "in_effect", "fulfilled", "cancelled")
EDITABLE = ("draft", "rejected")        # only these change; an approved one through an amendment
COUNTING = ("approved", "in_effect", "fulfilled")   # private.contract_counts
SORT_KEYS = ("updated_at", "number", "signed_on", "total_amount", "status")
DEFAULT_TAX_RATE = Decimal(13)

CONTRACT_SPEC: Spec = {
    "title": Text(required=True, max_length=200),
    "signed_on": DateField(),
    "starts_on": DateField(),
    "ends_on": DateField(),
    "notes": Text(max_length=4000),
}
CONTRACT_LINE_SPEC: Spec = {**LINE_SPEC, "tax_rate": Percentage(empty=DEFAULT_TAX_RATE)}

# The flow's actions: what the database calls them (api.contract_<action>).
ACTIONS = ("submit", "withdraw", "mark_in_effect", "fulfil", "cancel", "amend")

