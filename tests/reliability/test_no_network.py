"""No network, ever: the main flows run under strace and open no AF_INET/AF_INET6 socket;
and nothing in the package imports a network library (QtNetwork included). The one
exception: the single-instance wake-up may use ``socket``, for Unix sockets only.

pytest-socket would not do: its ``disable_socket()`` does not see Qt's own sockets (a
QTcpServer listened and a QTcpSocket connected under it).
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop" / "altitude"
INET = re.compile(r"\b(socket|connect|bind|sendto)\([^)]*\bAF_INET6?\b")

FORBIDDEN_MODULES = {
    "urllib", "http", "ssl", "socket", "socketserver", "requests", "httpx", "aiohttp",
    "urllib3", "ftplib", "smtplib", "poplib", "imaplib", "nntplib", "telnetlib", "xmlrpc",
    "asyncio", "websocket", "websockets", "webbrowser", "pickle", "marshal", "shelve",
}  # fmt: skip
FORBIDDEN_QT = (
    "PySide6.QtNetwork", "PySide6.QtWebEngine", "PySide6.QtWebSockets", "PySide6.QtHttpServer"
)  # fmt: skip
# The wake-up of the running window is a Unix socket: `import socket` is allowed in that one
# module, and there only these of its names, sockets made only with AF_UNIX (the default
# family is AF_INET), the module never passed around (an alias could reach anything).
SOCKET_ALLOWED_IN = {PACKAGE / "ui" / "single_instance.py"}
SOCKET_NAMES = {"socket", "AF_UNIX", "SOCK_STREAM"}

GUI_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from altitude.services import Altitude
    from altitude.ui.app import application, build_window
    from altitude.ui.backups.dialog import BackupsDialog
    from altitude.ui.single_instance import SingleInstance

    folder = Path(sys.argv[1])
    app = application()
    instance = SingleInstance(folder)
    assert instance.acquire()
    service = Altitude.open(folder)
    window = build_window(service)
    window.show()

    def step(index=0):
        if index < len(window.pages):
            window.show_page(index)
            QTimer.singleShot(250, lambda: step(index + 1))
            return
        dialog = BackupsDialog(window.ctx, window)
        dialog.show()
        QTimer.singleShot(200, finish)

    def finish():
        print("pages:", len(window.pages), flush=True)
        for widget in app.topLevelWidgets():
            widget.close()
        app.quit()

    QTimer.singleShot(300, step)
    app.exec()
    service.close()
    instance.release()
    """
)


