"""The current schema as readable SQL, one file per object, read from a database's catalog.

`render(conn)` returns {relative path: text} for `sql/current/`: every function and
procedure (`functions/<schema>.<name>.sql`, overloads together), view, table (columns,
constraints, indexes, triggers, row-level security, policies and grants in one file),
composite type and schema. Only what a fresh `init` decides goes in: no OIDs, no data, no
sequence values, no database name (the per-database CONNECT group is written as
`salesdesk_connect_<database>`), no superuser name. Each file names the numbered
migrations that write the object (`schema_sources.py`), so a reader also knows where to look in
the history. installer/tools/current_schema.py writes the files; a test keeps them in step.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import psycopg

from salesdesk.db.schema_sources import Sources

COMMAND = ".venv/bin/python installer/tools/current_schema.py"
SCHEMAS = """
    select n.oid, n.nspname from pg_namespace n
    where n.nspname not like 'pg\\_%' and n.nspname not in ('information_schema', 'public')
    order by n.nspname"""
PRIVILEGE_ORDER = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER",
                   "EXECUTE", "USAGE", "CREATE", "MAINTAIN")
NO_GRANTS = "-- no privilege granted to anyone but the owner\n"
POLICY_COMMANDS = {"r": "select", "a": "insert", "w": "update", "d": "delete", "*": "all"}


def privilege_rank(privilege: str) -> tuple[int, str]:
    """GRANT's own order (SELECT, INSERT, …); a privilege a newer server adds goes last."""
    known = privilege in PRIVILEGE_ORDER
    return (PRIVILEGE_ORDER.index(privilege) if known else len(PRIVILEGE_ORDER), privilege)


def header(what: str, written_in: str) -> str:
    return (f"-- {what}, as every migration in sql/ leaves it.\n"
            f"-- GENERATED from a fresh `init` by `{COMMAND}`; do not edit.\n"
            "-- To change it, add the next numbered migration in sql/, then run that command.\n"
            f"-- {written_in}\n\n")


