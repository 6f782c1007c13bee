"""Leads with a pool per unit and conversion; follow-ups that update the customer's last
contact."""

from salesdesk.db.migrate import run_sql_file

revision = "0019"
down_revision = "0018"


def upgrade() -> None:
    run_sql_file("0019_leads_followups.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
