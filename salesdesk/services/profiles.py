"""Connection profiles and remembered passwords (no Qt).

A profile says where the central database is (host, port, database, TLS
settings) and which login was used last. Profiles are a JSON file in the user's
config folder; passwords go to the operating system's keyring only, and only
when a real keyring backend exists (never a file, never a plaintext backend).
"""

from __future__ import annotations

import json
import os
import sys
import threading
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

import platformdirs

from salesdesk.i18n import QT_TRANSLATE_NOOP

DEMO_PROFILE = "demo"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
KEYRING_SERVICE = "salesdesk"


@dataclass(frozen=True)
class Profile:
    """Where to connect: one central salesdesk database."""

    name: str
    host: str = "127.0.0.1"
    port: int = 5432
    database: str = "salesdesk"
    sslmode: str = "prefer"
    sslrootcert: str = ""
    last_login: str = ""
    demo: bool = False  # the bundled demo server: host/port follow its data folder

    def key(self) -> str:
        """Identity of the server in the keyring (independent of the profile's display name)."""
        return f"{self.host}:{self.port}/{self.database}"


@dataclass
class ProfileStore:
    """All profiles plus which one was used last."""

    profiles: list[Profile] = field(default_factory=list)
    last_profile: str = ""

    def get(self, name: str) -> Profile | None:
        return next((p for p in self.profiles if p.name == name), None)

    def put(self, profile: Profile) -> None:
        """Add or replace (by name)."""
        self.profiles = [p for p in self.profiles if p.name != profile.name] + [profile]
        self.profiles.sort(key=lambda p: (not p.demo, p.name.lower()))

    def remove(self, name: str) -> None:
        self.profiles = [p for p in self.profiles if p.name != name]


def config_dir() -> Path:
    """The user's salesdesk config folder ($SALESDESK_CONFIG_DIR overrides, e.g. in tests)."""
    override = os.environ.get("SALESDESK_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir("salesdesk", appauthor=False))


def profiles_path() -> Path:
    return config_dir() / "profiles.json"


def demo_data_dir() -> Path:
    """Folder of the bundled demo server: $SALESDESK_DEMO_DATA, else <repo>/var/demo."""
    override = os.environ.get("SALESDESK_DEMO_DATA")
    if override:
        return Path(override).expanduser()
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # an installed client keeps its demo server with the user's data
        return Path(platformdirs.user_data_dir("salesdesk", appauthor=False)) / "demo"
    return Path(__file__).resolve().parents[2] / "var" / "demo"


def demo_profile() -> Profile:
    """The demo profile, with the port the bundled server last used (if it was ever set up)."""
    from salesdesk.db.local_server import DEFAULT_DATABASE, LocalServer, ServerError

    port = 5432
    try:
        url = LocalServer(demo_data_dir()).url()
        port = int(url.rsplit(":", 1)[1].split("/", 1)[0])
    except (ServerError, OSError, ValueError):
        pass
    return Profile(name=DEMO_PROFILE, host="127.0.0.1", port=port, database=DEFAULT_DATABASE,
                   sslmode="disable", demo=True)


def _from_json(raw: dict[str, object]) -> Profile:
    known = {f.name for f in fields(Profile)}
    values = {k: v for k, v in raw.items() if k in known}
    values["port"] = int(values.get("port", 5432))  # type: ignore[arg-type]
    return Profile(**values)  # type: ignore[arg-type]


def load_profiles() -> ProfileStore:
    """Read the profiles; the first run creates the demo profile. The demo port is refreshed."""
    path = profiles_path()
    store = ProfileStore()
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            store.profiles = [_from_json(p) for p in data.get("profiles", [])]
            store.last_profile = str(data.get("last_profile", ""))
        except (ValueError, TypeError, AttributeError):
            store = ProfileStore()  # a damaged file must not lock the user out; it is rewritten on save
    demo = next((p for p in store.profiles if p.demo), None)
    fresh = demo_profile()
    if demo is None and not path.exists():
        store.put(fresh)
        store.last_profile = fresh.name
        save_profiles(store)
    elif demo is not None and demo.port != fresh.port:
        store.put(replace(demo, port=fresh.port))
    return store


def save_profiles(store: ProfileStore) -> None:
    """Write the profiles (atomic replace). No password is ever part of a profile."""
    path = profiles_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"last_profile": store.last_profile,
                               "profiles": [asdict(p) for p in store.profiles]},
                              ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def remember_login(profile: Profile, login: str) -> None:
    """Store `login` as the profile's last login and the profile as the last one used."""
    store = load_profiles()
    current = store.get(profile.name) or profile
    store.put(replace(current, last_login=login))
    store.last_profile = profile.name
    save_profiles(store)


