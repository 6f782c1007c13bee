"""Build the salesdesk package for the platform this runs on (IT's build, see installer/README.md).

    .venv/bin/python installer/build.py          (Linux: a .tar.gz)
    .venv\\Scripts\\python.exe installer\\build.py  (Windows: a folder, a .zip and, with NSIS, a setup.exe)

Installs PyInstaller into the running environment if it is missing, freezes the client and
`salesdesk-admin` into one folder with installer/salesdesk.spec, then packs it. PyInstaller
cannot cross-compile: Windows binaries need a Windows machine. Outputs go to installer/dist/
(work files to installer/build/); neither is committed.
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DIST = HERE / "dist"
WORK = HERE / "build"


def say(message: str) -> None:
    print(f"==> {message}", flush=True)


def version() -> str:
    with open(REPO / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        say("pip install pyinstaller")
        subprocess.run([sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "-q",
                        "pyinstaller>=6"], check=True)


def freeze() -> Path:
    say("PyInstaller: freezing salesdesk (takes a minute or two)")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK), str(HERE / "salesdesk.spec")],
                   cwd=REPO, check=True)
    return DIST / "salesdesk"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def pack_tar(folder: Path, name: str) -> Path:
    target = DIST / f"{name}.tar.gz"
    say(f"packing {target.name}")
    with tarfile.open(target, "w:gz") as tar:
        tar.add(folder, arcname=name)
    return target


def pack_windows(folder: Path, name: str) -> list[Path]:
    outputs = [Path(shutil.make_archive(str(DIST / name), "zip", folder.parent, folder.name))]
    makensis = shutil.which("makensis")
    if makensis is None:
        say("NSIS (makensis) not found: no setup.exe built; install NSIS for an installer")
        return outputs
    setup = DIST / f"salesdesk-{version()}-setup.exe"
    say(f"NSIS: building {setup.name}")
    subprocess.run([makensis, "/V2", f"/DVERSION={version()}", f"/DSRCDIR={folder}",
                    f"/DOUTFILE={setup}", str(HERE / "salesdesk.nsi")], check=True)
    return [*outputs, setup]


def main() -> int:
    parser = argparse.ArgumentParser(description="Freeze and pack salesdesk for this platform.")
    parser.add_argument("--no-pack", action="store_true", help="only build the folder")
    args = parser.parse_args()
    started = time.monotonic()
    try:
        ensure_pyinstaller()
        folder = freeze()
    except subprocess.CalledProcessError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    say(f"built {folder} ({folder_size(folder) / 1e6:.0f} MB) in {time.monotonic() - started:.0f} s")
    if args.no_pack:
        return 0
    machine = platform.machine().lower() or "unknown"
    name = f"salesdesk-{version()}-{platform.system().lower()}-{machine}"
    try:
        outputs = pack_windows(folder, name) if platform.system() == "Windows" else [pack_tar(folder, name)]
    except subprocess.CalledProcessError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    for out in outputs:
        say(f"{out} ({out.stat().st_size / 1e6:.0f} MB)")
    say(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
