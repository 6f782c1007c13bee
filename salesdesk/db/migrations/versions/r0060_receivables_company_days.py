"""The dashboard's ageing for whoever sees everything, from the company's open instalments summed per
due day and month instead of every owner's."""

from salesdesk.db.migrate import run_sql_file

revision = "0060"
down_revision = "0059"


def upgrade() -> None:
    run_sql_file("0060_receivables_company_days.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
