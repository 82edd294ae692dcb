"""The data folder and resource lookup, from a checkout, a wheel and a frozen app."""

from __future__ import annotations

import json
import stat
import sys
from pathlib import Path

import pytest

from altitude import paths

REPO_RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --------------------------------------------------------------------------- data folder


def test_default_data_dir_is_the_per_user_data_folder(_isolated_home: Path) -> None:
    folder = paths.data_dir()
    assert folder == _isolated_home / ".local" / "share" / "Altitude"


def test_environment_variable_overrides_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALTITUDE_DATA_DIR", str(tmp_path / "from-env"))
    assert paths.data_dir() == tmp_path / "from-env"


def test_blank_environment_variable_is_ignored(
    _isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALTITUDE_DATA_DIR", "  ")
    assert paths.data_dir() == _isolated_home / ".local" / "share" / "Altitude"


def test_explicit_folder_beats_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALTITUDE_DATA_DIR", str(tmp_path / "from-env"))
    assert paths.data_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert paths.data_dir(str(tmp_path / "as-text")) == tmp_path / "as-text"


def test_data_dir_is_absolute_and_expands_home(
    _isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert paths.data_dir("~/plans") == _isolated_home / "plans"
    monkeypatch.chdir(_isolated_home)
    assert paths.data_dir("relative") == _isolated_home / "relative"


def test_data_dir_does_not_create_anything(tmp_path: Path) -> None:
    paths.data_dir(tmp_path / "not-yet")
    assert not (tmp_path / "not-yet").exists()


def test_database_and_backups_live_inside_the_data_folder(tmp_path: Path) -> None:
    assert paths.database_path(tmp_path) == tmp_path / "altitude.db"
    assert paths.backups_dir(tmp_path) == tmp_path / "backups"
    assert paths.database_path(str(tmp_path)) == tmp_path / "altitude.db"


def test_data_dir_fixture_sets_the_environment(data_dir: Path) -> None:
    assert paths.data_dir() == data_dir


# --------------------------------------------------------------------------- private folders


def test_ensure_private_dir_creates_nested_folders_readable_by_us_alone(tmp_path: Path) -> None:
    folder = paths.ensure_private_dir(tmp_path / "a" / "b")
    assert folder == tmp_path / "a" / "b"
    assert folder.is_dir()
    assert mode_of(folder) == 0o700


def test_ensure_private_dir_tightens_an_existing_folder_of_ours(tmp_path: Path) -> None:
    folder = tmp_path / "loose"
    folder.mkdir()
    folder.chmod(0o755)
    paths.ensure_private_dir(folder)
    assert mode_of(folder) == 0o700


def test_ensure_private_dir_is_idempotent_and_keeps_contents(tmp_path: Path) -> None:
    folder = paths.ensure_private_dir(tmp_path / "data")
    (folder / "altitude.db").write_bytes(b"keep me")
    assert paths.ensure_private_dir(folder) == folder
    assert (folder / "altitude.db").read_bytes() == b"keep me"


def test_ensure_private_dir_refuses_a_file(tmp_path: Path) -> None:
    target = tmp_path / "a-file"
    target.write_text("not a folder")
    with pytest.raises((FileExistsError, NotADirectoryError)):
        paths.ensure_private_dir(target)


# --------------------------------------------------------------------------- resources


def test_resource_is_found_in_the_checkout() -> None:
    prompts = paths.resource("prompts.json")
    assert prompts.is_file()
    assert prompts.resolve() == (REPO_RESOURCES / "prompts.json").resolve()


def test_resource_accepts_nested_parts() -> None:
    assert paths.resource("styles", "light.qss").read_text(encoding="utf-8").strip()


def test_missing_resource_names_what_and_where(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(FileNotFoundError) as caught:
        paths.resource("no-such-file.json")
    message = str(caught.value)
    assert "no-such-file.json" in message
    assert str(REPO_RESOURCES) in message


@pytest.mark.parametrize("bad", [("..", "pyproject.toml"), ("/etc/passwd",)])
def test_resource_names_cannot_escape_the_resources_folder(bad: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="inside resources"):
        paths.resource(*bad)


def _fake_resources(root: Path, marker: str) -> Path:
    root.mkdir(parents=True)
    (root / "prompts.json").write_text(json.dumps({"where": marker}), encoding="utf-8")
    return root


def test_resource_is_found_inside_an_installed_wheel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A wheel holds site-packages/altitude/{paths.py,resources/}; there is no checkout above it.
    package = tmp_path / "site-packages" / "altitude"
    _fake_resources(package / "resources", "wheel")
    monkeypatch.setattr(paths, "_PACKAGE_DIR", package)
    monkeypatch.setattr(paths, "_CHECKOUT_ROOT", tmp_path / "nowhere")
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert paths.resource("prompts.json") == package / "resources" / "prompts.json"
    assert paths.load_json_resource("prompts.json") == {"where": "wheel"}


def test_resource_is_found_inside_a_frozen_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "dist" / "Altitude" / "_internal"
    _fake_resources(bundle / "altitude" / "resources", "frozen")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    # The frozen bundle wins over the checkout this test runs from.
    assert paths.is_frozen()
    assert paths.resource("prompts.json") == bundle / "altitude" / "resources" / "prompts.json"
    assert paths.load_json_resource("prompts.json") == {"where": "frozen"}


def test_not_frozen_in_a_normal_run() -> None:
    assert not paths.is_frozen()


def test_load_json_resource_parses_the_prompts() -> None:
    data = paths.load_json_resource("prompts.json")
    assert isinstance(data["prompts"], list)
    assert all({"id", "text"} <= set(p) for p in data["prompts"])
