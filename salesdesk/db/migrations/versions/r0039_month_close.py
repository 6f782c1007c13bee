"""Month-end close: frozen monthly figures and dated adjustments (issue 15)."""

from salesdesk.db.migrate import run_sql_file

revision = "0039"
down_revision = "0038"


def upgrade() -> None:
    run_sql_file("0039_month_close.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
