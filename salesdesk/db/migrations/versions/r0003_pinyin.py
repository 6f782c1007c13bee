"""Pinyin readings and private.pinyin_key(), the key that sorts Chinese text in pinyin order."""

from salesdesk.db.migrate import run_sql_file

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    run_sql_file("0003_pinyin.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
