//! SARIF 2.1.0 for GitHub code scanning: one rule per rule id that fired (with help text,
//! `security-severity`, precision, CWE tags), results with relative URIs under `%SRCROOT%`,
//! `partialFingerprints`, and suppressions for allowed or baselined findings.

use super::stack_label;
use crate::report::{Confidence, Finding, Report, Severity};
use serde_json::{Value, json};
use std::collections::BTreeMap;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

fn security_severity(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
        Severity::Info => "1.0",
    }
}

fn precision(c: Confidence) -> &'static str {
    match c {
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Low => "low",
    }
}

/// Percent-encodes what a URI path must not contain raw; keeps `/`.
fn uri(path: &str) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn rule_entry(f: &Finding) -> Value {
    let mut tags = vec!["security".to_string(), f.category.clone()];
    for c in &f.cwe {
        tags.push(format!("external/cwe/{}", c.to_ascii_lowercase()));
    }
    let fix_label = f
        .fix_stack
        .as_deref()
        .map(|s| format!(" ({})", stack_label(s)))
        .unwrap_or_default();
    let mut md = format!(
        "{}\n\n**Why it matters:** {}\n\n**How to fix{}:**\n\n{}",
        f.message, f.why, fix_label, f.fix
    );
    if !f.references.is_empty() {
        md.push_str("\n\n**References:**\n");
        for r in &f.references {
            md.push_str(&format!("- {r}\n"));
        }
    }
    json!({
        "id": f.rule,
        "name": f.rule,
        "shortDescription": {"text": f.title},
        "fullDescription": {"text": f.why},
        "help": {"text": format!("{}\n\nWhy: {}\n\nFix{}: {}", f.title, f.why, fix_label, f.fix), "markdown": md},
        "helpUri": f.references.first().cloned().unwrap_or_else(|| "https://github.com/prodgap/prodgap".into()),
        "defaultConfiguration": {"level": level(f.severity)},
        "properties": {
            "tags": tags,
            "precision": precision(f.confidence),
            "security-severity": security_severity(f.severity),
            "problem.severity": if f.severity >= Severity::High { "error" } else if f.severity == Severity::Medium { "warning" } else { "recommendation" }
        }
    })
}

pub fn render(r: &Report) -> String {
    // Where project-level findings point: GitHub needs a location for every result.
    // Prefer a root manifest some finding already points at, then any file with a finding.
    let files: Vec<&str> = r
        .findings
        .iter()
        .filter_map(|f| f.file.as_deref())
        .collect();
    let anchor = ["package.json", "requirements.txt", "pyproject.toml"]
        .iter()
        .copied()
        .find(|p| files.contains(p))
        .or_else(|| files.first().copied())
        .unwrap_or("package.json");
    let mut index: BTreeMap<&str, usize> = BTreeMap::new();
    let mut rules = Vec::new();
    for f in &r.findings {
        if !index.contains_key(f.rule.as_str()) {
            index.insert(f.rule.as_str(), rules.len());
            rules.push(rule_entry(f));
        }
    }
    let results: Vec<Value> = r
        .findings
        .iter()
        .map(|f| {
            let (path, line) = match (&f.file, f.line) {
                (Some(p), l) => (p.as_str(), l.unwrap_or(1)),
                (None, _) => (anchor, 1),
            };
            let mut region = json!({"startLine": line.max(1)});
            if let Some(c) = f.column {
                region["startColumn"] = json!(c.max(1));
            }
            if let Some(e) = f.end_line {
                region["endLine"] = json!(e.max(line));
            }
            if let Some(s) = &f.snippet {
                region["snippet"] = json!({"text": s});
            }
            let mut res = json!({
                "ruleId": f.rule,
                "ruleIndex": index[f.rule.as_str()],
                "level": level(f.severity),
                "message": {"text": if f.file.is_none() { format!("{} (project-level: applies to the whole repository)", f.message) } else { f.message.clone() }},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri(path), "uriBaseId": "%SRCROOT%"},
                    "region": region
                }}],
                "partialFingerprints": {"prodgap/v1": f.fingerprint},
                "properties": {"severity": f.severity.as_str(), "confidence": f.confidence.as_str(), "category": f.category, "effort_hours": f.effort_hours}
            });
            if f.suppressed {
                let kind = if f.suppression.as_deref().is_some_and(|s| s.starts_with("inline")) { "inSource" } else { "external" };
                res["suppressions"] = json!([{"kind": kind, "justification": f.suppression.clone().unwrap_or_default()}]);
            }
            res
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "prodgap",
                "version": r.tool.version,
                "semanticVersion": r.tool.version,
                "informationUri": "https://github.com/prodgap/prodgap",
                "rules": rules
            }},
            "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The scanned project root"}}},
            "columnKind": "utf16CodeUnits",
            "results": results,
            "properties": {
                "score": r.summary.score,
                "verdict": r.summary.verdict,
                "stacks": r.project.stacks
            }
        }]
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}
