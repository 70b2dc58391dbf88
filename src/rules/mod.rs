//! Rules: the embedded rule files, parsed and validated into a [`RuleSet`] with a keyword
//! prefilter (one Aho-Corasick pass per file picks the rules that can hit) and per-rule regexes
//! compiled lazily, the first time a file passes the prefilter.

pub mod engine;
pub mod fixture;
pub mod glob;
pub mod schema;
pub mod secrets;

use crate::error::{Error, Result};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use glob::GlobSet;
use regex::bytes::{Regex, RegexBuilder};
use schema::{Condition, RuleSpec};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/embedded_rules.rs"));

/// Shared regex fragments (`{{name}}` in patterns and condition regexes), from `rules/_macros.toml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct MacroFile {
    #[serde(default)]
    macros: BTreeMap<String, String>,
}

/// A condition with its regex compiled.
#[derive(Debug)]
pub struct CompiledCondition {
    pub spec: Condition,
    pub regex: Option<Regex>,
    pub or_stacks: Option<Regex>,
}

/// The regexes of one rule, compiled on first use.
#[derive(Debug)]
pub struct Compiled {
    pub patterns: Vec<Regex>,
    pub require: Vec<CompiledCondition>,
    pub require_any: Vec<CompiledCondition>,
    pub exclude: Vec<CompiledCondition>,
    /// `escalate.if_any`.
    pub escalate: Vec<CompiledCondition>,
}

/// One loaded rule.
#[derive(Debug)]
pub struct Rule {
    pub spec: RuleSpec,
    /// The file it came from (`rules/xss/react-dangerously-set-inner-html.toml`).
    pub source: String,
    pub(crate) include: GlobSet,
    pub(crate) exclude: GlobSet,
    patterns: Vec<String>,
    conditions: [Vec<(Condition, Option<String>)>; 4],
    compiled: OnceLock<std::result::Result<Compiled, String>>,
}

/// Compiles one pattern the way every rule regex is compiled: bytes, ASCII classes (`(?-u)`),
/// multi-line anchors, CRLF-aware.
pub fn build_regex(pattern: &str) -> std::result::Result<Regex, String> {
    RegexBuilder::new(&format!("(?-u){pattern}"))
        .multi_line(true)
        .crlf(true)
        .size_limit(8 << 20)
        .build()
        .map_err(|e| e.to_string())
}

impl Rule {
    /// The compiled regexes (compiled now if this is the first use).
    pub fn compiled(&self) -> std::result::Result<&Compiled, &str> {
        self.compiled
            .get_or_init(|| {
                let patterns = self
                    .patterns
                    .iter()
                    .map(|p| build_regex(p))
                    .collect::<std::result::Result<Vec<_>, _>>()?;
                let conv = |v: &Vec<(Condition, Option<String>)>| {
                    v.iter()
                        .map(|(c, re)| {
                            let regex = re.as_deref().map(build_regex).transpose()?;
                            let or_stacks = c.or_stacks.as_deref().map(build_regex).transpose()?;
                            Ok(CompiledCondition {
                                spec: c.clone(),
                                regex,
                                or_stacks,
                            })
                        })
                        .collect::<std::result::Result<Vec<_>, String>>()
                };
                Ok(Compiled {
                    patterns,
                    require: conv(&self.conditions[0])?,
                    require_any: conv(&self.conditions[1])?,
                    exclude: conv(&self.conditions[2])?,
                    escalate: conv(&self.conditions[3])?,
                })
            })
            .as_ref()
            .map_err(String::as_str)
    }

    pub fn id(&self) -> &str {
        &self.spec.id
    }

    pub fn is_project_rule(&self) -> bool {
        self.spec.check.is_some()
    }

    /// Does this rule apply to a file with this path and language?
    pub fn applies_to(&self, path: &str, lang: crate::lang::Language) -> bool {
        !self.is_project_rule()
            && self.spec.languages.iter().any(|l| lang.selected_by(l))
            && (self.include.is_empty() || self.include.matches(path))
            && !self.exclude.matches(path)
    }
}

/// All rules, ready to scan.
#[derive(Debug)]
pub struct RuleSet {
    rules: Vec<Rule>,
    prefilter: Option<AhoCorasick>,
    /// For each prefilter keyword, the rules it enables.
    keyword_rules: Vec<Vec<usize>>,
    /// Pattern rules without keywords: always candidates.
    always: Vec<usize>,
}

/// `rules/_macros.toml`, `rules/_macros_js.toml`...: shared regex fragments, not rules.
#[cfg(not(target_arch = "wasm32"))]
fn is_macro_file(path: &str) -> bool {
    path.rsplit('/')
        .next()
        .is_some_and(|n| n.starts_with("_macros") && n.ends_with(".toml"))
}

