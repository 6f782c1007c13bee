"""The CJK font fallback for matplotlib, set once.

matplotlib falls back glyph by glyph along the families of `font.family` (3.6+), so Latin text
keeps DejaVu Sans and Chinese is drawn from the first installed CJK family. installer/bootstrap.py
installs Debian's fonts-wqy-microhei ("WenQuanYi Micro Hei"); the others are what Windows, macOS
and other Linux distributions ship. The order follows ui/i18n.py's CJK_FONTS (the Qt side).
"""

from __future__ import annotations

from functools import cache

from matplotlib import font_manager, rcParams

CJK_FAMILIES = ("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
                "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei", "SimSun")
LATIN_FAMILY = "DejaVu Sans"  # bundled with matplotlib


def _first_cjk() -> str | None:
    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((f for f in CJK_FAMILIES if f in installed), None)


def _add_new_system_fonts() -> None:
    """matplotlib caches the system's font list on first use: a font installed since (fonts-wqy-microhei
    after the venv) is not in it until the system folders are read again."""
    known = {f.fname for f in font_manager.fontManager.ttflist}
    for path in font_manager.findSystemFonts():
        if path not in known:
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):  # a font file FreeType cannot read
                continue


@cache
def use_cjk_font() -> str | None:
    """Put the first installed CJK family behind the Latin one; the family chosen, or None."""
    cjk = _first_cjk()
    if cjk is None:
        _add_new_system_fonts()
        cjk = _first_cjk()
    if cjk is not None:
        # named families, not the generic "sans-serif": the fallback walks font.family's own list
        rcParams["font.family"] = [LATIN_FAMILY, cjk]
    return cjk
