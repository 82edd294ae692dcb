"""Calling ``Notify`` with the argument types the spec states (``susssasa{sv}i``).

The PySide6 trap (6.12, pinned by tests/notify/test_typed_call.py): a Python int reaches
D-Bus as ``int32`` in a message's arguments and as ``uint16`` through ``QDBusArgument <<``;
PySide6 has no QVariant to convert, and no ``QDBusArgument(value, type)`` as PyQt has. But
``replaces_id`` is a ``uint32``, and strict servers (GDBus: GNOME, Xfce, dunst; QtDBus: KDE)
refuse a call whose signature differs. ``QMetaObject.invokeMethod`` with ``Q_ARG("uint", 0)``
does marshal a uint32, through a ``QDBusInterface``'s meta-object, which QtDBus builds from
introspection. The server's own introspection leaves ``a{sv}`` as an untyped "raw" type
(no Qt type-name annotation), which invokeMethod can't pass; so this module first lets the
connection introspect *our own* object, which describes the interface with the annotation:
QtDBus caches meta-objects per connection by interface name, and the ``QDBusInterface`` to
the real server then uses ours. Lists and maps pass as ``QStringList``/``QVariantMap``.
"""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusVirtualObject

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
SHAPE_PATH = "/org/altitude/NotificationsShape"  # on our own connection only

# The spec's Notify and its two signals; the annotation names a{sv}'s Qt type.
SHAPE_XML = f"""<interface name="{INTERFACE}">
 <method name="Notify">
  <arg name="app_name" type="s" direction="in"/>
  <arg name="replaces_id" type="u" direction="in"/>
  <arg name="app_icon" type="s" direction="in"/>
  <arg name="summary" type="s" direction="in"/>
  <arg name="body" type="s" direction="in"/>
  <arg name="actions" type="as" direction="in"/>
  <arg name="hints" type="a{{sv}}" direction="in"/>
  <annotation name="org.qtproject.QtDBus.QtTypeName.In6" value="QVariantMap"/>
  <arg name="expire_timeout" type="i" direction="in"/>
  <arg name="id" type="u" direction="out"/>
 </method>
 <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
 <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
</interface>"""


class _Shape(QDBusVirtualObject):
    """Answers only the introspection of the interface's shape; handles no call."""

    def introspect(self, path: str) -> str:
        return SHAPE_XML

    def handleMessage(self, message: object, connection: object) -> bool:  # noqa: N802
        return False


class NotifyCall:
    """``Notify`` on ``bus``, typed as the spec says. Keep the object while calling."""

    def __init__(self, bus: QDBusConnection) -> None:
        self.bus = bus
        self._shape = _Shape()
        if bus.registerVirtualObject(SHAPE_PATH, self._shape):
            # Introspecting ourselves puts the typed meta-object in the connection's cache.
            QDBusInterface(bus.baseService(), SHAPE_PATH, INTERFACE, bus)
        self.interface = QDBusInterface(SERVICE, PATH, INTERFACE, bus)

    def typed(self) -> bool:
        """True when the interface carries our typed Notify (else the call can't be made)."""
        meta = self.interface.metaObject()
        signature = b"Notify(QString,uint,QString,QString,QString,QStringList,QVariantMap,int)"
        return meta.indexOfMethod(signature.decode()) >= 0

    def notify(
        self, app: str, summary: str, body: str, actions: list[str], hints: dict[str, object]
    ) -> int:
        """The notification's id (> 0), or 0 when the server refused or did not answer."""
        if not self.interface.isValid() or not self.typed():
            return 0
        result = QMetaObject.invokeMethod(
            self.interface,
            "Notify",
            Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG("uint"),
            Q_ARG("QString", app),
            Q_ARG("uint", 0),  # replaces_id: a new notification
            Q_ARG("QString", ""),  # app_icon: the desktop-entry hint names ours
            Q_ARG("QString", summary),
            Q_ARG("QString", body),
            Q_ARG("QStringList", actions),
            Q_ARG("QVariantMap", hints),
            Q_ARG("int", -1),  # expire_timeout: the server's default
        )
        return int(result) if isinstance(result, int) else 0

    def error(self) -> str:
        return self.interface.lastError().message()
