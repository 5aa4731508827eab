"""team server: deal versions, the signer's certificate, server-side moments

Revision ID: 0003
Revises: 0002

On every backend: ``deals.version`` (SQLAlchemy's version_id_col: a save names the version
it read) and ``commitments.certificate`` (the signer's public certificate, DER).

On a team server (PostgreSQL) also: the program's own moments become ``timestamptz``, set
by the server (``statement_timestamp()``); ``deals.members`` (the roles that may see and
change the deal; its creator first) and ``deals.created_by``; who stored each commitment and
when (``made_by``, ``made_at``). The access policies on these columns are made by
``walkaway team setup`` (planner/store/server/policies.py), not here.
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

#: The program's own moments (text on SQLite, timestamptz on a server).
INSTANTS = (("deals", "created_at"), ("deals", "updated_at"), ("commitments", "signed_at"), ("follow_up_moves", "at"))


def upgrade() -> None:
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    with op.batch_alter_table('commitments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('certificate', sa.LargeBinary(), nullable=True))
    if op.get_bind().dialect.name != 'postgresql':
        return
    for table, column in INSTANTS:
        op.alter_column(
            table, column, type_=sa.DateTime(timezone=True), postgresql_using=f'{column}::timestamptz'
        )
    for column in ('created_at', 'updated_at'):
        op.alter_column('deals', column, server_default=sa.text('statement_timestamp()'))
    op.add_column('deals', sa.Column(
        'members', sa.ARRAY(sa.Text()), server_default=sa.text('ARRAY[CURRENT_USER::text]'), nullable=False
    ))
    op.add_column('deals', sa.Column(
        'created_by', sa.Text(), server_default=sa.text('CURRENT_USER'), nullable=False
    ))
    op.add_column('commitments', sa.Column(
        'made_by', sa.Text(), server_default=sa.text('CURRENT_USER'), nullable=False
    ))
    op.add_column('commitments', sa.Column(
        'made_at', sa.DateTime(timezone=True), server_default=sa.text('statement_timestamp()'), nullable=False
    ))
    op.create_index('ix_deals_members', 'deals', ['members'], postgresql_using='gin')


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.drop_index('ix_deals_members', table_name='deals')
        op.drop_column('commitments', 'made_at')
        op.drop_column('commitments', 'made_by')
        op.drop_column('deals', 'created_by')
        op.drop_column('deals', 'members')
        for column in ('created_at', 'updated_at'):
            op.alter_column('deals', column, server_default=None)
        for table, column in INSTANTS:
            op.alter_column(table, column, type_=sa.String(length=40), postgresql_using=f'{column}::text')
    with op.batch_alter_table('commitments', schema=None) as batch_op:
        batch_op.drop_column('certificate')
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.drop_column('version')
