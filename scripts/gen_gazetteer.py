#!/usr/bin/env python3
"""Builds data/places/gazetteer.tsv from the GeoNames Arabic extract (CC BY 4.0, see data/places/README.md).

Keeps the gazetteer small: populated places of >= 15000 people in the Arab world, Turkey, Iran and
Israel, every national capital, and one row per country (for "south of Libya" style regions).
Usage: scripts/gen_gazetteer.py [GEONAMES_DIR] [OUT_TSV]
"""
import csv
import re
import sys

GEO = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/geonames-arabic"
OUT = sys.argv[2] if len(sys.argv) > 2 else "data/places/gazetteer.tsv"

REGION = {"DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN",
          "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM", "ESH", "TUR", "IRN", "ISR",
          "AFG", "PAK"}  # Afghanistan and Pakistan: their wars are daily Arabic news
# Only the letters of Arabic itself (plus tashkeel, space, hyphen): Persian, Urdu, Kurdish, Pashto and
# Uyghur spellings use letters beyond U+064A and are dropped.
ARABIC_ONLY = re.compile("^[\u0621-\u0652\u0640 \\-]+$")
TASHKEEL = re.compile("[\u064b-\u0652\u0640]")
# Alternate names that are also common Arabic words or other places: never list them as variants.
STOP = {"امان", "أمان", "أمل", "النصر", "الوحدة", "الحرية", "الحي", "السلام", "المستقبل", "الشعب",
        "الثورة", "الجديد", "العرب", "بلد", "الرئيس", "الشيخ", "حي", "ملك", "الملك",
        # common words, first names and numbers that GeoNames also lists as towns
        "الحد", "حد", "السد", "التل", "خالص", "جمال", "الصف", "جام", "جم", "المالح", "مالي",
        # words of running news that GeoNames lists as towns or as a town's other name; found by
        # listing the place cues of 2,000 ANT articles (docs/claims.md, "Places"): "في بيان" is "in a
        # statement", "في إطار" "within", "البورصة" the stock exchange, "حديثه" "his talk"
        "بيان", "أطار", "آلاشهر", "جامعة", "بورصة", "حديثة", "الساحل", "الوقف", "القصر", "معسكر",
        "الطرف", "الحزم", "سحر", "الجميل", "النجمة", "البيض", "الحراك", "الحمام",
        "الجديدة", "العين", "حجة", "الخضراء", "الفحم", "بانه", "إن صالح", "الخميس", "الجزيره",
        "الجزیره", "سنه", "مدينه", "الخبر",
        # Afghan and Pakistani towns (regions added for the wars Arabic news covers there) whose
        # names are words: "متون" texts, "سبي" captivity, "تربت" was raised, "هالا", "تهول"
        "متون", "سبي", "تربت", "هالا", "تهول",
        # "منطقة وإن كانت": Van (Turkey) is written as the conjunction "وإن" once the hamza is dropped
        "وان",
        # "من بؤر التهريب", "بؤر التوتر": Bor (Turkey) is written as بؤر "hotspots" once the hamza is dropped
        "بور",
        # first-level divisions named by a word: "the eastern", "the interior" (ministry), "the phenomenon"
        "الشرقية", "الشمالية", "الجنوبية", "الغربية", "الوسطى", "العاصمة", "الداخلية", "الظاهرة",
        "الباطنة", "الوادي", "الجبل", "القادسية", "الحدود الشمالية", "الجزيرة", "البحر الأحمر",
        "البحر الاحمر", "مركزي", "فارس", "باي", "الواحات", "النقاط الخمس", "السند", "العصابة",
        "المنطقة الشرقية", "المنطقة الداخلية"}
