"""The field rules of follow-ups, with the field types of services/validation.py.

They mirror sql/0019_leads_followups.sql: a kind from the list, a summary, satisfaction 1-5 for
return visits, the next follow-up date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from salesdesk import words
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.validation import BadValue, Choice, DateField, FieldType, RecordRef, Spec, Text

KINDS = ("call", "visit", "email", "meeting", "wechat", "other")
SORT_KEYS = ("happened_at", "updated_at", "next_followup_on")
BAD_KIND = QT_TRANSLATE_NOOP("errors", "Choose a follow-up type from the list.")
BAD_SATISFACTION = QT_TRANSLATE_NOOP("errors", "Satisfaction is from 1 to 5.")
BAD_TIME = QT_TRANSLATE_NOOP("errors", "Give the date and time of the follow-up.")


@dataclass(frozen=True)
class Satisfaction(FieldType):
    """1 to 5 (a return visit's rating), or empty."""

    def parse(self, value: Any) -> int | None:
        if value is None or value == "":
            return None
        try:
            number = int(str(value).strip())
        except ValueError:
            raise BadValue(BAD_SATISFACTION) from None
        if not 1 <= number <= 5:
            raise BadValue(BAD_SATISFACTION)
        return number


@dataclass(frozen=True)
class Moment(FieldType):
    """A date and time with its zone (the dialog's date-time edit gives one)."""

    typed: bool = False

    def parse(self, value: Any) -> datetime | None:
        if value is None or value == "":
            return None
        if isinstance(value, datetime) and value.tzinfo is not None:
            return value
        raise BadValue(BAD_TIME)


FOLLOWUP_SPEC: Spec = {
    "kind": Choice(values=KINDS, message=BAD_KIND, required=True),
    "happened_at": Moment(),
    "summary": Text(required=True, max_length=4000),
    "outcome": Text(max_length=4000),
    "next_followup_on": DateField(label=words.DATE),
    "satisfaction": Satisfaction(),
    "contact_id": RecordRef(),
    "opportunity_id": RecordRef(),
}
