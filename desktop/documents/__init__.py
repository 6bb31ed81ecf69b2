"""PDF renderers (reportlab): immutable data in, PDF bytes out. No Session, no Qt."""
