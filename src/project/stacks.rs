//! Stack detection from manifests and tell-tale files: frameworks, languages, databases and ORMs,
//! auth libraries, hosting.

use crate::input::FileSet;
use crate::lang::Language;

/// (npm package, stack name). A name ending in `/` matches every package of that scope.
const NPM: &[(&str, &str)] = &[
    // Frameworks
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
    ("svelte", "svelte"),
    ("nuxt", "nuxt"),
    ("@remix-run/node", "remix"),
    ("@remix-run/react", "remix"),
    ("@react-router/dev", "react-router"),
    ("astro", "astro"),
    ("@angular/core", "angular"),
    ("solid-js", "solid"),
    ("expo", "expo"),
    ("react-native", "react-native"),
    ("electron", "electron"),
    ("@trpc/server", "trpc"),
    ("elysia", "elysia"),
    // Data
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
    ("pg-promise", "postgres"),
    ("@vercel/postgres", "postgres"),
    ("@neondatabase/serverless", "postgres"),
    ("mysql", "mysql"),
    ("mysql2", "mysql"),
    ("@planetscale/database", "mysql"),
    ("sequelize", "sequelize"),
    ("typeorm", "typeorm"),
    ("kysely", "kysely"),
    ("knex", "knex"),
    ("better-sqlite3", "sqlite"),
    ("sqlite3", "sqlite"),
    ("@libsql/client", "sqlite"),
    ("redis", "redis"),
    ("ioredis", "redis"),
    ("@upstash/redis", "redis"),
    ("@vercel/kv", "redis"),
    ("convex", "convex"),
    ("appwrite", "appwrite"),
    ("pocketbase", "pocketbase"),
    // Auth
    ("next-auth", "next-auth"),
    ("@auth/core", "next-auth"),
    ("@clerk/", "clerk"),
    ("passport", "passport"),
    ("jsonwebtoken", "jsonwebtoken"),
    ("jose", "jose"),
    ("lucia", "lucia"),
    ("better-auth", "better-auth"),
    ("@auth0/", "auth0"),
    ("@kinde-oss/", "kinde"),
    ("iron-session", "iron-session"),
    ("express-session", "express-session"),
    // Services
    ("stripe", "stripe"),
    ("openai", "openai"),
    ("@anthropic-ai/sdk", "anthropic"),
    ("ai", "vercel-ai"),
    ("@sentry/", "sentry"),
    ("typescript", "typescript"),
];

/// (PyPI package, stack name).
const PYPI: &[(&str, &str)] = &[
    ("fastapi", "fastapi"),
    ("flask", "flask"),
    ("django", "django"),
    ("djangorestframework", "drf"),
    ("starlette", "starlette"),
    ("litestar", "litestar"),
    ("sanic", "sanic"),
    ("aiohttp", "aiohttp"),
    ("streamlit", "streamlit"),
    ("gradio", "gradio"),
    ("sqlalchemy", "sqlalchemy"),
    ("sqlmodel", "sqlalchemy"),
    ("flask-sqlalchemy", "sqlalchemy"),
    ("tortoise-orm", "tortoise"),
    ("peewee", "peewee"),
    ("psycopg2", "postgres"),
    ("psycopg2-binary", "postgres"),
    ("psycopg", "postgres"),
    ("asyncpg", "postgres"),
    ("pymysql", "mysql"),
    ("mysqlclient", "mysql"),
    ("pymongo", "mongodb"),
    ("motor", "mongodb"),
    ("redis", "redis"),
    ("supabase", "supabase"),
    ("firebase-admin", "firebase"),
    ("prisma", "prisma"),
    ("pyjwt", "pyjwt"),
    ("python-jose", "python-jose"),
    ("authlib", "authlib"),
    ("flask-login", "flask-login"),
    ("flask-jwt-extended", "flask-jwt-extended"),
    ("djangorestframework-simplejwt", "simplejwt"),
    ("django-allauth", "allauth"),
    ("fastapi-users", "fastapi-users"),
    ("auth0-python", "auth0"),
    ("stripe", "stripe"),
    ("openai", "openai"),
    ("anthropic", "anthropic"),
    ("langchain", "langchain"),
    ("sentry-sdk", "sentry"),
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
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for sec in [
        "dependencies",
        "devDependencies",
        "peerDependencies",
        "optionalDependencies",
    ] {
        if let Some(o) = v.get(sec).and_then(|d| d.as_object()) {
            out.extend(o.keys().cloned());
        }
    }
    out
}

