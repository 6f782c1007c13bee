"""The receivables list and its ageing read the kept receivable rows."""

from salesdesk.db.migrate import run_sql_file

revision = "0048"
down_revision = "0047"


def upgrade() -> None:
    run_sql_file("0048_receivables_kept.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
