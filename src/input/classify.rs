//! File classification: the language of a file (by name, extension and shebang) or the reason it
//! is skipped (dependency or build directory, binary, minified, generated, too large...).

use super::Limits;
use crate::lang::Language;

/// What to do with one path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Classified {
    Keep(Language),
    /// The whole directory `dir` is skipped (listed once in the report).
    SkipDir {
        dir: String,
        reason: String,
    },
    Skip(String),
}

/// `./a\\b//c/../d` -> `a/d`. Never escapes the root.
pub fn normalize_path(p: &str) -> String {
    let p = p.replace('\\', "/");
    let mut parts: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    parts.join("/")
}

/// Why a directory with this name is skipped (`node_modules`, `dist`, `.venv`...), if it is.
pub fn dir_reason(name: &str) -> Option<&'static str> {
    Some(match name {
        "node_modules" | "bower_components" | "jspm_packages" | ".pnpm-store" | ".yarn"
        | "site-packages" => "dependency directory",
        "vendor" | "third_party" | "third-party" => "vendored code",
        "dist" | "build" | "out" | ".next" | ".nuxt" | ".output" | ".svelte-kit" | ".turbo"
        | ".vercel" | ".netlify" | "storybook-static" | ".expo" | ".docusaurus" | "target" => {
            "build output"
        }
        "coverage" | ".nyc_output" | "htmlcov" => "test coverage output",
        "venv" | ".venv" | "virtualenv" | ".virtualenv" => "virtual environment",
        "__pycache__" | ".pytest_cache" | ".mypy_cache" | ".ruff_cache" | ".cache"
        | ".parcel-cache" | ".tox" | ".nox" | ".eslintcache" => "cache",
        ".git" | ".hg" | ".svn" => "version control metadata",
        "__MACOSX" => "archive metadata",
        _ => return None,
    })
}

const BINARY_EXT: &[&str] = &[
    "png",
    "jpg",
    "jpeg",
    "gif",
    "webp",
    "ico",
    "bmp",
    "tif",
    "tiff",
    "avif",
    "heic",
    "svg",
    "psd",
    "mp3",
    "mp4",
    "wav",
    "ogg",
    "webm",
    "mov",
    "avi",
    "m4a",
    "flac",
    "woff",
    "woff2",
    "ttf",
    "otf",
    "eot",
    "pdf",
    "zip",
    "tar",
    "gz",
    "tgz",
    "bz2",
    "xz",
    "7z",
    "rar",
    "jar",
    "war",
    "exe",
    "dll",
    "so",
    "dylib",
    "bin",
    "wasm",
    "pyc",
    "pyo",
    "class",
    "o",
    "a",
    "db",
    "sqlite",
    "sqlite3",
    "pkl",
    "npy",
    "npz",
    "parquet",
    "glb",
    "onnx",
    "pt",
    "safetensors",
    "docx",
    "xlsx",
    "pptx",
    "keystore",
    "jks",
    "p12",
    "pfx",
    "lockb",
    "ds_store",
];

const LOCKFILES: &[&str] = &[
    "package-lock.json",
    "npm-shrinkwrap.json",
    "yarn.lock",
    "pnpm-lock.yaml",
    "bun.lock",
    "poetry.lock",
    "Pipfile.lock",
    "uv.lock",
    "pdm.lock",
    "composer.lock",
    "Gemfile.lock",
    "Cargo.lock",
];

