//! Lockfiles: `package-lock.json`/`npm-shrinkwrap.json` (v1-v3), `yarn.lock` (classic and
//! berry), `pnpm-lock.yaml` (v5-v9, read line by line), `bun.lock`, `poetry.lock`, `uv.lock`,
//! `pdm.lock` and `Pipfile.lock`: every resolved package with its version and line, and how a
//! manifest's dependency resolves in it.

use super::advisories::Eco;
use super::manifest::strip_line_comments;
use super::semver;
use crate::project::stacks::pep503;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

/// Most entries kept from one lockfile (a real one has a few thousand).
const MAX_ENTRIES: usize = 200_000;
/// Longest line looked at in line-based formats.
const MAX_LINE: usize = 4096;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LockKind {
    PackageLock,
    Pnpm,
    Yarn,
    Bun,
    Poetry,
    Uv,
    Pdm,
    Pipfile,
}

impl LockKind {
    pub fn of(path: &str) -> Option<LockKind> {
        Some(match path.rsplit('/').next().unwrap_or(path) {
            "package-lock.json" | "npm-shrinkwrap.json" => LockKind::PackageLock,
            "pnpm-lock.yaml" => LockKind::Pnpm,
            "yarn.lock" => LockKind::Yarn,
            "bun.lock" => LockKind::Bun,
            "poetry.lock" => LockKind::Poetry,
            "uv.lock" => LockKind::Uv,
            "pdm.lock" => LockKind::Pdm,
            "Pipfile.lock" => LockKind::Pipfile,
            _ => return None,
        })
    }

    pub fn eco(self) -> Eco {
        match self {
            LockKind::PackageLock | LockKind::Pnpm | LockKind::Yarn | LockKind::Bun => Eco::Npm,
            _ => Eco::PyPI,
        }
    }
}

/// One resolved package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub version: String,
    pub line: u32,
    /// Only reachable from development dependencies, when the format says.
    pub dev: Option<bool>,
    /// package-lock: the install path (`node_modules/a/node_modules/b`); bun: the key.
    pub key: String,
}

#[derive(Debug, Clone, Default)]
pub struct Lockfile {
    pub path: String,
    pub dir: String,
    pub entries: Vec<Entry>,
    /// yarn: descriptor (`name@^1.2.3`, `name@npm:^1.2.3`) -> entry.
    descriptors: HashMap<String, usize>,
    /// pnpm: (importer, name) -> version of a direct dependency.
    importers: HashMap<(String, String), String>,
    /// yarn and pnpm: (entry, dependency name, range or version) as the lockfile lists them.
    raw_edges: Vec<(usize, String, String)>,
    /// Why it could not be read, if it could not.
    pub error: Option<String>,
}

fn line_of_offsets(text: &str) -> impl Iterator<Item = (u32, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i as u32 + 1, if l.len() > MAX_LINE { "" } else { l }))
}

fn unquote(s: &str) -> &str {
    let s = s.trim();
    s.strip_prefix('"')
        .and_then(|x| x.strip_suffix('"'))
        .or_else(|| s.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')))
        .unwrap_or(s)
}

/// Splits `name@version` / `@scope/name@version` at the `@` that ends the name.
fn split_at_version(s: &str) -> Option<(&str, &str)> {
    let p = s.get(1..)?.find('@')? + 1;
    Some((&s[..p], &s[p + 1..]))
}

// ---------- package-lock.json ----------

fn lenient_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    Ok(v.as_str().map(str::to_string))
}

fn lenient_bool<'de, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(serde_json::Value::deserialize(d)?
        .as_bool()
        .unwrap_or(false))
}

#[derive(Deserialize)]
struct NpmLock {
    #[serde(default)]
    packages: Option<BTreeMap<String, NpmPkg>>,
    #[serde(default)]
    dependencies: Option<BTreeMap<String, NpmDepV1>>,
}

#[derive(Deserialize)]
struct NpmPkg {
    #[serde(default, deserialize_with = "lenient_string")]
    version: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    name: Option<String>,
    #[serde(default, deserialize_with = "lenient_bool")]
    dev: bool,
    #[serde(default, rename = "devOptional", deserialize_with = "lenient_bool")]
    dev_optional: bool,
    #[serde(default, deserialize_with = "lenient_bool")]
    link: bool,
}

