"""The company's own details (name, address, tax number, bank) for documents."""

from salesdesk.db.migrate import run_sql_file

revision = "0025"
down_revision = "0024"


def upgrade() -> None:
    run_sql_file("0025_company_profile.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
