#!/usr/bin/env python3
"""cycles.py LIBRARY...: no call cycle among the files of a library.

Reads the objects' symbols with nm: a file uses another when it refers
to a symbol the other defines.  Prints TAP: one test per library, failing
with each cycle found (as a chain of files).  A file may of course use
itself; every other arrow must point one way only, so that the files can
be ordered in layers."""
import re
import subprocess
import sys


def symbols(lib):
    out = subprocess.run(["nm", "-A", lib], capture_output=True,
                         text=True).stdout
    defined, used = {}, {}
    for line in out.splitlines():
        m = re.match(r"^[^:]+:([^:]+\.o):\s*(?:[0-9a-f]+)?\s+([A-Za-z])\s+(\S+)$",
                     line)
        if not m:
            continue
        obj, kind, sym = m.groups()
        name = re.sub(r"^\w*?lib\w+?_a-", "", obj)[:-2]
        used.setdefault(name, set())
        if kind == "U":
            used[name].add(sym)
        elif kind in "TDBR":
            defined[sym] = name
    graph = {f: sorted({defined[s] for s in used[f]
                        if s in defined and defined[s] != f})
             for f in used}
    return graph


def cycles(graph):
    """Strongly connected components of more than one file."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, []):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


n = 0
failed = 0
for lib in sys.argv[1:]:
    n += 1
    g = symbols(lib)
    found = cycles(g)
    if found:
        failed += 1
        print("not ok %d - no call cycle among the files of %s" % (n, lib))
        for comp in found:
            print("#   cycle among: %s" % " ".join(comp))
            for f in comp:
                print("#     %s -> %s" % (f, " ".join(x for x in g[f]
                                                     if x in comp)))
    else:
        print("ok %d - no call cycle among the %d files of %s" %
              (n, len(g), lib))
print("1..%d" % n)
sys.exit(1 if failed else 0)
