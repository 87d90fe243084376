#!/usr/bin/env python3
"""Converts Debian's hunspell-kk word list into models/morph/hunspell-stems.tsv (stem<TAB>UPOS).

usage: python3 convert.py /usr/share/hunspell/kk_KZ.dic > ../hunspell-stems.tsv

Flag set A... (noun paradigm) -> NOUN (PROPN if capitalised); flag set M... (verbs, listed in the
-у infinitive) -> VERB with the infinitive ending removed (қолдау -> қолда, сүю -> сүй).
Entries without flags are nouns. A plural whose singular is missing
(ресурстар) is replaced by the singular. Entries that are another entry plus a plural or case ending
or a 3rd-person possessive (құжаттамалар, құжаттамаларды, президенті), or a verb
plus a tense or participle ending (болады, түскені) are dropped: the analyzer derives them.
"""
import sys
import unicodedata

INFL = ["лар", "лер", "дар", "дер", "тар", "тер", "ның", "нің", "дың", "дің", "тың", "тің",
        "ға", "ге", "қа", "ке", "да", "де", "та", "те", "дан", "ден", "тан", "тен", "нан", "нен",
        "мен", "бен", "пен", "ны", "ні"]
# verb endings: present, past, participles, converbs (етеді, болады, түскені)
VINFL = ["ады", "еді", "йды", "йді", "ды", "ді", "ты", "ті", "ған", "ген", "қан", "кен", "ғаны",
         "гені", "қаны", "кені", "ып", "іп", "атын", "етін", "йтын", "йтін",
         "маған", "меген", "майды", "мейді", "мады", "меді", "уі", "уы", "уге", "уға", "уда", "уде",
         "ыпты", "іпті", "пты", "пті", ""]
VOICE = ["ыл", "іл", "л", "ын", "ін", "н", "дыр", "дір", "тыр", "тір", "ғыз", "гіз", "қыз", "кіз", "т", "ыс", "іс", "с"]
VOWELS = set("аәеиоөұүыіэюяё")


def voice_derived(v, verbs):
    """жасал (жаса-л), көрін (көр-ін), қатыс (қат-ыс): UD Kazakh lemmas drop these voices."""
    for suf in ("ыл", "іл", "л", "ын", "ін", "н", "ыс", "іс", "с"):
        if v.endswith(suf) and len(v) - len(suf) >= (2 if suf[0] in "ыі" else 3):
            base = v[: -len(suf)]
            if base in verbs and (suf[0] not in "ыі" or base[-1] not in VOWELS) and (
                    suf[0] in "ыі" or base[-1] in VOWELS):
                return True
    return False


