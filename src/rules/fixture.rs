//! The fixture harness: annotations (`ruleid:`, `ok:`, `todoruleid:`, `todook:` on the line
//! before) compared with what a scan found. Fails on a missing and on an unexpected finding,
//! and on a wrong severity where a `ruleid:` note names one (`ruleid: x (critical: why)`).

use crate::report::{Finding, Severity};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mark {
    /// Must be found.
    RuleId,
    /// Must not be found (a near miss).
    Ok,
    /// Should be found but is not yet (a known false negative): must not be found today.
    TodoRuleId,
    /// Should not be found but is today (a known false positive): must be found today.
    TodoOk,
}

/// One annotation: `rule` is expected (or not) on 1-based `line`, at `severity` when the note
/// after the ids starts with one (`ruleid: x (critical: a route passes req.body)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    pub line: usize,
    pub rule: String,
    pub mark: Mark,
    pub severity: Option<Severity>,
}

/// The severity a note in parentheses starts with: `(high: ...)` or `(high)`.
fn note_severity(rest: &str) -> Option<Severity> {
    let note = rest.strip_prefix('(')?.trim_start();
    let end = note.find([':', ')'])?;
    Severity::parse(note[..end].trim())
}

fn parse_marks(line: &str) -> Vec<(Mark, String, Option<Severity>)> {
    let t = line.trim_start();
    let body = ["{/*", "//", "#", "--", "<!--", "/*", "{#", "*"]
        .iter()
        .find_map(|m| t.strip_prefix(m))
        .map(|b| b.trim_start_matches(['/', '#', '-', '*', '!']).trim());
    let Some(body) = body else { return Vec::new() };
    let mut out = Vec::new();
    let mut rest = body;
    // `ruleid: a, b ok: c` is allowed: several marks on one line.
    loop {
        let found = [
            ("todoruleid:", Mark::TodoRuleId),
            ("todook:", Mark::TodoOk),
            ("ruleid:", Mark::RuleId),
            ("ok:", Mark::Ok),
        ]
        .iter()
        .filter_map(|(k, m)| rest.find(k).map(|p| (p, *k, *m)))
        .min_by_key(|(p, k, _)| (*p, usize::MAX - k.len()));
        let Some((p, k, mark)) = found else { break };
        if p != 0 && !rest[..p].trim().is_empty() && out.is_empty() {
            break;
        }
        rest = &rest[p + k.len()..];
        let end = [
            "ruleid:",
            "ok:",
            "todoruleid:",
            "todook:",
            "-->",
            "*/",
            "#}",
            // A note in parentheses after the ids: `ok: some-rule (why it is safe)`.
            "(",
        ]
        .iter()
        .filter_map(|k| rest.find(k))
        .min()
        .unwrap_or(rest.len());
        let severity = note_severity(&rest[end..]);
        for id in rest[..end]
            .split([',', ' '])
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            if id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                out.push((mark, id.to_string(), severity));
            }
        }
        rest = &rest[end..];
    }
    out
}

/// The fixture text a scan sees: the rule ids in annotation lines are blanked (same length, so
/// offsets and lines do not move), so that `// ruleid: mongodb-operator-injection` cannot supply
/// a keyword or a file-level condition the code itself lacks.
pub fn blank_annotations(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for l in text.split_inclusive('\n') {
        let marks = parse_marks(l);
        if marks.is_empty() {
            out.push_str(l);
            continue;
        }
        let mut line = l.to_string();
        for (_, id, _) in marks {
            line = line.replace(&id, &" ".repeat(id.len()));
        }
        out.push_str(&line);
    }
    out
}

/// Annotations of a fixture. A line holding only annotations applies to the next line that is
/// not itself an annotation line.
pub fn parse_annotations(text: &str) -> Vec<Expectation> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut pending: Vec<(Mark, String, Option<Severity>)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let marks = parse_marks(l);
        if marks.is_empty() {
            for (mark, rule, severity) in pending.drain(..) {
                out.push(Expectation {
                    line: i + 1,
                    rule,
                    mark,
                    severity,
                });
            }
        } else {
            pending.extend(marks);
        }
    }
    out
}

