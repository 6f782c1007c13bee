"""A narrow list page read again reads only the owners whose walk stopped inside it."""

from salesdesk.db.migrate import run_sql_file

revision = "0073"
down_revision = "0072"


def upgrade() -> None:
    run_sql_file("0073_list_walk_rereads.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
