"""The team page end to end: only the people in scope, with positions and counts; drill into customers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesdesk.ui.org_view import PERSON_ROLE, OrgTreeModel
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui


def _find(model, text: str):  # noqa: ANN001, ANN202
    flags = Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
    hits = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, text, 1, flags)
    return hits[0] if hits else None


def test_supervisor_sees_only_the_team(qtbot, qtmodeltester, company) -> None:
    with main_window(qtbot, company, "sup_e1") as window:
        page = wait_loaded(qtbot, window, "org")
        qtmodeltester.check(page.model)
        people = {p.name: p for p in page.model.people()}
        assert set(people) == {"张主管", "赵一", "钱二", "孙助理"}
        assert people["赵一"].customer_count == 3 and people["赵一"].position_name == "销售代表"
        assert people["张主管"].customer_count == 1
        assert "上海一组" in {u.name for u in page.model.units()}
        assert "北京一组" not in {u.name for u in page.model.units()}
        index = _find(page.model, "钱二")
        assert index is not None and index.data(PERSON_ROLE) == company.people["sp_e1b"]
        page.open_person(index)
        customers_page = window.pages["customers"]
        qtbot.waitUntil(lambda: customers_page.model.count == 3 and len(customers_page.model.rows()) == 3,
                        timeout=WAIT_MS)
        assert {r.owner_id for r in customers_page.model.rows()} == {company.people["sp_e1b"]}


def test_manager_sees_the_region(qtbot, qtmodeltester, company) -> None:
    with main_window(qtbot, company, "mgr_e") as window:
        page = wait_loaded(qtbot, window, "org")
        names = {p.name for p in page.model.people()}
        assert {"李华东", "张主管", "周主管", "赵一", "钱二", "吴三", "孙助理"} <= names
        assert not names & {"陈四", "冯主管", "郑华北", "王总监"}


def test_empty_tree_model_is_valid(qtmodeltester) -> None:
    qtmodeltester.check(OrgTreeModel())


def test_units_are_in_pinyin_order_with_numbered_teams_by_number(qtbot, company) -> None:
    with main_window(qtbot, company, "director") as window:
        page = wait_loaded(qtbot, window, "org")
        model = page.model
        hq = _find(model, "总部")
        assert hq is not None
        regions = [model.index(r, 0, hq).data() for r in range(model.rowCount(hq))]
        assert regions.index("华北大区") < regions.index("华东大区")  # huá běi before huá dōng
        branch = _find(model, "上海分公司")
        teams = [model.index(r, 0, branch).data() for r in range(model.rowCount(branch))]
        assert teams[:2] == ["上海一组", "上海二组"]  # 一, 二: counted, not spelled (èr before yī)