def _strace() -> str:
    path = shutil.which("strace")
    if path is None:
        pytest.skip("strace is not installed (CI installs it: see .ci/run)")
    probe = subprocess.run([path, "-f", "-o", os.devnull, "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"strace cannot trace here: {probe.stderr.strip()}")
    return path


def _traced(command: list[str], trace: Path, env: dict[str, str]) -> str:
    result = subprocess.run(
        [_strace(), "-f", "-e", "trace=socket,connect,bind,sendto", "-o", str(trace), *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _env(folder: Path) -> dict[str, str]:
    return dict(
        os.environ,
        PYTHONPATH=str(ROOT / "desktop"),
        QT_QPA_PLATFORM="offscreen",
        QT_API="pyside6",
        ALTITUDE_TODAY="2026-11-23",
        ALTITUDE_DATA_DIR=str(folder),
    )


def _inet_calls(trace: Path) -> list[str]:
    return [line for line in trace.read_text().splitlines() if INET.search(line)]


def test_the_command_line_flows_open_no_network_socket(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    out = tmp_path / "out"
    out.mkdir()
    py = f'"{sys.executable}" -m altitude'
    script = " && ".join(
        [
            f"{py} sample",
            f"{py} status",
            f"{py} checkin --week 2026-W48 --execution 20 --strategy 20",
            f'{py} export -o "{out}/plan.json"',
            f'{py} export --format csv -o "{out}/checkins.csv"',
            f'{py} import --replace "{out}/plan.json"',
            f'{py} report -o "{out}/report.pdf"',
            f"{py} backup",
            f"{py} doctor",
            "echo flows-done",
        ]
    )
    trace = tmp_path / "cli.trace"
    stdout = _traced(["sh", "-c", script], trace, _env(folder))
    assert "flows-done" in stdout
    assert (out / "report.pdf").stat().st_size > 0  # the flows really ran
    assert "exited with 0" in trace.read_text()
    assert _inet_calls(trace) == []


def test_the_app_opens_no_network_socket(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    env = _env(folder)
    subprocess.run(
        [sys.executable, "-m", "altitude", "sample"], env=env, check=True, capture_output=True
    )
    trace = tmp_path / "gui.trace"
    stdout = _traced([sys.executable, "-c", GUI_SCRIPT, str(folder)], trace, env)
    assert re.search(r"pages: [1-9]", stdout), stdout
    text = trace.read_text()
    assert "AF_UNIX" in text  # the trace works: the one-instance server is a local socket
    assert _inet_calls(trace) == []


def _imports(tree: ast.AST) -> list[tuple[str, list[str], int]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, [], node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, [a.name for a in node.names], node.lineno))
    return found


def _is_socket_name(node: ast.AST, name: str | None = None) -> bool:
    """``socket`` (the module), or ``socket.<name>``."""
    if name is None:
        return isinstance(node, ast.Name) and node.id == "socket"
    return isinstance(node, ast.Attribute) and node.attr == name and _is_socket_name(node.value)


def _socket_problems(tree: ast.AST) -> list[tuple[int, str]]:
    """Every use of the ``socket`` module beyond local stream sockets."""
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            aliased = [a for a in node.names if a.name == "socket" and a.asname]
            problems += [(node.lineno, "import socket as")] if aliased else []
        if not _is_socket_name(node):
            continue
        use, above = parents.get(node), None
        if isinstance(use, ast.Attribute):
            above = parents.get(use)
            if use.attr not in SOCKET_NAMES:
                problems.append((node.lineno, f"socket.{use.attr}"))
            elif use.attr == "socket" and isinstance(above, ast.Attribute):
                problems.append((node.lineno, f"socket.socket.{above.attr}"))
            elif use.attr == "socket" and isinstance(above, ast.Call) and above.func is use:
                families = [
                    *above.args[:1],
                    *(k.value for k in above.keywords if k.arg == "family"),
                ]
                if not families or not all(_is_socket_name(f, "AF_UNIX") for f in families):
                    problems.append((node.lineno, "a socket not AF_UNIX"))
        elif not (  # hasattr(socket, "AF_UNIX"): whether this Python has Unix sockets
            isinstance(use, ast.Call)
            and isinstance(use.func, ast.Name)
            and use.func.id == "hasattr"
            and use.args[1:2]
            and isinstance(use.args[1], ast.Constant)
            and use.args[1].value in SOCKET_NAMES
        ):
            problems.append((node.lineno, "the socket module used as a value"))
    return problems


def test_no_network_library_is_imported_anywhere_in_the_package() -> None:
    problems = []
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 20
    for path in files:
        where = path.relative_to(ROOT)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for module, names, line in _imports(tree):
            top = module.split(".")[0]
            local = module == "socket" and not names and path in SOCKET_ALLOWED_IN
            if top in FORBIDDEN_MODULES and not local:
                problems.append(f"{where}:{line}: imports {module}")
            if module.startswith(FORBIDDEN_QT):
                problems.append(f"{where}:{line}: imports {module}")
            if module == "PySide6" and "QtNetwork" in names:
                problems.append(f"{where}:{line}: imports all of QtNetwork")
        if path in SOCKET_ALLOWED_IN:
            problems += [f"{where}:{line}: uses {use}" for line, use in _socket_problems(tree)]
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("eval", "exec", "__import__")
            ):
                problems.append(f"{where}:{node.lineno}: calls {node.func.id}()")
    assert problems == []


def test_the_static_check_would_notice(tmp_path: Path) -> None:
    tree = ast.parse("import urllib.request\nfrom PySide6.QtNetwork import QLocalSocket\n")
    modules = [m for m, _, _ in _imports(tree)]
    assert modules[0].split(".")[0] in FORBIDDEN_MODULES
    assert modules[1].startswith(FORBIDDEN_QT)
    local = "s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\nhasattr(socket, 'AF_UNIX')\n"
    assert _socket_problems(ast.parse(local)) == []
    for inet in (
        "socket.socket(socket.AF_INET, socket.SOCK_STREAM)",
        "socket.socket(family=socket.AF_INET6)",
        "socket.socket()",  # AF_INET by default
        "socket.create_connection(('example.org', 80))",
        "socket.getaddrinfo('example.org', 80)",
        "socket.socket.fromfd(3, 2, 1)",
        "getattr(socket, 'create_connection')",
        "tool = socket",
        "import socket as s",
        "import os, socket as s",
    ):
        assert _socket_problems(ast.parse(inet)), inet
    line = "1234 socket(AF_INET6, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3"
    assert INET.search(line)
    assert not INET.search("1234 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3")