def is_derived(lw, lower, verbs):
    for s1 in INFL:
        if lw.endswith(s1):
            base = lw[: -len(s1)]
            if len(base) >= 3 and base in lower:
                return True
            for s2 in INFL[:6] + ["сы", "сі", "ы", "і", "н"]:
                if base.endswith(s2) and len(base) - len(s2) >= 3 and base[: -len(s2)] in lower:
                    return True
    # 3rd-person possessive: апа-сы, құрылым-ы (but keep -лы/-лі adjectives and short words: кісі)
    if lw[-2:] in ("сы", "сі") and lw[-3:-2] in VOWELS and lw[:-2] in lower:
        return True
    for s in ("ымыз", "іміз", "мыз", "міз", "ымызды", "імізді", "ымыздың", "іміздің", "імізге", "ымызға",
              "ын", "ін", "ына", "іне", "ында", "інде", "ынан", "інен", "ының", "інің", "ымен", "імен"):
        if lw.endswith(s) and len(lw) - len(s) >= 2 and lw[: -len(s)] in lower:
            return True
    if lw[-1:] in ("ы", "і") and lw[-2:-1] not in VOWELS and len(lw) >= 3 and lw[:-1] in lower:
        return True
    # accusative after a plural or possessive: аймақтарды, жұмысты is kept (adjectives in -ты)
    for acc in ("ды", "ді", "ты", "ті", "ны", "ні", "н"):
        if lw.endswith(acc):
            base = lw[: -len(acc)]
            for pl in ("лар", "лер", "дар", "дер", "тар", "тер", "ы", "і", "сы", "сі"):
                if base.endswith(pl) and len(base) - len(pl) >= 3 and base[: -len(pl)] in lower:
                    return True
    # vowel drop before a possessive: аузы (ауыз), орны (орын)
    if (lw[-1:] in ("ы", "і") and len(lw) >= 4 and lw[-2] not in VOWELS and lw[-3] not in VOWELS
            and lw[-2:] not in ("кі", "гі", "қы", "ғы")):
        if lw[:-2] + "ы" + lw[-2] in lower or lw[:-2] + "і" + lw[-2] in lower:
            return True
    # оқиды, оқи, дами: ы/і + й written и after a verb stem (оқы-й-ды)
    for s in ("иды", "иді", "итын", "итін", "и"):
        if lw.endswith(s) and len(lw) - len(s) >= 2 and lw[: len(lw) - len(s)] in verbs:
            return True
    for s in VINFL:
        if lw.endswith(s) and len(lw) - len(s) >= (2 if s[:1] in ("м", "б", "п") else 3):
            base = lw[: len(lw) - len(s)]
            if s and base in verbs:
                return True
            # жой-ыл-ды, сал-ын-ған, and bare voice stems listed as nouns (жойыл)
            for v in VOICE:
                if s == "" and v not in ("ыл", "іл", "л"):
                    continue
                if base.endswith(v) and len(base) - len(v) >= (2 if s else 3) and base[: -len(v)] in verbs:
                    return True
    return False


def main(path):
    nouns, verbs = {}, set()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            line = unicodedata.normalize("NFC", line.strip().lstrip("\ufeff"))
            if not line or (n == 0 and line.isdigit()):
                continue
            word, _, flags = line.partition("/")
            if flags.startswith("M"):
                if word.endswith("ю"):
                    verbs.add(word[:-1] + "й")
                elif word.endswith("у") and len(word) > 2:
                    # шығу -> шық, тебу -> теп: the infinitive shows the voiced stem-final consonant
                    stem = word[:-1]
                    stem = stem[:-1] + {"ғ": "қ", "г": "к", "б": "п"}.get(stem[-1], stem[-1])
                    verbs.add(stem)
            else:
                nouns[word] = "PROPN" if word[:1].isupper() else "NOUN"
    lower = {w.lower() for w in nouns}
    import os
    extra = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "stems.tsv")
    with open(extra, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                lower.add(line.split("\t")[0].lower())
    out = []
    seen = set()
    for w, pos in nouns.items():
        lw = w.lower()
        if is_derived(lw, lower, verbs):
            continue
        # a plural whose singular the list lacks (ресурстар): keep the singular instead
        for pl in ("лар", "лер", "дар", "дер", "тар", "тер"):
            if lw.endswith(pl) and len(lw) - len(pl) >= 4 and lw[: -len(pl)] not in lower:
                w = w[: -len(pl)]
                break
        if w not in seen:
            seen.add(w)
            out.append((w, pos))
    for v in verbs:
        if not voice_derived(v, verbs):
            out.append((v, "VERB"))
    # sorted by the lower-case stem: the library finds each first letter's lines by binary search
    out.sort(key=lambda e: (e[0].lower(), e[0], e[1]))
    print("# Derived from Debian hunspell-kk 1.1 (kk_KZ.dic), MPL-1.1 (see hunspell-kk/README and LICENSE).")
    print("# Converted by hunspell-kk/convert.py: stem<TAB>UPOS, sorted by the lower-case stem.")
    for w, p in out:
        print(f"{w}\t{p}")


if __name__ == "__main__":
    main(sys.argv[1])
