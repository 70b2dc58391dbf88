//! PyPI versions: PEP 440 parsing (normalised spellings, epochs, pre/post/dev and local
//! versions) and ordering, and what a requirement specifier (`>=1.2,<2`, `~=1.4`, Poetry's
//! `^1.2`) says about the lowest allowed version and its upper bound.

use std::cmp::Ordering;

const MAX_LEN: usize = 128;
const MAX_RELEASE_PARTS: usize = 12;

/// One segment of a local version (`+ubuntu.1`): numbers sort after strings.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Local {
    Str(String),
    Num(u64),
}

/// Equality and order ignore spelling: `1.0` == `1.0.0`, `1.0-beta.2` == `1.0b2`.
#[derive(Debug, Clone)]
pub struct Version {
    pub epoch: u64,
    /// Release numbers with trailing zeros removed (`1.0` == `1`).
    pub release: Vec<u64>,
    /// (0 = a, 1 = b, 2 = rc, number).
    pub pre: Option<(u8, u64)>,
    pub post: Option<u64>,
    pub dev: Option<u64>,
    pub local: Vec<Local>,
    /// The text as written (trimmed), for messages.
    pub text: String,
}

fn num(s: &str) -> Option<u64> {
    if s.len() > 15 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if s.is_empty() {
        return Some(0);
    }
    s.parse().ok()
}

/// A cursor over the normalised (lower-case) version text.
struct Cur<'a> {
    s: &'a str,
}

impl<'a> Cur<'a> {
    fn sep(&mut self) {
        if let Some(r) = self.s.strip_prefix(['.', '-', '_']) {
            self.s = r;
        }
    }
    fn digits(&mut self) -> &'a str {
        let n = self.s.bytes().take_while(|b| b.is_ascii_digit()).count();
        let (d, r) = self.s.split_at(n);
        self.s = r;
        d
    }
    /// Consumes an optional separator plus one of `words`; returns the word's index.
    fn word(&mut self, words: &[&str]) -> Option<usize> {
        let t = self.s.strip_prefix(['.', '-', '_']).unwrap_or(self.s);
        for (i, w) in words.iter().enumerate() {
            if let Some(r) = t.strip_prefix(w) {
                self.s = r;
                return Some(i);
            }
        }
        None
    }
}

/// (pre, post, dev) sort key of a version's suffixes.
type SuffixKey = ((i8, u8, u64), (i8, u64), (i8, u64));

impl Version {
    /// Parses any PEP 440 spelling: `1.0`, `v1.0`, `1!2.0`, `1.0a1`, `1.0-beta.2`, `1.0rc1`,
    /// `1.0.post1`, `1.0-1`, `1.0.dev3`, `1.0+local.7`. `None` for anything else.
    pub fn parse(s: &str) -> Option<Version> {
        let text = s.trim();
        if text.is_empty() || text.len() > MAX_LEN {
            return None;
        }
        let lower = text.to_ascii_lowercase();
        let (public, local) = match lower.split_once('+') {
            Some((p, l)) => (p, Some(l)),
            None => (lower.as_str(), None),
        };
        let mut c = Cur {
            s: public.strip_prefix('v').unwrap_or(public),
        };
        let mut epoch = 0;
        if let Some((e, rest)) = c.s.split_once('!') {
            epoch = num(e).filter(|_| !e.is_empty())?;
            c.s = rest;
        }
        let mut release = Vec::new();
        loop {
            let d = c.digits();
            if d.is_empty() {
                return None;
            }
            release.push(num(d)?);
            if release.len() > MAX_RELEASE_PARTS {
                return None;
            }
            match c.s.strip_prefix('.') {
                Some(r) if r.starts_with(|ch: char| ch.is_ascii_digit()) => c.s = r,
                _ => break,
            }
        }
        while release.len() > 1 && release.last() == Some(&0) {
            release.pop();
        }
        let mut pre = None;
        // Longer spellings first: `alpha` before `a`, `preview` before `pre`, `rc` before `c`.
        if let Some(i) = c.word(&["alpha", "beta", "preview", "pre", "rc", "a", "b", "c"]) {
            let kind = match i {
                0 | 5 => 0,
                1 | 6 => 1,
                _ => 2,
            };
            c.sep();
            pre = Some((kind, num(c.digits())?));
        }
        let mut post = None;
        if c.word(&["post", "rev", "r"]).is_some() {
            c.sep();
            post = Some(num(c.digits())?);
        } else if let Some(r) = c.s.strip_prefix('-') {
            // Implicit post release: `1.0-1`.
            if r.starts_with(|ch: char| ch.is_ascii_digit()) {
                c.s = r;
                post = Some(num(c.digits())?);
            }
        }
        let mut dev = None;
        if c.word(&["dev"]).is_some() {
            c.sep();
            dev = Some(num(c.digits())?);
        }
        if !c.s.is_empty() {
            return None;
        }
        let mut loc = Vec::new();
        if let Some(l) = local {
            for seg in l.split(['.', '-', '_']) {
                if seg.is_empty()
                    || !seg.bytes().all(|b| b.is_ascii_alphanumeric())
                    || loc.len() >= MAX_RELEASE_PARTS
                {
                    return None;
                }
                loc.push(match num(seg) {
                    Some(n) if seg.bytes().all(|b| b.is_ascii_digit()) => Local::Num(n),
                    _ => Local::Str(seg.to_string()),
                });
            }
        }
        Some(Version {
            epoch,
            release,
            pre,
            post,
            dev,
            local: loc,
            text: text.to_string(),
        })
    }

