//! The declarative rule format (`rules/<category>/<id>.toml`), parsed with unknown fields denied,
//! and its validation: a bad rule is refused with its id and the reason.

use crate::lang::Language;
use crate::report::{CATEGORIES, Confidence, Severity};
use serde::Deserialize;
use std::collections::BTreeMap;

/// One rule file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    /// Kebab-case name of the hazard, unique: `jwt-sign-without-expiry`.
    pub id: String,
    pub title: String,
    /// One of the fixed categories (DESIGN.md).
    pub category: String,
    pub severity: Severity,
    pub confidence: Confidence,
    #[serde(default)]
    pub cwe: Vec<String>,
    #[serde(default)]
    pub owasp: Vec<String>,
    /// Language tokens (`javascript` covers JS and TS; `any`). Required for pattern rules.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Only files whose path matches one of these globs (`**/api/**`, `next.config.*`).
    #[serde(default)]
    pub paths: Vec<String>,
    /// Never files whose path matches one of these globs.
    #[serde(default)]
    pub exclude_paths: Vec<String>,
    /// Cheap prefilter: the rule runs on a file only if one of these (case-insensitive) appears.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Regular expressions (bytes, ASCII classes, multi-line `^`/`$`); any may match. Named
    /// groups: `secret` (the value to mask), `anchor` (the position that must be in `scope`),
    /// `focus` (the part the finding points at, when the match starts earlier).
    #[serde(default)]
    pub patterns: Vec<String>,
    /// Where the match (or its `anchor` group) must start.
    #[serde(default)]
    pub scope: Scope,
    /// All must hold.
    #[serde(default)]
    pub require: Vec<Condition>,
    /// At least one must hold (when non-empty).
    #[serde(default)]
    pub require_any: Vec<Condition>,
    /// None may hold.
    #[serde(default)]
    pub exclude: Vec<Condition>,
    /// A higher severity when one of its conditions holds for a match (`eval(req.body.x)` is
    /// critical where `eval(expr)` is high).
    #[serde(default)]
    pub escalate: Option<Escalate>,
    /// Report only the first match per file or per project, naming the other places in its
    /// message (a problem with one fix for the whole file or app, such as a missing wrapper).
    #[serde(default)]
    pub once_per: Option<OncePer>,
    /// Secret handling: masking, entropy, placeholders, validators.
    #[serde(default)]
    pub secret: Option<SecretSpec>,
    /// A project-level rule: the name of the built-in check that produces it (no patterns).
    #[serde(default)]
    pub check: Option<String>,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Why it matters: the risk.
    pub why: String,
    /// What to do, in general.
    pub fix: String,
    /// What to do in one framework (`express`, `nextjs`, `fastapi`, `flask`, `django`, `react`,
    /// `vite`, `supabase`, `prisma`, `firebase`, `node`, `python`).
    #[serde(default)]
    pub fix_by: BTreeMap<String, String>,
    /// Hours for a developer who knows the code to fix one instance.
    pub effort_hours: f64,
    #[serde(default)]
    pub references: Vec<String>,
}

/// The unit a `once_per` rule reports once in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OncePer {
    File,
    Project,
}

/// Where in the lexed file a match may start.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Only in code: not in comments, not inside string literals.
    #[default]
    Code,
    /// Only inside string literals.
    String,
    /// Only in comments.
    Comment,
    /// Code or strings, not comments.
    NotComment,
    /// Anywhere (secrets are leaked in comments too).
    Any,
}

/// A structural condition on a match.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// What text the condition looks at: `match`, `group` (with `group`), `line`, `args`,
    /// `arg0`..`arg9`, `arg-last`, `statement`, `function`, `enclosing`, `near` (± `lines`),
    /// `before` (`lines` above), `file`, `path`, `stacks`, `deps` (`name@spec` of every declared
    /// dependency), `project` (any file of the scan, this one included; with `group`, only the
    /// files that name the group's text as a whole word: a schema class used by a router in
    /// another file), `callers` (like `project`, with the enclosing function's name for the group:
    /// the files that call the helper the match is in).
    #[serde(rename = "in", default = "default_target")]
    pub target: String,
    /// A regex that must be found in the target.
    #[serde(default)]
    pub regex: Option<String>,
    /// The shape of the target expression: `literal`, `dynamic`, `identifier`, `not-literal`,
    /// `empty`, `present`.
    #[serde(default)]
    pub is: Option<String>,
    /// Window for `near` and `before` (default 3).
    #[serde(default)]
    pub lines: Option<usize>,
    /// For `argN`: a bare identifier is replaced by the right-hand side of its last assignment.
    #[serde(default)]
    pub resolve: bool,
    /// With `resolve`: every name interpolated in a template or f-string (`${formula}`,
    /// `{expr}`) and the receiver of a method call (`body.slice(6)`) is resolved too, next to
    /// the whole text. For sinks where any part of the string matters (code, not a URL's head).
    #[serde(default)]
    pub interpolations: bool,
    /// The regex counts only when it matches starting in code (not in strings or comments).
    #[serde(default)]
    pub code_only: bool,
    /// The named capture group for `in = "group"`, or the word a file must contain for
    /// `in = "project"`.
    #[serde(default)]
    pub group: Option<String>,
    /// The condition also holds when the project's stacks match this regex: e.g. a controller
    /// that uses Mongoose models without importing Mongoose, in a project that depends on it.
    #[serde(default)]
    pub or_stacks: Option<String>,
}

