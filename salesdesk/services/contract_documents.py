"""A contract as a document (`TradeDocument`, kind CONTRACT) for the PDF and XLSX writers: its
lines as the database computed them (checked against the document's rule), the customer with its
primary contact, the owner signing for the seller, the contract's number (a draft's reference
before the approval)."""

from __future__ import annotations

from datetime import date

from salesdesk.db.session import Database
from salesdesk.services import company_profile, contracts, customers, products
from salesdesk.services.trade_documents import CONTRACT, HUNDRED, DocumentLine, Party, TradeDocument


def draft_number(contract_id: int) -> str:
    """A contract's reference before the approval gives it its number."""
    return f"HT-DRAFT-{contract_id}"


def contract_document(db: Database, contract_id: int, seller: Party, issued_on: date) -> TradeDocument:
    """The document of a contract I see (NotFoundError when hidden or missing). `seller` is the
    header while the company's details are not entered."""
    c = contracts.get_contract(db, contract_id)
    catalog = products.get_products(db, [line.product_id for line in c.lines])
    lines = tuple(
        DocumentLine(code=line.product_code, name=line.product_name,
                     specification=getattr(catalog.get(line.product_id), "specification", None),
                     unit=line.unit, quantity=line.quantity, unit_price=line.unit_price,
                     discount=line.discount, tax_rate=line.tax_rate / HUNDRED, amount=line.amount)
        for line in c.lines)
    customer = customers.get_customer(db, c.customer_id)
    contact = next((x for x in customer.contacts if x.is_primary), None)
    buyer = Party(customer.name, customer.address, customer.phone, contact.name if contact else None,
                  (contact.mobile or contact.phone) if contact else None)
    return TradeDocument(
        kind=CONTRACT, number=c.number or draft_number(c.id), issued_on=c.signed_on or issued_on,
        seller=company_profile.seller(db, seller), buyer=buyer, lines=lines, subject=c.title,
        notes=c.notes, seller_signatory=c.owner_name)