    /// Sort key of the pre/post/dev part, as in PEP 440: `1.0.dev1 < 1.0a1 < 1.0 < 1.0.post1`.
    fn key(&self) -> SuffixKey {
        let pre = match (self.pre, self.post, self.dev) {
            // A dev release of a final version sorts before its prereleases.
            (None, None, Some(_)) => (-1, 0, 0),
            (None, _, _) => (1, 0, 0),
            (Some((k, n)), _, _) => (0, k, n),
        };
        let post = self.post.map_or((-1, 0), |n| (0, n));
        let dev = self.dev.map_or((1, 0), |n| (0, n));
        (pre, post, dev)
    }

    pub fn is_prerelease(&self) -> bool {
        self.pre.is_some() || self.dev.is_some()
    }
}

fn cmp_release(a: &[u64], b: &[u64]) -> Ordering {
    let n = a.len().max(b.len());
    for i in 0..n {
        let c = a.get(i).unwrap_or(&0).cmp(b.get(i).unwrap_or(&0));
        if c != Ordering::Equal {
            return c;
        }
    }
    Ordering::Equal
}

impl Ord for Version {
    fn cmp(&self, o: &Self) -> Ordering {
        self.epoch
            .cmp(&o.epoch)
            .then_with(|| cmp_release(&self.release, &o.release))
            .then_with(|| self.key().cmp(&o.key()))
            .then_with(|| self.local.cmp(&o.local))
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl PartialEq for Version {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}

impl Eq for Version {}

/// One clause of a specifier set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clause {
    /// `==1.2.*`: the release starts with these numbers.
    Prefix(Vec<u64>),
    /// `!=1.2.*`.
    NotPrefix(Vec<u64>),
    Eq(Version),
    Ne(Version),
    Lt(Version),
    Le(Version),
    Gt(Version),
    Ge(Version),
    /// `===text`: string equality.
    Arbitrary(String),
}

/// What a specifier set says, enough for advisories and pinning checks.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Spec {
    /// The lowest version allowed (`>=`, `>`, `==`, `~=`, `^`), if any.
    pub minimum: Option<String>,
    /// Exactly one version (`==1.2.3`, `===1.2.3`, Poetry `1.2.3`).
    pub pinned: bool,
    /// Some upper bound exists (`<`, `<=`, `==`, `~=`, `^`, `==1.*`).
    pub bounded: bool,
    /// All must hold.
    pub clauses: Vec<Clause>,
}

fn prefix_of(v: &Version, prefix: &[u64]) -> bool {
    prefix
        .iter()
        .enumerate()
        .all(|(i, p)| v.release.get(i).copied().unwrap_or(0) == *p)
}

