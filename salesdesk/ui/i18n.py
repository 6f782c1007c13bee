"""Interface language: Qt translators from resources/translations and a CJK font fallback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from salesdesk.ui.resources import translations_dir
from salesdesk.ui.settings import settings

LANGUAGES = ("zh_CN", "en")  # shipped translations; the first is the default for Chinese locales
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}  # shown in their own language, never translated
CJK_FONTS = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
             "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei", "SimSun")

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """zh_CN for any Chinese system locale, else English."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def configured_language() -> str:
    """The language chosen in the settings ("" = follow the system)."""
    value = str(settings().value("ui/language", "") or "")
    return value if value in LANGUAGES else ""


def set_configured_language(lang: str) -> None:
    settings().setValue("ui/language", lang if lang in LANGUAGES else "")


def current_language() -> str:
    return _current


def install_language(lang: str | None = None) -> str:
    """Install the translators for `lang` (default: settings, then system); returns the language used.

    Installing sends QEvent.LanguageChange to every widget, so open windows retranslate themselves.
    """
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    lang = lang if lang in LANGUAGES else (configured_language() or system_language())
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(f"salesdesk_{lang}", str(translations_dir())):
        _installed.append(ours)
    if lang != "en":  # Qt's own strings (standard buttons, context menus)
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(lang), "qtbase", "_", qt_dir):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(lang))
    _current = lang
    return lang


def install_cjk_font(app: QApplication) -> str | None:
    """Put an installed CJK font behind the default family, so Chinese renders on a bare Linux too."""
    families = set(QFontDatabase.families())
    cjk = next((f for f in CJK_FONTS if f in families), None)
    if cjk is None:
        return None
    font = QFont(app.font())
    base = font.family()
    font.setFamilies([base, cjk] if base and base != cjk else [cjk])
    app.setFont(font)
    return cjk
