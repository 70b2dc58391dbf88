//! Dependencies, offline: manifests and lockfiles parsed, resolved versions matched against the
//! embedded advisory slice (semver for npm, PEP 440 for PyPI), deprecated packages flagged,
//! missing lockfiles and unbounded ranges on security-critical packages reported.

pub mod advisories;
pub mod lockfile;
pub mod manifest;
pub mod pep440;
pub mod semver;

use super::{Facts, ProjectHit};
use crate::input::FileSet;
use crate::report::{Confidence, Severity};
use advisories::{Advisory, Eco, Upper, Ver, db, upgrade_target};
use lockfile::{LockKind, Lockfile};
use manifest::{Declared, Manifest, ManifestKind, spec_info};

use std::collections::BTreeSet;

/// Advisories described one by one in a finding; the rest are listed by id.
const DETAILED: usize = 4;
const LISTED: usize = 16;

/// Packages whose version range should never be open-ended: frameworks, auth, crypto, session,
/// security middleware, payment and database clients.
const CRITICAL_NPM: &[&str] = &[
    "next",
    "react",
    "react-dom",
    "express",
    "fastify",
    "koa",
    "hono",
    "@nestjs/core",
    "@nestjs/common",
    "vue",
    "nuxt",
    "@sveltejs/kit",
    "svelte",
    "@remix-run/node",
    "@remix-run/react",
    "react-router",
    "@angular/core",
    "vite",
    "astro",
    "next-auth",
    "@auth/core",
    "@clerk/nextjs",
    "@clerk/express",
    "@clerk/clerk-sdk-node",
    "passport",
    "passport-jwt",
    "passport-local",
    "jsonwebtoken",
    "jose",
    "bcrypt",
    "bcryptjs",
    "argon2",
    "express-session",
    "cookie-session",
    "iron-session",
    "@supabase/supabase-js",
    "@supabase/ssr",
    "firebase",
    "firebase-admin",
    "lucia",
    "better-auth",
    "crypto-js",
    "node-forge",
    "helmet",
    "cors",
    "express-rate-limit",
    "stripe",
    "@prisma/client",
    "prisma",
    "mongoose",
    "mongodb",
    "pg",
    "drizzle-orm",
    "sequelize",
    "mysql2",
    "typeorm",
    "knex",
    "axios",
];
const CRITICAL_PYPI: &[&str] = &[
    "django",
    "flask",
    "fastapi",
    "starlette",
    "werkzeug",
    "djangorestframework",
    "pydantic",
    "sqlalchemy",
    "uvicorn",
    "gunicorn",
    "jinja2",
    "pyjwt",
    "python-jose",
    "authlib",
    "cryptography",
    "pyopenssl",
    "passlib",
    "bcrypt",
    "argon2-cffi",
    "itsdangerous",
    "flask-login",
    "flask-jwt-extended",
    "djangorestframework-simplejwt",
    "django-allauth",
    "fastapi-users",
    "supabase",
    "firebase-admin",
    "stripe",
    "psycopg2",
    "psycopg2-binary",
    "psycopg",
    "pymongo",
    "asyncpg",
    "python-multipart",
    "flask-cors",
];

/// Manifests and lockfiles of a project.
#[derive(Debug, Default)]
pub struct Inventory {
    pub manifests: Vec<Manifest>,
    pub locks: Vec<Lockfile>,
    /// Lockfiles that exist but were not read (too large, binary `bun.lockb`): (dir, eco).
    pub unread_locks: Vec<(String, Eco)>,
    /// The Next.js `middleware` (or `proxy`) file, when it checks sign-in: middleware-bypass
    /// advisories of `next` then lead its finding.
    pub middleware_auth: Option<String>,
    /// The Python code loads YAML, and only with the safe loader: PyYAML's advisories (arbitrary
    /// code through `load` / `full_load`) are out of reach.
    pub yaml_safe_only: bool,
}

fn parent(dir: &str) -> Option<&str> {
    if dir.is_empty() {
        None
    } else {
        Some(dir.rsplit_once('/').map_or("", |(d, _)| d))
    }
}

/// Path of `dir` relative to the ancestor `base` (`""` when equal).
fn relative<'a>(dir: &'a str, base: &str) -> &'a str {
    if base.is_empty() {
        dir
    } else {
        dir.strip_prefix(base)
            .map_or(dir, |r| r.trim_start_matches('/'))
    }
}

/// Example, fixture, test and template directories: their manifests are not the app's.
fn incidental(path: &str) -> bool {
    path.split('/').rev().skip(1).any(|c| {
        let c = c.to_ascii_lowercase();
        c.contains("fixture")
            || c.contains("example")
            || matches!(
                c.as_str(),
                "test"
                    | "tests"
                    | "samples"
                    | "sample"
                    | "templates"
                    | "template"
                    | "docs"
                    | "demo"
                    | "demos"
                    | "testdata"
            )
    })
}

impl Inventory {
    pub fn load(set: &FileSet) -> Inventory {
        let mut inv = Inventory::default();
        for f in &set.files {
            if manifest::kind_of(&f.path).is_some() {
                if let Some(m) = manifest::parse(&f.path, &f.bytes) {
                    inv.manifests.push(m);
                }
            } else if let Some(l) = Lockfile::parse(&f.path, &f.bytes) {
                inv.locks.push(l);
            }
        }
        for s in &set.skipped {
            let name = s.path.rsplit('/').next().unwrap_or(&s.path);
            let dir = s.path.rsplit_once('/').map_or("", |(d, _)| d).to_string();
            if name == "bun.lockb" {
                inv.unread_locks.push((dir, Eco::Npm));
            } else if let Some(k) = LockKind::of(&s.path) {
                inv.unread_locks.push((dir, k.eco()));
            }
        }
        inv.mark_dev();
        inv
    }

