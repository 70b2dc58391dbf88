//! Project-level checks that need several files: committed env files and `.gitignore` coverage,
//! and the strengths worth praising. Each check is named by a rule's `check = "..."`.

use super::ProjectHit;
use crate::input::{FileSet, SourceFile};
use crate::lang::Language;
use crate::report::mask::mask_value;
use crate::report::{Confidence, Severity};
use crate::rules::glob::Glob;
use crate::rules::secrets::{entropy, is_placeholder};

/// Example/template env files: documentation of configuration, not configuration.
pub fn is_env_template(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    ["example", "sample", "template", "dist", "defaults", "schema"].iter().any(|w| name.contains(w))
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
        let Some((k, v)) = l.split_once('=').or_else(|| l.split_once(": ")) else { continue };
        let key = k.trim();
        if key.is_empty() || !key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b'-') {
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

/// A value that configures something real (not a placeholder, boolean, port or local URL).
fn is_real_value(key: &str, v: &str) -> bool {
    if is_placeholder(v.as_bytes()) || v.starts_with("${") {
        return false;
    }
    let lower = v.to_ascii_lowercase();
    if matches!(lower.as_str(), "true" | "false" | "yes" | "no" | "on" | "off" | "development" | "production" | "test" | "debug" | "info") {
        return false;
    }
    if v.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let _ = key;
    true
}

/// Does the key name say it holds a credential?
pub fn is_secret_key(key: &str) -> bool {
    let k = key.to_ascii_uppercase();
    ["KEY", "SECRET", "TOKEN", "PASSWORD", "PASSWD", "PWD", "PRIVATE", "CREDENTIAL", "DATABASE_URL", "DB_URL", "DSN", "AUTH", "WEBHOOK", "SALT", "CONNECTION_STRING"]
        .iter()
        .any(|w| k.contains(w))
        && !k.ends_with("_URL_PUBLIC")
}

/// Is `.env`-like `path` covered by a `.gitignore` in its directory or above?
pub fn gitignored(set: &FileSet, path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
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
        let gi = if d.is_empty() { ".gitignore".to_string() } else { format!("{d}/.gitignore") };
        let Some(f) = set.get(&gi) else { continue };
        for l in String::from_utf8_lossy(&f.bytes).lines() {
            let l = l.trim();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            let (neg, pat) = match l.strip_prefix('!') {
                Some(p) => (true, p),
                None => (false, l),
            };
            let pat = pat.trim_start_matches('/').trim_end_matches('/');
            if let Ok(g) = Glob::new(pat) {
                if g.matches(name) {
                    covered = !neg;
                }
            }
        }
    }
    covered
}

/// `env-file-committed`: env files holding real values.
pub fn env_files(set: &FileSet) -> Vec<ProjectHit> {
    let mut hits = Vec::new();
    for f in set.files.iter().filter(|f| f.lang == Language::Env && !is_env_template(&f.path)) {
        let text = String::from_utf8_lossy(&f.bytes);
        let real: Vec<(u32, String, String)> = env_assignments(&text).into_iter().filter(|(_, k, v)| is_real_value(k, v)).collect();
        if real.is_empty() {
            continue;
        }
        let secretish: Vec<&(u32, String, String)> = real.iter().filter(|(_, k, v)| is_secret_key(k) || entropy(v.as_bytes()) > 4.0).collect();
        let listed: Vec<String> = real
            .iter()
            .take(12)
            .map(|(_, k, v)| if is_secret_key(k) || v.len() >= 12 { format!("{k} ({})", mask_value(v)) } else { k.clone() })
            .collect();
        let more = if real.len() > 12 { format!(" and {} more", real.len() - 12) } else { String::new() };
        let ignored = gitignored(set, &f.path);
        let mut note = format!("It holds {} value(s): {}{more}.", real.len(), listed.join(", "));
        let (severity, confidence) = if ignored {
            note.push_str(" A .gitignore covers it, so it is probably not in the repository, but it is in this upload: never share or deploy archives that contain it.");
            (Severity::Medium, Confidence::Medium)
        } else if secretish.is_empty() {
            (Severity::Medium, Confidence::High)
        } else {
            (Severity::Critical, Confidence::High)
        };
        hits.push(ProjectHit {
            check: "env-file-committed",
            file: Some(f.path.clone()),
            line: Some(real[0].0),
            note: Some(note),
            severity: Some(severity),
            confidence: Some(confidence),
            snippet: None,
            secrets: real.iter().filter(|(_, _, v)| v.len() >= 6).map(|(_, _, v)| v.clone()).collect(),
            key: None,
        });
    }
    hits
}

