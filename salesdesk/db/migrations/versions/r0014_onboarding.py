"""IT onboarding: must-change-password, unit rename/move/remove, user edit."""

from salesdesk.db.migrate import run_sql_file

revision = "0014"
down_revision = "0013"


def upgrade() -> None:
    run_sql_file("0014_onboarding.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
