"""Inside a probed client: a 10 ms heartbeat on the GUI thread and a driver that plays the user.

`salesdesk --probe-heartbeat` (salesdesk/ui/probe.py) starts the real client in fresh processes
with a hidden `--probe-run cold|steps`; `attach()` hooks in before the sign-in dialog is built and
leaves the client's own start-up path untouched:

- cold:  the time from the parent's start of this process (`$SALESDESK_PROBE_T0`) to the first
         paint of the sign-in dialog; then the dialog is cancelled.
- steps: waits 2 s on the sign-in dialog (someone typing), presses Sign in, then opens every page, a customer,
         Settings for the first time, and switches the language both ways. For each step the
         longest gap between two heartbeats (the GUI thread's worst stall) is recorded, from the
         user's action until the step's data is shown and 200 ms more have passed.

Results go to the JSON file `$SALESDESK_PROBE_OUT`. Only Qt and the standard library are imported
here, so the probe does not import for the client what the client would import itself.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

HEARTBEAT_MS = 10
SETTLE_S = 0.2
TYPING_S = 2.0  # the dialog is idle this long before Sign in is pressed: a person types their password
STEP_TIMEOUT_S = 60.0


class Heartbeat(QObject):
    """A 10 ms timer on the GUI thread; `worst_ms()` is the longest gap between beats since `reset()`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._start = self._last = time.perf_counter()
        self._worst = 0.0
        self.worst_at = 0.0  # seconds after reset() when the worst gap began
        self._timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        if now - self._last > self._worst:
            self._worst, self.worst_at = now - self._last, self._last - self._start
        self._last = now

    def reset(self) -> None:
        self._start = self._last = time.perf_counter()
        self._worst = 0.0
        self.worst_at = 0.0

    def worst_ms(self) -> float:
        return 1000 * max(self._worst, time.perf_counter() - self._last)


def _write(results: dict[str, Any]) -> None:
    path = os.environ.get("SALESDESK_PROBE_OUT")
    if path:
        with open(path, "w", encoding="utf-8") as out:
            json.dump(results, out, ensure_ascii=False)


def _visible(class_name: str) -> QWidget | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if type(w).__name__ == class_name and w.isVisible()), None)