    /// yarn and pnpm v9 do not flag development-only packages: walk their dependency graph from
    /// the production dependencies of the manifests they lock. Skipped when some production
    /// dependency does not resolve (the graph would be incomplete).
    fn mark_dev(&mut self) {
        for li in 0..self.locks.len() {
            if !self.locks[li].has_graph() {
                continue;
            }
            let mut roots = Vec::new();
            let mut complete = true;
            for m in self
                .manifests
                .iter()
                .filter(|m| self.lock_index_for(m) == Some(li))
            {
                let lock = &self.locks[li];
                for d in m
                    .deps
                    .iter()
                    .filter(|d| !d.dev && !spec_info(d).non_registry)
                {
                    match lock.resolve(relative(&m.dir, &lock.dir), &d.name, &d.spec) {
                        Some(i) => roots.push(i),
                        None => complete = false,
                    }
                }
            }
            if complete && !roots.is_empty() {
                self.locks[li].mark_dev_from(&roots);
            }
        }
    }

    fn lock_index_for(&self, m: &Manifest) -> Option<usize> {
        let mut dir = Some(m.dir.as_str());
        while let Some(d) = dir {
            let here = self
                .locks
                .iter()
                .enumerate()
                .filter(|(_, l)| l.dir == d && l.kind().eco() == m.eco && l.error.is_none())
                .min_by_key(|(_, l)| l.kind())
                .map(|(i, _)| i);
            if here.is_some() {
                return here;
            }
            dir = parent(d);
        }
        None
    }

    /// The lockfile that pins a manifest's dependencies: the nearest one of its ecosystem in
    /// its directory or above.
    pub fn lock_for(&self, m: &Manifest) -> Option<&Lockfile> {
        self.lock_index_for(m).and_then(|i| self.locks.get(i))
    }

    /// Is there any lockfile (read or not) for this manifest?
    fn has_lock(&self, m: &Manifest) -> bool {
        let mut dir = Some(m.dir.as_str());
        while let Some(d) = dir {
            if self
                .locks
                .iter()
                .any(|l| l.dir == d && l.kind().eco() == m.eco)
                || self
                    .unread_locks
                    .iter()
                    .any(|(ld, e)| ld == d && *e == m.eco)
            {
                return true;
            }
            dir = parent(d);
        }
        false
    }
}

/// Names of every dependency the project's manifests declare (npm names; PyPI names PEP
/// 503-normalised), sorted and unique.
/// Every `package.json` folder ("" for the root) and whether it is a browser-only app: React,
/// Vue, Svelte or Vite without a server framework (Express, Next.js, Fastify, Hono, Koa, NestJS).
pub fn npm_packages(set: &FileSet) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for f in &set.files {
        let name = f.path.rsplit('/').next().unwrap_or(&f.path);
        if name != "package.json" || f.path.contains("node_modules/") {
            continue;
        }
        let Some(m) = manifest::parse(&f.path, &f.bytes) else {
            continue;
        };
        let has = |n: &str| m.deps.iter().any(|d| d.name == n);
        let client = ["react", "vue", "svelte", "vite", "solid-js", "preact"]
            .iter()
            .any(|n| has(n));
        let server = [
            "express",
            "next",
            "fastify",
            "hono",
            "koa",
            "@nestjs/core",
            "@remix-run/node",
            "nuxt",
            "@sveltejs/kit",
            "firebase-functions",
        ]
        .iter()
        .any(|n| has(n));
        let dir = f.path[..f.path.len() - name.len()].to_string();
        out.push((dir, client && !server));
    }
    out
}

pub fn declared_names(set: &FileSet) -> Vec<String> {
    let mut out = BTreeSet::new();
    for f in &set.files {
        if manifest::kind_of(&f.path).is_some()
            && let Some(m) = manifest::parse(&f.path, &f.bytes)
        {
            out.extend(m.deps.into_iter().map(|d| d.name));
        }
    }
    out.into_iter().collect()
}

/// Every declared dependency as `name@spec` (`express@^4.19.2`, `fastapi@>=0.100`, `left-pad@`),
/// sorted and de-duplicated: what `in = "deps"` rule conditions read.
pub fn declared_specs(set: &FileSet) -> Vec<String> {
    let mut out = BTreeSet::new();
    for f in &set.files {
        if manifest::kind_of(&f.path).is_some()
            && let Some(m) = manifest::parse(&f.path, &f.bytes)
        {
            out.extend(m.deps.into_iter().map(|d| {
                let spec: String = d.spec.chars().filter(|c| !c.is_whitespace()).collect();
                format!("{}@{spec}", d.name)
            }));
        }
    }
    out.into_iter().collect()
}

/// How the version of a direct dependency was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum How {
    Locked,
    Pinned,
    Minimum,
}

#[derive(Debug, Clone)]
struct Resolved<'a> {
    manifest: &'a Manifest,
    dep: &'a Declared,
    version: Ver,
    how: How,
    lock: Option<(&'a Lockfile, usize)>,
}

fn resolve<'a>(inv: &'a Inventory, m: &'a Manifest, d: &'a Declared) -> Option<Resolved<'a>> {
    if let Some(lock) = inv.lock_for(m)
        && let Some(i) = lock.resolve(relative(&m.dir, &lock.dir), &d.name, &d.spec)
        && let Some(v) = Ver::parse(m.eco, &lock.entries[i].version)
    {
        return Some(Resolved {
            manifest: m,
            dep: d,
            version: v,
            how: How::Locked,
            lock: Some((lock, i)),
        });
    }
    let info = spec_info(d);
    let v = Ver::parse(m.eco, info.minimum.as_deref()?)?;
    Some(Resolved {
        manifest: m,
        dep: d,
        version: v,
        how: if info.pinned {
            How::Pinned
        } else {
            How::Minimum
        },
        lock: None,
    })
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