fn expand(
    text: &str,
    macros: &BTreeMap<String, String>,
    depth: usize,
) -> std::result::Result<String, String> {
    if !text.contains("{{") {
        return Ok(text.to_string());
    }
    if depth > 4 {
        return Err("macro expansion is nested too deep".into());
    }
    let mut out = String::new();
    let mut rest = text;
    while let Some(s) = rest.find("{{") {
        out.push_str(&rest[..s]);
        let after = &rest[s + 2..];
        let e = after.find("}}").ok_or("unclosed `{{` macro")?;
        let name = after[..e].trim();
        let body = macros
            .get(name)
            .ok_or_else(|| format!("unknown macro `{{{{{name}}}}}`"))?;
        out.push_str("(?:");
        out.push_str(&expand(body, macros, depth + 1)?);
        out.push(')');
        rest = &after[e + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// One parsed rule file: a rule or a macro file, with its path.
enum Parsed {
    Rule(String, Box<RuleSpec>),
    Macros(String, MacroFile),
}

fn stem_of(path: &str) -> String {
    path.rsplit('/')
        .next()
        .unwrap_or(path)
        .trim_end_matches(".toml")
        .to_string()
}

impl RuleSet {
    /// The rules embedded at build time (`build.rs` turns the TOML files into one JSON array,
    /// so the browser bundle needs no TOML parser).
    pub fn embedded() -> Result<RuleSet> {
        #[derive(Deserialize)]
        struct Item {
            path: String,
            #[serde(default)]
            rule: Option<serde_json::Value>,
            #[serde(default)]
            macros: Option<serde_json::Value>,
        }
        let items: Vec<Item> =
            serde_json::from_str(EMBEDDED_RULES_JSON).map_err(|e| Error::Rule {
                id: "<embedded>".into(),
                reason: e.to_string(),
            })?;
        let mut parsed = Vec::with_capacity(items.len());
        for it in items {
            let bad = |e: serde_json::Error| Error::Rule {
                id: stem_of(&it.path),
                reason: format!("{}: {e}", it.path),
            };
            parsed.push(match (it.rule, it.macros) {
                (Some(r), _) => Parsed::Rule(
                    it.path.clone(),
                    Box::new(serde_json::from_value(r).map_err(bad)?),
                ),
                (None, Some(m)) => Parsed::Macros(
                    it.path.clone(),
                    MacroFile {
                        macros: serde_json::from_value(m).map_err(bad)?,
                    },
                ),
                (None, None) => continue,
            });
        }
        RuleSet::from_parsed(parsed)
    }

    /// Rules from (path, TOML) pairs (rule development: `prodgap rules --test --rules-dir`).
    /// `rules/_macros*.toml` hold shared regex fragments.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_sources(sources: &[(String, String)]) -> Result<RuleSet> {
        let mut parsed = Vec::with_capacity(sources.len());
        for (path, text) in sources {
            if is_macro_file(path) {
                let m: MacroFile = toml::from_str(text).map_err(|e| Error::Rule {
                    id: "_macros".into(),
                    reason: format!("{path}: {}", e.message()),
                })?;
                parsed.push(Parsed::Macros(path.clone(), m));
            } else {
                let spec: RuleSpec = toml::from_str(text).map_err(|e| Error::Rule {
                    id: stem_of(path),
                    reason: format!("{path}: {}", e.message().trim()),
                })?;
                parsed.push(Parsed::Rule(path.clone(), Box::new(spec)));
            }
        }
        RuleSet::from_parsed(parsed)
    }

    fn from_parsed(parsed: Vec<Parsed>) -> Result<RuleSet> {
        let mut macros = BTreeMap::new();
        for p in &parsed {
            if let Parsed::Macros(path, m) = p {
                for (k, v) in &m.macros {
                    if macros.insert(k.clone(), v.clone()).is_some() {
                        return Err(Error::Rule {
                            id: "_macros".into(),
                            reason: format!("{path}: macro `{k}` is defined twice"),
                        });
                    }
                }
            }
        }
        let mut rules: Vec<Rule> = Vec::new();
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for p in parsed {
            let Parsed::Rule(path, spec) = p else {
                continue;
            };
            let spec = *spec;
            let stem = stem_of(&path);
            let err = |reason: String| Error::Rule {
                id: spec.id.clone(),
                reason: format!("{path}: {reason}"),
            };
            spec.validate().map_err(err)?;
            if spec.id != stem {
                return Err(err(format!(
                    "the file must be named after the id (`{}.toml`)",
                    spec.id
                )));
            }
            let parts: Vec<&str> = path.split('/').collect();
            if parts.len() >= 2 && parts[parts.len() - 2] != spec.category {
                return Err(err(format!(
                    "the file must live in rules/{}/",
                    spec.category
                )));
            }
            if let Some(prev) = seen.insert(spec.id.clone(), path.clone()) {
                return Err(err(format!("duplicate id (also in {prev})")));
            }
            let include = GlobSet::new(&spec.paths).map_err(err)?;
            let exclude = GlobSet::new(&spec.exclude_paths).map_err(err)?;
            let patterns = spec
                .patterns
                .iter()
                .map(|p| expand(p, &macros, 0))
                .collect::<std::result::Result<Vec<_>, _>>()
                .map_err(err)?;
            let conv = |v: &Vec<Condition>| {
                v.iter()
                    .map(|c| {
                        Ok((
                            c.clone(),
                            c.regex
                                .as_deref()
                                .map(|r| expand(r, &macros, 0))
                                .transpose()?,
                        ))
                    })
                    .collect::<std::result::Result<Vec<_>, String>>()
            };
            let conditions = [
                conv(&spec.require).map_err(err)?,
                conv(&spec.require_any).map_err(err)?,
                conv(&spec.exclude).map_err(err)?,
                conv(
                    &spec
                        .escalate
                        .as_ref()
                        .map(|e| e.if_any.clone())
                        .unwrap_or_default(),
                )
                .map_err(err)?,
            ];
            rules.push(Rule {
                spec,
                source: path.clone(),
                include,
                exclude,
                patterns,
                conditions,
                compiled: OnceLock::new(),
            });
        }
        crate::sort::sort_by(&mut rules, |a, b| a.spec.id.cmp(&b.spec.id));

        let mut keywords: Vec<String> = Vec::new();
        let mut keyword_rules: Vec<Vec<usize>> = Vec::new();
        let mut always = Vec::new();
        for (i, r) in rules.iter().enumerate() {
            if r.is_project_rule() {
                continue;
            }
            if r.spec.keywords.is_empty() {
                always.push(i);
            }
            for k in &r.spec.keywords {
                let k = k.to_ascii_lowercase();
                match keywords.iter().position(|x| *x == k) {
                    Some(p) => keyword_rules[p].push(i),
                    None => {
                        keywords.push(k);
                        keyword_rules.push(vec![i]);
                    }
                }
            }
        }
        let prefilter = if keywords.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(&keywords)
                    .map_err(|e| Error::Rule {
                        id: "<keywords>".into(),
                        reason: e.to_string(),
                    })?,
            )
        };
        Ok(RuleSet {
            rules,
            prefilter,
            keyword_rules,
            always,
        })
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules
            .binary_search_by(|r| r.spec.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.rules[i])
    }

    /// Compiles every rule's regexes now; returns (id, error) for each that fails.
    pub fn check_all(&self) -> Vec<(String, String)> {
        self.rules
            .iter()
            .filter_map(|r| {
                r.compiled()
                    .err()
                    .map(|e| (r.spec.id.clone(), format!("{}: {e}", r.source)))
            })
            .collect()
    }

    /// Rules whose keywords occur in `bytes` (plus keyword-less rules), by index, sorted.
    pub fn candidates(&self, bytes: &[u8]) -> Vec<usize> {
        let mut hit = vec![false; self.rules.len()];
        for &i in &self.always {
            hit[i] = true;
        }
        if let Some(ac) = &self.prefilter {
            let mut seen = vec![false; self.keyword_rules.len()];
            let mut remaining = seen.len();
            for m in ac.find_overlapping_iter(bytes) {
                let k = m.pattern().as_usize();
                if !seen[k] {
                    seen[k] = true;
                    for &r in &self.keyword_rules[k] {
                        hit[r] = true;
                    }
                    remaining -= 1;
                    if remaining == 0 {
                        break;
                    }
                }
            }
        }
        hit.iter()
            .enumerate()
            .filter(|(_, h)| **h)
            .map(|(i, _)| i)
            .collect()
    }

    /// Index of a rule in [`RuleSet::rules`].
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.rules
            .binary_search_by(|r| r.spec.id.as_str().cmp(id))
            .ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(id: &str, body: &str) -> (String, String) {
        (
            format!("rules/xss/{id}.toml"),
            format!("id = \"{id}\"\n{body}"),
        )
    }

    const BASE: &str = "title = \"t\"\ncategory = \"xss\"\nseverity = \"high\"\nconfidence = \"high\"\nlanguages = [\"javascript\"]\nmessage = \"m\"\nwhy = \"w\"\nfix = \"f\"\neffort_hours = 1.0\n";

    #[test]
    fn unknown_fields_and_bad_values_are_refused_with_the_id() {
        let e = RuleSet::from_sources(&[src(
            "a-rule",
            &format!("{BASE}patterns = ['x']\nbogus = 1\n"),
        )])
        .unwrap_err();
        assert!(
            matches!(&e, Error::Rule { id, reason } if id == "a-rule" && reason.contains("bogus")),
            "{e}"
        );
        let e = RuleSet::from_sources(&[src(
            "b-rule",
            &BASE.replace("xss", "nope").replace("patterns", "x"),
        )])
        .unwrap_err();
        assert!(e.to_string().contains("b-rule"));
        let e = RuleSet::from_sources(&[src("c-rule", BASE)]).unwrap_err();
        assert!(e.to_string().contains("needs `patterns`"), "{e}");
    }

    #[test]
    fn duplicate_ids_and_misnamed_files_are_refused() {
        let a = src("dup", &format!("{BASE}patterns = ['x']\n"));
        let mut b = a.clone();
        b.0 = "rules/xss/dup2.toml".into();
        assert!(
            RuleSet::from_sources(&[a.clone(), b])
                .unwrap_err()
                .to_string()
                .contains("named after")
        );
        let mut c = a.clone();
        c.0 = "rules/other/dup.toml".into();
        let e = RuleSet::from_sources(&[a.clone(), c])
            .unwrap_err()
            .to_string();
        assert!(e.contains("duplicate") || e.contains("rules/xss"), "{e}");
    }

    #[test]
    fn macros_expand_and_unknown_macros_fail() {
        let m = (
            "rules/_macros.toml".to_string(),
            "[macros]\nreq = 'req\\.body'\n".to_string(),
        );
        let set = RuleSet::from_sources(&[
            m.clone(),
            src("ok-rule", &format!("{BASE}patterns = ['x({{{{req}}}})']\n")),
        ])
        .unwrap();
        assert!(set.check_all().is_empty());
        let e = RuleSet::from_sources(&[
            m,
            src("bad-rule", &format!("{BASE}patterns = ['{{{{nope}}}}']\n")),
        ])
        .unwrap_err();
        assert!(e.to_string().contains("unknown macro"), "{e}");
    }

    #[test]
    fn bad_regex_is_reported_by_check_all() {
        let set =
            RuleSet::from_sources(&[src("re-rule", &format!("{BASE}patterns = ['(unclosed']\n"))])
                .unwrap();
        let errs = set.check_all();
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].0, "re-rule");
    }

    #[test]
    fn prefilter_selects_only_rules_whose_keywords_occur() {
        let set = RuleSet::from_sources(&[
            src(
                "kw-a",
                &format!("{BASE}keywords = ['eval']\npatterns = ['eval']\n"),
            ),
            src(
                "kw-b",
                &format!("{BASE}keywords = ['innerHTML']\npatterns = ['innerHTML']\n"),
            ),
            src("kw-none", &format!("{BASE}patterns = ['zzz']\n")),
        ])
        .unwrap();
        let ids = |b: &[u8]| {
            set.candidates(b)
                .iter()
                .map(|&i| set.rules()[i].id().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(b"x.INNERHTML = y"), vec!["kw-b", "kw-none"]);
        assert_eq!(ids(b"nothing"), vec!["kw-none"]);
    }
}

