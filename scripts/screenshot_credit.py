"""The client page with credit from earlier payments, at 1024×700: a
client of the demo shop with an open invoice overpays a paid one by 250.00,
and the Credit tab under the clients list shows it. Records a payment on
the demo database."""

from __future__ import annotations

import datetime as dt

from screenshot_common import Shots, park_cursor, settle
from sqlalchemy import select

from desktop.db.session import unit_of_work
from desktop.models import Client, Invoice
from desktop.services.billing.payments import record_payment
from desktop.services.billing.rules import the_shop
from desktop.views.main_window import MainWindow

OVERPAID = 25000  # 250.00 in the client's currency


def credit_shots(window: MainWindow, db, shots: Shots) -> None:
    with unit_of_work(db.sessions) as s:
        # A client billed in the shop's own currency, so 250.00 reads as such.
        currency = the_shop(s).default_currency
        paid = set(
            s.scalars(
                select(Invoice.client_id).where(
                    Invoice.status == "paid", Invoice.currency == currency
                )
            )
        )
        open_ = s.scalars(
            select(Invoice)
            .where(
                Invoice.kind == "invoice",
                Invoice.status == "issued",
                Invoice.currency == currency,
            )
            .order_by(Invoice.issue_date)
        )
        client_id = next(i.client_id for i in open_ if i.client_id in paid)
        done = s.scalars(
            select(Invoice)
            .where(
                Invoice.client_id == client_id,
                Invoice.status == "paid",
                Invoice.currency == currency,
            )
            .order_by(Invoice.issue_date.desc())
        ).first()
        assert done is not None
        record_payment(
            s, done.id, amount_minor=OVERPAID, received_on=dt.date.today(), reference="Bank"
        )
        name = s.get(Client, client_id).name
    size = window.size()
    window.resize(1024, 700)
    window.show_page("clients")
    page = window.page("clients")
    page.refresh()
    settle()
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == name)
    page.table.selectRow(row)
    page.table.scrollTo(page.model.index(row, 0))
    panel = page.details
    panel.setCurrentWidget(panel.credit)
    park_cursor()
    shots.window(window, "client_credit")
    window.resize(size)
    settle()
