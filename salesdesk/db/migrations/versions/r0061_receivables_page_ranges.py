"""The receivables by customer test the caller's owners by their ranges, as the row policies do: in the
page's generic plan a test against the owners' array became an index condition, and the wide walk
read every customer of the scope to sort them for a page."""

from salesdesk.db.migrate import run_sql_file

revision = "0061"
down_revision = "0060"


def upgrade() -> None:
    run_sql_file("0061_receivables_page_ranges.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
