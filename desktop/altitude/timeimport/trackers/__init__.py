"""Time trackers' exports: Toggl Track and Clockify detailed CSV, Timewarrior's
``timew export`` JSON, Harvest CSV. Import the modules themselves."""
