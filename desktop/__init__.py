"""TechLedger: time, tickets, prepaid hours and invoices for small IT support shops."""

__version__ = "0.1.0"
APP_NAME = "TechLedger"