#[derive(Deserialize)]
struct NpmDepV1 {
    #[serde(default, deserialize_with = "lenient_string")]
    version: Option<String>,
    #[serde(default, deserialize_with = "lenient_bool")]
    dev: bool,
    #[serde(default)]
    dependencies: Option<BTreeMap<String, NpmDepV1>>,
}

/// First line of each `"key": {` in a JSON text.
fn json_object_key_lines(text: &str) -> HashMap<&str, u32> {
    let mut out = HashMap::new();
    for (n, l) in line_of_offsets(text) {
        let t = l.trim_start();
        let Some(rest) = t.strip_prefix('"') else {
            continue;
        };
        let Some(end) = rest.find('"') else { continue };
        let after = rest[end + 1..].trim_start();
        if after
            .strip_prefix(':')
            .is_some_and(|a| a.trim_start().starts_with('{'))
        {
            out.entry(&rest[..end]).or_insert(n);
        }
    }
    out
}

fn v1_walk(deps: &BTreeMap<String, NpmDepV1>, prefix: &str, out: &mut Vec<Entry>, depth: usize) {
    if depth > 64 {
        return;
    }
    for (name, d) in deps {
        if out.len() >= MAX_ENTRIES {
            return;
        }
        let key = format!("{prefix}node_modules/{name}");
        if let Some(v) = &d.version {
            out.push(Entry {
                name: name.clone(),
                version: v.clone(),
                line: 0,
                dev: Some(d.dev),
                key: key.clone(),
            });
        }
        if let Some(sub) = &d.dependencies {
            v1_walk(sub, &format!("{key}/"), out, depth + 1);
        }
    }
}

fn package_lock(text: &str, lock: &mut Lockfile) {
    let text = strip_line_comments(text);
    let parsed: NpmLock = match serde_json::from_str(&text) {
        Ok(p) => p,
        Err(e) => {
            lock.error = Some(format!("not valid JSON: {e}"));
            return;
        }
    };
    let lines = json_object_key_lines(&text);
    if let Some(pkgs) = parsed.packages {
        for (key, p) in pkgs.into_iter().take(MAX_ENTRIES) {
            // "" is the root project, "apps/web" a workspace; links point at workspaces.
            let Some(pos) = key.rfind("node_modules/") else {
                continue;
            };
            let Some(version) = p.version.filter(|_| !p.link) else {
                continue;
            };
            let name = p
                .name
                .unwrap_or_else(|| key[pos + "node_modules/".len()..].to_string());
            let line = lines.get(key.as_str()).copied().unwrap_or(1);
            lock.entries.push(Entry {
                name,
                version,
                line,
                dev: Some(p.dev || p.dev_optional),
                key,
            });
        }
    } else if let Some(deps) = parsed.dependencies {
        v1_walk(&deps, "", &mut lock.entries, 0);
        for e in &mut lock.entries {
            e.line = lines.get(e.name.as_str()).copied().unwrap_or(1);
        }
    }
}

// ---------- yarn.lock ----------

