"""A kind declares its search (private.declare_search) and gets the customers' search: substring
of its text columns, digits of its phone-like columns, full pinyin and initials, "name" sorted by
the pinyin key, within the caller's scope (issue 12: list_page hard-coded the customer's search
columns, so a new kind had no search)."""

from __future__ import annotations

import json

from tests.factories import Company
from tests.scratch_kinds import declare_searched_kind

DEALS = {
    "sp_e1a": ("华为技术服务合同", "HT-2026-001", "0755-2878 0808"),
    "sp_e1a#2": ("深圳金德饮料年度采购", "HT-2026-002", None),
    "sp_e1a#3": ("阿里云扩容", None, "13800138000"),
    "sp_n1a": ("华为技术北方合同", "HT-2026-003", None),  # hidden from sp_e1a (another region)
}


def found(company: Company, who: str, search: str | None, sort: str = "name") -> list[str]:
    query = {"search": search} if search else {}
    return [r[0] for r in company.call(who, "select title from api.t_project_list(%s::jsonb, %s)",
                                       (json.dumps(query, ensure_ascii=False), sort))]


def test_a_kind_that_declares_its_search_is_found_like_customers(fresh_company: Company) -> None:
    declare_searched_kind(fresh_company, DEALS)
    c = fresh_company
    assert found(c, "sp_e1a", "技术服务") == ["华为技术服务合同"]  # substring
    assert found(c, "sp_e1a", "hwjs") == ["华为技术服务合同"]  # initials
    assert found(c, "sp_e1a", "huaweijishu") == ["华为技术服务合同"]  # full pinyin
    assert found(c, "sp_e1a", "JDYL") == ["深圳金德饮料年度采购"]
    assert found(c, "sp_e1a", "2026002") == ["深圳金德饮料年度采购"]  # the number, punctuation aside
    assert found(c, "sp_e1a", "28780808") == ["华为技术服务合同"]  # the phone's digits
    assert found(c, "sp_e1a", "3800138") == ["阿里云扩容"]
    assert found(c, "sp_e1a", "北方") == []  # another region's deal answers to nothing
    assert found(c, "sp_e1a", "hwjsbf") == []
    assert set(found(c, "director", "hwjs")) == {"华为技术服务合同", "华为技术北方合同"}
    # "name" sorts by the pinyin key: a (阿里) < h (华为) < s (深圳)
    assert found(c, "sp_e1a", None) == ["阿里云扩容", "华为技术服务合同", "深圳金德饮料年度采购"]
    assert found(c, "sp_e1a", None, "number")[:2] == ["华为技术服务合同", "深圳金德饮料年度采购"]
    count = c.call("sp_e1a", "select n from api.record_count('t_project', %s::jsonb)",
                   (json.dumps({"search": "hwjs"}),))
    assert count == [(1,)]
    # the derived columns follow a change
    with c.admin() as conn:
        conn.execute("update sales.t_projects set title = '长沙宏达项目' where title = '阿里云扩容'")
        conn.commit()
    assert found(c, "sp_e1a", "alyun") == []
    assert found(c, "sp_e1a", "cshd") == ["长沙宏达项目"]
    # the kind's search columns are its own declaration, in the registry
    with c.admin() as conn:
        spec = conn.execute("select search, search_spec, sorts ->> 'name' from private.record_kinds "
                            "where kind = 't_project'").fetchone()
    assert spec[0] is True and spec[2] == "name_sort"
    assert spec[1]["text"] == ["title", "number"] and spec[1]["digits"] == ["phone"]


def test_a_kinds_api_comes_from_one_column_list(fresh_company: Company) -> None:
    """private.declare_api wrote api.t_project_rows, api.t_project_list and the read view api.t_projects
    from one select list: the same columns everywhere, the list adds the rights and the cursor."""
    declare_searched_kind(fresh_company, DEALS)
    c = fresh_company
    with c.admin() as conn:
        rows = conn.execute("select pg_get_function_result('api.t_project_rows'::regproc), "
                            "pg_get_function_result('api.t_project_list'::regproc), "
                            "(select string_agg(attname, ', ' order by attnum) from pg_attribute "
                            " where attrelid = 'api.t_projects'::regclass and attnum > 0)").fetchone()
    cols = ("id bigint, title text, number text, phone text, holder_id bigint, holder_name text, "
            "version integer")
    assert rows[0] == f"TABLE({cols})"
    assert rows[1] == f"TABLE({cols}, can_edit boolean, can_manage boolean, access text, cursor text)"
    assert rows[2] == "id, title, number, phone, holder_id, holder_name, version"
    mine = c.call("sp_e1a", "select title, holder_name, access, can_edit from api.t_project_list()")
    assert [r[0] for r in mine] == ["阿里云扩容", "华为技术服务合同", "深圳金德饮料年度采购"]
    assert all(r[2] == "owner" and r[3] for r in mine)
    assert {r[0] for r in c.call("sp_e1a", "select title from api.t_projects")} == {r[0] for r in mine}
    ids = [r[0] for r in c.call("director", "select id from api.t_projects order by id desc")]
    assert [r[0] for r in c.call("director", "select id from api.t_project_rows(%s)", (ids,))] == ids
    assert len(ids) == 4
