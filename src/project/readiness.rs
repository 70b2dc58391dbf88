//! Production-readiness checks: CI that builds and tests, staging, error tracking and health
//! endpoints, security headers, tests, Dockerfile user. Each looks for the control in every form
//! a prototype may have it (a dependency, an init call, a platform config) before reporting it
//! missing.

use super::{Facts, ProjectHit};
use crate::input::classify::is_ci_file;
use crate::input::{FileSet, SourceFile};
use crate::lang::lex::{COMMENT, lex};
use crate::lang::{Language, LineIndex};
use crate::report::Confidence;
use regex::bytes::{Regex, RegexBuilder};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Files larger than this are not searched for readiness signals (they are data, not config).
const MAX_SIGNAL_FILE: usize = 512 * 1024;

fn re(pattern: &str) -> Regex {
    // Patterns are constants of this module; a broken one is caught by the unit tests.
    RegexBuilder::new(pattern)
        .unicode(false)
        .multi_line(true)
        .size_limit(1 << 20)
        .build()
        .unwrap_or_else(|_| Regex::new("$^").unwrap_or_else(|_| unreachable!()))
}

macro_rules! lazy_re {
    ($name:ident, $pat:expr) => {
        fn $name() -> &'static Regex {
            static R: OnceLock<Regex> = OnceLock::new();
            R.get_or_init(|| re($pat))
        }
    };
}

// ---------- what a CI pipeline runs ----------

lazy_re!(
    re_test_cmd,
    r"(?i)\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?test\b|\bnpm\s+t\b|\bnpx\s+(?:vitest|jest|playwright|cypress|mocha|ava)\b|\b(?:vitest|jest|mocha|pytest|py\.test|tox|nox|phpunit|rspec)\b|\bplaywright\s+test\b|\bcypress\s+run\b|\b(?:go|cargo|deno|bun)\s+test\b|manage\.py\s+test\b|python3?\s+-m\s+(?:pytest|unittest)\b|\bmake\s+(?:test|check)\b|\b(?:turbo|nx)\s+(?:run\s+)?test\b|cypress-io/github-action|\bcoverage\s+run\b|\bmvn\s+(?:test|verify)\b|\bgradlew?\s+test\b|\brun\s+test(?::[\w-]+)?\b|\s-t\s+test\b|--target[= ]test\b|\btask\s+test\b|\bhatch\s+(?:run\s+)?test\b"
);
lazy_re!(
    re_shell_script,
    r"(?:\b(?:bash|sh|zsh)\s+(?:-\w+\s+)*|(?:^|[\s;&|])\./)([\w.][\w./-]*)"
);
lazy_re!(
    re_run_script,
    r"(?i)\b(?:npm\s+run|pnpm(?:\s+run)?|yarn(?:\s+run)?|bun\s+run)\s+([a-z0-9:_.-]+)"
);
lazy_re!(
    re_lint,
    r"(?i)\b(?:eslint|lint|prettier|ruff|flake8|black\s+--check|pylint|mypy|tsc|biome|stylelint)\b"
);
lazy_re!(
    re_review,
    r"(?i)coderabbit|ai[-_ ]?review|code[-_ ]?review|chatgpt|openai|pr-agent|claude|copilot|anthropic|gemini"
);
lazy_re!(re_label, r"(?i)actions/labeler|actions/stale|label");
lazy_re!(
    re_deploy,
    r"(?i)\bdeploy|vercel|netlify|flyctl|fly\s+deploy|railway\s+up|gh-pages|pages|docker\s+push|render\b"
);
lazy_re!(
    re_build,
    r"(?i)\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?build\b|\bnext\s+build\b|\bvite\s+build\b|docker\s+build|docker/build-push-action"
);
lazy_re!(
    re_external_workflow,
    r"(?m)^\s*uses:\s*[\w.-]+/[\w.-]+/\.github/workflows/"
);

// ---------- error tracking, health, headers, staging ----------

