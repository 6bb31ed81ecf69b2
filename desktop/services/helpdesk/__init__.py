"""Tickets and their timeline, SLA clocks, escalation, the knowledge base, messages to the client,
feedback and full-text search."""
