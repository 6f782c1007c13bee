"""A narrow scope's pools read by their own index on a deep page, like its owners."""

from salesdesk.db.migrate import run_sql_file

revision = "0043"
down_revision = "0042"


def upgrade() -> None:
    run_sql_file("0043_pool_pages.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
