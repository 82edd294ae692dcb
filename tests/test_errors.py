"""One error root: every exception class the package defines derives from AltitudeError."""

from __future__ import annotations

import errno
import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import altitude
from altitude.errors import AltitudeError, FileWriteError, plain_reason


def _modules() -> Iterator[str]:
    """Every module of the package, GUI ones included (importing them needs no window)."""
    for info in pkgutil.walk_packages(altitude.__path__, "altitude."):
        yield info.name


def _exception_classes(owner: object, module: str) -> Iterator[type[BaseException]]:
    for _, value in inspect.getmembers(owner, inspect.isclass):
        if value.__module__ != module or value is owner:
            continue
        if issubclass(value, BaseException):
            yield value
        yield from _exception_classes(value, module)  # classes nested in classes


def test_every_exception_class_in_the_package_derives_from_altitude_error() -> None:
    found: dict[str, type[BaseException]] = {}
    names = list(_modules())
    assert len(names) > 150  # the whole package was walked, GUI and all
    for name in names:
        module = importlib.import_module(name)
        for cls in _exception_classes(module, name):
            found[f"{name}.{cls.__qualname__}"] = cls
    strays = sorted(name for name, cls in found.items() if not issubclass(cls, AltitudeError))
    assert strays == []
    short = {name.rsplit(".", 1)[-1] for name in found}
    assert {
        "ActionError", "StoreError", "NewerSchemaError", "NotADatabaseError",
        "DamagedDatabaseError", "RecordNotFoundError", "InterchangeError", "ValidationError",
        "WeekError", "ReportError", "ExportError", "_Cancelled", "FileWriteError",
    } <= short  # fmt: skip


def test_the_old_bases_stay_for_code_that_catches_them() -> None:
    from altitude.charts.export import ExportError
    from altitude.charts.report import ReportError
    from altitude.domain.validation import ValidationError
    from altitude.domain.weeks import WeekError
    from altitude.store import RecordNotFoundError
    from altitude.store.interchange.jsonsafe import InterchangeError

    for cls in (ValidationError, WeekError, InterchangeError, ExportError):
        assert issubclass(cls, ValueError)
    assert issubclass(RecordNotFoundError, KeyError)
    assert issubclass(ReportError, OSError) and issubclass(ReportError, FileWriteError)


def test_the_message_is_the_one_line_a_user_reads() -> None:
    from altitude.domain.validation import ValidationError
    from altitude.store import RecordNotFoundError

    invalid = ValidationError({"title": "Give it a title.", "hours": "Too many."})
    assert invalid.message == str(invalid) == "title: Give it a title.; hours: Too many."
    assert invalid.errors == {"title": "Give it a title.", "hours": "Too many."}
    assert RecordNotFoundError("no item 7").message == "no item 7"  # not KeyError's quotes


def test_a_file_write_error_names_the_file_and_the_reason_plainly() -> None:
    error = FileWriteError.from_os_error(Path("/x/plan.json"), OSError(errno.ENOSPC, "No space"))
    assert str(error) == "cannot write /x/plan.json: the disk is full (No space)"
    assert (error.filename, error.strerror, error.errno) == (
        "/x/plan.json",
        "the disk is full (No space)",
        errno.ENOSPC,
    )
    assert plain_reason(OSError(errno.EACCES, "Permission denied")) == "Permission denied"
    assert plain_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
    assert plain_reason(OSError("odd")) == "odd"


def test_altitude_errors_imports_nothing_of_ours() -> None:
    source = Path(inspect.getfile(importlib.import_module("altitude.errors"))).read_text()
    assert "from altitude" not in source and "import altitude" not in source
