"""packages: terms besides the price, their weights, the minimum score (issue 19)

Revision ID: 0004
Revises: 0003

- ``deals.issues_json``: the terms besides the price (JSON, :data:`planner.store.codec.ISSUES`;
  existing deals: none), ``deals.price_weight`` and ``deals.reservation_min_score`` (exact text, as
  amounts are; existing deals: none).
- ``rounds.their_terms_json``: their terms in the round (JSON, :data:`planner.store.codec.TERMS`;
  existing rounds: none).
- ``commitments.package_json``: the package a commitment signed (JSON, :data:`planner.store.codec.PACKAGE`;
  existing commitments: none, as they signed none).

Nothing already stored changes: an upgraded file reads exactly as before, with no packages. The
same steps run on a team server (PostgreSQL): new columns of existing tables, whose access policies
already cover them.
"""

from alembic import op
import sqlalchemy as sa
import planner.store.types


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ... ADD COLUMN, never batch mode: rebuilding ``deals`` or ``rounds`` would drop the
    # old table, and with foreign keys on, its child rows with it (ON DELETE CASCADE).
    op.add_column('deals', sa.Column('issues_json', planner.store.types.IssuesJson(), server_default='[]', nullable=False))
    op.add_column('deals', sa.Column('price_weight', planner.store.types.Money(length=32), nullable=True))
    op.add_column('deals', sa.Column('reservation_min_score', planner.store.types.Money(length=32), nullable=True))
    op.add_column('rounds', sa.Column('their_terms_json', planner.store.types.TermsJson(), server_default='[]', nullable=False))
    op.add_column('commitments', sa.Column('package_json', planner.store.types.PackageJson(), nullable=True))


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place
    op.drop_column('commitments', 'package_json')
    op.drop_column('rounds', 'their_terms_json')
    op.drop_column('deals', 'reservation_min_score')
    op.drop_column('deals', 'price_weight')
    op.drop_column('deals', 'issues_json')
