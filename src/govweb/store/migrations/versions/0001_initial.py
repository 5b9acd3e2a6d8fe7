"""The store's first schema: sites and their tiers, rounds, inspections, findings, results, publications.

Revision ID: 0001
Revises:
Created: 2026-11-20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Aware times (the models read them back in UTC+8) and exact decimal totals.
TIME = sa.DateTime(timezone=True)
DECIMAL = sa.Numeric(asdecimal=False)


def _fk(column: str, table: str, name: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{table}.id"], name=op.f(name), ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "sites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("admin_code", sa.String(length=6), nullable=True),
        sa.Column("owner", sa.Text(), nullable=True),
        sa.Column("registry_status", sa.String(length=32), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("source_row", sa.Integer(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites")),
        sa.UniqueConstraint("code", name=op.f("uq_sites_code")),
    )
    op.create_index(op.f("ix_sites_admin_code"), "sites", ["admin_code"])

    op.create_table(
        "site_tiers",
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("tier", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _fk("site_id", "sites", "fk_site_tiers_site_id_sites", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("site_id", "tier", name=op.f("pk_site_tiers")),
    )
    op.create_index(op.f("ix_site_tiers_tier"), "site_tiers", ["tier"])

    op.create_table(
        "rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("methodology_name", sa.String(length=100), nullable=False),
        sa.Column("methodology_version", sa.String(length=100), nullable=True),
        sa.Column("methodology_sha256", sa.String(length=64), nullable=False),
        sa.Column("methodology", sa.JSON(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("folder", sa.Text(), nullable=True),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("published_at", TIME, nullable=True),
        sa.CheckConstraint("status IN ('open', 'published')", name=op.f("ck_rounds_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rounds")),
        sa.UniqueConstraint("name", name=op.f("uq_rounds_name")),
    )

    op.create_table(
        "inspections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("tiers", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("started_at", TIME, nullable=True),
        sa.Column("finished_at", TIME, nullable=True),
        sa.Column("seconds", sa.Float(), nullable=True),
        sa.Column("timings", sa.JSON(), nullable=False),
        sa.Column("stats", sa.JSON(), nullable=False),
        sa.Column("site_dir", sa.Text(), nullable=True),
        sa.Column("warc_path", sa.Text(), nullable=True),
        sa.Column("screenshots_path", sa.Text(), nullable=True),
        sa.Column("metrics", sa.JSON(), nullable=False),
        sa.Column("vetoes", sa.JSON(), nullable=False),
        sa.Column("worker_id", sa.String(length=200), nullable=True),
        sa.Column("lease_expires_at", TIME, nullable=True),
        sa.Column("heartbeat_at", TIME, nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.CheckConstraint("status IN ('pending', 'running', 'measured', 'not-measured', 'failed')",
                           name=op.f("ck_inspections_status")),
        _fk("round_id", "rounds", "fk_inspections_round_id_rounds", ondelete="CASCADE"),
        _fk("site_id", "sites", "fk_inspections_site_id_sites"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspections")),
        sa.UniqueConstraint("site_id", "round_id", name=op.f("uq_inspections_site_id_round_id")),
    )
    op.create_index(op.f("ix_inspections_round_id_status"), "inspections", ["round_id", "status"])

    op.create_table(
        "findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("finding_id", sa.String(length=100), nullable=False),
        sa.Column("check_id", sa.String(length=64), nullable=False),
        sa.Column("index_name", sa.String(length=32), nullable=True),
        sa.Column("type", sa.String(length=64), nullable=True),
        sa.Column("element", sa.String(length=64), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("metric_deltas", sa.JSON(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=True),
        sa.CheckConstraint("status IN ('open', 'removed')", name=op.f("ck_findings_status")),
        _fk("round_id", "rounds", "fk_findings_round_id_rounds", ondelete="CASCADE"),
        _fk("site_id", "sites", "fk_findings_site_id_sites"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_findings")),
        sa.UniqueConstraint("site_id", "round_id", "finding_id", name=op.f("uq_findings_site_id_round_id_finding_id")),
    )
    op.create_index(op.f("ix_findings_round_id_check_id_type"), "findings", ["round_id", "check_id", "type"])

    op.create_table(
        "results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("tier", sa.String(length=32), nullable=False),
        sa.Column("indices", sa.JSON(), nullable=False),
        sa.Column("total", DECIMAL, nullable=True),
        sa.Column("rank", sa.Integer(), nullable=True),
        sa.Column("verdict", sa.String(length=8), nullable=True),
        sa.Column("vetoes", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("computed_at", TIME, nullable=False),
        _fk("round_id", "rounds", "fk_results_round_id_rounds", ondelete="CASCADE"),
        _fk("site_id", "sites", "fk_results_site_id_sites"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_results")),
        sa.UniqueConstraint("site_id", "round_id", "tier", name=op.f("uq_results_site_id_round_id_tier")),
    )
    op.create_index(op.f("ix_results_round_id_tier_rank"), "results", ["round_id", "tier", "rank"])

    op.create_table(
        "publications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("bytes", sa.BigInteger(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("published_at", TIME, nullable=False),
        _fk("round_id", "rounds", "fk_publications_round_id_rounds", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publications")),
        sa.UniqueConstraint("round_id", "path", name=op.f("uq_publications_round_id_path")),
    )


def downgrade() -> None:
    for table in ("publications", "results", "findings", "inspections", "rounds", "site_tiers", "sites"):
        op.drop_table(table)
