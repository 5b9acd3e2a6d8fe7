"""`govweb sample-sites build|serve` from the command line."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import time
from pathlib import Path

from ss_fetch import get

from govweb.samplesites.tether import tethered

CLI = [sys.executable, "-c", "from govweb.cli import main; main()"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120)


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    r = run("sample-sites", "build", str(tmp_path / "x"), "--as-of", "2020-02-30")
    assert r.returncode == 2 and "--as-of" in r.stderr
    assert not (tmp_path / "x" / "ground-truth.json").exists()
    r = run("sample-sites", "serve", str(tmp_path), "--port", "0")
    assert r.returncode == 2 and "sample-sites build" in r.stderr


def test_serve_prints_urls_and_writes_sites_csv(built: Path, tmp_path: Path) -> None:
    copy = tmp_path / "sites"
    shutil.copytree(built, copy)
    proc = subprocess.Popen(tethered([*CLI, "sample-sites", "serve", str(copy), "--port", "0"]), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stdout.readline() if proc.stdout else ""
            lines.append(line)
            if "--resolve" in line:
                break
        urls = [w for line in lines for w in line.split() if w.startswith("http://")]
        with open(copy / "sites.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert [r["首页网址"] for r in rows] == urls
        assert get(urls[0]).status == 200
    finally:
        proc.terminate()
        proc.wait(10)