fn sev_word(s: Severity) -> &'static str {
    s.as_str()
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Insertion sort: the lists sorted here are short, and one small generic keeps the Wasm module
/// smaller than an instance of the standard sort per closure.
fn sort_small<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Adds `x` unless present; returns its index.
fn index_of<K: PartialEq, V: Default>(v: &mut Vec<(K, V)>, k: K) -> usize {
    match v.iter().position(|(x, _)| *x == k) {
        Some(i) => i,
        None => {
            v.push((k, V::default()));
            v.len() - 1
        }
    }
}

/// The advisory list of a note: the worst few with their summaries, the rest by id.
fn advisory_list(advs: &[&Advisory], lead: &dyn Fn(&Advisory) -> bool) -> String {
    let mut sorted: Vec<&Advisory> = advs.to_vec();
    // The advisories that matter most for this project first, then by severity.
    sort_small(&mut sorted, |a, b| {
        (!lead(a), b.severity, &a.id) < (!lead(b), a.severity, &b.id)
    });
    let mut parts = Vec::new();
    for a in sorted.iter().take(DETAILED) {
        let cve = a.cve().map(|c| format!(", {c}")).unwrap_or_default();
        let scope = match a.scope.as_str() {
            "cli" => " (command-line use only)",
            "win" => " (Windows hosts only)",
            "email" => " (only apps that offer e-mail link sign-in)",
            _ => "",
        };
        parts.push(format!(
            "{} ({}{cve}){scope}: {}",
            a.id,
            sev_word(a.severity),
            a.summary.trim_end_matches('.')
        ));
    }
    let mut s = parts.join("; ");
    if sorted.len() > DETAILED {
        let rest: Vec<&str> = sorted
            .iter()
            .skip(DETAILED)
            .take(LISTED)
            .map(|a| a.id.as_str())
            .collect();
        s.push_str(&format!("; also {}", rest.join(", ")));
        if sorted.len() > DETAILED + LISTED {
            s.push_str(&format!(" and {} more", sorted.len() - DETAILED - LISTED));
        }
    }
    s.push('.');
    s
}

/// The release line a version belongs to: the major version, or `0.minor` below 1.0.
fn line_of(v: &Ver) -> (u64, u64) {
    match v {
        Ver::Npm(v) => (v.major, if v.major == 0 { v.minor } else { 0 }),
        Ver::Py(v) => {
            let major = v.release.first().copied().unwrap_or(0);
            (
                major,
                if major == 0 {
                    v.release.get(1).copied().unwrap_or(0)
                } else {
                    0
                },
            )
        }
    }
}

/// What to upgrade to, and which advisories no upgrade fixes.
fn upgrade_advice(eco: Eco, name: &str, all: &[Advisory], versions: &[&Ver]) -> String {
    let mut targets: Vec<String> = Vec::new();
    let mut unfixed: Vec<(&str, bool)> = Vec::new();
    let mut target_max: Option<Ver> = None;
    for v in versions {
        if let Some(t) = upgrade_target(all, v) {
            let t_s = t.to_string();
            if !targets.contains(&t_s) {
                targets.push(t_s);
            }
            if target_max.as_ref().is_none_or(|m| t > *m) {
                target_max = Some(t);
            }
        }
        for a in all {
            if let Some(r) = a.affects(v)
                && !matches!(r.upper, Upper::Fixed(_))
            {
                let single = matches!((&r.introduced, &r.upper), (Some(i), Upper::LastAffected(l)) if i == l);
                let i = index_of(&mut unfixed, a.id.as_str());
                unfixed[i].1 = single;
            }
        }
    }
    let mut s = String::new();
    if let Some(t) = target_max {
        let fixes = if unfixed.is_empty() {
            "which fixes all of them"
        } else {
            "which fixes the rest"
        };
        if targets.len() > 1 {
            s.push_str(&format!(
                " Upgrade to {} or later ({fixes}; {} for the older copies).",
                t,
                {
                    sort_small(&mut targets, |a, b| a < b);
                    targets.join(", ")
                }
            ));
        } else {
            s.push_str(&format!(" Upgrade to {t} or later, {fixes}."));
        }
        if versions.iter().all(|v| line_of(v) != line_of(&t)) {
            s.push_str(
                " That is a new major release line: read its upgrade notes for breaking changes.",
            );
        }
    }
    if !unfixed.is_empty() {
        sort_small(&mut unfixed, |a, b| a.0 < b.0);
        let single: Vec<&str> = unfixed
            .iter()
            .filter(|(_, s)| *s)
            .map(|(i, _)| *i)
            .collect();
        let none: Vec<&str> = unfixed
            .iter()
            .filter(|(_, s)| !*s)
            .map(|(i, _)| *i)
            .collect();
        if !single.is_empty() {
            s.push_str(&format!(
                " {} only this exact release (it was published with malicious code): move to another release and check for compromise.",
                if single.len() == 1 { format!("{} affects", single[0]) } else { format!("{} affect", single.join(", ")) }
            ));
        }
        if !none.is_empty() {
            let what = if eco == Eco::Npm {
                format!("replace `{name}`")
            } else {
                format!("replace {name}")
            };
            s.push_str(&format!(
                " No fixed release exists for {}: {what} or mitigate the affected feature.",
                none.join(", ")
            ));
        }
    }
    s
}

