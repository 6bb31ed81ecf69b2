"""Currencies as the peers write them: in a header ('Billable Rate (EURO)',
'Amount (SEK)', 'Amount (€)') and in a cell (' SEK 1,425.00 ', '€950.00',
'1.425,00 zł'). Only a name that says one currency is read; 'kr' or '$'
alone would be a guess between several, so they stay what they say and
are accepted only for a client billed in one of them."""

from __future__ import annotations

import re

# Folded name → ISO code. Clockify writes the currency's name as the
# workspace owner typed it ('EURO', 'USD'); Kimai its ISO code.
_NAMES = {
    "euro": "EUR",
    "euros": "EUR",
    "€": "EUR",
    "us dollar": "USD",
    "us$": "USD",
    "dollar": "USD",
    "pound": "GBP",
    "pound sterling": "GBP",
    "£": "GBP",
    "zł": "PLN",
    "zloty": "PLN",
    "złoty": "PLN",
    "¥": "JPY",
    "yen": "JPY",
    "fr.": "CHF",
    "franc": "CHF",
}
# Symbols several currencies share → the codes they may stand for.
SHARED = {"kr": ("SEK", "NOK", "DKK", "ISK"), "kr.": ("DKK",), "$": ("USD", "CAD", "AUD")}
_CELL = re.compile(
    r"^\s*(?P<pre>[A-Za-z]{3}|[^\d\s.,+-]{1,3})?\s*(?P<num>[-+]?[\d.,\s\u00a0\u202f']*\d)"
    r"\s*(?P<post>[A-Za-z]{3}|[^\d\s.,]{1,3}\.?)?\s*$"
)


def currency_code(name: str) -> str | None:
    """'EURO' → 'EUR', 'sek' → 'SEK', 'kr' → 'kr' (shared), '' → '';
    None when the text is no currency this knows."""
    folded = name.strip().casefold()
    if not folded:
        return ""
    if folded in _NAMES:
        return _NAMES[folded]
    if folded in SHARED:
        return folded
    if re.fullmatch(r"[a-z]{3}", folded):
        return folded.upper()
    return None


def same_currency(given: str, currency: str) -> bool:
    """Whether `given` (a code or a shared symbol) can be `currency`."""
    return given == currency or currency in SHARED.get(given, ())


def split_money(text: str) -> tuple[str, str]:
    """' SEK 1,425.00 ' → ('1,425.00', 'SEK'); '950.00' → ('950.00', '');
    text that is no number with a currency comes back whole, with ''."""
    match = _CELL.match(text)
    if not match or (match["pre"] and match["post"]):
        return text.strip(), ""
    name = match["pre"] or match["post"] or ""
    code = currency_code(name)
    if code is None:
        return text.strip(), ""
    return match["num"].strip(), code
