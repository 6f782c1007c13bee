"""The approvals inbox a page at a time, with the number waiting, in the inbox's own index order."""

from salesdesk.db.migrate import run_sql_file

revision = "0069"
down_revision = "0068"


def upgrade() -> None:
    run_sql_file("0069_inbox_pages.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