# Country rows whose GeoNames Arabic name is the formal one news rarely writes ("الجمهورية اليمنية"):
# the name news uses, the formal name as a variant, the nationality adjectives (by ISO alpha-3).
COUNTRY_NAMES = {
    "YEM": ("اليمن", ["الجمهورية اليمنية"], ["يمني"]),
    "SAU": ("السعودية", ["المملكة العربية السعودية"], ["سعودي"]),
    "ARE": ("الإمارات", ["الإمارات العربية المتحدة"], ["إماراتي"]),
    "GBR": ("بريطانيا", ["المملكة المتحدة"], ["بريطاني"]),
    "USA": ("الولايات المتحدة", ["الولايات المتحدة الأمريكية", "أمريكا", "أميركا"], ["أمريكي", "أميركي"]),
    "COM": ("جزر القمر", ["اتحاد جزر القمر"], ["قمري"]),
    "DJI": ("جيبوتي", [], ["جيبوتي"]),
    "ESH": ("الصحراء الغربية", [], []),  # "صحراوي" is "of the desert" ("الظهير الصحراوي")
}
# The words before a first-level division's own name ("محافظة الجوف" -> "الجوف").
DIVISION_WORDS = re.compile("^(محافظة|محافظه|منطقة|منطقه|شعبية|ولاية|إمارة|امارة|مِنطقة|منطقة) +")
# A name GeoNames gives that news writes otherwise, by GeoNames id: (the name, surfaces that are words
# and never a variant). "المدينة" is "the city"; "الصور" "the pictures" (Tyre is "صور"); Khartoum is
# "الخرطوم" in every paper, Mayadin "الميادين" ("ميادين": "squares").
RENAME = {"109223": ("المدينة المنورة", ["المدينة"]), "99106": (None, []),
          "267008": ("صور", ["الصور"]), "379252": ("الخرطوم", ["ااالخرطوم"]),
          "173480": ("الميادين", ["ميادين"])}


def too_short(name):
    """Names of one or two letters (بم، قم، رم) collide with words once normalized: never a surface."""
    base = name[2:] if name.startswith("ال") else name
    return len(base.replace(" ", "")) <= 2
# Places Arabic news names in its wars that the GeoNames Arabic extract lacks (no Arabic name, under
# 15,000 people, or a district or region rather than a populated place). Written by the Mizan team from
# public facts (name, country, coordinates to two decimals, population rounded; 0 for a region):
# (name, variants, country, lat, lon, population, kind).
TEAM_PLACES = [
    ("عسقلان", ["أشكلون", "اشكلون"], "ISR", "31.67", "34.57", "150000", "city"),  # Ashkelon
    ("سديروت", [], "ISR", "31.52", "34.60", "30000", "city"),  # Sderot
    ("مأرب", ["مارب"], "YEM", "15.46", "45.33", "40000", "city"),  # Marib
    ("الكرادة", [], "IRQ", "33.30", "44.42", "0", "region"),  # Karrada, a district of Baghdad
    ("مدينة الصدر", [], "IRQ", "33.39", "44.46", "0", "region"),  # Sadr City, Baghdad
    ("سيناء", ["شبه جزيرة سيناء"], "EGY", "29.50", "33.80", "0", "region"),  # the Sinai peninsula
    ("وزيرستان", [], "PAK", "32.30", "69.80", "0", "region"),  # Waziristan
    ("وادي سوات", ["سوات"], "PAK", "35.22", "72.42", "0", "region"),  # the Swat valley
    ("بنت جبيل", [], "LBN", "33.12", "35.43", "0", "city"),  # Bint Jbeil
    ("عرسال", [], "LBN", "34.18", "36.42", "0", "city"),  # Arsal
    ("الغوطة الشرقية", ["الغوطة"], "SYR", "33.55", "36.45", "0", "region"),  # Eastern Ghouta
    ("جبل الشعانبي", ["الشعانبي"], "TUN", "35.22", "8.70", "0", "region"),  # Mount Chambi
]
# Extra variants news writes that GeoNames lacks (name -> variants), by GeoNames id.
EXTRA = {"292968": ["أبو ظبي"], "293397": ["تل ابيب"]}


def clean(name):
    name = name.strip()
    if not name or not ARABIC_ONLY.match(name) or name.startswith("ئ"):
        return None
    if any(w in name for w in ("شعبية", "جزيرة", "محافظة", "ولاية ", "مديرية", "شہر")):
        return None
    return TASHKEEL.sub("", name)


def demonyms(name):
    """Masculine nationality adjectives of a country name, without the article (ليبيا -> ليبي)."""
    base = name[2:] if name.startswith("ال") else name
    if " " in base:
        return []
    if base.endswith("يا"):
        return [base[:-1]]
    if base.endswith("ية"):
        return [base[:-1]]
    if base.endswith("ا") or base.endswith("ة"):
        return [base[:-1] + "ي"]
    return [base + "ي"]


