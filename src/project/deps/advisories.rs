//! The embedded advisory slice (`data/advisories.json`, built by `scripts/build-advisories.py`
//! from the curated offline data): parsed on first use, looked up by package, matched against
//! resolved versions, with the smallest upgrade that clears every fixable advisory.

use super::{pep440, semver};
use crate::report::Severity;
use serde_json::Value;
use std::sync::OnceLock;

static DATA: &str = include_str!("../../../data/advisories.json");

/// A package ecosystem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Eco {
    Npm,
    PyPI,
}

impl Eco {
    pub fn as_str(self) -> &'static str {
        match self {
            Eco::Npm => "npm",
            Eco::PyPI => "PyPI",
        }
    }
}

/// A version of either ecosystem; versions of different ecosystems are never compared.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Ver {
    Npm(semver::Version),
    Py(pep440::Version),
}

impl Ver {
    pub fn parse(eco: Eco, s: &str) -> Option<Ver> {
        match eco {
            Eco::Npm => semver::Version::parse(s).map(Ver::Npm),
            Eco::PyPI => pep440::Version::parse(s).map(Ver::Py),
        }
    }
}

impl std::fmt::Display for Ver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ver::Npm(v) => write!(f, "{v}"),
            Ver::Py(v) => f.write_str(&v.text),
        }
    }
}

/// The upper end of an affected range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Upper {
    /// First version that is not affected.
    Fixed(Ver),
    /// Last version known to be affected; no fix is known.
    LastAffected(Ver),
    /// Every version from `introduced` on.
    Open,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AffectedRange {
    /// First affected version (`None`: from the first release).
    pub introduced: Option<Ver>,
    pub upper: Upper,
}

