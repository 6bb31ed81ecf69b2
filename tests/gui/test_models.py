"""The item models: Qt's model contract, and sorting/filtering done in SQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import event, select

from desktop.db.session import read_only, unit_of_work
from desktop.models import Client
from desktop.services.queries.listing import ALL_LISTS, CLIENTS, INVOICES, TICKETS, TIME_ENTRIES
from desktop.services.records import clients as client_service
from desktop.views.itemmodels.client_details_table_models import (
    ContactsTableModel,
    SitesTableModel,
)
from desktop.views.itemmodels.paged_table_model import PagedTableModel


def column(model: PagedTableModel, key: str) -> list:
    col = model.spec.column_index(key)
    return [model.index(r, col).data(PagedTableModel.SortRole) for r in range(model.rowCount())]


def shown(model: PagedTableModel, key: str) -> list[str]:
    col = model.spec.column_index(key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


@pytest.mark.parametrize("name", sorted(ALL_LISTS))
def test_paged_models_pass_qt_model_tester(qtmodeltester, small_db, name):
    model = PagedTableModel(small_db.sessions, ALL_LISTS[name], page_size=50)
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    # And again after paging, sorting and filtering changed the rows.
    model.fetchMore(QModelIndex())
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_filter_text("a")
    qtmodeltester.check(model)


def test_contacts_and_sites_models_pass_qt_model_tester(qtmodeltester, small_db):
    with read_only(small_db.sessions) as s:
        client_id = s.scalar(select(Client.id).where(Client.name == "Acme Oy"))
    with unit_of_work(small_db.sessions) as s:
        client_service.create_contact(s, client_id, client_service.ContactInput(name="Eva"))
        client_service.create_site(
            s,
            client_id,
            client_service.SiteInput(
                name="Head office", country="FI", distance_km="12.5", travel_minutes=20
            ),
        )
    with read_only(small_db.sessions) as s:
        contacts = ContactsTableModel()
        contacts.set_rows(client_service.list_contacts(s, client_id))
        sites = SitesTableModel()
        sites.set_rows(client_service.list_sites(s, client_id))
    qtmodeltester.check(contacts)
    qtmodeltester.check(sites)
    assert sites.index(0, SitesTableModel.COL_DISTANCE).data() == "12.5 km"
    assert sites.index(0, SitesTableModel.COL_TRAVEL).data() == "0:20"


def test_time_entries_page_lazily_newest_first(small_db):
    model = PagedTableModel(small_db.sessions, TIME_ENTRIES, page_size=200)
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    starts = column(model, "started_at")
    assert starts == sorted(starts, reverse=True)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    ids = [model.index(r, 0).data(PagedTableModel.IdRole) for r in range(450)]
    assert len(set(ids)) == 450


def test_sort_runs_in_sql_with_order_by(small_db):
    statements: list[str] = []

    def remember(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(small_db.engine, "before_cursor_execute", remember)
    try:
        model = PagedTableModel(small_db.sessions, TIME_ENTRIES, page_size=100)
        statements.clear()
        model.sort(TIME_ENTRIES.column_index("client"), Qt.SortOrder.AscendingOrder)
    finally:
        event.remove(small_db.engine, "before_cursor_execute", remember)
    selects = [s for s in statements if s.startswith("SELECT")]
    assert len(selects) == 1
    assert "ORDER BY te_client.archived ASC, te_client.name ASC" in selects[0]
    assert "LIMIT" in selects[0]
    assert "count(" not in selects[0].lower()
    assert "FROM clients AS te_client CROSS JOIN time_entries" in selects[0]
    clients = column(model, "client")
    assert clients == sorted(clients)
    assert clients[0] == "Acme Oy"
    # Within one client the entries follow their start (the second sort key).
    acme_starts = [
        s for c, s in zip(clients, column(model, "started_at"), strict=True) if c == "Acme Oy"
    ]
    assert acme_starts == sorted(acme_starts)
    model.sort(TIME_ENTRIES.column_index("client"), Qt.SortOrder.DescendingOrder)
    assert column(model, "client")[0] == "Dental Lund"


def test_filter_runs_in_sql_and_matches_any_search_column(small_db):
    model = PagedTableModel(small_db.sessions, TIME_ENTRIES, page_size=500)
    model.set_filter_text("work item 12")
    descriptions = set(column(model, "description"))
    assert descriptions == {"Work item 12", *(f"Work item {n}" for n in range(120, 130))}
    model.set_filter_text("zofia")  # technician name, any case
    assert set(column(model, "technician")) == {"Zofia Kowal"}
    model.set_filter_text("100%")  # wildcards are literal
    assert model.rowCount() == 0
    model.set_filter_text("")
    assert model.rowCount() == 450


def test_clients_hide_archived_unless_asked(small_db):
    model = PagedTableModel(small_db.sessions, CLIENTS)
    assert "Old Client" not in column(model, "name")
    model.set_include_archived(True)
    assert "Old Client" in column(model, "name")
    assert column(model, "name") == sorted(column(model, "name"))


def test_display_formats(small_db):
    invoices = PagedTableModel(small_db.sessions, INVOICES)
    numbers = shown(invoices, "number")
    assert numbers == ["2026-00001", "Draft"]  # issue date DESC puts drafts last
    assert shown(invoices, "total_minor")[0] == "1\u202f255.00 EUR"
    align = invoices.index(0, INVOICES.column_index("total_minor")).data(
        Qt.ItemDataRole.TextAlignmentRole
    )
    assert align & Qt.AlignmentFlag.AlignRight
    tickets = PagedTableModel(small_db.sessions, TICKETS)
    tickets.sort(TICKETS.column_index("priority"), Qt.SortOrder.DescendingOrder)
    assert shown(tickets, "priority") == ["Urgent", "High", "Normal", "Low"]
    assert shown(tickets, "status")[0] == "New"
    entries = PagedTableModel(small_db.sessions, TIME_ENTRIES)
    raw = entries.index(0, TIME_ENTRIES.column_index("raw_minutes"))
    assert raw.data() == "{}:{:02d}".format(*divmod(raw.data(PagedTableModel.SortRole), 60))


def test_filter_and_client_sort_together(small_db):
    model = PagedTableModel(small_db.sessions, TIME_ENTRIES, page_size=500)
    model.sort(TIME_ENTRIES.column_index("client"), Qt.SortOrder.DescendingOrder)
    model.set_filter_text("olle")
    clients = column(model, "client")
    assert set(column(model, "technician")) == {"Olle Nilsson"}
    assert len(clients) == 150
    assert clients == sorted(clients, reverse=True)
