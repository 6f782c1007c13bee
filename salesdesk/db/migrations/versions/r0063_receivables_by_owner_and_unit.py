"""The receivables by person a page at a time, and by unit as a roll-up of a unit's tree that the
client drills down."""

from salesdesk.db.migrate import run_sql_file

revision = "0063"
down_revision = "0062"


def upgrade() -> None:
    run_sql_file("0063_receivables_by_owner_and_unit.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
