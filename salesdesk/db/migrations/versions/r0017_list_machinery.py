"""Every declared sort and search column index-backed; search columns declared per kind;
a kind's API from one column list."""

from salesdesk.db.migrate import run_sql_file

revision = "0017"
down_revision = "0016"


def upgrade() -> None:
    run_sql_file("0017_list_machinery.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
