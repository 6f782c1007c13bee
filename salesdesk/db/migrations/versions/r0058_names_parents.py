"""The list across parents names the parents in scope where that reads less than walking the sort's
index, by the company's sizes (one small function) instead of a fixed 1 % of the employees."""

from salesdesk.db.migrate import run_sql_file

revision = "0058"
down_revision = "0057"


def upgrade() -> None:
    run_sql_file("0058_names_parents.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
