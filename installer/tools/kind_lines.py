"""Lines each record kind costs, per layer: `python installer/tools/kind_lines.py [--root DIR]`.

Counts non-blank lines that are not comment-only (`--` in SQL, `#` in Python; docstrings count).

SQL: every statement of the numbered migrations (sql/NNNN_*.sql) is attributed to at most one
kind (the kinds are read from the `private.declare_kind` calls), by its subject:
- a `call private.declare_*('<kind>', …)`: that kind;
- a `create` of a function, procedure, view, table or type: the kind its name starts with
  (`api.lead_rows`, `private.followup_touch_customer`; the longest kind name wins), or whose table
  or read view it is; an index, trigger or policy: the kind of the table it is `on`;
- any other statement (alter, grant, insert, …): the first kind table, view or function it names.
What names no kind (the generic machinery, shared reference data) is "(shared)".
The "SQL" column is what the kind costs today: a definition that a later statement defines again
(a later `create or replace` of the same name, or `declare_api` writing the kind's `_rows`,
`_list`, `_get` and read view) and `drop` statements (history only) are left out; "rules" is the
part of it that creates functions, procedures and triggers (the kind's own rules, beside its
table and declarations); "SQL written" counts every statement, superseded ones too (released
files are never edited).

Example kinds (rows `example:<kind>`): tests/kinds_example/<name>.sql and <name>.py, a whole kind
that README's "How to add a kind's screens" walks through; the Python file's `# -- ui:` line
divides its services from its screens.

Python: files of salesdesk/services/ and salesdesk/ui/ (the .ui forms are not Python and not
counted) and tests/ whose name (without `test_`/`test_ui_`) is the kind's name or plural, or
starts with it followed by `_` or a digit (`lead_rules.py`, `leads.py`, `customer360.py`).
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

SHARED = "(shared)"
IDENT = r"[a-z_][a-z0-9_]*"
RULE = re.compile(r"\s*create\s+(or\s+replace\s+)?(function|procedure|trigger)\s")
DOLLAR = re.compile(r"\$(\w*)\$")


@dataclass
class Kind:
    name: str
    table: str
    view: str


@dataclass
class Counts:
    sql: int = 0
    sql_rules: int = 0
    sql_written: int = 0
    services: int = 0
    ui: int = 0
    tests: int = 0
    files: list[str] = field(default_factory=list)


def code_lines(text: str, comment: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip() and not line.strip().startswith(comment))


def statements(sql: str) -> list[str]:
    """Split on `;` outside quotes, dollar quotes and comments."""
    out, start, i, n = [], 0, 0, len(sql)
    while i < n:
        if sql.startswith("--", i):
            i = n if (end := sql.find("\n", i)) < 0 else end
        elif sql[i] == "'":
            i = sql.find("'", i + 1) + 1 or n
        elif sql[i] == "$" and (m := DOLLAR.match(sql, i)):
            end = sql.find(m.group(0), i + len(m.group(0)))
            i = n if end < 0 else end + len(m.group(0))
        elif sql[i] == ";":
            out.append(sql[start:i + 1])
            start = i = i + 1
        else:
            i += 1
    return [s for s in out if code_lines(s, "--")]


def kinds_of(sql_files: list[Path]) -> list[Kind]:
    found: dict[str, Kind] = {}
    for path in sql_files:
        text = path.read_text()
        for m in re.finditer(r"call private\.declare_kind\('(\w+)',\s*'([\w.]+)',\s*'(\w+)'", text):
            found[m.group(1)] = Kind(m.group(1), m.group(2), m.group(3))
    return sorted(found.values(), key=lambda k: -len(k.name))  # longest name first


def by_name(name: str, kinds: list[Kind]) -> str | None:
    short = name.split(".")[-1]
    for k in kinds:
        if name in (k.table, f"api.{k.view}") or short == k.name or short.startswith(k.name + "_"):
            return k.name
    return None


def subject(stmt: str, kinds: list[Kind]) -> tuple[str | None, set[str]]:
    """The statement's kind and the objects it defines (for supersession)."""
    s = re.sub(r"--[^\n]*", "", stmt).lower()
    if m := re.search(r"call private\.declare_(\w+)\(\s*'(\w+)'", s):
        k = next((k for k in kinds if k.name == m.group(2)), None)
        defines = set()
        if m.group(1) == "api" and k:
            defines = {f"function api.{k.name}_{x}" for x in ("rows", "list", "get")} | {f"view api.{k.view}"}
        return (k.name if k else None), defines
    if m := re.search(rf"create\s+(?:or\s+replace\s+)?(function|procedure|view|table|type)\s+"
                      rf"(?:if\s+not\s+exists\s+)?({IDENT}\.{IDENT})", s):
        return by_name(m.group(2), kinds), {f"{m.group(1).replace('procedure', 'function')} {m.group(2)}"}
    if m := re.search(rf"create\s+(?:unique\s+)?(index|trigger|policy)\s+(?:if\s+not\s+exists\s+)?"
                      rf"(\"[^\"]+\"|{IDENT}).*?\son\s+(?:only\s+)?({IDENT}\.{IDENT})", s, re.S):
        return by_name(m.group(3), kinds), {f"{m.group(1)} {m.group(3)} {m.group(2)}"}
    for m in re.finditer(rf"\b((?:sales|api|private)\.{IDENT})", s):
        if kind := by_name(m.group(1), kinds):
            return kind, set()
    return None, set()


