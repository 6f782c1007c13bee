"""The API's own cost per call: caller sets and rights computed once."""

from salesdesk.db.migrate import run_sql_file

revision = "0026"
down_revision = "0025"


def upgrade() -> None:
    run_sql_file("0026_api_overhead.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
