"""Read-only queries behind the window: the big paged lists, lookups by what a person types,
dashboard figures and record history."""