def main():
    countries = {}
    with open(f"{GEO}/countryInfo.tsv", encoding="utf-8") as f:
        for row in csv.reader((l for l in f if not l.startswith("#")), delimiter="\t"):
            if len(row) > 7:
                countries[row[0]] = {"iso3": row[1], "pop": row[7] or "0"}
    ar_country = {}
    with open(f"{GEO}/geonames_ar_mo.tsv", encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if len(row) == 3 and row[1] == "country_iso2":
                ar_country[row[0]] = TASHKEEL.sub("", row[2])
    rows, capital_at = [], {}
    with open(f"{GEO}/geonames_cities15000_arabic.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            iso3, pop, fc = r["country_iso3"], int(r["population"] or 0), r["feature_code"]
            capital = fc == "PPLC"
            if capital:
                capital_at[iso3] = (r["latitude"], r["longitude"])
            if not (capital or (iso3 in REGION and pop >= 15000)):
                continue
            names = [n for n in (clean(x) for x in r["arabic_names"].split("|")) if n]
            tagged = clean(r["ar_tagged_name"]) if r["ar_tagged_name"] else None
            name = tagged or (names[0] if names else None)
            if r["geonameid"] in RENAME:
                name, words = RENAME[r["geonameid"]]
                names = [n for n in names if n not in words]
            if not name or name in STOP or (too_short(name) and not capital):
                continue
            variants = []
            for n in names + EXTRA.get(r["geonameid"], []):
                if n != name and n not in variants and n not in STOP and not too_short(n):
                    variants.append(n)
            rows.append([name, "|".join(variants), iso3, r["latitude"], r["longitude"], str(pop),
                         TASHKEEL.sub("", r["admin1_name_ar"]).replace("\u200e", "").replace("\u200f", ""), "capital" if capital else "city", ""])
    # First-level divisions (governorates, provinces), which news names with محافظة/منطقة ("محافظة
    # الجوف", "ريف دمشق", "الأنبار"): where their name is no city's of the same country, one row at
    # the coordinates of their most populous city, with population 0 (a city of the name wins ties).
    cities = {(r[2], r[0]) for r in rows} | {(r[2], v) for r in rows for v in r[1].split("|") if v}
    divisions = {}
    with open(f"{GEO}/geonames_cities15000_arabic.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            iso3 = r["country_iso3"]
            raw = r["admin1_name_ar"].replace("\u200e", "").replace("\u200f", "").strip()
            if iso3 not in REGION or not raw:
                continue
            name = DIVISION_WORDS.sub("", TASHKEEL.sub("", raw)).strip()
            if not ARABIC_ONLY.match(name) or name in STOP or too_short(name) or (iso3, name) in cities:
                continue
            pop = int(r["population"] or 0)
            if (iso3, name) not in divisions or pop > divisions[(iso3, name)][1]:
                divisions[(iso3, name)] = ((r["latitude"], r["longitude"]), pop)
    known = {(r[2], r[0]) for r in rows} | {(r[2], v) for r in rows for v in r[1].split("|") if v}
    for name, variants, iso3, lat, lon, pop, kind in TEAM_PLACES:
        if (iso3, name) not in known and (iso3, name) not in divisions:
            rows.append([name, "|".join(variants), iso3, lat, lon, pop, "", kind, ""])
    for (iso3, name), ((lat, lon), _) in sorted(divisions.items()):
        rows.append([name, "", iso3, lat, lon, "0", name, "region", ""])
    for iso2, name in sorted(ar_country.items()):
        c = countries.get(iso2)
        if not c or name in STOP:
            continue
        lat, lon = capital_at.get(c["iso3"], ("", ""))
        if c["iso3"] in COUNTRY_NAMES:
            common, formal, adjectives = COUNTRY_NAMES[c["iso3"]]
            rows.append([common, "|".join(formal), c["iso3"], lat, lon, c["pop"], "", "country", "|".join(adjectives)])
            continue
        rows.append([name, "", c["iso3"], lat, lon, c["pop"], "", "country", "|".join(demonyms(name))])
    rows.sort(key=lambda x: (x[7] != "country", x[2], -int(x[5] or 0), x[0]))
    with open(OUT, "w", encoding="utf-8", newline="") as out:
        out.write("# mizan-gazetteer v1\n")
        out.write("name\tvariants\tcountry\tlat\tlon\tpopulation\tadmin1\tkind\tdemonyms\n")
        out.write("# Generated by scripts/gen_gazetteer.py from GeoNames (geonames.org), CC BY 4.0.\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
    print(f"{OUT}: {len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