/// Does the declared range allow some release that fixes this advisory?
fn fix_allowed(a: &Advisory, d: &Declared) -> bool {
    a.ranges.iter().any(|r| match &r.upper {
        Upper::Fixed(f) => manifest::spec_allows(d, f).unwrap_or(true),
        _ => false,
    })
}

/// Severity, confidence adjustments shared by direct and indirect findings.
fn grade(advs: &[&Advisory], dev: bool, base: Confidence) -> (Severity, Confidence) {
    let worst = advs
        .iter()
        .map(|a| a.severity)
        .max()
        .unwrap_or(Severity::Medium);
    let severity = if dev { worst.lower() } else { worst };
    let narrow = advs.iter().all(|a| !a.scope.is_empty());
    (severity, if narrow { Confidence::Low } else { base })
}

/// A package.json of a browser-only app (React / Vue / Svelte / Vite and no server framework):
/// its packages run in visitors' browsers.
fn browser_only(m: &Manifest) -> bool {
    const UI: &[&str] = &[
        "react",
        "react-dom",
        "vue",
        "svelte",
        "@angular/core",
        "vite",
        "preact",
        "solid-js",
    ];
    const SERVER: &[&str] = &[
        "express",
        "next",
        "fastify",
        "koa",
        "hono",
        "@nestjs/core",
        "nuxt",
        "@sveltejs/kit",
        "@remix-run/node",
        "@remix-run/react",
        "astro",
        "electron",
        "firebase-functions",
        "firebase-admin",
        "pg",
        "mysql2",
        "mongoose",
        "mongodb",
        "@prisma/client",
        "prisma",
        "drizzle-orm",
        "sequelize",
        "typeorm",
        "ws",
        "socket.io",
        "nodemailer",
        "@react-router/node",
    ];
    m.eco == Eco::Npm
        && m.deps.iter().any(|d| UI.contains(&d.name.as_str()))
        && !m.deps.iter().any(|d| SERVER.contains(&d.name.as_str()))
        && !m.scripts.values().any(|s| {
            s.contains("node ")
                || s.contains("nodemon")
                || s.contains("tsx ")
                || s.contains("ts-node")
        })
}

/// An advisory that only matters where the package runs on a server (Node's HTTP adapter,
/// proxies, SSRF, header injection), not in a browser.
fn node_only(a: &Advisory) -> bool {
    let s = a.summary.to_ascii_lowercase();
    [
        "proxy",
        "ssrf",
        "node.js",
        "node adapter",
        "server",
        "crlf",
        "header injection",
        "memory exhaustion",
        "file system",
        "path traversal",
    ]
    .iter()
    .any(|k| s.contains(k))
}

const BROWSER_NOTE: &str = " This package.json is a browser app (no server framework), so advisories about proxies, SSRF and the Node.js adapter do not reach it; the severity reflects the rest.";

const DEV_NOTE: &str = " It is a development-only dependency, so the exposure is developer machines and CI rather than production (severity lowered one step).";