fn yarn_lock(text: &str, lock: &mut Lockfile) {
    let mut current: Option<usize> = None;
    let mut in_deps = false;
    for (n, l) in line_of_offsets(text) {
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        if !l.starts_with(' ') {
            current = None;
            let Some(header) = l.trim_end().strip_suffix(':') else {
                continue;
            };
            if header.starts_with("__metadata") {
                continue;
            }
            // classic quotes each descriptor, berry the whole list.
            let descs: Vec<String> = header
                .split(',')
                .map(|d| d.trim().trim_matches('"').to_string())
                .filter(|d| !d.is_empty())
                .collect();
            let Some((name, _)) = descs.first().and_then(|d| split_at_version(d)) else {
                continue;
            };
            let name = name.to_string();
            if descs.iter().any(|d| {
                split_at_version(d).is_some_and(|(_, r)| {
                    ["workspace:", "link:", "portal:", "file:", "patch:"]
                        .iter()
                        .any(|p| r.starts_with(p))
                })
            }) {
                continue;
            }
            if lock.entries.len() >= MAX_ENTRIES {
                break;
            }
            let idx = lock.entries.len();
            lock.entries.push(Entry {
                name,
                version: String::new(),
                line: n,
                dev: None,
                key: String::new(),
            });
            for d in descs {
                lock.descriptors.insert(d, idx);
            }
            current = Some(idx);
        } else if let Some(idx) = current {
            let t = l.trim();
            if indent(l) == 2 {
                in_deps = matches!(t, "dependencies:" | "optionalDependencies:");
                // classic: `version "1.2.3"`; berry: `version: 1.2.3`
                if let Some(v) = t
                    .strip_prefix("version ")
                    .or_else(|| t.strip_prefix("version:"))
                {
                    lock.entries[idx].version = unquote(v).to_string();
                }
            } else if in_deps && indent(l) == 4 && lock.raw_edges.len() < MAX_ENTRIES * 4 {
                // classic: `"@babel/highlight" "^7.12.13"`; berry: `"@babel/highlight": "npm:^7.12.13"`
                let (name, range) = if let Some(rest) = t.strip_prefix('"') {
                    let (n, r) = rest.split_once('"').unwrap_or((rest, ""));
                    (n, r.trim_start_matches(':').trim())
                } else {
                    t.split_once([' ', ':'])
                        .map_or((t, ""), |(n, r)| (n, r.trim_start_matches(':').trim()))
                };
                lock.raw_edges
                    .push((idx, name.to_string(), unquote(range).to_string()));
            }
        }
    }
    // Drop headers without a version, keeping descriptor indexes valid.
    let mut remap = vec![usize::MAX; lock.entries.len()];
    let mut kept = Vec::with_capacity(lock.entries.len());
    for (i, e) in std::mem::take(&mut lock.entries).into_iter().enumerate() {
        if !e.version.is_empty() {
            remap[i] = kept.len();
            kept.push(e);
        }
    }
    lock.entries = kept;
    let keep = |i: usize| remap.get(i).copied().filter(|j| *j != usize::MAX);
    lock.descriptors = std::mem::take(&mut lock.descriptors)
        .into_iter()
        .filter_map(|(d, i)| keep(i).map(|j| (d, j)))
        .collect();
    lock.raw_edges = std::mem::take(&mut lock.raw_edges)
        .into_iter()
        .filter_map(|(i, n, r)| keep(i).map(|j| (j, n, r)))
        .collect();
}

// ---------- pnpm-lock.yaml ----------

/// `/name/1.2.3_peer`, `/name@1.2.3(peer)`, `name@1.2.3`, `'@scope/name@1.2.3'` -> (name, version).
fn pnpm_key(key: &str) -> Option<(String, String)> {
    let k = unquote(key.trim().trim_end_matches(':'));
    let k = k.strip_prefix('/').unwrap_or(k);
    let k = k.split('(').next().unwrap_or(k);
    let scope = if k.starts_with('@') {
        k.find('/')? + 1
    } else {
        0
    };
    let rest = &k[scope..];
    let cut = match (rest.find('/'), rest.find('@')) {
        // v5: `name/1.2.3_peer`, `@scope/name/1.2.3`.
        (Some(s), a) if a.is_none_or(|a| s < a) => s,
        // v6+: `name@1.2.3`, `@scope/name@1.2.3`.
        (_, Some(a)) => a,
        _ => return None,
    };
    let name = &k[..scope + cut];
    let version = &rest[cut + 1..];
    let version = version.split('_').next().unwrap_or(version);
    if name.is_empty() || version.is_empty() {
        return None;
    }
    Some((name.to_string(), version.to_string()))
}

/// A direct dependency's resolved version in an importer: `1.2.3(react@18.2.0)`, `1.2.3_peer`.
fn pnpm_version(v: &str) -> Option<String> {
    let v = unquote(v);
    if v.starts_with("link:") || v.starts_with("file:") || v.is_empty() {
        return None;
    }
    let v = v.split('(').next().unwrap_or(v);
    let v = v.split('_').next().unwrap_or(v);
    // Aliases: `string-width@4.2.3` / `/string-width/4.2.3`.
    let v = split_at_version(v.trim_start_matches('/')).map_or(v, |(_, ver)| ver);
    Some(v.to_string())
}

