"""A quote or contract as a printable document, independent of where its data comes from.

The writers (`document_xlsx.write_xlsx`, the PDF writer in ui/document_pdf.py) take a
`TradeDocument`; a deal (services/deal_documents.py) and later the quote and contract kinds build one.

Money rule (the database's rule for deal lines, sql/0018): every amount is a `Decimal`, never a
float. Prices are before tax (不含税).
- line amount = round(quantity × unit price × (1 − discount/100), 2), half up to the fen (0.005 → 0.01);
- line tax = round(line amount × tax rate, 2), half up to the fen, per line;
- subtotal = Σ line amounts; tax = Σ line taxes (each already rounded, so the sum is exact);
- total (价税合计) = subtotal + tax, written in capitals (大写金额, money_words).
A line given its amount (as the database computed it) is checked against the rule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext

from salesdesk import words
from salesdesk.i18n import QT_TRANSLATE_NOOP, WORDS
from salesdesk.services.errors import DomainError
from salesdesk.services.money_words import capital_amount

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
DOCUMENTS = "documents"  # the translation context of the documents' words
Translate = Callable[[str, str], str]  # (context, source text) -> text in the document's language
Say = Callable[[str], str]  # a document word (source text) -> the text in the document's language

QUOTE, CONTRACT = "quote", "contract"
TITLES = {QUOTE: QT_TRANSLATE_NOOP("documents", "Quotation"),
          CONTRACT: QT_TRANSLATE_NOOP("documents", "Sales contract")}


class DocumentWriteError(DomainError):
    """The file could not be written (a folder without permission, a full disk, a file held open)."""

    default_message = QT_TRANSLATE_NOOP("errors", "The file {path} could not be written: {reason}")


class Words:
    """The documents' labels: English sources translated in the "documents" context, or the shared
    words (salesdesk/words.py, the "words" context) where a document says what every screen says."""

    NUMBER = QT_TRANSLATE_NOOP("documents", "No.")
    DATE = words.DATE
    VALID_UNTIL = QT_TRANSLATE_NOOP("documents", "Valid until")
    SUBJECT = QT_TRANSLATE_NOOP("documents", "Subject")
    SELLER = QT_TRANSLATE_NOOP("documents", "Seller")
    BUYER = words.CUSTOMER
    ADDRESS = words.ADDRESS
    PHONE = words.PHONE
    CONTACT = words.CONTACT
    ROW = QT_TRANSLATE_NOOP("documents", "#")
    CODE = QT_TRANSLATE_NOOP("documents", "Product code")
    PRODUCT = QT_TRANSLATE_NOOP("documents", "Product name")
    SPECIFICATION = QT_TRANSLATE_NOOP("documents", "Specification / model")
    UNIT = QT_TRANSLATE_NOOP("documents", "Unit of measure")  # (the shared "Unit" is the org unit)
    QUANTITY = words.QUANTITY
    UNIT_PRICE = QT_TRANSLATE_NOOP("documents", "Unit price (excl. tax)")
    DISCOUNT = words.DISCOUNT
    TAX_RATE = QT_TRANSLATE_NOOP("documents", "VAT rate")
    AMOUNT = QT_TRANSLATE_NOOP("documents", "Amount (excl. tax)")
    SUBTOTAL = QT_TRANSLATE_NOOP("documents", "Subtotal (excl. tax)")
    TAX = QT_TRANSLATE_NOOP("documents", "Tax")
    TOTAL = QT_TRANSLATE_NOOP("documents", "Total (incl. tax)")
    CAPITAL = QT_TRANSLATE_NOOP("documents", "Total in words")
    NOTES = words.NOTES
    PRICES_NOTE = QT_TRANSLATE_NOOP("documents", "Prices in CNY before tax; tax per line, rounded to "
                                                 "the fen.")
    SIGNATURE = QT_TRANSLATE_NOOP("documents", "Signature")
    SEAL = QT_TRANSLATE_NOOP("documents", "Seal")
    REPRESENTATIVE = QT_TRANSLATE_NOOP("documents", "Representative")
    SIGNED_ON = words.DATE
    LABELLED = QT_TRANSLATE_NOOP("documents", "{label}: {value}")  # Chinese: a full-width colon
    PAGE = QT_TRANSLATE_NOOP("documents", "Page {page} of {pages}")


EXACT = 60  # significant digits: numeric(14,3) × numeric(14,2) × a 4-place factor stays exact


def fen(value: Decimal) -> Decimal:
    """`value` rounded to the fen, half up (away from zero), as the database's round(x, 2)."""
    with localcontext(prec=EXACT):
        return value.quantize(CENT, rounding=ROUND_HALF_UP)


def line_amount(quantity: Decimal, unit_price: Decimal, discount: Decimal) -> Decimal:
    """The database's deal-line rule: round(q × price × (1 − d/100), 2), exact before the rounding
    (PostgreSQL's numeric is; Decimal's default 28 digits would not be for the largest lines)."""
    with localcontext(prec=EXACT):
        return fen(quantity * unit_price * (1 - discount / HUNDRED))


