"""A statement's contacts refresh their customers' search terms once."""

from salesdesk.db.migrate import run_sql_file

revision = "0045"
down_revision = "0044"


def upgrade() -> None:
    run_sql_file("0045_contact_search_batch.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
