"""What a spreadsheet import may fill, per kind: the fields (each the form's own field type, from the
kind's rules module) and the headers people type for them, in Chinese and English.

A customer row may carry its first contact (the contact_* fields): contacts are imported with their
customer, one per row, as the customer form creates them. A mapping is a list with one entry per
file column: a field key, or None for a column left out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from salesdesk import words
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.customer_rules import CONTACT_SPEC, CUSTOMER_SPEC
from salesdesk.services.lead_rules import LEAD_SPEC
from salesdesk.services.validation import FieldType

CONTACT_PREFIX = "contact_"
Mapping_ = list[str | None]


@dataclass(frozen=True)
class ImportField:
    """One field a column can fill: its key, its label (context "words"), the form's rule, and the
    headers guessed for it (compared without case, spaces or punctuation)."""

    key: str
    label: str
    rule: FieldType
    aliases: tuple[str, ...] = ()
    is_contact: bool = False  # a field of the customer's first contact (key: contact_<field>)
    context: str = "words"  # where `label` is translated (the customer and lead screens' own words)

    @property
    def name(self) -> str:
        """The key in the kind's (or the contact's) spec."""
        return self.key[len(CONTACT_PREFIX):] if self.is_contact else self.key


@dataclass(frozen=True)
class ImportKind:
    """A kind that can be imported: its fields in the order the mapping dialog lists them."""

    kind: str
    fields: tuple[ImportField, ...]
    name_field: str  # the company's name: the duplicate check's key
    phone_field: str

    def field(self, key: str) -> ImportField:
        return next(f for f in self.fields if f.key == key)


CONTACT_NAME = QT_TRANSLATE_NOOP("words", "Contact name")
CONTACT_TITLE = QT_TRANSLATE_NOOP("words", "Contact title")
CONTACT_MOBILE = QT_TRANSLATE_NOOP("words", "Contact mobile")
CONTACT_PHONE = QT_TRANSLATE_NOOP("words", "Contact phone")
CONTACT_EMAIL = QT_TRANSLATE_NOOP("words", "Contact e-mail")
SHORT_NAME = QT_TRANSLATE_NOOP("CustomerFields", "Short name")  # as the customer list says them
LEVEL = QT_TRANSLATE_NOOP("CustomerFields", "Level")
CREDIT_LIMIT = QT_TRANSLATE_NOOP("CustomerFields", "Credit limit")
COMPANY = QT_TRANSLATE_NOOP("LeadModels", "Company")

CUSTOMER_FIELDS = (
    ImportField("name", words.NAME, CUSTOMER_SPEC["name"],
                ("name", "customer", "customer name", "company", "company name", "客户", "客户名称", "名称",
                 "公司", "公司名称", "单位名称", "企业名称")),
    ImportField("short_name", SHORT_NAME, CUSTOMER_SPEC["short_name"], ("short name", "简称", "客户简称"),
                context="CustomerFields"),
    ImportField("industry", words.INDUSTRY, CUSTOMER_SPEC["industry"], ("industry", "行业", "所属行业")),
    ImportField("level", LEVEL, CUSTOMER_SPEC["level"], ("level", "grade", "级别", "客户级别", "等级"),
                context="CustomerFields"),
    ImportField("address", words.ADDRESS, CUSTOMER_SPEC["address"], ("address", "地址", "公司地址")),
    ImportField("region", words.REGION, CUSTOMER_SPEC["region"], ("region", "area", "地区", "区域", "省份")),
    ImportField("phone", words.PHONE, CUSTOMER_SPEC["phone"],
                ("phone", "telephone", "tel", "电话", "座机", "公司电话", "联系电话")),
    ImportField("website", words.WEBSITE, CUSTOMER_SPEC["website"],
                ("website", "web", "url", "网址", "网站")),
    ImportField("source", words.SOURCE, CUSTOMER_SPEC["source"], ("source", "来源", "客户来源")),
    ImportField("credit_limit", CREDIT_LIMIT, CUSTOMER_SPEC["credit_limit"],
                ("credit limit", "credit", "信用额度", "授信额度"), context="CustomerFields"),
    ImportField("notes", words.NOTES, CUSTOMER_SPEC["notes"], ("notes", "note", "remarks", "备注")),
    ImportField("contact_name", CONTACT_NAME, CONTACT_SPEC["name"],
                ("contact", "contact name", "联系人", "联系人姓名", "姓名"), True),
    ImportField("contact_title", CONTACT_TITLE, CONTACT_SPEC["title"],
                ("contact title", "title", "position", "职位", "职务", "联系人职位"), True),
    ImportField("contact_mobile", CONTACT_MOBILE, CONTACT_SPEC["mobile"],
                ("mobile", "cell", "contact mobile", "手机", "手机号", "手机号码", "联系人手机"), True),
    ImportField("contact_phone", CONTACT_PHONE, CONTACT_SPEC["phone"], ("contact phone", "联系人电话"), True),
    ImportField("contact_email", CONTACT_EMAIL, CONTACT_SPEC["email"],
                ("email", "e-mail", "mail", "contact email", "邮箱", "电子邮件", "联系人邮箱"), True),
)
LEAD_FIELDS = (
    ImportField("company_name", COMPANY, LEAD_SPEC["company_name"],
                ("company", "company name", "name", "customer", "公司", "公司名称", "客户名称", "单位名称",
                 "企业名称", "名称"), context="LeadModels"),
    ImportField("contact_name", words.CONTACT, LEAD_SPEC["contact_name"],
                ("contact", "contact name", "联系人", "姓名")),
    ImportField("phone", words.PHONE, LEAD_SPEC["phone"],
                ("phone", "telephone", "tel", "电话", "座机", "联系电话")),
    ImportField("mobile", words.MOBILE, LEAD_SPEC["mobile"],
                ("mobile", "cell", "手机", "手机号", "手机号码")),
    ImportField("email", words.EMAIL, LEAD_SPEC["email"], ("email", "e-mail", "mail", "邮箱", "电子邮件")),
    ImportField("source", words.SOURCE, LEAD_SPEC["source"], ("source", "来源", "线索来源")),
    ImportField("notes", words.NOTES, LEAD_SPEC["notes"], ("notes", "note", "remarks", "备注")),
)
KINDS: dict[str, ImportKind] = {
    "customer": ImportKind("customer", CUSTOMER_FIELDS, "name", "phone"),
    "lead": ImportKind("lead", LEAD_FIELDS, "company_name", "phone"),
}
_NOISE = re.compile(r"[\s_\-:：*（）()]+")


def header_key(header: str) -> str:
    """A header as compared: full-width folded, lower case, no spaces, punctuation or '*'."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", header or "").lower())


def guess_mapping(kind: ImportKind, headers: Sequence[str],
                  remembered: Mapping[str, str] | None = None) -> Mapping_:
    """A field for each column: the last mapping used for this header first (`remembered`, header
    key → field key), then the aliases; a field goes to one column at most."""
    aliases = {header_key(a): f.key for f in kind.fields for a in (f.key, *f.aliases)}
    keys = {f.key for f in kind.fields}
    used: set[str] = set()
    out: Mapping_ = []
    for header in headers:
        key = header_key(header)
        choice = (remembered or {}).get(key)
        if choice not in keys:
            choice = aliases.get(key)
        if choice in used:
            choice = None
        out.append(choice)
        if choice:
            used.add(choice)
    return out


def remembered_from(headers: Sequence[str], mapping: Mapping_) -> dict[str, str]:
    """What to remember of a mapping the user confirmed: header key → field key."""
    return {header_key(h): f for h, f in zip(headers, mapping, strict=False) if f and header_key(h)}
