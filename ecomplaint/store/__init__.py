"""The durable case store: SQLModel tables, the engine, migrations, plain-row queries."""

# Importing the search module registers, once, the session hooks that keep the full-text
# index in step with every write (see store/search.py).
from ecomplaint.store import search as _search  # noqa: F401
