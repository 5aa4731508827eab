"""The team layer of a server's schema: who may do what, as SQL, applied by ``walkaway team setup``.

Idempotent: every statement replaces what an earlier setup made, so setup can run again after
an upgrade (or to repair a hand-made change). The model, in short:

- **One role per person**, made a member of the team's **group role** (``walkaway_<database>``,
  NOLOGIN) by ``walkaway team add-member``. Only the group may connect to the database
  (``CONNECT`` is taken from PUBLIC) and the group holds every grant.
- **Row-level security on every table, forced for the owner too**: a deal is visible only to
  the roles in its ``members`` (its creator first, always kept); its parts (conditions, rounds,
  commitments…) only with their deal. Members share and unshare by changing ``members``.
- **Commitments are append-only**: SELECT and INSERT only (the columns a person gives; the
  server fills ``made_by`` and ``made_at``); a trigger refuses UPDATE, DELETE and TRUNCATE, for
  the owner too and when a deal's deletion would take them along.
- **The server keeps the moments**: a trigger stamps ``created_at``/``updated_at`` on deals.
"""

from __future__ import annotations

#: The deal's parts, by how their policy finds their deal.
BY_DEAL = ("conditions", "alternatives", "signals", "rounds", "follow_up_moves", "past_walks", "round_corrections")
BY_ROUND = ("round_unmet_conditions", "round_events")
#: Readable by every member, written only by setup.
BOOKKEEPING = ("alembic_version", "walkaway_meta")
ALL_TABLES = ("deals", *BY_DEAL, *BY_ROUND, "commitments", *BOOKKEEPING)
#: Columns the server fills and no member may give or change.
SERVER_COLUMNS = {
    "deals": {"insert": {"members", "created_by"}, "update": {"id", "created_by", "created_at"}},
    "commitments": {"insert": {"made_by", "made_at"}},
}

META_TABLE = """
CREATE TABLE IF NOT EXISTS walkaway_meta (
    id integer PRIMARY KEY CHECK (id = 1),
    application text NOT NULL,
    schema_revision text NOT NULL,
    walkaway_version text NOT NULL,
    members_role text NOT NULL,
    set_up_by text NOT NULL DEFAULT current_user,
    set_up_at timestamptz NOT NULL DEFAULT statement_timestamp()
)
"""

FUNCTIONS = [
    """CREATE OR REPLACE FUNCTION walkaway_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'walkaway: commitments are append-only';
END
$$""",
    """CREATE OR REPLACE FUNCTION walkaway_stamp_deal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_at := statement_timestamp();
        NEW.updated_at := statement_timestamp();
    ELSE
        NEW.created_at := OLD.created_at;
        NEW.created_by := OLD.created_by;
        IF NEW.version IS DISTINCT FROM OLD.version THEN
            NEW.updated_at := statement_timestamp();
        ELSE
            NEW.updated_at := OLD.updated_at;
        END IF;
    END IF;
    RETURN NEW;
END
$$""",
    """DROP TRIGGER IF EXISTS walkaway_append_only ON commitments""",
    """CREATE TRIGGER walkaway_append_only BEFORE UPDATE OR DELETE ON commitments
    FOR EACH ROW EXECUTE FUNCTION walkaway_append_only()""",
    """DROP TRIGGER IF EXISTS walkaway_append_only_truncate ON commitments""",
    """CREATE TRIGGER walkaway_append_only_truncate BEFORE TRUNCATE ON commitments
    FOR EACH STATEMENT EXECUTE FUNCTION walkaway_append_only()""",
    """DROP TRIGGER IF EXISTS walkaway_stamp_deal ON deals""",
    """CREATE TRIGGER walkaway_stamp_deal BEFORE INSERT OR UPDATE ON deals
    FOR EACH ROW EXECUTE FUNCTION walkaway_stamp_deal()""",
]


def policy_statements() -> list[str]:
    """The row-level security of every table (dropped and made again)."""
    visible_deal = "EXISTS (SELECT 1 FROM deals WHERE deals.id = {table}.deal_id)"
    visible_round = "EXISTS (SELECT 1 FROM rounds WHERE rounds.id = {table}.round_id)"
    statements = []
    for table in ALL_TABLES:
        statements.append(f"DROP POLICY IF EXISTS walkaway_members ON {table}")
        statements.append(f"DROP POLICY IF EXISTS walkaway_add ON {table}")
        statements.append(f"DROP POLICY IF EXISTS walkaway_keep ON {table}")
    member = "current_user = ANY (members)"
    statements += [
        f"CREATE POLICY walkaway_members ON deals USING ({member}) WITH CHECK ({member})",
        # A new deal is its creator's, and its creator stays a member.
        "CREATE POLICY walkaway_keep ON deals AS RESTRICTIVE FOR ALL USING (true) "
        "WITH CHECK (created_by = ANY (members))",
        "CREATE POLICY walkaway_add ON deals AS RESTRICTIVE FOR INSERT WITH CHECK (created_by = current_user)",
    ]
    for table in BY_DEAL:
        rule = visible_deal.format(table=table)
        statements.append(f"CREATE POLICY walkaway_members ON {table} USING ({rule}) WITH CHECK ({rule})")
    for table in BY_ROUND:
        rule = visible_round.format(table=table)
        statements.append(f"CREATE POLICY walkaway_members ON {table} USING ({rule}) WITH CHECK ({rule})")
    rule = visible_deal.format(table="commitments")
    statements += [
        f"CREATE POLICY walkaway_members ON commitments FOR SELECT USING ({rule})",
        f"CREATE POLICY walkaway_add ON commitments FOR INSERT WITH CHECK ({rule} AND made_by = current_user)",
    ]
    statements += [f"CREATE POLICY walkaway_members ON {table} FOR SELECT USING (true)" for table in BOOKKEEPING]
    return statements


def rls(force: bool) -> list[str]:
    """Row-level security on for every table; ``force`` it for the owner too (off while setup migrates)."""
    verb = "FORCE" if force else "NO FORCE"
    return [
        statement
        for table in ALL_TABLES
        for statement in (
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"ALTER TABLE {table} {verb} ROW LEVEL SECURITY",
        )
    ]
