"""The calibration's win counts kept per closing day and month, so the forecast's rates do not grow
with the deals closed (issue 14 §4, §7)."""

from salesdesk.db.migrate import run_sql_file

revision = "0055"
down_revision = "0054"


def upgrade() -> None:
    run_sql_file("0055_win_rates_kept.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
