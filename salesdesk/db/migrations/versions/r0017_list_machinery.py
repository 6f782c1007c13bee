"""Every declared sort index-backed and read in index order by the list; search columns declared
per kind."""

from salesdesk.db.migrate import run_sql_file

revision = "0017"
down_revision = "0016"


def upgrade() -> None:
    run_sql_file("0017_list_machinery.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
