<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Altitude {0}

An offline transition planner for people stepping from individual contributor into management. Nothing leaves this computer.

Licence: {2}. Free to use, copy, change and share, without warranty; the LICENSE file that comes with Altitude has the full text. Altitude runs on Qt for Python (PySide6), used under the LGPL-3.0.

Your plan and its backups are kept in:
{1}

Help &gt; Altitude guide (F1) explains every screen.</source>
        <translation>Altitude {0}

Ein Offline-Planer für den Übergang von der Fachkraft zur Führungskraft. Nichts verlässt diesen Computer.

Lizenz: {2}. Frei nutzbar, kopierbar, veränderbar und weitergebbar, ohne Gewähr; den vollständigen Text enthält die Datei LICENSE, die mit Altitude kommt. Altitude läuft mit Qt for Python (PySide6), genutzt unter der LGPL-3.0.

Dein Plan und seine Sicherungen liegen hier:
{1}

Hilfe &gt; Altitude-Handbuch (F1) erklärt jede Ansicht.</translation>
    </message>
    <message>
        <source>&amp;About Altitude</source>
        <translation>Ü&amp;ber Altitude</translation>
    </message>
    <message>
        <source>The version, the licence and where your plan is kept</source>
        <translation>Die Version, die Lizenz und wo dein Plan liegt</translation>
    </message>
    <message>
        <source>About Altitude</source>
        <translation>Über Altitude</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Altitude can&apos;t open your plan</source>
        <translation>Altitude kann deinen Plan nicht öffnen</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Redone: {0}</source>
        <translation>Wiederhergestellt: {0}</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>Rückgängig gemacht: {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Gespeichert: {0}</translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation>Rückgängig machen oder Wiederherstellen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>This week&apos;s check-in is due.</source>
        <translation>Der Check-in für diese Woche ist fällig.</translation>
    </message>
    <message>
        <source>Check in with {0} on “{1}” (due {2}).</source>
        <translation>Check-in mit {0} zu „{1}“ (fällig am {2}).</translation>
    </message>
    <message>
        <source>Check in on “{0}” (due {1}).</source>
        <translation>Check-in zu „{0}“ (fällig am {1}).</translation>
    </message>
    <message>
        <source>{0} more delegation check-ins are due: see the Delegation page.</source>
        <translation>{0} weitere Delegations-Check-ins sind fällig: siehe Seite „Delegation“.</translation>
    </message>
    <message>
        <source>No check-in for the weeks of {0} and {1} more.</source>
        <translation>Kein Check-in für die Wochen ab {0} und {1} weitere.</translation>
    </message>
    <message>
        <source>No check-in for the week of {0}.</source>
        <translation>Kein Check-in für die Woche ab {0}.</translation>
    </message>
    <message>
        <source>No check-in for the weeks of {0}.</source>
        <translation>Kein Check-in für die Wochen ab {0}.</translation>
    </message>
    <message>
        <source>Your execution share rose two weeks running: what pulled you back in?</source>
        <translation>Dein operativer Anteil ist zwei Wochen in Folge gestiegen: Was hat dich zurückgezogen?</translation>
    </message>
    <message>
        <source>No one-to-one with {0} logged yet: when do you meet?</source>
        <translation>Noch kein 1:1 mit {0} eingetragen: Wann trefft ihr euch?</translation>
    </message>
    <message>
        <source>Your one-to-one with {0} is due (since {1}).</source>
        <translation>Dein 1:1 mit {0} ist fällig (seit {1}).</translation>
    </message>
    <message>
        <source>Review your decision “{0}” (due {1}).</source>
        <translation>Werte deine Entscheidung „{0}“ aus (fällig am {1}).</translation>
    </message>
    <message>
        <source>{0} more decisions are due for review: see the journal.</source>
        <translation>{0} weitere Entscheidungen warten auf ihre Auswertung: siehe Entscheidungstagebuch.</translation>
    </message>
    <message>
        <source>Follow up with {0} on “{1}” (due {2}).</source>
        <translation>Fasse bei {0} zu „{1}“ nach (fällig am {2}).</translation>
    </message>
    <message>
        <source>Follow up on “{0}” (due {1}).</source>
        <translation>Fasse zu „{0}“ nach (fällig am {1}).</translation>
    </message>
    <message>
        <source>{0} more feedback follow-ups are due: see the feedback log.</source>
        <translation>{0} weitere Feedbacks warten aufs Nachfassen: siehe Feedback-Protokoll.</translation>
    </message>
    <message>
        <source>Delegated work came back to you.</source>
        <translation>Delegierte Arbeit ist zu dir zurückgekommen.</translation>
    </message>
    <message>
        <source>Work that came back, in the week of {0}: {1}</source>
        <translation>Zurückgekommene Arbeit in der Woche ab {0}: {1}</translation>
    </message>
    <message>
        <source>Your day-{0} milestone review is due {1}: book it with your boss.</source>
        <translation>Dein Meilenstein-Rückblick zu Tag {0} ist am {1} fällig: Vereinbare einen Termin mit deiner Führungskraft.</translation>
    </message>
    <message>
        <source>Your day-{0} milestone review is overdue (due {1}): stop and look.</source>
        <translation>Dein Meilenstein-Rückblick zu Tag {0} ist überfällig (fällig {1}): Halte inne und schau zurück.</translation>
    </message>
    <message>
        <source>You have not been in touch with {0} yet.</source>
        <translation>Du hattest noch keinen Kontakt mit {0}.</translation>
    </message>
    <message>
        <source>Be in touch with {0} (due since {1}).</source>
        <translation>Melde dich bei {0} (fällig seit {1}).</translation>
    </message>
    <message>
        <source>{0} more people are overdue a contact: see Relationships.</source>
        <translation>{0} weitere Personen warten auf einen Kontakt: siehe „Beziehungen“.</translation>
    </message>
    <message>
        <source>A month has passed: revisit your strategic narrative (due {0}).</source>
        <translation>Ein Monat ist vergangen: Schau dir dein strategisches Narrativ wieder an (fällig am {0}).</translation>
    </message>
    <message>
        <source>No strategic narrative yet: what is really going on, and what will you do?</source>
        <translation>Noch kein strategisches Narrativ: Was ist wirklich los, und was wirst du tun?</translation>
    </message>
    <message>
        <source>You have not worked with {0} yet.</source>
        <translation>Du hast noch nicht mit {0} zusammengearbeitet.</translation>
    </message>
    <message>
        <source>You have not worked with {0} since {1}.</source>
        <translation>Du hast seit {1} nicht mehr mit {0} zusammengearbeitet.</translation>
    </message>
    <message>
        <source>{0} more functions are untouched for 60 days: see Functions.</source>
        <translation>{0} weitere Fachbereiche seit 60 Tagen ohne Kontakt: siehe „Fachbereiche“.</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>✓ Nothing needs your attention this week.</source>
        <translation>✓ Diese Woche braucht nichts deine Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Log this week&apos;s check-in</source>
        <translation>Check-in dieser Woche eintragen</translation>
    </message>
    <message>
        <source>Hours, delegations due and a reflection (Ctrl+K)</source>
        <translation>Stunden, fällige Delegationen und eine Reflexion (Strg+K)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <source>Before a new plan</source>
        <translation>Vor einem neuen Plan</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Altitude backs up your plan once a day and before every import, restore, upgrade or new plan, keeping the newest {0}. They are in {1}.</source>
        <translation>Altitude sichert deinen Plan einmal täglich und vor jedem Import, jeder Wiederherstellung, jedem Update und jedem neuen Plan; die neuesten {0} werden behalten. Sie liegen in {1}.</translation>
    </message>
    <message>
        <source>Unreadable: {0}</source>
        <translation>Nicht lesbar: {0}</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Kein Plan</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Gesichert nach {0}</translation>
    </message>
    <message>
        <source>Replace your plan with the backup from {0} ({1} check-ins)? Your plan as it is now is backed up first, and this cannot be undone with Edit &gt; Undo.</source>
        <translation>Deinen Plan durch die Sicherung vom {0} ({1} Check-ins) ersetzen? Dein jetziger Plan wird vorher gesichert, und das lässt sich nicht mit Bearbeiten &gt; Rückgängig aufheben.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restored the backup from {0}</source>
        <translation>Sicherung vom {0} wiederhergestellt</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
</context>
<context>
    <name>Boomerang</name>
    <message>
        <source>You spent {0} on {1}, delegated to {2} in the week of {3}.</source>
        <translation>Du hast {0} mit „{1}“ verbracht, das du in der Woche ab {3} an {2} delegiert hattest.</translation>
    </message>
</context>
<context>
    <name>BugHook</name>
    <message>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Something went wrong inside Altitude: this is a bug. Every change saved so far is kept, and you can carry on working.</source>
        <translation>In Altitude ist etwas schiefgegangen: Das ist ein Programmfehler. Alles, was bisher gespeichert wurde, bleibt erhalten, und du kannst weiterarbeiten.</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>Loading chart…</source>
        <translation>Diagramm wird geladen…</translation>
    </message>
    <message>
        <source>Save chart as PNG / SVG / PDF…</source>
        <translation>Diagramm als PNG / SVG / PDF speichern…</translation>
    </message>
    <message>
        <source>This chart could not be drawn.</source>
        <translation>Dieses Diagramm konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Can&apos;t save a chart as {0}: use .png, .svg or .pdf.</source>
        <translation>Ein Diagramm lässt sich nicht als {0} speichern: Nimm .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <source>Chart saved to {0}</source>
        <translation>Diagramm gespeichert unter {0}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Add the functions you work with
to see how often you meet each one</source>
        <translation>Füge die Fachbereiche hinzu, mit denen du arbeitest,
um zu sehen, wie oft du mit jedem zu tun hast</translation>
    </message>
    <message>
        <source>Times you worked with each function, by month</source>
        <translation>Wie oft du mit jedem Fachbereich gearbeitet hast, nach Monat</translation>
    </message>
    <message>
        <source>No time with another function logged in these months yet</source>
        <translation>In diesen Monaten noch keine Zeit mit einem anderen Fachbereich eingetragen</translation>
    </message>
    <message>
        <source>{0} (the last {1})</source>
        <translation>{0} (die letzten {1})</translation>
    </message>
    <message>
        <source>The arc: each version of your narrative</source>
        <translation>Der Bogen: jede Fassung deines Narrativs</translation>
    </message>
    <message>
        <source>Hours a week on its actions</source>
        <translation>Stunden pro Woche für ihre Maßnahmen</translation>
    </message>
    <message>
        <source>Write your narrative to start its arc</source>
        <translation>Schreib dein Narrativ, damit sein Bogen beginnt</translation>
    </message>
    <message>
        <source>v{0} · no hints</source>
        <translation>v{0} · keine Hinweise</translation>
    </message>
    <message numerus="yes">
        <source>v{0} · %n hint(s)</source>
        <translation>
            <numerusform>v{0} · %n Hinweis</numerusform>
            <numerusform>v{0} · %n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>plan starts</source>
        <translation>Planstart</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>Planende</translation>
    </message>
    <message>
        <source>Who matters to your work: influence and interest</source>
        <translation>Wer für deine Arbeit zählt: Einfluss und Interesse</translation>
    </message>
    <message>
        <source>Add the people beyond your team
to see them on the map</source>
        <translation>Füge die Menschen außerhalb deines Teams hinzu,
um sie auf der Karte zu sehen</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Unterstützend</translation>
    </message>
    <message>
        <source>Convincible</source>
        <translation>Überzeugbar</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Ablehnend</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Eng einbinden</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Zufriedenstellen</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Informiert halten</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>your boss</source>
        <translation>deine Führungskraft</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Interest in your work  (1 low to 5 high)</source>
        <translation>Interesse an deiner Arbeit  (1 gering bis 5 hoch)</translation>
    </message>
    <message>
        <source>Influence  (1 to 5)</source>
        <translation>Einfluss  (1 bis 5)</translation>
    </message>
    <message>
        <source>Colour and shape: their stance · size: the trust between you</source>
        <translation>Farbe und Form: ihre Haltung · Größe: das Vertrauen zwischen euch</translation>
    </message>
    <message>
        <source>Delegate an outcome to see the hours it frees</source>
        <translation>Delegiere ein Ergebnis, um die frei werdenden Stunden zu sehen</translation>
    </message>
    <message>
        <source>Hours a week freed</source>
        <translation>Frei gewordene Stunden pro Woche</translation>
    </message>
    <message>
        <source>{0} a week</source>
        <translation>{0} pro Woche</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>taken back: {0}</source>
        <translation>zurückgenommen: {0}</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>Hours freed by delegation</source>
        <translation>Durch Delegation frei gewordene Stunden</translation>
    </message>
    <message>
        <source>Review decisions to see your calibration</source>
        <translation>Werte Entscheidungen aus, um deine Kalibrierung zu sehen</translation>
    </message>
    <message>
        <source>Log decisions to see how many your team makes</source>
        <translation>Halte Entscheidungen fest, um zu sehen, wie viele dein Team trifft</translation>
    </message>
    <message>
        <source>Perfect calibration</source>
        <translation>Perfekte Kalibrierung</translation>
    </message>
    <message>
        <source>Your decisions (hollow: under 5 in the bin, still wobbly)</source>
        <translation>Deine Entscheidungen (leer: unter 5 im Bereich, noch wackelig)</translation>
    </message>
    <message>
        <source>How confident you were (%)</source>
        <translation>Wie sicher du warst (%)</translation>
    </message>
    <message>
        <source>How many came true (%)</source>
        <translation>Wie viele eingetroffen sind (%)</translation>
    </message>
    <message>
        <source>Calibration: the number by each point is how many decisions</source>
        <translation>Kalibrierung: Die Zahl an jedem Punkt ist die Anzahl der Entscheidungen</translation>
    </message>
    <message>
        <source>Made by your team (%)</source>
        <translation>Von deinem Team getroffen (%)</translation>
    </message>
    <message>
        <source>Decisions your team made, by month</source>
        <translation>Entscheidungen deines Teams, nach Monat</translation>
    </message>
    <message>
        <source>Add a theme and rate yourself to compare your view with others&apos;</source>
        <translation>Lege ein Thema an und schätz dich ein, um deine Sicht mit der anderer zu vergleichen</translation>
    </message>
    <message>
        <source>Rate yourself on a theme to start this chart</source>
        <translation>Schätz dich zu einem Thema ein, um dieses Diagramm zu beginnen</translation>
    </message>
    <message>
        <source>Your own rating</source>
        <translation>Deine Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Their ratings</source>
        <translation>Bewertungen anderer</translation>
    </message>
    <message>
        <source>Their average so far</source>
        <translation>Ihr bisheriger Durchschnitt</translation>
    </message>
    <message>
        <source>Log a check-in to see your weekly hours</source>
        <translation>Trag einen Check-in ein, um deine Wochenstunden zu sehen</translation>
    </message>
    <message>
        <source>Hours in the week</source>
        <translation>Stunden in der Woche</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>Add what you do today to see it weighed</source>
        <translation>Trag ein, was du heute tust, um es abgewogen zu sehen</translation>
    </message>
    <message>
        <source>Keep: only you, high leverage</source>
        <translation>Behalten: nur du, großer Hebel</translation>
    </message>
    <message>
        <source>Stop?</source>
        <translation>Weglassen?</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Leverage when you do it yourself  (1 low to 5 high)</source>
        <translation>Hebel, wenn du es selbst tust  (1 gering bis 5 hoch)</translation>
    </message>
    <message>
        <source>Only you can do it  (1 to 5)</source>
        <translation>Nur du kannst es  (1 bis 5)</translation>
    </message>
    <message>
        <source>What you do, weighed</source>
        <translation>Was du tust, abgewogen</translation>
    </message>
    <message>
        <source>Colour: decision · bubble size: hours a week</source>
        <translation>Farbe: Entscheidung · Blasengröße: Stunden pro Woche</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Delegate the outcome</source>
        <translation>Ergebnis delegieren</translation>
    </message>
    <message>
        <source>Coach then delegate</source>
        <translation>Erst coachen, dann delegieren</translation>
    </message>
    <message>
        <source>Stop doing</source>
        <translation>Nicht mehr tun</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Log your first check-in to see your trajectory</source>
        <translation>Trag deinen ersten Check-in ein, um deinen Verlauf zu sehen</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Operativ</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategisch</translation>
    </message>
    <message>
        <source>Share of the week</source>
        <translation>Anteil der Woche</translation>
    </message>
    <message>
        <source>Strategy share of your week</source>
        <translation>Strategieanteil deiner Woche</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Not at this trend</source>
        <translation>Nicht bei diesem Trend</translation>
    </message>
    <message>
        <source>Tolerance ±{0} pts</source>
        <translation>Toleranz ±{0} Punkte</translation>
    </message>
    <message>
        <source>Glide path</source>
        <translation>Zielpfad</translation>
    </message>
    <message>
        <source>Day {0}
{1}</source>
        <translation>Tag {0}
{1}</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Target reached in the week of {0}</source>
        <translation>Ziel erreicht in der Woche vom {0}</translation>
    </message>
    <message>
        <source>Target reached ~week of {0} at this trend</source>
        <translation>Ziel bei diesem Trend etwa in der Woche vom {0} erreicht</translation>
    </message>
    <message>
        <source>Trajectory chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>Right-click to save the chart as PNG, SVG or PDF</source>
        <translation>Rechtsklick speichert das Diagramm als PNG, SVG oder PDF</translation>
    </message>
    <message>
        <source>Hours freed by delegation chart</source>
        <translation>Diagramm der durch Delegation frei gewordenen Stunden</translation>
    </message>
    <message>
        <source>Weighing matrix chart</source>
        <translation>Diagramm der Abwägungsmatrix</translation>
    </message>
    <message>
        <source>Click a bubble to weigh its item; right-click to save the chart</source>
        <translation>Klick auf eine Blase, um die Tätigkeit abzuwägen; Rechtsklick speichert das Diagramm</translation>
    </message>
</context>
<context>
    <name>CheckinDelegations</name>
    <message>
        <source>Success: {0}</source>
        <translation>Erfolg: {0}</translation>
    </message>
    <message>
        <source>{0} · due {1}</source>
        <translation>{0} · fällig {1}</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Check-in gemacht</translation>
    </message>
    <message>
        <source>Checked in with {0}</source>
        <translation>Check-in mit {0} gemacht</translation>
    </message>
    <message>
        <source>Mark that you checked in on this outcome this week</source>
        <translation>Markiere, dass du diese Woche zu diesem Ergebnis einen Check-in gemacht hast</translation>
    </message>
    <message>
        <source>What did you hear? (optional)</source>
        <translation>Was hast du gehört? (optional)</translation>
    </message>
    <message>
        <source>Check-in note for {0}</source>
        <translation>Check-in-Notiz zu {0}</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>✓ Checked in</source>
        <translation>✓ Check-in gemacht</translation>
    </message>
    <message>
        <source>No delegation is due for a check-in this week.</source>
        <translation>Diese Woche ist keine Delegation für einen Check-in fällig.</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Noch niemand verantwortlich</translation>
    </message>
</context>
<context>
    <name>CheckinDetail</name>
    <message>
        <source>The selected week</source>
        <translation>Die gewählte Woche</translation>
    </message>
    <message>
        <source>Select a week to see its reflections.</source>
        <translation>Wähle eine Woche, um ihre Reflexionen zu sehen.</translation>
    </message>
    <message>
        <source>{0} on execution · {1} on strategy</source>
        <translation>{0} operativ · {1} strategisch</translation>
    </message>
    <message>
        <source>{0}% of the week on strategy</source>
        <translation>{0} % der Woche strategisch</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <source>No reflections this week.</source>
        <translation>Keine Reflexionen in dieser Woche.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>Nach Tätigkeit</translation>
    </message>
    <message>
        <source>(an item no longer in your inventory)</source>
        <translation>(eine Tätigkeit, die nicht mehr in deiner Liste steht)</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Weekly check-in</source>
        <translation>Wochen-Check-in</translation>
    </message>
    <message>
        <source>Note for the week</source>
        <translation>Notiz zur Woche</translation>
    </message>
    <message>
        <source>Anything worth remembering about this week</source>
        <translation>Was du dir von dieser Woche merken willst</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>Where did your hours go?</source>
        <translation>Wohin sind deine Stunden gegangen?</translation>
    </message>
    <message>
        <source>Delegations due for a check-in</source>
        <translation>Delegationen mit fälligem Check-in</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Reflektieren</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Notiz (optional)</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <source>Save this week (Ctrl+Enter)</source>
        <translation>Diese Woche speichern (Strg+Enter)</translation>
    </message>
    <message>
        <source>Two minutes: where your week went, who you checked in with, and one thought to take into next week.</source>
        <translation>Zwei Minuten: wohin deine Woche gegangen ist, mit wem du gesprochen hast und ein Gedanke für die nächste Woche.</translation>
    </message>
    <message>
        <source>Weekly check-in — {0}</source>
        <translation>Wochen-Check-in – {0}</translation>
    </message>
    <message>
        <source>Switch weeks?</source>
        <translation>Woche wechseln?</translation>
    </message>
    <message>
        <source>What you entered for {0} is not saved yet. Leave it?</source>
        <translation>Was du für {0} eingegeben hast, ist noch nicht gespeichert. Trotzdem wechseln?</translation>
    </message>
</context>
<context>
    <name>CheckinGrowthDue</name>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>Feedback from {0} · follow-up due {1}</source>
        <translation>Feedback von {0} · Nachfassen fällig {1}</translation>
    </message>
    <message>
        <source>Mark followed up</source>
        <translation>Als nachgefasst markieren</translation>
    </message>
    <message>
        <source>Mark followed up with {0}</source>
        <translation>Bei {0} als nachgefasst markieren</translation>
    </message>
    <message>
        <source>Save that you followed up today (saved at once)</source>
        <translation>Speichern, dass du heute nachgefasst hast (wird sofort gespeichert)</translation>
    </message>
    <message>
        <source>✓ Followed up</source>
        <translation>✓ Nachgefasst</translation>
    </message>
    <message>
        <source>Decisions and feedback due</source>
        <translation>Fällige Entscheidungen und Feedbacks</translation>
    </message>
    <message>
        <source>Nothing due: no decision waits for its review and no feedback for a follow-up.</source>
        <translation>Nichts fällig: Keine Entscheidung wartet auf ihre Auswertung und kein Feedback aufs Nachfassen.</translation>
    </message>
    <message>
        <source>To review on the Decisions page: what happened, and how you decided and how it turned out, rated apart.</source>
        <translation>Auswerten auf der Seite „Entscheidungen“: was passiert ist und – getrennt bewertet – wie du entschieden hast und wie es ausgegangen ist.</translation>
    </message>
    <message>
        <source>Review due since {0} · you expected: {1} ({2}%)</source>
        <translation>Auswertung fällig seit {0} · deine Erwartung: {1} ({2} %)</translation>
    </message>
    <message>
        <source>Feedback you said you would follow up on:</source>
        <translation>Feedback, bei dem du nachfassen wolltest:</translation>
    </message>
    <message>
        <source>Mark a follow-up done</source>
        <translation>Nachfassen als erledigt markieren</translation>
    </message>
</context>
<context>
    <name>CheckinHints</name>
    <message>
        <source>This week is logged; saving replaces it.</source>
        <translation>Diese Woche ist schon eingetragen; Speichern ersetzt sie.</translation>
    </message>
    <message>
        <source>Last logged, {0}: {1} on execution, {2} on strategy.</source>
        <translation>Zuletzt eingetragen, {0}: {1} operativ, {2} strategisch.</translation>
    </message>
    <message>
        <source>with {0}</source>
        <translation>bei {0}</translation>
    </message>
    <message>
        <source>your team</source>
        <translation>deinem Team</translation>
    </message>
</context>
<context>
    <name>CheckinHours</name>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours on execution</source>
        <translation>Stunden operativ</translation>
    </message>
    <message>
        <source>Doing the work, reviewing, fixing, firefighting</source>
        <translation>Selbst mitarbeiten, prüfen, korrigieren, Brände löschen</translation>
    </message>
    <message>
        <source>Hours on strategy</source>
        <translation>Stunden strategisch</translation>
    </message>
    <message>
        <source>Direction, priorities, developing people, alignment, decisions</source>
        <translation>Richtung, Prioritäten, Menschen entwickeln, Abstimmung, Entscheidungen</translation>
    </message>
    <message>
        <source>&amp;Execution</source>
        <translation>&amp;Operativ</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>&amp;Strategisch</translation>
    </message>
    <message>
        <source>No hours yet</source>
        <translation>Noch keine Stunden</translation>
    </message>
    <message>
        <source>{0} in all · {1}% on strategy</source>
        <translation>{0} insgesamt · {1} % strategisch</translation>
    </message>
</context>
<context>
    <name>CheckinItems</name>
    <message>
        <source>Split by inventory item (optional)</source>
        <translation>Nach Tätigkeit aufteilen (optional)</translation>
    </message>
    <message>
        <source>Split by inventory item</source>
        <translation>Nach Tätigkeit aufteilen</translation>
    </message>
    <message>
        <source>Item hours total</source>
        <translation>Summe der Stunden nach Tätigkeit</translation>
    </message>
    <message>
        <source>Take the week&apos;s hours from the items</source>
        <translation>Wochenstunden aus den Tätigkeiten übernehmen</translation>
    </message>
    <message>
        <source>Set execution and strategy to what the items add up to</source>
        <translation>Operativ und strategisch auf die Summe der Tätigkeiten setzen</translation>
    </message>
    <message>
        <source>Your inventory is empty: add what you do on the Inventory page.</source>
        <translation>Deine Tätigkeitsliste ist leer: Trag auf der Seite „Tätigkeiten“ ein, was du tust.</translation>
    </message>
    <message>
        <source>Delegated work you did again</source>
        <translation>Delegierte Arbeit, die du wieder selbst gemacht hast</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>strategisch</translation>
    </message>
    <message>
        <source>execution</source>
        <translation>operativ</translation>
    </message>
    <message>
        <source>Hours on {0}</source>
        <translation>Stunden für {0}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Items add up to {0}, as the week does.</source>
        <translation>Die Tätigkeiten ergeben {0}, genau wie die Woche.</translation>
    </message>
    <message>
        <source>Items add up to {0}; the week has {1}</source>
        <translation>Die Tätigkeiten ergeben {0}; die Woche hat {1}</translation>
    </message>
</context>
<context>
    <name>CheckinNarrativeDue</name>
    <message>
        <source>A month since you wrote your narrative: does it still hold?</source>
        <translation>Dein Narrativ ist einen Monat alt: Stimmt es noch?</translation>
    </message>
    <message>
        <source>Two weeks in and no narrative yet: where are you taking the team, and why?</source>
        <translation>Zwei Wochen dabei und noch kein Narrativ: Wohin führst du das Team, und warum?</translation>
    </message>
    <message>
        <source>Write your narrative…</source>
        <translation>Narrativ schreiben…</translation>
    </message>
    <message>
        <source>Revisit the narrative…</source>
        <translation>Narrativ überarbeiten…</translation>
    </message>
    <message>
        <source>Write your narrative</source>
        <translation>Narrativ schreiben</translation>
    </message>
    <message>
        <source>Revisit your narrative</source>
        <translation>Narrativ überarbeiten</translation>
    </message>
</context>
<context>
    <name>CheckinPrompts</name>
    <message>
        <source>Whom did you ask for feedback this week?</source>
        <translation>Wen hast du diese Woche um Feedback gebeten?</translation>
    </message>
    <message>
        <source>You took back “{0}”. What pulled you in, and what would have to be true to hand it over again?</source>
        <translation>Du hast „{0}“ zurückgenommen. Was hat dich hineingezogen, und was müsste stimmen, damit du es wieder abgibst?</translation>
    </message>
    <message>
        <source>Your day-{0} milestone is near. What will you bring to its review: what to keep, what to stop, what to start?</source>
        <translation>Dein Meilenstein an Tag {0} steht bevor. Was bringst du in den Rückblick mit: Was behältst du bei, womit hörst du auf, womit fängst du an?</translation>
    </message>
    <message>
        <source>Your narrative is a month old. Does its diagnosis still hold, or has something changed?</source>
        <translation>Dein Narrativ ist einen Monat alt. Stimmt seine Diagnose noch, oder hat sich etwas verändert?</translation>
    </message>
    <message>
        <source>This week was above your glide path. What made room for strategy, and how could you keep it?</source>
        <translation>Diese Woche lagst du über deinem Zielpfad. Was hat Raum für Strategie geschaffen, und wie kannst du ihn halten?</translation>
    </message>
    <message>
        <source>Being liked</source>
        <translation>Gemocht werden</translation>
    </message>
    <message>
        <source>My own wins</source>
        <translation>Eigene Erfolge</translation>
    </message>
    <message>
        <source>Impact through others</source>
        <translation>Wirkung durch andere</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>you took work back</source>
        <translation>du hast Arbeit zurückgenommen</translation>
    </message>
    <message>
        <source>most of your handovers sit at level 1 or 2, where you still decide</source>
        <translation>die meisten deiner Übergaben stehen auf Stufe 1 oder 2, wo du noch selbst entscheidest</translation>
    </message>
    <message>
        <source>in each of your last {0} motive checks</source>
        <translation>bei jeder deiner letzten {0} Motivfragen</translation>
    </message>
    <message>
        <source>in {0} of your last {1} motive checks</source>
        <translation>bei {0} deiner letzten {1} Motivfragen</translation>
    </message>
    <message>
        <source>A note, once: “control” was your answer {0}, and {1}. McClelland and Burnham, who studied managers for years (“Power Is the Great Motivator”, 1976), found that the managers with the best teams wanted influence for the team&apos;s sake rather than control of the work, and kept that wish in check. Wanting control is human; the question is whether it leaves your team room to grow.</source>
        <translation>Ein einmaliger Hinweis: „Kontrolle“ war deine Antwort {0}, und {1}. McClelland und Burnham, die Führungskräfte über Jahre untersucht haben („Power Is the Great Motivator“, 1976), fanden: Die Führungskräfte mit den besten Teams wollten Einfluss um des Teams willen statt Kontrolle über die Arbeit – und hielten diesen Wunsch im Zaum. Kontrolle zu wollen ist menschlich; die Frage ist, ob dein Team dabei Raum zum Wachsen hat.</translation>
    </message>
    <message>
        <source>Which satisfaction are you after this month?</source>
        <translation>Welche Befriedigung suchst du diesen Monat?</translation>
    </message>
    <message>
        <source>Choose one (or leave it for now)</source>
        <translation>Wähle eine (oder lass es erst einmal offen)</translation>
    </message>
    <message>
        <source>This month&apos;s motive check: which satisfaction are you after?</source>
        <translation>Die Motivfrage des Monats: Welche Befriedigung suchst du?</translation>
    </message>
    <message>
        <source>Being liked, your own wins, impact through others, or control: no answer is wrong; noticing it is the point. Asked once a month.</source>
        <translation>Gemocht werden, eigene Erfolge, Wirkung durch andere oder Kontrolle: Keine Antwort ist falsch; es geht ums Bemerken. Einmal im Monat gefragt.</translation>
    </message>
    <message>
        <source>Asked every week: a name and what about is enough; “no one” is an answer too.</source>
        <translation>Jede Woche gefragt: Ein Name und worum es ging reichen; „niemand“ ist auch eine Antwort.</translation>
    </message>
    <message>
        <source>A sentence or two is enough.</source>
        <translation>Ein, zwei Sätze reichen.</translation>
    </message>
</context>
<context>
    <name>CheckinSave</name>
    <message>
        <source>This delegation no longer exists.</source>
        <translation>Diese Delegation gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Check-in {0}</source>
        <translation>Check-in {0}</translation>
    </message>
</context>
<context>
    <name>CheckinWeeks</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Pick a past week to correct it</source>
        <translation>Wähle eine vergangene Woche, um sie zu korrigieren</translation>
    </message>
    <message>
        <source> (this week)</source>
        <translation> (diese Woche)</translation>
    </message>
    <message>
        <source>  ✓ logged</source>
        <translation>  ✓ eingetragen</translation>
    </message>
</context>
<context>
    <name>CheckinsModel</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Operativ</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategisch</translation>
    </message>
    <message>
        <source>On strategy</source>
        <translation>Strategieanteil</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The ISO week, Monday to Sunday</source>
        <translation>Die ISO-Woche, Montag bis Sonntag</translation>
    </message>
    <message>
        <source>Hours doing, reviewing, fixing, firefighting</source>
        <translation>Stunden für Mitarbeiten, Prüfen, Korrigieren, Brändelöschen</translation>
    </message>
    <message>
        <source>Hours on direction, priorities, people, alignment, decisions</source>
        <translation>Stunden für Richtung, Prioritäten, Menschen, Abstimmung, Entscheidungen</translation>
    </message>
    <message>
        <source>The share of the week&apos;s hours spent on strategy</source>
        <translation>Der Anteil der Wochenstunden, der auf Strategie entfiel</translation>
    </message>
    <message>
        <source>How many reflection prompts you answered</source>
        <translation>Wie viele Reflexionsfragen du beantwortet hast</translation>
    </message>
    <message>
        <source>The first line of your note</source>
        <translation>Die erste Zeile deiner Notiz</translation>
    </message>
</context>
<context>
    <name>CheckinsPage</name>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Each week: hours on execution and strategy, the delegations you checked in on, and a thought or two. Double-click a week to correct it.</source>
        <translation>Jede Woche: Stunden operativ und strategisch, die Delegationen, zu denen du einen Check-in gemacht hast, und ein, zwei Gedanken. Doppelklick auf eine Woche, um sie zu korrigieren.</translation>
    </message>
    <message>
        <source>Log this week</source>
        <translation>Diese Woche eintragen</translation>
    </message>
    <message>
        <source>Open this week&apos;s check-in (Ctrl+N)</source>
        <translation>Check-in dieser Woche öffnen (Strg+N)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <source>Correct the selected week</source>
        <translation>Die gewählte Woche korrigieren</translation>
    </message>
    <message>
        <source>Open the selected week (Enter)</source>
        <translation>Die gewählte Woche öffnen (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected week</source>
        <translation>Die gewählte Woche löschen</translation>
    </message>
    <message>
        <source>Delete the selected week (Delete); Ctrl+Z undoes</source>
        <translation>Die gewählte Woche löschen (Entf); Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Weekly check-ins</source>
        <translation>Wochen-Check-ins</translation>
    </message>
    <message>
        <source>No check-ins yet. Log this week to start seeing your trend.</source>
        <translation>Noch keine Check-ins. Trag diese Woche ein, dann siehst du bald deinen Trend.</translation>
    </message>
    <message>
        <source>Select a week to see its reflections.</source>
        <translation>Wähle eine Woche, um ihre Reflexionen zu sehen.</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Check-in löschen</translation>
    </message>
    <message>
        <source>Delete the check-in for {0}? Ctrl+Z brings it back.</source>
        <translation>Den Check-in für {0} löschen? Strg+Z holt ihn zurück.</translation>
    </message>
    <message>
        <source>Delete check-in {0}</source>
        <translation>Check-in {0} löschen</translation>
    </message>
</context>
<context>
    <name>DashboardCards</name>
    <message>
        <source>Your transition</source>
        <translation>Dein Übergang</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Noch kein Plan</translation>
    </message>
    <message>
        <source>Starts in {0} d</source>
        <translation>Start in {0} Tg.</translation>
    </message>
    <message>
        <source>Day 1 is still ahead</source>
        <translation>Tag 1 liegt noch vor dir</translation>
    </message>
    <message>
        <source>{0} days past your {1}-day horizon: time to review the plan</source>
        <translation>{0} Tage über deinen {1}-Tage-Horizont hinaus: Zeit, den Plan zu überprüfen</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Tag {0}</translation>
    </message>
    <message>
        <source>Last day of the plan</source>
        <translation>Letzter Tag des Plans</translation>
    </message>
    <message>
        <source>1 day to go</source>
        <translation>Noch 1 Tag</translation>
    </message>
    <message>
        <source>{0} days to go</source>
        <translation>Noch {0} Tage</translation>
    </message>
    <message>
        <source>Day {0} of {1}</source>
        <translation>Tag {0} von {1}</translation>
    </message>
    <message>
        <source>Strategy last week</source>
        <translation>Strategie letzte Woche</translation>
    </message>
    <message>
        <source>Log your first check-in</source>
        <translation>Trag deinen ersten Check-in ein</translation>
    </message>
    <message>
        <source>Strategy this week</source>
        <translation>Strategie diese Woche</translation>
    </message>
    <message>
        <source>Strategy, latest check-in</source>
        <translation>Strategie, letzter Check-in</translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation>Woche ab {0}</translation>
    </message>
    <message>
        <source>{0} · target {1}</source>
        <translation>{0} · Ziel {1}</translation>
    </message>
    <message>
        <source>Against the glide path</source>
        <translation>Im Vergleich zum Zielpfad</translation>
    </message>
    <message>
        <source>Needs a plan</source>
        <translation>Braucht einen Plan</translation>
    </message>
    <message>
        <source>Log a check-in to compare</source>
        <translation>Trag einen Check-in ein, um zu vergleichen</translation>
    </message>
    <message>
        <source>Within {0} points of the {1} planned</source>
        <translation>Höchstens {0} Punkte von den geplanten {1} entfernt</translation>
    </message>
    <message>
        <source>✓ On track</source>
        <translation>✓ Im Plan</translation>
    </message>
    <message>
        <source>{0} points above the {1} planned</source>
        <translation>{0} Punkte über den geplanten {1}</translation>
    </message>
    <message>
        <source>▲ Ahead</source>
        <translation>▲ Voraus</translation>
    </message>
    <message>
        <source>{0} points below the {1} planned</source>
        <translation>{0} Punkte unter den geplanten {1}</translation>
    </message>
    <message>
        <source>▼ Behind</source>
        <translation>▼ Im Rückstand</translation>
    </message>
    <message>
        <source>Reaching your target</source>
        <translation>Bis zu deinem Ziel</translation>
    </message>
    <message>
        <source>Reaching {0} strategy</source>
        <translation>Bis {0} Strategieanteil</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Needs three check-ins</source>
        <translation>Braucht drei Check-ins</translation>
    </message>
    <message>
        <source>Share flat or falling lately</source>
        <translation>Anteil zuletzt gleich oder fallend</translation>
    </message>
    <message>
        <source>More than two years away at this pace</source>
        <translation>Bei diesem Tempo mehr als zwei Jahre entfernt</translation>
    </message>
    <message>
        <source>Not at this trend</source>
        <translation>Nicht bei diesem Trend</translation>
    </message>
    <message>
        <source>In the week of {0}</source>
        <translation>In der Woche ab {0}</translation>
    </message>
    <message>
        <source>✓ Reached</source>
        <translation>✓ Erreicht</translation>
    </message>
    <message>
        <source>After your plan ends ({0})</source>
        <translation>Nach dem Ende deines Plans ({0})</translation>
    </message>
    <message>
        <source>Projected for this week</source>
        <translation>Für diese Woche erwartet</translation>
    </message>
    <message numerus="yes">
        <source>In about %n week(s)</source>
        <translation>
            <numerusform>In etwa %n Woche</numerusform>
            <numerusform>In etwa %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s)</source>
        <translation>
            <numerusform>%n Delegation</numerusform>
            <numerusform>%n Delegationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Freed by delegation</source>
        <translation>Durch Delegation frei</translation>
    </message>
    <message>
        <source>{0} a week</source>
        <translation>{0} pro Woche</translation>
    </message>
    <message>
        <source>Hand over an outcome to free time</source>
        <translation>Übergib ein Ergebnis, um Zeit freizuspielen</translation>
    </message>
    <message>
        <source>By 1 outcome handed over</source>
        <translation>Durch 1 übergebenes Ergebnis</translation>
    </message>
    <message>
        <source>By {0} outcomes handed over</source>
        <translation>Durch {0} übergebene Ergebnisse</translation>
    </message>
    <message>
        <source>Check-ins due</source>
        <translation>Fällige Check-ins</translation>
    </message>
    <message>
        <source>this week&apos;s check-in</source>
        <translation>der Wochen-Check-in</translation>
    </message>
    <message>
        <source>this week&apos;s logged ✓</source>
        <translation>diese Woche eingetragen ✓</translation>
    </message>
    <message>
        <source>this week&apos;s on {0}</source>
        <translation>diese Woche am {0}</translation>
    </message>
    <message>
        <source>1 past week missing</source>
        <translation>1 vergangene Woche fehlt</translation>
    </message>
    <message>
        <source>{0} past weeks missing</source>
        <translation>{0} vergangene Wochen fehlen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Start a plan…</source>
        <translation>Plan anlegen…</translation>
    </message>
    <message>
        <source>Start a plan</source>
        <translation>Plan anlegen</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Noch kein Plan</translation>
    </message>
    <message>
        <source>Altitude follows how your week moves from doing the work to leading it. Start with a plan: your new role, a horizon (90 days is typical) and the share of your week you aim to spend on strategy.</source>
        <translation>Altitude verfolgt, wie sich deine Woche vom Selbermachen zum Führen verschiebt. Fang mit einem Plan an: deine neue Rolle, ein Horizont (90 Tage sind üblich) und der Anteil deiner Woche, den du für Strategie anpeilst.</translation>
    </message>
    <message>
        <source>Or bring back a plan you exported before: File → Import plan…</source>
        <translation>Oder hol einen früher exportierten Plan zurück: Datei → Plan importieren…</translation>
    </message>
    <message>
        <source>{0} · week {1}</source>
        <translation>{0} · Woche {1}</translation>
    </message>
</context>
<context>
    <name>DecisionDetail</name>
    <message>
        <source>You chose “{0}” and expected: {1} by {2}, {3}% sure.</source>
        <translation>Du hast „{0}“ gewählt und erwartet: {1} bis {2}, zu {3} % sicher.</translation>
    </message>
    <message>
        <source>It came true.</source>
        <translation>Es ist eingetreten.</translation>
    </message>
    <message>
        <source>It did not come true.</source>
        <translation>Es ist nicht eingetreten.</translation>
    </message>
    <message>
        <source>Reviewed {0}: {1} {2}.</source>
        <translation>Ausgewertet am {0}: {1} {2}.</translation>
    </message>
    <message>
        <source>Its review is due: what happened? (Review…)</source>
        <translation>Die Auswertung ist fällig: Was ist passiert? (Auswerten…)</translation>
    </message>
    <message>
        <source>You can correct it until {0}; then it is kept as written.</source>
        <translation>Du kannst sie bis {0} korrigieren; danach bleibt sie so, wie du sie geschrieben hast.</translation>
    </message>
    <message numerus="yes">
        <source>%n later thought(s).</source>
        <translation>
            <numerusform>%n späterer Gedanke.</numerusform>
            <numerusform>%n spätere Gedanken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <source>Log a decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Kept as written since {0}, when its review came due — add a later thought instead (at the bottom). You can still change what it is linked to.</source>
        <translation>Unverändert festgehalten seit {0}, als ihre Auswertung fällig wurde – füge stattdessen (ganz unten) einen späteren Gedanken hinzu. Womit sie verknüpft ist, kannst du weiter ändern.</translation>
    </message>
    <message>
        <source>Kept as written</source>
        <translation>Festgeschrieben</translation>
    </message>
    <message>
        <source>Log decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Decision fields</source>
        <translation>Felder der Entscheidung</translation>
    </message>
    <message>
        <source>{0} — a few sentences are enough.</source>
        <translation>{0} – ein paar Sätze reichen.</translation>
    </message>
    <message>
        <source>{0} of {1} words — deciding without over-explaining</source>
        <translation>{0} von {1} Wörtern – entscheiden, ohne zu viel zu erklären</translation>
    </message>
</context>
<context>
    <name>DecisionFields</name>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>earned reward</source>
        <translation>verdienter Lohn</translation>
    </message>
    <message>
        <source>bad luck</source>
        <translation>Pech</translation>
    </message>
    <message>
        <source>dumb luck</source>
        <translation>reines Glück</translation>
    </message>
    <message>
        <source>just deserts</source>
        <translation>verdiente Quittung</translation>
    </message>
    <message>
        <source>Log decision: {0}</source>
        <translation>Entscheidung festhalten: {0}</translation>
    </message>
    <message>
        <source>Edit decision: {0}</source>
        <translation>Entscheidung bearbeiten: {0}</translation>
    </message>
    <message>
        <source>Record this as a decision?</source>
        <translation>Als Entscheidung festhalten?</translation>
    </message>
    <message>
        <source>Taking “{0}” back is a decision worth catching: why, and what would have to be true to hand it over again. Open it in the decision journal?</source>
        <translation>„{0}“ zurückzunehmen ist eine Entscheidung, die du festhalten solltest: warum, und was gegeben sein müsste, um es wieder zu übergeben. Im Entscheidungstagebuch öffnen?</translation>
    </message>
    <message>
        <source>One-way door</source>
        <translation>Einwegtür</translation>
    </message>
    <message>
        <source>Two-way door</source>
        <translation>Zweiwegtür</translation>
    </message>
    <message>
        <source>Hard or impossible to undo: worth more care and a longer look before review.</source>
        <translation>Schwer oder gar nicht umkehrbar: verdient mehr Sorgfalt und mehr Zeit bis zur Auswertung.</translation>
    </message>
    <message>
        <source>You can walk back through it: decide fast, learn, adjust.</source>
        <translation>Du kannst wieder zurück: schnell entscheiden, lernen, nachsteuern.</translation>
    </message>
    <message>
        <source>one-way door</source>
        <translation>Einwegtür</translation>
    </message>
    <message>
        <source>two-way door</source>
        <translation>Zweiwegtür</translation>
    </message>
    <message>
        <source>about {0} weeks</source>
        <translation>etwa {0} Wochen</translation>
    </message>
    <message>
        <source>about {0} days</source>
        <translation>etwa {0} Tagen</translation>
    </message>
    <message>
        <source>Rule of thumb for a {0}: review in {1}. Change the date if you like.</source>
        <translation>Faustregel für eine {0}: Auswertung nach {1}. Ändere das Datum, wenn du willst.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Earned reward</source>
        <translation>Verdienter Lohn</translation>
    </message>
    <message>
        <source>Bad luck</source>
        <translation>Pech</translation>
    </message>
    <message>
        <source>Dumb luck</source>
        <translation>Reines Glück</translation>
    </message>
    <message>
        <source>Just deserts</source>
        <translation>Verdiente Quittung</translation>
    </message>
    <message>
        <source>good decision, good outcome</source>
        <translation>gute Entscheidung, gutes Ergebnis</translation>
    </message>
    <message>
        <source>good decision, poor outcome</source>
        <translation>gute Entscheidung, schlechtes Ergebnis</translation>
    </message>
    <message>
        <source>poor decision, good outcome</source>
        <translation>schlechte Entscheidung, gutes Ergebnis</translation>
    </message>
    <message>
        <source>poor decision, poor outcome</source>
        <translation>schlechte Entscheidung, schlechtes Ergebnis</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Auswertung fällig</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Ausgewertet</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Wartet auf Auswertung</translation>
    </message>
    <message>
        <source>Brier score {0}: 0 is perfect, 0.25 is what always saying 50% would score, lower is better.</source>
        <translation>Brier-Score {0}: 0 ist perfekt, 0,25 erreicht, wer immer 50 % sagt; niedriger ist besser.</translation>
    </message>
    <message>
        <source>For now your sure calls miss more often than you expect.</source>
        <translation>Bisher liegen deine sicheren Einschätzungen öfter daneben, als du erwartest.</translation>
    </message>
    <message>
        <source>1 more reviewed decision and you will see your calibration.</source>
        <translation>Noch 1 ausgewertete Entscheidung, dann siehst du deine Kalibrierung.</translation>
    </message>
    <message>
        <source>{0} more reviewed decisions and you will see your calibration.</source>
        <translation>Noch {0} ausgewertete Entscheidungen, dann siehst du deine Kalibrierung.</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Auswertung am</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>One-way: hard to undo. Two-way: you can walk it back.</source>
        <translation>Einweg: schwer umkehrbar. Zweiweg: Du kannst zurück.</translation>
    </message>
    <message>
        <source>When you look back at what happened</source>
        <translation>Wann du darauf zurückschaust, was passiert ist</translation>
    </message>
    <message>
        <source>You, or the team member who made it (delegated decisions count too)</source>
        <translation>Du oder das Teammitglied, das sie getroffen hat (delegierte Entscheidungen zählen auch)</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Decisions due for review</source>
        <translation>Fällige Auswertungen</translation>
    </message>
    <message>
        <source>Review the first one now</source>
        <translation>Die erste jetzt auswerten</translation>
    </message>
    <message>
        <source>Open the review of the decision overdue longest</source>
        <translation>Die Auswertung der Entscheidung öffnen, die am längsten überfällig ist</translation>
    </message>
    <message>
        <source>Log a decision…</source>
        <translation>Entscheidung festhalten…</translation>
    </message>
    <message>
        <source>Write down a decision as you make it (Ctrl+N)</source>
        <translation>Halte eine Entscheidung fest, während du sie triffst (Strg+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Correct it until its review is due; then read it</source>
        <translation>Korrigieren, bis die Auswertung fällig ist; danach nur lesen</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Auswerten…</translation>
    </message>
    <message>
        <source>What happened, and how you decided</source>
        <translation>Was passiert ist und wie du entschieden hast</translation>
    </message>
    <message>
        <source>Add a later thought…</source>
        <translation>Späteren Gedanken hinzufügen…</translation>
    </message>
    <message>
        <source>Append what you think now; what you wrote then stays as written</source>
        <translation>Ergänze, was du heute denkst; was du damals geschrieben hast, bleibt unverändert</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the decision (Delete); Ctrl+Z undoes it</source>
        <translation>Die Entscheidung löschen (Entf); Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>The selected decision</source>
        <translation>Die gewählte Entscheidung</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Entscheidung löschen</translation>
    </message>
    <message>
        <source>Write a decision down as you make it — the options, your choice, what you expect and how sure you are — then look back on its review date. Judge how you decided apart from how it turned out: that is how judgment grows.</source>
        <translation>Schreib eine Entscheidung auf, während du sie triffst – die Optionen, deine Wahl, was du erwartest und wie sicher du bist –, und schau am Auswertungstermin zurück. Bewerte, wie du entschieden hast, getrennt davon, wie es ausgegangen ist: So wächst Urteilsvermögen.</translation>
    </message>
    <message>
        <source>1 decision is due for review: “{0}”. Look back while you remember.</source>
        <translation>1 Entscheidung wartet auf ihre Auswertung: „{0}“. Schau zurück, solange du dich erinnerst.</translation>
    </message>
    <message>
        <source>{0} decisions are due for review, the oldest first: “{1}”.</source>
        <translation>{0} Entscheidungen warten auf ihre Auswertung, die älteste zuerst: „{1}“.</translation>
    </message>
    <message>
        <source>No decisions yet. Log the next one you make (Ctrl+N): hiring, a priority, what to hand over. Small ones count.</source>
        <translation>Noch keine Entscheidungen. Halte die nächste fest, die du triffst (Strg+N): eine Einstellung, eine Priorität, was du übergibst. Kleine zählen auch.</translation>
    </message>
    <message>
        <source>Review decision: {0}</source>
        <translation>Entscheidung auswerten: {0}</translation>
    </message>
    <message>
        <source>Add a later thought</source>
        <translation>Späteren Gedanken hinzufügen</translation>
    </message>
    <message>
        <source>What do you think now about “{0}”? It is added with today&apos;s date; what you wrote then stays as written.</source>
        <translation>Was denkst du heute über „{0}“? Der Gedanke kommt mit dem heutigen Datum dazu; was du damals geschrieben hast, bleibt unverändert.</translation>
    </message>
    <message>
        <source>Later thought: {0}</source>
        <translation>Späterer Gedanke: {0}</translation>
    </message>
    <message>
        <source>Delete this decision?</source>
        <translation>Diese Entscheidung löschen?</translation>
    </message>
    <message>
        <source>“{0}” goes with its review and later thoughts. Undo (Ctrl+Z) brings it back.</source>
        <translation>„{0}“ wird mit Auswertung und späteren Gedanken gelöscht. Rückgängig (Strg+Z) holt alles zurück.</translation>
    </message>
    <message>
        <source>Delete decision: {0}</source>
        <translation>Entscheidung löschen: {0}</translation>
    </message>
</context>
<context>
    <name>Delegation</name>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Nächster Check-in</translation>
    </message>
    <message>
        <source>Freed</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The result you handed over, not the steps.</source>
        <translation>Das Ergebnis, das du übergeben hast, nicht die Schritte.</translation>
    </message>
    <message>
        <source>Who owns the outcome.</source>
        <translation>Wer für das Ergebnis verantwortlich ist.</translation>
    </message>
    <message>
        <source>How much they decide: 1 &apos;I decide and tell&apos; to 7 &apos;they decide&apos;.</source>
        <translation>Wie viel die Person entscheidet: von 1 „Ich entscheide und sage es“ bis 7 „Sie entscheiden“.</translation>
    </message>
    <message>
        <source>Planned, handing over, owned, or taken back.</source>
        <translation>Geplant, in Übergabe, übernommen oder zurückgenommen.</translation>
    </message>
    <message>
        <source>When you next check in; due ones are marked &apos;due&apos;.</source>
        <translation>Wann dein nächster Check-in ist; fällige sind mit „Fällig“ markiert.</translation>
    </message>
    <message>
        <source>Hours a week it frees for you once you start handing it over.</source>
        <translation>Stunden pro Woche, die du frei bekommst, sobald die Übergabe beginnt.</translation>
    </message>
    <message>
        <source>Taken back, work that came back to you, or a check-in due.</source>
        <translation>Zurückgenommen, zu dir zurückgekommene Arbeit oder ein fälliger Check-in.</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>Due · {0}</source>
        <translation>Fällig · {0}</translation>
    </message>
    <message>
        <source>From your inventory: {0}</source>
        <translation>Aus deinen Tätigkeiten: {0}</translation>
    </message>
    <message>
        <source>Counts as freed once you start handing it over.</source>
        <translation>Zählt als frei, sobald die Übergabe beginnt.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>In Übergabe</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>Taken back: {0}</source>
        <translation>Zurückgenommen: {0}</translation>
    </message>
    <message>
        <source>Check-in due</source>
        <translation>Check-in fällig</translation>
    </message>
</context>
<context>
    <name>DelegationCheckInDialog</name>
    <message>
        <source>Log a check-in</source>
        <translation>Check-in eintragen</translation>
    </message>
    <message>
        <source>Date of the check-in</source>
        <translation>Datum des Check-ins</translation>
    </message>
    <message>
        <source>What did you hear? What will they do next?</source>
        <translation>Was hast du gehört? Was kommt bei ihnen als Nächstes?</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>Check-in-Notiz</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Untick when the outcome is slipping.</source>
        <translation>Nimm das Häkchen weg, wenn das Ergebnis ins Rutschen gerät.</translation>
    </message>
    <message>
        <source>Log check-in</source>
        <translation>Check-in eintragen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Check in on the outcome, not the steps: {0}</source>
        <translation>Frag nach dem Ergebnis, nicht nach den Schritten: {0}</translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <source>The result, e.g. &apos;Releases go out safely&apos;</source>
        <translation>Das Ergebnis, z. B. „Releases gehen sicher raus“</translation>
    </message>
    <message>
        <source>How you will both know it is done well</source>
        <translation>Woran ihr beide erkennt, dass es gut gemacht ist</translation>
    </message>
    <message>
        <source>Level against the plan</source>
        <translation>Stufe im Vergleich zum Plan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source> h / week</source>
        <translation> h / Woche</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Success measure</source>
        <translation>Erfolgskriterium</translation>
    </message>
    <message>
        <source>Delegation level</source>
        <translation>Delegationsstufe</translation>
    </message>
    <message>
        <source>Check in every</source>
        <translation>Check-in alle</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Nächster Check-in</translation>
    </message>
    <message>
        <source>Hours freed per week</source>
        <translation>Frei gewordene Stunden pro Woche</translation>
    </message>
    <message>
        <source>From your inventory</source>
        <translation>Aus deinen Tätigkeiten</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>Not from your inventory</source>
        <translation>Nicht aus deinen Tätigkeiten</translation>
    </message>
</context>
<context>
    <name>DelegationEdits</name>
    <message>
        <source>New delegation: {0}</source>
        <translation>Neue Delegation: {0}</translation>
    </message>
    <message>
        <source>Edit delegation: {0}</source>
        <translation>Delegation bearbeiten: {0}</translation>
    </message>
    <message>
        <source>Start handing over: {0}</source>
        <translation>Übergabe beginnen: {0}</translation>
    </message>
    <message>
        <source>Mark owned: {0}</source>
        <translation>Als übernommen markieren: {0}</translation>
    </message>
    <message>
        <source>Take back: {0}</source>
        <translation>Zurücknehmen: {0}</translation>
    </message>
    <message>
        <source>Check-in: {0}</source>
        <translation>Check-in: {0}</translation>
    </message>
    <message>
        <source>Delete delegation: {0}</source>
        <translation>Delegation löschen: {0}</translation>
    </message>
</context>
<context>
    <name>DelegationPage</name>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Problem with the last action</source>
        <translation>Problem bei der letzten Aktion</translation>
    </message>
    <message>
        <source>Start handing over</source>
        <translation>Übergabe beginnen</translation>
    </message>
    <message>
        <source>They start taking it over; its hours count as freed.</source>
        <translation>Die Person beginnt, es zu übernehmen; die Stunden zählen als frei.</translation>
    </message>
    <message>
        <source>Mark owned</source>
        <translation>Als übernommen markieren</translation>
    </message>
    <message>
        <source>They own the outcome now.</source>
        <translation>Das Ergebnis liegt jetzt ganz in ihrer Verantwortung.</translation>
    </message>
    <message>
        <source>Log a check-in</source>
        <translation>Check-in eintragen</translation>
    </message>
    <message>
        <source>Note how it is going; the next check-in moves on by the cadence.</source>
        <translation>Halte fest, wie es läuft; der nächste Check-in rückt im gewählten Rhythmus weiter.</translation>
    </message>
    <message>
        <source>Take back…</source>
        <translation>Zurücknehmen…</translation>
    </message>
    <message>
        <source>Take the outcome back. You will be asked why; the reason stays on the row.</source>
        <translation>Das Ergebnis zurücknehmen. Du wirst nach dem Grund gefragt; er bleibt in der Zeile stehen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the delegation (Delete); Ctrl+Z undoes it</source>
        <translation>Die Delegation löschen (Entf); Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Delegation details</source>
        <translation>Details der Delegation</translation>
    </message>
    <message>
        <source>Ledger or hours freed</source>
        <translation>Liste oder frei gewordene Stunden</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Hours freed over time</source>
        <translation>Frei gewordene Stunden im Verlauf</translation>
    </message>
    <message>
        <source>Hand over outcomes, not tasks: say what good looks like, how much they decide and when you check in. Taking one back is allowed — say why, so you can see the pattern.</source>
        <translation>Übergib Ergebnisse, nicht Aufgaben: Sag, woran man gute Arbeit erkennt, wie viel die Person selbst entscheidet und wann ihr euch abstimmt. Zurücknehmen ist erlaubt – sag, warum, dann erkennst du das Muster.</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Neues Ergebnis</translation>
    </message>
    <message>
        <source>Take it back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Why are you taking “{0}” back? The reason stays on the ledger so you can see the pattern.</source>
        <translation>Warum nimmst du „{0}“ zurück? Der Grund bleibt in der Liste stehen, damit du das Muster erkennst.</translation>
    </message>
    <message>
        <source>Not taken back: say why you are taking it back. The reason is kept and shown on the ledger.</source>
        <translation>Nicht zurückgenommen: Sag, warum du es zurücknimmst. Der Grund wird gespeichert und in der Liste gezeigt.</translation>
    </message>
</context>
<context>
    <name>DelegationProgress</name>
    <message>
        <source>Check-ins so far</source>
        <translation>Bisherige Check-ins</translation>
    </message>
    <message>
        <source>How far the level should rise</source>
        <translation>Wie weit die Stufe steigen soll</translation>
    </message>
    <message>
        <source>Plan the steps, e.g. consult now, agree by week 4, they decide by week 8. The solid line is what you actually did.</source>
        <translation>Plane die Schritte, z. B. jetzt befragen, bis Woche 4 einigen, ab Woche 8 entscheidet die Person. Die durchgezogene Linie zeigt, was tatsächlich war.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>No check-ins logged yet.</source>
        <translation>Noch keine Check-ins eingetragen.</translation>
    </message>
    <message>
        <source>✓ on track</source>
        <translation>✓ im Plan</translation>
    </message>
    <message>
        <source>✗ off track</source>
        <translation>✗ nicht im Plan</translation>
    </message>
    <message>
        <source>… {0} earlier.</source>
        <translation>… {0} frühere.</translation>
    </message>
</context>
<context>
    <name>DelegationStatus</name>
    <message>
        <source>Why it was taken back</source>
        <translation>Warum es zurückgenommen wurde</translation>
    </message>
    <message>
        <source>Work that came back to you</source>
        <translation>Arbeit, die zu dir zurückkam</translation>
    </message>
    <message>
        <source>Select a delegation</source>
        <translation>Wähle eine Delegation</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>{0} · owner: {1}</source>
        <translation>{0} · verantwortlich: {1}</translation>
    </message>
    <message>
        <source>started {0}</source>
        <translation>seit {0}</translation>
    </message>
    <message>
        <source>check-in due</source>
        <translation>Check-in fällig</translation>
    </message>
    <message>
        <source>&lt;b&gt;Taken back:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Zurückgenommen:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>… and {0} more weeks.</source>
        <translation>… und {0} weitere Wochen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It came back to you.&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Es ist zu dir zurückgekommen.&lt;/b&gt; {0}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>The details are in {0}.</source>
        <translation>Die Details stehen in {0}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy the details to the clipboard</source>
        <translation>Die Details in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>The details are on the clipboard.</source>
        <translation>Die Details sind in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>EditorForm</name>
    <message>
        <source>The decision</source>
        <translation>Die Entscheidung</translation>
    </message>
    <message>
        <source>e.g. Move the weekly planning to Monday</source>
        <translation>z. B. Die Wochenplanung auf Montag verlegen</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>Art der Entscheidung</translation>
    </message>
    <message>
        <source>Pick one, or type your own kind</source>
        <translation>Wähle eine aus oder gib eine eigene Art ein</translation>
    </message>
    <message>
        <source>people, money, risk, timing… or type your own</source>
        <translation>Menschen, Geld, Risiko, Timing … oder eine eigene</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Auswertung am</translation>
    </message>
    <message>
        <source>Information you have</source>
        <translation>Vorhandene Informationen</translation>
    </message>
    <message>
        <source>Bezos: most decisions should be made with about 70% of what you wish you knew.</source>
        <translation>Bezos: Die meisten Entscheidungen sollten fallen, wenn du etwa 70 % dessen weißt, was du gern wüsstest.</translation>
    </message>
    <message>
        <source>Options considered</source>
        <translation>Erwogene Optionen</translation>
    </message>
    <message>
        <source>One option per line — at least two</source>
        <translation>Eine Option pro Zeile – mindestens zwei</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Deine Wahl</translation>
    </message>
    <message>
        <source>Why this option</source>
        <translation>Warum diese Option</translation>
    </message>
    <message>
        <source>A few sentences are enough</source>
        <translation>Ein paar Sätze reichen</translation>
    </message>
    <message>
        <source>Rationale word count</source>
        <translation>Wortzahl der Begründung</translation>
    </message>
    <message>
        <source>What you expect</source>
        <translation>Was du erwartest</translation>
    </message>
    <message>
        <source>Something you can check later</source>
        <translation>Etwas, das du später überprüfen kannst</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Erwartet bis</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>How sure are you that it happens by then?</source>
        <translation>Wie sicher bist du, dass es bis dahin eintritt?</translation>
    </message>
    <message>
        <source>What would make you reverse it</source>
        <translation>Was dich dazu bringen würde, sie umzukehren</translation>
    </message>
    <message>
        <source>Premortem</source>
        <translation>Pre-Mortem</translation>
    </message>
    <message>
        <source>How you feel</source>
        <translation>Wie du dich fühlst</translation>
    </message>
    <message>
        <source>e.g. tired, confident, rushed, uneasy</source>
        <translation>z. B. müde, zuversichtlich, gehetzt, unwohl</translation>
    </message>
    <message>
        <source>Question came up on</source>
        <translation>Frage aufgekommen am</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Nicht notiert</translation>
    </message>
    <message>
        <source>When the question first came up: shows how long it waited</source>
        <translation>Wann die Frage zum ersten Mal aufkam: zeigt, wie lange sie gewartet hat</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>People it touches</source>
        <translation>Betroffene Menschen</translation>
    </message>
    <message>
        <source>No one on your team yet</source>
        <translation>Noch niemand in deinem Team</translation>
    </message>
    <message>
        <source>Delegations it touches</source>
        <translation>Betroffene Delegationen</translation>
    </message>
    <message>
        <source>No delegations yet</source>
        <translation>Noch keine Delegationen</translation>
    </message>
    <message>
        <source>Inventory items it touches</source>
        <translation>Betroffene Tätigkeiten</translation>
    </message>
    <message>
        <source>No inventory items yet</source>
        <translation>Noch keine Tätigkeiten</translation>
    </message>
    <message>
        <source>Earlier thoughts</source>
        <translation>Frühere Gedanken</translation>
    </message>
    <message>
        <source>Add a later thought</source>
        <translation>Späteren Gedanken hinzufügen</translation>
    </message>
    <message>
        <source>What do you think now? It is added with today&apos;s date; what you wrote stays.</source>
        <translation>Was denkst du heute? Der Gedanke kommt mit dem heutigen Datum dazu; was du geschrieben hast, bleibt.</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>Die Entscheidung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Question came up</source>
        <translation>Frage aufgekommen</translation>
    </message>
    <message>
        <source>of what you wish you knew — about 70% is often enough (Bezos)</source>
        <translation>von dem, was du gern wüsstest – etwa 70 % reichen oft (Bezos)</translation>
    </message>
    <message>
        <source>Options and choice</source>
        <translation>Optionen und Wahl</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Your forecast</source>
        <translation>Deine Prognose</translation>
    </message>
    <message>
        <source>You expect</source>
        <translation>Du erwartest</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>that it happens by then — your honest number, it is scored later</source>
        <translation>dass es bis dahin eintritt – deine ehrliche Zahl; sie wird später bewertet</translation>
    </message>
    <message>
        <source>Before you commit</source>
        <translation>Bevor du dich festlegst</translation>
    </message>
    <message>
        <source>Reverse it if</source>
        <translation>Umkehren, wenn</translation>
    </message>
    <message>
        <source>What it touches</source>
        <translation>Was sie betrifft</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegationen</translation>
    </message>
    <message>
        <source>Inventory items</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <source>Later thoughts</source>
        <translation>Spätere Gedanken</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Bisher</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no function with id {0}.</source>
        <translation>Es gibt keinen Fachbereich mit der ID {0}.</translation>
    </message>
    <message>
        <source>There is no narrative version with id {0}.</source>
        <translation>Es gibt keine Fassung des Narrativs mit der ID {0}.</translation>
    </message>
    <message>
        <source>The review of day {0} cannot come back: another review has its id ({1}) now.</source>
        <translation>Der Rückblick an Tag {0} kann nicht zurückkommen: Ein anderer Rückblick hat jetzt seine ID ({1}).</translation>
    </message>
    <message>
        <source>There is no review of the milestone on day {0}.</source>
        <translation>Es gibt keinen Rückblick auf den Meilenstein an Tag {0}.</translation>
    </message>
    <message>
        <source>The plan must end after the day-{0} milestone ({1}).</source>
        <translation>Der Plan muss nach dem Meilenstein an Tag {0} ({1}) enden.</translation>
    </message>
    <message>
        <source>A share must be between 0 and 100%.</source>
        <translation>Ein Anteil muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>There is no stakeholder with id {0}.</source>
        <translation>Es gibt keinen Stakeholder mit der ID {0}.</translation>
    </message>
    <message>
        <source>There is no inventory item with id {0}.</source>
        <translation>Es gibt keinen Eintrag im Inventar mit der ID {0}.</translation>
    </message>
    <message>
        <source>This outcome was taken back; delegate it again as a new outcome.</source>
        <translation>Dieses Ergebnis wurde zurückgenommen; delegiere es neu als neues Ergebnis.</translation>
    </message>
    <message>
        <source>There is no delegation with id {0}.</source>
        <translation>Es gibt keine Delegation mit der ID {0}.</translation>
    </message>
    <message>
        <source>A plan exists already; use --replace to overwrite it (a backup is made first).</source>
        <translation>Es gibt schon einen Plan; überschreibe ihn mit --replace (vorher wird eine Sicherung angelegt).</translation>
    </message>
    <message>
        <source>There is no feedback theme with id {0}.</source>
        <translation>Es gibt kein Feedback-Thema mit der ID {0}.</translation>
    </message>
    <message>
        <source>There is no feedback entry with id {0}.</source>
        <translation>Es gibt keinen Feedback-Eintrag mit der ID {0}.</translation>
    </message>
    <message>
        <source>There is no decision with id {0}.</source>
        <translation>Es gibt keine Entscheidung mit der ID {0}.</translation>
    </message>
    <message>
        <source>A plan exists already; start a new one to replace it.</source>
        <translation>Es gibt schon einen Plan; lege einen neuen an, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>There is no plan yet; run the first-run wizard or `altitude sample`.</source>
        <translation>Es gibt noch keinen Plan; starte den Assistenten oder `altitude sample`.</translation>
    </message>
    <message>
        <source>There is no team member with id {0}.</source>
        <translation>Es gibt kein Teammitglied mit der ID {0}.</translation>
    </message>
    <message>
        <source>Each rule can be in the list only once.</source>
        <translation>Jede Regel darf nur einmal in der Liste stehen.</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Can&apos;t write {0}: {1}</source>
        <translation>{0} lässt sich nicht schreiben: {1}</translation>
    </message>
    <message>
        <source>Choose the report&apos;s sections</source>
        <translation>Abschnitte des Berichts wählen</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the charts and writing the report…</source>
        <translation>Diagramme werden gezeichnet, Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Report export progress</source>
        <translation>Fortschritt des Berichtsexports</translation>
    </message>
    <message>
        <source>Report export cancelled; nothing was written.</source>
        <translation>Berichtsexport abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Can&apos;t write the report to {0}: {1}</source>
        <translation>Der Bericht lässt sich nicht nach {0} schreiben: {1}</translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation>Bericht nicht exportiert</translation>
    </message>
    <message>
        <source>Report exported to {0} ({1} pages)</source>
        <translation>Bericht exportiert nach {0} ({1} Seiten)</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>The whole plan, JSON (*.json);;Weekly check-ins, CSV (*.csv)</source>
        <translation>Der ganze Plan, JSON (*.json);;Wochen-Check-ins, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Can&apos;t export as {0}: end the name in .json (the whole plan) or .csv (the weekly check-ins).</source>
        <translation>Export als {0} nicht möglich: Der Name muss auf .json (der ganze Plan) oder .csv (die Wochen-Check-ins) enden.</translation>
    </message>
    <message>
        <source>Plan not exported</source>
        <translation>Plan nicht exportiert</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Exportiert nach {0}</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Plan importieren</translation>
    </message>
    <message>
        <source>Altitude plan (*.json);;All files (*)</source>
        <translation>Altitude-Plan (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“{0}” holds {1} inventory items, {2} delegations and {3} weekly check-ins. Importing it replaces your current plan, inventory, team, delegations and check-ins. Your current plan is backed up first; undo starts afresh.</source>
        <translation>„{0}“ enthält {1} Tätigkeiten, {2} Delegationen und {3} Wochen-Check-ins. Der Import ersetzt deinen jetzigen Plan, deine Tätigkeiten, dein Team, deine Delegationen und Check-ins. Dein jetziger Plan wird vorher gesichert; der Verlauf für Rückgängig beginnt neu.</translation>
    </message>
    <message>
        <source>Replace your plan?</source>
        <translation>Deinen Plan ersetzen?</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>{0} importiert</translation>
    </message>
    <message>
        <source>Plan not imported</source>
        <translation>Plan nicht importiert</translation>
    </message>
    <message>
        <source>{0}

Nothing was changed.</source>
        <translation>{0}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <source>A PDF for a mentor or coach; you choose what goes in (Ctrl+P)</source>
        <translation>Ein PDF für Mentoring oder Coaching; du wählst, was hineinkommt (Strg+P)</translation>
    </message>
    <message>
        <source>&amp;Export plan…</source>
        <translation>Plan &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the whole plan as JSON, or the check-ins as CSV</source>
        <translation>Den ganzen Plan als JSON speichern oder die Check-ins als CSV</translation>
    </message>
    <message>
        <source>&amp;Import plan…</source>
        <translation>Plan &amp;importieren…</translation>
    </message>
    <message>
        <source>Replace the plan with one exported before</source>
        <translation>Den Plan durch einen früher exportierten ersetzen</translation>
    </message>
</context>
<context>
    <name>FamilyChooser</name>
    <message>
        <source>Showing suggestions for {0}, as you chose.</source>
        <translation>Vorschläge für {0}, wie von dir gewählt.</translation>
    </message>
    <message>
        <source>Your role&apos;s title didn&apos;t point to one field, so these suggestions fit most teams.</source>
        <translation>Dein Rollentitel passte zu keinem bestimmten Bereich, deshalb passen diese Vorschläge zu den meisten Teams.</translation>
    </message>
    <message>
        <source>Suggestions for {0}, because your roles mention {1}.</source>
        <translation>Vorschläge für {0}, weil deine Rollen {1} enthalten.</translation>
    </message>
    <message>
        <source>Field the suggestions are for</source>
        <translation>Bereich, für den die Vorschläge gelten</translation>
    </message>
    <message>
        <source>Not your field? Choose another:</source>
        <translation>Nicht dein Bereich? Wähle einen anderen:</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Wochen-Check-in</translation>
    </message>
    <message>
        <source>Log this week&apos;s hours and reflections (Ctrl+K)</source>
        <translation>Stunden und Reflexionen dieser Woche eintragen (Strg+K)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Gap (you − them)</source>
        <translation>Lücke (du − andere)</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was das heißt</translation>
    </message>
    <message>
        <source>You last rated yourself</source>
        <translation>Zuletzt selbst bewertet</translation>
    </message>
    <message>
        <source>Something you want to get better at</source>
        <translation>Etwas, worin du besser werden willst</translation>
    </message>
    <message>
        <source>Your latest rating of yourself, 1 to 5</source>
        <translation>Deine letzte Selbsteinschätzung, 1 bis 5</translation>
    </message>
    <message>
        <source>The average of the ratings others gave you, 1 to 5</source>
        <translation>Der Durchschnitt der Bewertungen anderer, 1 bis 5</translation>
    </message>
    <message>
        <source>Your rating minus theirs: + when you rate yourself higher</source>
        <translation>Deine Bewertung minus ihre: +, wenn du dich höher einschätzt</translation>
    </message>
    <message>
        <source>You are asked again every 90 days</source>
        <translation>Du wirst alle 90 Tage erneut gefragt</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Kein Thema</translation>
    </message>
    <message>
        <source>Heard on</source>
        <translation>Gehört am</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>What they saw you do</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>What you&apos;ll do</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Your view against others&apos; chart</source>
        <translation>Diagramm: deine Sicht im Vergleich zu anderen</translation>
    </message>
    <message>
        <source>Right-click to save the chart as PNG, SVG or PDF</source>
        <translation>Rechtsklick, um das Diagramm als PNG, SVG oder PDF zu speichern</translation>
    </message>
    <message>
        <source>Correct feedback</source>
        <translation>Feedback korrigieren</translation>
    </message>
    <message>
        <source>Log feedback</source>
        <translation>Feedback eintragen</translation>
    </message>
    <message>
        <source>Your own rating</source>
        <translation>Deine eigene Bewertung</translation>
    </message>
    <message>
        <source>Who it came from</source>
        <translation>Von wem es kam</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <source>Their name and role, e.g. Jonas Weber, Checkout</source>
        <translation>Name und Rolle, z. B. Jonas Weber, Checkout</translation>
    </message>
    <message>
        <source>When you heard it</source>
        <translation>Wann du es gehört hast</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>What they asked for</source>
        <translation>Worum die Person gebeten hat</translation>
    </message>
    <message>
        <source>What they would like you to do.</source>
        <translation>Was die Person sich von dir wünscht.</translation>
    </message>
    <message>
        <source>Feedforward idea {0}</source>
        <translation>Feedforward-Idee {0}</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Nachfassen am</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum zum Nachfassen</translation>
    </message>
    <message>
        <source>Their rating for the theme</source>
        <translation>Bewertung der Person für das Thema</translation>
    </message>
    <message>
        <source>They didn&apos;t give one</source>
        <translation>Keine abgegeben</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>As they described it (situation, behaviour, impact):</source>
        <translation>So hat die Person es beschrieben (Situation, Verhalten, Wirkung):</translation>
    </message>
    <message>
        <source>They asked for</source>
        <translation>Gewünscht</translation>
    </message>
    <message>
        <source>Feedforward: ask “{0}”</source>
        <translation>Feedforward: Frag „{0}“</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>You&apos;ll do</source>
        <translation>Dein Vorhaben</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Their rating</source>
        <translation>Ihre Bewertung</translation>
    </message>
    <message>
        <source>Feedback entry</source>
        <translation>Feedback-Eintrag</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Write down what they saw you do and what it led to, in their words.</source>
        <translation>Schreib auf, was die Person dich tun sah und wozu es führte – in ihren Worten.</translation>
    </message>
    <message>
        <source>First, how do you rate yourself on “{0}”?</source>
        <translation>Zuerst: Wie schätzt du dich bei „{0}“ selbst ein?</translation>
    </message>
    <message>
        <source>Give your own rating first, above.</source>
        <translation>Gib oben zuerst deine eigene Bewertung ab.</translation>
    </message>
    <message>
        <source>Choose your own rating from 1 to 5 first.</source>
        <translation>Wähle zuerst deine eigene Bewertung von 1 bis 5.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fälliges Nachfassen</translation>
    </message>
    <message>
        <source>them</source>
        <translation>der Person</translation>
    </message>
    <message>
        <source>Go back to {0} (due {1}): {2}</source>
        <translation>Nachfassen bei {0} (fällig am {1}): {2}</translation>
    </message>
    <message>
        <source>Mark followed up</source>
        <translation>Als nachgefasst markieren</translation>
    </message>
    <message>
        <source>Mark followed up: {0}</source>
        <translation>Nachfassen bei {0} als erledigt markieren</translation>
    </message>
    <message>
        <source>Done {0}</source>
        <translation>Erledigt am {0}</translation>
    </message>
    <message>
        <source>Rate yourself first, so what others say doesn&apos;t move your own view.</source>
        <translation>Schätz dich zuerst selbst ein, damit das, was andere sagen, deine eigene Sicht nicht verschiebt.</translation>
    </message>
    <message>
        <source>How often do you do this, as someone watching you at work would see it?</source>
        <translation>Wie oft tust du das – so, wie es jemand sähe, der dich bei der Arbeit beobachtet?</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Rate yourself</source>
        <translation>Selbst einschätzen</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Deine Bewertung</translation>
    </message>
    <message>
        <source>Last time, on {0}, you gave yourself {1}. It&apos;s time to look again.</source>
        <translation>Beim letzten Mal, am {0}, hast du dich mit {1} eingeschätzt. Zeit, neu hinzuschauen.</translation>
    </message>
    <message>
        <source>Last time, on {0}, you gave yourself {1}.</source>
        <translation>Beim letzten Mal, am {0}, hast du dich mit {1} eingeschätzt.</translation>
    </message>
    <message>
        <source>Save my rating</source>
        <translation>Meine Bewertung speichern</translation>
    </message>
    <message>
        <source>Rate what you do, not who you are. You&apos;ll be asked again in 90 days.</source>
        <translation>Bewerte, was du tust, nicht, wer du bist. In 90 Tagen wirst du erneut gefragt.</translation>
    </message>
    <message>
        <source>Choose a rating from 1 to 5.</source>
        <translation>Wähle eine Bewertung von 1 bis 5.</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation>Selten</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>Manchmal</translation>
    </message>
    <message>
        <source>Often</source>
        <translation>Oft</translation>
    </message>
    <message>
        <source>Usually</source>
        <translation>Meistens</translation>
    </message>
    <message>
        <source>Almost always</source>
        <translation>Fast immer</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>A team member</source>
        <translation>Ein Teammitglied</translation>
    </message>
    <message>
        <source>A peer</source>
        <translation>Jemand auf deiner Ebene</translation>
    </message>
    <message>
        <source>Your boss</source>
        <translation>Deine Führungskraft</translation>
    </message>
    <message>
        <source>Someone from another function</source>
        <translation>Jemand aus einem anderen Fachbereich</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>Blind spot</source>
        <translation>Blinder Fleck</translation>
    </message>
    <message>
        <source>Hidden strength</source>
        <translation>Verborgene Stärke</translation>
    </message>
    <message>
        <source>Close to theirs</source>
        <translation>Nah beieinander</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Noch niemand gefragt</translation>
    </message>
    <message>
        <source>Rate yourself first</source>
        <translation>Erst selbst einschätzen</translation>
    </message>
    <message>
        <source>Blind spot: others rate you lower than you do by more than a third of the scale.</source>
        <translation>Blinder Fleck: Andere bewerten dich um mehr als ein Drittel der Skala niedriger als du selbst.</translation>
    </message>
    <message>
        <source>Hidden strength: others rate you higher than you do by more than a third of the scale.</source>
        <translation>Verborgene Stärke: Andere bewerten dich um mehr als ein Drittel der Skala höher als du selbst.</translation>
    </message>
    <message>
        <source>Close to theirs: your rating and others&apos; are within a third of the scale.</source>
        <translation>Nah beieinander: Deine Bewertung und die der anderen liegen weniger als ein Drittel der Skala auseinander.</translation>
    </message>
    <message>
        <source>Not asked yet: no one&apos;s rating is logged for this theme. Ask someone.</source>
        <translation>Noch niemand gefragt: Zu diesem Thema ist noch keine Bewertung anderer eingetragen. Frag jemanden.</translation>
    </message>
    <message>
        <source>Rate yourself first, before you log what others said.</source>
        <translation>Schätz dich erst selbst ein, bevor du einträgst, was andere gesagt haben.</translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>{0} · over {1} days ago: rate yourself again</source>
        <translation>{0} · vor über {1} Tagen: Schätz dich erneut ein</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Use my identity statements as themes</source>
        <translation>Meine Leitsätze als Themen nehmen</translation>
    </message>
    <message>
        <source>One theme for each “who I need to become” statement of your plan</source>
        <translation>Ein Thema für jeden „Wer muss ich werden?“-Leitsatz in deinem Plan</translation>
    </message>
    <message>
        <source>Add a theme…</source>
        <translation>Thema hinzufügen…</translation>
    </message>
    <message>
        <source>Add a theme</source>
        <translation>Thema hinzufügen</translation>
    </message>
    <message>
        <source>Something you want to get better at (Ctrl+N)</source>
        <translation>Etwas, worin du besser werden willst (Strg+N)</translation>
    </message>
    <message>
        <source>Rate yourself…</source>
        <translation>Selbst einschätzen…</translation>
    </message>
    <message>
        <source>Rate yourself</source>
        <translation>Selbst einschätzen</translation>
    </message>
    <message>
        <source>Your own rating of the selected theme, 1 to 5</source>
        <translation>Deine eigene Bewertung des gewählten Themas, 1 bis 5</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Thema umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected theme</source>
        <translation>Das gewählte Thema umbenennen</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Thema löschen</translation>
    </message>
    <message>
        <source>Delete the selected theme; what others said stays. Ctrl+Z undoes it</source>
        <translation>Das gewählte Thema löschen; was andere gesagt haben, bleibt. Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Feedback themes</source>
        <translation>Feedback-Themen</translation>
    </message>
    <message>
        <source>Log feedback…</source>
        <translation>Feedback eintragen…</translation>
    </message>
    <message>
        <source>Log feedback</source>
        <translation>Feedback eintragen</translation>
    </message>
    <message>
        <source>Write down what someone said, about the selected theme</source>
        <translation>Aufschreiben, was jemand zum gewählten Thema gesagt hat</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation>Feedback bearbeiten</translation>
    </message>
    <message>
        <source>Correct the selected entry</source>
        <translation>Den gewählten Eintrag korrigieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete feedback</source>
        <translation>Feedback löschen</translation>
    </message>
    <message>
        <source>Delete the selected entry; Ctrl+Z undoes it</source>
        <translation>Den gewählten Eintrag löschen; Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>What others said</source>
        <translation>Was andere gesagt haben</translation>
    </message>
    <message>
        <source>Feedback views</source>
        <translation>Feedback-Ansichten</translation>
    </message>
    <message>
        <source>Your view against theirs, over time</source>
        <translation>Deine Sicht und ihre, im Verlauf</translation>
    </message>
    <message>
        <source>Ask how others experience you, theme by theme. Rate yourself first, then log what they said: the gap between the two is what to work on. Private: this stays in your plan&apos;s file and shows only on this page.</source>
        <translation>Frag, wie andere dich erleben, Thema für Thema. Schätz dich zuerst selbst ein, dann trag ein, was sie gesagt haben: Die Lücke dazwischen ist das, woran du arbeitest. Privat: Das bleibt in der Datei deines Plans und erscheint nur auf dieser Seite.</translation>
    </message>
    <message>
        <source>No themes yet. Start from the statements in your plan, or add your own.</source>
        <translation>Noch keine Themen. Fang mit den Leitsätzen aus deinem Plan an oder füge eigene hinzu.</translation>
    </message>
    <message>
        <source>No themes yet. Add one: something you do that you want to do better.</source>
        <translation>Noch keine Themen. Füge eines hinzu: etwas, das du tust und besser machen willst.</translation>
    </message>
    <message>
        <source>To ask someone this week: “{0}”</source>
        <translation>Diese Woche fragen: „{0}“</translation>
    </message>
    <message>
        <source>Rate yourself again…</source>
        <translation>Erneut selbst einschätzen…</translation>
    </message>
    <message>
        <source>Something you do that you want to do better, e.g. “Run one-to-ones that help”:</source>
        <translation>Etwas, das du tust und besser machen willst, z. B. „1:1-Gespräche führen, die helfen“:</translation>
    </message>
    <message>
        <source>Add a feedback theme</source>
        <translation>Feedback-Thema hinzufügen</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>Das Thema umbenennen</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>Rename a feedback theme</source>
        <translation>Feedback-Thema umbenennen</translation>
    </message>
    <message>
        <source>Theme not saved</source>
        <translation>Thema nicht gespeichert</translation>
    </message>
    <message>
        <source>Delete the theme?</source>
        <translation>Das Thema löschen?</translation>
    </message>
    <message>
        <source>“{0}” and your own ratings of it go; the {1} entries about it stay, with no theme. Undo (Ctrl+Z) brings it all back.</source>
        <translation>„{0}“ und deine eigenen Bewertungen dazu werden gelöscht; die {1} Einträge dazu bleiben, ohne Thema. Rückgängig (Strg+Z) holt alles zurück.</translation>
    </message>
    <message>
        <source>Delete a feedback theme</source>
        <translation>Feedback-Thema löschen</translation>
    </message>
    <message>
        <source>Delete this feedback?</source>
        <translation>Dieses Feedback löschen?</translation>
    </message>
    <message>
        <source>The entry and its feedforward ideas go. Undo (Ctrl+Z) brings them back.</source>
        <translation>Der Eintrag und seine Feedforward-Ideen werden gelöscht. Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Delete a feedback entry</source>
        <translation>Feedback-Eintrag löschen</translation>
    </message>
    <message>
        <source>Mark feedback followed up</source>
        <translation>Feedback als nachgefasst markieren</translation>
    </message>
</context>
<context>
    <name>FeedbackPrompts</name>
    <message>
        <source>What are two things I could do differently over the next month?</source>
        <translation>Welche zwei Dinge könnte ich im nächsten Monat anders machen?</translation>
    </message>
    <message>
        <source>In our last meeting, what did I do that helped, and what got in the way?</source>
        <translation>Was habe ich in unserem letzten Meeting getan, das geholfen hat, und was stand im Weg?</translation>
    </message>
    <message>
        <source>When I handed that work over, what could I have done to make it easier to pick up?</source>
        <translation>Als ich dir die Arbeit übergeben habe: Was hätte ich tun können, damit du sie leichter übernehmen kannst?</translation>
    </message>
    <message>
        <source>What should I keep doing in our one-to-ones, and what should I change?</source>
        <translation>Was soll ich in unseren 1:1s beibehalten, und was soll ich ändern?</translation>
    </message>
    <message>
        <source>Which of my requests last week were unclear, and what would have made them clear?</source>
        <translation>Welche meiner Bitten letzte Woche waren unklar, und was hätte sie klar gemacht?</translation>
    </message>
    <message>
        <source>In the last decision I made, what information did I miss or not ask you for?</source>
        <translation>Welche Information hat mir bei meiner letzten Entscheidung gefehlt, oder wonach habe ich dich nicht gefragt?</translation>
    </message>
    <message>
        <source>What is one thing I could stop doing that would give you more time for your work?</source>
        <translation>Womit könnte ich aufhören, damit du mehr Zeit für deine Arbeit hast?</translation>
    </message>
    <message>
        <source>When and where: the meeting, the task, the moment.</source>
        <translation>Wann und wo: das Meeting, die Aufgabe, der Moment.</translation>
    </message>
    <message>
        <source>What was done or said, as someone watching would describe it.</source>
        <translation>Was getan oder gesagt wurde – so, wie es jemand beschreiben würde, der zugesehen hat.</translation>
    </message>
    <message>
        <source>What it led to for them, for the work or for the team.</source>
        <translation>Wozu es geführt hat: für die Person, für die Arbeit oder für das Team.</translation>
    </message>
    <message>
        <source>What you will do about it, and when: one step you can check.</source>
        <translation>Was du daraus machst, und bis wann: ein Schritt, den du überprüfen kannst.</translation>
    </message>
</context>
<context>
    <name>FillBar</name>
    <message>
        <source>From your imported time: {0}</source>
        <translation>Aus deiner importierten Zeit: {0}</translation>
    </message>
    <message>
        <source>Fill from calendar or tracker…</source>
        <translation>Aus Kalender oder Zeiterfassung füllen…</translation>
    </message>
    <message>
        <source>Fill from calendar or tracker</source>
        <translation>Aus Kalender oder Zeiterfassung füllen</translation>
    </message>
    <message>
        <source>Read this week&apos;s hours from an exported file</source>
        <translation>Die Stunden dieser Woche aus einer exportierten Datei lesen</translation>
    </message>
    <message>
        <source>Undo fill</source>
        <translation>Füllen rückgängig</translation>
    </message>
    <message>
        <source>Undo fill: put back the hours from before</source>
        <translation>Füllen rückgängig: die Stunden von vorher zurückholen</translation>
    </message>
    <message>
        <source>What your imported time shows</source>
        <translation>Was deine importierte Zeit zeigt</translation>
    </message>
    <message>
        <source>Refresh from {0}</source>
        <translation>Neu lesen aus {0}</translation>
    </message>
    <message>
        <source>Read this week again from {0}</source>
        <translation>Diese Woche neu aus {0} lesen</translation>
    </message>
    <message>
        <source>Filled from {0}.</source>
        <translation>Gefüllt aus {0}.</translation>
    </message>
    <message>
        <source>{0} h matched no rule and were left out: classify them with Fill…</source>
        <translation>{0} h passten zu keiner Regel und wurden ausgelassen: Ordne sie mit „Füllen…“ zu.</translation>
    </message>
    <message>
        <source>Cannot refresh from {0}</source>
        <translation>Neu lesen aus {0} nicht möglich</translation>
    </message>
    <message>
        <source>{0}
Nothing was changed. If the file moved, choose it again with “Fill from calendar or tracker…”.</source>
        <translation>{0}
Es wurde nichts geändert. Falls die Datei verschoben wurde, wähle sie mit „Aus Kalender oder Zeiterfassung füllen…“ erneut.</translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message>
        <source>Fill from calendar or tracker — {0}</source>
        <translation>Aus Kalender oder Zeiterfassung füllen – {0}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Noch keine Datei gewählt</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Choose a calendar or tracker file</source>
        <translation>Eine Kalender- oder Zeiterfassungsdatei wählen</translation>
    </message>
    <message>
        <source>Name of this source</source>
        <translation>Name dieser Quelle</translation>
    </message>
    <message>
        <source>e.g. Work calendar</source>
        <translation>z. B. Arbeitskalender</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Dateiart</translation>
    </message>
    <message>
        <source>Tell from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Weeks begin on Monday 00:00 in this zone, e.g. Europe/Berlin</source>
        <translation>Wochen beginnen montags um 00:00 in dieser Zone, z. B. Europe/Berlin</translation>
    </message>
    <message>
        <source>Your e-mail addresses</source>
        <translation>Deine E-Mail-Adressen</translation>
    </message>
    <message>
        <source>To tell invitations you declined and who else was in a meeting</source>
        <translation>Um abgelehnte Einladungen zu erkennen und wer sonst an einem Termin teilnahm</translation>
    </message>
    <message>
        <source>Date order in the file</source>
        <translation>Datumsreihenfolge in der Datei</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>Tag/Monat/Jahr</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>Monat/Tag/Jahr</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>Jahr-Monat-Tag</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Neu lesen</translation>
    </message>
    <message>
        <source>Read the file again with these options</source>
        <translation>Die Datei mit diesen Optionen neu lesen</translation>
    </message>
    <message>
        <source>The week&apos;s hours from the file</source>
        <translation>Die Wochenstunden aus der Datei</translation>
    </message>
    <message>
        <source>What the file shows beyond the hours</source>
        <translation>Was die Datei über die Stunden hinaus zeigt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Your addresses</source>
        <translation>Deine Adr&amp;essen</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>Da&amp;tumsformat</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>Fill the check-in with these hours</source>
        <translation>Den Check-in mit diesen Stunden füllen</translation>
    </message>
    <message>
        <source>Your week of {0} from a file</source>
        <translation>Deine Woche ab {0} aus einer Datei</translation>
    </message>
    <message>
        <source>Export your calendar (.ics) or time tracker (Toggl, Clockify, Timewarrior, Harvest) and choose the file. Nothing leaves this computer, and nothing is saved until you save the check-in.</source>
        <translation>Exportiere deinen Kalender (.ics) oder deine Zeiterfassung (Toggl, Clockify, Timewarrior, Harvest) und wähle die Datei. Nichts verlässt diesen Computer, und nichts wird gespeichert, bevor du den Check-in speicherst.</translation>
    </message>
    <message>
        <source>Choose a calendar or tracker export</source>
        <translation>Einen Kalender- oder Zeiterfassungsexport wählen</translation>
    </message>
    <message>
        <source>Calendars and trackers (*.ics *.csv *.json *.txt);;All files (*)</source>
        <translation>Kalender und Zeiterfassungen (*.ics *.csv *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Execution {0}</source>
        <translation>Operativ {0}</translation>
    </message>
    <message>
        <source>Strategy {0}</source>
        <translation>Strategisch {0}</translation>
    </message>
    <message>
        <source>Unclassified {0}</source>
        <translation>Nicht zugeordnet {0}</translation>
    </message>
    <message>
        <source>Unclassified hours are not filled: classify them below, or add them by hand.</source>
        <translation>Nicht zugeordnete Stunden werden nicht übernommen: Ordne sie unten zu oder trag sie von Hand ein.</translation>
    </message>
    <message>
        <source>Every hour has an inventory item: the split by item is filled too.</source>
        <translation>Jede Stunde gehört zu einer Tätigkeit: Die Aufteilung nach Tätigkeit wird auch gefüllt.</translation>
    </message>
    <message>
        <source>Time rule: {0} → {1}</source>
        <translation>Zeitregel: {0} → {1}</translation>
    </message>
</context>
<context>
    <name>FillLists</name>
    <message>
        <source>Execution</source>
        <translation>Operativ</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategisch</translation>
    </message>
    <message>
        <source>Unclassified: no rule matches these</source>
        <translation>Nicht zugeordnet: Keine Regel passt</translation>
    </message>
    <message>
        <source>Skipped: counted as 0</source>
        <translation>Übersprungen: zählt als 0</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>all-day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>ignored by your rules</source>
        <translation>von deinen Regeln ignoriert</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>None this week.</source>
        <translation>Diese Woche keine.</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… und {0} weitere</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Propose a rule that sends entries like this one to {0}</source>
        <translation>Eine Regel vorschlagen, die Einträge wie diesen zu „{0}“ schickt</translation>
    </message>
    <message>
        <source>Words the rule looks for</source>
        <translation>Wörter, nach denen die Regel sucht</translation>
    </message>
    <message>
        <source>Separate several words with commas; case does not matter</source>
        <translation>Mehrere Wörter mit Kommas trennen; Groß- und Kleinschreibung spielt keine Rolle</translation>
    </message>
    <message>
        <source>Where the rule sends entries</source>
        <translation>Wohin die Regel Einträge schickt</translation>
    </message>
    <message>
        <source>Inventory item the rule&apos;s hours go to</source>
        <translation>Tätigkeit, der die Stunden der Regel zugeordnet werden</translation>
    </message>
    <message>
        <source>Keep this rule</source>
        <translation>Regel behalten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Do not keep this rule</source>
        <translation>Diese Regel nicht behalten</translation>
    </message>
    <message>
        <source>Entries containing</source>
        <translation>Einträge mit</translation>
    </message>
    <message>
        <source>go to</source>
        <translation>gehen zu</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>A rule classifies this entry and every one like it, this week and after; the first rule that matches wins.</source>
        <translation>Eine Regel ordnet diesen Eintrag und alle ähnlichen zu, diese Woche und danach; die erste passende Regel gewinnt.</translation>
    </message>
    <message>
        <source>(no item)</source>
        <translation>(keine Tätigkeit)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this page</source>
        <translation>Auf dieser Seite suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>From the end</source>
        <translation>Vom Ende</translation>
    </message>
    <message>
        <source>From the top</source>
        <translation>Vom Anfang</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{0} h</source>
        <comment>hours, abbreviated</comment>
        <translation>{0} h</translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation>Woche ab {0}</translation>
    </message>
</context>
<context>
    <name>Functions</name>
    <message>
        <source>What are the biggest challenges you face, and why?</source>
        <translation>Was sind eure größten Herausforderungen, und warum?</translation>
    </message>
    <message>
        <source>What opportunities are going untapped?</source>
        <translation>Welche Chancen bleiben ungenutzt?</translation>
    </message>
    <message>
        <source>What has to happen to make the most of them?</source>
        <translation>Was müsste passieren, damit ihr sie nutzen könnt?</translation>
    </message>
    <message>
        <source>If you were me, what would you focus on?</source>
        <translation>Wenn du an meiner Stelle wärst: Worauf würdest du dich konzentrieren?</translation>
    </message>
    <message>
        <source>Coverage of the functions by month</source>
        <translation>Zusammenarbeit mit den Fachbereichen pro Monat</translation>
    </message>
    <message>
        <source>Right-click to save the chart as PNG, SVG or PDF</source>
        <translation>Rechtsklick, um das Diagramm als PNG, SVG oder PDF zu speichern</translation>
    </message>
    <message>
        <source>{0}: how they work</source>
        <translation>{0}: wie der Bereich arbeitet</translation>
    </message>
    <message>
        <source>Add a function</source>
        <translation>Fachbereich hinzufügen</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <source>e.g. Finance, Customer success, Procurement</source>
        <translation>z. B. Finanzen, Customer Success, Einkauf</translation>
    </message>
    <message>
        <source>What they are measured on</source>
        <translation>Woran sie gemessen werden</translation>
    </message>
    <message>
        <source>e.g. gross margin, days sales outstanding</source>
        <translation>z. B. Bruttomarge, Forderungslaufzeit (DSO)</translation>
    </message>
    <message>
        <source>How your team moves their numbers</source>
        <translation>Wie dein Team ihre Zahlen bewegt</translation>
    </message>
    <message>
        <source>e.g. fewer refunds lower support&apos;s ticket volume</source>
        <translation>z. B. weniger Rückerstattungen senken das Ticketaufkommen im Support</translation>
    </message>
    <message>
        <source>Whom you learn from</source>
        <translation>Von wem du lernst</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>What you still don&apos;t understand</source>
        <translation>Was du noch nicht verstehst</translation>
    </message>
    <message>
        <source>e.g. how the quarterly forecast is built</source>
        <translation>z. B. wie die Quartalsprognose entsteht</translation>
    </message>
    <message>
        <source>Could you explain their goals to your boss?</source>
        <translation>Könntest du ihre Ziele deiner Führungskraft erklären?</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Gemessen an</translation>
    </message>
    <message>
        <source>Your team moves it by</source>
        <translation>Dein Team bewegt das durch</translation>
    </message>
    <message>
        <source>You learn from</source>
        <translation>Du lernst von</translation>
    </message>
    <message>
        <source>Still unclear</source>
        <translation>Noch unklar</translation>
    </message>
    <message>
        <source>Could explain</source>
        <translation>Erklären können</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>To learn what is still unclear, ask them (Watkins):
{0}</source>
        <translation>Um zu verstehen, was noch unklar ist, frag die Leute dort (Watkins):
{0}</translation>
    </message>
    <message>
        <source>Edit a function</source>
        <translation>Fachbereich bearbeiten</translation>
    </message>
    <message>
        <source>Last worked with</source>
        <translation>Zuletzt zusammengearbeitet</translation>
    </message>
    <message>
        <source>Could you explain it?</source>
        <translation>Könntest du es erklären?</translation>
    </message>
    <message>
        <source>How your team moves it</source>
        <translation>Wie dein Team das bewegt</translation>
    </message>
    <message>
        <source>Flagged when you haven&apos;t worked with them for 60 days</source>
        <translation>Markiert, wenn du 60 Tage lang nicht mit diesem Bereich zusammengearbeitet hast</translation>
    </message>
    <message>
        <source>Could you explain their goals to your boss? 1 to 5</source>
        <translation>Könntest du ihre Ziele deiner Führungskraft erklären? 1 bis 5</translation>
    </message>
    <message>
        <source>Someone there from your relationships</source>
        <translation>Jemand von dort aus deinen Beziehungen</translation>
    </message>
    <message>
        <source>The numbers they are judged by</source>
        <translation>Die Zahlen, an denen sie gemessen werden</translation>
    </message>
    <message>
        <source>What your team does that moves those numbers</source>
        <translation>Was dein Team tut, das diese Zahlen bewegt</translation>
    </message>
    <message>
        <source>What you still don&apos;t understand about how they work</source>
        <translation>Was du an ihrer Arbeitsweise noch nicht verstehst</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>vaguely</source>
        <translation>vage</translation>
    </message>
    <message>
        <source>the outline</source>
        <translation>in groben Zügen</translation>
    </message>
    <message>
        <source>well</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>as they would</source>
        <translation>so gut wie sie selbst</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Cash, margin, velocity (how fast money turns), growth and customers: which of these does their number move? (Ram Charan)</source>
        <translation>Cash, Marge, Umschlag (wie schnell Geld zurückfließt), Wachstum und Kunden: Welche davon bewegt ihre Kennzahl? (Ram Charan)</translation>
    </message>
    <message>
        <source>Never yet</source>
        <translation>Noch nie</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>{0} days ago</source>
        <translation>vor {0} Tagen</translation>
    </message>
    <message>
        <source>{0}: over {1} days</source>
        <translation>{0}: über {1} Tage</translation>
    </message>
    <message>
        <source>You have worked with every function in the last {0} days.</source>
        <translation>Du hast in den letzten {0} Tagen mit jedem Fachbereich zusammengearbeitet.</translation>
    </message>
    <message>
        <source>Not worked with in {0} days or more: {1}. A question over coffee counts.</source>
        <translation>Seit {0} Tagen oder länger keine Zusammenarbeit: {1}. Eine Frage beim Kaffee zählt auch.</translation>
    </message>
</context>
<context>
    <name>FunctionsPage</name>
    <message>
        <source>Functions</source>
        <translation>Fachbereiche</translation>
    </message>
    <message>
        <source>Add the usual functions</source>
        <translation>Die üblichen Fachbereiche hinzufügen</translation>
    </message>
    <message>
        <source>Finance, sales, marketing, operations, product, support, people / HR and legal; rename or delete any of them</source>
        <translation>Finanzen, Vertrieb, Marketing, Operations, Produkt, Support, Personal / HR und Recht; benenne oder lösche jeden davon nach Bedarf</translation>
    </message>
    <message>
        <source>Add a function…</source>
        <translation>Fachbereich hinzufügen…</translation>
    </message>
    <message>
        <source>Another function your work touches (Ctrl+N)</source>
        <translation>Ein weiterer Fachbereich, den deine Arbeit berührt (Strg+N)</translation>
    </message>
    <message>
        <source>Fill in…</source>
        <translation>Ausfüllen…</translation>
    </message>
    <message>
        <source>What they are measured on, how your team moves it, whom you learn from</source>
        <translation>Woran sie gemessen werden, wie dein Team das beeinflusst, von wem du lernst</translation>
    </message>
    <message>
        <source>Worked with them today…</source>
        <translation>Heute zusammengearbeitet…</translation>
    </message>
    <message>
        <source>Log a meeting, a question or a piece of work with this function today</source>
        <translation>Ein Treffen, eine Frage oder gemeinsame Arbeit mit diesem Fachbereich heute eintragen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected function and its history; Ctrl+Z undoes it</source>
        <translation>Den gewählten Fachbereich samt Verlauf löschen; Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>No functions yet. Start from the usual ones (finance, sales, marketing, operations, product, support, people / HR, legal) and rename or delete them to fit your organisation, or add your own.</source>
        <translation>Noch keine Fachbereiche. Fang mit den üblichen an (Finanzen, Vertrieb, Marketing, Operations, Produkt, Support, Personal / HR, Recht) und benenne oder lösche sie passend zu deiner Organisation, oder füge eigene hinzu.</translation>
    </message>
    <message>
        <source>To ask each function&apos;s people</source>
        <translation>Was du die Leute jedes Fachbereichs fragen kannst</translation>
    </message>
    <message>
        <source>(Michael Watkins, The First 90 Days)</source>
        <translation>(Michael Watkins, „Die ersten 90 Tage“)</translation>
    </message>
    <message>
        <source>To read any function&apos;s numbers</source>
        <translation>Um die Zahlen jedes Fachbereichs zu lesen</translation>
    </message>
    <message>
        <source>Function views</source>
        <translation>Ansichten der Fachbereiche</translation>
    </message>
    <message>
        <source>How often, month by month</source>
        <translation>Wie oft, Monat für Monat</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Fragen, die du stellen kannst</translation>
    </message>
    <message>
        <source>How the other functions work and how your team moves their numbers. Leaders who spend time across functions run more productive organisations (Bandiera et al.).</source>
        <translation>Wie die anderen Fachbereiche arbeiten und wie dein Team ihre Zahlen bewegt. Führungskräfte, die Zeit über Bereichsgrenzen hinweg verbringen, leiten produktivere Organisationen (Bandiera u. a.).</translation>
    </message>
    <message>
        <source>Worked with them today</source>
        <translation>Heute zusammengearbeitet</translation>
    </message>
    <message>
        <source>You worked with {0} today. A note, if you like (what you learned):</source>
        <translation>Du hast heute mit {0} zusammengearbeitet. Wenn du magst, eine Notiz (was du gelernt hast):</translation>
    </message>
    <message>
        <source>Log time with a function</source>
        <translation>Zeit mit einem Fachbereich eintragen</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>{0} löschen?</translation>
    </message>
    <message>
        <source>What you wrote about it and the times you worked with it go. Undo (Ctrl+Z) brings them back.</source>
        <translation>Was du darüber geschrieben hast und die Zeiten, in denen ihr zusammengearbeitet habt, werden gelöscht. Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Delete a function</source>
        <translation>Fachbereich löschen</translation>
    </message>
</context>
<context>
    <name>GlidePreview</name>
    <message>
        <source>Your glide path appears here.</source>
        <translation>Hier erscheint dein Zielpfad.</translation>
    </message>
    <message>
        <source>Glide path preview</source>
        <translation>Vorschau des Zielpfads</translation>
    </message>
    <message>
        <source>The glide path appears once the plan ends after it starts.</source>
        <translation>Der Zielpfad erscheint, sobald der Plan nach seinem Beginn endet.</translation>
    </message>
    <message>
        <source>No glide path yet.</source>
        <translation>Noch kein Zielpfad.</translation>
    </message>
    <message>
        <source>day {0}: {1}%</source>
        <translation>Tag {0}: {1} %</translation>
    </message>
    <message>
        <source>Strategy share of your week: {0}% at the start, then {1}.</source>
        <translation>Strategieanteil deiner Woche: {0} % zu Beginn, dann {1}.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Tag {0}</translation>
    </message>
</context>
<context>
    <name>GuideShortcuts</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo what you undid</source>
        <translation>Wiederherstellen, was du rückgängig gemacht hast</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>what it does</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>the guide</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Altitude guide</source>
        <translation>Altitude-Handbuch</translation>
    </message>
    <message>
        <source>Guide contents</source>
        <translation>Inhalt des Handbuchs</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Seite des Handbuchs</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>Auf dieser Seite suchen</translation>
    </message>
    <message>
        <source>Close the find bar, or the guide</source>
        <translation>Suchleiste oder Handbuch schließen</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>Altitude does not open links outside the guide: {0}</source>
        <translation>Altitude öffnet keine Links außerhalb des Handbuchs: {0}</translation>
    </message>
    <message>
        <source>(Shown when the guide is opened from the app.)</source>
        <translation>(Wird angezeigt, wenn das Handbuch aus der App geöffnet wird.)</translation>
    </message>
    <message>
        <source>This part of the guide is missing: {0}</source>
        <translation>Dieser Teil des Handbuchs fehlt: {0}</translation>
    </message>
    <message>
        <source>Altitude guide — {0}</source>
        <translation>Altitude-Handbuch – {0}</translation>
    </message>
</context>
<context>
    <name>IdentityEditor</name>
    <message>
        <source>Statements of who you need to become</source>
        <translation>Leitsätze: wer du werden musst</translation>
    </message>
    <message>
        <source>Add your own, e.g. &quot;Ask before I answer&quot;</source>
        <translation>Füge eigene hinzu, z. B. „Fragen, bevor ich antworte“</translation>
    </message>
    <message>
        <source>Your own statement</source>
        <translation>Dein eigener Leitsatz</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add your own statement</source>
        <translation>Eigenen Leitsatz hinzufügen</translation>
    </message>
    <message>
        <source>{0} chosen (up to {1}). Double-click a statement to put it in your own words.</source>
        <translation>{0} gewählt (bis zu {1}). Doppelklick auf einen Leitsatz, um ihn in deine eigenen Worte zu fassen.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Who do I need to become?</source>
        <translation>Wer muss ich werden?</translation>
    </message>
    <message>
        <source>The leader you are growing into, in a few short statements.</source>
        <translation>Die Führungskraft, zu der du wirst – in ein paar kurzen Leitsätzen.</translation>
    </message>
    <message>
        <source>What got you promoted (output, control, expertise) is not what the new role needs. Tick the statements you want to grow into, reword them so they sound like you, or add your own.</source>
        <translation>Was dich befördert hat (Leistung, Kontrolle, Fachwissen), ist nicht das, was die neue Rolle braucht. Hake die Leitsätze an, in die du hineinwachsen willst, formuliere sie so, dass sie nach dir klingen, oder füge eigene hinzu.</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>Strategy</source>
        <translation>Strategisch</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Operativ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Delegate the outcome</source>
        <translation>Ergebnis delegieren</translation>
    </message>
    <message>
        <source>Coach, then delegate</source>
        <translation>Erst coachen, dann delegieren</translation>
    </message>
    <message>
        <source>Stop doing it</source>
        <translation>Nicht mehr tun</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegieren</translation>
    </message>
    <message>
        <source>Coach first</source>
        <translation>Erst coachen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>What you do</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Deine Entscheidung</translation>
    </message>
    <message>
        <source>Something you spend time on in a typical week.</source>
        <translation>Etwas, womit du in einer typischen Woche Zeit verbringst.</translation>
    </message>
    <message>
        <source>Execution: doing, reviewing, fixing. Strategy: direction, people, decisions.</source>
        <translation>Operativ: selbst machen, prüfen, korrigieren. Strategisch: Richtung, Menschen, Entscheidungen.</translation>
    </message>
    <message>
        <source>Hours a week you spend on it.</source>
        <translation>Stunden pro Woche, die du dafür aufwendest.</translation>
    </message>
    <message>
        <source>What Altitude suggests from your weighing; hover a row to see why.</source>
        <translation>Was Altitude nach deiner Abwägung vorschlägt; fahr mit der Maus über eine Zeile, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>What you decided. Your decision always wins over the suggestion.</source>
        <translation>Was du entschieden hast. Deine Entscheidung geht dem Vorschlag immer vor.</translation>
    </message>
    <message>
        <source>Not decided yet: choose in the weighing panel.</source>
        <translation>Noch nicht entschieden: Wähle im Abwägungsbereich.</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Edit “{0}”</source>
        <translation>„{0}“ bearbeiten</translation>
    </message>
    <message>
        <source>Add “{0}”</source>
        <translation>„{0}“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>„{0}“ löschen</translation>
    </message>
    <message>
        <source>Weigh “{0}”</source>
        <translation>„{0}“ abwägen</translation>
    </message>
    <message>
        <source>Decide “{0}”: {1}</source>
        <translation>Entscheidung zu „{0}“: {1}</translation>
    </message>
    <message>
        <source>Add “{0}” to your delegation ledger as a planned outcome, freeing {1} a week? You can name its owner and success measure there.</source>
        <translation>„{0}“ als geplantes Ergebnis in deine Delegationsliste aufnehmen und so {1} pro Woche frei bekommen? Verantwortliche Person und Erfolgskriterium legst du dort fest.</translation>
    </message>
    <message>
        <source>Delegate this outcome?</source>
        <translation>Dieses Ergebnis delegieren?</translation>
    </message>
    <message>
        <source>Saved: {0}. A planned delegation is in your ledger; give it an owner and a success measure on the Delegation page.</source>
        <translation>Gespeichert: {0}. In deiner Delegationsliste steht jetzt eine geplante Delegation; gib ihr auf der Seite „Delegation“ eine verantwortliche Person und ein Erfolgskriterium.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <source>List what you spend your week on, then select a row to weigh it and decide. Double-click a cell to edit it.</source>
        <translation>Liste auf, womit du deine Woche verbringst, und wähle dann eine Zeile, um sie abzuwägen und zu entscheiden. Doppelklick auf eine Zelle, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Filter by any word…</source>
        <translation>Nach beliebigem Wort filtern…</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>Tätigkeiten filtern</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Tätigkeit hinzufügen</translation>
    </message>
    <message>
        <source>Add something you do (Ctrl+N)</source>
        <translation>Etwas hinzufügen, das du tust (Strg+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected item (Delete); Ctrl+Z undoes it</source>
        <translation>Die gewählte Tätigkeit löschen (Entf); Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Tätigkeit löschen</translation>
    </message>
    <message>
        <source>Problem with the edit</source>
        <translation>Problem bei der Bearbeitung</translation>
    </message>
    <message>
        <source>Inventory items</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show the items as a table</source>
        <translation>Die Tätigkeiten als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Show the items weighed: leverage against only-you</source>
        <translation>Die Tätigkeiten abgewogen zeigen: Hebel gegen „nur du“</translation>
    </message>
    <message>
        <source>{0} view</source>
        <translation>Ansicht: {0}</translation>
    </message>
    <message>
        <source>“{0}”: {1}</source>
        <translation>„{0}“: {1}</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Tätigkeit</translation>
    </message>
</context>
<context>
    <name>JudgmentPanel</name>
    <message>
        <source>Calibration progress</source>
        <translation>Fortschritt der Kalibrierung</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brier-Score</translation>
    </message>
    <message>
        <source>Process against outcome</source>
        <translation>Vorgehen × Ergebnis</translation>
    </message>
    <message>
        <source>Good outcome</source>
        <translation>Gutes Ergebnis</translation>
    </message>
    <message>
        <source>Poor outcome</source>
        <translation>Schlechtes Ergebnis</translation>
    </message>
    <message>
        <source>Good decision</source>
        <translation>Gute Entscheidung</translation>
    </message>
    <message>
        <source>Poor decision</source>
        <translation>Schlechte Entscheidung</translation>
    </message>
    <message>
        <source>Decisions your team made</source>
        <translation>Entscheidungen deines Teams</translation>
    </message>
    <message>
        <source>How long decisions waited</source>
        <translation>Wie lange Entscheidungen gewartet haben</translation>
    </message>
    <message>
        <source>Calibration chart</source>
        <translation>Diagramm der Kalibrierung</translation>
    </message>
    <message>
        <source>Team&apos;s share of decisions chart</source>
        <translation>Diagramm: Anteil des Teams an den Entscheidungen</translation>
    </message>
    <message>
        <source>Judgment charts</source>
        <translation>Diagramme zum Urteilsvermögen</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Team&apos;s share</source>
        <translation>Anteil des Teams</translation>
    </message>
    <message>
        <source>Your judgment</source>
        <translation>Dein Urteilsvermögen</translation>
    </message>
    <message>
        <source>You have reviewed {0} of {1} decisions; calibration needs {2}.</source>
        <translation>Du hast {0} von {1} Entscheidungen ausgewertet; für die Kalibrierung braucht es {2}.</translation>
    </message>
    <message>
        <source>Fewer than that and one decision moves the picture by more than a 10-point bin.</source>
        <translation>Bei weniger verschiebt eine einzelne Entscheidung das Bild um mehr als eine 10-Punkte-Stufe.</translation>
    </message>
    <message>
        <source>Of the decisions you gave about 70%, did about 70% come true? {0} reviewed decisions, in 10-point bins.</source>
        <translation>Sind von den Entscheidungen, denen du etwa 70 % gegeben hast, etwa 70 % eingetreten? {0} ausgewertete Entscheidungen, in Stufen von 10 Punkten.</translation>
    </message>
    <message>
        <source>Your team made {0} of your {1} logged decisions ({2:.0f}%). Delegated decisions count: a rising share is the point of delegating.</source>
        <translation>Dein Team hat {0} deiner {1} festgehaltenen Entscheidungen getroffen ({2:.0f} %). Delegierte Entscheidungen zählen mit: Ein steigender Anteil ist der Sinn des Delegierens.</translation>
    </message>
    <message>
        <source>Log decisions, yours and your team&apos;s, to see who makes them.</source>
        <translation>Halte Entscheidungen fest, deine und die deines Teams, um zu sehen, wer sie trifft.</translation>
    </message>
    <message>
        <source>Note when a question first came up to see how long decisions wait.</source>
        <translation>Notiere, wann eine Frage zum ersten Mal aufkam, um zu sehen, wie lange Entscheidungen warten.</translation>
    </message>
    <message>
        <source>Decisions waited a median of {0} days from the question coming up.</source>
        <translation>Entscheidungen haben im Median {0} Tage gewartet, seit die Frage aufkam.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Applies when you restart Altitude.</source>
        <translation>Gilt nach einem Neustart von Altitude.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Altitude could not keep the language: {0}</source>
        <translation>Altitude konnte die Sprache nicht speichern: {0}</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>New delegation</source>
        <translation>Neue Delegation</translation>
    </message>
    <message>
        <source>Hand over an outcome, from scratch or from your inventory (Ctrl+N)</source>
        <translation>Ein Ergebnis übergeben, neu oder aus deinen Tätigkeiten (Strg+N)</translation>
    </message>
    <message>
        <source>Show: {0}</source>
        <translation>Zeigen: {0}</translation>
    </message>
    <message>
        <source>Delegated outcomes</source>
        <translation>Delegierte Ergebnisse</translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>Delegation löschen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Nothing handed over yet. Choose New delegation (Ctrl+N) and start from something in your inventory you decided to delegate.</source>
        <translation>Noch nichts übergeben. Wähle „Neue Delegation“ (Strg+N) und fang mit etwas aus deinen Tätigkeiten an, das du delegieren willst.</translation>
    </message>
    <message>
        <source>Freed so far: {0} a week</source>
        <translation>Bisher frei: {0} pro Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) due</source>
        <translation>
            <numerusform>%n Check-in fällig</numerusform>
            <numerusform>%n Check-ins fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>work came back to you in %n week(s)</source>
        <translation>
            <numerusform>Arbeit kam in %n Woche zu dir zurück</numerusform>
            <numerusform>Arbeit kam in %n Wochen zu dir zurück</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelPlanEditor</name>
    <message>
        <source>No steps planned: add one to say how far the level rises.</source>
        <translation>Keine Schritte geplant: Füge einen hinzu, um festzulegen, wie weit die Stufe steigt.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Add a planned level step</source>
        <translation>Einen geplanten Stufenschritt hinzufügen</translation>
    </message>
    <message>
        <source>Plan the next level and the week to reach it.</source>
        <translation>Plane die nächste Stufe und die Woche, bis zu der sie erreicht sein soll.</translation>
    </message>
    <message>
        <source>by week </source>
        <translation>bis Woche </translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>von Anfang an</translation>
    </message>
    <message>
        <source>Step {0}: week</source>
        <translation>Schritt {0}: Woche</translation>
    </message>
    <message>
        <source>Weeks after the hand-over started.</source>
        <translation>Wochen nach Beginn der Übergabe.</translation>
    </message>
    <message>
        <source>Step {0}: level</source>
        <translation>Schritt {0}: Stufe</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove step {0}</source>
        <translation>Schritt {0} entfernen</translation>
    </message>
</context>
<context>
    <name>LevelTimeline</name>
    <message>
        <source>level {0} from the start</source>
        <translation>Stufe {0} von Anfang an</translation>
    </message>
    <message>
        <source>level {0} by week {1}</source>
        <translation>Stufe {0} bis Woche {1}</translation>
    </message>
    <message>
        <source>Planned: {0}.</source>
        <translation>Geplant: {0}.</translation>
    </message>
    <message>
        <source>No level plan yet.</source>
        <translation>Noch kein Stufenplan.</translation>
    </message>
    <message>
        <source>Actual: {0} since {1}.</source>
        <translation>Tatsächlich: {0} seit {1}.</translation>
    </message>
    <message>
        <source>Actual: not started yet.</source>
        <translation>Tatsächlich: noch nicht begonnen.</translation>
    </message>
    <message>
        <source>On plan: {0} by now.</source>
        <translation>Im Plan: jetzt {0}.</translation>
    </message>
    <message>
        <source>Behind plan: the plan has {0} by now.</source>
        <translation>Hinter dem Plan: Der Plan sieht jetzt {0} vor.</translation>
    </message>
    <message>
        <source>Ahead of plan, which has {0} by now.</source>
        <translation>Dem Plan voraus, der jetzt {0} vorsieht.</translation>
    </message>
    <message>
        <source>Next: {0} by week {1}.</source>
        <translation>Als Nächstes: {0} bis Woche {1}.</translation>
    </message>
    <message>
        <source>Planned and actual delegation level over time</source>
        <translation>Geplante und tatsächliche Delegationsstufe im Verlauf</translation>
    </message>
    <message>
        <source>wk {0}</source>
        <translation>Wo. {0}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>Tell</source>
        <translation>Verkünden</translation>
    </message>
    <message>
        <source>I decide and tell them.</source>
        <translation>Ich entscheide und sage es ihnen.</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkaufen</translation>
    </message>
    <message>
        <source>I decide and explain why, to win them over.</source>
        <translation>Ich entscheide und erkläre, warum – um sie zu überzeugen.</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Befragen</translation>
    </message>
    <message>
        <source>I ask for their input, then I decide.</source>
        <translation>Ich hole ihre Meinung ein, dann entscheide ich.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Einigen</translation>
    </message>
    <message>
        <source>We decide together.</source>
        <translation>Wir entscheiden gemeinsam.</translation>
    </message>
    <message>
        <source>Advise</source>
        <translation>Beraten</translation>
    </message>
    <message>
        <source>They decide; I offer my advice.</source>
        <translation>Sie entscheiden; ich berate.</translation>
    </message>
    <message>
        <source>Inquire</source>
        <translation>Erkundigen</translation>
    </message>
    <message>
        <source>They decide and tell me afterwards.</source>
        <translation>Sie entscheiden und sagen es mir danach.</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegieren</translation>
    </message>
    <message>
        <source>They decide; I don&apos;t need to know.</source>
        <translation>Sie entscheiden; ich muss es nicht wissen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptbereich</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Opening your plan…</source>
        <translation>Dein Plan wird geöffnet…</translation>
    </message>
    <message>
        <source>Altitude &amp;guide</source>
        <translation>Altitude-&amp;Handbuch</translation>
    </message>
    <message>
        <source>How Altitude works, and the ideas behind it</source>
        <translation>Wie Altitude funktioniert und welche Ideen dahinterstehen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key Altitude knows</source>
        <translation>Alle Tasten, die Altitude kennt</translation>
    </message>
</context>
<context>
    <name>MilestonesEditor</name>
    <message>
        <source>Add milestone</source>
        <translation>Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>Add a milestone</source>
        <translation>Einen Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Strategy share</source>
        <translation>Strategieanteil</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Day </source>
        <translation>Tag </translation>
    </message>
    <message>
        <source>Milestone {0}: day</source>
        <translation>Meilenstein {0}: Tag</translation>
    </message>
    <message>
        <source>Milestone {0}: strategy share</source>
        <translation>Meilenstein {0}: Strategieanteil</translation>
    </message>
    <message>
        <source>What should be true by then?</source>
        <translation>Was soll bis dahin erreicht sein?</translation>
    </message>
    <message>
        <source>Milestone {0}: label</source>
        <translation>Meilenstein {0}: Bezeichnung</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove milestone {0}</source>
        <translation>Meilenstein {0} entfernen</translation>
    </message>
</context>
<context>
    <name>MotivePage</name>
    <message>
        <source>Be honest: nobody else reads this. Wanting to grow other people and wanting control over the work are different reasons. If it is mostly control (over decisions, quality, how things are done), expect the move to be harder: you will be tempted to take the work back. The first year and a half is hard for many new leaders, and knowing your reason helps on the hard days.</source>
        <translation>Sei ehrlich: Niemand sonst liest das. Andere wachsen sehen zu wollen und Kontrolle über die Arbeit zu wollen sind verschiedene Gründe. Geht es dir vor allem um Kontrolle (über Entscheidungen, Qualität, wie Dinge gemacht werden), wird der Wechsel schwerer: Du wirst versucht sein, die Arbeit zurückzunehmen. Die ersten anderthalb Jahre sind für viele neue Führungskräfte hart, und deinen Grund zu kennen hilft an den schweren Tagen.</translation>
    </message>
    <message>
        <source>Why do I want to lead?</source>
        <translation>Warum will ich führen?</translation>
    </message>
    <message>
        <source>One honest paragraph. You can change it at any time.</source>
        <translation>Ein ehrlicher Absatz. Du kannst ihn jederzeit ändern.</translation>
    </message>
    <message>
        <source>I want to lead because…

Who do I want to see grow? What will be true when it is working?</source>
        <translation>Ich will führen, weil …

Wen will ich wachsen sehen? Was ist anders, wenn es funktioniert?</translation>
    </message>
    <message>
        <source>Optional, but worth the two minutes.</source>
        <translation>Optional, aber die zwei Minuten wert.</translation>
    </message>
</context>
<context>
    <name>MovePage</name>
    <message>
        <source>Your move</source>
        <translation>Dein Wechsel</translation>
    </message>
    <message>
        <source>The step you are taking, and how long you give yourself.</source>
        <translation>Der Schritt, den du gehst, und wie viel Zeit du dir dafür gibst.</translation>
    </message>
    <message>
        <source>e.g. Senior backend engineer</source>
        <translation>z. B. Senior Backend Engineer</translation>
    </message>
    <message>
        <source>Your role until now</source>
        <translation>Deine bisherige Rolle</translation>
    </message>
    <message>
        <source>e.g. Engineering manager, Payments</source>
        <translation>z. B. Engineering Manager, Payments</translation>
    </message>
    <message>
        <source>Your new role</source>
        <translation>Deine neue Rolle</translation>
    </message>
    <message>
        <source>Plan starts on</source>
        <translation>Plan beginnt am</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Plan length in days</source>
        <translation>Planlänge in Tagen</translation>
    </message>
    <message>
        <source>Plan ends on</source>
        <translation>Plan endet am</translation>
    </message>
    <message>
        <source>ending on</source>
        <translation>endet am</translation>
    </message>
    <message>
        <source>Your role until now:</source>
        <translation>Deine bisherige Rolle:</translation>
    </message>
    <message>
        <source>The words of both titles pick suggestions from your field (sales, nursing, teaching, software…); you can choose another field later.</source>
        <translation>Die Wörter beider Titel wählen Vorschläge aus deinem Bereich (Vertrieb, Pflege, Schule, Software …); du kannst später einen anderen Bereich wählen.</translation>
    </message>
    <message>
        <source>Your new role:</source>
        <translation>Deine neue Rolle:</translation>
    </message>
    <message>
        <source>Plan starts on:</source>
        <translation>Plan beginnt am:</translation>
    </message>
    <message>
        <source>Plan length:</source>
        <translation>Planlänge:</translation>
    </message>
    <message>
        <source>On these days you compare your week with the plan. 30, 60 and 90 days is the usual rhythm; change the days if your organisation works to others.</source>
        <translation>An diesen Tagen vergleichst du deine Woche mit dem Plan. 30, 60 und 90 Tage sind der übliche Rhythmus; ändere die Tage, wenn deine Organisation anders tickt.</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Meilensteine:</translation>
    </message>
</context>
<context>
    <name>Narrative</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Guiding policy</source>
        <translation>Leitlinie</translation>
    </message>
    <message>
        <source>We will not</source>
        <translation>Was wir nicht tun</translation>
    </message>
    <message>
        <source>Coherent actions</source>
        <translation>Kohärente Maßnahmen</translation>
    </message>
    <message>
        <source>Press release from the future</source>
        <translation>Pressemitteilung aus der Zukunft</translation>
    </message>
    <message>
        <source>What is really going on? A couple of sentences.</source>
        <translation>Was ist wirklich los? Ein, zwei Sätze.</translation>
    </message>
    <message>
        <source>How you will deal with it: the approach, not the target.</source>
        <translation>Wie du damit umgehst: der Ansatz, nicht das Ziel.</translation>
    </message>
    <message>
        <source>What the policy rules out, one per line.</source>
        <translation>Was die Leitlinie ausschließt, eins pro Zeile.</translation>
    </message>
    <message>
        <source>{0} to {1} steps that carry the policy out, each tied to the work doing it.</source>
        <translation>{0} bis {1} Schritte, die die Leitlinie umsetzen, jeder verbunden mit der Tätigkeit, die ihn trägt.</translation>
    </message>
    <message>
        <source>Optional: the announcement you would like to read at the horizon.</source>
        <translation>Optional: die Meldung, die du am Ende des Horizonts gern lesen würdest.</translation>
    </message>
    <message>
        <source>No diagnosis yet: what is really going on?</source>
        <translation>Noch keine Diagnose: Was ist wirklich los?</translation>
    </message>
    <message>
        <source>This reads like a goal (where to get to); say how you will get there.</source>
        <translation>Das liest sich wie ein Ziel (wo du hinwillst); sag, wie du dorthin kommst.</translation>
    </message>
    <message>
        <source>Nothing is ruled out yet: what will you not do?</source>
        <translation>Noch ist nichts ausgeschlossen: Was wirst du nicht tun?</translation>
    </message>
    <message>
        <source>Words that sound deep but say little: {0}.</source>
        <translation>Wörter, die tief klingen, aber wenig sagen: {0}.</translation>
    </message>
    <message>
        <source>There is no diagnosis yet: what is really going on?</source>
        <translation>Es gibt noch keine Diagnose: Was ist wirklich los?</translation>
    </message>
    <message>
        <source>The guiding policy reads like a goal; say how you will get there.</source>
        <translation>Die Leitlinie liest sich wie ein Ziel; sag, wie du dorthin kommst.</translation>
    </message>
    <message>
        <source>Nothing is ruled out: what will you not do?</source>
        <translation>Nichts ist ausgeschlossen: Was wirst du nicht tun?</translation>
    </message>
    <message>
        <source>Name {0} to {1} coherent actions.</source>
        <translation>Nenne {0} bis {1} kohärente Maßnahmen.</translation>
    </message>
    <message>
        <source>More than {0} actions is a list, not a focus: which matter most?</source>
        <translation>Mehr als {0} Maßnahmen sind eine Liste, kein Fokus: Welche zählen am meisten?</translation>
    </message>
    <message>
        <source>No hours go to “{0}” in your recent weeks.</source>
        <translation>In deinen letzten Wochen gehen keine Stunden in „{0}“.</translation>
    </message>
    <message>
        <source>e.g. Hand the release train to Priya by March</source>
        <translation>z. B. Den Release-Zug bis März an Priya übergeben</translation>
    </message>
    <message>
        <source>Inventory items</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <source>No inventory items yet</source>
        <translation>Noch keine Tätigkeiten</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegationen</translation>
    </message>
    <message>
        <source>No delegations yet</source>
        <translation>Noch keine Delegationen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Inventory items doing it:</source>
        <translation>Tätigkeiten, die sie umsetzen:</translation>
    </message>
    <message>
        <source>Delegations carrying it:</source>
        <translation>Delegationen, die sie tragen:</translation>
    </message>
    <message>
        <source>Tick every one that carries this action</source>
        <translation>Hak alles an, was diese Maßnahme trägt</translation>
    </message>
    <message>
        <source>&amp;{0}.</source>
        <translation>&amp;{0}.</translation>
    </message>
    <message>
        <source>Action {0}</source>
        <translation>Maßnahme {0}</translation>
    </message>
    <message>
        <source>Remove action {0}</source>
        <translation>Maßnahme {0} entfernen</translation>
    </message>
    <message>
        <source>Items action {0} uses</source>
        <translation>Tätigkeiten für Maßnahme {0}</translation>
    </message>
    <message>
        <source>Delegations carrying action {0}</source>
        <translation>Delegationen, die Maßnahme {0} tragen</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>The narrative&apos;s arc chart</source>
        <translation>Verlaufsdiagramm des Narrativs</translation>
    </message>
    <message>
        <source>Click a dot to show that version; right-click to save the chart</source>
        <translation>Klick auf einen Punkt zeigt diese Fassung; Rechtsklick speichert das Diagramm</translation>
    </message>
    <message>
        <source>Version {0} · {1}</source>
        <translation>Fassung {0} · {1}</translation>
    </message>
    <message>
        <source>Added: {0} · Removed: {1}</source>
        <translation>Hinzugefügt: {0} · Entfernt: {1}</translation>
    </message>
    <message>
        <source>underlined</source>
        <translation>unterstrichen</translation>
    </message>
    <message>
        <source>struck through</source>
        <translation>durchgestrichen</translation>
    </message>
    <message>
        <source>No changes: the two versions say the same.</source>
        <translation>Keine Änderungen: Beide Fassungen sagen dasselbe.</translation>
    </message>
    <message>
        <source>Compare the version</source>
        <translation>Die Fassung vergleichen</translation>
    </message>
    <message>
        <source>with the version</source>
        <translation>mit der Fassung</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Only one version so far. Revise the narrative next month to see what changed.</source>
        <translation>Bisher gibt es nur eine Fassung. Überarbeite das Narrativ nächsten Monat, dann siehst du, was sich geändert hat.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;mit</translation>
    </message>
    <message>
        <source>Added words are marked with plus signs, removed ones with minus signs</source>
        <translation>Hinzugefügte Wörter sind mit Plus-, entfernte mit Minuszeichen markiert</translation>
    </message>
    <message>
        <source>Write your narrative</source>
        <translation>Schreib dein Narrativ</translation>
    </message>
    <message>
        <source>Revise the narrative</source>
        <translation>Das Narrativ überarbeiten</translation>
    </message>
    <message>
        <source>e.g. Two teams ship the same checkout twice, and nobody owns the overlap.</source>
        <translation>z. B. Zwei Teams bauen denselben Checkout doppelt, und niemand ist für die Überschneidung verantwortlich.</translation>
    </message>
    <message>
        <source>e.g. One checkout, owned by one team; the other moves to payments.</source>
        <translation>z. B. Ein Checkout, verantwortet von einem Team; das andere wechselt zu Payments.</translation>
    </message>
    <message>
        <source>One per line, e.g. Take on new markets this year</source>
        <translation>Eins pro Zeile, z. B. Dieses Jahr neue Märkte erschließen</translation>
    </message>
    <message>
        <source>e.g. “Checkout now ships weekly, and customers notice…”</source>
        <translation>z. B. „Der Checkout wird jetzt jede Woche ausgeliefert, und die Kunden merken es …“</translation>
    </message>
    <message>
        <source>Date of the press release</source>
        <translation>Datum der Pressemitteilung</translation>
    </message>
    <message>
        <source>Rumelt&apos;s kernel: what is really going on, how you will deal with it, and a few actions that carry it out. Hints appear as you write; none of them stops you saving. Saving keeps this as a new version: earlier ones stay.</source>
        <translation>Rumelts Kern: was wirklich los ist, wie du damit umgehst und ein paar Maßnahmen, die das umsetzen. Beim Schreiben erscheinen Hinweise; keiner davon hindert dich am Speichern. Beim Speichern entsteht eine neue Fassung; die früheren bleiben erhalten.</translation>
    </message>
    <message>
        <source>Dated:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>The narrative&apos;s parts</source>
        <translation>Die Teile des Narrativs</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Als neue Fassung speichern</translation>
    </message>
    <message>
        <source>Keep this as today&apos;s version (Ctrl+Enter)</source>
        <translation>Als heutige Fassung speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Say each action in a few words (or remove its row).</source>
        <translation>Beschreib jede Maßnahme in wenigen Worten (oder entferne ihre Zeile).</translation>
    </message>
    <message>
        <source>Hint: {0}</source>
        <translation>Hinweis: {0}</translation>
    </message>
    <message>
        <source>delegated: {0}</source>
        <translation>delegiert: {0}</translation>
    </message>
    <message>
        <source>No hints: none of the hallmarks of bad strategy show here.</source>
        <translation>Keine Hinweise: Keines der Merkmale schlechter Strategie zeigt sich hier.</translation>
    </message>
    <message>
        <source>{0}, dated {1}</source>
        <translation>{0}, vom {1}</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(noch nicht geschrieben)</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>{0} · not tied to any work yet</source>
        <translation>{0} · noch mit keiner Arbeit verbunden</translation>
    </message>
    <message>
        <source>Write the narrative</source>
        <translation>Das Narrativ schreiben</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativ</translation>
    </message>
    <message>
        <source>Where you are taking the team, and why — in a page you revisit every month. Each revision is kept, so you can see how your thinking moved.</source>
        <translation>Wohin du das Team führst und warum – auf einer Seite, die du jeden Monat wieder aufgreifst. Jede Überarbeitung bleibt erhalten, so siehst du, wie sich dein Denken entwickelt hat.</translation>
    </message>
    <message>
        <source>No narrative yet</source>
        <translation>Noch kein Narrativ</translation>
    </message>
    <message>
        <source>A strategy worth the name has three parts (Richard Rumelt&apos;s kernel):
• a diagnosis — what is really going on, in a couple of sentences;
• a guiding policy — how you will deal with it, and what you will not do;
• three to five coherent actions — tied to the work that carries them, so Altitude can show how many hours a week really go to each.
Optionally, the press release you would like to read at your horizon.</source>
        <translation>Eine Strategie, die den Namen verdient, hat drei Teile (Richard Rumelts Kern):
• eine Diagnose – was wirklich los ist, in ein, zwei Sätzen;
• eine Leitlinie – wie du damit umgehst und was du nicht tun wirst;
• drei bis fünf kohärente Maßnahmen – verbunden mit der Arbeit, die sie trägt, damit Altitude zeigen kann, wie viele Stunden pro Woche wirklich in jede fließen.
Optional die Pressemitteilung, die du am Ende deines Horizonts gern lesen würdest.</translation>
    </message>
    <message>
        <source>Write your narrative…</source>
        <translation>Schreib dein Narrativ…</translation>
    </message>
    <message>
        <source>Write the first version (Ctrl+N)</source>
        <translation>Die erste Fassung schreiben (Strg+N)</translation>
    </message>
    <message>
        <source>The version shown</source>
        <translation>Die gezeigte Fassung</translation>
    </message>
    <message>
        <source>Revise the narrative…</source>
        <translation>Das Narrativ überarbeiten…</translation>
    </message>
    <message>
        <source>Write today&apos;s version, starting from the latest (Ctrl+N)</source>
        <translation>Die heutige Fassung schreiben, ausgehend von der neuesten (Strg+N)</translation>
    </message>
    <message>
        <source>Show the latest</source>
        <translation>Neueste zeigen</translation>
    </message>
    <message>
        <source>Back to the latest version</source>
        <translation>Zurück zur neuesten Fassung</translation>
    </message>
    <message>
        <source>Delete this version</source>
        <translation>Diese Fassung löschen</translation>
    </message>
    <message>
        <source>Delete the version shown; Ctrl+Z brings it back</source>
        <translation>Die gezeigte Fassung löschen; Strg+Z holt sie zurück</translation>
    </message>
    <message>
        <source>The kernel</source>
        <translation>Der Kern</translation>
    </message>
    <message>
        <source>Narrative views</source>
        <translation>Ansichten des Narrativs</translation>
    </message>
    <message>
        <source>Each dot is a version, placed at the hours a week its actions got by the time it was replaced (the latest: your recent weeks) and labelled with its hints. The ring marks the version shown; click a dot to show it.</source>
        <translation>Jeder Punkt ist eine Fassung – platziert bei den Stunden pro Woche, die ihre Maßnahmen bekamen, bis sie ersetzt wurde (bei der neuesten: deine letzten Wochen), und beschriftet mit ihren Hinweisen. Der Ring markiert die gezeigte Fassung; klick auf einen Punkt, um sie zu zeigen.</translation>
    </message>
    <message>
        <source>The arc</source>
        <translation>Der Verlauf</translation>
    </message>
    <message>
        <source>{0} — the latest, of {1}</source>
        <translation>{0} – die neueste von {1}</translation>
    </message>
    <message>
        <source>{0} of {1} — an earlier version</source>
        <translation>{0} von {1} – eine frühere Fassung</translation>
    </message>
    <message>
        <source>A month has passed since you wrote it: revise it, or save it again if it still holds.</source>
        <translation>Seit du es geschrieben hast, ist ein Monat vergangen: Überarbeite es oder speichere es erneut, wenn es noch gilt.</translation>
    </message>
    <message>
        <source>Next revisit: {0} (monthly).</source>
        <translation>Nächste Überarbeitung: {0} (monatlich).</translation>
    </message>
    <message>
        <source>Delete this version?</source>
        <translation>Diese Fassung löschen?</translation>
    </message>
    <message>
        <source>{0} goes; the other versions stay. Undo (Ctrl+Z) brings it back.</source>
        <translation>{0} wird gelöscht; die anderen Fassungen bleiben. Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Delete a narrative version</source>
        <translation>Fassung des Narrativs löschen</translation>
    </message>
    <message>
        <source>0 h — nothing in your recent weeks goes to this</source>
        <translation>0 h – in deinen letzten Wochen geht nichts hierhin</translation>
    </message>
    <message>
        <source>{0} h a week</source>
        <translation>{0} h pro Woche</translation>
    </message>
</context>
<context>
    <name>NewDelegationDialog</name>
    <message>
        <source>Hand over an outcome</source>
        <translation>Ein Ergebnis übergeben</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <source>Nothing — write the outcome from scratch</source>
        <translation>Nichts – das Ergebnis neu formulieren</translation>
    </message>
    <message>
        <source>{0} ({1} a week)</source>
        <translation>{0} ({1} pro Woche)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>What will be filled in</source>
        <translation>Was ausgefüllt wird</translation>
    </message>
    <message>
        <source>Pick something from your inventory and its outcome and hours are filled in: those hours count as freed once you start handing it over.</source>
        <translation>Wähle etwas aus deinen Tätigkeiten, dann werden Ergebnis und Stunden ausgefüllt: Diese Stunden zählen als frei, sobald die Übergabe beginnt.</translation>
    </message>
    <message>
        <source>Outcome “{0}”; {1} a week freed once you start handing it over.</source>
        <translation>Ergebnis „{0}“; {1} pro Woche frei, sobald die Übergabe beginnt.</translation>
    </message>
    <message>
        <source>You write the outcome and its hours yourself.</source>
        <translation>Ergebnis und Stunden trägst du selbst ein.</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Weigh your items: decide for each what you keep, hand over or stop.</source>
        <translation>Wäge deine Tätigkeiten ab: Entscheide bei jeder, ob du sie behältst, übergibst oder weglässt.</translation>
    </message>
    <message>
        <source>Add your team: the people you can hand work to.</source>
        <translation>Füge dein Team hinzu: die Menschen, denen du Arbeit übergeben kannst.</translation>
    </message>
    <message>
        <source>Hand over a first outcome: a result someone else owns, with a measure of success.</source>
        <translation>Übergib ein erstes Ergebnis: etwas, wofür jemand anderes verantwortlich ist, mit einem Erfolgskriterium.</translation>
    </message>
    <message>
        <source>Log your first weekly check-in: where your hours went, in two minutes.</source>
        <translation>Trag deinen ersten Wochen-Check-in ein: wohin deine Stunden gegangen sind, in zwei Minuten.</translation>
    </message>
    <message>
        <source>Record a first decision: what you chose, and how sure you were.</source>
        <translation>Halte eine erste Entscheidung fest: was du gewählt hast und wie sicher du warst.</translation>
    </message>
    <message>
        <source>Ask for feedback: note what someone told you, or rate yourself on a theme.</source>
        <translation>Bitte um Feedback: Notiere, was dir jemand gesagt hat, oder schätz dich zu einem Thema selbst ein.</translation>
    </message>
    <message>
        <source>Write your narrative: what is really going on, and how you will deal with it.</source>
        <translation>Schreib dein Narrativ: Was ist wirklich los, und wie gehst du damit um?</translation>
    </message>
    <message>
        <source>Meet your boss: add them to your relationships and note a first conversation.</source>
        <translation>Triff deine Führungskraft: Füge sie zu deinen Beziehungen hinzu und notiere ein erstes Gespräch.</translation>
    </message>
    <message>
        <source>First list what fills your week, with its hours.</source>
        <translation>Liste zuerst auf, was deine Woche füllt, mit Stunden.</translation>
    </message>
    <message>
        <source>{0} of {1} items still undecided.</source>
        <translation>{0} von {1} Tätigkeiten noch nicht entschieden.</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} von {1} erledigt</translation>
    </message>
    <message>
        <source>{0} · in the order for {1} (a rule of thumb, after Watkins)</source>
        <translation>{0} · in der Reihenfolge für {1} (eine Faustregel nach Watkins)</translation>
    </message>
    <message>
        <source>Open Inventory</source>
        <translation>Tätigkeiten öffnen</translation>
    </message>
    <message>
        <source>Open Team</source>
        <translation>Team öffnen</translation>
    </message>
    <message>
        <source>Open Delegation</source>
        <translation>Delegation öffnen</translation>
    </message>
    <message>
        <source>Log a check-in</source>
        <translation>Check-in eintragen</translation>
    </message>
    <message>
        <source>Open Decisions</source>
        <translation>Entscheidungen öffnen</translation>
    </message>
    <message>
        <source>Open Feedback</source>
        <translation>Feedback öffnen</translation>
    </message>
    <message>
        <source>Open Narrative</source>
        <translation>Narrativ öffnen</translation>
    </message>
    <message>
        <source>Open Relationships</source>
        <translation>Beziehungen öffnen</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>Erledigt: {0}</translation>
    </message>
    <message>
        <source>Your first steps</source>
        <translation>Deine ersten Schritte</translation>
    </message>
    <message>
        <source>Each step ticks itself off once it is done in your plan; the list goes when all are.</source>
        <translation>Jeder Schritt hakt sich selbst ab, sobald er in deinem Plan erledigt ist; die Liste verschwindet, wenn alle erledigt sind.</translation>
    </message>
    <message>
        <source>For example: {0}</source>
        <translation>Zum Beispiel: {0}</translation>
    </message>
    <message>
        <source>Nothing is due yet: start with your first steps.</source>
        <translation>Noch ist nichts fällig: Fang mit deinen ersten Schritten an.</translation>
    </message>
    <message>
        <source>That page is not in this version of Altitude.</source>
        <translation>Diese Seite gibt es in dieser Version von Altitude nicht.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativ</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Fachbereiche</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Rückblicke</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>e.g. Senior backend engineer</source>
        <translation>z. B. Senior Backend Engineer</translation>
    </message>
    <message>
        <source>Where do they want to grow? Hand them outcomes that lead there.</source>
        <translation>Wo will die Person wachsen? Übergib ihr Ergebnisse, die dorthin führen.</translation>
    </message>
    <message>
        <source>Strengths, what they find hard, what you noticed</source>
        <translation>Stärken, was ihr schwerfällt, was dir aufgefallen ist</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>How often you meet one to one</source>
        <translation>Wie oft ihr euch zum 1:1 trefft</translation>
    </message>
    <message>
        <source>None logged</source>
        <translation>Keins eingetragen</translation>
    </message>
    <message>
        <source>Met today</source>
        <translation>Heute getroffen</translation>
    </message>
    <message>
        <source>Log a one-to-one today</source>
        <translation>Ein 1:1 für heute eintragen</translation>
    </message>
    <message>
        <source>Next one-to-one</source>
        <translation>Nächstes 1:1</translation>
    </message>
    <message>
        <source>What they carry for you</source>
        <translation>Was die Person für dich trägt</translation>
    </message>
    <message>
        <source>Their outcomes</source>
        <translation>Ihre Ergebnisse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Growth goal</source>
        <translation>Entwicklungsziel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Meet every</source>
        <translation>Treffen alle</translation>
    </message>
    <message>
        <source>Last one-to-one</source>
        <translation>Letztes 1:1</translation>
    </message>
    <message>
        <source>Select a team member</source>
        <translation>Wähle ein Teammitglied</translation>
    </message>
    <message>
        <source>Nothing handed over or planned. If their growth goal fits an item in your inventory, hand it over from the Delegation page.</source>
        <translation>Nichts übergeben oder geplant. Wenn das Entwicklungsziel der Person zu einer deiner Tätigkeiten passt, übergib sie über die Seite „Delegation“.</translation>
    </message>
    <message>
        <source>{0} a week once handed over · level {1}</source>
        <translation>{0} pro Woche nach der Übergabe · Stufe {1}</translation>
    </message>
    <message>
        <source>{0} a week back on your desk</source>
        <translation>{0} pro Woche wieder auf deinem Tisch</translation>
    </message>
    <message>
        <source>{0} a week · level {1}</source>
        <translation>{0} pro Woche · Stufe {1}</translation>
    </message>
    <message>
        <source>Set how often you meet, and Altitude reminds you on the dashboard.</source>
        <translation>Leg fest, wie oft ihr euch trefft, dann erinnert dich Altitude auf der Übersicht.</translation>
    </message>
    <message>
        <source>No one-to-one logged yet: it is due now.</source>
        <translation>Noch kein 1:1 eingetragen: Es ist jetzt fällig.</translation>
    </message>
    <message>
        <source>Due since {0}.</source>
        <translation>Fällig seit {0}.</translation>
    </message>
    <message>
        <source>Next one due by {0}.</source>
        <translation>Das nächste ist bis {0} fällig.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Your role until now</source>
        <translation>Deine bisherige Rolle</translation>
    </message>
    <message>
        <source>Your new role</source>
        <translation>Deine neue Rolle</translation>
    </message>
    <message>
        <source>Plan starts on</source>
        <translation>Plan beginnt am</translation>
    </message>
    <message>
        <source>Plan ends on</source>
        <translation>Plan endet am</translation>
    </message>
    <message>
        <source>Why do I want to lead?</source>
        <translation>Warum will ich führen?</translation>
    </message>
    <message>
        <source>I want to lead because…</source>
        <translation>Ich will führen, weil …</translation>
    </message>
    <message>
        <source>Your move</source>
        <translation>Dein Wechsel</translation>
    </message>
    <message>
        <source>Role until now:</source>
        <translation>Bisherige Rolle:</translation>
    </message>
    <message>
        <source>New role:</source>
        <translation>Neue Rolle:</translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>Your target split (share of the week on strategy)</source>
        <translation>Deine Zielaufteilung (Anteil der Woche für Strategie)</translation>
    </message>
    <message>
        <source>At the start:</source>
        <translation>Zu Beginn:</translation>
    </message>
    <message>
        <source>By the end:</source>
        <translation>Bis zum Ende:</translation>
    </message>
    <message>
        <source>On track within:</source>
        <translation>Toleranz für „im Plan“:</translation>
    </message>
    <message>
        <source>Milestones: where the line should be on the way</source>
        <translation>Meilensteine: wo die Linie unterwegs liegen soll</translation>
    </message>
    <message>
        <source>Glide path</source>
        <translation>Zielpfad</translation>
    </message>
    <message>
        <source>Growing others, or keeping control? Reread this on the hard days.</source>
        <translation>Andere wachsen lassen oder Kontrolle behalten? Lies das an schweren Tagen noch einmal.</translation>
    </message>
    <message>
        <source>Who do I need to become?</source>
        <translation>Wer muss ich werden?</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Dein Plan</translation>
    </message>
    <message>
        <source>Changes are saved as you make them; Ctrl+Z undoes them.</source>
        <translation>Änderungen werden sofort gespeichert; Strg+Z macht sie rückgängig.</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Plandetails</translation>
    </message>
    <message>
        <source>You have no plan yet. Making one takes about five minutes: your move, why you want to lead, and the split of your week you aim for.</source>
        <translation>Du hast noch keinen Plan. Einer ist in etwa fünf Minuten gemacht: dein Wechsel, warum du führen willst und die Aufteilung deiner Woche, die du anstrebst.</translation>
    </message>
    <message>
        <source>Create a plan…</source>
        <translation>Plan anlegen…</translation>
    </message>
    <message>
        <source>Create a plan</source>
        <translation>Plan anlegen</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Plan bearbeiten</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>Start a new plan?</source>
        <translation>Einen neuen Plan beginnen?</translation>
    </message>
    <message>
        <source>When you finish the wizard, your current plan, inventory, delegations, team and check-ins are replaced by the new plan. Export them first if you want a copy. Cancelling the wizard keeps everything as it is.</source>
        <translation>Wenn du den Assistenten abschließt, werden dein jetziger Plan, deine Tätigkeiten, Delegationen, dein Team und deine Check-ins durch den neuen Plan ersetzt. Exportiere sie vorher, wenn du eine Kopie willst. Brichst du den Assistenten ab, bleibt alles, wie es ist.</translation>
    </message>
    <message>
        <source>New plan — Altitude</source>
        <translation>Neuer Plan – Altitude</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>Plan gespeichert</translation>
    </message>
    <message>
        <source>The suggestions for your field could not be read ({0}). Add your own tasks below; reinstalling Altitude restores the suggestions.</source>
        <translation>Die Vorschläge für deinen Bereich konnten nicht gelesen werden ({0}). Trag unten deine eigenen Aufgaben ein; eine Neuinstallation von Altitude stellt die Vorschläge wieder her.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Altitude can&apos;t open your plan</source>
        <translation>Altitude kann deinen Plan nicht öffnen</translation>
    </message>
    <message>
        <source>{0}. Your file was left as it is.</source>
        <translation>{0}. Deine Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{0}. Nothing was changed.</source>
        <translation>{0}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{0} weekly check-ins, the last for {1}</source>
        <translation>{0} Wochen-Check-ins, der letzte für {1}</translation>
    </message>
    <message>
        <source>no weekly check-ins yet</source>
        <translation>noch keine Wochen-Check-ins</translation>
    </message>
    <message>
        <source>{0}

The newest good backup is from {1} ({2}). Restore it?

The file that can&apos;t be opened is kept, renamed, in the same folder.</source>
        <translation>{0}

Die neueste intakte Sicherung ist vom {1} ({2}). Wiederherstellen?

Die Datei, die sich nicht öffnen lässt, bleibt umbenannt im selben Ordner erhalten.</translation>
    </message>
    <message>
        <source>Restore the newest backup?</source>
        <translation>Die neueste Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Your plan is back as it was on {0}. The damaged file was kept as {1}.</source>
        <translation>Dein Plan ist wieder so wie am {0}. Die beschädigte Datei wurde als {1} aufbewahrt.</translation>
    </message>
    <message>
        <source>{0}

No backup was found. Start a new, empty plan? The file that can&apos;t be opened is kept, renamed, in the same folder.</source>
        <translation>{0}

Es wurde keine Sicherung gefunden. Einen neuen, leeren Plan beginnen? Die Datei, die sich nicht öffnen lässt, bleibt umbenannt im selben Ordner erhalten.</translation>
    </message>
    <message>
        <source>Start a new plan?</source>
        <translation>Einen neuen Plan beginnen?</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <source>The damaged file was kept as {0}.</source>
        <translation>Die beschädigte Datei wurde als {0} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Relationships</name>
    <message>
        <source>Not held yet.</source>
        <translation>Noch nicht geführt.</translation>
    </message>
    <message>
        <source>Last held {0}.</source>
        <translation>Zuletzt geführt am {0}.</translation>
    </message>
    <message>
        <source>Last held {0}. Agreed: {1}</source>
        <translation>Zuletzt geführt am {0}. Vereinbart: {1}</translation>
    </message>
    <message>
        <source>No one is marked as your boss yet. Add them, or edit someone and tick “This is my boss”: the five conversations with a new boss then show here.</source>
        <translation>Noch ist niemand als deine Führungskraft markiert. Füge die Person hinzu oder bearbeite jemanden und hak „Das ist meine Führungskraft“ an: Dann erscheinen hier die fünf Gespräche mit einer neuen Führungskraft.</translation>
    </message>
    <message>
        <source>Add your boss…</source>
        <translation>Deine Führungskraft hinzufügen…</translation>
    </message>
    <message>
        <source>Add your boss</source>
        <translation>Deine Führungskraft hinzufügen</translation>
    </message>
    <message>
        <source>Hold this conversation…</source>
        <translation>Dieses Gespräch führen…</translation>
    </message>
    <message>
        <source>Hold the conversation: {0}</source>
        <translation>Das Gespräch führen: {0}</translation>
    </message>
    <message>
        <source>Write down when you talked and what you agreed</source>
        <translation>Halte fest, wann ihr gesprochen habt und was ihr vereinbart habt</translation>
    </message>
    <message>
        <source>The five conversations with your boss</source>
        <translation>Die fünf Gespräche mit deiner Führungskraft</translation>
    </message>
    <message>
        <source>The five conversations with {0}</source>
        <translation>Die fünf Gespräche mit {0}</translation>
    </message>
    <message>
        <source>Hold it again…</source>
        <translation>Erneut führen…</translation>
    </message>
    <message>
        <source>Next, in Watkins&apos; order: {0}. Each is a conversation of its own, not an agenda item.</source>
        <translation>Als Nächstes, in Watkins’ Reihenfolge: {0}. Jedes ist ein eigenes Gespräch, kein Tagesordnungspunkt.</translation>
    </message>
    <message>
        <source>All five held. Go back to them as things change, e.g. at each review.</source>
        <translation>Alle fünf geführt. Greif sie wieder auf, wenn sich etwas ändert, z. B. bei jedem Rückblick.</translation>
    </message>
    <message>
        <source>Hold a conversation: {0}</source>
        <translation>Ein Gespräch führen: {0}</translation>
    </message>
    <message>
        <source>When you talked</source>
        <translation>Wann ihr gesprochen habt</translation>
    </message>
    <message>
        <source>What you agreed</source>
        <translation>Was ihr vereinbart habt</translation>
    </message>
    <message>
        <source>In a sentence or two, as you would confirm it by mail</source>
        <translation>In ein, zwei Sätzen, so wie du es per Mail bestätigen würdest</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Map of influence and interest</source>
        <translation>Karte von Einfluss und Interesse</translation>
    </message>
    <message>
        <source>Right-click to save the map as PNG, SVG or PDF</source>
        <translation>Rechtsklick, um die Karte als PNG, SVG oder PDF zu speichern</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Maria Keller</source>
        <translation>z. B. Maria Keller</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>e.g. VP Sales, my manager, key customer</source>
        <translation>z. B. VP Sales, meine Führungskraft, wichtiger Kunde</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <source>e.g. Finance</source>
        <translation>z. B. Finanzen</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>This is my boss (the five conversations apply)</source>
        <translation>Das ist meine Führungskraft (die fünf Gespräche gelten)</translation>
    </message>
    <message>
        <source>Be in touch every</source>
        <translation>Kontakt alle</translation>
    </message>
    <message>
        <source>Keep a rhythm of contact</source>
        <translation>Einen Kontaktrhythmus halten</translation>
    </message>
    <message>
        <source>Days between contacts</source>
        <translation>Tage zwischen den Kontakten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>e.g. the Q3 numbers by Friday; an intro to Hannah</source>
        <translation>z. B. die Q3-Zahlen bis Freitag; den Kontakt zu Hannah</translation>
    </message>
    <message>
        <source>What you owe them</source>
        <translation>Was du der Person schuldest</translation>
    </message>
    <message>
        <source>e.g. a decision on the headcount</source>
        <translation>z. B. eine Entscheidung zum Headcount</translation>
    </message>
    <message>
        <source>What they owe you</source>
        <translation>Was die Person dir schuldet</translation>
    </message>
    <message>
        <source>How much say they have over your work and its resources.</source>
        <translation>Wie viel die Person über deine Arbeit und ihre Ressourcen mitzureden hat.</translation>
    </message>
    <message>
        <source>How much what your team does matters to them.</source>
        <translation>Wie wichtig der Person ist, was dein Team tut.</translation>
    </message>
    <message>
        <source>How far you can rely on each other today.</source>
        <translation>Wie sehr ihr euch heute aufeinander verlassen könnt.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>You owe them</source>
        <translation>Du schuldest</translation>
    </message>
    <message>
        <source>They owe you</source>
        <translation>Schuldet dir</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Someone beyond your team whose support your work needs: your boss, a peer, another function&apos;s lead, a key customer.</source>
        <translation>Jemand außerhalb deines Teams, auf dessen Unterstützung deine Arbeit angewiesen ist: deine Führungskraft, jemand auf deiner Ebene, die Leitung eines anderen Fachbereichs, ein wichtiger Kunde.</translation>
    </message>
    <message>
        <source>Edit a relationship</source>
        <translation>Beziehung bearbeiten</translation>
    </message>
    <message>
        <source>Add a relationship</source>
        <translation>Beziehung hinzufügen</translation>
    </message>
    <message>
        <source>Last in touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Next contact due</source>
        <translation>Nächster Kontakt fällig</translation>
    </message>
    <message>
        <source>How much say they have over your work, 1 to 5</source>
        <translation>Wie viel die Person über deine Arbeit mitzureden hat, 1 bis 5</translation>
    </message>
    <message>
        <source>How much your work matters to them, 1 to 5</source>
        <translation>Wie wichtig ihr deine Arbeit ist, 1 bis 5</translation>
    </message>
    <message>
        <source>Whether they back what you are doing</source>
        <translation>Ob die Person unterstützt, was du tust</translation>
    </message>
    <message>
        <source>The trust between you, 1 to 5</source>
        <translation>Das Vertrauen zwischen euch, 1 bis 5</translation>
    </message>
    <message>
        <source>From how often you mean to be in touch</source>
        <translation>Aus dem Rhythmus, in dem du Kontakt halten willst</translation>
    </message>
    <message>
        <source>On the map: {0}</source>
        <translation>Auf der Karte: {0}</translation>
    </message>
    <message>
        <source>{0} (your boss)</source>
        <translation>{0} (deine Führungskraft)</translation>
    </message>
    <message>
        <source>Approach first: no one influential is a supporter or a convincible yet. Find out where the influential people stand.</source>
        <translation>Zuerst ansprechen: Noch ist niemand mit Einfluss unterstützend oder überzeugbar. Finde heraus, wo die einflussreichen Personen stehen.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Approach first: {0}. Influential people who back you, or could, help you win the others (Watkins).</source>
        <translation>Zuerst ansprechen: {0}. Einflussreiche Personen, die dich unterstützen oder unterstützen könnten, helfen dir, die anderen zu gewinnen (Watkins).</translation>
    </message>
    <message>
        <source>In touch {0}.</source>
        <translation>Kontakt: {0}.</translation>
    </message>
    <message>
        <source>You owe them: {0}.</source>
        <translation>Du schuldest der Person: {0}.</translation>
    </message>
    <message>
        <source>They owe you: {0}.</source>
        <translation>Die Person schuldet dir: {0}.</translation>
    </message>
    <message>
        <source>Last time: {0}</source>
        <translation>Zuletzt: {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>hardly any</source>
        <translation>kaum</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>ein wenig</translation>
    </message>
    <message>
        <source>some</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>viel</translation>
    </message>
    <message>
        <source>decisive</source>
        <translation>entscheidend</translation>
    </message>
    <message>
        <source>keen</source>
        <translation>groß</translation>
    </message>
    <message>
        <source>it&apos;s central to them</source>
        <translation>für sie zentral</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keins</translation>
    </message>
    <message>
        <source>wary</source>
        <translation>vorsichtig</translation>
    </message>
    <message>
        <source>working</source>
        <translation>arbeitsfähig</translation>
    </message>
    <message>
        <source>solid</source>
        <translation>solide</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>tief</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Unterstützend</translation>
    </message>
    <message>
        <source>Convincible</source>
        <translation>Überzeugbar</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Ablehnend</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <source>Backs what you are doing: ask them to help bring others along.</source>
        <translation>Unterstützt, was du tust: Bitte sie, andere mitzunehmen.</translation>
    </message>
    <message>
        <source>Not decided: the right case, made early, can win them over.</source>
        <translation>Noch unentschieden: Die richtigen Argumente, früh vorgebracht, können sie gewinnen.</translation>
    </message>
    <message>
        <source>Against it for now: learn why before you push.</source>
        <translation>Im Moment dagegen: Finde heraus, warum, bevor du Druck machst.</translation>
    </message>
    <message>
        <source>You don&apos;t know yet: a first conversation will tell you.</source>
        <translation>Das weißt du noch nicht: Ein erstes Gespräch zeigt es dir.</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Eng einbinden</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Zufriedenstellen</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Informiert halten</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Die Lage</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Arbeitsstil</translation>
    </message>
    <message>
        <source>Personal development</source>
        <translation>Persönliche Entwicklung</translation>
    </message>
    <message>
        <source>How do you both read the situation: what is going on, and why?</source>
        <translation>Wie lest ihr beide die Lage: Was ist los, und warum?</translation>
    </message>
    <message>
        <source>What does success look like at 30, 60 and 90 days?</source>
        <translation>Wie sieht Erfolg nach 30, 60 und 90 Tagen aus?</translation>
    </message>
    <message>
        <source>What do you need — people, money, time, their support?</source>
        <translation>Was brauchst du – Leute, Geld, Zeit, ihre Unterstützung?</translation>
    </message>
    <message>
        <source>How do you work together: how often, how, about what?</source>
        <translation>Wie arbeitet ihr zusammen: wie oft, wie, worüber?</translation>
    </message>
    <message>
        <source>What should you learn in this role, and how?</source>
        <translation>Was solltest du in dieser Rolle lernen, und wie?</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>{0} days ago</source>
        <translation>vor {0} Tagen</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>No rhythm set</source>
        <translation>Kein Rhythmus festgelegt</translation>
    </message>
    <message>
        <source>Overdue: not in touch yet</source>
        <translation>Überfällig: noch kein Kontakt</translation>
    </message>
    <message>
        <source>Overdue since {0}</source>
        <translation>Überfällig seit {0}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>{0} (in {1} days)</source>
        <translation>{0} (in {1} Tagen)</translation>
    </message>
    <message>
        <source>no rhythm</source>
        <translation>kein Rhythmus</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>jede Woche</numerusform>
            <numerusform>alle %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationshipsPage</name>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Add someone…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>Someone beyond your team whose support your work needs (Ctrl+N)</source>
        <translation>Jemand außerhalb deines Teams, auf dessen Unterstützung deine Arbeit angewiesen ist (Strg+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Correct the selected person</source>
        <translation>Die gewählte Person korrigieren</translation>
    </message>
    <message>
        <source>Talked today…</source>
        <translation>Heute gesprochen…</translation>
    </message>
    <message>
        <source>Log that you were in touch today, with a note if you like</source>
        <translation>Eintragen, dass ihr heute Kontakt hattet, auf Wunsch mit einer Notiz</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected person and their history; Ctrl+Z undoes it</source>
        <translation>Die gewählte Person samt Verlauf löschen; Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>The people beyond your team whose support your work needs: how much say and interest each has, where they stand, and when you last talked.</source>
        <translation>Die Menschen außerhalb deines Teams, auf deren Unterstützung deine Arbeit angewiesen ist: wie viel Einfluss und Interesse sie haben, wo sie stehen und wann ihr zuletzt gesprochen habt.</translation>
    </message>
    <message>
        <source>No one here yet. New managers tend to count on their title; influence comes from relationships and credibility (Linda Hill). Start with your boss, then the peers and other functions&apos; leads your work depends on.</source>
        <translation>Noch niemand hier. Neue Führungskräfte verlassen sich gern auf ihren Titel; Einfluss entsteht aber aus Beziehungen und Glaubwürdigkeit (Linda Hill). Fang mit deiner Führungskraft an, dann mit den Peers und den Leitungen anderer Fachbereiche, von denen deine Arbeit abhängt.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>People beyond your team</source>
        <translation>Menschen außerhalb deines Teams</translation>
    </message>
    <message>
        <source>Relationship views</source>
        <translation>Ansichten der Beziehungen</translation>
    </message>
    <message>
        <source>Map: influence and interest</source>
        <translation>Karte: Einfluss und Interesse</translation>
    </message>
    <message>
        <source>Your boss: the five conversations</source>
        <translation>Deine Führungskraft: die fünf Gespräche</translation>
    </message>
    <message>
        <source>Talked today</source>
        <translation>Heute gesprochen</translation>
    </message>
    <message>
        <source>You talked with {0} today. A note, if you like (what you learned, what you agreed):</source>
        <translation>Du hast heute mit {0} gesprochen. Wenn du magst, eine Notiz (was du gelernt, was ihr vereinbart habt):</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Kontakt eintragen</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>{0} löschen?</translation>
    </message>
    <message>
        <source>Their contacts and conversations go with them; a function that names them as whom you learn from keeps its notes. Undo (Ctrl+Z) brings it all back.</source>
        <translation>Kontakte und Gespräche mit dieser Person werden mitgelöscht; ein Fachbereich, der sie als Person nennt, von der du lernst, behält seine Notizen. Rückgängig (Strg+Z) holt alles zurück.</translation>
    </message>
    <message>
        <source>Delete a relationship</source>
        <translation>Beziehung löschen</translation>
    </message>
    <message>
        <source>Hold a conversation with your boss</source>
        <translation>Ein Gespräch mit deiner Führungskraft führen</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Check-in reminder</source>
        <translation>Check-in-Erinnerung</translation>
    </message>
    <message>
        <source>Do it now</source>
        <translation>Jetzt machen</translation>
    </message>
    <message>
        <source>Do the weekly check-in now</source>
        <translation>Den Wochen-Check-in jetzt machen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <source>Hide this until tomorrow</source>
        <translation>Bis morgen ausblenden</translation>
    </message>
    <message>
        <source>This week&apos;s check-in ({0}) is due — two minutes.</source>
        <translation>Der Check-in dieser Woche ({0}) ist fällig – zwei Minuten.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Your weekly check-in is due</source>
        <translation>Dein Wochen-Check-in ist fällig</translation>
    </message>
    <message>
        <source>Two minutes for the week of {0}: how did your hours split?{1}</source>
        <translation>Zwei Minuten für die Woche vom {0}: Wie haben sich deine Stunden verteilt?{1}</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need your attention</source>
        <translation>
            <numerusform>%n Sache braucht deine Aufmerksamkeit</numerusform>
            <numerusform>%n Sachen brauchen deine Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Also %n more thing(s) need you.</source>
        <translation>
            <numerusform> Außerdem wartet noch %n weitere Sache auf dich.</numerusform>
            <numerusform> Außerdem warten noch %n weitere Sachen auf dich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open check-in</source>
        <translation>Check-in öffnen</translation>
    </message>
</context>
<context>
    <name>RemindersBox</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me even when Altitude is closed</source>
        <translation>Auch erinnern, wenn Altitude geschlossen ist</translation>
    </message>
    <message>
        <source>Remind me on {0} even when Altitude is closed</source>
        <translation>Am {0} erinnern, auch wenn Altitude geschlossen ist</translation>
    </message>
    <message>
        <source>This system has neither XDG autostart nor systemd, so Altitude can remind you only while it is open.</source>
        <translation>Dieses System hat weder XDG-Autostart noch systemd, daher kann Altitude dich nur erinnern, solange es geöffnet ist.</translation>
    </message>
    <message>
        <source>On that day at 9:00 (or at the next start, if the computer was off), a desktop notification tells you when the check-in is due; click it to open the check-in. This adds a systemd user timer; untick to remove it.</source>
        <translation>An diesem Tag um 9:00 Uhr (oder beim nächsten Start, falls der Computer aus war) sagt dir eine Desktop-Benachrichtigung, dass der Check-in fällig ist; ein Klick darauf öffnet ihn. Dafür wird ein systemd-Benutzer-Timer angelegt; nimm das Häkchen weg, um ihn zu entfernen.</translation>
    </message>
    <message>
        <source>When you log in, from that day on, a desktop notification tells you while the check-in is due; click it to open the check-in. This adds an autostart entry; untick to remove it.</source>
        <translation>Wenn du dich anmeldest, sagt dir ab diesem Tag eine Desktop-Benachrichtigung, solange der Check-in fällig ist; ein Klick darauf öffnet ihn. Dafür wird ein Autostart-Eintrag angelegt; nimm das Häkchen weg, um ihn zu entfernen.</translation>
    </message>
    <message>
        <source>Reminders while Altitude is closed are off.</source>
        <translation>Erinnerungen bei geschlossenem Altitude sind aus.</translation>
    </message>
    <message>
        <source>The reminder timer is written but systemd did not start it: run “systemctl --user enable --now altitude-remind.timer”.</source>
        <translation>Der Erinnerungs-Timer ist angelegt, aber systemd hat ihn nicht gestartet: Führe „systemctl --user enable --now altitude-remind.timer“ aus.</translation>
    </message>
    <message>
        <source>Altitude will remind you on {0}, even when it is closed.</source>
        <translation>Altitude erinnert dich am {0}, auch wenn es geschlossen ist.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Conversation with your boss</source>
        <translation>Gespräch mit deiner Führungskraft</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Die Lage</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Working style</source>
        <translation>Arbeitsstil</translation>
    </message>
    <message>
        <source>Personal development</source>
        <translation>Persönliche Entwicklung</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Guiding policy</source>
        <translation>Leitlinie</translation>
    </message>
    <message>
        <source>Will not do</source>
        <translation>Was wir nicht tun</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>Pressemitteilung</translation>
    </message>
    <message>
        <source>ahead of plan</source>
        <translation>dem Plan voraus</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>behind plan</source>
        <translation>hinter dem Plan</translation>
    </message>
    <message>
        <source>Target and horizon kept</source>
        <translation>Ziel und Horizont beibehalten</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>„{0}“</translation>
    </message>
    <message>
        <source>Can&apos;t write the boss sheet to {0}: {1}</source>
        <translation>Das Gesprächsblatt lässt sich nicht nach {0} schreiben: {1}</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} und {1} weitere</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
    <message>
        <source>No weeks logged yet; the plan expects {0} on strategy by day {1}.</source>
        <translation>Noch keine Wochen eingetragen; der Plan sieht bis Tag {1} {0} für Strategie vor.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of the week on strategy (the last %n week(s)) against {1} planned for day {2}: {3} points, {4}.</source>
        <translation>
            <numerusform>{0} der Woche für Strategie (in der letzten Woche) gegenüber geplanten {1} für Tag {2}: {3} Punkte, {4}.</numerusform>
            <numerusform>{0} der Woche für Strategie (in den letzten %n Wochen) gegenüber geplanten {1} für Tag {2}: {3} Punkte, {4}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed over: {0}</source>
        <translation>Übergeben: {0}</translation>
    </message>
    <message>
        <source>Nothing new handed over.</source>
        <translation>Nichts Neues übergeben.</translation>
    </message>
    <message numerus="yes">
        <source>Owned by the team now: %n hand-over(s), {0} a week off your desk.</source>
        <translation>
            <numerusform>Jetzt beim Team: %n Übergabe, {0} pro Woche vom Tisch.</numerusform>
            <numerusform>Jetzt beim Team: %n Übergaben, {0} pro Woche vom Tisch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Came back: {0} on delegated work ({1})</source>
        <translation>Zurückgekommen: {0} bei delegierter Arbeit ({1})</translation>
    </message>
    <message>
        <source>Taken back: {0}</source>
        <translation>Zurückgenommen: {0}</translation>
    </message>
    <message>
        <source>{0}, now: “{1}”</source>
        <translation>{0}, jetzt: „{1}“</translation>
    </message>
    <message>
        <source>added {0}</source>
        <translation>hinzugefügt: {0}</translation>
    </message>
    <message>
        <source>dropped {0}</source>
        <translation>gestrichen: {0}</translation>
    </message>
    <message>
        <source>No strategic narrative written yet.</source>
        <translation>Noch kein strategisches Narrativ geschrieben.</translation>
    </message>
    <message>
        <source>Unchanged since the last review (written {0}).</source>
        <translation>Seit dem letzten Rückblick unverändert (geschrieben am {0}).</translation>
    </message>
    <message>
        <source>First written on {0}.</source>
        <translation>Zuerst geschrieben am {0}.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more part(s) changed</source>
        <translation>
            <numerusform>und %n weiterer Teil geändert</numerusform>
            <numerusform>und %n weitere Teile geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>The five conversations</source>
        <translation>Die fünf Gespräche</translation>
    </message>
    <message>
        <source>No boss recorded yet: mark your manager as the boss on the Relationships page.</source>
        <translation>Noch keine Führungskraft eingetragen: Setz auf der Seite „Beziehungen“ bei deiner Führungskraft das Häkchen „Das ist meine Führungskraft“.</translation>
    </message>
    <message>
        <source>not held yet</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Geführt</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Was vereinbart wurde</translation>
    </message>
    <message>
        <source>Since the last review ({0} to {1})</source>
        <translation>Seit dem letzten Rückblick ({0} bis {1})</translation>
    </message>
    <message>
        <source>Since the start ({0} to {1})</source>
        <translation>Seit Planbeginn ({0} bis {1})</translation>
    </message>
    <message>
        <source>Where I stand</source>
        <translation>Wo ich stehe</translation>
    </message>
    <message>
        <source>Hand-overs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>The narrative</source>
        <translation>Das Narrativ</translation>
    </message>
    <message>
        <source>Keep, stop, start</source>
        <translation>Beibehalten, aufhören, anfangen</translation>
    </message>
    <message>
        <source>Not reviewed yet: fill in the review in Altitude first.</source>
        <translation>Noch nicht ausgefüllt: Füll den Rückblick zuerst in Altitude aus.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Aufhören</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfangen</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Angepasst</translation>
    </message>
    <message>
        <source>What I need from you</source>
        <translation>Was ich brauche</translation>
    </message>
    <message>
        <source>held {0}</source>
        <translation>gehalten am {0}</translation>
    </message>
    <message>
        <source>with {0}</source>
        <translation>mit {0}</translation>
    </message>
    <message>
        <source>Day-{0} review ({1})</source>
        <translation>Rückblick an Tag {0} ({1})</translation>
    </message>
    <message>
        <source>Other functions</source>
        <translation>Andere Fachbereiche</translation>
    </message>
    <message>
        <source>How the other functions work and how my team moves their numbers; &quot;could explain&quot; is whether I could explain their goals to my boss, 1 to 5.</source>
        <translation>Wie die anderen Fachbereiche arbeiten und wie mein Team ihre Kennzahlen bewegt; „Erklären können“ heißt: ob ich meiner Führungskraft ihre Ziele erklären könnte, 1 bis 5.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Gemessen an</translation>
    </message>
    <message>
        <source>How my team moves it</source>
        <translation>Wie mein Team ihn bewegt</translation>
    </message>
    <message>
        <source>I learn from</source>
        <translation>Ich lerne von</translation>
    </message>
    <message>
        <source>Still unclear</source>
        <translation>Noch unklar</translation>
    </message>
    <message>
        <source>Could explain</source>
        <translation>Erklären können</translation>
    </message>
    <message>
        <source>Last worked with</source>
        <translation>Zuletzt zusammengearbeitet</translation>
    </message>
    <message numerus="yes">
        <source>%n more are not listed.</source>
        <translation>
            <numerusform>%n weiterer ist nicht aufgeführt.</numerusform>
            <numerusform>%n weitere sind nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not worked with for {0} days or more: {1}.</source>
        <translation>Seit {0} Tagen oder länger nicht zusammengearbeitet: {1}.</translation>
    </message>
    <message>
        <source>We will not</source>
        <translation>Wir werden nicht</translation>
    </message>
    <message>
        <source>Coherent actions</source>
        <translation>Kohärente Maßnahmen</translation>
    </message>
    <message>
        <source>0 h: nothing in the recent weeks</source>
        <translation>0 h: nichts in den letzten Wochen</translation>
    </message>
    <message>
        <source>{0} h a week</source>
        <translation>{0} h pro Woche</translation>
    </message>
    <message>
        <source>delegated: {0}</source>
        <translation>delegiert: {0}</translation>
    </message>
    <message>
        <source>not tied to any work yet</source>
        <translation>noch mit keiner Arbeit verknüpft</translation>
    </message>
    <message>
        <source>Strategic narrative</source>
        <translation>Strategisches Narrativ</translation>
    </message>
    <message>
        <source>Version {0}, written {1}, as Rumelt&apos;s kernel: a diagnosis of what is going on, a guiding policy, and coherent actions that carry it out. Revisited monthly; every version is kept.</source>
        <translation>Fassung {0} vom {1}, aufgebaut als Rumelts Kern: eine Diagnose dessen, was los ist, eine Leitlinie und kohärente Maßnahmen, die sie umsetzen. Monatlich überprüft; jede Fassung bleibt erhalten.</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(nicht geschrieben)</translation>
    </message>
    <message>
        <source>(nothing ruled out)</source>
        <translation>(nichts ausgeschlossen)</translation>
    </message>
    <message>
        <source>Coherent action</source>
        <translation>Kohärente Maßnahme</translation>
    </message>
    <message>
        <source>Work behind it</source>
        <translation>Arbeit dahinter</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Press release, dated {0}</source>
        <translation>Pressemitteilung vom {0}</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>None: the kernel shows none of the hallmarks of bad strategy checked.</source>
        <translation>Keine: Der Kern zeigt keines der geprüften Merkmale schlechter Strategie.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>This is the first version: nothing to compare yet.</source>
        <translation>Das ist die erste Fassung: noch nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>What changed since version {0} ({1})</source>
        <translation>Was sich seit Fassung {0} ({1}) geändert hat</translation>
    </message>
    <message>
        <source>No changes: it still holds as written.</source>
        <translation>Keine Änderungen: Es gilt weiter, wie es geschrieben ist.</translation>
    </message>
    <message>
        <source>Removed words are marked [-like this-], added ones {+like this+}.</source>
        <translation>Entfernte Wörter sind markiert [-wie hier-], hinzugefügte {+wie hier+}.</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Arbeitsstil</translation>
    </message>
    <message>
        <source>no rhythm</source>
        <translation>kein Rhythmus</translation>
    </message>
    <message>
        <source>overdue (not in touch yet)</source>
        <translation>überfällig (noch kein Kontakt)</translation>
    </message>
    <message>
        <source>overdue since {0}</source>
        <translation>überfällig seit {0}</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>The people beyond the team whose support the work needs, on the power-interest grid (Mendelow): colour and shape show their stance, size the trust between us.</source>
        <translation>Die Menschen außerhalb des Teams, deren Unterstützung die Arbeit braucht, im Macht-Interesse-Raster (Mendelow): Farbe und Form zeigen ihre Haltung, die Größe das Vertrauen zwischen uns.</translation>
    </message>
    <message>
        <source>{0} (boss)</source>
        <translation>{0} (Führungskraft)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role, function</source>
        <translation>Rolle, Fachbereich</translation>
    </message>
    <message>
        <source>Influence / interest</source>
        <translation>Einfluss / Interesse</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Last in touch</source>
        <translation>Zuletzt in Kontakt</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Nächster Kontakt</translation>
    </message>
    <message>
        <source>What we owe each other</source>
        <translation>Was wir einander schulden</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>I owe them</source>
        <translation>Ich schulde</translation>
    </message>
    <message>
        <source>They owe me</source>
        <translation>Mir wird geschuldet</translation>
    </message>
    <message>
        <source>The five conversations with {0}</source>
        <translation>Die fünf Gespräche mit {0}</translation>
    </message>
    <message>
        <source>Not held yet</source>
        <translation>Noch nicht geführt</translation>
    </message>
    <message>
        <source>Held {0}</source>
        <translation>Geführt am {0}</translation>
    </message>
    <message>
        <source>{0}. Agreed: {1}</source>
        <translation>{0}. Vereinbart: {1}</translation>
    </message>
    <message>
        <source>no weeks logged; {0} planned</source>
        <translation>keine Wochen eingetragen; {0} geplant</translation>
    </message>
    <message>
        <source>{0} on strategy against {1} planned</source>
        <translation>{0} für Strategie gegenüber geplanten {1}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <source>Share then</source>
        <translation>Anteil damals</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Zurückgekommen</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativ</translation>
    </message>
    <message>
        <source>parts changed: {0}</source>
        <translation>geänderte Teile: {0}</translation>
    </message>
    <message>
        <source>target and horizon kept</source>
        <translation>Ziel und Horizont beibehalten</translation>
    </message>
    <message>
        <source>From the boss</source>
        <translation>Von der Führungskraft gebraucht</translation>
    </message>
    <message>
        <source>Milestone reviews</source>
        <translation>Meilenstein-Rückblicke</translation>
    </message>
    <message>
        <source>At each milestone: where the week stood against the glide path, what moved since the review before, and what to keep, stop and start.</source>
        <translation>An jedem Meilenstein: wo die Woche im Vergleich zum Zielpfad stand, was sich seit dem vorigen Rückblick bewegt hat und was du beibehältst, womit du aufhörst und womit du anfängst.</translation>
    </message>
    <message>
        <source>Day {0} · held {1}</source>
        <translation>Tag {0} · gehalten am {1}</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier review(s), in the app.</source>
        <translation>
            <numerusform>und %n früherer Rückblick, in der App.</numerusform>
            <numerusform>und %n frühere Rückblicke, in der App.</numerusform>
        </translation>
    </message>
    <message>
        <source>No milestone to review yet: add milestones to the plan.</source>
        <translation>Noch kein Meilenstein für einen Rückblick: Füge dem Plan Meilensteine hinzu.</translation>
    </message>
    <message>
        <source>Altitude · transition report</source>
        <translation>Altitude · Übergangsbericht</translation>
    </message>
    <message>
        <source>Execution and strategy, week by week</source>
        <translation>Operativ und strategisch, Woche für Woche</translation>
    </message>
    <message>
        <source>What I do today, weighed</source>
        <translation>Was ich heute tue, abgewogen</translation>
    </message>
    <message>
        <source>Delegation ledger</source>
        <translation>Delegationsliste</translation>
    </message>
    <message>
        <source>The blue line is the share of each week spent on strategy; the orange area above it is execution.</source>
        <translation>Die blaue Linie ist der Anteil jeder Woche, der in Strategie ging; die orange Fläche darüber ist operative Arbeit.</translation>
    </message>
    <message>
        <source>With a plan, the target glide path and a projection appear here.</source>
        <translation>Mit einem Plan erscheinen hier der Zielpfad und eine Prognose.</translation>
    </message>
    <message>
        <source>The dashed line is the plan&apos;s glide path inside its tolerance band; the dotted line projects the recent trend.</source>
        <translation>Die gestrichelte Linie ist der Zielpfad des Plans in seinem Toleranzband; die gepunktete Linie schreibt den jüngsten Trend fort.</translation>
    </message>
    <message>
        <source>One-way door (hard to undo)</source>
        <translation>Einwegtür (schwer umkehrbar)</translation>
    </message>
    <message>
        <source>Two-way door (reversible)</source>
        <translation>Zweiwegtür (umkehrbar)</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>a team member</source>
        <translation>ein Teammitglied</translation>
    </message>
    <message>
        <source>a peer</source>
        <translation>jemand auf deiner Ebene</translation>
    </message>
    <message>
        <source>the boss</source>
        <translation>deine Führungskraft</translation>
    </message>
    <message>
        <source>another function</source>
        <translation>ein anderer Fachbereich</translation>
    </message>
    <message>
        <source>other</source>
        <translation>jemand anderes</translation>
    </message>
    <message>
        <source>Blind spot: others rate you lower than you do</source>
        <translation>Blinder Fleck: Andere bewerten dich niedriger als du selbst</translation>
    </message>
    <message>
        <source>Hidden strength: others rate you higher than you do</source>
        <translation>Verborgene Stärke: Andere bewerten dich höher als du selbst</translation>
    </message>
    <message>
        <source>Aligned: others see it about as you do</source>
        <translation>Nah beieinander: Andere sehen es etwa so wie du</translation>
    </message>
    <message>
        <source>Not asked yet: no one has rated this theme</source>
        <translation>Noch niemand gefragt: Niemand hat dieses Thema bewertet</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Each decision as written when it was made, and its review. Process and outcome are judged apart: a good decision can meet bad luck.</source>
        <translation>Jede Entscheidung so, wie sie beim Treffen festgehalten wurde, mit ihrer Auswertung. Prozess und Ergebnis werden getrennt beurteilt: Auch eine gute Entscheidung kann Pech haben.</translation>
    </message>
    <message>
        <source>The {0} most recent decisions are listed; {1} earlier ones are not.</source>
        <translation>Aufgeführt sind die {0} neuesten Entscheidungen; {1} frühere nicht.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Getroffen von</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>{0}, by {1}</source>
        <translation>{0}, bis {1}</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>The expectation came true.</source>
        <translation>Die Erwartung ist eingetroffen.</translation>
    </message>
    <message>
        <source>The expectation did not come true.</source>
        <translation>Die Erwartung ist nicht eingetroffen.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Process {0}, outcome {1}: {2}</source>
        <translation>Prozess {0}, Ergebnis {1}: {2}</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Späterer Gedanke</translation>
    </message>
    <message>
        <source>Reviewed on {0}</source>
        <translation>Ausgewertet am {0}</translation>
    </message>
    <message>
        <source>Due since {0}, not reviewed yet</source>
        <translation>Fällig seit {0}, noch nicht ausgewertet</translation>
    </message>
    <message>
        <source>Due on {0}</source>
        <translation>Fällig am {0}</translation>
    </message>
    <message>
        <source>{0} to {1}%</source>
        <translation>{0} bis {1} %</translation>
    </message>
    <message>
        <source>How well the forecasts came true</source>
        <translation>Wie gut die Prognosen eingetroffen sind</translation>
    </message>
    <message>
        <source>Calibration and the Brier score are shown once {0} decisions are reviewed ({1} so far): with fewer, one decision moves the picture too much.</source>
        <translation>Kalibrierung und Brier-Score erscheinen, sobald {0} Entscheidungen ausgewertet sind (bisher {1}): Bei weniger verschiebt eine einzelne Entscheidung das Bild zu stark.</translation>
    </message>
    <message>
        <source>(few)</source>
        <translation>(wenige)</translation>
    </message>
    <message>
        <source>Your confidence</source>
        <translation>Deine Sicherheit</translation>
    </message>
    <message>
        <source>Came true</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <source>Share that came true</source>
        <translation>Anteil eingetroffen</translation>
    </message>
    <message numerus="yes">
        <source>Brier score {0} over %n reviewed decision(s): 0 is perfect, always saying 50% scores 0.25.</source>
        <translation>
            <numerusform>Brier-Score {0} bei %n ausgewerteter Entscheidung: 0 ist perfekt, wer immer 50 % sagt, erreicht 0,25.</numerusform>
            <numerusform>Brier-Score {0} bei %n ausgewerteten Entscheidungen: 0 ist perfekt, wer immer 50 % sagt, erreicht 0,25.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Per theme, your own rating against the mean of others&apos; (1 to 5), and what they said: the situation, the behaviour and its impact, what they asked for and what you will do.</source>
        <translation>Pro Thema deine Selbsteinschätzung im Vergleich zum Mittelwert der anderen (1 bis 5) und was sie gesagt haben: die Situation, das Verhalten und seine Wirkung, worum sie gebeten haben und was du tun wirst.</translation>
    </message>
    <message>
        <source>Not tied to a theme</source>
        <translation>Ohne Thema</translation>
    </message>
    <message>
        <source>The {0} most recent entries are listed; {1} earlier ones are not.</source>
        <translation>Aufgeführt sind die {0} neuesten Einträge; {1} frühere nicht.</translation>
    </message>
    <message>
        <source>Whom you asked, week by week</source>
        <translation>Wen du gefragt hast, Woche für Woche</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Whom you asked</source>
        <translation>Wen du gefragt hast</translation>
    </message>
    <message>
        <source>{0} (on {1})</source>
        <translation>{0} (am {1})</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <source>from %n rating(s)</source>
        <translation>
            <numerusform>aus %n Bewertung</numerusform>
            <numerusform>aus %n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate yourself first</source>
        <translation>Erst selbst einschätzen</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Deine Bewertung</translation>
    </message>
    <message>
        <source>Others&apos; mean</source>
        <translation>Mittelwert der anderen</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Deutung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>They asked for</source>
        <translation>Ihre Bitte</translation>
    </message>
    <message>
        <source>Feedforward</source>
        <translation>Feedforward</translation>
    </message>
    <message>
        <source>Their rating</source>
        <translation>Ihre Bewertung</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Followed up on {0}</source>
        <translation>Nachgefasst am {0}</translation>
    </message>
    <message>
        <source>No follow-up date</source>
        <translation>Kein Termin zum Nachfassen</translation>
    </message>
    <message>
        <source>Due since {0}</source>
        <translation>Fällig seit {0}</translation>
    </message>
    <message>
        <source>page {0} of {1}</source>
        <translation>Seite {0} von {1}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>In Übergabe</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>voraus</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>im Rückstand</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Operativ</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategisch</translation>
    </message>
    <message>
        <source>{0} strategy, {1} execution</source>
        <translation>{0} strategisch, {1} operativ</translation>
    </message>
    <message>
        <source>Transition report</source>
        <translation>Übergangsbericht</translation>
    </message>
    <message>
        <source>Transition report prepared on {0}</source>
        <translation>Übergangsbericht, erstellt am {0}</translation>
    </message>
    <message>
        <source>Prepared on {0}</source>
        <translation>Erstellt am {0}</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Noch kein Plan</translation>
    </message>
    <message>
        <source>There is no transition plan yet: no start date, horizon or target split between execution and strategy. The pages that follow show what has been logged so far.</source>
        <translation>Es gibt noch keinen Übergangsplan: kein Startdatum, keinen Horizont und keine Zielaufteilung zwischen operativer und strategischer Arbeit. Die folgenden Seiten zeigen, was bisher eingetragen wurde.</translation>
    </message>
    <message>
        <source>Why I want to lead</source>
        <translation>Warum ich führen will</translation>
    </message>
    <message>
        <source>Who I need to become</source>
        <translation>Wer ich werden muss</translation>
    </message>
    <message numerus="yes">
        <source>starts in %n day(s)</source>
        <translation>
            <numerusform>beginnt in %n Tag</numerusform>
            <numerusform>beginnt in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>day {0}, past the {1}-day horizon</source>
        <translation>Tag {0}, über den {1}-Tage-Horizont hinaus</translation>
    </message>
    <message>
        <source>day {0} of {1}</source>
        <translation>Tag {0} von {1}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>±{0} percentage points around the glide path</source>
        <translation>±{0} Prozentpunkte um den Zielpfad</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Tag {0}</translation>
    </message>
    <message>
        <source>day {0}: {1} strategy</source>
        <translation>Tag {0}: {1} strategisch</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message numerus="yes">
        <source>%n weekly check-in(s).</source>
        <translation>
            <numerusform>%n Wochen-Check-in.</numerusform>
            <numerusform>%n Wochen-Check-ins.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest week with hours, {0}: {1} ({2} execution, {3} strategy).</source>
        <translation>Letzte Woche mit Stunden, {0}: {1} ({2} operativ, {3} strategisch).</translation>
    </message>
    <message>
        <source>The plan expected {0} strategy that week: {1}.</source>
        <translation>Der Plan sah für diese Woche {0} Strategie vor: {1}.</translation>
    </message>
    <message numerus="yes">
        <source>%n delegated outcome(s) handing over or owned, freeing {0} a week; {1} taken back.</source>
        <translation>
            <numerusform>%n delegiertes Ergebnis in Übergabe oder übernommen, das {0} pro Woche frei macht; {1} zurückgenommen.</numerusform>
            <numerusform>%n delegierte Ergebnisse in Übergabe oder übernommen, die {0} pro Woche frei machen; {1} zurückgenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inventory: {0} a week across %n item(s); once every decision is carried out, {1} execution and {2} strategy remain.</source>
        <translation>
            <numerusform>Tätigkeitsliste: {0} pro Woche in %n Tätigkeit; sind alle Entscheidungen umgesetzt, bleiben {1} operativ und {2} strategisch.</numerusform>
            <numerusform>Tätigkeitsliste: {0} pro Woche in %n Tätigkeiten; sind alle Entscheidungen umgesetzt, bleiben {1} operativ und {2} strategisch.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>What you do</source>
        <translation>Was du tust</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Deine Entscheidung</translation>
    </message>
    <message>
        <source>The weighing suggests</source>
        <translation>Vorschlag der Abwägung</translation>
    </message>
    <message>
        <source>The {0} items with the most hours are listed; {1} smaller ones ({2} a week in all) are not.</source>
        <translation>Aufgeführt sind die {0} Tätigkeiten mit den meisten Stunden; {1} kleinere (zusammen {2} pro Woche) nicht.</translation>
    </message>
    <message>
        <source>Measure: {0}</source>
        <translation>Erfolgskriterium: {0}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Freed</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Taken back because</source>
        <translation>Zurückgenommen, weil</translation>
    </message>
    <message>
        <source>The {0} most recent delegations are listed; {1} earlier ones are not.</source>
        <translation>Aufgeführt sind die {0} neuesten Delegationen; {1} frühere nicht.</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>kein Grund eingetragen</translation>
    </message>
    <message>
        <source>({0} a week came back)</source>
        <translation>({0} pro Woche zurückgekommen)</translation>
    </message>
    <message>
        <source>Recent reflections</source>
        <translation>Letzte Reflexionen</translation>
    </message>
    <message>
        <source>{0} execution, {1} strategy</source>
        <translation>{0} operativ, {1} strategisch</translation>
    </message>
    <message>
        <source>({0} strategy)</source>
        <translation>({0} strategisch)</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>The plan, a summary and recent reflections</source>
        <translation>Der Plan, eine Zusammenfassung und die letzten Reflexionen</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Execution and strategy, week by week</source>
        <translation>Operativ und strategisch, Woche für Woche</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Tätigkeiten</translation>
    </message>
    <message>
        <source>What you do today, weighed</source>
        <translation>Was du heute tust, abgewogen</translation>
    </message>
    <message>
        <source>De&amp;legations</source>
        <translation>De&amp;legationen</translation>
    </message>
    <message>
        <source>The delegation ledger</source>
        <translation>Die Delegationsliste</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Entscheidungen</translation>
    </message>
    <message>
        <source>Your decision journal and its reviews</source>
        <translation>Dein Entscheidungstagebuch und seine Auswertungen</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Feedback</translation>
    </message>
    <message>
        <source>What others said, your ratings, whom you asked</source>
        <translation>Was andere gesagt haben, deine Bewertungen, wen du gefragt hast</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Narrativ</translation>
    </message>
    <message>
        <source>Your strategic narrative and what changed</source>
        <translation>Dein strategisches Narrativ und was sich geändert hat</translation>
    </message>
    <message>
        <source>&amp;Relationships</source>
        <translation>&amp;Beziehungen</translation>
    </message>
    <message>
        <source>The people beyond your team, mapped</source>
        <translation>Die Menschen außerhalb deines Teams, als Karte</translation>
    </message>
    <message>
        <source>F&amp;unctions</source>
        <translation>F&amp;achbereiche</translation>
    </message>
    <message>
        <source>How the other functions work, and your coverage</source>
        <translation>Wie die anderen Fachbereiche arbeiten und wie gut du sie abdeckst</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>&amp;Rückblicke</translation>
    </message>
    <message>
        <source>Your milestone reviews: keep, stop, start</source>
        <translation>Deine Meilenstein-Rückblicke: beibehalten, aufhören, anfangen</translation>
    </message>
    <message>
        <source>&amp;Boss sheet</source>
        <translation>&amp;Gesprächsblatt</translation>
    </message>
    <message>
        <source>One page for the conversation with your boss</source>
        <translation>Eine Seite für das Gespräch mit deiner Führungskraft</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>What goes in the report?</source>
        <translation>Was kommt in den Bericht?</translation>
    </message>
    <message>
        <source>A PDF for a mentor or coach. Untick what they need not see.</source>
        <translation>Ein PDF für eine Mentorin, einen Mentor oder ein Coaching. Nimm das Häkchen bei allem weg, was sie nicht sehen müssen.</translation>
    </message>
    <message>
        <source>Decisions and feedback are the most private parts of your plan.</source>
        <translation>Entscheidungen und Feedback sind die privatesten Teile deines Plans.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Den Bericht exportieren</translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation>Wähle mindestens einen Abschnitt.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review a decision</source>
        <translation>Entscheidung auswerten</translation>
    </message>
    <message>
        <source>“{0}”, decided {1}. You expected: {2} by {3} ({4}% sure).</source>
        <translation>„{0}“, entschieden am {1}. Du hast erwartet: {2} bis {3} (zu {4} % sicher).</translation>
    </message>
    <message>
        <source>The decision and its forecast</source>
        <translation>Die Entscheidung und deine Prognose</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Ausgewertet am</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>The facts, as they turned out</source>
        <translation>Die Fakten, wie sie sich ergeben haben</translation>
    </message>
    <message>
        <source>Did it come true</source>
        <translation>Ist es eingetreten</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Vorgehen</translation>
    </message>
    <message>
        <source>What the two ratings together say</source>
        <translation>Was beide Bewertungen zusammen sagen</translation>
    </message>
    <message>
        <source>Did what you expected happen?</source>
        <translation>Ist eingetreten, was du erwartet hast?</translation>
    </message>
    <message>
        <source>How did it turn out?</source>
        <translation>Wie ist es ausgegangen?</translation>
    </message>
    <message>
        <source>How did you decide?</source>
        <translation>Wie hast du entschieden?</translation>
    </message>
    <message>
        <source>Judge how you decided by what you knew then, not by how it turned out: a good decision can meet bad luck.</source>
        <translation>Beurteile dein Vorgehen nach dem, was du damals wusstest, nicht danach, wie es ausgegangen ist: Auch eine gute Entscheidung kann Pech haben.</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Auswertung speichern</translation>
    </message>
    <message>
        <source>Look back</source>
        <translation>Zurückschauen</translation>
    </message>
    <message>
        <source>Rate both to see which of Annie Duke&apos;s four cells it is.</source>
        <translation>Bewerte beides, um zu sehen, in welches von Annie Dukes vier Feldern es fällt.</translation>
    </message>
    <message>
        <source>{0}: Annie Duke calls this “{1}”.</source>
        <translation>{0}: Annie Duke nennt das „{1}“.</translation>
    </message>
    <message>
        <source>Say whether what you expected happened.</source>
        <translation>Sag, ob eingetreten ist, was du erwartet hast.</translation>
    </message>
    <message>
        <source>Rate the outcome good or poor.</source>
        <translation>Bewerte das Ergebnis als gut oder schlecht.</translation>
    </message>
    <message>
        <source>Rate how you decided good or poor.</source>
        <translation>Bewerte dein Vorgehen als gut oder schlecht.</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>Rückblick speichern</translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation>Rückblick abbrechen</translation>
    </message>
    <message>
        <source>The share is the average of your latest logged weeks (as on the dashboard); the plan&apos;s share is its glide path on the milestone&apos;s day.</source>
        <translation>Der Anteil ist der Durchschnitt deiner zuletzt eingetragenen Wochen (wie auf der Übersicht); der Anteil des Plans ist sein Zielpfad am Tag des Meilensteins.</translation>
    </message>
    <message>
        <source>Where you stand, in words</source>
        <translation>Wo du stehst, in Worten</translation>
    </message>
    <message>
        <source>Your strategy share:</source>
        <translation>Dein Strategieanteil:</translation>
    </message>
    <message>
        <source>Your strategy share</source>
        <translation>Dein Strategieanteil</translation>
    </message>
    <message>
        <source>The plan for day {0}:</source>
        <translation>Der Plan für Tag {0}:</translation>
    </message>
    <message>
        <source>The plan&apos;s share for the milestone</source>
        <translation>Der Anteil laut Plan für den Meilenstein</translation>
    </message>
    <message>
        <source>1. Where you stand</source>
        <translation>1. Wo du stehst</translation>
    </message>
    <message>
        <source>What was handed over and came back</source>
        <translation>Was übergeben wurde und was zurückkam</translation>
    </message>
    <message>
        <source>2. What you handed over, and what came back</source>
        <translation>2. Was du übergeben hast und was zurückkam</translation>
    </message>
    <message>
        <source>Only counts and your own words: what others said stays on the Feedback page.</source>
        <translation>Nur Anzahlen und deine eigenen Worte: Was andere gesagt haben, bleibt auf der Seite „Feedback“.</translation>
    </message>
    <message>
        <source>Decisions and feedback</source>
        <translation>Entscheidungen und Feedback</translation>
    </message>
    <message>
        <source>3. Decisions and feedback</source>
        <translation>3. Entscheidungen und Feedback</translation>
    </message>
    <message>
        <source>The narrative&apos;s changes</source>
        <translation>Die Änderungen am Narrativ</translation>
    </message>
    <message>
        <source>4. Your narrative&apos;s changes</source>
        <translation>4. Änderungen an deinem Narrativ</translation>
    </message>
    <message>
        <source>What to keep</source>
        <translation>Was du beibehältst</translation>
    </message>
    <message>
        <source>What works and should go on</source>
        <translation>Was funktioniert und weiterlaufen soll</translation>
    </message>
    <message>
        <source>What to stop</source>
        <translation>Womit du aufhörst</translation>
    </message>
    <message>
        <source>What costs more than it gives</source>
        <translation>Was mehr kostet, als es bringt</translation>
    </message>
    <message>
        <source>What to start</source>
        <translation>Womit du anfängst</translation>
    </message>
    <message>
        <source>What the next 30 days need</source>
        <translation>Was die nächsten 30 Tage brauchen</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Beibehalten:</translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation>Aufhören:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Anfangen:</translation>
    </message>
    <message>
        <source>5. Keep, stop, start</source>
        <translation>5. Beibehalten, aufhören, anfangen</translation>
    </message>
    <message>
        <source>A few words each; you can leave one empty.</source>
        <translation>Jeweils ein paar Worte; ein Feld darf leer bleiben.</translation>
    </message>
    <message>
        <source>What you need from your boss</source>
        <translation>Was du von deiner Führungskraft brauchst</translation>
    </message>
    <message>
        <source>Decisions, resources, air cover, introductions…</source>
        <translation>Entscheidungen, Ressourcen, Rückendeckung, Kontakte …</translation>
    </message>
    <message>
        <source>7. What you need from your boss</source>
        <translation>7. Was du von deiner Führungskraft brauchst</translation>
    </message>
    <message>
        <source>After each 30-day block, check in with your boss. What will you ask for?</source>
        <translation>Sprich nach jedem 30-Tage-Block mit deiner Führungskraft. Worum wirst du bitten?</translation>
    </message>
    <message>
        <source>After saving, make the one-page boss sheet from the Reviews page.</source>
        <translation>Nach dem Speichern kannst du auf der Seite „Rückblicke“ das einseitige Gesprächsblatt erstellen.</translation>
    </message>
    <message>
        <source>Keep the target and the horizon</source>
        <translation>Ziel und Horizont beibehalten</translation>
    </message>
    <message>
        <source>Change them</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Change the target or the horizon</source>
        <translation>Ziel oder Horizont ändern</translation>
    </message>
    <message>
        <source>Target strategy share</source>
        <translation>Ziel-Strategieanteil</translation>
    </message>
    <message>
        <source>Horizon end</source>
        <translation>Ende des Horizonts</translation>
    </message>
    <message>
        <source>The adjusted milestones</source>
        <translation>Die angepassten Meilensteine</translation>
    </message>
    <message>
        <source>Target share by the end:</source>
        <translation>Zielanteil bis zum Ende:</translation>
    </message>
    <message>
        <source>The plan ends on:</source>
        <translation>Der Plan endet am:</translation>
    </message>
    <message>
        <source>6. Adjust the plan?</source>
        <translation>6. Plan anpassen?</translation>
    </message>
    <message>
        <source>Now the plan aims for {0}% of the week on strategy by {1}.</source>
        <translation>Derzeit sieht der Plan bis {1} {0} % der Woche für Strategie vor.</translation>
    </message>
    <message>
        <source>The milestones stay as they are.</source>
        <translation>Die Meilensteine bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>day {0}: {1}%</source>
        <translation>Tag {0}: {1} %</translation>
    </message>
    <message>
        <source>The glide path&apos;s milestones become: {0}.</source>
        <translation>Die Meilensteine des Zielpfads werden zu: {0}.</translation>
    </message>
    <message>
        <source>Target {0}% → {1}%</source>
        <translation>Ziel {0} % → {1} %</translation>
    </message>
    <message>
        <source>Horizon {0} → {1}</source>
        <translation>Horizont {0} → {1}</translation>
    </message>
    <message>
        <source>Day-{0} review</source>
        <translation>Rückblick Tag {0}</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Boss sheet</source>
        <translation>Gesprächsblatt</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Boss sheet not written</source>
        <translation>Gesprächsblatt nicht geschrieben</translation>
    </message>
    <message>
        <source>Boss sheet written to {0}</source>
        <translation>Gesprächsblatt geschrieben nach {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Die Lage</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Working style</source>
        <translation>Arbeitsstil</translation>
    </message>
    <message>
        <source>Personal development</source>
        <translation>Persönliche Entwicklung</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Guiding policy</source>
        <translation>Leitlinie</translation>
    </message>
    <message>
        <source>What we will not do</source>
        <translation>Was wir nicht tun</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>Pressemitteilung</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>und {0} weitere</translation>
    </message>
    <message>
        <source>Since the last review: {0} to {1}</source>
        <translation>Seit dem letzten Rückblick: {0} bis {1}</translation>
    </message>
    <message>
        <source>Since the plan&apos;s start: {0} to {1}</source>
        <translation>Seit Planbeginn: {0} bis {1}</translation>
    </message>
    <message>
        <source>No weeks logged yet, so there is no share to compare. The plan expects {0}% of the week on strategy by day {1}.</source>
        <translation>Noch keine Wochen eingetragen, also gibt es keinen Anteil zum Vergleichen. Der Plan sieht bis Tag {1} {0} % der Woche für Strategie vor.</translation>
    </message>
    <message>
        <source>ahead of the plan</source>
        <translation>dem Plan voraus</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>behind the plan</source>
        <translation>hinter dem Plan</translation>
    </message>
    <message>
        <source>Over your last {0} logged weeks, {1}% of the week went to strategy. The plan expects {2}% by day {3}: you are {4}{5}.</source>
        <translation>In deinen letzten {0} eingetragenen Wochen gingen {1} % der Woche in Strategie. Der Plan sieht bis Tag {3} {2} % vor: Du bist {4}{5}.</translation>
    </message>
    <message>
        <source> ({0:+} points)</source>
        <translation> ({0:+} Punkte)</translation>
    </message>
    <message>
        <source>Handed over: {0}</source>
        <translation>Übergeben: {0}</translation>
    </message>
    <message>
        <source>Nothing new was handed over in this period.</source>
        <translation>In diesem Zeitraum wurde nichts Neues übergeben.</translation>
    </message>
    <message>
        <source>Owned by your team now: {0}, {1} a week off your desk.</source>
        <translation>Jetzt bei deinem Team: {0}, {1} pro Woche weniger auf deinem Tisch.</translation>
    </message>
    <message numerus="yes">
        <source>%n hand-over(s)</source>
        <translation>
            <numerusform>%n Übergabe</numerusform>
            <numerusform>%n Übergaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Came back to you: {0} on delegated work: {1}</source>
        <translation>Zu dir zurückgekommen: {0} für delegierte Arbeit: {1}</translation>
    </message>
    <message>
        <source>Nothing delegated came back to you.</source>
        <translation>Nichts Delegiertes ist zu dir zurückgekommen.</translation>
    </message>
    <message>
        <source>Taken back: {0}</source>
        <translation>Zurückgenommen: {0}</translation>
    </message>
    <message>
        <source>Decisions recorded: {0}{1}</source>
        <translation>Festgehaltene Entscheidungen: {0}{1}</translation>
    </message>
    <message>
        <source>Decisions reviewed: {0}{1}</source>
        <translation>Ausgewertete Entscheidungen: {0}{1}</translation>
    </message>
    <message>
        <source>Feedback logged: {0}</source>
        <translation>Eingetragenes Feedback: {0}</translation>
    </message>
    <message>
        <source>What you said you would do about it: {0}</source>
        <translation>Was du dazu tun wolltest: {0}</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>„{0}“</translation>
    </message>
    <message>
        <source>{0}, now: “{1}”</source>
        <translation>{0}, jetzt: „{1}“</translation>
    </message>
    <message>
        <source>added {0}</source>
        <translation>hinzugefügt: {0}</translation>
    </message>
    <message>
        <source>dropped {0}</source>
        <translation>gestrichen: {0}</translation>
    </message>
    <message>
        <source>No strategic narrative yet: write one on the Narrative page.</source>
        <translation>Noch kein strategisches Narrativ: Schreib eines auf der Seite „Narrativ“.</translation>
    </message>
    <message>
        <source>Unchanged in this period (your latest version is from {0}).</source>
        <translation>In diesem Zeitraum unverändert (deine neueste Fassung ist vom {0}).</translation>
    </message>
    <message>
        <source>First written on {0}.</source>
        <translation>Zuerst geschrieben am {0}.</translation>
    </message>
    <message>
        <source>Revised on {0}, against the version of {1}:</source>
        <translation>Überarbeitet am {0}, verglichen mit der Fassung vom {1}:</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Reviews</source>
        <translation>Rückblicke</translation>
    </message>
    <message>
        <source>The next milestone review</source>
        <translation>Der nächste Meilenstein-Rückblick</translation>
    </message>
    <message>
        <source>Start the review…</source>
        <translation>Rückblick beginnen…</translation>
    </message>
    <message>
        <source>The guided review, in seven steps</source>
        <translation>Der geführte Rückblick in sieben Schritten</translation>
    </message>
    <message>
        <source>Milestones and their reviews</source>
        <translation>Meilensteine und ihre Rückblicke</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Rückblick am</translation>
    </message>
    <message>
        <source>What to keep</source>
        <translation>Was du beibehältst</translation>
    </message>
    <message>
        <source>What to stop</source>
        <translation>Womit du aufhörst</translation>
    </message>
    <message>
        <source>What to start</source>
        <translation>Womit du anfängst</translation>
    </message>
    <message>
        <source>The adjustment</source>
        <translation>Die Anpassung</translation>
    </message>
    <message>
        <source>What you need from your boss</source>
        <translation>Was du von deiner Führungskraft brauchst</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Beibehalten:</translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation>Aufhören:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Anfangen:</translation>
    </message>
    <message>
        <source>Adjusted:</source>
        <translation>Angepasst:</translation>
    </message>
    <message>
        <source>From your boss:</source>
        <translation>Von deiner Führungskraft:</translation>
    </message>
    <message>
        <source>Boss sheet (PDF)…</source>
        <translation>Gesprächsblatt (PDF)…</translation>
    </message>
    <message>
        <source>One page for the conversation with your boss</source>
        <translation>Eine Seite für das Gespräch mit deiner Führungskraft</translation>
    </message>
    <message>
        <source>Review now…</source>
        <translation>Rückblick halten…</translation>
    </message>
    <message>
        <source>Hold the selected milestone&apos;s review</source>
        <translation>Den Rückblick zum gewählten Meilenstein halten</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Rückblick löschen</translation>
    </message>
    <message>
        <source>Delete the selected review; Ctrl+Z undoes it</source>
        <translation>Den gewählten Rückblick löschen; Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Milestone reviews</source>
        <translation>Meilenstein-Rückblicke</translation>
    </message>
    <message>
        <source>A 30/60/90-day plan is only a plan if you stop and look. At each milestone: where you stand, what you handed over, what to keep, stop and start — then a talk with your boss. Add or move milestones on the Plan page.</source>
        <translation>Ein 30/60/90-Tage-Plan ist nur dann ein Plan, wenn du innehältst und hinschaust. An jedem Meilenstein: wo du stehst, was du übergeben hast, was du beibehältst, womit du aufhörst und womit du anfängst – dann ein Gespräch mit deiner Führungskraft. Meilensteine fügst du auf der Seite „Plan“ hinzu oder verschiebst sie dort.</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Tag {0}</translation>
    </message>
    <message>
        <source>Make a plan first: its milestones are the reviews.</source>
        <translation>Leg zuerst einen Plan an: Seine Meilensteine sind die Rückblicke.</translation>
    </message>
    <message>
        <source>Every milestone is reviewed. Well done.</source>
        <translation>Zu jedem Meilenstein gibt es einen Rückblick. Gut gemacht.</translation>
    </message>
    <message>
        <source>The day-{0} review is overdue: it was due on {1}.</source>
        <translation>Der Rückblick zu Tag {0} ist überfällig: Er war am {1} fällig.</translation>
    </message>
    <message>
        <source>The day-{0} review is due on {1}.</source>
        <translation>Der Rückblick zu Tag {0} ist am {1} fällig.</translation>
    </message>
    <message>
        <source>The next review is on day {0}, {1}.</source>
        <translation>Der nächste Rückblick ist an Tag {0}, am {1}.</translation>
    </message>
    <message>
        <source>Start the day-{0} review…</source>
        <translation>Rückblick zu Tag {0} beginnen…</translation>
    </message>
    <message>
        <source>No milestones yet: add them on the Plan page.</source>
        <translation>Noch keine Meilensteine: Füge sie auf der Seite „Plan“ hinzu.</translation>
    </message>
    <message>
        <source>Day {0}: not reviewed yet</source>
        <translation>Tag {0}: noch kein Rückblick</translation>
    </message>
    <message>
        <source>The boss sheet can already show where the five conversations stand.</source>
        <translation>Das Gesprächsblatt kann schon zeigen, wie weit die fünf Gespräche sind.</translation>
    </message>
    <message>
        <source>Day {0}: reviewed on {1}</source>
        <translation>Tag {0}: Rückblick am {1}</translation>
    </message>
    <message>
        <source>Then: {0}% on strategy against {1}% planned.</source>
        <translation>Damals: {0} % für Strategie, geplant waren {1} %.</translation>
    </message>
    <message>
        <source>Target and horizon kept</source>
        <translation>Ziel und Horizont beibehalten</translation>
    </message>
    <message>
        <source>Delete the review?</source>
        <translation>Den Rückblick löschen?</translation>
    </message>
    <message>
        <source>Delete the day-{0} review and its keep, stop and start? Ctrl+Z undoes it.</source>
        <translation>Den Rückblick zu Tag {0} samt Beibehalten, Aufhören und Anfangen löschen? Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Delete the day-{0} review</source>
        <translation>Den Rückblick zu Tag {0} löschen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Check-in day</source>
        <translation>Check-in-Tag</translation>
    </message>
    <message>
        <source>From this day on, Altitude reminds you to check in</source>
        <translation>Ab diesem Tag erinnert dich Altitude an den Check-in</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Aufbewahrte Sicherungen</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
    <message>
        <source>Days before reviewing a two-way door</source>
        <translation>Tage bis zur Auswertung einer Zweiwegtür</translation>
    </message>
    <message>
        <source>Days before reviewing a one-way door</source>
        <translation>Tage bis zur Auswertung einer Einwegtür</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Review a &amp;two-way door decision after about</source>
        <translation>Entscheidung mit &amp;Zweiwegtür auswerten nach etwa</translation>
    </message>
    <message>
        <source>Review a &amp;one-way door decision after about</source>
        <translation>Entscheidung mit &amp;Einwegtür auswerten nach etwa</translation>
    </message>
    <message>
        <source>Rules of thumb for when to look back at a decision in the journal: a two-way door can be walked back, so look again soon; a one-way door later, once its effects show.</source>
        <translation>Faustregeln dafür, wann du im Entscheidungstagebuch auf eine Entscheidung zurückschaust: Eine Zweiwegtür lässt sich zurückgehen, also schau bald wieder hin; bei einer Einwegtür später, wenn sich ihre Folgen zeigen.</translation>
    </message>
    <message>
        <source>&amp;Check in on</source>
        <translation>&amp;Check-in am</translation>
    </message>
    <message>
        <source>&amp;Weeks start on</source>
        <translation>&amp;Woche beginnt am</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <source>Everything stays on this computer. Automatic backups are kept beside your data; the oldest go first.</source>
        <translation>Alles bleibt auf diesem Computer. Automatische Sicherungen liegen neben deinen Daten; die ältesten werden zuerst gelöscht.</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Time import</source>
        <translation>Zeitimport</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Updated with changes saved outside this window</source>
        <translation>Aktualisiert mit Änderungen, die außerhalb dieses Fensters gespeichert wurden</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <source>Your situation</source>
        <translation>Deine Situation</translation>
    </message>
    <message>
        <source>Which of these sounds most like the team or area you are taking over?</source>
        <translation>Was davon klingt am ehesten nach dem Team oder Bereich, den du übernimmst?</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <source>Keep a steady shift for now; you can choose later.</source>
        <translation>Bleib vorerst bei einem gleichmäßigen Wechsel; du kannst später wählen.</translation>
    </message>
    <message>
        <source>The default this situation sets</source>
        <translation>Die Vorgabe, die diese Situation setzt</translation>
    </message>
    <message>
        <source>Michael Watkins (The First 90 Days) describes what each situation asks of a leader but gives no pace: that part is Altitude&apos;s own, and you can change every milestone later on the Plan page.</source>
        <translation>Michael Watkins („Die ersten 90 Tage“) beschreibt, was jede Situation von einer Führungskraft verlangt, nennt aber kein Tempo: Das stammt von Altitude selbst, und du kannst jeden Meilenstein später auf der Seite „Plan“ ändern.</translation>
    </message>
</context>
<context>
    <name>Situations</name>
    <message>
        <source>Watkins, The First 90 Days, STARS; the pace is Altitude&apos;s own rule of thumb</source>
        <translation>Watkins, „Die ersten 90 Tage“, STARS; das Tempo ist Altitudes eigene Faustregel</translation>
    </message>
    <message>
        <source>rule of thumb</source>
        <translation>Faustregel</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Aufbau (Start-up)</translation>
    </message>
    <message>
        <source>The team, product or service is new: little exists yet and you are putting people, ways of working and resources together.</source>
        <translation>Das Team, das Produkt oder der Service ist neu: Es gibt noch wenig, und du bringst Menschen, Arbeitsweisen und Ressourcen zusammen.</translation>
    </message>
    <message>
        <source>Build capabilities and structures; ask for the resources you need early.</source>
        <translation>Fähigkeiten und Strukturen aufbauen; die nötigen Ressourcen früh einfordern.</translation>
    </message>
    <message>
        <source>a fairly fast shift to strategy once the team exists</source>
        <translation>eine recht schnelle Verschiebung zur Strategie, sobald das Team steht</translation>
    </message>
    <message>
        <source>set up how the team works and hand over whole outcomes early</source>
        <translation>festlegen, wie das Team arbeitet, und früh ganze Ergebnisse übergeben</translation>
    </message>
    <message>
        <source>Turnaround</source>
        <translation>Turnaround</translation>
    </message>
    <message>
        <source>Things are going badly and everyone knows it: results, quality or customers are slipping and something has to change soon.</source>
        <translation>Es läuft schlecht, und alle wissen es: Ergebnisse, Qualität oder Kunden rutschen ab, und bald muss sich etwas ändern.</translation>
    </message>
    <message>
        <source>Decide fast with incomplete knowledge (“ready-fire-aim”) and stop the damage first.</source>
        <translation>Schnell mit unvollständigem Wissen entscheiden („Ready-Fire-Aim“) und zuerst den Schaden begrenzen.</translation>
    </message>
    <message>
        <source>the fastest shift, most of it in the first third of the plan</source>
        <translation>die schnellste Verschiebung, der Großteil im ersten Drittel des Plans</translation>
    </message>
    <message>
        <source>make and record the hard calls: the decision journal at the centre</source>
        <translation>die harten Entscheidungen treffen und festhalten: das Entscheidungstagebuch im Mittelpunkt</translation>
    </message>
    <message>
        <source>Accelerated growth</source>
        <translation>Schnelles Wachstum</translation>
    </message>
    <message>
        <source>Demand is growing faster than the team: you are hiring, and what worked for a few people is starting to creak.</source>
        <translation>Die Nachfrage wächst schneller als das Team: Du stellst ein, und was für wenige Leute funktioniert hat, beginnt zu knirschen.</translation>
    </message>
    <message>
        <source>Build structures, processes and hiring so growth does not break the team.</source>
        <translation>Strukturen, Prozesse und Recruiting aufbauen, damit das Wachstum das Team nicht zerreißt.</translation>
    </message>
    <message>
        <source>a steady shift, the same each month</source>
        <translation>eine gleichmäßige Verschiebung, jeden Monat gleich viel</translation>
    </message>
    <message>
        <source>delegation and systems: routines others can run without you</source>
        <translation>Delegation und Systeme: Abläufe, die andere ohne dich tragen können</translation>
    </message>
    <message>
        <source>Realignment</source>
        <translation>Neuausrichtung</translation>
    </message>
    <message>
        <source>Things look fine from inside, but the team is drifting towards trouble and many don&apos;t see it yet.</source>
        <translation>Von innen sieht alles gut aus, aber das Team treibt auf Probleme zu, und viele sehen es noch nicht.</translation>
    </message>
    <message>
        <source>Make the case for change and get past denial (“ready-aim-fire”) before pushing it through.</source>
        <translation>Erst begründen, warum sich etwas ändern muss, und das Verdrängen überwinden („Ready-Aim-Fire“), dann die Veränderung durchsetzen.</translation>
    </message>
    <message>
        <source>a slower start, most of the shift in the second half</source>
        <translation>ein langsamerer Start, der Großteil der Verschiebung in der zweiten Hälfte</translation>
    </message>
    <message>
        <source>relationships and the narrative: win people over to why change is needed</source>
        <translation>Beziehungen und das Narrativ: Menschen dafür gewinnen, warum Veränderung nötig ist</translation>
    </message>
    <message>
        <source>Sustaining success</source>
        <translation>Erfolg sichern</translation>
    </message>
    <message>
        <source>The team is doing well and has a good name: your job is to keep it that way and take it further.</source>
        <translation>Das Team läuft gut und hat einen guten Ruf: Deine Aufgabe ist, das zu erhalten und weiter auszubauen.</translation>
    </message>
    <message>
        <source>Preserve what works, learn why it works, and avoid damaging mistakes.</source>
        <translation>Bewahren, was funktioniert, verstehen, warum es funktioniert, und schädliche Fehler vermeiden.</translation>
    </message>
    <message>
        <source>the slowest shift; learn first, change later</source>
        <translation>die langsamste Verschiebung; erst lernen, später verändern</translation>
    </message>
    <message>
        <source>learning: ask how the team works and why, before changing it</source>
        <translation>Lernen: fragen, wie das Team arbeitet und warum, bevor du etwas änderst</translation>
    </message>
    <message>
        <source>all of it by day {0}</source>
        <translation>alles bis Tag {0}</translation>
    </message>
    <message>
        <source>{0}% by day {1}</source>
        <translation>{0} % bis Tag {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it asks of you:&lt;/b&gt; {0}&lt;br&gt;&lt;b&gt;First move:&lt;/b&gt; {1}.&lt;br&gt;&lt;b&gt;Pace ({2}):&lt;/b&gt; {3}. Of the shift from today&apos;s split to your target, your milestones ask for {4}.&lt;br&gt;&lt;i&gt;Source: {5}.&lt;/i&gt;</source>
        <translation>&lt;b&gt;Was sie von dir verlangt:&lt;/b&gt; {0}&lt;br&gt;&lt;b&gt;Erster Schritt:&lt;/b&gt; {1}.&lt;br&gt;&lt;b&gt;Tempo ({2}):&lt;/b&gt; {3}. Von der Verschiebung zwischen deiner heutigen Aufteilung und deinem Ziel verlangen deine Meilensteine {4}.&lt;br&gt;&lt;i&gt;Quelle: {5}.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pace:&lt;/b&gt; a steady line from today&apos;s split to your target: {0}. You can come back and choose a situation at any time before Finish.</source>
        <translation>&lt;b&gt;Tempo:&lt;/b&gt; eine gleichmäßige Linie von deiner heutigen Aufteilung zu deinem Ziel: {0}. Du kannst jederzeit vor „Fertigstellen“ zurückkommen und eine Situation wählen.</translation>
    </message>
</context>
<context>
    <name>SplitFields</name>
    <message>
        <source>Strategy share when the plan started</source>
        <translation>Strategieanteil zu Beginn des Plans</translation>
    </message>
    <message>
        <source>Strategy share to reach by the end</source>
        <translation>Strategieanteil, der bis zum Ende erreicht sein soll</translation>
    </message>
    <message>
        <source>Tolerance in percentage points</source>
        <translation>Toleranz in Prozentpunkten</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>Put milestones on a straight line</source>
        <translation>Meilensteine auf eine gerade Linie legen</translation>
    </message>
    <message>
        <source>Put the milestones on the line from start to target</source>
        <translation>Die Meilensteine auf die Linie vom Start zum Ziel legen</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Your target split</source>
        <translation>Deine Zielaufteilung</translation>
    </message>
    <message>
        <source>How much of your week should go to strategy by the end?</source>
        <translation>Wie viel deiner Woche soll am Ende in Strategie gehen?</translation>
    </message>
    <message>
        <source>Where you start</source>
        <translation>Wo du startest</translation>
    </message>
    <message>
        <source>Target share of strategy (slider)</source>
        <translation>Zielanteil Strategie (Schieberegler)</translation>
    </message>
    <message>
        <source>Target share of strategy</source>
        <translation>Zielanteil Strategie</translation>
    </message>
    <message>
        <source>Your milestones and where their pace comes from</source>
        <translation>Deine Meilensteine und woher ihr Tempo kommt</translation>
    </message>
    <message>
        <source>Rules of thumb, not rules</source>
        <translation>Faustregeln, keine Regeln</translation>
    </message>
    <message>
        <source>There is no authoritative split: these are starting points from practice, each with where it comes from.</source>
        <translation>Es gibt keine maßgebliche Aufteilung: Das sind Ausgangspunkte aus der Praxis, jeweils mit ihrer Herkunft.</translation>
    </message>
    <message>
        <source>Use {0}%</source>
        <translation>{0} % übernehmen</translation>
    </message>
    <message>
        <source>Use {0}%: {1}</source>
        <translation>{0} % übernehmen: {1}</translation>
    </message>
    <message>
        <source>Source: {0}
Caveat: {1}</source>
        <translation>Quelle: {0}
Einschränkung: {1}</translation>
    </message>
    <message>
        <source>Source and caveat of the chosen rule of thumb</source>
        <translation>Quelle und Einschränkung der gewählten Faustregel</translation>
    </message>
    <message>
        <source>Your own target: as valid as any rule of thumb. Adjust it after a month.</source>
        <translation>Dein eigenes Ziel: so gültig wie jede Faustregel. Pass es nach einem Monat an.</translation>
    </message>
    <message>
        <source>{0}% — source: {1} Caveat: {2}</source>
        <translation>{0} % – Quelle: {1} Einschränkung: {2}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today: {0}% strategy.&lt;/b&gt; Of the {1} a week you ticked, {2} go to strategy.</source>
        <translation>&lt;b&gt;Heute: {0} % Strategie.&lt;/b&gt; Von den {1} pro Woche, die du angehakt hast, gehen {2} in Strategie.</translation>
    </message>
    <message>
        <source>By {0}, aim for:</source>
        <translation>Bis {0} anpeilen:</translation>
    </message>
    <message>
        <source>The milestones lie on a straight line from today&apos;s split to your target. Choose your situation (Back) for another pace, or change them on the Plan page after Finish.</source>
        <translation>Die Meilensteine liegen auf einer geraden Linie von deiner heutigen Aufteilung zu deinem Ziel. Wähle deine Situation („Zurück“) für ein anderes Tempo oder ändere sie nach „Fertigstellen“ auf der Seite „Plan“.</translation>
    </message>
    <message>
        <source>Your situation, {0}, sets the pace: {1}. A rule of thumb ({2}); change the milestones on the Plan page after Finish.</source>
        <translation>Deine Situation, {0}, bestimmt das Tempo: {1}. Eine Faustregel ({2}); ändere die Meilensteine nach „Fertigstellen“ auf der Seite „Plan“.</translation>
    </message>
</context>
<context>
    <name>TaskPicker</name>
    <message>
        <source>Something else you do, e.g. &quot;Budget and forecasts&quot;</source>
        <translation>Etwas anderes, das du tust, z. B. „Budget und Prognosen“</translation>
    </message>
    <message>
        <source>Your own task</source>
        <translation>Deine eigene Aufgabe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add your own task</source>
        <translation>Eigene Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Title of your task</source>
        <translation>Titel deiner Aufgabe</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> h/Woche</translation>
    </message>
    <message>
        <source>Hours a week on {0}</source>
        <translation>Stunden pro Woche für {0}</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Operativ</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategisch</translation>
    </message>
    <message>
        <source>Execution or strategy: {0}</source>
        <translation>Operativ oder strategisch: {0}</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>What do you do today?</source>
        <translation>Was tust du heute?</translation>
    </message>
    <message>
        <source>Tick what fills a typical week now, with rough hours. Guesses are fine.</source>
        <translation>Hake an, was jetzt eine typische Woche füllt, mit ungefähren Stunden. Schätzungen reichen.</translation>
    </message>
    <message>
        <source>Execution is doing the work yourself: serving, selling, treating, building, checking, fixing. Strategy is direction, priorities, developing people, alignment and decisions. You can weigh and delegate each of these later on the Inventory page.</source>
        <translation>Operativ heißt, die Arbeit selbst zu machen: bedienen, verkaufen, behandeln, bauen, prüfen, reparieren. Strategisch heißt: Richtung, Prioritäten, Menschen entwickeln, Abstimmung und Entscheidungen. Jede dieser Tätigkeiten kannst du später auf der Seite „Tätigkeiten“ abwägen und delegieren.</translation>
    </message>
    <message>
        <source>Your week so far</source>
        <translation>Deine Woche bisher</translation>
    </message>
    <message>
        <source>Tick at least one thing you do today, or add your own.</source>
        <translation>Hake mindestens eine Sache an, die du heute tust, oder füge eine eigene hinzu.</translation>
    </message>
    <message>
        <source>Fix the item marked above.</source>
        <translation>Korrigiere die oben markierte Tätigkeit.</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Noch nichts angehakt.</translation>
    </message>
    <message>
        <source>{0} ticked: {1} a week, {2}% of it on strategy.</source>
        <translation>{0} angehakt: {1} pro Woche, davon {2} % strategisch.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message numerus="yes">
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} carries {1}/week you handed over — {2}.</source>
        <translation>{0} trägt {1}/Woche, die du übergeben hast – {2}.</translation>
    </message>
    <message>
        <source>{0} carries nothing you handed over yet.</source>
        <translation>{0} trägt noch nichts, was du übergeben hast.</translation>
    </message>
    <message>
        <source>{0} planned.</source>
        <translation>{0} geplant.</translation>
    </message>
    <message>
        <source>You took {0} back.</source>
        <translation>Du hast {0} zurückgenommen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Growth goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Carries for you</source>
        <translation>Trägt für dich</translation>
    </message>
    <message>
        <source>Next one-to-one</source>
        <translation>Nächstes 1:1</translation>
    </message>
    <message>
        <source>Where they want to grow: hand them outcomes that lead there.</source>
        <translation>Wo die Person wachsen will: Übergib ihr Ergebnisse, die dorthin führen.</translation>
    </message>
    <message>
        <source>Outcomes they are taking over or own, and those planned for them.</source>
        <translation>Ergebnisse, die die Person übernimmt oder verantwortet, und die für sie geplanten.</translation>
    </message>
    <message>
        <source>Hours a week of your old work they now carry.</source>
        <translation>Stunden pro Woche deiner früheren Arbeit, die die Person jetzt trägt.</translation>
    </message>
    <message>
        <source>When your next one-to-one is due, from how often you meet and the last one.</source>
        <translation>Wann dein nächstes 1:1 fällig ist, aus eurem Rhythmus und dem letzten Treffen.</translation>
    </message>
    <message>
        <source>{0} + {1} planned</source>
        <translation>{0} + {1} geplant</translation>
    </message>
    <message>
        <source>Now (none logged)</source>
        <translation>Jetzt (keins eingetragen)</translation>
    </message>
    <message>
        <source>{0} — overdue</source>
        <translation>{0} – überfällig</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Add someone on your team (Ctrl+N)</source>
        <translation>Jemanden aus deinem Team hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Delete the selected person (Delete); Ctrl+Z undoes it</source>
        <translation>Die gewählte Person löschen (Entf); Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Team member details</source>
        <translation>Details des Teammitglieds</translation>
    </message>
    <message>
        <source>Build people who outgrow you in specific areas. The bar shows how much of your old work each person carries: hand the next outcome to someone with room and a growth goal it serves.</source>
        <translation>Bau Menschen auf, die dich in bestimmten Bereichen überholen. Der Balken zeigt, wie viel deiner früheren Arbeit jede Person trägt: Übergib das nächste Ergebnis jemandem mit Luft und einem Entwicklungsziel, dem es dient.</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>No one here yet. Add the people you lead (Ctrl+N) with their growth goals, then hand them outcomes from the Delegation page.</source>
        <translation>Noch niemand hier. Füge die Menschen hinzu, die du führst (Strg+N), mit ihren Entwicklungszielen, und übergib ihnen dann Ergebnisse über die Seite „Delegation“.</translation>
    </message>
    <message numerus="yes">
        <source>%n team member(s)</source>
        <translation>
            <numerusform>%n Teammitglied</numerusform>
            <numerusform>%n Teammitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · together they carry {1} a week you handed over.</source>
        <translation>{0} · zusammen tragen sie {1} pro Woche, die du übergeben hast.</translation>
    </message>
    <message>
        <source>Edit team member: {0}</source>
        <translation>Teammitglied bearbeiten: {0}</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>Neues Teammitglied</translation>
    </message>
    <message>
        <source>Add team member: {0}</source>
        <translation>Teammitglied hinzufügen: {0}</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>{0} löschen?</translation>
    </message>
    <message>
        <source>{0} owns {1} delegated outcome(s). They stay in the ledger with no owner. Undo (Ctrl+Z) brings {0} and their outcomes back.</source>
        <translation>{0} ist für {1} delegierte(s) Ergebnis(se) verantwortlich. Sie bleiben ohne verantwortliche Person in der Liste. Rückgängig (Strg+Z) holt {0} und die Ergebnisse zurück.</translation>
    </message>
    <message>
        <source>Delete team member: {0}</source>
        <translation>Teammitglied löschen: {0}</translation>
    </message>
</context>
<context>
    <name>TimeCard</name>
    <message>
        <source>What your calendar showed</source>
        <translation>Was dein Kalender gezeigt hat</translation>
    </message>
    <message>
        <source>Your week of {0}, from your calendar</source>
        <translation>Deine Woche ab {0}, aus deinem Kalender</translation>
    </message>
</context>
<context>
    <name>TimeImportSettings</name>
    <message>
        <source>execution</source>
        <translation>operativ</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>strategisch</translation>
    </message>
    <message>
        <source>ignore (count in no total)</source>
        <translation>ignorieren (zählt nirgends mit)</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>Deine Zeitzone</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s zone</source>
        <translation>Leer: die Zone dieses Computers</translation>
    </message>
    <message>
        <source>Your e-mail addresses</source>
        <translation>Deine E-Mail-Adressen</translation>
    </message>
    <message>
        <source>you@work.example, you@home.example</source>
        <translation>du@arbeit.example, du@privat.example</translation>
    </message>
    <message>
        <source>Focus words</source>
        <translation>Fokuswörter</translation>
    </message>
    <message>
        <source>Remembered sources</source>
        <translation>Gemerkte Quellen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the source</source>
        <translation>Die Quelle umbenennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the source</source>
        <translation>Die Quelle entfernen</translation>
    </message>
    <message>
        <source>Rules, first match wins</source>
        <translation>Regeln, die erste passende gewinnt</translation>
    </message>
    <message>
        <source>The rule&apos;s words</source>
        <translation>Die Wörter der Regel</translation>
    </message>
    <message>
        <source>review, standup, fix</source>
        <translation>Review, Standup, Bugfix</translation>
    </message>
    <message>
        <source>The rule&apos;s mode</source>
        <translation>Die Art der Regel</translation>
    </message>
    <message>
        <source>The rule&apos;s inventory item</source>
        <translation>Die Tätigkeit der Regel</translation>
    </message>
    <message>
        <source>Add as new rule</source>
        <translation>Als neue Regel hinzufügen</translation>
    </message>
    <message>
        <source>Add the rule</source>
        <translation>Die Regel hinzufügen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save the changes to the selected rule</source>
        <translation>Die Änderungen an der gewählten Regel speichern</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the rule up</source>
        <translation>Die Regel nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>Die Regel nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Die Regel entfernen</translation>
    </message>
    <message>
        <source>Test against last import</source>
        <translation>Am letzten Import testen</translation>
    </message>
    <message>
        <source>Test the rule on the last import</source>
        <translation>Die Regel am letzten Import testen</translation>
    </message>
    <message>
        <source>What the rule would match</source>
        <translation>Was die Regel treffen würde</translation>
    </message>
    <message>
        <source>Your &amp;time zone</source>
        <translation>Deine &amp;Zeitzone</translation>
    </message>
    <message>
        <source>Your &amp;addresses</source>
        <translation>Deine &amp;Adressen</translation>
    </message>
    <message>
        <source>&amp;Focus words</source>
        <translation>&amp;Fokuswörter</translation>
    </message>
    <message>
        <source>Remembered files</source>
        <translation>Gemerkte Dateien</translation>
    </message>
    <message>
        <source>Rules: tried in order, the first that matches wins</source>
        <translation>Regeln: der Reihe nach geprüft, die erste passende gewinnt</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Wörter</translation>
    </message>
    <message>
        <source>&amp;Counts as</source>
        <translation>Zählt a&amp;ls</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Tätigkeit</translation>
    </message>
    <message>
        <source>Hours read from a calendar or a time tracker are cut into weeks at Monday 00:00 in your zone. Your addresses tell which invitations you declined; an event whose title holds a focus word is protected time. Separate entries with commas.</source>
        <translation>Stunden aus einem Kalender oder einer Zeiterfassung werden montags um 00:00 in deiner Zone in Wochen geteilt. An deinen Adressen erkennt Altitude, welche Einladungen du abgelehnt hast; ein Termin, dessen Titel ein Fokuswort enthält, gilt als geschützte Zeit. Mehrere Einträge mit Kommas trennen.</translation>
    </message>
    <message>
        <source>Files and rules are saved as you change them; Ctrl+Z takes a change back.</source>
        <translation>Dateien und Regeln werden beim Ändern gespeichert; Strg+Z nimmt eine Änderung zurück.</translation>
    </message>
    <message>
        <source>No item</source>
        <translation>Keine Tätigkeit</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>{0} — {1}, {2} (read {3})</source>
        <translation>{0} – {1}, {2} (gelesen {3})</translation>
    </message>
    <message>
        <source>Add a time rule</source>
        <translation>Zeitregel hinzufügen</translation>
    </message>
    <message>
        <source>Edit a time rule</source>
        <translation>Zeitregel bearbeiten</translation>
    </message>
    <message>
        <source>Move a time rule</source>
        <translation>Zeitregel verschieben</translation>
    </message>
    <message>
        <source>Remove a time rule</source>
        <translation>Zeitregel entfernen</translation>
    </message>
    <message>
        <source>Fill a check-in from a file first: then this shows what the rule matches.</source>
        <translation>Fülle zuerst einen Check-in aus einer Datei: Dann zeigt das hier, was die Regel trifft.</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> und {0} weitere</translation>
    </message>
    <message>
        <source>Matches {0} of {1} entries, {2} h: {3}{4}</source>
        <translation>Trifft {0} von {1} Einträgen, {2} h: {3}{4}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rename a source</source>
        <translation>Quelle umbenennen</translation>
    </message>
    <message>
        <source>Remove a source</source>
        <translation>Quelle entfernen</translation>
    </message>
</context>
<context>
    <name>TimeTexts</name>
    <message>
        <source>{0} in meetings</source>
        <translation>{0} in Meetings</translation>
    </message>
    <message>
        <source>{0}% of your week in blocks under 30 minutes</source>
        <translation>{0} % deiner Woche in Blöcken unter 30 Minuten</translation>
    </message>
    <message>
        <source>Focus time kept: {0} of {1}</source>
        <translation>Eingehaltene Fokuszeit: {0} von {1}</translation>
    </message>
</context>
<context>
    <name>Trend</name>
    <message>
        <source>the week of {0}</source>
        <translation>der Woche vom {0}</translation>
    </message>
    <message>
        <source>Log at least three check-ins to see a projection.</source>
        <translation>Trag mindestens drei Check-ins ein, um eine Prognose zu sehen.</translation>
    </message>
    <message>
        <source>You reached your target of {0} strategy in {1}.</source>
        <translation>Du hast dein Ziel von {0} Strategieanteil in {1} erreicht.</translation>
    </message>
    <message>
        <source>Not at this trend: your strategy share is flat or falling, so it will not reach {0}.</source>
        <translation>Nicht bei diesem Trend: Dein Strategieanteil stagniert oder fällt, so erreicht er {0} nicht.</translation>
    </message>
    <message>
        <source>Not at this trend: at {0} points a week, {1} is more than two years away.</source>
        <translation>Nicht bei diesem Trend: Bei {0} Punkten pro Woche sind {1} mehr als zwei Jahre entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>At {0} points a week you reach {1} strategy in {2}, %n week(s) from your latest check-in.</source>
        <translation>
            <numerusform>Bei {0} Punkten pro Woche erreichst du {1} Strategieanteil in {2}, %n Woche nach deinem letzten Check-in.</numerusform>
            <numerusform>Bei {0} Punkten pro Woche erreichst du {1} Strategieanteil in {2}, %n Wochen nach deinem letzten Check-in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Choose the date.</source>
        <translation>Wähle das Datum.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <source>Name the function.</source>
        <translation>Gib dem Fachbereich einen Namen.</translation>
    </message>
    <message>
        <source>What they are measured on</source>
        <translation>Woran sie gemessen werden</translation>
    </message>
    <message>
        <source>How your team moves their numbers</source>
        <translation>Wie dein Team ihre Kennzahlen bewegt</translation>
    </message>
    <message>
        <source>What you still don&apos;t understand</source>
        <translation>Was du noch nicht verstehst</translation>
    </message>
    <message>
        <source>Rate from 1 to 5 whether you could explain their goals to your boss.</source>
        <translation>Bewerte von 1 bis 5, ob du deiner Führungskraft ihre Ziele erklären könntest.</translation>
    </message>
    <message>
        <source>Say the action in a few words.</source>
        <translation>Beschreibe die Maßnahme in wenigen Worten.</translation>
    </message>
    <message>
        <source>Choose the date of this version.</source>
        <translation>Wähle das Datum dieser Fassung.</translation>
    </message>
    <message>
        <source>The diagnosis</source>
        <translation>Die Diagnose</translation>
    </message>
    <message>
        <source>The guiding policy</source>
        <translation>Die Leitlinie</translation>
    </message>
    <message>
        <source>Each thing you will not do needs some words.</source>
        <translation>Alles, was du nicht tun wirst, braucht ein paar Worte.</translation>
    </message>
    <message>
        <source>List at most {0} things you will not do.</source>
        <translation>Nenne höchstens {0} Dinge, die du nicht tun wirst.</translation>
    </message>
    <message>
        <source>The press release</source>
        <translation>Die Pressemitteilung</translation>
    </message>
    <message>
        <source>Choose the date of the press release.</source>
        <translation>Wähle das Datum der Pressemitteilung.</translation>
    </message>
    <message>
        <source>Choose the milestone&apos;s day after the start.</source>
        <translation>Wähle den Tag des Meilensteins nach dem Start.</translation>
    </message>
    <message>
        <source>Choose the date of the review.</source>
        <translation>Wähle das Datum des Rückblicks.</translation>
    </message>
    <message>
        <source>What to keep</source>
        <translation>Was du beibehältst</translation>
    </message>
    <message>
        <source>What to stop</source>
        <translation>Was du lässt</translation>
    </message>
    <message>
        <source>What to start</source>
        <translation>Was du anfängst</translation>
    </message>
    <message>
        <source>The adjustment</source>
        <translation>Die Anpassung</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Was du brauchst</translation>
    </message>
    <message>
        <source>Link items from your inventory (one linked item was deleted).</source>
        <translation>Verknüpfe Tätigkeiten aus deiner Liste (eine verknüpfte Tätigkeit wurde gelöscht).</translation>
    </message>
    <message>
        <source>Link your delegations (one linked delegation was deleted).</source>
        <translation>Verknüpfe deine Delegationen (eine verknüpfte Delegation wurde gelöscht).</translation>
    </message>
    <message>
        <source>Choose someone from your relationships, or no one.</source>
        <translation>Wähle jemanden aus deinen Beziehungen oder niemanden.</translation>
    </message>
    <message>
        <source>{0} is your boss already; only one person can be.</source>
        <translation>{0} ist schon deine Führungskraft; das kann nur eine Person sein.</translation>
    </message>
    <message>
        <source>Choose one of the plan&apos;s milestones (add the day on the Plan page first).</source>
        <translation>Wähle einen Meilenstein des Plans (lege den Tag zuerst auf der Seite „Plan“ an).</translation>
    </message>
    <message>
        <source>Start a plan first: a review is for one of its milestones.</source>
        <translation>Lege zuerst einen Plan an: Ein Rückblick gehört zu einem seiner Meilensteine.</translation>
    </message>
    <message>
        <source>You have a function with that name already.</source>
        <translation>Du hast schon einen Fachbereich mit diesem Namen.</translation>
    </message>
    <message>
        <source>Choose the date you were in touch.</source>
        <translation>Wähle das Datum, an dem ihr Kontakt hattet.</translation>
    </message>
    <message>
        <source>Choose one of the five conversations.</source>
        <translation>Wähle eines der fünf Gespräche.</translation>
    </message>
    <message>
        <source>Choose the date of the conversation.</source>
        <translation>Wähle das Datum des Gesprächs.</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Was vereinbart wurde</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Wähle Ja oder Nein.</translation>
    </message>
    <message>
        <source>Give their name.</source>
        <translation>Gib den Namen an.</translation>
    </message>
    <message>
        <source>Rate their influence from 1 to 5.</source>
        <translation>Bewerte den Einfluss von 1 bis 5.</translation>
    </message>
    <message>
        <source>Rate their interest in your work from 1 to 5.</source>
        <translation>Bewerte das Interesse an deiner Arbeit von 1 bis 5.</translation>
    </message>
    <message>
        <source>Choose supporter, convincible, opponent or unknown.</source>
        <translation>Wähle Unterstützer, überzeugbar, Gegner oder unbekannt.</translation>
    </message>
    <message>
        <source>Rate the trust between you from 1 to 5.</source>
        <translation>Bewerte das Vertrauen zwischen euch von 1 bis 5.</translation>
    </message>
    <message>
        <source>Be in touch every 1 to 365 days, or leave it empty.</source>
        <translation>Melde dich alle 1 bis 365 Tage oder lass das Feld leer.</translation>
    </message>
    <message>
        <source>What you owe them</source>
        <translation>Was du ihnen schuldest</translation>
    </message>
    <message>
        <source>What they owe you</source>
        <translation>Was sie dir schulden</translation>
    </message>
    <message>
        <source>A share of the week must be between 0 and 100%.</source>
        <translation>Ein Anteil der Woche muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>The delegation level must be a whole number from 1 to 7.</source>
        <translation>Die Delegationsstufe muss eine ganze Zahl von 1 bis 7 sein.</translation>
    </message>
    <message>
        <source>Hours must be between 0 and 100.</source>
        <translation>Die Stunden müssen zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>Choose a day of the week (0 is Monday, 6 is Sunday).</source>
        <translation>Wähle einen Wochentag (0 ist Montag, 6 ist Sonntag).</translation>
    </message>
    <message>
        <source>Milestone days must rise one after another.</source>
        <translation>Die Tage der Meilensteine müssen aufsteigen.</translation>
    </message>
    <message>
        <source>Each milestone&apos;s strategy share must be between 0 and 100%.</source>
        <translation>Der Strategieanteil jedes Meilensteins muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>Name the role you had.</source>
        <translation>Nenne deine bisherige Rolle.</translation>
    </message>
    <message>
        <source>Name the role you are stepping into.</source>
        <translation>Nenne deine neue Rolle.</translation>
    </message>
    <message>
        <source>Choose the date the plan starts.</source>
        <translation>Wähle das Startdatum des Plans.</translation>
    </message>
    <message>
        <source>The plan must end after it starts.</source>
        <translation>Der Plan muss nach seinem Start enden.</translation>
    </message>
    <message>
        <source>Your motive</source>
        <translation>Dein Motiv</translation>
    </message>
    <message>
        <source>Each statement needs some words.</source>
        <translation>Jeder Leitsatz braucht ein paar Worte.</translation>
    </message>
    <message>
        <source>Choose at most {0} statements of who to become.</source>
        <translation>Wähle höchstens {0} Leitsätze, wer du werden willst.</translation>
    </message>
    <message>
        <source>The tolerance must be between 0 and 50 points.</source>
        <translation>Die Toleranz muss zwischen 0 und 50 Punkten liegen.</translation>
    </message>
    <message>
        <source>Choose one of the five situations, or none.</source>
        <translation>Wähle eine der fünf Situationen oder keine.</translation>
    </message>
    <message>
        <source>Rate leverage from 1 to 5.</source>
        <translation>Bewerte den Hebel von 1 bis 5.</translation>
    </message>
    <message>
        <source>Rate only-you from 1 to 5.</source>
        <translation>Bewerte „Nur du“ von 1 bis 5.</translation>
    </message>
    <message>
        <source>Rate risk from 1 to 5.</source>
        <translation>Bewerte das Risiko von 1 bis 5.</translation>
    </message>
    <message>
        <source>Rate growth from 1 to 5.</source>
        <translation>Bewerte die Entwicklung von 1 bis 5.</translation>
    </message>
    <message>
        <source>Rate attachment from 1 to 5.</source>
        <translation>Bewerte die Bindung von 1 bis 5.</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Gib der Tätigkeit einen Titel.</translation>
    </message>
    <message>
        <source>Hours per week must be more than 0 and at most 100.</source>
        <translation>Die Stunden pro Woche müssen über 0 und höchstens 100 sein.</translation>
    </message>
    <message>
        <source>Choose execution or strategy.</source>
        <translation>Wähle operativ oder strategisch.</translation>
    </message>
    <message>
        <source>Choose keep, delegate, coach then delegate, stop, or undecided.</source>
        <translation>Wähle Behalten, Delegieren, Erst coachen, Weglassen oder offen.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Die Notizen</translation>
    </message>
    <message>
        <source>Give the person a name.</source>
        <translation>Gib der Person einen Namen.</translation>
    </message>
    <message>
        <source>The growth goal</source>
        <translation>Das Entwicklungsziel</translation>
    </message>
    <message>
        <source>Meet every 1 to 365 days, or leave the one-to-one cadence empty.</source>
        <translation>Trefft euch alle 1 bis 365 Tage oder lass den 1:1-Rhythmus leer.</translation>
    </message>
    <message>
        <source>Choose the date of the last one-to-one.</source>
        <translation>Wähle das Datum des letzten 1:1.</translation>
    </message>
    <message>
        <source>A check-in note</source>
        <translation>Eine Check-in-Notiz</translation>
    </message>
    <message>
        <source>Plan the levels in order of week, from week 0 on.</source>
        <translation>Plane die Stufen nach Wochen geordnet, ab Woche 0.</translation>
    </message>
    <message>
        <source>Describe the outcome you hand over.</source>
        <translation>Beschreibe das Ergebnis, das du übergibst.</translation>
    </message>
    <message>
        <source>Choose the date the hand-over started.</source>
        <translation>Wähle das Datum, an dem die Übergabe begann.</translation>
    </message>
    <message>
        <source>The success measure</source>
        <translation>Das Erfolgskriterium</translation>
    </message>
    <message>
        <source>Check in every 1 to 365 days.</source>
        <translation>Plane einen Check-in alle 1 bis 365 Tage.</translation>
    </message>
    <message>
        <source>Choose the next check-in date.</source>
        <translation>Wähle das Datum des nächsten Check-ins.</translation>
    </message>
    <message>
        <source>Choose planned, handing over, owned or taken back.</source>
        <translation>Wähle Geplant, In Übergabe, Übernommen oder Zurückgenommen.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Der Grund</translation>
    </message>
    <message>
        <source>Hours freed per week must be between 0 and 100.</source>
        <translation>Die frei gewordenen Stunden pro Woche müssen zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>A prompt</source>
        <translation>Eine Frage</translation>
    </message>
    <message>
        <source>An answer</source>
        <translation>Eine Antwort</translation>
    </message>
    <message>
        <source>Choose the system, light or dark theme.</source>
        <translation>Wähle das System-, helle oder dunkle Design.</translation>
    </message>
    <message>
        <source>Keep between 1 and 100 backups.</source>
        <translation>Behalte zwischen 1 und 100 Sicherungen.</translation>
    </message>
    <message>
        <source>Each address needs some characters.</source>
        <translation>Jede Adresse braucht ein paar Zeichen.</translation>
    </message>
    <message>
        <source>List at most {0} of your e-mail addresses.</source>
        <translation>Nenne höchstens {0} deiner E-Mail-Adressen.</translation>
    </message>
    <message>
        <source>Each focus word needs some letters.</source>
        <translation>Jedes Fokuswort braucht ein paar Buchstaben.</translation>
    </message>
    <message>
        <source>List at most {0} focus words.</source>
        <translation>Nenne höchstens {0} Fokuswörter.</translation>
    </message>
    <message>
        <source>Review a two-way door decision after 1 to 365 days.</source>
        <translation>Werte eine Zweiwegtür-Entscheidung nach 1 bis 365 Tagen aus.</translation>
    </message>
    <message>
        <source>Review a one-way door decision after 1 to 730 days.</source>
        <translation>Werte eine Einwegtür-Entscheidung nach 1 bis 730 Tagen aus.</translation>
    </message>
    <message>
        <source>Name a report section.</source>
        <translation>Nenne einen Abschnitt des Berichts.</translation>
    </message>
    <message>
        <source>Choose one or more report sections of {0}, each once.</source>
        <translation>Wähle einen oder mehrere Berichtsabschnitte aus {0}, jeden einmal.</translation>
    </message>
    <message>
        <source>Review after 1 to 365 days.</source>
        <translation>Werte nach 1 bis 365 Tagen aus.</translation>
    </message>
    <message>
        <source>Keep the rationale to {0} characters (it has {1}).</source>
        <translation>Halte die Begründung bei höchstens {0} Zeichen (sie hat {1}).</translation>
    </message>
    <message>
        <source>List at least two options you considered.</source>
        <translation>Nenne mindestens zwei Optionen, die du erwogen hast.</translation>
    </message>
    <message>
        <source>List each option once.</source>
        <translation>Nenne jede Option nur einmal.</translation>
    </message>
    <message>
        <source>Choose one of the options you listed, or add your choice to them.</source>
        <translation>Wähle eine der genannten Optionen oder füge deine Wahl hinzu.</translation>
    </message>
    <message>
        <source>A decision has one review; add later thoughts as hindsight notes.</source>
        <translation>Eine Entscheidung hat eine Auswertung; spätere Gedanken hältst du als späteren Gedanken fest.</translation>
    </message>
    <message>
        <source>Date the review on or after the decision.</source>
        <translation>Datiere die Auswertung auf den Tag der Entscheidung oder danach.</translation>
    </message>
    <message>
        <source>Date hindsight notes on or after the decision.</source>
        <translation>Datiere spätere Gedanken auf den Tag der Entscheidung oder danach.</translation>
    </message>
    <message>
        <source>Kept as written since {0}, when its review came due: add a hindsight note with what you think now.</source>
        <translation>Seit {0}, als die Auswertung fällig wurde, bleibt das so stehen: Halte in einem späteren Gedanken fest, was du jetzt denkst.</translation>
    </message>
    <message>
        <source>Earlier hindsight notes are kept as written: add a new note.</source>
        <translation>Frühere Gedanken bleiben, wie sie sind: Füge einen neuen hinzu.</translation>
    </message>
    <message>
        <source>Choose the date of the review, on or after the decision.</source>
        <translation>Wähle das Datum der Auswertung, am Tag der Entscheidung oder danach.</translation>
    </message>
    <message>
        <source>Rate the outcome good or poor.</source>
        <translation>Bewerte das Ergebnis als gut oder schlecht.</translation>
    </message>
    <message>
        <source>Rate how you decided good or poor.</source>
        <translation>Bewerte deine Entscheidung als gut oder schlecht.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Choose the date of the note, on or after the decision.</source>
        <translation>Wähle das Datum des Gedankens, am Tag der Entscheidung oder danach.</translation>
    </message>
    <message>
        <source>A hindsight note</source>
        <translation>Ein späterer Gedanke</translation>
    </message>
    <message>
        <source>The rationale</source>
        <translation>Die Begründung</translation>
    </message>
    <message>
        <source>Say the decision in one sentence.</source>
        <translation>Fasse die Entscheidung in einem Satz.</translation>
    </message>
    <message>
        <source>Say what kind of decision it is.</source>
        <translation>Sag, welche Art von Entscheidung es ist.</translation>
    </message>
    <message>
        <source>Choose a one-way or a two-way door.</source>
        <translation>Wähle Einwegtür oder Zweiwegtür.</translation>
    </message>
    <message>
        <source>Choose the date you decided.</source>
        <translation>Wähle das Datum deiner Entscheidung.</translation>
    </message>
    <message>
        <source>Choose a review date after the decision date.</source>
        <translation>Wähle ein Auswertungsdatum nach dem Entscheidungsdatum.</translation>
    </message>
    <message>
        <source>Say how much of the information you wished for you had, from 0 to 100%.</source>
        <translation>Sag, wie viel der gewünschten Informationen du hattest, von 0 bis 100 %.</translation>
    </message>
    <message>
        <source>Say which option you chose.</source>
        <translation>Sag, welche Option du gewählt hast.</translation>
    </message>
    <message>
        <source>Say what you expect to happen.</source>
        <translation>Sag, was deiner Erwartung nach passiert.</translation>
    </message>
    <message>
        <source>Choose when you expect it to have happened, after the decision.</source>
        <translation>Wähle, bis wann es passiert sein sollte, nach der Entscheidung.</translation>
    </message>
    <message>
        <source>Give your confidence that it happens, from 0 to 100%.</source>
        <translation>Gib an, wie sicher du bist, dass es eintritt, von 0 bis 100 %.</translation>
    </message>
    <message>
        <source>Each option needs some words.</source>
        <translation>Jede Option braucht ein paar Worte.</translation>
    </message>
    <message>
        <source>List at most {0} options.</source>
        <translation>Nenne höchstens {0} Optionen.</translation>
    </message>
    <message>
        <source>What would make you reverse it</source>
        <translation>Was dich umentscheiden ließe</translation>
    </message>
    <message>
        <source>The premortem</source>
        <translation>Das Pre-Mortem</translation>
    </message>
    <message>
        <source>How you feel</source>
        <translation>Wie du dich fühlst</translation>
    </message>
    <message>
        <source>Choose the date the question first came up, on or before the decision.</source>
        <translation>Wähle das Datum, an dem die Frage aufkam, am Tag der Entscheidung oder davor.</translation>
    </message>
    <message>
        <source>{0} words: a few sentences are enough. The point is to decide, not to build the case.</source>
        <translation>{0} Wörter: Ein paar Sätze reichen. Es geht ums Entscheiden, nicht ums Plädoyer.</translation>
    </message>
    <message>
        <source>Rate from 1 to 5.</source>
        <translation>Bewerte von 1 bis 5.</translation>
    </message>
    <message>
        <source>Choose the date of your rating.</source>
        <translation>Wähle das Datum deiner Bewertung.</translation>
    </message>
    <message>
        <source>Rate yourself from 1 to 5.</source>
        <translation>Bewerte dich selbst von 1 bis 5.</translation>
    </message>
    <message>
        <source>Give the theme a title.</source>
        <translation>Gib dem Thema einen Titel.</translation>
    </message>
    <message>
        <source>Choose whether the theme comes from your plan or is your own.</source>
        <translation>Wähle, ob das Thema aus deinem Plan kommt oder dein eigenes ist.</translation>
    </message>
    <message>
        <source>Choose a team member, a peer, your boss, another function or other.</source>
        <translation>Wähle ein Teammitglied, eine Kollegin oder einen Kollegen, deine Führungskraft, einen anderen Fachbereich oder Sonstiges.</translation>
    </message>
    <message>
        <source>Choose the date you heard it.</source>
        <translation>Wähle das Datum, an dem du es gehört hast.</translation>
    </message>
    <message>
        <source>Say what you will do about it.</source>
        <translation>Sag, was du damit machst.</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Die Situation</translation>
    </message>
    <message>
        <source>The behaviour</source>
        <translation>Das Verhalten</translation>
    </message>
    <message>
        <source>The impact</source>
        <translation>Die Wirkung</translation>
    </message>
    <message>
        <source>What they asked for</source>
        <translation>Worum sie gebeten haben</translation>
    </message>
    <message>
        <source>Each idea needs some words.</source>
        <translation>Jede Idee braucht ein paar Worte.</translation>
    </message>
    <message>
        <source>Note at most {0} feedforward ideas.</source>
        <translation>Notiere höchstens {0} Feedforward-Ideen.</translation>
    </message>
    <message>
        <source>Choose a follow-up date on or after the feedback.</source>
        <translation>Wähle ein Datum zum Nachfassen, am Tag des Feedbacks oder danach.</translation>
    </message>
    <message>
        <source>Choose the date you followed up, on or after the feedback.</source>
        <translation>Wähle das Datum, an dem du nachgefasst hast, am Tag des Feedbacks oder danach.</translation>
    </message>
    <message>
        <source>Their rating is from 1 to 5, or leave it empty.</source>
        <translation>Ihre Bewertung geht von 1 bis 5, oder lass sie leer.</translation>
    </message>
    <message>
        <source>Rate yourself on this theme first: your own view, before you log theirs.</source>
        <translation>Bewerte dich zuerst selbst in diesem Thema: erst deine Sicht, dann die der anderen.</translation>
    </message>
    <message>
        <source>Keep one rating of yourself a day, in date order.</source>
        <translation>Höchstens eine Selbstbewertung pro Tag, nach Datum geordnet.</translation>
    </message>
    <message>
        <source>Say who it came from: choose a team member or write a name.</source>
        <translation>Sag, von wem es kam: Wähle ein Teammitglied oder schreib einen Namen.</translation>
    </message>
    <message>
        <source>Choose the theme their rating is for.</source>
        <translation>Wähle das Thema, zu dem die Bewertung gehört.</translation>
    </message>
    <message>
        <source>Keep this to {0} characters or fewer (it has {1}).</source>
        <translation>Höchstens {0} Zeichen (jetzt sind es {1}).</translation>
    </message>
    <message>
        <source>Remove the spaces around {0}.</source>
        <translation>Entferne die Leerzeichen um {0}.</translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation>Wähle ein Datum.</translation>
    </message>
    <message>
        <source>Choose a week.</source>
        <translation>Wähle eine Woche.</translation>
    </message>
    <message>
        <source>Write this as text.</source>
        <translation>Schreib das als Text.</translation>
    </message>
    <message>
        <source>Keep this to one line without special control characters.</source>
        <translation>Bleib bei einer Zeile ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>{0} must be text.</source>
        <translation>{0}: Das muss Text sein.</translation>
    </message>
    <message>
        <source>{0} can be at most {1} characters (it has {2}).</source>
        <translation>{0}: höchstens {1} Zeichen (jetzt sind es {2}).</translation>
    </message>
    <message>
        <source>{0} contains control characters that cannot be saved; remove them.</source>
        <translation>{0}: Enthält Steuerzeichen, die sich nicht speichern lassen; entferne sie.</translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation>Hier wird eine Liste erwartet.</translation>
    </message>
    <message>
        <source>Expected a record.</source>
        <translation>Hier wird ein Eintrag erwartet.</translation>
    </message>
    <message>
        <source>Say why you took it back; it is how you learn.</source>
        <translation>Sag, warum du es zurückgenommen hast; daraus lernst du.</translation>
    </message>
    <message>
        <source>Milestone days must rise one after another, from day 1 to day {0}.</source>
        <translation>Die Tage der Meilensteine müssen aufsteigen, von Tag 1 bis Tag {0}.</translation>
    </message>
    <message>
        <source>Milestone label: {0}</source>
        <translation>Name des Meilensteins: {0}</translation>
    </message>
    <message>
        <source>Keep the plan to three years or less.</source>
        <translation>Der Plan darf höchstens drei Jahre dauern.</translation>
    </message>
    <message>
        <source>Hours per item must be between 0 and 100.</source>
        <translation>Die Stunden pro Tätigkeit müssen zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>Hours can only be logged on items from your inventory.</source>
        <translation>Stunden lassen sich nur auf Tätigkeiten aus deiner Liste eintragen.</translation>
    </message>
    <message>
        <source>Each item can appear only once.</source>
        <translation>Jede Tätigkeit darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>One of the items is no longer in your inventory; remove its hours.</source>
        <translation>Eine der Tätigkeiten ist nicht mehr in deiner Liste; entferne ihre Stunden.</translation>
    </message>
    <message>
        <source>The hours per item add up to {0}, but the week has {1}; make them match.</source>
        <translation>Die Stunden pro Tätigkeit ergeben {0}, die Woche hat aber {1}; gleiche sie an.</translation>
    </message>
    <message>
        <source>Execution and strategy together can be at most {0} h a week.</source>
        <translation>Operativ und strategisch zusammen höchstens {0} Std. pro Woche.</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Gib der Quelle einen Namen.</translation>
    </message>
    <message>
        <source>Choose ics, toggl, clockify, timewarrior or harvest.</source>
        <translation>Wähle ics, toggl, clockify, timewarrior oder harvest.</translation>
    </message>
    <message>
        <source>Say where the file is.</source>
        <translation>Gib an, wo die Datei liegt.</translation>
    </message>
    <message>
        <source>List at most {0} addresses.</source>
        <translation>Nenne höchstens {0} Adressen.</translation>
    </message>
    <message>
        <source>Choose dmy, mdy, ymd, or leave the date order empty.</source>
        <translation>Wähle dmy, mdy, ymd oder lass die Datumsreihenfolge leer.</translation>
    </message>
    <message>
        <source>Choose the date the file was last read.</source>
        <translation>Wähle das Datum, an dem die Datei zuletzt gelesen wurde.</translation>
    </message>
    <message>
        <source>Each word needs some letters.</source>
        <translation>Jedes Wort braucht ein paar Buchstaben.</translation>
    </message>
    <message>
        <source>Give a rule 1 to {0} words.</source>
        <translation>Gib einer Regel 1 bis {0} Wörter.</translation>
    </message>
    <message>
        <source>Choose execution, strategy or ignore.</source>
        <translation>Wähle operativ, strategisch oder ignorieren.</translation>
    </message>
    <message>
        <source>The five conversations are with your boss: mark {0} as your boss first.</source>
        <translation>Die fünf Gespräche führst du mit deiner Führungskraft: Markiere {0} zuerst als deine Führungskraft.</translation>
    </message>
</context>
<context>
    <name>Weighing</name>
    <message>
        <source>You may be holding this because you&apos;re good at it, not because only you can do it.</source>
        <translation>Vielleicht hältst du daran fest, weil du gut darin bist, nicht weil nur du es kannst.</translation>
    </message>
    <message>
        <source>This is strategic work where you add the most, so keep it on your own calendar.</source>
        <translation>Das ist strategische Arbeit, bei der du am meisten bewirkst – behalte sie in deinem eigenen Kalender.</translation>
    </message>
    <message>
        <source>Nobody may miss this: it yields little, risks little and grows nobody, so try stopping it for a few weeks.</source>
        <translation>Vielleicht vermisst das niemand: Es bringt wenig, birgt wenig Risiko und lässt niemanden wachsen – lass es versuchsweise ein paar Wochen weg.</translation>
    </message>
    <message>
        <source>Only you can do this and it yields the most when you do, so keep it.</source>
        <translation>Nur du kannst das, und es bringt am meisten, wenn du es machst – also behalte es.</translation>
    </message>
    <message>
        <source>Coach then delegate: mistakes here are costly but it would grow someone a lot, so build their skill while the stakes are covered.</source>
        <translation>Erst coachen, dann delegieren: Fehler sind hier teuer, aber jemand könnte daran stark wachsen – bau die Fähigkeiten der Person auf, solange du das Risiko abfederst.</translation>
    </message>
    <message>
        <source>Someone else can do this, so hand over the outcome and spend the time on work only you can do.</source>
        <translation>Jemand anderes kann das – übergib das Ergebnis und nutze die Zeit für Arbeit, die nur du machen kannst.</translation>
    </message>
    <message>
        <source>Mistakes here are costly, so coach someone through it before you hand over the outcome.</source>
        <translation>Fehler sind hier teuer – coache jemanden hindurch, bevor du das Ergebnis übergibst.</translation>
    </message>
    <message>
        <source>This is the kind of work your new role is for, so keep it.</source>
        <translation>Genau für solche Arbeit ist deine neue Rolle da – also behalte sie.</translation>
    </message>
    <message>
        <source>This would grow someone on your team, so hand over the outcome and let them own it.</source>
        <translation>Daran würde jemand in deinem Team wachsen – übergib das Ergebnis und lass die Person die Verantwortung übernehmen.</translation>
    </message>
    <message>
        <source>It yields clearly more when you do it yourself, so keep it for now and weigh it again later.</source>
        <translation>Es bringt deutlich mehr, wenn du es selbst machst – behalte es vorerst und wäge es später erneut ab.</translation>
    </message>
    <message>
        <source>Nothing here says it needs you, so hand over the outcome and check in on it.</source>
        <translation>Nichts deutet darauf hin, dass es dich braucht – übergib das Ergebnis und begleite es mit Check-ins.</translation>
    </message>
</context>
<context>
    <name>WeighingPanel</name>
    <message>
        <source>Your leverage</source>
        <translation>Dein Hebel</translation>
    </message>
    <message>
        <source>how much more it yields when you do it yourself.</source>
        <translation>wie viel mehr es bringt, wenn du es selbst machst.</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Nur du</translation>
    </message>
    <message>
        <source>how truly nobody else on the team could do it.</source>
        <translation>ob wirklich niemand sonst im Team es machen könnte.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>what it costs if it is done less well than you would do it.</source>
        <translation>was es kostet, wenn es weniger gut gemacht wird, als du es machen würdest.</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>how much owning it would grow someone on your team.</source>
        <translation>wie sehr die Verantwortung dafür jemanden in deinem Team wachsen ließe.</translation>
    </message>
    <message>
        <source>Your attachment</source>
        <translation>Deine Bindung</translation>
    </message>
    <message>
        <source>how much you want to keep it yourself — the expert&apos;s golden cage.</source>
        <translation>wie sehr du es selbst behalten willst – der goldene Käfig des Experten.</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>sehr niedrig</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <source>Weigh it: 1 is low, 5 is high</source>
        <translation>Abwägen: 1 ist niedrig, 5 ist hoch</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Deine Entscheidung</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1}</translation>
    </message>
    <message>
        <source>Select an item in the table to weigh it.</source>
        <translation>Wähle eine Tätigkeit in der Tabelle, um sie abzuwägen.</translation>
    </message>
    <message>
        <source>{0} · {1} a week</source>
        <translation>{0} · {1} pro Woche</translation>
    </message>
    <message>
        <source>Altitude suggests: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Altitude schlägt vor: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not decided yet: until you choose, it stays on your plate in the what-if.</source>
        <translation>Noch nicht entschieden: Bis du wählst, bleibt es im Was-wäre-wenn bei dir.</translation>
    </message>
    <message>
        <source>You chose differently from the suggestion. Your decision counts.</source>
        <translation>Du hast anders entschieden als vorgeschlagen. Deine Entscheidung zählt.</translation>
    </message>
    <message>
        <source>Altitude suggests this.</source>
        <translation>Das schlägt Altitude vor.</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Altitude</source>
        <translation>Willkommen bei Altitude</translation>
    </message>
    <message>
        <source>A plan for your first months as a manager.</source>
        <translation>Ein Plan für deine ersten Monate als Führungskraft.</translation>
    </message>
    <message>
        <source>Altitude helps you move your week from doing the work to leading the people who do it: from execution toward strategy. In six short steps you set your plan; everything stays on this computer.</source>
        <translation>Altitude hilft dir, deine Woche zu verlagern: weg vom Selbermachen, hin zum Führen der Menschen, die die Arbeit machen – vom Operativen zum Strategischen. In sechs kurzen Schritten legst du deinen Plan an; alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Your move: the role you leave and the one you start&lt;/li&gt;&lt;li&gt;Your situation: what the team you take over needs first&lt;/li&gt;&lt;li&gt;Why you want to lead&lt;/li&gt;&lt;li&gt;Who you need to become&lt;/li&gt;&lt;li&gt;What you do today, roughly hour by hour&lt;/li&gt;&lt;li&gt;The split of your week you aim for&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Dein Wechsel: die Rolle, die du verlässt, und die, die du antrittst&lt;/li&gt;&lt;li&gt;Deine Situation: was das Team, das du übernimmst, zuerst braucht&lt;/li&gt;&lt;li&gt;Warum du führen willst&lt;/li&gt;&lt;li&gt;Wer du werden musst&lt;/li&gt;&lt;li&gt;Was du heute tust, grob Stunde für Stunde&lt;/li&gt;&lt;li&gt;Die Aufteilung deiner Woche, die du anstrebst&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Press Next to make your own plan. It takes about five minutes.</source>
        <translation>Klick auf „Weiter“, um deinen eigenen Plan anzulegen. Das dauert etwa fünf Minuten.</translation>
    </message>
    <message>
        <source>Just looking around?</source>
        <translation>Willst du dich nur umsehen?</translation>
    </message>
    <message>
        <source>Open a filled-in example plan for a new engineering manager. You can make your own later with File → New plan…</source>
        <translation>Öffne einen ausgefüllten Beispielplan für einen neuen Engineering Manager. Deinen eigenen kannst du später über Datei → Neuer Plan… anlegen.</translation>
    </message>
    <message>
        <source>Start from the sample plan</source>
        <translation>Mit dem Beispielplan starten</translation>
    </message>
</context>
<context>
    <name>WhatIfLine</name>
    <message>
        <source>no hours</source>
        <translation>keine Stunden</translation>
    </message>
    <message>
        <source>{0} {1:.0f}% execution / {2} {3:.0f}% strategy</source>
        <translation>{0} {1:.0f} % operativ / {2} {3:.0f} % strategisch</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you carry out these decisions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wenn du diese Entscheidungen umsetzt&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — target {0:.0f}%</source>
        <translation> – Ziel {0:.0f} %</translation>
    </message>
    <message>
        <source>Add what you do today to see where it leads.</source>
        <translation>Trag ein, was du heute tust, um zu sehen, wohin es führt.</translation>
    </message>
    <message>
        <source>none of these hours stay with you</source>
        <translation>keine dieser Stunden bleibt bei dir</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>The upright line marks your plan&apos;s target. Only decisions you made count: items still undecided stay on your plate.</source>
        <translation>Die senkrechte Linie markiert das Ziel deines Plans. Nur Entscheidungen, die du getroffen hast, zählen: Noch nicht entschiedene Tätigkeiten bleiben bei dir.</translation>
    </message>
    <message>
        <source>Add what you do today to see where your decisions lead.</source>
        <translation>Trag ein, was du heute tust, um zu sehen, wohin deine Entscheidungen führen.</translation>
    </message>
    <message>
        <source>If you carry out these decisions, none of these hours stay with you</source>
        <translation>Wenn du diese Entscheidungen umsetzt, bleibt keine dieser Stunden bei dir</translation>
    </message>
    <message>
        <source>If you carry out these decisions: {0:.0f}% execution / {1:.0f}% strategy</source>
        <translation>Wenn du diese Entscheidungen umsetzt: {0:.0f} % operativ / {1:.0f} % strategisch</translation>
    </message>
    <message>
        <source>{0}{1}. Today: {2:.0f}% strategy.</source>
        <translation>{0}{1}. Heute: {2:.0f} % Strategie.</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>Operate at altitude</source>
        <translation>Auf der richtigen Flughöhe arbeiten</translation>
    </message>
    <message>
        <source>Spend most of my week on direction, priorities and people, not on doing the work myself.</source>
        <translation>Den Großteil meiner Woche in Richtung, Prioritäten und Menschen stecken, nicht in die Arbeit selbst.</translation>
    </message>
    <message>
        <source>Delegate outcomes, not tasks</source>
        <translation>Ergebnisse delegieren, nicht Aufgaben</translation>
    </message>
    <message>
        <source>Hand over a result with its success measure and the authority to reach it, then check in instead of hovering.</source>
        <translation>Ein Ergebnis mit seinem Erfolgskriterium und der Befugnis übergeben, es zu erreichen – und dann Check-ins machen, statt danebenzustehen.</translation>
    </message>
    <message>
        <source>Decide with incomplete data</source>
        <translation>Mit unvollständigen Daten entscheiden</translation>
    </message>
    <message>
        <source>Make the call when waiting costs more than being a little wrong, and say it once without over-explaining.</source>
        <translation>Entscheiden, wenn Warten mehr kostet als ein kleiner Irrtum, und es einmal sagen, ohne es lange zu erklären.</translation>
    </message>
    <message>
        <source>Speak with clarity under pressure</source>
        <translation>Unter Druck klar sprechen</translation>
    </message>
    <message>
        <source>Say what matters, what I need and by when, most of all when things go wrong.</source>
        <translation>Sagen, worauf es ankommt, was ich brauche und bis wann – vor allem, wenn etwas schiefgeht.</translation>
    </message>
    <message>
        <source>Think enterprise-first</source>
        <translation>Vom Unternehmen her denken</translation>
    </message>
    <message>
        <source>Weigh what is best for the wider organisation, not only for my own team.</source>
        <translation>Abwägen, was für die ganze Organisation am besten ist, nicht nur für mein Team.</translation>
    </message>
    <message>
        <source>Build people who outgrow me</source>
        <translation>Menschen aufbauen, die mich überholen</translation>
    </message>
    <message>
        <source>Measure myself by how far my people grow, including past me in their own areas.</source>
        <translation>Mich daran messen, wie weit meine Leute wachsen – auch über mich hinaus, in ihren eigenen Gebieten.</translation>
    </message>
    <message>
        <source>Stop being the hero</source>
        <translation>Nicht mehr der Held sein</translation>
    </message>
    <message>
        <source>Let the team solve problems, even the ones I could solve faster myself.</source>
        <translation>Das Team Probleme lösen lassen, auch die, die ich selbst schneller lösen könnte.</translation>
    </message>
    <message>
        <source>Seek uncomfortable feedback</source>
        <translation>Unbequemes Feedback suchen</translation>
    </message>
    <message>
        <source>Ask how others experience me, and listen for the gap with how I see myself.</source>
        <translation>Fragen, wie andere mich erleben, und auf die Lücke zu meinem Selbstbild achten.</translation>
    </message>
    <message>
        <source>Claim strategic space</source>
        <translation>Strategischen Raum beanspruchen</translation>
    </message>
    <message>
        <source>Protect time to think ahead; it will not appear on my calendar by itself.</source>
        <translation>Zeit zum Vorausdenken schützen; von allein taucht sie nicht in meinem Kalender auf.</translation>
    </message>
    <message>
        <source>Speak the other functions&apos; language</source>
        <translation>Die Sprache der anderen Fachbereiche sprechen</translation>
    </message>
    <message>
        <source>Understand product, finance, sales and support well enough to weigh their goals with ours.</source>
        <translation>Produkt, Finanzen, Vertrieb und Support gut genug verstehen, um ihre Ziele gegen unsere abzuwägen.</translation>
    </message>
    <message>
        <source>Set the standard, don&apos;t police it</source>
        <translation>Den Standard setzen, nicht überwachen</translation>
    </message>
    <message>
        <source>Make the quality bar explicit so others can hold it without me checking everything.</source>
        <translation>Die Qualitätslatte ausdrücklich machen, damit andere sie halten können, ohne dass ich alles prüfe.</translation>
    </message>
    <message>
        <source>A first quarter: about half your week on strategy</source>
        <translation>Ein erstes Quartal: etwa die Hälfte deiner Woche für Strategie</translation>
    </message>
    <message>
        <source>Altitude&apos;s own suggestion, used in the bundled sample plan.</source>
        <translation>Altitudes eigener Vorschlag, verwendet im mitgelieferten Beispielplan.</translation>
    </message>
    <message>
        <source>Not from a study. Where you start depends on team size and how much of the old job came with you; adjust the target after the first month if it proves wrong.</source>
        <translation>Nicht aus einer Studie. Wo du startest, hängt von der Teamgröße ab und davon, wie viel vom alten Job mitgekommen ist; passe das Ziel nach dem ersten Monat an, wenn es nicht passt.</translation>
    </message>
    <message>
        <source>Managing one team and staying partly hands-on</source>
        <translation>Ein Team führen und teilweise selbst mitarbeiten</translation>
    </message>
    <message>
        <source>A common rule of thumb in engineering-management writing (for example Will Larson&apos;s and Camille Fournier&apos;s books discuss how hands-on a manager should stay): many engineering managers keep roughly 20-40% of their week hands-on.</source>
        <translation>Eine verbreitete Faustregel in der Literatur zum Engineering Management (etwa die Bücher von Will Larson und Camille Fournier diskutieren, wie viel eine Führungskraft selbst mitarbeiten sollte): Viele Engineering Manager arbeiten grob 20–40 % ihrer Woche selbst mit.</translation>
    </message>
    <message>
        <source>There is no authoritative split, and those books do not prescribe a number; a larger team or a new team usually needs more of your week.</source>
        <translation>Es gibt keine maßgebliche Aufteilung, und diese Bücher schreiben keine Zahl vor; ein größeres oder neues Team braucht meist mehr von deiner Woche.</translation>
    </message>
    <message>
        <source>Player-coach: leading and still doing part of the work</source>
        <translation>Spielertrainer: führen und noch einen Teil der Arbeit selbst machen</translation>
    </message>
    <message>
        <source>A rule of thumb for hybrid roles that keep part of the hands-on work by design: a tech lead manager, a sales manager with their own quota, a charge nurse with patients, a head of year with a timetable.</source>
        <translation>Eine Faustregel für hybride Rollen, die bewusst einen Teil der operativen Arbeit behalten: ein Tech Lead Manager, eine Vertriebsleitung mit eigener Quote, eine Stationsleitung mit eigenen Patienten, eine Jahrgangsleitung mit eigenem Stundenplan.</translation>
    </message>
    <message>
        <source>The hybrid is hard to hold: check that execution does not creep back up when deadlines bite.</source>
        <translation>Die Doppelrolle ist schwer zu halten: Achte darauf, dass das Operative nicht wieder zunimmt, wenn Deadlines drücken.</translation>
    </message>
    <message>
        <source>Managing managers</source>
        <translation>Führungskräfte führen</translation>
    </message>
    <message>
        <source>A rule of thumb: the more layers below you, the less execution belongs on your calendar.</source>
        <translation>Eine Faustregel: Je mehr Ebenen unter dir, desto weniger Operatives gehört in deinen Kalender.</translation>
    </message>
    <message>
        <source>No fixed number exists; some leaders keep one small technical area on purpose to stay close to the work.</source>
        <translation>Eine feste Zahl gibt es nicht; manche Führungskräfte behalten bewusst ein kleines technisches Gebiet, um nah an der Arbeit zu bleiben.</translation>
    </message>
</context>
<context>
    <name>families/customer-support</name>
    <message>
        <source>Customer support and success</source>
        <translation>Kundenservice und Customer Success</translation>
    </message>
    <message>
        <source>Answering tickets and calls yourself</source>
        <translation>Tickets und Anrufe selbst beantworten</translation>
    </message>
    <message>
        <source>Taking every escalated customer yourself</source>
        <translation>Jede Eskalation selbst übernehmen</translation>
    </message>
    <message>
        <source>Checking agents&apos; replies before they go out</source>
        <translation>Antworten des Teams vor dem Versand prüfen</translation>
    </message>
    <message>
        <source>Keeping the queue moving: assigning and chasing tickets</source>
        <translation>Die Ticket-Queue in Gang halten: Tickets zuweisen und nachhaken</translation>
    </message>
    <message>
        <source>Building the rota and covering gaps yourself</source>
        <translation>Dienstplan erstellen und Lücken selbst füllen</translation>
    </message>
    <message>
        <source>Writing help articles and reply templates</source>
        <translation>Hilfeartikel und Antwortvorlagen schreiben</translation>
    </message>
    <message>
        <source>Compiling the weekly numbers by hand</source>
        <translation>Die Wochenzahlen von Hand zusammenstellen</translation>
    </message>
    <message>
        <source>One-to-ones and quality reviews with each agent</source>
        <translation>1:1-Gespräche und Qualitätsreviews mit jedem im Team</translation>
    </message>
    <message>
        <source>Coaching agents on difficult conversations</source>
        <translation>Das Team für schwierige Gespräche coachen</translation>
    </message>
    <message>
        <source>Taking what customers say back to product and sales</source>
        <translation>Kundenfeedback an Produkt und Vertrieb weitergeben</translation>
    </message>
    <message>
        <source>Planning staffing and service levels for next quarter</source>
        <translation>Personal und Servicelevels fürs nächste Quartal planen</translation>
    </message>
    <message>
        <source>Let the team handle the hard customers</source>
        <translation>Schwierige Kunden dem Team überlassen</translation>
    </message>
    <message>
        <source>Coach an agent through an escalation instead of taking the call myself.</source>
        <translation>Jemanden aus dem Team durch eine Eskalation begleiten, statt das Gespräch selbst zu übernehmen.</translation>
    </message>
    <message>
        <source>Fix the cause, not just the ticket</source>
        <translation>Die Ursache beheben, nicht nur das Ticket</translation>
    </message>
    <message>
        <source>Take the patterns in the queue to the teams who can remove them.</source>
        <translation>Wiederkehrende Muster in der Queue zu den Teams bringen, die sie abstellen können.</translation>
    </message>
    <message>
        <source>Coach with real conversations</source>
        <translation>Mit echten Gesprächen coachen</translation>
    </message>
    <message>
        <source>Go through a few calls or replies together each week, with one thing to try next.</source>
        <translation>Jede Woche gemeinsam ein paar Anrufe oder Antworten durchgehen und einen Punkt zum Ausprobieren mitgeben.</translation>
    </message>
    <message>
        <source>Protect the team from burnout</source>
        <translation>Das Team vor Burnout schützen</translation>
    </message>
    <message>
        <source>Watch workload and breaks as closely as response times.</source>
        <translation>Auf Arbeitslast und Pausen so genau achten wie auf Antwortzeiten.</translation>
    </message>
    <message>
        <source>Be the customer&apos;s voice in the room</source>
        <translation>Den Kunden eine Stimme geben</translation>
    </message>
    <message>
        <source>Bring what customers say to product and sales meetings, with examples.</source>
        <translation>Kundenstimmen mit konkreten Beispielen in die Meetings von Produkt und Vertrieb tragen.</translation>
    </message>
    <message>
        <source>The escalation queue handled by a senior agent, with a weekly summary for you</source>
        <translation>Eskalationen von einem erfahrenen Teammitglied betreut, mit einer wöchentlichen Zusammenfassung für dich</translation>
    </message>
    <message>
        <source>The rota built and kept by a team member</source>
        <translation>Dienstplan von einem Teammitglied erstellt und gepflegt</translation>
    </message>
    <message>
        <source>Help articles kept up to date by one agent, starting from the most common reasons customers get in touch</source>
        <translation>Hilfeartikel von einer Person aktuell gehalten, angefangen bei den häufigsten Kontaktgründen</translation>
    </message>
    <message>
        <source>Quality reviews done by agents for each other, with you checking a sample</source>
        <translation>Qualitätsreviews macht das Team gegenseitig, du prüfst Stichproben</translation>
    </message>
    <message>
        <source>support, customer support, customer service, customer success, help desk, helpdesk, service desk, contact centre, contact center, call centre, call center, support agent, customer care, customer experience, cx, client services, complaints, technical support, support engineer, head of support</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>kundenservice, kundendienst, kundensupport, kundenbetreuung, kundenzufriedenheit, kundenerlebnis, servicecenter, callcenter, servicedesk, supportmitarbeiter, supportmitarbeiterin, servicemitarbeiter, servicemitarbeiterin, serviceberater, serviceberaterin, technischer support, anwendersupport, hotline, beschwerdemanagement, reklamation, reklamationsmanagement, first level, second level, leitung kundenservice, teamleitung kundenservice</translation>
    </message>
</context>
<context>
    <name>families/data-and-analytics</name>
    <message>
        <source>Data and analytics</source>
        <translation>Daten und Analyse</translation>
    </message>
    <message>
        <source>Building reports and dashboards yourself</source>
        <translation>Reports und Dashboards selbst bauen</translation>
    </message>
    <message>
        <source>Answering ad-hoc data requests</source>
        <translation>Ad-hoc-Datenanfragen beantworten</translation>
    </message>
    <message>
        <source>Checking every analysis before it goes out</source>
        <translation>Jede Analyse prüfen, bevor sie rausgeht</translation>
    </message>
    <message>
        <source>Writing the tricky queries and models yourself</source>
        <translation>Die kniffligen Abfragen und Modelle selbst schreiben</translation>
    </message>
    <message>
        <source>Fixing broken data feeds and numbers that don&apos;t match</source>
        <translation>Kaputte Datenfeeds reparieren und Zahlen abgleichen, die nicht zusammenpassen</translation>
    </message>
    <message>
        <source>Presenting findings to stakeholders yourself</source>
        <translation>Ergebnisse selbst vor Stakeholdern präsentieren</translation>
    </message>
    <message>
        <source>Keeping metric definitions and documentation up to date</source>
        <translation>Kennzahlendefinitionen und Dokumentation aktuell halten</translation>
    </message>
    <message>
        <source>Agreeing priorities for analysis requests with stakeholders</source>
        <translation>Prioritäten für Analyseanfragen mit Stakeholdern abstimmen</translation>
    </message>
    <message>
        <source>One-to-ones with your analysts</source>
        <translation>1:1-Gespräche mit deinem Analyseteam</translation>
    </message>
    <message>
        <source>Coaching analysts on framing questions and telling the story</source>
        <translation>Das Team coachen: Fragen schärfen, Ergebnisse verständlich erzählen</translation>
    </message>
    <message>
        <source>Data strategy: which questions matter most next quarter</source>
        <translation>Datenstrategie: Welche Fragen zählen im nächsten Quartal am meisten?</translation>
    </message>
    <message>
        <source>Answer the question behind the request</source>
        <translation>Die Frage hinter der Anfrage beantworten</translation>
    </message>
    <message>
        <source>Ask stakeholders what decision a number is for before anyone builds it.</source>
        <translation>Stakeholder fragen, welche Entscheidung an einer Zahl hängt, bevor jemand sie baut.</translation>
    </message>
    <message>
        <source>Let analysts present their own findings</source>
        <translation>Das Team seine Ergebnisse selbst vorstellen lassen</translation>
    </message>
    <message>
        <source>Put the person who did the analysis in the room, and back them there.</source>
        <translation>Die Person, die analysiert hat, mit an den Tisch holen und ihr dort den Rücken stärken.</translation>
    </message>
    <message>
        <source>Review the reasoning, not every query</source>
        <translation>Die Logik prüfen, nicht jede Abfrage</translation>
    </message>
    <message>
        <source>Check the question, the method and the conclusion; trust the team with the rest.</source>
        <translation>Fragestellung, Methode und Schlussfolgerung prüfen; beim Rest dem Team vertrauen.</translation>
    </message>
    <message>
        <source>Say no to ad-hoc work out loud</source>
        <translation>Zu Ad-hoc-Arbeit offen Nein sagen</translation>
    </message>
    <message>
        <source>Agree priorities with stakeholders, so the team isn&apos;t pulled in every direction.</source>
        <translation>Prioritäten mit Stakeholdern abstimmen, damit das Team nicht in alle Richtungen gezogen wird.</translation>
    </message>
    <message>
        <source>Make the definitions the team&apos;s, not mine</source>
        <translation>Die Definitionen gehören dem Team, nicht mir</translation>
    </message>
    <message>
        <source>Write down how each key metric is calculated, so nobody needs to ask me.</source>
        <translation>Aufschreiben, wie jede wichtige Kennzahl berechnet wird, damit niemand mich fragen muss.</translation>
    </message>
    <message>
        <source>Tell the story, then the numbers</source>
        <translation>Erst die Geschichte, dann die Zahlen</translation>
    </message>
    <message>
        <source>Lead with what a finding means for the business, and coach the team to do the same.</source>
        <translation>Mit dem beginnen, was ein Ergebnis fürs Geschäft bedeutet, und das Team darin coachen, es genauso zu machen.</translation>
    </message>
    <message>
        <source>The weekly dashboard owned by one analyst: accurate, on time and explained</source>
        <translation>Das Wochen-Dashboard in der Verantwortung einer Person aus dem Team: korrekt, pünktlich und erklärt</translation>
    </message>
    <message>
        <source>Ad-hoc requests sorted by the team against the agreed priorities</source>
        <translation>Ad-hoc-Anfragen vom Team nach den vereinbarten Prioritäten sortiert</translation>
    </message>
    <message>
        <source>Metric definitions written down and kept current by one person</source>
        <translation>Kennzahlendefinitionen von einer Person aufgeschrieben und aktuell gehalten</translation>
    </message>
    <message>
        <source>A stakeholder&apos;s question answered end to end by an analyst, including presenting the finding</source>
        <translation>Die Frage eines Stakeholders komplett von jemandem aus dem Team beantwortet, samt Präsentation des Ergebnisses</translation>
    </message>
    <message>
        <source>data, analytics, analyst, data analyst, data scientist, data science, data engineer, data engineering, bi, business intelligence, insight, head of data, analytics engineer, machine learning, ml, statistician, statistics, reporting, product analyst, quantitative</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>daten, datenanalyse, datenanalyst, datenanalystin, analystin, datenwissenschaftler, datenwissenschaftlerin, datenwissenschaft, dateningenieur, dateningenieurin, datenmanagement, datenstrategie, statistik, statistiker, statistikerin, berichtswesen, auswertung, ki, künstliche intelligenz, maschinelles lernen, leitung daten</translation>
    </message>
</context>
<context>
    <name>families/design</name>
    <message>
        <source>Design and user research</source>
        <translation>Design und User Research</translation>
    </message>
    <message>
        <source>Designing key screens and flows yourself</source>
        <translation>Wichtige Screens und Flows selbst gestalten</translation>
    </message>
    <message>
        <source>Polishing every file before it goes to engineering</source>
        <translation>Jede Datei feinschleifen, bevor sie an die Entwicklung geht</translation>
    </message>
    <message>
        <source>Running usability tests yourself</source>
        <translation>Usability-Tests selbst durchführen</translation>
    </message>
    <message>
        <source>Design critiques where you give most of the feedback</source>
        <translation>Design-Critiques, in denen du das meiste Feedback gibst</translation>
    </message>
    <message>
        <source>Maintaining the design system yourself</source>
        <translation>Das Designsystem selbst pflegen</translation>
    </message>
    <message>
        <source>Answering design questions from other teams</source>
        <translation>Designfragen anderer Teams beantworten</translation>
    </message>
    <message>
        <source>Checking the built product against the designs</source>
        <translation>Das fertige Produkt mit den Entwürfen abgleichen</translation>
    </message>
    <message>
        <source>One-to-ones with your designers</source>
        <translation>1:1-Gespräche mit deinem Designteam</translation>
    </message>
    <message>
        <source>Setting the design direction and quality bar</source>
        <translation>Designrichtung und Qualitätsanspruch festlegen</translation>
    </message>
    <message>
        <source>Working with product and engineering leads on priorities</source>
        <translation>Prioritäten mit den Leads aus Produkt und Entwicklung abstimmen</translation>
    </message>
    <message>
        <source>Hiring: portfolio reviews and interviews</source>
        <translation>Einstellungen: Portfolios sichten und Interviews führen</translation>
    </message>
    <message>
        <source>Critique by asking questions</source>
        <translation>Mit Fragen Feedback geben</translation>
    </message>
    <message>
        <source>In reviews, ask what problem a design solves before saying what I would change.</source>
        <translation>In Reviews erst fragen, welches Problem ein Entwurf löst, bevor ich sage, was ich ändern würde.</translation>
    </message>
    <message>
        <source>Set the quality bar in writing</source>
        <translation>Den Qualitätsanspruch schriftlich festhalten</translation>
    </message>
    <message>
        <source>Make the principles explicit, so designers can judge their own work without me.</source>
        <translation>Die Prinzipien ausformulieren, damit das Team die eigene Arbeit ohne mich beurteilen kann.</translation>
    </message>
    <message>
        <source>Let others&apos; designs ship</source>
        <translation>Entwürfe anderer live gehen lassen</translation>
    </message>
    <message>
        <source>Accept a good solution that isn&apos;t the one I would have drawn.</source>
        <translation>Eine gute Lösung akzeptieren, auch wenn ich sie anders gezeichnet hätte.</translation>
    </message>
    <message>
        <source>Argue for users with evidence</source>
        <translation>Mit Belegen für die Nutzerperspektive eintreten</translation>
    </message>
    <message>
        <source>Bring research and numbers to product decisions, not only taste.</source>
        <translation>Research und Zahlen in Produktentscheidungen einbringen, nicht nur Geschmack.</translation>
    </message>
    <message>
        <source>Grow designers into owners</source>
        <translation>Aus dem Designteam echte Verantwortliche machen</translation>
    </message>
    <message>
        <source>Give each designer an area to own end to end, including the hard conversations.</source>
        <translation>Jeder Person im Team einen Bereich ganz übergeben – samt der schwierigen Gespräche.</translation>
    </message>
    <message>
        <source>The design system kept up to date by the designer who owns it</source>
        <translation>Das Designsystem aktuell gehalten von der Person, die es verantwortet</translation>
    </message>
    <message>
        <source>Usability testing for the next release planned and run by the team</source>
        <translation>Usability-Tests fürs nächste Release vom Team geplant und durchgeführt</translation>
    </message>
    <message>
        <source>Design critique run by a different designer each week</source>
        <translation>Design-Critique jede Woche von jemand anderem aus dem Team moderiert</translation>
    </message>
    <message>
        <source>One product area designed end to end by one designer, from research to launch</source>
        <translation>Ein Produktbereich komplett von einer Person gestaltet, vom Research bis zum Launch</translation>
    </message>
    <message>
        <source>design, designer, product designer, ux, ui, user experience, user research, ux researcher, design researcher, creative director, art director, design lead, head of design, design manager, content designer, visual designer, interaction designer, brand designer, service designer, graphic designer</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>gestalter, gestalterin, gestaltung, designerin, produktdesigner, produktdesignerin, grafikdesign, grafikdesigner, grafikdesignerin, grafiker, grafikerin, mediengestalter, mediengestalterin, kommunikationsdesign, kommunikationsdesigner, kommunikationsdesignerin, webdesigner, webdesignerin, industriedesigner, industriedesignerin, interaktionsdesign, usability, nutzerforschung, kreativdirektor, kreativdirektorin, designleitung, leitung design</translation>
    </message>
</context>
<context>
    <name>families/education</name>
    <message>
        <source>Education and teaching</source>
        <translation>Bildung und Unterricht</translation>
    </message>
    <message>
        <source>Teaching a full timetable of your own classes</source>
        <translation>Ein volles Deputat mit eigenen Klassen unterrichten</translation>
    </message>
    <message>
        <source>Marking and feedback on students&apos; work</source>
        <translation>Arbeiten korrigieren und Rückmeldung geben</translation>
    </message>
    <message>
        <source>Planning and resourcing every lesson yourself</source>
        <translation>Jede Stunde selbst vorbereiten und das Material erstellen</translation>
    </message>
    <message>
        <source>Covering absent colleagues&apos; lessons</source>
        <translation>Vertretungsstunden für fehlende Kolleginnen und Kollegen übernehmen</translation>
    </message>
    <message>
        <source>Behaviour incidents and calls to parents yourself</source>
        <translation>Vorfälle und Elterntelefonate selbst übernehmen</translation>
    </message>
    <message>
        <source>Entering and tracking assessment data by hand</source>
        <translation>Noten und Leistungsdaten von Hand eintragen und verfolgen</translation>
    </message>
    <message>
        <source>Running every trip, club and event yourself</source>
        <translation>Jede Klassenfahrt, AG und Veranstaltung selbst organisieren</translation>
    </message>
    <message>
        <source>Observing lessons and giving feedback</source>
        <translation>Im Unterricht hospitieren und Feedback geben</translation>
    </message>
    <message>
        <source>One-to-ones and support for the teachers in your team</source>
        <translation>1:1-Gespräche und Unterstützung für die Lehrkräfte in deinem Team</translation>
    </message>
    <message>
        <source>Department or year team meetings</source>
        <translation>Fachgruppen- oder Jahrgangsteamsitzungen</translation>
    </message>
    <message>
        <source>Curriculum and improvement planning</source>
        <translation>Lehrplanarbeit und Schulentwicklung</translation>
    </message>
    <message>
        <source>Meetings with senior leaders about priorities</source>
        <translation>Gespräche mit der Schulleitung über Prioritäten</translation>
    </message>
    <message>
        <source>Lead learning, not just my own lessons</source>
        <translation>Lernen gestalten, nicht nur den eigenen Unterricht</translation>
    </message>
    <message>
        <source>Spend time in colleagues&apos; classrooms and talk about teaching, not only run my own.</source>
        <translation>Zeit in den Klassen der Kolleginnen und Kollegen verbringen und über Unterricht sprechen, statt nur meinen eigenen zu halten.</translation>
    </message>
    <message>
        <source>Coach colleagues, don&apos;t rescue them</source>
        <translation>Kolleginnen und Kollegen coachen, nicht retten</translation>
    </message>
    <message>
        <source>Help a teacher plan how to handle a difficult class instead of taking it over.</source>
        <translation>Einer Lehrkraft helfen, den Umgang mit einer schwierigen Klasse zu planen, statt die Klasse selbst zu übernehmen.</translation>
    </message>
    <message>
        <source>Choose priorities and let go of the rest</source>
        <translation>Prioritäten setzen und den Rest loslassen</translation>
    </message>
    <message>
        <source>Pick the two or three things the team will improve this year and drop the others.</source>
        <translation>Die zwei, drei Dinge auswählen, die das Team dieses Jahr verbessert, und alles andere streichen.</translation>
    </message>
    <message>
        <source>Have the difficult conversation early</source>
        <translation>Schwierige Gespräche früh führen</translation>
    </message>
    <message>
        <source>Raise concerns with colleagues and parents kindly and soon, not at the end of term.</source>
        <translation>Bedenken bei Kollegium und Eltern freundlich und zeitnah ansprechen, nicht erst zum Halbjahresende.</translation>
    </message>
    <message>
        <source>Share the load so it grows people</source>
        <translation>Aufgaben so verteilen, dass andere daran wachsen</translation>
    </message>
    <message>
        <source>Hand out clubs, trips and tasks so that they develop people, not so that I can do them best.</source>
        <translation>AGs, Fahrten und Aufgaben so vergeben, dass andere daran wachsen – nicht danach, wer es am besten kann.</translation>
    </message>
    <message>
        <source>The next trip or club run by a colleague from start to finish</source>
        <translation>Die nächste Fahrt oder AG von Anfang bis Ende von einer Kollegin oder einem Kollegen geleitet</translation>
    </message>
    <message>
        <source>Tracking data collected and summarised by a colleague each half-term</source>
        <translation>Leistungsdaten regelmäßig (etwa alle sechs Wochen) von einer Lehrkraft gesammelt und zusammengefasst</translation>
    </message>
    <message>
        <source>A unit of the curriculum rewritten by a teacher who owns it</source>
        <translation>Eine Unterrichtsreihe neu erarbeitet von einer Lehrkraft, die sie verantwortet</translation>
    </message>
    <message>
        <source>Parents&apos; evening arrangements handled by a member of the team</source>
        <translation>Die Organisation des Elternsprechtags von einem Teammitglied übernommen</translation>
    </message>
    <message>
        <source>teacher, teaching, school, head of year, head of department, headteacher, head teacher, school principal, deputy head, assistant head, lecturer, tutor, curriculum, faculty, academy, college, classroom, senco, key stage, primary, secondary, nursery, early years, teaching assistant, pastoral, dean, professor, university, mathematics, maths, math, english, science, history, geography, physics, chemistry, biology, languages, subject lead, year group</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>lehrer, lehrerin, lehrkraft, schule, schulleiter, schulleiterin, schulleitung, stellvertretende schulleitung, rektor, rektorin, konrektor, konrektorin, studienrat, studienrätin, oberstudienrat, oberstudienrätin, studiendirektor, studiendirektorin, fachbereichsleiter, fachbereichsleiterin, fachbereichsleitung, fachleiter, fachleiterin, fachschaft, fachschaftsleitung, fachgruppenleitung, jahrgangsleitung, stufenleiter, stufenleiterin, stufenleitung, stufenkoordinator, stufenkoordinatorin, klassenlehrer, klassenlehrerin, grundschule, gymnasium, realschule, gesamtschule, oberschule, berufsschule, hochschule, universität, dozent, dozentin, professorin, kita, kindergarten, erzieher, erzieherin, pädagoge, pädagogin, sonderpädagoge, sonderpädagogin, referendar, referendarin, mathematik, mathe, deutsch, englisch, physik, chemie, biologie, geschichte, erdkunde, geografie, sprachen, naturwissenschaften</translation>
    </message>
</context>
<context>
    <name>families/finance</name>
    <message>
        <source>Finance and accounting</source>
        <translation>Finanzen und Rechnungswesen</translation>
    </message>
    <message>
        <source>Closing the month yourself: journals and reconciliations</source>
        <translation>Den Monatsabschluss selbst machen: Buchungen und Abstimmungen</translation>
    </message>
    <message>
        <source>Reviewing every invoice, payment run or expense claim</source>
        <translation>Jede Rechnung, jeden Zahlungslauf und jede Spesenabrechnung prüfen</translation>
    </message>
    <message>
        <source>Building the forecast and budget spreadsheets yourself</source>
        <translation>Forecast- und Budgettabellen selbst bauen</translation>
    </message>
    <message>
        <source>Answering finance questions from other departments</source>
        <translation>Finanzfragen anderer Abteilungen beantworten</translation>
    </message>
    <message>
        <source>Preparing the management or board pack by hand</source>
        <translation>Die Unterlagen für Geschäftsführung oder Vorstand von Hand erstellen</translation>
    </message>
    <message>
        <source>Chasing overdue invoices and approvals</source>
        <translation>Überfälligen Rechnungen und Freigaben hinterherlaufen</translation>
    </message>
    <message>
        <source>Audit and tax queries</source>
        <translation>Anfragen von Wirtschaftsprüfung und Finanzamt</translation>
    </message>
    <message>
        <source>One-to-ones with your team</source>
        <translation>1:1-Gespräche mit deinem Team</translation>
    </message>
    <message>
        <source>Working with budget holders on their numbers</source>
        <translation>Mit Budgetverantwortlichen ihre Zahlen durchgehen</translation>
    </message>
    <message>
        <source>Improving the close and controls so they run without you</source>
        <translation>Abschluss und Kontrollen so verbessern, dass sie ohne dich laufen</translation>
    </message>
    <message>
        <source>Cash, margin and investment priorities with leadership</source>
        <translation>Liquidität, Marge und Investitionsprioritäten mit der Geschäftsleitung</translation>
    </message>
    <message>
        <source>Partner, don&apos;t police</source>
        <translation>Partner sein, nicht Polizei</translation>
    </message>
    <message>
        <source>Help budget holders understand their numbers instead of only saying no.</source>
        <translation>Budgetverantwortlichen helfen, ihre Zahlen zu verstehen, statt nur Nein zu sagen.</translation>
    </message>
    <message>
        <source>Review the risk, not every line</source>
        <translation>Das Risiko prüfen, nicht jede Zeile</translation>
    </message>
    <message>
        <source>Check the entries and judgements that matter most, and trust the team&apos;s controls for the rest.</source>
        <translation>Die wichtigsten Buchungen und Ermessensentscheidungen prüfen und beim Rest auf die Kontrollen des Teams vertrauen.</translation>
    </message>
    <message>
        <source>Explain numbers in plain words</source>
        <translation>Zahlen in einfachen Worten erklären</translation>
    </message>
    <message>
        <source>Say what a figure means for the business, so people outside finance can act on it.</source>
        <translation>Sagen, was eine Zahl fürs Geschäft bedeutet, damit auch Leute außerhalb der Finanzabteilung danach handeln können.</translation>
    </message>
    <message>
        <source>Build a close that runs without me</source>
        <translation>Einen Abschluss aufbauen, der ohne mich läuft</translation>
    </message>
    <message>
        <source>Write down the steps and owners, so month-end doesn&apos;t depend on my memory.</source>
        <translation>Schritte und Zuständige aufschreiben, damit der Monatsabschluss nicht an meinem Gedächtnis hängt.</translation>
    </message>
    <message>
        <source>Grow the team&apos;s judgement</source>
        <translation>Das Urteilsvermögen des Teams stärken</translation>
    </message>
    <message>
        <source>Ask what they would recommend before giving my answer.</source>
        <translation>Erst fragen, was sie empfehlen würden, bevor ich antworte.</translation>
    </message>
    <message>
        <source>The month-end close run by a senior accountant to an agreed checklist</source>
        <translation>Der Monatsabschluss nach vereinbarter Checkliste, geleitet von einer erfahrenen Fachkraft aus der Buchhaltung</translation>
    </message>
    <message>
        <source>Credit control and overdue invoices owned by one person, with a monthly target</source>
        <translation>Forderungsmanagement und überfällige Rechnungen in der Verantwortung einer Person, mit Monatsziel</translation>
    </message>
    <message>
        <source>A budget holder&apos;s monthly review prepared and presented by an analyst</source>
        <translation>Das Monatsreview für eine budgetverantwortliche Person, vorbereitet und vorgestellt von jemandem aus dem Controlling</translation>
    </message>
    <message>
        <source>Audit queries coordinated by a team member</source>
        <translation>Anfragen der Prüfer von einem Teammitglied koordiniert</translation>
    </message>
    <message>
        <source>finance, financial, accounting, accountant, accounts, controller, controlling, fp&amp;a, treasury, tax, audit, auditor, payroll, bookkeeping, bookkeeper, cfo, finance manager, financial controller, accounts payable, accounts receivable, credit control, billing, head of finance</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>finanzen, finanzabteilung, finanzbuchhaltung, buchhaltung, buchhalter, buchhalterin, finanzbuchhalter, finanzbuchhalterin, bilanzbuchhalter, bilanzbuchhalterin, rechnungswesen, controllerin, finanzcontroller, finanzcontrollerin, finanzleiter, finanzleiterin, finanzleitung, finanzvorstand, kaufmännischer leiter, kaufmännische leiterin, kaufmännische leitung, finanzplanung, steuern, steuerabteilung, steuerberater, steuerberaterin, steuerfachangestellte, steuerfachangestellter, lohnbuchhaltung, gehaltsabrechnung, entgeltabrechnung, debitorenbuchhaltung, kreditorenbuchhaltung, forderungsmanagement, revision, revisor, revisorin, wirtschaftsprüfer, wirtschaftsprüferin, wirtschaftsprüfung, m&amp;a</translation>
    </message>
</context>
<context>
    <name>families/general</name>
    <message>
        <source>Any field (general list)</source>
        <translation>Alle Bereiche (allgemeine Liste)</translation>
    </message>
    <message>
        <source>Doing the work your team does, yourself</source>
        <translation>Die Arbeit deines Teams selbst erledigen</translation>
    </message>
    <message>
        <source>Checking others&apos; work before it goes out</source>
        <translation>Die Arbeit anderer prüfen, bevor sie rausgeht</translation>
    </message>
    <message>
        <source>Fixing problems and escalations yourself</source>
        <translation>Probleme und Eskalationen selbst lösen</translation>
    </message>
    <message>
        <source>Answering the team&apos;s questions as they come</source>
        <translation>Fragen aus dem Team beantworten, sobald sie kommen</translation>
    </message>
    <message>
        <source>Writing status reports by hand</source>
        <translation>Statusberichte von Hand schreiben</translation>
    </message>
    <message>
        <source>Attending meetings as the default person</source>
        <translation>Automatisch selbst in jedes Meeting gehen</translation>
    </message>
    <message>
        <source>One-to-ones with your team</source>
        <translation>1:1-Gespräche mit deinem Team</translation>
    </message>
    <message>
        <source>Coaching and developing people</source>
        <translation>Menschen coachen und entwickeln</translation>
    </message>
    <message>
        <source>Hiring: interviews and decisions</source>
        <translation>Einstellungen: Vorstellungsgespräche und Entscheidungen</translation>
    </message>
    <message>
        <source>Setting priorities and plans</source>
        <translation>Prioritäten und Pläne festlegen</translation>
    </message>
    <message>
        <source>Working with other teams on shared goals</source>
        <translation>Mit anderen Teams an gemeinsamen Zielen arbeiten</translation>
    </message>
    <message>
        <source>Updates for your boss and stakeholders</source>
        <translation>Updates für deine Führungskraft und Stakeholder</translation>
    </message>
    <message>
        <source>Hand over outcomes, not tasks</source>
        <translation>Ergebnisse übergeben, nicht Aufgaben</translation>
    </message>
    <message>
        <source>Give a result with its measure and the authority to reach it.</source>
        <translation>Ein Ergebnis mit seinem Erfolgskriterium übergeben – und mit der Befugnis, es zu erreichen.</translation>
    </message>
    <message>
        <source>Ask before I answer</source>
        <translation>Fragen, bevor ich antworte</translation>
    </message>
    <message>
        <source>When someone brings a problem, ask what they would do first.</source>
        <translation>Wenn jemand mit einem Problem kommt, erst fragen, was die Person tun würde.</translation>
    </message>
    <message>
        <source>Keep time to plan ahead</source>
        <translation>Zeit zum Vorausplanen freihalten</translation>
    </message>
    <message>
        <source>Keep room in my week for priorities and people, not only today&apos;s work.</source>
        <translation>In meiner Woche Raum für Prioritäten und Menschen lassen, nicht nur für das Tagesgeschäft.</translation>
    </message>
    <message>
        <source>Let the team solve problems</source>
        <translation>Das Team Probleme lösen lassen</translation>
    </message>
    <message>
        <source>Step back from problems others can solve, even if I would be faster.</source>
        <translation>Mich bei Problemen zurücknehmen, die andere lösen können – auch wenn ich schneller wäre.</translation>
    </message>
    <message>
        <source>Ask how I come across as a leader</source>
        <translation>Fragen, wie ich als Führungskraft ankomme</translation>
    </message>
    <message>
        <source>Ask my team regularly how they experience me, and act on one thing.</source>
        <translation>Mein Team regelmäßig fragen, wie es mich erlebt, und an einem Punkt konkret arbeiten.</translation>
    </message>
    <message>
        <source>A regular report owned by a team member, from the figures to sending it</source>
        <translation>Ein regelmäßiger Bericht in der Verantwortung eines Teammitglieds, von den Zahlen bis zum Versand</translation>
    </message>
    <message>
        <source>A recurring meeting run by someone on the team</source>
        <translation>Ein regelmäßiges Meeting, geleitet von jemandem aus dem Team</translation>
    </message>
    <message>
        <source>A customer or stakeholder relationship handed over with a proper introduction</source>
        <translation>Eine Kunden- oder Stakeholder-Beziehung übergeben, mit ordentlicher Vorstellung</translation>
    </message>
    <message>
        <source>A small improvement project owned end to end by one person</source>
        <translation>Ein kleines Verbesserungsprojekt komplett in der Verantwortung einer Person</translation>
    </message>
</context>
<context>
    <name>families/healthcare-and-nursing</name>
    <message>
        <source>Healthcare and nursing</source>
        <translation>Gesundheit und Pflege</translation>
    </message>
    <message>
        <source>Taking a full patient load on shift yourself</source>
        <translation>Im Dienst selbst voll in der Patientenversorgung stehen</translation>
    </message>
    <message>
        <source>Doing the medication rounds and checks yourself</source>
        <translation>Medikamente selbst richten und kontrollieren</translation>
    </message>
    <message>
        <source>Covering gaps in the rota with extra shifts</source>
        <translation>Lücken im Dienstplan durch eigenes Einspringen füllen</translation>
    </message>
    <message>
        <source>Writing the rota and sorting shift swaps</source>
        <translation>Dienstplan schreiben und Diensttausche regeln</translation>
    </message>
    <message>
        <source>Handling bed management and discharge calls</source>
        <translation>Bettenbelegung und Entlassungen koordinieren</translation>
    </message>
    <message>
        <source>Checking every chart and care plan</source>
        <translation>Jede Dokumentation und jede Pflegeplanung prüfen</translation>
    </message>
    <message>
        <source>Incident reports and audit paperwork</source>
        <translation>Vorfallsmeldungen und Audit-Dokumentation</translation>
    </message>
    <message>
        <source>Dealing with complaints from patients and families</source>
        <translation>Beschwerden von Patienten und Angehörigen bearbeiten</translation>
    </message>
    <message>
        <source>Safety huddles and handovers with the team</source>
        <translation>Sicherheits-Kurzbesprechungen und Übergaben mit dem Team</translation>
    </message>
    <message>
        <source>One-to-ones, appraisals and clinical supervision</source>
        <translation>1:1-Gespräche, Mitarbeitergespräche und fachliche Supervision</translation>
    </message>
    <message>
        <source>Teaching and developing junior staff on the ward</source>
        <translation>Berufseinsteiger auf Station anleiten und fördern</translation>
    </message>
    <message>
        <source>Staffing, quality and budget meetings with your manager</source>
        <translation>Besprechungen zu Personal, Qualität und Budget mit deiner Führungskraft</translation>
    </message>
    <message>
        <source>Lead the shift, don&apos;t carry it</source>
        <translation>Den Dienst leiten, nicht allein stemmen</translation>
    </message>
    <message>
        <source>Keep my own patient load light, so I can see the whole ward and support the team.</source>
        <translation>Selbst nur wenige Patienten übernehmen, damit ich die ganze Station im Blick habe und das Team unterstützen kann.</translation>
    </message>
    <message>
        <source>Delegate care with clear handovers</source>
        <translation>Pflege mit klaren Übergaben delegieren</translation>
    </message>
    <message>
        <source>Say what I need, by when and what to report back, then trust the nurse.</source>
        <translation>Sagen, was ich brauche, bis wann und was zurückgemeldet werden soll – dann der Pflegekraft vertrauen.</translation>
    </message>
    <message>
        <source>Speak up for safe staffing</source>
        <translation>Für eine sichere Besetzung eintreten</translation>
    </message>
    <message>
        <source>Raise staffing and safety concerns early, in writing, with the facts.</source>
        <translation>Bedenken zu Besetzung und Sicherheit früh ansprechen, schriftlich und mit Fakten.</translation>
    </message>
    <message>
        <source>Teach at the bedside</source>
        <translation>Am Patientenbett anleiten</translation>
    </message>
    <message>
        <source>Use real moments on the ward to develop junior staff, instead of doing it myself to save time.</source>
        <translation>Echte Situationen auf Station nutzen, um Berufseinsteiger anzuleiten, statt es aus Zeitgründen selbst zu machen.</translation>
    </message>
    <message>
        <source>Stay calm and clear under pressure</source>
        <translation>Unter Druck ruhig und klar bleiben</translation>
    </message>
    <message>
        <source>When the ward is busy, give short, clear priorities rather than rushing in.</source>
        <translation>Wenn auf Station viel los ist, kurze, klare Prioritäten setzen, statt selbst loszurennen.</translation>
    </message>
    <message>
        <source>Look after the team, too</source>
        <translation>Auch auf das Team achten</translation>
    </message>
    <message>
        <source>Notice who is struggling, and make sure breaks and debriefs happen after hard shifts.</source>
        <translation>Merken, wer zu kämpfen hat, und nach harten Diensten für Pausen und Nachbesprechungen sorgen.</translation>
    </message>
    <message>
        <source>Next month&apos;s rota drafted by a senior nurse, for you to check</source>
        <translation>Der Dienstplan für den nächsten Monat, entworfen von einer erfahrenen Pflegekraft – du prüfst ihn</translation>
    </message>
    <message>
        <source>Audits and incident follow-ups owned by named staff</source>
        <translation>Audits und die Nachverfolgung von Vorfällen bei namentlich benannten Teammitgliedern</translation>
    </message>
    <message>
        <source>Teaching for new starters and students run by a senior nurse</source>
        <translation>Einarbeitung und Praxisanleitung für Neue und Auszubildende, übernommen von einer erfahrenen Pflegekraft</translation>
    </message>
    <message>
        <source>Stock and equipment checks owned by a healthcare assistant</source>
        <translation>Material- und Gerätekontrollen in der Verantwortung einer Pflegehilfskraft</translation>
    </message>
    <message>
        <source>Nurse in charge on set shifts taken by a senior nurse, with you off the floor</source>
        <translation>Die Schichtleitung in festen Diensten übernimmt eine erfahrene Pflegekraft, während du nicht auf Station bist</translation>
    </message>
    <message>
        <source>nurse, nursing, charge nurse, ward, ward manager, ward sister, sister, matron, midwife, midwifery, clinical, clinic, patient, healthcare, health care, hospital, practice manager, theatre, theatres, icu, intensive care, a&amp;e, emergency department, physiotherapist, therapist, paramedic, doctor, physician, care home, home care, registered manager, carer, pharmacist, dental, nurse in charge, nurse manager, clinical lead</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>pflege, pflegekraft, pflegefachkraft, pflegefachfrau, pflegefachmann, krankenschwester, krankenpfleger, krankenpflegerin, altenpfleger, altenpflegerin, altenpflege, pflegedienst, ambulante pflege, intensivpflege, stationsleitung, stationsleiter, stationsleiterin, pflegedienstleitung, pflegedienstleiter, pflegedienstleiterin, pdl, wohnbereichsleitung, wohnbereichsleiter, wohnbereichsleiterin, pflegedirektor, pflegedirektorin, pflegedirektion, praxisanleiter, praxisanleiterin, praxisanleitung, station, klinik, klinikum, krankenhaus, pflegeheim, intensivstation, notaufnahme, anästhesie, hebamme, entbindungspfleger, physiotherapeut, physiotherapeutin, ergotherapeut, ergotherapeutin, therapeut, therapeutin, rettungsdienst, notfallsanitäter, notfallsanitäterin, arzt, ärztin, oberarzt, oberärztin, chefarzt, chefärztin, arztpraxis, praxismanager, praxismanagerin, apotheke, apotheker, apothekerin, zahnarztpraxis, medizinische fachangestellte, mfa, gesundheitswesen, patientenversorgung, zna, a&amp;e</translation>
    </message>
</context>
<context>
    <name>families/marketing</name>
    <message>
        <source>Marketing and communications</source>
        <translation>Marketing und Kommunikation</translation>
    </message>
    <message>
        <source>Writing copy and content yourself</source>
        <translation>Texte und Content selbst schreiben</translation>
    </message>
    <message>
        <source>Running campaigns and ads day to day</source>
        <translation>Kampagnen und Anzeigen im Tagesgeschäft selbst steuern</translation>
    </message>
    <message>
        <source>Approving every post, email and asset</source>
        <translation>Jeden Post, jede E-Mail und jedes Asset freigeben</translation>
    </message>
    <message>
        <source>Managing agencies&apos; and freelancers&apos; deliverables</source>
        <translation>Lieferungen von Agenturen und Freelancern steuern</translation>
    </message>
    <message>
        <source>Pulling campaign numbers into reports</source>
        <translation>Kampagnenzahlen für Reports zusammentragen</translation>
    </message>
    <message>
        <source>Organising events and webinars</source>
        <translation>Events und Webinare organisieren</translation>
    </message>
    <message>
        <source>Answering requests from sales for materials</source>
        <translation>Materialanfragen aus dem Vertrieb bedienen</translation>
    </message>
    <message>
        <source>One-to-ones with your marketers</source>
        <translation>1:1-Gespräche mit deinem Marketingteam</translation>
    </message>
    <message>
        <source>Marketing plan, positioning and budget</source>
        <translation>Marketingplan, Positionierung und Budget</translation>
    </message>
    <message>
        <source>Agreeing targets and leads with sales</source>
        <translation>Ziele und Leads mit dem Vertrieb abstimmen</translation>
    </message>
    <message>
        <source>Coaching the team on briefs and judging their own work</source>
        <translation>Das Team bei Briefings und bei der Bewertung der eigenen Arbeit coachen</translation>
    </message>
    <message>
        <source>Brief clearly, then step back</source>
        <translation>Klar briefen, dann zurücktreten</translation>
    </message>
    <message>
        <source>Give a clear goal, audience and measure, and let the team choose how.</source>
        <translation>Ziel, Zielgruppe und Erfolgskriterium klar vorgeben – und das Team über das Wie entscheiden lassen.</translation>
    </message>
    <message>
        <source>Judge work by results, not taste</source>
        <translation>Arbeit nach Ergebnissen beurteilen, nicht nach Geschmack</translation>
    </message>
    <message>
        <source>Agree upfront how a campaign will be judged, and hold to it.</source>
        <translation>Vorher vereinbaren, woran eine Kampagne gemessen wird, und dabei bleiben.</translation>
    </message>
    <message>
        <source>Approve less, trust more</source>
        <translation>Weniger freigeben, mehr vertrauen</translation>
    </message>
    <message>
        <source>Decide which work needs my sign-off, and let the rest go out without it.</source>
        <translation>Festlegen, was meine Freigabe braucht, und den Rest ohne sie rausgehen lassen.</translation>
    </message>
    <message>
        <source>Speak sales&apos; language</source>
        <translation>Die Sprache des Vertriebs sprechen</translation>
    </message>
    <message>
        <source>Talk about pipeline and revenue with sales, not only clicks and reach.</source>
        <translation>Mit dem Vertrieb über Pipeline und Umsatz reden, nicht nur über Klicks und Reichweite.</translation>
    </message>
    <message>
        <source>Grow people who own their channels</source>
        <translation>Leute entwickeln, die ihre Kanäle selbst verantworten</translation>
    </message>
    <message>
        <source>Give each marketer a channel or audience to own, with its numbers.</source>
        <translation>Jeder Person im Team einen Kanal oder eine Zielgruppe samt Zahlen in die Verantwortung geben.</translation>
    </message>
    <message>
        <source>A campaign owned end to end by one marketer, with its target agreed upfront</source>
        <translation>Eine Kampagne komplett in der Verantwortung einer Person, mit vorab vereinbartem Ziel</translation>
    </message>
    <message>
        <source>Social channels run by the team to a monthly content plan</source>
        <translation>Social-Media-Kanäle vom Team nach einem monatlichen Redaktionsplan betreut</translation>
    </message>
    <message>
        <source>The agency relationship managed by a team member</source>
        <translation>Die Zusammenarbeit mit der Agentur von einem Teammitglied gesteuert</translation>
    </message>
    <message>
        <source>The monthly marketing report prepared by the team</source>
        <translation>Der monatliche Marketingbericht vom Team erstellt</translation>
    </message>
    <message>
        <source>marketing, marketer, brand, content, communications, comms, pr, public relations, campaign, growth marketing, digital marketing, seo, social media, demand generation, events, cmo, head of marketing, copywriter, marketing operations, product marketing, marketing manager</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>marketingleiter, marketingleiterin, marketingleitung, marketingmanager, marketingmanagerin, onlinemarketing, produktmarketing, kommunikation, unternehmenskommunikation, kommunikationsmanager, kommunikationsmanagerin, öffentlichkeitsarbeit, pressesprecher, pressesprecherin, pressestelle, presse, redaktion, redakteur, redakteurin, texter, texterin, werbung, marke, markenmanager, markenmanagerin, markenführung, eventmanager, eventmanagerin, veranstaltungen</translation>
    </message>
</context>
<context>
    <name>families/operations</name>
    <message>
        <source>Operations and logistics</source>
        <translation>Operations und Logistik</translation>
    </message>
    <message>
        <source>Sorting out problems on the floor yourself</source>
        <translation>Probleme vor Ort selbst lösen</translation>
    </message>
    <message>
        <source>Checking every order, shipment or job yourself</source>
        <translation>Jeden Auftrag und jede Sendung selbst prüfen</translation>
    </message>
    <message>
        <source>Building the schedule and covering absences</source>
        <translation>Schichtplan erstellen und Ausfälle abdecken</translation>
    </message>
    <message>
        <source>Chasing suppliers and late deliveries</source>
        <translation>Lieferanten und verspäteten Lieferungen hinterhertelefonieren</translation>
    </message>
    <message>
        <source>Compiling daily and weekly performance figures by hand</source>
        <translation>Tages- und Wochenkennzahlen von Hand zusammenstellen</translation>
    </message>
    <message>
        <source>Safety and compliance paperwork</source>
        <translation>Papierkram zu Arbeitssicherheit und Compliance</translation>
    </message>
    <message>
        <source>Working on the line or in the warehouse when short-staffed</source>
        <translation>Bei Personalmangel selbst am Band oder im Lager mitarbeiten</translation>
    </message>
    <message>
        <source>Daily stand-up with your team leads</source>
        <translation>Tägliche Frühbesprechung mit deinen Teamleitungen</translation>
    </message>
    <message>
        <source>One-to-ones with your supervisors</source>
        <translation>1:1-Gespräche mit deinen Schichtleitungen</translation>
    </message>
    <message>
        <source>Improving processes and fixing root causes</source>
        <translation>Prozesse verbessern und Ursachen beheben</translation>
    </message>
    <message>
        <source>Capacity, budget and supplier planning</source>
        <translation>Kapazitäts-, Budget- und Lieferantenplanung</translation>
    </message>
    <message>
        <source>Fix the process, not the problem of the day</source>
        <translation>Den Prozess reparieren, nicht das Problem des Tages</translation>
    </message>
    <message>
        <source>When something goes wrong twice, change how the work is done rather than stepping in again.</source>
        <translation>Wenn etwas zweimal schiefgeht, die Arbeitsweise ändern, statt wieder selbst einzuspringen.</translation>
    </message>
    <message>
        <source>Let supervisors run the floor</source>
        <translation>Die Schichtleitungen den Betrieb vor Ort steuern lassen</translation>
    </message>
    <message>
        <source>Walk the floor to listen and ask, not to take over.</source>
        <translation>Durch den Betrieb gehen, um zuzuhören und zu fragen – nicht, um zu übernehmen.</translation>
    </message>
    <message>
        <source>Keep safety non-negotiable</source>
        <translation>Bei Sicherheit keine Kompromisse machen</translation>
    </message>
    <message>
        <source>Stop the work when it is unsafe, and say why, every time.</source>
        <translation>Die Arbeit stoppen, wenn sie nicht sicher ist, und jedes Mal sagen, warum.</translation>
    </message>
    <message>
        <source>Plan a week ahead, not a shift ahead</source>
        <translation>Eine Woche vorausplanen, nicht nur eine Schicht</translation>
    </message>
    <message>
        <source>Keep time to look at capacity, suppliers and staffing before they become emergencies.</source>
        <translation>Zeit für Kapazität, Lieferanten und Personal freihalten, bevor daraus Notfälle werden.</translation>
    </message>
    <message>
        <source>Make the numbers the team&apos;s</source>
        <translation>Die Zahlen zur Sache des Teams machen</translation>
    </message>
    <message>
        <source>Share the daily figures so the team sees problems before I do.</source>
        <translation>Die Tageszahlen teilen, damit das Team Probleme vor mir sieht.</translation>
    </message>
    <message>
        <source>The shift schedule built and kept by a supervisor</source>
        <translation>Der Schichtplan, erstellt und gepflegt von einer Schichtleitung</translation>
    </message>
    <message>
        <source>Supplier follow-ups owned by one person, with a weekly list of late deliveries</source>
        <translation>Das Nachhalten bei Lieferanten in der Verantwortung einer Person, mit einer wöchentlichen Liste verspäteter Lieferungen</translation>
    </message>
    <message>
        <source>The daily performance figures produced and shared by the team</source>
        <translation>Die täglichen Kennzahlen vom Team erstellt und geteilt</translation>
    </message>
    <message>
        <source>One process improvement owned end to end by a team lead</source>
        <translation>Eine Prozessverbesserung komplett in der Verantwortung einer Teamleitung</translation>
    </message>
    <message>
        <source>operations, ops, operational, logistics, warehouse, supply chain, procurement, purchasing, fulfilment, fulfillment, distribution, facilities, production, plant, manufacturing, site manager, operations manager, head of operations, coo, dispatch, transport, fleet, process improvement, depot, factory</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>betrieb, betriebsleiter, betriebsleiterin, betriebsleitung, logistik, logistiker, logistikerin, logistikleiter, logistikleiterin, lager, lagerleiter, lagerleiterin, lagerleitung, lagerist, lageristin, lagerlogistik, fachkraft für lagerlogistik, versand, versandleiter, versandleiterin, lieferkette, einkauf, einkäufer, einkäuferin, einkaufsleiter, einkaufsleiterin, beschaffung, disposition, disponent, disponentin, fuhrpark, spedition, produktion, produktionsleiter, produktionsleiterin, produktionsleitung, fertigung, fertigungsleiter, fertigungsleiterin, werkleiter, werkleiterin, werksleiter, werksleiterin, werksleitung, standortleiter, standortleiterin, standortleitung, vorarbeiter, vorarbeiterin, meister, meisterin, industriemeister, industriemeisterin, instandhaltung, haustechnik, gebäudemanagement, facility management, kommissionierung, prozessmanagement</translation>
    </message>
</context>
<context>
    <name>families/product</name>
    <message>
        <source>Product management</source>
        <translation>Produktmanagement</translation>
    </message>
    <message>
        <source>Writing every spec and user story yourself</source>
        <translation>Jede Spezifikation und jede User Story selbst schreiben</translation>
    </message>
    <message>
        <source>Running every customer interview yourself</source>
        <translation>Jedes Kundeninterview selbst führen</translation>
    </message>
    <message>
        <source>Grooming the backlog ticket by ticket</source>
        <translation>Das Backlog Ticket für Ticket pflegen</translation>
    </message>
    <message>
        <source>Answering the team&apos;s questions about requirements</source>
        <translation>Fragen des Teams zu Anforderungen beantworten</translation>
    </message>
    <message>
        <source>Checking every release before it ships</source>
        <translation>Jedes Release vor der Auslieferung prüfen</translation>
    </message>
    <message>
        <source>Writing release notes and status updates</source>
        <translation>Release Notes und Status-Updates schreiben</translation>
    </message>
    <message>
        <source>Analysing usage data yourself</source>
        <translation>Nutzungsdaten selbst auswerten</translation>
    </message>
    <message>
        <source>Product strategy and roadmap</source>
        <translation>Produktstrategie und Roadmap</translation>
    </message>
    <message>
        <source>One-to-ones with your product managers</source>
        <translation>1:1-Gespräche mit deinen Product Managern</translation>
    </message>
    <message>
        <source>Aligning with engineering, design, sales and support leads</source>
        <translation>Abstimmung mit den Leads aus Entwicklung, Design, Vertrieb und Support</translation>
    </message>
    <message>
        <source>Coaching product managers on discovery and priorities</source>
        <translation>Product Manager zu Discovery und Priorisierung coachen</translation>
    </message>
    <message>
        <source>Share the problem, not the solution</source>
        <translation>Das Problem teilen, nicht die Lösung</translation>
    </message>
    <message>
        <source>Give product managers the customer problem and the measure, and let them find the answer.</source>
        <translation>Product Managern das Kundenproblem und das Erfolgskriterium geben – und sie die Antwort selbst finden lassen.</translation>
    </message>
    <message>
        <source>Say no to good ideas</source>
        <translation>Auch zu guten Ideen Nein sagen</translation>
    </message>
    <message>
        <source>Keep the roadmap short by saying out loud what we will not do this quarter.</source>
        <translation>Die Roadmap kurz halten und offen sagen, was wir dieses Quartal nicht machen.</translation>
    </message>
    <message>
        <source>Let my PMs present their own work</source>
        <translation>Meine PMs ihre Arbeit selbst präsentieren lassen</translation>
    </message>
    <message>
        <source>Put the people who did the work in front of leadership, and back them there.</source>
        <translation>Die Leute, die die Arbeit gemacht haben, vor die Geschäftsleitung bringen und ihnen dort den Rücken stärken.</translation>
    </message>
    <message>
        <source>Decide on the evidence we have</source>
        <translation>Mit den Belegen entscheiden, die wir haben</translation>
    </message>
    <message>
        <source>Make the call when more research would cost more than being a little wrong.</source>
        <translation>Entscheiden, sobald weitere Recherche mehr kosten würde, als ein wenig danebenzuliegen.</translation>
    </message>
    <message>
        <source>Coach discovery, don&apos;t do it</source>
        <translation>Discovery coachen, nicht selbst machen</translation>
    </message>
    <message>
        <source>Review how an interview or test was run, rather than running it myself.</source>
        <translation>Nachbesprechen, wie ein Interview oder Test gelaufen ist, statt es selbst zu machen.</translation>
    </message>
    <message>
        <source>Bring engineering and design into the why</source>
        <translation>Entwicklung und Design beim Warum mitnehmen</translation>
    </message>
    <message>
        <source>Involve the leads early, so decisions are shared rather than handed down.</source>
        <translation>Die Leads früh einbeziehen, damit Entscheidungen gemeinsam entstehen und nicht von oben kommen.</translation>
    </message>
    <message>
        <source>Discovery for the next feature, from customer interviews to a recommendation, owned by a product manager</source>
        <translation>Die Discovery fürs nächste Feature, von den Kundeninterviews bis zur Empfehlung, in der Verantwortung eines Product Managers</translation>
    </message>
    <message>
        <source>Release notes and the monthly product update written by the team</source>
        <translation>Release Notes und das monatliche Produkt-Update, geschrieben vom Team</translation>
    </message>
    <message>
        <source>The backlog kept in order by the product managers, agreed with the tech lead</source>
        <translation>Das Backlog, von den Product Managern in Ordnung gehalten und mit dem Tech Lead abgestimmt</translation>
    </message>
    <message>
        <source>One usage measure owned by a product manager and reviewed with you each month</source>
        <translation>Eine Nutzungskennzahl in der Verantwortung eines Product Managers, jeden Monat mit dir besprochen</translation>
    </message>
    <message>
        <source>product, product manager, product owner, product lead, head of product, group product manager, pm, cpo, product director, vp product</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>produkt, produktmanager, produktmanagerin, produktmanagement, produktleiter, produktleiterin, produktleitung, produktverantwortlicher, produktverantwortliche, leitung produkt</translation>
    </message>
</context>
<context>
    <name>families/retail-and-hospitality</name>
    <message>
        <source>Retail and hospitality</source>
        <translation>Handel und Gastronomie</translation>
    </message>
    <message>
        <source>Working the till, the floor or the pass yourself</source>
        <translation>Selbst an der Kasse, auf der Fläche oder am Pass stehen</translation>
    </message>
    <message>
        <source>Covering shifts when someone calls in sick</source>
        <translation>Schichten übernehmen, wenn sich jemand krankmeldet</translation>
    </message>
    <message>
        <source>Writing the rota and approving swaps</source>
        <translation>Dienstplan schreiben und Schichttausch genehmigen</translation>
    </message>
    <message>
        <source>Receiving deliveries and checking stock</source>
        <translation>Lieferungen annehmen und den Bestand prüfen</translation>
    </message>
    <message>
        <source>Opening and closing checks and cashing up</source>
        <translation>Öffnungs- und Schließkontrollen und Kassenabschluss</translation>
    </message>
    <message>
        <source>Handling every customer complaint yourself</source>
        <translation>Jede Kundenbeschwerde selbst bearbeiten</translation>
    </message>
    <message>
        <source>Ordering stock and supplies</source>
        <translation>Ware und Verbrauchsmaterial bestellen</translation>
    </message>
    <message>
        <source>Briefing the team before each shift</source>
        <translation>Das Team vor jeder Schicht briefen</translation>
    </message>
    <message>
        <source>One-to-ones and training new starters</source>
        <translation>1:1-Gespräche und Einarbeitung neuer Leute</translation>
    </message>
    <message>
        <source>Planning the coming weeks from sales, staff hours and waste</source>
        <translation>Die nächsten Wochen nach Umsatz, Personalstunden und Warenverlust planen</translation>
    </message>
    <message>
        <source>Meeting your area manager about targets and priorities</source>
        <translation>Mit der Gebietsleitung über Ziele und Prioritäten sprechen</translation>
    </message>
    <message>
        <source>Run the shift from the floor, not the till</source>
        <translation>Die Schicht von der Fläche aus führen, nicht von der Kasse</translation>
    </message>
    <message>
        <source>Stay free to see where help is needed instead of serving all shift myself.</source>
        <translation>Frei bleiben, um zu sehen, wo Hilfe gebraucht wird, statt die ganze Schicht selbst zu bedienen.</translation>
    </message>
    <message>
        <source>Brief the team before every shift</source>
        <translation>Das Team vor jeder Schicht briefen</translation>
    </message>
    <message>
        <source>Say the goals, the priorities and who does what, in five minutes.</source>
        <translation>In fünf Minuten sagen: die Ziele, die Prioritäten und wer was macht.</translation>
    </message>
    <message>
        <source>Let supervisors handle complaints</source>
        <translation>Beschwerden den Schichtleitungen überlassen</translation>
    </message>
    <message>
        <source>Back my supervisors to solve problems with customers, and coach them afterwards.</source>
        <translation>Meinen Schichtleitungen den Rücken stärken, wenn sie Probleme mit Kunden oder Gästen lösen, und sie danach coachen.</translation>
    </message>
    <message>
        <source>Train people to do it without me</source>
        <translation>Leute so anlernen, dass sie es ohne mich können</translation>
    </message>
    <message>
        <source>Show a new starter once, watch them do it, then let them.</source>
        <translation>Neuen es einmal zeigen, zusehen, wie sie es machen, und sie dann machen lassen.</translation>
    </message>
    <message>
        <source>Plan from the numbers</source>
        <translation>Nach den Zahlen planen</translation>
    </message>
    <message>
        <source>Look at sales, staff hours and waste each week, and plan the coming weeks from them.</source>
        <translation>Jede Woche auf Umsatz, Personalstunden und Warenverlust schauen und danach die nächsten Wochen planen.</translation>
    </message>
    <message>
        <source>Deliveries and stock checks owned by a supervisor</source>
        <translation>Warenannahme und Bestandskontrollen in der Verantwortung einer Schichtleitung</translation>
    </message>
    <message>
        <source>The rota drafted by a shift leader for you to approve</source>
        <translation>Der Dienstplan, entworfen von einer Schichtleitung – du gibst ihn frei</translation>
    </message>
    <message>
        <source>Training for new starters given by an experienced colleague, with a checklist</source>
        <translation>Die Einarbeitung neuer Leute durch eine erfahrene Kollegin oder einen erfahrenen Kollegen, mit Checkliste</translation>
    </message>
    <message>
        <source>Opening and closing checks run by shift leaders on their shifts</source>
        <translation>Öffnungs- und Schließkontrollen, von den Schichtleitungen in ihren Schichten erledigt</translation>
    </message>
    <message>
        <source>store, shop, retail, branch, restaurant, hotel, bar, cafe, café, pub, kitchen, chef, head chef, sous chef, front of house, floor manager, duty manager, shift, shift manager, shift supervisor, shift leader, hospitality, catering, reception, housekeeping, supermarket, department store, sales assistant, sales associate, sales floor, barista, cashier, merchandiser, visual merchandising, store manager, assistant store manager</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>filiale, filialleiter, filialleiterin, filialleitung, marktleiter, marktleiterin, marktleitung, einzelhandel, handel, einzelhandelskaufmann, einzelhandelskauffrau, verkäufer, verkäuferin, kassierer, kassiererin, kasse, supermarkt, kaufhaus, warenhaus, laden, ladenleitung, schichtleiter, schichtleiterin, schichtleitung, schichtführer, schichtführerin, gastronomie, gastro, gastgewerbe, systemgastronomie, hotellerie, restaurantleiter, restaurantleiterin, restaurantleitung, restaurantfachmann, restaurantfachfrau, hotelfachmann, hotelfachfrau, küche, küchenchef, küchenchefin, koch, köchin, souschef, chef de rang, kellner, kellnerin, servicekraft, barkeeper, rezeption, rezeptionist, rezeptionistin, empfang, hausdame, kantine, betriebsgastronomie, dekorateur, dekorateurin</translation>
    </message>
</context>
<context>
    <name>families/sales</name>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Working your own deals and accounts</source>
        <translation>Eigene Deals und Kunden betreuen</translation>
    </message>
    <message>
        <source>Joining reps&apos; calls and closing their deals for them</source>
        <translation>In Kundengespräche des Teams einsteigen und die Deals selbst abschließen</translation>
    </message>
    <message>
        <source>Writing and checking proposals and quotes</source>
        <translation>Angebote schreiben und prüfen</translation>
    </message>
    <message>
        <source>Approving discounts deal by deal</source>
        <translation>Rabatte Deal für Deal freigeben</translation>
    </message>
    <message>
        <source>Updating the CRM and chasing reps for updates</source>
        <translation>Das CRM pflegen und dem Team wegen Updates hinterherlaufen</translation>
    </message>
    <message>
        <source>Handling escalations from unhappy customers</source>
        <translation>Eskalationen unzufriedener Kunden übernehmen</translation>
    </message>
    <message>
        <source>Building the weekly forecast by hand</source>
        <translation>Den Wochen-Forecast von Hand bauen</translation>
    </message>
    <message>
        <source>Pipeline reviews with each rep</source>
        <translation>Pipeline-Reviews mit allen im Vertriebsteam</translation>
    </message>
    <message>
        <source>One-to-ones and call coaching</source>
        <translation>1:1-Gespräche und Gesprächscoaching</translation>
    </message>
    <message>
        <source>Territory, account and target planning</source>
        <translation>Gebiets-, Kunden- und Zielplanung</translation>
    </message>
    <message>
        <source>Hiring and onboarding new reps</source>
        <translation>Neue Leute für den Vertrieb einstellen und einarbeiten</translation>
    </message>
    <message>
        <source>Working with marketing and customer success on the pipeline</source>
        <translation>Mit Marketing und Customer Success an der Pipeline arbeiten</translation>
    </message>
    <message>
        <source>Coach the deal, don&apos;t take it over</source>
        <translation>Den Deal coachen, nicht übernehmen</translation>
    </message>
    <message>
        <source>On a rep&apos;s call, stay quiet and debrief afterwards instead of closing it myself.</source>
        <translation>In Kundengesprächen aus dem Team still bleiben und hinterher nachbesprechen, statt selbst abzuschließen.</translation>
    </message>
    <message>
        <source>Win through the team&apos;s number, not mine</source>
        <translation>Mit der Zahl des Teams gewinnen, nicht mit meiner</translation>
    </message>
    <message>
        <source>Measure my week by how many reps reach their target, not by the deals I close.</source>
        <translation>Meine Woche daran messen, wie viele im Team ihr Ziel erreichen, nicht an meinen eigenen Abschlüssen.</translation>
    </message>
    <message>
        <source>Inspect the pipeline, not the people</source>
        <translation>Die Pipeline prüfen, nicht die Leute</translation>
    </message>
    <message>
        <source>Ask about next steps and evidence in each deal, not about effort.</source>
        <translation>Bei jedem Deal nach nächsten Schritten und Belegen fragen, nicht nach Fleiß.</translation>
    </message>
    <message>
        <source>Forecast honestly</source>
        <translation>Ehrlich forecasten</translation>
    </message>
    <message>
        <source>Call the number I believe, even when it is lower than the target.</source>
        <translation>Die Zahl nennen, an die ich glaube – auch wenn sie unter dem Ziel liegt.</translation>
    </message>
    <message>
        <source>Let reps own their accounts</source>
        <translation>Dem Team die eigenen Kunden ganz überlassen</translation>
    </message>
    <message>
        <source>Hand over my own accounts with a proper introduction, and don&apos;t step back in.</source>
        <translation>Meine eigenen Kunden mit einer ordentlichen Vorstellung übergeben – und mich danach nicht wieder einmischen.</translation>
    </message>
    <message>
        <source>Set discount rules, not approvals</source>
        <translation>Rabattregeln festlegen statt Einzelfreigaben</translation>
    </message>
    <message>
        <source>Make the rules clear so reps can decide without asking me each time.</source>
        <translation>Die Regeln klar machen, damit das Team entscheiden kann, ohne mich jedes Mal zu fragen.</translation>
    </message>
    <message>
        <source>A key account handed to a rep, with a target and a plan for the year</source>
        <translation>Ein Key Account an jemanden aus dem Team übergeben, mit Ziel und Jahresplan</translation>
    </message>
    <message>
        <source>The weekly forecast prepared by the reps before your review</source>
        <translation>Der Wochen-Forecast, vom Team vorbereitet, bevor du ihn durchgehst</translation>
    </message>
    <message>
        <source>Onboarding of the next new rep run by a senior rep</source>
        <translation>Die Einarbeitung der nächsten neuen Person im Vertrieb, übernommen von jemand Erfahrenem aus dem Team</translation>
    </message>
    <message>
        <source>Renewals for one segment owned by one rep, with a target renewal rate</source>
        <translation>Vertragsverlängerungen für ein Segment in der Verantwortung einer Person, mit einer Zielquote</translation>
    </message>
    <message>
        <source>sales, account executive, account manager, account, key account, business development, bdr, sdr, sales development, revenue, commercial, territory, head of sales, sales manager, partnerships, inside sales, field sales, channel sales, sales operations, sales director, ae</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>vertrieb, vertriebsleiter, vertriebsleiterin, vertriebsleitung, vertriebsmitarbeiter, vertriebsmitarbeiterin, vertriebler, vertrieblerin, vertriebsingenieur, vertriebsingenieurin, vertriebsinnendienst, vertriebsaußendienst, außendienst, außendienstmitarbeiter, außendienstmitarbeiterin, innendienst, innendienstmitarbeiter, innendienstmitarbeiterin, kundenbetreuer, kundenbetreuerin, kundenberater, kundenberaterin, verkaufsleiter, verkaufsleiterin, gebietsverkaufsleiter, gebietsverkaufsleiterin, handelsvertreter, handelsvertreterin, business developer, geschäftsentwicklung, neukundengewinnung, akquise, partnermanagement</translation>
    </message>
</context>
<context>
    <name>families/software-engineering</name>
    <message>
        <source>Software engineering</source>
        <translation>Softwareentwicklung</translation>
    </message>
    <message>
        <source>Reviewing every change before it merges</source>
        <translation>Jede Änderung vor dem Merge reviewen</translation>
    </message>
    <message>
        <source>Writing features or code yourself</source>
        <translation>Selbst Features oder Code schreiben</translation>
    </message>
    <message>
        <source>On-call shifts and firefighting</source>
        <translation>Rufbereitschaft und Feuerwehreinsätze</translation>
    </message>
    <message>
        <source>Fixing escalations yourself</source>
        <translation>Eskalationen selbst beheben</translation>
    </message>
    <message>
        <source>Architecture and design reviews</source>
        <translation>Architektur- und Design-Reviews</translation>
    </message>
    <message>
        <source>Sprint planning and backlog grooming</source>
        <translation>Sprint Planning und Backlog-Pflege</translation>
    </message>
    <message>
        <source>Running incident reviews</source>
        <translation>Incident-Reviews leiten</translation>
    </message>
    <message>
        <source>Answering the team&apos;s questions in chat</source>
        <translation>Fragen des Teams im Chat beantworten</translation>
    </message>
    <message>
        <source>One-to-ones with your team</source>
        <translation>1:1-Gespräche mit deinem Team</translation>
    </message>
    <message>
        <source>Coaching and developing people</source>
        <translation>Menschen coachen und entwickeln</translation>
    </message>
    <message>
        <source>Hiring: interviews and debriefs</source>
        <translation>Einstellungen: Interviews und Nachbesprechungen</translation>
    </message>
    <message>
        <source>Roadmap and priorities</source>
        <translation>Roadmap und Prioritäten</translation>
    </message>
    <message>
        <source>Review the approach, not every line</source>
        <translation>Den Ansatz reviewen, nicht jede Zeile</translation>
    </message>
    <message>
        <source>Agree how the team reviews its own work, and look at the design choices that are hard to undo.</source>
        <translation>Vereinbaren, wie das Team seine Arbeit selbst reviewt, und mir die Designentscheidungen ansehen, die sich schwer rückgängig machen lassen.</translation>
    </message>
    <message>
        <source>Let others hold the pager</source>
        <translation>Die Rufbereitschaft anderen überlassen</translation>
    </message>
    <message>
        <source>Make on-call a rota the team runs, and step in only when I am asked to.</source>
        <translation>Die Rufbereitschaft zu einem Plan machen, den das Team selbst führt, und nur einspringen, wenn ich gefragt werde.</translation>
    </message>
    <message>
        <source>Ask, then wait, before I answer</source>
        <translation>Fragen, dann warten, bevor ich antworte</translation>
    </message>
    <message>
        <source>When someone brings a technical problem, ask what they would try first.</source>
        <translation>Wenn jemand mit einem technischen Problem kommt, erst fragen, was die Person zuerst probieren würde.</translation>
    </message>
    <message>
        <source>Trade features against risk out loud</source>
        <translation>Features und Risiko offen gegeneinander abwägen</translation>
    </message>
    <message>
        <source>Say which work we won&apos;t do and why, so the team can plan around it.</source>
        <translation>Sagen, was wir nicht machen und warum, damit das Team damit planen kann.</translation>
    </message>
    <message>
        <source>Hand over whole problems, not tickets</source>
        <translation>Ganze Probleme übergeben, nicht Tickets</translation>
    </message>
    <message>
        <source>Give an engineer an outcome with its measure and let them choose the design.</source>
        <translation>Jemandem im Team ein Ergebnis samt Erfolgskriterium geben und den Lösungsweg selbst wählen lassen.</translation>
    </message>
    <message>
        <source>Protect the team&apos;s focus time</source>
        <translation>Die Fokuszeit des Teams schützen</translation>
    </message>
    <message>
        <source>Shield the team from interruptions and from meetings that could be a message.</source>
        <translation>Das Team vor Unterbrechungen schützen – und vor Meetings, die auch eine Nachricht hätten sein können.</translation>
    </message>
    <message>
        <source>On-call rota and incident reviews run by the team, with a named owner each week</source>
        <translation>Rufbereitschaftsplan und Incident-Reviews, vom Team geführt, mit einer benannten verantwortlichen Person pro Woche</translation>
    </message>
    <message>
        <source>Code review standards agreed and held by the team, without every change waiting for you</source>
        <translation>Code-Review-Standards, vom Team vereinbart und gelebt, ohne dass jede Änderung auf dich wartet</translation>
    </message>
    <message>
        <source>Sprint planning run by a senior engineer, with the plan ready before the meeting</source>
        <translation>Das Sprint Planning, geleitet von jemand Erfahrenem aus dem Team, mit fertigem Plan vor dem Meeting</translation>
    </message>
    <message>
        <source>The next release shipped on the agreed date, owned end to end by one engineer</source>
        <translation>Das nächste Release zum vereinbarten Termin ausgeliefert, komplett verantwortet von einer Person aus dem Team</translation>
    </message>
    <message>
        <source>software, engineering, engineer, developer, software development, backend, frontend, full stack, fullstack, devops, platform, sre, site reliability, infrastructure, tech lead, technical lead, engineering manager, head of engineering, cto, programmer, qa, test engineer, mobile, ios, android, web developer, architect</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>softwareentwicklung, softwareentwickler, softwareentwicklerin, entwicklung, entwickler, entwicklerin, entwicklungsleiter, entwicklungsleiterin, entwicklungsleitung, anwendungsentwickler, anwendungsentwicklerin, webentwickler, webentwicklerin, programmiererin, informatiker, informatikerin, fachinformatiker, fachinformatikerin, softwarearchitekt, softwarearchitektin, architektin, softwareingenieur, softwareingenieurin, it, it-leiter, it-leiterin, it-leitung, technischer leiter, technische leiterin, technische leitung, systemadministrator, systemadministratorin, softwaretester, softwaretesterin, testmanager, testmanagerin, qualitätssicherung, plattform</translation>
    </message>
</context>
<context>
    <name>guide/checkins</name>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Once a week, two minutes: where your hours went, the delegations due for a check-in, and one thought. It is the habit the whole plan rests on — without it the app cannot tell whether your week is changing. Open it with **Ctrl+K** from anywhere, or **Log this week** here. **Ctrl+Return** saves it.</source>
        <translation>Einmal pro Woche, zwei Minuten: wohin deine Stunden gegangen sind, welche Delegationen einen Check-in brauchen, und ein Gedanke. Auf dieser Gewohnheit ruht der ganze Plan – ohne sie kann die App nicht erkennen, ob sich deine Woche verändert. Du öffnest den Check-in überall mit **Strg+K** oder hier mit **Diese Woche eintragen**. **Strg+Return** speichert ihn.</translation>
    </message>
    <message>
        <source>Your hours</source>
        <translation>Deine Stunden</translation>
    </message>
    <message>
        <source>Write down about how many hours you spent on **execution** (doing the work, reviewing, fixing, firefighting) and on **strategy** (direction, priorities, developing people, alignment, decisions). Rough numbers are fine: the trend matters, not the minutes.</source>
        <translation>Schreib ungefähr auf, wie viele Stunden du **operativ** (selbst mitarbeiten, prüfen, korrigieren, Brände löschen) und wie viele du **strategisch** (Richtung, Prioritäten, Menschen entwickeln, Abstimmung, Entscheidungen) gearbeitet hast. Grobe Zahlen reichen: Es kommt auf den Trend an, nicht auf die Minuten.</translation>
    </message>
    <message>
        <source>**Split by inventory item** (optional) lets you give hours per item of your [inventory](inventory.md). That is how the app notices a **boomerang**: hours on an item you have already handed over mean the work came back. **Take the week&apos;s hours from the items** adds them up for you.</source>
        <translation>Mit **Nach Tätigkeit aufteilen** (optional) gibst du die Stunden pro Tätigkeit deiner [Tätigkeitsliste](inventory.md) an. So bemerkt die App einen **Bumerang**: Stunden für eine Tätigkeit, die du schon übergeben hast, heißen, dass die Arbeit zurückgekommen ist. **Wochenstunden aus den Tätigkeiten übernehmen** rechnet sie für dich zusammen.</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Each week offers a reflection question or two, such as &quot;What did you hold onto this week that someone else could own?&quot;. Answer in a sentence; your answers stay with the week. Every week also asks whom you asked for feedback.</source>
        <translation>Jede Woche bietet eine oder zwei Reflexionsfragen, etwa „Woran hast du diese Woche festgehalten, das jemand anderes verantworten könnte?“. Antworte in einem Satz; deine Antworten bleiben bei der Woche. Außerdem fragt der Check-in jede Woche, wen du um Feedback gebeten hast.</translation>
    </message>
    <message>
        <source>Questions that fit your week</source>
        <translation>Fragen, die zu deiner Woche passen</translation>
    </message>
    <message>
        <source>Before the usual questions, the check-in asks about what is happening in your plan. At most two of these come first, in this order:</source>
        <translation>Vor den üblichen Fragen fragt der Check-in nach dem, was gerade in deinem Plan passiert. Höchstens zwei davon kommen zuerst, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>**You took something back**: it asks what pulled you in, and what would have to be true to hand it over again. Taking work back is the old job pulling you in, and the reason is worth knowing. It keeps asking until a week&apos;s check-in has an answer.</source>
        <translation>**Du hast etwas zurückgenommen**: Der Check-in fragt, was dich hineingezogen hat und was gegeben sein müsste, um es wieder zu übergeben. Wer Arbeit zurücknimmt, wird vom alten Job zurückgeholt – den Grund zu kennen lohnt sich. Die Frage kommt so lange wieder, bis ein Wochen-Check-in eine Antwort enthält.</translation>
    </message>
    <message>
        <source>**Work came back**: you logged hours on something you had handed over. It asks what pulled you back in.</source>
        <translation>**Arbeit ist zurückgekommen**: Du hast Stunden für etwas eingetragen, das du übergeben hattest. Der Check-in fragt, was dich wieder hineingezogen hat.</translation>
    </message>
    <message>
        <source>**A milestone is near**: when one of your milestones is within a week, before or after, and you have not reviewed it yet, it asks what you will bring to the review: what to keep, what to stop, what to start.</source>
        <translation>**Ein Meilenstein steht an**: Liegt einer deiner Meilensteine weniger als eine Woche entfernt, davor oder danach, und hast du noch keinen Rückblick dazu gemacht, fragt der Check-in, was du in den Rückblick mitnimmst: was du beibehältst, womit du aufhörst, womit du anfängst.</translation>
    </message>
    <message>
        <source>**Your narrative is a month old**: it asks if what you wrote about what is really going on is still true. After you answer, it waits at least three weeks before it asks again.</source>
        <translation>**Dein Narrativ ist einen Monat alt**: Der Check-in fragt, ob das, was du darüber geschrieben hast, was wirklich los ist, noch stimmt. Nach deiner Antwort wartet er mindestens drei Wochen, bevor er wieder fragt.</translation>
    </message>
    <message>
        <source>**A week above your glide path**: when the hours you type put you above the strategy share your plan expects, it asks what made room, so you can do it again.</source>
        <translation>**Eine Woche über deinem Zielpfad**: Bringen dich die eingegebenen Stunden über den Strategieanteil, den dein Plan erwartet, fragt der Check-in, was dir Raum verschafft hat – damit du es wiederholen kannst.</translation>
    </message>
    <message>
        <source>Once a month: why you lead</source>
        <translation>Einmal im Monat: warum du führst</translation>
    </message>
    <message>
        <source>Once a month the check-in asks which satisfaction you are after: **being liked**, **your own wins**, **impact through others** or **control**. No answer is wrong. You choose one, or you leave it for now, and your answer stays with the week.</source>
        <translation>Einmal im Monat fragt der Check-in, was dich im Kern antreibt: **gemocht werden**, **eigene Erfolge**, **Wirkung durch andere** oder **Kontrolle**. Keine Antwort ist falsch. Du wählst eine oder lässt die Frage vorerst offen; deine Antwort bleibt bei der Woche.</translation>
    </message>
    <message>
        <source>This comes from David McClelland and David Burnham (&quot;Power Is the Great Motivator&quot;, Harvard Business Review, 1976). In their research, the managers with the best teams wanted influence for the team&apos;s sake and kept that wish in check. Managers who mostly wanted to be liked, or wanted power for themselves, did less well.</source>
        <translation>Das geht auf David McClelland und David Burnham zurück („Power Is the Great Motivator“, Harvard Business Review, 1976). In ihrer Forschung wollten die Führungskräfte mit den besten Teams Einfluss um des Teams willen – und hatten diesen Wunsch im Griff. Wer vor allem gemocht werden oder Macht für sich selbst wollte, schnitt schlechter ab.</translation>
    </message>
    <message>
        <source>If &quot;control&quot; is your answer in two of your last three checks, and you have also taken work back or most of your handovers are at level 1 or 2 (where you still decide), the check-in shows a short note about it. You only ever see this note once. It is saved with that week, so you can read it again there, and no other week shows it.</source>
        <translation>Ist „Kontrolle“ bei zwei deiner letzten drei Abfragen deine Antwort und hast du außerdem Arbeit zurückgenommen oder stehen die meisten deiner Übergaben auf Stufe 1 oder 2 (auf denen du noch selbst entscheidest), zeigt der Check-in dazu einen kurzen Hinweis. Diesen Hinweis siehst du nur ein einziges Mal. Er wird mit dieser Woche gespeichert, sodass du ihn dort nachlesen kannst; keine andere Woche zeigt ihn.</translation>
    </message>
    <message>
        <source>Filling hours from a calendar or a time tracker</source>
        <translation>Stunden aus einem Kalender oder einer Zeiterfassung übernehmen</translation>
    </message>
    <message>
        <source>If your week is already in a calendar or a time tracker, Altitude can read an export of it (a calendar `.ics` file; Toggl, Clockify, Timewarrior or Harvest exports), sort each entry into execution or strategy by your own rules — words to look for, first match wins — and record the weeks as check-ins. It reads the file on your computer; nothing is fetched from the network. From a terminal:</source>
        <translation>Steht deine Woche schon in einem Kalender oder einer Zeiterfassung, kann Altitude einen Export davon lesen (eine Kalenderdatei `.ics` oder Exporte aus Toggl, Clockify, Timewarrior oder Harvest), jeden Eintrag nach deinen eigenen Regeln als operativ oder strategisch einordnen – Wörter, nach denen gesucht wird; die erste passende Regel gewinnt – und die Wochen als Check-ins eintragen. Die Datei wird auf deinem Computer gelesen; nichts wird aus dem Netzwerk geholt. Im Terminal:</translation>
    </message>
    <message>
        <source>`preview` writes nothing; `apply` records the weeks you name, after a backup. All-day events, cancelled events and invitations you declined count nothing. A rule may name an inventory item, so those hours also count as that item&apos;s. The file `docs/TIME-IMPORT.md` that comes with Altitude&apos;s source has every detail.</source>
        <translation>`preview` schreibt nichts; `apply` trägt die genannten Wochen ein, nach einer Sicherung. Ganztägige Termine, abgesagte Termine und abgelehnte Einladungen zählen nicht. Eine Regel kann eine Tätigkeit nennen; dann zählen diese Stunden auch für diese Tätigkeit. Alle Einzelheiten stehen in der Datei `docs/TIME-IMPORT.md`, die mit dem Quellcode von Altitude kommt.</translation>
    </message>
    <message>
        <source>The list</source>
        <translation>Die Liste</translation>
    </message>
    <message>
        <source>This screen lists every week you checked in. **Enter** opens the selected week to correct it; **Delete** removes it, and **Ctrl+Z** brings it back. Missing weeks appear on the [Dashboard](dashboard.md).</source>
        <translation>Diese Seite listet jede Woche auf, für die du einen Check-in eingetragen hast. **Enter** öffnet die gewählte Woche zum Korrigieren; **Entf** löscht sie, und **Strg+Z** holt sie zurück. Fehlende Wochen erscheinen auf der [Übersicht](dashboard.md).</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Zurück zum Inhaltsverzeichnis](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/dashboard</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>The dashboard is the first screen: one look tells you whether the move is happening.</source>
        <translation>Die Übersicht ist die erste Seite: Ein Blick zeigt dir, ob der Wechsel gelingt.</translation>
    </message>
    <message>
        <source>Your first steps</source>
        <translation>Deine ersten Schritte</translation>
    </message>
    <message>
        <source>After you set up your plan, the dashboard walks you once round the loop the app is built on, one step at a time:</source>
        <translation>Sobald dein Plan steht, führt dich die Übersicht einmal durch den Kreislauf, auf dem die App aufbaut, Schritt für Schritt:</translation>
    </message>
    <message>
        <source>**Weigh your items**: decide for each thing you do what you keep, hand over or stop.</source>
        <translation>**Wäge deine Tätigkeiten ab**: Entscheide bei allem, was du tust, ob du es behältst, übergibst oder weglässt.</translation>
    </message>
    <message>
        <source>**Add your team**: the people you can hand work to.</source>
        <translation>**Füge dein Team hinzu**: die Menschen, denen du Arbeit übergeben kannst.</translation>
    </message>
    <message>
        <source>**Hand over a first outcome**: a result someone else owns. Your role&apos;s field offers examples, such as &quot;the weekly forecast prepared by the reps&quot; for a sales lead.</source>
        <translation>**Übergib ein erstes Ergebnis**: etwas, wofür jemand anderes verantwortlich ist. Das Berufsfeld deiner Rolle bietet Beispiele, etwa „der Wochen-Forecast, vom Team vorbereitet“ für eine Vertriebsleitung.</translation>
    </message>
    <message>
        <source>**Log your first weekly check-in**.</source>
        <translation>**Trag deinen ersten Wochen-Check-in ein**.</translation>
    </message>
    <message>
        <source>**Record a first decision** in the decision journal.</source>
        <translation>**Halte eine erste Entscheidung fest**: im Entscheidungstagebuch.</translation>
    </message>
    <message>
        <source>**Ask for feedback**: note what someone told you, or rate yourself on a theme.</source>
        <translation>**Bitte um Feedback**: Notiere, was dir jemand gesagt hat, oder schätz dich zu einem Thema selbst ein.</translation>
    </message>
    <message>
        <source>**Write your narrative**: what is really going on, and how you will deal with it.</source>
        <translation>**Schreib dein Narrativ**: was wirklich los ist und wie du damit umgehen willst.</translation>
    </message>
    <message>
        <source>**Meet your boss**: add them to your relationships and note one of the five conversations.</source>
        <translation>**Triff deine Führungskraft**: Füge sie zu deinen Beziehungen hinzu und notiere eines der fünf Gespräche.</translation>
    </message>
    <message>
        <source>Each step has a button that takes you to its screen. A step ticks itself off when what it asks for is in your plan, not when you click its button, so an undo takes the tick back. The open steps come first. Once all are done, the list goes away.</source>
        <translation>Jeder Schritt hat eine Schaltfläche, die dich zur passenden Seite bringt. Ein Schritt hakt sich selbst ab, sobald das, was er verlangt, in deinem Plan steht – nicht, wenn du auf die Schaltfläche klickst. Machst du etwas rückgängig, verschwindet deshalb auch der Haken wieder. Offene Schritte stehen oben. Sind alle erledigt, verschwindet die Liste.</translation>
    </message>
    <message>
        <source>The order depends on the situation you chose when you set up the plan. A **turnaround** puts the first decision first: you have to decide fast. A **realignment** starts with the narrative and your boss: you have to make the case for change. **Start-up** and **accelerated growth** start with the team and a first handover. **Sustaining success** starts by asking for feedback: learn why it works before you change it. &quot;Not sure&quot; keeps the list above. This order is Altitude&apos;s own rule of thumb, based on Michael Watkins&apos; situations (*The First 90 Days*).</source>
        <translation>Die Reihenfolge hängt von der Situation ab, die du beim Anlegen des Plans gewählt hast. Bei einem **Turnaround** kommt die erste Entscheidung zuerst: Du musst schnell entscheiden. Eine **Neuausrichtung** beginnt mit dem Narrativ und deiner Führungskraft: Du musst begründen, warum sich etwas ändern muss. **Aufbau** und **schnelles Wachstum** beginnen mit dem Team und einer ersten Übergabe. **Erfolg sichern** beginnt mit der Bitte um Feedback: Verstehe, warum es funktioniert, bevor du etwas änderst. „Nicht sicher“ behält die Liste oben bei. Diese Reihenfolge ist Altitudes eigene Faustregel, angelehnt an die Situationen von Michael Watkins (*The First 90 Days*).</translation>
    </message>
    <message>
        <source>While these steps are open, the dashboard never tells you that nothing needs your attention.</source>
        <translation>Solange diese Schritte offen sind, sagt dir die Übersicht nie, dass nichts deine Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>The cards</source>
        <translation>Die Karten</translation>
    </message>
    <message>
        <source>**Your transition**: which day of your plan it is, and how many are left.</source>
        <translation>**Dein Übergang**: welcher Tag deines Plans heute ist und wie viele noch bleiben.</translation>
    </message>
    <message>
        <source>**Strategy this week** (or last week): the strategy share of your latest check-in.</source>
        <translation>**Strategie diese Woche** (oder letzte Woche): der Strategieanteil deines letzten Check-ins.</translation>
    </message>
    <message>
        <source>**Against the glide path**: on track, ahead or behind the share your plan expects for that week, and by how many points.</source>
        <translation>**Im Vergleich zum Zielpfad**: ob du im Plan, voraus oder im Rückstand bist gegenüber dem Anteil, den dein Plan für diese Woche erwartet, und um wie viele Punkte.</translation>
    </message>
    <message>
        <source>**Reaching your target**: when you will get there at the current trend — a straight line through your last six check-ins. It needs three check-ins; if your share is flat or falling it says &quot;not at this trend&quot; rather than guessing.</source>
        <translation>**Bis zu deinem Ziel**: wann du es beim aktuellen Trend erreichst – eine gerade Linie durch deine letzten sechs Check-ins. Dafür braucht es drei Check-ins; bleibt dein Anteil gleich oder sinkt er, steht dort „Nicht bei diesem Trend“, statt zu raten.</translation>
    </message>
    <message>
        <source>**Freed by delegation**: the hours a week that the outcomes you handed over give back.</source>
        <translation>**Durch Delegation frei**: die Wochenstunden, die dir die übergebenen Ergebnisse zurückgeben.</translation>
    </message>
    <message>
        <source>**Check-ins due**: delegations waiting for you to check in.</source>
        <translation>**Fällige Check-ins**: Delegationen, bei denen ein Check-in von dir ansteht.</translation>
    </message>
    <message>
        <source>The chart</source>
        <translation>Das Diagramm</translation>
    </message>
    <message>
        <source>Your strategy share week by week, against the [glide path](ideas.md) your plan expects, with a band of a few points either side (the tolerance you set on the [Plan](plan.md)), your milestones, today, and the projection.</source>
        <translation>Dein Strategieanteil Woche für Woche, verglichen mit dem [Zielpfad](ideas.md) deines Plans, mit einem Band von ein paar Punkten nach oben und unten (der Toleranz, die du im [Plan](plan.md) festlegst), deinen Meilensteinen, dem heutigen Tag und der Prognose.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>This week&apos;s check-in, delegations due for a check-in, weeks with no check-in, one-to-ones due, decisions due for review and feedback follow-ups — each one click from where you deal with it. When your execution share rises two weeks running, it asks what pulled you back in.</source>
        <translation>Der Check-in dieser Woche, Delegationen mit fälligem Check-in, Wochen ohne Check-in, fällige 1:1-Gespräche, fällige Auswertungen von Entscheidungen und fälliges Nachfassen beim Feedback – jeweils einen Klick von der Stelle entfernt, an der du dich darum kümmerst. Steigt dein operativer Anteil zwei Wochen in Folge, fragt die Übersicht, was dich zurückgezogen hat.</translation>
    </message>
    <message>
        <source>How it serves the plan</source>
        <translation>Wozu die Übersicht dient</translation>
    </message>
    <message>
        <source>The dashboard does not judge you. It shows what your own check-ins say, next to what you planned, so you notice early when the old work is pulling you back.</source>
        <translation>Die Übersicht bewertet dich nicht. Sie zeigt, was deine eigenen Check-ins sagen, neben dem, was du geplant hast – damit du früh merkst, wenn dich die alte Arbeit zurückzieht.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Zurück zum Inhaltsverzeichnis](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/data</name>
    <message>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <source>Altitude never connects to the network. Everything you enter stays in one folder on your computer, readable by you alone: the folder is private to your user, and so is every file Altitude writes — the plan, its backups, your exports and reports.</source>
        <translation>Altitude verbindet sich nie mit dem Netzwerk. Alles, was du eingibst, bleibt in einem Ordner auf deinem Computer, den nur du lesen kannst: Der Ordner gehört allein deinem Benutzerkonto, ebenso jede Datei, die Altitude schreibt – der Plan, seine Sicherungen, deine Exporte und Berichte.</translation>
    </message>
    <message>
        <source>Where it lives</source>
        <translation>Wo sie liegen</translation>
    </message>
    <message>
        <source>| system | folder |</source>
        <translation>| System | Ordner |</translation>
    </message>
    <message>
        <source>| Linux | ~/.local/share/Altitude (or $XDG_DATA_HOME/Altitude) |</source>
        <translation>| Linux | ~/.local/share/Altitude (oder $XDG_DATA_HOME/Altitude) |</translation>
    </message>
    <message>
        <source>| macOS | ~/Library/Application Support/Altitude |</source>
        <translation>| macOS | ~/Library/Application Support/Altitude |</translation>
    </message>
    <message>
        <source>| Windows | %LOCALAPPDATA%\Altitude |</source>
        <translation>| Windows | %LOCALAPPDATA%\Altitude |</translation>
    </message>
    <message>
        <source>**Help › About Altitude** and **Settings** (Ctrl+,) show the folder this copy of Altitude uses; **Open folder** in Settings opens it. Started as `altitude --data-dir DIR`, or with the `ALTITUDE_DATA_DIR` environment variable set, Altitude keeps everything in `DIR` instead. In the folder:</source>
        <translation>**Hilfe › Über Altitude** und **Einstellungen** (Strg+,) zeigen den Ordner, den diese Altitude-Installation nutzt; **Ordner öffnen** in den Einstellungen öffnet ihn. Startest du Altitude mit `altitude --data-dir DIR` oder mit gesetzter Umgebungsvariable `ALTITUDE_DATA_DIR`, legt es stattdessen alles in `DIR` ab. Im Ordner:</translation>
    </message>
    <message>
        <source>`altitude.db` — your plan, an SQLite database. While Altitude is open you may also see `altitude.db-wal` and `altitude.db-shm`: they are part of it.</source>
        <translation>`altitude.db` – dein Plan, eine SQLite-Datenbank. Solange Altitude geöffnet ist, siehst du vielleicht auch `altitude.db-wal` und `altitude.db-shm`: Sie gehören dazu.</translation>
    </message>
    <message>
        <source>`backups/` — automatic and manual backups.</source>
        <translation>`backups/` – automatische und manuelle Sicherungen.</translation>
    </message>
    <message>
        <source>`altitude.lock` — there while the app is open, so a plan is open in one window only.</source>
        <translation>`altitude.lock` – vorhanden, solange die App geöffnet ist, damit ein Plan nur in einem Fenster offen ist.</translation>
    </message>
    <message>
        <source>`logs/altitude.log` — made only if Altitude meets a bug of its own. It holds the error and where in Altitude&apos;s code it happened, nothing of your plan.</source>
        <translation>`logs/altitude.log` – wird nur angelegt, wenn Altitude auf einen eigenen Programmfehler stößt. Die Datei enthält den Fehler und die Stelle in Altitudes Code, an der er passiert ist, nichts aus deinem Plan.</translation>
    </message>
    <message>
        <source>Every change is saved the moment you make it, completely or not at all: there is no Save button, and a crash or a power cut cannot leave half a change behind.</source>
        <translation>Jede Änderung wird in dem Moment gespeichert, in dem du sie machst – ganz oder gar nicht: Es gibt keine Schaltfläche zum Speichern, und ein Absturz oder Stromausfall kann keine halbe Änderung hinterlassen.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Altitude backs up your plan by itself: once a day, the first time you open it, and before anything that replaces your plan — an import, a restore, a new plan, an upgrade of the file by a newer Altitude. Each backup is checked before it is kept. The newest 10 are kept; change that in **Settings**.</source>
        <translation>Altitude sichert deinen Plan von selbst: einmal täglich beim ersten Öffnen und vor allem, was deinen Plan ersetzt – einem Import, einer Wiederherstellung, einem neuen Plan, einer Aktualisierung der Datei durch eine neuere Altitude-Version. Jede Sicherung wird geprüft, bevor sie behalten wird. Die neuesten 10 bleiben erhalten; das kannst du in den **Einstellungen** ändern.</translation>
    </message>
    <message>
        <source>To make one yourself: **File › Backups… › Back up now**, or `altitude backup` in a terminal (`altitude backup -o FILE.db` puts it anywhere, for example on a USB stick).</source>
        <translation>Selbst eine Sicherung anlegen: **Datei › Sicherungen… › Jetzt sichern** oder `altitude backup` im Terminal (`altitude backup -o FILE.db` legt sie an einem beliebigen Ort ab, zum Beispiel auf einem USB-Stick).</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>**File › Backups…** lists every backup with when it was made, which plan it holds and how many check-ins; pick one and **Restore…**. Your plan as it is now is backed up first, so a restore can itself be undone. From a terminal: `altitude restore FILE` (with the app closed).</source>
        <translation>**Datei › Sicherungen…** listet jede Sicherung auf: wann sie angelegt wurde, welchen Plan sie enthält und wie viele Check-ins; wähle eine aus und klick auf **Wiederherstellen…**. Dein aktueller Plan wird vorher gesichert, sodass sich auch eine Wiederherstellung rückgängig machen lässt. Im Terminal: `altitude restore FILE` (bei geschlossener App).</translation>
    </message>
    <message>
        <source>If the plan cannot be opened</source>
        <translation>Wenn sich der Plan nicht öffnen lässt</translation>
    </message>
    <message>
        <source>Every start checks the file. If it is damaged, Altitude says so and offers the newest backup that passes its check. The damaged file is never deleted: it is kept beside the new one. `altitude doctor` runs a thorough check and changes nothing.</source>
        <translation>Bei jedem Start wird die Datei geprüft. Ist sie beschädigt, sagt Altitude das und bietet die neueste Sicherung an, die die Prüfung besteht. Die beschädigte Datei wird nie gelöscht: Sie bleibt neben der neuen liegen. `altitude doctor` führt eine gründliche Prüfung durch und ändert nichts.</translation>
    </message>
    <message>
        <source>Moving to another computer</source>
        <translation>Umzug auf einen anderen Computer</translation>
    </message>
    <message>
        <source>Export the plan (**File › Export plan…**, or `altitude export -o plan.json`) and import it on the other computer; or quit Altitude and copy the whole folder, with `backups/`.</source>
        <translation>Exportiere den Plan (**Datei › Plan exportieren…** oder `altitude export -o plan.json`) und importiere ihn auf dem anderen Computer – oder beende Altitude und kopiere den ganzen Ordner samt `backups/`.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>**Settings** (Ctrl+,) holds the day you check in, the first day of your week, the theme (follow the system, light or dark), how many backups to keep, and the data folder.</source>
        <translation>In den **Einstellungen** (Strg+,) legst du fest, an welchem Tag du deinen Check-in machst, mit welchem Tag deine Woche beginnt, das Farbschema (wie das System, hell oder dunkel), wie viele Sicherungen behalten werden und wo der Datenordner liegt.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Zurück zum Inhaltsverzeichnis](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/decisions</name>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>At the next level you are valued for judgment — about people, money, risk and timing — more than for output. The decision journal helps you decide with incomplete information, say it once, and learn from how it went.</source>
        <translation>Auf der nächsten Ebene zählt dein Urteil – über Menschen, Geld, Risiko und Timing – mehr als deine eigene Leistung. Das Entscheidungstagebuch hilft dir, mit unvollständigen Informationen zu entscheiden, es einmal klar zu sagen und daraus zu lernen, wie es ausging.</translation>
    </message>
    <message>
        <source>Recording a decision</source>
        <translation>Eine Entscheidung festhalten</translation>
    </message>
    <message>
        <source>**The decision** in one sentence, and its **kind**: people, money, risk, timing, direction, process, or a kind of your own.</source>
        <translation>**Die Entscheidung** in einem Satz und ihre **Art**: Menschen, Geld, Risiko, Timing, Richtung, Prozess oder eine eigene Art.</translation>
    </message>
    <message>
        <source>**One-way or two-way door**: can it be walked back? Most decisions are two-way doors and can be made fast (Bezos).</source>
        <translation>**Einweg- oder Zweiwegtür**: Lässt sie sich rückgängig machen? Die meisten Entscheidungen sind Zweiwegtüren und können schnell getroffen werden (Bezos).</translation>
    </message>
    <message>
        <source>**How much of the information you wish you had** you have, in percent. Waiting for all of it is a decision too; Bezos suggests deciding at about 70%.</source>
        <translation>**Wie viel der Informationen, die du dir wünschst**, du schon hast, in Prozent. Auf alle zu warten ist auch eine Entscheidung; Bezos empfiehlt, bei etwa 70 % zu entscheiden.</translation>
    </message>
    <message>
        <source>**The options** you considered (at least two), **your choice** and a short rationale. There is a gentle word limit: the point is to decide without over-explaining.</source>
        <translation>**Die Optionen**, die du erwogen hast (mindestens zwei), **deine Wahl** und eine kurze Begründung. Es gibt eine sanfte Wortgrenze: Es geht darum, zu entscheiden, ohne alles zu zerreden.</translation>
    </message>
    <message>
        <source>**What you expect to happen**, by when, and **how confident** you are, in percent.</source>
        <translation>**Was du erwartest**, bis wann, und **wie sicher** du dir bist, in Prozent.</translation>
    </message>
    <message>
        <source>**What would make you reverse it.**</source>
        <translation>**Was dich dazu bringen würde, sie umzukehren.**</translation>
    </message>
    <message>
        <source>**A premortem**: &quot;It is months later and this decision failed. Why?&quot; (Klein).</source>
        <translation>**Ein Pre-Mortem**: „Es ist Monate später, und diese Entscheidung ist gescheitert. Warum?“ (Klein).</translation>
    </message>
    <message>
        <source>**How you feel** as you decide.</source>
        <translation>**Wie du dich fühlst**, während du entscheidest.</translation>
    </message>
    <message>
        <source>**Who made it**: you, or a team member — decisions you delegated count too.</source>
        <translation>**Wer sie getroffen hat**: du oder ein Teammitglied – delegierte Entscheidungen zählen auch.</translation>
    </message>
    <message>
        <source>Links to the people, delegations and inventory items it touches.</source>
        <translation>Verknüpfungen zu den Menschen, Delegationen und Tätigkeiten, die sie betrifft.</translation>
    </message>
    <message>
        <source>Kept as written</source>
        <translation>Unverändert festgehalten</translation>
    </message>
    <message>
        <source>Until its review is due you may correct what you wrote. From then on it stays as it was, and later thoughts are added as **hindsight notes**. Hindsight is exactly what a journal exists to catch: an expectation edited afterwards would make you look better calibrated than you are.</source>
        <translation>Bis ihre Auswertung fällig ist, darfst du korrigieren, was du geschrieben hast. Danach bleibt sie, wie sie war, und neue Einsichten kommen als **spätere Gedanken** dazu. Genau diesen Rückschaufehler soll ein Tagebuch sichtbar machen: Eine nachträglich geänderte Erwartung ließe dich besser kalibriert aussehen, als du bist.</translation>
    </message>
    <message>
        <source>The review</source>
        <translation>Die Auswertung</translation>
    </message>
    <message>
        <source>Each decision gets a review date from its door: about 3 weeks for a two-way door, about 90 days for a one-way door. These are Altitude&apos;s rules of thumb; change the date as you like. Decisions due for review appear on the [Dashboard](dashboard.md) and in your weekly [check-in](checkins.md).</source>
        <translation>Jede Entscheidung bekommt je nach Tür einen Auswertungstermin: etwa 3 Wochen bei einer Zweiwegtür, etwa 90 Tage bei einer Einwegtür. Das sind Faustregeln von Altitude; ändere das Datum, wie du möchtest. Entscheidungen mit fälliger Auswertung erscheinen auf der [Übersicht](dashboard.md) und in deinem [Wochen-Check-in](checkins.md).</translation>
    </message>
    <message>
        <source>At the review, write what happened, whether your expectation came true, and rate two things **separately**: the quality of the outcome, and the quality of your process.</source>
        <translation>Schreib bei der Auswertung auf, was passiert ist und ob deine Erwartung eingetroffen ist, und bewerte zwei Dinge **getrennt**: die Qualität des Ergebnisses und die Qualität deines Vorgehens.</translation>
    </message>
    <message>
        <source>What the journal shows you</source>
        <translation>Was dir das Tagebuch zeigt</translation>
    </message>
    <message>
        <source>Once 10 decisions are reviewed (a rule of thumb: with fewer, one decision moves the picture too much):</source>
        <translation>Sobald 10 Entscheidungen ausgewertet sind (eine Faustregel: Bei weniger verschiebt eine einzelne Entscheidung das Bild zu stark):</translation>
    </message>
    <message>
        <source>**Calibration**: of the decisions you gave about 70%, how many came true? Shown in 10-point bins; a well-calibrated forecaster&apos;s 70% come true about 70% of the time.</source>
        <translation>**Kalibrierung**: Von den Entscheidungen, denen du etwa 70 % gegeben hast – wie viele sind eingetroffen? Dargestellt in Stufen von 10 Punkten; wer gut kalibriert ist, liegt mit 70-%-Prognosen in etwa 70 % der Fälle richtig.</translation>
    </message>
    <message>
        <source>**The Brier score**: the average of (your confidence − what happened)², where what happened is 1 or 0. 0 is perfect; always saying 50% scores 0.25.</source>
        <translation>**Der Brier-Score**: der Durchschnitt von (deine Sicherheit − was passiert ist)², wobei „was passiert ist“ 1 oder 0 ist. 0 ist perfekt; wer immer 50 % sagt, kommt auf 0,25.</translation>
    </message>
    <message>
        <source>**Process × outcome** (Annie Duke): a good decision can meet bad luck, and a poor one can be saved by luck. The four boxes are *earned reward* (good process, good outcome), *bad luck* (good process, poor outcome), *dumb luck* (poor process, good outcome) and *just deserts* (poor and poor). Judging a decision only by its outcome is called *resulting*.</source>
        <translation>**Vorgehen × Ergebnis** (Annie Duke): Eine gute Entscheidung kann Pech haben, und eine schlechte kann vom Glück gerettet werden. Die vier Felder sind *Verdienter Lohn* (gutes Vorgehen, gutes Ergebnis), *Pech* (gutes Vorgehen, schlechtes Ergebnis), *Reines Glück* (schlechtes Vorgehen, gutes Ergebnis) und *Verdiente Quittung* (beides schlecht). Eine Entscheidung nur nach ihrem Ergebnis zu beurteilen, nennt man *Resulting*.</translation>
    </message>
    <message>
        <source>How many decisions your team made rather than you, over time, and how long decisions waited.</source>
        <translation>Wie viele Entscheidungen dein Team statt dir getroffen hat, im Zeitverlauf, und wie lange Entscheidungen gewartet haben.</translation>
    </message>
    <message>
        <source>When you [take a delegation back](delegation.md), Altitude offers to record it as a decision: why, and what would have to be true to hand it over again.</source>
        <translation>Wenn du [eine Delegation zurücknimmst](delegation.md), bietet Altitude an, das als Entscheidung festzuhalten: warum – und was gegeben sein müsste, um sie wieder zu übergeben.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Zurück zum Inhaltsverzeichnis](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/delegation</name>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>The delegation ledger holds every outcome you hand over. Delegate outcomes, not tasks: say the result, how you will both know it is done well, and how much authority comes with it — then check in, don&apos;t hover.</source>
        <translation>Die Delegationsliste enthält jedes Ergebnis, das du übergibst. Delegiere Ergebnisse, nicht Aufgaben: Sag, was am Ende stehen soll, woran ihr beide erkennt, dass es gut erledigt ist, und wie viel Entscheidungsbefugnis dazugehört – dann frag regelmäßig nach, statt über die Schulter zu schauen.</translation>
    </message>
    <message>
        <source>A delegation</source>
        <translation>Eine Delegation</translation>
    </message>
    <message>
        <source>**Outcome**: the result, for example &quot;Releases go out safely&quot;.</source>
        <translation>**Ergebnis**: was am Ende stehen soll, zum Beispiel „Releases gehen sicher raus“.</translation>
    </message>
    <message>
        <source>**Owner**: the team member who takes it on.</source>
        <translation>**Verantwortlich**: das Teammitglied, das es übernimmt.</translation>
    </message>
    <message>
        <source>**Success measure**: how you will both know it is done well.</source>
        <translation>**Erfolgskriterium**: woran ihr beide erkennt, dass es gut erledigt ist.</translation>
    </message>
    <message>
        <source>**Delegation level**: how much of the deciding is theirs (below).</source>
        <translation>**Delegationsstufe**: wie viel vom Entscheiden bei der Person liegt (siehe unten).</translation>
    </message>
    <message>
        <source>**Check in every** so many days, and the **next check-in**.</source>
        <translation>**Check-in alle** so und so viele Tage und der **nächste Check-in**.</translation>
    </message>
    <message>
        <source>**Hours freed per week**: what it gives back to you.</source>
        <translation>**Frei gewordene Stunden pro Woche**: was es dir zurückgibt.</translation>
    </message>
    <message>
        <source>**Status**: planned, handing over, owned, or taken back.</source>
        <translation>**Status**: Geplant, In Übergabe, Übernommen oder Zurückgenommen.</translation>
    </message>
    <message>
        <source>The seven delegation levels</source>
        <translation>Die sieben Delegationsstufen</translation>
    </message>
    <message>
        <source>After Jurgen Appelo&apos;s delegation poker (see [Methods and sources](methods.md)):</source>
        <translation>Nach Jurgen Appelos Delegation Poker (siehe [Methoden und Quellen](methods.md)):</translation>
    </message>
    <message>
        <source>| level | name | what it means |</source>
        <translation>| Stufe | Name | was sie bedeutet |</translation>
    </message>
    <message>
        <source>| 1 | Tell | I decide and tell them. |</source>
        <translation>| 1 | Verkünden | Ich entscheide und sage es ihnen. |</translation>
    </message>
    <message>
        <source>| 2 | Sell | I decide and explain why, to win them over. |</source>
        <translation>| 2 | Verkaufen | Ich entscheide und erkläre, warum – um sie zu überzeugen. |</translation>
    </message>
    <message>
        <source>| 3 | Consult | I ask for their input, then I decide. |</source>
        <translation>| 3 | Befragen | Ich hole ihre Meinung ein, dann entscheide ich. |</translation>
    </message>
    <message>
        <source>| 4 | Agree | We decide together. |</source>
        <translation>| 4 | Einigen | Wir entscheiden gemeinsam. |</translation>
    </message>
    <message>
        <source>| 5 | Advise | They decide; I offer my advice. |</source>
        <translation>| 5 | Beraten | Sie entscheiden; ich gebe meinen Rat. |</translation>
    </message>
    <message>
        <source>| 6 | Inquire | They decide and tell me afterwards. |</source>
        <translation>| 6 | Erkundigen | Sie entscheiden und sagen es mir danach. |</translation>
    </message>
    <message>
        <source>| 7 | Delegate | They decide; I don&apos;t need to know. |</source>
        <translation>| 7 | Delegieren | Sie entscheiden; ich muss es nicht wissen. |</translation>
    </message>
    <message>
        <source>You can plan how the level should rise over the weeks, and the ledger shows the planned level next to the real one.</source>
        <translation>Du kannst planen, wie die Stufe über die Wochen steigen soll; die Liste zeigt die geplante Stufe neben der tatsächlichen.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>**Log a check-in** notes how it is going; the next check-in moves on by the cadence. Check-ins due appear on the [Dashboard](dashboard.md) and in your weekly [check-in](checkins.md).</source>
        <translation>**Check-in eintragen** hält fest, wie es läuft; der nächste Check-in rückt um den gewählten Rhythmus weiter. Fällige Check-ins erscheinen auf der [Übersicht](dashboard.md) und in deinem [Wochen-Check-in](checkins.md).</translation>
    </message>
    <message>
        <source>Boomerangs: work that came back</source>
        <translation>Bumerangs: Arbeit, die zu dir zurückkam</translation>
    </message>
    <message>
        <source>If a check-in logs hours on an item you have already handed over, the work has come back to you. The ledger shows it, so you can ask why before it becomes a habit.</source>
        <translation>Trägt ein Check-in Stunden für eine Tätigkeit ein, die du schon übergeben hast, ist die Arbeit zu dir zurückgekommen. Die Liste zeigt das, damit du nach dem Grund fragen kannst, bevor es zur Gewohnheit wird.</translation>
    </message>
    <message>
        <source>Taking back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Sometimes you have to take an outcome back. **Take back…** asks why, and the reason stays on the row. It is the execution trap made visible: look at the reasons together now and then. Taking back can also be recorded as a [decision](decisions.md): why, and what would have to be true to hand it over again.</source>
        <translation>Manchmal musst du ein Ergebnis zurücknehmen. **Zurücknehmen…** fragt nach dem Grund, und der bleibt in der Zeile stehen. Das ist die Falle des Operativen, sichtbar gemacht: Schau dir die Gründe ab und zu im Zusammenhang an. Das Zurücknehmen lässt sich auch als [Entscheidung](decisions.md) festhalten: warum – und was gegeben sein müsste, um es wieder zu übergeben.</translation>
    </message>
    <message>
        <source>**Hours freed over time** charts what your handovers give back, week by week.</source>
        <translation>**Frei gewordene Stunden im Verlauf** zeigt Woche für Woche, was dir deine Übergaben zurückgeben.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Zurück zum Inhaltsverzeichnis](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/feedback</name>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>The gap between how you see yourself and how others experience you is where a new manager grows the most — and the gap is common: people rate themselves more kindly than others rate them. The feedback log keeps that gap in view, privately.</source>
        <translation>In der Lücke zwischen deinem Selbstbild und dem, wie andere dich erleben, wächst eine neue Führungskraft am meisten – und diese Lücke ist weit verbreitet: Menschen schätzen sich selbst wohlwollender ein als andere sie. Das Feedback-Protokoll behält diese Lücke im Blick, ganz privat.</translation>
    </message>
    <message>
        <source>Themes, and your own rating first</source>
        <translation>Themen – und zuerst deine eigene Einschätzung</translation>
    </message>
    <message>
        <source>A **theme** is something you want to get better at. Your plan&apos;s identity statements (&quot;who I need to become&quot;) are themes already; add your own. For each theme you **rate yourself first**, from 1 to 5, before you log what others said — otherwise their view colours yours. Every 90 days the app asks you again (a rule of thumb).</source>
        <translation>Ein **Thema** ist etwas, worin du besser werden willst. Die Leitsätze deines Plans („wer ich werden muss“) sind schon Themen; füge eigene hinzu. Bei jedem Thema **schätzt du dich zuerst selbst ein**, von 1 bis 5, bevor du einträgst, was andere gesagt haben – sonst färbt ihre Sicht auf deine ab. Alle 90 Tage fragt dich die App erneut (eine Faustregel).</translation>
    </message>
    <message>
        <source>Logging feedback</source>
        <translation>Feedback eintragen</translation>
    </message>
    <message>
        <source>**From whom**: a team member, a peer, your boss, someone from another function, or someone else; and when.</source>
        <translation>**Von wem**: von einem Teammitglied, jemandem auf deiner Ebene, deiner Führungskraft, jemandem aus einem anderen Fachbereich oder jemand anderem; und wann.</translation>
    </message>
    <message>
        <source>**What they described, as situation – behaviour – impact** (SBI): when and where; what was done or said, as someone watching would describe it; what it led to.</source>
        <translation>**Was die Person beschrieben hat, als Situation – Verhalten – Wirkung** (SBI): wann und wo; was getan oder gesagt wurde, so wie es jemand beschreiben würde, der zugesehen hat; wozu es geführt hat.</translation>
    </message>
    <message>
        <source>**What they asked for**, and up to two **feedforward** ideas: things you could do differently from now on (Goldsmith).</source>
        <translation>**Worum die Person gebeten hat** und bis zu zwei **Feedforward**-Ideen: Dinge, die du ab jetzt anders machen könntest (Goldsmith).</translation>
    </message>
    <message>
        <source>**Your response**: what you will do, and when — one step you can check.</source>
        <translation>**Deine Reaktion**: was du tun wirst und wann – ein Schritt, den du überprüfen kannst.</translation>
    </message>
    <message>
        <source>A **follow-up date**; follow-ups due appear on the [Dashboard](dashboard.md).</source>
        <translation>Ein **Termin zum Nachfassen**; fälliges Nachfassen erscheint auf der [Übersicht](dashboard.md).</translation>
    </message>
    <message>
        <source>Optionally, **their rating** of you on the theme, from 1 to 5.</source>
        <translation>Optional **ihre Bewertung** von dir zu diesem Thema, von 1 bis 5.</translation>
    </message>
    <message>
        <source>Blind spots and hidden strengths</source>
        <translation>Blinde Flecken und verborgene Stärken</translation>
    </message>
    <message>
        <source>For each theme the log compares others&apos; view with yours over time, in the spirit of the Johari window:</source>
        <translation>Für jedes Thema vergleicht das Protokoll im Zeitverlauf die Sicht der anderen mit deiner, im Sinne des Johari-Fensters:</translation>
    </message>
    <message>
        <source>a **blind spot** where others rate you lower than you rate yourself by more than a third of the scale;</source>
        <translation>ein **blinder Fleck**, wenn andere dich um mehr als ein Drittel der Skala niedriger einschätzen als du dich selbst;</translation>
    </message>
    <message>
        <source>a **hidden strength** where they rate you higher by that much;</source>
        <translation>eine **verborgene Stärke**, wenn sie dich um so viel höher einschätzen;</translation>
    </message>
    <message>
        <source>**not asked yet** where nobody has rated the theme.</source>
        <translation>**Noch niemand gefragt**, wenn noch niemand das Thema bewertet hat.</translation>
    </message>
    <message>
        <source>Read the gap gently: it is a question to follow up, not a verdict.</source>
        <translation>Lies die Lücke behutsam: Sie ist eine Frage, der du nachgehen kannst, kein Urteil.</translation>
    </message>
    <message>
        <source>Ask about behaviour, not character</source>
        <translation>Nach Verhalten fragen, nicht nach Charakter</translation>
    </message>
    <message>
        <source>Feedback that points at the person rather than the task often makes things worse (Kluger and DeNisi). So every question Altitude suggests names something you did, in a situation, and asks what to do next — for example &quot;When I handed that work over, what could I have done to make it easier to pick up?&quot;. The weekly check-in asks whom you asked this week.</source>
        <translation>Feedback, das auf die Person statt auf die Aufgabe zielt, macht die Dinge oft schlimmer (Kluger und DeNisi). Darum nennt jede Frage, die Altitude vorschlägt, etwas, das du in einer bestimmten Situation getan hast, und fragt, was als Nächstes zu tun ist – zum Beispiel „Als ich dir die Arbeit übergeben habe: Was hätte ich tun können, damit du leichter einsteigen kannst?“. Der Wochen-Check-in fragt, wen du diese Woche gefragt hast.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>This is the most sensitive text in your plan. It stays in your plan&apos;s own private file, like everything else (see [Your data](data.md)), and every report lets you leave it out.</source>
        <translation>Das ist der sensibelste Text in deinem Plan. Er bleibt, wie alles andere, in der privaten Datei deines Plans (siehe [Deine Daten](data.md)), und bei jedem Bericht kannst du ihn weglassen.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Zurück zum Inhaltsverzeichnis](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/functions</name>
    <message>
        <source>Functions</source>
        <translation>Fachbereiche</translation>
    </message>
    <message>
        <source>Influence at the next level comes from understanding how the functions interlock: how finance, sales, operations and the others are judged, and how your team moves their numbers. In a study of 1,114 chief executives in six countries, Bandiera, Hansen, Prat and Sadun found that those who spent more time in cross-functional, high-level meetings ran more productive firms. This page keeps what you learn about each function, and how often you meet them.</source>
        <translation>Einfluss auf der nächsten Ebene entsteht aus dem Verständnis, wie die Fachbereiche ineinandergreifen: woran Finanzen, Vertrieb, Operations und die anderen gemessen werden und wie dein Team ihre Zahlen bewegt. In einer Studie mit 1.114 CEOs in sechs Ländern fanden Bandiera, Hansen, Prat und Sadun heraus, dass diejenigen, die mehr Zeit in bereichsübergreifenden Besprechungen auf hoher Ebene verbrachten, produktivere Unternehmen führten. Diese Seite hält fest, was du über jeden Fachbereich lernst und wie oft du mit ihm zu tun hast.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>**Add the usual functions** adds finance, sales, marketing, operations, product, support, people / HR and legal. Rename, delete or add your own to fit your organisation.</source>
        <translation>**Die üblichen Fachbereiche hinzufügen** legt Finanzen, Vertrieb, Marketing, Operations, Produkt, Support, Personal / HR und Recht an. Benenne sie um, lösch sie oder füge eigene hinzu, passend zu deiner Organisation.</translation>
    </message>
    <message>
        <source>For each function</source>
        <translation>Für jeden Fachbereich</translation>
    </message>
    <message>
        <source>**Measured on**: the numbers they are judged by. Ram Charan (*What the CEO Wants You to Know*) shows that every business comes down to cash, margin, velocity (how fast money turns), growth and customers: ask which of these their number moves.</source>
        <translation>**Gemessen an**: die Zahlen, an denen der Bereich gemessen wird. Ram Charan (*What the CEO Wants You to Know*) zeigt, dass jedes Geschäft auf Cash, Marge, Umschlag (wie schnell sich das Geld dreht), Wachstum und Kunden hinausläuft: Frag, welche davon ihre Zahl bewegt.</translation>
    </message>
    <message>
        <source>**How your team moves it**: what your team does that helps or hurts those numbers.</source>
        <translation>**Wie dein Team sie bewegt**: was dein Team tut, das diesen Zahlen hilft oder schadet.</translation>
    </message>
    <message>
        <source>**You learn from**: someone there, chosen from your [relationships](relationships.md).</source>
        <translation>**Du lernst von**: einer Person dort, ausgewählt aus deinen [Beziehungen](relationships.md).</translation>
    </message>
    <message>
        <source>**Still unclear**: what you don&apos;t understand yet — the next thing to ask.</source>
        <translation>**Noch unklar**: was du noch nicht verstehst – die nächste Frage, die du stellen solltest.</translation>
    </message>
    <message>
        <source>**Could you explain their goals to your boss?** 1 (not yet) to 5 (as they would).</source>
        <translation>**Könntest du deiner Führungskraft ihre Ziele erklären?** 1 (noch nicht) bis 5 (so gut wie sie selbst).</translation>
    </message>
    <message>
        <source>**Worked with them today…** logs a meeting, a question or a piece of work with them, with a note if you like.</source>
        <translation>**Heute zusammengearbeitet…** trägt ein Meeting, eine Frage oder eine gemeinsame Arbeit mit dem Bereich ein, auf Wunsch mit einer Notiz.</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Fragen, die du stellen kannst</translation>
    </message>
    <message>
        <source>Michael Watkins (*The First 90 Days*) suggests asking each function&apos;s people:</source>
        <translation>Michael Watkins (*The First 90 Days*) schlägt vor, die Leute jedes Fachbereichs zu fragen:</translation>
    </message>
    <message>
        <source>What are the biggest challenges you face, and why?</source>
        <translation>Was sind eure größten Herausforderungen, und warum?</translation>
    </message>
    <message>
        <source>What opportunities are going untapped?</source>
        <translation>Welche Chancen bleiben ungenutzt?</translation>
    </message>
    <message>
        <source>What has to happen to make the most of them?</source>
        <translation>Was muss passieren, damit wir sie bestmöglich nutzen?</translation>
    </message>
    <message>
        <source>If you were me, what would you focus on?</source>
        <translation>Wenn ihr an meiner Stelle wärt: Worauf würdet ihr euch konzentrieren?</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>The heat map shows how many times you worked with each function, month by month: the darker the cell, the more often; empty cells are months without contact. A function you have not worked with for 60 days (our rule of thumb) is named above the table and shown in bold.</source>
        <translation>Die Heatmap zeigt Monat für Monat, wie oft du mit jedem Fachbereich zusammengearbeitet hast: je dunkler die Zelle, desto öfter; leere Zellen sind Monate ohne Kontakt. Ein Fachbereich, mit dem du seit 60 Tagen nicht zusammengearbeitet hast (unsere Faustregel), wird über der Tabelle genannt und fett dargestellt.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Zurück zum Inhaltsverzeichnis](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/ideas</name>
    <message>
        <source>The move from doing to leading</source>
        <translation>Vom Machen zum Führen</translation>
    </message>
    <message>
        <source>You were promoted because you were very good at the work. The trouble is that what got you here — your output, your control, your expertise — holds you back in the new role. If you still review everything, fix what slips and do your old job on the side, you are in the **execution trap**: indispensable, and drowning.</source>
        <translation>Du wurdest befördert, weil du in deiner Arbeit sehr gut warst. Das Problem: Was dich hierher gebracht hat – deine Leistung, deine Kontrolle, deine Expertise –, bremst dich in der neuen Rolle. Wenn du weiter alles prüfst, ausbügelst, was schiefläuft, und nebenbei deinen alten Job machst, steckst du in der **Falle des Operativen**: unverzichtbar – und du gehst dabei unter.</translation>
    </message>
    <message>
        <source>At the next level you are valued for judgment, for clarity and for the team you build — not for your own output.</source>
        <translation>Auf der nächsten Ebene wirst du an deinem Urteil gemessen, an deiner Klarheit und an dem Team, das du aufbaust – nicht an deiner eigenen Leistung.</translation>
    </message>
    <message>
        <source>Execution and strategy</source>
        <translation>Operative und strategische Arbeit</translation>
    </message>
    <message>
        <source>Altitude sorts your working hours into two kinds:</source>
        <translation>Altitude teilt deine Arbeitsstunden in zwei Arten ein:</translation>
    </message>
    <message>
        <source>**Execution**: doing the work yourself, reviewing, fixing, firefighting.</source>
        <translation>**Operativ**: die Arbeit selbst machen, prüfen, korrigieren, Brände löschen.</translation>
    </message>
    <message>
        <source>**Strategy**: direction and priorities, developing people, working across functions, making decisions.</source>
        <translation>**Strategisch**: Richtung und Prioritäten, Menschen entwickeln, bereichsübergreifend arbeiten, Entscheidungen treffen.</translation>
    </message>
    <message>
        <source>The **strategy share** is the part of your week spent on strategy. It is the one number the app follows, week by week, because it shows whether the move is really happening.</source>
        <translation>Der **Strategieanteil** ist der Teil deiner Woche, den du mit strategischer Arbeit verbringst. Er ist die eine Zahl, die die App Woche für Woche verfolgt, denn an ihr siehst du, ob der Wechsel wirklich passiert.</translation>
    </message>
    <message>
        <source>The glide path</source>
        <translation>Der Zielpfad</translation>
    </message>
    <message>
        <source>Nobody changes their week overnight. The **glide path** is the line your plan expects the strategy share to follow: from where you start (your baseline), through your milestones (by default day 30, 60 and 90), to your target. Each week is judged by its Thursday, the middle of the working week. A week within a few points of the line is on track.</source>
        <translation>Niemand stellt seine Woche über Nacht um. Der **Zielpfad** ist die Linie, der dein Strategieanteil laut Plan folgen soll: von deinem Ausgangswert über deine Meilensteine (standardmäßig Tag 30, 60 und 90) bis zu deinem Ziel. Jede Woche wird an ihrem Donnerstag gemessen, der Mitte der Arbeitswoche. Eine Woche, die nur wenige Punkte von der Linie abweicht, ist im Plan.</translation>
    </message>
    <message>
        <source>No published study gives the right split for a new manager. Every default split in the app is a rule of thumb, and every one can be changed.</source>
        <translation>Keine veröffentlichte Studie nennt die richtige Aufteilung für eine neue Führungskraft. Jede voreingestellte Aufteilung in der App ist eine Faustregel, und jede lässt sich ändern.</translation>
    </message>
    <message>
        <source>The moves the app supports</source>
        <translation>Wobei die App dich unterstützt</translation>
    </message>
    <message>
        <source>**Delegate outcomes, not tasks**: hand over a result, how to know it is done well and the authority to reach it; then check in, don&apos;t hover. See [Delegation](delegation.md).</source>
        <translation>**Ergebnisse delegieren, nicht Aufgaben**: Übergib ein Ergebnis – mit dem, woran man erkennt, dass es gut erledigt ist, und mit der Befugnis, es zu erreichen; dann frag regelmäßig nach, statt über die Schulter zu schauen. Siehe [Delegation](delegation.md).</translation>
    </message>
    <message>
        <source>**Stop being the hero**: build people who outgrow you in specific areas. See [Team](team.md).</source>
        <translation>**Nicht mehr der Held sein**: Entwickle Menschen, die dich in bestimmten Bereichen überholen. Siehe [Team](team.md).</translation>
    </message>
    <message>
        <source>**Claim strategic space**: protect time for thinking ahead. See [Check-ins](checkins.md).</source>
        <translation>**Strategischen Raum beanspruchen**: Schütze Zeit, um vorauszudenken. Siehe [Check-ins](checkins.md).</translation>
    </message>
    <message>
        <source>**Practise decision clarity**: decide with incomplete information, say it once, and learn from the review. See [Decisions](decisions.md).</source>
        <translation>**Klarheit beim Entscheiden üben**: Entscheide mit unvollständigen Informationen, sag es einmal und lerne aus der Auswertung. Siehe [Entscheidungen](decisions.md).</translation>
    </message>
    <message>
        <source>**Seek uncomfortable feedback**: the gap between how you see yourself and how others experience you. See [Feedback](feedback.md).</source>
        <translation>**Unbequemes Feedback suchen**: die Lücke zwischen deinem Selbstbild und dem, wie andere dich erleben. Siehe [Feedback](feedback.md).</translation>
    </message>
    <message>
        <source>Why do you want to lead?</source>
        <translation>Warum willst du führen?</translation>
    </message>
    <message>
        <source>The wizard asks what draws you to the role. People who want to lead for the impact they can have through others tend to build stronger teams than those who want control or to be liked (McClelland and Burnham, see [Methods and sources](methods.md)). Many new leaders struggle in their first year and a half; a plan, looked at every week, helps.</source>
        <translation>Der Assistent fragt, was dich an der Rolle reizt. Wer führen will, um durch andere etwas zu bewirken, baut meist stärkere Teams auf als jemand, der Kontrolle will oder gemocht werden möchte (McClelland und Burnham, siehe [Methoden und Quellen](methods.md)). Viele neue Führungskräfte tun sich in den ersten anderthalb Jahren schwer; ein Plan, auf den du jede Woche schaust, hilft.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Zurück zum Inhaltsverzeichnis](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/index</name>
    <message>
        <source>The Altitude guide</source>
        <translation>Das Altitude-Handbuch</translation>
    </message>
    <message>
        <source>Altitude helps you make the move from doing the work to leading the people who do it. This guide says what the app stands on, how each screen serves it, and where your data lives. Everything here is on your computer: the guide, like the app, needs no network.</source>
        <translation>Altitude begleitet dich beim Wechsel vom Selbermachen zum Führen der Menschen, die die Arbeit machen. Dieses Handbuch erklärt, worauf die App aufbaut, wie jede Seite dazu beiträgt und wo deine Daten liegen. Alles hier liegt auf deinem Computer: Das Handbuch braucht, genau wie die App, kein Netzwerk.</translation>
    </message>
    <message>
        <source>Press **F1** on any screen to open the part of the guide about it.</source>
        <translation>Drück auf jeder Seite **F1**, um den Teil des Handbuchs zu öffnen, der sie erklärt.</translation>
    </message>
    <message>
        <source>The idea</source>
        <translation>Die Idee</translation>
    </message>
    <message>
        <source>[The move from doing to leading](ideas.md) — why the app counts execution and strategy hours, and what the glide path is.</source>
        <translation>[Vom Machen zum Führen](ideas.md) – warum die App operative und strategische Stunden zählt und was der Zielpfad ist.</translation>
    </message>
    <message>
        <source>The screens</source>
        <translation>Die Seiten</translation>
    </message>
    <message>
        <source>[Dashboard](dashboard.md) — where your week went, and what needs you now.</source>
        <translation>[Übersicht](dashboard.md) – wohin deine Woche gegangen ist und was dich jetzt braucht.</translation>
    </message>
    <message>
        <source>[Plan](plan.md) — your target, your milestones and the glide path between them.</source>
        <translation>[Plan](plan.md) – dein Ziel, deine Meilensteine und der Zielpfad dazwischen.</translation>
    </message>
    <message>
        <source>[Inventory and weighing](inventory.md) — what you do today, and what to keep or hand over.</source>
        <translation>[Tätigkeiten und Abwägung](inventory.md) – was du heute tust und was du behältst oder übergibst.</translation>
    </message>
    <message>
        <source>[Delegation](delegation.md) — outcomes you hand over, how far, and what came back.</source>
        <translation>[Delegation](delegation.md) – Ergebnisse, die du übergibst, wie weit, und was zurückkam.</translation>
    </message>
    <message>
        <source>[Team](team.md) — who carries what, and your one-to-ones.</source>
        <translation>[Team](team.md) – wer was trägt, und deine 1:1-Gespräche.</translation>
    </message>
    <message>
        <source>[Check-ins](checkins.md) — two minutes a week: your hours and a reflection.</source>
        <translation>[Check-ins](checkins.md) – zwei Minuten pro Woche: deine Stunden und ein Moment der Reflexion.</translation>
    </message>
    <message>
        <source>[Decisions](decisions.md) — the decision journal: decide, then learn from the review.</source>
        <translation>[Entscheidungen](decisions.md) – das Entscheidungstagebuch: entscheiden und aus der Auswertung lernen.</translation>
    </message>
    <message>
        <source>[Feedback](feedback.md) — how others experience you, next to how you see yourself.</source>
        <translation>[Feedback](feedback.md) – wie andere dich erleben, neben deinem eigenen Bild.</translation>
    </message>
    <message>
        <source>[Narrative](narrative.md) — where you are taking the team and why, revisited monthly.</source>
        <translation>[Narrativ](narrative.md) – wohin du das Team führst und warum, jeden Monat neu geprüft.</translation>
    </message>
    <message>
        <source>[Relationships](relationships.md) — the people beyond your team, their map, your boss.</source>
        <translation>[Beziehungen](relationships.md) – die Menschen außerhalb deines Teams, ihre Karte, deine Führungskraft.</translation>
    </message>
    <message>
        <source>[Functions](functions.md) — how the other functions work, and how often you meet them.</source>
        <translation>[Fachbereiche](functions.md) – wie die anderen Fachbereiche arbeiten und wie oft du mit ihnen zu tun hast.</translation>
    </message>
    <message>
        <source>[Reviews](reviews.md) — the 30/60/90-day reviews, and the sheet for your boss.</source>
        <translation>[Rückblicke](reviews.md) – die Rückblicke an Tag 30, 60 und 90 und das Gesprächsblatt für deine Führungskraft.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Zum Nachschlagen</translation>
    </message>
    <message>
        <source>[Methods and sources](methods.md) — every published method the app uses, and where it comes from.</source>
        <translation>[Methoden und Quellen](methods.md) – jede veröffentlichte Methode, die die App nutzt, und woher sie stammt.</translation>
    </message>
    <message>
        <source>[Keyboard shortcuts](shortcuts.md) — every key the app knows.</source>
        <translation>[Tastenkürzel](shortcuts.md) – alle Tasten, die die App kennt.</translation>
    </message>
    <message>
        <source>[Your data](data.md) — where your plan is kept, backups and recovery.</source>
        <translation>[Deine Daten](data.md) – wo dein Plan liegt, Sicherungen und Wiederherstellung.</translation>
    </message>
</context>
<context>
    <name>guide/inventory</name>
    <message>
        <source>Inventory and weighing</source>
        <translation>Tätigkeiten und Abwägung</translation>
    </message>
    <message>
        <source>The inventory is the list of what you do in a normal week today, with the hours each takes and whether it is **execution** or **strategy**. It is where the plan starts: you cannot hand over what you have not named. **Ctrl+N** adds an item.</source>
        <translation>Deine Tätigkeitsliste zeigt, was du heute in einer normalen Woche tust, mit den Stunden, die jede Tätigkeit braucht, und ob sie **operativ** oder **strategisch** ist. Hier beginnt der Plan: Was du nicht benannt hast, kannst du nicht übergeben. **Strg+N** fügt eine Tätigkeit hinzu.</translation>
    </message>
    <message>
        <source>Weighing an item</source>
        <translation>Eine Tätigkeit abwägen</translation>
    </message>
    <message>
        <source>Rate each item from 1 (low) to 5 (high) on five factors:</source>
        <translation>Bewerte jede Tätigkeit nach fünf Faktoren, jeweils von 1 (niedrig) bis 5 (hoch):</translation>
    </message>
    <message>
        <source>**Leverage**: how much more it yields when *you* do it.</source>
        <translation>**Hebel**: wie viel mehr sie bringt, wenn *du* sie machst.</translation>
    </message>
    <message>
        <source>**Only you**: how truly nobody else could do it.</source>
        <translation>**Nur du**: wie sehr es wirklich niemand anderes machen könnte.</translation>
    </message>
    <message>
        <source>**Risk**: how costly a mistake would be.</source>
        <translation>**Risiko**: wie teuer ein Fehler wäre.</translation>
    </message>
    <message>
        <source>**Growth**: how much it would grow someone on your team.</source>
        <translation>**Entwicklung**: wie sehr sie jemanden aus deinem Team wachsen ließe.</translation>
    </message>
    <message>
        <source>**Attachment**: how much you like doing it — the expert&apos;s golden cage.</source>
        <translation>**Bindung**: wie gern du sie machst – der goldene Käfig des Experten.</translation>
    </message>
    <message>
        <source>High means 4 or 5, low means 1 or 2. Altitude then suggests **keep**, **delegate the outcome**, **coach then delegate** or **stop doing**, and says why in one sentence. The rules are tried in this order, and the first that fits wins:</source>
        <translation>Hoch heißt 4 oder 5, niedrig heißt 1 oder 2. Altitude schlägt dann **Behalten**, **Ergebnis delegieren**, **Erst coachen, dann delegieren** oder **Nicht mehr tun** vor und sagt in einem Satz, warum. Die Regeln werden in dieser Reihenfolge geprüft; die erste, die passt, gewinnt:</translation>
    </message>
    <message>
        <source>| # | when | suggests |</source>
        <translation>| # | wenn | Vorschlag |</translation>
    </message>
    <message>
        <source>| 1 | strategy work, leverage high | keep |</source>
        <translation>| 1 | strategische Arbeit, Hebel hoch | behalten |</translation>
    </message>
    <message>
        <source>| 2 | leverage low, risk low, growth low | stop |</source>
        <translation>| 2 | Hebel niedrig, Risiko niedrig, Entwicklung niedrig | weglassen |</translation>
    </message>
    <message>
        <source>| 3 | attachment high, only-you low, risk high | coach then delegate |</source>
        <translation>| 3 | Bindung hoch, Nur du niedrig, Risiko hoch | erst coachen, dann delegieren |</translation>
    </message>
    <message>
        <source>| 4 | attachment high, only-you low | delegate |</source>
        <translation>| 4 | Bindung hoch, Nur du niedrig | delegieren |</translation>
    </message>
    <message>
        <source>| 5 | only-you high, leverage high | keep |</source>
        <translation>| 5 | Nur du hoch, Hebel hoch | behalten |</translation>
    </message>
    <message>
        <source>| 6 | risk high, growth high | coach then delegate |</source>
        <translation>| 6 | Risiko hoch, Entwicklung hoch | erst coachen, dann delegieren |</translation>
    </message>
    <message>
        <source>| 7 | only-you low | delegate |</source>
        <translation>| 7 | Nur du niedrig | delegieren |</translation>
    </message>
    <message>
        <source>| 8 | risk high | coach then delegate |</source>
        <translation>| 8 | Risiko hoch | erst coachen, dann delegieren |</translation>
    </message>
    <message>
        <source>| 9 | strategy work | keep |</source>
        <translation>| 9 | strategische Arbeit | behalten |</translation>
    </message>
    <message>
        <source>| 10 | growth high | delegate |</source>
        <translation>| 10 | Entwicklung hoch | delegieren |</translation>
    </message>
    <message>
        <source>| 11 | leverage high | keep |</source>
        <translation>| 11 | Hebel hoch | behalten |</translation>
    </message>
    <message>
        <source>| 12 | anything else | delegate |</source>
        <translation>| 12 | alles andere | delegieren |</translation>
    </message>
    <message>
        <source>These rules are Altitude&apos;s own, written to be read and argued with; they are not a published method.</source>
        <translation>Diese Regeln stammen von Altitude selbst – zum Lesen und Widersprechen gedacht; eine veröffentlichte Methode sind sie nicht.</translation>
    </message>
    <message>
        <source>Keep or delegate: you decide</source>
        <translation>Behalten oder delegieren: Du entscheidest</translation>
    </message>
    <message>
        <source>The suggestion is only a suggestion. Your decision always wins, and it is what counts in the **what-if** line: the split your week would have once every decision is carried out. An item you delegate, coach then delegate or stop drops out of it, and so does an item you have handed over on the [Delegation](delegation.md) screen.</source>
        <translation>Der Vorschlag ist nur ein Vorschlag. Deine Entscheidung geht immer vor, und sie zählt in der **Was-wäre-wenn**-Zeile: der Aufteilung, die deine Woche hätte, wenn jede Entscheidung umgesetzt ist. Eine Tätigkeit, die du delegierst, erst coachst und dann delegierst oder weglässt, fällt dort heraus – ebenso eine, die du auf der Seite [Delegation](delegation.md) schon übergeben hast.</translation>
    </message>
    <message>
        <source>Delegating means handing over the *outcome*, not the steps. Coach then delegate means building someone&apos;s skill first, while the stakes are covered.</source>
        <translation>Delegieren heißt, das *Ergebnis* zu übergeben, nicht die einzelnen Schritte. Erst coachen, dann delegieren heißt, zuerst die Fähigkeiten einer Person aufzubauen, solange das Risiko noch abgesichert ist.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Zurück zum Inhaltsverzeichnis](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/methods</name>
    <message>
        <source>Methods and sources</source>
        <translation>Methoden und Quellen</translation>
    </message>
    <message>
        <source>Altitude leans on published methods. This page names each one and where it comes from. Where a number in the app is our own rule of thumb, the app says so — and so does this page.</source>
        <translation>Altitude stützt sich auf veröffentlichte Methoden. Diese Seite nennt jede davon und woher sie stammt. Wo eine Zahl in der App unsere eigene Faustregel ist, sagt die App das – und diese Seite auch.</translation>
    </message>
    <message>
        <source>The move from doing to leading</source>
        <translation>Vom Machen zum Führen</translation>
    </message>
    <message>
        <source>**The execution trap**, *delegate outcomes, not tasks*, *stop being the hero*, *claim strategic space*: ideas from writing on leadership transitions; Altitude&apos;s [inventory](inventory.md), [delegation](delegation.md) and [check-ins](checkins.md) are built on them.</source>
        <translation>**Die Falle des Operativen**, *Ergebnisse delegieren, nicht Aufgaben*, *nicht mehr der Held sein*, *strategischen Raum beanspruchen*: Ideen aus der Literatur über Führungswechsel; Altitudes [Tätigkeiten](inventory.md), [Delegation](delegation.md) und [Check-ins](checkins.md) bauen darauf auf.</translation>
    </message>
    <message>
        <source>**Michael Watkins, *The First 90 Days***: the 90 days in three 30-day blocks, with a check with your boss after each; five conversations with a new boss (the situation, expectations, resources, style, personal development); secure early wins; build coalitions. His STARS situations (start-up, turnaround, accelerated growth, realignment, sustaining success) say what each asks of a new leader; Watkins publishes no percentages or timelines for them, so every pace Altitude suggests is ours.</source>
        <translation>**Michael Watkins, *The First 90 Days***: die 90 Tage in drei 30-Tage-Blöcken, nach jedem ein Abgleich mit deiner Führungskraft; fünf Gespräche mit einer neuen Führungskraft (Lage, Erwartungen, Ressourcen, Arbeitsstil, persönliche Entwicklung); früh Erfolge sichern; Koalitionen bilden. Seine STARS-Situationen (Aufbau, Turnaround, schnelles Wachstum, Neuausrichtung, Erfolg sichern) beschreiben, was jede davon von einer neuen Führungskraft verlangt; Watkins nennt dafür keine Prozentsätze oder Zeitpläne, deshalb stammt jedes Tempo, das Altitude vorschlägt, von uns.</translation>
    </message>
    <message>
        <source>**Linda Hill, &quot;Becoming the Boss&quot;**: new managers overrate formal authority; influence comes from relationships and credibility.</source>
        <translation>**Linda Hill, „Becoming the Boss“**: Neue Führungskräfte überschätzen formale Autorität; Einfluss entsteht aus Beziehungen und Glaubwürdigkeit.</translation>
    </message>
    <message>
        <source>**McClelland and Burnham, &quot;Power Is the Great Motivator&quot;** (Harvard Business Review, 1976): affiliative, personal-power and institutional managers; the institutional kind (power used for the organisation, with self-control) builds the most effective teams.</source>
        <translation>**McClelland und Burnham, „Power Is the Great Motivator“** (Harvard Business Review, 1976): Führungskräfte mit Anschlussmotiv, mit persönlichem und mit institutionellem Machtmotiv; die institutionelle Art (Macht im Dienst der Organisation, mit Selbstkontrolle) baut die wirksamsten Teams auf.</translation>
    </message>
    <message>
        <source>Time and strategic space</source>
        <translation>Zeit und strategischer Freiraum</translation>
    </message>
    <message>
        <source>**Porter and Nohria** (Harvard Business Review, 2018; 27 chief executives, about 60,000 hours): about 21% of their time on strategy and 25% on people and relationships. These are large-company chief executives, not first-time managers: a reference, never a target.</source>
        <translation>**Porter und Nohria** (Harvard Business Review, 2018; 27 CEOs, rund 60.000 Stunden): etwa 21 % ihrer Zeit für Strategie und 25 % für Menschen und Beziehungen. Das sind CEOs großer Unternehmen, keine neuen Führungskräfte: ein Bezugspunkt, niemals ein Ziel.</translation>
    </message>
    <message>
        <source>**Mintzberg** (1973, five chief executives): half of their activities took under 9 minutes.</source>
        <translation>**Mintzberg** (1973, fünf CEOs): Die Hälfte ihrer Tätigkeiten dauerte weniger als 9 Minuten.</translation>
    </message>
    <message>
        <source>**Luthans** (1988): managers who get promoted network more; effective ones communicate and develop people more.</source>
        <translation>**Luthans** (1988): Führungskräfte, die befördert werden, netzwerken mehr; wirksame kommunizieren mehr und entwickeln ihre Leute stärker.</translation>
    </message>
    <message>
        <source>No published study gives the right execution/strategy split for a new manager. Every default split in Altitude is a rule of thumb.</source>
        <translation>Keine veröffentlichte Studie nennt die richtige Aufteilung zwischen operativer und strategischer Arbeit für eine neue Führungskraft. Jede voreingestellte Aufteilung in Altitude ist eine Faustregel.</translation>
    </message>
    <message>
        <source>The weighing and delegation</source>
        <translation>Abwägung und Delegation</translation>
    </message>
    <message>
        <source>**The weighing&apos;s 12 rules** ([Inventory](inventory.md)) are Altitude&apos;s own, written to be read and questioned; not a published method.</source>
        <translation>**Die 12 Regeln der Abwägung** ([Tätigkeiten](inventory.md)) stammen von Altitude selbst – zum Lesen und Hinterfragen gedacht; keine veröffentlichte Methode.</translation>
    </message>
    <message>
        <source>**The seven delegation levels** follow Jurgen Appelo&apos;s *delegation poker* (Management 3.0): tell, sell, consult, agree, advise, inquire, delegate.</source>
        <translation>**Die sieben Delegationsstufen** folgen Jurgen Appelos *Delegation Poker* (Management 3.0): verkünden, verkaufen, befragen, einigen, beraten, erkundigen, delegieren.</translation>
    </message>
    <message>
        <source>Building people beneath you</source>
        <translation>Menschen aufbauen, die nachrücken</translation>
    </message>
    <message>
        <source>**Andy Grove, *High Output Management***: a manager&apos;s output is the output of their organisation and of the neighbouring ones they influence; how often to meet one to one follows the person&apos;s experience with the task.</source>
        <translation>**Andy Grove, *High Output Management***: Der Output einer Führungskraft ist der Output ihrer Organisation und der benachbarten, die sie beeinflusst; wie oft man sich zum 1:1 trifft, richtet sich nach der Erfahrung der Person mit der Aufgabe.</translation>
    </message>
    <message>
        <source>**Camille Fournier, *The Manager&apos;s Path***: a good manager wants you to take their job some day.</source>
        <translation>**Camille Fournier, *The Manager&apos;s Path***: Eine gute Führungskraft möchte, dass du eines Tages ihren Job übernimmst.</translation>
    </message>
    <message>
        <source>**Google&apos;s Project Oxygen**: &quot;is a good coach&quot; ranked first among what makes a good manager, &quot;does not micromanage&quot; second.</source>
        <translation>**Googles Project Oxygen**: „ist ein guter Coach“ stand an erster Stelle dessen, was eine gute Führungskraft ausmacht, „betreibt kein Mikromanagement“ an zweiter.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>**Farnam Street&apos;s decision journal** (Farnam Street blog, 2014): the situation, the variables that matter, the alternatives, the range of outcomes with probabilities, and your state of mind when deciding.</source>
        <translation>**Das Entscheidungstagebuch von Farnam Street** (Farnam-Street-Blog, 2014): die Situation, die wichtigen Variablen, die Alternativen, die Bandbreite möglicher Ergebnisse mit Wahrscheinlichkeiten und deine Verfassung beim Entscheiden.</translation>
    </message>
    <message>
        <source>**Annie Duke, *Thinking in Bets* and *How to Decide***: judge a decision apart from its outcome (&quot;resulting&quot; is judging it by how it turned out); state forecasts as percentages; a good decision can meet bad luck.</source>
        <translation>**Annie Duke, *Thinking in Bets* und *How to Decide***: eine Entscheidung getrennt von ihrem Ergebnis beurteilen („Resulting“ heißt, sie danach zu beurteilen, wie sie ausgegangen ist); Prognosen in Prozent angeben; eine gute Entscheidung kann Pech haben.</translation>
    </message>
    <message>
        <source>**Gary Klein&apos;s premortem** (Harvard Business Review, September 2007): imagine the decision has failed, then list why. Klein cites a 1989 laboratory study (Mitchell, Russo and Pennington) for about 30% better identification of reasons; the figure is his.</source>
        <translation>**Gary Kleins Pre-Mortem** (Harvard Business Review, September 2007): Stell dir vor, die Entscheidung ist gescheitert, und liste dann auf, warum. Klein beruft sich auf eine Laborstudie von 1989 (Mitchell, Russo und Pennington), nach der Gründe um etwa 30 % besser erkannt wurden; die Zahl stammt von ihm.</translation>
    </message>
    <message>
        <source>**One-way and two-way doors** (Jeff Bezos, Amazon shareholder letters 2015 and 2016): reversible decisions should be made fast; &quot;most decisions should probably be made with somewhere around 70% of the information you wish you had&quot;.</source>
        <translation>**Einweg- und Zweiwegtüren** (Jeff Bezos, Briefe an die Amazon-Aktionäre 2015 und 2016): Umkehrbare Entscheidungen sollten schnell getroffen werden; „die meisten Entscheidungen sollten wahrscheinlich mit etwa 70 % der Informationen getroffen werden, die man sich wünschen würde“.</translation>
    </message>
    <message>
        <source>**Decision quality** (Spetzler, Winter and Meyer, *Decision Quality*, 2016): frame, alternatives, information, values, reasoning, commitment.</source>
        <translation>**Entscheidungsqualität** (Spetzler, Winter und Meyer, *Decision Quality*, 2016): Rahmen, Alternativen, Informationen, Werte, Schlussfolgerung, Verbindlichkeit.</translation>
    </message>
    <message>
        <source>**The Brier score** (Brier, 1950) and calibration in 10-point bins score your forecasts.</source>
        <translation>**Der Brier-Score** (Brier, 1950) und die Kalibrierung in Stufen von 10 Punkten bewerten deine Prognosen.</translation>
    </message>
    <message>
        <source>Review after about 3 weeks (two-way door) or 90 days (one-way door), and scores only from 10 reviewed decisions on: Altitude&apos;s rules of thumb.</source>
        <translation>Auswertung nach etwa 3 Wochen (Zweiwegtür) oder 90 Tagen (Einwegtür) und Kennzahlen erst ab 10 ausgewerteten Entscheidungen: Faustregeln von Altitude.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>**The Johari window**: what is known to you and to others (open), to others only (blind spot), to you only (hidden).</source>
        <translation>**Das Johari-Fenster**: was dir und anderen bekannt ist (offen), nur anderen (blinder Fleck), nur dir (verborgen).</translation>
    </message>
    <message>
        <source>**360-degree reports** (for example Culture Amp&apos;s report guide) compare your own rating with others&apos;; a common reading rule calls a gap of more than a third of the scale a blind spot (you rate yourself higher) or a hidden strength (you rate yourself lower).</source>
        <translation>**360-Grad-Berichte** (zum Beispiel der Report-Leitfaden von Culture Amp) vergleichen deine eigene Einschätzung mit der anderer; eine gängige Leseregel nennt eine Lücke von mehr als einem Drittel der Skala einen blinden Fleck (du schätzt dich höher ein) oder eine verborgene Stärke (du schätzt dich niedriger ein).</translation>
    </message>
    <message>
        <source>**SBI**, situation – behaviour – impact (Center for Creative Leadership), and **Lara Hogan&apos;s feedback equation**: observation, impact, request.</source>
        <translation>**SBI**, Situation – Verhalten – Wirkung (Center for Creative Leadership), und **Lara Hogans Feedback-Gleichung**: Beobachtung, Wirkung, Bitte.</translation>
    </message>
    <message>
        <source>**Marshall Goldsmith&apos;s feedforward**: ask for two ideas for the future, listen, say thank you.</source>
        <translation>**Marshall Goldsmiths Feedforward**: um zwei Ideen für die Zukunft bitten, zuhören, Danke sagen.</translation>
    </message>
    <message>
        <source>**Kluger and DeNisi** (*Psychological Bulletin*, 1996; 607 effect sizes): feedback improves performance on average, but made it worse in over a third of cases — more so when it pointed at the person rather than the task.</source>
        <translation>**Kluger und DeNisi** (*Psychological Bulletin*, 1996; 607 Effektstärken): Feedback verbessert die Leistung im Durchschnitt, verschlechterte sie aber in mehr als einem Drittel der Fälle – vor allem, wenn es auf die Person statt auf die Aufgabe zielte.</translation>
    </message>
    <message>
        <source>**Heidemeier and Moser** (*Journal of Applied Psychology*, 2009): self-ratings agree only modestly with supervisors&apos; and are more lenient.</source>
        <translation>**Heidemeier und Moser** (*Journal of Applied Psychology*, 2009): Selbsteinschätzungen stimmen nur mäßig mit denen von Vorgesetzten überein und fallen milder aus.</translation>
    </message>
    <message>
        <source>**Smither, London and Reilly** (*Personnel Psychology*, 2005): 360 feedback alone changes little; it helps more when the person sets goals and acts on it. Hence a follow-up step on every entry.</source>
        <translation>**Smither, London und Reilly** (*Personnel Psychology*, 2005): 360-Grad-Feedback allein bewirkt wenig; es hilft mehr, wenn die Person sich Ziele setzt und danach handelt. Deshalb gehört zu jedem Eintrag ein nächster Schritt.</translation>
    </message>
    <message>
        <source>Asking yourself again every 90 days: Altitude&apos;s rule of thumb.</source>
        <translation>Dich alle 90 Tage erneut selbst einschätzen: eine Faustregel von Altitude.</translation>
    </message>
    <message>
        <source>Strategy and relationships</source>
        <translation>Strategie und Beziehungen</translation>
    </message>
    <message>
        <source>**Richard Rumelt, *Good Strategy Bad Strategy***: the kernel of a strategy is a diagnosis, a guiding policy and coherent actions.</source>
        <translation>**Richard Rumelt, *Good Strategy Bad Strategy***: Der Kern einer Strategie besteht aus einer Diagnose, einer Leitlinie und kohärenten Maßnahmen.</translation>
    </message>
    <message>
        <source>**The power–interest grid** (Mendelow): manage closely, keep satisfied, keep informed, monitor.</source>
        <translation>**Die Macht-Interesse-Matrix** (Mendelow): eng einbinden, zufriedenstellen, informiert halten, beobachten.</translation>
    </message>
    <message>
        <source>**Ram Charan, *What the CEO Wants You to Know***: cash, margin, velocity, growth and customers — the questions every function&apos;s numbers answer.</source>
        <translation>**Ram Charan, *What the CEO Wants You to Know***: Cash, Marge, Umschlag, Wachstum und Kunden – die Fragen, die die Zahlen jedes Fachbereichs beantworten.</translation>
    </message>
    <message>
        <source>Numbers we do not quote</source>
        <translation>Zahlen, die wir nicht zitieren</translation>
    </message>
    <message>
        <source>You may read that a fixed share of new leaders &quot;fail&quot; within their first 18 or 24 months. Those figures go back to thin or vendor sources, so Altitude does not state them as fact. What can be said: many new leaders struggle in their first year and a half.</source>
        <translation>Vielleicht liest du, dass ein fester Anteil neuer Führungskräfte in den ersten 18 oder 24 Monaten „scheitert“. Diese Zahlen gehen auf dünne Belege oder auf Anbieter mit eigenem Interesse zurück, deshalb stellt Altitude sie nicht als Tatsache dar. Sagen lässt sich: Viele neue Führungskräfte tun sich in den ersten anderthalb Jahren schwer.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Zurück zum Inhaltsverzeichnis](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/narrative</name>
    <message>
        <source>Narrative</source>
        <translation>Narrativ</translation>
    </message>
    <message>
        <source>A new manager is rarely asked for a strategy, and often missing one: the team hears about tasks, not about where it is going and why. The Narrative page is one page of plain words you write, keep, and revisit every month — thinking in arcs, not tasks.</source>
        <translation>Eine neue Führungskraft wird selten nach einer Strategie gefragt – und hat oft keine: Das Team hört von Aufgaben, nicht davon, wohin es geht und warum. Die Seite „Narrativ“ ist eine Seite in einfachen Worten, die du schreibst, aufbewahrst und jeden Monat neu prüfst – in großen Bögen denken, nicht in Aufgaben.</translation>
    </message>
    <message>
        <source>The kernel</source>
        <translation>Der Kern</translation>
    </message>
    <message>
        <source>Altitude asks for the three parts Richard Rumelt calls the **kernel** of a good strategy (*Good Strategy Bad Strategy*, 2011):</source>
        <translation>Altitude fragt nach den drei Teilen, die Richard Rumelt den **Kern** einer guten Strategie nennt (*Good Strategy Bad Strategy*, 2011):</translation>
    </message>
    <message>
        <source>**Diagnosis** — what is really going on, in a couple of sentences. Name the challenge: &quot;two teams ship the same checkout twice, and nobody owns the overlap&quot;.</source>
        <translation>**Diagnose** – was wirklich los ist, in ein, zwei Sätzen. Benenne die Herausforderung: „Zwei Teams bauen denselben Checkout doppelt, und niemand ist für die Überschneidung zuständig“.</translation>
    </message>
    <message>
        <source>**Guiding policy** — how you will deal with it: the approach, not the target. A policy also rules things out, so Altitude asks what **we will not** do.</source>
        <translation>**Leitlinie** – wie du damit umgehst: der Ansatz, nicht das Ziel. Eine Leitlinie schließt auch Dinge aus, deshalb fragt Altitude, **was wir nicht tun**.</translation>
    </message>
    <message>
        <source>**Coherent actions** — three to five steps that carry the policy out and support each other. Each action is tied to the [inventory](inventory.md) items and the [delegations](delegation.md) doing it, so the page can show how many **hours a week** really go to it: your own hours on those items (the check-ins&apos; split by item, averaged over the last four weeks) plus the hours your team carries on the delegated outcomes. &quot;0 h — nothing in your recent weeks goes to this&quot; is a question worth asking, not a mark against you.</source>
        <translation>**Kohärente Maßnahmen** – drei bis fünf Schritte, die die Leitlinie umsetzen und sich gegenseitig stützen. Jede Maßnahme ist mit den [Tätigkeiten](inventory.md) und [Delegationen](delegation.md) verknüpft, die sie voranbringen. So kann die Seite zeigen, wie viele **Stunden pro Woche** wirklich in sie fließen: deine eigenen Stunden für diese Tätigkeiten (aus der Aufteilung nach Tätigkeit in den Check-ins, gemittelt über die letzten vier Wochen) plus die Stunden, die dein Team für die delegierten Ergebnisse trägt. „0 h – in deinen letzten Wochen geht nichts hierhin“ ist eine Frage, die sich zu stellen lohnt, kein Minuspunkt für dich.</translation>
    </message>
    <message>
        <source>Optionally, write the **press release** you would like to read at your horizon, dated on that day — Amazon&apos;s &quot;working backwards&quot; (Bryar and Carr, *Working Backwards*, 2021): describe the finished result first, then ask what it takes.</source>
        <translation>Optional schreibst du die **Pressemitteilung**, die du am Ende deines Horizonts lesen möchtest, datiert auf genau diesen Tag – Amazons „Working Backwards“ (Bryar und Carr, *Working Backwards*, 2021): Beschreib zuerst das fertige Ergebnis und frag dann, was es dafür braucht.</translation>
    </message>
    <message>
        <source>Hints, never a block</source>
        <translation>Hinweise, nie eine Sperre</translation>
    </message>
    <message>
        <source>As you write, gentle hints appear beside the part they concern. They follow Rumelt&apos;s hallmarks of bad strategy; none of them stops you saving.</source>
        <translation>Während du schreibst, erscheinen neben dem betroffenen Teil behutsame Hinweise. Sie folgen Rumelts Merkmalen schlechter Strategie; keiner davon hindert dich am Speichern.</translation>
    </message>
    <message>
        <source>**No diagnosis** — failing to face the challenge.</source>
        <translation>**Keine Diagnose** – der Herausforderung nicht ins Auge sehen.</translation>
    </message>
    <message>
        <source>**A goal presented as the strategy** — &quot;grow revenue 20%&quot; says where, not how.</source>
        <translation>**Ein Ziel, als Strategie ausgegeben** – „Umsatz um 20 % steigern“ sagt, wohin, nicht wie.</translation>
    </message>
    <message>
        <source>**Nothing ruled out** — a policy that excludes nothing chooses nothing.</source>
        <translation>**Nichts ausgeschlossen** – eine Leitlinie, die nichts ausschließt, entscheidet sich für nichts.</translation>
    </message>
    <message>
        <source>**Fluff** — words that sound deep but say little. The list is short on purpose: synergy, leverage, best-in-class, world-class, paradigm, holistic, robust, seamless, cutting-edge, game-changing, next-generation, value-added, empower, excellence, customer-centric, win-win, transformational.</source>
        <translation>**Worthülsen** – Wörter, die tief klingen, aber wenig sagen. Die Liste ist absichtlich kurz, und die App erkennt die Wörter bisher nur auf Englisch: synergy, leverage, best-in-class, world-class, paradigm, holistic, robust, seamless, cutting-edge, game-changing, next-generation, value-added, empower, excellence, customer-centric, win-win, transformational.</translation>
    </message>
    <message>
        <source>**Too few or too many actions** — fewer than three is a wish, more than five a list.</source>
        <translation>**Zu wenige oder zu viele Maßnahmen** – weniger als drei sind ein Wunsch, mehr als fünf eine Liste.</translation>
    </message>
    <message>
        <source>**An action with no hours behind it** — nothing in your recent weeks goes to it.</source>
        <translation>**Eine Maßnahme ohne Stunden dahinter** – in deinen letzten Wochen fließt nichts in sie.</translation>
    </message>
    <message>
        <source>Versions, what changed, and the arc</source>
        <translation>Fassungen, Änderungen und der Bogen</translation>
    </message>
    <message>
        <source>Every time you save, Altitude keeps a **new version** dated today; earlier versions are never changed. Saving the same words again is fine: &quot;it still holds&quot; is a revisit too. **Ctrl+Z** takes a revision back.</source>
        <translation>Bei jedem Speichern legt Altitude eine **neue Fassung** mit dem heutigen Datum an; frühere Fassungen werden nie verändert. Dieselben Worte noch einmal zu speichern ist in Ordnung: „Es gilt noch“ ist auch eine Überprüfung. **Strg+Z** nimmt eine Überarbeitung zurück.</translation>
    </message>
    <message>
        <source>**What changed** compares two versions part by part: removed words are struck through and marked `[-like this-]`, added ones underlined and marked `{+like this+}` (in red and green as well, but never by colour alone). Choose any two versions to compare.</source>
        <translation>**Was sich geändert hat** vergleicht zwei Fassungen Teil für Teil: Entfernte Wörter sind durchgestrichen und mit `[-like this-]` markiert, hinzugefügte unterstrichen und mit `{+like this+}` markiert (zusätzlich rot und grün, aber nie nur über die Farbe). Wähle zwei beliebige Fassungen zum Vergleich.</translation>
    </message>
    <message>
        <source>**The arc** puts the versions on your plan&apos;s timeline, each at the hours a week that went to its actions while it held, labelled with its hints. Click a dot to show that version.</source>
        <translation>**Der Bogen** zeigt die Fassungen auf der Zeitachse deines Plans, jede auf der Höhe der Wochenstunden, die in ihre Maßnahmen flossen, solange sie galt, und beschriftet mit ihren Hinweisen. Klick auf einen Punkt, um diese Fassung anzuzeigen.</translation>
    </message>
    <message>
        <source>The monthly revisit</source>
        <translation>Die monatliche Überprüfung</translation>
    </message>
    <message>
        <source>A month after your latest version, the weekly [check-in](checkins.md) asks &quot;A month since you wrote your narrative: does it still hold?&quot;, with a button that opens the editor. With no narrative yet, it asks once your plan is two weeks old. The PDF report can include the narrative: the latest kernel, the hours per action, the hints and what changed.</source>
        <translation>Einen Monat nach deiner neuesten Fassung fragt der [Wochen-Check-in](checkins.md): „Dein Narrativ ist einen Monat alt: Stimmt es noch?“, mit einer Schaltfläche, die den Editor öffnet. Gibt es noch kein Narrativ, fragt er, sobald dein Plan zwei Wochen alt ist. Der PDF-Bericht kann das Narrativ enthalten: den neuesten Kern, die Stunden pro Maßnahme, die Hinweise und was sich geändert hat.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Zurück zum Inhaltsverzeichnis](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/plan</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Your transition plan: where you come from, where you are going and by when. You first fill it in with the wizard (**File › New plan…**); this screen lets you change any of it.</source>
        <translation>Dein Übergangsplan: woher du kommst, wohin du gehst und bis wann. Zuerst füllst du ihn mit dem Assistenten aus (**Datei › Neuer Plan…**); auf dieser Seite kannst du alles daran ändern.</translation>
    </message>
    <message>
        <source>What is in a plan</source>
        <translation>Was in einem Plan steht</translation>
    </message>
    <message>
        <source>**Your current and new role**, and the day you start.</source>
        <translation>**Deine bisherige und deine neue Rolle** und der Tag, an dem du anfängst.</translation>
    </message>
    <message>
        <source>**The horizon**: how long the plan runs, 90 days unless you choose otherwise.</source>
        <translation>**Der Horizont**: wie lange der Plan läuft – 90 Tage, wenn du nichts anderes wählst.</translation>
    </message>
    <message>
        <source>**Milestones**: by default day 30, 60 and 90, each with the strategy share you aim for by then. At each one, look back and talk to your boss (Watkins, *The First 90 Days*).</source>
        <translation>**Meilensteine**: standardmäßig Tag 30, 60 und 90, jeweils mit dem Strategieanteil, den du bis dahin anstrebst. Schau bei jedem zurück und sprich mit deiner Führungskraft (Watkins, *The First 90 Days*).</translation>
    </message>
    <message>
        <source>**The target split**: the share of your week you want on strategy at the end. The default is a rule of thumb; no study gives the right number for everyone.</source>
        <translation>**Die Zielaufteilung**: der Anteil deiner Woche, den du am Ende für Strategie aufwenden willst. Der Standardwert ist eine Faustregel; keine Studie nennt die richtige Zahl für alle.</translation>
    </message>
    <message>
        <source>**Your baseline**: the strategy share you start from.</source>
        <translation>**Dein Ausgangswert**: der Strategieanteil, mit dem du startest.</translation>
    </message>
    <message>
        <source>**On track within**: how many points either side of the glide path still count as on track (5 unless you change it).</source>
        <translation>**Toleranz für „im Plan“**: wie viele Punkte über oder unter dem Zielpfad noch als im Plan gelten (5, solange du es nicht änderst).</translation>
    </message>
    <message>
        <source>**Your motive**: why you want to lead. See [the move from doing to leading](ideas.md).</source>
        <translation>**Dein Motiv**: warum du führen willst. Mehr dazu unter [Vom Machen zum Führen](ideas.md).</translation>
    </message>
    <message>
        <source>**Who you need to become**: a few identity statements, such as &quot;I decide with incomplete data&quot;. They become themes in the [feedback log](feedback.md).</source>
        <translation>**Wer du werden musst**: ein paar Leitsätze wie „Ich entscheide mit unvollständigen Daten“. Sie werden zu Themen im [Feedback-Protokoll](feedback.md).</translation>
    </message>
    <message>
        <source>The glide path</source>
        <translation>Der Zielpfad</translation>
    </message>
    <message>
        <source>The plan draws a straight line from your baseline through each milestone to your target: the **glide path**. The [dashboard](dashboard.md) compares every week with it. Change a milestone or the target and the line moves with it. **Ctrl+Z** undoes any change.</source>
        <translation>Der Plan zieht eine gerade Linie von deinem Ausgangswert über jeden Meilenstein bis zu deinem Ziel: den **Zielpfad**. Die [Übersicht](dashboard.md) vergleicht jede Woche damit. Änderst du einen Meilenstein oder das Ziel, verschiebt sich die Linie mit. **Strg+Z** macht jede Änderung rückgängig.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Zurück zum Inhaltsverzeichnis](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/relationships</name>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>New managers tend to count on their title to get things done. Linda Hill, who followed new managers through their first year (&quot;Becoming the Boss&quot;, Harvard Business Review, 2007), found that influence comes from relationships and credibility instead. This page keeps the people beyond your team in view: your boss, your peers, the leads of other functions, key customers.</source>
        <translation>Neue Führungskräfte verlassen sich oft auf ihren Titel, um Dinge zu bewegen. Linda Hill, die neue Führungskräfte durch ihr erstes Jahr begleitet hat („Becoming the Boss“, Harvard Business Review, 2007), fand heraus, dass Einfluss vielmehr aus Beziehungen und Glaubwürdigkeit entsteht. Diese Seite behält die Menschen außerhalb deines Teams im Blick: deine Führungskraft, Kolleginnen und Kollegen auf deiner Ebene, die Leitungen anderer Fachbereiche, wichtige Kunden.</translation>
    </message>
    <message>
        <source>Each person</source>
        <translation>Jede Person</translation>
    </message>
    <message>
        <source>**Role and function**: e.g. &quot;VP Sales&quot;, in &quot;Sales&quot;.</source>
        <translation>**Rolle und Fachbereich**: z. B. „VP Sales“ im Fachbereich „Vertrieb“.</translation>
    </message>
    <message>
        <source>**Influence**, 1 to 5: how much say they have over your work and its resources.</source>
        <translation>**Einfluss**, 1 bis 5: wie viel die Person bei deiner Arbeit und ihren Ressourcen mitzureden hat.</translation>
    </message>
    <message>
        <source>**Interest**, 1 to 5: how much what your team does matters to them.</source>
        <translation>**Interesse**, 1 bis 5: wie wichtig ihr ist, was dein Team tut.</translation>
    </message>
    <message>
        <source>**Stance**: a *supporter* backs what you are doing; a *convincible* has not decided and can be won over with the right case; an *opponent* is against it for now (learn why before you push); *not known yet* means a first conversation is due.</source>
        <translation>**Haltung**: *Unterstützend* heißt, die Person steht hinter dem, was du tust; *Überzeugbar* heißt, sie hat sich noch nicht festgelegt und lässt sich mit den richtigen Argumenten gewinnen; *Ablehnend* heißt, sie ist im Moment dagegen (finde heraus, warum, bevor du Druck machst); *Noch unbekannt* heißt, ein erstes Gespräch ist fällig.</translation>
    </message>
    <message>
        <source>**Trust**, 1 to 5: how far you can rely on each other today.</source>
        <translation>**Vertrauen**, 1 bis 5: wie sehr ihr euch heute aufeinander verlassen könnt.</translation>
    </message>
    <message>
        <source>**How often to be in touch**, e.g. every 14 days (our rule of thumb for someone who matters; change it per person). When that time has passed, the table says **overdue** in bold.</source>
        <translation>**Wie oft ihr Kontakt haben solltet**, z. B. alle 14 Tage (unsere Faustregel für jemanden, der wichtig ist; pro Person änderbar). Ist diese Zeit verstrichen, steht in der Tabelle fett **Überfällig**.</translation>
    </message>
    <message>
        <source>**What you owe them, and what they owe you**: the favours and answers that build trust when they are kept.</source>
        <translation>**Was du der Person schuldest und was sie dir schuldet**: Gefallen und Antworten, die Vertrauen schaffen, wenn man sie einlöst.</translation>
    </message>
    <message>
        <source>**Talked today…** logs a contact in one click, with a note if you like. Undo (Ctrl+Z) takes it back.</source>
        <translation>**Heute gesprochen…** trägt mit einem Klick einen Kontakt ein, auf Wunsch mit einer Notiz. Rückgängig (Strg+Z) nimmt ihn zurück.</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>Die Karte</translation>
    </message>
    <message>
        <source>The map is the power–interest grid (Mendelow, 1991): interest along the bottom, influence up the side, both 1 to 5, with 3 and above counted as high.</source>
        <translation>Die Karte ist die Macht-Interesse-Matrix (Mendelow, 1991): Interesse auf der waagerechten Achse, Einfluss auf der senkrechten, beide von 1 bis 5; ab 3 gilt ein Wert als hoch.</translation>
    </message>
    <message>
        <source>**Manage closely** (high influence, high interest): involve them, often.</source>
        <translation>**Eng einbinden** (viel Einfluss, viel Interesse): Beziehe sie ein, und zwar oft.</translation>
    </message>
    <message>
        <source>**Keep satisfied** (high influence, low interest): don&apos;t bore them; don&apos;t surprise them.</source>
        <translation>**Zufriedenstellen** (viel Einfluss, wenig Interesse): Langweile sie nicht – und überrasche sie nicht.</translation>
    </message>
    <message>
        <source>**Keep informed** (low influence, high interest): tell them what is happening.</source>
        <translation>**Informiert halten** (wenig Einfluss, viel Interesse): Erzähl ihnen, was passiert.</translation>
    </message>
    <message>
        <source>**Monitor** (low, low): an eye on them is enough for now.</source>
        <translation>**Beobachten** (wenig, wenig): Im Moment reicht es, sie im Auge zu behalten.</translation>
    </message>
    <message>
        <source>Colour and shape show the stance, so the map reads without colour too; a bigger mark means more trust. Right-click the map to save it.</source>
        <translation>Farbe und Form zeigen die Haltung, so lässt sich die Karte auch ohne Farbe lesen; eine größere Markierung bedeutet mehr Vertrauen. Mit einem Rechtsklick auf die Karte kannst du sie speichern.</translation>
    </message>
    <message>
        <source>Whom to approach first</source>
        <translation>Wen du zuerst ansprichst</translation>
    </message>
    <message>
        <source>Michael Watkins (*The First 90 Days*) advises building coalitions: approach influential supporters first, then influential convincibles, and only then work on opponents. The line above the table names them in that order.</source>
        <translation>Michael Watkins (*The First 90 Days*) rät, Koalitionen zu bilden: Sprich zuerst die Einflussreichen an, die dich unterstützen, dann die Einflussreichen, die noch zu überzeugen sind, und kümmere dich erst danach um die, die dagegen sind. Die Zeile über der Tabelle nennt sie in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Your boss: the five conversations</source>
        <translation>Deine Führungskraft: die fünf Gespräche</translation>
    </message>
    <message>
        <source>Tick &quot;This is my boss&quot; for your manager. Watkins lists five conversations to hold with a new boss, each on its own rather than as one agenda, in this order:</source>
        <translation>Setz bei deiner Führungskraft das Häkchen „Das ist meine Führungskraft“. Watkins nennt fünf Gespräche, die du mit einer neuen Führungskraft führen solltest – jedes für sich statt alle auf einer Tagesordnung –, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>**The situation**: how do you both read what is going on, and why?</source>
        <translation>**Die Lage**: Wie schätzt ihr beide ein, was los ist, und warum?</translation>
    </message>
    <message>
        <source>**Expectations**: what does success look like at 30, 60 and 90 days?</source>
        <translation>**Erwartungen**: Wie sieht Erfolg nach 30, 60 und 90 Tagen aus?</translation>
    </message>
    <message>
        <source>**Resources**: what do you need — people, money, time, their support?</source>
        <translation>**Ressourcen**: Was brauchst du – Leute, Geld, Zeit, ihre Unterstützung?</translation>
    </message>
    <message>
        <source>**Style**: how do you work together — how often, how, about what?</source>
        <translation>**Arbeitsstil**: Wie arbeitet ihr zusammen – wie oft, wie, worüber?</translation>
    </message>
    <message>
        <source>**Personal development**: what should you learn in this role?</source>
        <translation>**Persönliche Entwicklung**: Was solltest du in dieser Rolle lernen?</translation>
    </message>
    <message>
        <source>**Hold this conversation…** keeps the date and what you agreed. Go back to them as things change, for example at each milestone review.</source>
        <translation>**Dieses Gespräch führen…** hält das Datum fest und was ihr vereinbart habt. Greif die Themen wieder auf, wenn sich etwas ändert, zum Beispiel bei jedem Meilenstein-Rückblick.</translation>
    </message>
    <message>
        <source>See also [Functions](functions.md) and [Methods and sources](methods.md).</source>
        <translation>Siehe auch [Fachbereiche](functions.md) und [Methoden und Quellen](methods.md).</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Zurück zum Inhaltsverzeichnis](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/reviews</name>
    <message>
        <source>Reviews</source>
        <translation>Rückblicke</translation>
    </message>
    <message>
        <source>A 30/60/90-day plan is only a plan if you stop at day 30 and look. Michael Watkins (*The First 90 Days*) splits the first three months into three 30-day blocks with a check with your boss after each. The Reviews page is those stops: one for each milestone of your [Plan](plan.md) — day 30, 60, 90 and any you add there.</source>
        <translation>Ein 30/60/90-Tage-Plan ist nur dann ein Plan, wenn du an Tag 30 innehältst und hinschaust. Michael Watkins (*The First 90 Days*) teilt die ersten drei Monate in drei 30-Tage-Blöcke, nach jedem ein Abgleich mit deiner Führungskraft. Die Seite „Rückblicke“ ist genau für diese Haltepunkte da: einer für jeden Meilenstein deines [Plans](plan.md) – Tag 30, 60, 90 und alle, die du dort hinzufügst.</translation>
    </message>
    <message>
        <source>The milestones</source>
        <translation>Die Meilensteine</translation>
    </message>
    <message>
        <source>Each milestone shows its date and where it stands:</source>
        <translation>Jeder Meilenstein zeigt sein Datum und wo er steht:</translation>
    </message>
    <message>
        <source>**Done** — reviewed; select it to see what you decided to keep, stop and start.</source>
        <translation>**Erledigt** – der Rückblick ist gehalten; wähle ihn aus, um zu sehen, was du beibehalten, womit du aufhören und womit du anfangen wolltest.</translation>
    </message>
    <message>
        <source>**Due this week** — its day is less than a week away: book the talk with your boss.</source>
        <translation>**Diese Woche fällig** – sein Tag ist weniger als eine Woche entfernt: Vereinbare das Gespräch mit deiner Führungskraft.</translation>
    </message>
    <message>
        <source>**Overdue** — its day has passed without a review. It is never too late to look.</source>
        <translation>**Überfällig** – sein Tag ist ohne Rückblick verstrichen. Für einen Blick zurück ist es nie zu spät.</translation>
    </message>
    <message>
        <source>**Upcoming** — later.</source>
        <translation>**Anstehend** – später.</translation>
    </message>
    <message>
        <source>The next one not done is at the top, with **Start the day-30 review…** (Ctrl+N does the same). To add or move a milestone, change it on the [Plan](plan.md) page.</source>
        <translation>Der nächste offene Meilenstein steht oben, mit **Rückblick zu Tag 30 beginnen…** (Strg+N macht dasselbe). Um einen Meilenstein hinzuzufügen oder zu verschieben, ändere ihn auf der Seite [Plan](plan.md).</translation>
    </message>
    <message>
        <source>The guided review</source>
        <translation>Der geführte Rückblick</translation>
    </message>
    <message>
        <source>Seven short steps, each about the time since your last review (or since the plan&apos;s start, for the first):</source>
        <translation>Sieben kurze Schritte, jeweils über die Zeit seit deinem letzten Rückblick (beim ersten: seit Planbeginn):</translation>
    </message>
    <message>
        <source>**Where you stand** — your strategy share over your latest logged weeks, against what the glide path expects on the milestone&apos;s day.</source>
        <translation>**Wo du stehst** – dein Strategieanteil in deinen zuletzt eingetragenen Wochen, verglichen mit dem, was der Zielpfad am Tag des Meilensteins erwartet.</translation>
    </message>
    <message>
        <source>**What you handed over, and what came back** — hand-overs started, what your team owns now, hours that came back to you on delegated work, and anything taken back.</source>
        <translation>**Was du übergeben hast und was zurückkam** – begonnene Übergaben, was dein Team jetzt verantwortet, Stunden, die bei delegierter Arbeit zu dir zurückgekommen sind, und alles, was du zurückgenommen hast.</translation>
    </message>
    <message>
        <source>**Decisions and feedback** — how many decisions you recorded and reviewed, and how much feedback you logged. Only counts and your own responses are shown: what others said stays on the [Feedback](feedback.md) page.</source>
        <translation>**Entscheidungen und Feedback** – wie viele Entscheidungen du festgehalten und ausgewertet und wie viel Feedback du eingetragen hast. Gezeigt werden nur Anzahlen und deine eigenen Reaktionen: Was andere gesagt haben, bleibt auf der Seite [Feedback](feedback.md).</translation>
    </message>
    <message>
        <source>**Your narrative&apos;s changes** — what changed in your strategic narrative since the version in force at the last review.</source>
        <translation>**Änderungen an deinem Narrativ** – was sich an deinem strategischen Narrativ seit der Fassung geändert hat, die beim letzten Rückblick galt.</translation>
    </message>
    <message>
        <source>**Keep, stop, start** — a few words each.</source>
        <translation>**Beibehalten, aufhören, anfangen** – jeweils ein paar Worte.</translation>
    </message>
    <message>
        <source>**Adjust the plan?** — keep the target and the horizon, or change the target share and/or the day the plan ends. The milestones already behind you stay; those ahead are put on a straight line from where the glide path stands today to the new target.</source>
        <translation>**Plan anpassen?** – Ziel und Horizont beibehalten oder den Zielanteil und/oder das Enddatum des Plans ändern. Meilensteine, die schon hinter dir liegen, bleiben; die kommenden werden auf eine gerade Linie gelegt, vom heutigen Stand des Zielpfads bis zum neuen Ziel.</translation>
    </message>
    <message>
        <source>**What you need from your boss** — decisions, resources, air cover, introductions.</source>
        <translation>**Was du von deiner Führungskraft brauchst** – Entscheidungen, Ressourcen, Rückendeckung, Kontakte.</translation>
    </message>
    <message>
        <source>**Save the review** records the review and the adjustment together: one **Ctrl+Z** takes both back (the plan&apos;s target returns and the review is gone), and **Ctrl+Shift+Z** brings both back. Nothing is saved before that; Cancel changes nothing.</source>
        <translation>**Rückblick speichern** hält Rückblick und Anpassung zusammen fest: Ein **Strg+Z** nimmt beides zurück (das alte Ziel des Plans kehrt zurück, und der Rückblick ist weg), und **Strg+Umschalt+Z** stellt beides wieder her. Vorher wird nichts gespeichert; „Abbrechen“ ändert nichts.</translation>
    </message>
    <message>
        <source>The boss sheet</source>
        <translation>Das Gesprächsblatt</translation>
    </message>
    <message>
        <source>**Boss sheet (PDF)…** writes one page to bring to the conversation: the five conversations with your boss (the situation, expectations, resources, working style, personal development) with when each was held and what was agreed; what changed since the last review (your share against the glide path, the hand-overs, the narrative); your keep, stop and start; and what you need. It always fits one page: long texts are cut with &quot;…&quot; and long lists end &quot;and 12 more&quot;. Decisions and feedback are never on it.</source>
        <translation>**Gesprächsblatt (PDF)…** schreibt eine Seite, die du zum Gespräch mitnimmst: die fünf Gespräche mit deiner Führungskraft (Lage, Erwartungen, Ressourcen, Arbeitsstil, persönliche Entwicklung), jeweils wann es geführt wurde und was ihr vereinbart habt; was sich seit dem letzten Rückblick geändert hat (dein Anteil im Vergleich zum Zielpfad, die Übergaben, das Narrativ); deine Punkte zu Beibehalten, Aufhören, Anfangen; und was du brauchst. Es passt immer auf eine Seite: Lange Texte werden mit „…“ gekürzt, und lange Listen enden mit „und 12 weitere“. Entscheidungen und Feedback stehen nie darauf.</translation>
    </message>
    <message>
        <source>From the command line: `altitude report --sections boss -o sheet.pdf` writes the sheet of your latest review (or of the next one, if none is held yet); the `reviews` section of the full report lists every review&apos;s figures and its keep, stop and start.</source>
        <translation>Auf der Kommandozeile: `altitude report --sections boss -o sheet.pdf` schreibt das Blatt zu deinem letzten Rückblick (oder zum nächsten, wenn noch keiner stattgefunden hat); der Abschnitt `reviews` des vollständigen Berichts listet für jeden Rückblick die Zahlen und die Punkte zu Beibehalten, Aufhören, Anfangen auf.</translation>
    </message>
</context>
<context>
    <name>guide/shortcuts</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every screen can be used from the keyboard. **Tab** moves between fields, and the underlined letter in a label (hold **Alt**) jumps to its field.</source>
        <translation>Jede Seite lässt sich mit der Tastatur bedienen. **Tab** springt von Feld zu Feld, und der unterstrichene Buchstabe in einer Beschriftung (**Alt** gedrückt halten) springt zum zugehörigen Feld.</translation>
    </message>
    <message>
        <source>In the menus</source>
        <translation>In den Menüs</translation>
    </message>
    <message>
        <source>These are read from the app&apos;s own menus as it runs, so they are always current:</source>
        <translation>Sie werden zur Laufzeit aus den Menüs der App gelesen und sind deshalb immer aktuell:</translation>
    </message>
    <message>
        <source>{{menu-shortcuts}}</source>
        <translation>{{menu-shortcuts}}</translation>
    </message>
    <message>
        <source>On a screen or in a dialog</source>
        <translation>Auf einer Seite oder in einem Dialog</translation>
    </message>
    <message>
        <source>| keys | where | what it does |</source>
        <translation>| Tasten | wo | was sie bewirken |</translation>
    </message>
    <message>
        <source>| Delete (Del) | a table on the Inventory, Delegation, Team and Check-ins screens | deletes the selected row (Ctrl+Z brings it back) |</source>
        <translation>| Entf | eine Tabelle auf den Seiten Tätigkeiten, Delegation, Team und Check-ins | löscht die gewählte Zeile (Strg+Z holt sie zurück) |</translation>
    </message>
    <message>
        <source>| Return | the Check-ins list | opens the selected week to correct it |</source>
        <translation>| Return | die Liste der Check-ins | öffnet die gewählte Woche zum Korrigieren |</translation>
    </message>
    <message>
        <source>| Enter | the Check-ins list | the same, from the number pad |</source>
        <translation>| Enter | die Liste der Check-ins | dasselbe, über den Ziffernblock |</translation>
    </message>
    <message>
        <source>| Ctrl+Return | the weekly check-in | saves the week |</source>
        <translation>| Strg+Return | der Wochen-Check-in | speichert die Woche |</translation>
    </message>
    <message>
        <source>| F1 | any dialog | opens the guide at that dialog&apos;s part |</source>
        <translation>| F1 | jeder Dialog | öffnet das Handbuch beim passenden Teil |</translation>
    </message>
    <message>
        <source>| Esc | any dialog | closes it without saving |</source>
        <translation>| Esc | jeder Dialog | schließt ihn, ohne zu speichern |</translation>
    </message>
    <message>
        <source>In this guide</source>
        <translation>In diesem Handbuch</translation>
    </message>
    <message>
        <source>{{guide-shortcuts}}</source>
        <translation>{{guide-shortcuts}}</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Zurück zum Inhaltsverzeichnis](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/team</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>The people you lead, what they carry for you, and when you last met one to one.</source>
        <translation>Die Menschen, die du führst, was sie für dich tragen und wann ihr euch zuletzt zum 1:1 getroffen habt.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Each person&apos;s **load** is the hours a week of the outcomes they are taking over from you or already own. The bar shows who carries the most, so you spread the work rather than piling it onto the one person who always says yes.</source>
        <translation>Die **Auslastung** einer Person sind die Wochenstunden der Ergebnisse, die sie gerade von dir übernimmt oder schon verantwortet. Der Balken zeigt, wer am meisten trägt – so verteilst du die Arbeit, statt sie der einen Person aufzuladen, die immer Ja sagt.</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Write down where each person wants to grow, and hand them outcomes that lead there. A good manager builds people who outgrow them in specific areas — stop being the hero.</source>
        <translation>Schreib auf, wo sich jede Person entwickeln will, und übergib ihr Ergebnisse, die dorthin führen. Eine gute Führungskraft baut Menschen auf, die sie in bestimmten Bereichen überholen – nicht mehr der Held sein.</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>1:1-Gespräche</translation>
    </message>
    <message>
        <source>Set how often you meet each person (**every so many days**) and press **Met today** after a one-to-one. When one is due, the [Dashboard](dashboard.md) says so. How often to meet depends on the person: someone new to a task needs you more often than someone who has mastered it (Andy Grove, *High Output Management*).</source>
        <translation>Leg fest, wie oft du dich mit jeder Person triffst (**Treffen alle** so und so viele Tage), und drück nach einem 1:1 auf **Heute getroffen**. Ist eines fällig, sagt es dir die [Übersicht](dashboard.md). Wie oft ihr euch trefft, hängt von der Person ab: Wer neu in einer Aufgabe ist, braucht dich öfter als jemand, der sie beherrscht (Andy Grove, *High Output Management*).</translation>
    </message>
    <message>
        <source>**Ctrl+N** adds a person; **Delete** removes the selected one, and **Ctrl+Z** brings them back.</source>
        <translation>**Strg+N** fügt eine Person hinzu; **Entf** entfernt die ausgewählte, und **Strg+Z** holt sie zurück.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Zurück zum Inhaltsverzeichnis](index.md)</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>delegate outcomes</source>
        <translation>Ergebnisse delegieren</translation>
    </message>
    <message>
        <source>What did you hold onto this week that someone else could own?</source>
        <translation>Woran hast du diese Woche festgehalten, das jemand anderes verantworten könnte?</translation>
    </message>
    <message>
        <source>execution trap</source>
        <translation>Falle des Operativen</translation>
    </message>
    <message>
        <source>Where did you step in when standards slipped — was it needed?</source>
        <translation>Wo bist du eingesprungen, als Standards nachließen – war das nötig?</translation>
    </message>
    <message>
        <source>decision clarity</source>
        <translation>Klarheit beim Entscheiden</translation>
    </message>
    <message>
        <source>What decision did you make with incomplete data?</source>
        <translation>Welche Entscheidung hast du mit unvollständigen Daten getroffen?</translation>
    </message>
    <message>
        <source>uncomfortable feedback</source>
        <translation>unbequemes Feedback</translation>
    </message>
    <message>
        <source>Whose feedback did you ask for?</source>
        <translation>Wen hast du um Feedback gebeten?</translation>
    </message>
    <message>
        <source>stop being the hero</source>
        <translation>nicht mehr der Held sein</translation>
    </message>
    <message>
        <source>When did you rescue something this week, and who could have rescued it instead?</source>
        <translation>Wann hast du diese Woche etwas gerettet, und wer hätte es stattdessen retten können?</translation>
    </message>
    <message>
        <source>Who on your team is starting to outgrow you in an area — and what would help them go further?</source>
        <translation>Wer in deinem Team beginnt, dich in einem Gebiet zu überholen – und was würde helfen, noch weiter zu kommen?</translation>
    </message>
    <message>
        <source>Which handover did you describe as steps rather than an outcome with a success measure?</source>
        <translation>Welche Übergabe hast du als Schritte beschrieben statt als Ergebnis mit Erfolgskriterium?</translation>
    </message>
    <message>
        <source>claim strategic space</source>
        <translation>strategischen Raum beanspruchen</translation>
    </message>
    <message>
        <source>What time did you protect for thinking ahead, and what tried to take it?</source>
        <translation>Welche Zeit hast du dir zum Vorausdenken freigehalten, und was wollte sie dir nehmen?</translation>
    </message>
    <message>
        <source>What will matter to your team in six months that nobody is working on today?</source>
        <translation>Was wird für dein Team in sechs Monaten wichtig sein, woran heute niemand arbeitet?</translation>
    </message>
    <message>
        <source>Where might how you see yourself differ from how your team experienced you this week?</source>
        <translation>Wo könnte dein Selbstbild davon abweichen, wie dein Team dich diese Woche erlebt hat?</translation>
    </message>
    <message>
        <source>cross-functional fluency</source>
        <translation>bereichsübergreifendes Verständnis</translation>
    </message>
    <message>
        <source>What did you learn about another team&apos;s goals or constraints?</source>
        <translation>Was hast du über die Ziele oder Zwänge eines anderen Teams gelernt?</translation>
    </message>
    <message>
        <source>Which call did you make for the wider organisation rather than for your own team?</source>
        <translation>Welche Entscheidung hast du für die ganze Organisation getroffen statt für dein eigenes Team?</translation>
    </message>
    <message>
        <source>Where did you over-explain or reopen a decision that was already good enough?</source>
        <translation>Wo hast du zu viel erklärt oder eine Entscheidung wieder aufgemacht, die schon gut genug war?</translation>
    </message>
    <message>
        <source>When were you under pressure, and how clearly did you say what you needed?</source>
        <translation>Wann warst du unter Druck, und wie klar hast du gesagt, was du brauchst?</translation>
    </message>
    <message>
        <source>motive</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Which of your choices this week came from wanting control, and which from wanting others to grow?</source>
        <translation>Welche deiner Entscheidungen diese Woche kamen aus dem Wunsch nach Kontrolle, welche aus dem Wunsch, andere wachsen zu lassen?</translation>
    </message>
    <message>
        <source>Looking back at this week, how would you answer &quot;Why do I want to lead?&quot;</source>
        <translation>Wenn du auf diese Woche zurückschaust: Wie würdest du „Warum will ich führen?“ beantworten?</translation>
    </message>
    <message>
        <source>What did you do yourself because you are the expert at it, not because only you could?</source>
        <translation>Was hast du selbst gemacht, weil du darin die Expertin oder der Experte bist – nicht, weil nur du es konntest?</translation>
    </message>
    <message>
        <source>Which review or approval could you stop doing without anything going wrong?</source>
        <translation>Welches Review oder welche Freigabe könntest du weglassen, ohne dass etwas schiefgeht?</translation>
    </message>
    <message>
        <source>You spent time on work you had delegated. What pulled you back in, and what would let its owner keep it?</source>
        <translation>Du hast Zeit mit Arbeit verbracht, die du delegiert hattest. Was hat dich zurückgezogen, und was würde der verantwortlichen Person helfen, sie zu behalten?</translation>
    </message>
</context>
<context>
    <name>sample-plan</name>
    <message>
        <source>Senior backend engineer</source>
        <translation>Senior Backend Engineer</translation>
    </message>
    <message>
        <source>Engineering manager, Payments team</source>
        <translation>Engineering Manager, Team Payments</translation>
    </message>
    <message>
        <source>30 days: first handovers running</source>
        <translation>30 Tage: erste Übergaben laufen</translation>
    </message>
    <message>
        <source>60 days: reviews and escalations owned by the team</source>
        <translation>60 Tage: Reviews und Eskalationen liegen beim Team</translation>
    </message>
    <message>
        <source>90 days: half my week or more on strategy</source>
        <translation>90 Tage: die Hälfte meiner Woche oder mehr für Strategie</translation>
    </message>
    <message>
        <source>I have seen how much faster a team moves when people own their part and grow into it. I want Payments to be a team where engineers like Priya and Tomás become the experts others ask for — not one where everything waits for me. I will know it is working when the team ships well in a week I am away.</source>
        <translation>Ich habe gesehen, wie viel schneller ein Team vorankommt, wenn alle ihren Teil verantworten und daran wachsen. Ich will, dass Payments ein Team ist, in dem Engineers wie Priya und Tomás zu den Fachleuten werden, die andere um Rat fragen – und keins, in dem alles auf mich wartet. Dass es funktioniert, merke ich, wenn das Team in einer Woche, in der ich weg bin, gut liefert.</translation>
    </message>
    <message>
        <source>Operate at altitude: most of my week goes to direction, people and decisions</source>
        <translation>Auf der richtigen Flughöhe arbeiten: Der Großteil meiner Woche geht in Richtung, Menschen und Entscheidungen</translation>
    </message>
    <message>
        <source>Delegate outcomes, not tasks</source>
        <translation>Ergebnisse delegieren, nicht Aufgaben</translation>
    </message>
    <message>
        <source>Decide with incomplete data, and say it once</source>
        <translation>Mit unvollständigen Daten entscheiden und es einmal sagen</translation>
    </message>
    <message>
        <source>Speak with clarity under pressure</source>
        <translation>Unter Druck klar sprechen</translation>
    </message>
    <message>
        <source>Build people who outgrow me</source>
        <translation>Menschen aufbauen, die mich überholen</translation>
    </message>
    <message>
        <source>focus time</source>
        <translation>Fokuszeit</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>deep work</source>
        <translation>Deep Work</translation>
    </message>
    <message>
        <source>Become the technical lead for the ledger and settlement services, setting the review standard.</source>
        <translation>Technische Leitung für die Ledger- und Settlement-Services werden und den Review-Standard setzen.</translation>
    </message>
    <message>
        <source>Asks sharp questions in design reviews; less comfortable saying no to other teams.</source>
        <translation>Stellt in Design-Reviews scharfe Fragen; tut sich schwerer damit, anderen Teams Nein zu sagen.</translation>
    </message>
    <message>
        <source>Backend engineer</source>
        <translation>Backend Engineer</translation>
    </message>
    <message>
        <source>Run production incidents end to end as incident commander.</source>
        <translation>Produktionsvorfälle von Anfang bis Ende als Incident Commander leiten.</translation>
    </message>
    <message>
        <source>Joined in March. Calm under pressure, tends to fix things alone rather than pull people in.</source>
        <translation>Seit März dabei. Ruhig unter Druck, behebt Dinge eher allein, statt andere dazuzuholen.</translation>
    </message>
    <message>
        <source>Site reliability engineer</source>
        <translation>Site Reliability Engineer</translation>
    </message>
    <message>
        <source>Grow into the team&apos;s delivery lead: planning, releases and the on-call rota.</source>
        <translation>In die Delivery-Lead-Rolle des Teams hineinwachsen: Planung, Releases und der Bereitschaftsplan.</translation>
    </message>
    <message>
        <source>Built the deploy pipeline. Wants more say in what the team takes on each sprint.</source>
        <translation>Hat die Deploy-Pipeline gebaut. Will mehr mitreden, was sich das Team in jedem Sprint vornimmt.</translation>
    </message>
    <message>
        <source>Reviewing every pull request on the payments services</source>
        <translation>Jeden Pull Request für die Payments-Services reviewen</translation>
    </message>
    <message>
        <source>I read every diff because I wrote most of the ledger code. Priya knows it as well as I do.</source>
        <translation>Ich lese jeden Diff, weil ich den Großteil des Ledger-Codes geschrieben habe. Priya kennt ihn so gut wie ich.</translation>
    </message>
    <message>
        <source>Fixing escalated production bugs myself</source>
        <translation>Eskalierte Produktionsfehler selbst beheben</translation>
    </message>
    <message>
        <source>Support escalates straight to me. Fast for the customer, slow for the team&apos;s learning.</source>
        <translation>Der Support eskaliert direkt an mich. Schnell für die Kundschaft, langsam für das Lernen im Team.</translation>
    </message>
    <message>
        <source>Release sign-off for payment-gateway deploys</source>
        <translation>Release-Freigabe für Deploys des Payment-Gateways</translation>
    </message>
    <message>
        <source>Handed to Hannah in September, taken back after the 9 October payout incident.</source>
        <translation>Im September an Hannah übergeben, nach dem Auszahlungsvorfall vom 9. Oktober zurückgenommen.</translation>
    </message>
    <message>
        <source>Writing features on the refund service</source>
        <translation>Features für den Refund-Service schreiben</translation>
    </message>
    <message>
        <source>The part of the old job I enjoy most — which is exactly why it is hard to let go.</source>
        <translation>Der Teil des alten Jobs, der mir am meisten Spaß macht – genau deshalb fällt das Loslassen schwer.</translation>
    </message>
    <message>
        <source>Compiling the weekly status report for the product director</source>
        <translation>Den wöchentlichen Statusbericht für die Produktleitung zusammenstellen</translation>
    </message>
    <message>
        <source>Copied by hand from the board. She may be happy with a link to the dashboard.</source>
        <translation>Von Hand aus dem Board abgeschrieben. Vielleicht reicht ihr auch ein Link aufs Dashboard.</translation>
    </message>
    <message>
        <source>Sprint planning and backlog grooming</source>
        <translation>Sprintplanung und Backlog-Pflege</translation>
    </message>
    <message>
        <source>One-to-ones with each engineer</source>
        <translation>1:1-Gespräche mit allen Engineers</translation>
    </message>
    <message>
        <source>Payments roadmap and quarterly priorities</source>
        <translation>Payments-Roadmap und Quartalsprioritäten</translation>
    </message>
    <message>
        <source>Alignment with Risk, Finance and Checkout</source>
        <translation>Abstimmung mit Risk, Finanzen und Checkout</translation>
    </message>
    <message>
        <source>Monthly sync with the Risk lead; joint planning with Checkout each quarter.</source>
        <translation>Monatlicher Austausch mit der Risk-Leitung; jedes Quartal gemeinsame Planung mit Checkout.</translation>
    </message>
    <message>
        <source>Hiring: interviews and debriefs</source>
        <translation>Recruiting: Interviews und Nachbesprechungen</translation>
    </message>
    <message>
        <source>Two open backend roles.</source>
        <translation>Zwei offene Backend-Stellen.</translation>
    </message>
    <message>
        <source>On-call shifts for the payments API</source>
        <translation>Bereitschaftsdienste für die Payments-API</translation>
    </message>
    <message>
        <source>Still on the rota as a full member. The rota has enough people without me.</source>
        <translation>Noch als volles Mitglied im Bereitschaftsplan. Der Plan hat auch ohne mich genug Leute.</translation>
    </message>
    <message>
        <source>Payments pull requests are reviewed to our standard without waiting for me</source>
        <translation>Payments-Pull-Requests werden nach unserem Standard reviewt, ohne auf mich zu warten</translation>
    </message>
    <message>
        <source>Median wait for a first review under one working day; no rollback traced to a missed review.</source>
        <translation>Mittlere Wartezeit auf ein erstes Review unter einem Arbeitstag; kein Rollback, der auf ein verpasstes Review zurückgeht.</translation>
    </message>
    <message>
        <source>Priya reviewed 14 PRs. Two questions on idempotency keys, which we added to the review checklist.</source>
        <translation>Priya hat 14 PRs reviewt. Zwei Fragen zu Idempotenz-Schlüsseln, die wir in die Review-Checkliste aufgenommen haben.</translation>
    </message>
    <message>
        <source>Review wait crept to two days while she was on the migration. She set up a rota with Tomás herself.</source>
        <translation>Die Wartezeit auf Reviews stieg auf zwei Tage, während sie an der Migration saß. Sie hat selbst mit Tomás eine Rotation aufgesetzt.</translation>
    </message>
    <message>
        <source>Median wait back under a day. Moved to level 5: she decides, I advise when asked.</source>
        <translation>Mittlere Wartezeit wieder unter einem Tag. Auf Stufe 5 gewechselt: Sie entscheidet, ich berate, wenn sie fragt.</translation>
    </message>
    <message>
        <source>She turned down a risky change from Checkout on her own and explained it well.</source>
        <translation>Sie hat eine riskante Änderung von Checkout selbstständig abgelehnt und das gut erklärt.</translation>
    </message>
    <message>
        <source>I re-reviewed two of her approvals during the chargeback rush. Nothing was wrong with them; told her so.</source>
        <translation>Während des Chargeback-Ansturms habe ich zwei ihrer Freigaben noch einmal geprüft. Daran war nichts falsch; das habe ich ihr auch gesagt.</translation>
    </message>
    <message>
        <source>Escalated production bugs are triaged and fixed by the on-call engineer</source>
        <translation>Eskalierte Produktionsfehler werden von der Bereitschaft eingeordnet und behoben</translation>
    </message>
    <message>
        <source>Escalations acknowledged within two hours and fixed within the support SLA, without me in the thread.</source>
        <translation>Eskalationen innerhalb von zwei Stunden bestätigt und innerhalb des Support-SLA behoben, ohne mich im Thread.</translation>
    </message>
    <message>
        <source>Shadowed me on two escalations. Wrote the runbook for stuck refunds himself.</source>
        <translation>Hat mich bei zwei Eskalationen begleitet. Das Runbook für hängende Erstattungen hat er selbst geschrieben.</translation>
    </message>
    <message>
        <source>Led one escalation; I stayed in the call but kept quiet.</source>
        <translation>Hat eine Eskalation geleitet; ich war im Call, habe mich aber zurückgehalten.</translation>
    </message>
    <message>
        <source>Moved to level 3: he proposes the fix, I give input, then he decides within the SLA.</source>
        <translation>Auf Stufe 3 gewechselt: Er schlägt die Lösung vor, ich gebe Input, dann entscheidet er innerhalb des SLA.</translation>
    </message>
    <message>
        <source>Support still pings me directly. Agreed to redirect them to the on-call alias.</source>
        <translation>Der Support schreibt mich immer noch direkt an. Vereinbart, sie an den Bereitschafts-Alias zu verweisen.</translation>
    </message>
    <message>
        <source>Three escalations this week, all handled by Tomás within SLA.</source>
        <translation>Drei Eskalationen diese Woche, alle von Tomás innerhalb des SLA erledigt.</translation>
    </message>
    <message>
        <source>Payment-gateway releases go out safely with the team&apos;s own sign-off</source>
        <translation>Releases des Payment-Gateways gehen mit der eigenen Freigabe des Teams sicher raus</translation>
    </message>
    <message>
        <source>Every release has a named approver and a rollback plan; no customer-facing incident caused by a release.</source>
        <translation>Jedes Release hat eine benannte freigebende Person und einen Rollback-Plan; kein Vorfall bei Kunden, den ein Release verursacht hat.</translation>
    </message>
    <message>
        <source>A settlement deploy approved on 9 October doubled some payouts for 40 minutes. I took sign-off back the same day. Looking back, the gap was the missing reconciliation check, not Hannah&apos;s judgment: hand it back once the check is automated.</source>
        <translation>Ein am 9. Oktober freigegebener Settlement-Deploy hat 40 Minuten lang manche Auszahlungen verdoppelt. Ich habe die Freigabe noch am selben Tag zurückgenommen. Im Rückblick lag die Lücke im fehlenden Abgleichs-Check, nicht in Hannahs Urteil: zurückgeben, sobald der Check automatisiert ist.</translation>
    </message>
    <message>
        <source>Hannah signed off four releases with me watching. Her checklist is better than mine.</source>
        <translation>Hannah hat vier Releases freigegeben, während ich zugeschaut habe. Ihre Checkliste ist besser als meine.</translation>
    </message>
    <message>
        <source>Signing off alone now; tells me afterwards.</source>
        <translation>Gibt jetzt allein frei; sagt mir hinterher Bescheid.</translation>
    </message>
    <message>
        <source>Payout incident after the settlement deploy. Rolled back in 40 minutes; blameless review booked.</source>
        <translation>Auszahlungsvorfall nach dem Settlement-Deploy. Nach 40 Minuten zurückgerollt; Post-Mortem ohne Schuldzuweisung angesetzt.</translation>
    </message>
    <message>
        <source>Each sprint starts with a goal the team set and a backlog it groomed</source>
        <translation>Jeder Sprint beginnt mit einem Ziel, das das Team gesetzt hat, und einem Backlog, das es selbst gepflegt hat</translation>
    </message>
    <message>
        <source>A written sprint goal agreed by the team at every planning; I attend as a guest.</source>
        <translation>Ein schriftliches, vom Team vereinbartes Sprintziel bei jeder Planung; ich bin als Gast dabei.</translation>
    </message>
    <message>
        <source>First week as manager. Mostly my old job plus meetings.</source>
        <translation>Erste Woche als Führungskraft. Vor allem mein alter Job plus Meetings.</translation>
    </message>
    <message>
        <source>What did you hold onto this week that someone else could own?</source>
        <translation>Woran hast du diese Woche festgehalten, das jemand anderes verantworten könnte?</translation>
    </message>
    <message>
        <source>All of it. Pull request reviews above all: I told myself nobody else knows the ledger code, but Priya wrote half of it.</source>
        <translation>An allem. Vor allem an den Pull-Request-Reviews: Ich habe mir gesagt, niemand sonst kennt den Ledger-Code, aber Priya hat die Hälfte davon geschrieben.</translation>
    </message>
    <message>
        <source>Asked Priya to own reviews. Spent the freed time on one-to-ones.</source>
        <translation>Priya gebeten, die Reviews zu übernehmen. Die frei gewordene Zeit in 1:1-Gespräche gesteckt.</translation>
    </message>
    <message>
        <source>Hannah started on release sign-off. First roadmap draft.</source>
        <translation>Hannah hat mit der Release-Freigabe angefangen. Erster Roadmap-Entwurf.</translation>
    </message>
    <message>
        <source>A quieter week; roadmap review with the product director.</source>
        <translation>Eine ruhigere Woche; Roadmap-Review mit der Produktleitung.</translation>
    </message>
    <message>
        <source>Whose feedback did you ask for?</source>
        <translation>Wen hast du um Feedback gebeten?</translation>
    </message>
    <message>
        <source>Only my director&apos;s. I have not asked the team anything yet.</source>
        <translation>Nur von meiner Führungskraft. Das Team habe ich noch gar nichts gefragt.</translation>
    </message>
    <message>
        <source>Two strategy sessions with Risk about fraud rules for the new markets.</source>
        <translation>Zwei Strategie-Sessions mit Risk zu Betrugsregeln für die neuen Märkte.</translation>
    </message>
    <message>
        <source>Payout incident on Thursday. Back in the weeds for three days.</source>
        <translation>Auszahlungsvorfall am Donnerstag. Drei Tage wieder mitten im Klein-Klein.</translation>
    </message>
    <message>
        <source>What decision did you make with incomplete data?</source>
        <translation>Welche Entscheidung hast du mit unvollständigen Daten getroffen?</translation>
    </message>
    <message>
        <source>Rolled back the settlement deploy before we knew the root cause. Right call — but I over-explained it in the incident channel for an hour afterwards.</source>
        <translation>Den Settlement-Deploy zurückgerollt, bevor wir die Ursache kannten. Richtige Entscheidung – aber danach habe ich sie eine Stunde lang im Incident-Channel zu ausführlich erklärt.</translation>
    </message>
    <message>
        <source>Where did you step in when standards slipped — was it needed?</source>
        <translation>Wo bist du eingesprungen, als Standards nachließen – war das nötig?</translation>
    </message>
    <message>
        <source>I took release sign-off back from Hannah the same afternoon. The gap was our missing reconciliation check, not her judgment. I am not sure it was needed.</source>
        <translation>Ich habe Hannah die Release-Freigabe noch am selben Nachmittag wieder abgenommen. Die Lücke war unser fehlender Abgleichs-Check, nicht ihr Urteil. Ich bin nicht sicher, ob das nötig war.</translation>
    </message>
    <message>
        <source>Blameless review done; the reconciliation check is on the roadmap. Tomás took his first escalation.</source>
        <translation>Post-Mortem ohne Schuldzuweisung gemacht; der Abgleichs-Check steht auf der Roadmap. Tomás hat seine erste Eskalation übernommen.</translation>
    </message>
    <message>
        <source>Planned Q1 with Checkout. Two hiring panels.</source>
        <translation>Q1 mit Checkout geplant. Zwei Interviewrunden.</translation>
    </message>
    <message>
        <source>Chargeback rush before the card-scheme deadline.</source>
        <translation>Chargeback-Ansturm vor der Frist der Kartennetzwerke.</translation>
    </message>
    <message>
        <source>You spent time on work you had delegated. What pulled you back in, and what would let its owner keep it?</source>
        <translation>Du hast Zeit mit Arbeit verbracht, die du delegiert hattest. Was hat dich zurückgezogen, und was würde der verantwortlichen Person helfen, sie zu behalten?</translation>
    </message>
    <message>
        <source>Nerves about the chargeback deadline. I re-reviewed Priya&apos;s approvals and found nothing wrong. Next time I will ask her what she is watching instead of checking it myself.</source>
        <translation>Nervosität wegen der Chargeback-Frist. Ich habe Priyas Freigaben noch einmal geprüft und nichts gefunden. Nächstes Mal frage ich sie, worauf sie achtet, statt es selbst zu kontrollieren.</translation>
    </message>
    <message>
        <source>Support now goes to the on-call alias, not to me.</source>
        <translation>Der Support geht jetzt an den Bereitschafts-Alias, nicht an mich.</translation>
    </message>
    <message>
        <source>Asked Tomás and Hannah in our one-to-ones what I do that slows them down. Both said: I answer in threads before they can.</source>
        <translation>Tomás und Hannah in unseren 1:1-Gesprächen gefragt, was ich tue, das sie bremst. Beide sagten: Ich antworte in Threads, bevor sie es können.</translation>
    </message>
    <message>
        <source>Wrote the one-page strategy narrative for Payments and shared it with the team.</source>
        <translation>Das einseitige Strategie-Narrativ für Payments geschrieben und mit dem Team geteilt.</translation>
    </message>
    <message>
        <source>Half my week on strategy for the first time. Sprint planning moves to Hannah next week.</source>
        <translation>Zum ersten Mal die Hälfte meiner Woche für Strategie. Die Sprintplanung geht nächste Woche an Hannah.</translation>
    </message>
    <message>
        <source>Who on your team is starting to outgrow you in an area — and what would help them go further?</source>
        <translation>Wer in deinem Team beginnt, dich in einem Gebiet zu überholen – und was würde helfen, noch weiter zu kommen?</translation>
    </message>
    <message>
        <source>Priya, on review standards. She needs a seat in the architecture forum; I will hand her mine for the ledger topics.</source>
        <translation>Priya, bei den Review-Standards. Sie braucht einen Platz im Architektur-Forum; für die Ledger-Themen gebe ich ihr meinen.</translation>
    </message>
    <message>
        <source>What did you do yourself because you are the expert at it, not because only you could?</source>
        <translation>Was hast du selbst gemacht, weil du darin die Expertin oder der Experte bist – nicht, weil nur du es konntest?</translation>
    </message>
    <message>
        <source>Refund features. I could hand the next one to Tomás with a clear outcome.</source>
        <translation>Refund-Features. Das nächste könnte ich mit einem klaren Ergebnis an Tomás geben.</translation>
    </message>
    <message>
        <source>Hand payments pull-request reviews to Priya</source>
        <translation>Die Payments-Pull-Request-Reviews an Priya übergeben</translation>
    </message>
    <message>
        <source>Priya owns reviews</source>
        <translation>Priya verantwortet die Reviews</translation>
    </message>
    <message>
        <source>Pull requests are reviewed within a day without me</source>
        <translation>Pull Requests werden innerhalb eines Tages ohne mich reviewt</translation>
    </message>
    <message>
        <source>Keep reviewing every pull request</source>
        <translation>Weiter jeden Pull Request selbst reviewen</translation>
    </message>
    <message>
        <source>Rotate reviews across the team</source>
        <translation>Reviews im Team rotieren lassen</translation>
    </message>
    <message>
        <source>Priya already reviews most carefully and asked for it. My reviews are the bottleneck.</source>
        <translation>Priya reviewt schon am sorgfältigsten und hat darum gebeten. Meine Reviews sind der Engpass.</translation>
    </message>
    <message>
        <source>Two escaped defects a month traced to review.</source>
        <translation>Zwei durchgerutschte Fehler pro Monat, die auf Reviews zurückgehen.</translation>
    </message>
    <message>
        <source>I kept re-reviewing in private, so she never really owned it.</source>
        <translation>Ich habe heimlich weiter nachreviewt, also hat sie es nie wirklich verantwortet.</translation>
    </message>
    <message>
        <source>Anxious about quality, relieved about the time.</source>
        <translation>Sorge um die Qualität, Erleichterung über die Zeit.</translation>
    </message>
    <message>
        <source>Median review time fell to six hours; no escaped defects.</source>
        <translation>Die mittlere Review-Zeit fiel auf sechs Stunden; keine durchgerutschten Fehler.</translation>
    </message>
    <message>
        <source>Ship the refund-service migration before the quarter close</source>
        <translation>Die Migration des Refund-Service vor dem Quartalsabschluss ausliefern</translation>
    </message>
    <message>
        <source>Migrate in October</source>
        <translation>Im Oktober migrieren</translation>
    </message>
    <message>
        <source>The migration lands with no customer-visible refund errors</source>
        <translation>Die Migration läuft ohne für Kunden sichtbare Erstattungsfehler</translation>
    </message>
    <message>
        <source>Wait until after the quarter close</source>
        <translation>Bis nach dem Quartalsabschluss warten</translation>
    </message>
    <message>
        <source>The old service cannot take the holiday volume; we rehearsed the rollback twice.</source>
        <translation>Der alte Service schafft das Volumen zu den Feiertagen nicht; den Rollback haben wir zweimal geprobt.</translation>
    </message>
    <message>
        <source>The rollback rehearsal fails.</source>
        <translation>Die Rollback-Probe scheitert.</translation>
    </message>
    <message>
        <source>An outside change lands the same week and we cannot tell whose fault it is.</source>
        <translation>Eine Änderung von außen landet in derselben Woche, und wir können nicht sagen, wessen Fehler es ist.</translation>
    </message>
    <message>
        <source>Confident, a little rushed.</source>
        <translation>Zuversichtlich, ein wenig gehetzt.</translation>
    </message>
    <message>
        <source>A card-network change the same week broke partial refunds for two days. Our rollout plan and rollback worked as designed.</source>
        <translation>Eine Änderung eines Kartennetzwerks in derselben Woche hat Teilerstattungen zwei Tage lang lahmgelegt. Unser Rollout-Plan und der Rollback haben wie vorgesehen funktioniert.</translation>
    </message>
    <message>
        <source>Still the right call. Next time check the card networks&apos; change calendar.</source>
        <translation>Immer noch die richtige Entscheidung. Nächstes Mal den Änderungskalender der Kartennetzwerke prüfen.</translation>
    </message>
    <message>
        <source>Take back sign-off for payment-gateway releases</source>
        <translation>Die Freigabe für Releases des Payment-Gateways zurücknehmen</translation>
    </message>
    <message>
        <source>Take it back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>No release incident while we rebuild the checklist</source>
        <translation>Kein Release-Vorfall, während wir die Checkliste neu aufbauen</translation>
    </message>
    <message>
        <source>Leave it with Hannah</source>
        <translation>Bei Hannah lassen</translation>
    </message>
    <message>
        <source>A settlement deploy doubled some payouts; I need to see the checklist work first.</source>
        <translation>Ein Settlement-Deploy hat manche Auszahlungen verdoppelt; ich muss die Checkliste erst funktionieren sehen.</translation>
    </message>
    <message>
        <source>Two clean releases with the new checklist, run by Hannah.</source>
        <translation>Zwei saubere Releases mit der neuen Checkliste, von Hannah durchgeführt.</translation>
    </message>
    <message>
        <source>Shaken, and aware I might be overreacting.</source>
        <translation>Erschüttert, und mir bewusst, dass ich vielleicht überreagiere.</translation>
    </message>
    <message>
        <source>Page the on-call engineer first for payment escalations</source>
        <translation>Bei Payment-Eskalationen zuerst die Bereitschaft alarmieren</translation>
    </message>
    <message>
        <source>On-call first</source>
        <translation>Bereitschaft zuerst</translation>
    </message>
    <message>
        <source>Escalations are triaged within 30 minutes without the manager</source>
        <translation>Eskalationen werden innerhalb von 30 Minuten ohne die Führungskraft eingeordnet</translation>
    </message>
    <message>
        <source>Manager first, as before</source>
        <translation>Führungskraft zuerst, wie bisher</translation>
    </message>
    <message>
        <source>Tomás decided it: on-call has the context and the runbooks; I was a relay.</source>
        <translation>Tomás hat es entschieden: Die Bereitschaft hat den Kontext und die Runbooks; ich war nur eine Zwischenstation.</translation>
    </message>
    <message>
        <source>A missed escalation that on-call could not handle.</source>
        <translation>Eine verpasste Eskalation, die die Bereitschaft nicht lösen konnte.</translation>
    </message>
    <message>
        <source>Hire a second site reliability engineer before another backend engineer</source>
        <translation>Eine zweite SRE-Stelle vor einer weiteren Backend-Stelle besetzen</translation>
    </message>
    <message>
        <source>SRE first</source>
        <translation>Zuerst SRE</translation>
    </message>
    <message>
        <source>On-call pages per week halve by February</source>
        <translation>Bereitschaftsalarme pro Woche halbieren sich bis Februar</translation>
    </message>
    <message>
        <source>Backend engineer first</source>
        <translation>Zuerst Backend Engineer</translation>
    </message>
    <message>
        <source>Contractor for three months</source>
        <translation>Drei Monate extern besetzen</translation>
    </message>
    <message>
        <source>Most of our lost time is incidents, not features.</source>
        <translation>Der Großteil unserer verlorenen Zeit sind Vorfälle, nicht Features.</translation>
    </message>
    <message>
        <source>We hire slowly and the backlog grows anyway.</source>
        <translation>Wir stellen langsam ein, und das Backlog wächst trotzdem.</translation>
    </message>
    <message>
        <source>Run one-to-ones that help</source>
        <translation>1:1-Gespräche führen, die helfen</translation>
    </message>
    <message>
        <source>Stop re-reviewing approved pull requests; raise disagreements in our one-to-one</source>
        <translation>Hör auf, freigegebene Pull Requests nachzureviewen; sprich Meinungsverschiedenheiten in unserem 1:1 an</translation>
    </message>
    <message>
        <source>The first weeks of the review handover</source>
        <translation>Die ersten Wochen der Review-Übergabe</translation>
    </message>
    <message>
        <source>I re-reviewed pull requests she had already approved</source>
        <translation>Ich habe Pull Requests nachreviewt, die sie schon freigegeben hatte</translation>
    </message>
    <message>
        <source>She was not sure her approval counted</source>
        <translation>Sie war nicht sicher, ob ihre Freigabe zählt</translation>
    </message>
    <message>
        <source>Trust my approvals, or tell me when you disagree</source>
        <translation>Vertrau meinen Freigaben oder sag mir, wenn du anderer Meinung bist</translation>
    </message>
    <message>
        <source>Tell the team once that Priya&apos;s approval is final</source>
        <translation>Dem Team einmal sagen, dass Priyas Freigabe endgültig ist</translation>
    </message>
    <message>
        <source>Review the review process monthly, not the pull requests</source>
        <translation>Monatlich den Review-Prozess prüfen, nicht die Pull Requests</translation>
    </message>
    <message>
        <source>Open every incident update with impact, action and the next update time</source>
        <translation>Jedes Incident-Update mit Auswirkung, Maßnahme und Zeitpunkt des nächsten Updates beginnen</translation>
    </message>
    <message>
        <source>The refund incident update to leadership</source>
        <translation>Das Update zum Refund-Vorfall an die Leitung</translation>
    </message>
    <message>
        <source>I gave a long technical timeline before the customer impact</source>
        <translation>Ich habe einen langen technischen Ablauf geschildert, bevor ich die Auswirkung auf Kunden nannte</translation>
    </message>
    <message>
        <source>Leadership asked twice what it meant for refunds</source>
        <translation>Die Leitung hat zweimal gefragt, was das für die Erstattungen bedeutet</translation>
    </message>
    <message>
        <source>Lead with impact and when you will update next</source>
        <translation>Fang mit der Auswirkung an und damit, wann das nächste Update kommt</translation>
    </message>
    <message>
        <source>Send a one-paragraph summary before joint planning</source>
        <translation>Vor der gemeinsamen Planung eine Zusammenfassung in einem Absatz schicken</translation>
    </message>
    <message>
        <source>Joint planning with Checkout</source>
        <translation>Gemeinsame Planung mit Checkout</translation>
    </message>
    <message>
        <source>I explained our constraints clearly and briefly</source>
        <translation>Ich habe unsere Einschränkungen klar und kurz erklärt</translation>
    </message>
    <message>
        <source>We agreed the refund API change in one meeting</source>
        <translation>Wir haben uns in einem Meeting auf die Änderung der Refund-API geeinigt</translation>
    </message>
    <message>
        <source>Do the same in writing beforehand</source>
        <translation>Mach dasselbe vorab schriftlich</translation>
    </message>
    <message>
        <source>Share the summary a day ahead</source>
        <translation>Die Zusammenfassung einen Tag vorher teilen</translation>
    </message>
    <message>
        <source>Give Tomás written feedback on one incident note a month</source>
        <translation>Tomás einmal im Monat schriftliches Feedback zu einer Incident-Notiz geben</translation>
    </message>
    <message>
        <source>Our one-to-ones in October</source>
        <translation>Unsere 1:1-Gespräche im Oktober</translation>
    </message>
    <message>
        <source>I asked about his growth goal every time</source>
        <translation>Ich habe jedes Mal nach seinem Entwicklungsziel gefragt</translation>
    </message>
    <message>
        <source>He felt heard and planned his next step</source>
        <translation>Er fühlte sich gehört und hat seinen nächsten Schritt geplant</translation>
    </message>
    <message>
        <source>Keep it, and comment on my incident notes too</source>
        <translation>Bleib dabei, und kommentier auch meine Incident-Notizen</translation>
    </message>
    <message>
        <source>Announce the owner whenever I hand over work that touches Risk</source>
        <translation>Die verantwortliche Person nennen, wann immer ich Arbeit übergebe, die Risk berührt</translation>
    </message>
    <message>
        <source>The refund-limits review with Risk</source>
        <translation>Das Review der Erstattungslimits mit Risk</translation>
    </message>
    <message>
        <source>I deferred every question to Hannah without saying she owned the decision</source>
        <translation>Ich habe jede Frage an Hannah weitergegeben, ohne zu sagen, dass sie die Entscheidung verantwortet</translation>
    </message>
    <message>
        <source>Risk did not know whom to hold to the answer</source>
        <translation>Risk wusste nicht, wer für die Antwort geradesteht</translation>
    </message>
    <message>
        <source>Say who owns it, once, at the start</source>
        <translation>Sag einmal, gleich zu Beginn, wer es verantwortet</translation>
    </message>
    <message>
        <source>Agree with Hannah what would let me hand release sign-off back</source>
        <translation>Mit Hannah vereinbaren, was gegeben sein muss, damit ich ihr die Release-Freigabe zurückgebe</translation>
    </message>
    <message>
        <source>After I took release sign-off back</source>
        <translation>Nachdem ich die Release-Freigabe zurückgenommen hatte</translation>
    </message>
    <message>
        <source>I took it back after one incident, without a plan to return it</source>
        <translation>Ich habe sie nach einem einzigen Vorfall zurückgenommen, ohne Plan, sie zurückzugeben</translation>
    </message>
    <message>
        <source>She felt the handover had been a trial she failed</source>
        <translation>Sie hatte das Gefühl, die Übergabe sei eine Probe gewesen, bei der sie durchgefallen ist</translation>
    </message>
    <message>
        <source>Agree the conditions to hand it back</source>
        <translation>Lass uns die Bedingungen vereinbaren, unter denen ich sie zurückbekomme</translation>
    </message>
    <message>
        <source>Write the conditions down together</source>
        <translation>Die Bedingungen gemeinsam aufschreiben</translation>
    </message>
    <message>
        <source>Review them after two releases</source>
        <translation>Sie nach zwei Releases überprüfen</translation>
    </message>
    <message>
        <source>Payments ships slowly because every review, release sign-off and escalation waits on me. The team has the skill but not the ownership, and Risk and Finance hear about our work late.</source>
        <translation>Payments liefert langsam, weil jedes Review, jede Release-Freigabe und jede Eskalation auf mich wartet. Das Team hat das Können, aber nicht die Verantwortung, und Risk und Finanzen erfahren spät von unserer Arbeit.</translation>
    </message>
    <message>
        <source>Hand the daily decisions to the engineers who do the work, and spend the hours it frees on the roadmap and on Risk, Finance and Checkout.</source>
        <translation>Die täglichen Entscheidungen an die Engineers geben, die die Arbeit machen, und die frei werdenden Stunden in die Roadmap und in Risk, Finanzen und Checkout stecken.</translation>
    </message>
    <message>
        <source>Take on the checkout rewrite this quarter</source>
        <translation>Dieses Quartal den Checkout-Rewrite übernehmen</translation>
    </message>
    <message>
        <source>Review every pull request myself</source>
        <translation>Jeden Pull Request selbst reviewen</translation>
    </message>
    <message>
        <source>Priya owns pull-request reviews</source>
        <translation>Priya verantwortet die Pull-Request-Reviews</translation>
    </message>
    <message>
        <source>On-call triages escalations first</source>
        <translation>Die Bereitschaft ordnet Eskalationen zuerst ein</translation>
    </message>
    <message>
        <source>A quarterly roadmap Risk and Finance can read</source>
        <translation>Eine Quartals-Roadmap, die Risk und Finanzen lesen können</translation>
    </message>
    <message>
        <source>December 2026 — Payments now ships every week on the team&apos;s own reviews and sign-off. Priya leads code review, the on-call engineer owns escalations, and releases go out with the team&apos;s checklist. Its lead spends half the week on the payments roadmap with Risk, Finance and Checkout, and the refund-service migration closed before the quarter.</source>
        <translation>Dezember 2026 – Payments liefert jetzt jede Woche, mit eigenen Reviews und eigener Freigabe des Teams. Priya leitet das Code-Review, die Bereitschaft verantwortet die Eskalationen, und Releases gehen mit der Checkliste des Teams raus. Die Teamleitung verbringt die Hälfte der Woche mit Risk, Finanzen und Checkout an der Payments-Roadmap, und die Migration des Refund-Service war vor Quartalsende abgeschlossen.</translation>
    </message>
    <message>
        <source>Payments ships slowly because reviews, release sign-off and escalations still queue at my desk; release sign-off came back to me after a failed deploy. Risk and Finance hear about our work late, so their reviews surprise us.</source>
        <translation>Payments liefert langsam, weil sich Reviews, Release-Freigaben und Eskalationen noch immer auf meinem Tisch stauen; die Release-Freigabe ist nach einem fehlgeschlagenen Deploy zu mir zurückgekommen. Risk und Finanzen erfahren spät von unserer Arbeit, deshalb überraschen uns ihre Prüfungen.</translation>
    </message>
    <message>
        <source>Hire another backend engineer before a second site reliability engineer</source>
        <translation>Eine weitere Backend-Stelle vor einer zweiten SRE-Stelle besetzen</translation>
    </message>
    <message>
        <source>Release sign-off back with the team by December</source>
        <translation>Release-Freigabe bis Dezember wieder beim Team</translation>
    </message>
    <message>
        <source>Director of Engineering</source>
        <translation>Director of Engineering</translation>
    </message>
    <message>
        <source>The hiring case for a second site reliability engineer</source>
        <translation>Der Business Case für eine zweite SRE-Stelle</translation>
    </message>
    <message>
        <source>An answer on the on-call budget</source>
        <translation>Eine Antwort zum Bereitschaftsbudget</translation>
    </message>
    <message>
        <source>1:1: the failed deploy and taking sign-off back</source>
        <translation>1:1: der fehlgeschlagene Deploy und das Zurücknehmen der Freigabe</translation>
    </message>
    <message>
        <source>1:1: hiring plan</source>
        <translation>1:1: Einstellungsplan</translation>
    </message>
    <message>
        <source>1:1: the 90-day review coming up</source>
        <translation>1:1: der anstehende 90-Tage-Rückblick</translation>
    </message>
    <message>
        <source>A realignment: the team is capable, the way work flows is not.</source>
        <translation>Eine Neuausrichtung: Das Team ist fähig, der Arbeitsfluss ist es nicht.</translation>
    </message>
    <message>
        <source>By day 90: weekly releases and half my week on the roadmap.</source>
        <translation>Bis Tag 90: wöchentliche Releases und die Hälfte meiner Woche an der Roadmap.</translation>
    </message>
    <message>
        <source>One more site reliability engineer in Q1 if the case is written.</source>
        <translation>Eine weitere SRE-Stelle in Q1, wenn der Business Case geschrieben ist.</translation>
    </message>
    <message>
        <source>Head of Finance</source>
        <translation>Head of Finance</translation>
    </message>
    <message>
        <source>A forecast of the cloud spend for Q1</source>
        <translation>Eine Prognose der Cloud-Kosten für Q1</translation>
    </message>
    <message>
        <source>The processor-fee breakdown</source>
        <translation>Die Aufschlüsselung der Zahlungsdienstleister-Gebühren</translation>
    </message>
    <message>
        <source>Budget review</source>
        <translation>Budget-Review</translation>
    </message>
    <message>
        <source>Cloud costs walk-through</source>
        <translation>Cloud-Kosten durchgehen</translation>
    </message>
    <message>
        <source>Risk and compliance lead</source>
        <translation>Risk &amp; Compliance Lead</translation>
    </message>
    <message>
        <source>The incident report of the failed deploy</source>
        <translation>Der Vorfallsbericht zum fehlgeschlagenen Deploy</translation>
    </message>
    <message>
        <source>The failed deploy</source>
        <translation>Der fehlgeschlagene Deploy</translation>
    </message>
    <message>
        <source>Release checklist draft</source>
        <translation>Entwurf der Release-Checkliste</translation>
    </message>
    <message>
        <source>Product director, Payments</source>
        <translation>Produktleitung, Payments</translation>
    </message>
    <message>
        <source>The Q1 priorities for checkout</source>
        <translation>Die Q1-Prioritäten für Checkout</translation>
    </message>
    <message>
        <source>Roadmap review</source>
        <translation>Roadmap-Review</translation>
    </message>
    <message>
        <source>Status report: what he reads</source>
        <translation>Statusbericht: was davon gelesen wird</translation>
    </message>
    <message>
        <source>Head of Customer Support</source>
        <translation>Head of Customer Support</translation>
    </message>
    <message>
        <source>Escalation paths</source>
        <translation>Eskalationswege</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Cash, margin and the cost of each payment; the quarter close.</source>
        <translation>Cash, Marge und die Kosten jeder Zahlung; der Quartalsabschluss.</translation>
    </message>
    <message>
        <source>The cloud spend of the payments services, and fewer failed payments to refund.</source>
        <translation>Die Cloud-Kosten der Payments-Services und weniger fehlgeschlagene Zahlungen, die erstattet werden müssen.</translation>
    </message>
    <message>
        <source>How the processor fees are booked.</source>
        <translation>Wie die Gebühren der Zahlungsdienstleister verbucht werden.</translation>
    </message>
    <message>
        <source>Quarter forecast</source>
        <translation>Quartalsprognose</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>New merchants signed, and the days to their first payment.</source>
        <translation>Neu gewonnene Händler und die Tage bis zu ihrer ersten Zahlung.</translation>
    </message>
    <message>
        <source>A reliable onboarding API and merchant docs that answer the first questions.</source>
        <translation>Eine zuverlässige Onboarding-API und Händler-Doku, die die ersten Fragen beantwortet.</translation>
    </message>
    <message>
        <source>Which merchants leave in their first year, and why.</source>
        <translation>Welche Händler im ersten Jahr abspringen, und warum.</translation>
    </message>
    <message>
        <source>Sat in on a merchant onboarding call</source>
        <translation>Bei einem Onboarding-Call mit einem Händler zugehört</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Checkout conversion and the payment success rate.</source>
        <translation>Checkout-Conversion und die Erfolgsquote der Zahlungen.</translation>
    </message>
    <message>
        <source>The payment success rate, and the refund service&apos;s features.</source>
        <translation>Die Erfolgsquote der Zahlungen und die Features des Refund-Service.</translation>
    </message>
    <message>
        <source>How the Q1 priorities are weighed.</source>
        <translation>Wie die Q1-Prioritäten gewichtet werden.</translation>
    </message>
    <message>
        <source>Roadmap intro</source>
        <translation>Einführung in die Roadmap</translation>
    </message>
    <message>
        <source>Refund features</source>
        <translation>Refund-Features</translation>
    </message>
    <message>
        <source>Status report review</source>
        <translation>Review des Statusberichts</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Tickets, the time to resolve them, customer satisfaction.</source>
        <translation>Tickets, die Zeit bis zu ihrer Lösung, Kundenzufriedenheit.</translation>
    </message>
    <message>
        <source>Fewer payment escalations, and error messages customers understand.</source>
        <translation>Weniger Zahlungseskalationen und Fehlermeldungen, die Kunden verstehen.</translation>
    </message>
    <message>
        <source>Which payment errors cost them the most time.</source>
        <translation>Welche Zahlungsfehler sie die meiste Zeit kosten.</translation>
    </message>
    <message>
        <source>Ticket review</source>
        <translation>Ticket-Review</translation>
    </message>
    <message>
        <source>Priya&apos;s reviews: faster than mine, and she explains them.</source>
        <translation>Priyas Reviews: schneller als meine, und sie erklärt sie.</translation>
    </message>
    <message>
        <source>Jumping into escalations before the on-call engineer has looked.</source>
        <translation>In Eskalationen springen, bevor die Bereitschaft sie sich angesehen hat.</translation>
    </message>
    <message>
        <source>A fixed roadmap morning each week, and monthly time with Risk.</source>
        <translation>Ein fester Roadmap-Vormittag pro Woche und monatlich Zeit mit Risk.</translation>
    </message>
    <message>
        <source>None: the target stays at 55% by day 90.</source>
        <translation>Keine: Das Ziel bleibt bei 55 % bis Tag 90.</translation>
    </message>
    <message>
        <source>A decision on the second site reliability engineer.</source>
        <translation>Eine Entscheidung über die zweite SRE-Stelle.</translation>
    </message>
    <message>
        <source>The on-call engineer triages first; escalations to me halved.</source>
        <translation>Die Bereitschaft ordnet zuerst ein; Eskalationen an mich halbiert.</translation>
    </message>
    <message>
        <source>Signing off releases alone: the team&apos;s checklist decides.</source>
        <translation>Releases allein freigeben: Die Checkliste des Teams entscheidet.</translation>
    </message>
    <message>
        <source>Handing over sprint planning to Tomás in November.</source>
        <translation>Die Sprintplanung im November an Tomás übergeben.</translation>
    </message>
    <message>
        <source>Behind the glide path; kept the 55% target and the horizon, moved the sprint-planning hand-over forward.</source>
        <translation>Hinter dem Zielpfad; 55-%-Ziel und Horizont beibehalten, die Übergabe der Sprintplanung vorgezogen.</translation>
    </message>
    <message>
        <source>Backing with Risk for the team&apos;s release checklist.</source>
        <translation>Rückhalt bei Risk für die Release-Checkliste des Teams.</translation>
    </message>
</context>
</TS>
