#!/usr/bin/env python3
"""Builds data/advisories.json, the compact advisory slice embedded in prodgap, from the
curated slice in ../shared/advisories (npm.json, pypi.json, deprecated.json), plus the project's
own additions in data/advisories-extra/ (same record shape; facts the shared slice lacks).

Usage: python3 scripts/build-advisories.py [SOURCE_DIR] [OUTPUT]
       (defaults: ../shared/advisories relative to the repository, data/advisories.json)

Output shape (keys kept short; the Rust side is src/project/deps/advisories.rs):
  {"v": 1, "about": "...",
   "npm":  {"<package>": [[id, sev, ranges, summary, aliases, flag], ...], ...},
   "pypi": {"<pep503 name>": [...]},
   "dep":  [[eco, package, versions, replacement, reason, sev], ...]}
  sev     one letter: c(ritical) h(igh) m(edium) l(ow)
  ranges  comma-separated; each "<introduced><upper>" where introduced is empty for "0" and upper
          is "<FIXED" (exclusive), "<=LAST" (inclusive, no fix known) or empty (no upper bound)
  aliases space-separated other ids (CVE first)
  flag    "" or a narrowing condition: "cli" (command-line use only), "win" (Windows hosts only),
          "email" (apps that offer e-mail link sign-in only)
Ranges of one advisory that overlap or touch are merged. Standard library only.
"""
import json
import os
import re
import sys

EXTRA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "advisories-extra")
SEV = {"critical": "c", "high": "h", "medium": "m", "low": "l"}


def pep503(name):
    return re.sub(r"[-_.]+", "-", name.strip()).lower()


def semver_key(v):
    """Sort key with semver precedence (prerelease before release)."""
    v = v.strip().lstrip("v=").split("+", 1)[0]
    core, _, pre = v.partition("-")
    nums = [int(x) if x.isdigit() else 0 for x in core.split(".")] + [0, 0, 0]
    if not pre:
        return (tuple(nums[:3]), (1,))
    ids = []
    for p in pre.split("."):
        ids.append((0, int(p), "") if p.isdigit() else (1, 0, p))
    return (tuple(nums[:3]), (0, tuple(ids)))


PEP_RE = re.compile(
    r"^(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|rc|alpha|beta|c|pre|preview)[-_.]?(\d*))?"
    r"(?:[-_.]?(?:post|rev|r)[-_.]?(\d*))?(?:[-_.]?dev[-_.]?(\d*))?$"
)


def pep440_key(v):
    m = PEP_RE.match(v.strip().lower().lstrip("v").split("+", 1)[0])
    if not m:
        raise ValueError("unparsable PEP 440 version: " + v)
    epoch, rel, pl, pn, post, dev = m.groups()
    rel = [int(x) for x in rel.split(".")]
    while len(rel) > 1 and rel[-1] == 0:
        rel.pop()
    letter = {"alpha": "a", "beta": "b", "c": "rc", "pre": "rc", "preview": "rc"}.get(pl, pl)
    if pl is None and post is None and dev is not None:
        pre = (-1, "", 0)
    elif pl is None:
        pre = (1, "", 0)
    else:
        pre = (0, letter, int(pn or 0))
    post_k = (-1, 0) if post is None else (0, int(post or 0))
    dev_k = (1, 0) if dev is None else (0, int(dev or 0))
    return (int(epoch or 0), tuple(rel), pre, post_k, dev_k)


def merge_ranges(ranges, key):
    """Merges overlapping or touching ranges; returns (introduced, fixed, last_affected) tuples."""
    rs = []
    for r in ranges:
        rs.append((r["introduced"], r.get("fixed"), r.get("last_affected")))
    lo = lambda r: (0,) if r[0] == "0" else (1, key(r[0]))

    def hi(r):  # (kind, key): fixed is exclusive, last inclusive, none is +inf
        if r[1] is not None:
            return (1, key(r[1]), 0)
        if r[2] is not None:
            return (1, key(r[2]), 1)
        return (2,)

    rs.sort(key=lambda r: (lo(r), hi(r)))
    out = []
    for r in rs:
        if out:
            p = out[-1]
            # r starts at or before the end of p: touching when p.fixed == r.introduced.
            p_hi = hi(p)
            r_lo = lo(r)
            overlaps = p_hi == (2,) or (r_lo == (0,)) or (
                r_lo[1] < p_hi[1] or (r_lo[1] == p_hi[1])
            )
            if overlaps:
                out[-1] = p if hi(p) >= hi(r) else (p[0], r[1], r[2])
                continue
        out.append(r)
    return out