/// The virtual path a fixture is scanned under (`fixture-path: app/api/login/route.ts` in its
/// first five lines), if any.
pub fn fixture_path(text: &str) -> Option<String> {
    text.lines().take(5).find_map(|l| {
        l.split_once("fixture-path:")
            .map(|(_, p)| p.trim().trim_end_matches("-->").trim().to_string())
    })
}

/// Compares findings in one file with its annotations. `owner` (the rule the fixture belongs
/// to) is always checked; other rules only where annotated. Returns one message per mismatch.
pub fn check_file(
    findings: &[Finding],
    path: &str,
    text: &str,
    owner: Option<&str>,
) -> Vec<String> {
    let ann = parse_annotations(text);
    let mut rules: BTreeSet<&str> = ann.iter().map(|e| e.rule.as_str()).collect();
    if let Some(o) = owner {
        rules.insert(o);
    }
    let mut problems = Vec::new();
    for rule in rules {
        // Line -> the severities found there.
        let mut found: BTreeMap<usize, Vec<Severity>> = BTreeMap::new();
        for f in findings
            .iter()
            .filter(|f| f.rule == rule && f.file.as_deref() == Some(path))
        {
            if let Some(l) = f.line {
                found.entry(l as usize).or_default().push(f.severity);
            }
        }
        let mut marks: BTreeMap<usize, (Mark, Option<Severity>)> = BTreeMap::new();
        for e in ann.iter().filter(|e| e.rule == rule) {
            marks.insert(e.line, (e.mark, e.severity));
        }
        for (&line, &(mark, severity)) in &marks {
            let hit = found.get(&line);
            match (mark, hit) {
                (Mark::RuleId, None) => {
                    problems.push(format!("{path}:{line}: expected `{rule}`, not found"))
                }
                (Mark::RuleId, Some(got)) => {
                    if let Some(want) = severity.filter(|w| !got.contains(w)) {
                        let got: Vec<&str> = got.iter().map(|s| s.as_str()).collect();
                        problems.push(format!(
                            "{path}:{line}: `{rule}` found at {} but the annotation expects {}",
                            got.join("/"),
                            want.as_str()
                        ));
                    }
                }
                (Mark::Ok, Some(_)) => problems.push(format!(
                    "{path}:{line}: `{rule}` found on a line marked ok (false positive)"
                )),
                (Mark::TodoRuleId, Some(_)) => problems.push(format!(
                    "{path}:{line}: `{rule}` now found on a todoruleid line: change it to ruleid"
                )),
                (Mark::TodoOk, None) => problems.push(format!(
                    "{path}:{line}: `{rule}` no longer found on a todook line: change it to ok"
                )),
                _ => {}
            }
        }
        for &line in found.keys() {
            if !marks.contains_key(&line) {
                problems.push(format!("{path}:{line}: unexpected `{rule}` finding (annotate it with ruleid: or fix the rule)"));
            }
        }
    }
    problems
}