class ColdStartWatch(QObject):
    """Notes the first paint of the sign-in dialog, then cancels it (the client exits)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.t0 = float(os.environ.get("SALESDESK_PROBE_T0") or time.time())
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == "LoginDialog":
            elapsed = 1000 * (time.time() - self.t0)
            QApplication.instance().removeEventFilter(self)
            _write({"cold_start_ms": elapsed})
            QTimer.singleShot(0, watched.reject)  # type: ignore[attr-defined]
        return False


Step = tuple[str, Callable[[], None], Callable[[], bool], float]  # name, action, done, settle seconds


class StepDriver(QObject):
    """Plays the user through the steps, one at a time, measuring the heartbeat during each."""

    def __init__(self, app: QApplication, login: str, password: str) -> None:
        super().__init__(app)
        self.login, self.password = login, password
        self.heartbeat = Heartbeat(self)
        self.results: list[dict[str, Any]] = []
        self.error = ""
        self.window: Any = None
        self.steps: list[Step] = []
        self._planned_pages = False
        self._step: Step | None = None
        self._started = self._done_at = 0.0
        self._poll = QTimer(self)
        self._poll.setInterval(HEARTBEAT_MS)
        self._poll.timeout.connect(self._tick)
        self._poll.start()

    # -- the steps ----------------------------------------------------------------

    def _sign_in_step(self, dialog: Any) -> Step:
        def press() -> None:
            dialog.ui.loginEdit.setText(self.login)
            dialog.ui.passwordEdit.setText(self.password)
            dialog.ui.rememberCheck.setChecked(False)
            dialog.failed.connect(lambda text: self._fail(f"sign-in failed: {text}"))
            dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

        def shown() -> bool:
            self.window = self.window or _visible("MainWindow")
            key = self.window.current_key() if self.window is not None else None
            return bool(key) and self.window.is_page_loaded(key)

        return ("sign in (until the first page shows its data)", press, shown, SETTLE_S)

    def _page_steps(self) -> list[Step]:
        window = self.window
        steps: list[Step] = []
        keys = [spec.key for spec in window.nav_specs if spec.key != "settings"]
        for key in keys:
            if key == window.current_key():
                continue
            steps.append((f"open page {key}", lambda k=key: window.show_page(k),
                          lambda k=key: window.is_page_loaded(k), SETTLE_S))
        steps.append(("open a customer", self._open_customer,
                      lambda: window.current_key() == "customer" and window.is_page_loaded("customer"),
                      SETTLE_S))
        steps.append(("open Settings (first time)", lambda: window.show_page("settings"),
                      lambda: window.is_page_loaded("settings"), SETTLE_S))
        for lang in self._switch_order():
            steps.append((f"switch language to {lang}", lambda lang=lang: self._choose_language(lang),
                          lambda: True, 3 * SETTLE_S))
        return steps

    def _open_customer(self) -> None:
        rows = self.window.page("customers").model.rows()
        if not rows:
            self._fail("the customer list is empty: no customer to open")
            return
        self.window.show_page(f"customer:{rows[0].id}")

    def _switch_order(self) -> list[str]:
        from salesdesk.ui.i18n import current_language

        other = "en" if current_language() != "en" else "zh_CN"
        return [other, current_language()]

    def _choose_language(self, lang: str) -> None:
        combo = self.window.page("settings").ui.languageCombo
        combo.setCurrentIndex(combo.findData(lang))  # as the user does

    # -- the loop -----------------------------------------------------------------

    def _tick(self) -> None:
        if self.error:
            return
        if self._step is None:
            self._next()
            return
        name, _action, done, settle = self._step
        now = time.monotonic()
        if not self._done_at:
            if done():
                self._done_at = now
            elif now - self._started > STEP_TIMEOUT_S:
                self._fail(f"{name}: not finished after {STEP_TIMEOUT_S:.0f} s")
            return
        if now - self._done_at >= settle:
            self.results.append({"step": name, "worst_ms": self.heartbeat.worst_ms(),
                                 "at_s": self.heartbeat.worst_at})
            self._step = None

    def _next(self) -> None:
        if not self.steps and not self._planned_pages:
            if not self.results:  # the sign-in dialog first
                dialog = _visible("LoginDialog")
                if dialog is None:
                    return
                self.steps = [("sign-in dialog while the user types (2 s)", dialog.ui.passwordEdit.setFocus,
                               lambda: True, TYPING_S), self._sign_in_step(dialog)]
            else:
                self.steps, self._planned_pages = self._page_steps(), True
        if not self.steps:
            self._finish()
            return
        self._start(self.steps.pop(0))

    def _start(self, step: Step) -> None:
        self._step, self._done_at = step, 0.0
        self._started = time.monotonic()
        self.heartbeat.reset()
        QTimer.singleShot(0, step[1])

    def _fail(self, message: str) -> None:
        if not self.error:
            self.error = message
            self._finish()

    def _finish(self) -> None:
        self._poll.stop()
        _write({"steps": self.results, "error": self.error})
        if self.window is not None:
            self.window.shutdown()  # nothing to save or ask: the probe typed nothing
            self.window.close()
        dialog = _visible("LoginDialog")
        if dialog is not None:
            dialog.reject()  # type: ignore[attr-defined]
        QApplication.instance().quit()


def attach(app: QApplication, mode: str, login: str | None) -> None:
    """Hook the probe into this client before its sign-in dialog is built."""
    if mode == "cold":
        ColdStartWatch(app)
    else:
        StepDriver(app, login or "sales_sh1", os.environ.get("SALESDESK_PASSWORD", ""))
