//! One scan, start to end: config and exclusions, project facts, per-file rules, project checks,
//! findings (masked, fingerprinted, suppressed), ordering and the summary.

use crate::config::Config;
use crate::error::{Error, Result};
use crate::input::FileSet;
use crate::lang::{Language, LineIndex};
use crate::project::{self, Facts, ProjectHit};
use crate::report::mask::{mask_env_values, mask_known, mask_spans};
use crate::report::suppress::inline_allow;
use crate::report::{Context, Finding, Project, Report, SCHEMA, Skipped, Tool, fingerprint, score};
use crate::rules::engine::{self, FileView, Hit};
use crate::rules::glob::GlobSet;
use crate::rules::{Rule, RuleSet};
use crate::{Progress, ScanOptions, VERSION};
use std::collections::BTreeMap;

const MAX_SNIPPET_LINES: usize = 6;
const MAX_LINE_CHARS: usize = 240;
const CONTEXT_LINES: usize = 2;

/// The project's own `.prodgap.toml` (root), merged under the caller's config. A broken project
/// config is reported as a skip reason, not an error: the scan goes on without it.
fn effective_config(rules: &RuleSet, set: &mut FileSet, opts: &ScanOptions) -> Result<Config> {
    let mut cfg = Config::default();
    if let Some(f) = set.get(".prodgap.toml") {
        match Config::parse(&String::from_utf8_lossy(&f.bytes))
            .and_then(|c| c.check_ids(rules).map(|_| c))
        {
            Ok(mut c) => {
                c.limits = None;
                cfg.merge(&c);
            }
            Err(e) => set.skipped.push(Skipped {
                path: ".prodgap.toml".into(),
                reason: format!("ignored: {e}"),
            }),
        }
    }
    if let Some(c) = &opts.config {
        c.check_ids(rules)?;
        cfg.merge(c);
    }
    Ok(cfg)
}

/// Which framework's `fix_by` variant fits this file: hints in the file first, then the project.
/// Marks the candidates of an env or runtime-config file (see [`pick_fix`]).
const CONFIG_FILE: &str = "(config file)";