fn indent(l: &str) -> usize {
    l.len() - l.trim_start_matches(' ').len()
}

fn pnpm_lock(text: &str, lock: &mut Lockfile) {
    #[derive(PartialEq)]
    enum Sec {
        Other,
        Importers,
        RootDeps,
        Packages,
        Snapshots,
    }
    let mut by_key: HashMap<(String, String), usize> = HashMap::new();
    let mut snapshot: Option<(String, String)> = None;
    let mut in_deps = false;
    let mut snapshot_edges: Vec<((String, String), String, String)> = Vec::new();
    let mut sec = Sec::Other;
    let mut importer = String::from(".");
    let mut dep_indent = 0;
    let mut pending_dep: Option<String> = None;
    let mut current: Option<usize> = None;
    for (n, l) in line_of_offsets(text) {
        let t = l.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let ind = indent(l);
        if ind == 0 {
            sec = match t {
                "importers:" => Sec::Importers,
                "dependencies:" | "devDependencies:" | "optionalDependencies:" => {
                    importer = ".".into();
                    dep_indent = 2;
                    Sec::RootDeps
                }
                "packages:" => Sec::Packages,
                "snapshots:" => Sec::Snapshots,
                _ => Sec::Other,
            };
            pending_dep = None;
            current = None;
            continue;
        }
        match sec {
            Sec::Packages => {
                if ind == 2 && t.ends_with(':') {
                    current = None;
                    in_deps = false;
                    if let Some((name, version)) = pnpm_key(t)
                        && lock.entries.len() < MAX_ENTRIES
                        && !by_key.contains_key(&(name.clone(), version.clone()))
                    {
                        current = Some(lock.entries.len());
                        by_key.insert((name.clone(), version.clone()), lock.entries.len());
                        lock.entries.push(Entry {
                            name,
                            version,
                            line: n,
                            dev: None,
                            key: String::new(),
                        });
                    }
                } else if ind == 4 {
                    in_deps = matches!(t, "dependencies:" | "optionalDependencies:");
                    if let (Some(i), Some(v)) = (current, t.strip_prefix("dev:")) {
                        lock.entries[i].dev = Some(v.trim() == "true");
                    }
                } else if ind == 6
                    && in_deps
                    && let (Some(i), Some((k, v))) = (current, t.split_once(':'))
                    && let Some(ver) = pnpm_version(v)
                {
                    lock.raw_edges.push((i, unquote(k).to_string(), ver));
                }
            }
            Sec::Snapshots => {
                if ind == 2 {
                    snapshot = pnpm_key(t.trim_end_matches("{}").trim_end());
                    in_deps = false;
                } else if ind == 4 {
                    in_deps = matches!(t, "dependencies:" | "optionalDependencies:");
                } else if ind == 6
                    && in_deps
                    && snapshot_edges.len() < MAX_ENTRIES * 4
                    && let (Some(from), Some((k, v))) = (&snapshot, t.split_once(':'))
                    && let Some(ver) = pnpm_version(v)
                {
                    snapshot_edges.push((from.clone(), unquote(k).to_string(), ver));
                }
            }
            Sec::Importers | Sec::RootDeps => {
                if sec == Sec::Importers && ind == 2 {
                    importer = unquote(t.trim_end_matches(':')).to_string();
                    pending_dep = None;
                    continue;
                }
                if sec == Sec::Importers && ind == 4 {
                    dep_indent = if matches!(
                        t,
                        "dependencies:" | "devDependencies:" | "optionalDependencies:"
                    ) {
                        6
                    } else {
                        0
                    };
                    pending_dep = None;
                    continue;
                }
                if dep_indent == 0 {
                    continue;
                }
                if ind == dep_indent {
                    let (k, v) = t.split_once(':').unwrap_or((t, ""));
                    let name = unquote(k).to_string();
                    let v = v.trim();
                    if v.is_empty() {
                        pending_dep = Some(name);
                    } else if let Some(ver) = pnpm_version(v) {
                        lock.importers.insert((importer.clone(), name), ver);
                        pending_dep = None;
                    }
                } else if ind == dep_indent + 2
                    && let (Some(name), Some(v)) = (&pending_dep, t.strip_prefix("version:"))
                    && let Some(ver) = pnpm_version(v)
                {
                    lock.importers.insert((importer.clone(), name.clone()), ver);
                }
            }
            Sec::Other => {}
        }
    }
    for (from, name, ver) in snapshot_edges {
        if let Some(&i) = by_key.get(&from) {
            lock.raw_edges.push((i, name, ver));
        }
    }
}

