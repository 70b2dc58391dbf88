//! Project-level checks that need several files: committed env files and `.gitignore` coverage,
//! and the strengths worth praising. Each check is named by a rule's `check = "..."`.

use super::ProjectHit;
use crate::input::{FileSet, SourceFile};
use crate::lang::Language;
use crate::report::mask::mask_value;
use crate::report::{Confidence, Severity};
use crate::rules::glob::Glob;
use crate::rules::secrets::{
    entropy, is_placeholder_word, is_public_key, public_env_prefix, validate,
};

/// Example/template env files: documentation of configuration, not configuration.
pub fn is_env_template(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    [
        "example", "sample", "template", "dist", "defaults", "schema",
    ]
    .iter()
    .any(|w| name.contains(w))
}

/// (line, key, value) of each `KEY=value` assignment with a non-empty value.
pub fn env_assignments(text: &str) -> Vec<(u32, String, String)> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let l = raw.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let l = l.strip_prefix("export ").unwrap_or(l);
        let Some((k, v)) = l.split_once('=').or_else(|| l.split_once(": ")) else {
            continue;
        };
        let key = k.trim();
        if key.is_empty()
            || !key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b'-')
        {
            continue;
        }
        let mut v = v.trim();
        if let Some(q) = v.chars().next().filter(|c| *c == '"' || *c == '\'') {
            v = v[1..].split(q).next().unwrap_or("");
        } else if let Some(p) = v.find(" #") {
            v = v[..p].trim();
        }
        if !v.is_empty() {
            out.push((i as u32 + 1, key.to_string(), v.to_string()));
        }
    }
    out
}

/// A value that configures something real (not a placeholder, a boolean, a mode or a number).
fn is_real_value(v: &str) -> bool {
    if is_placeholder_word(v.as_bytes()) || v.starts_with("${") {
        return false;
    }
    let lower = v.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "true"
            | "false"
            | "yes"
            | "no"
            | "on"
            | "off"
            | "none"
            | "null"
            | "development"
            | "production"
            | "staging"
            | "test"
            | "debug"
            | "info"
            | "warn"
            | "error"
    ) {
        return false;
    }
    !v.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// Words in a variable name that always mean a credential, even in a browser-exposed variable.
const STRONG_SECRET_WORDS: &[&str] = &[
    "SECRET",
    "PASSWORD",
    "PASSWD",
    "PRIVATE",
    "SERVICE_ROLE",
    "CREDENTIAL",
    "CONNECTION_STRING",
];

/// Words that usually mean a credential in a server-side variable.
const SECRET_WORDS: &[&str] = &[
    "KEY",
    "TOKEN",
    "PWD",
    "DATABASE_URL",
    "DB_URL",
    "AUTH",
    "WEBHOOK",
    "SALT",
    "DSN",
];

/// Names of values that are public by design: publishable and anon keys, site keys, public
/// keys, and identifiers or addresses (`_ID`, `_URL`, `_DOMAIN`...).
fn is_public_name(k: &str) -> bool {
    [
        "PUBLISHABLE",
        "ANON_KEY",
        "ANON_PUBLIC",
        "PUBLIC_KEY",
        "SITE_KEY",
        "_URL_PUBLIC",
    ]
    .iter()
    .any(|w| k.contains(w))
        || [
            "_ID",
            "_URL",
            "_URI",
            "_HOST",
            "_DOMAIN",
            "_REGION",
            "_NAME",
            "_PORT",
            "_ENDPOINT",
            "_BUCKET",
            "_ISSUER",
            "_AUDIENCE",
            "_ALGORITHM",
            "_EXPIRES_IN",
            "_TTL",
        ]
        .iter()
        .any(|s| k.ends_with(s))
}