fn default_target() -> String {
    "match".into()
}

/// A severity raise for the matches that meet one of `if_any`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Escalate {
    pub severity: Severity,
    pub if_any: Vec<Condition>,
}

/// How a secret rule treats its value.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecretSpec {
    /// Named capture group holding the value (default `secret`; the whole match if absent).
    #[serde(default = "default_group")]
    pub group: String,
    /// Minimum Shannon entropy (bits per character) of the value.
    #[serde(default)]
    pub min_entropy: Option<f64>,
    /// Built-in validators: `jwt-claim:<name>=<value>`, `jwt-claim:<name>!=<value>`,
    /// `url-remote`, `url-local`, `not-public-key`, `jwt-not-expired`.
    #[serde(default)]
    pub validate: Vec<String>,
    /// Drop placeholder and example values (`your-api-key`, `xxxx`, `<token>`, `changeme`).
    #[serde(default = "yes")]
    pub placeholders: bool,
    /// Escalate to critical when the value is shipped to the browser (`NEXT_PUBLIC_`, client
    /// components). Off for keys that are public by design.
    #[serde(default = "yes")]
    pub client_exposure: bool,
}

fn default_group() -> String {
    "secret".into()
}

fn yes() -> bool {
    true
}

pub const TARGETS: &[&str] = &[
    "match",
    "group",
    "line",
    "args",
    "arg0",
    "arg1",
    "arg2",
    "arg3",
    "arg4",
    "arg5",
    "arg6",
    "arg7",
    "arg8",
    "arg9",
    "arg-last",
    "statement",
    "function",
    "enclosing",
    "near",
    "before",
    "file",
    "path",
    "stacks",
    "deps",
    "project",
    "callers",
];

pub const SHAPES: &[&str] = &[
    "literal",
    "dynamic",
    "identifier",
    "not-literal",
    "empty",
    "present",
    "parameter",
];

pub const STACK_KEYS: &[&str] = &[
    "express",
    "nextjs",
    "react",
    "vite",
    "node",
    "fastapi",
    "flask",
    "django",
    "python",
    "supabase",
    "prisma",
    "firebase",
    "firebase-functions",
    "mongodb",
    "postgres",
    "vue",
    "sveltekit",
    "fastify",
    "hono",
    "nestjs",
    "koa",
    "drf",
    "supabase-py",
    "nextjs-pages",
    "nextjs-pages-ssr",
    "nextjs-supabase",
    "replit",
    "drizzle",
    "knex",
    "sequelize",
    "firestore-py",
    "python-jose",
    "graphql",
    "trpc",
];

pub const PROJECT_CHECKS: &[&str] = &[
    "admin-route-missing-role-check",
    "webhook-signature-not-verified",
    "cron-route-without-secret",
    "env-file-committed",
    "gitignore-missing-env",
    "no-ci",
    "no-staging",
    "no-error-tracking",
    "no-health-endpoint",
    "no-security-headers",
    "no-tests",
    "docker-runs-as-root",
    "docker-copies-env-files",
    "supabase-update-policy-privileged-columns",
    "endpoint-missing-auth",
    "endpoint-missing-rate-limit",
    "project-missing-rate-limit",
    "endpoint-missing-validation",
    "dependency-vulnerable",
    "dependency-deprecated",
    "no-lockfile",
    "unpinned-critical-dependency",
    "supabase-rls-disabled",
    "supabase-permissive-policy",
    "supabase-anon-grant",
    "supabase-security-definer",
    "supabase-public-bucket",
    "supabase-service-role-in-client",
    "firebase-open-rules",
    "service-role-without-auth",
    "idor-unscoped-lookup",
    "service-role-list-without-owner-filter",
    "client-set-price",
];

fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

