"""Find the keyboard mnemonics (Alt+letter) of a window and the ones that clash.

Qt gives a mnemonic to a button's text, a label's text (when it has a buddy), a checkable
group box's title, a tab's text and a menu bar title: "&Save", "保存(&S)". Two of them with the
same letter in one window make Alt+letter go to the first one only — typed contact data once
landed in the address field that way. A menu's own items form their own scope and are not
collected here.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)


def mnemonic_of(text: str) -> str | None:
    """The letter after a single '&' (upper case), None when the text has none ('&&' is a literal &)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].upper()
        i += 1
    return None


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def owners(root: QWidget) -> list[tuple[str, str]]:
    """(text, who) for every mnemonic-bearing text under `root`, hidden tabs included."""
    found: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QMenu) or _inside(w, (QMenu, QAbstractItemView)):
            continue  # menus are their own scope; cell editors come and go
        name = f"{type(w).__name__} {w.objectName() or '?'}"
        if isinstance(w, QAbstractButton) and w.text():
            found.append((w.text(), name))
        elif isinstance(w, QLabel) and w.buddy() is not None:
            found.append((w.text(), name))
        elif isinstance(w, QGroupBox) and w.isCheckable():
            found.append((w.title(), name))
        elif isinstance(w, QTabBar):
            found.extend((w.tabText(i), f"{name} tab {i}") for i in range(w.count()))
        elif isinstance(w, QMenuBar):
            found.extend((a.text(), f"menu {a.text()!r}") for a in w.actions() if a.text())
    return found


def problems(*roots: QWidget) -> list[str]:
    """Clashing mnemonics among `roots` (one window: e.g. its menu bar and its current page),
    and labels showing a literal '&' because they have no buddy."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    out: list[str] = []
    for root in roots:
        for text, who in owners(root):
            letter = mnemonic_of(text)
            if letter is not None:
                by_letter[letter].append(f"{text!r} ({who})")
        for label in [root, *root.findChildren(QLabel)]:
            if isinstance(label, QLabel) and label.buddy() is None and mnemonic_of(label.text()) \
                    and label.textFormat() != label.textFormat().RichText:
                out.append(f"label {label.objectName() or '?'} {label.text()!r} has a mnemonic but no buddy")
    out.extend(f"Alt+{letter}: " + ", ".join(sorted(set(who)))
               for letter, who in sorted(by_letter.items()) if len(who) > 1)
    return out


def menu_problems(bar: QMenuBar) -> list[str]:
    """Clashing mnemonics among the items of each menu of `bar` (a menu is one scope)."""
    out: list[str] = []
    for top in bar.actions():
        menu = top.menu()
        if menu is None:
            continue
        by_letter: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            letter = mnemonic_of(action.text())
            if letter is not None:
                by_letter[letter].append(repr(action.text()))
        out.extend(f"menu {top.text()!r} Alt+{letter}: " + ", ".join(texts)
                   for letter, texts in sorted(by_letter.items()) if len(texts) > 1)
    return out
