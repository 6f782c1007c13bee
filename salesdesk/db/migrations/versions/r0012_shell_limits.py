"""The shell's remaining channels: plans, limits an employee cannot lift, the change feed's share events."""

from salesdesk.db.migrate import run_sql_file

revision = "0012"
down_revision = "0011"


def upgrade() -> None:
    run_sql_file("0012_shell_limits.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
