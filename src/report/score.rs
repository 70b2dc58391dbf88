//! The summary: counts by severity and category, effort (repeated instances of one rule cost a
//! quarter each), a 0-100 readiness score and the verdict (ready / harden / rebuild) with reasons.

use super::{Finding, Severity, Summary};
use std::collections::BTreeMap;

fn weight(s: Severity) -> f64 {
    match s {
        Severity::Critical => 18.0,
        Severity::High => 8.0,
        Severity::Medium => 3.0,
        Severity::Low => 1.0,
        Severity::Info => 0.0,
    }
}

/// Categories whose findings, when widespread, mean the data-access or auth layer needs a
/// redesign rather than patches.
const STRUCTURAL: &[&str] = &[
    "auth.missing-authz",
    "injection.sql",
    "auth.password-hashing",
    "auth.jwt-weak",
];

fn human_category(c: &str) -> &str {
    match c {
        "secret.hardcoded" => "hard-coded secrets",
        "secret.env-committed" => "committed .env files",
        "auth.jwt-no-expiry" => "JWTs without expiry",
        "auth.jwt-weak" => "weak JWT verification",
        "auth.session-insecure" => "insecure sessions/cookies",
        "auth.missing-authz" => "endpoints without authorization",
        "auth.password-hashing" => "weak password hashing",
        "ratelimit.missing" => "no rate limiting",
        "cors.permissive" => "permissive CORS",
        "injection.sql" => "SQL/NoSQL injection",
        "injection.command" => "command injection",
        "injection.code" => "code injection",
        "injection.path" => "path traversal",
        "injection.ssrf" => "SSRF",
        "xss" => "cross-site scripting",
        "input.validation-missing" => "missing input validation",
        "errors.exposed" => "exposed errors / debug mode",
        "db.no-pooling" => "no DB connection pooling",
        "deploy.no-ci" => "no CI/CD",
        "deploy.no-staging" => "no staging environment",
        "observability.missing" => "no error tracking / health checks",
        "deps.vulnerable" => "vulnerable dependencies",
        "deps.deprecated" => "deprecated dependencies/APIs",
        "resilience.no-retry" => "no timeouts/retries on external calls",
        "headers.missing" => "missing security headers",
        "crypto.weak" => "weak cryptography",
        "csrf.missing" => "no CSRF protection",
        "redirect.open" => "open redirects",
        "tls.insecure" => "TLS verification disabled",
        other => other,
    }
}

/// Builds the summary from (unsuppressed and suppressed) findings.
pub fn summarize(findings: &[Finding]) -> Summary {
    let active: Vec<&Finding> = findings.iter().filter(|f| !f.suppressed).collect();
    let mut by_severity: BTreeMap<String, u64> = Severity::ALL
        .iter()
        .map(|s| (s.as_str().to_string(), 0))
        .collect();
    let mut by_category: BTreeMap<String, u64> = BTreeMap::new();
    for f in &active {
        *by_severity.entry(f.severity.as_str().into()).or_default() += 1;
        *by_category.entry(f.category.clone()).or_default() += 1;
    }

    // Effort and penalty: the first instance of a rule counts fully, later ones a quarter.
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut effort_by_category: BTreeMap<String, f64> = BTreeMap::new();
    let mut penalty = 0.0;
    for f in &active {
        let n = seen.entry(f.rule.as_str()).or_default();
        let factor = if *n == 0 { 1.0 } else { 0.25 };
        *n += 1;
        *effort_by_category.entry(f.category.clone()).or_default() += f.effort_hours * factor;
        penalty += weight(f.severity)
            * factor
            * if f.confidence == super::Confidence::Low {
                0.5
            } else {
                1.0
            };
    }
    for v in effort_by_category.values_mut() {
        *v = (*v * 10.0).round() / 10.0;
    }
    let effort_hours = (effort_by_category.values().sum::<f64>() * 10.0).round() / 10.0;
    let score = (100.0 - penalty).clamp(0.0, 100.0).round() as u32;

    let crit = by_severity["critical"];
    let high = by_severity["high"];
    let structural: Vec<&str> = STRUCTURAL
        .iter()
        .copied()
        .filter(|c| {
            active
                .iter()
                .filter(|f| f.category == *c && f.severity >= Severity::High)
                .count()
                >= 3
        })
        .collect();

    let mut reasons = Vec::new();
    let top_cats = |min: Severity| {
        let mut cats: Vec<&str> = active
            .iter()
            .filter(|f| f.severity == min)
            .map(|f| f.category.as_str())
            .collect();
        cats.sort();
        cats.dedup();
        cats.iter()
            .map(|c| human_category(c))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if crit > 0 {
        reasons.push(format!(
            "{crit} critical finding(s) to fix before any launch: {}.",
            top_cats(Severity::Critical)
        ));
    }
    if high > 0 {
        reasons.push(format!(
            "{high} high-severity finding(s): {}.",
            top_cats(Severity::High)
        ));
    }
    let verdict = if structural.len() >= 2 || (crit >= 6 && score == 0 && !structural.is_empty()) {
        reasons.push(format!(
            "Problems are systemic, not local ({}): restructure the data-access and auth layer rather than patching call sites.",
            structural.iter().map(|c| human_category(c)).collect::<Vec<_>>().join(", ")
        ));
        "rebuild"
    } else if crit > 0 || high > 0 || score < 80 {
        reasons.push(format!(
            "The gaps are fixable in place: about {effort_hours} hours of hardening, most urgent first."
        ));
        "harden"
    } else {
        reasons.push("No critical or high-severity gaps found by the rules that ran.".into());
        "ready"
    };
    Summary {
        by_severity,
        by_category,
        effort_hours,
        score,
        verdict: verdict.into(),
        reasons,
        effort_by_category,
        suppressed: findings.iter().filter(|f| f.suppressed).count() as u64,
    }
}
