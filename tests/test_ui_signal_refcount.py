"""Regression test for the crash on PySide6-Essentials 6.12.0 with CPython 3.11.

That release drops one reference to the value `Signal.emit()` returns (a bool);
after a few hundred emits the interpreter aborts with `Fatal Python error:
bool_dealloc`. pyproject.toml excludes it; this test fails on any release that
brings the leak back, for every signal signature the client uses.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

pytestmark = pytest.mark.gui

EMITS = 10_000
NOISE = EMITS // 10


class Emitter(QObject):
    plain = Signal()
    flag = Signal(bool)
    number = Signal(int)
    text = Signal(str)
    anything = Signal(object)
    delivery = Signal(int, bool, object)  # the task runner's (task id, ok, value)


SIGNALS = {
    "plain": (),
    "flag": (True,),
    "number": (7,),
    "text": ("客户",),
    "anything": ({"kind": "customer"},),
    "delivery": (1, True, None),
}


@pytest.mark.parametrize("name", sorted(SIGNALS))
def test_emitting_keeps_the_refcount_of_true(qapp, name: str) -> None:
    emitter = Emitter()
    received: list[int] = []
    signal = getattr(emitter, name)
    signal.connect(lambda *_args: received.append(1))
    args = SIGNALS[name]
    before_true, before_false = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(EMITS):
        signal.emit(*args)
    assert len(received) == EMITS
    # Immortal bools (CPython >= 3.12) report a constant; on 3.11 the leak drops one reference
    # per emit (10,000 here). Threads left by earlier tests move the counts by a few dozen.
    assert abs(sys.getrefcount(True) - before_true) < NOISE
    assert abs(sys.getrefcount(False) - before_false) < NOISE
