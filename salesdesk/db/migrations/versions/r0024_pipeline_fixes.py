"""Pipeline fixes: batch disqualify, the deal team kept on transfer."""

from salesdesk.db.migrate import run_sql_file

revision = "0024"
down_revision = "0023"


def upgrade() -> None:
    run_sql_file("0024_pipeline_fixes.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