def line_tax(amount: Decimal, tax_rate: Decimal) -> Decimal:
    """A line's tax: round(amount × rate, 2), half up, per line."""
    with localcontext(prec=EXACT):
        return fen(amount * tax_rate)


@dataclass(frozen=True)
class Party:
    """One side of the document: the seller's header or the customer."""

    name: str
    address: str | None = None
    phone: str | None = None
    contact: str | None = None  # the person to talk to
    contact_phone: str | None = None
    tax_number: str | None = None  # the seller's: the company's details (services/company_profile.py)
    bank: str | None = None  # bank and account number


def header_lines(party: Party, say: Say, gap: str) -> list[str]:
    """What a document prints under a party's name, non-empty lines: address, phone and contact;
    then tax number and bank ("税号：…", "开户行：…"); the parts of a line joined by `gap`."""
    contact = " ".join(x for x in (party.contact, party.contact_phone) if x)
    reach = [x for x in (party.address, party.phone, contact) if x]
    money = [labelled(say, label, value) for label, value in ((words.TAX_NUMBER, party.tax_number),
                                                              (words.BANK_NAME, party.bank)) if value]
    return [gap.join(parts) for parts in (reach, money) if parts]


@dataclass(frozen=True)
class DocumentLine:
    """One product line; `amount` is computed by the rule when not given, and checked when given."""

    code: str
    name: str
    specification: str | None
    unit: str | None
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal  # percent, 0-100
    tax_rate: Decimal  # a fraction: 0.1300 is 13 %
    amount: Decimal | None = None

    def __post_init__(self) -> None:
        for name in ("quantity", "unit_price", "discount", "tax_rate"):
            if not isinstance(getattr(self, name), Decimal):
                raise TypeError(f"{name} must be a Decimal, not {type(getattr(self, name)).__name__}")
        computed = line_amount(self.quantity, self.unit_price, self.discount)
        if self.amount is None:
            object.__setattr__(self, "amount", computed)
        elif self.amount != computed:
            raise ValueError(f"line {self.code}: amount {self.amount} is not the rule's {computed}")

    @property
    def net(self) -> Decimal:
        """The line amount before tax (always set after construction)."""
        assert self.amount is not None
        return self.amount

    @property
    def tax(self) -> Decimal:
        return line_tax(self.net, self.tax_rate)


@dataclass(frozen=True)
class TradeDocument:
    """A quote or contract: header, both parties, lines, totals, notes and the signature block."""

    kind: str  # QUOTE | CONTRACT
    number: str
    issued_on: date
    seller: Party
    buyer: Party
    lines: tuple[DocumentLine, ...]
    subject: str | None = None  # what it is about (the deal's title)
    valid_until: date | None = None
    notes: str | None = None
    seller_signatory: str | None = None  # who signs for the seller (the deal's owner)
    buyer_signatory: str | None = None

    @property
    def subtotal(self) -> Decimal:
        return sum((line.net for line in self.lines), Decimal("0.00"))

    @property
    def tax(self) -> Decimal:
        return sum((line.tax for line in self.lines), Decimal("0.00"))

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.tax

    @property
    def capital(self) -> str:
        """The total in capitals with the currency (人民币…); CapitalAmountError beyond 1 万亿."""
        return capital_amount(self.total, currency=True)

    def title(self, translate: Translate | None = None) -> str:
        return text(TITLES[self.kind], translate)


SHARED = {words.CUSTOMER, words.ADDRESS, words.PHONE, words.CONTACT, words.QUANTITY,
          words.DISCOUNT, words.NOTES, words.DATE, words.TAX_NUMBER, words.BANK_NAME}


def text(source: str, translate: Translate | None = None) -> str:
    """A document word in the document's language (the English source without `translate`)."""
    if translate is None:
        return source
    return translate(WORDS if source in SHARED else DOCUMENTS, source)


def sayer(translate: Translate | None) -> Say:
    """`text` bound to one language."""
    return lambda source: text(source, translate)


def labelled(say: Say, label: str, value: str) -> str:
    """"Customer: 杭州青禾" / "客户：杭州青禾" (the label is a source text, the value is not)."""
    return say(Words.LABELLED).replace("{label}", say(label)).replace("{value}", value)


def percent(value: Decimal) -> str:
    """A percentage as printed: 12.5 -> "12.5%", 13.00 -> "13%" (trailing zeros dropped)."""
    shown = value.normalize()
    return f"{shown:f}%"


def money(value: Decimal) -> str:
    """An amount as printed: thousands separated, two decimals (no float on the way)."""
    return f"{fen(value):,.2f}"


def quantity(value: Decimal) -> str:
    """A quantity without needless trailing zeros (3.000 -> "3", 2.500 -> "2.5")."""
    shown = value.normalize()
    return f"{shown:f}"
