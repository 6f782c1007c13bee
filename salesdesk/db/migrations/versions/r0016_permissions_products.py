"""Permissions as data checked in the database; products with a field-level secured cost price."""

from salesdesk.db.migrate import run_sql_file

revision = "0016"
down_revision = "0015"


def upgrade() -> None:
    run_sql_file("0016_permissions_products.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
