"""A child kind's policy tests each row's parent by its key (no hash of every parent in scope), and
its list across parents names the parents only for a narrow scope."""

from salesdesk.db.migrate import run_sql_file

revision = "0054"
down_revision = "0053"


def upgrade() -> None:
    run_sql_file("0054_child_lists.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
