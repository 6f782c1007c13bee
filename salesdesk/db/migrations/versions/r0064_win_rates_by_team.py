"""The calibration's win rates read for the teams asked about, the company's from kept company days."""

from salesdesk.db.migrate import run_sql_file

revision = "0064"
down_revision = "0063"


def upgrade() -> None:
    run_sql_file("0064_win_rates_by_team.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
