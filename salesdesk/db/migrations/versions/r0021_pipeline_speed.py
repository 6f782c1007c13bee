"""Pipeline speed: maintained kanban totals, routed rows in narrow scopes' pages."""

from salesdesk.db.migrate import run_sql_file

revision = "0021"
down_revision = "0020"


def upgrade() -> None:
    run_sql_file("0021_pipeline_speed.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
