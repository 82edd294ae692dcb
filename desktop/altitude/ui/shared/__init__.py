"""What several screens use: the app context, dialogs, theme, form fields, the page base,
the table-model base, charts on screen and the delegation widgets the ledger and the team
page share."""
