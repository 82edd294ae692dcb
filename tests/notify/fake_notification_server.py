"""A tiny freedesktop notification server for tests, on whatever session bus it is given.

``python fake_notification_server.py CALLS.jsonl MODE``: owns org.freedesktop.Notifications,
appends each Notify call's arguments to CALLS.jsonl as one JSON line, answers with an id
(a uint32, as the spec says) and then, by MODE: ``click`` emits ActionInvoked(id,
"default"), ``close`` emits NotificationClosed(id, 2), ``quiet`` nothing. Exported with
QtDBus's slot signatures, so a call typed otherwise than ``susssasa{sv}i`` is refused with
UnknownMethod, as strict servers do. Prints ``ready`` once the name is owned.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection

NEXT_ID = 41


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Server(QObject):
    ActionInvoked = Signal("uint", str)  # noqa: N815 - D-Bus names
    NotificationClosed = Signal("uint", "uint")  # noqa: N815

    def __init__(self, calls: Path, mode: str) -> None:
        super().__init__()
        self.calls = calls
        self.mode = mode
        self.next_id = NEXT_ID

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(  # noqa: N802
        self,
        app: str,
        replaces: int,
        icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, object],
        timeout: int,
    ) -> int:
        self.next_id += 1
        ident = self.next_id
        record = {
            "id": ident,
            "app_name": app,
            "replaces_id": replaces,
            "summary": summary,
            "body": body,
            "actions": list(actions),
            "hints": {k: str(v) for k, v in dict(hints).items()},
            "expire_timeout": timeout,
        }
        with self.calls.open("a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")
        if self.mode == "click":
            QTimer.singleShot(200, lambda: self.ActionInvoked.emit(ident, "default"))
        elif self.mode == "close":
            QTimer.singleShot(200, lambda: self.NotificationClosed.emit(ident, 2))
        return ident

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:  # noqa: N802
        return ["actions", "body"]


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    server = Server(Path(sys.argv[1]), sys.argv[2])
    options = (
        QDBusConnection.RegisterOption.ExportAllSlots
        | QDBusConnection.RegisterOption.ExportAllSignals
    )
    if not bus.registerObject("/org/freedesktop/Notifications", server, options):
        return 2
    if not bus.registerService("org.freedesktop.Notifications"):
        return 3
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