fn fix_candidates(lang: Language, src: &[u8], path: &str, facts: &Facts) -> Vec<&'static str> {
    let text = String::from_utf8_lossy(&src[..src.len().min(20_000)]);
    let mut out: Vec<&'static str> = Vec::new();
    let mut push = |s: &'static str, cond: bool| {
        if cond && !out.contains(&s) {
            out.push(s);
        }
    };
    let name = path.rsplit('/').next().unwrap_or(path);
    push(
        CONFIG_FILE,
        lang == Language::Env
            || name.starts_with(".env")
            || name.ends_with(".env")
            || matches!(name, ".runtimeconfig.json" | ".dev.vars" | "secrets.toml"),
    );
    if lang.is_js_family() {
        // API layers with their own way to reject a caller: a tRPC router (procedures and
        // middleware) and a GraphQL resolver map (the context's user, thrown GraphQL errors).
        push(
            "trpc",
            text.contains("@trpc/server")
                || text.contains("Procedure")
                    && (text.contains("createTRPCRouter")
                        || text.contains(".query(")
                        || text.contains(".mutation(")),
        );
        push(
            "graphql",
            (text.contains("Query:") || text.contains("Mutation:"))
                && (text.contains("GraphQLError")
                    || text.contains("apollo")
                    || text.contains("graphql")
                    || text.contains("resolvers")),
        );
        // Data-access idioms: the database library the file uses decides how a query, a pool or
        // a write is fixed (only rules with such a variant use them).
        push(
            "mongodb",
            text.contains("mongoose") || text.contains("mongodb") || text.contains("MongoClient"),
        );
        push(
            "postgres",
            text.contains("from 'postgres'")
                || text.contains("from \"postgres\"")
                || text.contains("postgres.js")
                || text.contains("sql.unsafe("),
        );
        push("drizzle", text.contains("drizzle"));
        // Query builders and ORMs whose own API fixes the finding (a knex `.where({...})`,
        // Sequelize's `fields` and `replacements`), also in files that import the project's
        // instance (`db("users")`, `User.findAll(...)`) without naming the library.
        let only = |lib: &str| {
            facts.depends_on(lib)
                && ![
                    "knex",
                    "sequelize",
                    "@prisma/client",
                    "mongoose",
                    "drizzle-orm",
                    "typeorm",
                ]
                .iter()
                .any(|o| *o != lib && facts.depends_on(o))
        };
        push(
            "knex",
            text.contains("knex")
                || only("knex") && (text.contains("db(") || text.contains(".where(")),
        );
        push(
            "sequelize",
            text.contains("equelize")
                || only("sequelize")
                    && (text.contains(".findAll(")
                        || text.contains(".findByPk(")
                        || text.contains(".findOne(")
                        || text.contains(".create(")),
        );
        // Firestore data access in a Cloud Functions file: a callable's fix speaks `request.auth`;
        // an Express app inside `onRequest` reads and scopes Firestore documents, so the
        // Firestore variant comes before the HTTP framework's (Prisma / Mongoose examples).
        let firestore = text.contains("firebase")
            && (text.contains(".collection(")
                || text.contains("getFirestore")
                || text.contains("firestore()"))
            && !text.contains("supabase")
            && !text.contains("prisma");
        push(
            "firebase-functions",
            firestore && text.contains("firebase-functions") && text.contains("onCall"),
        );
        push("firebase", firestore);
        // A Firebase file (Admin SDK in an API route or server module): the Firebase variant
        // before the framework's, whose examples assume NextAuth, Supabase or Prisma.
        // ... or any server file of a project whose only auth and data layer is Firebase.
        push(
            "firebase",
            text.contains("firebase")
                && !text.contains("supabase")
                && !text.contains("prisma")
                && !text.contains("firebase-functions")
                || facts.has("firebase")
                    && !facts.has("supabase")
                    && !facts.has("prisma")
                    && ![
                        "next-auth",
                        "@auth/core",
                        "@clerk/nextjs",
                        "lucia",
                        "better-auth",
                    ]
                    .iter()
                    .any(|d| facts.depends_on(d))
                    && !text.contains("use client")
                    && !text.contains("express"),
        );
        // A Pages Router page's `getServerSideProps` (not an API route): it answers with
        // `{ redirect }` / `{ notFound: true }`, never `res.status(...).json(...)`.
        push(
            "nextjs-pages-ssr",
            facts.has("nextjs")
                && (path.starts_with("pages/") || path.starts_with("src/pages/"))
                && crate::project::endpoints::next::pages_api_route(path).is_none()
                && text.contains("getServerSideProps"),
        );
        // Pages Router API routes (`req`/`res` handlers): only rules with a `nextjs-pages` fix
        // use it, the others fall back to `nextjs`...
        // ... and the Pages Router's pages (`pages/login.tsx`): no `next/headers` there either.
        // ... and a helper of such routes elsewhere (`lib/apiHandler.js` wrapping `(req, res)`).
        push(
            "nextjs-pages",
            facts.has("nextjs")
                && (crate::project::endpoints::next::pages_api_route(path).is_some()
                    || text.contains("NextApiRequest")
                    || path.starts_with("pages/")
                    || path.starts_with("src/pages/")
                    || !text.contains("NextResponse")
                        && !text.contains("express")
                        && (text.contains("(req, res)") || text.contains("(req, res, "))
                        && text.contains("res.status(")),
        );
        // A Next.js server file whose sign-in is Supabase Auth (`@supabase/ssr`, `auth.getUser()`):
        // auth fixes speak `supabase.auth.getUser()`, not Auth.js.
        push(
            "nextjs-supabase",
            facts.has("nextjs")
                && (text.contains("auth.getUser(")
                    || text.contains("@supabase/ssr")
                    || text.contains("@supabase/auth-helpers-nextjs")),
        );
        let next_path = path.starts_with("app/")
            || path.starts_with("pages/")
            || path.starts_with("src/app/")
            || path.starts_with("src/pages/")
            || path.contains("/app/api/")
            || path.starts_with("middleware.")
            || path
                .rsplit('/')
                .next()
                .is_some_and(|n| n.starts_with("next.config."));
        push(
            "nextjs",
            facts.has("nextjs")
                && (next_path || text.contains("from \"next") || text.contains("from 'next")),
        );
        push("express", text.contains("express"));
        // Cloud Functions (`onCall` / `onRequest` handlers): only rules with a
        // `firebase-functions` fix use it, the others fall back to `firebase` / `node`.
        push("firebase-functions", text.contains("firebase-functions"));
        let edge_function =
            path.starts_with("supabase/functions/") || path.contains("/supabase/functions/");
        push("supabase", text.contains("supabase") || edge_function);
        push("prisma", text.contains("prisma") || text.contains("Prisma"));
        push("firebase", text.contains("firebase"));
        // Server-side code (edge functions, an API server folder) never gets the "move it out of
        // the browser bundle" fixes of the React / Vite variants.
        let server_side = edge_function
            || [
                "server/",
                "backend/",
                "api/",
                "functions/",
                "netlify/functions/",
            ]
            .iter()
            .any(|d| path.starts_with(d) || path.contains(&format!("/{d}")));
        for s in [
            "nextjs", "express", "fastify", "hono", "react", "vite", "supabase", "prisma",
            "firebase", "mongodb",
        ] {
            push(
                s,
                facts.has(s) && !(server_side && matches!(s, "react" | "vite")),
            );
        }
        push("node", true);
    } else if lang == Language::Python {
        // A MongoDB file (pymongo, Motor): only rules with a `mongodb` fix use it.
        push(
            "mongodb",
            text.contains("pymongo") || text.contains("motor") || text.contains("MongoClient"),
        );
        // supabase-py data access: only rules with a `supabase-py` fix use it.
        push(
            "supabase-py",
            text.contains("supabase") && text.contains(".table("),
        );
        // Firestore from Python (firebase-admin) and python-jose: their APIs differ from the
        // SQLAlchemy / PyJWT examples of the framework variants.
        push("firestore-py", text.contains("firestore"));
        push(
            "python-jose",
            text.contains("from jose") || text.contains("import jose"),
        );
        push("fastapi", text.contains("fastapi"));
        push("flask", text.contains("flask"));
        push("drf", text.contains("rest_framework"));
        push(
            "django",
            text.contains("django") || path.ends_with("settings.py"),
        );
        for s in ["fastapi", "flask", "drf", "django", "supabase"] {
            push(s, facts.has(s));
        }
        push("python", true);
    } else {
        // Env files and manifests of a Replit project: Replit's Secrets tool and deployments.
        push("replit", facts.has("replit"));
        // Manifests and lockfiles: the fix in their own ecosystem's commands.
        let name = path.rsplit('/').next().unwrap_or(path);
        let py_manifest = name.starts_with("requirements")
            || matches!(
                name,
                "pyproject.toml"
                    | "Pipfile"
                    | "Pipfile.lock"
                    | "poetry.lock"
                    | "uv.lock"
                    | "setup.py"
            );
        let js_manifest = matches!(
            name,
            "package.json" | "package-lock.json" | "yarn.lock" | "pnpm-lock.yaml" | "bun.lock"
        );
        push("python", py_manifest);
        push("node", js_manifest);
        // A Dockerfile says which runtime it packages.
        if lang == Language::Dockerfile {
            let t = text.to_ascii_lowercase();
            push(
                "python",
                t.contains("from python") || t.contains("pip install") || t.contains("uv sync"),
            );
            push(
                "node",
                t.contains("from node")
                    || t.contains("npm ")
                    || t.contains("pnpm ")
                    || t.contains("yarn "),
            );
        }
        for s in [
            "nextjs", "express", "fastapi", "flask", "django", "supabase", "firebase", "vite",
            "react",
        ] {
            push(s, facts.has(s));
        }
        let py_stack = ["fastapi", "flask", "django", "drf"]
            .iter()
            .any(|s| facts.has(s));
        let js_stack = ["nextjs", "express", "vite", "react", "fastify", "hono"]
            .iter()
            .any(|s| facts.has(s));
        push("python", py_stack && !js_stack);
        push("node", js_stack && !py_stack);
    }
    out
}

