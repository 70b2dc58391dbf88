//! npm versions: semver 2.0 parsing and precedence (prereleases included), and the range syntax
//! of `package.json` (`^`, `~`, x-ranges, hyphen ranges, `||`) with node-semver's meaning.

use std::cmp::Ordering;

/// Longest version or range string looked at; anything longer is not a version.
const MAX_LEN: usize = 256;
/// Most comparator sets (`a || b || ...`) and comparators per set kept from one range.
const MAX_SETS: usize = 32;
const MAX_COMPARATORS: usize = 16;

/// One prerelease identifier: numeric identifiers sort before alphanumeric ones.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Ident {
    Num(u64),
    Alpha(String),
}

/// A semver version; build metadata is dropped (it has no precedence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
    pub pre: Vec<Ident>,
}

impl Ord for Version {
    fn cmp(&self, o: &Self) -> Ordering {
        (self.major, self.minor, self.patch)
            .cmp(&(o.major, o.minor, o.patch))
            .then_with(|| match (self.pre.is_empty(), o.pre.is_empty()) {
                (true, true) => Ordering::Equal,
                // A release sorts after its prereleases.
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                (false, false) => self.pre.cmp(&o.pre),
            })
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)?;
        for (i, p) in self.pre.iter().enumerate() {
            f.write_str(if i == 0 { "-" } else { "." })?;
            match p {
                Ident::Num(n) => write!(f, "{n}")?,
                Ident::Alpha(s) => f.write_str(s)?,
            }
        }
        Ok(())
    }
}

fn num(s: &str) -> Option<u64> {
    if s.is_empty() || s.len() > 15 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn parse_pre(s: &str) -> Option<Vec<Ident>> {
    let mut out = Vec::new();
    for p in s.split('.') {
        if p.is_empty() || !p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return None;
        }
        out.push(match num(p) {
            Some(n) => Ident::Num(n),
            None => Ident::Alpha(p.to_string()),
        });
    }
    Some(out)
}

impl Version {
    pub const ZERO: Version = Version {
        major: 0,
        minor: 0,
        patch: 0,
        pre: Vec::new(),
    };

    /// Parses `1.2.3`, `v1.2.3`, `=1.2.3-beta.1+build`. Loose forms with fewer parts (`1.2`,
    /// `0`) are accepted and padded with zeros (the advisory data writes `0`).
    pub fn parse(s: &str) -> Option<Version> {
        let s = s.trim();
        if s.is_empty() || s.len() > MAX_LEN {
            return None;
        }
        let s = s
            .trim_start_matches('=')
            .trim_start_matches(['v', 'V'])
            .trim();
        let s = s.split_once('+').map_or(s, |(a, _)| a);
        let (core, pre) = match s.split_once('-') {
            Some((c, p)) => (c, Some(p)),
            None => (s, None),
        };
        let parts: Vec<&str> = core.split('.').collect();
        if parts.is_empty() || parts.len() > 3 {
            return None;
        }
        let mut n = [0u64; 3];
        for (i, p) in parts.iter().enumerate() {
            n[i] = num(p)?;
        }
        let pre = match pre {
            Some(p) => parse_pre(p)?,
            None => Vec::new(),
        };
        Some(Version {
            major: n[0],
            minor: n[1],
            patch: n[2],
            pre,
        })
    }

