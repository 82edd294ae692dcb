"""The one-folder app that `make dist` builds: it runs the commands and the window, finds
its bundled resources, keeps matplotlib's font cache between launches, and leaves out
what the app does not use.

The bundle is built once for this module with ``pyinstaller build.spec`` into a temporary
folder (about a minute); its size is printed and recorded as the ``bundle_mib`` property.
"""

from __future__ import annotations

import importlib.util
import shutil
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
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (pip install -e '.[dev]' brings it)",
    ),
]

MAX_BUNDLE_MIB = 300  # ~240 MiB today; much more means something unwanted got in
BUILD_TIMEOUT_S = 600


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """dist/altitude built from build.spec; yields the folder holding the executable."""
    out = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(REPO_ROOT / "build.spec"), "--noconfirm",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work")],
        cwd=REPO_ROOT, env=user_env(), stdin=subprocess.DEVNULL, capture_output=True,
        text=True, timeout=BUILD_TIMEOUT_S, check=False,
    )  # fmt: skip
    assert result.returncode == 0, explain(result)
    folder = out / "dist" / "altitude"
    yield folder
    shutil.rmtree(out, ignore_errors=True)  # ~240 MiB: don't wait for pytest's cleanup


@pytest.fixture
def exe(bundle: Path) -> Path:
    return bundle / ("altitude.exe" if sys.platform == "win32" else "altitude")


def _size_mib(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def test_bundle_is_one_folder_of_reasonable_size(
    bundle: Path, exe: Path, record_property: pytest.RecordProperty
) -> None:
    assert exe.is_file()
    mib = _size_mib(bundle) / 2**20
    record_property("bundle_mib", round(mib, 1))
    print(f"\nfrozen bundle: {mib:.1f} MiB in {bundle}")
    assert mib < MAX_BUNDLE_MIB


def test_version_and_help_run_without_a_display(exe: Path, tmp_path: Path) -> None:
    version = run([exe, "--version"], cwd=tmp_path, env=user_env(QT_QPA_PLATFORM=""))
    assert version.returncode == 0, explain(version)
    assert version.stdout.strip() == f"altitude {altitude.__version__}"
    helped = run([exe, "status", "--help"], cwd=tmp_path)
    assert helped.returncode == 0 and "usage: altitude" in helped.stdout, explain(helped)


def test_sample_and_status_use_the_bundled_resources(exe: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    created = run([exe, "--data-dir", data, "sample"], cwd=tmp_path)
    assert created.returncode == 0, explain(created)
    assert "Sample plan created: 11 inventory items" in created.stdout
    status = run([exe, "--data-dir", data, "status"], cwd=tmp_path)
    assert status.returncode == 0, explain(status)
    assert "Engineering manager, Payments team" in status.stdout
    assert "strategy" in status.stdout
    assert (data / "altitude.db").is_file()


def test_errors_are_one_line_with_a_non_zero_exit(exe: Path, tmp_path: Path) -> None:
    missing = run([exe, "--data-dir", tmp_path / "d", "import", tmp_path / "nope.json"],
                  cwd=tmp_path)  # fmt: skip
    assert missing.returncode != 0
    assert "nope.json" in missing.stderr and "Traceback" not in missing.stderr


def test_window_opens_offscreen(exe: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run([exe, "--data-dir", data, "sample"], cwd=tmp_path).returncode == 0
    shown = run([exe, "--data-dir", data], cwd=tmp_path, env=user_env(ALTITUDE_QUIT_AFTER="2000"))
    assert shown.returncode == 0, explain(shown)
    assert "window: MainWindow: Altitude" in shown.stdout, explain(shown)
    assert "Traceback" not in shown.stderr, explain(shown)


def test_report_draws_charts_and_keeps_the_font_cache(
    exe: Path, tmp_path: Path, _isolated_home: Path
) -> None:
    """The PDF report needs matplotlib and its fonts. The font cache is built once, in the
    per-user cache folder, and reused by the next launch (not a new temp folder each time)."""
    data = tmp_path / "data"
    assert run([exe, "--data-dir", data, "sample"], cwd=tmp_path).returncode == 0
    first = run([exe, "--data-dir", data, "report", "-o", tmp_path / "one.pdf"], cwd=tmp_path)
    assert first.returncode == 0, explain(first)
    assert (tmp_path / "one.pdf").read_bytes().startswith(b"%PDF-")
    caches = list((_isolated_home / ".cache" / "Altitude" / "matplotlib").glob("fontlist-*.json"))
    assert len(caches) == 1, explain(first)
    built = caches[0].stat().st_mtime_ns
    second = run([exe, "--data-dir", data, "report", "-o", tmp_path / "two.pdf"], cwd=tmp_path)
    assert second.returncode == 0, explain(second)
    assert caches[0].stat().st_mtime_ns == built  # reused, not rebuilt


def test_bundle_leaves_out_what_the_app_does_not_use(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "altitude" / "resources" / "sample-plan.json").is_file()
    assert (internal / "altitude" / "resources" / "icons" / "altitude.svg").is_file()
    assert (internal / "altitude" / "resources" / "guide" / "index.md").is_file()
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    assert not [n for n in names if "tkinter" in n]
    # The app's compiled translations, and of Qt's only qtbase for the languages it speaks
    # (altitude.ui.language installs them); the .ts sources stay out.
    assert sorted(n for n in names if n.endswith((".qm", ".ts"))) == sorted(
        [f"altitude/resources/i18n/altitude_{lang}.qm" for lang in ("de", "en", "fr")]
        + [f"PySide6/Qt/translations/qtbase_{lang}.qm" for lang in ("de", "fr")]
    )
    plugins = {n.split("/plugins/", 1)[1] for n in names if "/Qt/plugins/" in n}
    if sys.platform.startswith("linux"):
        assert {"platforms/libqxcb.so", "platforms/libqoffscreen.so",
                "iconengines/libqsvgicon.so", "imageformats/libqsvg.so"} <= plugins  # fmt: skip
        dropped = (
            "platforms/libqvnc.so", "platforms/libqeglfs.so", "platformthemes/libqgtk3.so",
            "imageformats/libqjpeg.so", "sqldrivers", "tls", "egldeviceintegrations",
        )  # fmt: skip
        assert not [p for p in plugins if p.startswith(dropped)]


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="needs ldd"
)
def test_every_bundled_library_finds_what_it_links_to(bundle: Path, tmp_path: Path) -> None:
    """Leaving out plugins and the libraries only they used must not break what stays.
    Wayland's own client libraries come with a Wayland desktop, not with the bundle."""
    internal = bundle / "_internal"
    missing = []
    for lib in sorted(internal.rglob("*.so*")):
        if lib.is_symlink() or not lib.is_file():
            continue
        result = run(["ldd", lib], cwd=tmp_path, env=user_env(LD_LIBRARY_PATH=str(internal)))
        for line in result.stdout.splitlines():
            if "not found" in line and "libwayland-" not in line:
                missing.append(f"{lib.relative_to(internal)}: {line.strip()}")
    assert missing == []
