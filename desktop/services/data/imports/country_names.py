"""Countries as the peers write them: an ISO 3166 code ('SE') or an English
name ('Sweden', 'Czech Republic', 'Korea, South'). Names come from CLDR's
English list (babel), matched without case or accents, with '&' read as
'and' and 'St.' as 'Saint'; the older or shorter names ITFlow's country
list still uses are listed here. A name that says no single country (a
typo, 'Congo' for either of two) is None: the row is refused, never
guessed."""

from __future__ import annotations

import unicodedata
from functools import cache

from desktop.services.common.record_rules import country_choices, valid_countries

# ITFlow's list (includes/settings_localization_array.php) → ISO code, for
# the names CLDR's English list does not carry. 'Serbia and Montenegro' no
# longer exists and 'Congo' is one of two: both are left out on purpose.
_OTHER_NAMES = {
    "colombi": "CO",  # sic, ITFlow's own spelling
    "congo (brazzaville)": "CG",
    "czech republic": "CZ",
    "east timor": "TL",
    "east timor (timor timur)": "TL",
    "gambia, the": "GM",
    "korea, north": "KP",
    "korea, south": "KR",
    "macedonia": "MK",
    "myanmar": "MM",
    "swaziland": "SZ",
    "turkey": "TR",
    "saint vincent": "VC",
    "vatican city": "VA",
    "ivory coast": "CI",
    "usa": "US",
    "uk": "GB",
    "great britain": "GB",
}


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = " ".join(text.replace("&", " and ").split())
    return "saint " + text[4:] if text.startswith("st. ") else text


@cache
def _names() -> dict[str, str]:
    names = {_fold(name): code for code, name in country_choices("en")}
    names.update(_OTHER_NAMES)
    return names


def country_code(text: str) -> str | None:
    """'SE' or 'se' → 'SE', 'Sweden' → 'SE', '' → ''; None for anything that
    names no single country."""
    value = text.strip()
    if not value:
        return ""
    if len(value) == 2 and value.upper() in valid_countries():
        return value.upper()
    return _names().get(_fold(value))