impl AffectedRange {
    pub fn contains(&self, v: &Ver) -> bool {
        if self.introduced.as_ref().is_some_and(|i| v < i) {
            return false;
        }
        match &self.upper {
            Upper::Fixed(f) => v < f,
            Upper::LastAffected(l) => v <= l,
            Upper::Open => true,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advisory {
    pub id: String,
    pub severity: Severity,
    pub ranges: Vec<AffectedRange>,
    pub summary: String,
    /// Other ids (CVE first), space-separated.
    pub aliases: String,
    /// A narrowing condition: `cli` (command-line use only) or `win` (Windows hosts only).
    pub scope: String,
}

impl Advisory {
    /// The range of this advisory that contains `v`, if any.
    pub fn affects(&self, v: &Ver) -> Option<&AffectedRange> {
        self.ranges.iter().find(|r| r.contains(v))
    }

    /// The CVE id among the aliases, if any.
    pub fn cve(&self) -> Option<&str> {
        self.aliases.split(' ').find(|a| a.starts_with("CVE-"))
    }
}

/// A deprecated, end-of-life or unmaintained package.
#[derive(Debug, Clone)]
pub struct Deprecation {
    /// Only these versions (npm range), or all.
    pub versions: Option<semver::Range>,
    pub versions_text: String,
    pub replacement: String,
    pub reason: String,
    pub severity: Severity,
}

/// Packages are kept in name order (binary search); the data is small and read once.
#[derive(Debug, Default)]
pub struct Db {
    npm: Vec<(String, Vec<Advisory>)>,
    pypi: Vec<(String, Vec<Advisory>)>,
    deprecated: Vec<(Eco, String, Deprecation)>,
}

fn severity(c: &str) -> Severity {
    match c {
        "c" => Severity::Critical,
        "h" => Severity::High,
        "m" => Severity::Medium,
        _ => Severity::Low,
    }
}

/// `"<18.2.15,19.0.0-next.0<19.2.23,1.2.0<=1.8.3,5.0.1"` -> ranges; a part that does not parse
/// is dropped (the data's own test makes sure none is).
fn parse_ranges(eco: Eco, s: &str) -> Vec<AffectedRange> {
    let mut out = Vec::new();
    for part in s.split(',') {
        let (intro, upper) = if let Some((a, b)) = part.split_once("<=") {
            (a, Ver::parse(eco, b).map(Upper::LastAffected))
        } else if let Some((a, b)) = part.split_once('<') {
            (a, Ver::parse(eco, b).map(Upper::Fixed))
        } else {
            (part, Some(Upper::Open))
        };
        let introduced = if intro.is_empty() {
            None
        } else {
            Ver::parse(eco, intro)
        };
        if let (Some(upper), true) = (upper, intro.is_empty() || introduced.is_some()) {
            out.push(AffectedRange { introduced, upper });
        }
    }
    out
}

/// The string fields of one row (`[id, sev, ranges, summary, aliases, scope]`).
fn row(v: &Value) -> Option<[&str; 6]> {
    let a = v.as_array()?;
    let mut out = [""; 6];
    for (slot, x) in out.iter_mut().zip(a) {
        *slot = x.as_str()?;
    }
    (a.len() == 6).then_some(out)
}

fn packages(eco: Eco, v: Option<&Value>) -> Result<Vec<(String, Vec<Advisory>)>, String> {
    let obj = v
        .and_then(Value::as_object)
        .ok_or("missing ecosystem table")?;
    let mut out = Vec::with_capacity(obj.len());
    for (pkg, rows) in obj {
        let mut advs = Vec::new();
        for r in rows.as_array().ok_or("rows must be an array")? {
            let [id, sev, ranges, summary, aliases, scope] =
                row(r).ok_or(format!("bad row for {pkg}"))?;
            advs.push(Advisory {
                id: id.to_string(),
                severity: severity(sev),
                ranges: parse_ranges(eco, ranges),
                summary: summary.to_string(),
                aliases: aliases.to_string(),
                scope: scope.to_string(),
            });
        }
        out.push((pkg.clone(), advs));
    }
    // serde_json's map is ordered, but do not rely on it.
    if !out.windows(2).all(|w| w[0].0 < w[1].0) {
        return Err("packages are not sorted".into());
    }
    Ok(out)
}

impl Db {
    /// Parses advisory data in the `data/advisories.json` format.
    pub fn parse(text: &str) -> Result<Db, String> {
        let raw: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if raw.get("v").and_then(Value::as_u64) != Some(1) {
            return Err("unsupported advisory data version".into());
        }
        let mut deprecated = Vec::new();
        for r in raw
            .get("dep")
            .and_then(Value::as_array)
            .ok_or("missing dep")?
        {
            let [eco, pkg, versions, replacement, reason, sev] =
                row(r).ok_or("bad deprecated row")?;
            let eco = if eco == "npm" { Eco::Npm } else { Eco::PyPI };
            let range = if versions.is_empty() {
                None
            } else {
                Some(semver::Range::parse(versions).ok_or(format!("bad range {versions}"))?)
            };
            deprecated.push((
                eco,
                pkg.to_string(),
                Deprecation {
                    versions: range,
                    versions_text: versions.to_string(),
                    replacement: replacement.to_string(),
                    reason: reason.to_string(),
                    severity: severity(sev),
                },
            ));
        }
        Ok(Db {
            npm: packages(Eco::Npm, raw.get("npm"))?,
            pypi: packages(Eco::PyPI, raw.get("pypi"))?,
            deprecated,
        })
    }

    /// Advisories of one package (`name` as published for npm, PEP 503-normalised for PyPI).
    pub fn advisories(&self, eco: Eco, name: &str) -> &[Advisory] {
        let m = match eco {
            Eco::Npm => &self.npm,
            Eco::PyPI => &self.pypi,
        };
        m.binary_search_by(|(p, _)| p.as_str().cmp(name))
            .map_or(&[], |i| m[i].1.as_slice())
    }

    pub fn deprecation(&self, eco: Eco, name: &str) -> Option<&Deprecation> {
        self.deprecated
            .iter()
            .find(|(e, p, _)| *e == eco && p == name)
            .map(|(_, _, d)| d)
    }

    /// (advisories, packages) per ecosystem, and deprecated packages.
    pub fn counts(&self) -> (usize, usize, usize, usize, usize) {
        let n = |m: &[(String, Vec<Advisory>)]| m.iter().map(|(_, a)| a.len()).sum::<usize>();
        (
            n(&self.npm),
            self.npm.len(),
            n(&self.pypi),
            self.pypi.len(),
            self.deprecated.len(),
        )
    }
}

/// The embedded data, parsed on first use (only when the project has a manifest).
pub fn db() -> &'static Db {
    static DB: OnceLock<Db> = OnceLock::new();
    DB.get_or_init(|| Db::parse(DATA).unwrap_or_default())
}

/// The smallest version at or above `v` that no advisory with a known fix affects (following
/// fixes that land in another advisory's range), or `None` when `v` needs no fixable upgrade.
pub fn upgrade_target(advs: &[Advisory], v: &Ver) -> Option<Ver> {
    let mut target = v.clone();
    for _ in 0..32 {
        let next = advs
            .iter()
            .filter_map(|a| a.affects(&target))
            .filter_map(|r| match &r.upper {
                Upper::Fixed(f) => Some(f),
                _ => None,
            })
            .max();
        match next {
            Some(n) if *n > target => target = n.clone(),
            _ => break,
        }
    }
    (target != *v).then_some(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_parses_completely() {
        let db = Db::parse(DATA).expect("data/advisories.json parses");
        let (n, np, p, pp, d) = db.counts();
        assert!(
            n > 300 && np > 100 && p > 250 && pp > 40 && d > 20,
            "{:?}",
            db.counts()
        );
        // Every range of every advisory survived parsing.
        let raw: Value = serde_json::from_str(DATA).unwrap();
        for (eco, key) in [(Eco::Npm, "npm"), (Eco::PyPI, "pypi")] {
            for (pkg, rows) in raw[key].as_object().unwrap() {
                for r in rows.as_array().unwrap() {
                    let [id, _, ranges, summary, _, _] = row(r).unwrap();
                    assert_eq!(
                        parse_ranges(eco, ranges).len(),
                        ranges.split(',').count(),
                        "{pkg} {id}: {ranges}"
                    );
                    assert!(!summary.is_empty());
                }
            }
        }
    }

    #[test]
    fn matches_and_upgrades() {
        let db = db();
        let v = |s: &str| Ver::parse(Eco::Npm, s).unwrap();
        let next = db.advisories(Eco::Npm, "next");
        assert!(!next.is_empty());
        let hit: Vec<&str> = next
            .iter()
            .filter(|a| a.affects(&v("14.1.0")).is_some())
            .map(|a| a.id.as_str())
            .collect();
        assert!(
            hit.contains(&"GHSA-f82v-jwr5-mffw"),
            "middleware bypass for 14.1.0: {hit:?}"
        );
        let t = upgrade_target(next, &v("14.1.0")).unwrap();
        assert!(
            next.iter().all(|a| a
                .affects(&t)
                .is_none_or(|r| !matches!(r.upper, Upper::Fixed(_)))),
            "{t}"
        );
        // Malicious single versions.
        let debug = db.advisories(Eco::Npm, "debug");
        assert!(debug.iter().any(|a| a.affects(&v("4.4.2")).is_some()));
        assert!(
            debug
                .iter()
                .all(|a| a.affects(&v("4.4.1")).is_none() && a.affects(&v("4.4.3")).is_none())
        );
        assert!(db.deprecation(Eco::PyPI, "python-jose").is_some());
        assert!(
            db.deprecation(Eco::Npm, "jquery")
                .and_then(|d| d.versions.as_ref())
                .is_some_and(|r| r.satisfies(&semver::Version::parse("2.2.4").unwrap()))
        );
    }
}
