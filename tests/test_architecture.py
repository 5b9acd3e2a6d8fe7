"""The direction of every import (docs/design.md): a stage uses the stages before it, never one after it, and no
two packages import each other. Read from the source with `ast`, including modules named in strings (a module
loaded by name through importlib is an import too)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "govweb"
STAGES = {"registry", "collect", "checks", "scoring", "review", "publish", "campaign", "store", "app", "workers", "cli"}
NEUTRAL = {"documents"}                      # what the stages hand each other: imports no stage
FORBIDDEN = {
    ("campaign", "cli"), ("publish", "checks"), ("publish", "collect"), ("checks", "scoring"), ("checks", "collect"),
    ("scoring", "checks"), ("scoring", "collect"), ("campaign", "workers"),
    *{("registry", stage) for stage in STAGES - {"registry"}},
    *{(stage, "cli") for stage in STAGES - {"cli"}},
    *{(neutral, stage) for neutral in NEUTRAL for stage in STAGES},
}
MODULE_NAME = re.compile(r"govweb\.[a-z_]+(\.[a-z_]+)*")


def package_imports(root: Path = SRC) -> dict[tuple[str, str], str]:
    """(importing package, imported package) → the first file:line that draws the arrow."""
    packages = {p.name for p in root.iterdir() if p.is_dir() and (p / "__init__.py").is_file()}
    edges: dict[tuple[str, str], str] = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).parts
        if len(parts) < 2:
            continue
        me = parts[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and MODULE_NAME.fullmatch(node.value):
                names = [node.value]
            for name in names:
                dotted = name.split(".")
                if len(dotted) > 1 and dotted[0] == "govweb" and dotted[1] in packages and dotted[1] != me:
                    edges.setdefault((me, dotted[1]), f"{path.relative_to(root.parent)}:{getattr(node, 'lineno', 0)}")
    return edges


def violations(edges: dict[tuple[str, str], str]) -> list[str]:
    found = [f"{a} → {b} ({where})" for (a, b), where in sorted(edges.items()) if (a, b) in FORBIDDEN]
    found += [f"{a} ↔ {b} ({edges[(a, b)]}; {edges[(b, a)]})" for (a, b) in sorted(edges) if a < b and (b, a) in edges]
    return found


def test_no_import_against_the_pipeline() -> None:
    assert violations(package_imports()) == []


def test_the_check_catches_an_arrow_and_a_cycle(tmp_path: Path) -> None:
    """The check itself on a small tree: a checks → scoring import, a campaign ↔ cli cycle, a module by name."""
    for package, text in {
        "checks": "from govweb.scoring.items import index_scores\n",
        "campaign": "import govweb.cli\n",
        "cli": "from govweb.campaign import run_round\n",
        "publish": "import importlib\nimportlib.import_module('govweb.checks.registry')\n",
        "scoring": "from govweb.documents import CHECKS\n",
        "documents": "",
    }.items():
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("", encoding="utf-8")
        (tmp_path / package / "mod.py").write_text(text, encoding="utf-8")
    found = violations(package_imports(tmp_path))
    assert [line.split(" (")[0] for line in found] == [
        "campaign → cli", "checks → scoring", "publish → checks", "campaign ↔ cli"]


@pytest.mark.parametrize("package", sorted(NEUTRAL))
def test_neutral_packages_import_no_stage(package: str) -> None:
    edges = package_imports()
    assert sorted(b for (a, b) in edges if a == package and b in STAGES) == []
