from salesdesk.db.session import Database
from salesdesk.services.import_kinds import KINDS, guess_mapping
from salesdesk.services.record_import import check_rows, import_rows
from salesdesk.services.sheet_reader import parse_csv
from tests.factories import build_small_company
import time

def test_profile(db_factory):
    co = build_small_company(db_factory())
    for kind, head, fmt in (("lead", "公司名称,联系人,电话,手机,备注\n", "线索公司{i:05d},联系人{i},021-7{i:07d},139{i:08d},\n"),
                            ("customer", "客户名称,级别,电话,信用额度,备注\n", "无联系人公司{i:05d},B,021-6{i:07d},1000,\n")):
        sheet = parse_csv((head + "".join(fmt.format(i=i) for i in range(10000))).encode(), "x")
        db = Database.connect(co.url_for("sp_e2a"))
        t0 = time.perf_counter()
        p = check_rows(db, KINDS[kind], sheet, guess_mapping(KINDS[kind], sheet.headers))
        assert p.ok, p.rejected[:2]
        t = time.perf_counter(); import_rows(db, p); print(kind, "check", t - t0, "import", time.perf_counter() - t)
        db.close()
