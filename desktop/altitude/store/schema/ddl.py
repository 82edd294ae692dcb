"""The schema's history: the DDL of each migration, in order. Each block is frozen once it
has shipped: a later change is a new block (and a new migration), never an edit.

Version 1 (migration 0001) creates the tables.

The domain's rules about a single row (hour ranges, shares, the 1-5 factors and 1-7 levels,
enum values, real dates and ISO weeks, required text, a reason for taking a delegation
back) are repeated here as CHECKs, so a bug elsewhere cannot save a plan the app could not
show. Length limits and other tunable policy stay in the domain only. Enum values are
literals on purpose: a new value needs a migration, not a silent change of version 1.
Child rows keep their order in ``position``; their primary key (parent, position) is also
the index for "all children of one parent".
"""

from __future__ import annotations

# A real calendar date written as YYYY-MM-DD. Going through julianday() normalises
# 2026-02-30 to 2026-03-02, so an impossible day does not compare equal (date() alone
# would hand it back unchanged).
_DATE = (
    "({col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(julianday({col})) IS {col})"
)


def _date(col: str) -> str:
    return _DATE.format(col=col)


# Not blank: SQLite's trim() with the usual whitespace (Python's strip() removes a little more).
_BLANKS = "char(32, 9, 10, 13)"


def _filled(col: str) -> str:
    return f"(trim({col}, {_BLANKS}) <> '')"


_WEEK = (
    "(week GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]' AND substr(week, 1, 4) <> '0000'"
    " AND CAST(substr(week, 7, 2) AS INTEGER) BETWEEN 1 AND 53)"
)

DDL_V1 = f"""
CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value ANY NOT NULL,
    CHECK (CASE key
        WHEN 'checkin_weekday' THEN typeof(value) = 'integer' AND value BETWEEN 0 AND 6
        WHEN 'first_day_of_week' THEN typeof(value) = 'integer' AND value BETWEEN 0 AND 6
        WHEN 'theme' THEN typeof(value) = 'text' AND value IN ('system', 'light', 'dark')
        WHEN 'backups_kept' THEN typeof(value) = 'integer' AND value BETWEEN 1 AND 100
        ELSE 1 END)
) STRICT;

CREATE TABLE plan (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    current_role TEXT NOT NULL CHECK {_filled("current_role")},
    new_role TEXT NOT NULL CHECK {_filled("new_role")},
    start_date TEXT NOT NULL CHECK {_date("start_date")},
    horizon_end TEXT NOT NULL CHECK {_date("horizon_end")},
    baseline_share REAL NOT NULL CHECK (baseline_share BETWEEN 0 AND 100),
    target_share REAL NOT NULL CHECK (target_share BETWEEN 0 AND 100),
    tolerance REAL NOT NULL CHECK (tolerance BETWEEN 0 AND 50),
    motive TEXT NOT NULL DEFAULT '',
    CHECK (horizon_end > start_date)
) STRICT;

CREATE TABLE plan_milestones (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    day INTEGER NOT NULL CHECK (day >= 1),
    target_share REAL NOT NULL CHECK (target_share BETWEEN 0 AND 100),
    label TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, position)
) STRICT;

CREATE TABLE plan_identity (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    phrase TEXT NOT NULL CHECK {_filled("phrase")},
    PRIMARY KEY (plan_id, position)
) STRICT;

CREATE TABLE items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL CHECK {_filled("title")},
    notes TEXT NOT NULL DEFAULT '',
    hours REAL NOT NULL CHECK (hours > 0 AND hours <= 100),
    mode TEXT NOT NULL CHECK (mode IN ('execution', 'strategy')),
    leverage INTEGER NOT NULL CHECK (leverage BETWEEN 1 AND 5),
    only_you INTEGER NOT NULL CHECK (only_you BETWEEN 1 AND 5),
    risk INTEGER NOT NULL CHECK (risk BETWEEN 1 AND 5),
    growth INTEGER NOT NULL CHECK (growth BETWEEN 1 AND 5),
    attachment INTEGER NOT NULL CHECK (attachment BETWEEN 1 AND 5),
    decision TEXT NOT NULL DEFAULT 'undecided' CHECK (decision IN
        ('undecided', 'keep', 'delegate', 'coach-then-delegate', 'stop'))
) STRICT;

CREATE TABLE people (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK {_filled("name")},
    role TEXT NOT NULL DEFAULT '',
    growth_goal TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE delegations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    outcome TEXT NOT NULL CHECK {_filled("outcome")},
    item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
    owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    success_measure TEXT NOT NULL DEFAULT '',
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 7),
    cadence_days INTEGER NOT NULL CHECK (cadence_days >= 1),
    next_checkin TEXT CHECK (next_checkin IS NULL OR {_date("next_checkin")}),
    status TEXT NOT NULL CHECK (status IN ('planned', 'handing-over', 'owned', 'taken-back')),
    taken_back_reason TEXT NOT NULL DEFAULT '',
    hours_freed REAL NOT NULL CHECK (hours_freed BETWEEN 0 AND 100),
    started_on TEXT NOT NULL CHECK {_date("started_on")},
    CHECK (status <> 'taken-back' OR {_filled("taken_back_reason")})
) STRICT;
CREATE INDEX delegations_by_item ON delegations(item_id);
CREATE INDEX delegations_by_owner ON delegations(owner_id);

CREATE TABLE delegation_checkins (
    delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    on_date TEXT NOT NULL CHECK {_date("on_date")},
    note TEXT NOT NULL DEFAULT '',
    on_track INTEGER NOT NULL CHECK (on_track IN (0, 1)),
    PRIMARY KEY (delegation_id, position)
) STRICT;

CREATE TABLE delegation_level_plan (
    delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    week INTEGER NOT NULL CHECK (week >= 0),
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 7),
    PRIMARY KEY (delegation_id, position)
) STRICT;

CREATE TABLE delegation_level_history (
    delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    on_date TEXT NOT NULL CHECK {_date("on_date")},
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 7),
    PRIMARY KEY (delegation_id, position)
) STRICT;

CREATE TABLE checkins (
    id INTEGER PRIMARY KEY,
    week TEXT NOT NULL CHECK {_WEEK},
    execution_hours REAL NOT NULL CHECK (execution_hours BETWEEN 0 AND 100),
    strategy_hours REAL NOT NULL CHECK (strategy_hours BETWEEN 0 AND 100),
    note TEXT NOT NULL DEFAULT '',
    CHECK (execution_hours + strategy_hours <= 112)
) STRICT;
CREATE UNIQUE INDEX checkins_by_week ON checkins(week);

CREATE TABLE checkin_item_hours (
    checkin_id INTEGER NOT NULL REFERENCES checkins(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    hours REAL NOT NULL CHECK (hours BETWEEN 0 AND 100),
    PRIMARY KEY (checkin_id, position),
    UNIQUE (checkin_id, item_id)
) STRICT;
CREATE INDEX checkin_item_hours_by_item ON checkin_item_hours(item_id);

CREATE TABLE checkin_answers (
    checkin_id INTEGER NOT NULL REFERENCES checkins(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    prompt TEXT NOT NULL,
    answer TEXT NOT NULL,
    PRIMARY KEY (checkin_id, position)
) STRICT;
"""


