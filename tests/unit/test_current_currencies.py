"""Only currencies in use today are offered: no Andorran Peseta, no
Argentine Peso (1881–1970)."""

from desktop.services.common.record_rules import currency_choices


def test_historic_currencies_are_not_offered():
    codes = {code for code, _name in currency_choices()}
    assert {"PLN", "SEK", "EUR", "CHF", "GBP", "NOK"} <= codes
    assert not {"ADP", "ARM", "DEM", "FRF", "SIT"} & codes
