"""salesdesk: sales management over PostgreSQL row-level security."""

__version__ = "0.1.0"
