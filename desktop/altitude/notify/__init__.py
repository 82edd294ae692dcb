"""Desktop notifications over the freedesktop Notifications D-Bus interface, through QtDBus.

Transport only: what to say comes from ``altitude.services.reminders``. Local D-Bus (the
session bus, a Unix socket): never a network connection. See ``desktop.py``.
"""

from altitude.notify.desktop import Click, DesktopNotifier, bus_reachable

__all__ = ["Click", "DesktopNotifier", "bus_reachable"]
