"""The wheel, installed with pip into a fresh virtual environment, works on its own.

tests/test_packaging_layout.py checks what the wheel holds and that an unpacked wheel
finds its resources. This goes one step further, the way a user installs it: pip installs
the wheel (and its `altitude` command) into a new venv, and the command runs from a folder
outside the checkout, with none of the checkout's sources importable.

Offline and fast: the wheel is built with `pip wheel --no-build-isolation` (hatchling from
the test environment), the venv is made without pip, and its dependencies (PySide6,
matplotlib, ...) come from the test environment through a .pth file instead of downloads.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pkg_helpers import REPO_ROOT, explain, run, user_env

import altitude

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("hatchling") is None,
        reason="hatchling is not installed (pip install -e '.[test]' brings it)",
    ),
]

DEPENDENCIES = ("PySide6", "shiboken6", "sqlite_utils", "matplotlib", "platformdirs", "fpdf")


def _bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if sys.platform == "win32" else "bin") / name


def _site_packages(venv: Path) -> Path:
    python = _bin(venv, "python")
    code = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    return Path(subprocess.check_output([str(python), "-c", code], text=True).strip())


def _dependency_dirs() -> list[str]:
    """Where this test run's copies of the runtime dependencies live."""
    dirs: list[str] = []
    for name in DEPENDENCIES:
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin, f"{name} must be installed for this test"
        folder = str(Path(spec.origin).resolve().parent.parent)
        if folder not in dirs:
            dirs.append(folder)
    return dirs


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    work = tmp_path_factory.mktemp("wheel-install")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO_ROOT), "--no-deps",
         "--no-build-isolation", "--no-index", "-w", str(work / "wheels")],
        cwd=work, env=user_env(), capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert built.returncode == 0, explain(built)
    (wheel,) = (work / "wheels").glob("altitude_planner-*.whl")

    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = _site_packages(venv)
    # Dependencies only: the checkout's own sources (an editable install's .pth) stay out,
    # because .pth files in a folder added this way are not read.
    (site / "zz_test_dependencies.pth").write_text("\n".join(_dependency_dirs()) + "\n")
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(_bin(venv, "python")), "install",
         "--no-deps", "--no-index", "--no-cache-dir", str(wheel)],
        cwd=work, env=user_env(), capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert installed.returncode == 0, explain(installed)
    yield venv


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A working folder that is not the checkout."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


def test_the_package_and_its_resources_come_from_the_venv(venv: Path, outside: Path) -> None:
    code = (
        "import json, sys, altitude, altitude.paths as p; print(json.dumps({"
        "'package': altitude.__file__, 'prompts': str(p.resource('prompts.json')),"
        "'icon': str(p.resource('icons', 'altitude.svg')), 'path': sys.path}))"
    )
    result = run([_bin(venv, "python"), "-c", code], cwd=outside)
    assert result.returncode == 0, explain(result)
    found = json.loads(result.stdout)
    site = _site_packages(venv)
    assert Path(found["package"]) == site / "altitude" / "__init__.py"
    assert Path(found["prompts"]) == site / "altitude" / "resources" / "prompts.json"
    assert Path(found["icon"]).is_file() and Path(found["icon"]).is_relative_to(site)
    sources = {REPO_ROOT, REPO_ROOT / "desktop", REPO_ROOT / "resources"}
    assert not [entry for entry in found["path"] if entry and Path(entry).resolve() in sources]


def test_the_altitude_command_reports_its_version(venv: Path, outside: Path) -> None:
    result = run([_bin(venv, "altitude"), "--version"], cwd=outside)
    assert result.returncode == 0, explain(result)
    assert result.stdout.strip() == f"altitude {altitude.__version__}"


def test_sample_then_status_from_the_installed_command(venv: Path, outside: Path) -> None:
    data = outside / "data"
    created = run([_bin(venv, "altitude"), "--data-dir", data, "sample"], cwd=outside)
    assert created.returncode == 0, explain(created)
    assert "Sample plan created" in created.stdout
    status = run([_bin(venv, "altitude"), "--data-dir", data, "status"], cwd=outside)
    assert status.returncode == 0, explain(status)
    assert "Engineering manager, Payments team" in status.stdout
    assert "Hours freed by delegation" in status.stdout


def test_the_installed_command_opens_the_window(venv: Path, outside: Path) -> None:
    data = outside / "data"
    assert run([_bin(venv, "altitude"), "--data-dir", data, "sample"], cwd=outside).returncode == 0
    shown = run(
        [_bin(venv, "altitude"), "--data-dir", data],
        cwd=outside,
        env=user_env(ALTITUDE_QUIT_AFTER="1500"),
    )
    assert shown.returncode == 0, explain(shown)
    assert "window: MainWindow: Altitude" in shown.stdout, explain(shown)


def test_the_installed_app_finds_its_translations_and_qts(venv: Path, outside: Path) -> None:
    """The wheel's .qm files (built by freeze/hatch_qm.py) and Qt's qtbase_de.qm are found
    from the installed package: a German system gets German buttons."""
    code = (
        "from PySide6.QtWidgets import QApplication, QMessageBox\n"
        "app = QApplication([])\n"
        "from altitude.i18n.language import resolve\n"
        "from altitude.ui.language import install_translations\n"
        "for path in install_translations(resolve(None)): print(path)\n"
        "box = QMessageBox(); box.setStandardButtons(QMessageBox.StandardButton.Cancel)\n"
        "print(box.button(QMessageBox.StandardButton.Cancel).text())\n"
    )
    result = run(
        [_bin(venv, "python"), "-c", code],
        cwd=outside,
        env=user_env(LANG="de_DE.UTF-8", LANGUAGE="", LC_ALL="", LC_MESSAGES=""),
    )
    assert result.returncode == 0, explain(result)
    lines = result.stdout.splitlines()
    site = _site_packages(venv)
    assert str(site / "altitude" / "resources" / "i18n" / "altitude_de.qm") in lines
    assert str(site / "altitude" / "resources" / "i18n" / "altitude_en.qm") in lines
    assert any(line.endswith("qtbase_de.qm") for line in lines)
    assert lines[-1] == "Abbrechen"