    fn tuple(&self) -> (u64, u64, u64) {
        (self.major, self.minor, self.patch)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparator {
    pub op: Op,
    pub version: Version,
}

impl Comparator {
    fn test(&self, v: &Version) -> bool {
        let c = v.cmp(&self.version);
        match self.op {
            Op::Lt => c == Ordering::Less,
            Op::Le => c != Ordering::Greater,
            Op::Gt => c == Ordering::Greater,
            Op::Ge => c != Ordering::Less,
            Op::Eq => c == Ordering::Equal,
        }
    }
}

/// A parsed range: any of `sets` (OR), each all of its comparators (AND). An empty set matches
/// every version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Range {
    pub sets: Vec<Vec<Comparator>>,
}

/// A partial version from a range: `1`, `1.2`, `1.2.3-rc.1`; `x`/`*` parts are `None`.
#[derive(Debug, Clone)]
struct Partial {
    major: Option<u64>,
    minor: Option<u64>,
    patch: Option<u64>,
    pre: Vec<Ident>,
}

fn parse_partial(s: &str) -> Option<Partial> {
    let s = s.trim().trim_start_matches(['v', 'V', '=']).trim();
    let s = s.split_once('+').map_or(s, |(a, _)| a);
    if s.is_empty() || matches!(s, "*" | "x" | "X") {
        return Some(Partial {
            major: None,
            minor: None,
            patch: None,
            pre: Vec::new(),
        });
    }
    let (core, pre) = match s.split_once('-') {
        Some((c, p)) => (c, Some(p)),
        None => (s, None),
    };
    let parts: Vec<&str> = core.split('.').collect();
    if parts.len() > 3 {
        return None;
    }
    let mut n: [Option<u64>; 3] = [None; 3];
    for (i, p) in parts.iter().enumerate() {
        n[i] = if matches!(*p, "*" | "x" | "X") {
            None
        } else {
            Some(num(p)?)
        };
    }
    // `1.x.3` is read as `1.x`.
    if n[0].is_none() {
        n = [None; 3];
    } else if n[1].is_none() {
        n[2] = None;
    }
    let pre = match pre {
        Some(p) if n[2].is_some() => parse_pre(p)?,
        Some(_) => return None,
        None => Vec::new(),
    };
    Some(Partial {
        major: n[0],
        minor: n[1],
        patch: n[2],
        pre,
    })
}

fn v(major: u64, minor: u64, patch: u64) -> Version {
    Version {
        major,
        minor,
        patch,
        pre: Vec::new(),
    }
}

/// `<X-0`: below every prerelease of X.
fn below(major: u64, minor: u64, patch: u64) -> Comparator {
    Comparator {
        op: Op::Lt,
        version: Version {
            major,
            minor,
            patch,
            pre: vec![Ident::Num(0)],
        },
    }
}

fn ge(version: Version) -> Comparator {
    Comparator {
        op: Op::Ge,
        version,
    }
}

/// Expands one comparator token (`^1.2`, `~1`, `>=1.2.3`, `1.x`) into primitive comparators.
fn expand(op: &str, p: &Partial, out: &mut Vec<Comparator>) -> Option<()> {
    let full = |p: &Partial| Version {
        major: p.major.unwrap_or(0),
        minor: p.minor.unwrap_or(0),
        patch: p.patch.unwrap_or(0),
        pre: p.pre.clone(),
    };
    let add1 = |x: u64| x.checked_add(1);
    match op {
        "^" => match (p.major, p.minor, p.patch) {
            (None, _, _) => {}
            (Some(0), None, _) => out.extend([ge(full(p)), below(1, 0, 0)]),
            (Some(0), Some(0), None) => out.extend([ge(full(p)), below(0, 1, 0)]),
            (Some(0), Some(0), Some(pa)) => out.extend([ge(full(p)), below(0, 0, add1(pa)?)]),
            (Some(0), Some(mi), _) => out.extend([ge(full(p)), below(0, add1(mi)?, 0)]),
            (Some(ma), _, _) => out.extend([ge(full(p)), below(add1(ma)?, 0, 0)]),
        },
        "~" | "~>" => match (p.major, p.minor) {
            (None, _) => {}
            (Some(ma), None) => out.extend([ge(full(p)), below(add1(ma)?, 0, 0)]),
            (Some(ma), Some(mi)) => out.extend([ge(full(p)), below(ma, add1(mi)?, 0)]),
        },
        "" | "=" => match (p.major, p.minor, p.patch) {
            (None, _, _) => {}
            (Some(ma), None, _) => out.extend([ge(v(ma, 0, 0)), below(add1(ma)?, 0, 0)]),
            (Some(ma), Some(mi), None) => out.extend([ge(v(ma, mi, 0)), below(ma, add1(mi)?, 0)]),
            (Some(_), Some(_), Some(_)) => out.push(Comparator {
                op: Op::Eq,
                version: full(p),
            }),
        },
        ">=" => out.push(ge(full(p))),
        ">" => match (p.major, p.minor, p.patch) {
            // `>*` matches nothing.
            (None, _, _) => out.push(below(0, 0, 0)),
            (Some(ma), None, _) => out.push(ge(v(add1(ma)?, 0, 0))),
            (Some(ma), Some(mi), None) => out.push(ge(v(ma, add1(mi)?, 0))),
            _ => out.push(Comparator {
                op: Op::Gt,
                version: full(p),
            }),
        },
        "<" => match (p.major, p.minor, p.patch) {
            (None, _, _) => out.push(below(0, 0, 0)),
            (Some(_), Some(_), Some(_)) => out.push(Comparator {
                op: Op::Lt,
                version: full(p),
            }),
            _ => out.push(below(p.major.unwrap_or(0), p.minor.unwrap_or(0), 0)),
        },
        "<=" => match (p.major, p.minor, p.patch) {
            (None, _, _) => {}
            (Some(ma), None, _) => out.push(below(add1(ma)?, 0, 0)),
            (Some(ma), Some(mi), None) => out.push(below(ma, add1(mi)?, 0)),
            _ => out.push(Comparator {
                op: Op::Le,
                version: full(p),
            }),
        },
        _ => return None,
    }
    Some(())
}

fn split_op(tok: &str) -> (&str, &str) {
    for op in [">=", "<=", "~>", ">", "<", "=", "^", "~"] {
        if let Some(rest) = tok.strip_prefix(op) {
            return (op, rest);
        }
    }
    ("", tok)
}

fn parse_set(s: &str) -> Option<Vec<Comparator>> {
    let s = s.trim();
    let mut out = Vec::new();
    // Hyphen range `a - b`.
    if let Some((a, b)) = s.split_once(" - ") {
        let (pa, pb) = (parse_partial(a)?, parse_partial(b)?);
        expand(">=", &pa, &mut out)?;
        expand("<=", &pb, &mut out)?;
        return Some(out);
    }
    // Join operators separated from their version by spaces (`>= 1.2.3`).
    let mut toks: Vec<String> = Vec::new();
    let mut pending_op: Option<String> = None;
    for t in s.split_whitespace() {
        if matches!(t, ">=" | "<=" | ">" | "<" | "=" | "^" | "~" | "~>") {
            pending_op = Some(t.to_string());
            continue;
        }
        toks.push(match pending_op.take() {
            Some(op) => format!("{op}{t}"),
            None => t.to_string(),
        });
        if toks.len() > MAX_COMPARATORS {
            return None;
        }
    }
    for t in toks {
        let (op, rest) = split_op(&t);
        expand(op, &parse_partial(rest)?, &mut out)?;
    }
    Some(out)
}

impl Range {
    /// Parses an npm range. Tags (`latest`), URLs, `git+`/`file:`/`workspace:` specs are not
    /// ranges (`None`).
    pub fn parse(s: &str) -> Option<Range> {
        let s = s.trim();
        if s.len() > MAX_LEN {
            return None;
        }
        let mut sets = Vec::new();
        for part in s.split("||") {
            if sets.len() >= MAX_SETS {
                return None;
            }
            sets.push(parse_set(part)?);
        }
        Some(Range { sets })
    }