fn vulnerable(inv: &Inventory, want_vuln: bool, want_dep: bool) -> Vec<ProjectHit> {
    let data = db();
    let mut hits = Vec::new();
    // Direct dependencies: one group per (unit, package). npm units are manifests; PyPI units
    // are directories (requirements.txt and pyproject.toml there describe one environment).
    let mut groups: Vec<((String, Eco, String), Vec<Resolved>)> = Vec::new();
    let mut used: Vec<Vec<bool>> = inv
        .locks
        .iter()
        .map(|l| vec![false; l.entries.len()])
        .collect();
    for m in &inv.manifests {
        for d in &m.deps {
            let Some(r) = resolve(inv, m, d) else {
                continue;
            };
            if let Some((l, i)) = r.lock
                && let Some(li) = inv.locks.iter().position(|x| std::ptr::eq(x, l))
                && let Some(slot) = used[li].get_mut(i)
            {
                *slot = true;
            }
            let unit = if m.eco == Eco::Npm {
                m.path.clone()
            } else {
                m.dir.clone()
            };
            let g = index_of(&mut groups, (unit, m.eco, d.name.clone()));
            groups[g].1.push(r);
        }
    }
    let resolved_units: Vec<(String, Eco, String)> =
        groups.iter().map(|(k, _)| k.clone()).collect();
    let mut seen: Vec<(String, Eco, String)> = Vec::new();
    for ((_, eco, name), mut rs) in groups {
        sort_small(&mut rs, |a, b| {
            (
                a.how,
                a.dep.dev,
                a.manifest.kind,
                &a.manifest.path,
                a.dep.line,
            ) < (
                b.how,
                b.dep.dev,
                b.manifest.kind,
                &b.manifest.path,
                b.dep.line,
            )
        });
        let dev = rs.iter().all(|r| r.dep.dev);
        let Some(best) = rs.first() else { continue };
        let m = best.manifest;
        let low_relevance = incidental(&m.path);
        let browser = browser_only(m);
        let bypass = |a: &Advisory| {
            eco == Eco::Npm && name == "next" && inv.middleware_auth.is_some() && {
                let s = a.summary.to_ascii_lowercase();
                s.contains("bypass") && (s.contains("middleware") || s.contains("proxy"))
            }
        };
        // Listed first: middleware bypasses when sign-in lives in middleware; in a browser app,
        // the advisories that reach a browser.
        let lead = |a: &Advisory| bypass(a) || browser && !node_only(a);
        let origin = match (best.how, best.lock) {
            (How::Locked, Some((l, _))) => format!("locked in {}", file_name(&l.path)),
            (How::Pinned, _) => format!("pinned in {}", file_name(&m.path)),
            _ => format!(
                "the lowest version `{}` allows; no lockfile shows what is installed",
                best.dep.spec
            ),
        };
        let all = data.advisories(eco, &name);
        // A deprecated package whose advisories have no fixed release has one remedy, replacing
        // it: its advisories are named in the deprecation finding instead of a second finding.
        let deprecated =
            data.deprecation(eco, &name)
                .filter(|dep| match (&dep.versions, &best.version) {
                    (None, _) => true,
                    (Some(range), Ver::Npm(v)) => range.satisfies(v),
                    _ => false,
                });
        let mut folded: Option<(String, Severity)> = None;
        if want_vuln && !all.is_empty() {
            let mut matched: Vec<&Advisory> = all
                .iter()
                .filter(|a| a.affects(&best.version).is_some())
                .collect();
            if best.how == How::Minimum {
                // Only the range's floor is known: a fresh install takes the newest allowed
                // release, so keep the advisories no allowed release fixes.
                matched.retain(|a| !fix_allowed(a, best.dep));
            }
            if !matched.is_empty() {
                let base = match best.how {
                    How::Locked => Confidence::High,
                    How::Pinned | How::Minimum => Confidence::Medium,
                };
                let (mut severity, mut confidence) = grade(&matched, dev, base);
                if low_relevance {
                    confidence = Confidence::Low;
                }
                if browser {
                    let relevant: Vec<&Advisory> =
                        matched.iter().copied().filter(|a| !node_only(a)).collect();
                    severity = if relevant.is_empty() {
                        severity.min(if dev { Severity::Low } else { Severity::Medium })
                    } else {
                        grade(&relevant, dev, base).0
                    };
                }
                // Next.js middleware bypasses in an app whose sign-in check lives in middleware:
                // every protected route is open.
                let bypasses: Vec<&str> = matched
                    .iter()
                    .filter(|a| bypass(a))
                    .map(|a| a.cve().unwrap_or(a.id.as_str()))
                    .collect();
                if !bypasses.is_empty() && !dev && !low_relevance {
                    severity = Severity::Critical;
                }
                // PyYAML's code-execution advisories need `load` / `full_load`; a project that
                // only uses the safe loader is out of their reach.
                let yaml_unreached = eco == Eco::PyPI && name == "pyyaml" && inv.yaml_safe_only;
                if yaml_unreached {
                    severity = severity.min(Severity::Low);
                }
                let mut note = format!(
                    "{name} {} ({origin}) has {}: {}",
                    best.version,
                    plural(matched.len(), "known advisory", "known advisories"),
                    advisory_list(&matched, &lead)
                );
                if !bypasses.is_empty() {
                    note = format!(
                        "Sign-in is checked in `{}`, and {} {} requests skip middleware: upgrade first. {note}",
                        inv.middleware_auth.as_deref().unwrap_or("middleware"),
                        bypasses.join(", "),
                        if bypasses.len() == 1 { "lets" } else { "let" }
                    );
                }
                if yaml_unreached {
                    note.push_str(" The code loads YAML only with the safe loader, which these advisories do not reach (they need `yaml.load` or `full_load`); upgrade in the next maintenance pass.");
                }
                note.push_str(&upgrade_advice(eco, &name, all, &[&best.version]));
                if best.how == How::Minimum {
                    note.push_str(" No version the declared range allows is fixed, so whatever gets installed is affected: widen the range to the fixed release.");
                }
                if dev {
                    note.push_str(DEV_NOTE);
                }
                if browser && matched.iter().any(|a| node_only(a)) {
                    note.push_str(BROWSER_NOTE);
                }
                let unfixed = matched.iter().all(|a| {
                    a.affects(&best.version)
                        .is_some_and(|r| !matches!(r.upper, Upper::Fixed(_)))
                });
                if want_dep && deprecated.is_some() && unfixed {
                    folded = Some((advisory_list(&matched, &lead), severity));
                } else {
                    hits.push(ProjectHit {
                        yields: None,
                        check: "dependency-vulnerable",
                        file: Some(m.path.clone()),
                        line: Some(best.dep.line),
                        note: Some(note),
                        severity: Some(severity),
                        confidence: Some(confidence),
                        key: Some(format!("{name}@{}", best.version)),
                        ..ProjectHit::default()
                    });
                }
            }
        }
        if want_dep && let Some(dep) = deprecated {
            {
                let which = if dep.versions_text.is_empty() {
                    String::new()
                } else {
                    format!(
                        " (releases {}; this project uses {})",
                        dep.versions_text, best.version
                    )
                };
                let mut note = format!(
                    "{name}{which}: {} Replace it with {}.",
                    dep.reason.trim_end_matches('.').to_string() + ".",
                    dep.replacement
                );
                if let Some((list, _)) = &folded {
                    note.push_str(&format!(
                        " It also has advisories for this version with no fixed release on record (the upgrade path is replacing it): {list}"
                    ));
                }
                if dev {
                    note.push_str(" It is only used in development.");
                }
                let confidence =
                    if low_relevance || (dep.versions.is_some() && best.how == How::Minimum) {
                        Confidence::Medium
                    } else {
                        Confidence::High
                    };
                hits.push(ProjectHit {
                    yields: None,
                    check: "dependency-deprecated",
                    file: Some(m.path.clone()),
                    line: Some(best.dep.line),
                    note: Some(note),
                    severity: Some(
                        if dev {
                            dep.severity.lower()
                        } else {
                            dep.severity
                        }
                        .max(folded.as_ref().map_or(Severity::Info, |(_, s)| *s)),
                    ),
                    confidence: Some(confidence),
                    key: Some(name.clone()),
                    ..ProjectHit::default()
                });
            }
        }
    }
    // Deprecated packages declared without a version we could read (`*`, git) are still flagged
    // when the whole package is deprecated.
    if want_dep {
        for m in &inv.manifests {
            for d in &m.deps {
                let unit = if m.eco == Eco::Npm {
                    m.path.clone()
                } else {
                    m.dir.clone()
                };
                let key = (unit, m.eco, d.name.clone());
                if resolved_units.contains(&key) || seen.contains(&key) {
                    continue;
                }
                seen.push(key);
                let Some(dep) = data
                    .deprecation(m.eco, &d.name)
                    .filter(|x| x.versions.is_none())
                else {
                    continue;
                };
                hits.push(ProjectHit {
                    yields: None,
                    check: "dependency-deprecated",
                    file: Some(m.path.clone()),
                    line: Some(d.line),
                    note: Some(format!(
                        "{}: {} Replace it with {}.",
                        d.name,
                        dep.reason.trim_end_matches('.').to_string() + ".",
                        dep.replacement
                    )),
                    severity: Some(if d.dev {
                        dep.severity.lower()
                    } else {
                        dep.severity
                    }),
                    confidence: Some(if incidental(&m.path) {
                        Confidence::Medium
                    } else {
                        Confidence::High
                    }),
                    key: Some(d.name.clone()),
                    ..ProjectHit::default()
                });
            }
        }
    }
    if !want_vuln {
        return hits;
    }
    // Indirect dependencies: every other lockfile entry, grouped per (lockfile, package).
    for (li, lock) in inv.locks.iter().enumerate() {
        let eco = lock.kind().eco();
        let mut by_name: Vec<(&str, Vec<usize>)> = Vec::new();
        for (i, e) in lock.entries.iter().enumerate() {
            let is_used = used
                .get(li)
                .and_then(|u| u.get(i))
                .copied()
                .unwrap_or(false);
            if !is_used && !data.advisories(eco, &e.name).is_empty() {
                let g = index_of(&mut by_name, e.name.as_str());
                by_name[g].1.push(i);
            }
        }
        sort_small(&mut by_name, |a, b| a.0 < b.0);
        for (name, idxs) in by_name {
            let all = data.advisories(eco, name);
            let mut versions: Vec<(Ver, usize)> = Vec::new();
            for i in idxs {
                if let Some(v) = Ver::parse(eco, &lock.entries[i].version)
                    && all.iter().any(|a| a.affects(&v).is_some())
                {
                    // One entry per version: the first in the file (the hoisted copy).
                    match versions.iter_mut().find(|(x, _)| *x == v) {
                        Some(slot) if lock.entries[i].line < lock.entries[slot.1].line => {
                            slot.1 = i
                        }
                        Some(_) => {}
                        None => versions.push((v, i)),
                    }
                }
            }
            if versions.is_empty() {
                continue;
            }
            sort_small(&mut versions, |a, b| a.0 < b.0);
            let matched: Vec<&Advisory> = all
                .iter()
                .filter(|a| versions.iter().any(|(v, _)| a.affects(v).is_some()))
                .collect();
            let dev = versions
                .iter()
                .all(|(_, i)| lock.entries[*i].dev == Some(true));
            let (severity, confidence) = grade(
                &matched,
                dev,
                if incidental(&lock.path) {
                    Confidence::Low
                } else {
                    Confidence::Medium
                },
            );
            let line = versions
                .iter()
                .map(|(_, i)| lock.entries[*i].line)
                .min()
                .unwrap_or(1);
            let vs: Vec<String> = versions.iter().map(|(v, _)| v.to_string()).collect();
            let mut note = format!(
                "{name} {} is installed as an indirect dependency (locked in {}) and has {}: {}",
                vs.join(", "),
                file_name(&lock.path),
                plural(matched.len(), "known advisory", "known advisories"),
                advisory_list(&matched, &|_| false)
            );
            let refs: Vec<&Ver> = versions.iter().map(|(v, _)| v).collect();
            note.push_str(&upgrade_advice(eco, name, all, &refs));
            note.push_str(match lock.kind() {
                LockKind::PackageLock => " Update the packages that pull it in (`npm ls` shows which), or force a fixed version with `overrides` in package.json.",
                LockKind::Yarn => " Update the packages that pull it in (`yarn why` shows which), or force a fixed version with `resolutions` in package.json.",
                LockKind::Pnpm => " Update the packages that pull it in (`pnpm why` shows which), or force a fixed version with `pnpm.overrides`.",
                LockKind::Bun => " Update the packages that pull it in, or force a fixed version with `overrides` in package.json.",
                _ => " Update the packages that pull it in, or add a minimum version for it to your dependencies and re-lock.",
            });
            if dev {
                note.push_str(DEV_NOTE);
            }
            hits.push(ProjectHit {
                yields: None,
                check: "dependency-vulnerable",
                file: Some(lock.path.clone()),
                line: Some(line),
                note: Some(note),
                severity: Some(severity),
                confidence: Some(confidence),
                key: Some(format!("{name}@{}", vs.join(","))),
                ..ProjectHit::default()
            });
        }
    }
    hits
}