/// A rule's public description (`prodgap rules --format json`, the browser's rule list).
#[derive(Debug, Clone, serde::Serialize)]
pub struct RuleInfo {
    pub id: String,
    pub title: String,
    pub category: String,
    pub severity: crate::report::Severity,
    pub confidence: crate::report::Confidence,
    pub languages: Vec<String>,
    pub cwe: Vec<String>,
    pub owasp: Vec<String>,
    pub kind: &'static str,
    pub effort_hours: f64,
    pub why: String,
    pub fix: String,
}

impl RuleSet {
    /// Descriptions of every rule, sorted by id.
    pub fn info(&self) -> Vec<RuleInfo> {
        self.rules
            .iter()
            .map(|r| RuleInfo {
                id: r.spec.id.clone(),
                title: r.spec.title.clone(),
                category: r.spec.category.clone(),
                severity: r.spec.severity,
                confidence: r.spec.confidence,
                languages: r.spec.languages.clone(),
                cwe: r.spec.cwe.clone(),
                owasp: r.spec.owasp.clone(),
                kind: if r.is_project_rule() {
                    "project"
                } else {
                    "pattern"
                },
                effort_hours: r.spec.effort_hours,
                why: r.spec.why.trim().to_string(),
                fix: r.spec.fix.trim().to_string(),
            })
            .collect()
    }
}
