//! Suppressions: inline `prodgap:allow <rule-id>[, <rule-id>] -- reason` on the line or the line
//! before, and baselines of fingerprints (a previous JSON report, a JSON list, or one per line).

use crate::error::{Error, Result};
use std::collections::BTreeSet;

/// If `line` allows `rule` (or `all`), the reason given (possibly empty).
pub fn inline_allow(line: &str, rule: &str) -> Option<String> {
    let at = line.find("prodgap:allow")?;
    let rest = &line[at + "prodgap:allow".len()..];
    let (ids, reason) = match rest.split_once("--") {
        Some((ids, reason)) => (ids, reason),
        None => (rest, ""),
    };
    let reason = reason
        .trim()
        .trim_end_matches("*/")
        .trim_end_matches("-->")
        .trim()
        .to_string();
    let allowed = ids
        .split([',', ' ', '\t'])
        .map(|s| s.trim().trim_end_matches("*/").trim_end_matches("-->"))
        .any(|id| id == rule || id == "all");
    allowed.then_some(reason)
}

/// Fingerprints from a baseline file: a prodgap JSON report, a JSON array of strings, or one
/// fingerprint per line (`#` comments allowed).
pub fn parse_baseline(text: &str) -> Result<BTreeSet<String>> {
    let t = text.trim_start();
    if t.starts_with('{') || t.starts_with('[') {
        let v: serde_json::Value =
            serde_json::from_str(t).map_err(|e| Error::Baseline(format!("invalid JSON: {e}")))?;
        let list = match &v {
            serde_json::Value::Object(o) => o
                .get("findings")
                .and_then(|f| f.as_array())
                .ok_or_else(|| {
                    Error::Baseline("a JSON object must be a prodgap report with `findings`".into())
                })?
                .iter()
                .filter_map(|f| f.get("fingerprint").and_then(|x| x.as_str()))
                .map(str::to_string)
                .collect(),
            serde_json::Value::Array(a) => a
                .iter()
                .map(|x| {
                    x.as_str()
                        .map(str::to_string)
                        .ok_or_else(|| Error::Baseline("a JSON array must hold strings".into()))
                })
                .collect::<Result<BTreeSet<_>>>()?,
            _ => {
                return Err(Error::Baseline(
                    "expected a report, a JSON array or lines".into(),
                ));
            }
        };
        return Ok(list);
    }
    let mut out = BTreeSet::new();
    for (i, l) in text.lines().enumerate() {
        let l = l.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        if !l.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Error::Baseline(format!(
                "line {}: not a fingerprint",
                i + 1
            )));
        }
        out.insert(l.to_string());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_allows() {
        assert_eq!(
            inline_allow(
                "eval(x) // prodgap:allow eval-user-input -- sandboxed",
                "eval-user-input"
            ),
            Some("sandboxed".into())
        );
        assert_eq!(
            inline_allow("# prodgap:allow a-rule, b-rule", "b-rule"),
            Some(String::new())
        );
        assert_eq!(
            inline_allow("/* prodgap:allow all -- demo */", "x"),
            Some("demo".into())
        );
        assert_eq!(inline_allow("// prodgap:allow other -- no", "x"), None);
        assert_eq!(inline_allow("eval(x)", "x"), None);
    }

    #[test]
    fn baselines() {
        assert_eq!(parse_baseline("# c\nabc123\n\nDEF0\n").unwrap().len(), 2);
        assert_eq!(parse_baseline("[\"a1\", \"b2\"]").unwrap().len(), 2);
        assert_eq!(
            parse_baseline("{\"findings\": [{\"fingerprint\": \"ff\"}]}")
                .unwrap()
                .len(),
            1
        );
        assert!(parse_baseline("not a fingerprint").is_err());
        assert!(parse_baseline("{\"x\": 1}").is_err());
    }
}
