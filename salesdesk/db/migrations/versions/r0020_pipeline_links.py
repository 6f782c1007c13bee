"""The links between the pipeline kinds: follow-ups on deals, conversion into a deal, search on the
new kinds, stage changes on the customer's timeline."""

from salesdesk.db.migrate import run_sql_file

revision = "0020"
down_revision = "0019"


def upgrade() -> None:
    run_sql_file("0020_pipeline_links.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