/// Is this file a CI pipeline definition? (Readiness looks for one; secret rules accept the
/// self-declared test values of its throwaway services.)
pub fn is_ci_file(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    let name = lower.rsplit('/').next().unwrap_or(&lower);
    let yaml = name.ends_with(".yml") || name.ends_with(".yaml");
    (yaml
        && (lower.starts_with(".github/workflows/")
            || lower.starts_with(".gitea/workflows/")
            || lower.starts_with(".forgejo/workflows/")
            || lower.starts_with(".woodpecker/")
            || lower.starts_with(".buildkite/")
            || lower.starts_with(".azure-pipelines/")
            || lower.starts_with(".semaphore/")))
        || matches!(
            lower.as_str(),
            ".gitlab-ci.yml"
                | ".circleci/config.yml"
                | "bitbucket-pipelines.yml"
                | "azure-pipelines.yml"
                | "jenkinsfile"
                | ".travis.yml"
                | ".drone.yml"
                | ".woodpecker.yml"
                | "cloudbuild.yaml"
                | "cloudbuild.yml"
                | "buildspec.yml"
                | "appveyor.yml"
                | "bitrise.yml"
                | "codemagic.yaml"
        )
        || (yaml && name.ends_with(".gitlab-ci.yml"))
}

/// Is this file name an environment file (`.env`, `.env.local`, `prod.env`)?
pub fn is_env_name(name: &str) -> bool {
    name == ".env"
        || name.starts_with(".env.")
        || (name.ends_with(".env") && name.len() > 4)
        || name == ".envrc"
        || name == ".dev.vars"
}

fn ext_language(ext: &str) -> Option<Language> {
    Some(match ext {
        "js" | "jsx" | "mjs" | "cjs" | "vue" | "svelte" | "astro" => Language::Javascript,
        "ts" | "tsx" | "mts" | "cts" => Language::Typescript,
        "py" | "pyw" => Language::Python,
        "json" | "jsonc" | "json5" => Language::Json,
        "yaml" | "yml" => Language::Yaml,
        "toml" => Language::Toml,
        "sql" | "psql" | "pgsql" => Language::Sql,
        "html" | "htm" | "jinja" | "jinja2" | "j2" | "ejs" | "hbs" | "handlebars" | "njk"
        | "liquid" => Language::Html,
        "sh" | "bash" | "zsh" => Language::Shell,
        "md" | "mdx" | "markdown" | "rst" => Language::Markdown,
        _ => return None,
    })
}

fn shebang_language(bytes: &[u8]) -> Option<Language> {
    if !bytes.starts_with(b"#!") {
        return None;
    }
    let line = &bytes[..bytes
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(bytes.len())
        .min(200)];
    let line = String::from_utf8_lossy(line);
    if line.contains("node") || line.contains("deno") || line.contains("bun") {
        Some(Language::Javascript)
    } else if line.contains("python") {
        Some(Language::Python)
    } else if line.contains("sh") {
        Some(Language::Shell)
    } else {
        None
    }
}

/// A file is minified when it is long and its lines are very long on average.
fn looks_minified(bytes: &[u8]) -> bool {
    if bytes.len() < 2048 {
        return false;
    }
    let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
    bytes.len() / lines > 400
}

/// Generated code is skipped, except small files: tools (Lovable's Supabase client, config
/// stubs) write short "do not edit" files that hold the keys the user pasted in.
const GENERATED_KEEP_BYTES: usize = 8 * 1024;

fn looks_generated(bytes: &[u8]) -> bool {
    if bytes.len() <= GENERATED_KEEP_BYTES {
        return false;
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(400)]).to_ascii_lowercase();
    head.contains("@generated")
        || head.contains("do not edit")
        || head.contains("auto-generated")
        || head.contains("autogenerated")
}

