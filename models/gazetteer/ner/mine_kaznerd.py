#!/usr/bin/env python3
"""Mine personal names and place names from a KazNERD IOB2 file for the `ner` command.

usage: mine_kaznerd.py IOB2_FILE [--out DIR] [--sentences all|even|odd] [--min-count N]

Writes, into DIR (default: the folder of this script):
  kaznerd-given-names.txt   given names, one per line; `name<TAB>COMMON_WORD` when the lower-case
                            form is also an ordinary word of the corpus
  kaznerd-surnames.txt      surnames, one per line
  kaznerd-places.tsv        `name<TAB>GPE|LOCATION`

Entries are nominative forms: a token inside a gold PERSON/GPE/LOCATION span is reduced to its
stem by removing one ending of endings.txt, and the stem is kept only if it occurs bare (without
an ending) inside a span of the same class. An entry is kept when
  * it occurs in at least N different sentences (default 2; sentences that differ only in numbers,
    which KazNERD holds twice, count once),
  * at least 75 % of its capitalised occurrences are inside spans of that class,
  * it is Cyrillic, at least 3 letters long, and not already in the hand-made lists
    (given-names.txt, surnames.txt, places.tsv, ambiguous.txt).
Places whose lower-case form is also an ordinary word are dropped; names are marked COMMON_WORD.

--sentences even|odd mines only from the sentences with an even/odd index (0-based), for the
cross-check that scores the other half; with --block N the parity is that of index // N, which keeps
KazNERD's neighbouring near-duplicate sentences on the same side. Output is sorted, so a re-run gives the same files.

The input is KazNERD (Yeshpanov, Khassanov, Varol, LREC 2022), CC BY 4.0; the files written carry
that attribution in their header.
"""
import argparse
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.dirname(HERE)
WORD = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі][а-яёәғқңөұүһі]+)?$")
SURNAME = re.compile(r"(ов|ев|ёв|ова|ева|ёва|ин|ина|ұлы|қызы|улы|кызы|ский|ская|цкий|цкая|енко)$")
CLASSES = {"PERSON", "GPE", "LOCATION"}
HEADER = ("# Mined by mine_kaznerd.py from KazNERD, validation split (IOB2_valid.txt): Rustem Yeshpanov,\n"
          "# Yerbolat Khassanov, Huseyin Atakan Varol, KazNERD: Kazakh Named Entity Recognition Dataset,\n"
          "# LREC 2022, https://github.com/IS2AI/KazNERD. Licensed under CC BY 4.0\n"
          "# (https://creativecommons.org/licenses/by/4.0/). Regenerate; do not edit by hand.\n")


def read(path):
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.split()
            if not c:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            cur.append((c[0], c[-1]))
    if cur:
        sents.append(cur)
    return sents


def spans(tags):
    out, start, cls = [], None, None
    for i, t in enumerate(tags + ["O"]):
        pre, _, name = t.partition("-")
        if start is not None and not (pre == "I" and name == cls):
            out.append((start, i, cls))
            start, cls = None, None
        if pre == "B" or (pre == "I" and start is None):
            start, cls = i, name
    return out


def lines(name):
    path = os.path.join(GAZ, name)
    out = []
    if os.path.exists(path):
        for l in open(path, encoding="utf-8"):
            if l.strip() and not l.startswith("#"):
                out.append(l.rstrip("\n").split("\t"))
    return out


def known():
    names = set()
    for f in ("given-names.txt", "surnames.txt", "ambiguous.txt", "persons.txt"):
        names.update(r[0].strip() for r in lines(f))
    for r in lines("places.tsv"):
        names.add(r[0].strip())
        if len(r) > 2:
            names.update(a.strip() for a in r[2].split("|"))
    return {n.lower() for n in names if n}


