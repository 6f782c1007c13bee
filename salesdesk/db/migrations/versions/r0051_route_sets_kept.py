"""The records each employee reaches through what they own or are a member of, kept per employee."""

from salesdesk.db.migrate import run_sql_file

revision = "0051"
down_revision = "0050"


def upgrade() -> None:
    run_sql_file("0051_route_sets_kept.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
