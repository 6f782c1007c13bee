"""Shared words: labels and buttons every record screen says the same way, translated once.

The English words of the "words" context, without Qt, so that services name fields with them
(`Money(label=words.AMOUNT)`: "Amount: The amount cannot be negative."). The UI shows them with
`ui.words.word(words.OWNER)`; see ui/words.py.
"""

from __future__ import annotations

from salesdesk.i18n import QT_TRANSLATE_NOOP

SAVE = QT_TRANSLATE_NOOP("words", "&Save")
CANCEL = QT_TRANSLATE_NOOP("words", "Cancel")
UNSAVED_CHANGES = QT_TRANSLATE_NOOP("words", "Unsaved changes")
DISCARD_CHANGES = QT_TRANSLATE_NOOP("words", "Discard changes")
NAME = QT_TRANSLATE_NOOP("words", "Name")
TITLE = QT_TRANSLATE_NOOP("words", "Title")
PHONE = QT_TRANSLATE_NOOP("words", "Phone")
MOBILE = QT_TRANSLATE_NOOP("words", "Mobile")
EMAIL = QT_TRANSLATE_NOOP("words", "E-mail")
ADDRESS = QT_TRANSLATE_NOOP("words", "Address")
WEBSITE = QT_TRANSLATE_NOOP("words", "Website")
OWNER = QT_TRANSLATE_NOOP("words", "Owner")
UNIT = QT_TRANSLATE_NOOP("words", "Unit")
POOL = QT_TRANSLATE_NOOP("words", "Pool")
CUSTOMER = QT_TRANSLATE_NOOP("words", "Customer")
CONTACT = QT_TRANSLATE_NOOP("words", "Contact")
INDUSTRY = QT_TRANSLATE_NOOP("words", "Industry")
REGION = QT_TRANSLATE_NOOP("words", "Region")
SOURCE = QT_TRANSLATE_NOOP("words", "Source")
STATUS = QT_TRANSLATE_NOOP("words", "Status")
DRAFT = QT_TRANSLATE_NOOP("words", "Draft")  # a quote's or contract's status
NUMBER = QT_TRANSLATE_NOOP("words", "Number")
SUBMIT_FOR_APPROVAL = QT_TRANSLATE_NOOP("words", "Submit for approval")
WITHDRAW = QT_TRANSLATE_NOOP("words", "Withdraw")  # a request, before it is decided
STATUS_IS = QT_TRANSLATE_NOOP("words", "Status: {status}")  # a document's number (HT-…, BJ-…)
AMOUNT = QT_TRANSLATE_NOOP("words", "Amount")
QUANTITY = QT_TRANSLATE_NOOP("words", "Quantity")
PRICE = QT_TRANSLATE_NOOP("words", "Price")
DISCOUNT = QT_TRANSLATE_NOOP("words", "Discount")
PROBABILITY = QT_TRANSLATE_NOOP("words", "Probability")
DATE = QT_TRANSLATE_NOOP("words", "Date")
NOTES = QT_TRANSLATE_NOOP("words", "Notes")
ARCHIVED = QT_TRANSLATE_NOOP("words", "Archived")
UPDATED = QT_TRANSLATE_NOOP("words", "Updated")
OPEN = QT_TRANSLATE_NOOP("words", "Open")
SEARCH_PEOPLE = QT_TRANSLATE_NOOP("words", "Search by name, login or unit")
# the hand-on actions and history tabs of every owned kind (ui/record_actions.py, ui/record_history.py)
REASSIGN = QT_TRANSLATE_NOOP("words", "Reassign…")
SHARE = QT_TRANSLATE_NOOP("words", "Share…")
RELEASE = QT_TRANSLATE_NOOP("words", "Release to pool…")
CLAIM = QT_TRANSLATE_NOOP("words", "Claim")
STOP_SHARING = QT_TRANSLATE_NOOP("words", "Stop sharing")
SHARES = QT_TRANSLATE_NOOP("words", "Shares")
OWNERSHIP_HISTORY = QT_TRANSLATE_NOOP("words", "Ownership history")
AUDIT_HISTORY = QT_TRANSLATE_NOOP("words", "Audit history")
HISTORY = QT_TRANSLATE_NOOP("words", "History…")
# follow-ups (issue 12): the quick dialog's action on every page that offers it, the customer's overview
DEAL = QT_TRANSLATE_NOOP("words", "Deal")
LOG_FOLLOWUP = QT_TRANSLATE_NOOP("words", "Log follow-up")
OVERVIEW = QT_TRANSLATE_NOOP("words", "Overview")
STAGE = QT_TRANSLATE_NOOP("words", "Stage")
EXPECTED_CLOSE = QT_TRANSLATE_NOOP("words", "Expected close")
OTHER = QT_TRANSLATE_NOOP("words", "Other")
# the company's own details (sql/0025): its editor and the documents' seller header
LEGAL_NAME = QT_TRANSLATE_NOOP("words", "Legal name")
TAX_NUMBER = QT_TRANSLATE_NOOP("words", "Tax number")
BANK_NAME = QT_TRANSLATE_NOOP("words", "Bank")
BANK_ACCOUNT = QT_TRANSLATE_NOOP("words", "Account number")
# expenses (a product's category too)
CATEGORY = QT_TRANSLATE_NOOP("words", "Category")

ALL = tuple(v for k, v in dict(globals()).items() if k.isupper() and isinstance(v, str))

# performance screens (issue 14): the targets, forecast, attainment and dashboard say these alike
TARGET = QT_TRANSLATE_NOOP("words", "Target")  # also the first tier (目标) beside 冲刺 / 挑战
AMOUNT_WAN = QT_TRANSLATE_NOOP("words", "Amount (¥10k)")  # a chart's value axis in 万元
MONTH = QT_TRANSLATE_NOOP("words", "Month")
WHOLE_COMPANY = QT_TRANSLATE_NOOP("words", "Whole company")
METRIC_PICK = QT_TRANSLATE_NOOP("words", "&Metric:")
EXPORT_CANCELLED = QT_TRANSLATE_NOOP("words", "Export cancelled.")  # a list's export, the monthly report's
