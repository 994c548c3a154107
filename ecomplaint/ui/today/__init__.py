"""The Today tab: what is overdue, due and waiting across cases, and the tray notifications."""
