"""Helpers for the customer/org/pool GUI tests: sign in as a company member and open the main window."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import make_url

from salesdesk.services.auth import SignedIn, sign_in
from salesdesk.services.profiles import Profile
from tests.factories import Company

WAIT_MS = 10_000


def session_for(company: Company, key: str) -> SignedIn:
    """Sign in through the product's own auth service, as the company member `key`."""
    url = make_url(company.url_for(key))
    profile = Profile(name="test", host=url.host or "127.0.0.1", port=url.port or 5432,
                      database=url.database or "", sslmode="disable")
    return sign_in(profile, company.login(key), company.password)


@contextmanager
def main_window(qtbot, company: Company, key: str, live: bool = False) -> Iterator:  # noqa: ANN001
    """The shell signed in as `key`; shut down (connections closed) afterwards."""
    from salesdesk.ui.main_window import MainWindow

    window = MainWindow(session_for(company, key), live=live)
    qtbot.addWidget(window)
    window.show()
    try:
        yield window
    finally:
        window.shutdown()


def wait_loaded(qtbot, window, key: str) -> object:  # noqa: ANN001
    """Show page `key` (or `key:arg`) and wait until its data is there."""
    page = window.show_page(key)
    qtbot.waitUntil(lambda: window.is_page_loaded(key.partition(":")[0]), timeout=WAIT_MS)
    return page


def names_in(model) -> list[str]:  # noqa: ANN001
    return [r.name for r in model.rows()]