impl Spec {
    /// Does the specifier set allow `v`? (Prereleases are compared like any version.)
    pub fn allows(&self, v: &Version) -> bool {
        self.clauses.iter().all(|c| match c {
            Clause::Prefix(p) => prefix_of(v, p),
            Clause::NotPrefix(p) => !prefix_of(v, p),
            Clause::Eq(x) => v == x,
            Clause::Ne(x) => v != x,
            Clause::Lt(x) => v < x,
            Clause::Le(x) => v <= x,
            Clause::Gt(x) => v > x,
            Clause::Ge(x) => v >= x,
            Clause::Arbitrary(t) => v.text.eq_ignore_ascii_case(t),
        })
    }

    fn finish(mut self) -> Spec {
        let lows = self.clauses.iter().filter_map(|c| match c {
            Clause::Eq(v) | Clause::Gt(v) | Clause::Ge(v) => Some(v),
            _ => None,
        });
        self.minimum = lows.max().map(|v| v.text.clone()).or_else(|| {
            self.clauses.iter().find_map(|c| match c {
                Clause::Prefix(p) => {
                    Some(p.iter().map(u64::to_string).collect::<Vec<_>>().join("."))
                }
                _ => None,
            })
        });
        self.bounded = self.clauses.iter().any(|c| {
            matches!(
                c,
                Clause::Prefix(_)
                    | Clause::Eq(_)
                    | Clause::Lt(_)
                    | Clause::Le(_)
                    | Clause::Arbitrary(_)
            )
        });
        self.pinned = self.clauses.len() == 1
            && matches!(self.clauses[0], Clause::Eq(_) | Clause::Arbitrary(_));
        self
    }
}

/// `~=1.4.5` -> `>=1.4.5, ==1.4.*`.
fn compatible(v: Version) -> Option<[Clause; 2]> {
    if v.release.len() < 2 && !v.text.contains('.') {
        return None;
    }
    // The written release, trailing zeros included (`~=2.0` means `==2.*`).
    let parts = v
        .text
        .trim_start_matches(['v', 'V'])
        .split(['a', 'b', 'c', 'r', 'p', 'd', '+', '-', '!'])
        .next()
        .unwrap_or("")
        .split('.')
        .filter_map(|x| x.parse::<u64>().ok())
        .count();
    let mut prefix: Vec<u64> = (0..parts.saturating_sub(1))
        .map(|i| v.release.get(i).copied().unwrap_or(0))
        .collect();
    if prefix.is_empty() {
        prefix.push(0);
    }
    Some([Clause::Ge(v), Clause::Prefix(prefix)])
}

/// Parses a PEP 440 specifier set (`>=1.2,<2`, `==1.4.*`, `~=2.0`). `None` when it is not one.
pub fn parse_spec(s: &str) -> Option<Spec> {
    let s = s.trim();
    if s.len() > 512 {
        return None;
    }
    let mut spec = Spec::default();
    if s.is_empty() || s == "*" {
        return Some(spec);
    }
    for c in s
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .take(32)
    {
        let (op, rest) = ["===", "~=", "==", "!=", "<=", ">=", "<", ">"]
            .iter()
            .find_map(|op| c.strip_prefix(op).map(|r| (*op, r.trim())))?;
        if op == "===" {
            spec.clauses.push(Clause::Arbitrary(rest.to_string()));
            continue;
        }
        if let Some(p) = rest.strip_suffix(".*") {
            let nums: Option<Vec<u64>> = p
                .split('.')
                .map(|x| num(x).filter(|_| !x.is_empty()))
                .collect();
            let nums = nums?;
            spec.clauses.push(match op {
                "==" => Clause::Prefix(nums),
                "!=" => Clause::NotPrefix(nums),
                _ => return None,
            });
            continue;
        }
        let v = Version::parse(rest)?;
        match op {
            "~=" => spec.clauses.extend(compatible(v)?),
            "==" => spec.clauses.push(Clause::Eq(v)),
            "!=" => spec.clauses.push(Clause::Ne(v)),
            "<" => spec.clauses.push(Clause::Lt(v)),
            "<=" => spec.clauses.push(Clause::Le(v)),
            ">" => spec.clauses.push(Clause::Gt(v)),
            _ => spec.clauses.push(Clause::Ge(v)),
        }
    }
    Some(spec.finish())
}

