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


# Version 3 (migration 0003): the decision journal and the feedback log (``domain.growth``).
# New tables, so every limit is a CHECK of its own: lengths, ranges, choices, required lines,
# real dates, the at-most counts of options, reviews and feedforward ideas. A link row goes
# with what it links to (ON DELETE CASCADE); an optional reference to a person or a theme
# becomes null (SET NULL), so the entry itself is kept.
def _line(col: str, required: bool = False) -> str:
    filled = f" AND {_filled(col)}" if required else ""
    return f"{col} TEXT NOT NULL CHECK (length({col}) <= {_LINE}{filled})"


def _text(col: str, limit: int = _TEXT) -> str:
    return f"{col} TEXT NOT NULL DEFAULT '' CHECK (length({col}) <= {limit})"


def _day(col: str, optional: bool = False) -> str:
    if optional:
        return f"{col} TEXT CHECK ({col} IS NULL OR {_date(col)})"
    return f"{col} TEXT NOT NULL CHECK {_date(col)}"


def _percent(col: str) -> str:
    return f"{col} INTEGER NOT NULL CHECK ({col} BETWEEN 0 AND 100)"


def _child(table: str, parent: str, parent_table: str, columns: str, most: int = 0) -> str:
    limit = f" AND position < {most}" if most else ""
    return (
        f"CREATE TABLE {table} ("
        f" {parent} INTEGER NOT NULL REFERENCES {parent_table}(id) ON DELETE CASCADE,"
        f" position INTEGER NOT NULL CHECK (position >= 0{limit}), {columns},"
        f" PRIMARY KEY ({parent}, position)) STRICT"
    )


_QUALITY = "IN ('good', 'poor')"

