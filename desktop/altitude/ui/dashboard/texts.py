"""What the dashboard's headline cards say, from the Summary and the state.

Each card is a title, a big value and one line of detail, plus a tone: good or worrying
news is said in words or a symbol (✓ ▲ ▼) first; the colour only repeats it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from altitude.domain.entities import Status
from altitude.domain.metrics import Track, format_hours
from altitude.domain.overview import AtAGlance
from altitude.domain.weeks import IsoWeek
from altitude.i18n import formats, settled
from altitude.services import Summary

GOOD, WARN = "good", "warn"


def tr(text: str) -> str:
    return QCoreApplication.translate("DashboardCards", text)


def trn(text: str, n: int) -> str:
    """A count's words: ``%n`` and the plural form for ``n`` (Qt's numerus forms)."""
    return settled(text, n, QCoreApplication.translate("DashboardCards", text, None, n))


@dataclass(frozen=True, slots=True)
class CardText:
    title: str
    value: str
    detail: str
    tone: str = ""  # GOOD, WARN or "" (plain)
    tooltip: str = ""


def short_day(day: date, today: date) -> str:
    """ "7 Dec", with the year only when it is not this year's."""
    return formats.day_month(day) if day.year == today.year else formats.day(day)


def pct(share: float) -> str:
    return formats.percent(share)


def headline(summary: Summary, state: AtAGlance) -> list[CardText]:
    """The six cards, in reading order."""
    return [
        day_card(summary),
        share_card(summary),
        track_card(summary, state),
        projection_card(summary, state),
        freed_card(summary, state),
        due_card(summary, state),
    ]


def day_card(s: Summary) -> CardText:
    title = tr("Your transition")
    if s.day_of_horizon is None or s.horizon_days is None:
        return CardText(title, "—", tr("No plan yet"))
    day, days = s.day_of_horizon, s.horizon_days
    if day < 1:
        return CardText(title, tr("Starts in {0} d").format(1 - day), tr("Day 1 is still ahead"))
    if day > days:
        detail = tr("{0} days past your {1}-day horizon: time to review the plan")
        return CardText(title, tr("Day {0}").format(day), detail.format(day - days, days), WARN)
    left = days - day
    if left == 0:
        detail = tr("Last day of the plan")
    elif left == 1:
        detail = tr("1 day to go")
    else:
        detail = tr("{0} days to go").format(left)
    return CardText(title, tr("Day {0} of {1}").format(day, days), detail)


def share_card(s: Summary) -> CardText:
    if s.last is None:
        return CardText(tr("Strategy last week"), "—", tr("Log your first check-in"))
    if s.last.week == s.week:
        title = tr("Strategy this week")
    elif s.last.week == s.week + -1:
        title = tr("Strategy last week")
    else:
        title = tr("Strategy, latest check-in")
    when = tr("Week of {0}").format(short_day(s.last.week.monday(), s.today))
    detail = (
        when if s.last_target is None else tr("{0} · target {1}").format(when, pct(s.last_target))
    )
    return CardText(title, pct(s.last.strategy_share), detail)


def track_card(s: Summary, state: AtAGlance) -> CardText:
    title = tr("Against the glide path")
    if state.plan is None:
        return CardText(title, "—", tr("Needs a plan"))
    if s.track is None or s.last is None or s.last_target is None:
        return CardText(title, "—", tr("Log a check-in to compare"))
    share, target = s.last.strategy_share, s.last_target
    gap = abs(share - target)
    if s.track is Track.ON_TRACK:
        detail = tr("Within {0} points of the {1} planned").format(
            f"{state.plan.tolerance:g}", pct(target)
        )
        return CardText(title, tr("✓ On track"), detail, GOOD)
    if s.track is Track.AHEAD:
        detail = tr("{0} points above the {1} planned").format(f"{gap:.0f}", pct(target))
        return CardText(title, tr("▲ Ahead"), detail, GOOD)
    detail = tr("{0} points below the {1} planned").format(f"{gap:.0f}", pct(target))
    return CardText(title, tr("▼ Behind"), detail, WARN)


def projection_card(s: Summary, state: AtAGlance) -> CardText:
    plan, p = state.plan, s.projection
    if plan is None or p is None:
        return CardText(tr("Reaching your target"), "—", tr("Needs a plan"))
    title = tr("Reaching {0} strategy").format(pct(plan.target_share))
    if not p.points:
        return CardText(
            title, tr("Not yet known"), tr("Needs three check-ins"), tooltip=p.words.translated()
        )
    if p.reach_week is None:
        why = (
            tr("Share flat or falling lately")
            if p.slope_per_week <= 0
            else tr("More than two years away at this pace")
        )
        return CardText(title, tr("Not at this trend"), why, WARN, p.words.translated())
    monday = p.reach_week.monday()
    if s.last is not None and p.reach_week <= s.last.week:
        when = tr("In the week of {0}").format(short_day(monday, s.today))
        return CardText(title, tr("✓ Reached"), when, GOOD, p.words.translated())
    weeks = p.reach_week - IsoWeek.of(s.today)
    if monday > plan.horizon_end:
        detail = tr("After your plan ends ({0})").format(short_day(plan.horizon_end, s.today))
        tone = WARN
    elif weeks <= 0:
        detail, tone = tr("Projected for this week"), GOOD
    else:
        detail = trn("In about %n week(s)", weeks)
        tone = GOOD
    value = tr("Week of {0}").format(short_day(monday, s.today))
    return CardText(title, value, detail, tone, p.words.translated())


def freed_card(s: Summary, state: AtAGlance) -> CardText:
    title = tr("Freed by delegation")
    handed = [d for d in state.delegations if d.status in (Status.HANDING_OVER, Status.OWNED)]
    value = tr("{0} a week").format(format_hours(s.hours_freed))
    if not handed:
        return CardText(title, value, tr("Hand over an outcome to free time"))
    detail = (
        tr("By 1 outcome handed over")
        if len(handed) == 1
        else tr("By {0} outcomes handed over").format(len(handed))
    )
    return CardText(title, value, detail)


def due_card(s: Summary, state: AtAGlance) -> CardText:
    title = tr("Check-ins due")
    count = int(s.checkin_due) + len(s.delegations_due)
    n = len(s.delegations_due)
    parts = []
    if n:
        parts.append(trn("%n delegation(s)", n))
    if s.checkin_due:
        parts.append(tr("this week's check-in"))
    elif state.checkin(s.week) is not None:
        parts.append(tr("this week's logged ✓"))
    else:
        weekday = s.week.day(state.settings.checkin_weekday)
        day = QLocale().dayName(weekday.isoweekday(), QLocale.FormatType.ShortFormat)
        parts.append(tr("this week's on {0}").format(day))
    missed = len(s.missing_weeks)
    if missed:
        parts.append(
            tr("1 past week missing")
            if missed == 1
            else tr("{0} past weeks missing").format(missed)
        )
    parts[0] = parts[0][:1].upper() + parts[0][1:]
    if count == 0:
        return CardText(title, tr("None"), " · ".join(parts), "" if missed else GOOD)
    return CardText(title, str(count), " · ".join(parts), WARN)
