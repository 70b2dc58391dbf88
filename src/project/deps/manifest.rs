//! Dependency manifests: `package.json`, `requirements*.txt`, `pyproject.toml` (PEP 621, PEP
//! 735 groups, Poetry, uv, PDM) and `Pipfile`, parsed into declared dependencies with the line
//! that declares each one.

use super::advisories::Eco;
use super::semver;
use crate::lang::LineIndex;
use crate::project::stacks::pep503;
use std::collections::BTreeMap;

/// Most dependencies kept from one manifest.
const MAX_DEPS: usize = 5_000;

/// How a declared version constraint is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecStyle {
    /// An npm range, tag, URL or protocol (`^1.2.3`, `latest`, `github:a/b`, `workspace:*`).
    Npm,
    /// A PEP 440 specifier set (`>=1.2,<2`), or a URL requirement (`name @ https://...`).
    Pep440,
    /// A Poetry constraint (`^1.2`, `~1.2`, `1.2.3`).
    Poetry,
}

/// One dependency as a manifest declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declared {
    /// The package: as published for npm (the real package behind an `npm:` alias), PEP
    /// 503-normalised for PyPI.
    pub name: String,
    /// The constraint as written (`^14.1.0`, `>=0.100`, `*`, empty for none).
    pub spec: String,
    pub style: SpecStyle,
    pub line: u32,
    /// Declared for development only (devDependencies, dev groups, requirements-dev.txt).
    pub dev: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ManifestKind {
    PackageJson,
    Pyproject,
    Requirements,
    Pipfile,
}

#[derive(Debug, Clone)]
pub struct Manifest {
    pub path: String,
    /// The directory the manifest describes (`requirements/*.txt` describe their parent).
    pub dir: String,
    pub eco: Eco,
    pub kind: ManifestKind,
    pub deps: Vec<Declared>,
    /// package.json `scripts`.
    pub scripts: BTreeMap<String, String>,
    /// Line of the `dependencies` section (package.json) or of the first dependency.
    pub anchor_line: u32,
    /// pyproject.toml: Poetry, uv or PDM configuration present (their lockfiles are expected).
    pub tool: Option<&'static str>,
    /// package.json `workspaces` patterns (`["apps/*", "server"]`, or under `packages`): one
    /// lockfile at this root covers every member.
    pub workspaces: Vec<String>,
}

fn dir_of(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(d, _)| d)
}

