"""SQLAlchemy entities: the data TechLedger keeps. No Qt, no business rules."""

from .base import Base
from .clients import Client, Contact, Site
from .contracts import (
    CONTRACT_KINDS,
    Contract,
    ContractFee,
    ContractWorkType,
    PrepaidAlert,
    PrepaidLedgerEntry,
    SlaTarget,
)
from .invoices import INVOICE_STATUSES, Invoice, InvoiceLine, InvoiceSeries, Payment
from .schedules import MaintenanceSchedule, ScheduleOccurrence
from .shop import (
    AuditLog,
    Counter,
    Holiday,
    Product,
    RateRule,
    Setting,
    Shop,
    TaxRate,
    Technician,
    WorkType,
)
from .tickets import (
    PRIORITIES,
    TICKET_STATUSES,
    Feedback,
    KnowledgeArticle,
    MessageTemplate,
    Ticket,
    TicketEvent,
)
from .work import MaterialEntry, RunningTimer, TimeEntry, Visit

__all__ = [
    "CONTRACT_KINDS",
    "INVOICE_STATUSES",
    "PRIORITIES",
    "TICKET_STATUSES",
    "AuditLog",
    "Base",
    "Client",
    "Contact",
    "Contract",
    "ContractFee",
    "ContractWorkType",
    "Counter",
    "Feedback",
    "Holiday",
    "Invoice",
    "InvoiceLine",
    "InvoiceSeries",
    "KnowledgeArticle",
    "MaintenanceSchedule",
    "MaterialEntry",
    "MessageTemplate",
    "Payment",
    "PrepaidAlert",
    "PrepaidLedgerEntry",
    "Product",
    "RateRule",
    "RunningTimer",
    "ScheduleOccurrence",
    "Setting",
    "Shop",
    "Site",
    "SlaTarget",
    "TaxRate",
    "Technician",
    "Ticket",
    "TicketEvent",
    "TimeEntry",
    "Visit",
    "WorkType",
]
