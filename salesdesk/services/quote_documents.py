"""A quote as a document (`TradeDocument`, services/trade_documents.py): its number and version, its
validity, its lines as the database computed them (checked against the document's rule), the
customer with its primary contact, and the quote's owner signing for the seller."""

from __future__ import annotations

from datetime import date

from salesdesk.db.session import Database
from salesdesk.services import company_profile, products, quotes
from salesdesk.services.deal_documents import NothingToQuoteError, customer_party
from salesdesk.services.quote_types import Quote
from salesdesk.services.trade_documents import QUOTE, DocumentLine, Party, TradeDocument


def document_number(quote: Quote) -> str:
    """The printed number: the series number, and the version from the second one on (…-2)."""
    return quote.number if quote.revision == 1 else f"{quote.number}-{quote.revision}"


def quote_document(db: Database, quote_id: int, seller: Party, issued_on: date) -> TradeDocument:
    """The document of a quote I see (NotFoundError when hidden or missing); `seller` is the header
    while the company's details are not entered."""
    quote = quotes.get_quote(db, quote_id)
    if not quote.lines:
        raise NothingToQuoteError()
    catalog = products.get_products(db, [line.product_id for line in quote.lines])
    lines = tuple(
        DocumentLine(code=line.product_code, name=line.product_name,
                     specification=catalog[line.product_id].specification, unit=line.unit,
                     quantity=line.quantity, unit_price=line.unit_price, discount=line.discount,
                     tax_rate=line.tax_rate / 100, amount=line.amount)
        for line in quote.lines)
    return TradeDocument(
        kind=QUOTE, number=document_number(quote),
        issued_on=quote.sent_at.date() if quote.sent_at else issued_on,
        seller=company_profile.seller(db, seller), buyer=customer_party(db, quote.customer_id),
        lines=lines, subject=quote.title, valid_until=quote.valid_until, notes=quote.notes,
        seller_signatory=quote.owner_name)