/// `no-lockfile`: npm manifests and Python environments whose installs are not reproducible.
fn no_lockfile(inv: &Inventory) -> Vec<ProjectHit> {
    let mut hits = Vec::new();
    let npm: Vec<&Manifest> = inv.manifests.iter().filter(|m| m.eco == Eco::Npm).collect();
    // A workspace member shares its root's lockfile: the root's finding covers it.
    let member_of = |m: &Manifest| {
        npm.iter()
            .find(|r| r.path != m.path && r.has_workspace(&m.dir))
    };
    for m in npm.iter().copied() {
        if member_of(m).is_some() {
            continue;
        }
        let members: Vec<&Manifest> = if !m.workspaces.is_empty() {
            npm.iter()
                .copied()
                .filter(|x| member_of(x).is_some_and(|r| r.path == m.path))
                .collect()
        } else {
            Vec::new()
        };
        let registry: Vec<&Declared> = std::iter::once(m)
            .chain(members.iter().copied())
            .flat_map(|x| x.deps.iter())
            .filter(|d| !spec_info(d).non_registry)
            .collect();
        if registry.is_empty() || inv.has_lock(m) {
            continue;
        }
        let exact = registry.iter().filter(|d| spec_info(d).pinned).count();
        let what = if exact == registry.len() {
            format!(
                "its {} pinned exactly, but not what they depend on, so each install may resolve different transitive versions.",
                if exact == 1 {
                    "one dependency is".to_string()
                } else {
                    format!("{exact} dependencies are all")
                }
            )
        } else {
            format!(
                "{} of its {} are ranges, so each install may resolve different versions (and different transitive dependencies).",
                registry.len() - exact,
                plural(registry.len(), "dependency", "dependencies")
            )
        };
        hits.push(ProjectHit {
            yields: None,
            check: "no-lockfile",
            file: Some(m.path.clone()),
            line: Some(m.anchor_line),
            note: Some(format!(
                "No package-lock.json, yarn.lock, pnpm-lock.yaml or bun.lock covers {}{}: {what}",
                m.path,
                if members.is_empty() {
                    String::new()
                } else {
                    format!(
                        " or its {} (one lockfile at this root covers them all)",
                        plural(members.len(), "workspace", "workspaces")
                    )
                },
            )),
            // Exact pins leave only the transitive versions open.
            severity: (exact == registry.len()).then_some(crate::report::Severity::Low),
            confidence: Some(if incidental(&m.path) {
                Confidence::Low
            } else {
                Confidence::High
            }),
            ..ProjectHit::default()
        });
    }
    // Python: one environment per directory.
    let mut dirs: Vec<(&str, Vec<&Manifest>)> = Vec::new();
    for m in inv.manifests.iter().filter(|m| m.eco == Eco::PyPI) {
        let g = index_of(&mut dirs, m.dir.as_str());
        dirs[g].1.push(m);
    }
    for (_, ms) in dirs {
        let total: usize = ms.iter().map(|m| m.deps.len()).sum();
        if total == 0 || ms.iter().any(|m| inv.has_lock(m)) {
            continue;
        }
        // A fully pinned requirements file (pip-compile, pip freeze) is a lockfile.
        let pinned_reqs = ms.iter().any(|m| {
            m.kind == ManifestKind::Requirements
                && !m.deps.is_empty()
                && m.deps
                    .iter()
                    .all(|d| spec_info(d).pinned || spec_info(d).non_registry)
        });
        if pinned_reqs {
            continue;
        }
        let mut ms = ms;
        sort_small(&mut ms, |a, b| (a.kind, &a.path) < (b.kind, &b.path));
        let Some(m) = ms.iter().find(|m| !m.deps.is_empty()) else {
            continue;
        };
        let unpinned = m
            .deps
            .iter()
            .filter(|d| !spec_info(d).pinned && !spec_info(d).non_registry)
            .count();
        let how = match (m.kind, m.tool) {
            (ManifestKind::Pyproject, Some("poetry")) => "run `poetry lock` and commit poetry.lock",
            (ManifestKind::Pyproject, Some("pdm")) => "run `pdm lock` and commit pdm.lock",
            (ManifestKind::Pyproject, _) => {
                "run `uv lock` (or pip-compile) and commit the lockfile"
            }
            (ManifestKind::Pipfile, _) => "run `pipenv lock` and commit Pipfile.lock",
            _ => {
                "generate pinned requirements with `pip-compile` (or `uv pip compile`) and install from them"
            }
        };
        hits.push(ProjectHit {
            yields: None,
            check: "no-lockfile",
            file: Some(m.path.clone()),
            line: Some(m.anchor_line),
            note: Some(format!("{} of the {} in {} are not pinned to one version and no lockfile records what was installed: {how}.", unpinned, plural(m.deps.len(), "dependency", "dependencies"), m.path)),
            confidence: Some(if incidental(&m.path) { Confidence::Low } else { Confidence::High }),
            ..ProjectHit::default()
        });
    }
    hits
}

