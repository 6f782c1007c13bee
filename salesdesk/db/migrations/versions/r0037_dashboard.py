"""The dashboards' data per role (issue 14 §6)."""

from salesdesk.db.migrate import run_sql_file

revision = "0037"
down_revision = "0036"


def upgrade() -> None:
    run_sql_file("0037_dashboard.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
