"""The durable case store: SQLModel tables, the engine, migrations, plain-row queries.

The package itself imports nothing: `store.lean` (the window's first page) must load without
SQLAlchemy. The full-text index's session hooks register when `store.engine` is imported
(it imports store/search.py), which every Store comes from.
"""
