"""The receivables by person read the visible owners' kept sums once (the page and the count)."""

from salesdesk.db.migrate import run_sql_file

revision = "0067"
down_revision = "0066"


def upgrade() -> None:
    run_sql_file("0067_receivables_by_person_once.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
