"""Open record kinds: references between kinds declared and checked generically, handover per kind."""

from salesdesk.db.migrate import run_sql_file

revision = "0015"
down_revision = "0014"


def upgrade() -> None:
    run_sql_file("0015_kind_references.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
