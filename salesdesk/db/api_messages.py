"""Letting one API function speak to its caller for a moment (benchmark, support).

Every function of schema `api` runs with `client_min_messages = warning` pinned (migration 0012),
so whatever a session sets, nothing said inside reaches the client. The list API still says its
statement at DEBUG1 ("what did my list run?"); a superuser lets it through while measuring.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

CUSTOMER_LIST = "api.customer_list(jsonb, text, boolean, text, integer)"


@contextmanager
def api_speaks(admin: psycopg.Connection, function: str = CUSTOMER_LIST,
               level: str = "debug1") -> Iterator[None]:
    """Within the block, `function` sends messages from `level` up to its callers (all of them:
    use it in a database of its own); afterwards every API function is pinned again."""
    admin.execute("select private.api_messages(%s::regprocedure, %s)", (function, level))
    admin.commit()
    try:
        yield
    finally:
        admin.execute("select private.harden_api()")
        admin.commit()
