"""A child kind lists several parents' rows in one page (the 360° money tabs)."""

from salesdesk.db.migrate import run_sql_file

revision = "0071"
down_revision = "0070"


def upgrade() -> None:
    run_sql_file("0071_list_parents.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
