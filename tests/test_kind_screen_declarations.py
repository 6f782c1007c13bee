"""Every registered kind screen (ui/kind_screen.py) says of its kind what the kind's declaration
says (private.record_kinds): owner, pool, shares and archiving decide the scopes and actions it
offers, and it may only sort and filter by what the kind declares."""

from __future__ import annotations

from salesdesk.ui import pages
from salesdesk.ui.kind_screen import SCREENS
from tests.factories import Company


def test_each_screen_matches_its_kinds_declaration(company: Company) -> None:
    pages.load_pages()
    assert {"leads", "lead_pool", "followups"} <= set(SCREENS)
    with company.admin() as conn:
        declared = {r[0]: r[1:] for r in conn.execute(
            "select kind, owner_column is not null, pool_column is not null, shares, archivable, "
            "array(select jsonb_object_keys(sorts)) || case when search then array['name'] else '{}' end, "
            "filters from private.record_kinds")}
    for page, screen in SCREENS.items():
        owned, pool, shares, archivable, sorts, filters = declared[screen.name]
        kind = screen.kind
        assert (kind.owned, kind.pool, kind.shares, kind.archive) == (owned, pool, shares, archivable), page
        assert set(screen.sorts()) <= set(sorts), (page, screen.sorts(), sorts)
        assert {f.key for f in screen.filters} <= set(filters), (page, filters)
        assert set(screen.scope_choices()) <= {"all", "mine", "team", "pool", "shared"}
        assert screen.service.kind == screen.name and screen.service.sort in {*screen.sorts(), "name"}
