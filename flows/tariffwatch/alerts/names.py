"""Country names and demonyms for alert titles ("US tariff on Chinese goods").

pycountry gives names but no demonyms, so demonyms come from a small table of
the countries that show up in trade news; any other target reads "goods from
Lesotho", which is still correct English.
"""

from __future__ import annotations

from functools import cache

import pycountry

# (short name, demonym); short names as newsrooms write them, not ISO's.
_OVERRIDES: dict[str, tuple[str, str]] = {
    "US": ("US", "American"),
    "CN": ("China", "Chinese"),
    "EU": ("EU", "European"),
    "GB": ("UK", "British"),
    "*": ("all countries", "imports from all countries"),
    "RU": ("Russia", "Russian"),
    "KR": ("South Korea", "South Korean"),
    "KP": ("North Korea", "North Korean"),
    "VN": ("Vietnam", "Vietnamese"),
    "TW": ("Taiwan", "Taiwanese"),
    "IR": ("Iran", "Iranian"),
    "AE": ("UAE", "Emirati"),
}

_DEMONYMS: dict[str, str] = {
    "AR": "Argentine",
    "AU": "Australian",
    "AT": "Austrian",
    "BD": "Bangladeshi",
    "BE": "Belgian",
    "BR": "Brazilian",
    "CA": "Canadian",
    "CL": "Chilean",
    "CO": "Colombian",
    "CZ": "Czech",
    "DK": "Danish",
    "EG": "Egyptian",
    "FI": "Finnish",
    "FR": "French",
    "DE": "German",
    "GR": "Greek",
    "HK": "Hong Kong",
    "HU": "Hungarian",
    "IN": "Indian",
    "ID": "Indonesian",
    "IE": "Irish",
    "IL": "Israeli",
    "IT": "Italian",
    "JP": "Japanese",
    "KH": "Cambodian",
    "MY": "Malaysian",
    "MX": "Mexican",
    "MA": "Moroccan",
    "NL": "Dutch",
    "NZ": "New Zealand",
    "NG": "Nigerian",
    "NO": "Norwegian",
    "PK": "Pakistani",
    "PE": "Peruvian",
    "PH": "Philippine",
    "PL": "Polish",
    "PT": "Portuguese",
    "SA": "Saudi",
    "SG": "Singaporean",
    "ZA": "South African",
    "ES": "Spanish",
    "LK": "Sri Lankan",
    "SE": "Swedish",
    "CH": "Swiss",
    "TH": "Thai",
    "TR": "Turkish",
    "UA": "Ukrainian",
}


@cache
def country_name(code: str) -> str:
    """The short English name for an ISO alpha-2 code, "EU" or "*"."""
    code = code.upper()
    if code in _OVERRIDES:
        return _OVERRIDES[code][0]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code  # an unknown code is still better shown than hidden
    name: str = getattr(country, "common_name", None) or country.name
    # ISO writes "Bolivia, Plurinational State of"; news writes "Bolivia".
    return name.split(", ")[0]


@cache
def demonym(code: str) -> str | None:
    """The adjective for a country's goods ("Chinese"), or None when unknown."""
    code = code.upper()
    if code in _OVERRIDES:
        return _OVERRIDES[code][1]
    return _DEMONYMS.get(code)
