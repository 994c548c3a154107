"""Plain-Python domain: enums, rows, clocks and rules. No Qt, no SQL."""
