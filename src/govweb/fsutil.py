"""Atomic output: write to a temporary file in the target folder, then rename over the target.

Only a regular file or a new path is ever replaced: a directory, a device (`/dev/null`), a FIFO or a socket —
directly or behind a symlink — is refused with BadInput (exit 2), as are a path below a file and a folder we may
not write in. A symlink to a regular file is kept: the file it points to is replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from govweb.errors import BadInput

# mkstemp creates files 0600; outputs should get the usual permissions (0666 less the umask), read once at import.
_UMASK = os.umask(0)
os.umask(_UMASK)


_SPECIAL = ((stat.S_ISCHR, "字符设备"), (stat.S_ISBLK, "块设备"), (stat.S_ISFIFO, "命名管道（FIFO）"),
            (stat.S_ISSOCK, "套接字"))


def _refuse(named: Path, why: str) -> BadInput:
    return BadInput(f"无法写入 {named}：{why}")


def _nearest_existing(folder: Path, named: Path) -> Path:
    """The deepest existing folder on the way to `folder`; BadInput when a file is in the way."""
    existing = folder
    while not os.path.lexists(existing) and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise _refuse(named, f"{existing} 是文件而不是目录")
    return existing


def _make_dir(folder: Path, named: Path) -> None:
    """Create `folder` (and its parents) for output `named`; BadInput naming what is in the way."""
    existing = _nearest_existing(folder, named)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except PermissionError:
        raise _refuse(named, f"没有在 {existing} 中创建目录的权限") from None
    except OSError as exc:
        raise _refuse(named, f"无法创建目录 {folder}（{exc.strerror}）") from None


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in Chinese; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "这是一个目录（请给出文件名）"
    return next((f"这是{label}，不是普通文件" for test, label in _SPECIAL if test(mode)), "这不是普通文件")


def output_file(target: str | os.PathLike[str]) -> Path:
    """The file an output named `target` will replace, symlinks followed; nothing is created. BadInput (exit 2)
    for a directory, a device, a FIFO or a socket, a path below a file, a folder we may not write in. Commands
    call it before their work so a bad --out costs nothing; `atomic_path` calls it again."""
    named = Path(target)
    real = Path(os.path.realpath(named))
    try:
        why = _kind(os.stat(real).st_mode)
    except (FileNotFoundError, NotADirectoryError):  # a new path; a file in the way is named below
        why = None
    if why:
        raise _refuse(named, why)
    existing = _nearest_existing(real.parent, named)
    if not os.access(existing, os.W_OK | os.X_OK):
        raise _refuse(named, f"没有写入目录 {existing} 的权限")
    return real


def output_dir(target: str | os.PathLike[str]) -> Path:
    """An output folder, created when new; BadInput (exit 2) when `target` is a file or cannot be created."""
    named = Path(target)
    if named.exists() and not named.is_dir():
        raise _refuse(named, "输出位置应为目录，但这是一个文件" if named.is_file() else _kind(named.stat().st_mode) or "")
    _make_dir(named, named)
    return named


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path next to `target`; on success it replaces `target`, on error it is removed."""
    named = Path(target)
    target = output_file(named)
    _make_dir(target.parent, named)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        denied = exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
        raise _refuse(named, f"{'没有写入目录' if denied else '无法在目录'} {target.parent} "
                             f"{'的权限' if denied else '中写入'}（{exc.strerror}）") from None
    os.close(fd)
    tmp_path = Path(tmp)
    os.chmod(tmp_path, 0o666 & ~_UMASK)
    try:
        yield tmp_path
        os.replace(tmp_path, target)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_open(target: str | os.PathLike[str], mode: str = "w", **kwargs: Any) -> Iterator[IO[Any]]:
    """Open a temporary file for writing; it becomes `target` only if the block succeeds."""
    if "b" not in mode:
        kwargs.setdefault("encoding", "utf-8")
    with atomic_path(target) as tmp, open(tmp, mode, **kwargs) as fh:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())
