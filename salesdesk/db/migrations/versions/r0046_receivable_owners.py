"""The kept receivables summed per owner, for the contract half of the dashboard's ageing."""

from salesdesk.db.migrate import run_sql_file

revision = "0046"
down_revision = "0045"


def upgrade() -> None:
    run_sql_file("0046_receivable_owners.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