lazy_re!(
    re_tracker_code,
    r"(?i)\bsentry(?:_sdk)?\s*\.\s*init\s*\(|withSentryConfig\s*\(|sentryVitePlugin|@sentry/|\bsentry_sdk\b|\b(?:rollbar|bugsnag|honeybadger|dd-trace|ddtrace|newrelic|@highlight-run|highlight\.run|highlight_io|logrocket|appsignal|airbrake|raygun|trackjs|elastic[-_]apm|logfire)\b|posthog\s*\.\s*capture_?exception|captureException\s*\(|capture_exceptions|exception_autocapture|exceptionAutocapture"
);
lazy_re!(
    re_health_route,
    r#"(?i)["'`]/(?:api/)?(?:v\d+/)?(?:health|healthz|healthcheck|health-check|health_check|_health|ping|status|ready|readyz|readiness|livez|liveness|up)/?["'`]|path\(\s*r?["']\^?(?:api/)?(?:health|healthz|healthcheck|health-check|ping|status|ready)/?\$?["']"#
);
lazy_re!(
    re_health_platform,
    r"(?i)^\s*HEALTHCHECK\s+(?:CMD|--)|^\s*healthcheck:|healthCheckPath|healthcheckPath|livenessProbe|readinessProbe|http_checks|^\s*\[\[?(?:http_service\.|services\.)?(?:checks|http_checks)\b|^\s*\[checks"
);
lazy_re!(
    re_health_file,
    r"(?i)(?:^|/)(?:app|pages|src/app|src/pages|routes|src/routes)/(?:.*/)?(?:health|healthz|healthcheck|health-check|ping|status|ready)(?:/route|/index|/\+server)?\.(?:ts|js|tsx|jsx|mjs|py)$"
);
lazy_re!(
    re_helmet,
    r#"\bhelmet\s*\(|register\s*\(\s*(?:helmet|fastifyHelmet|require\s*\(\s*["']@fastify/helmet)|\bsecureHeaders\s*\(|\blusca\b|\bTalisman\s*\(|\bsecure\s*\.\s*Secure\s*\(|\bSecureHeaders\s*\(|\bsecure_headers\b"#
);
lazy_re!(
    re_header_names,
    r"(?i)content-security-policy|strict-transport-security|x-frame-options|x-content-type-options|contentSecurityPolicy|SECURE_HSTS_SECONDS|SECURE_CONTENT_TYPE_NOSNIFF|django\.middleware\.security\.SecurityMiddleware|csp\.middleware|^\s*csp\s*:\s*\{"
);
lazy_re!(
    re_serves_html,
    r#"\brender_template(?:_string)?\s*\(|\bTemplateResponse\s*\(|\bJinja2Templates\s*\(|\bHTMLResponse\b|\bStaticFiles\s*\(|\bsend_from_directory\s*\(|\bsend_file\s*\(|\bres\s*\.\s*render\s*\(|\.\s*sendFile\s*\(|\bexpress\s*\.\s*static\s*\(|@fastify/static|\bserveStatic\s*\(|\bc\s*\.\s*html\s*\(|text/html|\bset\s*\(\s*["']view engine["']|\.\s*(?:send|end)\s*\(\s*[`"']\s*<"#
);
lazy_re!(
    re_template_file,
    r"(?i)(?:^|/)(?:templates|views|public|static)/(?:.*/)?[^/]+\.(?:html?|ejs|hbs|handlebars|pug|jinja2?|j2|njk|mustache)$"
);
lazy_re!(
    re_staging_text,
    r#"(?i)(?:NODE_ENV|APP_ENV|ENVIRONMENT|VERCEL_ENV|DEPLOY_ENV|RAILWAY_ENVIRONMENT|CONTEXT|STAGE|ENV)\b[^\n]{0,60}["'](?:staging|stage|preview|uat|qa|deploy-preview)["']|["'](?:staging|preview|deploy-preview)["'][^\n]{0,30}(?:NODE_ENV|APP_ENV|ENVIRONMENT|VERCEL_ENV|DEPLOY_ENV)"#
);
lazy_re!(
    re_ci_environment,
    r"(?m)^\s+environment:|^\s*-\s*(?:staging|develop|dev|preview)\s*$|branches:\s*\[[^\]\n]*\b(?:staging|develop|preview)\b|--environment[= ]|--env[= ](?:staging|preview)|vercel\s+(?:deploy\s+)?(?:--prebuilt\s+)?(?:--token\S*\s+)?(?:[^\n]*\s)?--prod\b"
);
lazy_re!(
    re_platform_envs,
    r"(?m)^\s*\[context\.|previewsEnabled:\s*true|^\s*previews:|\x22environments\x22\s*:|^\s*\[environments\.|^\s*\[remotes\.|^\s*\[env\.(?:staging|preview)"
);
lazy_re!(
    re_staging_name,
    r"(?i)(?:^|[./_-])(?:staging|stage|preview|uat|qa)(?:[./_-]|$)"
);

/// Where a server application object is created: (stack, regex).
const APP_CREATION: &[(&str, &str)] = &[
    ("express", r"\bexpress\s*\(\s*\)"),
    ("fastify", r"\b[Ff]astify\s*\(\s*(?:\{|\))"),
    ("koa", r"\bnew\s+Koa\s*\("),
    ("hono", r"\bnew\s+(?:Open[Aa]PI)?Hono\s*\("),
    ("nestjs", r"\bNestFactory\s*\.\s*create\s*\("),
    ("fastapi", r"\bFastAPI\s*\("),
    ("flask", r"\bFlask\s*\(\s*__name__"),
];

/// Server frameworks that keep a process running (health endpoints and headers matter).
const SERVER_STACKS: &[&str] = &[
    "express",
    "fastify",
    "koa",
    "hono",
    "nestjs",
    "fastapi",
    "flask",
    "django",
    "drf",
    "starlette",
    "litestar",
    "sanic",
    "aiohttp",
    "elysia",
];
/// Frameworks that render HTML on a server.
const SSR_STACKS: &[&str] = &["nextjs", "nuxt", "remix", "sveltekit", "react-router"];
/// Hosting where the app runs as a container or process (health checks are used).
const SELF_HOSTED: &[&str] = &["docker", "fly", "railway", "render", "heroku"];

const TRACKER_DEPS: &[&str] = &[
    "@sentry/",
    "sentry-sdk",
    "raven",
    "rollbar",
    "@rollbar/",
    "bugsnag",
    "@bugsnag/",
    "@honeybadger-io/",
    "honeybadger",
    "dd-trace",
    "ddtrace",
    "@datadog/browser-rum",
    "@datadog/browser-logs",
    "newrelic",
    "@newrelic/",
    "@highlight-run/",
    "highlight.run",
    "highlight-io",
    "logrocket",
    "@appsignal/",
    "appsignal",
    "elastic-apm-node",
    "elastic-apm",
    "@elastic/apm-rum",
    "@airbrake/",
    "airbrake",
    "trackjs",
    "raygun",
    "raygun4js",
    "@raygun.io/",
    "logfire",
    "@logtail/",
    "glitchtip",
];
const HEALTH_DEPS: &[&str] = &[
    "@nestjs/terminus",
    "express-healthcheck",
    "@godaddy/terminus",
    "lightship",
    "django-health-check",
    "fastapi-health",
    "flask-healthz",
    "healthcheck",
    "express-actuator",
    "@cloudnative/health-connect",
];
const HEADER_DEPS: &[&str] = &[
    "next-secure-headers",
    "@next-safe/middleware",
    "next-safe",
    "nextjs-secure-headers",
    "lusca",
    "django-csp",
    "flask-talisman",
    "secure",
    "@adonisjs/shield",
    "nuxt-security",
];