    /// node-semver's `satisfies`: a prerelease only matches a set that names a prerelease of
    /// the same `major.minor.patch`.
    pub fn satisfies(&self, v: &Version) -> bool {
        self.sets.iter().any(|set| {
            set.iter().all(|c| c.test(v))
                && (v.pre.is_empty()
                    || set.iter().any(|c| {
                        !c.version.pre.is_empty()
                            && c.version.tuple() == v.tuple()
                            && c.version.pre != [Ident::Num(0)]
                    }))
        })
    }

    /// Does the range satisfy versions arbitrarily far in the future (no upper bound in some
    /// set)? `*`, `>=1.0.0`, `x`.
    pub fn unbounded(&self) -> bool {
        self.sets
            .iter()
            .any(|set| !set.iter().any(|c| matches!(c.op, Op::Lt | Op::Le | Op::Eq)))
    }

    /// The lowest version the range allows (the lowest lower bound of its sets), and whether
    /// the range is one exact version.
    pub fn minimum(&self) -> Option<(Version, bool)> {
        let mut best: Option<Version> = None;
        for set in &self.sets {
            let lower = set
                .iter()
                .filter(|c| matches!(c.op, Op::Ge | Op::Gt | Op::Eq))
                .map(|c| c.version.clone())
                .max()
                .unwrap_or(Version::ZERO);
            best = Some(match best {
                Some(b) if b <= lower => b,
                _ => lower,
            });
        }
        let exact = self.sets.len() == 1 && self.sets[0].len() == 1 && self.sets[0][0].op == Op::Eq;
        best.map(|b| (b, exact))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Version {
        Version::parse(s).unwrap()
    }

    #[test]
    fn precedence_follows_semver() {
        let order = [
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
            "1.0.1",
            "1.10.0",
            "2.0.0",
        ];
        for w in order.windows(2) {
            assert!(p(w[0]) < p(w[1]), "{} < {}", w[0], w[1]);
        }
        assert_eq!(p("v1.2.3+build.5"), p("1.2.3"));
        assert_eq!(p("0"), Version::ZERO);
        assert!(p("15.0.0-canary.206") < p("15.0.0"));
        assert!(p("15.0.0-canary.206") > p("15.0.0-canary.77"));
        assert!(Version::parse("1.2.3.4").is_none());
        assert!(Version::parse("99999999999999999999.0.0").is_none());
        assert!(Version::parse("1.2.3-").is_none());
        assert_eq!(p("3.0.0-beta1").to_string(), "3.0.0-beta1");
    }

    #[test]
    fn ranges_match_like_node_semver() {
        let r = |s: &str| Range::parse(s).unwrap();
        assert!(r("^1.2.3").satisfies(&p("1.9.0")));
        assert!(!r("^1.2.3").satisfies(&p("2.0.0")));
        assert!(!r("^0.2.3").satisfies(&p("0.3.0")));
        assert!(r("~1.2.3").satisfies(&p("1.2.9")));
        assert!(!r("~1.2.3").satisfies(&p("1.3.0")));
        assert!(r("1.x || >=2.5.0").satisfies(&p("3.0.0")));
        assert!(r("1.2.3 - 2.3").satisfies(&p("2.3.9")));
        assert!(!r("1.2.3 - 2.3").satisfies(&p("2.4.0")));
        assert!(r(">= 1.2.3 < 2").satisfies(&p("1.5.0")));
        assert!(r("*").satisfies(&p("0.0.1")));
        assert!(!r("^1.2.3").satisfies(&p("1.3.0-beta.1")));
        assert!(r("^1.3.0-beta.0").satisfies(&p("1.3.0-beta.1")));
        assert!(Range::parse("latest").is_none());
        assert!(Range::parse("github:user/repo").is_none());
    }

    #[test]
    fn minimum_and_bounds() {
        let r = |s: &str| Range::parse(s).unwrap();
        assert_eq!(r("^14.1.0").minimum(), Some((p("14.1.0"), false)));
        assert_eq!(r("14.1.0").minimum(), Some((p("14.1.0"), true)));
        assert_eq!(r("=14.1.0").minimum(), Some((p("14.1.0"), true)));
        assert_eq!(r(">1.2").minimum(), Some((p("1.3.0"), false)));
        assert_eq!(r("*").minimum(), Some((Version::ZERO, false)));
        assert!(
            r("*").unbounded()
                && r(">=4").unbounded()
                && r("").unbounded()
                && r("^1 || >=3").unbounded()
        );
        assert!(!r("^4.0.0").unbounded() && !r("4.x").unbounded() && !r(">=4 <5").unbounded());
    }

    #[test]
    fn hostile_input_is_refused_not_panicking() {
        for s in [
            "^99999999999999999",
            "~18446744073709551615.1",
            "1.2.3 - ",
            " - ",
            "||||",
            ">=>=1",
            "^1.2.3-",
            "\u{0}",
        ] {
            let _ = Range::parse(s).map(|r| r.minimum());
        }
        assert!(Range::parse(&"1 || ".repeat(100)).is_none());
        assert!(Range::parse(&"x".repeat(1000)).is_none());
    }
}