/// `gitignore-missing-env`: a project with a `.gitignore` that does not cover `.env`, or with no
/// `.gitignore` at all.
pub fn gitignore_env(set: &FileSet) -> Vec<ProjectHit> {
    let is_project = set.files.iter().any(|f| {
        let n = f.path.as_str();
        n == "package.json" || n == "requirements.txt" || n == "pyproject.toml" || f.lang == Language::Env
    });
    if !is_project {
        return Vec::new();
    }
    match set.get(".gitignore") {
        None => vec![ProjectHit {
            check: "gitignore-missing-env",
            note: Some("The project has no .gitignore at its root.".into()),
            ..ProjectHit::default()
        }],
        Some(gi) if !gitignored(set, ".env") || !gitignored(set, ".env.local") => vec![ProjectHit {
            check: "gitignore-missing-env",
            file: Some(".gitignore".into()),
            // The fix is appended: point at the last line.
            line: Some(String::from_utf8_lossy(&gi.bytes).lines().count().max(1) as u32),
            note: Some("Its patterns do not match `.env` and `.env.local`.".into()),
            ..ProjectHit::default()
        }],
        _ => Vec::new(),
    }
}

/// Practices worth praising in the report.
pub fn strengths(set: &FileSet) -> Vec<String> {
    let mut out = Vec::new();
    let templates: Vec<&SourceFile> = set.files.iter().filter(|f| f.lang == Language::Env && is_env_template(&f.path)).collect();
    for t in templates {
        let text = String::from_utf8_lossy(&t.bytes);
        let a = env_assignments(&text);
        if a.iter().all(|(_, k, v)| !is_secret_key(k) || !is_real_value(k, v)) {
            out.push(format!("{} documents the configuration without real secret values.", t.path));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{Limits, RawFile};

    fn set(files: &[(&str, &str)]) -> FileSet {
        FileSet::from_files(files.iter().map(|(p, t)| RawFile::new(*p, *t)).collect(), &Limits::default())
    }

    #[test]
    fn env_assignments_parse() {
        let a = env_assignments("# c\nexport A=1\nB=\"x y\" # c\nC='q'\nD=\nE=v # note\n");
        assert_eq!(a, vec![(2, "A".into(), "1".into()), (3, "B".into(), "x y".into()), (4, "C".into(), "q".into()), (6, "E".into(), "v".into())]);
    }

    #[test]
    fn committed_env_with_secrets_is_critical_and_masked() {
        let s = set(&[(".env", "PORT=3000\nOPENAI_API_KEY=sk-proj-Zx8Qm2Lp9Vt4Rk7WbN3c\n"), (".gitignore", "node_modules\n"), ("package.json", "{}")]);
        let h = env_files(&s);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].severity, Some(Severity::Critical));
        let note = h[0].note.clone().unwrap();
        assert!(note.contains("OPENAI_API_KEY (sk-p****"), "{note}");
        assert!(!note.contains("Zx8Qm2Lp9Vt4Rk7WbN3c"));
        assert_eq!(gitignore_env(&s).len(), 1);
    }

    #[test]
    fn ignored_env_is_medium_and_examples_are_praised() {
        let s = set(&[(".env", "OPENAI_API_KEY=sk-proj-Zx8Qm2Lp9Vt4Rk7WbN3c\n"), (".gitignore", ".env*\n!.env.example\n"), (".env.example", "OPENAI_API_KEY=\nPORT=3000\n")]);
        let h = env_files(&s);
        assert_eq!(h[0].severity, Some(Severity::Medium));
        assert!(gitignore_env(&s).is_empty());
        assert_eq!(strengths(&s).len(), 1);
        let placeholder_only = set(&[(".env", "OPENAI_API_KEY=your-key-here\nDEBUG=true\n")]);
        assert!(env_files(&placeholder_only).is_empty());
    }
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
        out.extend(gitignore_env(set));
    }
    out
}
