//! Project facts: the stack, client vs server code, the endpoint inventory, and project-level
//! checks (absence of CI, committed env files...) that no single line can show.

pub mod checks;
pub mod deps;
pub mod endpoints;
pub mod readiness;
pub mod stacks;
pub mod supabase;

use crate::input::FileSet;
use crate::report::{Confidence, Endpoint, Severity};

/// What the project is made of.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// Sorted, unique stack names (`nextjs`, `supabase`, `vercel`...).
    pub stacks: Vec<String>,
    pub endpoints: Vec<Endpoint>,
    /// Good practice worth saying (`.env.example` documents configuration without values).
    pub strengths: Vec<String>,
    /// Every dependency the manifests declare (npm names; PyPI names PEP 503-normalised),
    /// sorted and unique.
    pub dependencies: Vec<String>,
    /// The same as `name@spec` as written (`express@^4.19.2`), for `in = "deps"` conditions.
    pub declared: Vec<String>,
    /// What the endpoint checks know about each endpoint (aligned by index with `endpoints`).
    pub endpoint_details: Vec<endpoints::EndpointDetail>,
    /// Counts for the readiness verdict: endpoints without auth, service-role spread, RLS, limiters.
    pub access: endpoints::AccessFacts,
    /// Supabase tables with their row-level security state, open policies and rules.
    pub db: supabase::DbFacts,
    /// Every npm package folder (`""`, `client/`) and whether it is a browser-only app.
    pub npm_packages: Vec<(String, bool)>,
}

impl Facts {
    pub fn has(&self, stack: &str) -> bool {
        self.stacks.iter().any(|s| s == stack)
    }

    /// Does some manifest declare this dependency?
    pub fn depends_on(&self, name: &str) -> bool {
        self.dependencies
            .binary_search_by(|d| d.as_str().cmp(name))
            .is_ok()
    }
}

/// A finding produced by a project check; the rule whose `check` names it supplies the text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProjectHit {
    /// The check name (a rule's `check = "..."`).
    pub check: &'static str,
    pub file: Option<String>,
    pub line: Option<u32>,
    /// Appended to the rule's message (which keys an env file holds, the advisory ids...).
    pub note: Option<String>,
    pub severity: Option<Severity>,
    pub confidence: Option<Confidence>,
    /// Replaces the snippet taken from `file:line` (already masked).
    pub snippet: Option<String>,
    /// Values to mask in every output.
    pub secrets: Vec<String>,
    /// Distinguishes several hits of one check on one line (fingerprint input).
    pub key: Option<String>,
    /// The same problem as a rule finding inside these lines: that finding is kept (it points
    /// at the exact line) and this hit is dropped.
    pub yields: Option<Yield>,
}

/// A rule finding that makes a project hit redundant: one of `rules` in `file` between the
/// lines `from..=to`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Yield {
    /// Rule ids, or categories with a trailing `*` (`injection.*`).
    pub rules: &'static [&'static str],
    pub file: String,
    pub from: u32,
    pub to: u32,
}

/// Gathers the facts of a file set.
pub fn analyze(set: &FileSet) -> Facts {
    let mut facts = Facts {
        stacks: stacks::detect(set),
        dependencies: deps::declared_names(set),
        declared: deps::declared_specs(set),
        npm_packages: deps::npm_packages(set),
        ..Facts::default()
    };
    facts.db = supabase::analyze(set, &facts);
    let inv = endpoints::analyze(set, &facts.stacks);
    facts.access = endpoints::access(&inv, &facts.db);
    facts.endpoints = inv.endpoints;
    facts.endpoint_details = inv.details;
    facts.strengths = checks::strengths(set);
    facts
}

/// Does this file run in the browser? `"use client"` modules, and `src/` of a Vite/CRA app
/// without a server framework in the same package.
pub fn is_client_file(path: &str, bytes: &[u8], facts: &Facts) -> bool {
    let head = &bytes[..bytes.len().min(600)];
    let head_s = String::from_utf8_lossy(head);
    if head_s.contains("\"use client\"") || head_s.contains("'use client'") {
        return true;
    }
    // The nearest package.json decides (an Express API beside a Vite `client/` is server code);
    // without one, the project's stacks do.
    let nearest = facts
        .npm_packages
        .iter()
        .filter(|(dir, _)| path.starts_with(dir.as_str()))
        .max_by_key(|(dir, _)| dir.len());
    let spa = match nearest {
        Some((_, client)) => *client,
        None => (facts.has("vite") || facts.has("react")) && !facts.has("nextjs"),
    };
    let in_src = path.starts_with("src/") || path.contains("/src/");
    let server_like = ["server", "api", "functions", "backend", "supabase/"]
        .iter()
        .any(|d| path.contains(d))
        || path.contains(".config.");
    spa && in_src && !server_like
}

/// How likely `path` is the app's entry module: 0 for `main.` / `app.` / `server.` / `index.` /
/// Django `settings.` / `asgi.` / `wsgi.` files, 1 for anything else (a sub-application mounted
/// elsewhere, a router module). Findings about the whole app point at the best-ranked file.
pub fn entry_rank(path: &str) -> u8 {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    let entry = [
        "main.",
        "app.",
        "server.",
        "index.",
        "settings.",
        "asgi.",
        "wsgi.",
    ]
    .iter()
    .any(|p| name.starts_with(p));
    u8::from(!entry)
}
