"""Industry, source and region as picklists kept as data; pinyin search with surname and place readings."""

from salesdesk.db.migrate import run_sql_file

revision = "0013"
down_revision = "0012"


def upgrade() -> None:
    run_sql_file("0013_picklists_pinyin.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
