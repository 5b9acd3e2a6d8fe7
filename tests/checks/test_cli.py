from __future__ import annotations

import json
from pathlib import Path

import pytest

from govweb.cli import main

from .snapshot_builder import SnapshotBuilder


def run(args: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    """Run the CLI as a user would (through main: Chinese errors, exit codes)."""
    monkeypatch.setattr("sys.argv", ["govweb", *args])
    try:
        main()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def test_check_writes_findings(minisite_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    d = tmp_path / "snap"
    shutil.copytree(minisite_dir, d)
    assert run(["check", str(d), "--as-of", "2020-11-26", "--tier", "地市"], monkeypatch) == 0
    report = json.loads((d / "findings.json").read_text(encoding="utf-8"))
    assert report["site"]["status"] == "measured"
    assert all(v is None or 0 <= v <= 1 for v in report["indices"].values())
    assert report["indices"]["创新案例"] is None


def test_not_a_warc_exits_2_without_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    SnapshotBuilder("http://a.gov.cn/").page("http://a.gov.cn/", "<html></html>", depth=0).write(tmp_path)
    (tmp_path / "crawl.warc.gz").write_bytes(b"not an archive at all")
    assert run(["check", str(tmp_path), "--as-of", "2020-11-26"], monkeypatch) == 2
    assert not (tmp_path / "findings.json").exists()


def test_bad_date_and_tier_exit_2(minisite_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(["check", str(minisite_dir), "--as-of", "2020-13-01"], monkeypatch) == 2
    assert run(["check", str(minisite_dir), "--as-of", "2020-11-26", "--tier", "火星"], monkeypatch) == 2


def test_unreachable_site_is_not_measured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    b = SnapshotBuilder("http://down.gov.cn/")
    b.page("http://down.gov.cn/", "", error="connect", depth=0)
    b.write(tmp_path)
    assert run(["check", str(tmp_path), "--as-of", "2020-11-26"], monkeypatch) == 0
    report = json.loads((tmp_path / "findings.json").read_text(encoding="utf-8"))
    assert report["site"]["status"] == "not-measured" and "连接" in report["site"]["reason"]
    assert set(report["indices"].values()) == {None} and report["findings"] == []
