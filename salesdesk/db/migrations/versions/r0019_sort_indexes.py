"""Every declared sort and search column index-backed through the shell."""

from salesdesk.db.migrate import run_sql_file

revision = "0019"
down_revision = "0018"


def upgrade() -> None:
    run_sql_file("0019_sort_indexes.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
