"""`salesdesk-admin bench --dashboard` at a tiny scale against the test server: it generates the
approved contracts with payments, rebuilds the maintained summaries, prints a line per level with its
calls and the targets, and cleans up; --scale multiplies every size."""

from __future__ import annotations

import re
import secrets

import psycopg
import pytest

from salesdesk.admin import bench_dashboard, cli
from salesdesk.db.urls import with_database

# halved by --scale 0.5: 200 employees, 2,000 customers, deals and contracts, 1,000 follow-ups and leads
SIZES = ["--employees", "400", "--customers", "4000", "--opportunities", "4000", "--followups", "2000",
         "--leads", "2000", "--contracts", "4000", "--scale", "0.5"]


def test_the_dashboard_bench_runs_and_prints_its_lines(pg_admin_url: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    tag = secrets.token_hex(4)
    database, prefix = f"tdash_{tag}", f"td{tag}_"
    code = cli.main(["bench", "--dashboard", "--dsn", with_database(pg_admin_url, "postgres"),
                     "--database", database, "--prefix", prefix, *SIZES, "--runs", "3"])
    captured = capsys.readouterr()
    out = captured.out
    assert code in (0, 3), out + captured.err  # 3: ran, but a target failed (tiny scales are not the point)
    for level in bench_dashboard.LEVELS:
        line = next(x for x in out.splitlines() if x.startswith(f"dashboard {level} ({prefix}"))
        assert re.search(r": page [\d.]+ / [\d.]+; ", line), line
        for name, (levels, _read) in [*bench_dashboard.DASHBOARD_CALLS.items(),
                                      *bench_dashboard.SECTION_READS.items()]:
            assert (f" {name} " in line) == (level in levels), (name, line)
        assert re.search(rf"^(PASS|FAIL)  dashboard {level} data p95 <= \d+ ms", out, re.MULTILINE)
    assert re.search(r"\(200 employees, 2,000 approved contracts, 1,\d{3} with payments, 3 runs\)", out), out
    assert "rebuilt private.employee_units" in captured.err
    assert "kept receivables compacted (" in captured.err
    with psycopg.connect(with_database(pg_admin_url, "postgres")) as conn:
        assert conn.execute("select 1 from pg_database where datname = %s", (database,)).fetchone() is None
        assert conn.execute("select count(*) from pg_roles where rolname like %s",
                            (prefix + "%",)).fetchone()[0] == 0


@pytest.mark.parametrize("scale", ["0", "1.5"])
def test_a_scale_outside_0_to_1_is_refused(scale: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["bench", "--dashboard", "--scale", scale]) == 1
    err = capsys.readouterr().err
    assert "--scale" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("level", bench_dashboard.LEVELS)
def test_the_bench_times_every_section_the_level_sees(level: str) -> None:
    """A section registered on the first page without its call in the bench fails here."""
    from salesdesk.ui.dashboard_sections import sections_for

    levels = {name: levels for name, (levels, _read) in [*bench_dashboard.DASHBOARD_CALLS.items(),
                                                        *bench_dashboard.SECTION_READS.items()]}
    shown = {s.key for s in sections_for(level)}
    assert shown <= set(bench_dashboard.SECTION_CALLS), shown - set(bench_dashboard.SECTION_CALLS)
    timed = {name for name, lv in levels.items() if level in lv}
    assert timed == {call for key in shown for call in bench_dashboard.SECTION_CALLS[key]}
