"""A narrow list page's owner walks read their share of the page."""

from salesdesk.db.migrate import run_sql_file

revision = "0072"
down_revision = "0071"


def upgrade() -> None:
    run_sql_file("0072_list_walk_shares.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
