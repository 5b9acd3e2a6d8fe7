"""Expert reviews, the audit trail, and the site owner's 整改 and 申诉 on findings.

Revision ID: 0002
Revises: 0001
Created: 2026-11-20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "expert_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("target", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Numeric(asdecimal=False), nullable=True),
        sa.Column("reviewer", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("recorded_at", TIME, nullable=False),
        sa.CheckConstraint("kind IN ('index', 'item', 'removal', 'veto')", name=op.f("ck_expert_reviews_kind")),
        sa.CheckConstraint("role IN ('evaluator', 'arbiter')", name=op.f("ck_expert_reviews_role")),
        sa.ForeignKeyConstraint(["round_id"], ["rounds.id"], name=op.f("fk_expert_reviews_round_id_rounds"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_expert_reviews_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expert_reviews")),
        sa.UniqueConstraint("site_id", "round_id", "kind", "target", "reviewer",
                            name=op.f("uq_expert_reviews_site_id_round_id_kind_target_reviewer")),
    )
    op.create_index(op.f("ix_expert_reviews_round_id"), "expert_reviews", ["round_id"])

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", TIME, nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_key", sa.Text(), nullable=False),
        sa.Column("round_name", sa.String(length=200), nullable=True),
        sa.Column("site_code", sa.String(length=32), nullable=True),
        sa.Column("old", sa.JSON(), nullable=True),
        sa.Column("new", sa.JSON(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_round_name_site_code"), "audit_log", ["round_name", "site_code"])

    # New columns with CHECKs: SQLite rebuilds the table (batch mode, existing findings kept).
    with op.batch_alter_table("findings") as batch:
        batch.add_column(sa.Column("rectification", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("rectification_note", sa.Text(), nullable=True))
        batch.add_column(sa.Column("appeal", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("appeal_note", sa.Text(), nullable=True))
        batch.create_check_constraint(op.f("ck_findings_rectification"), "rectification IN ('in-progress', 'fixed')")
        batch.create_check_constraint(op.f("ck_findings_appeal"), "appeal IN ('pending', 'accepted', 'rejected')")


def downgrade() -> None:
    with op.batch_alter_table("findings") as batch:
        batch.drop_constraint(op.f("ck_findings_appeal"), type_="check")
        batch.drop_constraint(op.f("ck_findings_rectification"), type_="check")
        batch.drop_column("appeal_note")
        batch.drop_column("appeal")
        batch.drop_column("rectification_note")
        batch.drop_column("rectification")
    op.drop_table("audit_log")
    op.drop_table("expert_reviews")
