//! Stack detection from manifests and tell-tale files: frameworks, languages, databases and ORMs,
//! auth libraries, hosting.

use crate::input::FileSet;
use crate::lang::Language;

/// (npm package, stack name).
const NPM: &[(&str, &str)] = &[
    ("next", "nextjs"),
    ("react", "react"),
    ("vite", "vite"),
    ("express", "express"),
    ("fastify", "fastify"),
    ("hono", "hono"),
    ("@nestjs/core", "nestjs"),
    ("koa", "koa"),
    ("vue", "vue"),
    ("@sveltejs/kit", "sveltekit"),
    ("nuxt", "nuxt"),
    ("@remix-run/node", "remix"),
    ("@supabase/supabase-js", "supabase"),
    ("@supabase/ssr", "supabase"),
    ("prisma", "prisma"),
    ("@prisma/client", "prisma"),
    ("drizzle-orm", "drizzle"),
    ("firebase", "firebase"),
    ("firebase-admin", "firebase"),
    ("mongoose", "mongodb"),
    ("mongodb", "mongodb"),
    ("pg", "postgres"),
    ("postgres", "postgres"),
    ("@neondatabase/serverless", "postgres"),
    ("mysql", "mysql"),
    ("mysql2", "mysql"),
    ("sequelize", "sequelize"),
    ("better-sqlite3", "sqlite"),
    ("sqlite3", "sqlite"),
    ("next-auth", "next-auth"),
    ("@auth/core", "next-auth"),
    ("@clerk/nextjs", "clerk"),
    ("@clerk/clerk-react", "clerk"),
    ("passport", "passport"),
    ("jsonwebtoken", "jsonwebtoken"),
    ("jose", "jose"),
    ("stripe", "stripe"),
    ("openai", "openai"),
    ("@anthropic-ai/sdk", "anthropic"),
    ("typescript", "typescript"),
];

/// (PyPI package, stack name).
const PYPI: &[(&str, &str)] = &[
    ("fastapi", "fastapi"),
    ("flask", "flask"),
    ("django", "django"),
    ("djangorestframework", "drf"),
    ("sqlalchemy", "sqlalchemy"),
    ("psycopg2", "postgres"),
    ("psycopg2-binary", "postgres"),
    ("psycopg", "postgres"),
    ("asyncpg", "postgres"),
    ("pymongo", "mongodb"),
    ("supabase", "supabase"),
    ("firebase-admin", "firebase"),
    ("prisma", "prisma"),
    ("pyjwt", "pyjwt"),
    ("python-jose", "python-jose"),
    ("stripe", "stripe"),
    ("openai", "openai"),
    ("anthropic", "anthropic"),
];

fn add(out: &mut Vec<String>, s: &str) {
    if !out.iter().any(|x| x == s) {
        out.push(s.to_string());
    }
}

/// Normalises a PyPI name (PEP 503).
pub fn pep503(name: &str) -> String {
    let mut out = String::new();
    let mut last_sep = false;
    for c in name.trim().chars() {
        if matches!(c, '-' | '_' | '.') {
            if !last_sep {
                out.push('-');
            }
            last_sep = true;
        } else {
            out.push(c.to_ascii_lowercase());
            last_sep = false;
        }
    }
    out
}

/// Names of the npm dependencies a package.json declares (all dependency sections).
pub fn package_json_deps(text: &[u8]) -> Vec<String> {
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(text) else { return Vec::new() };
    let mut out = Vec::new();
    for sec in ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"] {
        if let Some(o) = v.get(sec).and_then(|d| d.as_object()) {
            out.extend(o.keys().cloned());
        }
    }
    out
}