fn name_of(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

fn is_code(f: &SourceFile) -> bool {
    matches!(
        f.lang,
        Language::Javascript | Language::Typescript | Language::Python
    )
}

/// Text of a file without whole-line comments (`#`, `//`), for config files.
fn without_comment_lines(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// First match of `re` in code (not comments) of a source file: byte offset.
fn find_in_code(f: &SourceFile, re: &Regex) -> Option<usize> {
    if f.bytes.len() > MAX_SIGNAL_FILE {
        return None;
    }
    let mut mask: Option<Vec<u8>> = None;
    for m in re.find_iter(&f.bytes).take(64) {
        let mask = mask.get_or_insert_with(|| lex(f.lang, &f.bytes));
        if mask.get(m.start()).is_none_or(|k| *k != COMMENT) {
            return Some(m.start());
        }
    }
    None
}

/// Does any file matching `select` contain `re` (comments excluded for code)?
fn any_match(
    set: &FileSet,
    select: &dyn Fn(&SourceFile) -> bool,
    re: &Regex,
) -> Option<(String, usize)> {
    for f in set
        .files
        .iter()
        .filter(|f| f.bytes.len() <= MAX_SIGNAL_FILE && f.lang != Language::Lockfile && select(f))
    {
        let hit = if is_code(f) {
            find_in_code(f, re)
        } else if matches!(
            f.lang,
            Language::Yaml
                | Language::Toml
                | Language::Dockerfile
                | Language::Shell
                | Language::Env
                | Language::Text
        ) {
            let t = without_comment_lines(&f.bytes);
            re.find(t.as_bytes()).map(|m| m.start())
        } else {
            re.find(&f.bytes).map(|m| m.start())
        };
        if let Some(off) = hit {
            return Some((f.path.clone(), off));
        }
    }
    None
}

fn line_at(f: &SourceFile, offset: usize) -> u32 {
    LineIndex::new(&f.bytes).line_of(offset) as u32
}

fn has_dep(facts: &Facts, list: &[&str]) -> Option<String> {
    facts
        .dependencies
        .iter()
        .find(|d| {
            list.iter().any(|p| {
                if p.ends_with('/') {
                    d.starts_with(p)
                } else {
                    d == p
                }
            })
        })
        .cloned()
}

/// Every package.json `scripts` of the project (path, scripts).
fn all_scripts(set: &FileSet) -> Vec<(String, BTreeMap<String, String>)> {
    set.files
        .iter()
        .filter(|f| name_of(&f.path) == "package.json")
        .filter_map(|f| {
            super::deps::manifest::package_json(&f.path, &String::from_utf8_lossy(&f.bytes))
                .map(|m| (f.path.clone(), m.scripts))
        })
        .collect()
}

/// A real test script (not npm's `echo "Error: no test specified" && exit 1`).
fn real_test_script(cmd: &str) -> bool {
    !cmd.contains("no test specified")
        && !cmd.trim().is_empty()
        && !cmd.trim_start().starts_with("echo")
}

/// Is this an application project (a manifest and some code), as opposed to a pasted snippet?
pub fn is_app(set: &FileSet) -> bool {
    let manifest = set.files.iter().any(|f| {
        super::deps::manifest::kind_of(&f.path).is_some()
            || matches!(name_of(&f.path), "go.mod" | "Gemfile" | "composer.json")
    });
    let code = set.files.iter().filter(|f| is_code(f)).count();
    manifest && code > 0
}

// ---------- no-ci ----------

struct Pipeline {
    path: String,
    tests: bool,
    does: Vec<&'static str>,
}

fn script_runs_tests(
    scripts: &[(String, BTreeMap<String, String>)],
    name: &str,
    depth: usize,
) -> bool {
    if depth > 3 {
        return false;
    }
    scripts.iter().any(|(_, s)| {
        s.get(name).is_some_and(|cmd| {
            (name == "test" && real_test_script(cmd))
                || (re_test_cmd().is_match(cmd.as_bytes()) && !cmd.contains("no test specified"))
                || re_run_script().captures_iter(cmd.as_bytes()).any(|c| {
                    c.get(1).is_some_and(|m| {
                        script_runs_tests(
                            scripts,
                            &String::from_utf8_lossy(m.as_bytes()),
                            depth + 1,
                        )
                    })
                })
        })
    })
}

/// Does a repository shell script named in a pipeline (`bash scripts/test.sh`, `./ci/run`) run
/// tests, directly or through the scripts it calls (two levels)?
fn shell_runs_tests(set: &FileSet, text: &[u8], depth: usize) -> bool {
    if depth > 2 {
        return false;
    }
    re_shell_script().captures_iter(text).any(|c| {
        let Some(m) = c.get(1) else { return false };
        let path = crate::input::normalize_path(&String::from_utf8_lossy(m.as_bytes()));
        set.get(&path).is_some_and(|f| {
            f.bytes.len() <= MAX_SIGNAL_FILE && {
                let body = without_comment_lines(&f.bytes);
                re_test_cmd().is_match(body.as_bytes())
                    || shell_runs_tests(set, body.as_bytes(), depth + 1)
            }
        })
    })
}

fn pipelines(set: &FileSet, scripts: &[(String, BTreeMap<String, String>)]) -> Vec<Pipeline> {
    let makefile_tests = set.files.iter().any(|f| {
        matches!(
            name_of(&f.path),
            "Makefile" | "makefile" | "justfile" | "Taskfile.yml"
        ) && re_test_cmd().is_match(&f.bytes)
    });
    let mut out = Vec::new();
    for f in set
        .files
        .iter()
        .filter(|f| is_ci_file(&f.path) && f.bytes.len() <= MAX_SIGNAL_FILE)
    {
        let text = without_comment_lines(&f.bytes);
        let b = text.as_bytes();
        let via_script = re_run_script().captures_iter(b).any(|c| {
            c.get(1).is_some_and(|m| {
                script_runs_tests(scripts, &String::from_utf8_lossy(m.as_bytes()), 0)
            })
        });
        let via_make = makefile_tests
            && (text.contains("make ") || text.contains("just ") || text.contains("task "));
        let tests = re_test_cmd().is_match(b)
            || via_script
            || shell_runs_tests(set, b, 0)
            || via_make
            || re_external_workflow().is_match(b);
        let mut does = Vec::new();
        for (label, r) in [
            ("lints", re_lint()),
            ("builds", re_build()),
            ("deploys", re_deploy()),
            ("runs an AI or code review", re_review()),
            ("labels or triages", re_label()),
        ] {
            if r.is_match(b) {
                does.push(label);
            }
        }
        out.push(Pipeline {
            path: f.path.clone(),
            tests,
            does,
        });
    }
    out
}

fn no_ci(
    set: &FileSet,
    facts: &Facts,
    scripts: &[(String, BTreeMap<String, String>)],
) -> Option<ProjectHit> {
    let ps = pipelines(set, scripts);
    if ps.iter().any(|p| p.tests) {
        return None;
    }
    if ps.is_empty() {
        let host = ["vercel", "netlify", "render", "railway"]
            .iter()
            .find(|h| facts.has(h));
        let mut note = String::from(
            "No CI configuration was found (GitHub Actions, GitLab CI, CircleCI, Bitbucket Pipelines, Azure Pipelines, Jenkins...).",
        );
        if let Some(h) = host {
            note.push_str(&format!(" {}'s build on push compiles the app but does not run tests or block a broken change.", capitalize(h)));
        }
        return Some(ProjectHit {
            yields: None,
            check: "no-ci",
            note: Some(note),
            confidence: Some(Confidence::High),
            ..ProjectHit::default()
        });
    }
    // Point at the pipeline the test step belongs in: one that builds, else lints, else deploys.
    let rank = |p: &Pipeline| {
        ["builds", "lints", "deploys"]
            .iter()
            .position(|d| p.does.contains(d))
            .unwrap_or(3)
    };
    let first = ps.iter().min_by_key(|p| rank(p))?;
    // The first line with content: where the pipeline's steps get added.
    let line = set.get(&first.path).map_or(1, |f| {
        String::from_utf8_lossy(&f.bytes)
            .lines()
            .position(|l| {
                !l.trim().is_empty()
                    && !l.trim_start().starts_with('#')
                    && !l.trim_start().starts_with("//")
            })
            .map_or(1, |i| i as u32 + 1)
    });
    let described: Vec<String> = ps
        .iter()
        .take(4)
        .map(|p| {
            if p.does.is_empty() {
                format!("{} runs no build or test step", p.path)
            } else {
                format!("{} {}", p.path, p.does.join(", "))
            }
        })
        .collect();
    Some(ProjectHit {
        yields: None,
        check: "no-ci",
        file: Some(first.path.clone()),
        line: Some(line),
        note: Some(format!(
            "CI exists but no pipeline runs the tests: {}.",
            described.join("; ")
        )),
        confidence: Some(Confidence::Medium),
        ..ProjectHit::default()
    })
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

// ---------- no-tests ----------

fn is_test_file(f: &SourceFile) -> bool {
    if !is_code(f) {
        return false;
    }
    let lower = f.path.to_ascii_lowercase();
    let name = name_of(&lower);
    let dirs: Vec<&str> = lower.split('/').collect();
    let in_test_dir = dirs[..dirs.len().saturating_sub(1)].iter().any(|d| {
        matches!(
            *d,
            "test" | "tests" | "__tests__" | "spec" | "e2e" | "cypress" | "playwright"
        )
    });
    let by_name = name.contains(".test.")
        || name.contains(".spec.")
        || name.contains(".e2e.")
        || name.contains(".cy.")
        || name.starts_with("test_")
        || name.ends_with("_test.py")
        || name == "conftest.py";
    if by_name || in_test_dir {
        return true;
    }
    // Django's `tests.py` exists in every app; count it only when it defines a test.
    if name == "tests.py" {
        let t = String::from_utf8_lossy(&f.bytes);
        return t.contains("def test") || t.contains("(TestCase)");
    }
    false
}

fn no_tests(set: &FileSet, scripts: &[(String, BTreeMap<String, String>)]) -> Option<ProjectHit> {
    if set.files.iter().any(is_test_file) {
        return None;
    }
    let script = scripts.iter().any(|(_, s)| {
        s.iter()
            .any(|(k, v)| (k == "test" || k.starts_with("test:")) && real_test_script(v))
    });
    let py_config = set.files.iter().any(|f| {
        let n = name_of(&f.path);
        matches!(n, "pytest.ini" | "tox.ini" | "noxfile.py")
            || (n == "pyproject.toml" && String::from_utf8_lossy(&f.bytes).contains("[tool.pytest"))
            || (n == "setup.cfg" && String::from_utf8_lossy(&f.bytes).contains("[tool:pytest]"))
    });
    if script || py_config {
        return None;
    }
    let code = set.files.iter().filter(|f| is_code(f)).count();
    Some(ProjectHit {
        yields: None,
        check: "no-tests",
        note: Some(format!(
            "None of the {code} source files is a test, and no test script is configured (package.json `test`, pytest configuration)."
        )),
        confidence: Some(Confidence::High),
        ..ProjectHit::default()
    })
}

// ---------- Dockerfiles ----------

/// The Dockerfiles that build the app (not a dev container's), small enough to read.
fn app_dockerfiles(set: &FileSet) -> impl Iterator<Item = &SourceFile> {
    set.files.iter().filter(|f| {
        let lower = f.path.to_ascii_lowercase();
        f.lang == Language::Dockerfile
            && f.bytes.len() <= MAX_SIGNAL_FILE
            && !lower.starts_with(".devcontainer/")
            && !lower.contains("/.devcontainer/")
    })
}

// ---------- docker-copies-env-files ----------

/// `COPY . .` (or `ADD`) of a build context that holds env files with real values, with no
/// `.dockerignore` beside the Dockerfile excluding them: the secrets land in an image layer
/// that every registry pull and `docker history` can read.
fn docker_copies_env(set: &FileSet) -> Vec<ProjectHit> {
    let env_files: Vec<String> = super::checks::env_files(set)
        .into_iter()
        .filter_map(|h| h.file)
        .collect();
    if env_files.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for f in app_dockerfiles(set) {
        let dir = f.path.rsplit_once('/').map_or("", |(d, _)| d);
        let text = String::from_utf8_lossy(&f.bytes);
        // The first instruction that copies the whole context: `COPY . .`, `ADD ./ /app`.
        let copy = text.lines().enumerate().find_map(|(i, l)| {
            let mut words = l.split_whitespace();
            let kw = words.next()?.to_ascii_uppercase();
            if kw != "COPY" && kw != "ADD" {
                return None;
            }
            let args: Vec<&str> = words.filter(|w| !w.starts_with("--")).collect();
            if l.contains("--from") || args.len() < 2 {
                return None;
            }
            args[..args.len() - 1]
                .iter()
                .any(|a| matches!(*a, "." | "./" | "./."))
                .then_some((i as u32 + 1, l.trim().to_string()))
        });
        let Some((line, instr)) = copy else { continue };
        let ignore_path = if dir.is_empty() {
            ".dockerignore".to_string()
        } else {
            format!("{dir}/.dockerignore")
        };
        let ignore = set
            .get(&ignore_path)
            .map(|i| String::from_utf8_lossy(&i.bytes).into_owned());
        let copied: Vec<&str> = env_files
            .iter()
            .filter_map(|p| {
                let rel = if dir.is_empty() {
                    p.as_str()
                } else {
                    p.strip_prefix(dir)?.strip_prefix('/')?
                };
                let excluded = ignore
                    .as_deref()
                    .and_then(|t| super::checks::ignore_file_covers(t, rel))
                    .unwrap_or(false);
                (!excluded).then_some(rel)
            })
            .collect();
        if copied.is_empty() {
            continue;
        }
        let shown: Vec<String> = copied.iter().take(3).map(|p| format!("`{p}`")).collect();
        let more = if copied.len() > 3 {
            format!(" and {} more", copied.len() - 3)
        } else {
            String::new()
        };
        hits.push(ProjectHit {
            yields: None,
            check: "docker-copies-env-files",
            file: Some(f.path.clone()),
            line: Some(line),
            note: Some(format!(
                "`{instr}` copies the whole build context, including {}{more}, and {}.",
                shown.join(", "),
                if ignore.is_some() {
                    "the `.dockerignore` beside it does not exclude them"
                } else {
                    "there is no `.dockerignore` beside the Dockerfile"
                }
            )),
            ..ProjectHit::default()
        });
    }
    hits
}

// ---------- docker-runs-as-root ----------

fn docker_root(set: &FileSet) -> Vec<ProjectHit> {
    let compose_user = set.files.iter().any(|f| {
        let n = name_of(&f.path).to_ascii_lowercase();
        (n.starts_with("docker-compose") || n.starts_with("compose."))
            && String::from_utf8_lossy(&f.bytes).lines().any(|l| {
                let t = l.trim();
                t.strip_prefix("user:").is_some_and(|u| {
                    !matches!(
                        u.trim().trim_matches(['"', '\'']),
                        "root" | "0" | "0:0" | "root:root" | ""
                    )
                })
            })
    });
    let entry_drops = set.files.iter().any(|f| {
        let n = name_of(&f.path).to_ascii_lowercase();
        (n.contains("entrypoint") || n.ends_with(".sh")) && f.bytes.len() <= MAX_SIGNAL_FILE && {
            let t = String::from_utf8_lossy(&f.bytes);
            [
                "gosu ",
                "su-exec ",
                "setpriv ",
                "runuser ",
                "s6-setuidgid ",
                "chroot --userspec",
            ]
            .iter()
            .any(|w| t.contains(w))
        }
    });
    let mut hits = Vec::new();
    for f in app_dockerfiles(set) {
        let lower = f.path.to_ascii_lowercase();
        let text = String::from_utf8_lossy(&f.bytes);
        // (line, instruction, argument) with continuations joined.
        let mut instrs: Vec<(u32, String, String)> = Vec::new();
        let mut pending: Option<(u32, String)> = None;
        for (i, l) in text.lines().enumerate() {
            let t = l.trim();
            if pending.is_none() && (t.is_empty() || t.starts_with('#')) {
                continue;
            }
            let (start, mut acc) = pending.take().unwrap_or((i as u32 + 1, String::new()));
            if acc.len() < 8192 {
                acc.push_str(t.trim_end_matches('\\'));
                acc.push(' ');
            }
            if t.ends_with('\\') {
                pending = Some((start, acc));
                continue;
            }
            let acc = acc.trim().to_string();
            let (kw, arg) = acc
                .split_once(char::is_whitespace)
                .unwrap_or((acc.as_str(), ""));
            instrs.push((start, kw.to_ascii_uppercase(), arg.trim().to_string()));
        }
        let Some(from_idx) = instrs.iter().rposition(|(_, k, _)| k == "FROM") else {
            continue;
        };
        let (from_line, _, base) = &instrs[from_idx];
        let base_l = base.to_ascii_lowercase();
        let nonroot_base = base_l.contains("nonroot")
            || base_l.contains("distroless") && base_l.contains(":nonroot")
            || base_l.starts_with("cgr.dev/chainguard/")
            || base_l.contains("bitnami/")
            || base_l.contains("unprivileged")
            || base_l.contains("rootless");
        let last_user = instrs[from_idx..]
            .iter()
            .rev()
            .find(|(_, k, _)| k == "USER");
        let drops = entry_drops
            || instrs[from_idx..].iter().any(|(_, k, a)| {
                matches!(k.as_str(), "CMD" | "ENTRYPOINT")
                    && ["gosu", "su-exec", "setpriv", "runuser", "s6-setuidgid"]
                        .iter()
                        .any(|w| a.contains(w))
            });
        let is_root = |u: &str| {
            let u = u.trim().trim_matches(['"', '\'']);
            let user = u.split(':').next().unwrap_or(u);
            matches!(user, "root" | "0")
        };
        let (line, note) = match last_user {
            Some((l, _, u)) if is_root(u) => (
                *l,
                format!(
                    "The final stage switches back to `USER {u}`, so the app process runs as root."
                ),
            ),
            Some(_) => continue,
            None if nonroot_base || compose_user || drops => continue,
            None => (
                *from_line,
                format!(
                    "The final stage (`FROM {base}`) has no USER instruction, so the app process runs as root inside the container."
                ),
            ),
        };
        let dev = name_of(&lower).contains("dev")
            || super::deps::manifest::kind_of(&f.path).is_none()
                && lower
                    .split('/')
                    .any(|c| matches!(c, "examples" | "example" | "test" | "tests" | "fixtures"));
        hits.push(ProjectHit {
            yields: None,
            check: "docker-runs-as-root",
            file: Some(f.path.clone()),
            line: Some(line),
            note: Some(note),
            confidence: Some(if dev {
                Confidence::Low
            } else {
                Confidence::High
            }),
            ..ProjectHit::default()
        });
    }
    hits
}

// ---------- no-error-tracking ----------

fn no_error_tracking(set: &FileSet, facts: &Facts) -> Option<ProjectHit> {
    if has_dep(facts, TRACKER_DEPS).is_some() {
        return None;
    }
    let sentry_files = set.files.iter().any(|f| {
        let n = name_of(&f.path);
        n.starts_with("sentry.") && (n.contains(".config.") || n.ends_with(".properties"))
    });
    if sentry_files || any_match(set, &|f| is_code(f), re_tracker_code()).is_some() {
        return None;
    }
    Some(ProjectHit {
        yields: None,
        check: "no-error-tracking",
        note: Some("No error-tracking SDK (Sentry, Rollbar, Bugsnag, Honeybadger, Datadog, New Relic, Highlight, PostHog exception capture...) is installed or initialised.".into()),
        confidence: Some(Confidence::High),
        ..ProjectHit::default()
    })
}

// ---------- no-health-endpoint ----------

/// The file and line where a server app object is created, for one of `stacks`.
fn app_file(set: &FileSet, stacks: &[&str]) -> Option<(String, u32, &'static str)> {
    let mut best: Option<(u8, String, u32, &'static str)> = None;
    for (stack, pat) in APP_CREATION.iter().filter(|(s, _)| stacks.contains(s)) {
        let r = re(pat);
        for f in set
            .files
            .iter()
            .filter(|f| is_code(f) && !crate::rules::engine::is_test_or_docs_path(&f.path))
        {
            if let Some(off) = find_in_code(f, &r) {
                let rank = super::entry_rank(&f.path);
                if best.as_ref().is_none_or(|b| (rank, &f.path) < (b.0, &b.1)) {
                    best = Some((rank, f.path.clone(), line_at(f, off), stack));
                }
            }
        }
    }
    best.map(|(_, p, l, s)| (p, l, s))
}

fn no_health(set: &FileSet, facts: &Facts) -> Option<ProjectHit> {
    let server = SERVER_STACKS.iter().any(|s| facts.has(s));
    let self_hosted_ssr =
        SSR_STACKS.iter().any(|s| facts.has(s)) && SELF_HOSTED.iter().any(|s| facts.has(s));
    if !(server || self_hosted_ssr) {
        return None;
    }
    if has_dep(facts, HEALTH_DEPS).is_some() {
        return None;
    }
    let endpoint = facts.endpoints.iter().any(|e| {
        // Whole path segments: `/shipping` and `/healthcare/plans` are not health checks.
        let r = e.route.to_ascii_lowercase();
        r.split(['/', '.']).any(|seg| {
            matches!(
                seg.trim_start_matches('_'),
                "health"
                    | "healthz"
                    | "healthcheck"
                    | "health-check"
                    | "health_check"
                    | "ping"
                    | "ready"
                    | "readyz"
                    | "readiness"
                    | "livez"
                    | "liveness"
                    | "alive"
                    | "up"
            )
        }) || r.trim_end_matches('/').ends_with("/status")
    });
    let file = set
        .files
        .iter()
        .any(|f| re_health_file().is_match(f.path.as_bytes()));
    if endpoint
        || file
        || any_match(set, &|f| is_code(f), re_health_route()).is_some()
        || any_match(
            set,
            &|f| !is_code(f) && f.lang != Language::Markdown,
            re_health_platform(),
        )
        .is_some()
    {
        return None;
    }
    let at = app_file(set, SERVER_STACKS);
    let note = match &at {
        Some((p, _, s)) => format!("The {} app created in {p} has no /health (or /healthz, /ping, /ready) route, and no platform health check is configured.", s),
        None => "No /health (or /healthz, /ping, /ready) route and no platform health check (Dockerfile HEALTHCHECK, fly.toml checks, healthCheckPath) were found.".into(),
    };
    Some(ProjectHit {
        yields: None,
        check: "no-health-endpoint",
        file: at.as_ref().map(|a| a.0.clone()),
        line: at.as_ref().map(|a| a.1),
        note: Some(note),
        confidence: Some(Confidence::Medium),
        ..ProjectHit::default()
    })
}

// ---------- no-security-headers ----------

fn no_security_headers(set: &FileSet, facts: &Facts) -> Vec<ProjectHit> {
    let servers: Vec<&str> = SERVER_STACKS
        .iter()
        .chain(SSR_STACKS)
        .copied()
        .filter(|s| facts.has(s))
        .collect();
    if servers.is_empty() || has_dep(facts, HEADER_DEPS).is_some() {
        return Vec::new();
    }
    if any_match(set, &|f| is_code(f), re_helmet()).is_some() {
        return Vec::new();
    }
    // Header names anywhere but docs: next.config headers(), middleware, vercel.json,
    // netlify.toml, _headers, nginx/Caddy configs, Django settings.
    if any_match(
        set,
        &|f| f.lang != Language::Markdown && !crate::rules::engine::is_test_or_docs_path(&f.path),
        re_header_names(),
    )
    .is_some()
    {
        return Vec::new();
    }
    let helmet_unused = facts.depends_on("helmet")
        || facts.depends_on("@fastify/helmet")
        || facts.depends_on("koa-helmet");
    let mut hits = Vec::new();
    let node_or_py: Vec<&str> = servers
        .iter()
        .copied()
        .filter(|s| APP_CREATION.iter().any(|(a, _)| a == s))
        .collect();
    if let Some((path, line, stack)) = app_file(set, &node_or_py) {
        let mut note = format!(
            "The {stack} app in {path} sets no Content-Security-Policy, Strict-Transport-Security, X-Frame-Options or X-Content-Type-Options header, and no middleware or platform config adds them."
        );
        if helmet_unused {
            note.push_str(" helmet is installed but never applied: add `app.use(helmet())`.");
        }
        // An API that only answers with JSON has no pages to frame or scripts to inject:
        // HSTS and nosniff still matter, the rest is cheap hygiene.
        let json_only = !serves_html(set);
        if json_only {
            note.push_str(" It answers with JSON only (no templates, static files or HTML responses), so this is low: HSTS and nosniff still matter, and `Content-Security-Policy: default-src 'none'; frame-ancestors 'none'` costs nothing.");
        }
        hits.push(ProjectHit {
            yields: None,
            check: "no-security-headers",
            file: Some(path),
            line: Some(line),
            note: Some(note),
            severity: json_only.then_some(crate::report::Severity::Low),
            confidence: Some(Confidence::High),
            ..ProjectHit::default()
        });
    }
    if facts.has("django") {
        let settings = set.files.iter().find(|f| {
            name_of(&f.path) == "settings.py"
                || (f.path.contains("/settings/")
                    && f.lang == Language::Python
                    && name_of(&f.path) != "__init__.py")
        });
        let (file, line) = match settings {
            Some(f) => {
                let t = String::from_utf8_lossy(&f.bytes);
                let line = t
                    .lines()
                    .position(|l| l.trim_start().starts_with("MIDDLEWARE"))
                    .map_or(1, |i| i as u32 + 1);
                (Some(f.path.clone()), Some(line))
            }
            None => (None, None),
        };
        hits.push(ProjectHit {
            yields: None,
            check: "no-security-headers",
            file,
            line,
            note: Some("Django's SecurityMiddleware is not in MIDDLEWARE and no SECURE_* header settings are set.".into()),
            confidence: Some(Confidence::High),
            ..ProjectHit::default()
        });
    }
    if ["nextjs", "nuxt", "remix", "sveltekit"]
        .iter()
        .any(|s| facts.has(s))
        && hits.is_empty()
    {
        let config = set.files.iter().find(|f| {
            let n = name_of(&f.path);
            [
                "next.config.",
                "nuxt.config.",
                "svelte.config.",
                "remix.config.",
            ]
            .iter()
            .any(|p| n.starts_with(p))
                && !f.path.contains("node_modules")
        });
        let which = ["nextjs", "nuxt", "remix", "sveltekit"]
            .iter()
            .find(|s| facts.has(s))
            .copied()
            .unwrap_or("nextjs");
        let what = match which {
            "nextjs" => {
                "next.config has no `headers()` with Content-Security-Policy / Strict-Transport-Security, and no middleware sets them"
            }
            _ => {
                "no server hook, middleware or platform config sets Content-Security-Policy, Strict-Transport-Security or X-Frame-Options"
            }
        };
        let line = config.map(|f| {
            String::from_utf8_lossy(&f.bytes)
                .lines()
                .position(|l| {
                    [
                        "nextConfig",
                        "module.exports",
                        "export default",
                        "defineConfig",
                        "defineNuxtConfig",
                    ]
                    .iter()
                    .any(|w| l.contains(w))
                })
                .map_or(1, |i| i as u32 + 1)
        });
        hits.push(ProjectHit {
            yields: None,
            check: "no-security-headers",
            file: config.map(|f| f.path.clone()),
            line,
            note: Some(format!(
                "The {} app sends no security headers: {what}.",
                if which == "nextjs" { "Next.js" } else { which }
            )),
            confidence: Some(Confidence::High),
            ..ProjectHit::default()
        });
    }
    hits
}

/// Whether the server renders pages or serves files (templates, static folders, HTML strings)
/// rather than answering with JSON only.
fn serves_html(set: &FileSet) -> bool {
    set.files.iter().any(|f| {
        !crate::rules::engine::is_test_or_docs_path(&f.path)
            && !f.path.contains("node_modules/")
            && re_template_file().is_match(f.path.as_bytes())
    }) || any_match(
        set,
        &|f| is_code(f) && !crate::rules::engine::is_test_or_docs_path(&f.path),
        re_serves_html(),
    )
    .is_some()
}

// ---------- no-staging ----------

fn staging_signal(set: &FileSet, facts: &Facts) -> bool {
    let config_like = |f: &SourceFile| {
        let lower = f.path.to_ascii_lowercase();
        matches!(
            f.lang,
            Language::Env | Language::Yaml | Language::Toml | Language::Json | Language::Dockerfile
        ) || lower.contains("/settings/")
            || lower.starts_with("settings/")
            || lower.contains("config/")
            || lower.contains("environments/")
            || is_ci_file(&f.path)
    };
    let names = set.files.iter().any(|f| {
        config_like(f)
            && !f.path.contains("node_modules")
            && re_staging_name().is_match(name_of(&f.path).as_bytes())
    }) || set.files.iter().any(|f| {
        f.path
            .split('/')
            .rev()
            .skip(1)
            .any(|d| matches!(d.to_ascii_lowercase().as_str(), "staging" | "preview"))
    });
    if names {
        return true;
    }
    // Two or more fly.*.toml / several env-specific compose files.
    let fly = set
        .files
        .iter()
        .filter(|f| name_of(&f.path).starts_with("fly") && f.path.ends_with(".toml"))
        .count();
    if fly >= 2 {
        return true;
    }
    if any_match(set, &|f| is_ci_file(&f.path), re_ci_environment()).is_some() {
        return true;
    }
    let platform = |f: &SourceFile| {
        matches!(
            name_of(&f.path),
            "netlify.toml"
                | "render.yaml"
                | "render.yml"
                | "railway.json"
                | "railway.toml"
                | "config.toml"
                | "wrangler.toml"
                | "vercel.json"
                | "app.json"
        )
    };
    if any_match(set, &platform, re_platform_envs()).is_some() {
        return true;
    }
    let _ = facts;
    any_match(
        set,
        &|f| is_code(f) || matches!(f.lang, Language::Yaml | Language::Toml | Language::Json),
        re_staging_text(),
    )
    .is_some()
}

fn no_staging(set: &FileSet, facts: &Facts) -> Option<ProjectHit> {
    if staging_signal(set, facts) {
        return None;
    }
    let mut note = String::from(
        "Nothing separates a staging or preview environment from production: no staging env file or config, no `environment:` in deploy workflows, no preview/branch deploy settings.",
    );
    let confidence = if facts.has("vercel") || facts.has("netlify") {
        note.push_str(" Vercel/Netlify preview deployments exist per branch, but nothing shows them using their own database and keys.");
        Confidence::Low
    } else {
        Confidence::Medium
    };
    Some(ProjectHit {
        yields: None,
        check: "no-staging",
        note: Some(note),
        confidence: Some(confidence),
        ..ProjectHit::default()
    })
}

/// `no-ci`, `no-staging`, `no-error-tracking`, `no-health-endpoint`, `no-security-headers`,
/// `no-tests`, `docker-runs-as-root`, `docker-copies-env-files`.
pub fn checks(set: &FileSet, facts: &Facts, wanted: &dyn Fn(&str) -> bool) -> Vec<ProjectHit> {
    const ALL: &[&str] = &[
        "no-ci",
        "no-staging",
        "no-error-tracking",
        "no-health-endpoint",
        "no-security-headers",
        "no-tests",
        "docker-runs-as-root",
        "docker-copies-env-files",
    ];
    if !ALL.iter().any(|c| wanted(c)) {
        return Vec::new();
    }
    let mut hits = Vec::new();
    // A Dockerfile is worth checking even in a snippet-sized input.
    if wanted("docker-runs-as-root") {
        hits.extend(docker_root(set));
    }
    if wanted("docker-copies-env-files") {
        hits.extend(docker_copies_env(set));
    }
    if !is_app(set) {
        return hits;
    }
    let scripts = all_scripts(set);
    if wanted("no-ci") {
        hits.extend(no_ci(set, facts, &scripts));
    }
    if wanted("no-tests") {
        hits.extend(no_tests(set, &scripts));
    }
    if wanted("no-error-tracking") {
        hits.extend(no_error_tracking(set, facts));
    }
    if wanted("no-health-endpoint") {
        hits.extend(no_health(set, facts));
    }
    if wanted("no-security-headers") {
        hits.extend(no_security_headers(set, facts));
    }
    if wanted("no-staging") {
        hits.extend(no_staging(set, facts));
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(files: &[(&str, &str)]) -> FileSet {
        FileSet::from_pairs(files)
    }

    fn run(files: &[(&str, &str)]) -> Vec<ProjectHit> {
        let s = set(files);
        let facts = crate::project::analyze(&s);
        checks(&s, &facts, &|_| true)
    }

    fn has(hits: &[ProjectHit], check: &str) -> bool {
        hits.iter().any(|h| h.check == check)
    }

    #[test]
    fn every_pattern_compiles() {
        for r in [
            re_test_cmd(),
            re_run_script(),
            re_lint(),
            re_review(),
            re_label(),
            re_deploy(),
            re_build(),
            re_external_workflow(),
            re_tracker_code(),
            re_health_route(),
            re_health_platform(),
            re_health_file(),
            re_helmet(),
            re_header_names(),
            re_serves_html(),
            re_template_file(),
            re_staging_text(),
            re_ci_environment(),
            re_platform_envs(),
            re_staging_name(),
        ] {
            assert_ne!(r.as_str(), "$^");
        }
        for (_, p) in APP_CREATION {
            assert_ne!(re(p).as_str(), "$^", "{p}");
        }
    }

    #[test]
    fn bare_express_app_misses_everything() {
        let h = run(&[
            (
                "package.json",
                r#"{"dependencies":{"express":"^4.19.2"},"scripts":{"test":"echo \"Error: no test specified\" && exit 1"}}"#,
            ),
            (
                "server.js",
                "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.send('ok'));\napp.listen(3000);\n",
            ),
        ]);
        for c in [
            "no-ci",
            "no-tests",
            "no-error-tracking",
            "no-health-endpoint",
            "no-security-headers",
            "no-staging",
        ] {
            assert!(has(&h, c), "{c} missing: {h:?}");
        }
        let hh = h.iter().find(|x| x.check == "no-health-endpoint").unwrap();
        assert_eq!((hh.file.as_deref(), hh.line), (Some("server.js"), Some(2)));
    }

    #[test]
    fn hardened_express_app_passes() {
        let h = run(&[
            (
                "package.json",
                r#"{"dependencies":{"express":"^4.19.2","helmet":"^7","@sentry/node":"^8"},"scripts":{"test":"vitest run","ci":"npm run lint && npm test"}}"#,
            ),
            (
                "server.js",
                "const app = express();\napp.use(helmet());\napp.get('/healthz', (q, s) => s.send('ok'));\n",
            ),
            ("server.test.js", "test('x', () => {})"),
            (
                ".github/workflows/ci.yml",
                "on: push\njobs:\n  t:\n    steps:\n      - run: npm ci\n      - run: npm run ci\n  deploy:\n    environment: production\n",
            ),
        ]);
        assert!(h.is_empty(), "{h:?}");
    }

    #[test]
    fn test_commands_in_many_spellings() {
        for cmd in [
            "pnpm test",
            "yarn workspaces foreach -A run test",
            "npx nx affected -t test",
            "deno task test",
            "uv run pytest -q",
            "python manage.py test",
            "bun test",
            "turbo run test:unit",
        ] {
            assert!(re_test_cmd().is_match(cmd.as_bytes()), "{cmd}");
        }
        for cmd in [
            "npm run lint",
            "npm run build",
            "docker run --rm app",
            "echo testing",
        ] {
            assert!(!re_test_cmd().is_match(cmd.as_bytes()), "{cmd}");
        }
    }

    #[test]
    fn lint_only_workflow_is_not_ci() {
        let h = run(&[
            (
                "package.json",
                r#"{"dependencies":{"next":"14.2.30"},"scripts":{"lint":"next lint"}}"#,
            ),
            (
                "app/page.tsx",
                "export default function P() { return null }",
            ),
            (
                ".github/workflows/review.yml",
                "on: pull_request\njobs:\n  r:\n    steps:\n      # - run: npm test\n      - uses: coderabbitai/ai-pr-reviewer@latest\n      - run: npm run lint\n",
            ),
        ]);
        let ci = h.iter().find(|x| x.check == "no-ci").expect("no-ci");
        assert_eq!(ci.file.as_deref(), Some(".github/workflows/review.yml"));
        assert!(ci.note.as_deref().unwrap_or("").contains("lints"));
    }

    #[test]
    fn dockerfile_users() {
        let root = run(&[(
            "Dockerfile",
            "FROM node:20 AS build\nRUN npm ci\nFROM node:20-slim\nCOPY --from=build /app /app\nCMD [\"node\", \"server.js\"]\n",
        )]);
        assert_eq!(
            root.iter()
                .find(|x| x.check == "docker-runs-as-root")
                .and_then(|x| x.line),
            Some(3)
        );
        assert!(!has(
            &run(&[(
                "Dockerfile",
                "FROM node:20\nUSER root\nRUN x\nFROM node:20-slim\nUSER node\n"
            )]),
            "docker-runs-as-root"
        ));
        assert!(!has(
            &run(&[(
                "Dockerfile",
                "FROM gcr.io/distroless/nodejs20-debian12:nonroot\nCOPY . .\n"
            )]),
            "docker-runs-as-root"
        ));
        let back = run(&[(
            "Dockerfile",
            "FROM python:3.12\nUSER app\nRUN x\nUSER 0:0\n",
        )]);
        assert_eq!(
            back.iter()
                .find(|x| x.check == "docker-runs-as-root")
                .and_then(|x| x.line),
            Some(4)
        );
    }

    #[test]
    fn snippets_get_no_project_findings() {
        assert!(run(&[("handler.js", "app.get('/x', f)")]).is_empty());
    }
}