// ---------- bun.lock ----------

fn bun_lock(text: &str, lock: &mut Lockfile) {
    let mut in_packages = false;
    for (n, l) in line_of_offsets(text) {
        let t = l.trim();
        if indent(l) == 2 {
            in_packages = t.starts_with("\"packages\"");
            continue;
        }
        if !in_packages || indent(l) != 4 {
            continue;
        }
        // "key": ["name@1.2.3", "", {...}, "sha512-..."],
        let Some(rest) = t.strip_prefix('"') else {
            continue;
        };
        let Some((key, after)) = rest.split_once('"') else {
            continue;
        };
        let Some(desc) = after
            .trim_start()
            .strip_prefix(':')
            .map(str::trim_start)
            .and_then(|a| a.strip_prefix("[\""))
        else {
            continue;
        };
        let Some(desc) = desc.split('"').next() else {
            continue;
        };
        let Some((name, version)) = split_at_version(desc) else {
            continue;
        };
        if version.contains(':') || lock.entries.len() >= MAX_ENTRIES {
            continue;
        }
        lock.entries.push(Entry {
            name: name.to_string(),
            version: version.to_string(),
            line: n,
            dev: None,
            key: key.to_string(),
        });
    }
}

// ---------- poetry.lock, uv.lock, pdm.lock ----------

fn toml_packages(text: &str, lock: &mut Lockfile) {
    let mut in_pkg = false;
    let mut cur: Option<Entry> = None;
    let mut local = false;
    let flush = |cur: &mut Option<Entry>, local: bool, lock: &mut Lockfile| {
        if let Some(e) = cur.take()
            && !e.name.is_empty()
            && !e.version.is_empty()
            && !local
            && lock.entries.len() < MAX_ENTRIES
        {
            lock.entries.push(e);
        }
    };
    for (n, l) in line_of_offsets(text) {
        let t = l.trim();
        if t.starts_with('[') {
            if t == "[[package]]" {
                flush(&mut cur, local, lock);
                cur = Some(Entry {
                    name: String::new(),
                    version: String::new(),
                    line: n,
                    dev: None,
                    key: String::new(),
                });
                local = false;
                in_pkg = true;
            } else {
                in_pkg = false;
            }
            continue;
        }
        let Some(e) = cur.as_mut().filter(|_| in_pkg) else {
            continue;
        };
        let Some((k, v)) = t.split_once('=') else {
            continue;
        };
        let v = v.trim();
        match k.trim() {
            "name" => {
                e.name = pep503(unquote(v));
                e.line = n;
            }
            "version" => e.version = unquote(v).to_string(),
            "category" => e.dev = Some(unquote(v) == "dev"),
            // uv: the project itself and path dependencies.
            "source"
                if v.contains("editable")
                    || v.contains("virtual")
                    || v.contains("directory")
                    || v.contains("path =") =>
            {
                local = true
            }
            _ => {}
        }
    }
    flush(&mut cur, local, lock);
}

// ---------- Pipfile.lock ----------

#[derive(Deserialize)]
struct PipfileLock {
    #[serde(default)]
    default: BTreeMap<String, PipEntry>,
    #[serde(default)]
    develop: BTreeMap<String, PipEntry>,
}

#[derive(Deserialize)]
struct PipEntry {
    #[serde(default, deserialize_with = "lenient_string")]
    version: Option<String>,
}

