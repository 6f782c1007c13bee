"""A narrow list page walks its owners' rows in one lateral statement, planned once."""

from salesdesk.db.migrate import run_sql_file

revision = "0070"
down_revision = "0069"


def upgrade() -> None:
    run_sql_file("0070_list_owner_walks.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
