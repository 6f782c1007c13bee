"""Import of customers, contacts and leads (issue 15)."""

from salesdesk.db.migrate import run_sql_file

revision = "0041"
down_revision = "0040"


def upgrade() -> None:
    run_sql_file("0041_import.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
