#!/usr/bin/env python3
"""man-drift.py DEMARCHE TOP_SRCDIR: the manual and the program agree.

Prints TAP.  Checks that every subcommand's --help matches the SYNOPSIS
word for word (case aside), that every option of every subcommand is
documented, that every live key binding and action is in KEY BINDINGS and
every key listed there is live, and that every ':' command, configuration
command, 'set' option, colour role and key scope the program knows is in
the page."""
import json
import re
import subprocess
import sys

demarche, top = sys.argv[1], sys.argv[2]
page_src = open(top + "/man/demarche.1", encoding="utf-8").read()
n = 0
failed = 0


def ok(cond, desc, why=""):
    global n, failed
    n += 1
    print(("ok %d - %s" if cond else "not ok %d - %s") % (n, desc))
    if not cond:
        failed += 1
        if why:
            print("#   " + why)


def run(*args):
    p = subprocess.run([demarche] + list(args), capture_output=True,
                       text=True)
    return p.stdout


def render(src):
    """The page as plain text, without overstrikes, on very long lines."""
    p = subprocess.run(["mandoc", "-Tutf8", "-Owidth=1000"], input=src,
                       capture_output=True, text=True)
    if p.returncode != 0 and not p.stdout:
        return None
    return re.sub(r".\x08", "", p.stdout)


def norm(s):
    s = s.replace("\u2010", "-").replace("\u2212", "-")
    return " ".join(s.lower().split())


def section(src, name):
    m = re.search(r"^\.Sh %s\n(.*?)(?=^\.Sh )" % re.escape(name), src,
                  re.M | re.S)
    return m.group(1) if m else ""


text = render(page_src)
if text is None:
    print("1..0 # SKIP mandoc is not installed")
    sys.exit(0)
syn = norm(text.split("SYNOPSIS", 1)[1].split("DESCRIPTION", 1)[0])
forms = [norm(f) for f in re.split(r"(?=\bdemarche\b)", syn) if f.strip()]

# 1. --help of each subcommand matches SYNOPSIS.
top_help = run("--help")
subcommands = []
for line in top_help.splitlines():
    words = line.replace("usage:", "").split()
    if len(words) > 1 and words[0] == "demarche" and \
            not words[1].startswith(("-", "[")):
        if words[1] not in subcommands:
            subcommands.append(words[1])
ok(len(subcommands) >= 9, "demarche --help lists the subcommands",
   " ".join(subcommands))
for cmd in subcommands:
    usage = run(cmd, "--help")
    raw = [l.replace("usage:", "") for l in usage.splitlines()
           if l.strip().startswith(("usage:", "demarche"))]
    lines = [norm(l) for l in raw]
    missing = [l for l in lines if l not in forms]
    ok(lines and not missing, "%s --help matches SYNOPSIS" % cmd,
       "not in SYNOPSIS: %s" % missing)
    # 2. Each option is documented outside SYNOPSIS too.
    body = page_src.split(".Sh DESCRIPTION", 1)[1]
    for opt in sorted(set(re.findall(r"(?<![\w-])(--?[a-zA-Z][a-z-]*)",
                                     " ".join(raw)))):
        mdoc = "Fl " + opt[1:]
        ok(mdoc in body, "%s %s is documented" % (cmd, opt))
    sub = section(page_src, "SUBCOMMANDS")
    ok((".Cm %s" % cmd) in sub, "%s has an entry in SUBCOMMANDS" % cmd)

# 3. Key bindings: every live binding is in KEY BINDINGS and back.
keys = json.loads(run("keys", "--json"))
kb = section(page_src, "KEY BINDINGS")
kb_keys = set()
for line in kb.splitlines():
    if line.startswith(".It "):
        kb_keys |= set(re.findall(r"Ic (\S+)", line))
kb_keys = {k.replace("\\&", "") for k in kb_keys}
live = {k["key"] for k in keys}
for k in sorted(live):
    ok(k in kb_keys, "key %s is in KEY BINDINGS" % k)
for a in sorted({k["action"] for k in keys}):
    ok(re.search(r"\b%s\b" % re.escape(a), kb) is not None,
       "action %s is in KEY BINDINGS" % a)
stale = sorted(k for k in kb_keys if k not in live and len(k) < 12)
ok(not stale, "every key in KEY BINDINGS is live", "stale: %s" % stale)

# 4. ':' commands and configuration.
cmd_src = open(top + "/ui/command.c", encoding="utf-8").read()
commands = set(re.findall(r'strcmp\(word, "([a-z]+)"\)', cmd_src)) | \
    set(re.findall(r'\{ "([a-z]+)", command_', cmd_src))
ok(len(commands) >= 10, "':' commands found in the source")
colon = section(page_src, "COMMANDS") + section(page_src, "CONFIGURATION")
for c in sorted(commands - {"q", "sides", "colour"}):
    ok(re.search(r"Ic (\w+ , )*%s\b" % c, colon) is not None or
       ("Ic " + c) in colon, ":%s is documented" % c)
cfg_src = open(top + "/ui/uiconfig.c", encoding="utf-8").read()
conf = section(page_src, "CONFIGURATION")
for opt in sorted(set(re.findall(r'strcmp\(w\[1\], "([a-z]+)"\)', cfg_src))
                  - {"colours"}):
    ok(("set %s" % opt) in conf, "set %s is documented" % opt)
m = re.search(r"role_names\[[A-Z_]+\] = \{(.*?)\};", cfg_src, re.S)
roles = re.findall(r'"([a-z0-9-]+)"', m.group(1)) if m else []
ok(len(roles) > 5, "colour roles found in the source")
for r in roles:
    ok(re.search(r"\b%s\b" % re.escape(r), conf) is not None or
       (r.startswith("side") and "side6" in conf),
       "colour role %s is documented" % r)
keys_src = open(top + "/ui/keys.c", encoding="utf-8").read()
m = re.search(r"scope_names\[[A-Z_]+\] = \{(.*?)\};", keys_src, re.S)
for s in (re.findall(r'"([a-z]+)"', m.group(1)) if m else []):
    ok(("Cm " + s) in conf, "key scope %s is documented" % s)

print("1..%d" % n)
sys.exit(1 if failed else 0)
