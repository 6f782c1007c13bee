"""Import in bulk: one statement per table for a file's rows, and leads checked company-wide."""

from salesdesk.db.migrate import run_sql_file

revision = "0047"
down_revision = "0046"


def upgrade() -> None:
    run_sql_file("0047_import_bulk.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
