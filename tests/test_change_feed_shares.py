"""The change feed shows a share event only to those who may see the record's shares (issue 11,
finding 7): its recipient and whoever may hand the record on — the rule of api.record_shares.
A read-share recipient saw when the record was shared with someone else."""

from __future__ import annotations

from tests.factories import Company


def share_events(company: Company, key: str, after: int) -> list[tuple]:
    return company.call(key, "select kind, root_id, op from api.changes_since(%s) where kind = 'share'",
                        (after,))


def test_a_share_event_reaches_only_who_may_see_the_records_shares(fresh_company: Company) -> None:
    c = fresh_company
    theirs = c.customers["sp_n1a客户1"]  # 陈四's, shared for reading with 赵一 (sp_e1a)
    with c.admin() as conn:
        head = conn.execute("select max(seq) from private.changes").fetchone()[0]  # type: ignore[index]
    c.call("sp_n1a", "select api.record_share('customer', %s, %s, 'read')", (theirs, c.people["sp_e1b"]))
    c.call("sp_n1a", "select api.record_update('customer', %s, null, '{\"level\": \"A\"}')", (theirs,))
    expected = [("share", theirs, "INSERT")]
    assert share_events(c, "sp_n1a", head) == expected   # the owner
    assert share_events(c, "sup_n1", head) == expected   # above the owner
    assert share_events(c, "sp_e1b", head) == expected   # the recipient
    assert share_events(c, "sp_e1a", head) == []         # another read-share holder: not theirs to know
    assert c.call("sp_e1a", "select kind, root_id from api.changes_since(%s) where kind = 'customer'",
                  (head,)) == [("customer", theirs)]     # the record's own change still reaches them
    visible = c.call("sp_e1a", "select employee_id from api.record_shares('customer', %s)", (theirs,))
    assert c.people["sp_e1b"] not in {r[0] for r in visible}  # the same rule as api.record_shares