/// `unpinned-critical-dependency`: open-ended ranges on security-critical packages, one
/// finding per manifest at the first such line.
fn unpinned(inv: &Inventory) -> Vec<ProjectHit> {
    let mut hits = Vec::new();
    for m in &inv.manifests {
        let critical = if m.eco == Eco::Npm {
            CRITICAL_NPM
        } else {
            CRITICAL_PYPI
        };
        let open: Vec<&Declared> = m
            .deps
            .iter()
            .filter(|d| critical.contains(&d.name.as_str()) && !d.dev)
            .filter(|d| {
                let i = spec_info(d);
                i.unbounded && !i.non_registry
            })
            .collect();
        let Some(first) = open.iter().min_by_key(|d| d.line) else {
            continue;
        };
        let locked = inv.has_lock(m);
        let lock = inv.lock_for(m);
        let shown: Vec<String> = open
            .iter()
            .take(12)
            .map(|d| {
                let spec = if d.spec.is_empty() {
                    "no version constraint".to_string()
                } else {
                    format!("`{}`", d.spec)
                };
                let now = lock
                    .and_then(|l| l.resolve(relative(&m.dir, &l.dir), &d.name, &d.spec))
                    .map(|i| {
                        format!(
                            ", locked at {}",
                            lock.map_or("", |l| l.entries[i].version.as_str())
                        )
                    })
                    .unwrap_or_default();
                format!("{} ({spec}{now})", d.name)
            })
            .collect();
        let more = if open.len() > 12 {
            format!(" and {} more", open.len() - 12)
        } else {
            String::new()
        };
        let tail = if locked {
            "The lockfile pins today's versions, but the next `install`/`update` without it (a fresh deploy image, Dependabot, a teammate) may jump a major version or pick up a compromised release."
        } else {
            "With no lockfile, every deploy installs whatever is newest: a breaking major version or a compromised release goes straight to production."
        };
        hits.push(ProjectHit {
            yields: None,
            check: "unpinned-critical-dependency",
            file: Some(m.path.clone()),
            line: Some(first.line),
            note: Some(format!("Open-ended: {}{more}. {tail}", shown.join(", "))),
            severity: Some(if locked {
                Severity::Low
            } else {
                Severity::Medium
            }),
            confidence: Some(if incidental(&m.path) {
                Confidence::Low
            } else {
                Confidence::High
            }),
            key: Some(first.name.clone()),
            ..ProjectHit::default()
        });
    }
    hits
}

