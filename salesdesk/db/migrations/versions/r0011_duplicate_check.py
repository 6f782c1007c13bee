"""The duplicate check cannot dump the company: rate limit, rollback-proof trail, normalised names."""

from salesdesk.db.migrate import run_sql_file

revision = "0011"
down_revision = "0010"


def upgrade() -> None:
    run_sql_file("0011_duplicate_check.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
