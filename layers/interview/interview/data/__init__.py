"""Data access: the PostgreSQL connection, migrations and the repository."""
