#!/bin/sh
# search-pcre2grep: demarche search, with the index and with --no-index,
# prints the same lines as pcre2grep -u '(*UCP)PATTERN' on NFC text:
# PCRE2's own test patterns and subjects from
# ../shared/corpora/pcre2-testdata, and words of the sample corpus.
# pcre2grep runs without JIT under a large heap limit (its JIT stack
# silently gives up on long lines); a pattern whose JIT and interpreter
# answers differ is skipped.
. "$top_srcdir/tests/cli/lib.sh"

PCRE2GREP=${PCRE2GREP:-$(command -v pcre2grep)}
PYTHON3=${PYTHON3:-$(command -v python3)}
[ -n "$PCRE2GREP" ] && [ -x "$PCRE2GREP" ] || skip_all "pcre2grep is not installed (package pcre2-utils)"
[ -n "$PYTHON3" ] || skip_all "python3 is not installed"

cat >"$T/cmp.py" <<'PYEOF'
import os, re, subprocess, sys, unicodedata

demarche, pcre2grep, tmp, testdata, samples = sys.argv[1:6]

def decode(s):
    """A pcre2test subject line: \\x{hh}, \\xhh, \\\\; None when other."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c != '\\':
            out.append(c); i += 1; continue
        m = re.match(r'\\x\{([0-9a-fA-F]+)\}', s[i:]) or \
            re.match(r'\\x([0-9a-fA-F]{1,2})', s[i:])
        if m:
            v = int(m.group(1), 16)
            if v < 0x20 or v == 0x7f or 0xd800 <= v < 0xe000 or v > 0x10ffff:
                return None
            out.append(chr(v)); i += len(m.group(0)); continue
        if s[i:i+2] == '\\\\':
            out.append('\\'); i += 2; continue
        return None
    return ''.join(out)

# What the terminal sanitiser escapes on output, as pcre2grep does not.
BIDI = set('\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e'
           '\u2066\u2067\u2068\u2069')

def testdata_cases():
    pats, subj = [], []
    mods_ok = {'', 'utf', 'i', 'x', 'ucp', 'm', 's', 'g', 'xx', 'I'}
    for name in ('testinput1', 'testinput4'):
        path = os.path.join(testdata, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding='utf-8', errors='replace') as f:
            for line in f:
                line = line.rstrip('\n')
                m = re.match(r'^/(.*)/([a-zA-Z,]*)$', line)
                if m:
                    mods = set(m.group(2).split(',')) if m.group(2) else {''}
                    if not mods <= mods_ok or '\ufffd' in m.group(1):
                        continue
                    flags = ''.join(sorted(x for x in mods
                                           if x in ('i', 'x', 'm', 's')))
                    p = m.group(1)
                    if flags:
                        p = '(?' + flags + ')' + p
                    if '/' in p.replace('\\/', ''):
                        continue
                    pats.append(p.replace('\\/', '/'))
                elif line.startswith('    ') and line.strip():
                    s = decode(line[4:])
                    if s and unicodedata.is_normalized('NFC', s) and \
                       all(ord(c) >= 0x20 and not 0x7f <= ord(c) < 0xa0
                           and c not in BIDI for c in s):
                        subj.append(s)
    return pats[::3], subj

def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=60)
    return r.returncode, r.stdout

def compare(pats, files, label):
    tried = skipped = bad = 0
    for p in pats:
        if '\n' in p:
            continue
        g1 = run([pcre2grep, '-u', '--no-jit', '--heap-limit=4000000',
                  '-Hn', '(*UCP)' + p] + files)
        g2 = run([pcre2grep, '-u', '-Hn', '(*UCP)' + p] + files)
        if g1[0] == 2 or g1 != g2:
            skipped += 1
            continue
        d = run([demarche, 'search', '-s', '--no-index', '--color=never',
                 '-e', p] + files)
        if d[0] == 2:
            skipped += 1
            continue
        tried += 1
        di = run([demarche, 'search', '-s', '--color=never', '-e', p]
                 + files)
        if di != d:
            bad += 1
            print('# %s: pattern %r: the index gives %d lines, the scan %d'
                  % (label, p, di[1].count(b'\n'), d[1].count(b'\n')))
        elif d != g1:
            bad += 1
            if bad <= 5:
                print('# %s: pattern %r: demarche %d lines, pcre2grep %d'
                      % (label, p, d[1].count(b'\n'), g1[1].count(b'\n')))
    return tried, skipped, bad

n = 0
def ok(cond, desc):
    global n
    n += 1
    print(('ok' if cond else 'not ok') + ' %d - %s' % (n, desc))

pats, subj = testdata_cases()
if pats and subj:
    path = os.path.join(tmp, 'subjects.txt')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(subj) + '\n')
    t, s, b = compare(pats, [path], 'pcre2-testdata')
    ok(t > 400, 'pcre2-testdata: %d patterns compared, %d skipped' % (t, s))
    ok(b == 0, 'pcre2-testdata: every pattern prints what pcre2grep prints')
else:
    print('ok 1 # SKIP ../shared/corpora/pcre2-testdata is absent')
    n = 1

words = set()
files = sorted(os.path.join(samples, x) for x in os.listdir(samples))
for fn in files:
    with open(fn, encoding='utf-8', errors='replace') as f:
        words.update(re.findall(r'\w{4,}', f.read()))
words = sorted(words)[::max(1, len(words) // 60)]
pats = words + [w[:3] + '\\w*' for w in words[:20]] + \
    ['(?i)' + w.upper() for w in words[:20]] + \
    ['\\b' + w + '\\b' for w in words[:20]] + \
    ['зеленськ|Zelensk', '(?i)зеленськ|zelensk', '[Кк]иїв', '\\d{4}',
     '^\\p{Lu}', '[^\\x00-\\x7f]+', '(\\w)\\1', '(?<=\\s)peace']
t, s, b = compare(pats, files, 'samples')
ok(t > 100, 'samples: %d patterns compared, %d skipped' % (t, s))
ok(b == 0, 'samples: every pattern prints what pcre2grep prints')
print('1..%d' % n)
PYEOF
cd "$top_srcdir/data/samples" || exit 1
"$PYTHON3" "$T/cmp.py" "$DEMARCHE" "$PCRE2GREP" "$T" \
    "$SHARED/corpora/pcre2-testdata" "." 
