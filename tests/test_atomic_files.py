"""altitude.atomic_files: a file is replaced whole or not at all, private, and durably."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from altitude import atomic_files
from altitude.atomic_files import write_atomic, write_bytes_atomic
from altitude.errors import AltitudeError, FileWriteError


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> object:
    """What a desktop session typically hands a program (Altitude's main sets 077)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_file_is_written_whole_and_private_under_umask_022(
    tmp_path: Path, umask_022: object
) -> None:
    target = tmp_path / "plan.json"
    assert write_bytes_atomic(target, b'{"new": true}') == target
    assert target.read_bytes() == b'{"new": true}'
    assert _mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_a_replaced_file_becomes_private_even_if_it_was_not(
    tmp_path: Path, umask_022: object
) -> None:
    target = tmp_path / "plan.json"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_bytes_atomic(target, b"new")
    assert (target.read_bytes(), _mode(target)) == (b"new", 0o600)


def test_a_writer_that_makes_its_own_file_still_gives_a_private_one(
    tmp_path: Path, umask_022: object
) -> None:
    def recreate(temp: Path) -> None:  # as a library that unlinks and writes anew would
        temp.unlink()
        temp.write_bytes(b"drawn")
        assert _mode(temp) == 0o644

    target = tmp_path / "chart.png"
    write_atomic(target, recreate)
    assert (target.read_bytes(), _mode(target)) == (b"drawn", 0o600)


def test_the_temp_file_keeps_the_suffix_and_sits_beside_the_target(tmp_path: Path) -> None:
    seen: list[Path] = []
    write_atomic(tmp_path / "chart.svg", lambda temp: seen.append(temp) or temp.write_bytes(b"x"))
    [temp] = seen
    assert temp.parent == tmp_path and temp.suffix == ".svg" and temp.name.startswith(".chart.")
    assert not temp.exists()


def test_a_failure_mid_write_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the previous report")

    def half_then_fail(temp: Path) -> None:
        temp.write_bytes(b"the first half of a new rep")
        raise RuntimeError("the writer broke")

    with pytest.raises(RuntimeError, match="the writer broke"):  # not ours to rename
        write_atomic(target, half_then_fail)
    assert target.read_bytes() == b"the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_an_os_error_mid_write_is_a_file_write_error_in_plain_words(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    target.write_bytes(b"old")

    def disk_full(temp: Path) -> None:
        temp.write_bytes(b"part")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(FileWriteError) as caught:
        write_atomic(target, disk_full)
    error = caught.value
    assert isinstance(error, AltitudeError) and isinstance(error, OSError)
    assert str(error).startswith(f"cannot write {target}: the disk is full")
    assert (error.filename, error.errno) == (str(target), errno.ENOSPC)
    assert "\n" not in str(error)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_a_failed_rename_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "plan.json"
    target.write_bytes(b"old")

    def refused(*args: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(FileWriteError, match=r"(?i)permission denied"):
        write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


@pytest.mark.parametrize("where", ["missing", "folder"])
def test_a_target_that_cannot_be_a_file_says_why(tmp_path: Path, where: str) -> None:
    (tmp_path / "folder").mkdir()
    target = tmp_path / "missing" / "plan.json" if where == "missing" else tmp_path / "folder"
    with pytest.raises(FileWriteError) as caught:
        write_bytes_atomic(target, b"x")
    expected = "does not exist" if where == "missing" else "it is a folder"
    assert expected in str(caught.value) and str(target) in str(caught.value)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["folder"]


def test_the_file_then_the_folder_are_fsynced_before_and_after_the_rename(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync file")
        real_fsync(fd)

    def replace(source: str, target: str) -> None:
        events.append("rename")
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    write_bytes_atomic(tmp_path / "plan.json", b"durable")
    assert events == ["fsync file", "rename", "fsync folder"]


def test_a_chosen_error_class_carries_its_own_message(tmp_path: Path) -> None:
    class ChartError(FileWriteError):
        def __str__(self) -> str:
            return f"no chart at {self.path}: {self.reason}"

    with pytest.raises(ChartError, match=r"no chart at .*: the folder .* does not exist"):
        write_bytes_atomic(tmp_path / "no" / "chart.png", b"x", ChartError)


def test_open_private_makes_an_appended_file_private_whatever_the_umask(
    tmp_path: Path, umask_022: object
) -> None:
    path = tmp_path / "made.log"
    os.close(atomic_files.open_private(path, os.O_WRONLY | os.O_APPEND))
    assert _mode(path) == 0o600
    folder = atomic_files.private_folder(tmp_path / "a" / "b")
    assert _mode(folder) == 0o700
