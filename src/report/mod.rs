//! The report: findings, project facts and the summary (the JSON contract `prodgap.report/1`).

pub mod fingerprint;
pub mod mask;
pub mod score;
pub mod suppress;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const SCHEMA: &str = "prodgap.report/1";

/// How bad a finding is if exploited in a deployed prototype.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const ALL: [Severity; 5] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
    pub fn parse(s: &str) -> Option<Severity> {
        Severity::ALL
            .into_iter()
            .find(|x| x.as_str().eq_ignore_ascii_case(s.trim()))
    }
    /// One step less severe (Info stays Info).
    pub fn lower(self) -> Severity {
        match self {
            Severity::Critical => Severity::High,
            Severity::High => Severity::Medium,
            Severity::Medium => Severity::Low,
            _ => Severity::Info,
        }
    }
}

/// How sure the rule is that the finding is real.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// A few lines around the finding, for display (masked like the snippet).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Context {
    pub start_line: u32,
    pub text: String,
}

/// One problem, located where the fix goes (or project-level with `file: null`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub rule: String,
    pub category: String,
    pub severity: Severity,
    pub confidence: Confidence,
    pub title: String,
    pub message: String,
    pub why: String,
    pub fix: String,
    pub file: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub end_line: Option<u32>,
    pub snippet: Option<String>,
    pub cwe: Vec<String>,
    pub owasp: Vec<String>,
    pub effort_hours: f64,
    pub fingerprint: String,
    pub suppressed: bool,
    /// Why it is suppressed: `inline: <reason>`, `config`, `baseline`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suppression: Option<String>,
    /// The framework whose variant of `fix` was chosen (e.g. `express`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix_stack: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<Context>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

/// One HTTP route, server action or edge function and what guards it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Endpoint {
    pub file: String,
    pub line: u32,
    pub method: String,
    pub route: String,
    pub auth: bool,
    pub rate_limited: bool,
    pub validated: bool,
    /// What kind of entry point: `route`, `server-action`, `edge-function`, `api-route`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub files_scanned: u64,
    pub bytes_scanned: u64,
    pub skipped: Vec<Skipped>,
    pub stacks: Vec<String>,
    pub endpoints: Vec<Endpoint>,
    /// Good practice the audit noticed (e.g. `.env.example` without values): praised, not flagged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strengths: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub by_severity: BTreeMap<String, u64>,
    pub by_category: BTreeMap<String, u64>,
    pub effort_hours: f64,
    pub score: u32,
    pub verdict: String,
    pub reasons: Vec<String>,
    /// Effort per category (hours), after de-duplicating repeated instances of one rule.
    #[serde(default)]
    pub effort_by_category: BTreeMap<String, f64>,
    /// Findings hidden by inline allows, config or baseline (not counted above).
    #[serde(default)]
    pub suppressed: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema: String,
    pub tool: Tool,
    pub project: Project,
    pub findings: Vec<Finding>,
    pub summary: Summary,
}

impl Report {
    /// Unsuppressed findings at or above `min`.
    pub fn count_at_or_above(&self, min: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| !f.suppressed && f.severity >= min)
            .count()
    }
}

/// The fixed category vocabulary of DESIGN.md; every rule maps to exactly one.
pub const CATEGORIES: &[&str] = &[
    "secret.hardcoded",
    "secret.env-committed",
    "auth.jwt-no-expiry",
    "auth.jwt-weak",
    "auth.session-insecure",
    "auth.missing-authz",
    "auth.password-hashing",
    "ratelimit.missing",
    "cors.permissive",
    "injection.sql",
    "injection.command",
    "injection.code",
    "injection.path",
    "injection.ssrf",
    "xss",
    "input.validation-missing",
    "errors.exposed",
    "db.no-pooling",
    "deploy.no-ci",
    "deploy.no-staging",
    "observability.missing",
    "deps.vulnerable",
    "deps.deprecated",
    "resilience.no-retry",
    "headers.missing",
    "crypto.weak",
    "csrf.missing",
    "redirect.open",
    "tls.insecure",
];