/// A report this tool wrote (`prodgap scan -o report.json` inside the scanned folder): its fix
/// snippets and quoted code would otherwise be scanned as the project's own code on the next run.
fn looks_like_own_report(lower_name: &str, bytes: &[u8]) -> bool {
    let ext = lower_name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    if !matches!(
        ext,
        "json" | "sarif" | "md" | "markdown" | "html" | "htm" | "txt" | "text" | "log"
    ) {
        return false;
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let compact = || -> String { head.chars().filter(|c| !c.is_whitespace()).collect() };
    match ext {
        "json" => compact().starts_with("{\"schema\":\"prodgap.report/"),
        "sarif" => {
            let compact = compact();
            compact.contains("sarif")
                && compact.contains("\"driver\":{")
                && compact.contains("\"name\":\"prodgap\"")
        }
        "md" | "markdown" => {
            head.starts_with("# Production-readiness audit\n") && head.contains("**Verdict: ")
        }
        "html" | "htm" => {
            head.starts_with("<!doctype html>") && head.contains("<title>prodgap audit</title>")
        }
        "txt" | "text" | "log" => {
            head.starts_with("prodgap ")
                && head
                    .lines()
                    .next()
                    .is_some_and(|l| l.contains(" files scanned ("))
        }
        _ => false,
    }
}

/// Classifies `path` (already normalised) with its content.
pub fn classify(path: &str, bytes: &[u8], limits: &Limits) -> Classified {
    let comps: Vec<&str> = path.split('/').collect();
    for (i, c) in comps.iter().enumerate().take(comps.len().saturating_sub(1)) {
        if let Some(reason) = dir_reason(c) {
            return Classified::SkipDir {
                dir: comps[..=i].join("/"),
                reason: reason.to_string(),
            };
        }
    }
    let name = comps.last().copied().unwrap_or("");
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    if BINARY_EXT.contains(&ext) || lower == ".ds_store" {
        return Classified::Skip("binary or media file".into());
    }
    if LOCKFILES.contains(&name) {
        if bytes.len() as u64 > limits.max_lockfile_bytes {
            return Classified::Skip(format!(
                "lockfile larger than {} bytes",
                limits.max_lockfile_bytes
            ));
        }
        return Classified::Keep(Language::Lockfile);
    }
    if bytes.len() as u64 > limits.max_file_bytes {
        return Classified::Skip(format!("larger than {} bytes", limits.max_file_bytes));
    }
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return Classified::Skip("binary (NUL bytes) or UTF-16 text".into());
    }
    if looks_like_own_report(&lower, bytes) {
        return Classified::Skip("a prodgap report (this tool's own output)".into());
    }
    if lower.ends_with(".min.js")
        || lower.ends_with(".min.css")
        || lower.ends_with(".min.mjs")
        || lower.contains(".bundle.")
        || lower.contains(".chunk.")
    {
        return Classified::Skip("minified".into());
    }
    if ext == "map" {
        return Classified::Skip("source map (generated)".into());
    }
    if lower.ends_with(".d.ts") {
        return Classified::Skip("type declarations (generated)".into());
    }
    if matches!(ext, "css" | "scss" | "sass" | "less" | "styl") {
        return Classified::Skip("stylesheet (no rules apply)".into());
    }
    let lang = if is_env_name(&lower) {
        Language::Env
    } else if lower == "dockerfile"
        || lower.starts_with("dockerfile.")
        || ext == "dockerfile"
        || lower == "containerfile"
    {
        Language::Dockerfile
    } else if let Some(l) = ext_language(ext) {
        l
    } else if let Some(l) = shebang_language(bytes) {
        l
    } else {
        Language::Text
    };
    if matches!(
        lang,
        Language::Javascript | Language::Typescript | Language::Json
    ) && looks_minified(bytes)
    {
        return Classified::Skip("minified".into());
    }
    if matches!(
        lang,
        Language::Javascript | Language::Typescript | Language::Python
    ) && looks_generated(bytes)
    {
        return Classified::Skip("generated".into());
    }
    Classified::Keep(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(path: &str, content: &str) -> Classified {
        classify(path, content.as_bytes(), &Limits::default())
    }

    #[test]
    fn normalizes_paths() {
        assert_eq!(normalize_path("./a\\b//c/../d"), "a/b/d");
        assert_eq!(normalize_path("../../etc/passwd"), "etc/passwd");
        assert_eq!(normalize_path("/abs/x.js"), "abs/x.js");
    }

    #[test]
    fn languages() {
        assert_eq!(
            c("src/App.tsx", "x"),
            Classified::Keep(Language::Typescript)
        );
        assert_eq!(c("server.mjs", "x"), Classified::Keep(Language::Javascript));
        assert_eq!(c("app/main.py", "x"), Classified::Keep(Language::Python));
        assert_eq!(c(".env.local", "A=1"), Classified::Keep(Language::Env));
        assert_eq!(c("config/prod.env", "A=1"), Classified::Keep(Language::Env));
        assert_eq!(c(".envrc", "export A=1"), Classified::Keep(Language::Env));
        assert_eq!(
            c("worker/.dev.vars", "A=1"),
            Classified::Keep(Language::Env)
        );
        assert_eq!(
            c("Dockerfile", "FROM x"),
            Classified::Keep(Language::Dockerfile)
        );
        assert_eq!(
            c("bin/tool", "#!/usr/bin/env node\n"),
            Classified::Keep(Language::Javascript)
        );
        assert_eq!(
            c("scripts/run", "#!/usr/bin/env python3\n"),
            Classified::Keep(Language::Python)
        );
        assert_eq!(
            c("package-lock.json", "{}"),
            Classified::Keep(Language::Lockfile)
        );
        assert_eq!(c("firestore.rules", "x"), Classified::Keep(Language::Text));
    }

    #[test]
    fn skips_this_tools_own_reports_only() {
        let own = |p: &str, s: &str| matches!(c(p, s), Classified::Skip(r) if r.contains("prodgap report"));
        assert!(own(
            ".scan.json",
            "{\n  \"schema\": \"prodgap.report/1\",\n  \"tool\": {}}"
        ));
        assert!(own(
            "out.sarif",
            "{\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"prodgap\"}}}]}"
        ));
        assert!(own(
            "audit.md",
            "# Production-readiness audit\n\n**Verdict: HARDEN** · score"
        ));
        assert!(own(
            "r.html",
            "<!doctype html><html lang=\"en\"><head><title>prodgap audit</title>"
        ));
        assert!(own(
            "scan.txt",
            "prodgap 0.1.0 — 2 files scanned (0 KB), stack: fastapi\n"
        ));
        // Look-alikes are the project's own files.
        assert!(!own(
            "config.json",
            "{\"schema\": \"https://example.com/prodgap.report/1\"}"
        ));
        assert!(!own(
            "data.json",
            "{\"tool\": {}, \"schema\": \"prodgap.report/1\"}"
        ));
        assert!(!own(
            "README.md",
            "# Production-readiness audit\n\nWe plan to run one."
        ));
        assert!(!own("notes.txt", "prodgap is a scanner\n"));
    }

    #[test]
    fn skips() {
        assert!(
            matches!(c("node_modules/a/index.js", "x"), Classified::SkipDir { dir, .. } if dir == "node_modules")
        );
        assert!(
            matches!(c("web/.next/server/x.js", "x"), Classified::SkipDir { dir, .. } if dir == "web/.next")
        );
        assert!(matches!(c("logo.png", "x"), Classified::Skip(_)));
        assert!(matches!(c("a.min.js", "x"), Classified::Skip(r) if r == "minified"));
        assert!(matches!(c("a.js", &"x".repeat(5000)), Classified::Skip(r) if r == "minified"));
        assert!(matches!(c("a.js", "a\0b"), Classified::Skip(_)));
        let generated = format!(
            "// @generated by supabase\n{}",
            "export type T = {};\n".repeat(600)
        );
        assert!(matches!(c("types/db.ts", &generated), Classified::Skip(r) if r == "generated"));
        let client = "// This file is automatically generated. Do not edit it directly.\nconst KEY = \"k\";\n";
        assert!(matches!(
            c("src/integrations/supabase/client.ts", client),
            Classified::Keep(Language::Typescript)
        ));
        let big = "x\n".repeat(600_000);
        assert!(matches!(c("big.js", &big), Classified::Skip(r) if r.starts_with("larger")));
    }
}
