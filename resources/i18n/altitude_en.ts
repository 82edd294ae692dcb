<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>v{0} · %n hint(s)</source>
        <translation>
            <numerusform>v{0} · %n hint</numerusform>
            <numerusform>v{0} · %n hints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardCards</name>
    <message numerus="yes">
        <source>In about %n week(s)</source>
        <translation>
            <numerusform>In about 1 week</numerusform>
            <numerusform>In about %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s)</source>
        <translation>
            <numerusform>1 delegation</numerusform>
            <numerusform>%n delegations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionDetail</name>
    <message numerus="yes">
        <source>%n later thought(s).</source>
        <translation>
            <numerusform>1 later thought.</numerusform>
            <numerusform>%n later thoughts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>1 rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message numerus="yes">
        <source>%n check-in(s) due</source>
        <translation>
            <numerusform>1 check-in due</numerusform>
            <numerusform>%n check-ins due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>work came back to you in %n week(s)</source>
        <translation>
            <numerusform>work came back to you in 1 week</numerusform>
            <numerusform>work came back to you in %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relationships</name>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n thing(s) need your attention</source>
        <translation>
            <numerusform>%n thing needs your attention</numerusform>
            <numerusform>%n things need your attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Also %n more thing(s) need you.</source>
        <translation>
            <numerusform> Also %n more thing needs you.</numerusform>
            <numerusform> Also %n more things need you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>{0} of the week on strategy (the last %n week(s)) against {1} planned for day {2}: {3} points, {4}.</source>
        <translation>
            <numerusform>{0} of the week on strategy (the last week) against {1} planned for day {2}: {3} points, {4}.</numerusform>
            <numerusform>{0} of the week on strategy (the last %n weeks) against {1} planned for day {2}: {3} points, {4}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owned by the team now: %n hand-over(s), {0} a week off your desk.</source>
        <translation>
            <numerusform>Owned by the team now: 1 hand-over, {0} a week off your desk.</numerusform>
            <numerusform>Owned by the team now: %n hand-overs, {0} a week off your desk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more part(s) changed</source>
        <translation>
            <numerusform>and 1 more part changed</numerusform>
            <numerusform>and %n more parts changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more are not listed.</source>
        <translation>
            <numerusform>%n more is not listed.</numerusform>
            <numerusform>%n more are not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier review(s), in the app.</source>
        <translation>
            <numerusform>and 1 earlier review, in the app.</numerusform>
            <numerusform>and %n earlier reviews, in the app.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brier score {0} over %n reviewed decision(s): 0 is perfect, always saying 50% scores 0.25.</source>
        <translation>
            <numerusform>Brier score {0} over 1 reviewed decision: 0 is perfect, always saying 50% scores 0.25.</numerusform>
            <numerusform>Brier score {0} over %n reviewed decisions: 0 is perfect, always saying 50% scores 0.25.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n rating(s)</source>
        <translation>
            <numerusform>from 1 rating</numerusform>
            <numerusform>from %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>starts in %n day(s)</source>
        <translation>
            <numerusform>starts in 1 day</numerusform>
            <numerusform>starts in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly check-in(s).</source>
        <translation>
            <numerusform>1 weekly check-in.</numerusform>
            <numerusform>%n weekly check-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegated outcome(s) handing over or owned, freeing {0} a week; {1} taken back.</source>
        <translation>
            <numerusform>1 delegated outcome handing over or owned, freeing {0} a week; {1} taken back.</numerusform>
            <numerusform>%n delegated outcomes handing over or owned, freeing {0} a week; {1} taken back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inventory: {0} a week across %n item(s); once every decision is carried out, {1} execution and {2} strategy remain.</source>
        <translation>
            <numerusform>Inventory: {0} a week across 1 item; once every decision is carried out, {1} execution and {2} strategy remain.</numerusform>
            <numerusform>Inventory: {0} a week across %n items; once every decision is carried out, {1} execution and {2} strategy remain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message numerus="yes">
        <source>%n hand-over(s)</source>
        <translation>
            <numerusform>1 hand-over</numerusform>
            <numerusform>%n hand-overs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message numerus="yes">
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>1 outcome</numerusform>
            <numerusform>%n outcomes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message numerus="yes">
        <source>%n team member(s)</source>
        <translation>
            <numerusform>1 team member</numerusform>
            <numerusform>%n team members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trend</name>
    <message numerus="yes">
        <source>At {0} points a week you reach {1} strategy in {2}, %n week(s) from your latest check-in.</source>
        <translation>
            <numerusform>At {0} points a week you reach {1} strategy in {2}, 1 week from your latest check-in.</numerusform>
            <numerusform>At {0} points a week you reach {1} strategy in {2}, %n weeks from your latest check-in.</numerusform>
        </translation>
    </message>
</context>
</TS>
