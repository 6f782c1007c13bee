"""The receivables page's ageing read from the kept receivable rows (sql/0044), not summed per call."""

from salesdesk.db.migrate import run_sql_file

revision = "0050"
down_revision = "0049"


def upgrade() -> None:
    run_sql_file("0050_receivables_page_kept.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
