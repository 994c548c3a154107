"""The open case's timeline: rows grouped by day, the model and view, the log-an-entry form."""