/// Project-level expectations (`EXPECT` file of a fixture directory): `ruleid: x` means a
/// finding of `x` with no file must exist; `ok: x` means none may.
pub fn check_project(findings: &[Finding], expect: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for line in expect.lines() {
        for (mark, rule, _) in parse_marks(&format!("# {}", line.trim())) {
            let n = findings
                .iter()
                .filter(|f| f.rule == rule && f.file.is_none())
                .count();
            match (mark, n > 0) {
                (Mark::RuleId, false) => {
                    problems.push(format!("EXPECT: project-level `{rule}` not found"))
                }
                (Mark::Ok, true) => problems.push(format!(
                    "EXPECT: project-level `{rule}` found but marked ok"
                )),
                (Mark::TodoRuleId, true) => problems.push(format!(
                    "EXPECT: `{rule}` now found: change todoruleid to ruleid"
                )),
                (Mark::TodoOk, false) => problems.push(format!(
                    "EXPECT: `{rule}` no longer found: change todook to ok"
                )),
                _ => {}
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_marks_in_several_comment_styles() {
        let text = "// ruleid: a-rule\nx\n# ok: a-rule, b-rule\n# todoruleid: c\ny\n<!-- ruleid: h -->\nz\n-- todook: s\nw\nplain // ruleid: not-an-annotation\nv";
        let a = parse_annotations(text);
        let got: Vec<(usize, &str, Mark)> = a
            .iter()
            .map(|e| (e.line, e.rule.as_str(), e.mark))
            .collect();
        assert_eq!(
            got,
            vec![
                (2, "a-rule", Mark::RuleId),
                (5, "a-rule", Mark::Ok),
                (5, "b-rule", Mark::Ok),
                (5, "c", Mark::TodoRuleId),
                (7, "h", Mark::RuleId),
                (9, "s", Mark::TodoOk),
            ]
        );
    }

    fn finding(rule: &str, line: u32) -> Finding {
        Finding {
            rule: rule.into(),
            category: "xss".into(),
            severity: crate::report::Severity::High,
            confidence: crate::report::Confidence::High,
            title: String::new(),
            message: String::new(),
            why: String::new(),
            fix: String::new(),
            file: Some("f.js".into()),
            line: Some(line),
            column: Some(1),
            end_line: Some(line),
            snippet: None,
            cwe: vec![],
            owasp: vec![],
            effort_hours: 1.0,
            fingerprint: String::new(),
            suppressed: false,
            suppression: None,
            fix_stack: None,
            context: None,
            references: vec![],
        }
    }

    #[test]
    fn reports_missing_unexpected_and_todo_changes() {
        let text = "// ruleid: r\na\n// ok: r\nb\n// todoruleid: r\nc\nd";
        assert!(check_file(&[finding("r", 2)], "f.js", text, Some("r")).is_empty());
        let p = check_file(
            &[finding("r", 4), finding("r", 6), finding("r", 7)],
            "f.js",
            text,
            Some("r"),
        );
        assert_eq!(p.len(), 4, "{p:?}");
        // Findings of other, unannotated rules are not this fixture's business.
        assert!(
            check_file(
                &[finding("r", 2), finding("other", 7)],
                "f.js",
                text,
                Some("r")
            )
            .is_empty()
        );
    }

    #[test]
    fn a_severity_in_the_note_is_asserted() {
        let text = "// ruleid: r (critical: a route passes req.body)\na\n// ruleid: r (not a severity)\nb\n// ruleid: r (high)\nc";
        let sev: Vec<Option<Severity>> =
            parse_annotations(text).iter().map(|e| e.severity).collect();
        assert_eq!(
            sev,
            vec![Some(Severity::Critical), None, Some(Severity::High)]
        );
        let mut crit = finding("r", 2);
        crit.severity = Severity::Critical;
        // Line 2 wants critical, line 4 anything, line 6 high.
        let ok = [crit.clone(), finding("r", 4), finding("r", 6)];
        assert!(check_file(&ok, "f.js", text, Some("r")).is_empty());
        let p = check_file(
            &[finding("r", 2), finding("r", 4), finding("r", 6)],
            "f.js",
            text,
            Some("r"),
        );
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].contains("f.js:2") && p[0].contains("expects critical"),
            "{p:?}"
        );
    }

    #[test]
    fn annotation_ids_are_blanked_for_the_scan() {
        let t = "// ruleid: mongodb-operator-injection\nUser.findOne(q)\n# ok: a-b, c\n";
        let b = blank_annotations(t);
        assert_eq!(b.len(), t.len());
        assert!(!b.contains("mongodb"));
        assert!(b.contains("User.findOne(q)\n"));
        assert!(!b.contains("a-b") && b.contains("# ok:"));
        assert_eq!(parse_annotations(t).len(), 1);
    }

    #[test]
    fn fixture_path_header() {
        assert_eq!(
            fixture_path("// fixture-path: app/api/x/route.ts\ncode"),
            Some("app/api/x/route.ts".into())
        );
        assert_eq!(
            fixture_path("<!-- fixture-path: templates/a.html -->"),
            Some("templates/a.html".into())
        );
        assert_eq!(fixture_path("code"), None);
    }
}
