"""The receivables pages read the owners in scope by one index scan and name the people by id."""

from salesdesk.db.migrate import run_sql_file

revision = "0068"
down_revision = "0067"


def upgrade() -> None:
    run_sql_file("0068_receivables_lookups.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
