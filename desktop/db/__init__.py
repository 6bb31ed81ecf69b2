"""Database plumbing: engine, units of work, migrations, backups. No Qt."""
