"""TLS modes (libpq's sslmode values) in plain translated words, for the profile editor, Settings and
the sign-in dialog: the raw value (`disable`, `verify-full`) means nothing to a salesperson."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import QT_TRANSLATE_NOOP

TLS_MODE_NAMES = {
    "disable": QT_TRANSLATE_NOOP("tls", "Not encrypted"),
    "allow": QT_TRANSLATE_NOOP("tls", "Encrypted only if the server asks"),
    "prefer": QT_TRANSLATE_NOOP("tls", "Encrypted when the server offers it"),
    "require": QT_TRANSLATE_NOOP("tls", "Encrypted, server not checked"),
    "verify-ca": QT_TRANSLATE_NOOP("tls", "Encrypted, certificate checked"),
    "verify-full": QT_TRANSLATE_NOOP("tls", "Encrypted, certificate and server name checked"),
}


def tls_mode_name(mode: str) -> str:
    """The mode in words of the interface language (an unknown value as it is)."""
    source = TLS_MODE_NAMES.get(mode)
    return QCoreApplication.translate("tls", source) if source else mode