def encode_ranges(ranges, key):
    parts = []
    for intro, fixed, last in merge_ranges(ranges, key):
        s = "" if intro == "0" else intro
        if fixed is not None:
            s += "<" + fixed
        elif last is not None:
            s += "<=" + last
        parts.append(s)
    for p in parts:
        assert "," not in p
    return ",".join(parts)


def flag(entry):
    note = (entry.get("note") or "") + " " + entry.get("summary", "")
    if "CLI-only" in note or "command-line tool" in entry.get("summary", ""):
        return "cli"
    if "Windows-only" in note or entry.get("summary", "").startswith("On Windows"):
        return "win"
    if entry.get("summary", "").startswith("Email sign-in"):
        return "email"
    return ""


def aliases(entry):
    a = [x for x in entry.get("aliases", []) if x != entry["id"]]
    a.sort(key=lambda x: (not x.startswith("CVE-"), x))
    return " ".join(a)


def build(src):
    out = {"v": 1}
    counts = {}
    for eco, fname, key in (("npm", "npm.json", semver_key), ("pypi", "pypi.json", pep440_key)):
        with open(os.path.join(src, fname), encoding="utf-8") as f:
            entries = json.load(f)
        # The project's own additions (facts the shared slice lacks), skipped when the slice has them.
        extra_path = os.path.join(EXTRA, fname)
        if os.path.exists(extra_path):
            with open(extra_path, encoding="utf-8") as f:
                known = {e["id"] for e in entries} | {a for e in entries for a in e.get("aliases", [])}
                entries = entries + [e for e in json.load(f) if e["id"] not in known and not set(e.get("aliases", [])) & known]
        by_pkg = {}
        for e in entries:
            name = e["package"] if eco == "npm" else pep503(e["package"])
            row = [e["id"], SEV[e["severity"]], encode_ranges(e["ranges"], key), e["summary"].strip(), aliases(e), flag(e)]
            by_pkg.setdefault(name, []).append(row)
        for rows in by_pkg.values():
            rows.sort(key=lambda r: r[0])
        out[eco] = dict(sorted(by_pkg.items()))
        counts[eco] = (len(entries), len(by_pkg))
    with open(os.path.join(src, "deprecated.json"), encoding="utf-8") as f:
        dep = json.load(f)
    security = {"request", "request-promise", "csurf", "crypto-js", "angular", "python-jose", "passlib", "pycrypto", "connect-multiparty", "jquery"}
    rows = []
    for d in dep:
        eco = "npm" if d["ecosystem"] == "npm" else "pypi"
        name = d["package"] if eco == "npm" else pep503(d["package"])
        sev = "m" if name in security else "l"
        rows.append([eco, name, d.get("versions") or "", d["replacement"].strip(), d["reason"].strip(), sev])
    rows.sort(key=lambda r: (r[0], r[1]))
    out["dep"] = rows
    out["about"] = (
        "Generated by scripts/build-advisories.py from the curated offline slice "
        "(%d npm advisories for %d packages, %d PyPI advisories for %d packages, %d deprecated packages). "
        "A curated slice, not a complete database. Do not edit by hand." % (counts["npm"] + counts["pypi"] + (len(rows),))
    )
    return out


def dump(data):
    """One package per line: small diffs, still valid JSON."""
    lines = ["{", '"v": 1,', '"about": ' + json.dumps(data["about"]) + ","]
    for eco in ("npm", "pypi"):
        lines.append(json.dumps(eco) + ": {")
        items = list(data[eco].items())
        for i, (name, rows) in enumerate(items):
            sep = "," if i + 1 < len(items) else ""
            lines.append(json.dumps(name) + ":" + json.dumps(rows, ensure_ascii=False, separators=(",", ":")) + sep)
        lines.append("},")
    lines.append('"dep": [')
    for i, r in enumerate(data["dep"]):
        sep = "," if i + 1 < len(data["dep"]) else ""
        lines.append(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + sep)
    lines.append("]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "..", "shared", "advisories")
    dst = sys.argv[2] if len(sys.argv) > 2 else os.path.join(repo, "data", "advisories.json")
    data = build(src)
    text = dump(data)
    json.loads(text)  # self-check
    with open(dst, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s (%d bytes)" % (dst, len(text.encode("utf-8"))))


if __name__ == "__main__":
    main()
