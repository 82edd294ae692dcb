"""Which words in resources/ a user reads, as translatable messages — one rule for both
sides: ``freeze/translations.py`` lists these messages into the ``.ts`` files, and the app
translates the same strings with the same contexts when it reads the files.

- JSON files: the string values at the paths named in ``JSON_TEXTS`` (ids, dates and
  enum codes stay as they are). A role family's ``words`` (job-title words that suggest
  the field) are one comma-separated message, so a language adds its own words.
- Markdown (the guide): one message per block — a paragraph, a heading, a list item, a
  table row — with its hard line breaks joined, so the translator sees whole sentences
  and the page is written back block by block.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any

from altitude.i18n import translate

Translate = Callable[[str, str], str]  # (context, text) -> text

# Context of each JSON resource (families are "families/<id>") and the paths ("[]" for
# every element of a list) whose strings are prose.
JSON_TEXTS: dict[str, tuple[str, ...]] = {
    "catalogue": (
        "identity_statements.[].statement",
        "identity_statements.[].explanation",
        "target_rules_of_thumb.[].label",
        "target_rules_of_thumb.[].source",
        "target_rules_of_thumb.[].caveat",
    ),
    "prompts": ("prompts.[].theme", "prompts.[].text", "boomerang"),
    "families": (
        "name",
        "tasks.[].title",
        "identity.[].statement",
        "identity.[].explanation",
        "outcomes.[]",
    ),
    "sample-plan": (
        "plan.current_role",
        "plan.new_role",
        "plan.milestones.[].label",
        "plan.motive",
        "plan.identity.[]",
        "settings.focus_words.[]",
        "people.[].role",
        "people.[].growth_goal",
        "people.[].notes",
        "items.[].title",
        "items.[].notes",
        "delegations.[].outcome",
        "delegations.[].success_measure",
        "delegations.[].taken_back_reason",
        "delegations.[].checkins.[].note",
        "checkins.[].note",
        "checkins.[].answers.[].prompt",
        "checkins.[].answers.[].answer",
        "decisions.[].decision",
        "decisions.[].chosen",
        "decisions.[].expected",
        "decisions.[].options.[]",
        "decisions.[].rationale",
        "decisions.[].reverse_if",
        "decisions.[].premortem",
        "decisions.[].feeling",
        "decisions.[].reviews.[].what_happened",
        "decisions.[].hindsight.[].note",
        "feedback.themes.[].title",
        "feedback.entries.[].response",
        "feedback.entries.[].situation",
        "feedback.entries.[].behaviour",
        "feedback.entries.[].impact",
        "feedback.entries.[].ask",
        "feedback.entries.[].feedforward.[]",
        "narratives.[].diagnosis",
        "narratives.[].guiding_policy",
        "narratives.[].will_not.[]",
        "narratives.[].actions.[].action",
        "narratives.[].press_release",
        "stakeholders.[].role",
        "stakeholders.[].owe_them",
        "stakeholders.[].owe_me",
        "stakeholders.[].contacts.[].note",
        "stakeholders.[].conversations.[].agreed",
        "functions.[].name",
        "functions.[].measured_on",
        "functions.[].how_we_move_it",
        "functions.[].still_unclear",
        "functions.[].touches.[].note",
        "reviews.[].keep",
        "reviews.[].stop",
        "reviews.[].start",
        "reviews.[].adjustment",
        "reviews.[].boss_needs",
    ),
}
WORDS = "words"  # a family's job-title words: one message, comma-separated
WORDS_NOTE = (
    "Comma-separated words in job titles that suggest this field. Write the words people "
    "use in job titles in your language; the English words are always kept as well."
)


def json_context(kind: str, doc: Any) -> str:
    """``families/<id>`` for a role family, the kind itself for the other files."""
    return f"families/{doc['id']}" if kind == "families" else kind


def _walk(value: Any, path: str, wanted: tuple[str, ...]) -> Iterator[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _walk(inner, f"{path}.{key}" if path else key, wanted)
    elif isinstance(value, list):
        for inner in value:
            yield from _walk(inner, f"{path}.[]" if path else "[]", wanted)
    elif isinstance(value, str) and value.strip() and path in wanted:
        yield value


def json_messages(kind: str, doc: Any) -> list[str]:
    """The prose of one JSON resource, in file order (repeats kept once)."""
    found = list(dict.fromkeys(_walk(doc, "", JSON_TEXTS[kind])))
    if kind == "families" and doc.get(WORDS):
        found.append(", ".join(doc[WORDS]))
    return found


def _rewrite(value: Any, path: str, wanted: tuple[str, ...], say: Callable[[str], str]) -> Any:
    if isinstance(value, dict):
        return {k: _rewrite(v, f"{path}.{k}" if path else k, wanted, say) for k, v in value.items()}
    if isinstance(value, list):
        inner = f"{path}.[]" if path else "[]"
        return [_rewrite(v, inner, wanted, say) for v in value]
    if isinstance(value, str) and value.strip() and path in wanted:
        return say(value)
    return value


def translate_json(kind: str, doc: Any, tr: Translate = translate) -> Any:
    """A copy of ``doc`` with its prose in the app's language. A family keeps its English
    job-title words and adds the translated ones."""
    context = json_context(kind, doc)
    out = _rewrite(copy.deepcopy(doc), "", JSON_TEXTS[kind], lambda s: tr(context, s))
    if kind == "families" and doc.get(WORDS):
        joined = ", ".join(doc[WORDS])
        said = tr(context, joined)
        if said != joined:
            extra = [w.strip().lower() for w in said.split(",") if w.strip()]
            out[WORDS] = list(dict.fromkeys([*doc[WORDS], *extra]))
    return out


# --- Markdown --------------------------------------------------------------------------

_ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
_HEADING = re.compile(r"^#+\s+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
_FENCE = "```"
_CODE = re.compile(r"^(    |\t)")


def _blocks(text: str) -> Iterator[tuple[str, str, str]]:
    """(prefix, body, separator) for each translatable block; everything else (blank
    lines, table rules, code) comes back as a block with an empty body."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip() or _TABLE_RULE.match(line):
            yield line, "", "\n"
            i += 1
            continue
        if _CODE.match(line) and (i == 0 or not lines[i - 1].strip()):
            end = i  # an indented code block: kept as written, never translated
            while end < len(lines) and (_CODE.match(lines[end]) or not lines[end].strip()):
                end += 1
            while end > i and not lines[end - 1].strip():
                end -= 1
            yield "\n".join(lines[i:end]), "", "\n"
            i = end
            continue
        if line.startswith(_FENCE):
            end = i + 1
            while end < len(lines) and not lines[end].startswith(_FENCE):
                end += 1
            yield "\n".join(lines[i : end + 1]), "", "\n"
            i = end + 1
            continue
        heading = _HEADING.match(line)
        if heading or line.lstrip().startswith("|"):
            prefix = heading.group(0) if heading else ""
            yield prefix, line[len(prefix) :], "\n"  # a heading or a table row: one line
            i += 1
            continue
        item = _ITEM.match(line)
        prefix = item.group(0) if item else ""
        body = [line[len(prefix) :].strip()]
        i += 1
        while i < len(lines) and lines[i].strip() and not _ITEM.match(lines[i]):
            if lines[i].startswith("#") or lines[i].lstrip().startswith("|"):
                break
            body.append(lines[i].strip())
            i += 1
        yield prefix, " ".join(body), "\n"


def markdown_messages(text: str) -> list[str]:
    """The blocks of one guide page a translator translates, in page order."""
    return list(dict.fromkeys(body for _, body, _ in _blocks(text) if body.strip()))


def translate_markdown(context: str, text: str, tr: Translate = translate) -> str:
    """``text`` with every block translated (its line breaks joined: Markdown reflows)."""
    parts = [
        prefix + (tr(context, body) if body.strip() else body) for prefix, body, _ in _blocks(text)
    ]
    return "\n".join(parts)