DDL_V3: tuple[str, ...] = (
    "CREATE TABLE journal_entries ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    f" {_line('decision', True)}, {_line('kind', True)},"
    " door TEXT NOT NULL CHECK (door IN ('one-way', 'two-way')),"
    f" {_day('decided_on')}, {_day('review_on')}, {_percent('information')},"
    f" {_line('chosen', True)}, {_line('expected', True)}, {_day('expected_by')},"
    f" {_percent('confidence')}, {_text('rationale', 1000)}, {_text('reverse_if')},"
    f" {_text('premortem')}, {_text('feeling')}, {_day('raised_on', True)},"
    " made_by_id INTEGER REFERENCES people(id) ON DELETE SET NULL,"
    " CHECK (review_on > decided_on), CHECK (expected_by > decided_on),"
    " CHECK (raised_on IS NULL OR raised_on <= decided_on)) STRICT",
    "CREATE INDEX journal_entries_by_maker ON journal_entries(made_by_id)",
    _child("journal_options", "entry_id", "journal_entries", _line("option", True), most=8),
    _child("journal_people", "entry_id", "journal_entries",
           "person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE"),
    "CREATE INDEX journal_people_by_person ON journal_people(person_id)",
    _child("journal_delegations", "entry_id", "journal_entries",
           "delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE"),
    "CREATE INDEX journal_delegations_by_delegation ON journal_delegations(delegation_id)",
    _child("journal_items", "entry_id", "journal_entries",
           "item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE"),
    "CREATE INDEX journal_items_by_item ON journal_items(item_id)",
    _child("journal_reviews", "entry_id", "journal_entries",
           f"{_day('reviewed_on')}, came_true INTEGER NOT NULL CHECK (came_true IN (0, 1)),"
           f" outcome_quality TEXT NOT NULL CHECK (outcome_quality {_QUALITY}),"
           f" process_quality TEXT NOT NULL CHECK (process_quality {_QUALITY}),"
           f" {_text('what_happened')}", most=1),
    _child("journal_hindsight", "entry_id", "journal_entries",
           f"{_day('on_date')}, {_text('note')}"),
    "CREATE TABLE feedback_themes ("
    f" id INTEGER PRIMARY KEY AUTOINCREMENT, {_line('title', True)},"
    " origin TEXT NOT NULL CHECK (origin IN ('identity', 'own'))) STRICT",
    _child("feedback_self_ratings", "theme_id", "feedback_themes",
           f"{_day('on_date')}, rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),"
           " UNIQUE (theme_id, on_date)"),
    "CREATE TABLE feedback_entries ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " source TEXT NOT NULL CHECK (source IN"
    " ('team-member', 'peer', 'boss', 'other-function', 'other')),"
    f" {_day('on_date')}, {_line('response', True)},"
    " person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,"
    f" {_line('name')},"
    " theme_id INTEGER REFERENCES feedback_themes(id) ON DELETE SET NULL,"
    f" {_text('situation')}, {_text('behaviour')}, {_text('impact')}, {_text('ask')},"
    f" {_day('follow_up_on', True)}, {_day('followed_up_on', True)},"
    " rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),"
    " CHECK (follow_up_on IS NULL OR follow_up_on >= on_date),"
    " CHECK (followed_up_on IS NULL OR followed_up_on >= on_date)) STRICT",
    "CREATE INDEX feedback_entries_by_person ON feedback_entries(person_id)",
    "CREATE INDEX feedback_entries_by_theme ON feedback_entries(theme_id)",
    _child("feedback_feedforward", "feedback_id", "feedback_entries", _line("idea", True), most=2),
)  # fmt: skip


# Version 4 (migration 0004): time import's remembered sources, the classifying rules (in
# the user's order: ``position``), and what each imported week showed (``domain.worktime.
# stored``); and the settings it reads (zone, addresses, focus words), the two review rules
# of thumb and the report's sections. A short list of words or addresses, read and written
# whole and never queried by element, is one JSON array; a trigger checks each element
# (a CHECK cannot read json_each). Settings rows gain their limits by trigger too: the
# settings table's CHECK is version 1's and a table cannot take a new CHECK in place.
_BLANK_CHARS = "char(32, 9, 10, 13)"


def _json_lines(value: str, most: int, longest: int, least: int = 0, among: str = "") -> str:
    """When the JSON array ``value`` breaks a limit: not an array of at least ``least`` and at
    most ``most`` texts, each filled, without blanks at its ends, at most ``longest`` long
    (and one of ``among``, each once, when given)."""
    each = (
        f"e.type <> 'text' OR length(e.value) > {longest}"
        f" OR trim(e.value, {_BLANK_CHARS}) = '' OR trim(e.value, {_BLANK_CHARS}) <> e.value"
    )
    if among:
        each += f" OR e.value NOT IN ({among})"
    test = (
        f"typeof({value}) <> 'text' OR NOT json_valid({value})"  # noqa: S608 - this file's names
        f" OR json_type({value}) <> 'array'"
        f" OR json_array_length({value}) NOT BETWEEN {least} AND {most}"
        f" OR EXISTS (SELECT 1 FROM json_each({value}) AS e WHERE {each})"
    )
    if among:
        test += (
            f" OR (SELECT count(DISTINCT value) FROM json_each({value}))"  # noqa: S608
            f" <> json_array_length({value})"
        )
    return test


def _settings_guard(key: str, bad: str) -> tuple[str, ...]:
    return _guard(
        "settings", key, f"NEW.key = '{key}' AND ({bad})",
        f"CHECK constraint failed: settings {key}",
    )  # fmt: skip


def _json_guard(table: str, col: str, most: int, longest: int, least: int = 0) -> tuple[str, ...]:
    bad = _json_lines(f"NEW.{col}", most, longest, least)
    return _guard(table, col, bad, f"CHECK constraint failed: {table}.{col}")


def _whole(bad_low: int, high: int) -> str:
    return f"typeof(NEW.value) <> 'integer' OR NEW.value NOT BETWEEN {bad_low} AND {high}"


_SECTIONS = "'plan', 'charts', 'inventory', 'delegations', 'decisions', 'feedback'"
_HOURS_168 = "REAL NOT NULL CHECK ({col} BETWEEN 0 AND 168)"

DDL_V4: tuple[str, ...] = (
    "CREATE TABLE time_sources ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    f" name TEXT NOT NULL CHECK (length(name) <= 60 AND {_filled('name')}),"
    " kind TEXT NOT NULL CHECK (kind IN ('ics', 'toggl', 'clockify', 'timewarrior', 'harvest')),"
    f" path TEXT NOT NULL UNIQUE CHECK (length(path) <= 4096 AND {_filled('path')}),"
    " zone TEXT NOT NULL DEFAULT '' CHECK (length(zone) <= 64),"
    " me TEXT NOT NULL DEFAULT '[]',"
    " date_order TEXT NOT NULL DEFAULT '' CHECK (date_order IN ('', 'dmy', 'mdy', 'ymd')),"
    f" last_read TEXT CHECK (last_read IS NULL OR {_date('last_read')})) STRICT",
    *_json_guard("time_sources", "me", most=20, longest=254),
    "CREATE TABLE time_rules ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " position INTEGER NOT NULL UNIQUE CHECK (position BETWEEN 0 AND 499),"
    " words TEXT NOT NULL,"
    " mode TEXT NOT NULL CHECK (mode IN ('execution', 'strategy', 'ignore')),"
    " item_id INTEGER REFERENCES items(id) ON DELETE SET NULL) STRICT",
    "CREATE INDEX time_rules_by_item ON time_rules(item_id)",
    *_json_guard("time_rules", "words", most=30, longest=80, least=1),
    "CREATE TABLE imported_time ("
    " id INTEGER PRIMARY KEY,"
    f" week TEXT NOT NULL UNIQUE CHECK {_WEEK},"
    " source_id INTEGER REFERENCES time_sources(id) ON DELETE SET NULL,"
    + ",".join(
        " " + col + " " + _HOURS_168.format(col=col)
        for col in ("counted_hours", "meeting_hours", "short_block_hours",
                    "focus_kept_hours", "focus_lost_hours")
    )
    + ", CHECK (meeting_hours <= counted_hours), CHECK (short_block_hours <= counted_hours)"
    ") STRICT",
    "CREATE INDEX imported_time_by_source ON imported_time(source_id)",
    _child("imported_item_hours", "imported_id", "imported_time",
           "item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,"
           " hours REAL NOT NULL CHECK (hours BETWEEN 0 AND 100),"
           " UNIQUE (imported_id, item_id)"),
    "CREATE INDEX imported_item_hours_by_item ON imported_item_hours(item_id)",
    *_settings_guard("time_zone", "typeof(NEW.value) <> 'text' OR length(NEW.value) > 64"),
    *_settings_guard("my_addresses", _json_lines("NEW.value", most=20, longest=254)),
    *_settings_guard("focus_words", _json_lines("NEW.value", most=30, longest=80)),
    *_settings_guard("two_way_review_days", _whole(1, 365)),
    *_settings_guard("one_way_review_days", _whole(1, 730)),
    *_settings_guard(
        "report_sections", _json_lines("NEW.value", most=6, longest=20, least=1, among=_SECTIONS)
    ),
)  # fmt: skip


# Version 5 (migration 0005): thinking in arcs (``domain.arcs``) — the narrative's versions
# with the things ruled out, the actions and each action's links to items and delegations
# (grandchild tables keyed by the version, the action's position and their own); the people
# beyond the team with their contacts and the boss's five conversations (at most one boss:
# a partial unique index); the functions with their touches; one review per milestone day.
# A link row goes with what it links to (ON DELETE CASCADE, like the journal's); a
# function's ``learn_from_id`` becomes null when the person goes (SET NULL), the function is
# kept. The plan gains the wizard's situation and role family. The report gains five
# sections: the settings' trigger is made again with them, and a choice that held every
# earlier section is made every section (``entities.REPORT_SECTIONS_V4``). Inside json_each
# the column is named ``settings.value``: a bare ``value`` would be json_each's own.
_STANCES = "'supporter', 'convincible', 'opponent', 'unknown'"
_TOPICS = "'situation', 'expectations', 'resources', 'style', 'personal development'"
_SITUATIONS = "'start-up', 'turnaround', 'accelerated-growth', 'realignment', 'sustaining-success'"
_SECTIONS_V5 = f"{_SECTIONS}, 'narrative', 'relationships', 'functions', 'reviews', 'boss'"
_ALL_SECTIONS_V5 = (
    '["plan", "charts", "inventory", "delegations", "decisions", "feedback",'
    ' "narrative", "relationships", "functions", "reviews", "boss"]'
)


def _score(col: str) -> str:
    return f"{col} INTEGER NOT NULL CHECK ({col} BETWEEN 1 AND 5)"


def _share(col: str) -> str:
    return f"{col} REAL CHECK ({col} IS NULL OR {col} BETWEEN 0 AND 100)"


def _action_link(table: str, col: str, target: str) -> str:
    return (
        f"CREATE TABLE {table} ("
        " version_id INTEGER NOT NULL, action_position INTEGER NOT NULL,"
        " position INTEGER NOT NULL CHECK (position >= 0),"
        f" {col} INTEGER NOT NULL REFERENCES {target}(id) ON DELETE CASCADE,"
        " PRIMARY KEY (version_id, action_position, position),"
        " FOREIGN KEY (version_id, action_position)"
        " REFERENCES narrative_actions(version_id, position) ON DELETE CASCADE) STRICT"
    )


DDL_V5: tuple[str, ...] = (
    "CREATE TABLE narrative_versions ("
    f" id INTEGER PRIMARY KEY AUTOINCREMENT, {_day('written_on')},"
    f" {_text('diagnosis')}, {_text('guiding_policy')}, {_text('press_release')},"
    f" {_day('release_on', True)}) STRICT",
    _child("narrative_will_not", "version_id", "narrative_versions", _line("will_not", True),
           most=10),
    _child("narrative_actions", "version_id", "narrative_versions", _line("action", True)),
    _action_link("narrative_action_items", "item_id", "items"),
    "CREATE INDEX narrative_action_items_by_item ON narrative_action_items(item_id)",
    _action_link("narrative_action_delegations", "delegation_id", "delegations"),
    "CREATE INDEX narrative_action_delegations_by_delegation"
    " ON narrative_action_delegations(delegation_id)",
    "CREATE TABLE stakeholders ("
    f" id INTEGER PRIMARY KEY AUTOINCREMENT, {_line('name', True)}, {_line('role')},"
    f" {_line('function')}, {_score('influence')}, {_score('interest')},"
    f" stance TEXT NOT NULL CHECK (stance IN ({_STANCES})), {_score('trust')},"
    " contact_days INTEGER CHECK (contact_days IS NULL OR contact_days BETWEEN 1 AND 365),"
    " is_boss INTEGER NOT NULL CHECK (is_boss IN (0, 1)),"
    f" {_text('owe_them')}, {_text('owe_me')}) STRICT",
    "CREATE UNIQUE INDEX stakeholders_one_boss ON stakeholders(is_boss) WHERE is_boss = 1",
    _child("stakeholder_contacts", "stakeholder_id", "stakeholders",
           f"{_day('on_date')}, {_text('note')}"),
    _child("stakeholder_conversations", "stakeholder_id", "stakeholders",
           f"topic TEXT NOT NULL CHECK (topic IN ({_TOPICS})), {_day('held_on')},"
           f" {_text('agreed')}"),
    "CREATE TABLE business_functions ("
    f" id INTEGER PRIMARY KEY AUTOINCREMENT, {_line('name', True)},"
    f" {_text('measured_on')}, {_text('how_we_move_it')},"
    " learn_from_id INTEGER REFERENCES stakeholders(id) ON DELETE SET NULL,"
    f" {_text('still_unclear')}, {_score('could_explain')}) STRICT",
    "CREATE INDEX business_functions_by_teacher ON business_functions(learn_from_id)",
    _child("function_touches", "function_id", "business_functions",
           f"{_day('on_date')}, {_text('note')}"),
    "CREATE TABLE milestone_reviews ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " milestone_day INTEGER NOT NULL UNIQUE CHECK (milestone_day >= 1),"
    f" {_day('held_on')}, {_share('actual_share')}, {_share('planned_share')},"
    f" {_text('keep')}, {_text('stop')}, {_text('start')}, {_text('adjustment')},"
    f" {_text('boss_needs')}) STRICT",
    "ALTER TABLE plan ADD COLUMN situation TEXT"
    f" CHECK (situation IS NULL OR situation IN ({_SITUATIONS}))",
    "ALTER TABLE plan ADD COLUMN family TEXT NOT NULL DEFAULT '' CHECK (length(family) <= 60)",
    "DROP TRIGGER settings_report_sections_insert",
    "DROP TRIGGER settings_report_sections_update",
    "UPDATE settings SET value = '" + _ALL_SECTIONS_V5 + "' WHERE key = 'report_sections'"  # noqa: S608 - this file's names
    " AND typeof(value) = 'text' AND json_valid(value) AND json_type(value) = 'array'"
    " AND (SELECT count(DISTINCT e.value) FROM json_each(settings.value) AS e"
    f" WHERE e.value IN ({_SECTIONS})) = 6",
    *_settings_guard(
        "report_sections",
        _json_lines("NEW.value", most=11, longest=20, least=1, among=_SECTIONS_V5),
    ),
)  # fmt: skip
