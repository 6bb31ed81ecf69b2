"""Vocabulary for the ten-year generator's clients and technicians, on top
of the demo shop's catalogue (desktop/demo/people.py)."""

from __future__ import annotations

# name, email, tier, level: the demo's five plus five more (a ten-person shop).
EXTRA_TECHNICIANS = [
    ("Ahmed Haddad", "ahmed@vastkust-it.se", 1, "junior"),
    ("Sara Lindholm", "sara@vastkust-it.se", 1, "standard"),
    ("Jonas Ek", "jonas@vastkust-it.se", 2, "standard"),
    ("Paweł Zieliński", "pawel@vastkust-it.se", 2, "senior"),
    ("Ingrid Dahl", "ingrid@vastkust-it.se", 3, "expert"),
]

SWEDISH_TRADES = [
    "Redovisning",
    "Tandvård",
    "Bygg",
    "Advokatbyrå",
    "Fastigheter",
    "Konsult",
    "Transport",
    "Bageri",
    "Arkitekter",
    "El",
    "Måleri",
    "Optik",
    "Veterinärklinik",
    "Bilverkstad",
    "Tryckeri",
    "Revision",
    "Fysioterapi",
    "Blommor",
    "Marin",
    "Logistik",
    "Design",
    "Städ",
    "VVS",
    "Förlag",
]
SWEDISH_NAMES = [
    "Åkesson",
    "Bergström",
    "Lindqvist",
    "Öberg",
    "Håkansson",
    "Sjögren",
    "Ekström",
    "Nordin",
    "Wästberg",
    "Hallberg",
    "Fransson",
    "Holm",
    "Strand",
    "Dahlgren",
    "Lundgren",
    "Carlsson",
    "Nyström",
    "Sandberg",
    "Forsberg",
    "Engström",
]
SWEDISH_PLACES = [
    ("Kungsportsavenyen", "411 36", "Göteborg", 3),
    ("Göteborgsvägen", "431 37", "Mölndal", 9),
    ("Kvarnbygatan", "431 34", "Mölndal", 10),
    ("Järntorget", "413 04", "Göteborg", 2),
    ("Hamngatan", "442 31", "Kungälv", 22),
    ("Storgatan", "441 30", "Alingsås", 46),
    ("Drottninggatan", "451 40", "Uddevalla", 88),
    ("Västra vägen", "434 30", "Kungsbacka", 29),
    ("Sjöportsgatan", "417 64", "Göteborg", 5),
    ("Stationsvägen", "443 30", "Lerum", 24),
    ("Nygatan", "503 32", "Borås", 64),
    ("Torggatan", "461 30", "Trollhättan", 75),
]
FOREIGN_CLIENTS = [
    # country, currency, language, legal suffix, street, postcode, city, km
    ("DE", "EUR", "en", "GmbH", "Speicherstadt", "20457", "Hamburg", 820),
    ("FI", "EUR", "en", "Oy", "Kauppatori", "65100", "Vaasa", 900),
    ("NL", "EUR", "en", "B.V.", "Coolsingel", "3011 AD", "Rotterdam", 1100),
    ("AT", "EUR", "en", "GmbH", "Mariahilfer Straße", "1070", "Wien", 1500),
    ("GB", "GBP", "en", "Ltd", "Harbourside", "BS1 5DB", "Bristol", 1300),
    ("CH", "CHF", "en", "AG", "Bahnhofstrasse", "8001", "Zürich", 1400),
]
FOREIGN_NAMES = ["Nordlicht", "Hafen", "Baltic", "Lindström", "Polaris", "Kestrel", "Alpen"]
FOREIGN_TRADES = ["Consulting", "Logistics", "Design", "Software", "Trading", "Engineering"]