fn name_of(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Is `path` a manifest this module reads?
pub fn kind_of(path: &str) -> Option<ManifestKind> {
    let name = name_of(path);
    let lower = name.to_ascii_lowercase();
    if name == "package.json" {
        Some(ManifestKind::PackageJson)
    } else if name == "pyproject.toml" {
        Some(ManifestKind::Pyproject)
    } else if name == "Pipfile" {
        Some(ManifestKind::Pipfile)
    } else if lower.ends_with(".txt")
        && (lower.starts_with("requirements")
            || dir_of(path).rsplit('/').next() == Some("requirements"))
    {
        Some(ManifestKind::Requirements)
    } else {
        None
    }
}

/// Replaces whole-line `//` comments with empty lines (line numbers stay) so that annotated or
/// JSONC-style manifests and lockfiles still parse.
pub fn strip_line_comments(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.lines().any(|l| l.trim_start().starts_with("//")) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for l in text.split_inclusive('\n') {
        if l.trim_start().starts_with("//") {
            if l.ends_with('\n') {
                out.push('\n');
            }
        } else {
            out.push_str(l);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Byte offset of the JSON key `"key"` (followed by `:`) at or after `from`.
pub fn find_json_key(text: &str, from: usize, key: &str) -> Option<usize> {
    let needle = format!("\"{key}\"");
    let mut at = from;
    while let Some(p) = text.get(at..).and_then(|t| t.find(&needle)) {
        let pos = at + p;
        let after = &text[pos + needle.len()..];
        if after.trim_start().starts_with(':') {
            return Some(pos);
        }
        at = pos + needle.len();
    }
    None
}

/// Parses a package.json. `None` when it is not JSON.
pub fn package_json(path: &str, text: &str) -> Option<Manifest> {
    let text = strip_line_comments(text);
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    let idx = LineIndex::new(text.as_bytes());
    let line_at = |off: usize| idx.line_of(off) as u32;
    let mut deps = Vec::new();
    let mut anchor_line = 0;
    for (sec, dev) in [
        ("dependencies", false),
        ("optionalDependencies", false),
        ("devDependencies", true),
    ] {
        let Some(obj) = v.get(sec).and_then(|d| d.as_object()) else {
            continue;
        };
        let sec_off = find_json_key(&text, 0, sec).unwrap_or(0);
        if anchor_line == 0 && !obj.is_empty() {
            anchor_line = line_at(sec_off);
        }
        for (name, spec) in obj.iter().take(MAX_DEPS) {
            let Some(spec) = spec.as_str() else { continue };
            let line = find_json_key(&text, sec_off, name).map_or(line_at(sec_off), line_at);
            // `"alias": "npm:real-name@^1.2.3"`.
            let (real, spec) = match spec.strip_prefix("npm:") {
                Some(rest) => {
                    let at = rest.get(1..).and_then(|r| r.find('@')).map(|p| p + 1);
                    match at {
                        Some(p) => (rest[..p].to_string(), rest[p + 1..].to_string()),
                        None => (rest.to_string(), String::new()),
                    }
                }
                None => (name.clone(), spec.to_string()),
            };
            deps.push(Declared {
                name: real,
                spec: spec.trim().to_string(),
                style: SpecStyle::Npm,
                line,
                dev,
            });
        }
    }
    let scripts = v
        .get("scripts")
        .and_then(|s| s.as_object())
        .map(|o| {
            o.iter()
                .take(500)
                .filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_string())))
                .collect()
        })
        .unwrap_or_default();
    Some(Manifest {
        path: path.to_string(),
        dir: dir_of(path).to_string(),
        eco: Eco::Npm,
        kind: ManifestKind::PackageJson,
        deps,
        scripts,
        anchor_line: anchor_line.max(1),
        tool: None,
        workspaces: v
            .get("workspaces")
            .and_then(|w| {
                w.as_array()
                    .or_else(|| w.get("packages").and_then(|p| p.as_array()))
            })
            .map(|a| {
                a.iter()
                    .take(100)
                    .filter_map(|x| {
                        x.as_str()
                            .map(|s| s.trim_start_matches("./").trim_end_matches('/').to_string())
                    })
                    .collect()
            })
            .unwrap_or_default(),
    })
}

/// Splits a PEP 508 requirement into (name as written, specifier). URL requirements
/// (`name @ https://...`) get an `@`-prefixed spec; markers and extras are dropped.
pub fn pep508(req: &str) -> Option<(String, String)> {
    let req = req.split(';').next().unwrap_or("").trim();
    let n = req
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        .count();
    if n == 0 || n > 100 {
        return None;
    }
    let name = req[..n].to_string();
    let mut rest = req[n..].trim_start();
    if rest.starts_with('[') {
        rest = rest.split_once(']').map_or("", |(_, r)| r).trim_start();
    }
    if rest.starts_with('@') {
        return Some((name, "@".to_string()));
    }
    let spec = rest
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim();
    if !spec.is_empty() && !spec.starts_with(['<', '>', '=', '!', '~']) {
        return None;
    }
    Some((name, spec.split_whitespace().collect::<Vec<_>>().join("")))
}

/// Parses a requirements file. Dev-only when its name says so (`requirements-dev.txt`).
pub fn requirements(path: &str, text: &str) -> Manifest {
    let lower = name_of(path).to_ascii_lowercase();
    let dev = ["dev", "test", "lint", "doc", "ci"]
        .iter()
        .any(|w| lower.contains(w));
    let parent = dir_of(path);
    let dir = if parent.rsplit('/').next() == Some("requirements") {
        dir_of(parent)
    } else {
        parent
    };
    let mut deps = Vec::new();
    let mut logical = String::new();
    let mut start = 0u32;
    for (i, raw) in text.lines().enumerate() {
        if logical.is_empty() {
            start = i as u32 + 1;
        }
        let l = raw.trim_end();
        if let Some(cont) = l.strip_suffix('\\') {
            if logical.len() < 4096 {
                logical.push_str(cont);
                logical.push(' ');
            }
            continue;
        }
        logical.push_str(l);
        let line = std::mem::take(&mut logical);
        let line = match line.find(" #") {
            Some(p) => &line[..p],
            None => line.as_str(),
        };
        let t = line.trim();
        if t.is_empty()
            || t.starts_with('#')
            || t.starts_with('-')
            || t.starts_with(['.', '/'])
            || deps.len() >= MAX_DEPS
        {
            continue;
        }
        // Options after the requirement (`--hash=...`).
        let t = t.split(" --").next().unwrap_or(t);
        if let Some((name, spec)) = pep508(t) {
            deps.push(Declared {
                name: pep503(&name),
                spec,
                style: SpecStyle::Pep440,
                line: start,
                dev,
            });
        }
    }
    let anchor_line = deps.first().map_or(1, |d| d.line);
    Manifest {
        path: path.to_string(),
        dir: dir.to_string(),
        eco: Eco::PyPI,
        kind: ManifestKind::Requirements,
        deps,
        scripts: BTreeMap::new(),
        anchor_line,
        tool: None,
        workspaces: Vec::new(),
    }
}

/// Line (1-based) of the first line at or after `from` (0-based) that mentions `name` as a key
/// or a quoted requirement: `name = `, `"name" =`, `"name>=1"`, `'name'`.
fn find_name_line(lines: &[&str], from: usize, name: &str) -> Option<u32> {
    let lname = name.to_ascii_lowercase();
    let is_name = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.');
    for (i, l) in lines.iter().enumerate().skip(from) {
        let low = l.to_ascii_lowercase();
        let mut at = 0;
        while let Some(p) = low.get(at..).and_then(|s| s.find(&lname)) {
            let s = at + p;
            let e = s + lname.len();
            let before = low[..s].trim_end();
            let before_ok = before.is_empty() || before.ends_with(['"', '\'', '[', ',']);
            let after_ok = low.as_bytes().get(e).is_none_or(|b| !is_name(*b));
            let bb = low.as_bytes().get(s.wrapping_sub(1)).copied();
            if before_ok && after_ok && !bb.is_some_and(is_name) {
                return Some(i as u32 + 1);
            }
            at = e;
        }
    }
    None
}

fn header_line(lines: &[&str], header: &str) -> usize {
    lines.iter().position(|l| l.trim() == header).unwrap_or(0)
}

/// A Poetry or Pipfile dependency value: `"^1.2"`, `{ version = "^1.2", extras = [...] }`,
/// `[{ version = "...", python = "..." }, ...]`, `{ git = "..." }` (no version).
fn table_spec(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Object(t) => t.get("version").and_then(|x| x.as_str()).map_or_else(
            || {
                if t.contains_key("git")
                    || t.contains_key("path")
                    || t.contains_key("url")
                    || t.contains_key("file")
                {
                    "@".into()
                } else {
                    String::new()
                }
            },
            str::to_string,
        ),
        serde_json::Value::Array(a) => a.first().map(table_spec).unwrap_or_default(),
        _ => String::new(),
    }
}

