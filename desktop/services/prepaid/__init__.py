"""Prepaid block hours: the append-only ledger (first-to-expire draw, top-ups, expiry) in ledger.py
and the office manager's overview."""
