"""A child kind's rights in its list are no longer planned element by element."""

from salesdesk.db.migrate import run_sql_file

revision = "0065"
down_revision = "0064"


def upgrade() -> None:
    run_sql_file("0065_child_checks_unestimated.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
