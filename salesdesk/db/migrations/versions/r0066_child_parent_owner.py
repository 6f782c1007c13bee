"""A child kind listed across its parents keeps its parent's owner, so a few owners' pages merge."""

from salesdesk.db.migrate import run_sql_file

revision = "0066"
down_revision = "0065"


def upgrade() -> None:
    run_sql_file("0066_child_parent_owner.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
