"""Re-extract the translatable strings and compile the translations.

    python resources/translations/update.py          # lupdate + fill en + lrelease
    python resources/translations/update.py --check  # exit 1 when zh_CN has unfinished entries

Sources: every .py under salesdesk/ (except the generated forms_gen/, whose strings
come from forms/*.ui directly) and every forms/*.ui. Existing translations are kept;
new strings appear as unfinished in salesdesk_zh_CN.ts, to be translated by hand
(Qt Linguist: `pyside6-linguist`, or any editor). English is the source language,
so salesdesk_en.ts is filled with the source texts automatically.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("zh_CN", "en")


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def sources() -> list[str]:
    py = [p for p in (ROOT / "salesdesk").rglob("*.py") if "forms_gen" not in p.parts]
    ui = list((ROOT / "forms").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in sorted(py + ui)]


def ts_path(lang: str) -> Path:
    return HERE / f"salesdesk_{lang}.ts"


def lupdate() -> None:
    for lang in LANGUAGES:
        subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", lang, "-ts", str(ts_path(lang))],
                       cwd=ROOT, check=True, capture_output=True, text=True)


def plurals_from_placeholders(path: Path) -> None:
    """Every text with %n is a plural. lupdate knows that only of `self.tr(text, "", n)`; for
    `QCoreApplication.translate(context, text, "", n)` (a base class's strings, which must not
    depend on the subclass's context) it writes a plain message, and turns one it wrote as a
    plural back, keeping the text as unfinished. Mark those plurals again, the text kept."""
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if "%n" not in (message.findtext("source") or "") or message.get("numerus") == "yes":
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        text, translation.text = translation.text, None
        if text and text.strip():
            translation.attrib.pop("type", None)  # unfinished only because lupdate flipped it
        ET.SubElement(translation, "numerusform").text = text or ""
    tree.write(path, encoding="utf-8", xml_declaration=True)


# Where the singular is more than the source without "(s)" (a pronoun, another word)
ENGLISH_PLURALS = {
    "Why are these %n {nouns} going back to the pool?":
        ("Why is this {noun} going back to the pool?", "Why are these %n {nouns} going back to the pool?"),
    "Archive %n customer(s)? They leave the lists but nothing is deleted.":
        ("Archive %n customer? It leaves the lists but nothing is deleted.",
         "Archive %n customers? They leave the lists but nothing is deleted."),
    "%n {nouns} claimed; they are yours now.": ("%n {noun} claimed; it is yours now.",
                                                "%n {nouns} claimed; they are yours now."),
    "Give %n {nouns} to anyone in the company. The ownership history keeps who had them and why.":
        ("Give %n {noun} to anyone in the company. The ownership history keeps who had it and why.",
         "Give %n {nouns} to anyone in the company. The ownership history keeps who had them and why."),
    "%n people": ("%n person", "%n people"),
    "&Why are these %n leads not prospects?": ("&Why is this %n lead not a prospect?",  # fixes (s18)
                                                "&Why are these %n leads not prospects?"),
}


def english_plural_forms(source: str) -> tuple[str, str]:
    """Singular and plural of a '%n customer(s)' source text: "1 customer", "2 customers"; of a
    '%n {nouns}' text (a kind's nouns filled in later): '%n {noun}', '%n {nouns}'."""
    if source in ENGLISH_PLURALS:
        return ENGLISH_PLURALS[source]
    if "{nouns}" in source:
        return source.replace("{nouns}", "{noun}"), source
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill_english() -> None:
    """English is the source language: every translation is its source text."""
    path = ts_path("en")
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for text in english_plural_forms(source):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = source
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def unfinished(lang: str) -> list[str]:
    tree = ET.parse(ts_path(lang))
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not "".join(translation.itertext()).strip():
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def lrelease() -> None:
    for lang in LANGUAGES:
        subprocess.run([_tool("pyside6-lrelease"), str(ts_path(lang)), "-qm",
                        str(HERE / f"salesdesk_{lang}.qm")], check=True, capture_output=True, text=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report unfinished zh_CN entries")
    args = parser.parse_args(argv)
    if not args.check:
        lupdate()
        for lang in LANGUAGES:
            plurals_from_placeholders(ts_path(lang))
        fill_english()
        lrelease()
    missing = unfinished("zh_CN")
    for line in missing:
        print("unfinished:", line)
    print(f"zh_CN: {len(missing)} unfinished")
    return 1 if (args.check and missing) else 0


if __name__ == "__main__":
    sys.exit(main())
