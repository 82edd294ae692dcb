"""Reminders that reach a closed app: what is due, in words, and the files that run
``altitude remind`` on the check-in weekday (XDG autostart or a systemd user timer).

Qt-free: the desktop notification itself is sent by ``altitude.notify``.
"""

from altitude.services.reminders.due import Nudge, what_is_due

__all__ = ["Nudge", "what_is_due"]