impl RuleSpec {
    /// Checks everything serde cannot: vocabulary, ids, targets, shapes. Regexes are compiled
    /// (and checked) by [`super::RuleSet::check_all`].
    pub fn validate(&self) -> Result<(), String> {
        if !is_kebab(&self.id) {
            return Err("id must be kebab-case (a-z, 0-9, single dashes)".into());
        }
        if !CATEGORIES.contains(&self.category.as_str()) {
            return Err(format!("unknown category `{}`", self.category));
        }
        for field in [
            ("title", &self.title),
            ("message", &self.message),
            ("why", &self.why),
            ("fix", &self.fix),
        ] {
            if field.1.trim().is_empty() {
                return Err(format!("`{}` is empty", field.0));
            }
        }
        if !(self.effort_hours > 0.0 && self.effort_hours <= 200.0) {
            return Err("effort_hours must be in (0, 200]".into());
        }
        for c in &self.cwe {
            if !c.starts_with("CWE-") || c[4..].parse::<u32>().is_err() {
                return Err(format!("cwe `{c}` must look like CWE-79"));
            }
        }
        for o in &self.owasp {
            let ok = o.len() >= 8 && o.starts_with('A') && o.contains(":20");
            if !ok {
                return Err(format!("owasp `{o}` must look like A03:2021"));
            }
        }
        for k in self.fix_by.keys() {
            if !STACK_KEYS.contains(&k.as_str()) {
                return Err(format!(
                    "fix_by key `{k}` is not a known stack ({})",
                    STACK_KEYS.join(", ")
                ));
            }
        }
        match (&self.check, self.patterns.is_empty()) {
            (Some(check), true) => {
                if !PROJECT_CHECKS.contains(&check.as_str()) {
                    return Err(format!("unknown project check `{check}`"));
                }
            }
            (Some(_), false) => {
                return Err("a rule has either `check` or `patterns`, not both".into());
            }
            (None, true) => return Err("a rule needs `patterns` (or a project `check`)".into()),
            (None, false) => {
                if self.languages.is_empty() {
                    return Err("a pattern rule needs `languages`".into());
                }
                for l in &self.languages {
                    if !Language::TOKENS.contains(&l.as_str()) {
                        return Err(format!("unknown language `{l}`"));
                    }
                }
                for k in &self.keywords {
                    if k.trim().len() < 2 {
                        return Err(format!("keyword `{k}` is too short to prefilter anything"));
                    }
                }
            }
        }
        if let Some(e) = &self.escalate {
            if e.if_any.is_empty() {
                return Err("escalate needs at least one condition in `if_any`".into());
            }
            if e.severity <= self.severity {
                return Err("escalate must raise the severity".into());
            }
        }
        for c in self
            .require
            .iter()
            .chain(&self.require_any)
            .chain(&self.exclude)
            .chain(self.escalate.iter().flat_map(|e| &e.if_any))
        {
            if !TARGETS.contains(&c.target.as_str()) {
                return Err(format!(
                    "condition target `{}` is unknown ({})",
                    c.target,
                    TARGETS.join(", ")
                ));
            }
            if c.regex.is_none() && c.is.is_none() {
                return Err(format!(
                    "a condition on `{}` needs `regex` or `is`",
                    c.target
                ));
            }
            if let Some(is) = &c.is
                && !SHAPES.contains(&is.as_str())
            {
                return Err(format!(
                    "`is = \"{is}\"` is unknown ({})",
                    SHAPES.join(", ")
                ));
            }
            if c.interpolations && !(c.resolve && c.target.starts_with("arg")) {
                return Err("`interpolations = true` goes with `resolve = true` on an `argN` / `arg-last` target".into());
            }
            if c.target == "group" && c.group.is_none() {
                return Err("`in = \"group\"` needs `group`".into());
            }
            if c.target == "project" && (c.regex.is_none() || c.is.is_some() || c.resolve) {
                return Err("`in = \"project\"` takes `regex` (and `group`, `code_only`), not `is` or `resolve`".into());
            }
            if c.target == "callers"
                && (c.regex.is_none() || c.is.is_some() || c.resolve || c.group.is_some())
            {
                return Err("`in = \"callers\"` takes `regex` (and `lines`, `code_only`): `@GROUP@` is the enclosing function's name".into());
            }
        }
        if let Some(s) = &self.secret {
            for v in &s.validate {
                let known = v == "url-remote"
                    || v == "not-public-key"
                    || v == "jwt-not-expired"
                    || v == "url-local"
                    || v.starts_with("jwt-claim:") && (v.contains("!=") || v.contains('='));
                if !known {
                    return Err(format!("unknown secret validator `{v}`"));
                }
            }
        }
        Ok(())
    }
}
