"""The field rules of leads, with the field types of services/validation.py.

They mirror the table constraints of sql/0019_leads_followups.sql; the source is a picklist value
(the database checks it against the 'source' list).
"""

from __future__ import annotations

from salesdesk import words
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.validation import Choice, Email, Mobile, Phone, Spec, Text

# 'converted' is set by the conversion only (api.lead_convert), never typed
STATUSES = ("new", "contacted", "qualified", "disqualified")
LIST_STATUSES = (*STATUSES, "converted")
SORT_KEYS = ("name", "created_at", "updated_at", "status")
BAD_STATUS = QT_TRANSLATE_NOOP("errors", "Choose a status from the list.")

LEAD_SPEC: Spec = {
    "company_name": Text(required=True, max_length=200), "contact_name": Text(max_length=100),
    "phone": Phone(label=words.PHONE), "mobile": Mobile(label=words.MOBILE),
    "email": Email(label=words.EMAIL),
    "source": Text(), "notes": Text(max_length=4000),
    "status": Choice(values=STATUSES, message=BAD_STATUS),
    "disqualify_reason": Text(max_length=500),
}