class Renderer:
    """Reads one database's catalog; `files()` gives the reference's files."""

    def __init__(self, conn: psycopg.Connection, sources: Sources) -> None:
        self.conn = conn
        self.sources = sources
        self.connect_role = conn.execute(
            "select case when to_regprocedure('private.connect_role()') is not null "
            "then private.connect_role() end").fetchone()[0]
        self.superusers = {r[0] for r in conn.execute("select rolname from pg_roles where rolsuper")}

    # -- shared pieces ----------------------------------------------------------------

    def role(self, name: str) -> str:
        if name == self.connect_role:
            return "salesdesk_connect_<database>"
        return name

    def owner(self, kind: str, target: str, owner: str) -> str:
        if owner in self.superusers and not owner.startswith("salesdesk"):
            return "-- owner: the superuser that ran init\n"
        return f"alter {kind} {target} owner to {self.role(owner)};\n"

    def grants(self, acl_sql: str, params: tuple, on: str) -> str:
        """`grant … on <on> to …;` for an aclexplode() query returning (grantee, privilege, columns)."""
        by_grantee: dict[tuple[str, str], list[str]] = defaultdict(list)
        for grantee, privilege, columns in self.conn.execute(acl_sql, params):
            by_grantee[(self.role(grantee), columns or "")].append(privilege)
        lines = []
        for (grantee, columns), privileges in sorted(by_grantee.items()):
            ordered = sorted(set(privileges), key=privilege_rank)
            target = f" ({columns})" if columns else ""
            lines.append(f"grant {', '.join(p.lower() for p in ordered)}{target} on {on} to {grantee};\n")
        return "".join(lines)

    def object_grants(self, catalog: str, acl_column: str, owner_column: str, acl_kind: str,
                      oid: int, on: str) -> str:
        query = f"""
            select case when a.grantee = 0 then 'public' else a.grantee::regrole::text end,
                   a.privilege_type, null
            from {catalog} o,
                 aclexplode(coalesce(o.{acl_column}, acldefault('{acl_kind}', o.{owner_column}))) a
            where o.oid = %s and a.grantee <> o.{owner_column}"""
        return self.grants(query, (oid,), on)

    # -- objects ----------------------------------------------------------------------

    def files(self) -> dict[str, str]:
        out: dict[str, str] = {}
        out["schemas.sql"] = self.schemas()
        for oid, schema in self.conn.execute(SCHEMAS).fetchall():
            out.update(self.functions(oid, schema))
            out.update(self.relations(oid, schema))
        return out

    def schemas(self) -> str:
        text = header("The schemas and who may use them",
                      "Written in: database.sql, 0001_core.sql and 0006_api.sql")
        for oid, name in self.conn.execute(SCHEMAS).fetchall():
            owner = self.conn.execute("select nspowner::regrole::text from pg_namespace where oid = %s",
                                      (oid,)).fetchone()[0]
            text += f"create schema {name};\n" + self.owner("schema", name, owner)
            text += self.object_grants("pg_namespace", "nspacl", "nspowner", "n", oid, f"schema {name}")
            text += "\n"
        return text.rstrip("\n") + "\n"

    def functions(self, schema_oid: int, schema: str) -> dict[str, str]:
        rows = self.conn.execute("""
            select p.oid, p.proname, p.prokind, pg_get_function_identity_arguments(p.oid),
                   p.proowner::regrole::text, pg_get_functiondef(p.oid)
            from pg_proc p
            where p.pronamespace = %s and p.prokind in ('f', 'p')
              and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass
                              and d.objid = p.oid and d.deptype = 'e')
            order by p.proname, pg_get_function_identity_arguments(p.oid)""", (schema_oid,)).fetchall()
        by_name: dict[str, list[str]] = defaultdict(list)
        for oid, name, kind, args, owner, definition in rows:
            word = "procedure" if kind == "p" else "function"
            target = f"{schema}.{name}({args})"
            by_name[name].append(definition.rstrip("\n") + ";\n" + self.owner(word, target, owner)
                                 + (self.object_grants("pg_proc", "proacl", "proowner", "f", oid,
                                                       f"{word} {target}") or NO_GRANTS))
        return {f"functions/{schema}.{name}.sql":
                header(f"{schema}.{name}", self.sources.function(schema, name)) + "\n".join(parts)
                for name, parts in by_name.items()}

    def relations(self, schema_oid: int, schema: str) -> dict[str, str]:
        out = {}
        rows = self.conn.execute("""
            select c.oid, c.relname, c.relkind, c.relowner::regrole::text from pg_class c
            where c.relnamespace = %s and c.relkind in ('r', 'p', 'v', 'm', 'c', 'S')
            order by c.relname""", (schema_oid,)).fetchall()
        for oid, name, kind, owner in rows:
            qualified = f"{schema}.{name}"
            if kind in ("r", "p"):
                out[f"tables/{qualified}.sql"] = self.table(oid, qualified, owner)
            elif kind in ("v", "m"):
                out[f"views/{qualified}.sql"] = self.view(oid, qualified, kind, owner)
            elif kind == "c":
                out[f"types/{qualified}.sql"] = self.composite_type(oid, qualified, owner)
            elif not self.owned_by_column(oid):
                out[f"sequences/{qualified}.sql"] = self.sequence(oid, qualified, owner)
        return out

    def owned_by_column(self, oid: int) -> bool:
        return self.conn.execute(
            "select exists (select from pg_depend where classid = 'pg_class'::regclass and objid = %s "
            "and refclassid = 'pg_class'::regclass and deptype in ('a', 'i'))", (oid,)).fetchone()[0]

    def view(self, oid: int, qualified: str, kind: str, owner: str) -> str:
        definition, options = self.conn.execute(
            "select pg_get_viewdef(%s::oid, true), c.reloptions from pg_class c where c.oid = %s",
            (oid, oid)).fetchone()
        word = "materialized view" if kind == "m" else "view"
        with_ = f" with ({', '.join(options)})" if options else ""
        text = header(qualified, self.sources.view(qualified))
        text += f"create {word} {qualified}{with_} as\n{definition.rstrip().rstrip(';')};\n"
        text += self.owner(word if kind == "m" else "view", qualified, owner)
        return text + self.relation_grants(oid, qualified, "table")

    def composite_type(self, oid: int, qualified: str, owner: str) -> str:
        columns = self.columns(oid, plain=True)
        text = header(qualified, self.sources.type(qualified))
        text += f"create type {qualified} as (\n" + ",\n".join(columns) + "\n);\n"
        type_owner = self.conn.execute("select typowner::regrole::text from pg_type where typrelid = %s",
                                       (oid,)).fetchone()[0]
        return text + self.owner("type", qualified, type_owner or owner)

    def sequence(self, oid: int, qualified: str, owner: str) -> str:
        typ, start, inc, low, high, cycle = self.conn.execute(
            "select format_type(seqtypid, null), seqstart, seqincrement, seqmin, seqmax, seqcycle "
            "from pg_sequence where seqrelid = %s", (oid,)).fetchone()
        text = header(qualified, self.sources.sequence(qualified))
        text += (f"create sequence {qualified} as {typ} increment {inc} minvalue {low} maxvalue {high} "
                 f"start {start}{' cycle' if cycle else ''};\n")
        text += self.owner("sequence", qualified, owner)
        return text + self.relation_grants(oid, qualified, "sequence")

    def relation_grants(self, oid: int, qualified: str, word: str) -> str:
        table_level = self.object_grants("pg_class", "relacl", "relowner",
                                         "s" if word == "sequence" else "r", oid, f"{word} {qualified}")
        column_level = self.grants("""
            select case when a.grantee = 0 then 'public' else a.grantee::regrole::text end,
                   a.privilege_type, string_agg(quote_ident(t.attname), ', ' order by t.attnum)
            from pg_attribute t, aclexplode(t.attacl) a
            where t.attrelid = %s and t.attacl is not null and not t.attisdropped
            group by 1, 2""", (oid,), f"{word} {qualified}")
        return table_level + column_level or NO_GRANTS

    def columns(self, oid: int, plain: bool = False) -> list[str]:
        rows = self.conn.execute("""
            select quote_ident(a.attname), format_type(a.atttypid, a.atttypmod),
                   case when a.attcollation <> t.typcollation then quote_ident(co.collname) end,
                   a.attnotnull, a.attidentity, a.attgenerated, pg_get_expr(d.adbin, d.adrelid)
            from pg_attribute a
            join pg_type t on t.oid = a.atttypid
            left join pg_collation co on co.oid = a.attcollation
            left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
            where a.attrelid = %s and a.attnum > 0 and not a.attisdropped
            order by a.attnum""", (oid,)).fetchall()
        lines = []
        for name, typ, collation, not_null, identity, generated, default in rows:
            line = f"    {name} {typ}"
            if collation:
                line += f" collate {collation}"
            if plain:
                lines.append(line)
                continue
            if identity:
                line += f" generated {'always' if identity == 'a' else 'by default'} as identity"
            elif generated == "s":
                line += f" generated always as ({default}) stored"
            elif generated == "v":
                line += f" generated always as ({default}) virtual"
            elif default is not None:
                line += f" default {default}"
            if not_null:
                line += " not null"
            lines.append(line)
        return lines

    def table(self, oid: int, qualified: str, owner: str) -> str:
        parts = self.columns(oid)
        for name, definition in self.conn.execute("""
                select quote_ident(conname), pg_get_constraintdef(oid, true) from pg_constraint
                where conrelid = %s and contype in ('p', 'u', 'f', 'c', 'x')
                order by position(contype in 'pucfx'), conname""", (oid,)):
            parts.append(f"    constraint {name} {definition}")
        options, rls, force = self.conn.execute(
            "select reloptions, relrowsecurity, relforcerowsecurity from pg_class where oid = %s",
            (oid,)).fetchone()
        with_ = f" with ({', '.join(options)})" if options else ""
        text = header(qualified, self.sources.table(qualified))
        text += f"create table {qualified} (\n" + ",\n".join(parts) + f"\n){with_};\n"
        text += self.owner("table", qualified, owner)
        text += self.relation_grants(oid, qualified, "table")
        for (definition,) in self.conn.execute("""
                select pg_get_indexdef(i.indexrelid) from pg_index i
                join pg_class c on c.oid = i.indexrelid
                where i.indrelid = %s
                  and not exists (select from pg_constraint k where k.conindid = i.indexrelid
                                  and k.conrelid = i.indrelid)
                order by c.relname""", (oid,)):
            text += f"\n{definition};"
        for (definition,) in self.conn.execute(
                "select pg_get_triggerdef(oid, true) from pg_trigger where tgrelid = %s "
                "and not tgisinternal order by tgname", (oid,)):
            text += f"\n{definition};"
        text += "\n" if text.endswith(";") else ""
        if rls:
            text += f"\nalter table {qualified} enable row level security;\n"
        if force:
            text += f"alter table {qualified} force row level security;\n"
        return text + self.policies(oid, qualified)

    def policies(self, oid: int, qualified: str) -> str:
        rows = self.conn.execute("""
            select p.polname, p.polcmd, p.polpermissive,
                   array(select g.name from (
                             select case when r = 0 then 'public' else r::regrole::text end as name
                             from unnest(p.polroles) r) g order by g.name collate "C"),
                   pg_get_expr(p.polqual, p.polrelid, true), pg_get_expr(p.polwithcheck, p.polrelid, true)
            from pg_policy p where p.polrelid = %s order by p.polname""", (oid,)).fetchall()
        text = ""
        for name, command, permissive, roles, using, check in rows:
            text += (f"\n-- {self.sources.policy(name)}\n"
                     f"create policy {quote_ident(name)} on {qualified}"
                     f"{'' if permissive else ' as restrictive'}\n"
                     f"    for {POLICY_COMMANDS[command]} to {', '.join(self.role(r) for r in roles)}")
            if using is not None:
                text += f"\n    using ({using})"
            if check is not None:
                text += f"\n    with check ({check})"
            text += ";\n"
        return text


def quote_ident(name: str) -> str:
    if name.isidentifier() and name == name.lower() and name.isascii():
        return name
    return '"' + name.replace('"', '""') + '"'


def render(conn: psycopg.Connection, sql_folder: Path) -> dict[str, str]:
    """{path below sql/current/: text} for the database `conn` is connected to."""
    return Renderer(conn, Sources(sql_folder, conn)).files()
