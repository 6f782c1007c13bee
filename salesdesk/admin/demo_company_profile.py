"""The demo company's own details: the seller's header of its quotes and contracts (sql/0025).

A Beijing head office (总部 in demo_data), a well-formed unified social credit code (its check
character computed by the GB 32100-2015 rule), a bank account.
"""

from __future__ import annotations

import psycopg

from salesdesk.services.validation import valid_credit_code

DETAILS = {
    "legal_name": "北京智联信息技术有限公司",
    "short_name": "智联信息",
    "address": "北京市海淀区中关村大街 27 号 8 层",
    "phone": "(010)6255 8800",
    "tax_number": "91110108MA01XY2K5L",
    "bank_name": "中国工商银行北京中关村支行",
    "bank_account": "0200 0045 0920 0123 456",
    "website": "www.demo.salesdesk.cn",
}
assert valid_credit_code(DETAILS["tax_number"])


def load_company_profile(conn: psycopg.Connection) -> None:
    """Enter the demo company's details (the demo loads into a fresh database)."""
    columns = ", ".join(DETAILS)
    conn.execute(f"insert into sales.company_profile ({columns}) values "  # noqa: S608 - fixed names
                 f"({', '.join(['%s'] * len(DETAILS))})", list(DETAILS.values()))
