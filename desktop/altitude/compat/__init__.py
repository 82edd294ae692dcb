"""Workarounds for behaviour of PySide6 and matplotlib that the app must correct.

Each module corrects one upstream behaviour, names the versions it applies to and does
nothing where that behaviour is absent; each has a test in tests/compat that shows the
behaviour is still there in the installed version (so it fails, and says to drop the
workaround, once an upgrade fixes it) and that the workaround corrects it.

- ``pyside_none_refcount``: PySide6 6.12.0 (and later, until a release says otherwise)
  drops a reference to ``None`` each time Qt calls a Python override that returns
  ``None``; on Python 3.11, where ``None`` is mortal, the interpreter then aborts. A
  one-off top-up of the count at start-up; nothing on Python 3.12+ or PySide6 < 6.12.
- ``pyside_sources``: PySide6 6.5 to 6.12.0 reads every later-imported module's source
  with ``inspect.getsource``, keeping ~260 modules' lines (~22 MiB) in ``linecache`` for
  good. The same question answered from the file's bytes; nothing where the check is gone.
- ``mpl_legend_columns``: matplotlib 3.6 to 3.11.2's ``Legend.set_ncols`` records the
  number but does not lay out an existing legend again, so wrapping a too-wide legend did
  nothing. Rebuilds the box of entries through private members (``_ncols``,
  ``_init_legend_box``, ``_set_loc``, ``_loc_real``, ``_loc_used_default``), stepping aside
  where they are missing; and ``add_figure_legend`` does what ``Figure.legend`` does for a
  legend of our own class (the private ``_remove_method``).
- ``mpl_legend_cache``: matplotlib (to 3.11.2) renders a legend's text glyph by glyph at
  every draw; the legend pastes its own pixels on Agg redraws at an unchanged size.

The matplotlib modules import no Qt (the charts use them); the PySide6 ones are for the GUI
and the entry point. Nothing here imports the rest of the app.
"""