# Version 2 (migration 0002): each team member's one-to-one cadence and the date of the last
# one; and the limits the record descriptions state that version 1 left to the domain —
# text lengths (200 for one line, 2,000 for free text), at most 12 identity statements,
# a check-in cadence of at most 365 days — as triggers, because SQLite cannot add a CHECK
# to an existing table without rebuilding it (and a rebuild would cascade-delete children).
_LINE, _TEXT = 200, 2000


def _too_long(lines: tuple[str, ...], texts: tuple[str, ...]) -> str:
    tests = [f"length(NEW.{c}) > {_LINE}" for c in lines]
    tests += [f"length(NEW.{c}) > {_TEXT}" for c in texts]
    return " OR ".join(tests)


def _guard(table: str, name: str, when: str, message: str) -> tuple[str, ...]:
    return tuple(
        f"CREATE TRIGGER {table}_{name}_{event.lower()} BEFORE {event} ON {table}"
        f" WHEN {when} BEGIN SELECT RAISE(ABORT, '{message}'); END"
        for event in ("INSERT", "UPDATE")
    )


_LONG = "CHECK constraint failed: text too long"
# One statement each: executescript() would commit the migration's open transaction.
DDL_V2: tuple[str, ...] = (
    "ALTER TABLE people ADD COLUMN one_to_one_days INTEGER"
    " CHECK (one_to_one_days IS NULL OR one_to_one_days BETWEEN 1 AND 365)",
    "ALTER TABLE people ADD COLUMN last_one_to_one TEXT"
    f" CHECK (last_one_to_one IS NULL OR {_date('last_one_to_one')})",
    *(
        statement
        for guard in (
        _guard("plan", "lengths", _too_long(("current_role", "new_role"), ("motive",)), _LONG),
        _guard("plan_milestones", "lengths", _too_long(("label",), ()), _LONG),
        _guard("plan_identity", "lengths", _too_long(("phrase",), ()), _LONG),
        _guard("plan_identity", "count", "NEW.position >= 12",
               "CHECK constraint failed: at most 12 identity statements"),
        _guard("items", "lengths", _too_long(("title",), ("notes",)), _LONG),
        _guard("people", "lengths", _too_long(("name", "role"), ("growth_goal", "notes")), _LONG),
        _guard("delegations", "lengths",
               _too_long(("outcome",), ("success_measure", "taken_back_reason")), _LONG),
        _guard("delegations", "cadence", "NEW.cadence_days > 365",
               "CHECK constraint failed: cadence_days"),
        _guard("delegation_checkins", "lengths", _too_long((), ("note",)), _LONG),
        _guard("checkins", "lengths", _too_long((), ("note",)), _LONG),
        _guard("checkin_answers", "lengths", _too_long((), ("prompt", "answer")), _LONG),
        )
        for statement in guard
    ),
)  # fmt: skip
