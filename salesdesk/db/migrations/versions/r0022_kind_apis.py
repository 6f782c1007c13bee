"""Leads and follow-ups on the generic kind API (declare_api), fewer hand-written lines per kind."""

from salesdesk.db.migrate import run_sql_file

revision = "0022"
down_revision = "0021"


def upgrade() -> None:
    run_sql_file("0022_kind_apis.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
