"""A dropped connection: the user is told, the client reconnects, unsaved input stays.

The client talks to the real server through a small TCP proxy that the test
cuts (every connection reset, nothing listening) and later restores on the
same port, like a WAN link going down and coming back.
"""

from __future__ import annotations

import socket
import threading

import pytest
from sqlalchemy.engine import make_url

from salesdesk.services.auth import sign_in
from salesdesk.services.profiles import Profile
from tests.factories import Company
from tests.ui_support import WAIT_MS, wait_loaded

pytestmark = pytest.mark.gui


class TcpProxy:
    """Forwards 127.0.0.1:port to the server until cut()."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = 0
        self._sockets: list[socket.socket] = []
        self._listener: socket.socket | None = None
        self.restore()

    def restore(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen()
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut
            server = socket.create_connection(self.target)
            self._sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def cut(self) -> None:
        assert self._listener is not None
        self._listener.close()
        for s in self._sockets:
            try:
                s.shutdown(socket.SHUT_RDWR)
                s.close()
            except OSError:
                pass
        self._sockets.clear()


def test_dropped_connection_is_reported_and_recovered_without_losing_input(qtbot, company: Company) -> None:
    from salesdesk.ui.main_window import MainWindow

    url = make_url(company.url_for("sp_e1a"))
    proxy = TcpProxy((url.host or "127.0.0.1", url.port or 5432))
    profile = Profile(name="via proxy", host="127.0.0.1", port=proxy.port, database=url.database or "",
                      sslmode="disable")
    window = MainWindow(sign_in(profile, company.login("sp_e1a"), company.password, connect_timeout=2))
    qtbot.addWidget(window)
    window.show()
    try:
        customer = company.customers["sp_e1a客户1"]
        editor = wait_loaded(qtbot, window, f"customer:{customer}")
        editor.ui.nameEdit.setText("还没保存的名字")

        proxy.cut()
        window.page("customers").refresh()  # the next database call fails (the editor stays in front)
        qtbot.waitUntil(lambda: window.status.connection.isVisible(), timeout=WAIT_MS)
        assert "reconnecting" in window.status.connection.text()

        proxy.restore()
        qtbot.waitUntil(lambda: not window.status.connection.isVisible(), timeout=3 * WAIT_MS)
        window.show_page(f"customer:{customer}")
        assert editor.ui.nameEdit.text() == "还没保存的名字"  # the typing survived
        assert editor.has_unsaved_changes()
        # discard it, or closing the window would (rightly) ask whether to lose it
        editor.discard_changes()
        assert not editor.has_unsaved_changes()
    finally:
        window.shutdown()
        proxy.cut()
