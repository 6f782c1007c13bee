"""The receivables summed per unit and everything below it: a scope that is a whole subtree reads its
ageing and totals from one unit's rows."""

from salesdesk.db.migrate import run_sql_file

revision = "0062"
down_revision = "0061"


def upgrade() -> None:
    run_sql_file("0062_receivables_tree.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