# -- passwords in the OS keyring ------------------------------------------------

_NOT_REAL = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


NO_KEYRING = QT_TRANSLATE_NOOP("errors", "No password store (keyring) is available on this computer.")
_keyring_lock = threading.Lock()
_keyring_status: tuple[object, tuple[bool, str]] | None = None  # (backend asked, its answer)


def keyring_available() -> tuple[bool, str]:
    """Whether a real OS keyring backend exists; when not, a translatable reason (context "errors").

    Finding the backends can talk to D-Bus or the OS for a good part of a second, so the answer is
    kept for the process (asked again only when the backend is replaced, as tests do). It may
    block: the client calls it on a worker thread; `known_keyring_status()` reads the kept answer.
    """
    global _keyring_status
    with _keyring_lock:
        try:
            import keyring

            backend = keyring.get_keyring()
        except Exception:  # noqa: BLE001 - any failure to load means "no keyring"
            return False, NO_KEYRING
        if _keyring_status is not None and _keyring_status[0] is backend:
            return _keyring_status[1]
        answer = _judge_keyring(backend)
        _keyring_status = (backend, answer)
        return answer


def known_keyring_status() -> tuple[bool, str] | None:
    """The answer `keyring_available()` keeps, without asking anything (None: not asked yet)."""
    status = _keyring_status
    if status is None:
        return None
    import keyring  # loaded by the call that kept the answer; get_keyring() only reads a global now

    return status[1] if keyring.get_keyring() is status[0] else None


def _judge_keyring(backend: object) -> tuple[bool, str]:
    from keyring.backends import chainer

    backends = list(backend.backends) if isinstance(backend, chainer.ChainerBackend) else [backend]
    real = [b for b in backends if not type(b).__module__.startswith(_NOT_REAL)]
    if not real:
        return False, QT_TRANSLATE_NOOP(
            "errors", "No password store (keyring) is available on this computer, so passwords "
                      "cannot be remembered safely.")
    return True, ""


def load_password(profile: Profile, login: str) -> str | None:
    if not login or not keyring_available()[0]:
        return None
    import keyring

    try:
        return keyring.get_password(f"{KEYRING_SERVICE}:{profile.key()}", login)
    except Exception:  # noqa: BLE001 - a locked or broken keyring just means "nothing remembered"
        return None


def save_password(profile: Profile, login: str, password: str) -> bool:
    """Store the password in the keyring; False when no real keyring is there or it refused."""
    if not keyring_available()[0]:
        return False
    import keyring

    try:
        keyring.set_password(f"{KEYRING_SERVICE}:{profile.key()}", login, password)
    except Exception:  # noqa: BLE001
        return False
    return True


def forget_password(profile: Profile, login: str) -> None:
    if not login or not keyring_available()[0]:
        return
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(f"{KEYRING_SERVICE}:{profile.key()}", login)
    except (PasswordDeleteError, Exception):  # noqa: BLE001 - nothing stored is fine
        pass


def profile_from_url(url: str, name: str = "server") -> Profile:
    """A profile for the host, port, database and TLS settings of a libpq URL (user/password ignored)."""
    from psycopg.conninfo import conninfo_to_dict

    info = conninfo_to_dict(url)
    return Profile(name=name, host=str(info.get("host") or "127.0.0.1"), port=int(info.get("port") or 5432),
                   database=str(info.get("dbname") or "salesdesk"),
                   sslmode=str(info.get("sslmode") or "prefer"),
                   sslrootcert=str(info.get("sslrootcert") or ""))
