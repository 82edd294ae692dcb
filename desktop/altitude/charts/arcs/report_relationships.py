"""The report's relationships: the map, the table of people, the boss's five conversations.

Written only when the ``relationships`` section is asked for. The map is the screen's
builder in the light palette; the table lists the boss first, then the most influential
(``TABLE_ROWS`` at most; the rest counted); what you owe each other follows, then the five
conversations in Watkins' order with when each was last held and what was agreed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from altitude.charts.arcs.stakeholder_map import (
    QUADRANT_NAMES,
    STANCE_NAMES,
    stakeholder_map_figure,
)
from altitude.charts.report_growth import day
from altitude.charts.report_pdf import ReportDocument
from altitude.charts.report_sections import TABLE_ROWS
from altitude.charts.style import Palette
from altitude.domain.arcs.stakeholders import BossTopic, Stakeholder, conversations_held
from altitude.domain.entities import PlanState
from altitude.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from PIL.Image import Image

TOPICS = {  # marked here, translated where written
    BossTopic.SITUATION: QT_TRANSLATE_NOOP("Report", "The situation"),
    BossTopic.EXPECTATIONS: QT_TRANSLATE_NOOP("Report", "Expectations"),
    BossTopic.RESOURCES: QT_TRANSLATE_NOOP("Report", "Resources"),
    BossTopic.STYLE: QT_TRANSLATE_NOOP("Report", "Style"),
    BossTopic.DEVELOPMENT: QT_TRANSLATE_NOOP("Report", "Personal development"),
}


def tr(text: str) -> str:
    return translate("Report", text)


def trn(text: str, n: int) -> str:
    return translate("Report", text, None, n)


def next_due(person: Stakeholder, today: date) -> str:
    due = person.contact_due()
    if due is None:
        return tr("no rhythm")
    if due == date.min:
        return tr("overdue (not in touch yet)")
    return tr("overdue since {0}").format(day(due)) if due < today else day(due)


def ordered(people: tuple[Stakeholder, ...]) -> list[Stakeholder]:
    return sorted(people, key=lambda p: (not p.is_boss, -p.influence, p.name.casefold()))


def relationships(
    doc: ReportDocument,
    state: PlanState,
    today: date,
    light: Palette,
    pixels: Callable[[Figure], Image],
) -> None:
    doc.add_page()
    doc.heading(tr("Relationships"))
    doc.paragraph(
        tr(
            "The people beyond the team whose support the work needs, on the power-interest "
            "grid (Mendelow): colour and shape show their stance, size the trust between us."
        ),
        muted=True,
        size=9,
    )
    doc.figure(pixels(stakeholder_map_figure(state.stakeholders, light, today=today)))
    people = ordered(state.stakeholders)
    rows = [
        (
            tr("{0} (boss)").format(p.name) if p.is_boss else p.name,
            ", ".join(part for part in (p.role, p.function) if part),
            f"{p.influence} / {p.interest}",
            translate_marked("Charts", QUADRANT_NAMES[p.quadrant]),
            translate_marked("Charts", STANCE_NAMES[p.stance]),
            str(p.trust),
            day(p.last_contact) if p.last_contact else tr("not yet"),
            next_due(p, today),
        )
        for p in people[:TABLE_ROWS]
    ]
    doc.table_of(
        (tr("Name"), tr("Role, function"), tr("Influence / interest"), tr("Quadrant"),
         tr("Stance"), tr("Trust"), tr("Last in touch"), tr("Next contact")),
        rows,
        (28, 30, 18, 22, 20, 11, 21, doc.epw - 150),
        size=8,
    )  # fmt: skip
    if len(people) > TABLE_ROWS:
        more = len(people) - TABLE_ROWS
        doc.paragraph(trn("%n more are not listed.", more), muted=True, size=9)
    owed = [(p.name, p.owe_them, p.owe_me) for p in people if p.owe_them or p.owe_me]
    if owed:
        doc.heading(tr("What we owe each other"), 11)
        doc.table_of((tr("Who"), tr("I owe them"), tr("They owe me")), owed[:TABLE_ROWS],
                     (40, (doc.epw - 40) / 2, (doc.epw - 40) / 2))  # fmt: skip
    boss = state.boss()
    if boss is not None:
        _boss(doc, boss)


def _boss(doc: ReportDocument, boss: Stakeholder) -> None:
    doc.heading(tr("The five conversations with {0}").format(boss.name), 11)
    facts = []
    for topic, talk in conversations_held(boss).items():
        if talk is None:
            facts.append((translate_marked("Report", TOPICS[topic]), tr("Not held yet")))
        else:
            agreed = " ".join(talk.agreed.split())
            held = tr("Held {0}").format(day(talk.held_on))
            said = tr("{0}. Agreed: {1}").format(held, agreed) if agreed else held
            facts.append((translate_marked("Report", TOPICS[topic]), said))
    doc.facts(facts)