/// Python distribution names mentioned by requirements files, pyproject.toml and Pipfile.
fn python_deps(path: &str, text: &str) -> Vec<String> {
    let name = path.rsplit('/').next().unwrap_or(path);
    let mut out = Vec::new();
    let ident = |s: &str| -> String {
        s.trim()
            .trim_matches(|c| c == '"' || c == '\'')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            .collect()
    };
    if name.starts_with("requirements") && name.ends_with(".txt") {
        for l in text.lines() {
            let l = l.trim();
            if l.is_empty() || l.starts_with('#') || l.starts_with('-') {
                continue;
            }
            out.push(pep503(&ident(l)));
        }
    } else if name == "pyproject.toml" || name == "Pipfile" {
        for l in text.lines() {
            let t = l.trim().trim_start_matches('"').trim_start_matches('\'');
            let id = ident(t);
            if !id.is_empty() && (l.contains('=') || l.trim().starts_with('"') || l.trim().starts_with('\'')) {
                out.push(pep503(&id));
            }
        }
    }
    out
}

/// The project's stacks, sorted.
pub fn detect(set: &FileSet) -> Vec<String> {
    let mut out = Vec::new();
    let mut has_js = false;
    let mut has_py = false;
    for f in &set.files {
        let name = f.path.rsplit('/').next().unwrap_or(&f.path);
        match f.lang {
            Language::Javascript | Language::Typescript => has_js = true,
            Language::Python => has_py = true,
            _ => {}
        }
        if f.lang == Language::Typescript {
            add(&mut out, "typescript");
        }
        if name == "package.json" {
            for dep in package_json_deps(&f.bytes) {
                if let Some((_, s)) = NPM.iter().find(|(p, _)| *p == dep) {
                    add(&mut out, s);
                }
            }
        }
        if name.starts_with("requirements") || name == "pyproject.toml" || name == "Pipfile" {
            for dep in python_deps(&f.path, &String::from_utf8_lossy(&f.bytes)) {
                if let Some((_, s)) = PYPI.iter().find(|(p, _)| *p == dep) {
                    add(&mut out, s);
                }
            }
        }
        let lower = name.to_ascii_lowercase();
        let by_file: &[(&str, &str)] = &[
            ("next.config.", "nextjs"),
            ("vite.config.", "vite"),
            ("manage.py", "django"),
            ("schema.prisma", "prisma"),
            ("firebase.json", "firebase"),
            ("firestore.rules", "firebase"),
            ("vercel.json", "vercel"),
            ("netlify.toml", "netlify"),
            ("fly.toml", "fly"),
            ("railway.json", "railway"),
            ("railway.toml", "railway"),
            ("render.yaml", "render"),
            ("dockerfile", "docker"),
            ("docker-compose.yml", "docker"),
            ("docker-compose.yaml", "docker"),
            ("compose.yaml", "docker"),
            ("procfile", "heroku"),
        ];
        for (prefix, s) in by_file {
            if lower.starts_with(prefix) {
                add(&mut out, s);
            }
        }
        if f.path.starts_with("supabase/") || f.path.contains("/supabase/migrations/") || f.path.contains("/supabase/functions/") {
            add(&mut out, "supabase");
        }
    }
    if has_js {
        add(&mut out, "node");
    }
    if has_py {
        add(&mut out, "python");
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{FileSet, Limits, RawFile};

    #[test]
    fn detects_common_stacks() {
        let set = FileSet::from_files(
            vec![
                RawFile::new("package.json", r#"{"dependencies":{"next":"14.0.0","@supabase/supabase-js":"2"},"devDependencies":{"typescript":"5"}}"#),
                RawFile::new("app/page.tsx", "export default function P() {}"),
                RawFile::new("api/requirements.txt", "fastapi==0.110.0\nSQLAlchemy>=2\n# c\n"),
                RawFile::new("vercel.json", "{}"),
            ],
            &Limits::default(),
        );
        let s = detect(&set);
        for want in ["nextjs", "supabase", "typescript", "fastapi", "sqlalchemy", "vercel", "node"] {
            assert!(s.contains(&want.to_string()), "{want} missing from {s:?}");
        }
        assert!(!s.contains(&"python".to_string()));
    }

    #[test]
    fn pep503_normalises() {
        assert_eq!(pep503("Flask_Cors"), "flask-cors");
        assert_eq!(pep503("python.jose"), "python-jose");
    }
}
