"""initial schema

Revision ID: 0001
Revises: 
"""

from alembic import op
import sqlalchemy as sa
import planner.store.types


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('deals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('counterparty', sa.String(length=500), nullable=False),
    sa.Column('side', sa.String(length=4), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('unit', sa.String(length=500), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('signer', sa.String(length=500), nullable=False),
    sa.Column('reservation_value', planner.store.types.Money(length=32), nullable=False),
    sa.Column('reservation_rationale', sa.Text(), nullable=False),
    sa.Column('reservation_decided_at', planner.store.types.IsoMoment(length=40), nullable=True),
    sa.Column('target', planner.store.types.Money(length=32), nullable=True),
    sa.Column('opening', planner.store.types.Money(length=32), nullable=True),
    sa.Column('script_acknowledge', sa.Text(), nullable=False),
    sa.Column('script_reason', sa.Text(), nullable=False),
    sa.Column('script_door', sa.Text(), nullable=False),
    sa.Column('their_decision_maker', sa.String(length=500), nullable=False),
    sa.Column('their_at_table', sa.String(length=500), nullable=False),
    sa.Column('their_walk_away', planner.store.types.Money(length=32), nullable=True),
    sa.Column('their_alternatives', sa.Text(), nullable=False),
    sa.Column('walked_at', planner.store.types.IsoMoment(length=40), nullable=True),
    sa.Column('walk_reason', sa.Text(), nullable=True),
    sa.Column('walk_script', sa.Text(), nullable=False),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('reopened_at', planner.store.types.IsoMoment(length=40), nullable=True),
    sa.Column('reopen_note', sa.Text(), nullable=False),
    sa.Column('reopen_first_time_today', sa.Boolean(), nullable=True),
    sa.Column('outcome_status', sa.String(length=12), nullable=True),
    sa.Column('outcome_at', planner.store.types.IsoMoment(length=40), nullable=True),
    sa.Column('outcome_amount', planner.store.types.Money(length=32), nullable=True),
    sa.Column('outcome_note', sa.Text(), nullable=False),
    sa.Column('created_at', planner.store.types.UtcDateTime(length=40), nullable=False),
    sa.Column('updated_at', planner.store.types.UtcDateTime(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deals'))
    )
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deals_follow_up_on'), ['follow_up_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_deals_status'), ['status'], unique=False)
        batch_op.create_index('ix_deals_title', ['title'], unique=False)

    op.create_table('alternatives',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('value', planner.store.types.Money(length=32), nullable=True),
    sa.Column('likelihood', planner.store.types.Money(length=32), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_alternatives_deal_id_deals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alternatives')),
    sa.UniqueConstraint('deal_id', 'position', name=op.f('uq_alternatives_deal_id'))
    )
    op.create_table('commitments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('signer', sa.String(length=200), nullable=False),
    sa.Column('signed_at', planner.store.types.UtcDateTime(length=40), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('statement', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('reservation_value', planner.store.types.Money(length=32), nullable=True),
    sa.Column('conditions_json', sa.Text(), nullable=False),
    sa.Column('side', sa.String(length=4), nullable=True),
    sa.Column('signature_png', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_commitments_deal_id_deals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitments')),
    sa.UniqueConstraint('deal_id', 'revision', name=op.f('uq_commitments_deal_id'))
    )
    op.create_table('follow_up_moves',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('at', planner.store.types.UtcDateTime(length=40), nullable=False),
    sa.Column('from_date', sa.Date(), nullable=True),
    sa.Column('to_date', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_follow_up_moves_deal_id_deals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_moves')),
    sa.UniqueConstraint('deal_id', 'position', name=op.f('uq_follow_up_moves_deal_id'))
    )
    op.create_table('conditions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_conditions_deal_id_deals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conditions')),
    sa.UniqueConstraint('deal_id', 'position', name=op.f('uq_conditions_deal_id'))
    )
    op.create_table('rounds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('at', planner.store.types.IsoMoment(length=40), nullable=False),
    sa.Column('their_offer', planner.store.types.Money(length=32), nullable=True),
    sa.Column('our_offer', planner.store.types.Money(length=32), nullable=True),
    sa.Column('first_time_today', sa.Boolean(), nullable=True),
    sa.Column('hours', planner.store.types.Money(length=32), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('phase', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_rounds_deal_id_deals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rounds')),
    sa.UniqueConstraint('deal_id', 'position', name=op.f('uq_rounds_deal_id'))
    )
    op.create_table('signals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('label', sa.String(length=500), nullable=False),
    sa.Column('threshold', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_signals_deal_id_deals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signals')),
    sa.UniqueConstraint('deal_id', 'kind', 'label', name=op.f('uq_signals_deal_id'))
    )
    op.create_table('round_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('label', sa.String(length=500), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], name=op.f('fk_round_events_round_id_rounds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_events')),
    sa.UniqueConstraint('round_id', 'position', name=op.f('uq_round_events_round_id'))
    )
    op.create_table('round_unmet_conditions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], name=op.f('fk_round_unmet_conditions_round_id_rounds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_unmet_conditions')),
    sa.UniqueConstraint('round_id', 'position', name=op.f('uq_round_unmet_conditions_round_id'))
    )


def downgrade() -> None:
    op.drop_table('round_unmet_conditions')
    op.drop_table('round_events')
    op.drop_table('signals')
    op.drop_table('rounds')
    op.drop_table('conditions')
    op.drop_table('follow_up_moves')
    op.drop_table('commitments')
    op.drop_table('alternatives')
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.drop_index('ix_deals_title')
        batch_op.drop_index(batch_op.f('ix_deals_status'))
        batch_op.drop_index(batch_op.f('ix_deals_follow_up_on'))

    op.drop_table('deals')