def sentence_key(tokens):
    # KazNERD holds many sentences twice, numbers spelt out and in digits: count them once
    return tuple(t for t in tokens if t[:1].isupper())


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("iob2")
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--sentences", choices=["all", "even", "odd"], default="all")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--block", type=int, default=1,
                    help="with --sentences: parity of sentence index // BLOCK (keeps neighbouring near-duplicates together)")
    a = ap.parse_args(argv)
    endings = sorted({r[0].strip().lower() for r in lines("ner/endings.txt")}, key=len, reverse=True)
    sents = read(a.iob2)
    if a.sentences != "all":
        parity = 0 if a.sentences == "even" else 1
        sents = [s for i, s in enumerate(sents) if (i // a.block) % 2 == parity]

    bare = collections.defaultdict(set)      # class -> forms seen without an ending
    inside = collections.Counter()            # (form, class) -> occurrences inside a span
    role = collections.Counter()              # (form, "GIVEN"/"SURNAME") votes
    capital = collections.Counter()           # form -> capitalised occurrences anywhere
    lower = set()                             # lower-case tokens tagged O
    where = collections.defaultdict(set)      # (form, class) -> sentence keys
    for s in sents:
        toks = [t for t, _ in s]
        key = sentence_key(toks)
        for t, tag in s:
            if t[:1].isupper():
                capital[t] += 1
            elif tag == "O":
                lower.add(t)
        for st, en, cls in spans([g for _, g in s]):
            if cls not in CLASSES:
                continue
            words = toks[st:en]
            if cls != "PERSON" and len(words) != 1:
                continue  # multi-word places keep their classifier: left to the hand-made list
            shaped = [SURNAME.search(stem_guess(w, endings)) is not None for w in words]
            for k, w in enumerate(words):
                if not WORD.match(w):
                    continue
                inside[(w, cls)] += 1
                where[(w, cls)].add(key)
                if cls == "PERSON":
                    # the last of two or more words is the surname unless another word has the shape
                    if shaped[k] or (len(words) >= 2 and k == len(words) - 1 and not any(shaped)):
                        role[(w, "SURNAME")] += 1
                    else:
                        role[(w, "GIVEN")] += 1
            for w in words:
                bare[cls].add(w)

    skip = known()
    lemmas = collections.defaultdict(lambda: {"in": 0, "keys": set(), "given": 0, "surname": 0, "forms": set()})
    for (w, cls), n in inside.items():
        lemma = nominative(w, bare[cls], endings)
        if lemma is None:
            continue
        e = lemmas[(lemma, cls)]
        e["in"] += n
        e["keys"] |= where[(w, cls)]
        e["given"] += role[(w, "GIVEN")]
        e["surname"] += role[(w, "SURNAME")]
        e["forms"].add(w)

    given, surnames, places = [], [], []
    for (lemma, cls), e in sorted(lemmas.items()):
        if len(lemma) < 3 or lemma.lower() in skip or len(e["keys"]) < a.min_count:
            continue
        cap = sum(capital[f] for f in e["forms"])
        if cap == 0 or e["in"] / cap < 0.75:
            continue
        common = lemma.lower() in lower or any(f.lower() in lower for f in e["forms"])
        if cls == "PERSON":
            if e["surname"] > e["given"] or lemma.endswith(("вич", "вна")):
                if not common:
                    surnames.append(lemma)
            else:
                given.append(lemma + ("\tCOMMON_WORD" if common else ""))
        elif not common:
            places.append(lemma + "\t" + cls)

    os.makedirs(a.out, exist_ok=True)
    write(os.path.join(a.out, "kaznerd-given-names.txt"), given,
          "# Given names (nominative); COMMON_WORD: also an ordinary lower-case word of the corpus.\n")
    write(os.path.join(a.out, "kaznerd-surnames.txt"), surnames, "# Surnames (nominative).\n")
    write(os.path.join(a.out, "kaznerd-places.tsv"), places,
          "# Places (nominative), TAB-separated: name<TAB>KazNERD class (GPE or LOCATION).\n")
    print(f"{len(sents)} sentences: {len(given)} given names, {len(surnames)} surnames, {len(places)} places",
          file=sys.stderr)
    return 0


def stem_guess(w, endings):
    low = w.lower()
    for e in endings:
        if low.endswith(e) and len(low) - len(e) >= 3:
            return low[: -len(e)]
    return low


# case endings that mark a word as inflected when its stem is not attested on its own
CASE = ("ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "да", "де", "та", "те",
        "дан", "ден", "тан", "тен", "нан", "нен", "ны", "ні", "ды", "ді", "ты", "ті", "мен", "бен",
        "пен", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "нда", "нде", "ына", "іне")


def nominative(w, attested, endings):
    """The stem of w (minus one ending) when the stem occurs on its own, a surname-shaped stem, w
    itself when it carries no case ending, else None."""
    low = w.lower()
    for e in endings:
        if low.endswith(e) and len(w) - len(e) >= 3 and w[: -len(e)] in attested:
            return w[: -len(e)]
    for e in sorted(CASE, key=len, reverse=True):
        if low.endswith(e) and len(w) - len(e) >= 3:
            stem = w[: -len(e)]
            return stem if SURNAME.search(stem.lower()) else None
    return w


def write(path, entries, header):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        f.write(header)
        for e in entries:
            f.write(e + "\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
