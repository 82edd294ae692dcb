<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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

Un outil hors ligne pour préparer la transition de contributeur individuel à manager. Rien ne quitte cet ordinateur.

Licence&#xa0;: {2}. Libre d’utiliser, de copier, de modifier et de partager, sans garantie&#xa0;; le fichier LICENSE fourni avec Altitude en donne le texte complet. Altitude utilise Qt for Python (PySide6), sous licence LGPL-3.0.

Votre plan et ses sauvegardes sont conservés dans&#xa0;:
{1}

Aide &gt; Guide d’Altitude (F1) explique chaque écran.</translation>
    </message>
    <message>
        <source>&amp;About Altitude</source>
        <translation>À &amp;propos d’Altitude</translation>
    </message>
    <message>
        <source>The version, the licence and where your plan is kept</source>
        <translation>La version, la licence et l’emplacement de votre plan</translation>
    </message>
    <message>
        <source>About Altitude</source>
        <translation>À propos d’Altitude</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Altitude can&apos;t open your plan</source>
        <translation>Altitude ne peut pas ouvrir votre plan</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Redone: {0}</source>
        <translation>Rétabli&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>Annulé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation>Impossible d’annuler ou de rétablir</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>This week&apos;s check-in is due.</source>
        <translation>Le point de la semaine est à faire.</translation>
    </message>
    <message>
        <source>Check in with {0} on “{1}” (due {2}).</source>
        <translation>Faites le point avec {0} sur «&#xa0;{1}&#xa0;» (prévu le {2}).</translation>
    </message>
    <message>
        <source>Check in on “{0}” (due {1}).</source>
        <translation>Faites le point sur «&#xa0;{0}&#xa0;» (prévu le {1}).</translation>
    </message>
    <message>
        <source>{0} more delegation check-ins are due: see the Delegation page.</source>
        <translation>{0} autres points de suivi sont à faire&#xa0;: voir la page Délégation.</translation>
    </message>
    <message>
        <source>No check-in for the weeks of {0} and {1} more.</source>
        <translation>Aucun point pour les semaines du {0} et {1} autres.</translation>
    </message>
    <message>
        <source>No check-in for the week of {0}.</source>
        <translation>Semaine du {0}&#xa0;: aucun point.</translation>
    </message>
    <message>
        <source>No check-in for the weeks of {0}.</source>
        <translation>Semaines du {0}&#xa0;: aucun point.</translation>
    </message>
    <message>
        <source>Your execution share rose two weeks running: what pulled you back in?</source>
        <translation>Votre part d’exécution a augmenté deux semaines de suite&#xa0;: qu’est-ce qui vous a fait replonger&#xa0;?</translation>
    </message>
    <message>
        <source>No one-to-one with {0} logged yet: when do you meet?</source>
        <translation>Aucun entretien individuel avec {0} noté pour l’instant&#xa0;: quand vous voyez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Your one-to-one with {0} is due (since {1}).</source>
        <translation>Votre entretien individuel avec {0} est à prévoir (depuis le {1}).</translation>
    </message>
    <message>
        <source>Review your decision “{0}” (due {1}).</source>
        <translation>Réexaminez votre décision «&#xa0;{0}&#xa0;» (prévu le {1}).</translation>
    </message>
    <message>
        <source>{0} more decisions are due for review: see the journal.</source>
        <translation>{0} autres décisions sont à réexaminer&#xa0;: voir le journal.</translation>
    </message>
    <message>
        <source>Follow up with {0} on “{1}” (due {2}).</source>
        <translation>Revenez vers {0} au sujet de «&#xa0;{1}&#xa0;» (prévu le {2}).</translation>
    </message>
    <message>
        <source>Follow up on “{0}” (due {1}).</source>
        <translation>Donnez suite à «&#xa0;{0}&#xa0;» (prévu le {1}).</translation>
    </message>
    <message>
        <source>{0} more feedback follow-ups are due: see the feedback log.</source>
        <translation>{0} autres feedbacks attendent une suite&#xa0;: voir le journal de feedback.</translation>
    </message>
    <message>
        <source>Delegated work came back to you.</source>
        <translation>Du travail délégué vous est revenu.</translation>
    </message>
    <message>
        <source>Work that came back, in the week of {0}: {1}</source>
        <translation>Travail revenu, semaine du {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Your day-{0} milestone review is due {1}: book it with your boss.</source>
        <translation>Votre bilan d’étape du jour {0} est prévu le {1}&#xa0;: fixez-le avec votre manager.</translation>
    </message>
    <message>
        <source>Your day-{0} milestone review is overdue (due {1}): stop and look.</source>
        <translation>Votre bilan d’étape du jour {0} est en retard (prévu le {1})&#xa0;: prenez le temps de faire le point.</translation>
    </message>
    <message>
        <source>You have not been in touch with {0} yet.</source>
        <translation>Vous n’avez pas encore été en contact avec {0}.</translation>
    </message>
    <message>
        <source>Be in touch with {0} (due since {1}).</source>
        <translation>Reprenez contact avec {0} (à faire depuis le {1}).</translation>
    </message>
    <message>
        <source>{0} more people are overdue a contact: see Relationships.</source>
        <translation>{0} autres personnes attendent un contact&#xa0;: voir Relations.</translation>
    </message>
    <message>
        <source>A month has passed: revisit your strategic narrative (due {0}).</source>
        <translation>Un mois a passé&#xa0;: revoyez votre récit stratégique (prévu le {0}).</translation>
    </message>
    <message>
        <source>No strategic narrative yet: what is really going on, and what will you do?</source>
        <translation>Pas encore de récit stratégique&#xa0;: que se passe-t-il vraiment, et qu’allez-vous faire&#xa0;?</translation>
    </message>
    <message>
        <source>You have not worked with {0} yet.</source>
        <translation>Vous n’avez pas encore travaillé avec {0}.</translation>
    </message>
    <message>
        <source>You have not worked with {0} since {1}.</source>
        <translation>Depuis le {1}, vous n’avez pas travaillé avec {0}.</translation>
    </message>
    <message>
        <source>{0} more functions are untouched for 60 days: see Functions.</source>
        <translation>{0} autres fonctions sont délaissées depuis 60 jours&#xa0;: voir Fonctions.</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>✓ Nothing needs your attention this week.</source>
        <translation>✓ Rien ne demande votre attention cette semaine.</translation>
    </message>
    <message>
        <source>Log this week&apos;s check-in</source>
        <translation>Enregistrer le point de la semaine</translation>
    </message>
    <message>
        <source>Hours, delegations due and a reflection (Ctrl+K)</source>
        <translation>Heures, points de suivi et une réflexion (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Points hebdo</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Dernière semaine</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant un import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Before a new plan</source>
        <translation>Avant un nouveau plan</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Altitude backs up your plan once a day and before every import, restore, upgrade or new plan, keeping the newest {0}. They are in {1}.</source>
        <translation>Altitude sauvegarde votre plan une fois par jour et avant chaque import, restauration, mise à jour ou nouveau plan, et garde les {0} plus récentes. Elles se trouvent dans {1}.</translation>
    </message>
    <message>
        <source>Unreadable: {0}</source>
        <translation>Illisible&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Aucun plan</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Sauvegardé dans {0}</translation>
    </message>
    <message>
        <source>Replace your plan with the backup from {0} ({1} check-ins)? Your plan as it is now is backed up first, and this cannot be undone with Edit &gt; Undo.</source>
        <translation>Remplacer votre plan par la sauvegarde du {0} ({1} points hebdomadaires)&#xa0;? Votre plan actuel est d’abord sauvegardé, et cette opération ne peut pas être annulée avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>Restored the backup from {0}</source>
        <translation>Sauvegarde du {0} restaurée</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Sauve&amp;gardes…</translation>
    </message>
</context>
<context>
    <name>Boomerang</name>
    <message>
        <source>You spent {0} on {1}, delegated to {2} in the week of {3}.</source>
        <translation>Vous avez passé {0} sur «&#xa0;{1}&#xa0;», délégué à {2}, la semaine du {3}.</translation>
    </message>
</context>
<context>
    <name>BugHook</name>
    <message>
        <source>Not done</source>
        <translation>Action non effectuée</translation>
    </message>
    <message>
        <source>Something went wrong inside Altitude: this is a bug. Every change saved so far is kept, and you can carry on working.</source>
        <translation>Un problème est survenu dans Altitude&#xa0;: c’est un bug. Toutes les modifications enregistrées jusqu’ici sont conservées, et vous pouvez continuer à travailler.</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>Loading chart…</source>
        <translation>Chargement du graphique…</translation>
    </message>
    <message>
        <source>Save chart as PNG / SVG / PDF…</source>
        <translation>Enregistrer le graphique en PNG / SVG / PDF…</translation>
    </message>
    <message>
        <source>This chart could not be drawn.</source>
        <translation>Impossible de tracer ce graphique.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Can&apos;t save a chart as {0}: use .png, .svg or .pdf.</source>
        <translation>Impossible d’enregistrer un graphique au format {0}&#xa0;: utilisez .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Graphique non enregistré</translation>
    </message>
    <message>
        <source>Chart saved to {0}</source>
        <translation>Graphique enregistré dans {0}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Add the functions you work with
to see how often you meet each one</source>
        <translation>Ajoutez les fonctions avec lesquelles vous travaillez
pour voir à quelle fréquence vous les côtoyez</translation>
    </message>
    <message>
        <source>Times you worked with each function, by month</source>
        <translation>Nombre de fois où vous avez travaillé avec chaque fonction, par mois</translation>
    </message>
    <message>
        <source>No time with another function logged in these months yet</source>
        <translation>Aucun travail avec une autre fonction noté sur ces mois pour l’instant</translation>
    </message>
    <message>
        <source>{0} (the last {1})</source>
        <translation>{0} (les {1} derniers)</translation>
    </message>
    <message>
        <source>The arc: each version of your narrative</source>
        <translation>L’arc&#xa0;: chaque version de votre récit</translation>
    </message>
    <message>
        <source>Hours a week on its actions</source>
        <translation>Heures par semaine consacrées à ses actions</translation>
    </message>
    <message>
        <source>Write your narrative to start its arc</source>
        <translation>Écrivez votre récit pour commencer son arc</translation>
    </message>
    <message>
        <source>v{0} · no hints</source>
        <translation>v{0} · aucune indication</translation>
    </message>
    <message numerus="yes">
        <source>v{0} · %n hint(s)</source>
        <translation>
            <numerusform>v{0} · %n indication</numerusform>
            <numerusform>v{0} · %n indications</numerusform>
        </translation>
    </message>
    <message>
        <source>plan starts</source>
        <translation>début du plan</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>fin du plan</translation>
    </message>
    <message>
        <source>Who matters to your work: influence and interest</source>
        <translation>Qui compte pour votre travail&#xa0;: influence et intérêt</translation>
    </message>
    <message>
        <source>Add the people beyond your team
to see them on the map</source>
        <translation>Ajoutez les personnes hors de votre équipe
pour les voir sur la carte</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Convincible</source>
        <translation>À convaincre</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Opposant</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Impliquer de près</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Satisfaire</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Tenir informé</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>your boss</source>
        <translation>votre manager</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Interest in your work  (1 low to 5 high)</source>
        <translation>Intérêt pour votre travail  (1 faible à 5 élevé)</translation>
    </message>
    <message>
        <source>Influence  (1 to 5)</source>
        <translation>Influence  (1 à 5)</translation>
    </message>
    <message>
        <source>Colour and shape: their stance · size: the trust between you</source>
        <translation>Couleur et forme&#xa0;: sa position · taille&#xa0;: la confiance entre vous</translation>
    </message>
    <message>
        <source>Delegate an outcome to see the hours it frees</source>
        <translation>Déléguez un résultat pour voir les heures qu’il libère</translation>
    </message>
    <message>
        <source>Hours a week freed</source>
        <translation>Heures libérées par semaine</translation>
    </message>
    <message>
        <source>{0} a week</source>
        <translation>{0} par semaine</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>Reprises</translation>
    </message>
    <message>
        <source>taken back: {0}</source>
        <translation>repris&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <source>Hours freed by delegation</source>
        <translation>Heures libérées par la délégation</translation>
    </message>
    <message>
        <source>Review decisions to see your calibration</source>
        <translation>Réexaminez des décisions pour voir votre calibration</translation>
    </message>
    <message>
        <source>Log decisions to see how many your team makes</source>
        <translation>Notez des décisions pour voir combien votre équipe en prend</translation>
    </message>
    <message>
        <source>Perfect calibration</source>
        <translation>Calibration parfaite</translation>
    </message>
    <message>
        <source>Your decisions (hollow: under 5 in the bin, still wobbly)</source>
        <translation>Vos décisions (vides&#xa0;: moins de 5 dans la tranche, encore peu fiable)</translation>
    </message>
    <message>
        <source>How confident you were (%)</source>
        <translation>Votre degré de confiance (%)</translation>
    </message>
    <message>
        <source>How many came true (%)</source>
        <translation>Part qui s’est réalisée (%)</translation>
    </message>
    <message>
        <source>Calibration: the number by each point is how many decisions</source>
        <translation>Calibration&#xa0;: le chiffre près de chaque point indique le nombre de décisions</translation>
    </message>
    <message>
        <source>Made by your team (%)</source>
        <translation>Prises par votre équipe (%)</translation>
    </message>
    <message>
        <source>Decisions your team made, by month</source>
        <translation>Décisions prises par votre équipe, par mois</translation>
    </message>
    <message>
        <source>Add a theme and rate yourself to compare your view with others&apos;</source>
        <translation>Ajoutez un thème et évaluez-vous pour comparer votre regard à celui des autres</translation>
    </message>
    <message>
        <source>Rate yourself on a theme to start this chart</source>
        <translation>Évaluez-vous sur un thème pour commencer ce graphique</translation>
    </message>
    <message>
        <source>Your own rating</source>
        <translation>Votre propre note</translation>
    </message>
    <message>
        <source>Their ratings</source>
        <translation>Leurs notes</translation>
    </message>
    <message>
        <source>Their average so far</source>
        <translation>Leur moyenne à ce jour</translation>
    </message>
    <message>
        <source>Log a check-in to see your weekly hours</source>
        <translation>Faites un point hebdomadaire pour voir vos heures de la semaine</translation>
    </message>
    <message>
        <source>Hours in the week</source>
        <translation>Heures de la semaine</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <source>Add what you do today to see it weighed</source>
        <translation>Ajoutez ce que vous faites aujourd’hui pour le voir évalué</translation>
    </message>
    <message>
        <source>Keep: only you, high leverage</source>
        <translation>Garder&#xa0;: irremplaçable, fort levier</translation>
    </message>
    <message>
        <source>Stop?</source>
        <translation>Arrêter&#xa0;?</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Déléguer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Leverage when you do it yourself  (1 low to 5 high)</source>
        <translation>Effet de levier quand vous le faites vous-même  (1 faible à 5 élevé)</translation>
    </message>
    <message>
        <source>Only you can do it  (1 to 5)</source>
        <translation>Irremplaçable  (1 à 5)</translation>
    </message>
    <message>
        <source>What you do, weighed</source>
        <translation>Ce que vous faites, évalué</translation>
    </message>
    <message>
        <source>Colour: decision · bubble size: hours a week</source>
        <translation>Couleur&#xa0;: décision · taille de la bulle&#xa0;: heures par semaine</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Delegate the outcome</source>
        <translation>Déléguer le résultat</translation>
    </message>
    <message>
        <source>Coach then delegate</source>
        <translation>Accompagner, puis déléguer</translation>
    </message>
    <message>
        <source>Stop doing</source>
        <translation>Arrêter de le faire</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>Log your first check-in to see your trajectory</source>
        <translation>Faites votre premier point hebdomadaire pour voir votre évolution</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Share of the week</source>
        <translation>Part de la semaine</translation>
    </message>
    <message>
        <source>Strategy share of your week</source>
        <translation>Part de stratégie de votre semaine</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Not at this trend</source>
        <translation>Pas avec cette tendance</translation>
    </message>
    <message>
        <source>Tolerance ±{0} pts</source>
        <translation>Tolérance ±{0} pts</translation>
    </message>
    <message>
        <source>Glide path</source>
        <translation>Trajectoire</translation>
    </message>
    <message>
        <source>Day {0}
{1}</source>
        <translation>Jour {0}
{1}</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Target reached in the week of {0}</source>
        <translation>Objectif atteint la semaine du {0}</translation>
    </message>
    <message>
        <source>Target reached ~week of {0} at this trend</source>
        <translation>Objectif atteint vers la semaine du {0} à ce rythme</translation>
    </message>
    <message>
        <source>Trajectory chart</source>
        <translation>Graphique de trajectoire</translation>
    </message>
    <message>
        <source>Right-click to save the chart as PNG, SVG or PDF</source>
        <translation>Clic droit pour enregistrer le graphique en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Hours freed by delegation chart</source>
        <translation>Graphique des heures libérées par la délégation</translation>
    </message>
    <message>
        <source>Weighing matrix chart</source>
        <translation>Graphique de la matrice d’évaluation</translation>
    </message>
    <message>
        <source>Click a bubble to weigh its item; right-click to save the chart</source>
        <translation>Cliquez sur une bulle pour évaluer son activité&#xa0;; clic droit pour enregistrer le graphique</translation>
    </message>
</context>
<context>
    <name>CheckinDelegations</name>
    <message>
        <source>Success: {0}</source>
        <translation>Réussite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} · due {1}</source>
        <translation>{0} · prévu le {1}</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Point fait</translation>
    </message>
    <message>
        <source>Checked in with {0}</source>
        <translation>Point fait avec {0}</translation>
    </message>
    <message>
        <source>Mark that you checked in on this outcome this week</source>
        <translation>Indiquer que vous avez fait le point sur ce résultat cette semaine</translation>
    </message>
    <message>
        <source>What did you hear? (optional)</source>
        <translation>Qu’avez-vous entendu&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <source>Check-in note for {0}</source>
        <translation>Note du point avec {0}</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>✓ Checked in</source>
        <translation>✓ Point fait</translation>
    </message>
    <message>
        <source>No delegation is due for a check-in this week.</source>
        <translation>Aucune délégation n’attend de point de suivi cette semaine.</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Pas encore de responsable</translation>
    </message>
</context>
<context>
    <name>CheckinDetail</name>
    <message>
        <source>The selected week</source>
        <translation>La semaine sélectionnée</translation>
    </message>
    <message>
        <source>Select a week to see its reflections.</source>
        <translation>Sélectionnez une semaine pour voir ses réflexions.</translation>
    </message>
    <message>
        <source>{0} on execution · {1} on strategy</source>
        <translation>{0} d’exécution · {1} de stratégie</translation>
    </message>
    <message>
        <source>{0}% of the week on strategy</source>
        <translation>{0}&#xa0;% de la semaine sur la stratégie</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <source>No reflections this week.</source>
        <translation>Aucune réflexion cette semaine.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>Par activité</translation>
    </message>
    <message>
        <source>(an item no longer in your inventory)</source>
        <translation>(une activité qui n’est plus dans votre inventaire)</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Weekly check-in</source>
        <translation>Point hebdomadaire</translation>
    </message>
    <message>
        <source>Note for the week</source>
        <translation>Note de la semaine</translation>
    </message>
    <message>
        <source>Anything worth remembering about this week</source>
        <translation>Ce qui mérite d’être retenu de cette semaine</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>Se&amp;maine</translation>
    </message>
    <message>
        <source>Where did your hours go?</source>
        <translation>Où sont passées vos heures&#xa0;?</translation>
    </message>
    <message>
        <source>Delegations due for a check-in</source>
        <translation>Délégations qui attendent un point de suivi</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Réfléchir</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Note (facultatif)</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Enregistrer le point</translation>
    </message>
    <message>
        <source>Save this week (Ctrl+Enter)</source>
        <translation>Enregistrer cette semaine (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Two minutes: where your week went, who you checked in with, and one thought to take into next week.</source>
        <translation>Deux minutes&#xa0;: où est passée votre semaine, avec qui vous avez fait le point, et une idée à emporter pour la semaine prochaine.</translation>
    </message>
    <message>
        <source>Weekly check-in — {0}</source>
        <translation>Point hebdomadaire — {0}</translation>
    </message>
    <message>
        <source>Switch weeks?</source>
        <translation>Changer de semaine&#xa0;?</translation>
    </message>
    <message>
        <source>What you entered for {0} is not saved yet. Leave it?</source>
        <translation>Ce que vous avez saisi pour {0} n’est pas encore enregistré. L’abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CheckinGrowthDue</name>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>Feedback from {0} · follow-up due {1}</source>
        <translation>Feedback de {0} · suite à donner le {1}</translation>
    </message>
    <message>
        <source>Mark followed up</source>
        <translation>Marquer comme suivi</translation>
    </message>
    <message>
        <source>Mark followed up with {0}</source>
        <translation>Marquer le suivi avec {0} comme fait</translation>
    </message>
    <message>
        <source>Save that you followed up today (saved at once)</source>
        <translation>Enregistrer que vous y avez donné suite aujourd’hui (enregistré aussitôt)</translation>
    </message>
    <message>
        <source>✓ Followed up</source>
        <translation>✓ Suite donnée</translation>
    </message>
    <message>
        <source>Decisions and feedback due</source>
        <translation>Décisions et feedbacks à traiter</translation>
    </message>
    <message>
        <source>Nothing due: no decision waits for its review and no feedback for a follow-up.</source>
        <translation>Rien à traiter&#xa0;: aucune décision n’attend son réexamen et aucun feedback n’attend de suite.</translation>
    </message>
    <message>
        <source>To review on the Decisions page: what happened, and how you decided and how it turned out, rated apart.</source>
        <translation>À réexaminer sur la page Décisions&#xa0;: ce qui s’est passé, puis votre façon de décider et l’issue, notées séparément.</translation>
    </message>
    <message>
        <source>Review due since {0} · you expected: {1} ({2}%)</source>
        <translation>Réexamen prévu depuis le {0} · vous attendiez&#xa0;: {1} ({2}&#xa0;%)</translation>
    </message>
    <message>
        <source>Feedback you said you would follow up on:</source>
        <translation>Feedbacks auxquels vous aviez prévu de donner suite&#xa0;:</translation>
    </message>
    <message>
        <source>Mark a follow-up done</source>
        <translation>Marquer une suite comme donnée</translation>
    </message>
</context>
<context>
    <name>CheckinHints</name>
    <message>
        <source>This week is logged; saving replaces it.</source>
        <translation>Cette semaine est déjà enregistrée&#xa0;; enregistrer la remplace.</translation>
    </message>
    <message>
        <source>Last logged, {0}: {1} on execution, {2} on strategy.</source>
        <translation>Dernier point, {0}&#xa0;: {1} d’exécution, {2} de stratégie.</translation>
    </message>
    <message>
        <source>with {0}</source>
        <translation>avec {0}</translation>
    </message>
    <message>
        <source>your team</source>
        <translation>votre équipe</translation>
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
        <translation>Heures d’exécution</translation>
    </message>
    <message>
        <source>Doing the work, reviewing, fixing, firefighting</source>
        <translation>Faire le travail, relire, corriger, éteindre les incendies</translation>
    </message>
    <message>
        <source>Hours on strategy</source>
        <translation>Heures de stratégie</translation>
    </message>
    <message>
        <source>Direction, priorities, developing people, alignment, decisions</source>
        <translation>Cap, priorités, développement des personnes, alignement, décisions</translation>
    </message>
    <message>
        <source>&amp;Execution</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>S&amp;tratégie</translation>
    </message>
    <message>
        <source>No hours yet</source>
        <translation>Pas encore d’heures</translation>
    </message>
    <message>
        <source>{0} in all · {1}% on strategy</source>
        <translation>{0} au total · {1}&#xa0;% sur la stratégie</translation>
    </message>
</context>
<context>
    <name>CheckinItems</name>
    <message>
        <source>Split by inventory item (optional)</source>
        <translation>Répartir par activité de l’inventaire (facultatif)</translation>
    </message>
    <message>
        <source>Split by inventory item</source>
        <translation>Répartir par activité de l’inventaire</translation>
    </message>
    <message>
        <source>Item hours total</source>
        <translation>Total des heures par activité</translation>
    </message>
    <message>
        <source>Take the week&apos;s hours from the items</source>
        <translation>Reprendre les heures de la semaine depuis les activités</translation>
    </message>
    <message>
        <source>Set execution and strategy to what the items add up to</source>
        <translation>Régler l’exécution et la stratégie sur le total des activités</translation>
    </message>
    <message>
        <source>Your inventory is empty: add what you do on the Inventory page.</source>
        <translation>Votre inventaire est vide&#xa0;: ajoutez ce que vous faites sur la page Inventaire.</translation>
    </message>
    <message>
        <source>Delegated work you did again</source>
        <translation>Travail délégué que vous avez refait</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>stratégie</translation>
    </message>
    <message>
        <source>execution</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>Hours on {0}</source>
        <translation>Heures sur {0}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Items add up to {0}, as the week does.</source>
        <translation>Les activités totalisent {0}, comme la semaine.</translation>
    </message>
    <message>
        <source>Items add up to {0}; the week has {1}</source>
        <translation>Les activités totalisent {0}&#xa0;; la semaine en compte {1}</translation>
    </message>
</context>
<context>
    <name>CheckinNarrativeDue</name>
    <message>
        <source>A month since you wrote your narrative: does it still hold?</source>
        <translation>Un mois depuis que vous avez écrit votre récit&#xa0;: tient-il toujours&#xa0;?</translation>
    </message>
    <message>
        <source>Two weeks in and no narrative yet: where are you taking the team, and why?</source>
        <translation>Deux semaines déjà et pas encore de récit&#xa0;: où emmenez-vous l’équipe, et pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Write your narrative…</source>
        <translation>Écrire votre récit…</translation>
    </message>
    <message>
        <source>Revisit the narrative…</source>
        <translation>Revoir le récit…</translation>
    </message>
    <message>
        <source>Write your narrative</source>
        <translation>Écrire votre récit</translation>
    </message>
    <message>
        <source>Revisit your narrative</source>
        <translation>Revoir votre récit</translation>
    </message>
</context>
<context>
    <name>CheckinPrompts</name>
    <message>
        <source>Whom did you ask for feedback this week?</source>
        <translation>À qui avez-vous demandé du feedback cette semaine&#xa0;?</translation>
    </message>
    <message>
        <source>You took back “{0}”. What pulled you in, and what would have to be true to hand it over again?</source>
        <translation>Vous avez repris «&#xa0;{0}&#xa0;». Qu’est-ce qui vous a fait replonger, et que faudrait-il pour le confier à nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>Your day-{0} milestone is near. What will you bring to its review: what to keep, what to stop, what to start?</source>
        <translation>Votre jalon du jour {0} approche. Qu’apporterez-vous à son bilan&#xa0;: ce qu’il faut garder, arrêter, commencer&#xa0;?</translation>
    </message>
    <message>
        <source>Your narrative is a month old. Does its diagnosis still hold, or has something changed?</source>
        <translation>Votre récit a un mois. Son diagnostic tient-il toujours, ou quelque chose a-t-il changé&#xa0;?</translation>
    </message>
    <message>
        <source>This week was above your glide path. What made room for strategy, and how could you keep it?</source>
        <translation>Cette semaine était au-dessus de votre trajectoire. Qu’est-ce qui a fait de la place à la stratégie, et comment la garder&#xa0;?</translation>
    </message>
    <message>
        <source>Being liked</source>
        <translation>La sympathie des autres</translation>
    </message>
    <message>
        <source>My own wins</source>
        <translation>Mes propres réussites</translation>
    </message>
    <message>
        <source>Impact through others</source>
        <translation>L’impact à travers les autres</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Le contrôle</translation>
    </message>
    <message>
        <source>you took work back</source>
        <translation>vous avez repris du travail délégué</translation>
    </message>
    <message>
        <source>most of your handovers sit at level 1 or 2, where you still decide</source>
        <translation>la plupart de vos délégations sont au niveau 1 ou 2, où c’est encore vous qui décidez</translation>
    </message>
    <message>
        <source>in each of your last {0} motive checks</source>
        <translation>à chacun de vos {0} derniers points sur la motivation</translation>
    </message>
    <message>
        <source>in {0} of your last {1} motive checks</source>
        <translation>à {0} de vos {1} derniers points sur la motivation</translation>
    </message>
    <message>
        <source>A note, once: “control” was your answer {0}, and {1}. McClelland and Burnham, who studied managers for years (“Power Is the Great Motivator”, 1976), found that the managers with the best teams wanted influence for the team&apos;s sake rather than control of the work, and kept that wish in check. Wanting control is human; the question is whether it leaves your team room to grow.</source>
        <translation>Une remarque, une seule fois&#xa0;: «&#xa0;le contrôle&#xa0;» a été votre réponse {0}, et {1}. McClelland et Burnham, qui ont étudié des managers pendant des années («&#xa0;Power Is the Great Motivator&#xa0;», 1976), ont constaté que les managers dont les équipes réussissaient le mieux recherchaient l’influence au service de l’équipe plutôt que le contrôle du travail, et savaient tenir ce désir en bride. Vouloir garder le contrôle est humain&#xa0;; la question est de savoir si cela laisse à votre équipe la place de grandir.</translation>
    </message>
    <message>
        <source>Which satisfaction are you after this month?</source>
        <translation>Quelle satisfaction recherchez-vous ce mois-ci&#xa0;?</translation>
    </message>
    <message>
        <source>Choose one (or leave it for now)</source>
        <translation>Choisissez-en une (ou laissez pour l’instant)</translation>
    </message>
    <message>
        <source>This month&apos;s motive check: which satisfaction are you after?</source>
        <translation>Le point du mois sur votre motivation&#xa0;: quelle satisfaction recherchez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Being liked, your own wins, impact through others, or control: no answer is wrong; noticing it is the point. Asked once a month.</source>
        <translation>La sympathie des autres, vos propres réussites, l’impact à travers les autres ou le contrôle&#xa0;: aucune réponse n’est mauvaise&#xa0;; l’important est de le remarquer. Posée une fois par mois.</translation>
    </message>
    <message>
        <source>Asked every week: a name and what about is enough; “no one” is an answer too.</source>
        <translation>Posée chaque semaine&#xa0;: un nom et le sujet suffisent&#xa0;; «&#xa0;personne&#xa0;» est aussi une réponse.</translation>
    </message>
    <message>
        <source>A sentence or two is enough.</source>
        <translation>Une phrase ou deux suffisent.</translation>
    </message>
</context>
<context>
    <name>CheckinSave</name>
    <message>
        <source>This delegation no longer exists.</source>
        <translation>Cette délégation n’existe plus.</translation>
    </message>
    <message>
        <source>Check-in {0}</source>
        <translation>Point hebdomadaire {0}</translation>
    </message>
</context>
<context>
    <name>CheckinWeeks</name>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Pick a past week to correct it</source>
        <translation>Choisissez une semaine passée pour la corriger</translation>
    </message>
    <message>
        <source> (this week)</source>
        <translation> (cette semaine)</translation>
    </message>
    <message>
        <source>  ✓ logged</source>
        <translation>  ✓ enregistrée</translation>
    </message>
</context>
<context>
    <name>CheckinsModel</name>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>On strategy</source>
        <translation>Part stratégie</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The ISO week, Monday to Sunday</source>
        <translation>La semaine ISO, du lundi au dimanche</translation>
    </message>
    <message>
        <source>Hours doing, reviewing, fixing, firefighting</source>
        <translation>Heures à faire, relire, corriger, éteindre les incendies</translation>
    </message>
    <message>
        <source>Hours on direction, priorities, people, alignment, decisions</source>
        <translation>Heures consacrées au cap, aux priorités, aux personnes, à l’alignement, aux décisions</translation>
    </message>
    <message>
        <source>The share of the week&apos;s hours spent on strategy</source>
        <translation>La part des heures de la semaine consacrée à la stratégie</translation>
    </message>
    <message>
        <source>How many reflection prompts you answered</source>
        <translation>Le nombre de questions de réflexion auxquelles vous avez répondu</translation>
    </message>
    <message>
        <source>The first line of your note</source>
        <translation>La première ligne de votre note</translation>
    </message>
</context>
<context>
    <name>CheckinsPage</name>
    <message>
        <source>Check-ins</source>
        <translation>Points hebdo</translation>
    </message>
    <message>
        <source>Each week: hours on execution and strategy, the delegations you checked in on, and a thought or two. Double-click a week to correct it.</source>
        <translation>Chaque semaine&#xa0;: les heures d’exécution et de stratégie, les délégations sur lesquelles vous avez fait le point, et une idée ou deux. Double-cliquez sur une semaine pour la corriger.</translation>
    </message>
    <message>
        <source>Log this week</source>
        <translation>Faire le point de la semaine</translation>
    </message>
    <message>
        <source>Open this week&apos;s check-in (Ctrl+N)</source>
        <translation>Ouvrir le point de cette semaine (Ctrl+N)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Correct the selected week</source>
        <translation>Corriger la semaine sélectionnée</translation>
    </message>
    <message>
        <source>Open the selected week (Enter)</source>
        <translation>Ouvrir la semaine sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected week</source>
        <translation>Supprimer la semaine sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected week (Delete); Ctrl+Z undoes</source>
        <translation>Supprimer la semaine sélectionnée (Suppr)&#xa0;; Ctrl+Z annule</translation>
    </message>
    <message>
        <source>Weekly check-ins</source>
        <translation>Points hebdomadaires</translation>
    </message>
    <message>
        <source>No check-ins yet. Log this week to start seeing your trend.</source>
        <translation>Pas encore de point hebdomadaire. Faites le point de cette semaine pour voir votre tendance se dessiner.</translation>
    </message>
    <message>
        <source>Select a week to see its reflections.</source>
        <translation>Sélectionnez une semaine pour voir ses réflexions.</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <source>Delete the check-in for {0}? Ctrl+Z brings it back.</source>
        <translation>Supprimer le point de la semaine du {0}&#xa0;? Ctrl+Z le rétablit.</translation>
    </message>
    <message>
        <source>Delete check-in {0}</source>
        <translation>Supprimer le point {0}</translation>
    </message>
</context>
<context>
    <name>DashboardCards</name>
    <message>
        <source>Your transition</source>
        <translation>Votre transition</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Pas encore de plan</translation>
    </message>
    <message>
        <source>Starts in {0} d</source>
        <translation>Dans {0} j</translation>
    </message>
    <message>
        <source>Day 1 is still ahead</source>
        <translation>Le jour 1 est encore à venir</translation>
    </message>
    <message>
        <source>{0} days past your {1}-day horizon: time to review the plan</source>
        <translation>{0} jours après votre horizon de {1} jours&#xa0;: il est temps de revoir le plan</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Jour {0}</translation>
    </message>
    <message>
        <source>Last day of the plan</source>
        <translation>Dernier jour du plan</translation>
    </message>
    <message>
        <source>1 day to go</source>
        <translation>Encore 1 jour</translation>
    </message>
    <message>
        <source>{0} days to go</source>
        <translation>Encore {0} jours</translation>
    </message>
    <message>
        <source>Day {0} of {1}</source>
        <translation>Jour {0} sur {1}</translation>
    </message>
    <message>
        <source>Strategy last week</source>
        <translation>Stratégie la semaine dernière</translation>
    </message>
    <message>
        <source>Log your first check-in</source>
        <translation>Faites votre premier point hebdomadaire</translation>
    </message>
    <message>
        <source>Strategy this week</source>
        <translation>Stratégie cette semaine</translation>
    </message>
    <message>
        <source>Strategy, latest check-in</source>
        <translation>Stratégie, dernier point</translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation>Semaine du {0}</translation>
    </message>
    <message>
        <source>{0} · target {1}</source>
        <translation>{0} · cible {1}</translation>
    </message>
    <message>
        <source>Against the glide path</source>
        <translation>Par rapport à la trajectoire</translation>
    </message>
    <message>
        <source>Needs a plan</source>
        <translation>Il faut un plan</translation>
    </message>
    <message>
        <source>Log a check-in to compare</source>
        <translation>Faites un point pour comparer</translation>
    </message>
    <message>
        <source>Within {0} points of the {1} planned</source>
        <translation>À moins de {0} points des {1} prévus</translation>
    </message>
    <message>
        <source>✓ On track</source>
        <translation>✓ Dans les temps</translation>
    </message>
    <message>
        <source>{0} points above the {1} planned</source>
        <translation>{0} points au-dessus des {1} prévus</translation>
    </message>
    <message>
        <source>▲ Ahead</source>
        <translation>▲ En avance</translation>
    </message>
    <message>
        <source>{0} points below the {1} planned</source>
        <translation>{0} points en dessous des {1} prévus</translation>
    </message>
    <message>
        <source>▼ Behind</source>
        <translation>▼ En retard</translation>
    </message>
    <message>
        <source>Reaching your target</source>
        <translation>Atteindre votre cible</translation>
    </message>
    <message>
        <source>Reaching {0} strategy</source>
        <translation>Atteindre {0} de stratégie</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Needs three check-ins</source>
        <translation>Il faut trois points hebdomadaires</translation>
    </message>
    <message>
        <source>Share flat or falling lately</source>
        <translation>Part stable ou en baisse ces derniers temps</translation>
    </message>
    <message>
        <source>More than two years away at this pace</source>
        <translation>Plus de deux ans à ce rythme</translation>
    </message>
    <message>
        <source>Not at this trend</source>
        <translation>Pas avec cette tendance</translation>
    </message>
    <message>
        <source>In the week of {0}</source>
        <translation>La semaine du {0}</translation>
    </message>
    <message>
        <source>✓ Reached</source>
        <translation>✓ Atteint</translation>
    </message>
    <message>
        <source>After your plan ends ({0})</source>
        <translation>Après la fin de votre plan ({0})</translation>
    </message>
    <message>
        <source>Projected for this week</source>
        <translation>Prévu pour cette semaine</translation>
    </message>
    <message numerus="yes">
        <source>In about %n week(s)</source>
        <translation>
            <numerusform>Dans environ&#xa0;%n semaine</numerusform>
            <numerusform>Dans environ&#xa0;%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s)</source>
        <translation>
            <numerusform>%n délégation</numerusform>
            <numerusform>%n délégations</numerusform>
        </translation>
    </message>
    <message>
        <source>Freed by delegation</source>
        <translation>Libéré par la délégation</translation>
    </message>
    <message>
        <source>{0} a week</source>
        <translation>{0} par semaine</translation>
    </message>
    <message>
        <source>Hand over an outcome to free time</source>
        <translation>Confiez un résultat pour libérer du temps</translation>
    </message>
    <message>
        <source>By 1 outcome handed over</source>
        <translation>Grâce à 1 résultat confié</translation>
    </message>
    <message>
        <source>By {0} outcomes handed over</source>
        <translation>Grâce à {0} résultats confiés</translation>
    </message>
    <message>
        <source>Check-ins due</source>
        <translation>Points à faire</translation>
    </message>
    <message>
        <source>this week&apos;s check-in</source>
        <translation>le point de la semaine</translation>
    </message>
    <message>
        <source>this week&apos;s logged ✓</source>
        <translation>point de la semaine fait ✓</translation>
    </message>
    <message>
        <source>this week&apos;s on {0}</source>
        <translation>point de la semaine&#xa0;: {0}</translation>
    </message>
    <message>
        <source>1 past week missing</source>
        <translation>1 semaine passée manquante</translation>
    </message>
    <message>
        <source>{0} past weeks missing</source>
        <translation>{0} semaines passées manquantes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Start a plan…</source>
        <translation>Commencer un plan…</translation>
    </message>
    <message>
        <source>Start a plan</source>
        <translation>Commencer un plan</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Pas encore de plan</translation>
    </message>
    <message>
        <source>Altitude follows how your week moves from doing the work to leading it. Start with a plan: your new role, a horizon (90 days is typical) and the share of your week you aim to spend on strategy.</source>
        <translation>Altitude suit la façon dont votre semaine passe de faire le travail à le diriger. Commencez par un plan&#xa0;: votre nouveau rôle, un horizon (90 jours en général) et la part de votre semaine que vous visez pour la stratégie.</translation>
    </message>
    <message>
        <source>Or bring back a plan you exported before: File → Import plan…</source>
        <translation>Ou reprenez un plan exporté auparavant&#xa0;: Fichier → Importer un plan…</translation>
    </message>
    <message>
        <source>{0} · week {1}</source>
        <translation>{0} · semaine {1}</translation>
    </message>
</context>
<context>
    <name>DecisionDetail</name>
    <message>
        <source>You chose “{0}” and expected: {1} by {2}, {3}% sure.</source>
        <translation>Vous avez choisi «&#xa0;{0}&#xa0;» en attendant&#xa0;: {1} d’ici le {2}, avec une certitude de {3}&#xa0;%.</translation>
    </message>
    <message>
        <source>It came true.</source>
        <translation>C’est arrivé.</translation>
    </message>
    <message>
        <source>It did not come true.</source>
        <translation>Ce n’est pas arrivé.</translation>
    </message>
    <message>
        <source>Reviewed {0}: {1} {2}.</source>
        <translation>Réexaminée le {0}&#xa0;: {1} {2}.</translation>
    </message>
    <message>
        <source>Its review is due: what happened? (Review…)</source>
        <translation>Son réexamen est dû&#xa0;: que s’est-il passé&#xa0;? (Réexaminer…)</translation>
    </message>
    <message>
        <source>You can correct it until {0}; then it is kept as written.</source>
        <translation>Vous pouvez la corriger jusqu’au {0}&#xa0;; ensuite, elle est conservée telle quelle.</translation>
    </message>
    <message numerus="yes">
        <source>%n later thought(s).</source>
        <translation>
            <numerusform>%n réflexion après coup.</numerusform>
            <numerusform>%n réflexions après coup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <source>Log a decision</source>
        <translation>Noter une décision</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Kept as written since {0}, when its review came due — add a later thought instead (at the bottom). You can still change what it is linked to.</source>
        <translation>Conservée telle quelle depuis le {0}, date de son réexamen — ajoutez plutôt une réflexion après coup (en bas). Vous pouvez encore changer ce à quoi elle est liée.</translation>
    </message>
    <message>
        <source>Kept as written</source>
        <translation>Conservée telle quelle</translation>
    </message>
    <message>
        <source>Log decision</source>
        <translation>Noter la décision</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Decision fields</source>
        <translation>Champs de la décision</translation>
    </message>
    <message>
        <source>{0} — a few sentences are enough.</source>
        <translation>{0} — quelques phrases suffisent.</translation>
    </message>
    <message>
        <source>{0} of {1} words — deciding without over-explaining</source>
        <translation>{0} mots sur {1} — décider sans trop se justifier</translation>
    </message>
</context>
<context>
    <name>DecisionFields</name>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>earned reward</source>
        <translation>récompense méritée</translation>
    </message>
    <message>
        <source>bad luck</source>
        <translation>malchance</translation>
    </message>
    <message>
        <source>dumb luck</source>
        <translation>coup de chance</translation>
    </message>
    <message>
        <source>just deserts</source>
        <translation>juste sanction</translation>
    </message>
    <message>
        <source>Log decision: {0}</source>
        <translation>Noter la décision&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Edit decision: {0}</source>
        <translation>Modifier la décision&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Record this as a decision?</source>
        <translation>L’enregistrer comme décision&#xa0;?</translation>
    </message>
    <message>
        <source>Taking “{0}” back is a decision worth catching: why, and what would have to be true to hand it over again. Open it in the decision journal?</source>
        <translation>Reprendre «&#xa0;{0}&#xa0;» est une décision qui mérite d’être notée&#xa0;: pourquoi, et que faudrait-il pour la confier à nouveau&#xa0;? L’ouvrir dans le journal de décisions&#xa0;?</translation>
    </message>
    <message>
        <source>One-way door</source>
        <translation>Porte à sens unique</translation>
    </message>
    <message>
        <source>Two-way door</source>
        <translation>Porte à double sens</translation>
    </message>
    <message>
        <source>Hard or impossible to undo: worth more care and a longer look before review.</source>
        <translation>Difficile ou impossible à défaire&#xa0;: mérite plus de soin et un délai plus long avant le réexamen.</translation>
    </message>
    <message>
        <source>You can walk back through it: decide fast, learn, adjust.</source>
        <translation>On peut revenir en arrière&#xa0;: décidez vite, apprenez, ajustez.</translation>
    </message>
    <message>
        <source>one-way door</source>
        <translation>porte à sens unique</translation>
    </message>
    <message>
        <source>two-way door</source>
        <translation>porte à double sens</translation>
    </message>
    <message>
        <source>about {0} weeks</source>
        <translation>environ {0} semaines</translation>
    </message>
    <message>
        <source>about {0} days</source>
        <translation>environ {0} jours</translation>
    </message>
    <message>
        <source>Rule of thumb for a {0}: review in {1}. Change the date if you like.</source>
        <translation>Règle empirique pour une {0}&#xa0;: réexaminer dans {1}. Changez la date si vous le souhaitez.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Mauvaise</translation>
    </message>
    <message>
        <source>Earned reward</source>
        <translation>Récompense méritée</translation>
    </message>
    <message>
        <source>Bad luck</source>
        <translation>Malchance</translation>
    </message>
    <message>
        <source>Dumb luck</source>
        <translation>Coup de chance</translation>
    </message>
    <message>
        <source>Just deserts</source>
        <translation>Juste sanction</translation>
    </message>
    <message>
        <source>good decision, good outcome</source>
        <translation>bonne décision, bonne issue</translation>
    </message>
    <message>
        <source>good decision, poor outcome</source>
        <translation>bonne décision, mauvaise issue</translation>
    </message>
    <message>
        <source>poor decision, good outcome</source>
        <translation>mauvaise décision, bonne issue</translation>
    </message>
    <message>
        <source>poor decision, poor outcome</source>
        <translation>mauvaise décision, mauvaise issue</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Réexamen dû</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Réexaminée</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>En attente de réexamen</translation>
    </message>
    <message>
        <source>Brier score {0}: 0 is perfect, 0.25 is what always saying 50% would score, lower is better.</source>
        <translation>Score de Brier {0}&#xa0;: 0 est parfait, 0,25 est ce qu’obtiendrait quelqu’un qui dit toujours 50&#xa0;%&#xa0;; plus bas, c’est mieux.</translation>
    </message>
    <message>
        <source>For now your sure calls miss more often than you expect.</source>
        <translation>Pour l’instant, vos paris les plus sûrs échouent plus souvent que vous ne le pensez.</translation>
    </message>
    <message>
        <source>1 more reviewed decision and you will see your calibration.</source>
        <translation>Encore 1 décision réexaminée et vous verrez votre calibration.</translation>
    </message>
    <message>
        <source>{0} more reviewed decisions and you will see your calibration.</source>
        <translation>Encore {0} décisions réexaminées et vous verrez votre calibration.</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Réexamen le</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Prise par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>One-way: hard to undo. Two-way: you can walk it back.</source>
        <translation>Sens unique&#xa0;: difficile à défaire. Double sens&#xa0;: vous pouvez revenir en arrière.</translation>
    </message>
    <message>
        <source>When you look back at what happened</source>
        <translation>Quand vous revenez sur ce qui s’est passé</translation>
    </message>
    <message>
        <source>You, or the team member who made it (delegated decisions count too)</source>
        <translation>Vous, ou le membre de l’équipe qui l’a prise (les décisions déléguées comptent aussi)</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Decisions due for review</source>
        <translation>Décisions à réexaminer</translation>
    </message>
    <message>
        <source>Review the first one now</source>
        <translation>Réexaminer la première maintenant</translation>
    </message>
    <message>
        <source>Open the review of the decision overdue longest</source>
        <translation>Ouvrir le réexamen de la décision en retard depuis le plus longtemps</translation>
    </message>
    <message>
        <source>Log a decision…</source>
        <translation>Noter une décision…</translation>
    </message>
    <message>
        <source>Write down a decision as you make it (Ctrl+N)</source>
        <translation>Notez une décision au moment où vous la prenez (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Correct it until its review is due; then read it</source>
        <translation>Modifiable jusqu’à la date de son réexamen&#xa0;; ensuite, en lecture seule</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Réexaminer…</translation>
    </message>
    <message>
        <source>What happened, and how you decided</source>
        <translation>Ce qui s’est passé, et comment vous avez décidé</translation>
    </message>
    <message>
        <source>Add a later thought…</source>
        <translation>Ajouter une réflexion après coup…</translation>
    </message>
    <message>
        <source>Append what you think now; what you wrote then stays as written</source>
        <translation>Ajoutez ce que vous en pensez aujourd’hui&#xa0;; ce que vous aviez écrit reste tel quel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the decision (Delete); Ctrl+Z undoes it</source>
        <translation>Supprimer la décision (Suppr)&#xa0;; Ctrl+Z l’annule</translation>
    </message>
    <message>
        <source>The selected decision</source>
        <translation>La décision sélectionnée</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Supprimer la décision</translation>
    </message>
    <message>
        <source>Write a decision down as you make it — the options, your choice, what you expect and how sure you are — then look back on its review date. Judge how you decided apart from how it turned out: that is how judgment grows.</source>
        <translation>Notez une décision au moment où vous la prenez — les options, votre choix, ce que vous attendez et votre degré de certitude — puis revenez-y à sa date de réexamen. Jugez votre façon de décider indépendamment de l’issue&#xa0;: c’est ainsi que le jugement se forme.</translation>
    </message>
    <message>
        <source>1 decision is due for review: “{0}”. Look back while you remember.</source>
        <translation>1 décision est à réexaminer&#xa0;: «&#xa0;{0}&#xa0;». Revenez-y tant que vous vous en souvenez.</translation>
    </message>
    <message>
        <source>{0} decisions are due for review, the oldest first: “{1}”.</source>
        <translation>{0} décisions sont à réexaminer, la plus ancienne d’abord&#xa0;: «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <source>No decisions yet. Log the next one you make (Ctrl+N): hiring, a priority, what to hand over. Small ones count.</source>
        <translation>Pas encore de décision. Notez la prochaine que vous prendrez (Ctrl+N)&#xa0;: un recrutement, une priorité, ce que vous confiez. Les petites comptent aussi.</translation>
    </message>
    <message>
        <source>Review decision: {0}</source>
        <translation>Réexaminer la décision&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Add a later thought</source>
        <translation>Ajouter une réflexion après coup</translation>
    </message>
    <message>
        <source>What do you think now about “{0}”? It is added with today&apos;s date; what you wrote then stays as written.</source>
        <translation>Qu’en pensez-vous aujourd’hui, de «&#xa0;{0}&#xa0;»&#xa0;? La réflexion est datée d’aujourd’hui&#xa0;; ce que vous aviez écrit reste tel quel.</translation>
    </message>
    <message>
        <source>Later thought: {0}</source>
        <translation>Réflexion après coup&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Delete this decision?</source>
        <translation>Supprimer cette décision&#xa0;?</translation>
    </message>
    <message>
        <source>“{0}” goes with its review and later thoughts. Undo (Ctrl+Z) brings it back.</source>
        <translation>«&#xa0;{0}&#xa0;» est supprimée avec son réexamen et ses réflexions après coup. Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <source>Delete decision: {0}</source>
        <translation>Supprimer la décision&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Delegation</name>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Prochain point</translation>
    </message>
    <message>
        <source>Freed</source>
        <translation>Libérées</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>The result you handed over, not the steps.</source>
        <translation>Le résultat que vous avez confié, pas les étapes.</translation>
    </message>
    <message>
        <source>Who owns the outcome.</source>
        <translation>Qui est responsable du résultat.</translation>
    </message>
    <message>
        <source>How much they decide: 1 &apos;I decide and tell&apos; to 7 &apos;they decide&apos;.</source>
        <translation>Jusqu’où la personne décide&#xa0;: de 1 «&#xa0;je décide et j’annonce&#xa0;» à 7 «&#xa0;elle décide&#xa0;».</translation>
    </message>
    <message>
        <source>Planned, handing over, owned, or taken back.</source>
        <translation>Prévue, en passation, assumée ou reprise.</translation>
    </message>
    <message>
        <source>When you next check in; due ones are marked &apos;due&apos;.</source>
        <translation>Quand aura lieu votre prochain point&#xa0;; ceux qui sont dus sont marqués «&#xa0;dû&#xa0;».</translation>
    </message>
    <message>
        <source>Hours a week it frees for you once you start handing it over.</source>
        <translation>Les heures par semaine qu’elle vous libère dès que la passation commence.</translation>
    </message>
    <message>
        <source>Taken back, work that came back to you, or a check-in due.</source>
        <translation>Reprise, travail qui vous est revenu, ou point de suivi dû.</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Pas encore de responsable</translation>
    </message>
    <message>
        <source>Due · {0}</source>
        <translation>Dû · {0}</translation>
    </message>
    <message>
        <source>From your inventory: {0}</source>
        <translation>De votre inventaire&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Counts as freed once you start handing it over.</source>
        <translation>Compte comme libéré dès que la passation commence.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>En passation</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Assumée</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Taken back: {0}</source>
        <translation>Reprise&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Check-in due</source>
        <translation>Point de suivi dû</translation>
    </message>
</context>
<context>
    <name>DelegationCheckInDialog</name>
    <message>
        <source>Log a check-in</source>
        <translation>Noter un point de suivi</translation>
    </message>
    <message>
        <source>Date of the check-in</source>
        <translation>Date du point</translation>
    </message>
    <message>
        <source>What did you hear? What will they do next?</source>
        <translation>Qu’avez-vous entendu&#xa0;? Que va faire la personne ensuite&#xa0;?</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>Note du point</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>Untick when the outcome is slipping.</source>
        <translation>Décochez quand le résultat dérape.</translation>
    </message>
    <message>
        <source>Log check-in</source>
        <translation>Noter le point</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Check in on the outcome, not the steps: {0}</source>
        <translation>Faites le point sur le résultat, pas sur les étapes&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <source>The result, e.g. &apos;Releases go out safely&apos;</source>
        <translation>Le résultat, p. ex. «&#xa0;Les mises en production se passent sans incident&#xa0;»</translation>
    </message>
    <message>
        <source>How you will both know it is done well</source>
        <translation>Comment vous saurez tous les deux que c’est bien fait</translation>
    </message>
    <message>
        <source>Level against the plan</source>
        <translation>Niveau par rapport au plan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifié</translation>
    </message>
    <message>
        <source> h / week</source>
        <translation> h / sem.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Success measure</source>
        <translation>Critère de réussite</translation>
    </message>
    <message>
        <source>Delegation level</source>
        <translation>Niveau de délégation</translation>
    </message>
    <message>
        <source>Check in every</source>
        <translation>Faire le point tous les</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Prochain point</translation>
    </message>
    <message>
        <source>Hours freed per week</source>
        <translation>Heures libérées par semaine</translation>
    </message>
    <message>
        <source>From your inventory</source>
        <translation>De votre inventaire</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Pas encore de responsable</translation>
    </message>
    <message>
        <source>Not from your inventory</source>
        <translation>Hors inventaire</translation>
    </message>
</context>
<context>
    <name>DelegationEdits</name>
    <message>
        <source>New delegation: {0}</source>
        <translation>Nouvelle délégation&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Edit delegation: {0}</source>
        <translation>Modifier la délégation&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Start handing over: {0}</source>
        <translation>Commencer la passation&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Mark owned: {0}</source>
        <translation>Marquer comme assumée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Take back: {0}</source>
        <translation>Reprendre&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Check-in: {0}</source>
        <translation>Point de suivi&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Delete delegation: {0}</source>
        <translation>Supprimer la délégation&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>DelegationPage</name>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Problem with the last action</source>
        <translation>Problème lors de la dernière action</translation>
    </message>
    <message>
        <source>Start handing over</source>
        <translation>Commencer la passation</translation>
    </message>
    <message>
        <source>They start taking it over; its hours count as freed.</source>
        <translation>La personne commence à le prendre en charge&#xa0;; ses heures comptent comme libérées.</translation>
    </message>
    <message>
        <source>Mark owned</source>
        <translation>Marquer comme assumée</translation>
    </message>
    <message>
        <source>They own the outcome now.</source>
        <translation>La personne est désormais responsable du résultat.</translation>
    </message>
    <message>
        <source>Log a check-in</source>
        <translation>Noter un point de suivi</translation>
    </message>
    <message>
        <source>Note how it is going; the next check-in moves on by the cadence.</source>
        <translation>Notez comment ça se passe&#xa0;; le prochain point avance selon le rythme.</translation>
    </message>
    <message>
        <source>Take back…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>Take the outcome back. You will be asked why; the reason stays on the row.</source>
        <translation>Reprendre le résultat. On vous demandera pourquoi&#xa0;; la raison reste sur la ligne.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the delegation (Delete); Ctrl+Z undoes it</source>
        <translation>Supprimer la délégation (Suppr)&#xa0;; Ctrl+Z l’annule</translation>
    </message>
    <message>
        <source>Delegation details</source>
        <translation>Détails de la délégation</translation>
    </message>
    <message>
        <source>Ledger or hours freed</source>
        <translation>Registre ou heures libérées</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Hours freed over time</source>
        <translation>Heures libérées au fil du temps</translation>
    </message>
    <message>
        <source>Hand over outcomes, not tasks: say what good looks like, how much they decide and when you check in. Taking one back is allowed — say why, so you can see the pattern.</source>
        <translation>Confiez des résultats, pas des tâches&#xa0;: dites à quoi ressemble un travail réussi, jusqu’où la personne décide et quand vous ferez le point. Reprendre une délégation est permis — dites pourquoi, pour voir se dessiner les schémas.</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Nouveau résultat</translation>
    </message>
    <message>
        <source>Take it back</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Why are you taking “{0}” back? The reason stays on the ledger so you can see the pattern.</source>
        <translation>Pourquoi reprenez-vous «&#xa0;{0}&#xa0;»&#xa0;? La raison reste dans le registre pour que vous puissiez voir les schémas qui se répètent.</translation>
    </message>
    <message>
        <source>Not taken back: say why you are taking it back. The reason is kept and shown on the ledger.</source>
        <translation>Rien n’a été repris&#xa0;: dites pourquoi vous le reprenez. La raison est conservée et affichée dans le registre.</translation>
    </message>
</context>
<context>
    <name>DelegationProgress</name>
    <message>
        <source>Check-ins so far</source>
        <translation>Points de suivi jusqu’ici</translation>
    </message>
    <message>
        <source>How far the level should rise</source>
        <translation>Jusqu’où le niveau doit monter</translation>
    </message>
    <message>
        <source>Plan the steps, e.g. consult now, agree by week 4, they decide by week 8. The solid line is what you actually did.</source>
        <translation>Planifiez les étapes, p. ex. consulter maintenant, s’accorder d’ici la semaine 4, la personne décide d’ici la semaine 8. La ligne pleine montre ce que vous avez réellement fait.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Points de suivi</translation>
    </message>
    <message>
        <source>No check-ins logged yet.</source>
        <translation>Aucun point de suivi noté pour l’instant.</translation>
    </message>
    <message>
        <source>✓ on track</source>
        <translation>✓ dans les temps</translation>
    </message>
    <message>
        <source>✗ off track</source>
        <translation>✗ hors trajectoire</translation>
    </message>
    <message>
        <source>… {0} earlier.</source>
        <translation>… {0} plus anciens.</translation>
    </message>
</context>
<context>
    <name>DelegationStatus</name>
    <message>
        <source>Why it was taken back</source>
        <translation>Pourquoi elle a été reprise</translation>
    </message>
    <message>
        <source>Work that came back to you</source>
        <translation>Travail qui vous est revenu</translation>
    </message>
    <message>
        <source>Select a delegation</source>
        <translation>Sélectionnez une délégation</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <source>{0} · owner: {1}</source>
        <translation>{0} · responsable&#xa0;: {1}</translation>
    </message>
    <message>
        <source>started {0}</source>
        <translation>commencée le {0}</translation>
    </message>
    <message>
        <source>check-in due</source>
        <translation>point de suivi dû</translation>
    </message>
    <message>
        <source>&lt;b&gt;Taken back:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Reprise&#xa0;:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>… and {0} more weeks.</source>
        <translation>… et {0} semaines de plus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It came back to you.&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Ce travail vous est revenu.&lt;/b&gt; {0}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>The details are in {0}.</source>
        <translation>Les détails se trouvent dans {0}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copy the details to the clipboard</source>
        <translation>Copier les détails dans le presse-papiers</translation>
    </message>
    <message>
        <source>The details are on the clipboard.</source>
        <translation>Les détails sont dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>EditorForm</name>
    <message>
        <source>The decision</source>
        <translation>La décision</translation>
    </message>
    <message>
        <source>e.g. Move the weekly planning to Monday</source>
        <translation>p. ex. Passer la planification de la semaine au lundi</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>Type de décision</translation>
    </message>
    <message>
        <source>Pick one, or type your own kind</source>
        <translation>Choisissez-en un, ou saisissez votre propre type</translation>
    </message>
    <message>
        <source>people, money, risk, timing… or type your own</source>
        <translation>personnes, argent, risque, calendrier… ou un type à vous</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Réexamen le</translation>
    </message>
    <message>
        <source>Information you have</source>
        <translation>Informations dont vous disposez</translation>
    </message>
    <message>
        <source>Bezos: most decisions should be made with about 70% of what you wish you knew.</source>
        <translation>Bezos&#xa0;: la plupart des décisions devraient se prendre avec environ 70&#xa0;% de ce que vous aimeriez savoir.</translation>
    </message>
    <message>
        <source>Options considered</source>
        <translation>Options envisagées</translation>
    </message>
    <message>
        <source>One option per line — at least two</source>
        <translation>Une option par ligne — au moins deux</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Votre choix</translation>
    </message>
    <message>
        <source>Why this option</source>
        <translation>Pourquoi cette option</translation>
    </message>
    <message>
        <source>A few sentences are enough</source>
        <translation>Quelques phrases suffisent</translation>
    </message>
    <message>
        <source>Rationale word count</source>
        <translation>Nombre de mots de la justification</translation>
    </message>
    <message>
        <source>What you expect</source>
        <translation>Ce que vous attendez</translation>
    </message>
    <message>
        <source>Something you can check later</source>
        <translation>Quelque chose que vous pourrez vérifier plus tard</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Degré de confiance</translation>
    </message>
    <message>
        <source>How sure are you that it happens by then?</source>
        <translation>Selon vous, quelle est la probabilité que cela arrive d’ici là&#xa0;?</translation>
    </message>
    <message>
        <source>What would make you reverse it</source>
        <translation>Ce qui vous ferait revenir sur cette décision</translation>
    </message>
    <message>
        <source>Premortem</source>
        <translation>Pré-mortem</translation>
    </message>
    <message>
        <source>How you feel</source>
        <translation>Votre état d’esprit</translation>
    </message>
    <message>
        <source>e.g. tired, confident, rushed, uneasy</source>
        <translation>p. ex. fatigue, confiance, hâte, malaise</translation>
    </message>
    <message>
        <source>Question came up on</source>
        <translation>Question posée le</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>When the question first came up: shows how long it waited</source>
        <translation>Quand la question s’est posée pour la première fois&#xa0;: montre combien de temps elle a attendu</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Qui l’a prise</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>People it touches</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>No one on your team yet</source>
        <translation>Personne dans votre équipe pour l’instant</translation>
    </message>
    <message>
        <source>Delegations it touches</source>
        <translation>Délégations concernées</translation>
    </message>
    <message>
        <source>No delegations yet</source>
        <translation>Pas encore de délégation</translation>
    </message>
    <message>
        <source>Inventory items it touches</source>
        <translation>Activités concernées</translation>
    </message>
    <message>
        <source>No inventory items yet</source>
        <translation>Pas encore d’activité</translation>
    </message>
    <message>
        <source>Earlier thoughts</source>
        <translation>Réflexions précédentes</translation>
    </message>
    <message>
        <source>Add a later thought</source>
        <translation>Ajouter une réflexion après coup</translation>
    </message>
    <message>
        <source>What do you think now? It is added with today&apos;s date; what you wrote stays.</source>
        <translation>Qu’en pensez-vous aujourd’hui&#xa0;? La réflexion est datée d’aujourd’hui&#xa0;; ce que vous aviez écrit reste tel quel.</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>La décision</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Question came up</source>
        <translation>Question posée le</translation>
    </message>
    <message>
        <source>of what you wish you knew — about 70% is often enough (Bezos)</source>
        <translation>de ce que vous aimeriez savoir — environ 70&#xa0;% suffit souvent (Bezos)</translation>
    </message>
    <message>
        <source>Options and choice</source>
        <translation>Options et choix</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Your forecast</source>
        <translation>Votre prévision</translation>
    </message>
    <message>
        <source>You expect</source>
        <translation>Ce que vous attendez</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>that it happens by then — your honest number, it is scored later</source>
        <translation>que cela arrive d’ici là — un chiffre honnête&#xa0;: il sera évalué plus tard</translation>
    </message>
    <message>
        <source>Before you commit</source>
        <translation>Avant de vous engager</translation>
    </message>
    <message>
        <source>Reverse it if</source>
        <translation>Revenir dessus si</translation>
    </message>
    <message>
        <source>What it touches</source>
        <translation>Ce qu’elle concerne</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <source>Inventory items</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Later thoughts</source>
        <translation>Réflexions après coup</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Jusqu’ici</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no function with id {0}.</source>
        <translation>Il n&apos;y a pas de fonction avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>There is no narrative version with id {0}.</source>
        <translation>Il n&apos;y a pas de version du récit avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>The review of day {0} cannot come back: another review has its id ({1}) now.</source>
        <translation>Le bilan du jour {0} ne peut pas revenir&#xa0;: un autre bilan a maintenant son identifiant ({1}).</translation>
    </message>
    <message>
        <source>There is no review of the milestone on day {0}.</source>
        <translation>Il n&apos;y a pas de bilan du jalon du jour {0}.</translation>
    </message>
    <message>
        <source>The plan must end after the day-{0} milestone ({1}).</source>
        <translation>Le plan doit se terminer après le jalon du jour {0} ({1}).</translation>
    </message>
    <message>
        <source>A share must be between 0 and 100%.</source>
        <translation>Une part doit être comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>There is no stakeholder with id {0}.</source>
        <translation>Il n&apos;y a pas de partie prenante avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>There is no inventory item with id {0}.</source>
        <translation>Il n&apos;y a pas d&apos;élément de l&apos;inventaire avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>This outcome was taken back; delegate it again as a new outcome.</source>
        <translation>Ce résultat a été repris&#xa0;; déléguez-le à nouveau comme nouveau résultat.</translation>
    </message>
    <message>
        <source>There is no delegation with id {0}.</source>
        <translation>Il n&apos;y a pas de délégation avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>A plan exists already; use --replace to overwrite it (a backup is made first).</source>
        <translation>Un plan existe déjà&#xa0;; utilisez --replace pour le remplacer (une sauvegarde est faite avant).</translation>
    </message>
    <message>
        <source>There is no feedback theme with id {0}.</source>
        <translation>Il n&apos;y a pas de thème de retours avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>There is no feedback entry with id {0}.</source>
        <translation>Il n&apos;y a pas de retour avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>There is no decision with id {0}.</source>
        <translation>Il n&apos;y a pas de décision avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>A plan exists already; start a new one to replace it.</source>
        <translation>Un plan existe déjà&#xa0;; créez-en un nouveau pour le remplacer.</translation>
    </message>
    <message>
        <source>There is no plan yet; run the first-run wizard or `altitude sample`.</source>
        <translation>Il n’y a pas encore de plan&#xa0;; lancez l’assistant ou `altitude sample`.</translation>
    </message>
    <message>
        <source>There is no team member with id {0}.</source>
        <translation>Il n&apos;y a pas de membre de l&apos;équipe avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>Each rule can be in the list only once.</source>
        <translation>Chaque règle ne peut figurer qu’une fois dans la liste.</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Can&apos;t write {0}: {1}</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Choose the report&apos;s sections</source>
        <translation>Choisir les sections du rapport</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the charts and writing the report…</source>
        <translation>Tracé des graphiques et rédaction du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Report export progress</source>
        <translation>Progression de l’export du rapport</translation>
    </message>
    <message>
        <source>Report export cancelled; nothing was written.</source>
        <translation>Export du rapport annulé&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Can&apos;t write the report to {0}: {1}</source>
        <translation>Impossible d’écrire le rapport dans {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation>Rapport non exporté</translation>
    </message>
    <message>
        <source>Report exported to {0} ({1} pages)</source>
        <translation>Rapport exporté dans {0} ({1} pages)</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Exporter le plan</translation>
    </message>
    <message>
        <source>The whole plan, JSON (*.json);;Weekly check-ins, CSV (*.csv)</source>
        <translation>Le plan complet, JSON (*.json);;Points hebdomadaires, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Can&apos;t export as {0}: end the name in .json (the whole plan) or .csv (the weekly check-ins).</source>
        <translation>Impossible d’exporter au format {0}&#xa0;: terminez le nom par .json (le plan complet) ou .csv (les points hebdomadaires).</translation>
    </message>
    <message>
        <source>Plan not exported</source>
        <translation>Plan non exporté</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Exporté dans {0}</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Importer un plan</translation>
    </message>
    <message>
        <source>Altitude plan (*.json);;All files (*)</source>
        <translation>Plan Altitude (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“{0}” holds {1} inventory items, {2} delegations and {3} weekly check-ins. Importing it replaces your current plan, inventory, team, delegations and check-ins. Your current plan is backed up first; undo starts afresh.</source>
        <translation>«&#xa0;{0}&#xa0;» contient {1} activités, {2} délégations et {3} points hebdomadaires. L’importer remplace votre plan actuel, votre inventaire, votre équipe, vos délégations et vos points hebdomadaires. Votre plan actuel est d’abord sauvegardé&#xa0;; l’historique d’annulation repart de zéro.</translation>
    </message>
    <message>
        <source>Replace your plan?</source>
        <translation>Remplacer votre plan&#xa0;?</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>{0} importé</translation>
    </message>
    <message>
        <source>Plan not imported</source>
        <translation>Plan non importé</translation>
    </message>
    <message>
        <source>{0}

Nothing was changed.</source>
        <translation>{0}

Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exporter un &amp;rapport…</translation>
    </message>
    <message>
        <source>A PDF for a mentor or coach; you choose what goes in (Ctrl+P)</source>
        <translation>Un PDF pour un mentor ou un coach&#xa0;; vous choisissez ce qu’il contient (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Export plan…</source>
        <translation>&amp;Exporter le plan…</translation>
    </message>
    <message>
        <source>Save the whole plan as JSON, or the check-ins as CSV</source>
        <translation>Enregistrer le plan complet en JSON, ou les points hebdomadaires en CSV</translation>
    </message>
    <message>
        <source>&amp;Import plan…</source>
        <translation>&amp;Importer un plan…</translation>
    </message>
    <message>
        <source>Replace the plan with one exported before</source>
        <translation>Remplacer le plan par un plan exporté auparavant</translation>
    </message>
</context>
<context>
    <name>FamilyChooser</name>
    <message>
        <source>Showing suggestions for {0}, as you chose.</source>
        <translation>Suggestions pour {0}, comme vous l’avez choisi.</translation>
    </message>
    <message>
        <source>Your role&apos;s title didn&apos;t point to one field, so these suggestions fit most teams.</source>
        <translation>L’intitulé de votre rôle ne désignait pas un métier précis&#xa0;: ces suggestions conviennent à la plupart des équipes.</translation>
    </message>
    <message>
        <source>Suggestions for {0}, because your roles mention {1}.</source>
        <translation>Suggestions pour {0}, car vos rôles mentionnent {1}.</translation>
    </message>
    <message>
        <source>Field the suggestions are for</source>
        <translation>Métier visé par les suggestions</translation>
    </message>
    <message>
        <source>Not your field? Choose another:</source>
        <translation>Ce n’est pas votre métier&#xa0;? Choisissez-en un autre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Point hebdomadaire</translation>
    </message>
    <message>
        <source>Log this week&apos;s hours and reflections (Ctrl+K)</source>
        <translation>Noter les heures et les réflexions de la semaine (Ctrl+K)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Les autres</translation>
    </message>
    <message>
        <source>Gap (you − them)</source>
        <translation>Écart (vous − les autres)</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Ce que cela signifie</translation>
    </message>
    <message>
        <source>You last rated yourself</source>
        <translation>Dernière auto-évaluation</translation>
    </message>
    <message>
        <source>Something you want to get better at</source>
        <translation>Un point sur lequel vous voulez progresser</translation>
    </message>
    <message>
        <source>Your latest rating of yourself, 1 to 5</source>
        <translation>Votre dernière auto-évaluation, de 1 à 5</translation>
    </message>
    <message>
        <source>The average of the ratings others gave you, 1 to 5</source>
        <translation>La moyenne des notes que les autres vous ont données, de 1 à 5</translation>
    </message>
    <message>
        <source>Your rating minus theirs: + when you rate yourself higher</source>
        <translation>Votre note moins la leur&#xa0;: + quand vous vous notez plus haut</translation>
    </message>
    <message>
        <source>You are asked again every 90 days</source>
        <translation>La question vous est reposée tous les 90 jours</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>Heard on</source>
        <translation>Entendu le</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>What they saw you do</source>
        <translation>Ce qu’on vous a vu faire</translation>
    </message>
    <message>
        <source>What you&apos;ll do</source>
        <translation>Ce que vous allez faire</translation>
    </message>
    <message>
        <source>Your view against others&apos; chart</source>
        <translation>Graphique&#xa0;: votre regard face à celui des autres</translation>
    </message>
    <message>
        <source>Right-click to save the chart as PNG, SVG or PDF</source>
        <translation>Clic droit pour enregistrer le graphique en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Correct feedback</source>
        <translation>Corriger le feedback</translation>
    </message>
    <message>
        <source>Log feedback</source>
        <translation>Noter un feedback</translation>
    </message>
    <message>
        <source>Your own rating</source>
        <translation>Votre propre note</translation>
    </message>
    <message>
        <source>Who it came from</source>
        <translation>De qui il vient</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Membre de l’équipe</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Son nom</translation>
    </message>
    <message>
        <source>Their name and role, e.g. Jonas Weber, Checkout</source>
        <translation>Son nom et son rôle, p. ex. Jonas Weber, Checkout</translation>
    </message>
    <message>
        <source>When you heard it</source>
        <translation>Quand vous l’avez entendu</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>What they asked for</source>
        <translation>Ce que la personne a demandé</translation>
    </message>
    <message>
        <source>What they would like you to do.</source>
        <translation>Ce qu’elle aimerait que vous fassiez.</translation>
    </message>
    <message>
        <source>Feedforward idea {0}</source>
        <translation>Idée de feedforward {0}</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Donner suite le</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <source>Their rating for the theme</source>
        <translation>Sa note pour le thème</translation>
    </message>
    <message>
        <source>They didn&apos;t give one</source>
        <translation>Pas de note donnée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>As they described it (situation, behaviour, impact):</source>
        <translation>Comme la personne l’a décrit (situation, comportement, impact)&#xa0;:</translation>
    </message>
    <message>
        <source>They asked for</source>
        <translation>Sa demande</translation>
    </message>
    <message>
        <source>Feedforward: ask “{0}”</source>
        <translation>Feedforward&#xa0;: demandez «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>You&apos;ll do</source>
        <translation>Ce que vous ferez</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Their rating</source>
        <translation>Leur note</translation>
    </message>
    <message>
        <source>Feedback entry</source>
        <translation>Saisie du feedback</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Write down what they saw you do and what it led to, in their words.</source>
        <translation>Notez ce qu’on vous a vu faire et ce que cela a produit, avec ses mots.</translation>
    </message>
    <message>
        <source>First, how do you rate yourself on “{0}”?</source>
        <translation>D’abord, comment vous évaluez-vous sur «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Give your own rating first, above.</source>
        <translation>Donnez d’abord votre propre note, ci-dessus.</translation>
    </message>
    <message>
        <source>Choose your own rating from 1 to 5 first.</source>
        <translation>Choisissez d’abord votre propre note, de 1 à 5.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <source>them</source>
        <translation>la personne</translation>
    </message>
    <message>
        <source>Go back to {0} (due {1}): {2}</source>
        <translation>Revenir vers {0} (prévu le {1})&#xa0;: {2}</translation>
    </message>
    <message>
        <source>Mark followed up</source>
        <translation>Marquer comme suivi</translation>
    </message>
    <message>
        <source>Mark followed up: {0}</source>
        <translation>Marquer comme suivi&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Done {0}</source>
        <translation>Fait le {0}</translation>
    </message>
    <message>
        <source>Rate yourself first, so what others say doesn&apos;t move your own view.</source>
        <translation>Évaluez-vous d’abord, pour que l’avis des autres n’influence pas le vôtre.</translation>
    </message>
    <message>
        <source>How often do you do this, as someone watching you at work would see it?</source>
        <translation>À quelle fréquence le faites-vous, aux yeux de quelqu’un qui vous observerait au travail&#xa0;?</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Rate yourself</source>
        <translation>Évaluez-vous</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <source>Last time, on {0}, you gave yourself {1}. It&apos;s time to look again.</source>
        <translation>La dernière fois, le {0}, vous vous êtes donné {1}. Il est temps de refaire le point.</translation>
    </message>
    <message>
        <source>Last time, on {0}, you gave yourself {1}.</source>
        <translation>La dernière fois, le {0}, vous vous êtes donné {1}.</translation>
    </message>
    <message>
        <source>Save my rating</source>
        <translation>Enregistrer ma note</translation>
    </message>
    <message>
        <source>Rate what you do, not who you are. You&apos;ll be asked again in 90 days.</source>
        <translation>Évaluez ce que vous faites, pas qui vous êtes. La question vous sera reposée dans 90 jours.</translation>
    </message>
    <message>
        <source>Choose a rating from 1 to 5.</source>
        <translation>Choisissez une note de 1 à 5.</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation>Rarement</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>Parfois</translation>
    </message>
    <message>
        <source>Often</source>
        <translation>Souvent</translation>
    </message>
    <message>
        <source>Usually</source>
        <translation>La plupart du temps</translation>
    </message>
    <message>
        <source>Almost always</source>
        <translation>Presque toujours</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>A team member</source>
        <translation>Un membre de l’équipe</translation>
    </message>
    <message>
        <source>A peer</source>
        <translation>Un pair</translation>
    </message>
    <message>
        <source>Your boss</source>
        <translation>Votre manager</translation>
    </message>
    <message>
        <source>Someone from another function</source>
        <translation>Quelqu’un d’une autre fonction</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Blind spot</source>
        <translation>Angle mort</translation>
    </message>
    <message>
        <source>Hidden strength</source>
        <translation>Force cachée</translation>
    </message>
    <message>
        <source>Close to theirs</source>
        <translation>Proche de la leur</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Pas encore demandé</translation>
    </message>
    <message>
        <source>Rate yourself first</source>
        <translation>Évaluez-vous d’abord</translation>
    </message>
    <message>
        <source>Blind spot: others rate you lower than you do by more than a third of the scale.</source>
        <translation>Angle mort&#xa0;: les autres vous notent plus bas que vous de plus d’un tiers de l’échelle.</translation>
    </message>
    <message>
        <source>Hidden strength: others rate you higher than you do by more than a third of the scale.</source>
        <translation>Force cachée&#xa0;: les autres vous notent plus haut que vous de plus d’un tiers de l’échelle.</translation>
    </message>
    <message>
        <source>Close to theirs: your rating and others&apos; are within a third of the scale.</source>
        <translation>Proche de la leur&#xa0;: votre note et celle des autres sont à moins d’un tiers de l’échelle.</translation>
    </message>
    <message>
        <source>Not asked yet: no one&apos;s rating is logged for this theme. Ask someone.</source>
        <translation>Pas encore demandé&#xa0;: aucune note d’autrui n’est notée pour ce thème. Demandez à quelqu’un.</translation>
    </message>
    <message>
        <source>Rate yourself first, before you log what others said.</source>
        <translation>Évaluez-vous d’abord, avant de noter ce que les autres ont dit.</translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation>Pas encore de note</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>{0} · over {1} days ago: rate yourself again</source>
        <translation>{0} · il y a plus de {1} jours&#xa0;: réévaluez-vous</translation>
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
        <translation>Utiliser mes principes comme thèmes</translation>
    </message>
    <message>
        <source>One theme for each “who I need to become” statement of your plan</source>
        <translation>Un thème pour chaque phrase «&#xa0;qui dois-je devenir&#xa0;» de votre plan</translation>
    </message>
    <message>
        <source>Add a theme…</source>
        <translation>Ajouter un thème…</translation>
    </message>
    <message>
        <source>Add a theme</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <source>Something you want to get better at (Ctrl+N)</source>
        <translation>Un point sur lequel vous voulez progresser (Ctrl+N)</translation>
    </message>
    <message>
        <source>Rate yourself…</source>
        <translation>Vous évaluer…</translation>
    </message>
    <message>
        <source>Rate yourself</source>
        <translation>Vous évaluer</translation>
    </message>
    <message>
        <source>Your own rating of the selected theme, 1 to 5</source>
        <translation>Votre propre note pour le thème sélectionné, de 1 à 5</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <source>Rename the selected theme</source>
        <translation>Renommer le thème sélectionné</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Supprimer le thème</translation>
    </message>
    <message>
        <source>Delete the selected theme; what others said stays. Ctrl+Z undoes it</source>
        <translation>Supprimer le thème sélectionné&#xa0;; ce que les autres ont dit est conservé. Ctrl+Z l’annule</translation>
    </message>
    <message>
        <source>Feedback themes</source>
        <translation>Thèmes de feedback</translation>
    </message>
    <message>
        <source>Log feedback…</source>
        <translation>Noter un feedback…</translation>
    </message>
    <message>
        <source>Log feedback</source>
        <translation>Noter un feedback</translation>
    </message>
    <message>
        <source>Write down what someone said, about the selected theme</source>
        <translation>Notez ce que quelqu’un a dit sur le thème sélectionné</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation>Modifier le feedback</translation>
    </message>
    <message>
        <source>Correct the selected entry</source>
        <translation>Corriger l’entrée sélectionnée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete feedback</source>
        <translation>Supprimer le feedback</translation>
    </message>
    <message>
        <source>Delete the selected entry; Ctrl+Z undoes it</source>
        <translation>Supprimer l’entrée sélectionnée&#xa0;; Ctrl+Z l’annule</translation>
    </message>
    <message>
        <source>What others said</source>
        <translation>Ce que les autres ont dit</translation>
    </message>
    <message>
        <source>Feedback views</source>
        <translation>Vues du feedback</translation>
    </message>
    <message>
        <source>Your view against theirs, over time</source>
        <translation>Votre regard face au leur, au fil du temps</translation>
    </message>
    <message>
        <source>Ask how others experience you, theme by theme. Rate yourself first, then log what they said: the gap between the two is what to work on. Private: this stays in your plan&apos;s file and shows only on this page.</source>
        <translation>Demandez comment les autres vous perçoivent, thème par thème. Évaluez-vous d’abord, puis notez ce qu’ils ont dit&#xa0;: l’écart entre les deux indique ce qu’il faut travailler. Privé&#xa0;: cela reste dans le fichier de votre plan et n’apparaît que sur cette page.</translation>
    </message>
    <message>
        <source>No themes yet. Start from the statements in your plan, or add your own.</source>
        <translation>Pas encore de thème. Partez des principes de votre plan, ou ajoutez les vôtres.</translation>
    </message>
    <message>
        <source>No themes yet. Add one: something you do that you want to do better.</source>
        <translation>Pas encore de thème. Ajoutez-en un&#xa0;: quelque chose que vous faites et voulez mieux faire.</translation>
    </message>
    <message>
        <source>To ask someone this week: “{0}”</source>
        <translation>À demander à quelqu’un cette semaine&#xa0;: «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Rate yourself again…</source>
        <translation>Vous réévaluer…</translation>
    </message>
    <message>
        <source>Something you do that you want to do better, e.g. “Run one-to-ones that help”:</source>
        <translation>Quelque chose que vous faites et voulez mieux faire, p. ex. «&#xa0;Mener des entretiens individuels utiles&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Add a feedback theme</source>
        <translation>Ajouter un thème de feedback</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Rename a feedback theme</source>
        <translation>Renommer un thème de feedback</translation>
    </message>
    <message>
        <source>Theme not saved</source>
        <translation>Thème non enregistré</translation>
    </message>
    <message>
        <source>Delete the theme?</source>
        <translation>Supprimer le thème&#xa0;?</translation>
    </message>
    <message>
        <source>“{0}” and your own ratings of it go; the {1} entries about it stay, with no theme. Undo (Ctrl+Z) brings it all back.</source>
        <translation>«&#xa0;{0}&#xa0;» et vos propres notes sont supprimés&#xa0;; les {1} entrées qui le concernent restent, sans thème. Annuler (Ctrl+Z) rétablit le tout.</translation>
    </message>
    <message>
        <source>Delete a feedback theme</source>
        <translation>Supprimer un thème de feedback</translation>
    </message>
    <message>
        <source>Delete this feedback?</source>
        <translation>Supprimer ce feedback&#xa0;?</translation>
    </message>
    <message>
        <source>The entry and its feedforward ideas go. Undo (Ctrl+Z) brings them back.</source>
        <translation>L’entrée et ses idées de feedforward sont supprimées. Annuler (Ctrl+Z) les rétablit.</translation>
    </message>
    <message>
        <source>Delete a feedback entry</source>
        <translation>Supprimer une entrée de feedback</translation>
    </message>
    <message>
        <source>Mark feedback followed up</source>
        <translation>Marquer le feedback comme suivi</translation>
    </message>
</context>
<context>
    <name>FeedbackPrompts</name>
    <message>
        <source>What are two things I could do differently over the next month?</source>
        <translation>Quelles sont deux choses que je pourrais faire différemment le mois prochain&#xa0;?</translation>
    </message>
    <message>
        <source>In our last meeting, what did I do that helped, and what got in the way?</source>
        <translation>Lors de notre dernière réunion, qu’ai-je fait qui a aidé, et qu’est-ce qui a gêné&#xa0;?</translation>
    </message>
    <message>
        <source>When I handed that work over, what could I have done to make it easier to pick up?</source>
        <translation>Quand je vous ai confié ce travail, qu’aurais-je pu faire pour qu’il soit plus facile à reprendre&#xa0;?</translation>
    </message>
    <message>
        <source>What should I keep doing in our one-to-ones, and what should I change?</source>
        <translation>Que devrais-je continuer à faire dans nos entretiens individuels, et que devrais-je changer&#xa0;?</translation>
    </message>
    <message>
        <source>Which of my requests last week were unclear, and what would have made them clear?</source>
        <translation>Lesquelles de mes demandes de la semaine dernière étaient floues, et qu’est-ce qui les aurait rendues claires&#xa0;?</translation>
    </message>
    <message>
        <source>In the last decision I made, what information did I miss or not ask you for?</source>
        <translation>Lors de ma dernière décision, quelle information m’a manqué ou ne vous ai-je pas demandée&#xa0;?</translation>
    </message>
    <message>
        <source>What is one thing I could stop doing that would give you more time for your work?</source>
        <translation>Qu’est-ce que je pourrais arrêter de faire pour vous laisser plus de temps pour votre travail&#xa0;?</translation>
    </message>
    <message>
        <source>When and where: the meeting, the task, the moment.</source>
        <translation>Quand et où&#xa0;: la réunion, la tâche, le moment.</translation>
    </message>
    <message>
        <source>What was done or said, as someone watching would describe it.</source>
        <translation>Ce qui a été fait ou dit, comme le décrirait quelqu’un qui regardait.</translation>
    </message>
    <message>
        <source>What it led to for them, for the work or for the team.</source>
        <translation>Ce que cela a entraîné pour la personne, pour le travail ou pour l’équipe.</translation>
    </message>
    <message>
        <source>What you will do about it, and when: one step you can check.</source>
        <translation>Ce que vous allez en faire, et quand&#xa0;: une étape que vous pourrez vérifier.</translation>
    </message>
</context>
<context>
    <name>FillBar</name>
    <message>
        <source>From your imported time: {0}</source>
        <translation>D’après votre temps importé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Fill from calendar or tracker…</source>
        <translation>Remplir depuis un agenda ou un outil de suivi…</translation>
    </message>
    <message>
        <source>Fill from calendar or tracker</source>
        <translation>Remplir depuis un agenda ou un outil de suivi</translation>
    </message>
    <message>
        <source>Read this week&apos;s hours from an exported file</source>
        <translation>Lire les heures de la semaine dans un fichier exporté</translation>
    </message>
    <message>
        <source>Undo fill</source>
        <translation>Annuler le remplissage</translation>
    </message>
    <message>
        <source>Undo fill: put back the hours from before</source>
        <translation>Annuler le remplissage&#xa0;: remettre les heures d’avant</translation>
    </message>
    <message>
        <source>What your imported time shows</source>
        <translation>Ce que montre votre temps importé</translation>
    </message>
    <message>
        <source>Refresh from {0}</source>
        <translation>Actualiser depuis {0}</translation>
    </message>
    <message>
        <source>Read this week again from {0}</source>
        <translation>Relire cette semaine depuis {0}</translation>
    </message>
    <message>
        <source>Filled from {0}.</source>
        <translation>Rempli depuis {0}.</translation>
    </message>
    <message>
        <source>{0} h matched no rule and were left out: classify them with Fill…</source>
        <translation>{0} h ne correspondaient à aucune règle et ont été laissées de côté&#xa0;: classez-les avec Remplir…</translation>
    </message>
    <message>
        <source>Cannot refresh from {0}</source>
        <translation>Impossible d’actualiser depuis {0}</translation>
    </message>
    <message>
        <source>{0}
Nothing was changed. If the file moved, choose it again with “Fill from calendar or tracker…”.</source>
        <translation>{0}
Rien n’a été modifié. Si le fichier a été déplacé, choisissez-le à nouveau avec «&#xa0;Remplir depuis un agenda ou un outil de suivi…&#xa0;».</translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message>
        <source>Fill from calendar or tracker — {0}</source>
        <translation>Remplir depuis un agenda ou un outil de suivi — {0}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a calendar or tracker file</source>
        <translation>Choisir un fichier d’agenda ou d’outil de suivi</translation>
    </message>
    <message>
        <source>Name of this source</source>
        <translation>Nom de cette source</translation>
    </message>
    <message>
        <source>e.g. Work calendar</source>
        <translation>p. ex. Agenda pro</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Tell from the file</source>
        <translation>Détecter d’après le fichier</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Weeks begin on Monday 00:00 in this zone, e.g. Europe/Berlin</source>
        <translation>Les semaines commencent le lundi à 00:00 dans ce fuseau, p. ex. Europe/Paris</translation>
    </message>
    <message>
        <source>Your e-mail addresses</source>
        <translation>Vos adresses e-mail</translation>
    </message>
    <message>
        <source>To tell invitations you declined and who else was in a meeting</source>
        <translation>Pour repérer les invitations que vous avez déclinées et qui d’autre était en réunion</translation>
    </message>
    <message>
        <source>Date order in the file</source>
        <translation>Ordre des dates dans le fichier</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>jour/mois/année</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mois/jour/année</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>année-mois-jour</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>Read the file again with these options</source>
        <translation>Relire le fichier avec ces options</translation>
    </message>
    <message>
        <source>The week&apos;s hours from the file</source>
        <translation>Les heures de la semaine d’après le fichier</translation>
    </message>
    <message>
        <source>What the file shows beyond the hours</source>
        <translation>Ce que le fichier montre au-delà des heures</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Your addresses</source>
        <translation>&amp;Vos adresses</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>Fu&amp;seau</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Remplir</translation>
    </message>
    <message>
        <source>Fill the check-in with these hours</source>
        <translation>Remplir le point avec ces heures</translation>
    </message>
    <message>
        <source>Your week of {0} from a file</source>
        <translation>Votre semaine du {0} depuis un fichier</translation>
    </message>
    <message>
        <source>Export your calendar (.ics) or time tracker (Toggl, Clockify, Timewarrior, Harvest) and choose the file. Nothing leaves this computer, and nothing is saved until you save the check-in.</source>
        <translation>Exportez votre agenda (.ics) ou votre outil de suivi du temps (Toggl, Clockify, Timewarrior, Harvest) et choisissez le fichier. Rien ne quitte cet ordinateur, et rien n’est enregistré tant que vous n’enregistrez pas le point.</translation>
    </message>
    <message>
        <source>Choose a calendar or tracker export</source>
        <translation>Choisir un export d’agenda ou d’outil de suivi</translation>
    </message>
    <message>
        <source>Calendars and trackers (*.ics *.csv *.json *.txt);;All files (*)</source>
        <translation>Agendas et outils de suivi (*.ics *.csv *.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Execution {0}</source>
        <translation>Exécution {0}</translation>
    </message>
    <message>
        <source>Strategy {0}</source>
        <translation>Stratégie {0}</translation>
    </message>
    <message>
        <source>Unclassified {0}</source>
        <translation>Non classé {0}</translation>
    </message>
    <message>
        <source>Unclassified hours are not filled: classify them below, or add them by hand.</source>
        <translation>Les heures non classées ne sont pas reprises&#xa0;: classez-les ci-dessous, ou ajoutez-les à la main.</translation>
    </message>
    <message>
        <source>Every hour has an inventory item: the split by item is filled too.</source>
        <translation>Chaque heure correspond à une activité&#xa0;: la répartition par activité est remplie aussi.</translation>
    </message>
    <message>
        <source>Time rule: {0} → {1}</source>
        <translation>Règle de temps&#xa0;: {0} → {1}</translation>
    </message>
</context>
<context>
    <name>FillLists</name>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Unclassified: no rule matches these</source>
        <translation>Non classé&#xa0;: aucune règle ne correspond</translation>
    </message>
    <message>
        <source>Skipped: counted as 0</source>
        <translation>Ignoré&#xa0;: compté pour 0</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>déclinée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>all-day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <source>ignored by your rules</source>
        <translation>ignoré par vos règles</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>None this week.</source>
        <translation>Rien cette semaine.</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… et {0} de plus</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Propose a rule that sends entries like this one to {0}</source>
        <translation>Proposer une règle qui envoie les entrées comme celle-ci vers {0}</translation>
    </message>
    <message>
        <source>Words the rule looks for</source>
        <translation>Mots recherchés par la règle</translation>
    </message>
    <message>
        <source>Separate several words with commas; case does not matter</source>
        <translation>Séparez plusieurs mots par des virgules&#xa0;; la casse ne compte pas</translation>
    </message>
    <message>
        <source>Where the rule sends entries</source>
        <translation>Où la règle envoie les entrées</translation>
    </message>
    <message>
        <source>Inventory item the rule&apos;s hours go to</source>
        <translation>Activité à laquelle vont les heures de la règle</translation>
    </message>
    <message>
        <source>Keep this rule</source>
        <translation>Garder cette règle</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Do not keep this rule</source>
        <translation>Ne pas garder cette règle</translation>
    </message>
    <message>
        <source>Entries containing</source>
        <translation>Les entrées contenant</translation>
    </message>
    <message>
        <source>go to</source>
        <translation>vont vers</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>A rule classifies this entry and every one like it, this week and after; the first rule that matches wins.</source>
        <translation>Une règle classe cette entrée et toutes celles qui lui ressemblent, cette semaine et les suivantes&#xa0;; la première règle qui correspond l’emporte.</translation>
    </message>
    <message>
        <source>(no item)</source>
        <translation>(aucune activité)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this page</source>
        <translation>Rechercher dans cette page</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>From the end</source>
        <translation>Depuis la fin</translation>
    </message>
    <message>
        <source>From the top</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{0} h</source>
        <comment>hours, abbreviated</comment>
        <translation>{0}&#xa0;h</translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation>Semaine du {0}</translation>
    </message>
</context>
<context>
    <name>Functions</name>
    <message>
        <source>What are the biggest challenges you face, and why?</source>
        <translation>Quels sont vos plus grands défis, et pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>What opportunities are going untapped?</source>
        <translation>Quelles opportunités restent inexploitées&#xa0;?</translation>
    </message>
    <message>
        <source>What has to happen to make the most of them?</source>
        <translation>Que faut-il pour en tirer le meilleur parti&#xa0;?</translation>
    </message>
    <message>
        <source>If you were me, what would you focus on?</source>
        <translation>Si vous étiez à ma place, sur quoi vous concentreriez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Coverage of the functions by month</source>
        <translation>Couverture des fonctions par mois</translation>
    </message>
    <message>
        <source>Right-click to save the chart as PNG, SVG or PDF</source>
        <translation>Clic droit pour enregistrer le graphique en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>{0}: how they work</source>
        <translation>{0}&#xa0;: son fonctionnement</translation>
    </message>
    <message>
        <source>Add a function</source>
        <translation>Ajouter une fonction</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>e.g. Finance, Customer success, Procurement</source>
        <translation>p. ex. Finance, Succès client, Achats</translation>
    </message>
    <message>
        <source>What they are measured on</source>
        <translation>Sur quoi elle est évaluée</translation>
    </message>
    <message>
        <source>e.g. gross margin, days sales outstanding</source>
        <translation>p. ex. marge brute, délai moyen de paiement client</translation>
    </message>
    <message>
        <source>How your team moves their numbers</source>
        <translation>Comment votre équipe fait bouger ses chiffres</translation>
    </message>
    <message>
        <source>e.g. fewer refunds lower support&apos;s ticket volume</source>
        <translation>p. ex. moins de remboursements, c’est moins de tickets pour le support</translation>
    </message>
    <message>
        <source>Whom you learn from</source>
        <translation>Auprès de qui vous apprenez</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>What you still don&apos;t understand</source>
        <translation>Ce que vous ne comprenez pas encore</translation>
    </message>
    <message>
        <source>e.g. how the quarterly forecast is built</source>
        <translation>p. ex. comment se construit la prévision trimestrielle</translation>
    </message>
    <message>
        <source>Could you explain their goals to your boss?</source>
        <translation>Pourriez-vous expliquer ses objectifs à votre manager&#xa0;?</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Évaluée sur</translation>
    </message>
    <message>
        <source>Your team moves it by</source>
        <translation>Levier de votre équipe</translation>
    </message>
    <message>
        <source>You learn from</source>
        <translation>Vous apprenez auprès de</translation>
    </message>
    <message>
        <source>Still unclear</source>
        <translation>Encore flou</translation>
    </message>
    <message>
        <source>Could explain</source>
        <translation>Capable d’expliquer</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>To learn what is still unclear, ask them (Watkins):
{0}</source>
        <translation>Pour comprendre ce qui reste flou, posez-leur ces questions (Watkins)&#xa0;:
{0}</translation>
    </message>
    <message>
        <source>Edit a function</source>
        <translation>Modifier une fonction</translation>
    </message>
    <message>
        <source>Last worked with</source>
        <translation>Dernier travail commun</translation>
    </message>
    <message>
        <source>Could you explain it?</source>
        <translation>Pourriez-vous l’expliquer&#xa0;?</translation>
    </message>
    <message>
        <source>How your team moves it</source>
        <translation>Comment votre équipe le fait bouger</translation>
    </message>
    <message>
        <source>Flagged when you haven&apos;t worked with them for 60 days</source>
        <translation>Signalée quand vous n’avez pas travaillé avec elle depuis 60 jours</translation>
    </message>
    <message>
        <source>Could you explain their goals to your boss? 1 to 5</source>
        <translation>Pourriez-vous expliquer ses objectifs à votre manager&#xa0;? De 1 à 5</translation>
    </message>
    <message>
        <source>Someone there from your relationships</source>
        <translation>Une personne de cette fonction parmi vos relations</translation>
    </message>
    <message>
        <source>The numbers they are judged by</source>
        <translation>Les chiffres sur lesquels elle est jugée</translation>
    </message>
    <message>
        <source>What your team does that moves those numbers</source>
        <translation>Ce que fait votre équipe pour faire bouger ces chiffres</translation>
    </message>
    <message>
        <source>What you still don&apos;t understand about how they work</source>
        <translation>Ce que vous ne comprenez pas encore de son fonctionnement</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>vaguely</source>
        <translation>vaguement</translation>
    </message>
    <message>
        <source>the outline</source>
        <translation>dans les grandes lignes</translation>
    </message>
    <message>
        <source>well</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>as they would</source>
        <translation>comme eux</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Cash, margin, velocity (how fast money turns), growth and customers: which of these does their number move? (Ram Charan)</source>
        <translation>Trésorerie, marge, rotation (la vitesse à laquelle l’argent tourne), croissance et clients&#xa0;: lequel de ces indicateurs leur chiffre fait-il bouger&#xa0;? (Ram Charan)</translation>
    </message>
    <message>
        <source>Never yet</source>
        <translation>Jamais encore</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>{0} days ago</source>
        <translation>il y a {0} jours</translation>
    </message>
    <message>
        <source>{0}: over {1} days</source>
        <translation>{0}&#xa0;: plus de {1} jours</translation>
    </message>
    <message>
        <source>You have worked with every function in the last {0} days.</source>
        <translation>Vous avez travaillé avec chaque fonction au cours des {0} derniers jours.</translation>
    </message>
    <message>
        <source>Not worked with in {0} days or more: {1}. A question over coffee counts.</source>
        <translation>Pas de travail commun depuis {0} jours ou plus&#xa0;: {1}. Une question autour d’un café compte.</translation>
    </message>
</context>
<context>
    <name>FunctionsPage</name>
    <message>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Add the usual functions</source>
        <translation>Ajouter les fonctions habituelles</translation>
    </message>
    <message>
        <source>Finance, sales, marketing, operations, product, support, people / HR and legal; rename or delete any of them</source>
        <translation>Finance, ventes, marketing, opérations, produit, support, RH et juridique&#xa0;; renommez ou supprimez celles que vous voulez</translation>
    </message>
    <message>
        <source>Add a function…</source>
        <translation>Ajouter une fonction…</translation>
    </message>
    <message>
        <source>Another function your work touches (Ctrl+N)</source>
        <translation>Une autre fonction que votre travail concerne (Ctrl+N)</translation>
    </message>
    <message>
        <source>Fill in…</source>
        <translation>Compléter…</translation>
    </message>
    <message>
        <source>What they are measured on, how your team moves it, whom you learn from</source>
        <translation>Sur quoi elle est évaluée, comment votre équipe fait bouger ce chiffre, auprès de qui vous apprenez</translation>
    </message>
    <message>
        <source>Worked with them today…</source>
        <translation>Travaillé avec elle aujourd’hui…</translation>
    </message>
    <message>
        <source>Log a meeting, a question or a piece of work with this function today</source>
        <translation>Noter une réunion, une question ou un travail avec cette fonction aujourd’hui</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected function and its history; Ctrl+Z undoes it</source>
        <translation>Supprimer la fonction sélectionnée et son historique&#xa0;; Ctrl+Z l’annule</translation>
    </message>
    <message>
        <source>No functions yet. Start from the usual ones (finance, sales, marketing, operations, product, support, people / HR, legal) and rename or delete them to fit your organisation, or add your own.</source>
        <translation>Pas encore de fonction. Partez des fonctions habituelles (finance, ventes, marketing, opérations, produit, support, RH, juridique) et renommez-les ou supprimez-les selon votre organisation, ou ajoutez les vôtres.</translation>
    </message>
    <message>
        <source>To ask each function&apos;s people</source>
        <translation>À demander aux personnes de chaque fonction</translation>
    </message>
    <message>
        <source>(Michael Watkins, The First 90 Days)</source>
        <translation>(Michael Watkins, Les 90 premiers jours)</translation>
    </message>
    <message>
        <source>To read any function&apos;s numbers</source>
        <translation>Pour lire les chiffres de n’importe quelle fonction</translation>
    </message>
    <message>
        <source>Function views</source>
        <translation>Vues des fonctions</translation>
    </message>
    <message>
        <source>How often, month by month</source>
        <translation>À quelle fréquence, mois par mois</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Questions à poser</translation>
    </message>
    <message>
        <source>How the other functions work and how your team moves their numbers. Leaders who spend time across functions run more productive organisations (Bandiera et al.).</source>
        <translation>Comment travaillent les autres fonctions et comment votre équipe fait bouger leurs chiffres. Les dirigeants qui passent du temps avec les autres fonctions dirigent des organisations plus productives (Bandiera et al.).</translation>
    </message>
    <message>
        <source>Worked with them today</source>
        <translation>Travaillé avec elle aujourd’hui</translation>
    </message>
    <message>
        <source>You worked with {0} today. A note, if you like (what you learned):</source>
        <translation>Vous avez travaillé avec {0} aujourd’hui. Une note, si vous voulez (ce que vous avez appris)&#xa0;:</translation>
    </message>
    <message>
        <source>Log time with a function</source>
        <translation>Noter du temps passé avec une fonction</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>Supprimer {0}&#xa0;?</translation>
    </message>
    <message>
        <source>What you wrote about it and the times you worked with it go. Undo (Ctrl+Z) brings them back.</source>
        <translation>Ce que vous en avez écrit et les moments où vous avez travaillé avec elle sont supprimés. Annuler (Ctrl+Z) les rétablit.</translation>
    </message>
    <message>
        <source>Delete a function</source>
        <translation>Supprimer une fonction</translation>
    </message>
</context>
<context>
    <name>GlidePreview</name>
    <message>
        <source>Your glide path appears here.</source>
        <translation>Votre trajectoire s’affiche ici.</translation>
    </message>
    <message>
        <source>Glide path preview</source>
        <translation>Aperçu de la trajectoire</translation>
    </message>
    <message>
        <source>The glide path appears once the plan ends after it starts.</source>
        <translation>La trajectoire s’affiche dès que la fin du plan est après son début.</translation>
    </message>
    <message>
        <source>No glide path yet.</source>
        <translation>Pas encore de trajectoire.</translation>
    </message>
    <message>
        <source>day {0}: {1}%</source>
        <translation>jour {0}&#xa0;: {1}&#xa0;%</translation>
    </message>
    <message>
        <source>Strategy share of your week: {0}% at the start, then {1}.</source>
        <translation>Part de stratégie de votre semaine&#xa0;: {0}&#xa0;% au départ, puis {1}.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Jour {0}</translation>
    </message>
</context>
<context>
    <name>GuideShortcuts</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Redo what you undid</source>
        <translation>Rétablir ce que vous avez annulé</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>touches</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>menu</translation>
    </message>
    <message>
        <source>what it does</source>
        <translation>ce que cela fait</translation>
    </message>
    <message>
        <source>the guide</source>
        <translation>le guide</translation>
    </message>
    <message>
        <source>where</source>
        <translation>où</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Altitude guide</source>
        <translation>Guide d’Altitude</translation>
    </message>
    <message>
        <source>Guide contents</source>
        <translation>Sommaire du guide</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Page du guide</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>Rechercher dans cette page</translation>
    </message>
    <message>
        <source>Close the find bar, or the guide</source>
        <translation>Fermer la barre de recherche, ou le guide</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Altitude does not open links outside the guide: {0}</source>
        <translation>Altitude n’ouvre pas les liens en dehors du guide&#xa0;: {0}</translation>
    </message>
    <message>
        <source>(Shown when the guide is opened from the app.)</source>
        <translation>(Affiché quand le guide est ouvert depuis l’application.)</translation>
    </message>
    <message>
        <source>This part of the guide is missing: {0}</source>
        <translation>Cette partie du guide est manquante&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Altitude guide — {0}</source>
        <translation>Guide d’Altitude — {0}</translation>
    </message>
</context>
<context>
    <name>IdentityEditor</name>
    <message>
        <source>Statements of who you need to become</source>
        <translation>Phrases décrivant qui vous devez devenir</translation>
    </message>
    <message>
        <source>Add your own, e.g. &quot;Ask before I answer&quot;</source>
        <translation>Ajoutez la vôtre, p. ex. «&#xa0;Demander avant de répondre&#xa0;»</translation>
    </message>
    <message>
        <source>Your own statement</source>
        <translation>Votre propre phrase</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add your own statement</source>
        <translation>Ajouter votre propre phrase</translation>
    </message>
    <message>
        <source>{0} chosen (up to {1}). Double-click a statement to put it in your own words.</source>
        <translation>{0} choisies (jusqu’à {1}). Double-cliquez sur une phrase pour la formuler avec vos mots.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Who do I need to become?</source>
        <translation>Qui dois-je devenir&#xa0;?</translation>
    </message>
    <message>
        <source>The leader you are growing into, in a few short statements.</source>
        <translation>Le leader que vous êtes en train de devenir, en quelques phrases courtes.</translation>
    </message>
    <message>
        <source>What got you promoted (output, control, expertise) is not what the new role needs. Tick the statements you want to grow into, reword them so they sound like you, or add your own.</source>
        <translation>Ce qui vous a valu la promotion (production, contrôle, expertise) n’est pas ce dont le nouveau rôle a besoin. Cochez les phrases qui décrivent ce que vous voulez devenir, reformulez-les pour qu’elles vous ressemblent, ou ajoutez les vôtres.</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Delegate the outcome</source>
        <translation>Déléguer le résultat</translation>
    </message>
    <message>
        <source>Coach, then delegate</source>
        <translation>Accompagner, puis déléguer</translation>
    </message>
    <message>
        <source>Stop doing it</source>
        <translation>Arrêter de le faire</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Déléguer</translation>
    </message>
    <message>
        <source>Coach first</source>
        <translation>Accompagner d’abord</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>What you do</source>
        <translation>Ce que vous faites</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Votre décision</translation>
    </message>
    <message>
        <source>Something you spend time on in a typical week.</source>
        <translation>Une chose à laquelle vous consacrez du temps dans une semaine type.</translation>
    </message>
    <message>
        <source>Execution: doing, reviewing, fixing. Strategy: direction, people, decisions.</source>
        <translation>Exécution&#xa0;: faire, relire, corriger. Stratégie&#xa0;: cap, personnes, décisions.</translation>
    </message>
    <message>
        <source>Hours a week you spend on it.</source>
        <translation>Les heures par semaine que vous y consacrez.</translation>
    </message>
    <message>
        <source>What Altitude suggests from your weighing; hover a row to see why.</source>
        <translation>Ce qu’Altitude suggère d’après votre évaluation&#xa0;; survolez une ligne pour voir pourquoi.</translation>
    </message>
    <message>
        <source>What you decided. Your decision always wins over the suggestion.</source>
        <translation>Ce que vous avez décidé. Votre décision l’emporte toujours sur la suggestion.</translation>
    </message>
    <message>
        <source>Not decided yet: choose in the weighing panel.</source>
        <translation>Pas encore décidé&#xa0;: choisissez dans le panneau d’évaluation.</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Heures par semaine</translation>
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
        <translation>Modifier «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Add “{0}”</source>
        <translation>Ajouter «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>Supprimer «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Weigh “{0}”</source>
        <translation>Évaluer «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Decide “{0}”: {1}</source>
        <translation>Décider «&#xa0;{0}&#xa0;»&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Add “{0}” to your delegation ledger as a planned outcome, freeing {1} a week? You can name its owner and success measure there.</source>
        <translation>Ajouter «&#xa0;{0}&#xa0;» à votre registre des délégations comme résultat prévu, ce qui libère {1} par semaine&#xa0;? Vous pourrez y indiquer son responsable et son critère de réussite.</translation>
    </message>
    <message>
        <source>Delegate this outcome?</source>
        <translation>Déléguer ce résultat&#xa0;?</translation>
    </message>
    <message>
        <source>Saved: {0}. A planned delegation is in your ledger; give it an owner and a success measure on the Delegation page.</source>
        <translation>Enregistré&#xa0;: {0}. Une délégation prévue figure dans votre registre&#xa0;; donnez-lui un responsable et un critère de réussite sur la page Délégation.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>List what you spend your week on, then select a row to weigh it and decide. Double-click a cell to edit it.</source>
        <translation>Listez ce qui occupe votre semaine, puis sélectionnez une ligne pour l’évaluer et décider. Double-cliquez sur une cellule pour la modifier.</translation>
    </message>
    <message>
        <source>Filter by any word…</source>
        <translation>Filtrer par n’importe quel mot…</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>Filtrer les activités</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>Add something you do (Ctrl+N)</source>
        <translation>Ajouter quelque chose que vous faites (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected item (Delete); Ctrl+Z undoes it</source>
        <translation>Supprimer l’activité sélectionnée (Suppr)&#xa0;; Ctrl+Z l’annule</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Supprimer l’activité</translation>
    </message>
    <message>
        <source>Problem with the edit</source>
        <translation>Problème lors de la modification</translation>
    </message>
    <message>
        <source>Inventory items</source>
        <translation>Activités de l’inventaire</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Show the items as a table</source>
        <translation>Afficher les activités sous forme de tableau</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Show the items weighed: leverage against only-you</source>
        <translation>Afficher les activités évaluées&#xa0;: effet de levier face à irremplaçable</translation>
    </message>
    <message>
        <source>{0} view</source>
        <translation>Vue {0}</translation>
    </message>
    <message>
        <source>“{0}”: {1}</source>
        <translation>«&#xa0;{0}&#xa0;»&#xa0;: {1}</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
</context>
<context>
    <name>JudgmentPanel</name>
    <message>
        <source>Calibration progress</source>
        <translation>Progression vers la calibration</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Score de Brier</translation>
    </message>
    <message>
        <source>Process against outcome</source>
        <translation>Décision × issue</translation>
    </message>
    <message>
        <source>Good outcome</source>
        <translation>Bonne issue</translation>
    </message>
    <message>
        <source>Poor outcome</source>
        <translation>Mauvaise issue</translation>
    </message>
    <message>
        <source>Good decision</source>
        <translation>Bonne décision</translation>
    </message>
    <message>
        <source>Poor decision</source>
        <translation>Mauvaise décision</translation>
    </message>
    <message>
        <source>Decisions your team made</source>
        <translation>Décisions prises par votre équipe</translation>
    </message>
    <message>
        <source>How long decisions waited</source>
        <translation>Temps d’attente des décisions</translation>
    </message>
    <message>
        <source>Calibration chart</source>
        <translation>Graphique de calibration</translation>
    </message>
    <message>
        <source>Team&apos;s share of decisions chart</source>
        <translation>Graphique de la part des décisions prises par l’équipe</translation>
    </message>
    <message>
        <source>Judgment charts</source>
        <translation>Graphiques du jugement</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>Team&apos;s share</source>
        <translation>Part de l’équipe</translation>
    </message>
    <message>
        <source>Your judgment</source>
        <translation>Votre jugement</translation>
    </message>
    <message>
        <source>You have reviewed {0} of {1} decisions; calibration needs {2}.</source>
        <translation>Décisions réexaminées&#xa0;: {0} sur {1}&#xa0;; il en faut {2} pour la calibration.</translation>
    </message>
    <message>
        <source>Fewer than that and one decision moves the picture by more than a 10-point bin.</source>
        <translation>En dessous, une seule décision fait bouger le tableau de plus d’une tranche de 10 points.</translation>
    </message>
    <message>
        <source>Of the decisions you gave about 70%, did about 70% come true? {0} reviewed decisions, in 10-point bins.</source>
        <translation>Parmi les décisions auxquelles vous donniez environ 70&#xa0;%, environ 70&#xa0;% se sont-elles réalisées&#xa0;? Décisions réexaminées&#xa0;: {0}, par tranches de 10 points.</translation>
    </message>
    <message>
        <source>Your team made {0} of your {1} logged decisions ({2:.0f}%). Delegated decisions count: a rising share is the point of delegating.</source>
        <translation>Votre équipe a pris {0} de vos {1} décisions notées ({2:.0f}&#xa0;%). Les décisions déléguées comptent&#xa0;: une part qui augmente, c’est tout l’intérêt de déléguer.</translation>
    </message>
    <message>
        <source>Log decisions, yours and your team&apos;s, to see who makes them.</source>
        <translation>Notez les décisions, les vôtres et celles de votre équipe, pour voir qui les prend.</translation>
    </message>
    <message>
        <source>Note when a question first came up to see how long decisions wait.</source>
        <translation>Notez quand une question s’est posée pour la première fois, pour voir combien de temps les décisions attendent.</translation>
    </message>
    <message>
        <source>Decisions waited a median of {0} days from the question coming up.</source>
        <translation>Les décisions ont attendu {0} jours en médiane depuis que la question s’est posée.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Applies when you restart Altitude.</source>
        <translation>S’applique au prochain démarrage d’Altitude.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Altitude could not keep the language: {0}</source>
        <translation>Altitude n’a pas pu enregistrer la langue&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>New delegation</source>
        <translation>Nouvelle délégation</translation>
    </message>
    <message>
        <source>Hand over an outcome, from scratch or from your inventory (Ctrl+N)</source>
        <translation>Confier un résultat, de zéro ou à partir de votre inventaire (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show: {0}</source>
        <translation>Afficher&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Delegated outcomes</source>
        <translation>Résultats délégués</translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>Supprimer la délégation</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Nothing handed over yet. Choose New delegation (Ctrl+N) and start from something in your inventory you decided to delegate.</source>
        <translation>Rien de confié pour l’instant. Choisissez Nouvelle délégation (Ctrl+N) et partez d’une activité de votre inventaire que vous avez décidé de déléguer.</translation>
    </message>
    <message>
        <source>Freed so far: {0} a week</source>
        <translation>Libéré jusqu’ici&#xa0;: {0} par semaine</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) due</source>
        <translation>
            <numerusform>%n point de suivi à faire</numerusform>
            <numerusform>%n points de suivi à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>work came back to you in %n week(s)</source>
        <translation>
            <numerusform>du travail vous est revenu sur&#xa0;%n semaine</numerusform>
            <numerusform>du travail vous est revenu sur&#xa0;%n semaines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelPlanEditor</name>
    <message>
        <source>No steps planned: add one to say how far the level rises.</source>
        <translation>Aucune étape prévue&#xa0;: ajoutez-en une pour dire jusqu’où le niveau monte.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Add a planned level step</source>
        <translation>Ajouter une étape de niveau prévue</translation>
    </message>
    <message>
        <source>Plan the next level and the week to reach it.</source>
        <translation>Prévoyez le prochain niveau et la semaine où l’atteindre.</translation>
    </message>
    <message>
        <source>by week </source>
        <translation>d’ici la semaine </translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>dès le début</translation>
    </message>
    <message>
        <source>Step {0}: week</source>
        <translation>Étape {0}&#xa0;: semaine</translation>
    </message>
    <message>
        <source>Weeks after the hand-over started.</source>
        <translation>Semaines depuis le début de la passation.</translation>
    </message>
    <message>
        <source>Step {0}: level</source>
        <translation>Étape {0}&#xa0;: niveau</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove step {0}</source>
        <translation>Retirer l’étape {0}</translation>
    </message>
</context>
<context>
    <name>LevelTimeline</name>
    <message>
        <source>level {0} from the start</source>
        <translation>niveau {0} dès le début</translation>
    </message>
    <message>
        <source>level {0} by week {1}</source>
        <translation>niveau {0} d’ici la semaine {1}</translation>
    </message>
    <message>
        <source>Planned: {0}.</source>
        <translation>Prévu&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>No level plan yet.</source>
        <translation>Pas encore de plan de niveaux.</translation>
    </message>
    <message>
        <source>Actual: {0} since {1}.</source>
        <translation>Réel&#xa0;: {0} depuis le {1}.</translation>
    </message>
    <message>
        <source>Actual: not started yet.</source>
        <translation>Réel&#xa0;: pas encore commencé.</translation>
    </message>
    <message>
        <source>On plan: {0} by now.</source>
        <translation>Conforme au plan&#xa0;: {0} à ce stade.</translation>
    </message>
    <message>
        <source>Behind plan: the plan has {0} by now.</source>
        <translation>En retard sur le plan&#xa0;: il prévoit {0} à ce stade.</translation>
    </message>
    <message>
        <source>Ahead of plan, which has {0} by now.</source>
        <translation>En avance sur le plan, qui prévoit {0} à ce stade.</translation>
    </message>
    <message>
        <source>Next: {0} by week {1}.</source>
        <translation>Ensuite&#xa0;: {0} d’ici la semaine {1}.</translation>
    </message>
    <message>
        <source>Planned and actual delegation level over time</source>
        <translation>Niveau de délégation prévu et réel au fil du temps</translation>
    </message>
    <message>
        <source>wk {0}</source>
        <translation>sem. {0}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>Tell</source>
        <translation>Dire</translation>
    </message>
    <message>
        <source>I decide and tell them.</source>
        <translation>Je décide et je l’annonce.</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Vendre</translation>
    </message>
    <message>
        <source>I decide and explain why, to win them over.</source>
        <translation>Je décide et j’explique pourquoi, pour convaincre.</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <source>I ask for their input, then I decide.</source>
        <translation>Je demande leur avis, puis je décide.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>S’accorder</translation>
    </message>
    <message>
        <source>We decide together.</source>
        <translation>Nous décidons ensemble.</translation>
    </message>
    <message>
        <source>Advise</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>They decide; I offer my advice.</source>
        <translation>Ils décident&#xa0;; je donne mon avis.</translation>
    </message>
    <message>
        <source>Inquire</source>
        <translation>S’informer</translation>
    </message>
    <message>
        <source>They decide and tell me afterwards.</source>
        <translation>Ils décident et m’en informent ensuite.</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Déléguer</translation>
    </message>
    <message>
        <source>They decide; I don&apos;t need to know.</source>
        <translation>Ils décident&#xa0;; je n’ai pas besoin de le savoir.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation>&amp;Nouvel élément</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Opening your plan…</source>
        <translation>Ouverture de votre plan…</translation>
    </message>
    <message>
        <source>Altitude &amp;guide</source>
        <translation>&amp;Guide d’Altitude</translation>
    </message>
    <message>
        <source>How Altitude works, and the ideas behind it</source>
        <translation>Comment fonctionne Altitude, et les idées qui le fondent</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key Altitude knows</source>
        <translation>Toutes les touches qu’Altitude connaît</translation>
    </message>
</context>
<context>
    <name>MilestonesEditor</name>
    <message>
        <source>Add milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>Add a milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Strategy share</source>
        <translation>Part de stratégie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Day </source>
        <translation>Jour </translation>
    </message>
    <message>
        <source>Milestone {0}: day</source>
        <translation>Jalon {0}&#xa0;: jour</translation>
    </message>
    <message>
        <source>Milestone {0}: strategy share</source>
        <translation>Jalon {0}&#xa0;: part de stratégie</translation>
    </message>
    <message>
        <source>What should be true by then?</source>
        <translation>Qu’est-ce qui devrait être vrai d’ici là&#xa0;?</translation>
    </message>
    <message>
        <source>Milestone {0}: label</source>
        <translation>Jalon {0}&#xa0;: libellé</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove milestone {0}</source>
        <translation>Retirer le jalon {0}</translation>
    </message>
</context>
<context>
    <name>MotivePage</name>
    <message>
        <source>Be honest: nobody else reads this. Wanting to grow other people and wanting control over the work are different reasons. If it is mostly control (over decisions, quality, how things are done), expect the move to be harder: you will be tempted to take the work back. The first year and a half is hard for many new leaders, and knowing your reason helps on the hard days.</source>
        <translation>Soyez honnête&#xa0;: personne d’autre ne lit ceci. Vouloir faire grandir les autres et vouloir contrôler le travail sont deux raisons différentes. Si c’est surtout le contrôle (des décisions, de la qualité, de la façon de faire), attendez-vous à une transition plus difficile&#xa0;: la tentation de reprendre le travail sera forte. Les dix-huit premiers mois sont difficiles pour beaucoup de nouveaux managers, et connaître votre raison aide dans les jours difficiles.</translation>
    </message>
    <message>
        <source>Why do I want to lead?</source>
        <translation>Pourquoi est-ce que je veux diriger&#xa0;?</translation>
    </message>
    <message>
        <source>One honest paragraph. You can change it at any time.</source>
        <translation>Un paragraphe honnête. Vous pouvez le modifier à tout moment.</translation>
    </message>
    <message>
        <source>I want to lead because…

Who do I want to see grow? What will be true when it is working?</source>
        <translation>Je veux diriger parce que…

Qui est-ce que je veux voir grandir&#xa0;? Qu’est-ce qui sera vrai quand cela fonctionnera&#xa0;?</translation>
    </message>
    <message>
        <source>Optional, but worth the two minutes.</source>
        <translation>Facultatif, mais cela vaut bien deux minutes.</translation>
    </message>
</context>
<context>
    <name>MovePage</name>
    <message>
        <source>Your move</source>
        <translation>Votre évolution</translation>
    </message>
    <message>
        <source>The step you are taking, and how long you give yourself.</source>
        <translation>Le pas que vous franchissez, et le temps que vous vous donnez.</translation>
    </message>
    <message>
        <source>e.g. Senior backend engineer</source>
        <translation>p. ex. Ingénieur backend senior</translation>
    </message>
    <message>
        <source>Your role until now</source>
        <translation>Votre rôle jusqu’ici</translation>
    </message>
    <message>
        <source>e.g. Engineering manager, Payments</source>
        <translation>p. ex. Engineering Manager, Paiements</translation>
    </message>
    <message>
        <source>Your new role</source>
        <translation>Votre nouveau rôle</translation>
    </message>
    <message>
        <source>Plan starts on</source>
        <translation>Début du plan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Plan length in days</source>
        <translation>Durée du plan en jours</translation>
    </message>
    <message>
        <source>Plan ends on</source>
        <translation>Fin du plan</translation>
    </message>
    <message>
        <source>ending on</source>
        <translation>se terminant le</translation>
    </message>
    <message>
        <source>Your role until now:</source>
        <translation>Votre rôle jusqu’ici&#xa0;:</translation>
    </message>
    <message>
        <source>The words of both titles pick suggestions from your field (sales, nursing, teaching, software…); you can choose another field later.</source>
        <translation>Les mots des deux intitulés choisissent des suggestions dans votre métier (vente, soins infirmiers, enseignement, logiciel…)&#xa0;; vous pourrez en choisir un autre plus tard.</translation>
    </message>
    <message>
        <source>Your new role:</source>
        <translation>Votre nouveau rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Plan starts on:</source>
        <translation>Début du plan&#xa0;:</translation>
    </message>
    <message>
        <source>Plan length:</source>
        <translation>Durée du plan&#xa0;:</translation>
    </message>
    <message>
        <source>On these days you compare your week with the plan. 30, 60 and 90 days is the usual rhythm; change the days if your organisation works to others.</source>
        <translation>Ces jours-là, vous comparez votre semaine au plan. 30, 60 et 90 jours, c’est le rythme habituel&#xa0;; changez les jours si votre organisation en suit d’autres.</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Jalons&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Narrative</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Guiding policy</source>
        <translation>Politique directrice</translation>
    </message>
    <message>
        <source>We will not</source>
        <translation>Ce que nous ne ferons pas</translation>
    </message>
    <message>
        <source>Coherent actions</source>
        <translation>Actions cohérentes</translation>
    </message>
    <message>
        <source>Press release from the future</source>
        <translation>Communiqué de presse du futur</translation>
    </message>
    <message>
        <source>What is really going on? A couple of sentences.</source>
        <translation>Que se passe-t-il vraiment&#xa0;? Deux ou trois phrases.</translation>
    </message>
    <message>
        <source>How you will deal with it: the approach, not the target.</source>
        <translation>Comment vous allez y faire face&#xa0;: l’approche, pas l’objectif.</translation>
    </message>
    <message>
        <source>What the policy rules out, one per line.</source>
        <translation>Ce que la politique exclut, un élément par ligne.</translation>
    </message>
    <message>
        <source>{0} to {1} steps that carry the policy out, each tied to the work doing it.</source>
        <translation>De {0} à {1} étapes qui mettent la politique en œuvre, chacune liée au travail qui la réalise.</translation>
    </message>
    <message>
        <source>Optional: the announcement you would like to read at the horizon.</source>
        <translation>Facultatif&#xa0;: l’annonce que vous aimeriez lire à l’horizon.</translation>
    </message>
    <message>
        <source>No diagnosis yet: what is really going on?</source>
        <translation>Pas encore de diagnostic&#xa0;: que se passe-t-il vraiment&#xa0;?</translation>
    </message>
    <message>
        <source>This reads like a goal (where to get to); say how you will get there.</source>
        <translation>Cela ressemble à un objectif (où arriver)&#xa0;; dites comment vous allez y parvenir.</translation>
    </message>
    <message>
        <source>Nothing is ruled out yet: what will you not do?</source>
        <translation>Rien n’est encore exclu&#xa0;: que ne ferez-vous pas&#xa0;?</translation>
    </message>
    <message>
        <source>Words that sound deep but say little: {0}.</source>
        <translation>Des mots qui sonnent profond mais disent peu&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>There is no diagnosis yet: what is really going on?</source>
        <translation>Pas encore de diagnostic&#xa0;: que se passe-t-il vraiment&#xa0;?</translation>
    </message>
    <message>
        <source>The guiding policy reads like a goal; say how you will get there.</source>
        <translation>La politique directrice ressemble à un objectif&#xa0;; dites comment vous allez y parvenir.</translation>
    </message>
    <message>
        <source>Nothing is ruled out: what will you not do?</source>
        <translation>Rien n’est exclu&#xa0;: que ne ferez-vous pas&#xa0;?</translation>
    </message>
    <message>
        <source>Name {0} to {1} coherent actions.</source>
        <translation>Nommez de {0} à {1} actions cohérentes.</translation>
    </message>
    <message>
        <source>More than {0} actions is a list, not a focus: which matter most?</source>
        <translation>Plus de {0} actions, c’est une liste, pas une priorité&#xa0;: lesquelles comptent le plus&#xa0;?</translation>
    </message>
    <message>
        <source>No hours go to “{0}” in your recent weeks.</source>
        <translation>Aucune heure n’est allée à «&#xa0;{0}&#xa0;» ces dernières semaines.</translation>
    </message>
    <message>
        <source>e.g. Hand the release train to Priya by March</source>
        <translation>p. ex. Confier le release train à Priya d’ici mars</translation>
    </message>
    <message>
        <source>Inventory items</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>No inventory items yet</source>
        <translation>Pas encore d’activité</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <source>No delegations yet</source>
        <translation>Pas encore de délégation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Inventory items doing it:</source>
        <translation>Activités qui la réalisent&#xa0;:</translation>
    </message>
    <message>
        <source>Delegations carrying it:</source>
        <translation>Délégations qui la portent&#xa0;:</translation>
    </message>
    <message>
        <source>Tick every one that carries this action</source>
        <translation>Cochez tout ce qui porte cette action</translation>
    </message>
    <message>
        <source>&amp;{0}.</source>
        <translation>&amp;{0}.</translation>
    </message>
    <message>
        <source>Action {0}</source>
        <translation>Action {0}</translation>
    </message>
    <message>
        <source>Remove action {0}</source>
        <translation>Retirer l’action {0}</translation>
    </message>
    <message>
        <source>Items action {0} uses</source>
        <translation>Activités de l’action {0}</translation>
    </message>
    <message>
        <source>Delegations carrying action {0}</source>
        <translation>Délégations qui portent l’action {0}</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>The narrative&apos;s arc chart</source>
        <translation>Graphique de l’évolution du récit</translation>
    </message>
    <message>
        <source>Click a dot to show that version; right-click to save the chart</source>
        <translation>Cliquez sur un point pour afficher cette version&#xa0;; clic droit pour enregistrer le graphique</translation>
    </message>
    <message>
        <source>Version {0} · {1}</source>
        <translation>Version {0} · {1}</translation>
    </message>
    <message>
        <source>Added: {0} · Removed: {1}</source>
        <translation>Ajouté&#xa0;: {0} · Supprimé&#xa0;: {1}</translation>
    </message>
    <message>
        <source>underlined</source>
        <translation>souligné</translation>
    </message>
    <message>
        <source>struck through</source>
        <translation>barré</translation>
    </message>
    <message>
        <source>No changes: the two versions say the same.</source>
        <translation>Aucun changement&#xa0;: les deux versions disent la même chose.</translation>
    </message>
    <message>
        <source>Compare the version</source>
        <translation>Comparer la version</translation>
    </message>
    <message>
        <source>with the version</source>
        <translation>avec la version</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Only one version so far. Revise the narrative next month to see what changed.</source>
        <translation>Une seule version pour l’instant. Révisez le récit le mois prochain pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>a&amp;vec</translation>
    </message>
    <message>
        <source>Added words are marked with plus signs, removed ones with minus signs</source>
        <translation>Les mots ajoutés sont marqués d’un signe plus, les mots supprimés d’un signe moins</translation>
    </message>
    <message>
        <source>Write your narrative</source>
        <translation>Écrire votre récit</translation>
    </message>
    <message>
        <source>Revise the narrative</source>
        <translation>Réviser le récit</translation>
    </message>
    <message>
        <source>e.g. Two teams ship the same checkout twice, and nobody owns the overlap.</source>
        <translation>p. ex. Deux équipes livrent deux fois le même tunnel de paiement, et personne n’est responsable du recouvrement.</translation>
    </message>
    <message>
        <source>e.g. One checkout, owned by one team; the other moves to payments.</source>
        <translation>p. ex. Un seul tunnel de paiement, confié à une seule équipe&#xa0;; l’autre passe aux paiements.</translation>
    </message>
    <message>
        <source>One per line, e.g. Take on new markets this year</source>
        <translation>Une par ligne, p. ex. Attaquer de nouveaux marchés cette année</translation>
    </message>
    <message>
        <source>e.g. “Checkout now ships weekly, and customers notice…”</source>
        <translation>p. ex. «&#xa0;Le tunnel de paiement est désormais livré chaque semaine, et les clients le remarquent…&#xa0;»</translation>
    </message>
    <message>
        <source>Date of the press release</source>
        <translation>Date du communiqué de presse</translation>
    </message>
    <message>
        <source>Rumelt&apos;s kernel: what is really going on, how you will deal with it, and a few actions that carry it out. Hints appear as you write; none of them stops you saving. Saving keeps this as a new version: earlier ones stay.</source>
        <translation>Le noyau de Rumelt&#xa0;: ce qui se passe vraiment, comment vous allez y faire face, et quelques actions qui le mettent en œuvre. Des indications apparaissent pendant que vous écrivez&#xa0;; aucune ne vous empêche d’enregistrer. Chaque enregistrement crée une nouvelle version&#xa0;: les précédentes sont conservées.</translation>
    </message>
    <message>
        <source>Dated:</source>
        <translation>Daté du&#xa0;:</translation>
    </message>
    <message>
        <source>The narrative&apos;s parts</source>
        <translation>Les parties du récit</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Keep this as today&apos;s version (Ctrl+Enter)</source>
        <translation>Garder ceci comme version du jour (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Say each action in a few words (or remove its row).</source>
        <translation>Décrivez chaque action en quelques mots (ou retirez sa ligne).</translation>
    </message>
    <message>
        <source>Hint: {0}</source>
        <translation>Indication&#xa0;: {0}</translation>
    </message>
    <message>
        <source>delegated: {0}</source>
        <translation>déléguée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No hints: none of the hallmarks of bad strategy show here.</source>
        <translation>Aucune indication&#xa0;: aucun des signes d’une mauvaise stratégie n’apparaît ici.</translation>
    </message>
    <message>
        <source>{0}, dated {1}</source>
        <translation>{0}, daté du {1}</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(pas encore écrit)</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>{0} · not tied to any work yet</source>
        <translation>{0} · liée à aucun travail pour l’instant</translation>
    </message>
    <message>
        <source>Write the narrative</source>
        <translation>Écrire le récit</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Where you are taking the team, and why — in a page you revisit every month. Each revision is kept, so you can see how your thinking moved.</source>
        <translation>Où vous emmenez l’équipe, et pourquoi — sur une page que vous reprenez chaque mois. Chaque révision est conservée&#xa0;: vous voyez comment votre réflexion a évolué.</translation>
    </message>
    <message>
        <source>No narrative yet</source>
        <translation>Pas encore de récit</translation>
    </message>
    <message>
        <source>A strategy worth the name has three parts (Richard Rumelt&apos;s kernel):
• a diagnosis — what is really going on, in a couple of sentences;
• a guiding policy — how you will deal with it, and what you will not do;
• three to five coherent actions — tied to the work that carries them, so Altitude can show how many hours a week really go to each.
Optionally, the press release you would like to read at your horizon.</source>
        <translation>Une stratégie digne de ce nom a trois parties (le noyau de Richard Rumelt)&#xa0;:
• un diagnostic — ce qui se passe vraiment, en deux ou trois phrases&#xa0;;
• une politique directrice — comment vous allez y faire face, et ce que vous ne ferez pas&#xa0;;
• trois à cinq actions cohérentes — liées au travail qui les porte, pour qu’Altitude montre combien d’heures par semaine vont réellement à chacune.
En option, le communiqué de presse que vous aimeriez lire à votre horizon.</translation>
    </message>
    <message>
        <source>Write your narrative…</source>
        <translation>Écrire votre récit…</translation>
    </message>
    <message>
        <source>Write the first version (Ctrl+N)</source>
        <translation>Écrire la première version (Ctrl+N)</translation>
    </message>
    <message>
        <source>The version shown</source>
        <translation>La version affichée</translation>
    </message>
    <message>
        <source>Revise the narrative…</source>
        <translation>Réviser le récit…</translation>
    </message>
    <message>
        <source>Write today&apos;s version, starting from the latest (Ctrl+N)</source>
        <translation>Écrire la version du jour, à partir de la dernière (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show the latest</source>
        <translation>Afficher la dernière</translation>
    </message>
    <message>
        <source>Back to the latest version</source>
        <translation>Revenir à la dernière version</translation>
    </message>
    <message>
        <source>Delete this version</source>
        <translation>Supprimer cette version</translation>
    </message>
    <message>
        <source>Delete the version shown; Ctrl+Z brings it back</source>
        <translation>Supprimer la version affichée&#xa0;; Ctrl+Z la rétablit</translation>
    </message>
    <message>
        <source>The kernel</source>
        <translation>Le noyau</translation>
    </message>
    <message>
        <source>Narrative views</source>
        <translation>Vues du récit</translation>
    </message>
    <message>
        <source>Each dot is a version, placed at the hours a week its actions got by the time it was replaced (the latest: your recent weeks) and labelled with its hints. The ring marks the version shown; click a dot to show it.</source>
        <translation>Chaque point est une version, placé selon les heures par semaine que ses actions ont reçues jusqu’à son remplacement (pour la dernière&#xa0;: vos semaines récentes) et annoté de ses indications. L’anneau marque la version affichée&#xa0;; cliquez sur un point pour l’afficher.</translation>
    </message>
    <message>
        <source>The arc</source>
        <translation>L’évolution</translation>
    </message>
    <message>
        <source>{0} — the latest, of {1}</source>
        <translation>{0} — la dernière, sur {1}</translation>
    </message>
    <message>
        <source>{0} of {1} — an earlier version</source>
        <translation>{0} sur {1} — une version antérieure</translation>
    </message>
    <message>
        <source>A month has passed since you wrote it: revise it, or save it again if it still holds.</source>
        <translation>Un mois s’est écoulé depuis que vous l’avez écrit&#xa0;: révisez-le, ou enregistrez-le à nouveau s’il tient toujours.</translation>
    </message>
    <message>
        <source>Next revisit: {0} (monthly).</source>
        <translation>Prochaine révision&#xa0;: {0} (tous les mois).</translation>
    </message>
    <message>
        <source>Delete this version?</source>
        <translation>Supprimer cette version&#xa0;?</translation>
    </message>
    <message>
        <source>{0} goes; the other versions stay. Undo (Ctrl+Z) brings it back.</source>
        <translation>{0} est supprimée&#xa0;; les autres versions restent. Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <source>Delete a narrative version</source>
        <translation>Supprimer une version du récit</translation>
    </message>
    <message>
        <source>0 h — nothing in your recent weeks goes to this</source>
        <translation>0 h — rien ces dernières semaines ne va à cette action</translation>
    </message>
    <message>
        <source>{0} h a week</source>
        <translation>{0} h par semaine</translation>
    </message>
</context>
<context>
    <name>NewDelegationDialog</name>
    <message>
        <source>Hand over an outcome</source>
        <translation>Confier un résultat</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>Nothing — write the outcome from scratch</source>
        <translation>Rien — écrire le résultat de zéro</translation>
    </message>
    <message>
        <source>{0} ({1} a week)</source>
        <translation>{0} ({1} par semaine)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>What will be filled in</source>
        <translation>Ce qui sera rempli</translation>
    </message>
    <message>
        <source>Pick something from your inventory and its outcome and hours are filled in: those hours count as freed once you start handing it over.</source>
        <translation>Choisissez une activité de votre inventaire&#xa0;: son résultat et ses heures sont remplis. Ces heures comptent comme libérées dès que la passation commence.</translation>
    </message>
    <message>
        <source>Outcome “{0}”; {1} a week freed once you start handing it over.</source>
        <translation>Résultat «&#xa0;{0}&#xa0;»&#xa0;; {1} par semaine libérées dès que la passation commence.</translation>
    </message>
    <message>
        <source>You write the outcome and its hours yourself.</source>
        <translation>Vous écrivez vous-même le résultat et ses heures.</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Weigh your items: decide for each what you keep, hand over or stop.</source>
        <translation>Évaluez vos activités&#xa0;: décidez pour chacune ce que vous gardez, confiez ou arrêtez.</translation>
    </message>
    <message>
        <source>Add your team: the people you can hand work to.</source>
        <translation>Ajoutez votre équipe&#xa0;: les personnes à qui vous pouvez confier du travail.</translation>
    </message>
    <message>
        <source>Hand over a first outcome: a result someone else owns, with a measure of success.</source>
        <translation>Confiez un premier résultat&#xa0;: un résultat dont quelqu’un d’autre est responsable, avec un critère de réussite.</translation>
    </message>
    <message>
        <source>Log your first weekly check-in: where your hours went, in two minutes.</source>
        <translation>Faites votre premier point hebdomadaire&#xa0;: où sont passées vos heures, en deux minutes.</translation>
    </message>
    <message>
        <source>Record a first decision: what you chose, and how sure you were.</source>
        <translation>Notez une première décision&#xa0;: ce que vous avez choisi, et votre degré de certitude.</translation>
    </message>
    <message>
        <source>Ask for feedback: note what someone told you, or rate yourself on a theme.</source>
        <translation>Demandez du feedback&#xa0;: notez ce qu’on vous a dit, ou évaluez-vous sur un thème.</translation>
    </message>
    <message>
        <source>Write your narrative: what is really going on, and how you will deal with it.</source>
        <translation>Écrivez votre récit&#xa0;: ce qui se passe vraiment, et comment vous allez y faire face.</translation>
    </message>
    <message>
        <source>Meet your boss: add them to your relationships and note a first conversation.</source>
        <translation>Rencontrez votre manager&#xa0;: ajoutez cette personne à vos relations et notez une première conversation.</translation>
    </message>
    <message>
        <source>First list what fills your week, with its hours.</source>
        <translation>Listez d’abord ce qui remplit votre semaine, avec les heures.</translation>
    </message>
    <message>
        <source>{0} of {1} items still undecided.</source>
        <translation>{0} activités sur {1} encore non décidées.</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} sur {1} faits</translation>
    </message>
    <message>
        <source>{0} · in the order for {1} (a rule of thumb, after Watkins)</source>
        <translation>{0} · dans l’ordre conseillé pour la situation «&#xa0;{1}&#xa0;» (règle empirique, d’après Watkins)</translation>
    </message>
    <message>
        <source>Open Inventory</source>
        <translation>Ouvrir l’inventaire</translation>
    </message>
    <message>
        <source>Open Team</source>
        <translation>Ouvrir l’équipe</translation>
    </message>
    <message>
        <source>Open Delegation</source>
        <translation>Ouvrir la délégation</translation>
    </message>
    <message>
        <source>Log a check-in</source>
        <translation>Faire le point de la semaine</translation>
    </message>
    <message>
        <source>Open Decisions</source>
        <translation>Ouvrir les décisions</translation>
    </message>
    <message>
        <source>Open Feedback</source>
        <translation>Ouvrir le feedback</translation>
    </message>
    <message>
        <source>Open Narrative</source>
        <translation>Ouvrir le récit</translation>
    </message>
    <message>
        <source>Open Relationships</source>
        <translation>Ouvrir les relations</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>Fait&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Your first steps</source>
        <translation>Vos premiers pas</translation>
    </message>
    <message>
        <source>Each step ticks itself off once it is done in your plan; the list goes when all are.</source>
        <translation>Chaque étape se coche d’elle-même une fois réalisée dans votre plan&#xa0;; la liste disparaît quand tout est fait.</translation>
    </message>
    <message>
        <source>For example: {0}</source>
        <translation>Par exemple&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Nothing is due yet: start with your first steps.</source>
        <translation>Rien n’est encore à faire&#xa0;: commencez par vos premiers pas.</translation>
    </message>
    <message>
        <source>That page is not in this version of Altitude.</source>
        <translation>Cette page n’existe pas dans cette version d’Altitude.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Points hebdo</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bilans</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>e.g. Senior backend engineer</source>
        <translation>p. ex. Ingénieure backend senior</translation>
    </message>
    <message>
        <source>Where do they want to grow? Hand them outcomes that lead there.</source>
        <translation>Dans quelle direction cette personne veut-elle grandir&#xa0;? Confiez-lui des résultats qui l’y mènent.</translation>
    </message>
    <message>
        <source>Strengths, what they find hard, what you noticed</source>
        <translation>Points forts, ce qui lui est difficile, ce que vous avez remarqué</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How often you meet one to one</source>
        <translation>À quelle fréquence vous avez un entretien individuel</translation>
    </message>
    <message>
        <source>None logged</source>
        <translation>Aucun noté</translation>
    </message>
    <message>
        <source>Met today</source>
        <translation>Vu aujourd’hui</translation>
    </message>
    <message>
        <source>Log a one-to-one today</source>
        <translation>Noter un entretien individuel aujourd’hui</translation>
    </message>
    <message>
        <source>Next one-to-one</source>
        <translation>Prochain entretien</translation>
    </message>
    <message>
        <source>What they carry for you</source>
        <translation>Ce que cette personne porte pour vous</translation>
    </message>
    <message>
        <source>Their outcomes</source>
        <translation>Ses résultats</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Growth goal</source>
        <translation>Objectif de développement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Meet every</source>
        <translation>Entretien tous les</translation>
    </message>
    <message>
        <source>Last one-to-one</source>
        <translation>Dernier entretien</translation>
    </message>
    <message>
        <source>Select a team member</source>
        <translation>Sélectionnez un membre de l’équipe</translation>
    </message>
    <message>
        <source>Nothing handed over or planned. If their growth goal fits an item in your inventory, hand it over from the Delegation page.</source>
        <translation>Rien de confié ni de prévu. Si son objectif de développement correspond à une activité de votre inventaire, confiez-la depuis la page Délégation.</translation>
    </message>
    <message>
        <source>{0} a week once handed over · level {1}</source>
        <translation>{0} par semaine une fois confié · niveau {1}</translation>
    </message>
    <message>
        <source>{0} a week back on your desk</source>
        <translation>{0} par semaine revenus sur votre bureau</translation>
    </message>
    <message>
        <source>{0} a week · level {1}</source>
        <translation>{0} par semaine · niveau {1}</translation>
    </message>
    <message>
        <source>Set how often you meet, and Altitude reminds you on the dashboard.</source>
        <translation>Indiquez à quelle fréquence vous vous voyez, et Altitude vous le rappelle sur le tableau de bord.</translation>
    </message>
    <message>
        <source>No one-to-one logged yet: it is due now.</source>
        <translation>Aucun entretien individuel noté&#xa0;: il est à prévoir dès maintenant.</translation>
    </message>
    <message>
        <source>Due since {0}.</source>
        <translation>À prévoir depuis le {0}.</translation>
    </message>
    <message>
        <source>Next one due by {0}.</source>
        <translation>Le prochain est à prévoir d’ici le {0}.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Your role until now</source>
        <translation>Votre rôle jusqu’ici</translation>
    </message>
    <message>
        <source>Your new role</source>
        <translation>Votre nouveau rôle</translation>
    </message>
    <message>
        <source>Plan starts on</source>
        <translation>Début du plan</translation>
    </message>
    <message>
        <source>Plan ends on</source>
        <translation>Fin du plan</translation>
    </message>
    <message>
        <source>Why do I want to lead?</source>
        <translation>Pourquoi est-ce que je veux diriger&#xa0;?</translation>
    </message>
    <message>
        <source>I want to lead because…</source>
        <translation>Je veux diriger parce que…</translation>
    </message>
    <message>
        <source>Your move</source>
        <translation>Votre évolution</translation>
    </message>
    <message>
        <source>Role until now:</source>
        <translation>Rôle jusqu’ici&#xa0;:</translation>
    </message>
    <message>
        <source>New role:</source>
        <translation>Nouveau rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Your target split (share of the week on strategy)</source>
        <translation>Votre répartition cible (part de la semaine consacrée à la stratégie)</translation>
    </message>
    <message>
        <source>At the start:</source>
        <translation>Au départ&#xa0;:</translation>
    </message>
    <message>
        <source>By the end:</source>
        <translation>À la fin&#xa0;:</translation>
    </message>
    <message>
        <source>On track within:</source>
        <translation>Marge de tolérance&#xa0;:</translation>
    </message>
    <message>
        <source>Milestones: where the line should be on the way</source>
        <translation>Jalons&#xa0;: où la ligne devrait passer en chemin</translation>
    </message>
    <message>
        <source>Glide path</source>
        <translation>Trajectoire</translation>
    </message>
    <message>
        <source>Growing others, or keeping control? Reread this on the hard days.</source>
        <translation>Faire grandir les autres, ou garder le contrôle&#xa0;? Relisez ceci dans les jours difficiles.</translation>
    </message>
    <message>
        <source>Who do I need to become?</source>
        <translation>Qui dois-je devenir&#xa0;?</translation>
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
        <translation>Votre plan</translation>
    </message>
    <message>
        <source>Changes are saved as you make them; Ctrl+Z undoes them.</source>
        <translation>Les modifications sont enregistrées au fur et à mesure&#xa0;; Ctrl+Z les annule.</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Détails du plan</translation>
    </message>
    <message>
        <source>You have no plan yet. Making one takes about five minutes: your move, why you want to lead, and the split of your week you aim for.</source>
        <translation>Vous n’avez pas encore de plan. En créer un prend environ cinq minutes&#xa0;: votre évolution, pourquoi vous voulez diriger, et la répartition de votre semaine que vous visez.</translation>
    </message>
    <message>
        <source>Create a plan…</source>
        <translation>Créer un plan…</translation>
    </message>
    <message>
        <source>Create a plan</source>
        <translation>Créer un plan</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Modifier le plan</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>Start a new plan?</source>
        <translation>Commencer un nouveau plan&#xa0;?</translation>
    </message>
    <message>
        <source>When you finish the wizard, your current plan, inventory, delegations, team and check-ins are replaced by the new plan. Export them first if you want a copy. Cancelling the wizard keeps everything as it is.</source>
        <translation>À la fin de l’assistant, votre plan actuel, votre inventaire, vos délégations, votre équipe et vos points hebdomadaires sont remplacés par le nouveau plan. Exportez-les d’abord si vous voulez en garder une copie. Annuler l’assistant laisse tout en l’état.</translation>
    </message>
    <message>
        <source>New plan — Altitude</source>
        <translation>Nouveau plan — Altitude</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>Plan enregistré</translation>
    </message>
    <message>
        <source>The suggestions for your field could not be read ({0}). Add your own tasks below; reinstalling Altitude restores the suggestions.</source>
        <translation>Les suggestions pour votre métier n’ont pas pu être lues ({0}). Ajoutez vos propres tâches ci-dessous&#xa0;; réinstaller Altitude rétablit les suggestions.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Altitude can&apos;t open your plan</source>
        <translation>Altitude ne peut pas ouvrir votre plan</translation>
    </message>
    <message>
        <source>{0}. Your file was left as it is.</source>
        <translation>{0}. Votre fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>{0}. Nothing was changed.</source>
        <translation>{0}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{0} weekly check-ins, the last for {1}</source>
        <translation>{0} points hebdomadaires, le dernier pour {1}</translation>
    </message>
    <message>
        <source>no weekly check-ins yet</source>
        <translation>pas encore de point hebdomadaire</translation>
    </message>
    <message>
        <source>{0}

The newest good backup is from {1} ({2}). Restore it?

The file that can&apos;t be opened is kept, renamed, in the same folder.</source>
        <translation>{0}

La sauvegarde valide la plus récente date du {1} ({2}). La restaurer&#xa0;?

Le fichier qui ne peut pas être ouvert est conservé, renommé, dans le même dossier.</translation>
    </message>
    <message>
        <source>Restore the newest backup?</source>
        <translation>Restaurer la sauvegarde la plus récente&#xa0;?</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Your plan is back as it was on {0}. The damaged file was kept as {1}.</source>
        <translation>Votre plan est revenu tel qu’il était le {0}. Le fichier endommagé a été conservé sous le nom {1}.</translation>
    </message>
    <message>
        <source>{0}

No backup was found. Start a new, empty plan? The file that can&apos;t be opened is kept, renamed, in the same folder.</source>
        <translation>{0}

Aucune sauvegarde n’a été trouvée. Commencer un nouveau plan, vide&#xa0;? Le fichier qui ne peut pas être ouvert est conservé, renommé, dans le même dossier.</translation>
    </message>
    <message>
        <source>Start a new plan?</source>
        <translation>Commencer un nouveau plan&#xa0;?</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>The damaged file was kept as {0}.</source>
        <translation>Le fichier endommagé a été conservé sous le nom {0}.</translation>
    </message>
</context>
<context>
    <name>Relationships</name>
    <message>
        <source>Not held yet.</source>
        <translation>Pas encore eu lieu.</translation>
    </message>
    <message>
        <source>Last held {0}.</source>
        <translation>Dernière fois le {0}.</translation>
    </message>
    <message>
        <source>Last held {0}. Agreed: {1}</source>
        <translation>Dernière fois le {0}. Convenu&#xa0;: {1}</translation>
    </message>
    <message>
        <source>No one is marked as your boss yet. Add them, or edit someone and tick “This is my boss”: the five conversations with a new boss then show here.</source>
        <translation>Personne n’est encore indiqué comme votre manager. Ajoutez votre manager, ou modifiez une fiche et cochez «&#xa0;C’est mon manager&#xa0;»&#xa0;: les cinq conversations avec un nouveau manager s’affichent alors ici.</translation>
    </message>
    <message>
        <source>Add your boss…</source>
        <translation>Ajouter votre manager…</translation>
    </message>
    <message>
        <source>Add your boss</source>
        <translation>Ajouter votre manager</translation>
    </message>
    <message>
        <source>Hold this conversation…</source>
        <translation>Noter cette conversation…</translation>
    </message>
    <message>
        <source>Hold the conversation: {0}</source>
        <translation>Noter la conversation&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Write down when you talked and what you agreed</source>
        <translation>Notez quand vous en avez parlé et ce que vous avez convenu</translation>
    </message>
    <message>
        <source>The five conversations with your boss</source>
        <translation>Les cinq conversations avec votre manager</translation>
    </message>
    <message>
        <source>The five conversations with {0}</source>
        <translation>Les cinq conversations avec {0}</translation>
    </message>
    <message>
        <source>Hold it again…</source>
        <translation>La noter à nouveau…</translation>
    </message>
    <message>
        <source>Next, in Watkins&apos; order: {0}. Each is a conversation of its own, not an agenda item.</source>
        <translation>Ensuite, dans l’ordre de Watkins&#xa0;: {0}. Chacune est une conversation à part entière, pas un point d’ordre du jour.</translation>
    </message>
    <message>
        <source>All five held. Go back to them as things change, e.g. at each review.</source>
        <translation>Les cinq ont eu lieu. Revenez-y quand les choses changent, p. ex. à chaque bilan.</translation>
    </message>
    <message>
        <source>Hold a conversation: {0}</source>
        <translation>Noter une conversation&#xa0;: {0}</translation>
    </message>
    <message>
        <source>When you talked</source>
        <translation>Quand vous en avez parlé</translation>
    </message>
    <message>
        <source>What you agreed</source>
        <translation>Ce que vous avez convenu</translation>
    </message>
    <message>
        <source>In a sentence or two, as you would confirm it by mail</source>
        <translation>En une ou deux phrases, comme vous le confirmeriez par e-mail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Map of influence and interest</source>
        <translation>Carte de l’influence et de l’intérêt</translation>
    </message>
    <message>
        <source>Right-click to save the map as PNG, SVG or PDF</source>
        <translation>Clic droit pour enregistrer la carte en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Maria Keller</source>
        <translation>p. ex. Maria Keller</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>e.g. VP Sales, my manager, key customer</source>
        <translation>p. ex. VP Ventes, mon manager, client clé</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>e.g. Finance</source>
        <translation>p. ex. Finance</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>This is my boss (the five conversations apply)</source>
        <translation>C’est mon manager (les cinq conversations s’appliquent)</translation>
    </message>
    <message>
        <source>Be in touch every</source>
        <translation>Être en contact tous les</translation>
    </message>
    <message>
        <source>Keep a rhythm of contact</source>
        <translation>Garder un rythme de contact</translation>
    </message>
    <message>
        <source>Days between contacts</source>
        <translation>Jours entre deux contacts</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>e.g. the Q3 numbers by Friday; an intro to Hannah</source>
        <translation>p. ex. les chiffres du T3 d’ici vendredi&#xa0;; une mise en relation avec Hannah</translation>
    </message>
    <message>
        <source>What you owe them</source>
        <translation>Ce que vous lui devez</translation>
    </message>
    <message>
        <source>e.g. a decision on the headcount</source>
        <translation>p. ex. une décision sur les effectifs</translation>
    </message>
    <message>
        <source>What they owe you</source>
        <translation>Ce que cette personne vous doit</translation>
    </message>
    <message>
        <source>How much say they have over your work and its resources.</source>
        <translation>Son poids sur votre travail et ses ressources.</translation>
    </message>
    <message>
        <source>How much what your team does matters to them.</source>
        <translation>À quel point ce que fait votre équipe compte pour cette personne.</translation>
    </message>
    <message>
        <source>How far you can rely on each other today.</source>
        <translation>À quel point vous pouvez compter l’un sur l’autre aujourd’hui.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>You owe them</source>
        <translation>Vous lui devez</translation>
    </message>
    <message>
        <source>They owe you</source>
        <translation>On vous doit</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Someone beyond your team whose support your work needs: your boss, a peer, another function&apos;s lead, a key customer.</source>
        <translation>Une personne hors de votre équipe dont votre travail a besoin du soutien&#xa0;: votre manager, un pair, le responsable d’une autre fonction, un client clé.</translation>
    </message>
    <message>
        <source>Edit a relationship</source>
        <translation>Modifier une relation</translation>
    </message>
    <message>
        <source>Add a relationship</source>
        <translation>Ajouter une relation</translation>
    </message>
    <message>
        <source>Last in touch</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Next contact due</source>
        <translation>Prochain contact prévu</translation>
    </message>
    <message>
        <source>How much say they have over your work, 1 to 5</source>
        <translation>Son poids sur votre travail, de 1 à 5</translation>
    </message>
    <message>
        <source>How much your work matters to them, 1 to 5</source>
        <translation>À quel point votre travail compte pour cette personne, de 1 à 5</translation>
    </message>
    <message>
        <source>Whether they back what you are doing</source>
        <translation>Si cette personne soutient ce que vous faites</translation>
    </message>
    <message>
        <source>The trust between you, 1 to 5</source>
        <translation>La confiance entre vous, de 1 à 5</translation>
    </message>
    <message>
        <source>From how often you mean to be in touch</source>
        <translation>D’après la fréquence de contact que vous visez</translation>
    </message>
    <message>
        <source>On the map: {0}</source>
        <translation>Sur la carte&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} (your boss)</source>
        <translation>{0} (votre manager)</translation>
    </message>
    <message>
        <source>Approach first: no one influential is a supporter or a convincible yet. Find out where the influential people stand.</source>
        <translation>À approcher d’abord&#xa0;: aucune personne influente n’est encore un soutien ou une personne à convaincre. Découvrez où se situent les personnes influentes.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Approach first: {0}. Influential people who back you, or could, help you win the others (Watkins).</source>
        <translation>À approcher d’abord&#xa0;: {0}. Les personnes influentes qui vous soutiennent, ou pourraient le faire, vous aident à rallier les autres (Watkins).</translation>
    </message>
    <message>
        <source>In touch {0}.</source>
        <translation>Contact&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>You owe them: {0}.</source>
        <translation>Vous lui devez&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>They owe you: {0}.</source>
        <translation>On vous doit&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Last time: {0}</source>
        <translation>La dernière fois&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>hardly any</source>
        <translation>très peu</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>un peu</translation>
    </message>
    <message>
        <source>some</source>
        <translation>assez</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>beaucoup</translation>
    </message>
    <message>
        <source>decisive</source>
        <translation>décisive</translation>
    </message>
    <message>
        <source>keen</source>
        <translation>fort</translation>
    </message>
    <message>
        <source>it&apos;s central to them</source>
        <translation>c’est central pour cette personne</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>wary</source>
        <translation>prudente</translation>
    </message>
    <message>
        <source>working</source>
        <translation>de travail</translation>
    </message>
    <message>
        <source>solid</source>
        <translation>solide</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>profonde</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Convincible</source>
        <translation>À convaincre</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Opposant</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Backs what you are doing: ask them to help bring others along.</source>
        <translation>Soutient ce que vous faites&#xa0;: demandez-lui de vous aider à rallier les autres.</translation>
    </message>
    <message>
        <source>Not decided: the right case, made early, can win them over.</source>
        <translation>Pas encore décidé&#xa0;: le bon argument, présenté tôt, peut emporter son adhésion.</translation>
    </message>
    <message>
        <source>Against it for now: learn why before you push.</source>
        <translation>Contre, pour l’instant&#xa0;: comprenez pourquoi avant d’insister.</translation>
    </message>
    <message>
        <source>You don&apos;t know yet: a first conversation will tell you.</source>
        <translation>Vous ne savez pas encore&#xa0;: une première conversation vous le dira.</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Impliquer de près</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Satisfaire</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Tenir informé</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>La situation</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Les attentes</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Les ressources</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Le style</translation>
    </message>
    <message>
        <source>Personal development</source>
        <translation>Le développement personnel</translation>
    </message>
    <message>
        <source>How do you both read the situation: what is going on, and why?</source>
        <translation>Comment lisez-vous tous les deux la situation&#xa0;: que se passe-t-il, et pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>What does success look like at 30, 60 and 90 days?</source>
        <translation>À quoi ressemble la réussite à 30, 60 et 90 jours&#xa0;?</translation>
    </message>
    <message>
        <source>What do you need — people, money, time, their support?</source>
        <translation>De quoi avez-vous besoin — de personnes, d’argent, de temps, de son soutien&#xa0;?</translation>
    </message>
    <message>
        <source>How do you work together: how often, how, about what?</source>
        <translation>Comment travaillez-vous ensemble&#xa0;: à quelle fréquence, comment, sur quels sujets&#xa0;?</translation>
    </message>
    <message>
        <source>What should you learn in this role, and how?</source>
        <translation>Que devriez-vous apprendre dans ce rôle, et comment&#xa0;?</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>{0} days ago</source>
        <translation>il y a {0} jours</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>No rhythm set</source>
        <translation>Pas de rythme défini</translation>
    </message>
    <message>
        <source>Overdue: not in touch yet</source>
        <translation>En retard&#xa0;: pas encore de contact</translation>
    </message>
    <message>
        <source>Overdue since {0}</source>
        <translation>En retard depuis le {0}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>{0} (in {1} days)</source>
        <translation>{0} (dans {1} jours)</translation>
    </message>
    <message>
        <source>no rhythm</source>
        <translation>pas de rythme</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>chaque semaine</numerusform>
            <numerusform>toutes les&#xa0;%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>chaque jour</numerusform>
            <numerusform>tous les&#xa0;%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationshipsPage</name>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Add someone…</source>
        <translation>Ajouter quelqu’un…</translation>
    </message>
    <message>
        <source>Someone beyond your team whose support your work needs (Ctrl+N)</source>
        <translation>Quelqu’un hors de votre équipe dont votre travail a besoin du soutien (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Correct the selected person</source>
        <translation>Corriger la personne sélectionnée</translation>
    </message>
    <message>
        <source>Talked today…</source>
        <translation>Échangé aujourd’hui…</translation>
    </message>
    <message>
        <source>Log that you were in touch today, with a note if you like</source>
        <translation>Noter que vous avez été en contact aujourd’hui, avec une note si vous voulez</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected person and their history; Ctrl+Z undoes it</source>
        <translation>Supprimer la personne sélectionnée et son historique&#xa0;; Ctrl+Z l’annule</translation>
    </message>
    <message>
        <source>The people beyond your team whose support your work needs: how much say and interest each has, where they stand, and when you last talked.</source>
        <translation>Les personnes hors de votre équipe dont votre travail a besoin du soutien&#xa0;: leur poids dans les décisions, leur intérêt, leur position, et quand vous avez parlé pour la dernière fois.</translation>
    </message>
    <message>
        <source>No one here yet. New managers tend to count on their title; influence comes from relationships and credibility (Linda Hill). Start with your boss, then the peers and other functions&apos; leads your work depends on.</source>
        <translation>Personne ici pour l’instant. Les nouveaux managers ont tendance à compter sur leur titre&#xa0;; l’influence vient des relations et de la crédibilité (Linda Hill). Commencez par votre manager, puis les pairs et les responsables d’autres fonctions dont votre travail dépend.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Ajouter quelqu’un</translation>
    </message>
    <message>
        <source>People beyond your team</source>
        <translation>Personnes hors de votre équipe</translation>
    </message>
    <message>
        <source>Relationship views</source>
        <translation>Vues des relations</translation>
    </message>
    <message>
        <source>Map: influence and interest</source>
        <translation>Carte&#xa0;: influence et intérêt</translation>
    </message>
    <message>
        <source>Your boss: the five conversations</source>
        <translation>Votre manager&#xa0;: les cinq conversations</translation>
    </message>
    <message>
        <source>Talked today</source>
        <translation>Échangé aujourd’hui</translation>
    </message>
    <message>
        <source>You talked with {0} today. A note, if you like (what you learned, what you agreed):</source>
        <translation>Vous avez parlé avec {0} aujourd’hui. Une note, si vous voulez (ce que vous avez appris, ce que vous avez convenu)&#xa0;:</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Noter un contact</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>Supprimer {0}&#xa0;?</translation>
    </message>
    <message>
        <source>Their contacts and conversations go with them; a function that names them as whom you learn from keeps its notes. Undo (Ctrl+Z) brings it all back.</source>
        <translation>Ses contacts et conversations sont supprimés avec elle&#xa0;; une fonction qui la cite comme personne auprès de qui vous apprenez garde ses notes. Annuler (Ctrl+Z) rétablit le tout.</translation>
    </message>
    <message>
        <source>Delete a relationship</source>
        <translation>Supprimer une relation</translation>
    </message>
    <message>
        <source>Hold a conversation with your boss</source>
        <translation>Avoir une conversation avec votre manager</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Check-in reminder</source>
        <translation>Rappel du point hebdomadaire</translation>
    </message>
    <message>
        <source>Do it now</source>
        <translation>Le faire maintenant</translation>
    </message>
    <message>
        <source>Do the weekly check-in now</source>
        <translation>Faire le point hebdomadaire maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>Me le rappeler plus tard</translation>
    </message>
    <message>
        <source>Hide this until tomorrow</source>
        <translation>Masquer jusqu’à demain</translation>
    </message>
    <message>
        <source>This week&apos;s check-in ({0}) is due — two minutes.</source>
        <translation>Le point de cette semaine ({0}) est à faire — deux minutes.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Your weekly check-in is due</source>
        <translation>Votre point hebdomadaire est à faire</translation>
    </message>
    <message>
        <source>Two minutes for the week of {0}: how did your hours split?{1}</source>
        <translation>Deux minutes pour la semaine du {0}&#xa0;: comment vos heures se sont-elles réparties&#xa0;?{1}</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need your attention</source>
        <translation>
            <numerusform>%n élément demande votre attention</numerusform>
            <numerusform>%n éléments demandent votre attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Also %n more thing(s) need you.</source>
        <translation>
            <numerusform> Et %n autre élément vous attend.</numerusform>
            <numerusform> Et %n autres éléments vous attendent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open check-in</source>
        <translation>Ouvrir le point hebdomadaire</translation>
    </message>
</context>
<context>
    <name>RemindersBox</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Remind me even when Altitude is closed</source>
        <translation>Me le rappeler même quand Altitude est fermé</translation>
    </message>
    <message>
        <source>Remind me on {0} even when Altitude is closed</source>
        <translation>Me le rappeler le {0} même quand Altitude est fermé</translation>
    </message>
    <message>
        <source>This system has neither XDG autostart nor systemd, so Altitude can remind you only while it is open.</source>
        <translation>Ce système n’a ni démarrage automatique XDG ni systemd&#xa0;: Altitude ne peut vous le rappeler que lorsqu’il est ouvert.</translation>
    </message>
    <message>
        <source>On that day at 9:00 (or at the next start, if the computer was off), a desktop notification tells you when the check-in is due; click it to open the check-in. This adds a systemd user timer; untick to remove it.</source>
        <translation>Ce jour-là à 9:00 (ou au démarrage suivant, si l’ordinateur était éteint), une notification vous signale que le point hebdomadaire est à faire&#xa0;; cliquez dessus pour l’ouvrir. Cela ajoute un minuteur utilisateur systemd&#xa0;; décochez pour le retirer.</translation>
    </message>
    <message>
        <source>When you log in, from that day on, a desktop notification tells you while the check-in is due; click it to open the check-in. This adds an autostart entry; untick to remove it.</source>
        <translation>À chaque connexion, à partir de ce jour-là, une notification vous signale que le point hebdomadaire est à faire&#xa0;; cliquez dessus pour l’ouvrir. Cela ajoute une entrée de démarrage automatique&#xa0;; décochez pour la retirer.</translation>
    </message>
    <message>
        <source>Reminders while Altitude is closed are off.</source>
        <translation>Les rappels quand Altitude est fermé sont désactivés.</translation>
    </message>
    <message>
        <source>The reminder timer is written but systemd did not start it: run “systemctl --user enable --now altitude-remind.timer”.</source>
        <translation>Le minuteur de rappel est écrit mais systemd ne l’a pas démarré&#xa0;: lancez «&#xa0;systemctl --user enable --now altitude-remind.timer&#xa0;».</translation>
    </message>
    <message>
        <source>Altitude will remind you on {0}, even when it is closed.</source>
        <translation>Altitude vous le rappellera le {0}, même s’il est fermé.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Conversation with your boss</source>
        <translation>Conversation avec votre manager</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>La situation</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Les attentes</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Les ressources</translation>
    </message>
    <message>
        <source>Working style</source>
        <translation>La façon de travailler</translation>
    </message>
    <message>
        <source>Personal development</source>
        <translation>Le développement personnel</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Guiding policy</source>
        <translation>Politique directrice</translation>
    </message>
    <message>
        <source>Will not do</source>
        <translation>Ce que nous ne ferons pas</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>Communiqué de presse</translation>
    </message>
    <message>
        <source>ahead of plan</source>
        <translation>en avance sur le plan</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <source>behind plan</source>
        <translation>en retard sur le plan</translation>
    </message>
    <message>
        <source>Target and horizon kept</source>
        <translation>Cible et horizon conservés</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>«&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Can&apos;t write the boss sheet to {0}: {1}</source>
        <translation>Impossible d’écrire la fiche pour votre manager dans {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} et {1} de plus</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} et {1}</translation>
    </message>
    <message>
        <source>No weeks logged yet; the plan expects {0} on strategy by day {1}.</source>
        <translation>Aucune semaine enregistrée pour l’instant&#xa0;; le plan prévoit {0} sur la stratégie d’ici le jour {1}.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of the week on strategy (the last %n week(s)) against {1} planned for day {2}: {3} points, {4}.</source>
        <translation>
            <numerusform>{0} de la semaine sur la stratégie (la dernière semaine) contre {1} prévus pour le jour {2}&#xa0;: {3} points, {4}.</numerusform>
            <numerusform>{0} de la semaine sur la stratégie (les %n dernières semaines) contre {1} prévus pour le jour {2}&#xa0;: {3} points, {4}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed over: {0}</source>
        <translation>Confié&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Nothing new handed over.</source>
        <translation>Rien de nouveau n’a été confié.</translation>
    </message>
    <message numerus="yes">
        <source>Owned by the team now: %n hand-over(s), {0} a week off your desk.</source>
        <translation>
            <numerusform>Désormais assumé par l’équipe&#xa0;: %n passation, soit {0} par semaine de moins sur votre bureau.</numerusform>
            <numerusform>Désormais assumé par l’équipe&#xa0;: %n passations, soit {0} par semaine de moins sur votre bureau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Came back: {0} on delegated work ({1})</source>
        <translation>Revenu&#xa0;: {0} de travail délégué ({1})</translation>
    </message>
    <message>
        <source>Taken back: {0}</source>
        <translation>Repris&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}, now: “{1}”</source>
        <translation>{0}, désormais&#xa0;: «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <source>added {0}</source>
        <translation>ajouté {0}</translation>
    </message>
    <message>
        <source>dropped {0}</source>
        <translation>retiré {0}</translation>
    </message>
    <message>
        <source>No strategic narrative written yet.</source>
        <translation>Aucun récit stratégique écrit pour l’instant.</translation>
    </message>
    <message>
        <source>Unchanged since the last review (written {0}).</source>
        <translation>Inchangé depuis le dernier bilan (écrit le {0}).</translation>
    </message>
    <message>
        <source>First written on {0}.</source>
        <translation>Écrit pour la première fois le {0}.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more part(s) changed</source>
        <translation>
            <numerusform>et %n autre partie modifiée</numerusform>
            <numerusform>et %n autres parties modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>The five conversations</source>
        <translation>Les cinq conversations</translation>
    </message>
    <message>
        <source>No boss recorded yet: mark your manager as the boss on the Relationships page.</source>
        <translation>Aucun manager indiqué pour l’instant&#xa0;: désignez votre manager sur la page Relations.</translation>
    </message>
    <message>
        <source>not held yet</source>
        <translation>pas encore eu lieu</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Ce qui a été convenu</translation>
    </message>
    <message>
        <source>Since the last review ({0} to {1})</source>
        <translation>Depuis le dernier bilan (du {0} au {1})</translation>
    </message>
    <message>
        <source>Since the start ({0} to {1})</source>
        <translation>Depuis le début (du {0} au {1})</translation>
    </message>
    <message>
        <source>Where I stand</source>
        <translation>Où j’en suis</translation>
    </message>
    <message>
        <source>Hand-overs</source>
        <translation>Passations</translation>
    </message>
    <message>
        <source>The narrative</source>
        <translation>Le récit</translation>
    </message>
    <message>
        <source>Keep, stop, start</source>
        <translation>Garder, arrêter, commencer</translation>
    </message>
    <message>
        <source>Not reviewed yet: fill in the review in Altitude first.</source>
        <translation>Pas encore de bilan&#xa0;: remplissez d’abord le bilan dans Altitude.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>What I need from you</source>
        <translation>Ce dont j’ai besoin de vous</translation>
    </message>
    <message>
        <source>held {0}</source>
        <translation>fait le {0}</translation>
    </message>
    <message>
        <source>with {0}</source>
        <translation>avec {0}</translation>
    </message>
    <message>
        <source>Day-{0} review ({1})</source>
        <translation>Bilan du jour {0} ({1})</translation>
    </message>
    <message>
        <source>Other functions</source>
        <translation>Autres fonctions</translation>
    </message>
    <message>
        <source>How the other functions work and how my team moves their numbers; &quot;could explain&quot; is whether I could explain their goals to my boss, 1 to 5.</source>
        <translation>Comment travaillent les autres fonctions et comment mon équipe fait bouger leurs chiffres&#xa0;; «&#xa0;capable d’expliquer&#xa0;» indique si je pourrais expliquer leurs objectifs à mon manager, de 1 à 5.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Évaluée sur</translation>
    </message>
    <message>
        <source>How my team moves it</source>
        <translation>Levier de mon équipe</translation>
    </message>
    <message>
        <source>I learn from</source>
        <translation>J’apprends auprès de</translation>
    </message>
    <message>
        <source>Still unclear</source>
        <translation>Encore flou</translation>
    </message>
    <message>
        <source>Could explain</source>
        <translation>Capable d’expliquer</translation>
    </message>
    <message>
        <source>Last worked with</source>
        <translation>Dernier travail commun</translation>
    </message>
    <message numerus="yes">
        <source>%n more are not listed.</source>
        <translation>
            <numerusform>%n autre n’est pas listée.</numerusform>
            <numerusform>%n autres ne sont pas listées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not worked with for {0} days or more: {1}.</source>
        <translation>Pas de travail commun depuis {0} jours ou plus&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>We will not</source>
        <translation>Ce que nous ne ferons pas</translation>
    </message>
    <message>
        <source>Coherent actions</source>
        <translation>Actions cohérentes</translation>
    </message>
    <message>
        <source>0 h: nothing in the recent weeks</source>
        <translation>0&#xa0;h&#xa0;: rien ces dernières semaines</translation>
    </message>
    <message>
        <source>{0} h a week</source>
        <translation>{0}&#xa0;h par semaine</translation>
    </message>
    <message>
        <source>delegated: {0}</source>
        <translation>délégué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>not tied to any work yet</source>
        <translation>pas encore lié à un travail</translation>
    </message>
    <message>
        <source>Strategic narrative</source>
        <translation>Récit stratégique</translation>
    </message>
    <message>
        <source>Version {0}, written {1}, as Rumelt&apos;s kernel: a diagnosis of what is going on, a guiding policy, and coherent actions that carry it out. Revisited monthly; every version is kept.</source>
        <translation>Version {0}, écrite le {1}, selon le noyau de Rumelt&#xa0;: un diagnostic de ce qui se passe, une politique directrice et des actions cohérentes qui la mettent en œuvre. Revu chaque mois&#xa0;; chaque version est conservée.</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(non rédigé)</translation>
    </message>
    <message>
        <source>(nothing ruled out)</source>
        <translation>(rien d’exclu)</translation>
    </message>
    <message>
        <source>Coherent action</source>
        <translation>Action cohérente</translation>
    </message>
    <message>
        <source>Work behind it</source>
        <translation>Travail associé</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Press release, dated {0}</source>
        <translation>Communiqué de presse, daté du {0}</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>None: the kernel shows none of the hallmarks of bad strategy checked.</source>
        <translation>Aucun&#xa0;: le noyau ne présente aucun des signes de mauvaise stratégie vérifiés.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>This is the first version: nothing to compare yet.</source>
        <translation>C’est la première version&#xa0;: rien à comparer pour l’instant.</translation>
    </message>
    <message>
        <source>What changed since version {0} ({1})</source>
        <translation>Ce qui a changé depuis la version {0} ({1})</translation>
    </message>
    <message>
        <source>No changes: it still holds as written.</source>
        <translation>Aucun changement&#xa0;: le récit tient toujours tel qu’il est écrit.</translation>
    </message>
    <message>
        <source>Removed words are marked [-like this-], added ones {+like this+}.</source>
        <translation>Les mots retirés sont marqués [-comme ceci-], les mots ajoutés {+comme ceci+}.</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style de travail</translation>
    </message>
    <message>
        <source>no rhythm</source>
        <translation>pas de rythme</translation>
    </message>
    <message>
        <source>overdue (not in touch yet)</source>
        <translation>en retard (pas encore de contact)</translation>
    </message>
    <message>
        <source>overdue since {0}</source>
        <translation>en retard depuis le {0}</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>The people beyond the team whose support the work needs, on the power-interest grid (Mendelow): colour and shape show their stance, size the trust between us.</source>
        <translation>Les personnes hors de l’équipe dont le travail a besoin du soutien, sur la grille pouvoir-intérêt (Mendelow)&#xa0;: la couleur et la forme montrent leur position, la taille la confiance entre nous.</translation>
    </message>
    <message>
        <source>{0} (boss)</source>
        <translation>{0} (manager)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role, function</source>
        <translation>Rôle, fonction</translation>
    </message>
    <message>
        <source>Influence / interest</source>
        <translation>Influence / intérêt</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Last in touch</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Prochain contact</translation>
    </message>
    <message>
        <source>What we owe each other</source>
        <translation>Ce que nous nous devons</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>I owe them</source>
        <translation>Je lui dois</translation>
    </message>
    <message>
        <source>They owe me</source>
        <translation>On me doit</translation>
    </message>
    <message>
        <source>The five conversations with {0}</source>
        <translation>Les cinq conversations avec {0}</translation>
    </message>
    <message>
        <source>Not held yet</source>
        <translation>Pas encore eu lieu</translation>
    </message>
    <message>
        <source>Held {0}</source>
        <translation>Eu lieu le {0}</translation>
    </message>
    <message>
        <source>{0}. Agreed: {1}</source>
        <translation>{0}. Convenu&#xa0;: {1}</translation>
    </message>
    <message>
        <source>no weeks logged; {0} planned</source>
        <translation>aucune semaine enregistrée&#xa0;; {0} prévus</translation>
    </message>
    <message>
        <source>{0} on strategy against {1} planned</source>
        <translation>{0} sur la stratégie contre {1} prévus</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>du {0} au {1}</translation>
    </message>
    <message>
        <source>Share then</source>
        <translation>Part à ce moment-là</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Confié</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>parts changed: {0}</source>
        <translation>changements&#xa0;: {0}</translation>
    </message>
    <message>
        <source>target and horizon kept</source>
        <translation>cible et horizon conservés</translation>
    </message>
    <message>
        <source>From the boss</source>
        <translation>À demander au manager</translation>
    </message>
    <message>
        <source>Milestone reviews</source>
        <translation>Bilans d’étape</translation>
    </message>
    <message>
        <source>At each milestone: where the week stood against the glide path, what moved since the review before, and what to keep, stop and start.</source>
        <translation>À chaque jalon&#xa0;: où en était la semaine par rapport à la trajectoire, ce qui a bougé depuis le bilan précédent, et ce qu’il faut garder, arrêter et commencer.</translation>
    </message>
    <message>
        <source>Day {0} · held {1}</source>
        <translation>Jour {0} · fait le {1}</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier review(s), in the app.</source>
        <translation>
            <numerusform>et %n bilan antérieur, dans l’application.</numerusform>
            <numerusform>et %n bilans antérieurs, dans l’application.</numerusform>
        </translation>
    </message>
    <message>
        <source>No milestone to review yet: add milestones to the plan.</source>
        <translation>Aucun jalon à passer en revue pour l’instant&#xa0;: ajoutez des jalons au plan.</translation>
    </message>
    <message>
        <source>Altitude · transition report</source>
        <translation>Altitude · rapport de transition</translation>
    </message>
    <message>
        <source>Execution and strategy, week by week</source>
        <translation>Exécution et stratégie, semaine après semaine</translation>
    </message>
    <message>
        <source>What I do today, weighed</source>
        <translation>Ce que je fais aujourd’hui, évalué</translation>
    </message>
    <message>
        <source>Delegation ledger</source>
        <translation>Registre des délégations</translation>
    </message>
    <message>
        <source>The blue line is the share of each week spent on strategy; the orange area above it is execution.</source>
        <translation>La ligne bleue est la part de chaque semaine consacrée à la stratégie&#xa0;; la zone orange au-dessus, c’est l’exécution.</translation>
    </message>
    <message>
        <source>With a plan, the target glide path and a projection appear here.</source>
        <translation>Avec un plan, la trajectoire cible et une projection apparaissent ici.</translation>
    </message>
    <message>
        <source>The dashed line is the plan&apos;s glide path inside its tolerance band; the dotted line projects the recent trend.</source>
        <translation>La ligne en tirets est la trajectoire du plan dans sa bande de tolérance&#xa0;; la ligne en pointillés prolonge la tendance récente.</translation>
    </message>
    <message>
        <source>One-way door (hard to undo)</source>
        <translation>Porte à sens unique (difficile à défaire)</translation>
    </message>
    <message>
        <source>Two-way door (reversible)</source>
        <translation>Porte à double sens (réversible)</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>mauvaise</translation>
    </message>
    <message>
        <source>a team member</source>
        <translation>un membre de l’équipe</translation>
    </message>
    <message>
        <source>a peer</source>
        <translation>un pair</translation>
    </message>
    <message>
        <source>the boss</source>
        <translation>le manager</translation>
    </message>
    <message>
        <source>another function</source>
        <translation>une autre fonction</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Blind spot: others rate you lower than you do</source>
        <translation>Angle mort&#xa0;: les autres vous notent plus bas que vous</translation>
    </message>
    <message>
        <source>Hidden strength: others rate you higher than you do</source>
        <translation>Force cachée&#xa0;: les autres vous notent plus haut que vous</translation>
    </message>
    <message>
        <source>Aligned: others see it about as you do</source>
        <translation>En phase&#xa0;: les autres le voient à peu près comme vous</translation>
    </message>
    <message>
        <source>Not asked yet: no one has rated this theme</source>
        <translation>Pas encore demandé&#xa0;: personne n’a encore noté ce thème</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Each decision as written when it was made, and its review. Process and outcome are judged apart: a good decision can meet bad luck.</source>
        <translation>Chaque décision telle qu’elle a été écrite au moment où elle a été prise, et son réexamen. La façon de décider et l’issue sont jugées séparément&#xa0;: une bonne décision peut tomber sur de la malchance.</translation>
    </message>
    <message>
        <source>The {0} most recent decisions are listed; {1} earlier ones are not.</source>
        <translation>Seules les {0} décisions les plus récentes figurent ici&#xa0;; les {1} plus anciennes n’y sont pas.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Prise par</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>{0}, by {1}</source>
        <translation>{0}, d’ici le {1}</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Réexamen</translation>
    </message>
    <message>
        <source>The expectation came true.</source>
        <translation>Ce qui était attendu s’est produit.</translation>
    </message>
    <message>
        <source>The expectation did not come true.</source>
        <translation>Ce qui était attendu ne s’est pas produit.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Process {0}, outcome {1}: {2}</source>
        <translation>Décision {0}, issue {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Après coup</translation>
    </message>
    <message>
        <source>Reviewed on {0}</source>
        <translation>Réexaminée le {0}</translation>
    </message>
    <message>
        <source>Due since {0}, not reviewed yet</source>
        <translation>À réexaminer depuis le {0}</translation>
    </message>
    <message>
        <source>Due on {0}</source>
        <translation>Prévu le {0}</translation>
    </message>
    <message>
        <source>{0} to {1}%</source>
        <translation>{0} à {1}&#xa0;%</translation>
    </message>
    <message>
        <source>How well the forecasts came true</source>
        <translation>Dans quelle mesure vos prévisions se sont réalisées</translation>
    </message>
    <message>
        <source>Calibration and the Brier score are shown once {0} decisions are reviewed ({1} so far): with fewer, one decision moves the picture too much.</source>
        <translation>La calibration et le score de Brier s’affichent une fois {0} décisions réexaminées ({1} pour l’instant)&#xa0;: en deçà, une seule décision change trop l’image.</translation>
    </message>
    <message>
        <source>(few)</source>
        <translation>(peu)</translation>
    </message>
    <message>
        <source>Your confidence</source>
        <translation>Votre confiance</translation>
    </message>
    <message>
        <source>Came true</source>
        <translation>Réalisées</translation>
    </message>
    <message>
        <source>Share that came true</source>
        <translation>Part réalisée</translation>
    </message>
    <message numerus="yes">
        <source>Brier score {0} over %n reviewed decision(s): 0 is perfect, always saying 50% scores 0.25.</source>
        <translation>
            <numerusform>Score de Brier {0} sur %n décision réexaminée&#xa0;: 0 est parfait, dire toujours 50&#xa0;% donne 0,25.</numerusform>
            <numerusform>Score de Brier {0} sur %n décisions réexaminées&#xa0;: 0 est parfait, dire toujours 50&#xa0;% donne 0,25.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Per theme, your own rating against the mean of others&apos; (1 to 5), and what they said: the situation, the behaviour and its impact, what they asked for and what you will do.</source>
        <translation>Par thème, votre propre note face à la moyenne de celles des autres (1 à 5), et ce qu’ils ont dit&#xa0;: la situation, le comportement et son impact, ce qu’ils ont demandé et ce que vous allez faire.</translation>
    </message>
    <message>
        <source>Not tied to a theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>The {0} most recent entries are listed; {1} earlier ones are not.</source>
        <translation>Seules les {0} entrées les plus récentes figurent ici&#xa0;; les {1} plus anciennes n’y sont pas.</translation>
    </message>
    <message>
        <source>Whom you asked, week by week</source>
        <translation>À qui vous avez demandé, semaine après semaine</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Whom you asked</source>
        <translation>À qui vous avez demandé</translation>
    </message>
    <message>
        <source>{0} (on {1})</source>
        <translation>{0} (le {1})</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>pas encore de note</translation>
    </message>
    <message numerus="yes">
        <source>from %n rating(s)</source>
        <translation>
            <numerusform>d’après %n note</numerusform>
            <numerusform>d’après %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate yourself first</source>
        <translation>Évaluez-vous d’abord</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <source>Others&apos; mean</source>
        <translation>Moyenne des autres</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>They asked for</source>
        <translation>Ce qui a été demandé</translation>
    </message>
    <message>
        <source>Feedforward</source>
        <translation>Feedforward</translation>
    </message>
    <message>
        <source>Their rating</source>
        <translation>Leur note</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Followed up on {0}</source>
        <translation>Suite donnée le {0}</translation>
    </message>
    <message>
        <source>No follow-up date</source>
        <translation>Pas de date de suivi</translation>
    </message>
    <message>
        <source>Due since {0}</source>
        <translation>À faire depuis le {0}</translation>
    </message>
    <message>
        <source>page {0} of {1}</source>
        <translation>page {0} sur {1}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>En passation</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Assumée</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>en avance</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>{0} strategy, {1} execution</source>
        <translation>{0} de stratégie, {1} d’exécution</translation>
    </message>
    <message>
        <source>Transition report</source>
        <translation>Rapport de transition</translation>
    </message>
    <message>
        <source>Transition report prepared on {0}</source>
        <translation>Rapport de transition préparé le {0}</translation>
    </message>
    <message>
        <source>Prepared on {0}</source>
        <translation>Préparé le {0}</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Pas encore de plan</translation>
    </message>
    <message>
        <source>There is no transition plan yet: no start date, horizon or target split between execution and strategy. The pages that follow show what has been logged so far.</source>
        <translation>Il n’y a pas encore de plan de transition&#xa0;: ni date de début, ni horizon, ni répartition cible entre exécution et stratégie. Les pages suivantes montrent ce qui a été enregistré jusqu’ici.</translation>
    </message>
    <message>
        <source>Why I want to lead</source>
        <translation>Pourquoi je veux diriger</translation>
    </message>
    <message>
        <source>Who I need to become</source>
        <translation>Qui je dois devenir</translation>
    </message>
    <message numerus="yes">
        <source>starts in %n day(s)</source>
        <translation>
            <numerusform>commence dans %n jour</numerusform>
            <numerusform>commence dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>day {0}, past the {1}-day horizon</source>
        <translation>jour {0}, au-delà de l’horizon de {1} jours</translation>
    </message>
    <message>
        <source>day {0} of {1}</source>
        <translation>jour {0} sur {1}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>±{0} percentage points around the glide path</source>
        <translation>±{0} points autour de la trajectoire</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Jour {0}</translation>
    </message>
    <message>
        <source>day {0}: {1} strategy</source>
        <translation>jour {0}&#xa0;: {1} de stratégie</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En bref</translation>
    </message>
    <message numerus="yes">
        <source>%n weekly check-in(s).</source>
        <translation>
            <numerusform>%n point hebdomadaire.</numerusform>
            <numerusform>%n points hebdomadaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest week with hours, {0}: {1} ({2} execution, {3} strategy).</source>
        <translation>Dernière semaine avec des heures, {0}&#xa0;: {1} ({2} d’exécution, {3} de stratégie).</translation>
    </message>
    <message>
        <source>The plan expected {0} strategy that week: {1}.</source>
        <translation>Le plan prévoyait {0} de stratégie cette semaine-là&#xa0;: {1}.</translation>
    </message>
    <message numerus="yes">
        <source>%n delegated outcome(s) handing over or owned, freeing {0} a week; {1} taken back.</source>
        <translation>
            <numerusform>%n résultat délégué en passation ou assumé, qui libère {0} par semaine&#xa0;; {1} repris.</numerusform>
            <numerusform>%n résultats délégués en passation ou assumés, qui libèrent {0} par semaine&#xa0;; {1} repris.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inventory: {0} a week across %n item(s); once every decision is carried out, {1} execution and {2} strategy remain.</source>
        <translation>
            <numerusform>Inventaire&#xa0;: {0} par semaine sur %n activité&#xa0;; une fois chaque décision appliquée, il reste {1} d’exécution et {2} de stratégie.</numerusform>
            <numerusform>Inventaire&#xa0;: {0} par semaine sur %n activités&#xa0;; une fois chaque décision appliquée, il reste {1} d’exécution et {2} de stratégie.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>What you do</source>
        <translation>Ce que vous faites</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Votre décision</translation>
    </message>
    <message>
        <source>The weighing suggests</source>
        <translation>L’évaluation suggère</translation>
    </message>
    <message>
        <source>The {0} items with the most hours are listed; {1} smaller ones ({2} a week in all) are not.</source>
        <translation>Seules les {0} activités qui prennent le plus d’heures figurent ici&#xa0;; les {1} plus petites ({2} par semaine au total) n’y sont pas.</translation>
    </message>
    <message>
        <source>Measure: {0}</source>
        <translation>Critère&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Freed</source>
        <translation>Libérées</translation>
    </message>
    <message>
        <source>Taken back because</source>
        <translation>Motif de reprise</translation>
    </message>
    <message>
        <source>The {0} most recent delegations are listed; {1} earlier ones are not.</source>
        <translation>Seules les {0} délégations les plus récentes figurent ici&#xa0;; les {1} plus anciennes n’y sont pas.</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>aucun motif noté</translation>
    </message>
    <message>
        <source>({0} a week came back)</source>
        <translation>({0} par semaine vous sont revenues)</translation>
    </message>
    <message>
        <source>Recent reflections</source>
        <translation>Réflexions récentes</translation>
    </message>
    <message>
        <source>{0} execution, {1} strategy</source>
        <translation>{0} d’exécution, {1} de stratégie</translation>
    </message>
    <message>
        <source>({0} strategy)</source>
        <translation>({0} de stratégie)</translation>
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
        <translation>Le plan, un résumé et les réflexions récentes</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Execution and strategy, week by week</source>
        <translation>Exécution et stratégie, semaine après semaine</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventaire</translation>
    </message>
    <message>
        <source>What you do today, weighed</source>
        <translation>Ce que vous faites aujourd’hui, évalué</translation>
    </message>
    <message>
        <source>De&amp;legations</source>
        <translation>Dé&amp;légations</translation>
    </message>
    <message>
        <source>The delegation ledger</source>
        <translation>Le registre des délégations</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Décisions</translation>
    </message>
    <message>
        <source>Your decision journal and its reviews</source>
        <translation>Votre journal de décisions et ses réexamens</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Feedback</translation>
    </message>
    <message>
        <source>What others said, your ratings, whom you asked</source>
        <translation>Ce que les autres ont dit, vos notes, à qui vous avez demandé</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Récit</translation>
    </message>
    <message>
        <source>Your strategic narrative and what changed</source>
        <translation>Votre récit stratégique et ce qui a changé</translation>
    </message>
    <message>
        <source>&amp;Relationships</source>
        <translation>Rela&amp;tions</translation>
    </message>
    <message>
        <source>The people beyond your team, mapped</source>
        <translation>Les personnes hors de votre équipe, cartographiées</translation>
    </message>
    <message>
        <source>F&amp;unctions</source>
        <translation>F&amp;onctions</translation>
    </message>
    <message>
        <source>How the other functions work, and your coverage</source>
        <translation>Comment travaillent les autres fonctions, et votre couverture</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>&amp;Bilans</translation>
    </message>
    <message>
        <source>Your milestone reviews: keep, stop, start</source>
        <translation>Vos bilans d’étape&#xa0;: garder, arrêter, commencer</translation>
    </message>
    <message>
        <source>&amp;Boss sheet</source>
        <translation>Fiche pour votre &amp;manager</translation>
    </message>
    <message>
        <source>One page for the conversation with your boss</source>
        <translation>Une page pour la conversation avec votre manager</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>What goes in the report?</source>
        <translation>Que mettre dans le rapport&#xa0;?</translation>
    </message>
    <message>
        <source>A PDF for a mentor or coach. Untick what they need not see.</source>
        <translation>Un PDF pour un mentor ou un coach. Décochez ce qu’il n’a pas besoin de voir.</translation>
    </message>
    <message>
        <source>Decisions and feedback are the most private parts of your plan.</source>
        <translation>Les décisions et le feedback sont les parties les plus privées de votre plan.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation>Cochez au moins une section.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review a decision</source>
        <translation>Réexaminer une décision</translation>
    </message>
    <message>
        <source>“{0}”, decided {1}. You expected: {2} by {3} ({4}% sure).</source>
        <translation>«&#xa0;{0}&#xa0;», décidée le {1}. Vous attendiez&#xa0;: {2} d’ici le {3} (confiance&#xa0;: {4}&#xa0;%).</translation>
    </message>
    <message>
        <source>The decision and its forecast</source>
        <translation>La décision et sa prévision</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Réexaminée le</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>The facts, as they turned out</source>
        <translation>Les faits, tels qu’ils se sont produits</translation>
    </message>
    <message>
        <source>Did it come true</source>
        <translation>Votre attente s’est-elle réalisée</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Façon de décider</translation>
    </message>
    <message>
        <source>What the two ratings together say</source>
        <translation>Ce que disent les deux notes ensemble</translation>
    </message>
    <message>
        <source>Did what you expected happen?</source>
        <translation>Ce que vous attendiez s’est-il produit&#xa0;?</translation>
    </message>
    <message>
        <source>How did it turn out?</source>
        <translation>Quelle a été l’issue&#xa0;?</translation>
    </message>
    <message>
        <source>How did you decide?</source>
        <translation>Comment avez-vous décidé&#xa0;?</translation>
    </message>
    <message>
        <source>Judge how you decided by what you knew then, not by how it turned out: a good decision can meet bad luck.</source>
        <translation>Jugez votre façon de décider d’après ce que vous saviez alors, pas d’après l’issue&#xa0;: une bonne décision peut tomber sur la malchance.</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Enregistrer le réexamen</translation>
    </message>
    <message>
        <source>Look back</source>
        <translation>Avec le recul</translation>
    </message>
    <message>
        <source>Rate both to see which of Annie Duke&apos;s four cells it is.</source>
        <translation>Notez les deux pour voir dans laquelle des quatre cases d’Annie Duke elle se trouve.</translation>
    </message>
    <message>
        <source>{0}: Annie Duke calls this “{1}”.</source>
        <translation>{0}&#xa0;: Annie Duke appelle cela «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <source>Say whether what you expected happened.</source>
        <translation>Dites si ce que vous attendiez s’est produit.</translation>
    </message>
    <message>
        <source>Rate the outcome good or poor.</source>
        <translation>Notez l’issue&#xa0;: bonne ou mauvaise.</translation>
    </message>
    <message>
        <source>Rate how you decided good or poor.</source>
        <translation>Notez votre façon de décider&#xa0;: bonne ou mauvaise.</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>Enregistrer le bilan</translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation>Annuler le bilan</translation>
    </message>
    <message>
        <source>The share is the average of your latest logged weeks (as on the dashboard); the plan&apos;s share is its glide path on the milestone&apos;s day.</source>
        <translation>Votre part est la moyenne de vos dernières semaines enregistrées (comme sur le tableau de bord)&#xa0;; celle du plan est sa trajectoire le jour du jalon.</translation>
    </message>
    <message>
        <source>Where you stand, in words</source>
        <translation>Où vous en êtes, en mots</translation>
    </message>
    <message>
        <source>Your strategy share:</source>
        <translation>Votre part de stratégie&#xa0;:</translation>
    </message>
    <message>
        <source>Your strategy share</source>
        <translation>Votre part de stratégie</translation>
    </message>
    <message>
        <source>The plan for day {0}:</source>
        <translation>Le plan au jour {0}&#xa0;:</translation>
    </message>
    <message>
        <source>The plan&apos;s share for the milestone</source>
        <translation>La part prévue par le plan pour le jalon</translation>
    </message>
    <message>
        <source>1. Where you stand</source>
        <translation>1. Où vous en êtes</translation>
    </message>
    <message>
        <source>What was handed over and came back</source>
        <translation>Ce qui a été confié, et ce qui est revenu</translation>
    </message>
    <message>
        <source>2. What you handed over, and what came back</source>
        <translation>2. Ce que vous avez confié, et ce qui vous est revenu</translation>
    </message>
    <message>
        <source>Only counts and your own words: what others said stays on the Feedback page.</source>
        <translation>Seulement des nombres et vos propres mots&#xa0;: ce que les autres ont dit reste sur la page Feedback.</translation>
    </message>
    <message>
        <source>Decisions and feedback</source>
        <translation>Décisions et feedback</translation>
    </message>
    <message>
        <source>3. Decisions and feedback</source>
        <translation>3. Décisions et feedback</translation>
    </message>
    <message>
        <source>The narrative&apos;s changes</source>
        <translation>Les changements du récit</translation>
    </message>
    <message>
        <source>4. Your narrative&apos;s changes</source>
        <translation>4. Les changements de votre récit</translation>
    </message>
    <message>
        <source>What to keep</source>
        <translation>Ce qu’il faut garder</translation>
    </message>
    <message>
        <source>What works and should go on</source>
        <translation>Ce qui marche et doit continuer</translation>
    </message>
    <message>
        <source>What to stop</source>
        <translation>Ce qu’il faut arrêter</translation>
    </message>
    <message>
        <source>What costs more than it gives</source>
        <translation>Ce qui coûte plus qu’il ne rapporte</translation>
    </message>
    <message>
        <source>What to start</source>
        <translation>Ce qu’il faut commencer</translation>
    </message>
    <message>
        <source>What the next 30 days need</source>
        <translation>Ce dont les 30 prochains jours ont besoin</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Garder&#xa0;:</translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation>Arrêter&#xa0;:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Commencer&#xa0;:</translation>
    </message>
    <message>
        <source>5. Keep, stop, start</source>
        <translation>5. Garder, arrêter, commencer</translation>
    </message>
    <message>
        <source>A few words each; you can leave one empty.</source>
        <translation>Quelques mots pour chacun&#xa0;; vous pouvez en laisser un vide.</translation>
    </message>
    <message>
        <source>What you need from your boss</source>
        <translation>Ce dont vous avez besoin de votre manager</translation>
    </message>
    <message>
        <source>Decisions, resources, air cover, introductions…</source>
        <translation>Des décisions, des ressources, une couverture, des mises en relation…</translation>
    </message>
    <message>
        <source>7. What you need from your boss</source>
        <translation>7. Ce dont vous avez besoin de votre manager</translation>
    </message>
    <message>
        <source>After each 30-day block, check in with your boss. What will you ask for?</source>
        <translation>Après chaque bloc de 30 jours, faites le point avec votre manager. Qu’allez-vous lui demander&#xa0;?</translation>
    </message>
    <message>
        <source>After saving, make the one-page boss sheet from the Reviews page.</source>
        <translation>Une fois le bilan enregistré, créez la fiche d’une page pour votre manager depuis la page Bilans.</translation>
    </message>
    <message>
        <source>Keep the target and the horizon</source>
        <translation>Garder la cible et l’horizon</translation>
    </message>
    <message>
        <source>Change them</source>
        <translation>Les changer</translation>
    </message>
    <message>
        <source>Change the target or the horizon</source>
        <translation>Changer la cible ou l’horizon</translation>
    </message>
    <message>
        <source>Target strategy share</source>
        <translation>Part de stratégie cible</translation>
    </message>
    <message>
        <source>Horizon end</source>
        <translation>Fin de l’horizon</translation>
    </message>
    <message>
        <source>The adjusted milestones</source>
        <translation>Les jalons ajustés</translation>
    </message>
    <message>
        <source>Target share by the end:</source>
        <translation>Part cible à la fin&#xa0;:</translation>
    </message>
    <message>
        <source>The plan ends on:</source>
        <translation>Fin du plan&#xa0;:</translation>
    </message>
    <message>
        <source>6. Adjust the plan?</source>
        <translation>6. Ajuster le plan&#xa0;?</translation>
    </message>
    <message>
        <source>Now the plan aims for {0}% of the week on strategy by {1}.</source>
        <translation>Actuellement, le plan vise {0}&#xa0;% de la semaine sur la stratégie d’ici le {1}.</translation>
    </message>
    <message>
        <source>The milestones stay as they are.</source>
        <translation>Les jalons restent tels quels.</translation>
    </message>
    <message>
        <source>day {0}: {1}%</source>
        <translation>jour {0}&#xa0;: {1}&#xa0;%</translation>
    </message>
    <message>
        <source>The glide path&apos;s milestones become: {0}.</source>
        <translation>Les jalons de la trajectoire deviennent&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Target {0}% → {1}%</source>
        <translation>Cible {0}&#xa0;% → {1}&#xa0;%</translation>
    </message>
    <message>
        <source>Horizon {0} → {1}</source>
        <translation>Horizon {0} → {1}</translation>
    </message>
    <message>
        <source>Day-{0} review</source>
        <translation>Bilan du jour {0}</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Boss sheet</source>
        <translation>Fiche pour votre manager</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Boss sheet not written</source>
        <translation>Fiche pour votre manager non écrite</translation>
    </message>
    <message>
        <source>Boss sheet written to {0}</source>
        <translation>Fiche pour votre manager écrite dans {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>À faire cette semaine</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>La situation</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Les attentes</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Les ressources</translation>
    </message>
    <message>
        <source>Working style</source>
        <translation>La façon de travailler</translation>
    </message>
    <message>
        <source>Personal development</source>
        <translation>Le développement personnel</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Guiding policy</source>
        <translation>Politique directrice</translation>
    </message>
    <message>
        <source>What we will not do</source>
        <translation>Ce que nous ne ferons pas</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>Communiqué de presse</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>et {0} de plus</translation>
    </message>
    <message>
        <source>Since the last review: {0} to {1}</source>
        <translation>Depuis le dernier bilan&#xa0;: du {0} au {1}</translation>
    </message>
    <message>
        <source>Since the plan&apos;s start: {0} to {1}</source>
        <translation>Depuis le début du plan&#xa0;: du {0} au {1}</translation>
    </message>
    <message>
        <source>No weeks logged yet, so there is no share to compare. The plan expects {0}% of the week on strategy by day {1}.</source>
        <translation>Aucune semaine enregistrée pour l’instant, donc aucune part à comparer. Le plan prévoit {0}&#xa0;% de la semaine sur la stratégie d’ici le jour {1}.</translation>
    </message>
    <message>
        <source>ahead of the plan</source>
        <translation>en avance sur le plan</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <source>behind the plan</source>
        <translation>en retard sur le plan</translation>
    </message>
    <message>
        <source>Over your last {0} logged weeks, {1}% of the week went to strategy. The plan expects {2}% by day {3}: you are {4}{5}.</source>
        <translation>Sur vos {0} dernières semaines enregistrées, {1}&#xa0;% de la semaine est allé à la stratégie. Le plan prévoit {2}&#xa0;% d’ici le jour {3}&#xa0;: vous êtes {4}{5}.</translation>
    </message>
    <message>
        <source> ({0:+} points)</source>
        <translation> ({0:+} points)</translation>
    </message>
    <message>
        <source>Handed over: {0}</source>
        <translation>Confié&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Nothing new was handed over in this period.</source>
        <translation>Rien de nouveau n’a été confié sur cette période.</translation>
    </message>
    <message>
        <source>Owned by your team now: {0}, {1} a week off your desk.</source>
        <translation>Désormais assumé par votre équipe&#xa0;: {0}, soit {1} par semaine de moins sur votre bureau.</translation>
    </message>
    <message numerus="yes">
        <source>%n hand-over(s)</source>
        <translation>
            <numerusform>%n passation</numerusform>
            <numerusform>%n passations</numerusform>
        </translation>
    </message>
    <message>
        <source>Came back to you: {0} on delegated work: {1}</source>
        <translation>Vous est revenu&#xa0;: {0} de travail délégué&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Nothing delegated came back to you.</source>
        <translation>Aucun travail délégué ne vous est revenu.</translation>
    </message>
    <message>
        <source>Taken back: {0}</source>
        <translation>Repris&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Decisions recorded: {0}{1}</source>
        <translation>Décisions notées&#xa0;: {0}{1}</translation>
    </message>
    <message>
        <source>Decisions reviewed: {0}{1}</source>
        <translation>Décisions réexaminées&#xa0;: {0}{1}</translation>
    </message>
    <message>
        <source>Feedback logged: {0}</source>
        <translation>Feedbacks notés&#xa0;: {0}</translation>
    </message>
    <message>
        <source>What you said you would do about it: {0}</source>
        <translation>Ce que vous aviez prévu d’en faire&#xa0;: {0}</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>«&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>{0}, now: “{1}”</source>
        <translation>{0}, désormais&#xa0;: «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <source>added {0}</source>
        <translation>ajouté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>dropped {0}</source>
        <translation>retiré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No strategic narrative yet: write one on the Narrative page.</source>
        <translation>Pas encore de récit stratégique&#xa0;: écrivez-en un sur la page Récit.</translation>
    </message>
    <message>
        <source>Unchanged in this period (your latest version is from {0}).</source>
        <translation>Inchangé sur cette période (votre dernière version date du {0}).</translation>
    </message>
    <message>
        <source>First written on {0}.</source>
        <translation>Écrit pour la première fois le {0}.</translation>
    </message>
    <message>
        <source>Revised on {0}, against the version of {1}:</source>
        <translation>Révisé le {0}, par rapport à la version du {1}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Reviews</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>The next milestone review</source>
        <translation>Le prochain bilan d’étape</translation>
    </message>
    <message>
        <source>Start the review…</source>
        <translation>Commencer le bilan…</translation>
    </message>
    <message>
        <source>The guided review, in seven steps</source>
        <translation>Le bilan guidé, en sept étapes</translation>
    </message>
    <message>
        <source>Milestones and their reviews</source>
        <translation>Les jalons et leurs bilans</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Bilan fait le</translation>
    </message>
    <message>
        <source>What to keep</source>
        <translation>Ce qu’il faut garder</translation>
    </message>
    <message>
        <source>What to stop</source>
        <translation>Ce qu’il faut arrêter</translation>
    </message>
    <message>
        <source>What to start</source>
        <translation>Ce qu’il faut commencer</translation>
    </message>
    <message>
        <source>The adjustment</source>
        <translation>L’ajustement</translation>
    </message>
    <message>
        <source>What you need from your boss</source>
        <translation>Ce dont vous avez besoin de votre manager</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Garder&#xa0;:</translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation>Arrêter&#xa0;:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Commencer&#xa0;:</translation>
    </message>
    <message>
        <source>Adjusted:</source>
        <translation>Ajustement&#xa0;:</translation>
    </message>
    <message>
        <source>From your boss:</source>
        <translation>À demander à votre manager&#xa0;:</translation>
    </message>
    <message>
        <source>Boss sheet (PDF)…</source>
        <translation>Fiche pour votre manager (PDF)…</translation>
    </message>
    <message>
        <source>One page for the conversation with your boss</source>
        <translation>Une page pour la conversation avec votre manager</translation>
    </message>
    <message>
        <source>Review now…</source>
        <translation>Faire le bilan…</translation>
    </message>
    <message>
        <source>Hold the selected milestone&apos;s review</source>
        <translation>Faire le bilan du jalon sélectionné</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Supprimer le bilan</translation>
    </message>
    <message>
        <source>Delete the selected review; Ctrl+Z undoes it</source>
        <translation>Supprimer le bilan sélectionné&#xa0;; Ctrl+Z l’annule</translation>
    </message>
    <message>
        <source>Milestone reviews</source>
        <translation>Bilans d’étape</translation>
    </message>
    <message>
        <source>A 30/60/90-day plan is only a plan if you stop and look. At each milestone: where you stand, what you handed over, what to keep, stop and start — then a talk with your boss. Add or move milestones on the Plan page.</source>
        <translation>Un plan à 30, 60 et 90 jours n’est un plan que si vous vous arrêtez pour regarder. À chaque jalon&#xa0;: où vous en êtes, ce que vous avez confié, ce qu’il faut garder, arrêter et commencer — puis un échange avec votre manager. Ajoutez ou déplacez des jalons sur la page Plan.</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Jour {0}</translation>
    </message>
    <message>
        <source>Make a plan first: its milestones are the reviews.</source>
        <translation>Créez d’abord un plan&#xa0;: ses jalons sont les bilans.</translation>
    </message>
    <message>
        <source>Every milestone is reviewed. Well done.</source>
        <translation>Chaque jalon a son bilan. Bravo.</translation>
    </message>
    <message>
        <source>The day-{0} review is overdue: it was due on {1}.</source>
        <translation>Le bilan du jour {0} est en retard&#xa0;: il était prévu le {1}.</translation>
    </message>
    <message>
        <source>The day-{0} review is due on {1}.</source>
        <translation>Le bilan du jour {0} est prévu le {1}.</translation>
    </message>
    <message>
        <source>The next review is on day {0}, {1}.</source>
        <translation>Le prochain bilan est au jour {0}, le {1}.</translation>
    </message>
    <message>
        <source>Start the day-{0} review…</source>
        <translation>Commencer le bilan du jour {0}…</translation>
    </message>
    <message>
        <source>No milestones yet: add them on the Plan page.</source>
        <translation>Pas encore de jalon&#xa0;: ajoutez-en sur la page Plan.</translation>
    </message>
    <message>
        <source>Day {0}: not reviewed yet</source>
        <translation>Jour {0}&#xa0;: pas encore de bilan</translation>
    </message>
    <message>
        <source>The boss sheet can already show where the five conversations stand.</source>
        <translation>La fiche pour votre manager peut déjà montrer où en sont les cinq conversations.</translation>
    </message>
    <message>
        <source>Day {0}: reviewed on {1}</source>
        <translation>Jour {0}&#xa0;: bilan fait le {1}</translation>
    </message>
    <message>
        <source>Then: {0}% on strategy against {1}% planned.</source>
        <translation>À ce moment-là&#xa0;: {0}&#xa0;% sur la stratégie, pour {1}&#xa0;% prévus.</translation>
    </message>
    <message>
        <source>Target and horizon kept</source>
        <translation>Cible et horizon conservés</translation>
    </message>
    <message>
        <source>Delete the review?</source>
        <translation>Supprimer le bilan&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the day-{0} review and its keep, stop and start? Ctrl+Z undoes it.</source>
        <translation>Supprimer le bilan du jour {0} et ses «&#xa0;garder, arrêter, commencer&#xa0;»&#xa0;? Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <source>Delete the day-{0} review</source>
        <translation>Supprimer le bilan du jour {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Check-in day</source>
        <translation>Jour du point hebdomadaire</translation>
    </message>
    <message>
        <source>From this day on, Altitude reminds you to check in</source>
        <translation>À partir de ce jour, Altitude vous rappelle de faire le point</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Premier jour de la semaine</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Sauvegardes conservées</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Days before reviewing a two-way door</source>
        <translation>Jours avant de réexaminer une porte à double sens</translation>
    </message>
    <message>
        <source>Days before reviewing a one-way door</source>
        <translation>Jours avant de réexaminer une porte à sens unique</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Review a &amp;two-way door decision after about</source>
        <translation>Réexaminer une décision à &amp;double sens après environ</translation>
    </message>
    <message>
        <source>Review a &amp;one-way door decision after about</source>
        <translation>Réexaminer une décision à sens &amp;unique après environ</translation>
    </message>
    <message>
        <source>Rules of thumb for when to look back at a decision in the journal: a two-way door can be walked back, so look again soon; a one-way door later, once its effects show.</source>
        <translation>Règles empiriques pour savoir quand revenir sur une décision du journal&#xa0;: une porte à double sens permet de revenir en arrière, donc réexaminez-la vite&#xa0;; une porte à sens unique plus tard, quand ses effets se voient.</translation>
    </message>
    <message>
        <source>&amp;Check in on</source>
        <translation>&amp;Point hebdomadaire le</translation>
    </message>
    <message>
        <source>&amp;Weeks start on</source>
        <translation>Début de &amp;semaine</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Everything stays on this computer. Automatic backups are kept beside your data; the oldest go first.</source>
        <translation>Tout reste sur cet ordinateur. Les sauvegardes automatiques sont conservées à côté de vos données&#xa0;; les plus anciennes partent en premier.</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Time import</source>
        <translation>Import du temps</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Updated with changes saved outside this window</source>
        <translation>Mis à jour avec des modifications enregistrées hors de cette fenêtre</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <source>Your situation</source>
        <translation>Votre situation</translation>
    </message>
    <message>
        <source>Which of these sounds most like the team or area you are taking over?</source>
        <translation>Laquelle de ces situations ressemble le plus à l’équipe ou au périmètre que vous reprenez&#xa0;?</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Keep a steady shift for now; you can choose later.</source>
        <translation>Garder une évolution régulière pour l’instant&#xa0;; vous pourrez choisir plus tard.</translation>
    </message>
    <message>
        <source>The default this situation sets</source>
        <translation>La valeur par défaut de cette situation</translation>
    </message>
    <message>
        <source>Michael Watkins (The First 90 Days) describes what each situation asks of a leader but gives no pace: that part is Altitude&apos;s own, and you can change every milestone later on the Plan page.</source>
        <translation>Michael Watkins (Les 90 premiers jours) décrit ce que chaque situation demande à un leader, mais ne donne pas de rythme&#xa0;: cette partie est propre à Altitude, et vous pourrez modifier chaque jalon plus tard sur la page Plan.</translation>
    </message>
</context>
<context>
    <name>Situations</name>
    <message>
        <source>Watkins, The First 90 Days, STARS; the pace is Altitude&apos;s own rule of thumb</source>
        <translation>Watkins, Les 90 premiers jours, STARS&#xa0;; le rythme est une règle empirique d’Altitude</translation>
    </message>
    <message>
        <source>rule of thumb</source>
        <translation>règle empirique</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>The team, product or service is new: little exists yet and you are putting people, ways of working and resources together.</source>
        <translation>L’équipe, le produit ou le service est nouveau&#xa0;: presque rien n’existe encore et vous réunissez les personnes, les façons de travailler et les ressources.</translation>
    </message>
    <message>
        <source>Build capabilities and structures; ask for the resources you need early.</source>
        <translation>Construisez les compétences et les structures&#xa0;; demandez tôt les ressources dont vous avez besoin.</translation>
    </message>
    <message>
        <source>a fairly fast shift to strategy once the team exists</source>
        <translation>un passage assez rapide à la stratégie une fois l’équipe en place</translation>
    </message>
    <message>
        <source>set up how the team works and hand over whole outcomes early</source>
        <translation>définir comment l’équipe travaille et confier tôt des résultats entiers</translation>
    </message>
    <message>
        <source>Turnaround</source>
        <translation>Redressement</translation>
    </message>
    <message>
        <source>Things are going badly and everyone knows it: results, quality or customers are slipping and something has to change soon.</source>
        <translation>Les choses vont mal et tout le monde le sait&#xa0;: les résultats, la qualité ou les clients décrochent, et quelque chose doit changer vite.</translation>
    </message>
    <message>
        <source>Decide fast with incomplete knowledge (“ready-fire-aim”) and stop the damage first.</source>
        <translation>Décidez vite avec des informations incomplètes («&#xa0;prêt, feu, visez&#xa0;») et stoppez d’abord les dégâts.</translation>
    </message>
    <message>
        <source>the fastest shift, most of it in the first third of the plan</source>
        <translation>le passage le plus rapide, en grande partie dans le premier tiers du plan</translation>
    </message>
    <message>
        <source>make and record the hard calls: the decision journal at the centre</source>
        <translation>prendre et consigner les décisions difficiles&#xa0;: le journal de décisions au centre</translation>
    </message>
    <message>
        <source>Accelerated growth</source>
        <translation>Croissance accélérée</translation>
    </message>
    <message>
        <source>Demand is growing faster than the team: you are hiring, and what worked for a few people is starting to creak.</source>
        <translation>La demande croît plus vite que l’équipe&#xa0;: vous recrutez, et ce qui marchait à quelques-uns commence à craquer.</translation>
    </message>
    <message>
        <source>Build structures, processes and hiring so growth does not break the team.</source>
        <translation>Mettez en place structures, processus et recrutements pour que la croissance ne casse pas l’équipe.</translation>
    </message>
    <message>
        <source>a steady shift, the same each month</source>
        <translation>un passage régulier, le même chaque mois</translation>
    </message>
    <message>
        <source>delegation and systems: routines others can run without you</source>
        <translation>la délégation et les systèmes&#xa0;: des routines que d’autres font tourner sans vous</translation>
    </message>
    <message>
        <source>Realignment</source>
        <translation>Réalignement</translation>
    </message>
    <message>
        <source>Things look fine from inside, but the team is drifting towards trouble and many don&apos;t see it yet.</source>
        <translation>Tout semble aller bien de l’intérieur, mais l’équipe dérive vers des difficultés et beaucoup ne le voient pas encore.</translation>
    </message>
    <message>
        <source>Make the case for change and get past denial (“ready-aim-fire”) before pushing it through.</source>
        <translation>Montrez pourquoi il faut changer et dépassez le déni («&#xa0;prêt, visez, feu&#xa0;») avant d’imposer le changement.</translation>
    </message>
    <message>
        <source>a slower start, most of the shift in the second half</source>
        <translation>un début plus lent, l’essentiel du passage dans la seconde moitié</translation>
    </message>
    <message>
        <source>relationships and the narrative: win people over to why change is needed</source>
        <translation>les relations et le récit&#xa0;: convaincre les gens de la nécessité du changement</translation>
    </message>
    <message>
        <source>Sustaining success</source>
        <translation>Maintien du succès</translation>
    </message>
    <message>
        <source>The team is doing well and has a good name: your job is to keep it that way and take it further.</source>
        <translation>L’équipe réussit et a bonne réputation&#xa0;: votre rôle est de la maintenir à ce niveau et de l’emmener plus loin.</translation>
    </message>
    <message>
        <source>Preserve what works, learn why it works, and avoid damaging mistakes.</source>
        <translation>Préservez ce qui marche, comprenez pourquoi cela marche, et évitez les erreurs qui abîment.</translation>
    </message>
    <message>
        <source>the slowest shift; learn first, change later</source>
        <translation>le passage le plus lent&#xa0;; apprendre d’abord, changer ensuite</translation>
    </message>
    <message>
        <source>learning: ask how the team works and why, before changing it</source>
        <translation>apprendre&#xa0;: demander comment l’équipe travaille et pourquoi, avant de la changer</translation>
    </message>
    <message>
        <source>all of it by day {0}</source>
        <translation>la totalité d’ici le jour {0}</translation>
    </message>
    <message>
        <source>{0}% by day {1}</source>
        <translation>{0}&#xa0;% d’ici le jour {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it asks of you:&lt;/b&gt; {0}&lt;br&gt;&lt;b&gt;First move:&lt;/b&gt; {1}.&lt;br&gt;&lt;b&gt;Pace ({2}):&lt;/b&gt; {3}. Of the shift from today&apos;s split to your target, your milestones ask for {4}.&lt;br&gt;&lt;i&gt;Source: {5}.&lt;/i&gt;</source>
        <translation>&lt;b&gt;Ce que cela vous demande&#xa0;:&lt;/b&gt; {0}&lt;br&gt;&lt;b&gt;Premier geste&#xa0;:&lt;/b&gt; {1}.&lt;br&gt;&lt;b&gt;Rythme ({2})&#xa0;:&lt;/b&gt; {3}. Du passage de votre répartition actuelle à votre cible, vos jalons demandent {4}.&lt;br&gt;&lt;i&gt;Source&#xa0;: {5}.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pace:&lt;/b&gt; a steady line from today&apos;s split to your target: {0}. You can come back and choose a situation at any time before Finish.</source>
        <translation>&lt;b&gt;Rythme&#xa0;:&lt;/b&gt; une ligne régulière de votre répartition actuelle à votre cible&#xa0;: {0}. Vous pouvez revenir choisir une situation à tout moment avant Terminer.</translation>
    </message>
</context>
<context>
    <name>SplitFields</name>
    <message>
        <source>Strategy share when the plan started</source>
        <translation>Part de stratégie au début du plan</translation>
    </message>
    <message>
        <source>Strategy share to reach by the end</source>
        <translation>Part de stratégie à atteindre à la fin</translation>
    </message>
    <message>
        <source>Tolerance in percentage points</source>
        <translation>Tolérance en points de pourcentage</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Put milestones on a straight line</source>
        <translation>Aligner les jalons sur une droite</translation>
    </message>
    <message>
        <source>Put the milestones on the line from start to target</source>
        <translation>Placer les jalons sur la droite du départ à la cible</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Your target split</source>
        <translation>Votre répartition cible</translation>
    </message>
    <message>
        <source>How much of your week should go to strategy by the end?</source>
        <translation>Quelle part de votre semaine devrait aller à la stratégie d’ici la fin&#xa0;?</translation>
    </message>
    <message>
        <source>Where you start</source>
        <translation>Votre point de départ</translation>
    </message>
    <message>
        <source>Target share of strategy (slider)</source>
        <translation>Part de stratégie cible (curseur)</translation>
    </message>
    <message>
        <source>Target share of strategy</source>
        <translation>Part de stratégie cible</translation>
    </message>
    <message>
        <source>Your milestones and where their pace comes from</source>
        <translation>Vos jalons et l’origine de leur rythme</translation>
    </message>
    <message>
        <source>Rules of thumb, not rules</source>
        <translation>Des repères, pas des règles</translation>
    </message>
    <message>
        <source>There is no authoritative split: these are starting points from practice, each with where it comes from.</source>
        <translation>Il n’existe pas de répartition qui fasse autorité&#xa0;: ce sont des points de départ tirés de la pratique, chacun avec sa source.</translation>
    </message>
    <message>
        <source>Use {0}%</source>
        <translation>Prendre {0}&#xa0;%</translation>
    </message>
    <message>
        <source>Use {0}%: {1}</source>
        <translation>Prendre {0}&#xa0;%&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Source: {0}
Caveat: {1}</source>
        <translation>Source&#xa0;: {0}
Réserve&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Source and caveat of the chosen rule of thumb</source>
        <translation>Source et réserve de la règle empirique choisie</translation>
    </message>
    <message>
        <source>Your own target: as valid as any rule of thumb. Adjust it after a month.</source>
        <translation>Votre propre cible&#xa0;: aussi valable que n’importe quelle règle empirique. Ajustez-la au bout d’un mois.</translation>
    </message>
    <message>
        <source>{0}% — source: {1} Caveat: {2}</source>
        <translation>{0}&#xa0;% — source&#xa0;: {1} Réserve&#xa0;: {2}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today: {0}% strategy.&lt;/b&gt; Of the {1} a week you ticked, {2} go to strategy.</source>
        <translation>&lt;b&gt;Aujourd’hui&#xa0;: {0}&#xa0;% de stratégie.&lt;/b&gt; Sur les {1} par semaine que vous avez cochées, {2} vont à la stratégie.</translation>
    </message>
    <message>
        <source>By {0}, aim for:</source>
        <translation>D’ici le {0}, visez&#xa0;:</translation>
    </message>
    <message>
        <source>The milestones lie on a straight line from today&apos;s split to your target. Choose your situation (Back) for another pace, or change them on the Plan page after Finish.</source>
        <translation>Les jalons sont alignés sur une droite entre votre répartition actuelle et votre cible. Choisissez votre situation (Précédent) pour un autre rythme, ou modifiez-les sur la page Plan après Terminer.</translation>
    </message>
    <message>
        <source>Your situation, {0}, sets the pace: {1}. A rule of thumb ({2}); change the milestones on the Plan page after Finish.</source>
        <translation>Votre situation, {0}, fixe le rythme&#xa0;: {1}. C’est une règle empirique ({2})&#xa0;; modifiez les jalons sur la page Plan après Terminer.</translation>
    </message>
</context>
<context>
    <name>TaskPicker</name>
    <message>
        <source>Something else you do, e.g. &quot;Budget and forecasts&quot;</source>
        <translation>Autre chose que vous faites, p. ex. «&#xa0;Budget et prévisions&#xa0;»</translation>
    </message>
    <message>
        <source>Your own task</source>
        <translation>Votre propre tâche</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add your own task</source>
        <translation>Ajouter votre propre tâche</translation>
    </message>
    <message>
        <source>Title of your task</source>
        <translation>Intitulé de votre tâche</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> h/sem.</translation>
    </message>
    <message>
        <source>Hours a week on {0}</source>
        <translation>Heures par semaine pour {0}</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Execution or strategy: {0}</source>
        <translation>Exécution ou stratégie&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>What do you do today?</source>
        <translation>Que faites-vous aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>Tick what fills a typical week now, with rough hours. Guesses are fine.</source>
        <translation>Cochez ce qui remplit une semaine type aujourd’hui, avec des heures approximatives. Une estimation suffit.</translation>
    </message>
    <message>
        <source>Execution is doing the work yourself: serving, selling, treating, building, checking, fixing. Strategy is direction, priorities, developing people, alignment and decisions. You can weigh and delegate each of these later on the Inventory page.</source>
        <translation>L’exécution, c’est faire le travail vous-même&#xa0;: servir, vendre, soigner, construire, vérifier, corriger. La stratégie, c’est le cap, les priorités, le développement des personnes, l’alignement et les décisions. Vous pourrez évaluer et déléguer chacune de ces activités plus tard sur la page Inventaire.</translation>
    </message>
    <message>
        <source>Your week so far</source>
        <translation>Votre semaine jusqu’ici</translation>
    </message>
    <message>
        <source>Tick at least one thing you do today, or add your own.</source>
        <translation>Cochez au moins une chose que vous faites aujourd’hui, ou ajoutez la vôtre.</translation>
    </message>
    <message>
        <source>Fix the item marked above.</source>
        <translation>Corrigez l’élément signalé ci-dessus.</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Rien n’est encore coché.</translation>
    </message>
    <message>
        <source>{0} ticked: {1} a week, {2}% of it on strategy.</source>
        <translation>{0} cochées&#xa0;: {1} par semaine, dont {2}&#xa0;% de stratégie.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message numerus="yes">
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} carries {1}/week you handed over — {2}.</source>
        <translation>{0} porte {1}/sem. de travail confié — {2}.</translation>
    </message>
    <message>
        <source>{0} carries nothing you handed over yet.</source>
        <translation>{0} ne porte encore rien de ce que vous avez confié.</translation>
    </message>
    <message>
        <source>{0} planned.</source>
        <translation>Prévu&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>You took {0} back.</source>
        <translation>Vous avez repris {0}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Growth goal</source>
        <translation>Objectif de développement</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Carries for you</source>
        <translation>Porte pour vous</translation>
    </message>
    <message>
        <source>Next one-to-one</source>
        <translation>Prochain entretien</translation>
    </message>
    <message>
        <source>Where they want to grow: hand them outcomes that lead there.</source>
        <translation>Dans quelle direction la personne veut grandir&#xa0;: confiez-lui des résultats qui l’y mènent.</translation>
    </message>
    <message>
        <source>Outcomes they are taking over or own, and those planned for them.</source>
        <translation>Les résultats qu’elle reprend ou dont elle est responsable, et ceux prévus pour elle.</translation>
    </message>
    <message>
        <source>Hours a week of your old work they now carry.</source>
        <translation>Les heures par semaine de votre ancien travail qu’elle porte désormais.</translation>
    </message>
    <message>
        <source>When your next one-to-one is due, from how often you meet and the last one.</source>
        <translation>Quand votre prochain entretien individuel est à prévoir, d’après votre rythme et le dernier entretien.</translation>
    </message>
    <message>
        <source>{0} + {1} planned</source>
        <translation>{0} + {1} prévu(s)</translation>
    </message>
    <message>
        <source>Now (none logged)</source>
        <translation>Maintenant (aucun noté)</translation>
    </message>
    <message>
        <source>{0} — overdue</source>
        <translation>{0} — en retard</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Add someone on your team (Ctrl+N)</source>
        <translation>Ajouter un membre de votre équipe (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Delete the selected person (Delete); Ctrl+Z undoes it</source>
        <translation>Supprimer la personne sélectionnée (Suppr)&#xa0;; Ctrl+Z l’annule</translation>
    </message>
    <message>
        <source>Team member details</source>
        <translation>Détails du membre de l’équipe</translation>
    </message>
    <message>
        <source>Build people who outgrow you in specific areas. The bar shows how much of your old work each person carries: hand the next outcome to someone with room and a growth goal it serves.</source>
        <translation>Faites grandir des personnes qui vous dépassent dans certains domaines. La barre montre quelle part de votre ancien travail chacun porte&#xa0;: confiez le prochain résultat à quelqu’un qui a de la marge et un objectif de développement auquel il répond.</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Membres de l’équipe</translation>
    </message>
    <message>
        <source>No one here yet. Add the people you lead (Ctrl+N) with their growth goals, then hand them outcomes from the Delegation page.</source>
        <translation>Personne ici pour l’instant. Ajoutez les personnes que vous encadrez (Ctrl+N) avec leurs objectifs de développement, puis confiez-leur des résultats depuis la page Délégation.</translation>
    </message>
    <message numerus="yes">
        <source>%n team member(s)</source>
        <translation>
            <numerusform>%n membre de l’équipe</numerusform>
            <numerusform>%n membres de l’équipe</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · together they carry {1} a week you handed over.</source>
        <translation>{0} · ensemble, elles portent {1} par semaine de travail confié.</translation>
    </message>
    <message>
        <source>Edit team member: {0}</source>
        <translation>Modifier le membre de l’équipe&#xa0;: {0}</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>Nouveau membre de l’équipe</translation>
    </message>
    <message>
        <source>Add team member: {0}</source>
        <translation>Ajouter un membre de l’équipe&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>Supprimer {0}&#xa0;?</translation>
    </message>
    <message>
        <source>{0} owns {1} delegated outcome(s). They stay in the ledger with no owner. Undo (Ctrl+Z) brings {0} and their outcomes back.</source>
        <translation>{0} est responsable de {1} résultat(s) délégué(s). Ils restent dans le registre, sans responsable. Annuler (Ctrl+Z) rétablit {0} et ses résultats.</translation>
    </message>
    <message>
        <source>Delete team member: {0}</source>
        <translation>Supprimer le membre de l’équipe&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>TimeCard</name>
    <message>
        <source>What your calendar showed</source>
        <translation>Ce que montrait votre agenda</translation>
    </message>
    <message>
        <source>Your week of {0}, from your calendar</source>
        <translation>Votre semaine du {0}, d’après votre agenda</translation>
    </message>
</context>
<context>
    <name>TimeImportSettings</name>
    <message>
        <source>execution</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>stratégie</translation>
    </message>
    <message>
        <source>ignore (count in no total)</source>
        <translation>ignorer (compté dans aucun total)</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>Votre fuseau horaire</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s zone</source>
        <translation>Vide&#xa0;: le fuseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Your e-mail addresses</source>
        <translation>Vos adresses e-mail</translation>
    </message>
    <message>
        <source>you@work.example, you@home.example</source>
        <translation>vous@travail.example, vous@maison.example</translation>
    </message>
    <message>
        <source>Focus words</source>
        <translation>Mots de concentration</translation>
    </message>
    <message>
        <source>Remembered sources</source>
        <translation>Sources mémorisées</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename the source</source>
        <translation>Renommer la source</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <source>Rules, first match wins</source>
        <translation>Règles, la première qui correspond l’emporte</translation>
    </message>
    <message>
        <source>The rule&apos;s words</source>
        <translation>Les mots de la règle</translation>
    </message>
    <message>
        <source>review, standup, fix</source>
        <translation>revue, standup, correctif</translation>
    </message>
    <message>
        <source>The rule&apos;s mode</source>
        <translation>Le mode de la règle</translation>
    </message>
    <message>
        <source>The rule&apos;s inventory item</source>
        <translation>L’activité de la règle</translation>
    </message>
    <message>
        <source>Add as new rule</source>
        <translation>Ajouter comme nouvelle règle</translation>
    </message>
    <message>
        <source>Add the rule</source>
        <translation>Ajouter la règle</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save the changes to the selected rule</source>
        <translation>Enregistrer les modifications de la règle sélectionnée</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the rule up</source>
        <translation>Monter la règle</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>Descendre la règle</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Retirer la règle</translation>
    </message>
    <message>
        <source>Test against last import</source>
        <translation>Tester sur le dernier import</translation>
    </message>
    <message>
        <source>Test the rule on the last import</source>
        <translation>Tester la règle sur le dernier import</translation>
    </message>
    <message>
        <source>What the rule would match</source>
        <translation>Ce que la règle trouverait</translation>
    </message>
    <message>
        <source>Your &amp;time zone</source>
        <translation>Votre &amp;fuseau horaire</translation>
    </message>
    <message>
        <source>Your &amp;addresses</source>
        <translation>Vos &amp;adresses</translation>
    </message>
    <message>
        <source>&amp;Focus words</source>
        <translation>&amp;Mots de concentration</translation>
    </message>
    <message>
        <source>Remembered files</source>
        <translation>Fichiers mémorisés</translation>
    </message>
    <message>
        <source>Rules: tried in order, the first that matches wins</source>
        <translation>Règles&#xa0;: essayées dans l’ordre, la première qui correspond l’emporte</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>M&amp;ots</translation>
    </message>
    <message>
        <source>&amp;Counts as</source>
        <translation>&amp;Compte comme</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <source>Hours read from a calendar or a time tracker are cut into weeks at Monday 00:00 in your zone. Your addresses tell which invitations you declined; an event whose title holds a focus word is protected time. Separate entries with commas.</source>
        <translation>Les heures lues dans un agenda ou un outil de suivi du temps sont découpées en semaines le lundi à 00:00 dans votre fuseau. Vos adresses indiquent quelles invitations vous avez déclinées&#xa0;; un événement dont le titre contient un mot de concentration compte comme temps protégé. Séparez les éléments par des virgules.</translation>
    </message>
    <message>
        <source>Files and rules are saved as you change them; Ctrl+Z takes a change back.</source>
        <translation>Les fichiers et les règles sont enregistrés au fur et à mesure&#xa0;; Ctrl+Z annule une modification.</translation>
    </message>
    <message>
        <source>No item</source>
        <translation>Aucune activité</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{0} — {1}, {2} (read {3})</source>
        <translation>{0} — {1}, {2} (lecture&#xa0;: {3})</translation>
    </message>
    <message>
        <source>Add a time rule</source>
        <translation>Ajouter une règle de temps</translation>
    </message>
    <message>
        <source>Edit a time rule</source>
        <translation>Modifier une règle de temps</translation>
    </message>
    <message>
        <source>Move a time rule</source>
        <translation>Déplacer une règle de temps</translation>
    </message>
    <message>
        <source>Remove a time rule</source>
        <translation>Retirer une règle de temps</translation>
    </message>
    <message>
        <source>Fill a check-in from a file first: then this shows what the rule matches.</source>
        <translation>Remplissez d’abord un point hebdomadaire depuis un fichier&#xa0;: ceci montrera alors ce que la règle trouve.</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> et {0} de plus</translation>
    </message>
    <message>
        <source>Matches {0} of {1} entries, {2} h: {3}{4}</source>
        <translation>Trouve {0} entrées sur {1}, {2} h&#xa0;: {3}{4}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rename a source</source>
        <translation>Renommer une source</translation>
    </message>
    <message>
        <source>Remove a source</source>
        <translation>Retirer une source</translation>
    </message>
</context>
<context>
    <name>TimeTexts</name>
    <message>
        <source>{0} in meetings</source>
        <translation>{0} en réunion</translation>
    </message>
    <message>
        <source>{0}% of your week in blocks under 30 minutes</source>
        <translation>{0}&#xa0;% de votre semaine en créneaux de moins de 30 minutes</translation>
    </message>
    <message>
        <source>Focus time kept: {0} of {1}</source>
        <translation>Temps de concentration préservé&#xa0;: {0} sur {1}</translation>
    </message>
</context>
<context>
    <name>Trend</name>
    <message>
        <source>the week of {0}</source>
        <translation>la semaine du {0}</translation>
    </message>
    <message>
        <source>Log at least three check-ins to see a projection.</source>
        <translation>Faites au moins trois points hebdomadaires pour voir une projection.</translation>
    </message>
    <message>
        <source>You reached your target of {0} strategy in {1}.</source>
        <translation>Vous avez atteint votre cible de {0} de stratégie {1}.</translation>
    </message>
    <message>
        <source>Not at this trend: your strategy share is flat or falling, so it will not reach {0}.</source>
        <translation>Pas avec cette tendance&#xa0;: votre part de stratégie stagne ou baisse, elle n’atteindra donc pas {0}.</translation>
    </message>
    <message>
        <source>Not at this trend: at {0} points a week, {1} is more than two years away.</source>
        <translation>Pas avec cette tendance&#xa0;: à {0} points par semaine, atteindre {1} prendrait plus de deux ans.</translation>
    </message>
    <message numerus="yes">
        <source>At {0} points a week you reach {1} strategy in {2}, %n week(s) from your latest check-in.</source>
        <translation>
            <numerusform>À {0} points par semaine, vous atteignez {1} de stratégie {2}, soit %n semaine après votre dernier point.</numerusform>
            <numerusform>À {0} points par semaine, vous atteignez {1} de stratégie {2}, soit %n semaines après votre dernier point.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Choose the date.</source>
        <translation>Choisissez la date.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>Name the function.</source>
        <translation>Nommez la fonction.</translation>
    </message>
    <message>
        <source>What they are measured on</source>
        <translation>Ce sur quoi ils sont évalués</translation>
    </message>
    <message>
        <source>How your team moves their numbers</source>
        <translation>Comment votre équipe fait bouger leurs chiffres</translation>
    </message>
    <message>
        <source>What you still don&apos;t understand</source>
        <translation>Ce que vous ne comprenez pas encore</translation>
    </message>
    <message>
        <source>Rate from 1 to 5 whether you could explain their goals to your boss.</source>
        <translation>Notez de 1 à 5 votre capacité à expliquer leurs objectifs à votre manager.</translation>
    </message>
    <message>
        <source>Say the action in a few words.</source>
        <translation>Décrivez l’action en quelques mots.</translation>
    </message>
    <message>
        <source>Choose the date of this version.</source>
        <translation>Choisissez la date de cette version.</translation>
    </message>
    <message>
        <source>The diagnosis</source>
        <translation>Le diagnostic</translation>
    </message>
    <message>
        <source>The guiding policy</source>
        <translation>La politique directrice</translation>
    </message>
    <message>
        <source>Each thing you will not do needs some words.</source>
        <translation>Chaque chose que vous ne ferez pas demande quelques mots.</translation>
    </message>
    <message>
        <source>List at most {0} things you will not do.</source>
        <translation>Indiquez au plus {0} choses que vous ne ferez pas.</translation>
    </message>
    <message>
        <source>The press release</source>
        <translation>Le communiqué de presse</translation>
    </message>
    <message>
        <source>Choose the date of the press release.</source>
        <translation>Choisissez la date du communiqué de presse.</translation>
    </message>
    <message>
        <source>Choose the milestone&apos;s day after the start.</source>
        <translation>Choisissez le jour du jalon après le début.</translation>
    </message>
    <message>
        <source>Choose the date of the review.</source>
        <translation>Choisissez la date du bilan.</translation>
    </message>
    <message>
        <source>What to keep</source>
        <translation>Ce qu’il faut garder</translation>
    </message>
    <message>
        <source>What to stop</source>
        <translation>Ce qu’il faut arrêter</translation>
    </message>
    <message>
        <source>What to start</source>
        <translation>Ce qu’il faut commencer</translation>
    </message>
    <message>
        <source>The adjustment</source>
        <translation>L’ajustement</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Ce dont vous avez besoin</translation>
    </message>
    <message>
        <source>Link items from your inventory (one linked item was deleted).</source>
        <translation>Liez des activités de votre inventaire (une activité liée a été supprimée).</translation>
    </message>
    <message>
        <source>Link your delegations (one linked delegation was deleted).</source>
        <translation>Liez vos délégations (une délégation liée a été supprimée).</translation>
    </message>
    <message>
        <source>Choose someone from your relationships, or no one.</source>
        <translation>Choisissez quelqu’un parmi vos relations, ou personne.</translation>
    </message>
    <message>
        <source>{0} is your boss already; only one person can be.</source>
        <translation>{0} est déjà votre manager&#xa0;; une seule personne peut l’être.</translation>
    </message>
    <message>
        <source>Choose one of the plan&apos;s milestones (add the day on the Plan page first).</source>
        <translation>Choisissez un jalon du plan (ajoutez d’abord le jour sur la page «&#xa0;Plan&#xa0;»).</translation>
    </message>
    <message>
        <source>Start a plan first: a review is for one of its milestones.</source>
        <translation>Créez d’abord un plan&#xa0;: un bilan porte sur l’un de ses jalons.</translation>
    </message>
    <message>
        <source>You have a function with that name already.</source>
        <translation>Vous avez déjà une fonction de ce nom.</translation>
    </message>
    <message>
        <source>Choose the date you were in touch.</source>
        <translation>Choisissez la date de votre échange.</translation>
    </message>
    <message>
        <source>Choose one of the five conversations.</source>
        <translation>Choisissez l’une des cinq conversations.</translation>
    </message>
    <message>
        <source>Choose the date of the conversation.</source>
        <translation>Choisissez la date de la conversation.</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Ce qui a été convenu</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Choisissez oui ou non.</translation>
    </message>
    <message>
        <source>Give their name.</source>
        <translation>Indiquez son nom.</translation>
    </message>
    <message>
        <source>Rate their influence from 1 to 5.</source>
        <translation>Notez son influence de 1 à 5.</translation>
    </message>
    <message>
        <source>Rate their interest in your work from 1 to 5.</source>
        <translation>Notez son intérêt pour votre travail de 1 à 5.</translation>
    </message>
    <message>
        <source>Choose supporter, convincible, opponent or unknown.</source>
        <translation>Choisissez soutien, convaincable, opposant ou inconnu.</translation>
    </message>
    <message>
        <source>Rate the trust between you from 1 to 5.</source>
        <translation>Notez la confiance entre vous de 1 à 5.</translation>
    </message>
    <message>
        <source>Be in touch every 1 to 365 days, or leave it empty.</source>
        <translation>Prenez contact tous les 1 à 365 jours, ou laissez vide.</translation>
    </message>
    <message>
        <source>What you owe them</source>
        <translation>Ce que vous leur devez</translation>
    </message>
    <message>
        <source>What they owe you</source>
        <translation>Ce qu’ils vous doivent</translation>
    </message>
    <message>
        <source>A share of the week must be between 0 and 100%.</source>
        <translation>Une part de la semaine doit être comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The delegation level must be a whole number from 1 to 7.</source>
        <translation>Le niveau de délégation doit être un nombre entier de 1 à 7.</translation>
    </message>
    <message>
        <source>Hours must be between 0 and 100.</source>
        <translation>Les heures doivent être comprises entre 0 et 100.</translation>
    </message>
    <message>
        <source>Choose a day of the week (0 is Monday, 6 is Sunday).</source>
        <translation>Choisissez un jour de la semaine (0 = lundi, 6 = dimanche).</translation>
    </message>
    <message>
        <source>Milestone days must rise one after another.</source>
        <translation>Les jours des jalons doivent se suivre dans l’ordre croissant.</translation>
    </message>
    <message>
        <source>Each milestone&apos;s strategy share must be between 0 and 100%.</source>
        <translation>La part stratégique de chaque jalon doit être comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Name the role you had.</source>
        <translation>Indiquez le poste que vous occupiez.</translation>
    </message>
    <message>
        <source>Name the role you are stepping into.</source>
        <translation>Indiquez le poste que vous prenez.</translation>
    </message>
    <message>
        <source>Choose the date the plan starts.</source>
        <translation>Choisissez la date de début du plan.</translation>
    </message>
    <message>
        <source>The plan must end after it starts.</source>
        <translation>Le plan doit se terminer après son début.</translation>
    </message>
    <message>
        <source>Your motive</source>
        <translation>Votre motivation</translation>
    </message>
    <message>
        <source>Each statement needs some words.</source>
        <translation>Chaque affirmation demande quelques mots.</translation>
    </message>
    <message>
        <source>Choose at most {0} statements of who to become.</source>
        <translation>Choisissez au plus {0} affirmations de qui devenir.</translation>
    </message>
    <message>
        <source>The tolerance must be between 0 and 50 points.</source>
        <translation>La tolérance doit être comprise entre 0 et 50 points.</translation>
    </message>
    <message>
        <source>Choose one of the five situations, or none.</source>
        <translation>Choisissez l’une des cinq situations, ou aucune.</translation>
    </message>
    <message>
        <source>Rate leverage from 1 to 5.</source>
        <translation>Notez l’effet de levier de 1 à 5.</translation>
    </message>
    <message>
        <source>Rate only-you from 1 to 5.</source>
        <translation>Notez «&#xa0;Vous seul&#xa0;» de 1 à 5.</translation>
    </message>
    <message>
        <source>Rate risk from 1 to 5.</source>
        <translation>Notez le risque de 1 à 5.</translation>
    </message>
    <message>
        <source>Rate growth from 1 to 5.</source>
        <translation>Notez le développement de 1 à 5.</translation>
    </message>
    <message>
        <source>Rate attachment from 1 to 5.</source>
        <translation>Notez l’attachement de 1 à 5.</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Donnez un titre à l’activité.</translation>
    </message>
    <message>
        <source>Hours per week must be more than 0 and at most 100.</source>
        <translation>Les heures par semaine doivent être supérieures à 0 et au plus 100.</translation>
    </message>
    <message>
        <source>Choose execution or strategy.</source>
        <translation>Choisissez exécution ou stratégie.</translation>
    </message>
    <message>
        <source>Choose keep, delegate, coach then delegate, stop, or undecided.</source>
        <translation>Choisissez garder, déléguer, accompagner puis déléguer, arrêter, ou indécis.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Les notes</translation>
    </message>
    <message>
        <source>Give the person a name.</source>
        <translation>Donnez un nom à la personne.</translation>
    </message>
    <message>
        <source>The growth goal</source>
        <translation>L’objectif de développement</translation>
    </message>
    <message>
        <source>Meet every 1 to 365 days, or leave the one-to-one cadence empty.</source>
        <translation>Rencontrez-vous tous les 1 à 365 jours, ou laissez le rythme des entretiens individuels vide.</translation>
    </message>
    <message>
        <source>Choose the date of the last one-to-one.</source>
        <translation>Choisissez la date du dernier entretien individuel.</translation>
    </message>
    <message>
        <source>A check-in note</source>
        <translation>Une note de point</translation>
    </message>
    <message>
        <source>Plan the levels in order of week, from week 0 on.</source>
        <translation>Planifiez les niveaux dans l’ordre des semaines, à partir de la semaine 0.</translation>
    </message>
    <message>
        <source>Describe the outcome you hand over.</source>
        <translation>Décrivez le résultat que vous confiez.</translation>
    </message>
    <message>
        <source>Choose the date the hand-over started.</source>
        <translation>Choisissez la date du début de la passation.</translation>
    </message>
    <message>
        <source>The success measure</source>
        <translation>Le critère de réussite</translation>
    </message>
    <message>
        <source>Check in every 1 to 365 days.</source>
        <translation>Faites un point tous les 1 à 365 jours.</translation>
    </message>
    <message>
        <source>Choose the next check-in date.</source>
        <translation>Choisissez la date du prochain point.</translation>
    </message>
    <message>
        <source>Choose planned, handing over, owned or taken back.</source>
        <translation>Choisissez prévu, en passation, pris en charge ou repris.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>La raison</translation>
    </message>
    <message>
        <source>Hours freed per week must be between 0 and 100.</source>
        <translation>Les heures libérées par semaine doivent être comprises entre 0 et 100.</translation>
    </message>
    <message>
        <source>A prompt</source>
        <translation>Une question</translation>
    </message>
    <message>
        <source>An answer</source>
        <translation>Une réponse</translation>
    </message>
    <message>
        <source>Choose the system, light or dark theme.</source>
        <translation>Choisissez le thème du système, clair ou sombre.</translation>
    </message>
    <message>
        <source>Keep between 1 and 100 backups.</source>
        <translation>Conservez entre 1 et 100 sauvegardes.</translation>
    </message>
    <message>
        <source>Each address needs some characters.</source>
        <translation>Chaque adresse demande quelques caractères.</translation>
    </message>
    <message>
        <source>List at most {0} of your e-mail addresses.</source>
        <translation>Indiquez au plus {0} de vos adresses e-mail.</translation>
    </message>
    <message>
        <source>Each focus word needs some letters.</source>
        <translation>Chaque mot de concentration demande quelques lettres.</translation>
    </message>
    <message>
        <source>List at most {0} focus words.</source>
        <translation>Indiquez au plus {0} mots de concentration.</translation>
    </message>
    <message>
        <source>Review a two-way door decision after 1 to 365 days.</source>
        <translation>Réexaminez une décision réversible après 1 à 365 jours.</translation>
    </message>
    <message>
        <source>Review a one-way door decision after 1 to 730 days.</source>
        <translation>Réexaminez une décision irréversible après 1 à 730 jours.</translation>
    </message>
    <message>
        <source>Name a report section.</source>
        <translation>Indiquez une section du rapport.</translation>
    </message>
    <message>
        <source>Choose one or more report sections of {0}, each once.</source>
        <translation>Choisissez une ou plusieurs sections du rapport parmi {0}, chacune une fois.</translation>
    </message>
    <message>
        <source>Review after 1 to 365 days.</source>
        <translation>Réexaminez après 1 à 365 jours.</translation>
    </message>
    <message>
        <source>Keep the rationale to {0} characters (it has {1}).</source>
        <translation>Limitez la justification à {0} caractères (elle en compte {1}).</translation>
    </message>
    <message>
        <source>List at least two options you considered.</source>
        <translation>Indiquez au moins deux options envisagées.</translation>
    </message>
    <message>
        <source>List each option once.</source>
        <translation>Indiquez chaque option une seule fois.</translation>
    </message>
    <message>
        <source>Choose one of the options you listed, or add your choice to them.</source>
        <translation>Choisissez l’une des options indiquées, ou ajoutez-y votre choix.</translation>
    </message>
    <message>
        <source>A decision has one review; add later thoughts as hindsight notes.</source>
        <translation>Une décision a un seul réexamen&#xa0;; ajoutez vos réflexions ultérieures comme notes a posteriori.</translation>
    </message>
    <message>
        <source>Date the review on or after the decision.</source>
        <translation>Datez le réexamen du jour de la décision ou après.</translation>
    </message>
    <message>
        <source>Date hindsight notes on or after the decision.</source>
        <translation>Datez les notes a posteriori du jour de la décision ou après.</translation>
    </message>
    <message>
        <source>Kept as written since {0}, when its review came due: add a hindsight note with what you think now.</source>
        <translation>Conservé tel quel depuis le {0}, date du réexamen&#xa0;: ajoutez une note a posteriori avec ce que vous pensez maintenant.</translation>
    </message>
    <message>
        <source>Earlier hindsight notes are kept as written: add a new note.</source>
        <translation>Les notes a posteriori précédentes restent telles quelles&#xa0;: ajoutez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Choose the date of the review, on or after the decision.</source>
        <translation>Choisissez la date du réexamen, le jour de la décision ou après.</translation>
    </message>
    <message>
        <source>Rate the outcome good or poor.</source>
        <translation>Jugez le résultat bon ou mauvais.</translation>
    </message>
    <message>
        <source>Rate how you decided good or poor.</source>
        <translation>Jugez votre façon de décider bonne ou mauvaise.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Choose the date of the note, on or after the decision.</source>
        <translation>Choisissez la date de la note, le jour de la décision ou après.</translation>
    </message>
    <message>
        <source>A hindsight note</source>
        <translation>Une note a posteriori</translation>
    </message>
    <message>
        <source>The rationale</source>
        <translation>La justification</translation>
    </message>
    <message>
        <source>Say the decision in one sentence.</source>
        <translation>Formulez la décision en une phrase.</translation>
    </message>
    <message>
        <source>Say what kind of decision it is.</source>
        <translation>Indiquez de quel type de décision il s’agit.</translation>
    </message>
    <message>
        <source>Choose a one-way or a two-way door.</source>
        <translation>Choisissez irréversible ou réversible.</translation>
    </message>
    <message>
        <source>Choose the date you decided.</source>
        <translation>Choisissez la date de votre décision.</translation>
    </message>
    <message>
        <source>Choose a review date after the decision date.</source>
        <translation>Choisissez une date de réexamen après la date de décision.</translation>
    </message>
    <message>
        <source>Say how much of the information you wished for you had, from 0 to 100%.</source>
        <translation>Indiquez quelle part des informations souhaitées vous aviez, de 0 à 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Say which option you chose.</source>
        <translation>Indiquez l’option choisie.</translation>
    </message>
    <message>
        <source>Say what you expect to happen.</source>
        <translation>Indiquez ce que vous attendez.</translation>
    </message>
    <message>
        <source>Choose when you expect it to have happened, after the decision.</source>
        <translation>Choisissez la date à laquelle cela devrait s’être produit, après la décision.</translation>
    </message>
    <message>
        <source>Give your confidence that it happens, from 0 to 100%.</source>
        <translation>Indiquez votre confiance que cela se produise, de 0 à 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Each option needs some words.</source>
        <translation>Chaque option demande quelques mots.</translation>
    </message>
    <message>
        <source>List at most {0} options.</source>
        <translation>Indiquez au plus {0} options.</translation>
    </message>
    <message>
        <source>What would make you reverse it</source>
        <translation>Ce qui vous ferait revenir dessus</translation>
    </message>
    <message>
        <source>The premortem</source>
        <translation>Le pré-mortem</translation>
    </message>
    <message>
        <source>How you feel</source>
        <translation>Ce que vous ressentez</translation>
    </message>
    <message>
        <source>Choose the date the question first came up, on or before the decision.</source>
        <translation>Choisissez la date où la question s’est posée, le jour de la décision ou avant.</translation>
    </message>
    <message>
        <source>{0} words: a few sentences are enough. The point is to decide, not to build the case.</source>
        <translation>{0} mots&#xa0;: quelques phrases suffisent. Il s’agit de décider, pas de plaider.</translation>
    </message>
    <message>
        <source>Rate from 1 to 5.</source>
        <translation>Notez de 1 à 5.</translation>
    </message>
    <message>
        <source>Choose the date of your rating.</source>
        <translation>Choisissez la date de votre note.</translation>
    </message>
    <message>
        <source>Rate yourself from 1 to 5.</source>
        <translation>Notez-vous de 1 à 5.</translation>
    </message>
    <message>
        <source>Give the theme a title.</source>
        <translation>Donnez un titre au thème.</translation>
    </message>
    <message>
        <source>Choose whether the theme comes from your plan or is your own.</source>
        <translation>Indiquez si le thème vient de votre plan ou de vous.</translation>
    </message>
    <message>
        <source>Choose a team member, a peer, your boss, another function or other.</source>
        <translation>Choisissez un membre de l’équipe, un pair, votre manager, une autre fonction ou autre.</translation>
    </message>
    <message>
        <source>Choose the date you heard it.</source>
        <translation>Choisissez la date à laquelle vous l’avez entendu.</translation>
    </message>
    <message>
        <source>Say what you will do about it.</source>
        <translation>Indiquez ce que vous allez en faire.</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>La situation</translation>
    </message>
    <message>
        <source>The behaviour</source>
        <translation>Le comportement</translation>
    </message>
    <message>
        <source>The impact</source>
        <translation>L’impact</translation>
    </message>
    <message>
        <source>What they asked for</source>
        <translation>Ce qu’ils ont demandé</translation>
    </message>
    <message>
        <source>Each idea needs some words.</source>
        <translation>Chaque idée demande quelques mots.</translation>
    </message>
    <message>
        <source>Note at most {0} feedforward ideas.</source>
        <translation>Notez au plus {0} idées de feedforward.</translation>
    </message>
    <message>
        <source>Choose a follow-up date on or after the feedback.</source>
        <translation>Choisissez une date de suivi le jour du feedback ou après.</translation>
    </message>
    <message>
        <source>Choose the date you followed up, on or after the feedback.</source>
        <translation>Choisissez la date du suivi, le jour du feedback ou après.</translation>
    </message>
    <message>
        <source>Their rating is from 1 to 5, or leave it empty.</source>
        <translation>Leur note va de 1 à 5, ou laissez vide.</translation>
    </message>
    <message>
        <source>Rate yourself on this theme first: your own view, before you log theirs.</source>
        <translation>Notez-vous d’abord sur ce thème&#xa0;: votre propre avis, avant de saisir le leur.</translation>
    </message>
    <message>
        <source>Keep one rating of yourself a day, in date order.</source>
        <translation>Une auto-évaluation par jour au plus, dans l’ordre des dates.</translation>
    </message>
    <message>
        <source>Say who it came from: choose a team member or write a name.</source>
        <translation>Indiquez de qui il vient&#xa0;: choisissez un membre de l’équipe ou écrivez un nom.</translation>
    </message>
    <message>
        <source>Choose the theme their rating is for.</source>
        <translation>Choisissez le thème de leur note.</translation>
    </message>
    <message>
        <source>Keep this to {0} characters or fewer (it has {1}).</source>
        <translation>{0} caractères au plus (actuellement {1}).</translation>
    </message>
    <message>
        <source>Remove the spaces around {0}.</source>
        <translation>Supprimez les espaces autour de {0}.</translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation>Choisissez une date.</translation>
    </message>
    <message>
        <source>Choose a week.</source>
        <translation>Choisissez une semaine.</translation>
    </message>
    <message>
        <source>Write this as text.</source>
        <translation>Écrivez-le sous forme de texte.</translation>
    </message>
    <message>
        <source>Keep this to one line without special control characters.</source>
        <translation>Restez sur une ligne, sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>{0} must be text.</source>
        <translation>{0}&#xa0;: doit être du texte.</translation>
    </message>
    <message>
        <source>{0} can be at most {1} characters (it has {2}).</source>
        <translation>{0}&#xa0;: {1} caractères au plus (actuellement {2}).</translation>
    </message>
    <message>
        <source>{0} contains control characters that cannot be saved; remove them.</source>
        <translation>{0}&#xa0;: contient des caractères de contrôle impossibles à enregistrer&#xa0;; supprimez-les.</translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation>Une liste est attendue.</translation>
    </message>
    <message>
        <source>Expected a record.</source>
        <translation>Un enregistrement est attendu.</translation>
    </message>
    <message>
        <source>Say why you took it back; it is how you learn.</source>
        <translation>Indiquez pourquoi vous l’avez repris&#xa0;; c’est ainsi qu’on apprend.</translation>
    </message>
    <message>
        <source>Milestone days must rise one after another, from day 1 to day {0}.</source>
        <translation>Les jours des jalons doivent se suivre dans l’ordre croissant, du jour 1 au jour {0}.</translation>
    </message>
    <message>
        <source>Milestone label: {0}</source>
        <translation>Nom du jalon&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Keep the plan to three years or less.</source>
        <translation>Le plan ne peut pas dépasser trois ans.</translation>
    </message>
    <message>
        <source>Hours per item must be between 0 and 100.</source>
        <translation>Les heures par activité doivent être comprises entre 0 et 100.</translation>
    </message>
    <message>
        <source>Hours can only be logged on items from your inventory.</source>
        <translation>Les heures ne peuvent être saisies que sur des activités de votre inventaire.</translation>
    </message>
    <message>
        <source>Each item can appear only once.</source>
        <translation>Chaque activité ne peut figurer qu’une fois.</translation>
    </message>
    <message>
        <source>One of the items is no longer in your inventory; remove its hours.</source>
        <translation>L’une des activités n’est plus dans votre inventaire&#xa0;; retirez ses heures.</translation>
    </message>
    <message>
        <source>The hours per item add up to {0}, but the week has {1}; make them match.</source>
        <translation>Les heures par activité totalisent {0}, mais la semaine en compte {1}&#xa0;; faites-les correspondre.</translation>
    </message>
    <message>
        <source>Execution and strategy together can be at most {0} h a week.</source>
        <translation>Exécution et stratégie ensemble&#xa0;: {0} h par semaine au plus.</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Donnez un nom à la source.</translation>
    </message>
    <message>
        <source>Choose ics, toggl, clockify, timewarrior or harvest.</source>
        <translation>Choisissez ics, toggl, clockify, timewarrior ou harvest.</translation>
    </message>
    <message>
        <source>Say where the file is.</source>
        <translation>Indiquez où se trouve le fichier.</translation>
    </message>
    <message>
        <source>List at most {0} addresses.</source>
        <translation>Indiquez au plus {0} adresses.</translation>
    </message>
    <message>
        <source>Choose dmy, mdy, ymd, or leave the date order empty.</source>
        <translation>Choisissez dmy, mdy, ymd, ou laissez l’ordre des dates vide.</translation>
    </message>
    <message>
        <source>Choose the date the file was last read.</source>
        <translation>Choisissez la date de la dernière lecture du fichier.</translation>
    </message>
    <message>
        <source>Each word needs some letters.</source>
        <translation>Chaque mot demande quelques lettres.</translation>
    </message>
    <message>
        <source>Give a rule 1 to {0} words.</source>
        <translation>Donnez à une règle 1 à {0} mots.</translation>
    </message>
    <message>
        <source>Choose execution, strategy or ignore.</source>
        <translation>Choisissez exécution, stratégie ou ignorer.</translation>
    </message>
    <message>
        <source>The five conversations are with your boss: mark {0} as your boss first.</source>
        <translation>Les cinq conversations se tiennent avec votre manager&#xa0;: indiquez d’abord que {0} est votre manager.</translation>
    </message>
</context>
<context>
    <name>Weighing</name>
    <message>
        <source>You may be holding this because you&apos;re good at it, not because only you can do it.</source>
        <translation>Vous gardez peut-être ceci parce que vous y excellez, pas parce que personne d’autre que vous ne peut le faire.</translation>
    </message>
    <message>
        <source>This is strategic work where you add the most, so keep it on your own calendar.</source>
        <translation>C’est du travail stratégique où vous apportez le plus&#xa0;: gardez-le dans votre agenda.</translation>
    </message>
    <message>
        <source>Nobody may miss this: it yields little, risks little and grows nobody, so try stopping it for a few weeks.</source>
        <translation>Cela ne manquera peut-être à personne&#xa0;: cela rapporte peu, risque peu et ne fait grandir personne. Essayez d’arrêter pendant quelques semaines.</translation>
    </message>
    <message>
        <source>Only you can do this and it yields the most when you do, so keep it.</source>
        <translation>Personne d’autre que vous ne peut le faire et c’est quand vous le faites que cela rapporte le plus&#xa0;: gardez-le.</translation>
    </message>
    <message>
        <source>Coach then delegate: mistakes here are costly but it would grow someone a lot, so build their skill while the stakes are covered.</source>
        <translation>Accompagner, puis déléguer&#xa0;: les erreurs coûtent cher ici, mais cela ferait beaucoup grandir quelqu’un. Développez ses compétences tant que les risques sont couverts.</translation>
    </message>
    <message>
        <source>Someone else can do this, so hand over the outcome and spend the time on work only you can do.</source>
        <translation>Quelqu’un d’autre peut le faire&#xa0;: confiez le résultat et consacrez ce temps au travail que personne d’autre que vous ne peut faire.</translation>
    </message>
    <message>
        <source>Mistakes here are costly, so coach someone through it before you hand over the outcome.</source>
        <translation>Les erreurs coûtent cher ici&#xa0;: accompagnez quelqu’un avant de lui confier le résultat.</translation>
    </message>
    <message>
        <source>This is the kind of work your new role is for, so keep it.</source>
        <translation>C’est exactement le travail pour lequel existe votre nouveau rôle&#xa0;: gardez-le.</translation>
    </message>
    <message>
        <source>This would grow someone on your team, so hand over the outcome and let them own it.</source>
        <translation>Cela ferait grandir quelqu’un de votre équipe&#xa0;: confiez-lui le résultat et laissez cette personne en être responsable.</translation>
    </message>
    <message>
        <source>It yields clearly more when you do it yourself, so keep it for now and weigh it again later.</source>
        <translation>Cela rapporte nettement plus quand vous le faites vous-même&#xa0;: gardez-le pour l’instant et réévaluez-le plus tard.</translation>
    </message>
    <message>
        <source>Nothing here says it needs you, so hand over the outcome and check in on it.</source>
        <translation>Rien n’indique que cela exige votre présence&#xa0;: confiez le résultat et faites le point régulièrement.</translation>
    </message>
</context>
<context>
    <name>WeighingPanel</name>
    <message>
        <source>Your leverage</source>
        <translation>Votre effet de levier</translation>
    </message>
    <message>
        <source>how much more it yields when you do it yourself.</source>
        <translation>combien cela rapporte de plus quand vous le faites vous-même.</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Irremplaçable</translation>
    </message>
    <message>
        <source>how truly nobody else on the team could do it.</source>
        <translation>à quel point personne d’autre dans l’équipe ne pourrait vraiment le faire.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>what it costs if it is done less well than you would do it.</source>
        <translation>ce que cela coûte si c’est moins bien fait que par vous.</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>how much owning it would grow someone on your team.</source>
        <translation>à quel point en être responsable ferait grandir quelqu’un de votre équipe.</translation>
    </message>
    <message>
        <source>Your attachment</source>
        <translation>Votre attachement</translation>
    </message>
    <message>
        <source>how much you want to keep it yourself — the expert&apos;s golden cage.</source>
        <translation>à quel point vous tenez à le garder pour vous — la cage dorée de l’expert.</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>très faible</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>très élevé</translation>
    </message>
    <message>
        <source>Weigh it: 1 is low, 5 is high</source>
        <translation>Évaluez&#xa0;: 1 est faible, 5 est élevé</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Votre décision</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Select an item in the table to weigh it.</source>
        <translation>Sélectionnez une activité dans le tableau pour l’évaluer.</translation>
    </message>
    <message>
        <source>{0} · {1} a week</source>
        <translation>{0} · {1} par semaine</translation>
    </message>
    <message>
        <source>Altitude suggests: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Altitude suggère&#xa0;: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not decided yet: until you choose, it stays on your plate in the what-if.</source>
        <translation>Pas encore décidé&#xa0;: tant que vous n’avez pas choisi, cela reste dans votre assiette dans la simulation.</translation>
    </message>
    <message>
        <source>You chose differently from the suggestion. Your decision counts.</source>
        <translation>Vous avez choisi autrement que la suggestion. C’est votre décision qui compte.</translation>
    </message>
    <message>
        <source>Altitude suggests this.</source>
        <translation>Altitude suggère ceci.</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggestion</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Altitude</source>
        <translation>Bienvenue dans Altitude</translation>
    </message>
    <message>
        <source>A plan for your first months as a manager.</source>
        <translation>Un plan pour vos premiers mois de manager.</translation>
    </message>
    <message>
        <source>Altitude helps you move your week from doing the work to leading the people who do it: from execution toward strategy. In six short steps you set your plan; everything stays on this computer.</source>
        <translation>Altitude vous aide à faire passer votre semaine de faire le travail à diriger les personnes qui le font&#xa0;: de l’exécution vers la stratégie. En six courtes étapes, vous établissez votre plan&#xa0;; tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Your move: the role you leave and the one you start&lt;/li&gt;&lt;li&gt;Your situation: what the team you take over needs first&lt;/li&gt;&lt;li&gt;Why you want to lead&lt;/li&gt;&lt;li&gt;Who you need to become&lt;/li&gt;&lt;li&gt;What you do today, roughly hour by hour&lt;/li&gt;&lt;li&gt;The split of your week you aim for&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Votre évolution&#xa0;: le rôle que vous quittez et celui que vous commencez&lt;/li&gt;&lt;li&gt;Votre situation&#xa0;: ce dont l’équipe que vous reprenez a besoin d’abord&lt;/li&gt;&lt;li&gt;Pourquoi vous voulez diriger&lt;/li&gt;&lt;li&gt;Qui vous devez devenir&lt;/li&gt;&lt;li&gt;Ce que vous faites aujourd’hui, heure par heure à peu près&lt;/li&gt;&lt;li&gt;La répartition de votre semaine que vous visez&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Press Next to make your own plan. It takes about five minutes.</source>
        <translation>Cliquez sur Suivant pour créer votre propre plan. Cela prend environ cinq minutes.</translation>
    </message>
    <message>
        <source>Just looking around?</source>
        <translation>Vous voulez juste jeter un œil&#xa0;?</translation>
    </message>
    <message>
        <source>Open a filled-in example plan for a new engineering manager. You can make your own later with File → New plan…</source>
        <translation>Ouvrez un plan d’exemple déjà rempli, celui d’un nouvel Engineering Manager. Vous pourrez créer le vôtre plus tard avec Fichier → Nouveau plan…</translation>
    </message>
    <message>
        <source>Start from the sample plan</source>
        <translation>Partir du plan d’exemple</translation>
    </message>
</context>
<context>
    <name>WhatIfLine</name>
    <message>
        <source>no hours</source>
        <translation>aucune heure</translation>
    </message>
    <message>
        <source>{0} {1:.0f}% execution / {2} {3:.0f}% strategy</source>
        <translation>{0} {1:.0f}&#xa0;% exécution / {2} {3:.0f}&#xa0;% stratégie</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you carry out these decisions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Si vous appliquez ces décisions&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — target {0:.0f}%</source>
        <translation> — cible {0:.0f}&#xa0;%</translation>
    </message>
    <message>
        <source>Add what you do today to see where it leads.</source>
        <translation>Ajoutez ce que vous faites aujourd’hui pour voir où cela mène.</translation>
    </message>
    <message>
        <source>none of these hours stay with you</source>
        <translation>aucune de ces heures ne vous reste</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>The upright line marks your plan&apos;s target. Only decisions you made count: items still undecided stay on your plate.</source>
        <translation>La ligne verticale marque la cible de votre plan. Seules les décisions prises comptent&#xa0;: les activités encore non décidées restent dans votre assiette.</translation>
    </message>
    <message>
        <source>Add what you do today to see where your decisions lead.</source>
        <translation>Ajoutez ce que vous faites aujourd’hui pour voir où mènent vos décisions.</translation>
    </message>
    <message>
        <source>If you carry out these decisions, none of these hours stay with you</source>
        <translation>Si vous appliquez ces décisions, aucune de ces heures ne vous reste</translation>
    </message>
    <message>
        <source>If you carry out these decisions: {0:.0f}% execution / {1:.0f}% strategy</source>
        <translation>Si vous appliquez ces décisions&#xa0;: {0:.0f}&#xa0;% exécution / {1:.0f}&#xa0;% stratégie</translation>
    </message>
    <message>
        <source>{0}{1}. Today: {2:.0f}% strategy.</source>
        <translation>{0}{1}. Aujourd’hui&#xa0;: {2:.0f}&#xa0;% de stratégie.</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>Operate at altitude</source>
        <translation>Prendre de la hauteur</translation>
    </message>
    <message>
        <source>Spend most of my week on direction, priorities and people, not on doing the work myself.</source>
        <translation>Consacrer l’essentiel de ma semaine au cap, aux priorités et aux personnes, pas à faire le travail moi-même.</translation>
    </message>
    <message>
        <source>Delegate outcomes, not tasks</source>
        <translation>Déléguer des résultats, pas des tâches</translation>
    </message>
    <message>
        <source>Hand over a result with its success measure and the authority to reach it, then check in instead of hovering.</source>
        <translation>Confier un résultat avec son critère de réussite et l’autorité pour l’atteindre, puis faire le point au lieu de surveiller par-dessus l’épaule.</translation>
    </message>
    <message>
        <source>Decide with incomplete data</source>
        <translation>Décider sans avoir toutes les données</translation>
    </message>
    <message>
        <source>Make the call when waiting costs more than being a little wrong, and say it once without over-explaining.</source>
        <translation>Trancher quand attendre coûte plus cher que se tromper un peu, et le dire une fois, sans trop se justifier.</translation>
    </message>
    <message>
        <source>Speak with clarity under pressure</source>
        <translation>Parler clairement sous pression</translation>
    </message>
    <message>
        <source>Say what matters, what I need and by when, most of all when things go wrong.</source>
        <translation>Dire ce qui compte, ce dont j’ai besoin et pour quand, surtout quand les choses tournent mal.</translation>
    </message>
    <message>
        <source>Think enterprise-first</source>
        <translation>Penser d’abord à l’entreprise</translation>
    </message>
    <message>
        <source>Weigh what is best for the wider organisation, not only for my own team.</source>
        <translation>Peser ce qui est le mieux pour l’organisation dans son ensemble, pas seulement pour ma propre équipe.</translation>
    </message>
    <message>
        <source>Build people who outgrow me</source>
        <translation>Faire grandir des personnes qui me dépassent</translation>
    </message>
    <message>
        <source>Measure myself by how far my people grow, including past me in their own areas.</source>
        <translation>Me mesurer à la façon dont mes collaborateurs progressent, jusqu’à me dépasser dans leurs propres domaines.</translation>
    </message>
    <message>
        <source>Stop being the hero</source>
        <translation>Arrêter de jouer les héros</translation>
    </message>
    <message>
        <source>Let the team solve problems, even the ones I could solve faster myself.</source>
        <translation>Laisser l’équipe résoudre les problèmes, même ceux que je résoudrais plus vite moi-même.</translation>
    </message>
    <message>
        <source>Seek uncomfortable feedback</source>
        <translation>Rechercher le feedback qui dérange</translation>
    </message>
    <message>
        <source>Ask how others experience me, and listen for the gap with how I see myself.</source>
        <translation>Demander comment les autres me perçoivent, et être attentif à l’écart avec la façon dont je me vois.</translation>
    </message>
    <message>
        <source>Claim strategic space</source>
        <translation>Réserver de l’espace pour la stratégie</translation>
    </message>
    <message>
        <source>Protect time to think ahead; it will not appear on my calendar by itself.</source>
        <translation>Protéger du temps pour penser à l’avenir&#xa0;; il n’apparaîtra pas tout seul dans mon agenda.</translation>
    </message>
    <message>
        <source>Speak the other functions&apos; language</source>
        <translation>Parler la langue des autres fonctions</translation>
    </message>
    <message>
        <source>Understand product, finance, sales and support well enough to weigh their goals with ours.</source>
        <translation>Comprendre le produit, la finance, les ventes et le support assez bien pour mettre leurs objectifs en balance avec les nôtres.</translation>
    </message>
    <message>
        <source>Set the standard, don&apos;t police it</source>
        <translation>Fixer l’exigence, sans jouer les gendarmes</translation>
    </message>
    <message>
        <source>Make the quality bar explicit so others can hold it without me checking everything.</source>
        <translation>Rendre le niveau de qualité explicite pour que d’autres puissent le tenir sans que je vérifie tout.</translation>
    </message>
    <message>
        <source>A first quarter: about half your week on strategy</source>
        <translation>Un premier trimestre&#xa0;: environ la moitié de votre semaine sur la stratégie</translation>
    </message>
    <message>
        <source>Altitude&apos;s own suggestion, used in the bundled sample plan.</source>
        <translation>Suggestion propre à Altitude, utilisée dans le plan d’exemple fourni.</translation>
    </message>
    <message>
        <source>Not from a study. Where you start depends on team size and how much of the old job came with you; adjust the target after the first month if it proves wrong.</source>
        <translation>Ne vient pas d’une étude. Votre point de départ dépend de la taille de l’équipe et de la part de l’ancien poste qui vous a suivi&#xa0;; ajustez la cible après le premier mois si elle se révèle fausse.</translation>
    </message>
    <message>
        <source>Managing one team and staying partly hands-on</source>
        <translation>Diriger une équipe en restant en partie dans l’opérationnel</translation>
    </message>
    <message>
        <source>A common rule of thumb in engineering-management writing (for example Will Larson&apos;s and Camille Fournier&apos;s books discuss how hands-on a manager should stay): many engineering managers keep roughly 20-40% of their week hands-on.</source>
        <translation>Une règle empirique courante dans les ouvrages sur le management en ingénierie (par exemple, les livres de Will Larson et de Camille Fournier discutent de la part de travail technique qu’un manager devrait garder)&#xa0;: beaucoup d’engineering managers consacrent environ 20 à 40&#xa0;% de leur semaine au travail technique.</translation>
    </message>
    <message>
        <source>There is no authoritative split, and those books do not prescribe a number; a larger team or a new team usually needs more of your week.</source>
        <translation>Il n’existe pas de répartition qui fasse autorité, et ces livres n’imposent aucun chiffre&#xa0;; une équipe plus grande ou nouvelle demande généralement une plus grande part de votre semaine.</translation>
    </message>
    <message>
        <source>Player-coach: leading and still doing part of the work</source>
        <translation>Manager-joueur&#xa0;: diriger tout en faisant encore une partie du travail</translation>
    </message>
    <message>
        <source>A rule of thumb for hybrid roles that keep part of the hands-on work by design: a tech lead manager, a sales manager with their own quota, a charge nurse with patients, a head of year with a timetable.</source>
        <translation>Une règle empirique pour les rôles hybrides qui gardent par nature une part de travail opérationnel&#xa0;: un tech lead manager, un responsable commercial avec son propre objectif de ventes, une infirmière coordinatrice qui a des patients, un responsable de niveau qui a des heures de cours.</translation>
    </message>
    <message>
        <source>The hybrid is hard to hold: check that execution does not creep back up when deadlines bite.</source>
        <translation>L’hybride est difficile à tenir&#xa0;: vérifiez que l’exécution ne regagne pas du terrain quand les échéances se resserrent.</translation>
    </message>
    <message>
        <source>Managing managers</source>
        <translation>Manager des managers</translation>
    </message>
    <message>
        <source>A rule of thumb: the more layers below you, the less execution belongs on your calendar.</source>
        <translation>Une règle empirique&#xa0;: plus il y a de niveaux sous vous, moins l’exécution a sa place dans votre agenda.</translation>
    </message>
    <message>
        <source>No fixed number exists; some leaders keep one small technical area on purpose to stay close to the work.</source>
        <translation>Il n’existe pas de chiffre fixe&#xa0;; certains dirigeants gardent volontairement un petit domaine technique pour rester proches du travail.</translation>
    </message>
</context>
<context>
    <name>families/customer-support</name>
    <message>
        <source>Customer support and success</source>
        <translation>Support et succès client</translation>
    </message>
    <message>
        <source>Answering tickets and calls yourself</source>
        <translation>Répondre moi-même aux tickets et aux appels</translation>
    </message>
    <message>
        <source>Taking every escalated customer yourself</source>
        <translation>Prendre moi-même chaque client en escalade</translation>
    </message>
    <message>
        <source>Checking agents&apos; replies before they go out</source>
        <translation>Relire les réponses des conseillers avant leur envoi</translation>
    </message>
    <message>
        <source>Keeping the queue moving: assigning and chasing tickets</source>
        <translation>Faire avancer la file&#xa0;: attribuer et relancer les tickets</translation>
    </message>
    <message>
        <source>Building the rota and covering gaps yourself</source>
        <translation>Faire le planning et boucher les trous moi-même</translation>
    </message>
    <message>
        <source>Writing help articles and reply templates</source>
        <translation>Rédiger les articles d’aide et les modèles de réponse</translation>
    </message>
    <message>
        <source>Compiling the weekly numbers by hand</source>
        <translation>Compiler à la main les chiffres de la semaine</translation>
    </message>
    <message>
        <source>One-to-ones and quality reviews with each agent</source>
        <translation>Entretiens individuels et revues qualité avec chaque conseiller</translation>
    </message>
    <message>
        <source>Coaching agents on difficult conversations</source>
        <translation>Accompagner les conseillers sur les conversations difficiles</translation>
    </message>
    <message>
        <source>Taking what customers say back to product and sales</source>
        <translation>Faire remonter la parole des clients aux équipes produit et ventes</translation>
    </message>
    <message>
        <source>Planning staffing and service levels for next quarter</source>
        <translation>Prévoir les effectifs et les niveaux de service du prochain trimestre</translation>
    </message>
    <message>
        <source>Let the team handle the hard customers</source>
        <translation>Laisser l’équipe gérer les clients difficiles</translation>
    </message>
    <message>
        <source>Coach an agent through an escalation instead of taking the call myself.</source>
        <translation>Accompagner un conseiller pendant une escalade au lieu de prendre l’appel moi-même.</translation>
    </message>
    <message>
        <source>Fix the cause, not just the ticket</source>
        <translation>Traiter la cause, pas seulement le ticket</translation>
    </message>
    <message>
        <source>Take the patterns in the queue to the teams who can remove them.</source>
        <translation>Porter les problèmes récurrents de la file aux équipes qui peuvent les faire disparaître.</translation>
    </message>
    <message>
        <source>Coach with real conversations</source>
        <translation>Accompagner à partir de vraies conversations</translation>
    </message>
    <message>
        <source>Go through a few calls or replies together each week, with one thing to try next.</source>
        <translation>Reprendre ensemble quelques appels ou réponses chaque semaine, avec une chose à essayer la fois suivante.</translation>
    </message>
    <message>
        <source>Protect the team from burnout</source>
        <translation>Protéger l’équipe de l’épuisement</translation>
    </message>
    <message>
        <source>Watch workload and breaks as closely as response times.</source>
        <translation>Surveiller la charge et les pauses d’aussi près que les temps de réponse.</translation>
    </message>
    <message>
        <source>Be the customer&apos;s voice in the room</source>
        <translation>Porter la voix du client dans les réunions</translation>
    </message>
    <message>
        <source>Bring what customers say to product and sales meetings, with examples.</source>
        <translation>Apporter ce que disent les clients aux réunions produit et ventes, exemples à l’appui.</translation>
    </message>
    <message>
        <source>The escalation queue handled by a senior agent, with a weekly summary for you</source>
        <translation>La file des escalades gérée par un conseiller expérimenté, avec un résumé hebdomadaire pour vous</translation>
    </message>
    <message>
        <source>The rota built and kept by a team member</source>
        <translation>Le planning établi et tenu à jour par un membre de l’équipe</translation>
    </message>
    <message>
        <source>Help articles kept up to date by one agent, starting from the most common reasons customers get in touch</source>
        <translation>Les articles d’aide tenus à jour par un conseiller, en commençant par les motifs de contact les plus fréquents</translation>
    </message>
    <message>
        <source>Quality reviews done by agents for each other, with you checking a sample</source>
        <translation>Des revues qualité croisées entre conseillers, dont vous vérifiez un échantillon</translation>
    </message>
    <message>
        <source>support, customer support, customer service, customer success, help desk, helpdesk, service desk, contact centre, contact center, call centre, call center, support agent, customer care, customer experience, cx, client services, complaints, technical support, support engineer, head of support</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>support client, service client, service clients, relation client, relation clientèle, satisfaction client, expérience client, succès client, centre d’appels, centre de contacts, centre de relation client, conseiller client, conseillère client, conseiller clientèle, conseillère clientèle, chargé de clientèle, chargée de clientèle, téléconseiller, téléconseillère, hotline, assistance, assistance technique, support technique, service après-vente, sav, réclamations, responsable support, responsable service client, responsable relation client, superviseur, superviseuse, chef de plateau</translation>
    </message>
</context>
<context>
    <name>families/data-and-analytics</name>
    <message>
        <source>Data and analytics</source>
        <translation>Données et analyse</translation>
    </message>
    <message>
        <source>Building reports and dashboards yourself</source>
        <translation>Construire moi-même les rapports et les tableaux de bord</translation>
    </message>
    <message>
        <source>Answering ad-hoc data requests</source>
        <translation>Répondre aux demandes de données ponctuelles</translation>
    </message>
    <message>
        <source>Checking every analysis before it goes out</source>
        <translation>Vérifier chaque analyse avant sa diffusion</translation>
    </message>
    <message>
        <source>Writing the tricky queries and models yourself</source>
        <translation>Écrire moi-même les requêtes et les modèles délicats</translation>
    </message>
    <message>
        <source>Fixing broken data feeds and numbers that don&apos;t match</source>
        <translation>Réparer les flux de données cassés et les chiffres qui ne collent pas</translation>
    </message>
    <message>
        <source>Presenting findings to stakeholders yourself</source>
        <translation>Présenter moi-même les résultats aux parties prenantes</translation>
    </message>
    <message>
        <source>Keeping metric definitions and documentation up to date</source>
        <translation>Tenir à jour les définitions des indicateurs et la documentation</translation>
    </message>
    <message>
        <source>Agreeing priorities for analysis requests with stakeholders</source>
        <translation>Convenir avec les parties prenantes des priorités des demandes d’analyse</translation>
    </message>
    <message>
        <source>One-to-ones with your analysts</source>
        <translation>Entretiens individuels avec mes analystes</translation>
    </message>
    <message>
        <source>Coaching analysts on framing questions and telling the story</source>
        <translation>Apprendre aux analystes à bien poser les questions et à faire parler les chiffres</translation>
    </message>
    <message>
        <source>Data strategy: which questions matter most next quarter</source>
        <translation>Stratégie des données&#xa0;: les questions qui compteront le plus au prochain trimestre</translation>
    </message>
    <message>
        <source>Answer the question behind the request</source>
        <translation>Répondre à la question derrière la demande</translation>
    </message>
    <message>
        <source>Ask stakeholders what decision a number is for before anyone builds it.</source>
        <translation>Demander aux parties prenantes à quelle décision un chiffre doit servir, avant que quiconque le produise.</translation>
    </message>
    <message>
        <source>Let analysts present their own findings</source>
        <translation>Laisser les analystes présenter leurs propres résultats</translation>
    </message>
    <message>
        <source>Put the person who did the analysis in the room, and back them there.</source>
        <translation>Faire venir en réunion la personne qui a fait l’analyse, et la soutenir devant les autres.</translation>
    </message>
    <message>
        <source>Review the reasoning, not every query</source>
        <translation>Revoir le raisonnement, pas chaque requête</translation>
    </message>
    <message>
        <source>Check the question, the method and the conclusion; trust the team with the rest.</source>
        <translation>Vérifier la question, la méthode et la conclusion&#xa0;; faire confiance à l’équipe pour le reste.</translation>
    </message>
    <message>
        <source>Say no to ad-hoc work out loud</source>
        <translation>Refuser ouvertement les demandes ponctuelles</translation>
    </message>
    <message>
        <source>Agree priorities with stakeholders, so the team isn&apos;t pulled in every direction.</source>
        <translation>Convenir des priorités avec les parties prenantes, pour que l’équipe ne soit pas tirée dans tous les sens.</translation>
    </message>
    <message>
        <source>Make the definitions the team&apos;s, not mine</source>
        <translation>Faire des définitions l’affaire de l’équipe, pas la mienne</translation>
    </message>
    <message>
        <source>Write down how each key metric is calculated, so nobody needs to ask me.</source>
        <translation>Écrire comment chaque indicateur clé est calculé, pour que personne n’ait à me le demander.</translation>
    </message>
    <message>
        <source>Tell the story, then the numbers</source>
        <translation>D’abord le sens, ensuite les chiffres</translation>
    </message>
    <message>
        <source>Lead with what a finding means for the business, and coach the team to do the same.</source>
        <translation>Commencer par ce qu’un résultat signifie pour l’entreprise, et apprendre à l’équipe à faire de même.</translation>
    </message>
    <message>
        <source>The weekly dashboard owned by one analyst: accurate, on time and explained</source>
        <translation>Le tableau de bord hebdomadaire pris en charge par un analyste&#xa0;: exact, à l’heure et expliqué</translation>
    </message>
    <message>
        <source>Ad-hoc requests sorted by the team against the agreed priorities</source>
        <translation>Les demandes ponctuelles triées par l’équipe selon les priorités convenues</translation>
    </message>
    <message>
        <source>Metric definitions written down and kept current by one person</source>
        <translation>Les définitions des indicateurs écrites et tenues à jour par une seule personne</translation>
    </message>
    <message>
        <source>A stakeholder&apos;s question answered end to end by an analyst, including presenting the finding</source>
        <translation>La question d’une partie prenante traitée de bout en bout par un analyste, présentation du résultat comprise</translation>
    </message>
    <message>
        <source>data, analytics, analyst, data analyst, data scientist, data science, data engineer, data engineering, bi, business intelligence, insight, head of data, analytics engineer, machine learning, ml, statistician, statistics, reporting, product analyst, quantitative</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>données, analyste, analyste de données, analyse de données, science des données, scientifique des données, ingénieur données, ingénieure données, ingénieur data, ingénieure data, chargé d’études, chargée d’études, études statistiques, statisticien, statisticienne, statistique, statistiques, décisionnel, informatique décisionnelle, analyste bi, responsable data, responsable des données, directeur des données, directrice des données, intelligence artificielle, ia, apprentissage automatique</translation>
    </message>
</context>
<context>
    <name>families/design</name>
    <message>
        <source>Design and user research</source>
        <translation>Design et recherche utilisateur</translation>
    </message>
    <message>
        <source>Designing key screens and flows yourself</source>
        <translation>Concevoir moi-même les écrans et les parcours clés</translation>
    </message>
    <message>
        <source>Polishing every file before it goes to engineering</source>
        <translation>Peaufiner chaque fichier avant de le passer aux développeurs</translation>
    </message>
    <message>
        <source>Running usability tests yourself</source>
        <translation>Mener moi-même les tests utilisateurs</translation>
    </message>
    <message>
        <source>Design critiques where you give most of the feedback</source>
        <translation>Revues de design où je donne l’essentiel des retours</translation>
    </message>
    <message>
        <source>Maintaining the design system yourself</source>
        <translation>Maintenir moi-même le design system</translation>
    </message>
    <message>
        <source>Answering design questions from other teams</source>
        <translation>Répondre aux questions de design des autres équipes</translation>
    </message>
    <message>
        <source>Checking the built product against the designs</source>
        <translation>Vérifier le produit développé par rapport aux maquettes</translation>
    </message>
    <message>
        <source>One-to-ones with your designers</source>
        <translation>Entretiens individuels avec mes designers</translation>
    </message>
    <message>
        <source>Setting the design direction and quality bar</source>
        <translation>Fixer la direction du design et le niveau d’exigence</translation>
    </message>
    <message>
        <source>Working with product and engineering leads on priorities</source>
        <translation>Arbitrer les priorités avec les responsables produit et technique</translation>
    </message>
    <message>
        <source>Hiring: portfolio reviews and interviews</source>
        <translation>Recrutement&#xa0;: revues de portfolios et entretiens</translation>
    </message>
    <message>
        <source>Critique by asking questions</source>
        <translation>Critiquer en posant des questions</translation>
    </message>
    <message>
        <source>In reviews, ask what problem a design solves before saying what I would change.</source>
        <translation>En revue, demander quel problème un design résout avant de dire ce que je changerais.</translation>
    </message>
    <message>
        <source>Set the quality bar in writing</source>
        <translation>Écrire noir sur blanc le niveau d’exigence</translation>
    </message>
    <message>
        <source>Make the principles explicit, so designers can judge their own work without me.</source>
        <translation>Rendre les principes explicites, pour que les designers puissent juger leur travail sans moi.</translation>
    </message>
    <message>
        <source>Let others&apos; designs ship</source>
        <translation>Laisser sortir les designs des autres</translation>
    </message>
    <message>
        <source>Accept a good solution that isn&apos;t the one I would have drawn.</source>
        <translation>Accepter une bonne solution, même si ce n’est pas celle que j’aurais dessinée.</translation>
    </message>
    <message>
        <source>Argue for users with evidence</source>
        <translation>Défendre les utilisateurs avec des preuves</translation>
    </message>
    <message>
        <source>Bring research and numbers to product decisions, not only taste.</source>
        <translation>Apporter des études et des chiffres aux décisions produit, pas seulement une question de goût.</translation>
    </message>
    <message>
        <source>Grow designers into owners</source>
        <translation>Faire des designers de vrais responsables de leur sujet</translation>
    </message>
    <message>
        <source>Give each designer an area to own end to end, including the hard conversations.</source>
        <translation>Confier à chaque designer un domaine à porter de bout en bout, conversations difficiles comprises.</translation>
    </message>
    <message>
        <source>The design system kept up to date by the designer who owns it</source>
        <translation>Le design system tenu à jour par le designer qui en est responsable</translation>
    </message>
    <message>
        <source>Usability testing for the next release planned and run by the team</source>
        <translation>Les tests utilisateurs de la prochaine version prévus et menés par l’équipe</translation>
    </message>
    <message>
        <source>Design critique run by a different designer each week</source>
        <translation>La revue de design animée chaque semaine par un designer différent</translation>
    </message>
    <message>
        <source>One product area designed end to end by one designer, from research to launch</source>
        <translation>Un domaine du produit conçu de bout en bout par un designer, de la recherche au lancement</translation>
    </message>
    <message>
        <source>design, designer, product designer, ux, ui, user experience, user research, ux researcher, design researcher, creative director, art director, design lead, head of design, design manager, content designer, visual designer, interaction designer, brand designer, service designer, graphic designer</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>designer produit, design produit, designer ux, designer ui, ux designer, ui designer, web designer, webdesigner, graphiste, infographiste, directeur artistique, directrice artistique, directeur de création, directrice de création, recherche utilisateur, chercheur ux, chercheuse ux, expérience utilisateur, interface utilisateur, ergonome, ergonomie, ux writer, responsable design, directeur du design, directrice du design</translation>
    </message>
</context>
<context>
    <name>families/education</name>
    <message>
        <source>Education and teaching</source>
        <translation>Éducation et enseignement</translation>
    </message>
    <message>
        <source>Teaching a full timetable of your own classes</source>
        <translation>Assurer moi-même un emploi du temps complet de cours</translation>
    </message>
    <message>
        <source>Marking and feedback on students&apos; work</source>
        <translation>Corriger les copies et rédiger les appréciations des élèves</translation>
    </message>
    <message>
        <source>Planning and resourcing every lesson yourself</source>
        <translation>Préparer moi-même chaque cours et ses supports</translation>
    </message>
    <message>
        <source>Covering absent colleagues&apos; lessons</source>
        <translation>Remplacer les collègues absents</translation>
    </message>
    <message>
        <source>Behaviour incidents and calls to parents yourself</source>
        <translation>Gérer moi-même les incidents de comportement et les appels aux parents</translation>
    </message>
    <message>
        <source>Entering and tracking assessment data by hand</source>
        <translation>Saisir et suivre les évaluations à la main</translation>
    </message>
    <message>
        <source>Running every trip, club and event yourself</source>
        <translation>Organiser moi-même chaque sortie, atelier et événement</translation>
    </message>
    <message>
        <source>Observing lessons and giving feedback</source>
        <translation>Observer des cours et faire un retour</translation>
    </message>
    <message>
        <source>One-to-ones and support for the teachers in your team</source>
        <translation>Entretiens individuels et soutien des enseignants de mon équipe</translation>
    </message>
    <message>
        <source>Department or year team meetings</source>
        <translation>Réunions d’équipe disciplinaire ou d’équipe de niveau</translation>
    </message>
    <message>
        <source>Curriculum and improvement planning</source>
        <translation>Projet pédagogique et plan d’amélioration</translation>
    </message>
    <message>
        <source>Meetings with senior leaders about priorities</source>
        <translation>Réunions avec la direction sur les priorités</translation>
    </message>
    <message>
        <source>Lead learning, not just my own lessons</source>
        <translation>Piloter la pédagogie, pas seulement mes propres cours</translation>
    </message>
    <message>
        <source>Spend time in colleagues&apos; classrooms and talk about teaching, not only run my own.</source>
        <translation>Passer du temps dans les classes des collègues et parler pédagogie, pas seulement faire mes cours.</translation>
    </message>
    <message>
        <source>Coach colleagues, don&apos;t rescue them</source>
        <translation>Accompagner les collègues plutôt que les secourir</translation>
    </message>
    <message>
        <source>Help a teacher plan how to handle a difficult class instead of taking it over.</source>
        <translation>Aider un enseignant à préparer sa façon de gérer une classe difficile, au lieu de la reprendre moi-même.</translation>
    </message>
    <message>
        <source>Choose priorities and let go of the rest</source>
        <translation>Choisir des priorités et lâcher le reste</translation>
    </message>
    <message>
        <source>Pick the two or three things the team will improve this year and drop the others.</source>
        <translation>Retenir les deux ou trois points que l’équipe améliorera cette année, et abandonner les autres.</translation>
    </message>
    <message>
        <source>Have the difficult conversation early</source>
        <translation>Aborder tôt les conversations difficiles</translation>
    </message>
    <message>
        <source>Raise concerns with colleagues and parents kindly and soon, not at the end of term.</source>
        <translation>Faire part de mes inquiétudes aux collègues et aux parents avec bienveillance et sans attendre, pas à la fin du trimestre.</translation>
    </message>
    <message>
        <source>Share the load so it grows people</source>
        <translation>Répartir la charge pour faire grandir chacun</translation>
    </message>
    <message>
        <source>Hand out clubs, trips and tasks so that they develop people, not so that I can do them best.</source>
        <translation>Distribuer ateliers, sorties et tâches pour faire progresser chacun, pas selon qui les ferait le mieux.</translation>
    </message>
    <message>
        <source>The next trip or club run by a colleague from start to finish</source>
        <translation>La prochaine sortie ou le prochain atelier organisé par un collègue du début à la fin</translation>
    </message>
    <message>
        <source>Tracking data collected and summarised by a colleague each half-term</source>
        <translation>Les données de suivi collectées et résumées par un collègue à chaque période</translation>
    </message>
    <message>
        <source>A unit of the curriculum rewritten by a teacher who owns it</source>
        <translation>Une séquence du programme réécrite par un enseignant qui en est responsable</translation>
    </message>
    <message>
        <source>Parents&apos; evening arrangements handled by a member of the team</source>
        <translation>L’organisation de la réunion parents-professeurs confiée à un membre de l’équipe</translation>
    </message>
    <message>
        <source>teacher, teaching, school, head of year, head of department, headteacher, head teacher, school principal, deputy head, assistant head, lecturer, tutor, curriculum, faculty, academy, college, classroom, senco, key stage, primary, secondary, nursery, early years, teaching assistant, pastoral, dean, professor, university, mathematics, maths, math, english, science, history, geography, physics, chemistry, biology, languages, subject lead, year group</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>enseignant, enseignante, enseignement, professeur, professeure, prof, professeur des écoles, professeure des écoles, professeur principal, professeure principale, instituteur, institutrice, école, collège, lycée, lycée professionnel, proviseur, proviseure, proviseur adjoint, proviseure adjointe, principal de collège, principale de collège, principal adjoint, principale adjointe, directeur d’école, directrice d’école, chef d’établissement, cheffe d’établissement, cpe, conseiller principal d’éducation, conseillère principale d’éducation, directeur des études, directrice des études, coordinateur pédagogique, coordinatrice pédagogique, responsable pédagogique, conseiller pédagogique, conseillère pédagogique, formateur, formatrice, maître de conférences, enseignant-chercheur, enseignante-chercheuse, université, faculté, académie, éducation, éducation nationale, pédagogie, maternelle, élémentaire, primaire, secondaire, atsem, aesh, petite enfance, crèche, mathématiques, français, sciences, histoire, géographie, physique, chimie, svt, anglais, espagnol, allemand, langues vivantes</translation>
    </message>
</context>
<context>
    <name>families/finance</name>
    <message>
        <source>Finance and accounting</source>
        <translation>Finance et comptabilité</translation>
    </message>
    <message>
        <source>Closing the month yourself: journals and reconciliations</source>
        <translation>Faire moi-même la clôture mensuelle&#xa0;: écritures et rapprochements</translation>
    </message>
    <message>
        <source>Reviewing every invoice, payment run or expense claim</source>
        <translation>Contrôler chaque facture, campagne de paiement ou note de frais</translation>
    </message>
    <message>
        <source>Building the forecast and budget spreadsheets yourself</source>
        <translation>Construire moi-même les tableurs de prévision et de budget</translation>
    </message>
    <message>
        <source>Answering finance questions from other departments</source>
        <translation>Répondre aux questions financières des autres services</translation>
    </message>
    <message>
        <source>Preparing the management or board pack by hand</source>
        <translation>Préparer à la main le reporting de direction ou le dossier du conseil</translation>
    </message>
    <message>
        <source>Chasing overdue invoices and approvals</source>
        <translation>Relancer les factures impayées et les validations en attente</translation>
    </message>
    <message>
        <source>Audit and tax queries</source>
        <translation>Questions d’audit et de fiscalité</translation>
    </message>
    <message>
        <source>One-to-ones with your team</source>
        <translation>Entretiens individuels avec mon équipe</translation>
    </message>
    <message>
        <source>Working with budget holders on their numbers</source>
        <translation>Travailler les chiffres avec les responsables budgétaires</translation>
    </message>
    <message>
        <source>Improving the close and controls so they run without you</source>
        <translation>Améliorer la clôture et les contrôles pour qu’ils tournent sans moi</translation>
    </message>
    <message>
        <source>Cash, margin and investment priorities with leadership</source>
        <translation>Trésorerie, marges et priorités d’investissement avec la direction</translation>
    </message>
    <message>
        <source>Partner, don&apos;t police</source>
        <translation>Être partenaire, pas gendarme</translation>
    </message>
    <message>
        <source>Help budget holders understand their numbers instead of only saying no.</source>
        <translation>Aider les responsables budgétaires à comprendre leurs chiffres, au lieu de me contenter de dire non.</translation>
    </message>
    <message>
        <source>Review the risk, not every line</source>
        <translation>Contrôler les risques, pas chaque ligne</translation>
    </message>
    <message>
        <source>Check the entries and judgements that matter most, and trust the team&apos;s controls for the rest.</source>
        <translation>Vérifier les écritures et les estimations qui comptent le plus, et faire confiance aux contrôles de l’équipe pour le reste.</translation>
    </message>
    <message>
        <source>Explain numbers in plain words</source>
        <translation>Expliquer les chiffres avec des mots simples</translation>
    </message>
    <message>
        <source>Say what a figure means for the business, so people outside finance can act on it.</source>
        <translation>Dire ce qu’un chiffre signifie pour l’entreprise, pour que les non-financiers puissent agir.</translation>
    </message>
    <message>
        <source>Build a close that runs without me</source>
        <translation>Bâtir une clôture qui tourne sans moi</translation>
    </message>
    <message>
        <source>Write down the steps and owners, so month-end doesn&apos;t depend on my memory.</source>
        <translation>Écrire les étapes et qui en est responsable, pour que la clôture ne dépende pas de ma mémoire.</translation>
    </message>
    <message>
        <source>Grow the team&apos;s judgement</source>
        <translation>Développer le jugement de l’équipe</translation>
    </message>
    <message>
        <source>Ask what they would recommend before giving my answer.</source>
        <translation>Demander ce qu’ils recommanderaient avant de donner ma réponse.</translation>
    </message>
    <message>
        <source>The month-end close run by a senior accountant to an agreed checklist</source>
        <translation>La clôture mensuelle menée par un comptable expérimenté, selon une liste de contrôle convenue</translation>
    </message>
    <message>
        <source>Credit control and overdue invoices owned by one person, with a monthly target</source>
        <translation>Le recouvrement et les impayés pris en charge par une seule personne, avec un objectif mensuel</translation>
    </message>
    <message>
        <source>A budget holder&apos;s monthly review prepared and presented by an analyst</source>
        <translation>La revue mensuelle d’un responsable budgétaire préparée et présentée par un analyste</translation>
    </message>
    <message>
        <source>Audit queries coordinated by a team member</source>
        <translation>Les demandes d’audit coordonnées par un membre de l’équipe</translation>
    </message>
    <message>
        <source>finance, financial, accounting, accountant, accounts, controller, controlling, fp&amp;a, treasury, tax, audit, auditor, payroll, bookkeeping, bookkeeper, cfo, finance manager, financial controller, accounts payable, accounts receivable, credit control, billing, head of finance</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>finances, financier, financière, comptable, comptabilité, expert-comptable, chef comptable, cheffe comptable, aide-comptable, contrôle de gestion, contrôleur de gestion, contrôleuse de gestion, contrôleur financier, contrôleuse financière, trésorerie, trésorier, trésorière, fiscalité, fiscaliste, auditeur, auditrice, commissaire aux comptes, paie, gestionnaire de paie, daf, raf, directeur financier, directrice financière, direction financière, responsable financier, responsable financière, responsable administratif et financier, analyste financier, analyste financière, recouvrement, chargé de recouvrement, chargée de recouvrement, facturation, crédit client, credit manager, consolidation, fusions-acquisitions, m&amp;a, comptes fournisseurs, comptes clients</translation>
    </message>
</context>
<context>
    <name>families/general</name>
    <message>
        <source>Any field (general list)</source>
        <translation>Tous domaines (liste générale)</translation>
    </message>
    <message>
        <source>Doing the work your team does, yourself</source>
        <translation>Faire moi-même le travail de mon équipe</translation>
    </message>
    <message>
        <source>Checking others&apos; work before it goes out</source>
        <translation>Vérifier le travail des autres avant qu’il parte</translation>
    </message>
    <message>
        <source>Fixing problems and escalations yourself</source>
        <translation>Régler moi-même les problèmes et les escalades</translation>
    </message>
    <message>
        <source>Answering the team&apos;s questions as they come</source>
        <translation>Répondre aux questions de l’équipe au fil de l’eau</translation>
    </message>
    <message>
        <source>Writing status reports by hand</source>
        <translation>Rédiger les points d’avancement à la main</translation>
    </message>
    <message>
        <source>Attending meetings as the default person</source>
        <translation>Aller d’office à toutes les réunions</translation>
    </message>
    <message>
        <source>One-to-ones with your team</source>
        <translation>Entretiens individuels avec mon équipe</translation>
    </message>
    <message>
        <source>Coaching and developing people</source>
        <translation>Accompagner et faire grandir les personnes</translation>
    </message>
    <message>
        <source>Hiring: interviews and decisions</source>
        <translation>Recrutement&#xa0;: entretiens et décisions</translation>
    </message>
    <message>
        <source>Setting priorities and plans</source>
        <translation>Fixer les priorités et les plans</translation>
    </message>
    <message>
        <source>Working with other teams on shared goals</source>
        <translation>Travailler avec les autres équipes sur des objectifs communs</translation>
    </message>
    <message>
        <source>Updates for your boss and stakeholders</source>
        <translation>Points d’avancement pour mon manager et les parties prenantes</translation>
    </message>
    <message>
        <source>Hand over outcomes, not tasks</source>
        <translation>Déléguer des résultats, pas des tâches</translation>
    </message>
    <message>
        <source>Give a result with its measure and the authority to reach it.</source>
        <translation>Confier un résultat avec son critère de réussite et l’autorité pour l’atteindre.</translation>
    </message>
    <message>
        <source>Ask before I answer</source>
        <translation>Questionner avant de répondre</translation>
    </message>
    <message>
        <source>When someone brings a problem, ask what they would do first.</source>
        <translation>Quand quelqu’un m’apporte un problème, lui demander d’abord ce qu’il ferait.</translation>
    </message>
    <message>
        <source>Keep time to plan ahead</source>
        <translation>Garder du temps pour voir plus loin</translation>
    </message>
    <message>
        <source>Keep room in my week for priorities and people, not only today&apos;s work.</source>
        <translation>Garder de la place dans ma semaine pour les priorités et les personnes, pas seulement pour le travail du jour.</translation>
    </message>
    <message>
        <source>Let the team solve problems</source>
        <translation>Laisser l’équipe résoudre les problèmes</translation>
    </message>
    <message>
        <source>Step back from problems others can solve, even if I would be faster.</source>
        <translation>Me retirer des problèmes que d’autres peuvent résoudre, même si j’irais plus vite.</translation>
    </message>
    <message>
        <source>Ask how I come across as a leader</source>
        <translation>Demander comment on me perçoit en tant que manager</translation>
    </message>
    <message>
        <source>Ask my team regularly how they experience me, and act on one thing.</source>
        <translation>Demander régulièrement à mon équipe comment elle me perçoit, et agir sur un point.</translation>
    </message>
    <message>
        <source>A regular report owned by a team member, from the figures to sending it</source>
        <translation>Un rapport régulier pris en charge par un membre de l’équipe, des chiffres jusqu’à l’envoi</translation>
    </message>
    <message>
        <source>A recurring meeting run by someone on the team</source>
        <translation>Une réunion récurrente animée par quelqu’un de l’équipe</translation>
    </message>
    <message>
        <source>A customer or stakeholder relationship handed over with a proper introduction</source>
        <translation>Une relation avec un client ou une partie prenante, confiée après une vraie présentation</translation>
    </message>
    <message>
        <source>A small improvement project owned end to end by one person</source>
        <translation>Un petit projet d’amélioration porté de bout en bout par une seule personne</translation>
    </message>
</context>
<context>
    <name>families/healthcare-and-nursing</name>
    <message>
        <source>Healthcare and nursing</source>
        <translation>Santé et soins infirmiers</translation>
    </message>
    <message>
        <source>Taking a full patient load on shift yourself</source>
        <translation>Prendre moi-même une charge complète de patients pendant mon poste</translation>
    </message>
    <message>
        <source>Doing the medication rounds and checks yourself</source>
        <translation>Faire moi-même la distribution des médicaments et les vérifications</translation>
    </message>
    <message>
        <source>Covering gaps in the rota with extra shifts</source>
        <translation>Boucher les trous du planning en prenant des postes en plus</translation>
    </message>
    <message>
        <source>Writing the rota and sorting shift swaps</source>
        <translation>Faire le planning et gérer les échanges de postes</translation>
    </message>
    <message>
        <source>Handling bed management and discharge calls</source>
        <translation>Gérer les lits et les appels pour les sorties</translation>
    </message>
    <message>
        <source>Checking every chart and care plan</source>
        <translation>Vérifier chaque dossier patient et chaque plan de soins</translation>
    </message>
    <message>
        <source>Incident reports and audit paperwork</source>
        <translation>Déclarations d’événements indésirables et dossiers d’audit</translation>
    </message>
    <message>
        <source>Dealing with complaints from patients and families</source>
        <translation>Traiter les plaintes des patients et des familles</translation>
    </message>
    <message>
        <source>Safety huddles and handovers with the team</source>
        <translation>Points sécurité et transmissions avec l’équipe</translation>
    </message>
    <message>
        <source>One-to-ones, appraisals and clinical supervision</source>
        <translation>Entretiens individuels, entretiens annuels et supervision clinique</translation>
    </message>
    <message>
        <source>Teaching and developing junior staff on the ward</source>
        <translation>Former et faire progresser les soignants débutants du service</translation>
    </message>
    <message>
        <source>Staffing, quality and budget meetings with your manager</source>
        <translation>Réunions effectifs, qualité et budget avec ma hiérarchie</translation>
    </message>
    <message>
        <source>Lead the shift, don&apos;t carry it</source>
        <translation>Piloter le poste, pas le porter à bout de bras</translation>
    </message>
    <message>
        <source>Keep my own patient load light, so I can see the whole ward and support the team.</source>
        <translation>Garder une charge de patients légère, pour voir tout le service et soutenir l’équipe.</translation>
    </message>
    <message>
        <source>Delegate care with clear handovers</source>
        <translation>Déléguer les soins avec des transmissions claires</translation>
    </message>
    <message>
        <source>Say what I need, by when and what to report back, then trust the nurse.</source>
        <translation>Dire ce dont j’ai besoin, pour quand et ce qu’il faut me transmettre, puis faire confiance à la personne.</translation>
    </message>
    <message>
        <source>Speak up for safe staffing</source>
        <translation>Défendre des effectifs suffisants pour la sécurité</translation>
    </message>
    <message>
        <source>Raise staffing and safety concerns early, in writing, with the facts.</source>
        <translation>Signaler tôt, par écrit et faits à l’appui, les inquiétudes sur les effectifs et la sécurité.</translation>
    </message>
    <message>
        <source>Teach at the bedside</source>
        <translation>Former au lit du patient</translation>
    </message>
    <message>
        <source>Use real moments on the ward to develop junior staff, instead of doing it myself to save time.</source>
        <translation>Profiter des vraies situations du service pour former les soignants débutants, au lieu de tout faire moi-même pour gagner du temps.</translation>
    </message>
    <message>
        <source>Stay calm and clear under pressure</source>
        <translation>Rester calme et clair sous pression</translation>
    </message>
    <message>
        <source>When the ward is busy, give short, clear priorities rather than rushing in.</source>
        <translation>Quand le service est chargé, donner des priorités courtes et claires plutôt que de me précipiter.</translation>
    </message>
    <message>
        <source>Look after the team, too</source>
        <translation>Prendre soin de l’équipe, aussi</translation>
    </message>
    <message>
        <source>Notice who is struggling, and make sure breaks and debriefs happen after hard shifts.</source>
        <translation>Repérer qui est en difficulté, et veiller aux pauses et aux débriefings après les postes difficiles.</translation>
    </message>
    <message>
        <source>Next month&apos;s rota drafted by a senior nurse, for you to check</source>
        <translation>Le planning du mois prochain préparé par une infirmière expérimentée, pour que vous le vérifiiez</translation>
    </message>
    <message>
        <source>Audits and incident follow-ups owned by named staff</source>
        <translation>Les audits et le suivi des incidents confiés à des personnes nommément désignées</translation>
    </message>
    <message>
        <source>Teaching for new starters and students run by a senior nurse</source>
        <translation>La formation des nouveaux arrivants et des étudiants assurée par une infirmière expérimentée</translation>
    </message>
    <message>
        <source>Stock and equipment checks owned by a healthcare assistant</source>
        <translation>Le contrôle des stocks et du matériel confié à un aide-soignant</translation>
    </message>
    <message>
        <source>Nurse in charge on set shifts taken by a senior nurse, with you off the floor</source>
        <translation>La responsabilité du service sur certains postes confiée à une infirmière expérimentée, pendant que vous n’êtes pas sur le terrain</translation>
    </message>
    <message>
        <source>nurse, nursing, charge nurse, ward, ward manager, ward sister, sister, matron, midwife, midwifery, clinical, clinic, patient, healthcare, health care, hospital, practice manager, theatre, theatres, icu, intensive care, a&amp;e, emergency department, physiotherapist, therapist, paramedic, doctor, physician, care home, home care, registered manager, carer, pharmacist, dental, nurse in charge, nurse manager, clinical lead</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>infirmier, infirmière, ide, idec, infirmier coordinateur, infirmière coordinatrice, cadre de santé, cadre supérieur de santé, cadre supérieure de santé, cadre de soins, directeur des soins, directrice des soins, aide-soignant, aide-soignante, soignant, soignante, soins, santé, hôpital, hospitalier, hospitalière, centre hospitalier, chu, clinique, ehpad, ssiad, sage-femme, maïeuticien, médecin, médical, médicale, cabinet médical, kinésithérapeute, kiné, ergothérapeute, orthophoniste, psychomotricien, psychomotricienne, pharmacien, pharmacienne, pharmacie, préparateur en pharmacie, préparatrice en pharmacie, urgences, réanimation, bloc opératoire, ibode, iade, puéricultrice, puériculteur, auxiliaire de puériculture, auxiliaire de vie, aide à domicile, soins à domicile, ambulancier, ambulancière, dentiste, manipulateur radio, manipulatrice radio, a&amp;e</translation>
    </message>
</context>
<context>
    <name>families/marketing</name>
    <message>
        <source>Marketing and communications</source>
        <translation>Marketing et communication</translation>
    </message>
    <message>
        <source>Writing copy and content yourself</source>
        <translation>Rédiger moi-même les textes et les contenus</translation>
    </message>
    <message>
        <source>Running campaigns and ads day to day</source>
        <translation>Piloter au quotidien les campagnes et les publicités</translation>
    </message>
    <message>
        <source>Approving every post, email and asset</source>
        <translation>Valider chaque publication, e-mail et visuel</translation>
    </message>
    <message>
        <source>Managing agencies&apos; and freelancers&apos; deliverables</source>
        <translation>Suivre les livrables des agences et des freelances</translation>
    </message>
    <message>
        <source>Pulling campaign numbers into reports</source>
        <translation>Reporter à la main les chiffres des campagnes dans des rapports</translation>
    </message>
    <message>
        <source>Organising events and webinars</source>
        <translation>Organiser les événements et les webinaires</translation>
    </message>
    <message>
        <source>Answering requests from sales for materials</source>
        <translation>Répondre aux demandes de supports des commerciaux</translation>
    </message>
    <message>
        <source>One-to-ones with your marketers</source>
        <translation>Entretiens individuels avec mon équipe marketing</translation>
    </message>
    <message>
        <source>Marketing plan, positioning and budget</source>
        <translation>Plan marketing, positionnement et budget</translation>
    </message>
    <message>
        <source>Agreeing targets and leads with sales</source>
        <translation>Convenir des objectifs et des leads avec les ventes</translation>
    </message>
    <message>
        <source>Coaching the team on briefs and judging their own work</source>
        <translation>Apprendre à l’équipe à rédiger ses briefs et à juger son propre travail</translation>
    </message>
    <message>
        <source>Brief clearly, then step back</source>
        <translation>Briefer clairement, puis prendre du recul</translation>
    </message>
    <message>
        <source>Give a clear goal, audience and measure, and let the team choose how.</source>
        <translation>Donner un objectif, une cible et un critère de réussite clairs, et laisser l’équipe choisir comment.</translation>
    </message>
    <message>
        <source>Judge work by results, not taste</source>
        <translation>Juger sur les résultats, pas sur les goûts</translation>
    </message>
    <message>
        <source>Agree upfront how a campaign will be judged, and hold to it.</source>
        <translation>Convenir dès le départ de la façon dont une campagne sera jugée, et m’y tenir.</translation>
    </message>
    <message>
        <source>Approve less, trust more</source>
        <translation>Valider moins, faire confiance davantage</translation>
    </message>
    <message>
        <source>Decide which work needs my sign-off, and let the rest go out without it.</source>
        <translation>Décider quels travaux demandent ma validation, et laisser partir le reste sans elle.</translation>
    </message>
    <message>
        <source>Speak sales&apos; language</source>
        <translation>Parler la langue des ventes</translation>
    </message>
    <message>
        <source>Talk about pipeline and revenue with sales, not only clicks and reach.</source>
        <translation>Parler pipeline et chiffre d’affaires avec les ventes, pas seulement clics et audience.</translation>
    </message>
    <message>
        <source>Grow people who own their channels</source>
        <translation>Faire grandir des personnes qui portent leurs canaux</translation>
    </message>
    <message>
        <source>Give each marketer a channel or audience to own, with its numbers.</source>
        <translation>Confier à chaque personne de l’équipe un canal ou une cible, avec ses chiffres.</translation>
    </message>
    <message>
        <source>A campaign owned end to end by one marketer, with its target agreed upfront</source>
        <translation>Une campagne portée de bout en bout par une personne de l’équipe, avec son objectif fixé dès le départ</translation>
    </message>
    <message>
        <source>Social channels run by the team to a monthly content plan</source>
        <translation>Les réseaux sociaux gérés par l’équipe selon un plan de contenu mensuel</translation>
    </message>
    <message>
        <source>The agency relationship managed by a team member</source>
        <translation>La relation avec l’agence gérée par un membre de l’équipe</translation>
    </message>
    <message>
        <source>The monthly marketing report prepared by the team</source>
        <translation>Le rapport marketing mensuel préparé par l’équipe</translation>
    </message>
    <message>
        <source>marketing, marketer, brand, content, communications, comms, pr, public relations, campaign, growth marketing, digital marketing, seo, social media, demand generation, events, cmo, head of marketing, copywriter, marketing operations, product marketing, marketing manager</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>communication, communicant, communicante, chargé de communication, chargée de communication, responsable communication, responsable de la communication, directeur de la communication, directrice de la communication, directeur marketing, directrice marketing, responsable marketing, chargé de marketing, chargée de marketing, chef de projet marketing, cheffe de projet marketing, webmarketing, marketing opérationnel, marketing stratégique, marque, image de marque, chef de marque, relations presse, attaché de presse, attachée de presse, relations publiques, community manager, réseaux sociaux, rédacteur, rédactrice, rédacteur web, rédactrice web, concepteur-rédacteur, conceptrice-rédactrice, contenu, contenus, événementiel, référencement, publicité, médias, brand manager, trade marketing, growth hacker</translation>
    </message>
</context>
<context>
    <name>families/operations</name>
    <message>
        <source>Operations and logistics</source>
        <translation>Opérations et logistique</translation>
    </message>
    <message>
        <source>Sorting out problems on the floor yourself</source>
        <translation>Régler moi-même les problèmes sur le terrain</translation>
    </message>
    <message>
        <source>Checking every order, shipment or job yourself</source>
        <translation>Vérifier moi-même chaque commande, expédition ou intervention</translation>
    </message>
    <message>
        <source>Building the schedule and covering absences</source>
        <translation>Faire le planning et remplacer les absents</translation>
    </message>
    <message>
        <source>Chasing suppliers and late deliveries</source>
        <translation>Relancer les fournisseurs et les livraisons en retard</translation>
    </message>
    <message>
        <source>Compiling daily and weekly performance figures by hand</source>
        <translation>Compiler à la main les indicateurs de performance du jour et de la semaine</translation>
    </message>
    <message>
        <source>Safety and compliance paperwork</source>
        <translation>Dossiers sécurité et conformité</translation>
    </message>
    <message>
        <source>Working on the line or in the warehouse when short-staffed</source>
        <translation>Travailler sur la ligne ou à l’entrepôt quand il manque du monde</translation>
    </message>
    <message>
        <source>Daily stand-up with your team leads</source>
        <translation>Point quotidien avec mes chefs d’équipe</translation>
    </message>
    <message>
        <source>One-to-ones with your supervisors</source>
        <translation>Entretiens individuels avec mes superviseurs</translation>
    </message>
    <message>
        <source>Improving processes and fixing root causes</source>
        <translation>Améliorer les processus et traiter les causes profondes</translation>
    </message>
    <message>
        <source>Capacity, budget and supplier planning</source>
        <translation>Planifier la capacité, le budget et les fournisseurs</translation>
    </message>
    <message>
        <source>Fix the process, not the problem of the day</source>
        <translation>Corriger le processus, pas le problème du jour</translation>
    </message>
    <message>
        <source>When something goes wrong twice, change how the work is done rather than stepping in again.</source>
        <translation>Quand un problème se produit deux fois, changer la façon de travailler plutôt que d’intervenir encore.</translation>
    </message>
    <message>
        <source>Let supervisors run the floor</source>
        <translation>Laisser les superviseurs piloter le terrain</translation>
    </message>
    <message>
        <source>Walk the floor to listen and ask, not to take over.</source>
        <translation>Aller sur le terrain pour écouter et questionner, pas pour reprendre la main.</translation>
    </message>
    <message>
        <source>Keep safety non-negotiable</source>
        <translation>Ne jamais transiger sur la sécurité</translation>
    </message>
    <message>
        <source>Stop the work when it is unsafe, and say why, every time.</source>
        <translation>Arrêter le travail quand il est dangereux, et dire pourquoi, à chaque fois.</translation>
    </message>
    <message>
        <source>Plan a week ahead, not a shift ahead</source>
        <translation>Planifier à la semaine, pas au poste</translation>
    </message>
    <message>
        <source>Keep time to look at capacity, suppliers and staffing before they become emergencies.</source>
        <translation>Garder du temps pour regarder la capacité, les fournisseurs et les effectifs avant qu’ils ne deviennent des urgences.</translation>
    </message>
    <message>
        <source>Make the numbers the team&apos;s</source>
        <translation>Faire des chiffres l’affaire de l’équipe</translation>
    </message>
    <message>
        <source>Share the daily figures so the team sees problems before I do.</source>
        <translation>Partager les chiffres du jour pour que l’équipe voie les problèmes avant moi.</translation>
    </message>
    <message>
        <source>The shift schedule built and kept by a supervisor</source>
        <translation>Le planning des équipes établi et tenu à jour par un superviseur</translation>
    </message>
    <message>
        <source>Supplier follow-ups owned by one person, with a weekly list of late deliveries</source>
        <translation>Les relances fournisseurs prises en charge par une seule personne, avec une liste hebdomadaire des livraisons en retard</translation>
    </message>
    <message>
        <source>The daily performance figures produced and shared by the team</source>
        <translation>Les indicateurs du jour produits et partagés par l’équipe</translation>
    </message>
    <message>
        <source>One process improvement owned end to end by a team lead</source>
        <translation>Une amélioration de processus portée de bout en bout par un chef d’équipe</translation>
    </message>
    <message>
        <source>operations, ops, operational, logistics, warehouse, supply chain, procurement, purchasing, fulfilment, fulfillment, distribution, facilities, production, plant, manufacturing, site manager, operations manager, head of operations, coo, dispatch, transport, fleet, process improvement, depot, factory</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>opérations, opérationnel, opérationnelle, exploitation, responsable d’exploitation, directeur d’exploitation, directrice d’exploitation, directeur des opérations, directrice des opérations, responsable des opérations, logistique, logisticien, logisticienne, responsable logistique, entrepôt, plateforme logistique, chaîne d’approvisionnement, approvisionnement, approvisionneur, approvisionneuse, achats, acheteur, acheteuse, responsable achats, responsable de production, chef de production, directeur de production, directrice de production, usine, directeur d’usine, directrice d’usine, directeur industriel, directrice industrielle, site industriel, responsable de site, chef de site, atelier, chef d’atelier, fabrication, maintenance, responsable maintenance, services généraux, moyens généraux, planification, planificateur, planificatrice, ordonnancement, ordonnanceur, expéditions, magasinier, préparation de commandes, transports, flotte, amélioration continue, lean, responsable qualité, qhse, hse, agent de maîtrise</translation>
    </message>
</context>
<context>
    <name>families/product</name>
    <message>
        <source>Product management</source>
        <translation>Gestion de produit</translation>
    </message>
    <message>
        <source>Writing every spec and user story yourself</source>
        <translation>Écrire moi-même chaque spécification et chaque user story</translation>
    </message>
    <message>
        <source>Running every customer interview yourself</source>
        <translation>Mener moi-même chaque entretien client</translation>
    </message>
    <message>
        <source>Grooming the backlog ticket by ticket</source>
        <translation>Affiner le backlog ticket par ticket</translation>
    </message>
    <message>
        <source>Answering the team&apos;s questions about requirements</source>
        <translation>Répondre aux questions de l’équipe sur les besoins</translation>
    </message>
    <message>
        <source>Checking every release before it ships</source>
        <translation>Vérifier chaque version avant sa mise en production</translation>
    </message>
    <message>
        <source>Writing release notes and status updates</source>
        <translation>Rédiger les notes de version et les points d’avancement</translation>
    </message>
    <message>
        <source>Analysing usage data yourself</source>
        <translation>Analyser moi-même les données d’usage</translation>
    </message>
    <message>
        <source>Product strategy and roadmap</source>
        <translation>Stratégie produit et feuille de route</translation>
    </message>
    <message>
        <source>One-to-ones with your product managers</source>
        <translation>Entretiens individuels avec mes chefs de produit</translation>
    </message>
    <message>
        <source>Aligning with engineering, design, sales and support leads</source>
        <translation>M’aligner avec les responsables technique, design, ventes et support</translation>
    </message>
    <message>
        <source>Coaching product managers on discovery and priorities</source>
        <translation>Accompagner les chefs de produit sur l’exploration des besoins et les priorités</translation>
    </message>
    <message>
        <source>Share the problem, not the solution</source>
        <translation>Partager le problème, pas la solution</translation>
    </message>
    <message>
        <source>Give product managers the customer problem and the measure, and let them find the answer.</source>
        <translation>Donner aux chefs de produit le problème du client et le critère de réussite, et les laisser trouver la réponse.</translation>
    </message>
    <message>
        <source>Say no to good ideas</source>
        <translation>Dire non à de bonnes idées</translation>
    </message>
    <message>
        <source>Keep the roadmap short by saying out loud what we will not do this quarter.</source>
        <translation>Garder une feuille de route courte en disant clairement ce que nous ne ferons pas ce trimestre.</translation>
    </message>
    <message>
        <source>Let my PMs present their own work</source>
        <translation>Laisser mes chefs de produit présenter leur propre travail</translation>
    </message>
    <message>
        <source>Put the people who did the work in front of leadership, and back them there.</source>
        <translation>Mettre les personnes qui ont fait le travail face à la direction, et les soutenir devant elle.</translation>
    </message>
    <message>
        <source>Decide on the evidence we have</source>
        <translation>Décider avec les éléments dont nous disposons</translation>
    </message>
    <message>
        <source>Make the call when more research would cost more than being a little wrong.</source>
        <translation>Trancher quand une étude de plus coûterait plus cher que de se tromper un peu.</translation>
    </message>
    <message>
        <source>Coach discovery, don&apos;t do it</source>
        <translation>Accompagner l’exploration, pas la faire</translation>
    </message>
    <message>
        <source>Review how an interview or test was run, rather than running it myself.</source>
        <translation>Revoir la façon dont un entretien ou un test a été mené, plutôt que de le mener moi-même.</translation>
    </message>
    <message>
        <source>Bring engineering and design into the why</source>
        <translation>Associer la technique et le design au pourquoi</translation>
    </message>
    <message>
        <source>Involve the leads early, so decisions are shared rather than handed down.</source>
        <translation>Impliquer les responsables tôt, pour que les décisions soient partagées plutôt qu’imposées.</translation>
    </message>
    <message>
        <source>Discovery for the next feature, from customer interviews to a recommendation, owned by a product manager</source>
        <translation>L’exploration de la prochaine fonctionnalité, des entretiens clients jusqu’à une recommandation, portée par un chef de produit</translation>
    </message>
    <message>
        <source>Release notes and the monthly product update written by the team</source>
        <translation>Les notes de version et le point produit mensuel rédigés par l’équipe</translation>
    </message>
    <message>
        <source>The backlog kept in order by the product managers, agreed with the tech lead</source>
        <translation>Le backlog tenu en ordre par les chefs de produit, en accord avec le responsable technique</translation>
    </message>
    <message>
        <source>One usage measure owned by a product manager and reviewed with you each month</source>
        <translation>Un indicateur d’usage pris en charge par un chef de produit et revu avec vous chaque mois</translation>
    </message>
    <message>
        <source>product, product manager, product owner, product lead, head of product, group product manager, pm, cpo, product director, vp product</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>produit, chef de produit, cheffe de produit, responsable produit, responsable de produit, directeur produit, directrice produit, directeur du produit, directrice du produit, gestion de produit, chef de projet produit, cheffe de projet produit, propriétaire du produit, po, ppo</translation>
    </message>
</context>
<context>
    <name>families/retail-and-hospitality</name>
    <message>
        <source>Retail and hospitality</source>
        <translation>Commerce, hôtellerie et restauration</translation>
    </message>
    <message>
        <source>Working the till, the floor or the pass yourself</source>
        <translation>Tenir moi-même la caisse, la salle ou le passe</translation>
    </message>
    <message>
        <source>Covering shifts when someone calls in sick</source>
        <translation>Remplacer au pied levé les personnes absentes</translation>
    </message>
    <message>
        <source>Writing the rota and approving swaps</source>
        <translation>Faire le planning et valider les échanges</translation>
    </message>
    <message>
        <source>Receiving deliveries and checking stock</source>
        <translation>Réceptionner les livraisons et contrôler le stock</translation>
    </message>
    <message>
        <source>Opening and closing checks and cashing up</source>
        <translation>Contrôles d’ouverture et de fermeture, et comptage de la caisse</translation>
    </message>
    <message>
        <source>Handling every customer complaint yourself</source>
        <translation>Traiter moi-même chaque réclamation client</translation>
    </message>
    <message>
        <source>Ordering stock and supplies</source>
        <translation>Commander les marchandises et les fournitures</translation>
    </message>
    <message>
        <source>Briefing the team before each shift</source>
        <translation>Briefer l’équipe avant chaque service</translation>
    </message>
    <message>
        <source>One-to-ones and training new starters</source>
        <translation>Entretiens individuels et formation des nouveaux arrivants</translation>
    </message>
    <message>
        <source>Planning the coming weeks from sales, staff hours and waste</source>
        <translation>Planifier les semaines à venir d’après les ventes, les heures du personnel et les pertes</translation>
    </message>
    <message>
        <source>Meeting your area manager about targets and priorities</source>
        <translation>Voir mon responsable de secteur sur les objectifs et les priorités</translation>
    </message>
    <message>
        <source>Run the shift from the floor, not the till</source>
        <translation>Piloter le service depuis la salle, pas depuis la caisse</translation>
    </message>
    <message>
        <source>Stay free to see where help is needed instead of serving all shift myself.</source>
        <translation>Rester disponible pour voir où il faut de l’aide, au lieu de servir moi-même tout le service.</translation>
    </message>
    <message>
        <source>Brief the team before every shift</source>
        <translation>Faire un brief avant chaque service</translation>
    </message>
    <message>
        <source>Say the goals, the priorities and who does what, in five minutes.</source>
        <translation>Dire les objectifs, les priorités et qui fait quoi, en cinq minutes.</translation>
    </message>
    <message>
        <source>Let supervisors handle complaints</source>
        <translation>Laisser mes adjoints gérer les réclamations</translation>
    </message>
    <message>
        <source>Back my supervisors to solve problems with customers, and coach them afterwards.</source>
        <translation>Soutenir mes adjoints pour qu’ils règlent les problèmes avec les clients, et faire le point avec eux après coup.</translation>
    </message>
    <message>
        <source>Train people to do it without me</source>
        <translation>Former les gens à faire sans moi</translation>
    </message>
    <message>
        <source>Show a new starter once, watch them do it, then let them.</source>
        <translation>Montrer une fois à un nouvel arrivant, le regarder faire, puis le laisser faire.</translation>
    </message>
    <message>
        <source>Plan from the numbers</source>
        <translation>Planifier à partir des chiffres</translation>
    </message>
    <message>
        <source>Look at sales, staff hours and waste each week, and plan the coming weeks from them.</source>
        <translation>Regarder chaque semaine les ventes, les heures du personnel et les pertes, et planifier les semaines à venir en conséquence.</translation>
    </message>
    <message>
        <source>Deliveries and stock checks owned by a supervisor</source>
        <translation>Les livraisons et les contrôles de stock pris en charge par un adjoint</translation>
    </message>
    <message>
        <source>The rota drafted by a shift leader for you to approve</source>
        <translation>Le planning préparé par un chef d’équipe, pour que vous le validiez</translation>
    </message>
    <message>
        <source>Training for new starters given by an experienced colleague, with a checklist</source>
        <translation>La formation des nouveaux arrivants assurée par un collègue expérimenté, avec une liste de contrôle</translation>
    </message>
    <message>
        <source>Opening and closing checks run by shift leaders on their shifts</source>
        <translation>Les contrôles d’ouverture et de fermeture faits par les chefs d’équipe pendant leurs services</translation>
    </message>
    <message>
        <source>store, shop, retail, branch, restaurant, hotel, bar, cafe, café, pub, kitchen, chef, head chef, sous chef, front of house, floor manager, duty manager, shift, shift manager, shift supervisor, shift leader, hospitality, catering, reception, housekeeping, supermarket, department store, sales assistant, sales associate, sales floor, barista, cashier, merchandiser, visual merchandising, store manager, assistant store manager</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>magasin, boutique, point de vente, directeur de magasin, directrice de magasin, responsable de magasin, responsable de boutique, adjoint de magasin, adjointe de magasin, gérant, gérante, hôtel, hôtellerie, restauration, restaurateur, restauratrice, brasserie, cuisine, chef de cuisine, cheffe de cuisine, second de cuisine, cuisinier, cuisinière, commis, chef de rang, maître d’hôtel, serveur, serveuse, responsable de salle, directeur de restaurant, directrice de restaurant, réceptionniste, gouvernante, hébergement, supermarché, hypermarché, grande distribution, grande surface, chef de rayon, cheffe de rayon, manager de rayon, rayon, vendeur, vendeuse, conseiller de vente, conseillère de vente, caissier, caissière, hôte de caisse, hôtesse de caisse, employé libre-service, employée libre-service, boulangerie, pâtisserie, traiteur, franchisé, franchisée, enseigne, commerce de détail</translation>
    </message>
</context>
<context>
    <name>families/sales</name>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Working your own deals and accounts</source>
        <translation>Suivre moi-même mes affaires et mes comptes</translation>
    </message>
    <message>
        <source>Joining reps&apos; calls and closing their deals for them</source>
        <translation>Participer aux rendez-vous des commerciaux et conclure leurs ventes à leur place</translation>
    </message>
    <message>
        <source>Writing and checking proposals and quotes</source>
        <translation>Rédiger et vérifier les propositions commerciales et les devis</translation>
    </message>
    <message>
        <source>Approving discounts deal by deal</source>
        <translation>Valider les remises affaire par affaire</translation>
    </message>
    <message>
        <source>Updating the CRM and chasing reps for updates</source>
        <translation>Mettre à jour le CRM et relancer les commerciaux pour qu’ils le fassent</translation>
    </message>
    <message>
        <source>Handling escalations from unhappy customers</source>
        <translation>Gérer les escalades des clients mécontents</translation>
    </message>
    <message>
        <source>Building the weekly forecast by hand</source>
        <translation>Construire à la main les prévisions de ventes de la semaine</translation>
    </message>
    <message>
        <source>Pipeline reviews with each rep</source>
        <translation>Revues de pipeline avec chaque commercial</translation>
    </message>
    <message>
        <source>One-to-ones and call coaching</source>
        <translation>Entretiens individuels et accompagnement sur les appels</translation>
    </message>
    <message>
        <source>Territory, account and target planning</source>
        <translation>Planifier les secteurs, les comptes et les objectifs</translation>
    </message>
    <message>
        <source>Hiring and onboarding new reps</source>
        <translation>Recruter et intégrer les nouveaux commerciaux</translation>
    </message>
    <message>
        <source>Working with marketing and customer success on the pipeline</source>
        <translation>Travailler le pipeline avec le marketing et l’équipe succès client</translation>
    </message>
    <message>
        <source>Coach the deal, don&apos;t take it over</source>
        <translation>Accompagner la vente, pas la reprendre</translation>
    </message>
    <message>
        <source>On a rep&apos;s call, stay quiet and debrief afterwards instead of closing it myself.</source>
        <translation>Pendant l’appel d’un commercial, me taire et débriefer ensuite, au lieu de conclure moi-même.</translation>
    </message>
    <message>
        <source>Win through the team&apos;s number, not mine</source>
        <translation>Gagner par le chiffre de l’équipe, pas par le mien</translation>
    </message>
    <message>
        <source>Measure my week by how many reps reach their target, not by the deals I close.</source>
        <translation>Mesurer ma semaine au nombre de commerciaux qui atteignent leur objectif, pas aux affaires que je signe.</translation>
    </message>
    <message>
        <source>Inspect the pipeline, not the people</source>
        <translation>Examiner le pipeline, pas les personnes</translation>
    </message>
    <message>
        <source>Ask about next steps and evidence in each deal, not about effort.</source>
        <translation>Interroger sur les prochaines étapes et les preuves de chaque affaire, pas sur les efforts.</translation>
    </message>
    <message>
        <source>Forecast honestly</source>
        <translation>Faire des prévisions honnêtes</translation>
    </message>
    <message>
        <source>Call the number I believe, even when it is lower than the target.</source>
        <translation>Annoncer le chiffre auquel je crois, même s’il est inférieur à l’objectif.</translation>
    </message>
    <message>
        <source>Let reps own their accounts</source>
        <translation>Laisser les commerciaux porter leurs comptes</translation>
    </message>
    <message>
        <source>Hand over my own accounts with a proper introduction, and don&apos;t step back in.</source>
        <translation>Confier mes propres comptes avec une vraie présentation, et ne pas reprendre la main ensuite.</translation>
    </message>
    <message>
        <source>Set discount rules, not approvals</source>
        <translation>Fixer des règles de remise, pas des validations</translation>
    </message>
    <message>
        <source>Make the rules clear so reps can decide without asking me each time.</source>
        <translation>Rendre les règles claires, pour que les commerciaux puissent décider sans me demander à chaque fois.</translation>
    </message>
    <message>
        <source>A key account handed to a rep, with a target and a plan for the year</source>
        <translation>Un grand compte confié à un commercial, avec un objectif et un plan pour l’année</translation>
    </message>
    <message>
        <source>The weekly forecast prepared by the reps before your review</source>
        <translation>Les prévisions de la semaine préparées par les commerciaux avant votre revue</translation>
    </message>
    <message>
        <source>Onboarding of the next new rep run by a senior rep</source>
        <translation>L’intégration du prochain commercial menée par un commercial expérimenté</translation>
    </message>
    <message>
        <source>Renewals for one segment owned by one rep, with a target renewal rate</source>
        <translation>Les renouvellements d’un segment pris en charge par un commercial, avec un taux de renouvellement cible</translation>
    </message>
    <message>
        <source>sales, account executive, account manager, account, key account, business development, bdr, sdr, sales development, revenue, commercial, territory, head of sales, sales manager, partnerships, inside sales, field sales, channel sales, sales operations, sales director, ae</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>commerciale, directeur commercial, directrice commerciale, direction commerciale, responsable commercial, responsable commerciale, responsable des ventes, directeur des ventes, directrice des ventes, chef des ventes, cheffe des ventes, vente, chargé d’affaires, chargée d’affaires, ingénieur commercial, ingénieure commerciale, ingénieur d’affaires, ingénieure d’affaires, technico-commercial, technico-commerciale, attaché commercial, attachée commerciale, délégué commercial, déléguée commerciale, conseiller commercial, conseillère commerciale, grand compte, grands comptes, responsable grands comptes, key account manager, kam, business developer, développeur commercial, développeuse commerciale, développement commercial, apporteur d’affaires, avant-vente, administration des ventes, adv, télévente, chef de secteur, cheffe de secteur, partenariats, responsable partenariats</translation>
    </message>
</context>
<context>
    <name>families/software-engineering</name>
    <message>
        <source>Software engineering</source>
        <translation>Développement logiciel</translation>
    </message>
    <message>
        <source>Reviewing every change before it merges</source>
        <translation>Relire chaque modification avant qu’elle soit fusionnée</translation>
    </message>
    <message>
        <source>Writing features or code yourself</source>
        <translation>Coder moi-même des fonctionnalités</translation>
    </message>
    <message>
        <source>On-call shifts and firefighting</source>
        <translation>Astreintes et gestion des urgences</translation>
    </message>
    <message>
        <source>Fixing escalations yourself</source>
        <translation>Régler moi-même les escalades</translation>
    </message>
    <message>
        <source>Architecture and design reviews</source>
        <translation>Revues d’architecture et de conception</translation>
    </message>
    <message>
        <source>Sprint planning and backlog grooming</source>
        <translation>Planification de sprint et affinage du backlog</translation>
    </message>
    <message>
        <source>Running incident reviews</source>
        <translation>Animer les revues d’incident</translation>
    </message>
    <message>
        <source>Answering the team&apos;s questions in chat</source>
        <translation>Répondre aux questions de l’équipe sur la messagerie</translation>
    </message>
    <message>
        <source>One-to-ones with your team</source>
        <translation>Entretiens individuels avec mon équipe</translation>
    </message>
    <message>
        <source>Coaching and developing people</source>
        <translation>Accompagner et faire grandir les personnes</translation>
    </message>
    <message>
        <source>Hiring: interviews and debriefs</source>
        <translation>Recrutement&#xa0;: entretiens et débriefs</translation>
    </message>
    <message>
        <source>Roadmap and priorities</source>
        <translation>Feuille de route et priorités</translation>
    </message>
    <message>
        <source>Review the approach, not every line</source>
        <translation>Revoir l’approche, pas chaque ligne</translation>
    </message>
    <message>
        <source>Agree how the team reviews its own work, and look at the design choices that are hard to undo.</source>
        <translation>Convenir de la façon dont l’équipe relit son propre travail, et regarder les choix de conception difficiles à défaire.</translation>
    </message>
    <message>
        <source>Let others hold the pager</source>
        <translation>Laisser d’autres prendre l’astreinte</translation>
    </message>
    <message>
        <source>Make on-call a rota the team runs, and step in only when I am asked to.</source>
        <translation>Faire de l’astreinte un roulement géré par l’équipe, et n’intervenir que si on me le demande.</translation>
    </message>
    <message>
        <source>Ask, then wait, before I answer</source>
        <translation>Demander, puis attendre, avant de répondre</translation>
    </message>
    <message>
        <source>When someone brings a technical problem, ask what they would try first.</source>
        <translation>Quand quelqu’un m’apporte un problème technique, lui demander ce qu’il essaierait en premier.</translation>
    </message>
    <message>
        <source>Trade features against risk out loud</source>
        <translation>Arbitrer ouvertement entre fonctionnalités et risques</translation>
    </message>
    <message>
        <source>Say which work we won&apos;t do and why, so the team can plan around it.</source>
        <translation>Dire quel travail nous ne ferons pas et pourquoi, pour que l’équipe puisse s’organiser en conséquence.</translation>
    </message>
    <message>
        <source>Hand over whole problems, not tickets</source>
        <translation>Confier des problèmes entiers, pas des tickets</translation>
    </message>
    <message>
        <source>Give an engineer an outcome with its measure and let them choose the design.</source>
        <translation>Confier à un développeur un résultat avec son critère de réussite, et le laisser choisir la conception.</translation>
    </message>
    <message>
        <source>Protect the team&apos;s focus time</source>
        <translation>Protéger le temps de concentration de l’équipe</translation>
    </message>
    <message>
        <source>Shield the team from interruptions and from meetings that could be a message.</source>
        <translation>Protéger l’équipe des interruptions et des réunions qui auraient pu être un simple message.</translation>
    </message>
    <message>
        <source>On-call rota and incident reviews run by the team, with a named owner each week</source>
        <translation>Le roulement d’astreinte et les revues d’incident gérés par l’équipe, avec un responsable désigné chaque semaine</translation>
    </message>
    <message>
        <source>Code review standards agreed and held by the team, without every change waiting for you</source>
        <translation>Des règles de revue de code convenues et tenues par l’équipe, sans que chaque modification vous attende</translation>
    </message>
    <message>
        <source>Sprint planning run by a senior engineer, with the plan ready before the meeting</source>
        <translation>La planification de sprint menée par un développeur expérimenté, avec le plan prêt avant la réunion</translation>
    </message>
    <message>
        <source>The next release shipped on the agreed date, owned end to end by one engineer</source>
        <translation>La prochaine version livrée à la date convenue, portée de bout en bout par un développeur</translation>
    </message>
    <message>
        <source>software, engineering, engineer, developer, software development, backend, frontend, full stack, fullstack, devops, platform, sre, site reliability, infrastructure, tech lead, technical lead, engineering manager, head of engineering, cto, programmer, qa, test engineer, mobile, ios, android, web developer, architect</source>
        <comment>Comma-separated words in job titles that suggest this field. Write the words people use in job titles in your language; the English words are always kept as well.</comment>
        <translation>logiciel, développeur, développeuse, développement logiciel, études et développement, ingénieur logiciel, ingénieure logiciel, ingénieur développement, ingénieure développement, ingénieur, ingénieure, ingénierie, informatique, dsi, directeur technique, directrice technique, directeur informatique, directrice informatique, responsable technique, responsable informatique, lead dev, lead développeur, chef de projet informatique, cheffe de projet informatique, architecte, architecte logiciel, intégrateur, testeur, testeuse, recette, administrateur système, administratrice système, systèmes et réseaux, numérique</translation>
    </message>
</context>
<context>
    <name>guide/checkins</name>
    <message>
        <source>Check-ins</source>
        <translation>Points hebdo</translation>
    </message>
    <message>
        <source>Once a week, two minutes: where your hours went, the delegations due for a check-in, and one thought. It is the habit the whole plan rests on — without it the app cannot tell whether your week is changing. Open it with **Ctrl+K** from anywhere, or **Log this week** here. **Ctrl+Return** saves it.</source>
        <translation>Une fois par semaine, deux minutes&#xa0;: où sont passées vos heures, les délégations qui attendent un point de suivi, et une réflexion. C’est l’habitude sur laquelle repose tout le plan&#xa0;: sans elle, l’application ne peut pas savoir si votre semaine change. Ouvrez le point hebdomadaire avec **Ctrl+K** depuis n’importe où, ou avec **Faire le point de la semaine** sur cet écran. **Ctrl+Entrée** l’enregistre.</translation>
    </message>
    <message>
        <source>Your hours</source>
        <translation>Vos heures</translation>
    </message>
    <message>
        <source>Write down about how many hours you spent on **execution** (doing the work, reviewing, fixing, firefighting) and on **strategy** (direction, priorities, developing people, alignment, decisions). Rough numbers are fine: the trend matters, not the minutes.</source>
        <translation>Notez à peu près combien d’heures vous avez passées en **exécution** (faire le travail, relire, corriger, éteindre les incendies) et en **stratégie** (direction, priorités, développement des personnes, alignement, décisions). Des chiffres approximatifs suffisent&#xa0;: c’est la tendance qui compte, pas les minutes.</translation>
    </message>
    <message>
        <source>**Split by inventory item** (optional) lets you give hours per item of your [inventory](inventory.md). That is how the app notices a **boomerang**: hours on an item you have already handed over mean the work came back. **Take the week&apos;s hours from the items** adds them up for you.</source>
        <translation>**Répartir par activité de l’inventaire** (facultatif) vous permet de donner des heures pour chaque activité de votre [inventaire](inventory.md). C’est ainsi que l’application repère un **effet boomerang**&#xa0;: des heures sur une activité que vous avez déjà confiée signifient que le travail vous est revenu. **Reprendre les heures de la semaine depuis les activités** fait le total pour vous.</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Prendre du recul</translation>
    </message>
    <message>
        <source>Each week offers a reflection question or two, such as &quot;What did you hold onto this week that someone else could own?&quot;. Answer in a sentence; your answers stay with the week. Every week also asks whom you asked for feedback.</source>
        <translation>Chaque semaine propose une ou deux questions de réflexion, comme «&#xa0;Qu’avez-vous gardé cette semaine que quelqu’un d’autre pourrait prendre en charge&#xa0;?&#xa0;». Répondez en une phrase&#xa0;; vos réponses restent attachées à la semaine. Chaque semaine, le point vous demande aussi à qui vous avez demandé du feedback.</translation>
    </message>
    <message>
        <source>Questions that fit your week</source>
        <translation>Des questions adaptées à votre semaine</translation>
    </message>
    <message>
        <source>Before the usual questions, the check-in asks about what is happening in your plan. At most two of these come first, in this order:</source>
        <translation>Avant les questions habituelles, le point hebdomadaire vous interroge sur ce qui se passe dans votre plan. Deux de ces questions au plus passent en premier, dans cet ordre&#xa0;:</translation>
    </message>
    <message>
        <source>**You took something back**: it asks what pulled you in, and what would have to be true to hand it over again. Taking work back is the old job pulling you in, and the reason is worth knowing. It keeps asking until a week&apos;s check-in has an answer.</source>
        <translation>**Vous avez repris quelque chose**&#xa0;: la question porte sur ce qui vous a fait replonger, et sur ce qui devrait être vrai pour confier à nouveau ce travail. Reprendre du travail, c’est l’ancien métier qui vous rattrape, et la raison mérite d’être connue. La question revient jusqu’à ce qu’un point hebdomadaire y réponde.</translation>
    </message>
    <message>
        <source>**Work came back**: you logged hours on something you had handed over. It asks what pulled you back in.</source>
        <translation>**Du travail vous est revenu**&#xa0;: vous avez noté des heures sur quelque chose que vous aviez confié. La question porte sur ce qui vous y a ramené.</translation>
    </message>
    <message>
        <source>**A milestone is near**: when one of your milestones is within a week, before or after, and you have not reviewed it yet, it asks what you will bring to the review: what to keep, what to stop, what to start.</source>
        <translation>**Un jalon approche**&#xa0;: quand l’un de vos jalons tombe dans la semaine qui précède ou qui suit, et que vous n’en avez pas encore fait le bilan, la question porte sur ce que vous apporterez au bilan&#xa0;: ce qu’il faut garder, arrêter, commencer.</translation>
    </message>
    <message>
        <source>**Your narrative is a month old**: it asks if what you wrote about what is really going on is still true. After you answer, it waits at least three weeks before it asks again.</source>
        <translation>**Votre récit date d’un mois**&#xa0;: la question vous demande si ce que vous avez écrit sur ce qui se passe vraiment est toujours vrai. Après votre réponse, elle attend au moins trois semaines avant de revenir.</translation>
    </message>
    <message>
        <source>**A week above your glide path**: when the hours you type put you above the strategy share your plan expects, it asks what made room, so you can do it again.</source>
        <translation>**Une semaine au-dessus de votre trajectoire**&#xa0;: quand les heures saisies vous placent au-dessus de la part de stratégie prévue par votre plan, la question porte sur ce qui a libéré de la place, pour que vous puissiez recommencer.</translation>
    </message>
    <message>
        <source>Once a month: why you lead</source>
        <translation>Une fois par mois&#xa0;: pourquoi vous dirigez</translation>
    </message>
    <message>
        <source>Once a month the check-in asks which satisfaction you are after: **being liked**, **your own wins**, **impact through others** or **control**. No answer is wrong. You choose one, or you leave it for now, and your answer stays with the week.</source>
        <translation>Une fois par mois, le point hebdomadaire vous demande quelle satisfaction vous recherchez&#xa0;: **la sympathie des autres**, **vos propres réussites**, **l’impact à travers les autres** ou **le contrôle**. Aucune réponse n’est mauvaise. Vous en choisissez une, ou vous la laissez pour plus tard, et votre réponse reste attachée à la semaine.</translation>
    </message>
    <message>
        <source>This comes from David McClelland and David Burnham (&quot;Power Is the Great Motivator&quot;, Harvard Business Review, 1976). In their research, the managers with the best teams wanted influence for the team&apos;s sake and kept that wish in check. Managers who mostly wanted to be liked, or wanted power for themselves, did less well.</source>
        <translation>Cela vient de David McClelland et David Burnham («&#xa0;Power Is the Great Motivator&#xa0;», Harvard Business Review, 1976). Dans leurs recherches, les managers qui avaient les meilleures équipes recherchaient l’influence au service de l’équipe, et savaient tenir ce désir en bride. Les managers qui voulaient surtout être appréciés, ou qui voulaient le pouvoir pour eux-mêmes, réussissaient moins bien.</translation>
    </message>
    <message>
        <source>If &quot;control&quot; is your answer in two of your last three checks, and you have also taken work back or most of your handovers are at level 1 or 2 (where you still decide), the check-in shows a short note about it. You only ever see this note once. It is saved with that week, so you can read it again there, and no other week shows it.</source>
        <translation>Si «&#xa0;le contrôle&#xa0;» est votre réponse à deux de vos trois derniers points sur la motivation, et que vous avez aussi repris du travail ou que la plupart de vos délégations sont au niveau 1 ou 2 (où c’est encore vous qui décidez), le point hebdomadaire affiche une courte remarque à ce sujet. Vous ne voyez cette remarque qu’une seule fois. Elle est enregistrée avec la semaine, pour que vous puissiez la relire, et aucune autre semaine ne l’affiche.</translation>
    </message>
    <message>
        <source>Filling hours from a calendar or a time tracker</source>
        <translation>Remplir les heures depuis un agenda ou un outil de suivi du temps</translation>
    </message>
    <message>
        <source>If your week is already in a calendar or a time tracker, Altitude can read an export of it (a calendar `.ics` file; Toggl, Clockify, Timewarrior or Harvest exports), sort each entry into execution or strategy by your own rules — words to look for, first match wins — and record the weeks as check-ins. It reads the file on your computer; nothing is fetched from the network. From a terminal:</source>
        <translation>Si votre semaine figure déjà dans un agenda ou un outil de suivi du temps, Altitude peut en lire un export (un fichier d’agenda `.ics`&#xa0;; des exports Toggl, Clockify, Timewarrior ou Harvest), classer chaque entrée en exécution ou en stratégie selon vos propres règles (des mots à chercher, la première règle qui correspond l’emporte) et enregistrer les semaines comme points hebdomadaires. Le fichier est lu sur votre ordinateur&#xa0;; rien n’est récupéré sur le réseau. Depuis un terminal&#xa0;:</translation>
    </message>
    <message>
        <source>`preview` writes nothing; `apply` records the weeks you name, after a backup. All-day events, cancelled events and invitations you declined count nothing. A rule may name an inventory item, so those hours also count as that item&apos;s. The file `docs/TIME-IMPORT.md` that comes with Altitude&apos;s source has every detail.</source>
        <translation>`preview` n’écrit rien&#xa0;; `apply` enregistre les semaines indiquées, après une sauvegarde. Les événements sur toute la journée, les événements annulés et les invitations que vous avez déclinées ne comptent pas. Une règle peut nommer une activité de l’inventaire&#xa0;: ces heures comptent alors aussi pour cette activité. Le fichier `docs/TIME-IMPORT.md` fourni avec le code source d’Altitude donne tous les détails.</translation>
    </message>
    <message>
        <source>The list</source>
        <translation>La liste</translation>
    </message>
    <message>
        <source>This screen lists every week you checked in. **Enter** opens the selected week to correct it; **Delete** removes it, and **Ctrl+Z** brings it back. Missing weeks appear on the [Dashboard](dashboard.md).</source>
        <translation>Cet écran liste chaque semaine où vous avez fait le point. **Entrée** ouvre la semaine sélectionnée pour la corriger&#xa0;; **Suppr** la supprime, et **Ctrl+Z** la rétablit. Les semaines manquantes apparaissent sur le [Tableau de bord](dashboard.md).</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Retour au sommaire](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/dashboard</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>The dashboard is the first screen: one look tells you whether the move is happening.</source>
        <translation>Le tableau de bord est le premier écran&#xa0;: un coup d’œil vous dit si la transition est en marche.</translation>
    </message>
    <message>
        <source>Your first steps</source>
        <translation>Vos premiers pas</translation>
    </message>
    <message>
        <source>After you set up your plan, the dashboard walks you once round the loop the app is built on, one step at a time:</source>
        <translation>Une fois votre plan créé, le tableau de bord vous fait faire une fois le tour de la boucle sur laquelle l’application repose, une étape à la fois&#xa0;:</translation>
    </message>
    <message>
        <source>**Weigh your items**: decide for each thing you do what you keep, hand over or stop.</source>
        <translation>**Évaluez vos activités**&#xa0;: décidez pour chaque chose que vous faites ce que vous gardez, confiez ou arrêtez.</translation>
    </message>
    <message>
        <source>**Add your team**: the people you can hand work to.</source>
        <translation>**Ajoutez votre équipe**&#xa0;: les personnes à qui vous pouvez confier du travail.</translation>
    </message>
    <message>
        <source>**Hand over a first outcome**: a result someone else owns. Your role&apos;s field offers examples, such as &quot;the weekly forecast prepared by the reps&quot; for a sales lead.</source>
        <translation>**Confiez un premier résultat**&#xa0;: un résultat dont quelqu’un d’autre est responsable. Le domaine de votre rôle propose des exemples, comme «&#xa0;les prévisions de la semaine préparées par les commerciaux&#xa0;» pour un responsable des ventes.</translation>
    </message>
    <message>
        <source>**Log your first weekly check-in**.</source>
        <translation>**Faites votre premier point hebdomadaire**.</translation>
    </message>
    <message>
        <source>**Record a first decision** in the decision journal.</source>
        <translation>**Notez une première décision** dans le journal de décisions.</translation>
    </message>
    <message>
        <source>**Ask for feedback**: note what someone told you, or rate yourself on a theme.</source>
        <translation>**Demandez du feedback**&#xa0;: notez ce qu’on vous a dit, ou évaluez-vous sur un thème.</translation>
    </message>
    <message>
        <source>**Write your narrative**: what is really going on, and how you will deal with it.</source>
        <translation>**Écrivez votre récit**&#xa0;: ce qui se passe vraiment, et comment vous allez y faire face.</translation>
    </message>
    <message>
        <source>**Meet your boss**: add them to your relationships and note one of the five conversations.</source>
        <translation>**Rencontrez votre manager**&#xa0;: ajoutez cette personne à vos relations et notez l’une des cinq conversations.</translation>
    </message>
    <message>
        <source>Each step has a button that takes you to its screen. A step ticks itself off when what it asks for is in your plan, not when you click its button, so an undo takes the tick back. The open steps come first. Once all are done, the list goes away.</source>
        <translation>Chaque étape a un bouton qui mène à son écran. Une étape se coche d’elle-même quand ce qu’elle demande figure dans votre plan, pas quand vous cliquez sur son bouton&#xa0;: une annulation retire donc la coche. Les étapes ouvertes viennent en premier. Une fois toutes faites, la liste disparaît.</translation>
    </message>
    <message>
        <source>The order depends on the situation you chose when you set up the plan. A **turnaround** puts the first decision first: you have to decide fast. A **realignment** starts with the narrative and your boss: you have to make the case for change. **Start-up** and **accelerated growth** start with the team and a first handover. **Sustaining success** starts by asking for feedback: learn why it works before you change it. &quot;Not sure&quot; keeps the list above. This order is Altitude&apos;s own rule of thumb, based on Michael Watkins&apos; situations (*The First 90 Days*).</source>
        <translation>L’ordre dépend de la situation choisie à la création du plan. Un **redressement** met la première décision en tête&#xa0;: il faut décider vite. Un **réalignement** commence par le récit et votre manager&#xa0;: il faut convaincre de la nécessité du changement. La **création** et la **croissance accélérée** commencent par l’équipe et une première délégation. Le **maintien du succès** commence par demander du feedback&#xa0;: comprendre pourquoi cela marche avant de changer quoi que ce soit. «&#xa0;Je ne sais pas&#xa0;» garde la liste ci-dessus. Cet ordre est une règle empirique propre à Altitude, inspirée des situations de Michael Watkins (*Les 90 premiers jours*).</translation>
    </message>
    <message>
        <source>While these steps are open, the dashboard never tells you that nothing needs your attention.</source>
        <translation>Tant que ces étapes sont ouvertes, le tableau de bord ne vous dit jamais que rien ne demande votre attention.</translation>
    </message>
    <message>
        <source>The cards</source>
        <translation>Les cartes</translation>
    </message>
    <message>
        <source>**Your transition**: which day of your plan it is, and how many are left.</source>
        <translation>**Votre transition**&#xa0;: à quel jour de votre plan vous en êtes, et combien il en reste.</translation>
    </message>
    <message>
        <source>**Strategy this week** (or last week): the strategy share of your latest check-in.</source>
        <translation>**Stratégie cette semaine** (ou la semaine dernière)&#xa0;: la part de stratégie de votre dernier point hebdomadaire.</translation>
    </message>
    <message>
        <source>**Against the glide path**: on track, ahead or behind the share your plan expects for that week, and by how many points.</source>
        <translation>**Par rapport à la trajectoire**&#xa0;: dans les temps, en avance ou en retard sur la part que votre plan prévoit pour cette semaine, et de combien de points.</translation>
    </message>
    <message>
        <source>**Reaching your target**: when you will get there at the current trend — a straight line through your last six check-ins. It needs three check-ins; if your share is flat or falling it says &quot;not at this trend&quot; rather than guessing.</source>
        <translation>**Atteindre votre cible**&#xa0;: quand vous y arriverez à la tendance actuelle, c’est-à-dire une droite passant par vos six derniers points hebdomadaires. Il faut au moins trois points&#xa0;; si votre part stagne ou baisse, la carte affiche «&#xa0;Pas avec cette tendance&#xa0;» au lieu de deviner.</translation>
    </message>
    <message>
        <source>**Freed by delegation**: the hours a week that the outcomes you handed over give back.</source>
        <translation>**Libéré par la délégation**&#xa0;: les heures par semaine que vous rendent les résultats que vous avez confiés.</translation>
    </message>
    <message>
        <source>**Check-ins due**: delegations waiting for you to check in.</source>
        <translation>**Points à faire**&#xa0;: les délégations sur lesquelles vous devez faire un point de suivi.</translation>
    </message>
    <message>
        <source>The chart</source>
        <translation>Le graphique</translation>
    </message>
    <message>
        <source>Your strategy share week by week, against the [glide path](ideas.md) your plan expects, with a band of a few points either side (the tolerance you set on the [Plan](plan.md)), your milestones, today, and the projection.</source>
        <translation>Votre part de stratégie semaine après semaine, par rapport à la [trajectoire](ideas.md) que prévoit votre plan, avec une bande de quelques points de part et d’autre (la tolérance réglée dans le [Plan](plan.md)), vos jalons, aujourd’hui et la projection.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>This week&apos;s check-in, delegations due for a check-in, weeks with no check-in, one-to-ones due, decisions due for review and feedback follow-ups — each one click from where you deal with it. When your execution share rises two weeks running, it asks what pulled you back in.</source>
        <translation>Le point de cette semaine, les délégations qui attendent un point de suivi, les semaines sans point, les entretiens individuels à prévoir, les décisions à réexaminer et les suites à donner aux feedbacks&#xa0;: chacun à un clic de l’endroit où vous vous en occupez. Quand votre part d’exécution augmente deux semaines de suite, le tableau de bord vous demande ce qui vous y a ramené.</translation>
    </message>
    <message>
        <source>How it serves the plan</source>
        <translation>Au service du plan</translation>
    </message>
    <message>
        <source>The dashboard does not judge you. It shows what your own check-ins say, next to what you planned, so you notice early when the old work is pulling you back.</source>
        <translation>Le tableau de bord ne vous juge pas. Il montre ce que disent vos propres points hebdomadaires, à côté de ce que vous aviez prévu, pour que vous remarquiez tôt quand l’ancien travail vous rattrape.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Retour au sommaire](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/data</name>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Altitude never connects to the network. Everything you enter stays in one folder on your computer, readable by you alone: the folder is private to your user, and so is every file Altitude writes — the plan, its backups, your exports and reports.</source>
        <translation>Altitude ne se connecte jamais au réseau. Tout ce que vous saisissez reste dans un seul dossier sur votre ordinateur, lisible uniquement par vous&#xa0;: le dossier est réservé à votre compte utilisateur, tout comme chaque fichier qu’Altitude écrit (le plan, ses sauvegardes, vos exports et vos rapports).</translation>
    </message>
    <message>
        <source>Where it lives</source>
        <translation>Où elles se trouvent</translation>
    </message>
    <message>
        <source>| system | folder |</source>
        <translation>| système | dossier |</translation>
    </message>
    <message>
        <source>| Linux | ~/.local/share/Altitude (or $XDG_DATA_HOME/Altitude) |</source>
        <translation>| Linux | ~/.local/share/Altitude (ou $XDG_DATA_HOME/Altitude) |</translation>
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
        <translation>**Aide › À propos d’Altitude** et **Paramètres** (Ctrl+,) indiquent le dossier qu’utilise cette copie d’Altitude&#xa0;; **Ouvrir le dossier**, dans les Paramètres, l’ouvre. Lancé avec `altitude --data-dir DIR`, ou avec la variable d’environnement `ALTITUDE_DATA_DIR`, Altitude garde tout dans `DIR` à la place. Dans le dossier&#xa0;:</translation>
    </message>
    <message>
        <source>`altitude.db` — your plan, an SQLite database. While Altitude is open you may also see `altitude.db-wal` and `altitude.db-shm`: they are part of it.</source>
        <translation>`altitude.db`&#xa0;: votre plan, une base de données SQLite. Quand Altitude est ouvert, vous pouvez aussi voir `altitude.db-wal` et `altitude.db-shm`&#xa0;: ils en font partie.</translation>
    </message>
    <message>
        <source>`backups/` — automatic and manual backups.</source>
        <translation>`backups/`&#xa0;: les sauvegardes automatiques et manuelles.</translation>
    </message>
    <message>
        <source>`altitude.lock` — there while the app is open, so a plan is open in one window only.</source>
        <translation>`altitude.lock`&#xa0;: présent tant que l’application est ouverte, pour qu’un plan ne soit ouvert que dans une seule fenêtre.</translation>
    </message>
    <message>
        <source>`logs/altitude.log` — made only if Altitude meets a bug of its own. It holds the error and where in Altitude&apos;s code it happened, nothing of your plan.</source>
        <translation>`logs/altitude.log`&#xa0;: créé seulement si Altitude rencontre une erreur qui lui est propre. Il contient l’erreur et l’endroit du code d’Altitude où elle s’est produite, rien de votre plan.</translation>
    </message>
    <message>
        <source>Every change is saved the moment you make it, completely or not at all: there is no Save button, and a crash or a power cut cannot leave half a change behind.</source>
        <translation>Chaque modification est enregistrée dès que vous la faites, entièrement ou pas du tout&#xa0;: il n’y a pas de bouton Enregistrer, et un plantage ou une coupure de courant ne peut pas laisser une modification à moitié faite.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Altitude backs up your plan by itself: once a day, the first time you open it, and before anything that replaces your plan — an import, a restore, a new plan, an upgrade of the file by a newer Altitude. Each backup is checked before it is kept. The newest 10 are kept; change that in **Settings**.</source>
        <translation>Altitude sauvegarde votre plan de lui-même&#xa0;: une fois par jour, à la première ouverture, et avant tout ce qui remplace votre plan (un import, une restauration, un nouveau plan, une mise à jour du fichier par une version plus récente d’Altitude). Chaque sauvegarde est vérifiée avant d’être conservée. Les 10 plus récentes sont gardées&#xa0;; vous pouvez changer ce nombre dans les **Paramètres**.</translation>
    </message>
    <message>
        <source>To make one yourself: **File › Backups… › Back up now**, or `altitude backup` in a terminal (`altitude backup -o FILE.db` puts it anywhere, for example on a USB stick).</source>
        <translation>Pour en faire une vous-même&#xa0;: **Fichier › Sauvegardes… › Sauvegarder maintenant**, ou `altitude backup` dans un terminal (`altitude backup -o FILE.db` la place où vous voulez, par exemple sur une clé USB).</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>**File › Backups…** lists every backup with when it was made, which plan it holds and how many check-ins; pick one and **Restore…**. Your plan as it is now is backed up first, so a restore can itself be undone. From a terminal: `altitude restore FILE` (with the app closed).</source>
        <translation>**Fichier › Sauvegardes…** liste chaque sauvegarde avec sa date, le plan qu’elle contient et son nombre de points hebdomadaires&#xa0;; choisissez-en une puis **Restaurer…**. Votre plan actuel est d’abord sauvegardé&#xa0;: une restauration peut donc elle-même être annulée. Depuis un terminal&#xa0;: `altitude restore FILE` (application fermée).</translation>
    </message>
    <message>
        <source>If the plan cannot be opened</source>
        <translation>Si le plan ne s’ouvre pas</translation>
    </message>
    <message>
        <source>Every start checks the file. If it is damaged, Altitude says so and offers the newest backup that passes its check. The damaged file is never deleted: it is kept beside the new one. `altitude doctor` runs a thorough check and changes nothing.</source>
        <translation>Chaque démarrage vérifie le fichier. S’il est endommagé, Altitude le signale et propose la sauvegarde la plus récente qui passe la vérification. Le fichier endommagé n’est jamais supprimé&#xa0;: il est conservé à côté du nouveau. `altitude doctor` fait une vérification complète sans rien modifier.</translation>
    </message>
    <message>
        <source>Moving to another computer</source>
        <translation>Passer à un autre ordinateur</translation>
    </message>
    <message>
        <source>Export the plan (**File › Export plan…**, or `altitude export -o plan.json`) and import it on the other computer; or quit Altitude and copy the whole folder, with `backups/`.</source>
        <translation>Exportez le plan (**Fichier › Exporter le plan…**, ou `altitude export -o plan.json`) et importez-le sur l’autre ordinateur&#xa0;; ou quittez Altitude et copiez tout le dossier, avec `backups/`.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>**Settings** (Ctrl+,) holds the day you check in, the first day of your week, the theme (follow the system, light or dark), how many backups to keep, and the data folder.</source>
        <translation>Les **Paramètres** (Ctrl+,) contiennent le jour de votre point hebdomadaire, le premier jour de votre semaine, le thème (celui du système, clair ou sombre), le nombre de sauvegardes à garder et le dossier des données.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Retour au sommaire](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/decisions</name>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>At the next level you are valued for judgment — about people, money, risk and timing — more than for output. The decision journal helps you decide with incomplete information, say it once, and learn from how it went.</source>
        <translation>Au niveau suivant, on vous attend sur votre jugement (sur les personnes, l’argent, les risques et le bon moment) plus que sur votre production. Le journal de décisions vous aide à décider avec des informations incomplètes, à le dire une fois, et à apprendre de la suite.</translation>
    </message>
    <message>
        <source>Recording a decision</source>
        <translation>Noter une décision</translation>
    </message>
    <message>
        <source>**The decision** in one sentence, and its **kind**: people, money, risk, timing, direction, process, or a kind of your own.</source>
        <translation>**La décision** en une phrase, et son **type**&#xa0;: personnes, argent, risque, calendrier, orientation, processus, ou un type à vous.</translation>
    </message>
    <message>
        <source>**One-way or two-way door**: can it be walked back? Most decisions are two-way doors and can be made fast (Bezos).</source>
        <translation>**Porte à sens unique ou à double sens**&#xa0;: peut-on revenir en arrière&#xa0;? La plupart des décisions sont des portes à double sens et peuvent se prendre vite (Bezos).</translation>
    </message>
    <message>
        <source>**How much of the information you wish you had** you have, in percent. Waiting for all of it is a decision too; Bezos suggests deciding at about 70%.</source>
        <translation>**La part des informations que vous aimeriez avoir** dont vous disposez, en pourcentage. Attendre de tout savoir est aussi une décision&#xa0;; Bezos suggère de décider à environ 70&#xa0;%.</translation>
    </message>
    <message>
        <source>**The options** you considered (at least two), **your choice** and a short rationale. There is a gentle word limit: the point is to decide without over-explaining.</source>
        <translation>**Les options** envisagées (au moins deux), **votre choix** et une courte justification. Une limite de mots, souple, vous y aide&#xa0;: le but est de décider sans trop vous justifier.</translation>
    </message>
    <message>
        <source>**What you expect to happen**, by when, and **how confident** you are, in percent.</source>
        <translation>**Ce que vous attendez**, pour quand, et **votre degré de confiance**, en pourcentage.</translation>
    </message>
    <message>
        <source>**What would make you reverse it.**</source>
        <translation>**Ce qui vous ferait revenir sur cette décision.**</translation>
    </message>
    <message>
        <source>**A premortem**: &quot;It is months later and this decision failed. Why?&quot; (Klein).</source>
        <translation>**Un pré-mortem**&#xa0;: «&#xa0;Nous sommes des mois plus tard, et cette décision a échoué. Pourquoi&#xa0;?&#xa0;» (Klein).</translation>
    </message>
    <message>
        <source>**How you feel** as you decide.</source>
        <translation>**Votre état d’esprit** au moment de décider.</translation>
    </message>
    <message>
        <source>**Who made it**: you, or a team member — decisions you delegated count too.</source>
        <translation>**Qui l’a prise**&#xa0;: vous, ou un membre de l’équipe&#xa0;; les décisions que vous avez déléguées comptent aussi.</translation>
    </message>
    <message>
        <source>Links to the people, delegations and inventory items it touches.</source>
        <translation>Des liens vers les personnes, les délégations et les activités qu’elle concerne.</translation>
    </message>
    <message>
        <source>Kept as written</source>
        <translation>Conservée telle quelle</translation>
    </message>
    <message>
        <source>Until its review is due you may correct what you wrote. From then on it stays as it was, and later thoughts are added as **hindsight notes**. Hindsight is exactly what a journal exists to catch: an expectation edited afterwards would make you look better calibrated than you are.</source>
        <translation>Jusqu’à la date de son réexamen, vous pouvez corriger ce que vous avez écrit. Ensuite, elle reste telle quelle, et les réflexions ultérieures s’ajoutent comme **réflexions après coup**. Le biais rétrospectif est justement ce qu’un journal sert à déjouer&#xa0;: une attente corrigée après coup vous ferait paraître mieux calibré que vous ne l’êtes.</translation>
    </message>
    <message>
        <source>The review</source>
        <translation>Le réexamen</translation>
    </message>
    <message>
        <source>Each decision gets a review date from its door: about 3 weeks for a two-way door, about 90 days for a one-way door. These are Altitude&apos;s rules of thumb; change the date as you like. Decisions due for review appear on the [Dashboard](dashboard.md) and in your weekly [check-in](checkins.md).</source>
        <translation>Chaque décision reçoit une date de réexamen selon sa porte&#xa0;: environ 3 semaines pour une porte à double sens, environ 90 jours pour une porte à sens unique. Ce sont des règles empiriques d’Altitude&#xa0;; changez la date comme vous voulez. Les décisions à réexaminer apparaissent sur le [Tableau de bord](dashboard.md) et dans votre [point hebdomadaire](checkins.md).</translation>
    </message>
    <message>
        <source>At the review, write what happened, whether your expectation came true, and rate two things **separately**: the quality of the outcome, and the quality of your process.</source>
        <translation>Au réexamen, notez ce qui s’est passé, si votre attente s’est réalisée, et évaluez deux choses **séparément**&#xa0;: la qualité de l’issue, et la qualité de votre façon de décider.</translation>
    </message>
    <message>
        <source>What the journal shows you</source>
        <translation>Ce que le journal vous montre</translation>
    </message>
    <message>
        <source>Once 10 decisions are reviewed (a rule of thumb: with fewer, one decision moves the picture too much):</source>
        <translation>Une fois 10 décisions réexaminées (une règle empirique&#xa0;: en dessous, une seule décision fait trop bouger le tableau)&#xa0;:</translation>
    </message>
    <message>
        <source>**Calibration**: of the decisions you gave about 70%, how many came true? Shown in 10-point bins; a well-calibrated forecaster&apos;s 70% come true about 70% of the time.</source>
        <translation>**Calibration**&#xa0;: parmi les décisions auxquelles vous donniez environ 70&#xa0;%, combien se sont réalisées&#xa0;? Affichée par tranches de 10 points&#xa0;; chez quelqu’un de bien calibré, les 70&#xa0;% se réalisent environ 70&#xa0;% du temps.</translation>
    </message>
    <message>
        <source>**The Brier score**: the average of (your confidence − what happened)², where what happened is 1 or 0. 0 is perfect; always saying 50% scores 0.25.</source>
        <translation>**Le score de Brier**&#xa0;: la moyenne de (votre confiance − ce qui s’est passé)², où ce qui s’est passé vaut 1 ou 0. 0 est parfait&#xa0;; dire toujours 50&#xa0;% donne 0,25.</translation>
    </message>
    <message>
        <source>**Process × outcome** (Annie Duke): a good decision can meet bad luck, and a poor one can be saved by luck. The four boxes are *earned reward* (good process, good outcome), *bad luck* (good process, poor outcome), *dumb luck* (poor process, good outcome) and *just deserts* (poor and poor). Judging a decision only by its outcome is called *resulting*.</source>
        <translation>**Décision × issue** (Annie Duke)&#xa0;: une bonne décision peut tomber sur la malchance, et une mauvaise être sauvée par la chance. Les quatre cases sont *Récompense méritée* (bonne décision, bonne issue), *Malchance* (bonne décision, mauvaise issue), *Coup de chance* (mauvaise décision, bonne issue) et *Juste sanction* (mauvaise et mauvaise). Juger une décision uniquement à son issue s’appelle le *resulting*.</translation>
    </message>
    <message>
        <source>How many decisions your team made rather than you, over time, and how long decisions waited.</source>
        <translation>Combien de décisions votre équipe a prises à votre place au fil du temps, et combien de temps les décisions ont attendu.</translation>
    </message>
    <message>
        <source>When you [take a delegation back](delegation.md), Altitude offers to record it as a decision: why, and what would have to be true to hand it over again.</source>
        <translation>Quand vous [reprenez une délégation](delegation.md), Altitude propose de l’enregistrer comme une décision&#xa0;: pourquoi, et ce qui devrait être vrai pour la confier à nouveau.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Retour au sommaire](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/delegation</name>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>The delegation ledger holds every outcome you hand over. Delegate outcomes, not tasks: say the result, how you will both know it is done well, and how much authority comes with it — then check in, don&apos;t hover.</source>
        <translation>Le registre des délégations contient chaque résultat que vous confiez. Déléguez des résultats, pas des tâches&#xa0;: dites le résultat attendu, comment vous saurez tous les deux qu’il est bien atteint, et quelle autorité vient avec&#xa0;; puis faites le point, sans être sur le dos de la personne.</translation>
    </message>
    <message>
        <source>A delegation</source>
        <translation>Une délégation</translation>
    </message>
    <message>
        <source>**Outcome**: the result, for example &quot;Releases go out safely&quot;.</source>
        <translation>**Résultat**&#xa0;: le résultat attendu, par exemple «&#xa0;Les mises en production se passent sans incident&#xa0;».</translation>
    </message>
    <message>
        <source>**Owner**: the team member who takes it on.</source>
        <translation>**Responsable**&#xa0;: le membre de l’équipe qui le prend en charge.</translation>
    </message>
    <message>
        <source>**Success measure**: how you will both know it is done well.</source>
        <translation>**Critère de réussite**&#xa0;: comment vous saurez tous les deux que c’est bien fait.</translation>
    </message>
    <message>
        <source>**Delegation level**: how much of the deciding is theirs (below).</source>
        <translation>**Niveau de délégation**&#xa0;: quelle part de la décision lui revient (voir ci-dessous).</translation>
    </message>
    <message>
        <source>**Check in every** so many days, and the **next check-in**.</source>
        <translation>**Faire le point tous les** tant de jours, et le **Prochain point**.</translation>
    </message>
    <message>
        <source>**Hours freed per week**: what it gives back to you.</source>
        <translation>**Heures libérées par semaine**&#xa0;: ce que la délégation vous rend.</translation>
    </message>
    <message>
        <source>**Status**: planned, handing over, owned, or taken back.</source>
        <translation>**Statut**&#xa0;: prévue, en passation, assumée ou reprise.</translation>
    </message>
    <message>
        <source>The seven delegation levels</source>
        <translation>Les sept niveaux de délégation</translation>
    </message>
    <message>
        <source>After Jurgen Appelo&apos;s delegation poker (see [Methods and sources](methods.md)):</source>
        <translation>D’après le delegation poker de Jurgen Appelo (voir [Méthodes et sources](methods.md))&#xa0;:</translation>
    </message>
    <message>
        <source>| level | name | what it means |</source>
        <translation>| niveau | nom | ce que cela veut dire |</translation>
    </message>
    <message>
        <source>| 1 | Tell | I decide and tell them. |</source>
        <translation>| 1 | Dire | Je décide et je l’annonce. |</translation>
    </message>
    <message>
        <source>| 2 | Sell | I decide and explain why, to win them over. |</source>
        <translation>| 2 | Vendre | Je décide et j’explique pourquoi, pour convaincre. |</translation>
    </message>
    <message>
        <source>| 3 | Consult | I ask for their input, then I decide. |</source>
        <translation>| 3 | Consulter | Je demande leur avis, puis je décide. |</translation>
    </message>
    <message>
        <source>| 4 | Agree | We decide together. |</source>
        <translation>| 4 | S’accorder | Nous décidons ensemble. |</translation>
    </message>
    <message>
        <source>| 5 | Advise | They decide; I offer my advice. |</source>
        <translation>| 5 | Conseiller | Ils décident&#xa0;; je donne mon avis. |</translation>
    </message>
    <message>
        <source>| 6 | Inquire | They decide and tell me afterwards. |</source>
        <translation>| 6 | S’informer | Ils décident et m’en informent ensuite. |</translation>
    </message>
    <message>
        <source>| 7 | Delegate | They decide; I don&apos;t need to know. |</source>
        <translation>| 7 | Déléguer | Ils décident&#xa0;; je n’ai pas besoin de le savoir. |</translation>
    </message>
    <message>
        <source>You can plan how the level should rise over the weeks, and the ledger shows the planned level next to the real one.</source>
        <translation>Vous pouvez prévoir comment le niveau doit monter au fil des semaines, et le registre affiche le niveau prévu à côté du niveau réel.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Points de suivi</translation>
    </message>
    <message>
        <source>**Log a check-in** notes how it is going; the next check-in moves on by the cadence. Check-ins due appear on the [Dashboard](dashboard.md) and in your weekly [check-in](checkins.md).</source>
        <translation>**Noter un point de suivi** enregistre où en est la délégation&#xa0;; le prochain point avance selon le rythme choisi. Les points de suivi à faire apparaissent sur le [Tableau de bord](dashboard.md) et dans votre [point hebdomadaire](checkins.md).</translation>
    </message>
    <message>
        <source>Boomerangs: work that came back</source>
        <translation>Effet boomerang&#xa0;: le travail qui revient</translation>
    </message>
    <message>
        <source>If a check-in logs hours on an item you have already handed over, the work has come back to you. The ledger shows it, so you can ask why before it becomes a habit.</source>
        <translation>Si un point hebdomadaire note des heures sur une activité que vous avez déjà confiée, le travail vous est revenu. Le registre le montre, pour que vous puissiez demander pourquoi avant que cela devienne une habitude.</translation>
    </message>
    <message>
        <source>Taking back</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Sometimes you have to take an outcome back. **Take back…** asks why, and the reason stays on the row. It is the execution trap made visible: look at the reasons together now and then. Taking back can also be recorded as a [decision](decisions.md): why, and what would have to be true to hand it over again.</source>
        <translation>Il faut parfois reprendre un résultat. **Reprendre…** vous demande pourquoi, et la raison reste sur la ligne. C’est le piège de l’exécution rendu visible&#xa0;: relisez les raisons ensemble de temps en temps. Une reprise peut aussi être notée comme une [décision](decisions.md)&#xa0;: pourquoi, et ce qui devrait être vrai pour confier à nouveau ce travail.</translation>
    </message>
    <message>
        <source>**Hours freed over time** charts what your handovers give back, week by week.</source>
        <translation>**Heures libérées au fil du temps** montre, semaine après semaine, ce que vos délégations vous rendent.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Retour au sommaire](index.md)</translation>
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
        <translation>L’écart entre la façon dont vous vous voyez et celle dont les autres vous perçoivent, c’est là qu’un nouveau manager progresse le plus, et cet écart est courant&#xa0;: on se note plus gentiment que les autres ne nous notent. Le journal de feedback garde cet écart sous vos yeux, en privé.</translation>
    </message>
    <message>
        <source>Themes, and your own rating first</source>
        <translation>Les thèmes, et votre propre note d’abord</translation>
    </message>
    <message>
        <source>A **theme** is something you want to get better at. Your plan&apos;s identity statements (&quot;who I need to become&quot;) are themes already; add your own. For each theme you **rate yourself first**, from 1 to 5, before you log what others said — otherwise their view colours yours. Every 90 days the app asks you again (a rule of thumb).</source>
        <translation>Un **thème** est quelque chose dans lequel vous voulez progresser. Les principes de votre plan («&#xa0;qui je dois devenir&#xa0;») sont déjà des thèmes&#xa0;; ajoutez les vôtres. Pour chaque thème, vous **vous évaluez d’abord**, de 1 à 5, avant de noter ce que les autres ont dit&#xa0;: sinon, leur regard colore le vôtre. Tous les 90 jours, l’application vous repose la question (une règle empirique).</translation>
    </message>
    <message>
        <source>Logging feedback</source>
        <translation>Noter un feedback</translation>
    </message>
    <message>
        <source>**From whom**: a team member, a peer, your boss, someone from another function, or someone else; and when.</source>
        <translation>**De qui**&#xa0;: un membre de l’équipe, un pair, votre manager, quelqu’un d’une autre fonction, ou quelqu’un d’autre&#xa0;; et quand.</translation>
    </message>
    <message>
        <source>**What they described, as situation – behaviour – impact** (SBI): when and where; what was done or said, as someone watching would describe it; what it led to.</source>
        <translation>**Ce que la personne a décrit, en situation – comportement – impact** (SBI)&#xa0;: quand et où&#xa0;; ce qui a été fait ou dit, comme le décrirait un témoin&#xa0;; à quoi cela a mené.</translation>
    </message>
    <message>
        <source>**What they asked for**, and up to two **feedforward** ideas: things you could do differently from now on (Goldsmith).</source>
        <translation>**Ce que la personne a demandé**, et jusqu’à deux idées de **feedforward**&#xa0;: des choses que vous pourriez faire autrement à partir de maintenant (Goldsmith).</translation>
    </message>
    <message>
        <source>**Your response**: what you will do, and when — one step you can check.</source>
        <translation>**Votre réponse**&#xa0;: ce que vous allez faire, et quand&#xa0;; une étape que vous pourrez vérifier.</translation>
    </message>
    <message>
        <source>A **follow-up date**; follow-ups due appear on the [Dashboard](dashboard.md).</source>
        <translation>Une **date de suivi**&#xa0;; les suites à donner apparaissent sur le [Tableau de bord](dashboard.md).</translation>
    </message>
    <message>
        <source>Optionally, **their rating** of you on the theme, from 1 to 5.</source>
        <translation>En option, **leur note** sur le thème, de 1 à 5.</translation>
    </message>
    <message>
        <source>Blind spots and hidden strengths</source>
        <translation>Angles morts et forces cachées</translation>
    </message>
    <message>
        <source>For each theme the log compares others&apos; view with yours over time, in the spirit of the Johari window:</source>
        <translation>Pour chaque thème, le journal compare au fil du temps le regard des autres avec le vôtre, dans l’esprit de la fenêtre de Johari&#xa0;:</translation>
    </message>
    <message>
        <source>a **blind spot** where others rate you lower than you rate yourself by more than a third of the scale;</source>
        <translation>un **angle mort** quand les autres vous notent plus bas que vous ne vous notez, de plus d’un tiers de l’échelle&#xa0;;</translation>
    </message>
    <message>
        <source>a **hidden strength** where they rate you higher by that much;</source>
        <translation>une **force cachée** quand ils vous notent plus haut d’autant&#xa0;;</translation>
    </message>
    <message>
        <source>**not asked yet** where nobody has rated the theme.</source>
        <translation>**pas encore demandé** quand personne n’a encore noté le thème.</translation>
    </message>
    <message>
        <source>Read the gap gently: it is a question to follow up, not a verdict.</source>
        <translation>Lisez l’écart avec bienveillance&#xa0;: c’est une question à creuser, pas un verdict.</translation>
    </message>
    <message>
        <source>Ask about behaviour, not character</source>
        <translation>Interroger sur le comportement, pas sur le caractère</translation>
    </message>
    <message>
        <source>Feedback that points at the person rather than the task often makes things worse (Kluger and DeNisi). So every question Altitude suggests names something you did, in a situation, and asks what to do next — for example &quot;When I handed that work over, what could I have done to make it easier to pick up?&quot;. The weekly check-in asks whom you asked this week.</source>
        <translation>Un feedback qui vise la personne plutôt que la tâche aggrave souvent les choses (Kluger et DeNisi). Chaque question que suggère Altitude nomme donc quelque chose que vous avez fait, dans une situation, et demande quoi faire ensuite, par exemple «&#xa0;Quand je vous ai confié ce travail, qu’aurais-je pu faire pour que vous le repreniez plus facilement&#xa0;?&#xa0;». Le point hebdomadaire vous demande à qui vous avez posé la question cette semaine.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>This is the most sensitive text in your plan. It stays in your plan&apos;s own private file, like everything else (see [Your data](data.md)), and every report lets you leave it out.</source>
        <translation>C’est le texte le plus sensible de votre plan. Il reste dans le fichier privé de votre plan, comme tout le reste (voir [Vos données](data.md)), et chaque rapport vous permet de l’exclure.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Retour au sommaire](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/functions</name>
    <message>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Influence at the next level comes from understanding how the functions interlock: how finance, sales, operations and the others are judged, and how your team moves their numbers. In a study of 1,114 chief executives in six countries, Bandiera, Hansen, Prat and Sadun found that those who spent more time in cross-functional, high-level meetings ran more productive firms. This page keeps what you learn about each function, and how often you meet them.</source>
        <translation>Au niveau suivant, l’influence vient de la compréhension de la façon dont les fonctions s’imbriquent&#xa0;: sur quoi sont jugées la finance, les ventes, les opérations et les autres, et comment votre équipe fait bouger leurs chiffres. Dans une étude portant sur 1 114 dirigeants de six pays, Bandiera, Hansen, Prat et Sadun ont constaté que ceux qui passaient plus de temps dans des réunions transverses de haut niveau dirigeaient des entreprises plus productives. Cette page garde ce que vous apprenez sur chaque fonction, et la fréquence à laquelle vous travaillez avec elle.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>**Add the usual functions** adds finance, sales, marketing, operations, product, support, people / HR and legal. Rename, delete or add your own to fit your organisation.</source>
        <translation>**Ajouter les fonctions habituelles** ajoute finance, ventes, marketing, opérations, produit, support, RH et juridique. Renommez-les, supprimez-les ou ajoutez les vôtres selon votre organisation.</translation>
    </message>
    <message>
        <source>For each function</source>
        <translation>Pour chaque fonction</translation>
    </message>
    <message>
        <source>**Measured on**: the numbers they are judged by. Ram Charan (*What the CEO Wants You to Know*) shows that every business comes down to cash, margin, velocity (how fast money turns), growth and customers: ask which of these their number moves.</source>
        <translation>**Évaluée sur**&#xa0;: les chiffres sur lesquels elle est jugée. Ram Charan (*What the CEO Wants You to Know*) montre que toute entreprise se ramène à la trésorerie, la marge, la rotation (la vitesse à laquelle l’argent tourne), la croissance et les clients&#xa0;: demandez lequel de ces éléments leur chiffre fait bouger.</translation>
    </message>
    <message>
        <source>**How your team moves it**: what your team does that helps or hurts those numbers.</source>
        <translation>**Ce que fait votre équipe**&#xa0;: ce que votre équipe fait qui aide ou nuit à ces chiffres.</translation>
    </message>
    <message>
        <source>**You learn from**: someone there, chosen from your [relationships](relationships.md).</source>
        <translation>**Vous apprenez auprès de**&#xa0;: une personne de cette fonction, choisie parmi vos [relations](relationships.md).</translation>
    </message>
    <message>
        <source>**Still unclear**: what you don&apos;t understand yet — the next thing to ask.</source>
        <translation>**Encore flou**&#xa0;: ce que vous ne comprenez pas encore&#xa0;; la prochaine question à poser.</translation>
    </message>
    <message>
        <source>**Could you explain their goals to your boss?** 1 (not yet) to 5 (as they would).</source>
        <translation>**Pourriez-vous expliquer leurs objectifs à votre manager&#xa0;?** De 1 (pas encore) à 5 (aussi bien qu’eux).</translation>
    </message>
    <message>
        <source>**Worked with them today…** logs a meeting, a question or a piece of work with them, with a note if you like.</source>
        <translation>**Travaillé avec elle aujourd’hui…** note une réunion, une question ou un travail en commun, avec une remarque si vous voulez.</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Questions à poser</translation>
    </message>
    <message>
        <source>Michael Watkins (*The First 90 Days*) suggests asking each function&apos;s people:</source>
        <translation>Michael Watkins (*Les 90 premiers jours*) suggère de demander aux personnes de chaque fonction&#xa0;:</translation>
    </message>
    <message>
        <source>What are the biggest challenges you face, and why?</source>
        <translation>Quels sont vos plus grands défis, et pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>What opportunities are going untapped?</source>
        <translation>Quelles occasions restent inexploitées&#xa0;?</translation>
    </message>
    <message>
        <source>What has to happen to make the most of them?</source>
        <translation>Que faudrait-il pour en tirer le meilleur parti&#xa0;?</translation>
    </message>
    <message>
        <source>If you were me, what would you focus on?</source>
        <translation>Si vous étiez à ma place, sur quoi vous concentreriez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>The heat map shows how many times you worked with each function, month by month: the darker the cell, the more often; empty cells are months without contact. A function you have not worked with for 60 days (our rule of thumb) is named above the table and shown in bold.</source>
        <translation>La carte de chaleur montre combien de fois vous avez travaillé avec chaque fonction, mois par mois&#xa0;: plus la case est foncée, plus c’est fréquent&#xa0;; une case vide est un mois sans contact. Une fonction avec laquelle vous n’avez pas travaillé depuis 60 jours (notre règle empirique) est nommée au-dessus du tableau et affichée en gras.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Retour au sommaire](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/ideas</name>
    <message>
        <source>The move from doing to leading</source>
        <translation>Du faire au faire-faire</translation>
    </message>
    <message>
        <source>You were promoted because you were very good at the work. The trouble is that what got you here — your output, your control, your expertise — holds you back in the new role. If you still review everything, fix what slips and do your old job on the side, you are in the **execution trap**: indispensable, and drowning.</source>
        <translation>Si vous avez obtenu cette promotion, c’est que vous excelliez dans votre métier. Le problème, c’est que ce qui vous a permis d’arriver ici (votre production, votre contrôle, votre expertise) vous freine dans votre nouveau rôle. Si vous relisez encore tout, rattrapez tout ce qui dérape et faites votre ancien travail en plus, vous êtes dans le **piège de l’exécution**&#xa0;: indispensable, mais sous l’eau.</translation>
    </message>
    <message>
        <source>At the next level you are valued for judgment, for clarity and for the team you build — not for your own output.</source>
        <translation>Au niveau suivant, on vous attend sur votre jugement, votre clarté et l’équipe que vous construisez, pas sur votre propre production.</translation>
    </message>
    <message>
        <source>Execution and strategy</source>
        <translation>Exécution et stratégie</translation>
    </message>
    <message>
        <source>Altitude sorts your working hours into two kinds:</source>
        <translation>Altitude classe vos heures de travail en deux catégories&#xa0;:</translation>
    </message>
    <message>
        <source>**Execution**: doing the work yourself, reviewing, fixing, firefighting.</source>
        <translation>**Exécution**&#xa0;: faire le travail vous-même, relire, corriger, éteindre les incendies.</translation>
    </message>
    <message>
        <source>**Strategy**: direction and priorities, developing people, working across functions, making decisions.</source>
        <translation>**Stratégie**&#xa0;: la direction et les priorités, le développement des personnes, le travail transverse, les décisions.</translation>
    </message>
    <message>
        <source>The **strategy share** is the part of your week spent on strategy. It is the one number the app follows, week by week, because it shows whether the move is really happening.</source>
        <translation>La **part de stratégie** est la part de votre semaine consacrée à la stratégie. C’est le seul chiffre que l’application suit, semaine après semaine, parce qu’il montre si la transition a vraiment lieu.</translation>
    </message>
    <message>
        <source>The glide path</source>
        <translation>La trajectoire</translation>
    </message>
    <message>
        <source>Nobody changes their week overnight. The **glide path** is the line your plan expects the strategy share to follow: from where you start (your baseline), through your milestones (by default day 30, 60 and 90), to your target. Each week is judged by its Thursday, the middle of the working week. A week within a few points of the line is on track.</source>
        <translation>Personne ne change sa semaine du jour au lendemain. La **trajectoire** est la ligne que votre plan attend de votre part de stratégie&#xa0;: de votre point de départ, en passant par vos jalons (par défaut les jours 30, 60 et 90), jusqu’à votre cible. Chaque semaine est jugée sur son jeudi, le milieu de la semaine de travail. Une semaine à quelques points de la ligne est dans les temps.</translation>
    </message>
    <message>
        <source>No published study gives the right split for a new manager. Every default split in the app is a rule of thumb, and every one can be changed.</source>
        <translation>Aucune étude publiée ne donne la bonne répartition pour un nouveau manager. Chaque répartition par défaut de l’application est une règle empirique, et toutes peuvent être modifiées.</translation>
    </message>
    <message>
        <source>The moves the app supports</source>
        <translation>Ce que l’application vous aide à faire</translation>
    </message>
    <message>
        <source>**Delegate outcomes, not tasks**: hand over a result, how to know it is done well and the authority to reach it; then check in, don&apos;t hover. See [Delegation](delegation.md).</source>
        <translation>**Déléguer des résultats, pas des tâches**&#xa0;: confier un résultat, la façon de savoir s’il est bien atteint et l’autorité pour y parvenir&#xa0;; puis faire le point, sans être sur le dos de la personne. Voir [Délégation](delegation.md).</translation>
    </message>
    <message>
        <source>**Stop being the hero**: build people who outgrow you in specific areas. See [Team](team.md).</source>
        <translation>**Arrêter de jouer les héros**&#xa0;: faire grandir des personnes qui vous dépassent dans certains domaines. Voir [Équipe](team.md).</translation>
    </message>
    <message>
        <source>**Claim strategic space**: protect time for thinking ahead. See [Check-ins](checkins.md).</source>
        <translation>**Prendre de la place pour la stratégie**&#xa0;: protéger du temps pour voir plus loin. Voir [Points hebdo](checkins.md).</translation>
    </message>
    <message>
        <source>**Practise decision clarity**: decide with incomplete information, say it once, and learn from the review. See [Decisions](decisions.md).</source>
        <translation>**Décider clairement**&#xa0;: décider avec des informations incomplètes, le dire une fois, et apprendre du réexamen. Voir [Décisions](decisions.md).</translation>
    </message>
    <message>
        <source>**Seek uncomfortable feedback**: the gap between how you see yourself and how others experience you. See [Feedback](feedback.md).</source>
        <translation>**Chercher le feedback qui dérange**&#xa0;: l’écart entre la façon dont vous vous voyez et celle dont les autres vous perçoivent. Voir [Feedback](feedback.md).</translation>
    </message>
    <message>
        <source>Why do you want to lead?</source>
        <translation>Pourquoi voulez-vous diriger&#xa0;?</translation>
    </message>
    <message>
        <source>The wizard asks what draws you to the role. People who want to lead for the impact they can have through others tend to build stronger teams than those who want control or to be liked (McClelland and Burnham, see [Methods and sources](methods.md)). Many new leaders struggle in their first year and a half; a plan, looked at every week, helps.</source>
        <translation>L’assistant vous demande ce qui vous attire dans ce rôle. Les personnes qui veulent diriger pour l’impact qu’elles peuvent avoir à travers les autres construisent en général des équipes plus solides que celles qui veulent avoir le contrôle ou être appréciées (McClelland et Burnham, voir [Méthodes et sources](methods.md)). Beaucoup de nouveaux managers peinent pendant leurs dix-huit premiers mois&#xa0;; un plan, regardé chaque semaine, aide.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Retour au sommaire](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/index</name>
    <message>
        <source>The Altitude guide</source>
        <translation>Le guide d’Altitude</translation>
    </message>
    <message>
        <source>Altitude helps you make the move from doing the work to leading the people who do it. This guide says what the app stands on, how each screen serves it, and where your data lives. Everything here is on your computer: the guide, like the app, needs no network.</source>
        <translation>Altitude vous aide à passer du travail que vous faites vous-même à la direction des personnes qui le font. Ce guide explique sur quoi repose l’application, comment chaque écran y contribue, et où sont vos données. Tout ici est sur votre ordinateur&#xa0;: le guide, comme l’application, n’a besoin d’aucun réseau.</translation>
    </message>
    <message>
        <source>Press **F1** on any screen to open the part of the guide about it.</source>
        <translation>Appuyez sur **F1** sur n’importe quel écran pour ouvrir la partie du guide qui le concerne.</translation>
    </message>
    <message>
        <source>The idea</source>
        <translation>L’idée</translation>
    </message>
    <message>
        <source>[The move from doing to leading](ideas.md) — why the app counts execution and strategy hours, and what the glide path is.</source>
        <translation>[Du faire au faire-faire](ideas.md)&#xa0;: pourquoi l’application compte vos heures d’exécution et de stratégie, et ce qu’est la trajectoire.</translation>
    </message>
    <message>
        <source>The screens</source>
        <translation>Les écrans</translation>
    </message>
    <message>
        <source>[Dashboard](dashboard.md) — where your week went, and what needs you now.</source>
        <translation>[Tableau de bord](dashboard.md)&#xa0;: où est passée votre semaine, et ce qui a besoin de vous maintenant.</translation>
    </message>
    <message>
        <source>[Plan](plan.md) — your target, your milestones and the glide path between them.</source>
        <translation>[Plan](plan.md)&#xa0;: votre cible, vos jalons et la trajectoire qui les relie.</translation>
    </message>
    <message>
        <source>[Inventory and weighing](inventory.md) — what you do today, and what to keep or hand over.</source>
        <translation>[Inventaire et évaluation](inventory.md)&#xa0;: ce que vous faites aujourd’hui, et ce qu’il faut garder ou confier.</translation>
    </message>
    <message>
        <source>[Delegation](delegation.md) — outcomes you hand over, how far, and what came back.</source>
        <translation>[Délégation](delegation.md)&#xa0;: les résultats que vous confiez, jusqu’où, et ce qui vous est revenu.</translation>
    </message>
    <message>
        <source>[Team](team.md) — who carries what, and your one-to-ones.</source>
        <translation>[Équipe](team.md)&#xa0;: qui porte quoi, et vos entretiens individuels.</translation>
    </message>
    <message>
        <source>[Check-ins](checkins.md) — two minutes a week: your hours and a reflection.</source>
        <translation>[Points hebdo](checkins.md)&#xa0;: deux minutes par semaine pour vos heures et une réflexion.</translation>
    </message>
    <message>
        <source>[Decisions](decisions.md) — the decision journal: decide, then learn from the review.</source>
        <translation>[Décisions](decisions.md)&#xa0;: le journal de décisions, pour décider puis apprendre du réexamen.</translation>
    </message>
    <message>
        <source>[Feedback](feedback.md) — how others experience you, next to how you see yourself.</source>
        <translation>[Feedback](feedback.md)&#xa0;: comment les autres vous perçoivent, à côté de la façon dont vous vous voyez.</translation>
    </message>
    <message>
        <source>[Narrative](narrative.md) — where you are taking the team and why, revisited monthly.</source>
        <translation>[Récit](narrative.md)&#xa0;: où vous emmenez l’équipe et pourquoi, revu chaque mois.</translation>
    </message>
    <message>
        <source>[Relationships](relationships.md) — the people beyond your team, their map, your boss.</source>
        <translation>[Relations](relationships.md)&#xa0;: les personnes au-delà de votre équipe, leur carte, votre manager.</translation>
    </message>
    <message>
        <source>[Functions](functions.md) — how the other functions work, and how often you meet them.</source>
        <translation>[Fonctions](functions.md)&#xa0;: comment travaillent les autres fonctions, et à quelle fréquence vous les voyez.</translation>
    </message>
    <message>
        <source>[Reviews](reviews.md) — the 30/60/90-day reviews, and the sheet for your boss.</source>
        <translation>[Bilans](reviews.md)&#xa0;: les bilans à 30, 60 et 90 jours, et la fiche pour votre manager.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>[Methods and sources](methods.md) — every published method the app uses, and where it comes from.</source>
        <translation>[Méthodes et sources](methods.md)&#xa0;: chaque méthode publiée qu’utilise l’application, et d’où elle vient.</translation>
    </message>
    <message>
        <source>[Keyboard shortcuts](shortcuts.md) — every key the app knows.</source>
        <translation>[Raccourcis clavier](shortcuts.md)&#xa0;: toutes les touches que connaît l’application.</translation>
    </message>
    <message>
        <source>[Your data](data.md) — where your plan is kept, backups and recovery.</source>
        <translation>[Vos données](data.md)&#xa0;: où votre plan est conservé, les sauvegardes et la récupération.</translation>
    </message>
</context>
<context>
    <name>guide/inventory</name>
    <message>
        <source>Inventory and weighing</source>
        <translation>Inventaire et évaluation</translation>
    </message>
    <message>
        <source>The inventory is the list of what you do in a normal week today, with the hours each takes and whether it is **execution** or **strategy**. It is where the plan starts: you cannot hand over what you have not named. **Ctrl+N** adds an item.</source>
        <translation>L’inventaire est la liste de ce que vous faites aujourd’hui dans une semaine normale, avec les heures que prend chaque activité et si c’est de l’**exécution** ou de la **stratégie**. C’est là que commence le plan&#xa0;: vous ne pouvez pas confier ce que vous n’avez pas nommé. **Ctrl+N** ajoute une activité.</translation>
    </message>
    <message>
        <source>Weighing an item</source>
        <translation>Évaluer une activité</translation>
    </message>
    <message>
        <source>Rate each item from 1 (low) to 5 (high) on five factors:</source>
        <translation>Notez chaque activité de 1 (faible) à 5 (fort) sur cinq facteurs&#xa0;:</translation>
    </message>
    <message>
        <source>**Leverage**: how much more it yields when *you* do it.</source>
        <translation>**Effet de levier**&#xa0;: combien elle rapporte de plus quand c’est *vous* qui la faites.</translation>
    </message>
    <message>
        <source>**Only you**: how truly nobody else could do it.</source>
        <translation>**Irremplaçable**&#xa0;: à quel point personne d’autre ne pourrait vraiment la faire.</translation>
    </message>
    <message>
        <source>**Risk**: how costly a mistake would be.</source>
        <translation>**Risque**&#xa0;: ce que coûterait une erreur.</translation>
    </message>
    <message>
        <source>**Growth**: how much it would grow someone on your team.</source>
        <translation>**Développement**&#xa0;: combien elle ferait progresser quelqu’un de votre équipe.</translation>
    </message>
    <message>
        <source>**Attachment**: how much you like doing it — the expert&apos;s golden cage.</source>
        <translation>**Attachement**&#xa0;: combien vous aimez la faire&#xa0;; c’est la cage dorée de l’expert.</translation>
    </message>
    <message>
        <source>High means 4 or 5, low means 1 or 2. Altitude then suggests **keep**, **delegate the outcome**, **coach then delegate** or **stop doing**, and says why in one sentence. The rules are tried in this order, and the first that fits wins:</source>
        <translation>Fort signifie 4 ou 5, faible 1 ou 2. Altitude suggère ensuite **garder**, **déléguer le résultat**, **accompagner, puis déléguer** ou **arrêter de le faire**, et dit pourquoi en une phrase. Les règles sont essayées dans cet ordre, et la première qui s’applique l’emporte&#xa0;:</translation>
    </message>
    <message>
        <source>| # | when | suggests |</source>
        <translation>| n° | quand | suggestion |</translation>
    </message>
    <message>
        <source>| 1 | strategy work, leverage high | keep |</source>
        <translation>| 1 | travail stratégique, levier fort | garder |</translation>
    </message>
    <message>
        <source>| 2 | leverage low, risk low, growth low | stop |</source>
        <translation>| 2 | levier faible, risque faible, développement faible | arrêter |</translation>
    </message>
    <message>
        <source>| 3 | attachment high, only-you low, risk high | coach then delegate |</source>
        <translation>| 3 | attachement fort, irremplaçable faible, risque fort | accompagner, puis déléguer |</translation>
    </message>
    <message>
        <source>| 4 | attachment high, only-you low | delegate |</source>
        <translation>| 4 | attachement fort, irremplaçable faible | déléguer |</translation>
    </message>
    <message>
        <source>| 5 | only-you high, leverage high | keep |</source>
        <translation>| 5 | irremplaçable fort, levier fort | garder |</translation>
    </message>
    <message>
        <source>| 6 | risk high, growth high | coach then delegate |</source>
        <translation>| 6 | risque fort, développement fort | accompagner, puis déléguer |</translation>
    </message>
    <message>
        <source>| 7 | only-you low | delegate |</source>
        <translation>| 7 | irremplaçable faible | déléguer |</translation>
    </message>
    <message>
        <source>| 8 | risk high | coach then delegate |</source>
        <translation>| 8 | risque fort | accompagner, puis déléguer |</translation>
    </message>
    <message>
        <source>| 9 | strategy work | keep |</source>
        <translation>| 9 | travail stratégique | garder |</translation>
    </message>
    <message>
        <source>| 10 | growth high | delegate |</source>
        <translation>| 10 | développement fort | déléguer |</translation>
    </message>
    <message>
        <source>| 11 | leverage high | keep |</source>
        <translation>| 11 | levier fort | garder |</translation>
    </message>
    <message>
        <source>| 12 | anything else | delegate |</source>
        <translation>| 12 | tout le reste | déléguer |</translation>
    </message>
    <message>
        <source>These rules are Altitude&apos;s own, written to be read and argued with; they are not a published method.</source>
        <translation>Ces règles sont propres à Altitude, écrites pour être lues et discutées&#xa0;; ce n’est pas une méthode publiée.</translation>
    </message>
    <message>
        <source>Keep or delegate: you decide</source>
        <translation>Garder ou déléguer&#xa0;: c’est vous qui décidez</translation>
    </message>
    <message>
        <source>The suggestion is only a suggestion. Your decision always wins, and it is what counts in the **what-if** line: the split your week would have once every decision is carried out. An item you delegate, coach then delegate or stop drops out of it, and so does an item you have handed over on the [Delegation](delegation.md) screen.</source>
        <translation>La suggestion n’est qu’une suggestion. Votre décision l’emporte toujours, et c’est elle qui compte dans la ligne de **simulation**&#xa0;: la répartition qu’aurait votre semaine une fois chaque décision appliquée. Une activité que vous déléguez, que vous choisissez d’accompagner puis de déléguer, ou que vous arrêtez en sort, tout comme une activité que vous avez confiée sur l’écran [Délégation](delegation.md).</translation>
    </message>
    <message>
        <source>Delegating means handing over the *outcome*, not the steps. Coach then delegate means building someone&apos;s skill first, while the stakes are covered.</source>
        <translation>Déléguer, c’est confier le *résultat*, pas les étapes. Accompagner, puis déléguer, c’est d’abord développer les compétences de la personne, tant que les risques sont couverts.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Retour au sommaire](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/methods</name>
    <message>
        <source>Methods and sources</source>
        <translation>Méthodes et sources</translation>
    </message>
    <message>
        <source>Altitude leans on published methods. This page names each one and where it comes from. Where a number in the app is our own rule of thumb, the app says so — and so does this page.</source>
        <translation>Altitude s’appuie sur des méthodes publiées. Cette page nomme chacune d’elles et d’où elle vient. Quand un chiffre de l’application est une règle empirique à nous, l’application le dit, et cette page aussi.</translation>
    </message>
    <message>
        <source>The move from doing to leading</source>
        <translation>Du faire au faire-faire</translation>
    </message>
    <message>
        <source>**The execution trap**, *delegate outcomes, not tasks*, *stop being the hero*, *claim strategic space*: ideas from writing on leadership transitions; Altitude&apos;s [inventory](inventory.md), [delegation](delegation.md) and [check-ins](checkins.md) are built on them.</source>
        <translation>**Le piège de l’exécution**, *déléguer des résultats, pas des tâches*, *arrêter de jouer les héros*, *prendre de la place pour la stratégie*&#xa0;: des idées issues des écrits sur les transitions de leadership&#xa0;; l’[inventaire](inventory.md), la [délégation](delegation.md) et les [points hebdomadaires](checkins.md) d’Altitude reposent sur elles.</translation>
    </message>
    <message>
        <source>**Michael Watkins, *The First 90 Days***: the 90 days in three 30-day blocks, with a check with your boss after each; five conversations with a new boss (the situation, expectations, resources, style, personal development); secure early wins; build coalitions. His STARS situations (start-up, turnaround, accelerated growth, realignment, sustaining success) say what each asks of a new leader; Watkins publishes no percentages or timelines for them, so every pace Altitude suggests is ours.</source>
        <translation>**Michael Watkins, *Les 90 premiers jours***&#xa0;: les 90 jours en trois blocs de 30 jours, avec un point avec votre manager après chacun&#xa0;; cinq conversations avec un nouveau manager (la situation, les attentes, les ressources, le style, le développement personnel)&#xa0;; obtenir des victoires rapides&#xa0;; bâtir des coalitions. Ses situations STARS (création, redressement, croissance accélérée, réalignement, maintien du succès) disent ce que chacune demande à un nouveau manager&#xa0;; Watkins ne publie ni pourcentages ni délais pour elles, donc chaque rythme que suggère Altitude est le nôtre.</translation>
    </message>
    <message>
        <source>**Linda Hill, &quot;Becoming the Boss&quot;**: new managers overrate formal authority; influence comes from relationships and credibility.</source>
        <translation>**Linda Hill, «&#xa0;Becoming the Boss&#xa0;»**&#xa0;: les nouveaux managers surestiment l’autorité formelle&#xa0;; l’influence vient des relations et de la crédibilité.</translation>
    </message>
    <message>
        <source>**McClelland and Burnham, &quot;Power Is the Great Motivator&quot;** (Harvard Business Review, 1976): affiliative, personal-power and institutional managers; the institutional kind (power used for the organisation, with self-control) builds the most effective teams.</source>
        <translation>**McClelland et Burnham, «&#xa0;Power Is the Great Motivator&#xa0;»** (Harvard Business Review, 1976)&#xa0;: managers affiliatifs, managers du pouvoir personnel et managers institutionnels&#xa0;; ces derniers (le pouvoir mis au service de l’organisation, avec maîtrise de soi) construisent les équipes les plus efficaces.</translation>
    </message>
    <message>
        <source>Time and strategic space</source>
        <translation>Le temps et la place pour la stratégie</translation>
    </message>
    <message>
        <source>**Porter and Nohria** (Harvard Business Review, 2018; 27 chief executives, about 60,000 hours): about 21% of their time on strategy and 25% on people and relationships. These are large-company chief executives, not first-time managers: a reference, never a target.</source>
        <translation>**Porter et Nohria** (Harvard Business Review, 2018&#xa0;; 27 PDG, environ 60 000 heures)&#xa0;: environ 21&#xa0;% de leur temps sur la stratégie et 25&#xa0;% sur les personnes et les relations. Ce sont des PDG de grandes entreprises, pas des managers débutants&#xa0;: un repère, jamais une cible.</translation>
    </message>
    <message>
        <source>**Mintzberg** (1973, five chief executives): half of their activities took under 9 minutes.</source>
        <translation>**Mintzberg** (1973, cinq dirigeants)&#xa0;: la moitié de leurs activités duraient moins de 9 minutes.</translation>
    </message>
    <message>
        <source>**Luthans** (1988): managers who get promoted network more; effective ones communicate and develop people more.</source>
        <translation>**Luthans** (1988)&#xa0;: les managers qui obtiennent des promotions développent davantage leur réseau&#xa0;; les managers efficaces communiquent et développent davantage leurs équipes.</translation>
    </message>
    <message>
        <source>No published study gives the right execution/strategy split for a new manager. Every default split in Altitude is a rule of thumb.</source>
        <translation>Aucune étude publiée ne donne la bonne répartition entre exécution et stratégie pour un nouveau manager. Chaque répartition par défaut d’Altitude est une règle empirique.</translation>
    </message>
    <message>
        <source>The weighing and delegation</source>
        <translation>L’évaluation et la délégation</translation>
    </message>
    <message>
        <source>**The weighing&apos;s 12 rules** ([Inventory](inventory.md)) are Altitude&apos;s own, written to be read and questioned; not a published method.</source>
        <translation>**Les 12 règles de l’évaluation** ([Inventaire](inventory.md)) sont propres à Altitude, écrites pour être lues et discutées&#xa0;; ce n’est pas une méthode publiée.</translation>
    </message>
    <message>
        <source>**The seven delegation levels** follow Jurgen Appelo&apos;s *delegation poker* (Management 3.0): tell, sell, consult, agree, advise, inquire, delegate.</source>
        <translation>**Les sept niveaux de délégation** suivent le *delegation poker* de Jurgen Appelo (Management 3.0)&#xa0;: dire, vendre, consulter, s’accorder, conseiller, s’informer, déléguer.</translation>
    </message>
    <message>
        <source>Building people beneath you</source>
        <translation>Faire grandir les personnes que vous encadrez</translation>
    </message>
    <message>
        <source>**Andy Grove, *High Output Management***: a manager&apos;s output is the output of their organisation and of the neighbouring ones they influence; how often to meet one to one follows the person&apos;s experience with the task.</source>
        <translation>**Andy Grove, *High Output Management***&#xa0;: la production d’un manager, c’est la production de son organisation et des organisations voisines qu’il influence&#xa0;; la fréquence des entretiens individuels dépend de l’expérience de la personne sur la tâche.</translation>
    </message>
    <message>
        <source>**Camille Fournier, *The Manager&apos;s Path***: a good manager wants you to take their job some day.</source>
        <translation>**Camille Fournier, *The Manager’s Path***&#xa0;: un bon manager souhaite que vous preniez un jour sa place.</translation>
    </message>
    <message>
        <source>**Google&apos;s Project Oxygen**: &quot;is a good coach&quot; ranked first among what makes a good manager, &quot;does not micromanage&quot; second.</source>
        <translation>**Le projet Oxygen de Google**&#xa0;: «&#xa0;est un bon coach&#xa0;» arrive en tête de ce qui fait un bon manager, «&#xa0;ne fait pas de micromanagement&#xa0;» en deuxième.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>**Farnam Street&apos;s decision journal** (Farnam Street blog, 2014): the situation, the variables that matter, the alternatives, the range of outcomes with probabilities, and your state of mind when deciding.</source>
        <translation>**Le journal de décisions de Farnam Street** (blog Farnam Street, 2014)&#xa0;: la situation, les variables qui comptent, les options, l’éventail des issues avec leurs probabilités, et votre état d’esprit au moment de décider.</translation>
    </message>
    <message>
        <source>**Annie Duke, *Thinking in Bets* and *How to Decide***: judge a decision apart from its outcome (&quot;resulting&quot; is judging it by how it turned out); state forecasts as percentages; a good decision can meet bad luck.</source>
        <translation>**Annie Duke, *Thinking in Bets* et *How to Decide***&#xa0;: juger une décision indépendamment de son issue (le «&#xa0;resulting&#xa0;», c’est la juger à la façon dont elle a tourné)&#xa0;; exprimer ses prévisions en pourcentages&#xa0;; une bonne décision peut tomber sur la malchance.</translation>
    </message>
    <message>
        <source>**Gary Klein&apos;s premortem** (Harvard Business Review, September 2007): imagine the decision has failed, then list why. Klein cites a 1989 laboratory study (Mitchell, Russo and Pennington) for about 30% better identification of reasons; the figure is his.</source>
        <translation>**Le pré-mortem de Gary Klein** (Harvard Business Review, septembre 2007)&#xa0;: imaginer que la décision a échoué, puis dire pourquoi. Klein cite une étude de laboratoire de 1989 (Mitchell, Russo et Pennington) pour une identification des causes meilleure d’environ 30&#xa0;%&#xa0;; le chiffre est le sien.</translation>
    </message>
    <message>
        <source>**One-way and two-way doors** (Jeff Bezos, Amazon shareholder letters 2015 and 2016): reversible decisions should be made fast; &quot;most decisions should probably be made with somewhere around 70% of the information you wish you had&quot;.</source>
        <translation>**Portes à sens unique et à double sens** (Jeff Bezos, lettres aux actionnaires d’Amazon de 2015 et 2016)&#xa0;: les décisions réversibles doivent être prises vite&#xa0;; «&#xa0;la plupart des décisions devraient sans doute être prises avec environ 70&#xa0;% des informations que vous aimeriez avoir&#xa0;».</translation>
    </message>
    <message>
        <source>**Decision quality** (Spetzler, Winter and Meyer, *Decision Quality*, 2016): frame, alternatives, information, values, reasoning, commitment.</source>
        <translation>**La qualité de décision** (Spetzler, Winter et Meyer, *Decision Quality*, 2016)&#xa0;: le cadre, les options, l’information, les valeurs, le raisonnement, l’engagement.</translation>
    </message>
    <message>
        <source>**The Brier score** (Brier, 1950) and calibration in 10-point bins score your forecasts.</source>
        <translation>**Le score de Brier** (Brier, 1950) et la calibration par tranches de 10 points notent vos prévisions.</translation>
    </message>
    <message>
        <source>Review after about 3 weeks (two-way door) or 90 days (one-way door), and scores only from 10 reviewed decisions on: Altitude&apos;s rules of thumb.</source>
        <translation>Le réexamen après environ 3 semaines (porte à double sens) ou 90 jours (porte à sens unique), et des scores seulement à partir de 10 décisions réexaminées&#xa0;: des règles empiriques d’Altitude.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>**The Johari window**: what is known to you and to others (open), to others only (blind spot), to you only (hidden).</source>
        <translation>**La fenêtre de Johari**&#xa0;: ce qui est connu de vous et des autres (zone ouverte), des autres seulement (angle mort), de vous seulement (zone cachée).</translation>
    </message>
    <message>
        <source>**360-degree reports** (for example Culture Amp&apos;s report guide) compare your own rating with others&apos;; a common reading rule calls a gap of more than a third of the scale a blind spot (you rate yourself higher) or a hidden strength (you rate yourself lower).</source>
        <translation>**Les rapports à 360 degrés** (par exemple le guide de lecture des rapports de Culture Amp) comparent votre propre note à celle des autres&#xa0;; une règle de lecture courante appelle un écart de plus d’un tiers de l’échelle un angle mort (vous vous notez plus haut) ou une force cachée (vous vous notez plus bas).</translation>
    </message>
    <message>
        <source>**SBI**, situation – behaviour – impact (Center for Creative Leadership), and **Lara Hogan&apos;s feedback equation**: observation, impact, request.</source>
        <translation>**SBI**, situation – comportement – impact (Center for Creative Leadership), et **l’équation du feedback de Lara Hogan**&#xa0;: observation, impact, demande.</translation>
    </message>
    <message>
        <source>**Marshall Goldsmith&apos;s feedforward**: ask for two ideas for the future, listen, say thank you.</source>
        <translation>**Le feedforward de Marshall Goldsmith**&#xa0;: demander deux idées pour l’avenir, écouter, dire merci.</translation>
    </message>
    <message>
        <source>**Kluger and DeNisi** (*Psychological Bulletin*, 1996; 607 effect sizes): feedback improves performance on average, but made it worse in over a third of cases — more so when it pointed at the person rather than the task.</source>
        <translation>**Kluger et DeNisi** (*Psychological Bulletin*, 1996&#xa0;; 607 tailles d’effet)&#xa0;: le feedback améliore la performance en moyenne, mais l’a dégradée dans plus d’un tiers des cas, surtout quand il visait la personne plutôt que la tâche.</translation>
    </message>
    <message>
        <source>**Heidemeier and Moser** (*Journal of Applied Psychology*, 2009): self-ratings agree only modestly with supervisors&apos; and are more lenient.</source>
        <translation>**Heidemeier et Moser** (*Journal of Applied Psychology*, 2009)&#xa0;: les auto-évaluations ne concordent que modestement avec celles des supérieurs, et sont plus indulgentes.</translation>
    </message>
    <message>
        <source>**Smither, London and Reilly** (*Personnel Psychology*, 2005): 360 feedback alone changes little; it helps more when the person sets goals and acts on it. Hence a follow-up step on every entry.</source>
        <translation>**Smither, London et Reilly** (*Personnel Psychology*, 2005)&#xa0;: un feedback à 360 degrés seul change peu de chose&#xa0;; il aide davantage quand la personne se fixe des objectifs et agit en conséquence. D’où une suite à donner pour chaque entrée.</translation>
    </message>
    <message>
        <source>Asking yourself again every 90 days: Altitude&apos;s rule of thumb.</source>
        <translation>Vous reposer la question tous les 90 jours&#xa0;: une règle empirique d’Altitude.</translation>
    </message>
    <message>
        <source>Strategy and relationships</source>
        <translation>Stratégie et relations</translation>
    </message>
    <message>
        <source>**Richard Rumelt, *Good Strategy Bad Strategy***: the kernel of a strategy is a diagnosis, a guiding policy and coherent actions.</source>
        <translation>**Richard Rumelt, *Bonne stratégie, mauvaise stratégie*** (*Good Strategy Bad Strategy*)&#xa0;: le noyau d’une stratégie est un diagnostic, une politique directrice et des actions cohérentes.</translation>
    </message>
    <message>
        <source>**The power–interest grid** (Mendelow): manage closely, keep satisfied, keep informed, monitor.</source>
        <translation>**La matrice pouvoir–intérêt** (Mendelow)&#xa0;: impliquer de près, satisfaire, tenir informé, surveiller.</translation>
    </message>
    <message>
        <source>**Ram Charan, *What the CEO Wants You to Know***: cash, margin, velocity, growth and customers — the questions every function&apos;s numbers answer.</source>
        <translation>**Ram Charan, *What the CEO Wants You to Know***&#xa0;: trésorerie, marge, rotation, croissance et clients, les questions auxquelles répondent les chiffres de chaque fonction.</translation>
    </message>
    <message>
        <source>Numbers we do not quote</source>
        <translation>Les chiffres que nous ne citons pas</translation>
    </message>
    <message>
        <source>You may read that a fixed share of new leaders &quot;fail&quot; within their first 18 or 24 months. Those figures go back to thin or vendor sources, so Altitude does not state them as fact. What can be said: many new leaders struggle in their first year and a half.</source>
        <translation>Vous lirez peut-être qu’une part fixe des nouveaux managers «&#xa0;échouent&#xa0;» dans leurs 18 ou 24 premiers mois. Ces chiffres viennent de sources minces ou commerciales&#xa0;: Altitude ne les présente donc pas comme des faits. Ce qu’on peut dire&#xa0;: beaucoup de nouveaux managers peinent pendant leurs dix-huit premiers mois.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Retour au sommaire](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/narrative</name>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>A new manager is rarely asked for a strategy, and often missing one: the team hears about tasks, not about where it is going and why. The Narrative page is one page of plain words you write, keep, and revisit every month — thinking in arcs, not tasks.</source>
        <translation>On demande rarement une stratégie à un nouveau manager, et souvent il n’en a pas&#xa0;: l’équipe entend parler de tâches, pas de sa direction ni de ses raisons. La page Récit est une page de mots simples que vous écrivez, conservez et relisez chaque mois, pour penser en arcs, pas en tâches.</translation>
    </message>
    <message>
        <source>The kernel</source>
        <translation>Le noyau</translation>
    </message>
    <message>
        <source>Altitude asks for the three parts Richard Rumelt calls the **kernel** of a good strategy (*Good Strategy Bad Strategy*, 2011):</source>
        <translation>Altitude vous demande les trois parties que Richard Rumelt appelle le **noyau** d’une bonne stratégie (*Bonne stratégie, mauvaise stratégie*&#xa0;; *Good Strategy Bad Strategy*, 2011)&#xa0;:</translation>
    </message>
    <message>
        <source>**Diagnosis** — what is really going on, in a couple of sentences. Name the challenge: &quot;two teams ship the same checkout twice, and nobody owns the overlap&quot;.</source>
        <translation>**Diagnostic**&#xa0;: ce qui se passe vraiment, en une ou deux phrases. Nommez le défi&#xa0;: «&#xa0;deux équipes développent deux fois le même tunnel de paiement, et personne n’est responsable du chevauchement&#xa0;».</translation>
    </message>
    <message>
        <source>**Guiding policy** — how you will deal with it: the approach, not the target. A policy also rules things out, so Altitude asks what **we will not** do.</source>
        <translation>**Politique directrice**&#xa0;: comment vous allez y faire face&#xa0;; l’approche, pas la cible. Une politique exclut aussi des choses, c’est pourquoi Altitude demande **ce que nous ne ferons pas**.</translation>
    </message>
    <message>
        <source>**Coherent actions** — three to five steps that carry the policy out and support each other. Each action is tied to the [inventory](inventory.md) items and the [delegations](delegation.md) doing it, so the page can show how many **hours a week** really go to it: your own hours on those items (the check-ins&apos; split by item, averaged over the last four weeks) plus the hours your team carries on the delegated outcomes. &quot;0 h — nothing in your recent weeks goes to this&quot; is a question worth asking, not a mark against you.</source>
        <translation>**Actions cohérentes**&#xa0;: trois à cinq étapes qui mettent la politique en œuvre et se renforcent mutuellement. Chaque action est reliée aux [activités](inventory.md) et aux [délégations](delegation.md) qui la portent, pour que la page montre combien d’**heures par semaine** y vont vraiment&#xa0;: vos propres heures sur ces activités (la répartition par activité des points hebdomadaires, en moyenne sur les quatre dernières semaines) plus les heures que votre équipe consacre aux résultats délégués. «&#xa0;0 h&#xa0;: rien dans vos dernières semaines ne va à cette action&#xa0;» est une question qui mérite d’être posée, pas un reproche.</translation>
    </message>
    <message>
        <source>Optionally, write the **press release** you would like to read at your horizon, dated on that day — Amazon&apos;s &quot;working backwards&quot; (Bryar and Carr, *Working Backwards*, 2021): describe the finished result first, then ask what it takes.</source>
        <translation>En option, écrivez le **communiqué de presse** que vous aimeriez lire à votre horizon, daté de ce jour-là&#xa0;: le «&#xa0;working backwards&#xa0;» d’Amazon (Bryar et Carr, *Working Backwards*, 2021)&#xa0;; décrivez d’abord le résultat final, puis demandez-vous ce qu’il faut pour y arriver.</translation>
    </message>
    <message>
        <source>Hints, never a block</source>
        <translation>Des conseils, jamais un blocage</translation>
    </message>
    <message>
        <source>As you write, gentle hints appear beside the part they concern. They follow Rumelt&apos;s hallmarks of bad strategy; none of them stops you saving.</source>
        <translation>Pendant que vous écrivez, des conseils discrets apparaissent à côté de la partie concernée. Ils suivent les signes de mauvaise stratégie décrits par Rumelt&#xa0;; aucun ne vous empêche d’enregistrer.</translation>
    </message>
    <message>
        <source>**No diagnosis** — failing to face the challenge.</source>
        <translation>**Pas de diagnostic**&#xa0;: ne pas regarder le défi en face.</translation>
    </message>
    <message>
        <source>**A goal presented as the strategy** — &quot;grow revenue 20%&quot; says where, not how.</source>
        <translation>**Un objectif présenté comme la stratégie**&#xa0;: «&#xa0;augmenter le chiffre d’affaires de 20&#xa0;%&#xa0;» dit où aller, pas comment.</translation>
    </message>
    <message>
        <source>**Nothing ruled out** — a policy that excludes nothing chooses nothing.</source>
        <translation>**Rien n’est exclu**&#xa0;: une politique qui n’exclut rien ne choisit rien.</translation>
    </message>
    <message>
        <source>**Fluff** — words that sound deep but say little. The list is short on purpose: synergy, leverage, best-in-class, world-class, paradigm, holistic, robust, seamless, cutting-edge, game-changing, next-generation, value-added, empower, excellence, customer-centric, win-win, transformational.</source>
        <translation>**Le jargon creux**&#xa0;: des mots qui sonnent profond mais disent peu. La liste est courte exprès, et pour l’instant en anglais seulement&#xa0;: synergy, leverage, best-in-class, world-class, paradigm, holistic, robust, seamless, cutting-edge, game-changing, next-generation, value-added, empower, excellence, customer-centric, win-win, transformational.</translation>
    </message>
    <message>
        <source>**Too few or too many actions** — fewer than three is a wish, more than five a list.</source>
        <translation>**Trop peu ou trop d’actions**&#xa0;: moins de trois, c’est un vœu&#xa0;; plus de cinq, une liste.</translation>
    </message>
    <message>
        <source>**An action with no hours behind it** — nothing in your recent weeks goes to it.</source>
        <translation>**Une action sans heures derrière**&#xa0;: rien dans vos dernières semaines n’y va.</translation>
    </message>
    <message>
        <source>Versions, what changed, and the arc</source>
        <translation>Versions, changements et arc</translation>
    </message>
    <message>
        <source>Every time you save, Altitude keeps a **new version** dated today; earlier versions are never changed. Saving the same words again is fine: &quot;it still holds&quot; is a revisit too. **Ctrl+Z** takes a revision back.</source>
        <translation>Chaque fois que vous enregistrez, Altitude garde une **nouvelle version** datée du jour&#xa0;; les versions précédentes ne sont jamais modifiées. Enregistrer les mêmes mots est très bien&#xa0;: «&#xa0;ça tient toujours&#xa0;» est aussi une relecture. **Ctrl+Z** annule une révision.</translation>
    </message>
    <message>
        <source>**What changed** compares two versions part by part: removed words are struck through and marked `[-like this-]`, added ones underlined and marked `{+like this+}` (in red and green as well, but never by colour alone). Choose any two versions to compare.</source>
        <translation>**Ce qui a changé** compare deux versions partie par partie&#xa0;: les mots retirés sont barrés et marqués `[-like this-]`, les mots ajoutés soulignés et marqués `{+like this+}` (en rouge et en vert aussi, mais jamais par la seule couleur). Choisissez deux versions à comparer.</translation>
    </message>
    <message>
        <source>**The arc** puts the versions on your plan&apos;s timeline, each at the hours a week that went to its actions while it held, labelled with its hints. Click a dot to show that version.</source>
        <translation>**L’arc** place les versions sur la chronologie de votre plan, chacune à la hauteur des heures par semaine consacrées à ses actions tant qu’elle était en vigueur, avec ses conseils en étiquette. Cliquez sur un point pour afficher cette version.</translation>
    </message>
    <message>
        <source>The monthly revisit</source>
        <translation>La relecture mensuelle</translation>
    </message>
    <message>
        <source>A month after your latest version, the weekly [check-in](checkins.md) asks &quot;A month since you wrote your narrative: does it still hold?&quot;, with a button that opens the editor. With no narrative yet, it asks once your plan is two weeks old. The PDF report can include the narrative: the latest kernel, the hours per action, the hints and what changed.</source>
        <translation>Un mois après votre dernière version, le [point hebdomadaire](checkins.md) vous demande «&#xa0;Un mois depuis que vous avez écrit votre récit&#xa0;: tient-il toujours&#xa0;?&#xa0;», avec un bouton qui ouvre l’éditeur. S’il n’y a pas encore de récit, il le demande quand votre plan a deux semaines. Le rapport PDF peut inclure le récit&#xa0;: le dernier noyau, les heures par action, les conseils et ce qui a changé.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Retour au sommaire](index.md)</translation>
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
        <translation>Votre plan de transition&#xa0;: d’où vous venez, où vous allez et pour quand. Vous le remplissez d’abord avec l’assistant (**Fichier › Nouveau plan…**)&#xa0;; cet écran vous permet d’en modifier chaque élément.</translation>
    </message>
    <message>
        <source>What is in a plan</source>
        <translation>Ce que contient un plan</translation>
    </message>
    <message>
        <source>**Your current and new role**, and the day you start.</source>
        <translation>**Votre rôle actuel et votre nouveau rôle**, et votre date de prise de poste.</translation>
    </message>
    <message>
        <source>**The horizon**: how long the plan runs, 90 days unless you choose otherwise.</source>
        <translation>**L’horizon**&#xa0;: la durée du plan, 90 jours sauf si vous en choisissez une autre.</translation>
    </message>
    <message>
        <source>**Milestones**: by default day 30, 60 and 90, each with the strategy share you aim for by then. At each one, look back and talk to your boss (Watkins, *The First 90 Days*).</source>
        <translation>**Les jalons**&#xa0;: par défaut les jours 30, 60 et 90, chacun avec la part de stratégie que vous visez à cette date. À chacun, faites le bilan et parlez à votre manager (Watkins, *Les 90 premiers jours*).</translation>
    </message>
    <message>
        <source>**The target split**: the share of your week you want on strategy at the end. The default is a rule of thumb; no study gives the right number for everyone.</source>
        <translation>**La répartition cible**&#xa0;: la part de votre semaine que vous voulez consacrer à la stratégie à la fin du plan. La valeur par défaut est une règle empirique&#xa0;; aucune étude ne donne le bon chiffre pour tout le monde.</translation>
    </message>
    <message>
        <source>**Your baseline**: the strategy share you start from.</source>
        <translation>**Votre point de départ**&#xa0;: la part de stratégie dont vous partez.</translation>
    </message>
    <message>
        <source>**On track within**: how many points either side of the glide path still count as on track (5 unless you change it).</source>
        <translation>**La marge de tolérance**&#xa0;: combien de points de part et d’autre de la trajectoire comptent encore comme dans les temps (5, sauf si vous la modifiez).</translation>
    </message>
    <message>
        <source>**Your motive**: why you want to lead. See [the move from doing to leading](ideas.md).</source>
        <translation>**Votre motivation**&#xa0;: pourquoi vous voulez diriger. Voir [Du faire au faire-faire](ideas.md).</translation>
    </message>
    <message>
        <source>**Who you need to become**: a few identity statements, such as &quot;I decide with incomplete data&quot;. They become themes in the [feedback log](feedback.md).</source>
        <translation>**Qui vous devez devenir**&#xa0;: quelques principes, comme «&#xa0;Je décide avec des données incomplètes&#xa0;». Ils deviennent des thèmes dans le [journal de feedback](feedback.md).</translation>
    </message>
    <message>
        <source>The glide path</source>
        <translation>La trajectoire</translation>
    </message>
    <message>
        <source>The plan draws a straight line from your baseline through each milestone to your target: the **glide path**. The [dashboard](dashboard.md) compares every week with it. Change a milestone or the target and the line moves with it. **Ctrl+Z** undoes any change.</source>
        <translation>Le plan trace une droite de votre point de départ à votre cible, en passant par chaque jalon&#xa0;: la **trajectoire**. Le [tableau de bord](dashboard.md) y compare chaque semaine. Modifiez un jalon ou la cible, et la ligne suit. **Ctrl+Z** annule n’importe quelle modification.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Retour au sommaire](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/relationships</name>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>New managers tend to count on their title to get things done. Linda Hill, who followed new managers through their first year (&quot;Becoming the Boss&quot;, Harvard Business Review, 2007), found that influence comes from relationships and credibility instead. This page keeps the people beyond your team in view: your boss, your peers, the leads of other functions, key customers.</source>
        <translation>Les nouveaux managers ont tendance à compter sur leur titre pour obtenir les choses. Linda Hill, qui a suivi des nouveaux managers pendant leur première année («&#xa0;Becoming the Boss&#xa0;», Harvard Business Review, 2007), a constaté que l’influence vient plutôt des relations et de la crédibilité. Cette page garde en vue les personnes au-delà de votre équipe&#xa0;: votre manager, vos pairs, les responsables des autres fonctions, les clients clés.</translation>
    </message>
    <message>
        <source>Each person</source>
        <translation>Pour chaque personne</translation>
    </message>
    <message>
        <source>**Role and function**: e.g. &quot;VP Sales&quot;, in &quot;Sales&quot;.</source>
        <translation>**Rôle et fonction**&#xa0;: par exemple «&#xa0;Directrice commerciale&#xa0;», dans «&#xa0;Ventes&#xa0;».</translation>
    </message>
    <message>
        <source>**Influence**, 1 to 5: how much say they have over your work and its resources.</source>
        <translation>**Influence**, de 1 à 5&#xa0;: le poids de cette personne sur votre travail et ses ressources.</translation>
    </message>
    <message>
        <source>**Interest**, 1 to 5: how much what your team does matters to them.</source>
        <translation>**Intérêt**, de 1 à 5&#xa0;: l’importance qu’a pour elle ce que fait votre équipe.</translation>
    </message>
    <message>
        <source>**Stance**: a *supporter* backs what you are doing; a *convincible* has not decided and can be won over with the right case; an *opponent* is against it for now (learn why before you push); *not known yet* means a first conversation is due.</source>
        <translation>**Position**&#xa0;: un *soutien* appuie ce que vous faites&#xa0;; une personne *à convaincre* n’a pas encore tranché et peut être gagnée avec de bons arguments&#xa0;; un *opposant* est contre pour l’instant (comprenez pourquoi avant d’insister)&#xa0;; *pas encore connu* signifie qu’une première conversation s’impose.</translation>
    </message>
    <message>
        <source>**Trust**, 1 to 5: how far you can rely on each other today.</source>
        <translation>**Confiance**, de 1 à 5&#xa0;: à quel point vous pouvez compter l’un sur l’autre aujourd’hui.</translation>
    </message>
    <message>
        <source>**How often to be in touch**, e.g. every 14 days (our rule of thumb for someone who matters; change it per person). When that time has passed, the table says **overdue** in bold.</source>
        <translation>**Fréquence des contacts**, par exemple tous les 14 jours (notre règle empirique pour quelqu’un qui compte&#xa0;; changez-la pour chaque personne). Une fois ce délai passé, le tableau affiche **en retard** en gras.</translation>
    </message>
    <message>
        <source>**What you owe them, and what they owe you**: the favours and answers that build trust when they are kept.</source>
        <translation>**Ce que vous lui devez, et ce qu’elle vous doit**&#xa0;: les services et les réponses qui bâtissent la confiance quand ils sont tenus.</translation>
    </message>
    <message>
        <source>**Talked today…** logs a contact in one click, with a note if you like. Undo (Ctrl+Z) takes it back.</source>
        <translation>**Échangé aujourd’hui…** note un contact en un clic, avec une remarque si vous voulez. Annuler (Ctrl+Z) le retire.</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>La carte</translation>
    </message>
    <message>
        <source>The map is the power–interest grid (Mendelow, 1991): interest along the bottom, influence up the side, both 1 to 5, with 3 and above counted as high.</source>
        <translation>La carte est la matrice pouvoir–intérêt (Mendelow, 1991)&#xa0;: l’intérêt en abscisse, l’influence en ordonnée, tous deux de 1 à 5, avec 3 et plus comptés comme élevés.</translation>
    </message>
    <message>
        <source>**Manage closely** (high influence, high interest): involve them, often.</source>
        <translation>**Impliquer de près** (influence forte, intérêt fort)&#xa0;: associez ces personnes, souvent.</translation>
    </message>
    <message>
        <source>**Keep satisfied** (high influence, low interest): don&apos;t bore them; don&apos;t surprise them.</source>
        <translation>**Satisfaire** (influence forte, intérêt faible)&#xa0;: ne les ennuyez pas, ne les prenez pas par surprise.</translation>
    </message>
    <message>
        <source>**Keep informed** (low influence, high interest): tell them what is happening.</source>
        <translation>**Tenir informé** (influence faible, intérêt fort)&#xa0;: dites-leur ce qui se passe.</translation>
    </message>
    <message>
        <source>**Monitor** (low, low): an eye on them is enough for now.</source>
        <translation>**Surveiller** (faible, faible)&#xa0;: un œil sur elles suffit pour l’instant.</translation>
    </message>
    <message>
        <source>Colour and shape show the stance, so the map reads without colour too; a bigger mark means more trust. Right-click the map to save it.</source>
        <translation>La couleur et la forme indiquent la position, pour que la carte se lise aussi sans couleur&#xa0;; une marque plus grande signifie plus de confiance. Faites un clic droit sur la carte pour l’enregistrer.</translation>
    </message>
    <message>
        <source>Whom to approach first</source>
        <translation>Qui aborder en premier</translation>
    </message>
    <message>
        <source>Michael Watkins (*The First 90 Days*) advises building coalitions: approach influential supporters first, then influential convincibles, and only then work on opponents. The line above the table names them in that order.</source>
        <translation>Michael Watkins (*Les 90 premiers jours*) conseille de bâtir des coalitions&#xa0;: abordez d’abord les soutiens influents, puis les personnes influentes à convaincre, et seulement ensuite les opposants. La ligne au-dessus du tableau les nomme dans cet ordre.</translation>
    </message>
    <message>
        <source>Your boss: the five conversations</source>
        <translation>Votre manager&#xa0;: les cinq conversations</translation>
    </message>
    <message>
        <source>Tick &quot;This is my boss&quot; for your manager. Watkins lists five conversations to hold with a new boss, each on its own rather than as one agenda, in this order:</source>
        <translation>Cochez «&#xa0;C’est mon manager&#xa0;» pour votre responsable. Watkins liste cinq conversations à mener avec un nouveau manager, chacune séparément plutôt qu’en un seul ordre du jour, dans cet ordre&#xa0;:</translation>
    </message>
    <message>
        <source>**The situation**: how do you both read what is going on, and why?</source>
        <translation>**La situation**&#xa0;: comment lisez-vous tous les deux ce qui se passe, et pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>**Expectations**: what does success look like at 30, 60 and 90 days?</source>
        <translation>**Les attentes**&#xa0;: à quoi ressemble la réussite à 30, 60 et 90 jours&#xa0;?</translation>
    </message>
    <message>
        <source>**Resources**: what do you need — people, money, time, their support?</source>
        <translation>**Les ressources**&#xa0;: de quoi avez-vous besoin (personnes, budget, temps, son soutien)&#xa0;?</translation>
    </message>
    <message>
        <source>**Style**: how do you work together — how often, how, about what?</source>
        <translation>**Le style**&#xa0;: comment travaillez-vous ensemble (à quelle fréquence, comment, sur quoi)&#xa0;?</translation>
    </message>
    <message>
        <source>**Personal development**: what should you learn in this role?</source>
        <translation>**Le développement personnel**&#xa0;: qu’avez-vous à apprendre dans ce rôle&#xa0;?</translation>
    </message>
    <message>
        <source>**Hold this conversation…** keeps the date and what you agreed. Go back to them as things change, for example at each milestone review.</source>
        <translation>**Avoir cette conversation…** garde la date et ce que vous avez convenu. Revenez-y quand les choses changent, par exemple à chaque bilan d’étape.</translation>
    </message>
    <message>
        <source>See also [Functions](functions.md) and [Methods and sources](methods.md).</source>
        <translation>Voir aussi [Fonctions](functions.md) et [Méthodes et sources](methods.md).</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Retour au sommaire](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/reviews</name>
    <message>
        <source>Reviews</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>A 30/60/90-day plan is only a plan if you stop at day 30 and look. Michael Watkins (*The First 90 Days*) splits the first three months into three 30-day blocks with a check with your boss after each. The Reviews page is those stops: one for each milestone of your [Plan](plan.md) — day 30, 60, 90 and any you add there.</source>
        <translation>Un plan à 30, 60 et 90 jours n’est un plan que si vous vous arrêtez au jour 30 pour regarder. Michael Watkins (*Les 90 premiers jours*) découpe les trois premiers mois en trois blocs de 30 jours, avec un point avec votre manager après chacun. La page Bilans, ce sont ces arrêts&#xa0;: un pour chaque jalon de votre [Plan](plan.md), les jours 30, 60, 90 et ceux que vous y ajoutez.</translation>
    </message>
    <message>
        <source>The milestones</source>
        <translation>Les jalons</translation>
    </message>
    <message>
        <source>Each milestone shows its date and where it stands:</source>
        <translation>Chaque jalon affiche sa date et où il en est&#xa0;:</translation>
    </message>
    <message>
        <source>**Done** — reviewed; select it to see what you decided to keep, stop and start.</source>
        <translation>**Fait**&#xa0;: bilan fait&#xa0;; sélectionnez-le pour voir ce que vous avez décidé de garder, d’arrêter et de commencer.</translation>
    </message>
    <message>
        <source>**Due this week** — its day is less than a week away: book the talk with your boss.</source>
        <translation>**À faire cette semaine**&#xa0;: sa date est dans moins d’une semaine&#xa0;; prenez rendez-vous avec votre manager.</translation>
    </message>
    <message>
        <source>**Overdue** — its day has passed without a review. It is never too late to look.</source>
        <translation>**En retard**&#xa0;: sa date est passée sans bilan. Il n’est jamais trop tard pour regarder.</translation>
    </message>
    <message>
        <source>**Upcoming** — later.</source>
        <translation>**À venir**&#xa0;: plus tard.</translation>
    </message>
    <message>
        <source>The next one not done is at the top, with **Start the day-30 review…** (Ctrl+N does the same). To add or move a milestone, change it on the [Plan](plan.md) page.</source>
        <translation>Le prochain bilan à faire est en haut, avec **Commencer le bilan du jour 30…** (Ctrl+N fait de même). Pour ajouter ou déplacer un jalon, modifiez-le sur la page [Plan](plan.md).</translation>
    </message>
    <message>
        <source>The guided review</source>
        <translation>Le bilan guidé</translation>
    </message>
    <message>
        <source>Seven short steps, each about the time since your last review (or since the plan&apos;s start, for the first):</source>
        <translation>Sept étapes courtes, chacune sur la période écoulée depuis votre dernier bilan (ou depuis le début du plan, pour le premier)&#xa0;:</translation>
    </message>
    <message>
        <source>**Where you stand** — your strategy share over your latest logged weeks, against what the glide path expects on the milestone&apos;s day.</source>
        <translation>**Où vous en êtes**&#xa0;: votre part de stratégie sur vos dernières semaines notées, par rapport à ce que la trajectoire prévoit le jour du jalon.</translation>
    </message>
    <message>
        <source>**What you handed over, and what came back** — hand-overs started, what your team owns now, hours that came back to you on delegated work, and anything taken back.</source>
        <translation>**Ce que vous avez confié, et ce qui vous est revenu**&#xa0;: les passations commencées, ce dont votre équipe est maintenant responsable, les heures de travail délégué qui vous sont revenues, et tout ce qui a été repris.</translation>
    </message>
    <message>
        <source>**Decisions and feedback** — how many decisions you recorded and reviewed, and how much feedback you logged. Only counts and your own responses are shown: what others said stays on the [Feedback](feedback.md) page.</source>
        <translation>**Décisions et feedback**&#xa0;: combien de décisions vous avez notées et réexaminées, et combien de feedbacks vous avez enregistrés. Seuls les nombres et vos propres réponses sont affichés&#xa0;: ce que les autres ont dit reste sur la page [Feedback](feedback.md).</translation>
    </message>
    <message>
        <source>**Your narrative&apos;s changes** — what changed in your strategic narrative since the version in force at the last review.</source>
        <translation>**Les changements de votre récit**&#xa0;: ce qui a changé dans votre récit stratégique depuis la version en vigueur au dernier bilan.</translation>
    </message>
    <message>
        <source>**Keep, stop, start** — a few words each.</source>
        <translation>**Garder, arrêter, commencer**&#xa0;: quelques mots pour chacun.</translation>
    </message>
    <message>
        <source>**Adjust the plan?** — keep the target and the horizon, or change the target share and/or the day the plan ends. The milestones already behind you stay; those ahead are put on a straight line from where the glide path stands today to the new target.</source>
        <translation>**Ajuster le plan&#xa0;?**&#xa0;: garder la cible et l’horizon, ou changer la part cible et/ou la date de fin du plan. Les jalons déjà passés restent&#xa0;; ceux à venir sont placés sur une droite allant du niveau actuel de la trajectoire à la nouvelle cible.</translation>
    </message>
    <message>
        <source>**What you need from your boss** — decisions, resources, air cover, introductions.</source>
        <translation>**Ce dont vous avez besoin de votre manager**&#xa0;: des décisions, des ressources, une couverture, des mises en relation.</translation>
    </message>
    <message>
        <source>**Save the review** records the review and the adjustment together: one **Ctrl+Z** takes both back (the plan&apos;s target returns and the review is gone), and **Ctrl+Shift+Z** brings both back. Nothing is saved before that; Cancel changes nothing.</source>
        <translation>**Enregistrer le bilan** enregistre le bilan et l’ajustement ensemble&#xa0;: un seul **Ctrl+Z** annule les deux (la cible du plan revient et le bilan disparaît), et **Ctrl+Maj+Z** les rétablit. Rien n’est enregistré avant&#xa0;; Annuler ne change rien.</translation>
    </message>
    <message>
        <source>The boss sheet</source>
        <translation>La fiche pour votre manager</translation>
    </message>
    <message>
        <source>**Boss sheet (PDF)…** writes one page to bring to the conversation: the five conversations with your boss (the situation, expectations, resources, working style, personal development) with when each was held and what was agreed; what changed since the last review (your share against the glide path, the hand-overs, the narrative); your keep, stop and start; and what you need. It always fits one page: long texts are cut with &quot;…&quot; and long lists end &quot;and 12 more&quot;. Decisions and feedback are never on it.</source>
        <translation>**Fiche pour votre manager (PDF)…** écrit une page à apporter à la conversation&#xa0;: les cinq conversations avec votre manager (la situation, les attentes, les ressources, le style de travail, le développement personnel), avec la date de chacune et ce qui a été convenu&#xa0;; ce qui a changé depuis le dernier bilan (votre part par rapport à la trajectoire, les passations, le récit)&#xa0;; ce que vous gardez, arrêtez et commencez&#xa0;; et ce dont vous avez besoin. Elle tient toujours sur une page&#xa0;: les textes longs sont coupés avec «&#xa0;…&#xa0;» et les longues listes se terminent par «&#xa0;et 12 de plus&#xa0;». Les décisions et le feedback n’y figurent jamais.</translation>
    </message>
    <message>
        <source>From the command line: `altitude report --sections boss -o sheet.pdf` writes the sheet of your latest review (or of the next one, if none is held yet); the `reviews` section of the full report lists every review&apos;s figures and its keep, stop and start.</source>
        <translation>En ligne de commande&#xa0;: `altitude report --sections boss -o sheet.pdf` écrit la fiche de votre dernier bilan (ou du prochain, si aucun n’a encore eu lieu)&#xa0;; la section `reviews` du rapport complet liste les chiffres de chaque bilan et ce qu’il faut garder, arrêter et commencer.</translation>
    </message>
</context>
<context>
    <name>guide/shortcuts</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every screen can be used from the keyboard. **Tab** moves between fields, and the underlined letter in a label (hold **Alt**) jumps to its field.</source>
        <translation>Chaque écran peut s’utiliser au clavier. **Tab** passe d’un champ à l’autre, et la lettre soulignée d’un libellé (en maintenant **Alt**) mène à son champ.</translation>
    </message>
    <message>
        <source>In the menus</source>
        <translation>Dans les menus</translation>
    </message>
    <message>
        <source>These are read from the app&apos;s own menus as it runs, so they are always current:</source>
        <translation>Ils sont lus dans les menus de l’application pendant qu’elle tourne, et sont donc toujours à jour&#xa0;:</translation>
    </message>
    <message>
        <source>{{menu-shortcuts}}</source>
        <translation>{{menu-shortcuts}}</translation>
    </message>
    <message>
        <source>On a screen or in a dialog</source>
        <translation>Sur un écran ou dans une boîte de dialogue</translation>
    </message>
    <message>
        <source>| keys | where | what it does |</source>
        <translation>| touches | où | ce qu’elles font |</translation>
    </message>
    <message>
        <source>| Delete (Del) | a table on the Inventory, Delegation, Team and Check-ins screens | deletes the selected row (Ctrl+Z brings it back) |</source>
        <translation>| Suppr | un tableau des écrans Inventaire, Délégation, Équipe et Points hebdo | supprime la ligne sélectionnée (Ctrl+Z la rétablit) |</translation>
    </message>
    <message>
        <source>| Return | the Check-ins list | opens the selected week to correct it |</source>
        <translation>| Entrée | la liste des points hebdomadaires | ouvre la semaine sélectionnée pour la corriger |</translation>
    </message>
    <message>
        <source>| Enter | the Check-ins list | the same, from the number pad |</source>
        <translation>| Entrée (pavé numérique) | la liste des points hebdomadaires | la même chose, depuis le pavé numérique |</translation>
    </message>
    <message>
        <source>| Ctrl+Return | the weekly check-in | saves the week |</source>
        <translation>| Ctrl+Entrée | le point hebdomadaire | enregistre la semaine |</translation>
    </message>
    <message>
        <source>| F1 | any dialog | opens the guide at that dialog&apos;s part |</source>
        <translation>| F1 | toute boîte de dialogue | ouvre le guide à la partie de cette boîte de dialogue |</translation>
    </message>
    <message>
        <source>| Esc | any dialog | closes it without saving |</source>
        <translation>| Échap | toute boîte de dialogue | la ferme sans enregistrer |</translation>
    </message>
    <message>
        <source>In this guide</source>
        <translation>Dans ce guide</translation>
    </message>
    <message>
        <source>{{guide-shortcuts}}</source>
        <translation>{{guide-shortcuts}}</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Retour au sommaire](index.md)</translation>
    </message>
</context>
<context>
    <name>guide/team</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>The people you lead, what they carry for you, and when you last met one to one.</source>
        <translation>Les personnes que vous encadrez, ce qu’elles portent pour vous, et la date de votre dernier entretien individuel.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Each person&apos;s **load** is the hours a week of the outcomes they are taking over from you or already own. The bar shows who carries the most, so you spread the work rather than piling it onto the one person who always says yes.</source>
        <translation>La **charge** de chaque personne, ce sont les heures par semaine des résultats qu’elle reprend de vous ou dont elle est déjà responsable. La barre montre qui porte le plus, pour que vous répartissiez le travail au lieu de tout empiler sur la personne qui dit toujours oui.</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Write down where each person wants to grow, and hand them outcomes that lead there. A good manager builds people who outgrow them in specific areas — stop being the hero.</source>
        <translation>Notez dans quoi chaque personne veut progresser, et confiez-lui des résultats qui l’y mènent. Un bon manager fait grandir des personnes qui le dépassent dans certains domaines&#xa0;: arrêtez de jouer les héros.</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>Entretiens individuels</translation>
    </message>
    <message>
        <source>Set how often you meet each person (**every so many days**) and press **Met today** after a one-to-one. When one is due, the [Dashboard](dashboard.md) says so. How often to meet depends on the person: someone new to a task needs you more often than someone who has mastered it (Andy Grove, *High Output Management*).</source>
        <translation>Réglez la fréquence de vos entretiens avec chaque personne (**Entretien tous les … jours**) et appuyez sur **Vu aujourd’hui** après un entretien individuel. Quand un entretien est à prévoir, le [Tableau de bord](dashboard.md) vous le signale. La bonne fréquence dépend de la personne&#xa0;: quelqu’un qui découvre une tâche a besoin de vous plus souvent que quelqu’un qui la maîtrise (Andy Grove, *High Output Management*).</translation>
    </message>
    <message>
        <source>**Ctrl+N** adds a person; **Delete** removes the selected one, and **Ctrl+Z** brings them back.</source>
        <translation>**Ctrl+N** ajoute une personne&#xa0;; **Suppr** supprime la personne sélectionnée, et **Ctrl+Z** la rétablit.</translation>
    </message>
    <message>
        <source>[Back to the contents](index.md)</source>
        <translation>[Retour au sommaire](index.md)</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>delegate outcomes</source>
        <translation>déléguer des résultats</translation>
    </message>
    <message>
        <source>What did you hold onto this week that someone else could own?</source>
        <translation>Qu’avez-vous gardé pour vous cette semaine dont quelqu’un d’autre pourrait être responsable&#xa0;?</translation>
    </message>
    <message>
        <source>execution trap</source>
        <translation>piège de l’exécution</translation>
    </message>
    <message>
        <source>Where did you step in when standards slipped — was it needed?</source>
        <translation>Où avez-vous repris la main quand le niveau a baissé — était-ce nécessaire&#xa0;?</translation>
    </message>
    <message>
        <source>decision clarity</source>
        <translation>clarté des décisions</translation>
    </message>
    <message>
        <source>What decision did you make with incomplete data?</source>
        <translation>Quelle décision avez-vous prise sans avoir toutes les données&#xa0;?</translation>
    </message>
    <message>
        <source>uncomfortable feedback</source>
        <translation>feedback qui dérange</translation>
    </message>
    <message>
        <source>Whose feedback did you ask for?</source>
        <translation>À qui avez-vous demandé du feedback&#xa0;?</translation>
    </message>
    <message>
        <source>stop being the hero</source>
        <translation>arrêter de jouer les héros</translation>
    </message>
    <message>
        <source>When did you rescue something this week, and who could have rescued it instead?</source>
        <translation>Quand avez-vous sauvé la situation cette semaine, et qui aurait pu le faire à votre place&#xa0;?</translation>
    </message>
    <message>
        <source>Who on your team is starting to outgrow you in an area — and what would help them go further?</source>
        <translation>Qui, dans votre équipe, commence à vous dépasser dans un domaine — et qu’est-ce qui l’aiderait à aller plus loin&#xa0;?</translation>
    </message>
    <message>
        <source>Which handover did you describe as steps rather than an outcome with a success measure?</source>
        <translation>Quelle délégation avez-vous décrite en étapes plutôt que comme un résultat avec un critère de réussite&#xa0;?</translation>
    </message>
    <message>
        <source>claim strategic space</source>
        <translation>espace pour la stratégie</translation>
    </message>
    <message>
        <source>What time did you protect for thinking ahead, and what tried to take it?</source>
        <translation>Quel temps avez-vous protégé pour penser à l’avenir, et qu’est-ce qui a tenté de le prendre&#xa0;?</translation>
    </message>
    <message>
        <source>What will matter to your team in six months that nobody is working on today?</source>
        <translation>Qu’est-ce qui comptera pour votre équipe dans six mois et sur quoi personne ne travaille aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>Where might how you see yourself differ from how your team experienced you this week?</source>
        <translation>En quoi l’image que vous avez de vous-même pourrait-elle différer de ce que votre équipe a vécu avec vous cette semaine&#xa0;?</translation>
    </message>
    <message>
        <source>cross-functional fluency</source>
        <translation>aisance transverse</translation>
    </message>
    <message>
        <source>What did you learn about another team&apos;s goals or constraints?</source>
        <translation>Qu’avez-vous appris sur les objectifs ou les contraintes d’une autre équipe&#xa0;?</translation>
    </message>
    <message>
        <source>Which call did you make for the wider organisation rather than for your own team?</source>
        <translation>Quelle décision avez-vous prise pour l’organisation dans son ensemble plutôt que pour votre propre équipe&#xa0;?</translation>
    </message>
    <message>
        <source>Where did you over-explain or reopen a decision that was already good enough?</source>
        <translation>Où avez-vous trop expliqué, ou rouvert une décision qui était déjà assez bonne&#xa0;?</translation>
    </message>
    <message>
        <source>When were you under pressure, and how clearly did you say what you needed?</source>
        <translation>Quand avez-vous été sous pression, et avec quelle clarté avez-vous dit ce dont vous aviez besoin&#xa0;?</translation>
    </message>
    <message>
        <source>motive</source>
        <translation>motivation</translation>
    </message>
    <message>
        <source>Which of your choices this week came from wanting control, and which from wanting others to grow?</source>
        <translation>Lesquels de vos choix cette semaine venaient de l’envie de contrôler, et lesquels de l’envie de faire grandir les autres&#xa0;?</translation>
    </message>
    <message>
        <source>Looking back at this week, how would you answer &quot;Why do I want to lead?&quot;</source>
        <translation>Avec le recul sur cette semaine, comment répondriez-vous à «&#xa0;Pourquoi est-ce que je veux diriger&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>What did you do yourself because you are the expert at it, not because only you could?</source>
        <translation>Qu’avez-vous fait vous-même parce que c’est votre domaine d’expertise, et non parce que personne d’autre ne pouvait le faire&#xa0;?</translation>
    </message>
    <message>
        <source>Which review or approval could you stop doing without anything going wrong?</source>
        <translation>Quelle relecture ou quelle validation pourriez-vous arrêter sans que rien ne tourne mal&#xa0;?</translation>
    </message>
    <message>
        <source>You spent time on work you had delegated. What pulled you back in, and what would let its owner keep it?</source>
        <translation>Vous avez passé du temps sur du travail que vous aviez délégué. Qu’est-ce qui vous a fait replonger, et qu’est-ce qui permettrait à son responsable de le garder&#xa0;?</translation>
    </message>
</context>
<context>
    <name>sample-plan</name>
    <message>
        <source>Senior backend engineer</source>
        <translation>Ingénieure backend senior</translation>
    </message>
    <message>
        <source>Engineering manager, Payments team</source>
        <translation>Engineering Manager, équipe Paiements</translation>
    </message>
    <message>
        <source>30 days: first handovers running</source>
        <translation>30 jours&#xa0;: premières délégations en place</translation>
    </message>
    <message>
        <source>60 days: reviews and escalations owned by the team</source>
        <translation>60 jours&#xa0;: revues de code et escalades prises en charge par l’équipe</translation>
    </message>
    <message>
        <source>90 days: half my week or more on strategy</source>
        <translation>90 jours&#xa0;: la moitié de ma semaine ou plus sur la stratégie</translation>
    </message>
    <message>
        <source>I have seen how much faster a team moves when people own their part and grow into it. I want Payments to be a team where engineers like Priya and Tomás become the experts others ask for — not one where everything waits for me. I will know it is working when the team ships well in a week I am away.</source>
        <translation>J’ai vu à quel point une équipe avance plus vite quand chacun est responsable de sa partie et y grandit. Je veux que Paiements soit une équipe où des ingénieurs comme Priya et Tomás deviennent les experts que les autres viennent consulter — pas une équipe où tout attend après moi. Je saurai que ça marche quand l’équipe livrera bien une semaine où je ne suis pas là.</translation>
    </message>
    <message>
        <source>Operate at altitude: most of my week goes to direction, people and decisions</source>
        <translation>Prendre de la hauteur&#xa0;: l’essentiel de ma semaine va au cap, aux personnes et aux décisions</translation>
    </message>
    <message>
        <source>Delegate outcomes, not tasks</source>
        <translation>Déléguer des résultats, pas des tâches</translation>
    </message>
    <message>
        <source>Decide with incomplete data, and say it once</source>
        <translation>Décider sans avoir toutes les données, et le dire une fois</translation>
    </message>
    <message>
        <source>Speak with clarity under pressure</source>
        <translation>Parler clairement sous pression</translation>
    </message>
    <message>
        <source>Build people who outgrow me</source>
        <translation>Faire grandir des personnes qui me dépassent</translation>
    </message>
    <message>
        <source>focus time</source>
        <translation>temps de concentration</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>focus</translation>
    </message>
    <message>
        <source>deep work</source>
        <translation>travail de fond</translation>
    </message>
    <message>
        <source>Become the technical lead for the ledger and settlement services, setting the review standard.</source>
        <translation>Devenir la référence technique des services de grand livre et de règlement, et fixer le niveau d’exigence des revues de code.</translation>
    </message>
    <message>
        <source>Asks sharp questions in design reviews; less comfortable saying no to other teams.</source>
        <translation>Pose des questions pointues en revue de conception&#xa0;; moins à l’aise pour dire non aux autres équipes.</translation>
    </message>
    <message>
        <source>Backend engineer</source>
        <translation>Ingénieur backend</translation>
    </message>
    <message>
        <source>Run production incidents end to end as incident commander.</source>
        <translation>Piloter les incidents de production de bout en bout, en tant que responsable d’incident.</translation>
    </message>
    <message>
        <source>Joined in March. Calm under pressure, tends to fix things alone rather than pull people in.</source>
        <translation>Arrivé en mars. Calme sous pression, a tendance à régler les problèmes seul plutôt qu’à impliquer les autres.</translation>
    </message>
    <message>
        <source>Site reliability engineer</source>
        <translation>Ingénieure SRE</translation>
    </message>
    <message>
        <source>Grow into the team&apos;s delivery lead: planning, releases and the on-call rota.</source>
        <translation>Devenir la responsable de la livraison de l’équipe&#xa0;: planification, mises en production et astreintes.</translation>
    </message>
    <message>
        <source>Built the deploy pipeline. Wants more say in what the team takes on each sprint.</source>
        <translation>A construit le pipeline de déploiement. Veut avoir davantage son mot à dire sur ce que l’équipe prend à chaque sprint.</translation>
    </message>
    <message>
        <source>Reviewing every pull request on the payments services</source>
        <translation>Relire chaque pull request des services de paiement</translation>
    </message>
    <message>
        <source>I read every diff because I wrote most of the ledger code. Priya knows it as well as I do.</source>
        <translation>Je lis chaque diff parce que j’ai écrit l’essentiel du code du grand livre. Priya le connaît aussi bien que moi.</translation>
    </message>
    <message>
        <source>Fixing escalated production bugs myself</source>
        <translation>Corriger moi-même les bugs de production escaladés</translation>
    </message>
    <message>
        <source>Support escalates straight to me. Fast for the customer, slow for the team&apos;s learning.</source>
        <translation>Le support escalade directement vers moi. Rapide pour le client, lent pour l’apprentissage de l’équipe.</translation>
    </message>
    <message>
        <source>Release sign-off for payment-gateway deploys</source>
        <translation>Validation des mises en production de la passerelle de paiement</translation>
    </message>
    <message>
        <source>Handed to Hannah in September, taken back after the 9 October payout incident.</source>
        <translation>Confiée à Hannah en septembre, reprise après l’incident de versement du 9 octobre.</translation>
    </message>
    <message>
        <source>Writing features on the refund service</source>
        <translation>Développer des fonctionnalités du service de remboursement</translation>
    </message>
    <message>
        <source>The part of the old job I enjoy most — which is exactly why it is hard to let go.</source>
        <translation>La partie de l’ancien poste que je préfère — et c’est justement pour ça que j’ai du mal à lâcher.</translation>
    </message>
    <message>
        <source>Compiling the weekly status report for the product director</source>
        <translation>Rédiger le rapport d’avancement hebdomadaire pour la directrice produit</translation>
    </message>
    <message>
        <source>Copied by hand from the board. She may be happy with a link to the dashboard.</source>
        <translation>Recopié à la main depuis le tableau. Un lien vers le tableau de bord lui suffirait peut-être.</translation>
    </message>
    <message>
        <source>Sprint planning and backlog grooming</source>
        <translation>Planification de sprint et affinage du backlog</translation>
    </message>
    <message>
        <source>One-to-ones with each engineer</source>
        <translation>Entretiens individuels avec chaque ingénieur</translation>
    </message>
    <message>
        <source>Payments roadmap and quarterly priorities</source>
        <translation>Feuille de route Paiements et priorités trimestrielles</translation>
    </message>
    <message>
        <source>Alignment with Risk, Finance and Checkout</source>
        <translation>Alignement avec Risques, Finance et Checkout</translation>
    </message>
    <message>
        <source>Monthly sync with the Risk lead; joint planning with Checkout each quarter.</source>
        <translation>Point mensuel avec le responsable Risques&#xa0;; planification commune avec Checkout chaque trimestre.</translation>
    </message>
    <message>
        <source>Hiring: interviews and debriefs</source>
        <translation>Recrutement&#xa0;: entretiens et débriefs</translation>
    </message>
    <message>
        <source>Two open backend roles.</source>
        <translation>Deux postes backend ouverts.</translation>
    </message>
    <message>
        <source>On-call shifts for the payments API</source>
        <translation>Astreintes pour l’API de paiement</translation>
    </message>
    <message>
        <source>Still on the rota as a full member. The rota has enough people without me.</source>
        <translation>Toujours membre à part entière du planning d’astreinte. Il y a assez de monde sans moi.</translation>
    </message>
    <message>
        <source>Payments pull requests are reviewed to our standard without waiting for me</source>
        <translation>Les pull requests de Paiements sont relues selon nos standards sans m’attendre</translation>
    </message>
    <message>
        <source>Median wait for a first review under one working day; no rollback traced to a missed review.</source>
        <translation>Délai médian avant une première relecture inférieur à un jour ouvré&#xa0;; aucun retour arrière dû à une relecture manquée.</translation>
    </message>
    <message>
        <source>Priya reviewed 14 PRs. Two questions on idempotency keys, which we added to the review checklist.</source>
        <translation>Priya a relu 14 PR. Deux questions sur les clés d’idempotence, que nous avons ajoutées à la checklist de relecture.</translation>
    </message>
    <message>
        <source>Review wait crept to two days while she was on the migration. She set up a rota with Tomás herself.</source>
        <translation>Le délai de relecture est monté à deux jours pendant qu’elle était sur la migration. Elle a mis en place elle-même un roulement avec Tomás.</translation>
    </message>
    <message>
        <source>Median wait back under a day. Moved to level 5: she decides, I advise when asked.</source>
        <translation>Délai médian repassé sous un jour. Passage au niveau 5&#xa0;: elle décide, je conseille quand elle me le demande.</translation>
    </message>
    <message>
        <source>She turned down a risky change from Checkout on her own and explained it well.</source>
        <translation>Elle a refusé d’elle-même un changement risqué venant de Checkout et l’a bien expliqué.</translation>
    </message>
    <message>
        <source>I re-reviewed two of her approvals during the chargeback rush. Nothing was wrong with them; told her so.</source>
        <translation>J’ai relu une seconde fois deux de ses validations pendant le rush des rétrofacturations. Elles ne posaient aucun problème&#xa0;; je le lui ai dit.</translation>
    </message>
    <message>
        <source>Escalated production bugs are triaged and fixed by the on-call engineer</source>
        <translation>Les bugs de production escaladés sont triés et corrigés par l’ingénieur d’astreinte</translation>
    </message>
    <message>
        <source>Escalations acknowledged within two hours and fixed within the support SLA, without me in the thread.</source>
        <translation>Escalades prises en compte sous deux heures et corrigées dans le SLA du support, sans moi dans la conversation.</translation>
    </message>
    <message>
        <source>Shadowed me on two escalations. Wrote the runbook for stuck refunds himself.</source>
        <translation>A observé deux escalades à mes côtés. A rédigé lui-même le runbook pour les remboursements bloqués.</translation>
    </message>
    <message>
        <source>Led one escalation; I stayed in the call but kept quiet.</source>
        <translation>A mené une escalade&#xa0;; j’étais dans l’appel, mais sans intervenir.</translation>
    </message>
    <message>
        <source>Moved to level 3: he proposes the fix, I give input, then he decides within the SLA.</source>
        <translation>Passage au niveau 3&#xa0;: il propose le correctif, je donne mon avis, puis il décide dans le SLA.</translation>
    </message>
    <message>
        <source>Support still pings me directly. Agreed to redirect them to the on-call alias.</source>
        <translation>Le support me sollicite encore directement. Convenu de les rediriger vers l’alias d’astreinte.</translation>
    </message>
    <message>
        <source>Three escalations this week, all handled by Tomás within SLA.</source>
        <translation>Trois escalades cette semaine, toutes traitées par Tomás dans le SLA.</translation>
    </message>
    <message>
        <source>Payment-gateway releases go out safely with the team&apos;s own sign-off</source>
        <translation>Les mises en production de la passerelle de paiement se passent sans incident, validées par l’équipe elle-même</translation>
    </message>
    <message>
        <source>Every release has a named approver and a rollback plan; no customer-facing incident caused by a release.</source>
        <translation>Chaque mise en production a un validateur nommé et un plan de retour arrière&#xa0;; aucun incident visible des clients causé par une mise en production.</translation>
    </message>
    <message>
        <source>A settlement deploy approved on 9 October doubled some payouts for 40 minutes. I took sign-off back the same day. Looking back, the gap was the missing reconciliation check, not Hannah&apos;s judgment: hand it back once the check is automated.</source>
        <translation>Un déploiement du règlement validé le 9 octobre a doublé certains versements pendant 40 minutes. J’ai repris la validation le jour même. Avec le recul, le problème venait du contrôle de rapprochement manquant, pas du jugement de Hannah&#xa0;: la lui rendre une fois le contrôle automatisé.</translation>
    </message>
    <message>
        <source>Hannah signed off four releases with me watching. Her checklist is better than mine.</source>
        <translation>Hannah a validé quatre mises en production sous mes yeux. Sa checklist est meilleure que la mienne.</translation>
    </message>
    <message>
        <source>Signing off alone now; tells me afterwards.</source>
        <translation>Valide seule désormais&#xa0;; me prévient après coup.</translation>
    </message>
    <message>
        <source>Payout incident after the settlement deploy. Rolled back in 40 minutes; blameless review booked.</source>
        <translation>Incident de versement après le déploiement du règlement. Retour arrière en 40 minutes&#xa0;; revue sans reproche planifiée.</translation>
    </message>
    <message>
        <source>Each sprint starts with a goal the team set and a backlog it groomed</source>
        <translation>Chaque sprint commence avec un objectif fixé par l’équipe et un backlog qu’elle a affiné</translation>
    </message>
    <message>
        <source>A written sprint goal agreed by the team at every planning; I attend as a guest.</source>
        <translation>Un objectif de sprint écrit et validé par l’équipe à chaque planification&#xa0;; j’y assiste en invité.</translation>
    </message>
    <message>
        <source>First week as manager. Mostly my old job plus meetings.</source>
        <translation>Première semaine comme manager. Surtout mon ancien poste, plus des réunions.</translation>
    </message>
    <message>
        <source>What did you hold onto this week that someone else could own?</source>
        <translation>Qu’avez-vous gardé pour vous cette semaine dont quelqu’un d’autre pourrait être responsable&#xa0;?</translation>
    </message>
    <message>
        <source>All of it. Pull request reviews above all: I told myself nobody else knows the ledger code, but Priya wrote half of it.</source>
        <translation>Tout. Les relectures de pull requests avant tout&#xa0;: je me disais que personne d’autre ne connaît le code du grand livre, mais Priya en a écrit la moitié.</translation>
    </message>
    <message>
        <source>Asked Priya to own reviews. Spent the freed time on one-to-ones.</source>
        <translation>J’ai demandé à Priya de prendre en charge les relectures. J’ai consacré le temps libéré aux entretiens individuels.</translation>
    </message>
    <message>
        <source>Hannah started on release sign-off. First roadmap draft.</source>
        <translation>Hannah a commencé à valider les mises en production. Première ébauche de feuille de route.</translation>
    </message>
    <message>
        <source>A quieter week; roadmap review with the product director.</source>
        <translation>Une semaine plus calme&#xa0;; revue de la feuille de route avec la directrice produit.</translation>
    </message>
    <message>
        <source>Whose feedback did you ask for?</source>
        <translation>À qui avez-vous demandé du feedback&#xa0;?</translation>
    </message>
    <message>
        <source>Only my director&apos;s. I have not asked the team anything yet.</source>
        <translation>Seulement celui de ma directrice. Je n’ai encore rien demandé à l’équipe.</translation>
    </message>
    <message>
        <source>Two strategy sessions with Risk about fraud rules for the new markets.</source>
        <translation>Deux séances de stratégie avec Risques sur les règles antifraude pour les nouveaux marchés.</translation>
    </message>
    <message>
        <source>Payout incident on Thursday. Back in the weeds for three days.</source>
        <translation>Incident de versement jeudi. Les mains dans le cambouis pendant trois jours.</translation>
    </message>
    <message>
        <source>What decision did you make with incomplete data?</source>
        <translation>Quelle décision avez-vous prise sans avoir toutes les données&#xa0;?</translation>
    </message>
    <message>
        <source>Rolled back the settlement deploy before we knew the root cause. Right call — but I over-explained it in the incident channel for an hour afterwards.</source>
        <translation>Retour arrière du déploiement du règlement avant d’en connaître la cause. Bonne décision — mais j’ai passé une heure ensuite à trop me justifier dans le canal d’incident.</translation>
    </message>
    <message>
        <source>Where did you step in when standards slipped — was it needed?</source>
        <translation>Où avez-vous repris la main quand le niveau a baissé — était-ce nécessaire&#xa0;?</translation>
    </message>
    <message>
        <source>I took release sign-off back from Hannah the same afternoon. The gap was our missing reconciliation check, not her judgment. I am not sure it was needed.</source>
        <translation>J’ai repris la validation des mises en production à Hannah l’après-midi même. Le problème venait de notre contrôle de rapprochement manquant, pas de son jugement. Je doute que c’était nécessaire.</translation>
    </message>
    <message>
        <source>Blameless review done; the reconciliation check is on the roadmap. Tomás took his first escalation.</source>
        <translation>Revue sans reproche faite&#xa0;; le contrôle de rapprochement est sur la feuille de route. Tomás a pris sa première escalade.</translation>
    </message>
    <message>
        <source>Planned Q1 with Checkout. Two hiring panels.</source>
        <translation>Planification du T1 avec Checkout. Deux jurys de recrutement.</translation>
    </message>
    <message>
        <source>Chargeback rush before the card-scheme deadline.</source>
        <translation>Rush des rétrofacturations avant l’échéance du réseau de cartes.</translation>
    </message>
    <message>
        <source>You spent time on work you had delegated. What pulled you back in, and what would let its owner keep it?</source>
        <translation>Vous avez passé du temps sur du travail que vous aviez délégué. Qu’est-ce qui vous a fait replonger, et qu’est-ce qui permettrait à son responsable de le garder&#xa0;?</translation>
    </message>
    <message>
        <source>Nerves about the chargeback deadline. I re-reviewed Priya&apos;s approvals and found nothing wrong. Next time I will ask her what she is watching instead of checking it myself.</source>
        <translation>La nervosité avant l’échéance des rétrofacturations. J’ai relu une seconde fois les validations de Priya et n’ai rien trouvé. La prochaine fois, je lui demanderai ce qu’elle surveille au lieu de vérifier moi-même.</translation>
    </message>
    <message>
        <source>Support now goes to the on-call alias, not to me.</source>
        <translation>Le support passe désormais par l’alias d’astreinte, plus par moi.</translation>
    </message>
    <message>
        <source>Asked Tomás and Hannah in our one-to-ones what I do that slows them down. Both said: I answer in threads before they can.</source>
        <translation>En entretien individuel, j’ai demandé à Tomás et Hannah ce que je fais qui les ralentit. Réponse des deux&#xa0;: je réponds dans les fils de discussion avant qu’ils puissent le faire.</translation>
    </message>
    <message>
        <source>Wrote the one-page strategy narrative for Payments and shared it with the team.</source>
        <translation>J’ai écrit le récit stratégique d’une page pour Paiements et je l’ai partagé avec l’équipe.</translation>
    </message>
    <message>
        <source>Half my week on strategy for the first time. Sprint planning moves to Hannah next week.</source>
        <translation>La moitié de ma semaine sur la stratégie pour la première fois. La planification de sprint passe à Hannah la semaine prochaine.</translation>
    </message>
    <message>
        <source>Who on your team is starting to outgrow you in an area — and what would help them go further?</source>
        <translation>Qui, dans votre équipe, commence à vous dépasser dans un domaine — et qu’est-ce qui l’aiderait à aller plus loin&#xa0;?</translation>
    </message>
    <message>
        <source>Priya, on review standards. She needs a seat in the architecture forum; I will hand her mine for the ledger topics.</source>
        <translation>Priya, sur les standards de relecture. Il lui faut une place au forum d’architecture&#xa0;; je vais lui céder la mienne pour les sujets du grand livre.</translation>
    </message>
    <message>
        <source>What did you do yourself because you are the expert at it, not because only you could?</source>
        <translation>Qu’avez-vous fait vous-même parce que c’est votre domaine d’expertise, et non parce que personne d’autre ne pouvait le faire&#xa0;?</translation>
    </message>
    <message>
        <source>Refund features. I could hand the next one to Tomás with a clear outcome.</source>
        <translation>Les fonctionnalités de remboursement. Je pourrais confier la prochaine à Tomás avec un résultat clair.</translation>
    </message>
    <message>
        <source>Hand payments pull-request reviews to Priya</source>
        <translation>Confier à Priya les relectures des pull requests de Paiements</translation>
    </message>
    <message>
        <source>Priya owns reviews</source>
        <translation>Priya prend en charge les relectures</translation>
    </message>
    <message>
        <source>Pull requests are reviewed within a day without me</source>
        <translation>Les pull requests sont relues en moins d’un jour sans moi</translation>
    </message>
    <message>
        <source>Keep reviewing every pull request</source>
        <translation>Continuer à relire chaque pull request</translation>
    </message>
    <message>
        <source>Rotate reviews across the team</source>
        <translation>Faire tourner les relectures dans l’équipe</translation>
    </message>
    <message>
        <source>Priya already reviews most carefully and asked for it. My reviews are the bottleneck.</source>
        <translation>Priya est déjà celle qui relit avec le plus de soin, et elle l’a demandé. Mes relectures sont le goulot d’étranglement.</translation>
    </message>
    <message>
        <source>Two escaped defects a month traced to review.</source>
        <translation>Deux défauts par mois passés en production à cause d’une relecture.</translation>
    </message>
    <message>
        <source>I kept re-reviewing in private, so she never really owned it.</source>
        <translation>J’ai continué à relire en douce, donc elle n’en a jamais vraiment été responsable.</translation>
    </message>
    <message>
        <source>Anxious about quality, relieved about the time.</source>
        <translation>De l’inquiétude pour la qualité, du soulagement pour le temps gagné.</translation>
    </message>
    <message>
        <source>Median review time fell to six hours; no escaped defects.</source>
        <translation>Le temps médian de relecture est tombé à six heures&#xa0;; aucun défaut passé en production.</translation>
    </message>
    <message>
        <source>Ship the refund-service migration before the quarter close</source>
        <translation>Livrer la migration du service de remboursement avant la clôture du trimestre</translation>
    </message>
    <message>
        <source>Migrate in October</source>
        <translation>Migrer en octobre</translation>
    </message>
    <message>
        <source>The migration lands with no customer-visible refund errors</source>
        <translation>La migration aboutit sans erreur de remboursement visible des clients</translation>
    </message>
    <message>
        <source>Wait until after the quarter close</source>
        <translation>Attendre la clôture du trimestre</translation>
    </message>
    <message>
        <source>The old service cannot take the holiday volume; we rehearsed the rollback twice.</source>
        <translation>L’ancien service ne tiendra pas le volume des fêtes&#xa0;; nous avons répété le retour arrière deux fois.</translation>
    </message>
    <message>
        <source>The rollback rehearsal fails.</source>
        <translation>La répétition du retour arrière échoue.</translation>
    </message>
    <message>
        <source>An outside change lands the same week and we cannot tell whose fault it is.</source>
        <translation>Un changement extérieur arrive la même semaine et nous ne savons pas à qui la faute.</translation>
    </message>
    <message>
        <source>Confident, a little rushed.</source>
        <translation>En confiance, un peu dans la précipitation.</translation>
    </message>
    <message>
        <source>A card-network change the same week broke partial refunds for two days. Our rollout plan and rollback worked as designed.</source>
        <translation>Un changement d’un réseau de cartes la même semaine a cassé les remboursements partiels pendant deux jours. Notre plan de déploiement et notre retour arrière ont fonctionné comme prévu.</translation>
    </message>
    <message>
        <source>Still the right call. Next time check the card networks&apos; change calendar.</source>
        <translation>Toujours la bonne décision. La prochaine fois, vérifier le calendrier des changements des réseaux de cartes.</translation>
    </message>
    <message>
        <source>Take back sign-off for payment-gateway releases</source>
        <translation>Reprendre la validation des mises en production de la passerelle de paiement</translation>
    </message>
    <message>
        <source>Take it back</source>
        <translation>La reprendre</translation>
    </message>
    <message>
        <source>No release incident while we rebuild the checklist</source>
        <translation>Aucun incident de mise en production pendant que nous refaisons la checklist</translation>
    </message>
    <message>
        <source>Leave it with Hannah</source>
        <translation>La laisser à Hannah</translation>
    </message>
    <message>
        <source>A settlement deploy doubled some payouts; I need to see the checklist work first.</source>
        <translation>Un déploiement du règlement a doublé certains versements&#xa0;; je dois d’abord voir la checklist fonctionner.</translation>
    </message>
    <message>
        <source>Two clean releases with the new checklist, run by Hannah.</source>
        <translation>Deux mises en production sans accroc avec la nouvelle checklist, menées par Hannah.</translation>
    </message>
    <message>
        <source>Shaken, and aware I might be overreacting.</source>
        <translation>Sous le choc, tout en sachant que je réagis peut-être de façon excessive.</translation>
    </message>
    <message>
        <source>Page the on-call engineer first for payment escalations</source>
        <translation>Appeler d’abord l’ingénieur d’astreinte pour les escalades de paiement</translation>
    </message>
    <message>
        <source>On-call first</source>
        <translation>L’astreinte d’abord</translation>
    </message>
    <message>
        <source>Escalations are triaged within 30 minutes without the manager</source>
        <translation>Les escalades sont triées en moins de 30 minutes sans le manager</translation>
    </message>
    <message>
        <source>Manager first, as before</source>
        <translation>Le manager d’abord, comme avant</translation>
    </message>
    <message>
        <source>Tomás decided it: on-call has the context and the runbooks; I was a relay.</source>
        <translation>C’est Tomás qui a décidé&#xa0;: l’astreinte a le contexte et les runbooks&#xa0;; je n’étais qu’un relais.</translation>
    </message>
    <message>
        <source>A missed escalation that on-call could not handle.</source>
        <translation>Une escalade manquée que l’astreinte n’a pas pu traiter.</translation>
    </message>
    <message>
        <source>Hire a second site reliability engineer before another backend engineer</source>
        <translation>Recruter un deuxième ingénieur SRE avant un autre ingénieur backend</translation>
    </message>
    <message>
        <source>SRE first</source>
        <translation>SRE d’abord</translation>
    </message>
    <message>
        <source>On-call pages per week halve by February</source>
        <translation>Les alertes d’astreinte par semaine divisées par deux d’ici février</translation>
    </message>
    <message>
        <source>Backend engineer first</source>
        <translation>Ingénieur backend d’abord</translation>
    </message>
    <message>
        <source>Contractor for three months</source>
        <translation>Un prestataire pour trois mois</translation>
    </message>
    <message>
        <source>Most of our lost time is incidents, not features.</source>
        <translation>L’essentiel de notre temps perdu vient des incidents, pas des fonctionnalités.</translation>
    </message>
    <message>
        <source>We hire slowly and the backlog grows anyway.</source>
        <translation>Nous recrutons lentement et le backlog grossit quand même.</translation>
    </message>
    <message>
        <source>Run one-to-ones that help</source>
        <translation>Mener des entretiens individuels utiles</translation>
    </message>
    <message>
        <source>Stop re-reviewing approved pull requests; raise disagreements in our one-to-one</source>
        <translation>Arrêter de relire les pull requests déjà validées&#xa0;; soulever les désaccords lors de notre entretien individuel</translation>
    </message>
    <message>
        <source>The first weeks of the review handover</source>
        <translation>Les premières semaines de la passation des relectures</translation>
    </message>
    <message>
        <source>I re-reviewed pull requests she had already approved</source>
        <translation>J’ai relu des pull requests qu’elle avait déjà validées</translation>
    </message>
    <message>
        <source>She was not sure her approval counted</source>
        <translation>Elle n’était pas sûre que sa validation comptait</translation>
    </message>
    <message>
        <source>Trust my approvals, or tell me when you disagree</source>
        <translation>Faire confiance à mes validations, ou me dire quand tu n’es pas d’accord</translation>
    </message>
    <message>
        <source>Tell the team once that Priya&apos;s approval is final</source>
        <translation>Dire une fois à l’équipe que la validation de Priya est définitive</translation>
    </message>
    <message>
        <source>Review the review process monthly, not the pull requests</source>
        <translation>Revoir chaque mois le processus de relecture, pas les pull requests</translation>
    </message>
    <message>
        <source>Open every incident update with impact, action and the next update time</source>
        <translation>Commencer chaque point d’incident par l’impact, l’action et l’heure du prochain point</translation>
    </message>
    <message>
        <source>The refund incident update to leadership</source>
        <translation>Le point sur l’incident de remboursement pour la direction</translation>
    </message>
    <message>
        <source>I gave a long technical timeline before the customer impact</source>
        <translation>J’ai donné une longue chronologie technique avant l’impact client</translation>
    </message>
    <message>
        <source>Leadership asked twice what it meant for refunds</source>
        <translation>La direction a demandé deux fois ce que cela signifiait pour les remboursements</translation>
    </message>
    <message>
        <source>Lead with impact and when you will update next</source>
        <translation>Commencer par l’impact et par l’heure du prochain point</translation>
    </message>
    <message>
        <source>Send a one-paragraph summary before joint planning</source>
        <translation>Envoyer un résumé d’un paragraphe avant la planification commune</translation>
    </message>
    <message>
        <source>Joint planning with Checkout</source>
        <translation>Planification commune avec Checkout</translation>
    </message>
    <message>
        <source>I explained our constraints clearly and briefly</source>
        <translation>J’ai expliqué nos contraintes clairement et brièvement</translation>
    </message>
    <message>
        <source>We agreed the refund API change in one meeting</source>
        <translation>Nous avons validé le changement de l’API de remboursement en une seule réunion</translation>
    </message>
    <message>
        <source>Do the same in writing beforehand</source>
        <translation>Faire la même chose par écrit en amont</translation>
    </message>
    <message>
        <source>Share the summary a day ahead</source>
        <translation>Partager le résumé la veille</translation>
    </message>
    <message>
        <source>Give Tomás written feedback on one incident note a month</source>
        <translation>Faire à Tomás un feedback écrit sur une note d’incident par mois</translation>
    </message>
    <message>
        <source>Our one-to-ones in October</source>
        <translation>Nos entretiens individuels d’octobre</translation>
    </message>
    <message>
        <source>I asked about his growth goal every time</source>
        <translation>Je l’ai interrogé sur son objectif de développement à chaque fois</translation>
    </message>
    <message>
        <source>He felt heard and planned his next step</source>
        <translation>Il s’est senti écouté et a planifié sa prochaine étape</translation>
    </message>
    <message>
        <source>Keep it, and comment on my incident notes too</source>
        <translation>Continuer, et commenter aussi mes notes d’incident</translation>
    </message>
    <message>
        <source>Announce the owner whenever I hand over work that touches Risk</source>
        <translation>Annoncer qui est responsable chaque fois que je confie un travail qui touche Risques</translation>
    </message>
    <message>
        <source>The refund-limits review with Risk</source>
        <translation>La revue des plafonds de remboursement avec Risques</translation>
    </message>
    <message>
        <source>I deferred every question to Hannah without saying she owned the decision</source>
        <translation>J’ai renvoyé chaque question à Hannah sans dire que la décision lui revenait</translation>
    </message>
    <message>
        <source>Risk did not know whom to hold to the answer</source>
        <translation>Risques ne savait pas à qui demander des comptes sur la réponse</translation>
    </message>
    <message>
        <source>Say who owns it, once, at the start</source>
        <translation>Dire qui est responsable, une fois, dès le début</translation>
    </message>
    <message>
        <source>Agree with Hannah what would let me hand release sign-off back</source>
        <translation>Convenir avec Hannah de ce qui me permettrait de lui rendre la validation des mises en production</translation>
    </message>
    <message>
        <source>After I took release sign-off back</source>
        <translation>Après que j’ai repris la validation des mises en production</translation>
    </message>
    <message>
        <source>I took it back after one incident, without a plan to return it</source>
        <translation>Je l’ai reprise après un seul incident, sans plan pour la rendre</translation>
    </message>
    <message>
        <source>She felt the handover had been a trial she failed</source>
        <translation>Elle a vécu la passation comme une épreuve qu’elle avait ratée</translation>
    </message>
    <message>
        <source>Agree the conditions to hand it back</source>
        <translation>Convenir des conditions pour la lui rendre</translation>
    </message>
    <message>
        <source>Write the conditions down together</source>
        <translation>Écrire les conditions ensemble</translation>
    </message>
    <message>
        <source>Review them after two releases</source>
        <translation>Les revoir après deux mises en production</translation>
    </message>
    <message>
        <source>Payments ships slowly because every review, release sign-off and escalation waits on me. The team has the skill but not the ownership, and Risk and Finance hear about our work late.</source>
        <translation>Paiements livre lentement parce que chaque relecture, chaque validation de mise en production et chaque escalade attend après moi. L’équipe a les compétences mais pas la responsabilité, et Risques et Finance découvrent notre travail tard.</translation>
    </message>
    <message>
        <source>Hand the daily decisions to the engineers who do the work, and spend the hours it frees on the roadmap and on Risk, Finance and Checkout.</source>
        <translation>Confier les décisions quotidiennes aux ingénieurs qui font le travail, et consacrer les heures libérées à la feuille de route et à Risques, Finance et Checkout.</translation>
    </message>
    <message>
        <source>Take on the checkout rewrite this quarter</source>
        <translation>Prendre en charge la refonte de Checkout ce trimestre</translation>
    </message>
    <message>
        <source>Review every pull request myself</source>
        <translation>Relire moi-même chaque pull request</translation>
    </message>
    <message>
        <source>Priya owns pull-request reviews</source>
        <translation>Priya est responsable des relectures de pull requests</translation>
    </message>
    <message>
        <source>On-call triages escalations first</source>
        <translation>L’astreinte trie les escalades en premier</translation>
    </message>
    <message>
        <source>A quarterly roadmap Risk and Finance can read</source>
        <translation>Une feuille de route trimestrielle que Risques et Finance peuvent lire</translation>
    </message>
    <message>
        <source>December 2026 — Payments now ships every week on the team&apos;s own reviews and sign-off. Priya leads code review, the on-call engineer owns escalations, and releases go out with the team&apos;s checklist. Its lead spends half the week on the payments roadmap with Risk, Finance and Checkout, and the refund-service migration closed before the quarter.</source>
        <translation>Décembre 2026 — Paiements livre désormais chaque semaine avec ses propres relectures et validations. Priya pilote la relecture du code, l’ingénieur d’astreinte prend en charge les escalades, et les mises en production partent avec la checklist de l’équipe. Côté management, la moitié de la semaine va à la feuille de route des paiements avec Risques, Finance et Checkout, et la migration du service de remboursement a été bouclée avant la fin du trimestre.</translation>
    </message>
    <message>
        <source>Payments ships slowly because reviews, release sign-off and escalations still queue at my desk; release sign-off came back to me after a failed deploy. Risk and Finance hear about our work late, so their reviews surprise us.</source>
        <translation>Paiements livre lentement parce que les relectures, les validations de mise en production et les escalades s’accumulent encore sur mon bureau&#xa0;; la validation des mises en production m’est revenue après un déploiement raté. Risques et Finance découvrent notre travail tard, donc leurs revues nous prennent par surprise.</translation>
    </message>
    <message>
        <source>Hire another backend engineer before a second site reliability engineer</source>
        <translation>Recruter un autre ingénieur backend avant un deuxième ingénieur SRE</translation>
    </message>
    <message>
        <source>Release sign-off back with the team by December</source>
        <translation>Validation des mises en production rendue à l’équipe d’ici décembre</translation>
    </message>
    <message>
        <source>Director of Engineering</source>
        <translation>Directrice de l’ingénierie</translation>
    </message>
    <message>
        <source>The hiring case for a second site reliability engineer</source>
        <translation>Le dossier de recrutement d’un deuxième ingénieur SRE</translation>
    </message>
    <message>
        <source>An answer on the on-call budget</source>
        <translation>Une réponse sur le budget d’astreinte</translation>
    </message>
    <message>
        <source>1:1: the failed deploy and taking sign-off back</source>
        <translation>1:1&#xa0;: le déploiement raté et la reprise de la validation</translation>
    </message>
    <message>
        <source>1:1: hiring plan</source>
        <translation>1:1&#xa0;: plan de recrutement</translation>
    </message>
    <message>
        <source>1:1: the 90-day review coming up</source>
        <translation>1:1&#xa0;: le bilan des 90 jours qui approche</translation>
    </message>
    <message>
        <source>A realignment: the team is capable, the way work flows is not.</source>
        <translation>Un réalignement&#xa0;: l’équipe est compétente, c’est la circulation du travail qui ne l’est pas.</translation>
    </message>
    <message>
        <source>By day 90: weekly releases and half my week on the roadmap.</source>
        <translation>D’ici le jour 90&#xa0;: des mises en production hebdomadaires et la moitié de ma semaine sur la feuille de route.</translation>
    </message>
    <message>
        <source>One more site reliability engineer in Q1 if the case is written.</source>
        <translation>Un ingénieur SRE de plus au T1 si le dossier est rédigé.</translation>
    </message>
    <message>
        <source>Head of Finance</source>
        <translation>Directeur financier</translation>
    </message>
    <message>
        <source>A forecast of the cloud spend for Q1</source>
        <translation>Une prévision des dépenses cloud pour le T1</translation>
    </message>
    <message>
        <source>The processor-fee breakdown</source>
        <translation>La décomposition des frais du processeur de paiement</translation>
    </message>
    <message>
        <source>Budget review</source>
        <translation>Revue budgétaire</translation>
    </message>
    <message>
        <source>Cloud costs walk-through</source>
        <translation>Présentation détaillée des coûts cloud</translation>
    </message>
    <message>
        <source>Risk and compliance lead</source>
        <translation>Responsable risques et conformité</translation>
    </message>
    <message>
        <source>The incident report of the failed deploy</source>
        <translation>Le rapport d’incident du déploiement raté</translation>
    </message>
    <message>
        <source>The failed deploy</source>
        <translation>Le déploiement raté</translation>
    </message>
    <message>
        <source>Release checklist draft</source>
        <translation>Brouillon de la checklist de mise en production</translation>
    </message>
    <message>
        <source>Product director, Payments</source>
        <translation>Directeur produit, Paiements</translation>
    </message>
    <message>
        <source>The Q1 priorities for checkout</source>
        <translation>Les priorités du T1 pour Checkout</translation>
    </message>
    <message>
        <source>Roadmap review</source>
        <translation>Revue de la feuille de route</translation>
    </message>
    <message>
        <source>Status report: what he reads</source>
        <translation>Rapport d’avancement&#xa0;: ce qu’il lit vraiment</translation>
    </message>
    <message>
        <source>Head of Customer Support</source>
        <translation>Responsable du support client</translation>
    </message>
    <message>
        <source>Escalation paths</source>
        <translation>Circuits d’escalade</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Cash, margin and the cost of each payment; the quarter close.</source>
        <translation>La trésorerie, la marge et le coût de chaque paiement&#xa0;; la clôture trimestrielle.</translation>
    </message>
    <message>
        <source>The cloud spend of the payments services, and fewer failed payments to refund.</source>
        <translation>Les dépenses cloud des services de paiement, et moins de paiements échoués à rembourser.</translation>
    </message>
    <message>
        <source>How the processor fees are booked.</source>
        <translation>Comment les frais du processeur de paiement sont comptabilisés.</translation>
    </message>
    <message>
        <source>Quarter forecast</source>
        <translation>Prévision trimestrielle</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>New merchants signed, and the days to their first payment.</source>
        <translation>Les nouveaux marchands signés, et le nombre de jours jusqu’à leur premier paiement.</translation>
    </message>
    <message>
        <source>A reliable onboarding API and merchant docs that answer the first questions.</source>
        <translation>Une API d’intégration fiable et une documentation marchands qui répond aux premières questions.</translation>
    </message>
    <message>
        <source>Which merchants leave in their first year, and why.</source>
        <translation>Quels marchands partent dans leur première année, et pourquoi.</translation>
    </message>
    <message>
        <source>Sat in on a merchant onboarding call</source>
        <translation>Assisté à un appel d’intégration d’un marchand</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Checkout conversion and the payment success rate.</source>
        <translation>La conversion du checkout et le taux de réussite des paiements.</translation>
    </message>
    <message>
        <source>The payment success rate, and the refund service&apos;s features.</source>
        <translation>Le taux de réussite des paiements, et les fonctionnalités du service de remboursement.</translation>
    </message>
    <message>
        <source>How the Q1 priorities are weighed.</source>
        <translation>Comment les priorités du T1 sont arbitrées.</translation>
    </message>
    <message>
        <source>Roadmap intro</source>
        <translation>Présentation de la feuille de route</translation>
    </message>
    <message>
        <source>Refund features</source>
        <translation>Fonctionnalités de remboursement</translation>
    </message>
    <message>
        <source>Status report review</source>
        <translation>Revue du rapport d’avancement</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Tickets, the time to resolve them, customer satisfaction.</source>
        <translation>Les tickets, leur délai de résolution, la satisfaction client.</translation>
    </message>
    <message>
        <source>Fewer payment escalations, and error messages customers understand.</source>
        <translation>Moins d’escalades sur les paiements, et des messages d’erreur que les clients comprennent.</translation>
    </message>
    <message>
        <source>Which payment errors cost them the most time.</source>
        <translation>Quelles erreurs de paiement leur coûtent le plus de temps.</translation>
    </message>
    <message>
        <source>Ticket review</source>
        <translation>Revue des tickets</translation>
    </message>
    <message>
        <source>Priya&apos;s reviews: faster than mine, and she explains them.</source>
        <translation>Les relectures de Priya&#xa0;: plus rapides que les miennes, et elle les explique.</translation>
    </message>
    <message>
        <source>Jumping into escalations before the on-call engineer has looked.</source>
        <translation>Sauter dans les escalades avant que l’ingénieur d’astreinte ait regardé.</translation>
    </message>
    <message>
        <source>A fixed roadmap morning each week, and monthly time with Risk.</source>
        <translation>Une matinée fixe par semaine pour la feuille de route, et du temps chaque mois avec Risques.</translation>
    </message>
    <message>
        <source>None: the target stays at 55% by day 90.</source>
        <translation>Aucun&#xa0;: la cible reste à 55&#xa0;% d’ici le jour 90.</translation>
    </message>
    <message>
        <source>A decision on the second site reliability engineer.</source>
        <translation>Une décision sur le deuxième ingénieur SRE.</translation>
    </message>
    <message>
        <source>The on-call engineer triages first; escalations to me halved.</source>
        <translation>L’ingénieur d’astreinte trie en premier&#xa0;; les escalades vers moi ont diminué de moitié.</translation>
    </message>
    <message>
        <source>Signing off releases alone: the team&apos;s checklist decides.</source>
        <translation>Valider les mises en production en solo&#xa0;: c’est la checklist de l’équipe qui décide.</translation>
    </message>
    <message>
        <source>Handing over sprint planning to Tomás in November.</source>
        <translation>Confier la planification de sprint à Tomás en novembre.</translation>
    </message>
    <message>
        <source>Behind the glide path; kept the 55% target and the horizon, moved the sprint-planning hand-over forward.</source>
        <translation>En retard sur la trajectoire&#xa0;; cible de 55&#xa0;% et horizon conservés, passation de la planification de sprint avancée.</translation>
    </message>
    <message>
        <source>Backing with Risk for the team&apos;s release checklist.</source>
        <translation>Le soutien de Risques pour la checklist de mise en production de l’équipe.</translation>
    </message>
</context>
</TS>
