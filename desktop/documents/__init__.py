"""PDF renderers (reportlab): immutable data in, PDF bytes out. No Session, no Qt.

Public entry points (import them from their modules; importing this package
stays cheap, reportlab.platypus costs ~170 ms and loads only on first use):

- `invoice.render_invoice(InvoiceData) -> bytes` — invoice or credit note,
  Factur-X (EN 16931 CII in PDF/A-3) when issued and the shop allows it,
  EPC payment QR code for EUR with a SEPA IBAN;
- `visit_report.render_visit_report(VisitData) -> bytes`;
- `statement.render_statement(StatementData) -> bytes`.

The inputs are the frozen dataclasses of `data`, built from the database by
`desktop.services.printing.invoice_data`, `doc_visit_data` and `doc_statement_data`."""