fn is_dev_group(g: &str) -> bool {
    let g = g.to_ascii_lowercase();
    [
        "dev", "test", "lint", "doc", "typing", "type", "ci", "format", "bench",
    ]
    .iter()
    .any(|w| g.contains(w))
}

/// Parses pyproject.toml (PEP 621 + PEP 735 + Poetry + uv + PDM) or a Pipfile. `None` when
/// it is not TOML.
pub fn toml_manifest(path: &str, text: &str) -> Option<Manifest> {
    let kind = if name_of(path) == "Pipfile" {
        ManifestKind::Pipfile
    } else {
        ManifestKind::Pyproject
    };
    let doc = crate::lang::minitoml::parse(text).ok()?;
    let doc = doc.as_object()?;
    let lines: Vec<&str> = text.lines().collect();
    let mut deps: Vec<Declared> = Vec::new();
    let mut push = |raw: &str, spec: String, style: SpecStyle, dev: bool, from: usize| {
        if deps.len() >= MAX_DEPS || raw.eq_ignore_ascii_case("python") {
            return;
        }
        let line = find_name_line(&lines, from, raw)
            .or_else(|| find_name_line(&lines, 0, raw))
            .unwrap_or(from as u32 + 1);
        deps.push(Declared {
            name: pep503(raw),
            spec,
            style,
            line,
            dev,
        });
    };
    let strings = |v: Option<&serde_json::Value>| -> Vec<String> {
        v.and_then(|x| x.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut tool = None;
    if kind == ManifestKind::Pipfile {
        for (sec, dev) in [("packages", false), ("dev-packages", true)] {
            let from = header_line(&lines, &format!("[{sec}]"));
            if let Some(t) = doc.get(sec).and_then(|x| x.as_object()) {
                for (k, v) in t {
                    push(k, table_spec(v), SpecStyle::Pep440, dev, from);
                }
            }
        }
    } else {
        let project = doc.get("project");
        let from = header_line(&lines, "[project]");
        for req in strings(project.and_then(|p| p.get("dependencies"))) {
            if let Some((n, s)) = pep508(&req) {
                push(&n, s, SpecStyle::Pep440, false, from);
            }
        }
        if let Some(opt) = project
            .and_then(|p| p.get("optional-dependencies"))
            .and_then(|x| x.as_object())
        {
            for (group, reqs) in opt {
                for req in strings(Some(reqs)) {
                    if let Some((n, s)) = pep508(&req) {
                        push(&n, s, SpecStyle::Pep440, is_dev_group(group), from);
                    }
                }
            }
        }
        let groups_from = header_line(&lines, "[dependency-groups]");
        if let Some(groups) = doc.get("dependency-groups").and_then(|x| x.as_object()) {
            for (_, reqs) in groups {
                for req in strings(Some(reqs)) {
                    if let Some((n, s)) = pep508(&req) {
                        push(&n, s, SpecStyle::Pep440, true, groups_from);
                    }
                }
            }
        }
        let tools = doc.get("tool").and_then(|x| x.as_object());
        if let Some(poetry) = tools
            .and_then(|t| t.get("poetry"))
            .and_then(|x| x.as_object())
        {
            tool = Some("poetry");
            let mut tables: Vec<(String, bool, &serde_json::Map<String, serde_json::Value>)> =
                Vec::new();
            if let Some(t) = poetry.get("dependencies").and_then(|x| x.as_object()) {
                tables.push(("[tool.poetry.dependencies]".into(), false, t));
            }
            if let Some(t) = poetry.get("dev-dependencies").and_then(|x| x.as_object()) {
                tables.push(("[tool.poetry.dev-dependencies]".into(), true, t));
            }
            if let Some(groups) = poetry.get("group").and_then(|x| x.as_object()) {
                for (g, body) in groups {
                    if let Some(t) = body.get("dependencies").and_then(|x| x.as_object()) {
                        tables.push((
                            format!("[tool.poetry.group.{g}.dependencies]"),
                            g != "main",
                            t,
                        ));
                    }
                }
            }
            for (header, dev, t) in tables {
                let from = header_line(&lines, &header);
                for (k, v) in t {
                    push(k, table_spec(v), SpecStyle::Poetry, dev, from);
                }
            }
        }
        if let Some(uv) = tools.and_then(|t| t.get("uv")) {
            tool = tool.or(Some("uv"));
            let from = header_line(&lines, "[tool.uv]");
            for req in strings(uv.get("dev-dependencies")) {
                if let Some((n, s)) = pep508(&req) {
                    push(&n, s, SpecStyle::Pep440, true, from);
                }
            }
        }
        if let Some(pdm) = tools.and_then(|t| t.get("pdm")) {
            tool = tool.or(Some("pdm"));
            if let Some(groups) = pdm.get("dev-dependencies").and_then(|x| x.as_object()) {
                let from = header_line(&lines, "[tool.pdm.dev-dependencies]");
                for (_, reqs) in groups {
                    for req in strings(Some(reqs)) {
                        if let Some((n, s)) = pep508(&req) {
                            push(&n, s, SpecStyle::Pep440, true, from);
                        }
                    }
                }
            }
        }
    }
    let anchor_line = deps.iter().map(|d| d.line).min().unwrap_or(1);
    Some(Manifest {
        path: path.to_string(),
        dir: dir_of(path).to_string(),
        eco: Eco::PyPI,
        kind,
        deps,
        scripts: BTreeMap::new(),
        anchor_line,
        tool,
        workspaces: Vec::new(),
    })
}

impl Manifest {
    /// Is the package in directory `dir` one of this root's workspaces? Patterns are a
    /// directory (`server`), its children (`packages/*`) or its whole subtree (`apps/**`).
    pub fn has_workspace(&self, dir: &str) -> bool {
        let rel = if self.dir.is_empty() {
            dir
        } else {
            match dir.strip_prefix(&format!("{}/", self.dir)) {
                Some(r) => r,
                None => return false,
            }
        };
        self.workspaces.iter().any(|p| {
            if let Some(base) = p.strip_suffix("/**") {
                rel.starts_with(&format!("{base}/"))
            } else if let Some(base) = p.strip_suffix("/*") {
                rel.rsplit_once('/')
                    .is_some_and(|(parent, _)| parent == base)
            } else if p == "*" {
                !rel.contains('/')
            } else {
                rel == p
            }
        })
    }
}

/// Parses any manifest by its file name.
pub fn parse(path: &str, bytes: &[u8]) -> Option<Manifest> {
    let text = String::from_utf8_lossy(bytes);
    match kind_of(path)? {
        ManifestKind::PackageJson => package_json(path, &text),
        ManifestKind::Requirements => Some(requirements(path, &text)),
        ManifestKind::Pyproject | ManifestKind::Pipfile => toml_manifest(path, &text),
    }
}

/// What a declared constraint says about versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecInfo {
    /// The lowest version allowed, if the spec is a version constraint.
    pub minimum: Option<String>,
    /// Exactly one version.
    pub pinned: bool,
    /// No upper bound: any future release (`*`, `latest`, `>=1`, no constraint at all).
    pub unbounded: bool,
    /// Not a registry version (git, URL, path, workspace).
    pub non_registry: bool,
}

/// Reads a declared spec.
pub fn spec_info(d: &Declared) -> SpecInfo {
    let s = d.spec.trim();
    let non_registry = SpecInfo {
        minimum: None,
        pinned: false,
        unbounded: false,
        non_registry: true,
    };
    match d.style {
        SpecStyle::Npm => {
            let lower = s.to_ascii_lowercase();
            if [
                "git",
                "http:",
                "https:",
                "file:",
                "link:",
                "workspace:",
                "portal:",
                "github:",
                "gitlab:",
                "bitbucket:",
                "catalog:",
            ]
            .iter()
            .any(|p| lower.starts_with(p))
                || (s.contains('/') && !s.contains(' '))
            {
                return non_registry;
            }
            match semver::Range::parse(s) {
                Some(r) => {
                    let (min, exact) = r
                        .minimum()
                        .map_or((None, false), |(v, e)| (Some(v.to_string()), e));
                    SpecInfo {
                        minimum: min.filter(|m| m != "0.0.0" || exact),
                        pinned: exact,
                        unbounded: r.unbounded(),
                        non_registry: false,
                    }
                }
                // A dist-tag: `latest`, `next`, `canary`.
                None if !s.is_empty()
                    && s.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.') =>
                {
                    SpecInfo {
                        minimum: None,
                        pinned: false,
                        unbounded: true,
                        non_registry: false,
                    }
                }
                None => non_registry,
            }
        }
        SpecStyle::Pep440 | SpecStyle::Poetry => {
            if s.starts_with('@') {
                return non_registry;
            }
            let parsed = if d.style == SpecStyle::Poetry {
                super::pep440::parse_poetry(s)
            } else {
                super::pep440::parse_spec(s)
            };
            match parsed {
                Some(p) => SpecInfo {
                    minimum: p.minimum,
                    pinned: p.pinned,
                    unbounded: !p.bounded,
                    non_registry: false,
                },
                None => SpecInfo {
                    minimum: None,
                    pinned: false,
                    unbounded: false,
                    non_registry: false,
                },
            }
        }
    }
}

/// Does the declared constraint allow version `v`? `None` when it cannot tell (tags, URLs).
pub fn spec_allows(d: &Declared, v: &super::advisories::Ver) -> Option<bool> {
    use super::advisories::Ver;
    match (d.style, v) {
        (SpecStyle::Npm, Ver::Npm(v)) => semver::Range::parse(&d.spec).map(|r| r.satisfies(v)),
        (SpecStyle::Pep440, Ver::Py(v)) => super::pep440::parse_spec(&d.spec).map(|s| s.allows(v)),
        (SpecStyle::Poetry, Ver::Py(v)) => {
            super::pep440::parse_poetry(&d.spec).map(|s| s.allows(v))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_json_lines_sections_and_aliases() {
        let text = "// a comment line\n{\n  \"name\": \"next\",\n  \"dependencies\": {\n    \"next\": \"14.1.0\",\n    \"my-react\": \"npm:react@^18.2.0\"\n  },\n  \"devDependencies\": { \"next\": \"14.1.0\" },\n  \"scripts\": {\"test\": \"vitest\"}\n}\n";
        let m = package_json("web/package.json", text).unwrap();
        assert_eq!(m.dir, "web");
        assert_eq!(m.anchor_line, 4);
        let d: Vec<(&str, &str, u32, bool)> = m
            .deps
            .iter()
            .map(|d| (d.name.as_str(), d.spec.as_str(), d.line, d.dev))
            .collect();
        assert_eq!(
            d,
            vec![
                ("react", "^18.2.0", 6, false),
                ("next", "14.1.0", 5, false),
                ("next", "14.1.0", 8, true)
            ]
        );
        assert_eq!(m.scripts.get("test").map(String::as_str), Some("vitest"));
        assert!(package_json("package.json", "{ not json").is_none());
    }

    #[test]
    fn requirements_lines() {
        let text = "# top\nDjango==4.2.1 ; python_version >= '3.8'  # pinned\nflask-cors>=3.0\nrequests[socks] == 2.31.0 \\\n    --hash=sha256:abc\n-r base.txt\n-e git+https://github.com/a/b#egg=b\nuvicorn\nname @ https://example.com/x.whl\n./local\n";
        let m = requirements("api/requirements/prod.txt", text);
        assert_eq!(m.dir, "api");
        let d: Vec<(&str, &str, u32)> = m
            .deps
            .iter()
            .map(|d| (d.name.as_str(), d.spec.as_str(), d.line))
            .collect();
        assert_eq!(
            d,
            vec![
                ("django", "==4.2.1", 2),
                ("flask-cors", ">=3.0", 3),
                ("requests", "==2.31.0", 4),
                ("uvicorn", "", 8),
                ("name", "@", 9)
            ]
        );
        assert!(requirements("requirements-dev.txt", "pytest\n").deps[0].dev);
    }

    #[test]
    fn pyproject_pep621_and_poetry() {
        let text = "[project]\nname = \"fastapi-app\"\ndependencies = [\n  \"fastapi>=0.100\",\n  'Jinja2==3.1.2',\n]\n[project.optional-dependencies]\ntest = [\"pytest\"]\n\n[tool.poetry.dependencies]\npython = \"^3.11\"\nfastapi = \"^0.95.0\"\nrequests = { version = \"2.31.0\", extras = [\"socks\"] }\nmylib = { git = \"https://x/y\" }\n[tool.poetry.group.dev.dependencies]\nblack = \"*\"\n";
        let m = toml_manifest("pyproject.toml", text).unwrap();
        assert_eq!(m.tool, Some("poetry"));
        let d: Vec<(&str, &str, u32, bool)> = m
            .deps
            .iter()
            .map(|d| (d.name.as_str(), d.spec.as_str(), d.line, d.dev))
            .collect();
        assert_eq!(
            d,
            vec![
                ("fastapi", ">=0.100", 4, false),
                ("jinja2", "==3.1.2", 5, false),
                ("pytest", "", 8, true),
                ("fastapi", "^0.95.0", 12, false),
                ("mylib", "@", 14, false),
                ("requests", "2.31.0", 13, false),
                ("black", "*", 16, true),
            ]
        );
        let pip = toml_manifest("Pipfile", "[packages]\ndjango = \"==3.2\"\nrequests = \"*\"\n[dev-packages]\npytest = {version = \">=7\"}\n").unwrap();
        assert_eq!(pip.kind, ManifestKind::Pipfile);
        assert_eq!(
            pip.deps.iter().map(|d| (d.line, d.dev)).collect::<Vec<_>>(),
            vec![(2, false), (3, false), (5, true)]
        );
    }

    #[test]
    fn spec_info_reads_constraints() {
        let d = |spec: &str, style| Declared {
            name: "x".into(),
            spec: spec.into(),
            style,
            line: 1,
            dev: false,
        };
        let npm = |s| spec_info(&d(s, SpecStyle::Npm));
        assert_eq!(
            npm("^14.1.0"),
            SpecInfo {
                minimum: Some("14.1.0".into()),
                pinned: false,
                unbounded: false,
                non_registry: false
            }
        );
        assert!(npm("14.1.0").pinned);
        assert!(
            npm("*").unbounded
                && npm("latest").unbounded
                && npm(">=13").unbounded
                && npm("").unbounded
        );
        assert!(
            npm("github:vercel/next.js").non_registry
                && npm("workspace:*").non_registry
                && npm("file:../x").non_registry
        );
        let py = |s| spec_info(&d(s, SpecStyle::Pep440));
        assert!(
            py("==4.2.1").pinned
                && py("").unbounded
                && py(">=1").unbounded
                && !py("~=1.4").unbounded
        );
        assert!(spec_info(&d("2.31.0", SpecStyle::Poetry)).pinned);
    }
}
