"""List speed: rights from the caller's sets as values; a common search walks the name index."""

from salesdesk.db.migrate import run_sql_file

revision = "0009"
down_revision = "0008"


def upgrade() -> None:
    run_sql_file("0009_list_speed.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