fn pipfile_lock(text: &str, lock: &mut Lockfile) {
    let text = strip_line_comments(text);
    let parsed: PipfileLock = match serde_json::from_str(&text) {
        Ok(p) => p,
        Err(e) => {
            lock.error = Some(format!("not valid JSON: {e}"));
            return;
        }
    };
    let lines = json_object_key_lines(&text);
    for (sec, dev) in [(&parsed.default, false), (&parsed.develop, true)] {
        for (name, e) in sec.iter().take(MAX_ENTRIES) {
            let Some(v) = e.version.as_deref().and_then(|v| v.strip_prefix("==")) else {
                continue;
            };
            // Prefer the line in the right section: develop entries come after default ones.
            let line = lines.get(name.as_str()).copied().unwrap_or(1);
            lock.entries.push(Entry {
                name: pep503(name),
                version: v.to_string(),
                line,
                dev: Some(dev),
                key: String::new(),
            });
        }
    }
}

impl Lockfile {
    /// Parses a lockfile by its file name; an unreadable one has `error` set and no entries.
    pub fn parse(path: &str, bytes: &[u8]) -> Option<Lockfile> {
        let kind = LockKind::of(path)?;
        let text = String::from_utf8_lossy(bytes);
        let mut lock = Lockfile {
            path: path.to_string(),
            dir: path.rsplit_once('/').map_or("", |(d, _)| d).to_string(),
            ..Lockfile::default()
        };
        match kind {
            LockKind::PackageLock => package_lock(&text, &mut lock),
            LockKind::Yarn => yarn_lock(&text, &mut lock),
            LockKind::Pnpm => pnpm_lock(&text, &mut lock),
            LockKind::Bun => bun_lock(&text, &mut lock),
            LockKind::Poetry | LockKind::Uv | LockKind::Pdm => toml_packages(&text, &mut lock),
            LockKind::Pipfile => pipfile_lock(&text, &mut lock),
        }
        if kind != LockKind::Yarn {
            lock.entries.retain(|e| !e.version.is_empty());
        }
        Some(lock)
    }

    pub fn kind(&self) -> LockKind {
        LockKind::of(&self.path).unwrap_or(LockKind::PackageLock)
    }

    /// Does the lockfile list what each package depends on (yarn, pnpm)?
    pub fn has_graph(&self) -> bool {
        !self.raw_edges.is_empty()
    }