fn pick_fix(rule: &Rule, candidates: &[&'static str]) -> (String, Option<String>) {
    // A key in an env or runtime-config file is already outside the code: the framework's "read
    // it from the environment" does not apply, the generic rotate-and-remove does.
    if candidates.first() == Some(&CONFIG_FILE) && rule.spec.category == "secret.hardcoded" {
        return (rule.spec.fix.trim().to_string(), None);
    }
    for c in candidates.iter().filter(|c| **c != CONFIG_FILE) {
        if let Some(v) = rule.spec.fix_by.get(*c) {
            // A committed credential stays valid until it is replaced: the provider's rotation
            // steps (in the generic fix) come first, then how this stack reads the new one.
            let rotate = |t: &str| {
                let t = t.to_ascii_lowercase();
                [
                    "roll",
                    "rotate",
                    "revoke",
                    "regenerate",
                    "delete the key",
                    "reset the",
                ]
                .iter()
                .any(|w| t.contains(w))
            };
            if rule.spec.category == "secret.hardcoded"
                && rule.spec.secret.is_some()
                && rotate(&rule.spec.fix)
                && !rotate(v)
            {
                return (
                    format!(
                        "{}

Then, in this code:

{}",
                        rule.spec.fix.trim(),
                        v.trim()
                    ),
                    Some((*c).to_string()),
                );
            }
            return (v.trim().to_string(), Some((*c).to_string()));
        }
    }
    (rule.spec.fix.trim().to_string(), None)
}

fn truncate_line(l: &str) -> String {
    if l.chars().count() <= MAX_LINE_CHARS {
        return l.to_string();
    }
    let mut s: String = l.chars().take(MAX_LINE_CHARS).collect();
    s.push('…');
    s
}

/// Lines `from..=to` of a file: secret spans of this file masked, then every known secret
/// value masked (in a dotenv file, every credential-like value), then long lines truncated (so
/// truncation never cuts a secret before masking).
fn masked_lines(
    (src, lang): (&[u8], Language),
    lines: &LineIndex,
    from: usize,
    to: usize,
    spans: &[(usize, usize)],
    secrets: &[String],
) -> String {
    let (s, _) = lines.line_span(src, from);
    let (_, e) = lines.line_span(src, to);
    let text = String::from_utf8_lossy(&src[s..e.max(s)]).into_owned();
    let masked = if text.len() == e.saturating_sub(s) {
        mask_spans(&text, s, spans)
    } else {
        text
    };
    let masked = mask_known(&masked, secrets);
    let masked = if lang == Language::Env {
        mask_env_values(&masked)
    } else {
        masked
    };
    masked
        .lines()
        .map(truncate_line)
        .collect::<Vec<_>>()
        .join("\n")
}

fn base_finding(rule: &Rule) -> Finding {
    Finding {
        rule: rule.spec.id.clone(),
        category: rule.spec.category.clone(),
        severity: rule.spec.severity,
        confidence: rule.spec.confidence,
        title: rule.spec.title.clone(),
        message: rule.spec.message.trim().to_string(),
        why: rule.spec.why.trim().to_string(),
        fix: rule.spec.fix.trim().to_string(),
        file: None,
        line: None,
        column: None,
        end_line: None,
        snippet: None,
        cwe: rule.spec.cwe.clone(),
        owasp: rule.spec.owasp.clone(),
        effort_hours: rule.spec.effort_hours,
        fingerprint: String::new(),
        suppressed: false,
        suppression: None,
        fix_stack: None,
        context: None,
        references: rule.spec.references.clone(),
    }
}

/// Categories where two rules on one line describe one problem (one sink, one value).
const SAME_SINK: &[&str] = &[
    "injection.sql",
    "injection.command",
    "injection.code",
    "injection.path",
    "injection.ssrf",
    "xss",
    "redirect.open",
];

/// One sink, one finding: of two unsuppressed findings of a `SAME_SINK` category on the same
/// line (a Drizzle `sql.raw` matched by the Node and the ORM rule), the more severe is kept,
/// then the one with a fix written for the file's most specific stack, then the first. (Two
/// secrets on one line are two values: not merged.)
fn same_sink_once(findings: &mut Vec<Finding>, from: usize, candidates: &[&str]) {
    // The fix for the most specific stack of the file (candidates come most specific first).
    let rank = |f: &Finding| {
        let pos = f
            .fix_stack
            .as_deref()
            .and_then(|s| candidates.iter().position(|c| *c == s))
            .unwrap_or(usize::MAX);
        (f.severity, std::cmp::Reverse(pos))
    };
    let mut best: BTreeMap<(u32, &str), usize> = BTreeMap::new();
    let mut drop = vec![false; findings.len()];
    for (i, f) in findings.iter().enumerate().skip(from) {
        let Some(line) = f.line else {
            continue;
        };
        if f.suppressed || !SAME_SINK.contains(&f.category.as_str()) {
            continue;
        }
        let key = (line, f.category.as_str());
        match best.get(&key) {
            Some(&j) if rank(f) > rank(&findings[j]) => {
                drop[j] = true;
                best.insert(key, i);
            }
            Some(_) => drop[i] = true,
            None => {
                best.insert(key, i);
            }
        }
    }
    let mut i = 0;
    findings.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
}

fn with_note(message: &str, note: Option<&str>) -> String {
    match note {
        Some(n) if !n.is_empty() => format!("{message} {n}"),
        _ => message.to_string(),
    }
}

/// Runs one scan over a decoded file set.
pub fn run(
    rules: &RuleSet,
    mut set: FileSet,
    opts: &ScanOptions,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<Report> {
    let cfg = effective_config(rules, &mut set, opts)?;
    let excluded = GlobSet::new(&cfg.exclude).map_err(Error::Config)?;
    if !excluded.is_empty() {
        let (keep, drop): (Vec<_>, Vec<_>) = set
            .files
            .into_iter()
            .partition(|f| !excluded.matches(&f.path));
        set.files = keep;
        set.skipped.extend(drop.into_iter().map(|f| Skipped {
            path: f.path,
            reason: "excluded by configuration".into(),
        }));
        crate::sort::sort_by(&mut set.skipped, |a, b| a.path.cmp(&b.path));
    }
    let enabled = |id: &str| !cfg.disable.iter().any(|d| d == id);

    let facts = project::analyze(&set);
    let stacks = facts.stacks.join(" ");
    let deps = facts.declared.join(" ");
    let mut findings: Vec<Finding> = Vec::new();
    let mut all_secrets: Vec<String> = Vec::new();
    let total = set.files.len();
    let mut bytes_scanned: u64 = 0;

    // Phase 1: every rule over every file, and the project checks. Secret values are collected
    // from all of them before any text is rendered, so every snippet can mask every secret.
    let mut file_hits: Vec<(usize, LineIndex, Vec<Hit>)> = Vec::new();
    let project_files = engine::ProjectFiles::new(&set.files);
    for (n, file) in set.files.iter().enumerate() {
        progress(Progress::Scanning {
            done: n,
            total,
            path: &file.path,
        });
        bytes_scanned += file.bytes.len() as u64;
        if file.lang == Language::Lockfile {
            continue;
        }
        let is_client = project::is_client_file(&file.path, &file.bytes, &facts);
        let view = FileView::new(&file.path, file.lang, &file.bytes, &stacks, is_client)
            .with_deps(&deps)
            .with_project(&project_files);
        let hits: Vec<Hit> = engine::scan_file(rules, &view)
            .into_iter()
            .filter(|h| enabled(rules.rules()[h.rule].id()))
            .collect();
        if hits.is_empty() {
            continue;
        }
        for &(s, e) in hits.iter().filter_map(|h| h.secret.as_ref()) {
            all_secrets.push(String::from_utf8_lossy(&file.bytes[s..e]).into_owned());
        }
        file_hits.push((n, view.into_lines(), hits));
    }
    if total > 0 {
        progress(Progress::Scanning {
            done: total,
            total,
            path: "",
        });
    }
    // A secret quoted in prose (a README, review notes) whose value sits on a line a code or
    // config file is reported at is one problem: reported where it is used, not again in notes.
    let prose = |n: usize| {
        let f = &set.files[n];
        f.lang == Language::Markdown
            || f.lang == Language::Text && {
                let p = f.path.to_ascii_lowercase();
                [".txt", ".rst", ".adoc"].iter().any(|e| p.ends_with(e))
            }
    };
    let reported: Vec<&[u8]> = file_hits
        .iter()
        .filter(|(n, _, _)| !prose(*n))
        .flat_map(|(n, _, hits)| {
            let bytes = &set.files[*n].bytes;
            hits.iter().map(move |h| {
                let s = bytes[..h.start.min(bytes.len())]
                    .iter()
                    .rposition(|c| *c == b'\n')
                    .map_or(0, |p| p + 1);
                let e = h.end.max(h.start).min(bytes.len());
                let e = bytes[e..]
                    .iter()
                    .position(|c| *c == b'\n')
                    .map_or(bytes.len(), |p| e + p);
                &bytes[s..e]
            })
        })
        .collect();
    let on_reported_line =
        |v: &[u8]| v.len() >= 8 && reported.iter().any(|l| l.windows(v.len()).any(|w| w == v));
    for (n, _, hits) in file_hits.iter_mut().filter(|(n, _, _)| prose(*n)) {
        let bytes = &set.files[*n].bytes;
        hits.retain(|h| {
            h.secret
                .and_then(|(s, e)| bytes.get(s..e))
                .is_none_or(|v| !on_reported_line(v))
        });
    }
    file_hits.retain(|(_, _, hits)| !hits.is_empty());
    let mut by_check: BTreeMap<&str, Vec<&Rule>> = BTreeMap::new();
    for r in rules.rules() {
        if let Some(c) = &r.spec.check
            && enabled(&r.spec.id)
        {
            by_check.entry(c.as_str()).or_default().push(r);
        }
    }
    let project_hits: Vec<ProjectHit> =
        project::checks::run(&set, &facts, &|c| by_check.contains_key(c));
    for h in &project_hits {
        all_secrets.extend(h.secrets.iter().cloned());
    }
    all_secrets.retain(|s| s.len() >= 6);
    crate::sort::sort_by_key(&mut all_secrets, |s| std::cmp::Reverse(s.len()));
    all_secrets.dedup();

    // Phase 2: findings with masked snippets and context.
    for (n, lines, hits) in file_hits {
        let file = &set.files[n];
        let spans: Vec<(usize, usize)> = hits.iter().filter_map(|h| h.secret).collect();
        let candidates = fix_candidates(file.lang, &file.bytes, &file.path, &facts);
        // A local env file that a .gitignore covers is in this upload, not (probably) in the
        // repository: its keys are worth rotating if the archive was shared, not a leak in git.
        let ignored_env =
            file.lang == Language::Env && project::checks::gitignored(&set, &file.path);
        let first = findings.len();
        for h in hits {
            let rule = &rules.rules()[h.rule];
            let mut f = base_finding(rule);
            let line = lines.line_of(h.start);
            let end_line = lines.line_of(h.end.saturating_sub(1).max(h.start));
            let (fix, stack) = pick_fix(rule, &candidates);
            f.fix = fix;
            f.fix_stack = stack;
            f.message = with_note(&f.message, h.note.as_deref());
            f.severity = h.severity.unwrap_or(f.severity);
            f.confidence = h.confidence.unwrap_or(f.confidence);
            // (A browser-exposed value keeps its escalation: the build ships it all the same.)
            if ignored_env && h.severity.is_none() && rule.spec.category == "secret.hardcoded" {
                f.severity = f.severity.min(crate::report::Severity::High);
                f.message = with_note(
                    &f.message,
                    Some(
                        "A .gitignore covers this file, so it is probably not in the repository, but it is in this upload: rotate the key if the archive was ever shared.",
                    ),
                );
            }
            f.file = Some(file.path.clone());
            f.line = Some(line as u32);
            f.column = Some(lines.column_of(&file.bytes, h.start) as u32);
            f.end_line = Some(end_line as u32);
            let snippet_end = end_line.min(line + MAX_SNIPPET_LINES - 1);
            let masked = |from: usize, to: usize| {
                masked_lines(
                    (&file.bytes, file.lang),
                    &lines,
                    from,
                    to,
                    &spans,
                    &all_secrets,
                )
            };
            f.snippet = Some(masked(line, snippet_end));
            let cs = line.saturating_sub(CONTEXT_LINES).max(1);
            let ce = (snippet_end + CONTEXT_LINES).min(lines.line_count());
            f.context = Some(Context {
                start_line: cs as u32,
                text: masked(cs, ce),
            });
            // Inline allows on the line itself or the line before.
            for l in [line, line.saturating_sub(1)] {
                if l == 0 {
                    continue;
                }
                let (s, e) = lines.line_span(&file.bytes, l);
                if let Some(reason) =
                    inline_allow(&String::from_utf8_lossy(&file.bytes[s..e]), &f.rule)
                {
                    f.suppressed = true;
                    f.suppression = Some(if reason.is_empty() {
                        "inline".into()
                    } else {
                        format!("inline: {reason}")
                    });
                    break;
                }
            }
            findings.push(f);
        }
        if !opts.keep_same_line {
            same_sink_once(&mut findings, first, &candidates);
        }
    }

    // Rules reported once per project (one fix for the whole app): the first finding names the
    // other places, which are dropped.
    for rule in rules
        .rules()
        .iter()
        .filter(|r| r.spec.once_per == Some(crate::rules::schema::OncePer::Project))
    {
        let idx: Vec<usize> = findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.rule == rule.spec.id && !f.suppressed)
            .map(|(i, _)| i)
            .collect();
        let Some((&keep, rest)) = idx.split_first() else {
            continue;
        };
        if rest.is_empty() {
            continue;
        }
        let places: Vec<String> = rest
            .iter()
            .take(6)
            .map(|&i| {
                let f = &findings[i];
                format!(
                    "{}:{}",
                    f.file.as_deref().unwrap_or(""),
                    f.line.unwrap_or(0)
                )
            })
            .collect();
        let more = if rest.len() > 6 {
            format!(" and {} more", rest.len() - 6)
        } else {
            String::new()
        };
        let note = format!("Also in {}{more}.", places.join(", "));
        findings[keep].message = with_note(&findings[keep].message, Some(&note));
        for &i in rest.iter().rev() {
            findings.remove(i);
        }
    }

    // Project-level findings; line indexes and fix variants computed once per file.
    let mut per_file: BTreeMap<String, (LineIndex, Vec<&'static str>)> = BTreeMap::new();
    for h in project_hits {
        let Some(rs) = by_check.get(h.check) else {
            continue;
        };
        // A rule finding already names this problem at its exact line: keep that one (every
        // such line of the handler, so two `success_url`/`cancel_url` lines stay alike), at the
        // higher of the two severities.
        if let Some(y) = &h.yields {
            let mut named = false;
            for f in findings.iter_mut().filter(|f| {
                y.rules.iter().any(|r| {
                    r.strip_suffix('*')
                        .map_or(*r == f.rule.as_str(), |cat| f.category.starts_with(cat))
                }) && f.file.as_deref() == Some(y.file.as_str())
                    && f.line.is_some_and(|l| (y.from..=y.to).contains(&l))
            }) {
                named = true;
                if let Some(s) = h.severity {
                    f.severity = f.severity.max(s);
                }
            }
            if named {
                continue;
            }
        }
        for rule in rs {
            let mut f = base_finding(rule);
            f.message = with_note(&f.message, h.note.as_deref());
            f.severity = h.severity.unwrap_or(f.severity);
            f.confidence = h.confidence.unwrap_or(f.confidence);
            if let Some(path) = &h.file {
                let file = set.get(path);
                let (li, candidates) = per_file.entry(path.clone()).or_insert_with(|| match file {
                    Some(sf) => (
                        LineIndex::new(&sf.bytes),
                        fix_candidates(sf.lang, &sf.bytes, path, &facts),
                    ),
                    None => (
                        LineIndex::new(b""),
                        fix_candidates(Language::Text, b"", path, &facts),
                    ),
                });
                let (fix, stack) = pick_fix(rule, candidates);
                f.fix = fix;
                f.fix_stack = stack;
                f.file = Some(path.clone());
                f.line = h.line.or(Some(1));
                f.column = Some(1);
                f.end_line = f.line;
                if let (Some(sf), Some(line)) = (file, f.line) {
                    let l = (line as usize).min(li.line_count()).max(1);
                    f.snippet = Some(h.snippet.clone().unwrap_or_else(|| {
                        masked_lines((&sf.bytes, sf.lang), li, l, l, &[], &all_secrets)
                    }));
                } else {
                    f.snippet = h.snippet.clone();
                }
            } else {
                let (fix, stack) = pick_fix(rule, &fix_candidates(Language::Text, b"", "", &facts));
                f.fix = fix;
                f.fix_stack = stack;
                f.snippet = h.snippet.clone();
            }
            if let Some(k) = &h.key {
                f.snippet = f.snippet.or_else(|| Some(k.clone()));
            }
            findings.push(f);
        }
    }

    // Configured severities, defence-in-depth masking, fingerprints, baseline.
    let mut occurrences: BTreeMap<(String, String, String), usize> = BTreeMap::new();
    for f in &mut findings {
        if let Some(s) = cfg.severity.get(&f.rule) {
            f.severity = *s;
        }
        f.message = mask_known(&f.message, &all_secrets);
        if let Some(s) = &f.snippet {
            f.snippet = Some(mask_known(s, &all_secrets));
        }
        if let Some(c) = &mut f.context {
            c.text = mask_known(&c.text, &all_secrets);
        }
        let file = f.file.clone().unwrap_or_default();
        let text = f
            .snippet
            .as_deref()
            .unwrap_or(&f.message)
            .lines()
            .next()
            .unwrap_or("")
            .to_string();
        let key = (f.rule.clone(), file.clone(), fingerprint::normalize(&text));
        let occ = occurrences.entry(key).or_default();
        f.fingerprint = fingerprint::fingerprint(&f.rule, &file, &text, *occ);
        *occ += 1;
        if !f.suppressed && opts.baseline.contains(&f.fingerprint) {
            f.suppressed = true;
            f.suppression = Some("baseline".into());
        }
    }

    crate::sort::sort_by(&mut findings, |a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| a.file.is_none().cmp(&b.file.is_none()))
            .then_with(|| a.file.cmp(&b.file))
            .then_with(|| a.line.cmp(&b.line))
            .then_with(|| a.column.cmp(&b.column))
            .then_with(|| a.rule.cmp(&b.rule))
    });
    let summary = score::summarize_with(&findings, &facts.endpoints, &facts.stacks);
    Ok(Report {
        schema: SCHEMA.into(),
        tool: Tool {
            name: "prodgap".into(),
            version: VERSION.into(),
        },
        project: Project {
            files_scanned: set.files.len() as u64,
            bytes_scanned,
            skipped: set.skipped,
            stacks: facts.stacks,
            endpoints: facts.endpoints,
            strengths: facts.strengths,
        },
        findings,
        summary,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;

    #[test]
    fn committed_provider_keys_are_rotated_before_the_stack_fix() {
        let rules = RuleSet::embedded().expect("rules");
        let stripe = rules.get("stripe-live-secret-key").expect("rule");
        let (fix, stack) = pick_fix(stripe, &["express", "node"]);
        assert_eq!(stack.as_deref(), Some("express"));
        let roll = fix.find("Roll the key").expect("rotation first");
        let env = fix
            .find("process.env.STRIPE_SECRET_KEY")
            .expect("then the code");
        assert!(roll < env, "{fix}");
        // In an env file the generic rotate-and-remove fix alone.
        let (fix, stack) = pick_fix(stripe, &[CONFIG_FILE, "node"]);
        assert!(stack.is_none() && !fix.contains("in this code"), "{fix}");
        // A rule outside the secret table (a code pattern) keeps its stack fix alone.
        let jwt = rules.get("jwt-hardcoded-secret").expect("rule");
        let (fix, _) = pick_fix(jwt, &["express", "node"]);
        assert!(!fix.contains("Then, in this code"), "{fix}");
    }

    #[test]
    fn the_database_library_in_the_file_selects_its_fix() {
        let facts = Facts::default();
        let mongo = fix_candidates(
            Language::Javascript,
            b"const { MongoClient } = require('mongodb');\nconst express = require('express');",
            "routes.js",
            &facts,
        );
        assert_eq!(mongo.first(), Some(&"mongodb"), "{mongo:?}");
        let pgjs = fix_candidates(
            Language::Typescript,
            b"import postgres from 'postgres';\nconst sql = postgres(url);",
            "supabase/functions/search/index.ts",
            &facts,
        );
        assert_eq!(pgjs.first(), Some(&"postgres"), "{pgjs:?}");
        let pg = fix_candidates(
            Language::Javascript,
            b"const { Pool } = require('pg');\nconst express = require('express');",
            "db.js",
            &facts,
        );
        assert!(
            !pg.contains(&"postgres") && !pg.contains(&"mongodb"),
            "{pg:?}"
        );
        // A mass assignment into Mongoose gets the Mongoose fix, not Prisma's.
        let rules = RuleSet::embedded().expect("rules");
        let rule = rules.get("js-mass-assignment-request-body").expect("rule");
        let (fix, stack) = pick_fix(rule, &mongo);
        assert_eq!(stack.as_deref(), Some("mongodb"));
        assert!(
            fix.contains("User.create") && !fix.contains("prisma"),
            "{fix}"
        );
        // Query builders: knex and Sequelize files get their own API in the fix.
        let knex = fix_candidates(
            Language::Typescript,
            b"import { db } from '../db';\nimport knex from 'knex';\nawait db('users').where({ id }).update(req.body);",
            "server/src/routes/users.ts",
            &facts,
        );
        let (fix, stack) = pick_fix(rule, &knex);
        assert_eq!(stack.as_deref(), Some("knex"), "{knex:?}");
        assert!(
            fix.contains("db(\"users\")") && !fix.contains("prisma"),
            "{fix}"
        );
        let sequelize = fix_candidates(
            Language::Javascript,
            b"const { Post } = require('../models');\nconst { Sequelize } = require('sequelize');\nawait Post.create(req.body);",
            "routes/posts.js",
            &facts,
        );
        let (fix, stack) = pick_fix(rule, &sequelize);
        assert_eq!(stack.as_deref(), Some("sequelize"), "{sequelize:?}");
        assert!(fix.contains("fields: ["), "{fix}");
        // A key in a Supabase edge function of a Vite app: the edge function's fix, never the
        // "move it out of the bundle" one.
        let mut vite = Facts::default();
        vite.stacks.push("vite".into());
        let edge = fix_candidates(
            Language::Typescript,
            b"Deno.serve(async (req) => new Response('ok'));",
            "supabase/functions/send-email/index.ts",
            &vite,
        );
        assert!(
            edge.contains(&"supabase") && !edge.contains(&"vite"),
            "{edge:?}"
        );
    }

    #[test]
    fn firestore_lookups_and_pages_router_helpers_pick_their_fix() {
        // An Express app inside a Cloud Function reading Firestore: the Firestore variant first.
        let c = fix_candidates(
            Language::Typescript,
            b"import { onRequest } from 'firebase-functions/v2/https';\nimport express from 'express';\nimport { getFirestore } from 'firebase-admin/firestore';\nconst snap = await getFirestore().collection('notes').doc(id).get();",
            "functions/src/api.ts",
            &Facts::default(),
        );
        let (fs, ex) = (
            c.iter().position(|k| *k == "firebase"),
            c.iter().position(|k| *k == "express"),
        );
        assert!(fs.is_some() && fs < ex, "{c:?}");
        // A `(req, res)` helper in `lib/` of a Next.js project: the Pages Router variant.
        let mut next = Facts::default();
        next.stacks.push("nextjs".into());
        let c = fix_candidates(
            Language::Javascript,
            b"export const withHandler = (fn) => async (req, res) => {\n  try { await fn(req, res) } catch (e) { res.status(500).json({ error: e.stack }) }\n}",
            "lib/apiHandler.js",
            &next,
        );
        assert_eq!(c.first(), Some(&"nextjs-pages"), "{c:?}");
        let c = fix_candidates(
            Language::Typescript,
            b"import { NextResponse } from 'next/server';\nexport const fail = (e) => NextResponse.json({ error: e.message }, { status: 500 });",
            "lib/http.ts",
            &next,
        );
        assert!(!c.contains(&"nextjs-pages"), "{c:?}");
    }

    #[test]
    fn pages_router_pages_get_the_pages_router_fix() {
        let mut next = Facts::default();
        next.stacks.push("nextjs".into());
        let c = fix_candidates(
            Language::Typescript,
            b"localStorage.setItem('token', token);",
            "pages/login.tsx",
            &next,
        );
        let (pages, app) = (
            c.iter().position(|k| *k == "nextjs-pages"),
            c.iter().position(|k| *k == "nextjs"),
        );
        assert!(pages.is_some() && pages < app, "{c:?}");
        let rules = RuleSet::embedded().expect("rules");
        let rule = rules.get("js-token-in-localstorage").expect("rule");
        let (fix, stack) = pick_fix(rule, &c);
        assert_eq!(stack.as_deref(), Some("nextjs-pages"));
        assert!(
            !fix.contains("cookies()") && fix.contains("Set-Cookie"),
            "{fix}"
        );
        // An App Router page keeps the App Router fix.
        let c = fix_candidates(Language::Typescript, b"", "app/login/page.tsx", &next);
        assert!(!c.contains(&"nextjs-pages"), "{c:?}");
        // A page's getServerSideProps answers with a redirect, not an API response.
        let c = fix_candidates(
            Language::Typescript,
            b"export const getServerSideProps = async () => { const users = await prisma.user.findMany(); return { props: { users } }; };",
            "src/pages/admin/index.tsx",
            &next,
        );
        let rule = rules.get("endpoint-missing-auth").expect("rule");
        let (fix, stack) = pick_fix(rule, &c);
        assert_eq!(stack.as_deref(), Some("nextjs-pages-ssr"), "{c:?}");
        assert!(
            fix.contains("redirect:") && !fix.contains("res.status(401)"),
            "{fix}"
        );
        // An API route keeps the API-route fix.
        let c = fix_candidates(
            Language::Typescript,
            b"getServerSideProps",
            "pages/api/users.ts",
            &next,
        );
        assert!(!c.contains(&"nextjs-pages-ssr"), "{c:?}");
    }

    #[test]
    fn a_replit_project_gets_the_replit_secrets_fix() {
        use crate::input::RawFile;
        let scanner = crate::Scanner::new().expect("scanner");
        let files = |replit: bool| {
            let mut v = vec![
                RawFile::new(
                    ".env",
                    "STRIPE_SECRET_KEY=sk_live_9fQ2mX7LpR4tW8zK1vB6nC3d\n",
                ),
                RawFile::new("package.json", r#"{"dependencies":{"express":"4.21.2"}}"#),
            ];
            if replit {
                v.push(RawFile::new(".replit", "run = \"npm run dev\"\n"));
            }
            v
        };
        let fix_of = |replit: bool| {
            let report = scanner
                .scan_files(files(replit), &crate::ScanOptions::default(), &mut |_| {})
                .expect("scan");
            assert_eq!(
                report.project.stacks.contains(&"replit".to_string()),
                replit
            );
            report
                .findings
                .iter()
                .find(|f| f.rule == "env-file-committed")
                .map(|f| f.fix.clone())
                .expect("env-file-committed")
        };
        assert!(
            fix_of(true).contains("Replit's Secrets"),
            "{}",
            fix_of(true)
        );
        assert!(!fix_of(false).contains("Replit"), "{}", fix_of(false));
    }

    #[test]
    fn a_secret_quoted_in_notes_is_reported_where_the_code_uses_it() {
        use crate::input::RawFile;
        let scanner = crate::Scanner::new().expect("scanner");
        let notes = "# Review notes\n\n| id | file | what |\n|---|---|---|\n| B02 | config.py:2 | `SECRET_KEY = os.environ.get(...) or \"notely-replit-dev-key-8841\"` fallback |\n";
        let scan = |code: &str| {
            let files = vec![
                RawFile::new("NOTES.md", notes),
                RawFile::new("config.py", code),
            ];
            let report = scanner
                .scan_files(files, &crate::ScanOptions::default(), &mut |_| {})
                .expect("scan");
            report
                .findings
                .iter()
                .map(|f| format!("{} {}", f.rule, f.file.as_deref().unwrap_or("")))
                .collect::<Vec<_>>()
        };
        // The code reports the literal: the note quoting it adds nothing.
        let both = scan(
            "import os\nSECRET_KEY = os.environ.get(\"SECRET_KEY\") or \"notely-replit-dev-key-8841\"\n",
        );
        assert!(both.iter().any(|f| f.ends_with("config.py")), "{both:?}");
        assert!(!both.iter().any(|f| f.ends_with("NOTES.md")), "{both:?}");
        // A value only the notes hold is still reported there.
        let notes_only = scan("import os\nSECRET_KEY = os.environ[\"SECRET_KEY\"]\n");
        assert!(
            notes_only
                .iter()
                .any(|f| f == "generic-auth-secret NOTES.md"),
            "{notes_only:?}"
        );
    }
}
