"""The durable case store: SQLModel tables, the engine, migrations, plain-row queries."""
