"""resources/altitude.desktop is a valid desktop entry that launches what we ship.

tests/test_packaging_layout.py checks a few of its keys; here the freedesktop.org
validator reads it (desktop-file-validate, Debian's desktop-file-utils), and its Exec and
Icon are checked against the console script, the frozen executable and the icon we ship.
"""

from __future__ import annotations

import configparser
import shutil
import tomllib

import pytest
from pkg_helpers import REPO_ROOT, explain, run

from altitude.paths import resource

pytestmark = pytest.mark.packaging


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(resource("altitude.desktop").read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (apt install desktop-file-utils)",
)
def test_the_validator_accepts_the_desktop_entry() -> None:
    result = run(["desktop-file-validate", resource("altitude.desktop")], cwd=REPO_ROOT)
    assert result.returncode == 0, explain(result)
    assert result.stdout.strip() == "", explain(result)  # not even hints or warnings


def test_exec_is_the_command_we_install_and_build() -> None:
    scripts = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    spec = (REPO_ROOT / "build.spec").read_text(encoding="utf-8")
    command = _entry()["Exec"].split()[0]
    assert command in scripts  # pip puts it on PATH
    assert f'name="{command}"' in spec  # and the frozen app's executable has that name


def test_icon_is_the_app_icon_we_ship() -> None:
    icon = _entry()["Icon"]
    assert "/" not in icon and "." not in icon  # a theme name, looked up by the desktop
    assert resource("icons", f"{icon}.svg").is_file()


def test_entry_names_and_describes_the_app() -> None:
    entry = _entry()
    assert entry["Name"] == "Altitude"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and entry["Keywords"].endswith(";")
    assert entry["Version"] in {"1.0", "1.1", "1.2", "1.3", "1.4"}  # Debian 12's validator
