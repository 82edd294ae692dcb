#!/usr/bin/env bash
# Screens of the real app under Xvfb in German and French: dashboard, File menu, check-in, wizard.
set -u
cd "$(dirname "$0")/../.."
OUT=${OUT:-docs/i18n}
BIN=.venv/bin
$BIN/python freeze/translations.py release resources/i18n >/dev/null
Xvfb :77 -screen 0 1280x860x24 >/dev/null 2>&1 & XV=$!
sleep 1.5
export DISPLAY=:77 QT_QPA_PLATFORM=xcb
for spec in de:de_DE.UTF-8 fr:fr_FR.UTF-8; do
  l=${spec%%:*}; LANGV=${spec#*:}
  D=$(mktemp -d); E=$(mktemp -d)
  LANG=$LANGV PYTHONPATH=desktop QT_QPA_PLATFORM=offscreen $BIN/python - "$D" <<'PY'
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from altitude.compat.pyside_none_refcount import keep_none_alive
keep_none_alive()
app = QApplication([])
from altitude.ui.language import install_language
from altitude.services import Altitude
folder = Path(sys.argv[1])
install_language(folder)
svc = Altitude.open(folder)
svc.load_sample()
svc.close()
PY
  LANG=$LANGV LC_ALL= LANGUAGE= PYTHONPATH=desktop $BIN/python -m altitude --data-dir "$D" >/dev/null 2>&1 & APP=$!
  sleep 7
  WID=$(xdotool search --sync --onlyvisible --name Altitude | head -1)
  xdotool windowsize $WID 1280 860; xdotool windowmove $WID 0 0; sleep 1.5
  import -window root "$OUT/$l-dashboard.png"
  xdotool mousemove 24 8 click 1; sleep 1.2
  import -window root "$OUT/$l-menu.png"
  xdotool key Escape; sleep 0.5; xdotool mousemove 640 500 click 1; sleep 0.3
  xdotool mousemove 60 33 click 1; sleep 3
  import -window root "$OUT/$l-checkin.png"
  xdotool key Escape; sleep 0.5
  kill $APP; sleep 1; kill -9 $APP 2>/dev/null; wait $APP 2>/dev/null
  LANG=$LANGV LC_ALL= LANGUAGE= PYTHONPATH=desktop $BIN/python -m altitude --data-dir "$E" >/dev/null 2>&1 & APP=$!
  sleep 7
  import -window root "$OUT/$l-wizard.png"
  kill $APP; sleep 1; kill -9 $APP 2>/dev/null; wait $APP 2>/dev/null
  rm -rf "$D" "$E"
done
kill $XV
ls -la $OUT/*.png