    /// Marks every entry not reachable from `prod_roots` as development-only, for formats that
    /// do not say so themselves. Entries whose format already says keep their flag.
    pub fn mark_dev_from(&mut self, prod_roots: &[usize]) {
        if !self.has_graph() {
            return;
        }
        let by_nv: HashMap<(&str, &str), usize> = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| ((e.name.as_str(), e.version.as_str()), i))
            .collect();
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); self.entries.len()];
        for (from, name, rv) in &self.raw_edges {
            let to = match self.kind() {
                LockKind::Yarn => self
                    .descriptors
                    .get(&format!("{name}@{rv}"))
                    .or_else(|| self.descriptors.get(&format!("{name}@npm:{rv}")))
                    .copied(),
                _ => by_nv.get(&(name.as_str(), rv.as_str())).copied(),
            };
            if let (Some(to), Some(list)) = (to, adj.get_mut(*from)) {
                list.push(to);
            }
        }
        let mut seen = vec![false; self.entries.len()];
        let mut stack: Vec<usize> = prod_roots
            .iter()
            .copied()
            .filter(|i| *i < seen.len())
            .collect();
        while let Some(i) = stack.pop() {
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            stack.extend(adj[i].iter().copied().filter(|j| !seen[*j]));
        }
        for (e, reached) in self.entries.iter_mut().zip(seen) {
            if e.dev.is_none() {
                e.dev = Some(!reached);
            }
        }
    }

    /// The entry a manifest dependency resolves to. `rel` is the manifest's directory relative
    /// to the lockfile's (`""` for the same directory).
    pub fn resolve(&self, rel: &str, name: &str, spec: &str) -> Option<usize> {
        let by_name = |pred: &dyn Fn(&Entry) -> bool| {
            self.entries.iter().position(|e| e.name == name && pred(e))
        };
        let found = match self.kind() {
            LockKind::PackageLock => {
                let nested = if rel.is_empty() {
                    None
                } else {
                    by_name(&|e| e.key == format!("{rel}/node_modules/{name}"))
                };
                nested.or_else(|| by_name(&|e| e.key == format!("node_modules/{name}")))
            }
            LockKind::Yarn => self
                .descriptors
                .get(&format!("{name}@{spec}"))
                .or_else(|| self.descriptors.get(&format!("{name}@npm:{spec}")))
                .copied(),
            LockKind::Pnpm => {
                let imp = if rel.is_empty() { "." } else { rel };
                self.importers
                    .get(&(imp.to_string(), name.to_string()))
                    .and_then(|v| by_name(&|e| e.version == *v))
            }
            LockKind::Bun => by_name(&|e| e.key == name),
            _ => by_name(&|_| true),
        };
        found.or_else(|| {
            let all: Vec<usize> = self
                .entries
                .iter()
                .enumerate()
                .filter(|(_, e)| e.name == name)
                .map(|(i, _)| i)
                .collect();
            if all.len() == 1 {
                return all.first().copied();
            }
            let range = semver::Range::parse(spec)?;
            all.into_iter().find(|&i| {
                semver::Version::parse(&self.entries[i].version)
                    .is_some_and(|v| range.satisfies(&v))
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lock(path: &str, text: &str) -> Lockfile {
        Lockfile::parse(path, text.as_bytes()).unwrap()
    }

    fn nv(l: &Lockfile) -> Vec<(String, String, u32)> {
        l.entries
            .iter()
            .map(|e| (e.name.clone(), e.version.clone(), e.line))
            .collect()
    }

    #[test]
    fn pnpm_key_forms() {
        assert_eq!(
            pnpm_key("/next/13.0.0_react-dom@18.2.0+react@18.2.0:"),
            Some(("next".into(), "13.0.0".into()))
        );
        assert_eq!(
            pnpm_key("/@babel/core/7.20.5:"),
            Some(("@babel/core".into(), "7.20.5".into()))
        );
        assert_eq!(
            pnpm_key("/next@13.4.0(react-dom@18.2.0)(react@18.2.0):"),
            Some(("next".into(), "13.4.0".into()))
        );
        assert_eq!(
            pnpm_key("'@babel/core@7.20.5':"),
            Some(("@babel/core".into(), "7.20.5".into()))
        );
        assert_eq!(
            pnpm_version("14.1.0(react-dom@18.2.0(react@18.2.0))(react@18.2.0)").as_deref(),
            Some("14.1.0")
        );
        assert_eq!(pnpm_version("link:../pkg"), None);
    }

    #[test]
    fn yarn_berry_and_classic() {
        let classic = lock(
            "yarn.lock",
            "# yarn lockfile v1\n\n\"@babel/code-frame@^7.0.0\", \"@babel/code-frame@^7.10.4\":\n  version \"7.12.13\"\n  dependencies:\n    \"@babel/highlight\" \"^7.12.13\"\n\nlodash@^4.17.15:\n  version \"4.17.15\"\n",
        );
        assert_eq!(
            nv(&classic),
            vec![
                ("@babel/code-frame".into(), "7.12.13".into(), 3),
                ("lodash".into(), "4.17.15".into(), 8)
            ]
        );
        assert_eq!(classic.resolve("", "lodash", "^4.17.15"), Some(1));
        let berry = lock(
            "yarn.lock",
            "__metadata:\n  version: 6\n\n\"express@npm:^4.17.1\":\n  version: 4.17.1\n  resolution: \"express@npm:4.17.1\"\n  dependencies:\n    version: 9.9.9\n\n\"app@workspace:.\":\n  version: 0.0.0-use.local\n",
        );
        assert_eq!(nv(&berry), vec![("express".into(), "4.17.1".into(), 4)]);
        assert_eq!(berry.resolve("", "express", "^4.17.1"), Some(0));
    }
}