/// The exclusive upper bound of Poetry's `^` (`caret`) or `~` for a release.
fn poetry_upper(release: &[u64], caret: bool) -> Option<Version> {
    let mut r: Vec<u64> = release.to_vec();
    if caret {
        // Bump the first non-zero part (or the last given part when all are zero).
        let i = r
            .iter()
            .position(|x| *x != 0)
            .unwrap_or(r.len().saturating_sub(1));
        r.truncate(i + 1);
    } else {
        r.truncate(if r.len() >= 2 { 2 } else { 1 });
    }
    let last = r.last_mut()?;
    *last = last.checked_add(1)?;
    Version::parse(&r.iter().map(u64::to_string).collect::<Vec<_>>().join("."))
}

/// Parses a Poetry constraint (`^1.2`, `~1.2.3`, `1.2.3`, `>=1,<2`, `*`, `1.2.*`, `||`).
pub fn parse_poetry(s: &str) -> Option<Spec> {
    let s = s.trim();
    if s.contains("||") {
        let parts: Option<Vec<Spec>> = s.split("||").take(16).map(parse_poetry).collect();
        let parts = parts?;
        let mut mins: Vec<Version> = Vec::new();
        for p in &parts {
            mins.push(Version::parse(p.minimum.as_deref().unwrap_or("0"))?);
        }
        // Only the lowest alternative's clauses are kept (enough for "which version is least").
        let lowest = parts.iter().min_by(|a, b| {
            let va = Version::parse(a.minimum.as_deref().unwrap_or("0"));
            let vb = Version::parse(b.minimum.as_deref().unwrap_or("0"));
            va.cmp(&vb)
        });
        return Some(Spec {
            minimum: mins.into_iter().min().map(|v| v.text),
            pinned: false,
            bounded: parts.iter().all(|p| p.bounded),
            clauses: lowest.map(|p| p.clauses.clone()).unwrap_or_default(),
        });
    }
    let caret = s.strip_prefix('^');
    let tilde = s.strip_prefix('~').filter(|r| !r.starts_with('='));
    if let Some(r) = caret.or(tilde) {
        let v = Version::parse(r)?;
        let written: Vec<u64> = r
            .trim()
            .split('.')
            .map_while(|x| x.parse::<u64>().ok())
            .collect();
        let upper = poetry_upper(
            if written.is_empty() {
                &v.release
            } else {
                &written
            },
            caret.is_some(),
        )?;
        return Some(
            Spec {
                clauses: vec![Clause::Ge(v), Clause::Lt(upper)],
                ..Spec::default()
            }
            .finish(),
        );
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) && !s.contains([',', ' ', '<', '>', '=', '!']) {
        return parse_spec(&format!("=={s}"));
    }
    // Poetry also allows space-separated clauses: `>=1.2 <2`.
    parse_spec(
        &s.split_whitespace()
            .collect::<Vec<_>>()
            .join(",")
            .replace(",,", ","),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Version {
        Version::parse(s).unwrap_or_else(|| panic!("parse {s}"))
    }

    #[test]
    fn ordering_follows_pep440() {
        let order = [
            "1.0.dev456",
            "1.0a1",
            "1.0a2.dev456",
            "1.0a12.dev456",
            "1.0a12",
            "1.0b1.dev456",
            "1.0b2",
            "1.0b2.post345.dev456",
            "1.0b2.post345",
            "1.0rc1.dev456",
            "1.0rc1",
            "1.0",
            "1.0+abc.5",
            "1.0+abc.7",
            "1.0+5",
            "1.0.post456.dev34",
            "1.0.post456",
            "1.0.15",
            "1.1.dev1",
            "1!0.1",
        ];
        for w in order.windows(2) {
            assert!(p(w[0]) < p(w[1]), "{} < {}", w[0], w[1]);
        }
    }

    #[test]
    fn normalised_spellings_are_equal() {
        assert_eq!(p("1.0"), p("1.0.0"));
        assert_eq!(p("1.0alpha1").cmp(&p("1.0a1")), Ordering::Equal);
        assert_eq!(p("1.0-beta.2").cmp(&p("1.0b2")), Ordering::Equal);
        assert_eq!(p("1.0c1").cmp(&p("1.0rc1")), Ordering::Equal);
        assert_eq!(p("1.0-1").cmp(&p("1.0.post1")), Ordering::Equal);
        assert_eq!(p("1.0.r2").cmp(&p("1.0.post2")), Ordering::Equal);
        assert_eq!(p("V2.0").cmp(&p("2")), Ordering::Equal);
        assert_eq!(p("5.2b1").pre, Some((1, 1)));
        assert!(p("3.0.0a1").is_prerelease());
        for bad in [
            "",
            "abc",
            "1.0+",
            "1..0",
            "1.0-",
            "1.0 beta",
            "1.0+a..b",
            "!1.0",
            "1.0.dev1.post1",
        ] {
            assert!(Version::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn local_and_post_versions_against_fixes() {
        // fixed = 2.0.1: 2.0.0+local and 2.0.0.post1 are still below it; 2.0.1+cpu is not.
        let fixed = p("2.0.1");
        assert!(
            p("2.0.0+ubuntu1") < fixed
                && p("2.0.0.post1") < fixed
                && p("2.0.1.dev0") < fixed
                && p("2.0.1rc1") < fixed
        );
        assert!(p("2.0.1+cpu") >= fixed && p("2.0.1.post1") > fixed);
    }

    #[test]
    fn specifiers() {
        let s = parse_spec(">=1.2, <2").unwrap();
        assert_eq!(
            (s.minimum.as_deref(), s.pinned, s.bounded),
            (Some("1.2"), false, true)
        );
        let s = parse_spec("==4.2.1").unwrap();
        assert!(s.pinned && s.bounded);
        let s = parse_spec("==4.2.*").unwrap();
        assert!(!s.pinned && s.bounded);
        let s = parse_spec(">=0.100.0").unwrap();
        assert_eq!(
            (s.minimum.as_deref(), s.pinned, s.bounded),
            (Some("0.100.0"), false, false)
        );
        assert_eq!(parse_spec("").unwrap(), Spec::default());
        let allows = |spec: &str, v: &str| parse_spec(spec).unwrap().allows(&p(v));
        assert!(
            allows("~=1.4.5", "1.4.9")
                && !allows("~=1.4.5", "1.5.0")
                && allows("~=2.2", "2.9")
                && !allows("~=2.2", "3.0")
        );
        assert!(allows("~=2.0", "2.5") && !allows("~=2.0", "3.0"));
        assert!(allows("==1.4.*", "1.4.2") && !allows("==1.4.*", "1.40"));
        assert!(allows(">=1,!=1.5", "1.6") && !allows(">=1,!=1.5", "1.5.0"));
        assert!(
            parse_poetry("^0.103.0").unwrap().allows(&p("0.103.9"))
                && !parse_poetry("^0.103.0").unwrap().allows(&p("0.109.1"))
        );
        assert!(
            parse_poetry("^2.0.21").unwrap().allows(&p("2.9"))
                && !parse_poetry("^2.0.21").unwrap().allows(&p("3.0"))
        );
        assert!(
            parse_poetry("~1.2.3").unwrap().allows(&p("1.2.9"))
                && !parse_poetry("~1.2.3").unwrap().allows(&p("1.3"))
        );
        assert!(parse_spec("=>1").is_none());
        let s = parse_poetry("^0.110.0").unwrap();
        assert_eq!(
            (s.minimum.as_deref(), s.pinned, s.bounded),
            (Some("0.110.0"), false, true)
        );
        assert!(parse_poetry("2.31.0").unwrap().pinned);
        assert!(!parse_poetry("*").unwrap().bounded);
        assert!(!parse_poetry(">=2.0").unwrap().bounded);
        assert!(parse_poetry(">=2.0 <3").unwrap().bounded);
        assert_eq!(
            parse_poetry("^1.2 || ^2.0").unwrap().minimum.as_deref(),
            Some("1.2")
        );
    }
}
