"""walking again, final offers, corrected rounds (issue 15)

Revision ID: 0002
Revises: 0001

- ``rounds.final``: they said the round's offer is final (existing rounds: not final).
- ``past_walks``: the earlier walks of a deal, each with the reopening after it (the latest walk
  and reopening stay in the deal's own columns, as before).
- ``round_corrections``: rounds edited or deleted after they were logged, the round as it was and
  as corrected (JSON, :data:`planner.store.codec.ROUND`).

Nothing already stored changes: an upgraded file reads exactly as before, with no earlier walks and
no corrections.
"""

from alembic import op
import sqlalchemy as sa
import planner.store.types


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE ... ADD COLUMN, never batch mode: rebuilding ``rounds`` would drop the old
    # table, and with foreign keys on, its unmet conditions and signal events with it (ON DELETE CASCADE).
    op.add_column('rounds', sa.Column('final', sa.Boolean(), server_default=sa.false(), nullable=False))

    op.create_table('past_walks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('walked_at', planner.store.types.IsoMoment(length=40), nullable=False),
    sa.Column('walk_reason', sa.Text(), nullable=False),
    sa.Column('walk_script', sa.Text(), nullable=False),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('follow_up_moves_json', sa.Text(), nullable=False),
    sa.Column('reopened_at', planner.store.types.IsoMoment(length=40), nullable=False),
    sa.Column('reopen_note', sa.Text(), nullable=False),
    sa.Column('reopen_first_time_today', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_past_walks_deal_id_deals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_past_walks')),
    sa.UniqueConstraint('deal_id', 'position', name=op.f('uq_past_walks_deal_id'))
    )
    op.create_table('round_corrections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('at', planner.store.types.UtcDateTime(length=40), nullable=False),
    sa.Column('action', sa.String(length=6), nullable=False),
    sa.Column('round_number', sa.Integer(), nullable=False),
    sa.Column('before_json', sa.Text(), nullable=False),
    sa.Column('after_json', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_round_corrections_deal_id_deals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_corrections')),
    sa.UniqueConstraint('deal_id', 'position', name=op.f('uq_round_corrections_deal_id'))
    )


def downgrade() -> None:
    op.drop_table('round_corrections')
    op.drop_table('past_walks')
    op.drop_column('rounds', 'final')  # SQLite 3.35+ drops a column in place
