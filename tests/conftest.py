"""Shared test harness: headless Qt, a fresh data folder per test, no real user files."""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt or matplotlib: headless Qt, and matplotlib picks PySide6.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_API"] = "pyside6"

# Qt reads some of these once per process, so point them away from the real user's files
# before any test runs; the autouse fixture below repoints them per test.
_SESSION_HOME = tempfile.mkdtemp(prefix="altitude-tests-")
for _name in ("XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = os.path.join(_SESSION_HOME, _name.lower())
    os.makedirs(os.environ[_name], mode=0o700, exist_ok=True)
# One font cache for the whole run (and its subprocesses), built once, not once per test.
os.environ["MPLCONFIGDIR"] = os.path.join(_SESSION_HOME, "matplotlib")
# The app's language follows LANGUAGE/LC_ALL/LC_MESSAGES/LANG (altitude.i18n.language): the
# tests speak English whatever the machine's locale; a test that wants German says so.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

import importlib.util  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
DESKTOP_DIR = REPO_ROOT / "desktop"

# Tests run from a plain checkout too (no editable install needed).
if importlib.util.find_spec("altitude") is None:
    sys.path.insert(0, str(DESKTOP_DIR))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """HOME and the XDG folders point into a temp folder, so platformdirs and QSettings
    never read or write the real user's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.delenv("ALTITUDE_DATA_DIR", raising=False)
    if "PySide6.QtCore" in sys.modules:
        # QSettings caches its folders once per process: repoint them explicitly.
        from PySide6.QtCore import QSettings

        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / ".config"))
    return home


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty data folder; ALTITUDE_DATA_DIR points at it too."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("ALTITUDE_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def logged_folder(tmp_path: Path) -> Iterator[Path]:
    """A data folder whose app log is set up as at start-up (``altitude.app_log``); the
    log is taken down again after the test."""
    from altitude import app_log

    folder = tmp_path / "logged"
    app_log.configure(folder)
    yield folder
    app_log.stop()


RunCli = Callable[..., "subprocess.CompletedProcess[str]"]


@pytest.fixture
def run_cli(data_dir: Path) -> Iterator[RunCli]:
    """Run ``python -m altitude --data-dir DIR *args`` in a subprocess.

    Keyword arguments: ``data_dir`` (another folder), ``input`` (text for stdin; stdin is
    empty otherwise), ``env`` (extra environment variables).
    """

    def run(
        *args: str,
        data_dir: Path | None = None,
        input: str | None = None,
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        folder = data_dir if data_dir is not None else default_dir
        child_env = dict(os.environ)
        child_env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(DESKTOP_DIR), os.environ.get("PYTHONPATH", "")) if p
        )
        child_env["QT_QPA_PLATFORM"] = "offscreen"
        child_env["PYTHONIOENCODING"] = "utf-8"
        if env:
            child_env.update(env)
        command = [sys.executable, "-m", "altitude", "--data-dir", str(folder), *args]
        return subprocess.run(
            command,
            input=input,
            stdin=None if input is not None else subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            env=child_env,
            cwd=str(REPO_ROOT),
            check=False,
        )

    default_dir = data_dir
    yield run


@pytest.fixture(scope="session")
def released_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files compiled from the checkout's .ts, as ``make``, the wheel and the frozen
    app build them (a fresh clone has none: they are never committed). Point the app at
    them with ``ALTITUDE_TRANSLATIONS`` (``altitude.ui.language.QM_DIR_ENV``)."""
    out = tmp_path_factory.mktemp("qm")
    script = REPO_ROOT / "freeze" / "translations.py"
    subprocess.run(
        [sys.executable, str(script), "release", str(out)], check=True, capture_output=True
    )
    return out
