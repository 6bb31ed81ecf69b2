"""The work type a new entry starts with (issue 16): the contract's, else
the shop's default, else the first remote billable one the shop set up —
never simply the first by name."""

from __future__ import annotations

from desktop.db.session import unit_of_work
from desktop.models import ContractWorkType
from desktop.services.common.settings_store import put_setting
from desktop.services.records.timer import DEFAULT_WORK_TYPE_KEY, default_work_type
from tests import factories


def test_default_work_type_contract_then_shop_then_first_set_up(db):
    with unit_of_work(db.sessions) as s:
        remote = factories.work_type(s, name="Remote support")
        factories.work_type(s, name="After-hours emergency")  # first by name
        onsite = factories.work_type(s, name="On-site", on_site=True)
        project = factories.work_type(s, name="Project work")
        client = factories.client(s)
        contract = factories.contract(s, client)
        plain = factories.contract(s, client, kind="time_materials")
        s.add(ContractWorkType(contract_id=contract.id, work_type_id=onsite.id, role="consumes"))

        assert default_work_type(s) == remote.id
        assert default_work_type(s, plain.id) == remote.id  # names none of its own
        assert default_work_type(s, contract.id) == onsite.id
        put_setting(s, DEFAULT_WORK_TYPE_KEY, project.id)
        assert default_work_type(s) == project.id
        assert default_work_type(s, contract.id) == onsite.id  # the contract still wins
        project.active = False
        s.flush()
        assert default_work_type(s) == remote.id  # an inactive default is passed over