/// Does the key name say it holds a credential?
pub fn is_secret_key(key: &str) -> bool {
    let k = key.to_ascii_uppercase();
    if STRONG_SECRET_WORDS.iter().any(|w| k.contains(w)) {
        return !k.contains("PUBLISHABLE") && !k.ends_with("_PUBLIC_KEY");
    }
    // `NEXTAUTH_URL`, `AUTH0_DOMAIN`, `NEXT_PUBLIC_SENTRY_DSN` mention AUTH or DSN but are addresses.
    SECRET_WORDS.iter().any(|w| k.contains(w))
        && !is_public_name(&k)
        && public_env_prefix(k.as_bytes()).is_none()
        || k == "DATABASE_URL"
        || k.ends_with("_DATABASE_URL")
        || k == "DB_URL"
}

/// The value is a URL that carries a password (`postgres://user:pass@host`).
fn has_url_credentials(v: &str) -> bool {
    v.split_once("://").is_some_and(|(_, rest)| {
        // The user info ends at the last `@` (passwords are often not percent-encoded).
        // An `@` in the path or query (`https://h:443/p?e=a@b.c`) is not user info.
        rest.rsplit_once('@').is_some_and(|(userinfo, _)| {
            userinfo.split_once(':').is_some_and(|(user, pw)| {
                let port_path = pw
                    .split_once('/')
                    .is_some_and(|(p, _)| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
                let query = userinfo.contains('?') && userinfo.contains('=');
                !pw.is_empty() && !user.contains('/') && !port_path && !query
            })
        })
    })
}

/// A value that is public by design: a publishable or anon key, or a non-secret variable that
/// the framework ships to the browser anyway (`NEXT_PUBLIC_FIREBASE_API_KEY`).
fn is_public_value(key: &str, v: &str) -> bool {
    if is_public_key(v.as_bytes()) {
        return true;
    }
    let k = key.to_ascii_uppercase();
    public_env_prefix(k.as_bytes()).is_some()
        && !STRONG_SECRET_WORDS.iter().any(|w| k.contains(w))
        && !privileged_token_name(&k)
        && !has_url_credentials(v)
}

/// A token or key named for privileged access (`VITE_INTERNAL_API_TOKEN`, `NEXT_PUBLIC_ADMIN_KEY`,
/// `BLOB_READ_WRITE_TOKEN`): a server credential even under a browser prefix.
fn privileged_token_name(k: &str) -> bool {
    let privileged = ["ADMIN", "INTERNAL", "MASTER", "ROOT"]
        .iter()
        .any(|w| k.split('_').any(|p| p == *w));
    let credential = ["TOKEN", "KEY", "SECRET"]
        .iter()
        .any(|w| k.split('_').any(|p| p == *w));
    privileged && credential || k.contains("READ_WRITE_TOKEN") || k.ends_with("_WRITE_TOKEN")
}

/// A value that looks like a credential: named as one, a URL with a password (outside local
/// development hosts), or a long random value under a server-side name.
fn is_secretish(key: &str, v: &str) -> bool {
    if is_public_value(key, v) {
        return false;
    }
    if has_url_credentials(v) {
        return !validate("url-local", v.as_bytes());
    }
    let url_like = v.contains("://");
    // Random-looking values count only under names that are not identifiers (`STRIPE_PRICE_ID`)
    // and when they are not object ids of a known API (`price_...`, `prod_...`).
    let object_id = [
        "price_", "prod_", "plan_", "cus_", "sub_", "acct_", "evt_", "G-",
    ]
    .iter()
    .any(|p| v.starts_with(p));
    is_secret_key(key) && !url_like
        || (!url_like
            && !object_id
            && !is_public_name(&key.to_ascii_uppercase())
            && v.len() >= 16
            && entropy(v.as_bytes()) > 4.0)
}

/// Is `.env`-like `path` covered by a `.gitignore` in its directory or above? Patterns are
/// matched against the path relative to each `.gitignore` and against its parent directories
/// (`secrets/` covers `secrets/.env`); a leading `/` anchors a pattern to its directory.
pub fn gitignored(set: &FileSet, path: &str) -> bool {
    let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
    let mut dirs = vec![dir.to_string()];
    let mut d = dir;
    while let Some((parent, _)) = d.rsplit_once('/') {
        dirs.push(parent.to_string());
        d = parent;
    }
    if !dir.is_empty() {
        dirs.push(String::new());
    }
    let mut covered = false;
    for d in dirs.iter().rev() {
        let gi = if d.is_empty() {
            ".gitignore".to_string()
        } else {
            format!("{d}/.gitignore")
        };
        let Some(f) = set.get(&gi) else { continue };
        let rel = if d.is_empty() {
            path
        } else {
            path.strip_prefix(d.as_str())
                .map_or(path, |r| r.trim_start_matches('/'))
        };
        if let Some(c) = ignore_file_covers(&String::from_utf8_lossy(&f.bytes), rel) {
            covered = c;
        }
    }
    covered
}

/// What an ignore file (`.gitignore`, `.dockerignore`) says about `rel`, a path relative to the
/// file's directory: `Some(true)` excluded, `Some(false)` re-included by a `!` pattern, `None`
/// no pattern matches. The last matching line wins; a pattern covers a file and everything below
/// a matched directory (`secrets/` covers `secrets/.env`); a leading `/` anchors it.
pub fn ignore_file_covers(text: &str, rel: &str) -> Option<bool> {
    // The file itself and each directory above it.
    let mut candidates = vec![rel.to_string()];
    let mut r = rel;
    while let Some((parent, _)) = r.rsplit_once('/') {
        candidates.push(parent.to_string());
        r = parent;
    }
    let mut covered = None;
    for l in text.lines() {
        let l = l.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let (neg, pat) = match l.strip_prefix('!') {
            Some(p) => (true, p),
            None => (false, l),
        };
        let anchored = pat.starts_with('/') || pat.trim_end_matches('/').contains('/');
        let pat = pat.trim_start_matches('/').trim_end_matches('/');
        if pat.is_empty() {
            continue;
        }
        // `./x` keeps Glob from treating an anchored single name as "any depth".
        let glob = if anchored && !pat.contains('/') {
            Glob::new(&format!("./{pat}"))
        } else {
            Glob::new(pat)
        };
        if let Ok(g) = glob
            && candidates.iter().any(|c| g.matches(c))
        {
            covered = Some(!neg);
        }
    }
    covered
}

/// `env-file-committed`: env files holding real values. Files that only configure public,
/// browser-side values (publishable keys, `NEXT_PUBLIC_*` addresses) are not reported.
pub fn env_files(set: &FileSet) -> Vec<ProjectHit> {
    let mut hits = Vec::new();
    for f in set
        .files
        .iter()
        .filter(|f| f.lang == Language::Env && !is_env_template(&f.path))
    {
        let text = String::from_utf8_lossy(&f.bytes);
        let real: Vec<(u32, String, String)> = env_assignments(&text)
            .into_iter()
            .filter(|(_, _, v)| is_real_value(v))
            .collect();
        let private: Vec<&(u32, String, String)> = real
            .iter()
            .filter(|(_, k, v)| !is_public_value(k, v))
            .collect();
        if private.is_empty() {
            continue;
        }
        let secretish: Vec<&(u32, String, String)> =
            real.iter().filter(|(_, k, v)| is_secretish(k, v)).collect();
        let listed: Vec<String> = real
            .iter()
            .take(12)
            .map(|(_, k, v)| {
                if is_secret_key(k) || v.len() >= 8 || is_secretish(k, v) {
                    format!("{k} ({})", mask_value(v))
                } else {
                    k.clone()
                }
            })
            .collect();
        let more = if real.len() > 12 {
            format!(" and {} more", real.len() - 12)
        } else {
            String::new()
        };
        let ignored = gitignored(set, &f.path);
        let mut note = format!(
            "It holds {} value(s): {}{more}.",
            real.len(),
            listed.join(", ")
        );
        if secretish.is_empty() {
            note.push_str(" None of them looks like a credential, but the file is where the next one will be added.");
        } else {
            let keys: Vec<&str> = secretish
                .iter()
                .take(8)
                .map(|(_, k, _)| k.as_str())
                .collect();
            note.push_str(&format!(" Credentials among them: {}.", keys.join(", ")));
        }
        let (severity, confidence) = match (ignored, secretish.is_empty()) {
            (false, false) => (Severity::Critical, Confidence::High),
            (false, true) => (Severity::Low, Confidence::High),
            (true, false) => (Severity::Medium, Confidence::Medium),
            (true, true) => (Severity::Low, Confidence::Medium),
        };
        if ignored {
            note.push_str(" A .gitignore covers it, so it is probably not in the repository, but it is in this upload: never share or deploy archives that contain it.");
        }
        let line = secretish.first().map_or(private[0].0, |(l, _, _)| *l);
        // The snippet is built here, with the line's value masked: the generic masking pass runs
        // after long lines are truncated and would miss a value cut in half (a PEM in quotes).
        let snippet = text.lines().nth(line as usize - 1).map(|l| {
            let mut l = l.to_string();
            for (_, _, v) in real.iter().filter(|(n, _, _)| *n == line) {
                l = l.replace(v.as_str(), &mask_value(v));
            }
            l.chars().take(200).collect::<String>()
        });
        hits.push(ProjectHit {
            yields: None,
            check: "env-file-committed",
            file: Some(f.path.clone()),
            line: Some(line),
            note: Some(note),
            severity: Some(severity),
            confidence: Some(confidence),
            snippet,
            // Masked everywhere in the report (the finding's snippet shows its line).
            secrets: real
                .iter()
                .filter(|(_, k, v)| {
                    v.len() >= 6
                        && (is_secretish(k, v)
                            || entropy(v.as_bytes()) >= 3.0 && !v.contains("://"))
                })
                .map(|(_, _, v)| v.clone())
                .collect(),
            key: None,
        });
    }
    hits
}

/// `gitignore-missing-env`: a project with a `.gitignore` that does not cover `.env`, or with no
/// `.gitignore` at all. `.env.local` must be covered too where it is the convention for local
/// secrets (`local_convention`: Next.js, Vite and other front-end tool chains) or exists.
pub fn gitignore_env(set: &FileSet, local_convention: bool) -> Vec<ProjectHit> {
    let is_project = set.files.iter().any(|f| {
        let n = f.path.as_str();
        n == "package.json"
            || n == "requirements.txt"
            || n == "pyproject.toml"
            || f.lang == Language::Env
    });
    if !is_project {
        return Vec::new();
    }
    match set.get(".gitignore") {
        None => vec![ProjectHit {
            yields: None,
            check: "gitignore-missing-env",
            note: Some("The project has no .gitignore at its root.".into()),
            ..ProjectHit::default()
        }],
        Some(gi) => {
            let local = local_convention
                || set.files.iter().any(|f| {
                    f.path
                        .rsplit('/')
                        .next()
                        .is_some_and(|n| n.ends_with(".local"))
                });
            let missing: Vec<&str> = [".env", ".env.local"]
                .into_iter()
                .filter(|p| (*p == ".env" || local) && !gitignored(set, p))
                .collect();
            if missing.is_empty() {
                return Vec::new();
            }
            // `.env` is covered and only the local-override name is not (and no such file is
            // here yet): a narrower gap.
            let only_local = missing == [".env.local"]
                && !set.files.iter().any(|f| {
                    f.path
                        .rsplit('/')
                        .next()
                        .is_some_and(|n| n.ends_with(".local"))
                });
            vec![ProjectHit {
                yields: None,
                check: "gitignore-missing-env",
                severity: only_local.then_some(crate::report::Severity::Low),
                file: Some(".gitignore".into()),
                // The fix is appended: point at the last line.
                line: Some(String::from_utf8_lossy(&gi.bytes).lines().count().max(1) as u32),
                note: Some(format!(
                    "Its patterns do not match {}.",
                    missing
                        .iter()
                        .map(|p| format!("`{p}`"))
                        .collect::<Vec<_>>()
                        .join(" and ")
                )),
                ..ProjectHit::default()
            }]
        }
    }
}

/// Practices worth praising in the report.
pub fn strengths(set: &FileSet) -> Vec<String> {
    let mut out = Vec::new();
    let templates: Vec<&SourceFile> = set
        .files
        .iter()
        .filter(|f| f.lang == Language::Env && is_env_template(&f.path))
        .collect();
    for t in templates {
        let text = String::from_utf8_lossy(&t.bytes);
        let declares = text
            .lines()
            .any(|l| l.contains('=') && !l.trim_start().starts_with('#'));
        let a = env_assignments(&text);
        if declares
            && a.iter()
                .all(|(_, k, v)| !is_real_value(v) || !is_secretish(k, v))
        {
            out.push(format!(
                "{} documents the configuration without real secret values.",
                t.path
            ));
        }
    }
    out
}

/// Runs the project checks some enabled rule asks for.
pub fn run(set: &FileSet, facts: &super::Facts, wanted: &dyn Fn(&str) -> bool) -> Vec<ProjectHit> {
    let mut out = Vec::new();
    out.extend(super::endpoints::checks(set, facts, wanted));
    out.extend(super::supabase::checks(set, facts, wanted));
    out.extend(super::deps::checks(set, facts, wanted));
    out.extend(super::readiness::checks(set, facts, wanted));
    if wanted("env-file-committed") {
        out.extend(env_files(set));
    }
    if wanted("gitignore-missing-env") {
        let local = [
            "nextjs",
            "vite",
            "react",
            "sveltekit",
            "nuxt",
            "remix",
            "astro",
            "vue",
        ]
        .iter()
        .any(|s| facts.has(s));
        out.extend(gitignore_env(set, local));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(files: &[(&str, &str)]) -> FileSet {
        FileSet::from_pairs(files)
    }

    #[test]
    fn url_credentials_end_at_the_last_at_sign() {
        assert!(has_url_credentials(
            "postgres://app:Tb!Prod#8812@db.example.com:5432/app"
        ));
        assert!(has_url_credentials(
            "mongodb+srv://u:p%40ss@c0.mongodb.net/db"
        ));
        assert!(!has_url_credentials(
            "https://api.example.com:443/p?e=a@b.com"
        ));
        assert!(!has_url_credentials("https://example.com/u/x:y@z"));
        assert!(!has_url_credentials("postgres://localhost:5432/app"));
    }

    #[test]
    fn browser_prefixed_privileged_tokens_are_not_public() {
        let v = "itk_9fQ2xLm7Rt4Vb8Nw3Kp6Ys1Hd5Jc0Ze";
        for k in [
            "VITE_INTERNAL_API_TOKEN",
            "NEXT_PUBLIC_ADMIN_KEY",
            "NEXT_PUBLIC_BLOB_READ_WRITE_TOKEN",
        ] {
            assert!(!is_public_value(k, v), "{k}");
        }
        for k in [
            "VITE_API_URL",
            "VITE_ADMIN_EMAIL",
            "NEXT_PUBLIC_MAPBOX_TOKEN",
            "VITE_SUPABASE_ANON_KEY",
        ] {
            assert!(is_public_value(k, v), "{k}");
        }
    }

    #[test]
    fn env_assignments_parse() {
        let a = env_assignments("# c\nexport A=1\nB=\"x y\" # c\nC='q'\nD=\nE=v # note\n");
        assert_eq!(
            a,
            vec![
                (2, "A".into(), "1".into()),
                (3, "B".into(), "x y".into()),
                (4, "C".into(), "q".into()),
                (6, "E".into(), "v".into())
            ]
        );
    }

    #[test]
    fn committed_env_with_secrets_is_critical_and_masked() {
        let s = set(&[
            (
                ".env",
                "PORT=3000\nOPENAI_API_KEY=sk-proj-Zx8Qm2Lp9Vt4Rk7WbN3c\n",
            ),
            (".gitignore", "node_modules\n"),
            ("package.json", "{}"),
        ]);
        let h = env_files(&s);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].severity, Some(Severity::Critical));
        let note = h[0].note.clone().unwrap();
        assert!(note.contains("OPENAI_API_KEY (sk-p****"), "{note}");
        assert!(!note.contains("Zx8Qm2Lp9Vt4Rk7WbN3c"));
        assert_eq!(gitignore_env(&s, false).len(), 1);
    }

    #[test]
    fn env_local_matters_only_where_it_is_the_convention() {
        let s = set(&[
            (".gitignore", ".env\n__pycache__/\n"),
            ("requirements.txt", "fastapi\n"),
        ]);
        assert!(gitignore_env(&s, false).is_empty());
        let h = gitignore_env(&s, true);
        assert_eq!(h.len(), 1);
        assert_eq!(
            h[0].note.as_deref(),
            Some("Its patterns do not match `.env.local`.")
        );
        assert_eq!(h[0].severity, Some(crate::report::Severity::Low));
        let with_local = set(&[
            (".gitignore", ".env\n"),
            (".env.local", "A=1\n"),
            ("requirements.txt", "x\n"),
        ]);
        let h = gitignore_env(&with_local, false);
        assert_eq!(h.len(), 1);
        // The file exists: its secrets go into the next commit.
        assert_eq!(h[0].severity, None);
    }

    #[test]
    fn ignored_env_is_medium_and_examples_are_praised() {
        let s = set(&[
            (".env", "OPENAI_API_KEY=sk-proj-Zx8Qm2Lp9Vt4Rk7WbN3c\n"),
            (".gitignore", ".env*\n!.env.example\n"),
            (".env.example", "OPENAI_API_KEY=\nPORT=3000\n"),
        ]);
        let h = env_files(&s);
        assert_eq!(h[0].severity, Some(Severity::Medium));
        assert!(gitignore_env(&s, true).is_empty());
        assert_eq!(strengths(&s).len(), 1);
        let placeholder_only = set(&[(".env", "OPENAI_API_KEY=your-key-here\nDEBUG=true\n")]);
        assert!(env_files(&placeholder_only).is_empty());
    }

    #[test]
    fn public_only_env_files_are_not_reported() {
        let anon = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImFiY2RlZmdoaWoiLCJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJlX3BhcnRfaGVyZQ";
        let env = format!(
            "NEXT_PUBLIC_SUPABASE_URL=https://abcdefghij.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY={anon}\n\
             NEXT_PUBLIC_FIREBASE_API_KEY=AIzaSyD9kQ3mZp0Ad7RfQw1Ee4Ty5xB3vLk2Vb8\n\
             NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51Hx9TqLk2Vb8cN3mZp0Ad7Rf\nVITE_SENTRY_DSN=https://k@o1.ingest.sentry.io/2\n"
        );
        let s = set(&[(".env", env.as_str()), (".gitignore", "node_modules\n")]);
        assert!(env_files(&s).is_empty());
        // One server-side secret among them: reported, pointing at that line, critical.
        let env2 = format!("{env}STRIPE_SECRET_KEY=sk_live_51Hx9TqLk2Vb8cN3mZp0Ad7Rf\n");
        let s = set(&[(".env", env2.as_str()), (".gitignore", "node_modules\n")]);
        let h = env_files(&s);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].severity, Some(Severity::Critical));
        assert_eq!(h[0].line, Some(6));
        let note = h[0].note.clone().unwrap();
        assert!(
            note.contains("Credentials among them: STRIPE_SECRET_KEY."),
            "{note}"
        );
        assert!(!note.contains(anon), "{note}");
    }

    #[test]
    fn object_ids_are_not_credentials() {
        let s = set(&[
            (
                ".env",
                "STRIPE_PRO_PRICE_ID=price_1OqZ8fRht4eRDVBXa1b2c3d4\nNEXT_PUBLIC_APP_NAME=NoteGPT\n",
            ),
            (".gitignore", "node_modules\n"),
        ]);
        let h = env_files(&s);
        assert!(
            h.iter()
                .all(|h| h.severity.is_none_or(|s| s < Severity::High)),
            "{h:?}"
        );
        // The same random value under a server-side name that is not an identifier still is.
        let s = set(&[
            (".env", "PAYMENTS_SIGNING=q7Vx2Lm9Kp4Rz8Tn3Wb6\n"),
            (".gitignore", "node_modules\n"),
        ]);
        let h = env_files(&s);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].severity, Some(Severity::Critical), "{h:?}");
    }

    #[test]
    fn config_only_env_is_low_and_urls_are_not_masked_secrets() {
        let s = set(&[
            (
                ".env",
                "PORT=3000\nNEXTAUTH_URL=http://localhost:3000\nAPI_BASE_URL=https://api.shop.dev/v1\n\
                 DATABASE_URL=postgres://postgres:postgres@localhost:5432/dev\nLOG_LEVEL=debug\n",
            ),
            (".gitignore", ".env\n.env.local\n"),
        ]);
        let h = env_files(&s);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].severity, Some(Severity::Low));
        assert!(
            h[0].secrets.iter().all(|v| !v.starts_with("http")),
            "{:?}",
            h[0].secrets
        );
    }

    #[test]
    fn secret_key_names() {
        for k in [
            "OPENAI_API_KEY",
            "STRIPE_SECRET_KEY",
            "NEXT_PUBLIC_STRIPE_SECRET_KEY",
            "DATABASE_URL",
            "DB_PASSWORD",
            "NEXTAUTH_SECRET",
            "SUPABASE_SERVICE_ROLE_KEY",
            "GITHUB_TOKEN",
        ] {
            assert!(is_secret_key(k), "{k}");
        }
        for k in [
            "NEXTAUTH_URL",
            "AUTH0_DOMAIN",
            "AUTH0_CLIENT_ID",
            "NEXT_PUBLIC_SUPABASE_ANON_KEY",
            "SUPABASE_ANON_KEY",
            "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY",
            "NEXT_PUBLIC_SENTRY_DSN",
            "RECAPTCHA_SITE_KEY",
            "PORT",
        ] {
            assert!(!is_secret_key(k), "{k}");
        }
    }

    #[test]
    fn gitignore_patterns_relative_anchored_and_directories() {
        let covered = |gi: &str, path: &str| {
            let s = set(&[(".gitignore", gi), (path, "A=b\n")]);
            gitignored(&s, path)
        };
        assert!(covered(".env\n", "apps/web/.env"));
        assert!(covered("**/.env\n", "apps/web/.env"));
        assert!(covered("/.env\n", ".env"));
        assert!(!covered("/.env\n", "apps/web/.env"));
        assert!(covered("apps/web/.env\n", "apps/web/.env"));
        assert!(covered("secrets/\n", "secrets/.env"));
        assert!(covered(".env*\n!.env.example\n", ".env.production"));
        assert!(!covered(".env*\n!.env.production\n", ".env.production"));
        // Next.js' older default only ignores the local variants.
        assert!(!covered(".env*.local\n", ".env"));
        assert!(covered(".env*.local\n", ".env.local"));
        // A nested .gitignore is relative to its own directory.
        let s = set(&[
            (".gitignore", "node_modules\n"),
            ("api/.gitignore", "/.env\n"),
            ("api/.env", "A=b\n"),
        ]);
        assert!(gitignored(&s, "api/.env"));
    }
}
