#!/usr/bin/env python3
"""score.py: demarche's own scorer for gold files (format "demarche-gold 1").

usage: score.py --bin DEMARCHE --gold GOLD.json --corpus DIR
                [--min-actor-f1 X] [--min-position-f1 X]
                [--min-position-precision X] [-v] [--json]

For each article of the gold file it runs `DEMARCHE actors --json` and
`DEMARCHE positions --json` on DIR/FILE and counts, over all articles:

  actors     a reported actor is right when its name or an alias equals,
             after case folding, the name or a match string of a gold
             actor not yet taken (one of the same name first); a second
             report of the same gold actor, a name listed in not_actors or
             a name that matches nothing counts against precision.  Recall
             counts the required gold actors.  Sides are checked on the
             matched actors whose side is fixed (no any_side).
  positions  (issue, side, stance) per article, each once.  Any gold
             triple, required or not, is right; recall counts the
             required ones.

The metric is the one ../shared/tools/score-extraction applies, written
again here so that the gold tests run without ../shared.  Exit status: 0;
1 when a --min threshold is not met or demarche fails; 2 on bad usage.
"""
import argparse
import json
import os
import subprocess
import sys


def fold(s):
    """Case-folded, apostrophes unified, white space squeezed."""
    return " ".join(s.casefold().replace("\u2019", "'").split())


def run_json(argv, key):
    """Run demarche and return (list, error)."""
    try:
        p = subprocess.run(argv, capture_output=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, "cannot run %s: %s" % (argv[0], e)
    if p.returncode != 0:
        lines = p.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, "%s %s exited %d: %s" % (argv[0], argv[1], p.returncode,
                                             lines[-1] if lines else "")
    try:
        data = json.loads(p.stdout.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        return None, "%s %s: invalid JSON: %s" % (argv[0], argv[1], e)
    if isinstance(data, dict):
        data = data.get(key)
    if not isinstance(data, list):
        return None, "%s %s: no %s array" % (argv[0], argv[1], key)
    return data, None


class Tally:
    """True and false positives, required found and required total."""

    def __init__(self):
        self.tp = self.fp = self.found = self.required = 0

    def add(self, other):
        self.tp += other.tp
        self.fp += other.fp
        self.found += other.found
        self.required += other.required

    def prf(self):
        n = self.tp + self.fp
        p = self.tp / n if n else (1.0 if self.required == 0 else 0.0)
        r = self.found / self.required if self.required else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def match_actor(reported, gold, taken, banned, names):
    """Index of the gold actor a reported one names, or None."""
    if not isinstance(reported, dict) or not isinstance(
            reported.get("name"), str):
        return None
    name = fold(reported["name"])
    if name in banned:
        return None
    keys = {name} | {fold(x) for x in reported.get("aliases", [])
                     if isinstance(x, str)}
    hits = [i for i, n in enumerate(names) if keys & n]
    same = [i for i in hits if fold(gold[i]["name"]) == name]
    for i in same + hits:
        if i not in taken:
            return i
    return hits[0] if hits else None


def score_actors(reported, art, notes):
    gold = art.get("actors", [])
    names = [{fold(g["name"])} | {fold(m) for m in g.get("match", [])}
             for g in gold]
    banned = {fold(n) for n in art.get("not_actors", [])}
    t = Tally()
    taken = set()
    sides = [0, 0]
    for a in reported:
        i = match_actor(a, gold, taken, banned, names)
        if i is None or i in taken:
            t.fp += 1
            notes.append("extra actor %r" % (a.get("name")
                                             if isinstance(a, dict) else a))
            continue
        taken.add(i)
        t.tp += 1
        if not gold[i].get("any_side"):
            sides[1] += 1
            if a.get("side") == gold[i]["side"]:
                sides[0] += 1
            else:
                notes.append("side of %r: %s, gold %s" % (
                    gold[i]["name"], a.get("side"), gold[i]["side"]))
    for i, g in enumerate(gold):
        if g.get("required"):
            t.required += 1
            if i in taken:
                t.found += 1
            else:
                notes.append("missing actor %r" % g["name"])
    return t, sides


def triple(p):
    return (p.get("issue"), p.get("side"), p.get("stance"))


def score_positions(reported, art, notes):
    gold = art.get("positions", [])
    allowed = {triple(p) for p in gold}
    required = {triple(p) for p in gold if p.get("required")}
    got = {triple(p) for p in reported if isinstance(p, dict)}
    t = Tally()
    t.tp = len(got & allowed)
    t.fp = len(got - allowed)
    t.found = len(got & required)
    t.required = len(required)
    notes += ["extra position %s/%s/%s" % x
              for x in sorted(got - allowed, key=str)]
    notes += ["missing position %s/%s/%s" % x for x in sorted(required - got)]
    return t


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--min-actor-f1", type=float)
    ap.add_argument("--min-position-f1", type=float)
    ap.add_argument("--min-position-precision", type=float)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    try:
        with open(args.gold, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, ValueError) as e:
        print("score.py: cannot read '%s': %s" % (args.gold, e),
              file=sys.stderr)
        return 2
    if gold.get("format") != "demarche-gold 1":
        print("score.py: '%s': not a demarche-gold 1 file" % args.gold,
              file=sys.stderr)
        return 2
    actors, positions = Tally(), Tally()
    sides = [0, 0]
    failed = False
    for art in gold["articles"]:
        path = os.path.join(args.corpus, art["file"])
        notes = []
        acts, e1 = run_json([args.bin, "actors", "--json", path], "actors")
        poss, e2 = run_json([args.bin, "positions", "--json", path],
                            "positions")
        for e in (e1, e2):
            if e:
                print("%s: %s" % (art["file"], e))
                failed = True
        a, s = score_actors(acts or [], art, notes)
        p = score_positions(poss or [], art, notes)
        actors.add(a)
        positions.add(p)
        sides = [sides[0] + s[0], sides[1] + s[1]]
        print("%s: actors F1 %.2f (P %.2f R %.2f) positions F1 %.2f "
              "(P %.2f R %.2f)" % ((art["file"],) + a.prf()[2:] +
                                   a.prf()[:2] + p.prf()[2:] + p.prf()[:2]))
        if args.verbose:
            for n in notes:
                print("    " + n)
    ap_, ar, af = actors.prf()
    pp, pr, pf = positions.prf()
    print("total: actors F1 %.2f (P %.2f R %.2f, side %.2f) · positions F1 "
          "%.2f (P %.2f R %.2f) over %d articles" % (
              af, ap_, ar, sides[0] / sides[1] if sides[1] else 0.0,
              pf, pp, pr, len(gold["articles"])))
    for value, floor in ((af, args.min_actor_f1), (pf, args.min_position_f1),
                         (pp, args.min_position_precision)):
        if floor is not None and value + 1e-9 < floor:
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