/// The Next.js `middleware.ts` / `proxy.ts` that checks sign-in: the guard of some endpoint in
/// the inventory, or a middleware file that verifies a token, reads a session or redirects to a
/// login page (it may guard only pages, which are not endpoints).
fn middleware_auth(set: &FileSet, facts: &Facts) -> Option<String> {
    let is_mw = |p: &str| {
        let name = p.rsplit('/').next().unwrap_or(p);
        let dir = p.rsplit_once('/').map_or("", |(d, _)| d);
        let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
        matches!(stem, "middleware" | "proxy")
            && [".ts", ".js", ".mjs"].iter().any(|e| name.ends_with(e))
            && !dir
                .split('/')
                .any(|s| s == "node_modules" || s == "app" || s == "pages")
    };
    if let Some(v) = facts.endpoint_details.iter().find_map(|d| {
        let f = d.auth_via.as_deref()?.split(' ').next()?;
        is_mw(f).then(|| f.to_string())
    }) {
        return Some(v);
    }
    let evidence = super::endpoints::build_re(
        r#"(?i)\bjwtVerify\s*\(|\bjwt\s*\.\s*verify\s*\(|\bverify(?:Token|Jwt|Session\w*|IdToken)\s*\(|\bgetToken\s*\(|\bauth\s*\(|\bwithAuth\b|\bclerkMiddleware\b|\bauthMiddleware\b|\bexport\s*\{\s*(?:default\s+as\s+middleware|auth\s+as\s+(?:middleware|proxy|default))\b|\bexport\s*\{\s*default\s*\}\s*from\s*['"]next-auth/middleware['"]|\bexport\s+(?:const\s+middleware\s*=\s*auth\b|default\s+auth\b|default\s+NextAuth\s*\()|\bupdateSession\s*\(|\.\s*auth\s*\.\s*getUser\s*\(|\bgetSession\s*\(|redirect\s*\([^)\n]*(?:login|signin|sign-in)|cookies\s*\.\s*get\s*\(\s*['"][^'"\n]*(?:session|token|auth)"#,
    )
    .ok()?;
    set.files
        .iter()
        .find(|f| is_mw(&f.path) && evidence.is_match(&f.bytes))
        .map(|f| f.path.clone())
}

/// Every YAML load of the project's Python code uses the safe loader (`yaml.safe_load`,
/// `yaml.load(f, Loader=yaml.SafeLoader)`), and there is at least one.
fn yaml_safe_only(set: &FileSet) -> bool {
    let Ok(call) = super::endpoints::build_re(
        r"\byaml\s*\.\s*(safe_load|safe_load_all|load|load_all|full_load|full_load_all|unsafe_load|unsafe_load_all)\s*\(([^()\n]*(?:\([^()\n]*\)[^()\n]*)*)",
    ) else {
        return false;
    };
    let Ok(imported) = super::endpoints::build_re(
        r"(?m)^\s*from\s+yaml\s+import\s+[^\n]*\b(?:load|load_all|full_load|unsafe_load|Loader|FullLoader|UnsafeLoader)\b",
    ) else {
        return false;
    };
    let mut loads = 0;
    for f in set.files.iter().filter(|f| {
        f.lang == crate::lang::Language::Python
            && !crate::rules::engine::is_test_or_docs_path(&f.path)
    }) {
        if imported.is_match(&f.bytes) {
            return false;
        }
        for c in call.captures_iter(&f.bytes) {
            loads += 1;
            let safe =
                c[1].starts_with(b"safe_") || memchr::memmem::find(&c[2], b"SafeLoader").is_some();
            if !safe {
                return false;
            }
        }
    }
    loads > 0
}

/// `dependency-vulnerable`, `dependency-deprecated`, `no-lockfile`, `unpinned-critical-dependency`.
pub fn checks(set: &FileSet, facts: &Facts, wanted: &dyn Fn(&str) -> bool) -> Vec<ProjectHit> {
    let (v, d, l, u) = (
        wanted("dependency-vulnerable"),
        wanted("dependency-deprecated"),
        wanted("no-lockfile"),
        wanted("unpinned-critical-dependency"),
    );
    if !(v || d || l || u) {
        return Vec::new();
    }
    let mut inv = Inventory::load(set);
    if inv.manifests.is_empty() && inv.locks.is_empty() {
        return Vec::new();
    }
    inv.middleware_auth = middleware_auth(set, facts);
    inv.yaml_safe_only = yaml_safe_only(set);
    let mut hits = Vec::new();
    if v || d {
        hits.extend(vulnerable(&inv, v, d));
    }
    if l {
        hits.extend(no_lockfile(&inv));
    }
    if u {
        hits.extend(unpinned(&inv));
    }
    hits
}
