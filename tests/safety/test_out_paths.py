"""Item 3, `--out`: only a regular file or a new path is ever replaced; everything else is exit 2 with the path
named, and nothing is written."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest

from govweb.errors import BadInput
from govweb.fsutil import atomic_open, output_dir
from scoring.scoring_helpers import REFERENCE, govweb


def _refused(out: Path | str, *args: str) -> str:
    result = govweb("rank", REFERENCE, "--out", out, *args)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and str(out) in result.stderr
    return result.stderr


def test_dev_null_stays_a_device() -> None:
    assert "字符设备" in _refused("/dev/null")
    assert Path("/dev/null").is_char_device()


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    assert "命名管道" in _refused(fifo)
    assert fifo.is_fifo()


def test_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        assert "套接字" in _refused(path)
    assert path.is_socket()


def test_directory_and_symlink_to_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    link = tmp_path / "link.csv"
    link.symlink_to(folder, target_is_directory=True)
    assert "目录" in _refused(folder)
    assert "目录" in _refused(link)
    assert link.is_symlink() and list(folder.iterdir()) == []


def test_symlink_to_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "null.csv"
    link.symlink_to("/dev/null")
    assert "字符设备" in _refused(link)
    assert link.is_symlink()


def test_symlink_to_a_file_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert govweb("rank", REFERENCE, "--out", link).returncode == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8-sig").startswith("级别,排名")


def test_path_below_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert "不是目录" in _refused(tmp_path / "file" / "sub" / "out.csv")


def test_missing_folders_are_created(tmp_path: Path) -> None:
    out = tmp_path / "a" / "b" / "out.csv"
    assert govweb("rank", REFERENCE, "--out", out).returncode == 0 and out.is_file()


def _make_unwritable(folder: Path) -> bool:
    """Make `folder` unwritable even for root (immutable attribute) or by permissions; False when impossible."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return True
    chattr = shutil.which("chattr")
    return chattr is not None and subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode == 0


def test_write_protected_folder(tmp_path: Path) -> None:
    folder = tmp_path / "protected"
    folder.mkdir()
    if not _make_unwritable(folder):
        pytest.skip("running as root on a filesystem without chattr +i: root bypasses directory permissions")
    try:
        assert "权限" in _refused(folder / "out.csv")
        # the atomic writer itself, after the command's early check
        with pytest.raises(BadInput, match="权限"), atomic_open(folder / "x.txt") as fh:
            fh.write("x")
        assert list(folder.iterdir()) == []
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


@pytest.mark.parametrize("command", [("report",), ("calibrate",)])
def test_other_file_commands_refuse_too(tmp_path: Path, command: tuple[str, ...]) -> None:
    folder = tmp_path / "out.md"
    folder.mkdir()
    result = govweb(*command, REFERENCE, "--out", folder)
    assert result.returncode == 2 and "目录" in result.stderr and "Traceback" not in result.stderr


def test_output_dir_refuses_a_file(tmp_path: Path) -> None:
    file = tmp_path / "round"
    file.write_text("x", encoding="utf-8")
    with pytest.raises(BadInput, match="文件"):
        output_dir(file)
    assert output_dir(tmp_path / "new" / "round").is_dir()