def count_sql(root: Path, kinds: list[Kind], counts: dict[str, Counts]) -> None:
    files = sorted((root / "sql").glob("[0-9][0-9][0-9][0-9]_*.sql"))
    parsed = [(kind, defines, stmt) for f in files for stmt in statements(f.read_text())
              for kind, defines in [subject(stmt, kinds)]]
    for i, (kind, defines, stmt) in enumerate(parsed):
        c = counts.setdefault(kind or SHARED, Counts())
        lines = code_lines(stmt, "--")
        c.sql_written += lines
        later = set().union(*(d for _, d, _ in parsed[i + 1:]))
        dropped = re.match(r"\s*drop\s", re.sub(r"--[^\n]*", "", stmt).lower())
        if not dropped and not (defines and defines <= later):
            c.sql += lines
            if RULE.match(re.sub(r"--[^\n]*", "", stmt).lower()):
                c.sql_rules += lines


def python_kind(stem: str, kinds: list[Kind]) -> str | None:
    stem = re.sub(r"^test_(ui_)?", "", stem)
    for k in kinds:
        for word in (k.view, k.name):
            if stem == word or re.match(rf"{word}[_0-9]", stem):
                return k.name
    return None


def count_python(root: Path, kinds: list[Kind], counts: dict[str, Counts]) -> None:
    for layer, folder in (("services", "salesdesk/services"), ("ui", "salesdesk/ui"), ("tests", "tests")):
        for path in sorted((root / folder).glob("*.py")):
            kind = python_kind(path.stem, kinds)
            c = counts.setdefault(kind or SHARED, Counts())
            setattr(c, layer, getattr(c, layer) + code_lines(path.read_text(), "#"))
            if kind:
                c.files.append(f"{folder}/{path.name}")


def count_examples(root: Path, counts: dict[str, Counts]) -> list[str]:
    """The example kinds of tests/kinds_example/ (README "How to add a kind's screens"): each is
    `<name>.sql` (all of it the kind's SQL) and `<name>.py` (services above its `# -- ui:` line,
    ui below), tested by tests/test_kind_screens.py. Returns their rows' names."""
    names = []
    for py in sorted((root / "tests" / "kinds_example").glob("*.py")):
        sql = py.with_suffix(".sql")
        if not sql.exists():
            continue
        declared = kinds_of([sql])
        name = f"example:{declared[0].name if declared else py.stem}"
        c = counts.setdefault(name, Counts())
        for stmt in statements(sql.read_text()):
            lines = code_lines(stmt, "--")
            c.sql, c.sql_written = c.sql + lines, c.sql_written + lines
            c.sql_rules += lines if RULE.match(re.sub(r"--[^\n]*", "", stmt).lower()) else 0
        text = py.read_text().splitlines()
        ui = next((i for i, line in enumerate(text) if line.startswith("# -- ui:")), len(text))
        c.services, c.ui = code_lines("\n".join(text[:ui]), "#"), code_lines("\n".join(text[ui:]), "#")
        test = root / "tests" / "test_kind_screens.py"
        c.tests = code_lines(test.read_text(), "#") if test.exists() else 0
        c.files += [str(f.relative_to(root)) for f in (sql, py, test) if f.exists()]
        names.append(name)
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2])
    parser.add_argument("--files", action="store_true", help="list the Python files counted per kind")
    args = parser.parse_args(argv)
    kinds = kinds_of(sorted((args.root / "sql").glob("[0-9][0-9][0-9][0-9]_*.sql")))
    if not kinds:
        print(f"no record kinds declared under {args.root / 'sql'}", file=sys.stderr)
        return 1
    counts: dict[str, Counts] = {}
    count_sql(args.root, kinds, counts)
    count_python(args.root, kinds, counts)
    examples = count_examples(args.root, counts)
    print(f"{'kind':18} {'SQL':>5} {'rules':>5} {'SQL written':>11} {'services':>8} {'ui':>5} {'Python':>6} "
          f"{'tests':>6}")
    for name in [*sorted(k.name for k in kinds), SHARED, *examples]:
        c = counts.get(name, Counts())
        python = c.services + c.ui
        print(f"{name:18} {c.sql:5} {c.sql_rules:5} {c.sql_written:11} {c.services:8} {c.ui:5} {python:6} "
              f"{c.tests:6}")
        if args.files:
            for f in c.files:
                print(f"    {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
