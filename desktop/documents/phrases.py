"""Phrases the services compose into the text of a document — an invoice
line's description, a credit note's note, a prepaid ledger note — in the
language of the document they end up on.

Why composed when the line is made rather than stored structured and
translated at print time: an issued invoice never changes, and the
description stored on its line is what the PDF prints, what the Factur-X
XML carries and what the user may have edited on the draft. Translating at
render would make a reprint depend on today's translation tables and lose
the user's edit. So the service writes the phrase once, in the invoice's
language (the client's document language when the draft is made).

The tables follow `labels.py`: a dict per language, English as fallback,
and a test that every language has every key. Names the shop typed (work
types, contracts, sites, ticket titles) are data and pass through as typed."""

from __future__ import annotations

from decimal import Decimal

from .labels import language_of

# fmt: off
EN = {
    "after_hours": "after hours", "weekend": "weekend", "holiday": "public holiday",
    "surcharge": "({kind} ×{factor})",
    "visit": "On-site visit {date} — {work_type}",
    "prepaid": "— deducted from prepaid hours",
    "beyond_prepaid": "— beyond prepaid hours",
    "covered": "— covered by {contract}",
    "beyond_included": "— beyond the hours included",
    "trip_fee": "Trip fee — {label}",
    "distance": "Distance driven — {label}",
    "travel_time": "Travel time — {label}",
    "corrects": "Corrects invoice {number}: {reason}",
    "work_of": "Work of {date}",
    "expired": "Unused hours of the block bought {date} expired",
    "released_credit": "Released: credited by {number}",
    "released_draft": "Released: draft invoice deleted",
    "released_line": "Released: line removed from a draft",
    "block": "Prepaid hours: block of {hours} h, valid until {date}",
}

PL = {
    "after_hours": "po godzinach pracy", "weekend": "w dzień wolny", "holiday": "w święto",
    "surcharge": "({kind} ×{factor})",
    "visit": "Wizyta na miejscu {date} — {work_type}",
    "prepaid": "— odliczono z przedpłaconych godzin",
    "beyond_prepaid": "— ponad przedpłacone godziny",
    "covered": "— w ramach umowy {contract}",
    "beyond_included": "— ponad godziny objęte umową",
    "trip_fee": "Opłata za dojazd — {label}",
    "distance": "Przejechana odległość — {label}",
    "travel_time": "Czas dojazdu — {label}",
    "corrects": "Korekta faktury {number}: {reason}",
    "work_of": "Praca z dnia {date}",
    "expired": "Niewykorzystane godziny z pakietu kupionego {date} wygasły",
    "released_credit": "Zwrócono: skorygowano fakturą {number}",
    "released_draft": "Zwrócono: usunięto projekt faktury",
    "released_line": "Zwrócono: usunięto pozycję z projektu faktury",
    "block": "Przedpłacone godziny: pakiet {hours} godz., ważny do {date}",
}

SV = {
    "after_hours": "efter kontorstid", "weekend": "helg", "holiday": "helgdag",
    "surcharge": "({kind} ×{factor})",
    "visit": "Platsbesök {date} — {work_type}",
    "prepaid": "— dras från förbetalda timmar",
    "beyond_prepaid": "— utöver förbetalda timmar",
    "covered": "— ingår i {contract}",
    "beyond_included": "— utöver de ingående timmarna",
    "trip_fee": "Utryckningsavgift — {label}",
    "distance": "Körsträcka — {label}",
    "travel_time": "Restid — {label}",
    "corrects": "Korrigerar faktura {number}: {reason}",
    "work_of": "Arbete {date}",
    "expired": "Oanvända timmar i blocket köpt {date} har förfallit",
    "released_credit": "Återförd: krediterad med {number}",
    "released_draft": "Återförd: fakturautkastet raderat",
    "released_line": "Återförd: raden borttagen ur ett utkast",
    "block": "Förbetalda timmar: block om {hours} tim, giltigt till {date}",
}

EL = {
    "after_hours": "εκτός ωραρίου", "weekend": "Σαββατοκύριακο", "holiday": "αργία",
    "surcharge": "({kind} ×{factor})",
    "visit": "Επίσκεψη στον χώρο {date} — {work_type}",
    "prepaid": "— αφαιρείται από τις προπληρωμένες ώρες",
    "beyond_prepaid": "— πέραν των προπληρωμένων ωρών",
    "covered": "— καλύπτεται από {contract}",
    "beyond_included": "— πέραν των ωρών που περιλαμβάνονται",
    "trip_fee": "Χρέωση μετάβασης — {label}",
    "distance": "Απόσταση διαδρομής — {label}",
    "travel_time": "Χρόνος μετάβασης — {label}",
    "corrects": "Διορθώνει το τιμολόγιο {number}: {reason}",
    "work_of": "Εργασία της {date}",
    "expired": "Οι αχρησιμοποίητες ώρες του πακέτου που αγοράστηκε στις {date} έληξαν",
    "released_credit": "Επιστροφή: πιστώθηκε με το {number}",
    "released_draft": "Επιστροφή: διαγράφηκε το πρόχειρο τιμολόγιο",
    "released_line": "Επιστροφή: αφαιρέθηκε γραμμή από πρόχειρο",
    "block": "Προπληρωμένες ώρες: πακέτο {hours} ωρών, ισχύει έως {date}",
}

EO = {
    "after_hours": "ekster laborhoroj", "weekend": "semajnfino", "holiday": "festotago",
    "surcharge": "({kind} ×{factor})",
    "visit": "Surloka vizito {date} — {work_type}",
    "prepaid": "— deprenita el antaŭpagitaj horoj",
    "beyond_prepaid": "— preter la antaŭpagitaj horoj",
    "covered": "— kovrita de {contract}",
    "beyond_included": "— preter la inkluzivitaj horoj",
    "trip_fee": "Vojaĝkotizo — {label}",
    "distance": "Veturita distanco — {label}",
    "travel_time": "Vojaĝtempo — {label}",
    "corrects": "Korektas fakturon {number}: {reason}",
    "work_of": "Laboro de {date}",
    "expired": "Neuzitaj horoj de la bloko aĉetita je {date} eksvalidiĝis",
    "released_credit": "Redonita: kreditita per {number}",
    "released_draft": "Redonita: fakturmalneto forigita",
    "released_line": "Redonita: linio forigita el malneto",
    "block": "Antaŭpagitaj horoj: bloko de {hours} h, valida ĝis {date}",
}
# fmt: on

TABLES = {"en": EN, "pl": PL, "sv": SV, "el": EL, "eo": EO}


def phrase(language: str | None, key: str, **values: object) -> str:
    """The phrase in the document's language (English when it has none),
    with `{placeholders}` filled in. Dates stay ISO (2026-03-04): read the
    same in every language and sort as text."""
    text = TABLES[language_of(language)].get(key) or EN[key]
    return text.format(**values) if values else text


def factor(language: str | None, multiplier_bp: int) -> str:
    """A surcharge multiplier as the language writes a number: 1.5 / 1,5."""
    from babel.numbers import format_decimal  # Babel loads only when a surcharge is written

    from .formatting import LOCALES

    code = language_of(language)
    value = Decimal(multiplier_bp).scaleb(-4)
    return format_decimal(value, "0.####", locale=LOCALES.get(code, code))


def missing_phrases(language: str) -> set[str]:
    return set(EN) - set(TABLES[language])
