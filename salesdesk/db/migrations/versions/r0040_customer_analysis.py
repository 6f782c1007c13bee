"""Customer analysis: money, profit contribution, ratings and segments (issue 15)."""

from salesdesk.db.migrate import run_sql_file

revision = "0040"
down_revision = "0039"


def upgrade() -> None:
    run_sql_file("0040_customer_analysis.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
