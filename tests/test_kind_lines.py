"""installer/tools/kind_lines.py: the lines each record kind costs, per layer (README "Development")."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TOOL = REPO / "installer" / "tools" / "kind_lines.py"
spec = importlib.util.spec_from_file_location("kind_lines", TOOL)
assert spec and spec.loader
kind_lines = importlib.util.module_from_spec(spec)
sys.modules["kind_lines"] = kind_lines
spec.loader.exec_module(kind_lines)

KINDS = [kind_lines.Kind("lead", "sales.leads", "leads"),
         kind_lines.Kind("followup", "sales.followups", "followups"),
         kind_lines.Kind("opportunity_line", "sales.opportunity_lines", "opportunity_lines"),
         kind_lines.Kind("opportunity", "sales.opportunities", "opportunities")]


def test_statements_split_outside_quotes_dollar_quotes_and_comments() -> None:
    sql = ("-- a; comment\ncreate function f() returns int language sql as $$ select 1; $$;\n"
           "select ';' as x;\n\ncreate function g() as $b$ begin; end $b$;\n-- only a comment;\n")
    found = kind_lines.statements(sql)
    assert len(found) == 3 and found[1].strip() == "select ';' as x;"


def test_a_statement_belongs_to_the_kind_it_is_about() -> None:
    def kind(sql: str) -> str | None:
        return kind_lines.subject(sql, KINDS)[0]

    assert kind("create index if not exists x on sales.leads (a, id);") == "lead"
    assert kind("create or replace function private.followup_touch_customer() returns trigger "
                "as $$ update sales.customers set x = 1; $$;") == "followup"
    assert kind("create table sales.opportunity_lines (opportunity_id bigint references sales.opportunities);"
                ) == "opportunity_line"
    assert kind("call private.declare_api('lead', 'l', 'l.id');") == "lead"
    assert kind("alter table sales.followups add constraint c check (true);") == "followup"
    assert kind("create or replace function private.check_picklists() returns trigger as $$ $$;") is None
    assert kind_lines.subject("call private.declare_api('lead', 'l', 'l.id');", KINDS)[1] == {
        "function api.lead_rows", "function api.lead_list", "function api.lead_get", "view api.leads"}


def test_the_command_counts_every_declared_kind_and_leaves_out_what_is_defined_again() -> None:
    out = subprocess.run([sys.executable, str(TOOL)], capture_output=True, text=True, check=True).stdout
    table = {line.split()[0]: [int(x) for x in line.split()[1:]] for line in out.splitlines()[1:]}
    assert {"customer", "contact", "opportunity", "opportunity_line", "lead", "followup", "(shared)"
            } <= set(table)
    sql, rules, written, services, ui, python, tests = table["lead"]
    assert 0 < rules < sql < written  # 0019's hand-written lead API is superseded by 0022's declare_api
    assert python == services + ui and services > 0 and tests > 0


def test_an_empty_tree_is_one_plain_line(tmp_path: Path) -> None:
    (tmp_path / "sql").mkdir()
    done = subprocess.run([sys.executable, str(TOOL), "--root", str(tmp_path)],
                          capture_output=True, text=True)
    assert done.returncode == 1 and done.stderr.strip().startswith("no record kinds declared")


def test_the_example_kind_is_counted_and_meets_the_target() -> None:
    """Issue 12: a plain owned kind costs at most 60 lines of SQL and 150 of Python (services + ui)."""
    out = subprocess.run([sys.executable, str(TOOL), "--files"], capture_output=True, text=True,
                         check=True).stdout
    row = next(line.split() for line in out.splitlines() if line.startswith("example:t_project "))
    sql, _rules, written, services, ui, python, tests = (int(x) for x in row[1:])
    assert 0 < sql == written <= 60 and services > 0 and ui > 0 and python == services + ui <= 150
    assert tests > 0 and "    tests/kinds_example/project.py" in out.splitlines()
