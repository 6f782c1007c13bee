"""Errors the admin CLI reports as one clear line (no traceback)."""


class AdminError(RuntimeError):
    """A failed admin command; str() is the message shown to IT."""
