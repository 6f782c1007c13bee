"""A deal's quote as a document (`TradeDocument`): its product lines as the database computed them,
the customer with its primary contact, and the deal's owner signing for the seller.

The quote and contract kinds of issue 13 will build their documents the same way and feed the same
writers. The seller's header is the company's details (services/company_profile.py); while nobody
has entered them, it is what the caller passes (the client: the connection's name).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import company_profile, customers, opportunities, products
from salesdesk.services.errors import DomainError
from salesdesk.services.opportunity_types import OpportunityDetail
from salesdesk.services.trade_documents import QUOTE, DocumentLine, Party, TradeDocument

VALID_DAYS = 30  # a quote's validity when nothing else says
NO_LINES = QT_TRANSLATE_NOOP("errors", "This deal has no product lines to quote.")


class NothingToQuoteError(DomainError):
    default_message = NO_LINES


@dataclass(frozen=True)
class QuoteRequest:
    """What the export asks for besides the deal: who sells, when, for how long the prices hold."""

    seller: Party  # the header while the company's details are not entered
    issued_on: date
    valid_days: int = VALID_DAYS


def quote_number(deal_id: int, issued_on: date) -> str:
    """A deal's quote number until quotes have their own series: BJ-<date>-<deal id>."""
    return f"BJ-{issued_on:%Y%m%d}-{deal_id}"


def deal_quote(db: Database, deal_id: int, request: QuoteRequest) -> TradeDocument:
    """The quote document of a deal I see (NotFoundError when hidden or missing). Line amounts are
    the database's (checked against the document's rule); specification and tax rate come from
    the catalog."""
    deal = opportunities.get_opportunity(db, deal_id)
    if not deal.lines:
        raise NothingToQuoteError()
    catalog = products.get_products(db, [line.product_id for line in deal.lines])  # every employee reads it
    lines = tuple(
        DocumentLine(code=line.product_code, name=line.product_name,
                     specification=catalog[line.product_id].specification, unit=line.unit,
                     quantity=line.quantity, unit_price=line.unit_price, discount=line.discount,
                     tax_rate=catalog[line.product_id].tax_rate, amount=line.amount)
        for line in deal.lines)
    return TradeDocument(
        kind=QUOTE, number=quote_number(deal.id, request.issued_on), issued_on=request.issued_on,
        seller=company_profile.seller(db, request.seller), buyer=_buyer(db, deal), lines=lines,
        subject=deal.title,
        valid_until=request.issued_on + timedelta(days=request.valid_days),
        seller_signatory=deal.owner_name)


def _buyer(db: Database, deal: OpportunityDetail) -> Party:
    """The customer with its primary contact (whoever sees a deal sees its customer)."""
    return customer_party(db, deal.customer_id)


def customer_party(db: Database, customer_id: int) -> Party:
    """A customer as the buyer of a document, with its primary contact (quotes share it)."""
    customer = customers.get_customer(db, customer_id)
    contact = next((c for c in customer.contacts if c.is_primary), None)
    return Party(customer.name, customer.address, customer.phone, contact.name if contact else None,
                 (contact.mobile or contact.phone) if contact else None)
