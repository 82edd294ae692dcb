"""Save a chart to a file, the format chosen by the file's suffix."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from altitude.errors import AltitudeError

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
PNG_DPI = 200


class ExportError(AltitudeError, ValueError):
    """A file name whose suffix is not a chart format we write."""


def export_figure(fig: Figure, path: Path | str) -> Path:
    """Write ``fig`` as PNG (200 dpi), SVG or PDF by ``path``'s suffix; return the path.

    Raises ExportError for any other suffix and OSError when the file can't be written.
    """
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        shown = path.suffix or "a name without a suffix"
        raise ExportError(f"Can't save a chart as {shown}: use .png, .svg or .pdf")
    fig.savefig(
        path,
        format=fmt,
        dpi=PNG_DPI if fmt == "png" else "figure",
        facecolor=fig.get_facecolor(),
        metadata=_metadata(fmt),
    )
    return path


def _metadata(fmt: str) -> dict[str, str | None]:
    # No creation date, so the same chart exports to the same bytes (SVG and PDF).
    if fmt == "svg":
        return {"Date": None}
    if fmt == "pdf":
        return {"CreationDate": None}
    return {}
