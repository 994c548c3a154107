"""The case workspace: the list, its filters, the open case (context, header, parties), the
case dialog and the case actions (next step, escalate, pause, calendar)."""