fn npm_stack(dep: &str) -> Option<&'static str> {
    NPM.iter()
        .find(|(p, _)| {
            if p.ends_with('/') {
                dep.starts_with(p)
            } else {
                *p == dep
            }
        })
        .map(|(_, s)| *s)
}

/// (file name prefix, lower case, stack name): frameworks, hosting, CI and package managers
/// recognised by a tell-tale file.
const BY_FILE: &[(&str, &str)] = &[
    ("next.config.", "nextjs"),
    ("vite.config.", "vite"),
    ("nuxt.config.", "nuxt"),
    ("svelte.config.", "sveltekit"),
    ("astro.config.", "astro"),
    ("angular.json", "angular"),
    ("manage.py", "django"),
    ("schema.prisma", "prisma"),
    ("drizzle.config.", "drizzle"),
    ("firebase.json", "firebase"),
    ("firestore.rules", "firebase"),
    ("vercel.json", "vercel"),
    ("netlify.toml", "netlify"),
    ("fly.toml", "fly"),
    ("railway.json", "railway"),
    ("railway.toml", "railway"),
    ("render.yaml", "render"),
    ("render.yml", "render"),
    ("dockerfile", "docker"),
    ("docker-compose", "docker"),
    ("compose.yaml", "docker"),
    ("compose.yml", "docker"),
    ("procfile", "heroku"),
    (".replit", "replit"),
    ("replit.nix", "replit"),
    ("wrangler.toml", "cloudflare"),
    ("wrangler.json", "cloudflare"),
    ("amplify.yml", "aws-amplify"),
    ("serverless.yml", "serverless"),
    ("serverless.yaml", "serverless"),
    ("package-lock.json", "npm"),
    ("npm-shrinkwrap.json", "npm"),
    ("yarn.lock", "yarn"),
    (".yarnrc.yml", "yarn"),
    ("pnpm-lock.yaml", "pnpm"),
    ("pnpm-workspace.yaml", "pnpm"),
    ("bun.lock", "bun"),
    ("bunfig.toml", "bun"),
    ("poetry.lock", "poetry"),
    ("uv.lock", "uv"),
    ("pipfile", "pipenv"),
    ("pdm.lock", "pdm"),
    ("go.mod", "go"),
    ("gemfile", "ruby"),
    ("composer.json", "php"),
    (".gitlab-ci.yml", "gitlab-ci"),
    ("jenkinsfile", "jenkins"),
    ("bitbucket-pipelines.yml", "bitbucket-pipelines"),
    ("azure-pipelines.yml", "azure-pipelines"),
];

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
        if let Some(m) = super::deps::manifest::parse(&f.path, &f.bytes) {
            let table = if m.eco == super::deps::advisories::Eco::Npm {
                None
            } else {
                Some(PYPI)
            };
            for dep in &m.deps {
                let s = match table {
                    None => npm_stack(&dep.name),
                    Some(t) => t.iter().find(|(p, _)| *p == dep.name).map(|(_, s)| *s),
                };
                if let Some(s) = s {
                    add(&mut out, s);
                }
            }
            match (m.kind, m.tool) {
                (super::deps::manifest::ManifestKind::Requirements, _) => add(&mut out, "pip"),
                (_, Some(tool)) => add(&mut out, tool),
                _ => {}
            }
            if name == "package.json" {
                // `"packageManager": "pnpm@9.1.0"`
                let text = String::from_utf8_lossy(&f.bytes);
                if let Some(p) = super::deps::manifest::find_json_key(&text, 0, "packageManager") {
                    let tail: String = text.get(p..).unwrap_or("").chars().take(80).collect();
                    for pm in ["pnpm", "yarn", "npm", "bun"] {
                        if tail.contains(&format!("\"{pm}@")) {
                            add(&mut out, pm);
                        }
                    }
                }
            }
        }
        let lower = name.to_ascii_lowercase();
        for (prefix, s) in BY_FILE {
            if lower.starts_with(prefix) {
                add(&mut out, s);
            }
        }
        if f.path.starts_with(".github/workflows/") {
            add(&mut out, "github-actions");
        }
        if f.path.starts_with(".circleci/") {
            add(&mut out, "circleci");
        }
        if f.path.starts_with("supabase/")
            || f.path.contains("/supabase/migrations/")
            || f.path.contains("/supabase/functions/")
        {
            add(&mut out, "supabase");
        }
    }
    // Files the input layer skipped still say something about the stack.
    for s in &set.skipped {
        let name = s
            .path
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or(&s.path);
        match name {
            "bun.lockb" => add(&mut out, "bun"),
            ".vercel" => add(&mut out, "vercel"),
            ".netlify" => add(&mut out, "netlify"),
            "package-lock.json" => add(&mut out, "npm"),
            "yarn.lock" => add(&mut out, "yarn"),
            "pnpm-lock.yaml" => add(&mut out, "pnpm"),
            "poetry.lock" => add(&mut out, "poetry"),
            "uv.lock" => add(&mut out, "uv"),
            _ => {}
        }
    }
    if has_js {
        add(&mut out, "node");
    }
    if has_py {
        add(&mut out, "python");
    }
    crate::sort::sort(&mut out);
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
                RawFile::new(
                    "package.json",
                    r#"{"dependencies":{"next":"14.0.0","@supabase/supabase-js":"2"},"devDependencies":{"typescript":"5"}}"#,
                ),
                RawFile::new("app/page.tsx", "export default function P() {}"),
                RawFile::new(
                    "api/requirements.txt",
                    "fastapi==0.110.0\nSQLAlchemy>=2\n# c\n",
                ),
                RawFile::new("vercel.json", "{}"),
            ],
            &Limits::default(),
        );
        let s = detect(&set);
        for want in [
            "nextjs",
            "supabase",
            "typescript",
            "fastapi",
            "sqlalchemy",
            "vercel",
            "node",
        ] {
            assert!(s.contains(&want.to_string()), "{want} missing from {s:?}");
        }
        assert!(!s.contains(&"python".to_string()));
    }

    #[test]
    fn detects_package_managers_hosting_auth_and_data() {
        let set = FileSet::from_files(
            vec![
                RawFile::new(
                    "package.json",
                    r#"{"packageManager":"pnpm@9.1.0","dependencies":{"@clerk/nextjs":"5","drizzle-orm":"0.30","@upstash/redis":"1"}}"#,
                ),
                RawFile::new("pnpm-lock.yaml", "lockfileVersion: '9.0'\n"),
                RawFile::new(
                    "api/pyproject.toml",
                    "[tool.poetry.dependencies]\npython = \"^3.11\"\nFastAPI = \"^0.110\"\npsycopg = \"*\"\n",
                ),
                RawFile::new(
                    "api/poetry.lock",
                    "[[package]]\nname = \"fastapi\"\nversion = \"0.110.0\"\n",
                ),
                RawFile::new("worker/requirements.txt", "django-allauth==0.61\n"),
                RawFile::new("fly.toml", "app = 'x'\n"),
                RawFile::new(".github/workflows/ci.yml", "on: push\n"),
                RawFile::new("Dockerfile", "FROM node:20\n"),
                RawFile::new("bun.lockb", vec![0u8, 1, 2]),
            ],
            &Limits::default(),
        );
        let s = detect(&set);
        for want in [
            "pnpm",
            "clerk",
            "drizzle",
            "redis",
            "fastapi",
            "postgres",
            "poetry",
            "pip",
            "allauth",
            "fly",
            "github-actions",
            "docker",
            "bun",
        ] {
            assert!(s.contains(&want.to_string()), "{want} missing from {s:?}");
        }
        let mut sorted = s.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(s, sorted);
    }

    #[test]
    fn pep503_normalises() {
        assert_eq!(pep503("Flask_Cors"), "flask-cors");
        assert_eq!(pep503("python.jose"), "python-jose");
    }
}
