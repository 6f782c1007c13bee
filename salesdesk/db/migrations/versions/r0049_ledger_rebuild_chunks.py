"""The attainment ledger rebuilt in chunks of ids: a million contracts took hours in one array."""

from salesdesk.db.migrate import run_sql_file

revision = "0049"
down_revision = "0048"


def upgrade() -> None:
    run_sql_file("0049_ledger_rebuild_chunks.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
