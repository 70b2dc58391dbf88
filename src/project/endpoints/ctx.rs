//! The analysed sources of a project: comment-blanked text, lexer masks and line indexes of the
//! server-side JavaScript/TypeScript and Python files, their function definitions and imports,
//! shared by the framework parsers. Every scan here is bounded (file size, total bytes, depth).

use crate::input::FileSet;
use crate::lang::args::{call_args, matching_brace, statement};
use crate::lang::lex::{CODE, COMMENT, lex};
use crate::lang::{Language, LineIndex};
use regex::bytes::Regex;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeMap;

/// Largest file the inventory reads (bigger ones are bundles or data, not route code).
pub const MAX_FILE: usize = 512 * 1024;
/// Most source bytes the inventory reads in one project.
pub const MAX_TOTAL: usize = 48 << 20;
/// Deepest chain of imports / guard definitions followed.
pub const MAX_DEPTH: usize = 6;

/// A compiled static regex (the patterns are constants: a failure is a programming error caught
/// by the unit tests).
macro_rules! re {
    ($s:expr) => {{
        static R: std::sync::LazyLock<regex::bytes::Regex> = std::sync::LazyLock::new(|| {
            $crate::project::endpoints::build_re($s).expect("static regex")
        });
        &*R
    }};
}
pub(crate) use re;

/// One analysed file.
pub struct Src<'a> {
    pub path: &'a str,
    pub lang: Language,
    /// The bytes with comments blanked (newlines kept), so regexes never match commented code.
    pub text: Vec<u8>,
    pub mask: Vec<u8>,
    pub lines: LineIndex,
    /// The block index, built the first time a function span is needed.
    pub blocks: std::cell::OnceCell<crate::lang::blocks::Blocks>,
}

impl Src<'_> {
    /// The innermost function around `pos` (the whole file at top level).
    pub fn function_span(&self, pos: usize) -> (usize, usize) {
        self.blocks
            .get_or_init(|| crate::lang::blocks::Blocks::new(&self.text, &self.mask, self.lang))
            .function(&self.text, &self.mask, pos)
    }

    pub fn line(&self, off: usize) -> u32 {
        self.lines.line_of(off.min(self.text.len())) as u32
    }
    pub fn s(&self, a: usize, b: usize) -> Cow<'_, str> {
        let b = b.min(self.text.len());
        String::from_utf8_lossy(&self.text[a.min(b)..b])
    }
    pub fn is_js(&self) -> bool {
        self.lang.is_js_family()
    }
    pub fn is_code(&self, off: usize) -> bool {
        self.mask.get(off) == Some(&CODE)
    }
    pub fn dir(&self) -> &str {
        self.path.rsplit_once('/').map_or("", |(d, _)| d)
    }
    /// Matches of `re` in `[a, b)` that start in code (searched from `a`, with the text before
    /// it as context for `\b` and `^`).
    pub fn code_matches<'r>(
        &'r self,
        re: &'r Regex,
        a: usize,
        b: usize,
    ) -> impl Iterator<Item = regex::bytes::Captures<'r>> + 'r {
        let b = b.min(self.text.len());
        let hay = &self.text[..b];
        let mut pos = a.min(b);
        std::iter::from_fn(move || {
            loop {
                if pos > hay.len() {
                    return None;
                }
                let c = re.captures_at(hay, pos)?;
                let m = c.get(0)?;
                pos = if m.end() > m.start() {
                    m.end()
                } else {
                    m.end() + 1
                };
                if self.is_code(m.start()) {
                    return Some(c);
                }
            }
        })
    }
    pub fn has(&self, re: &Regex, a: usize, b: usize) -> bool {
        let b = b.min(self.text.len());
        let a = a.min(b);
        re.find_iter(&self.text[a..b])
            .any(|m| self.is_code(a + m.start()))
    }
    /// Like [`Src::has`] but strings count too (error messages, header names, settings
    /// entries); comments never do (a commented-out `constructEvent(...)` checks nothing).
    pub fn has_any(&self, re: &Regex, a: usize, b: usize) -> bool {
        let b = b.min(self.text.len());
        let a = a.min(b);
        re.find_iter(&self.text[a..b])
            .any(|m| self.mask.get(a + m.start()) != Some(&COMMENT))
    }
}

/// `t[a..b]`, clamped (never panics on inverted or out-of-range spans).
pub fn sl(t: &[u8], a: usize, b: usize) -> &[u8] {
    let b = b.min(t.len());
    &t[a.min(b)..b]
}

/// What kind of definition a name has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DefKind {
    Function,
    Class,
    /// `const x = ...`, `x = ...` (module level in Python), `exports.x = ...`.
    Value,
}

/// A named definition: where it starts and the span of its body (or value).
#[derive(Debug, Clone, Copy)]
pub struct Def {
    pub file: usize,
    pub start: usize,
    pub body: (usize, usize),
    pub kind: DefKind,
}

/// A JS import binding: `local` names `imported` (None = the default export; `*` = the namespace)
/// of the file `target`.
#[derive(Debug, Clone)]
pub struct JsImport {
    pub local: String,
    pub imported: Option<String>,
    pub target: Option<usize>,
}

/// A Python import binding: `local` is the module file `module` (attr None) or the attribute
/// `attr` of it.
#[derive(Debug, Clone)]
pub struct PyImport {
    pub local: String,
    pub module: Option<usize>,
    pub attr: Option<String>,
}

pub struct Ctx<'a> {
    pub files: Vec<Src<'a>>,
    by_path: BTreeMap<&'a str, usize>,
    defs: BTreeMap<String, Vec<Def>>,
    /// The first (outermost) definition of a name in a file: `def_in` without a scan of every
    /// file's definitions of that name.
    first_def: std::collections::HashMap<(usize, String), Def>,
    pub js_imports: Vec<Vec<JsImport>>,
    pub py_imports: Vec<Vec<PyImport>>,
    /// Classification cache for guards: (file, name) -> flags.
    /// Guard flags by (file, name), with the depth they were computed at: a result from a
    /// shallower call explored further, so deeper calls may reuse it but not the reverse.
    pub cache: RefCell<BTreeMap<(usize, String), (super::features::Flags, usize)>>,
    /// Admin-client names per file (see `features::admin_names`).
    pub admin_cache: RefCell<BTreeMap<usize, std::rc::Rc<Vec<String>>>>,
    /// `req.body` fields assigned by middleware (see `features::trusted_body_fields`).
    pub trusted_fields: RefCell<Option<std::rc::Rc<Vec<String>>>>,
    /// Python files by module stem (`users` for `app/users.py` and `app/users/__init__.py`).
    py_by_stem: BTreeMap<String, Vec<usize>>,
}

/// Test, mock and example code does not define the app's endpoints.
pub fn is_test_path(path: &str) -> bool {
    let p = path.to_ascii_lowercase();
    let name = p.rsplit('/').next().unwrap_or(&p);
    p.split('/').any(|c| {
        matches!(
            c,
            "test"
                | "tests"
                | "__tests__"
                | "__mocks__"
                | "e2e"
                | "cypress"
                | "playwright"
                | "spec"
                | "specs"
                | "examples"
                | "example"
                | "docs"
                | "scripts"
                | "migrations"
                | "seeds"
                | "stories"
        )
    }) || name.contains(".test.")
        || name.contains(".spec.")
        || name.contains(".stories.")
        || name.starts_with("test_")
        || name.ends_with("_test.py")
        || name == "conftest.py"
}

fn blank_comments(raw: &[u8], mask: &[u8]) -> Vec<u8> {
    raw.iter()
        .zip(mask)
        .map(|(&b, &m)| if m == COMMENT && b != b'\n' { b' ' } else { b })
        .collect()
}

impl<'a> Ctx<'a> {
    pub fn new(set: &'a FileSet) -> Ctx<'a> {
        let mut files = Vec::new();
        let mut total = 0usize;
        for f in &set.files {
            let wanted = matches!(
                f.lang,
                Language::Javascript | Language::Typescript | Language::Python
            );
            if !wanted || f.bytes.len() > MAX_FILE || is_test_path(&f.path) {
                continue;
            }
            // Vue/Svelte/Astro single-file components are client code.
            let lower = f.path.to_ascii_lowercase();
            if lower.ends_with(".vue") || lower.ends_with(".svelte") || lower.ends_with(".astro") {
                continue;
            }
            total += f.bytes.len();
            if total > MAX_TOTAL {
                break;
            }
            let mask = lex(f.lang, &f.bytes);
            let text = blank_comments(&f.bytes, &mask);
            files.push(Src {
                path: &f.path,
                lang: f.lang,
                lines: LineIndex::new(&f.bytes),
                text,
                mask,
                blocks: std::cell::OnceCell::new(),
            });
        }
        let by_path = files.iter().enumerate().map(|(i, s)| (s.path, i)).collect();
        let mut ctx = Ctx {
            files,
            by_path,
            defs: BTreeMap::new(),
            first_def: std::collections::HashMap::new(),
            js_imports: Vec::new(),
            py_imports: Vec::new(),
            cache: RefCell::new(BTreeMap::new()),
            py_by_stem: BTreeMap::new(),
            admin_cache: RefCell::new(BTreeMap::new()),
            trusted_fields: RefCell::new(None),
        };
        for (i, f) in ctx
            .files
            .iter()
            .enumerate()
            .filter(|(_, f)| f.lang == Language::Python)
        {
            let stem = match f.path.rsplit_once('/') {
                Some((dir, "__init__.py")) => dir.rsplit('/').next().unwrap_or(dir),
                None if f.path == "__init__.py" => continue,
                _ => f
                    .path
                    .rsplit('/')
                    .next()
                    .unwrap_or(f.path)
                    .trim_end_matches(".py"),
            };
            ctx.py_by_stem.entry(stem.to_string()).or_default().push(i);
        }
        for i in 0..ctx.files.len() {
            let defs = if ctx.files[i].is_js() {
                js_defs(&ctx.files[i], i)
            } else {
                py_defs(&ctx.files[i], i)
            };
            for (name, d) in defs {
                let first = ctx.first_def.entry((i, name.clone())).or_insert(d);
                if d.start < first.start {
                    *first = d;
                }
                ctx.defs.entry(name).or_default().push(d);
            }
        }
        ctx.js_imports = (0..ctx.files.len())
            .map(|i| {
                if ctx.files[i].is_js() {
                    ctx.parse_js_imports(i)
                } else {
                    Vec::new()
                }
            })
            .collect();
        ctx.py_imports = (0..ctx.files.len())
            .map(|i| {
                if ctx.files[i].lang == Language::Python {
                    ctx.parse_py_imports(i)
                } else {
                    Vec::new()
                }
            })
            .collect();
        ctx
    }

    pub fn file(&self, path: &str) -> Option<usize> {
        self.by_path.get(path).copied()
    }

    /// Definitions of `name` in file `file`.
    pub fn def_in(&self, file: usize, name: &str) -> Option<Def> {
        // The first (outermost) one: a later `const x` inside a function is a local.
        self.first_def.get(&(file, name.to_string())).copied()
    }

    /// All definitions of `name` in files of the same language family as `file`.
    pub fn defs_named(&self, name: &str, js: bool) -> Vec<Def> {
        self.defs
            .get(name)
            .map(|v| {
                v.iter()
                    .filter(|d| self.files[d.file].is_js() == js)
                    .copied()
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Where `name` (as used in `file`) is defined: locally, through an import (followed through
    /// re-exports), or - when unique in the project - anywhere.
    pub fn resolve(&self, file: usize, name: &str) -> Option<Def> {
        self.resolve_depth(file, name, 0)
    }

    fn resolve_depth(&self, file: usize, name: &str, depth: usize) -> Option<Def> {
        if depth > MAX_DEPTH || name.is_empty() {
            return None;
        }
        let src = &self.files[file];
        // Member paths: `ns.fn` (namespace import / module) or `obj.method`.
        if let Some((head, tail)) = name.split_once('.') {
            if src.is_js() {
                if let Some(imp) = self.js_imports[file].iter().find(|i| i.local == head)
                    && let Some(t) = imp.target
                {
                    let inner = tail.split('.').next().unwrap_or(tail);
                    if imp.imported.as_deref() == Some("*") {
                        return self.export_def(t, Some(inner), depth + 1);
                    }
                    // A default-exported object whose member is a function (`controller.create`).
                    return self
                        .def_in(t, inner)
                        .or_else(|| self.export_def(t, Some(inner), depth + 1));
                }
            } else if let Some(imp) = self.py_imports[file]
                .iter()
                .find(|i| i.local == head && i.attr.is_none())
                && let Some(m) = imp.module
            {
                return self.resolve_depth(m, tail, depth + 1);
            }
            let last = name.rsplit('.').next().unwrap_or(name);
            // `controller.create` where `const controller = new PostController()`: the method of
            // that class. Other receivers (`prisma.user.create`) are not project functions.
            if src.is_js()
                && !tail.contains('.')
                && let Some(v) = self.def_in(file, head).filter(|d| d.kind == DefKind::Value)
            {
                let text = &src.text[v.body.0..v.body.1.min(src.text.len())];
                if let Some(c) = re!(r"^\s*new\s+([A-Za-z_$][\w$]*)").captures(text) {
                    let cls = String::from_utf8_lossy(&c[1]).into_owned();
                    if let Some(cd) = self
                        .resolve_depth(file, &cls, depth + 1)
                        .filter(|d| d.kind == DefKind::Class)
                    {
                        return self.defs.get(last).and_then(|v| {
                            v.iter()
                                .find(|d| {
                                    d.file == cd.file
                                        && d.start > cd.body.0
                                        && d.body.1 <= cd.body.1
                                })
                                .copied()
                        });
                    }
                }
            }
            return None;
        }
        // Imports first: `const x = require('./x')` is also a local `const`.
        if src.is_js()
            && let Some(imp) = self.js_imports[file].iter().find(|i| i.local == name)
        {
            return match imp.target {
                Some(t) => self.export_def(t, imp.imported.as_deref(), depth + 1),
                None => None,
            };
        }
        if let Some(d) = self.def_in(file, name) {
            return Some(d);
        } else if let Some(imp) = self.py_imports[file].iter().find(|i| i.local == name) {
            if let (Some(m), Some(attr)) = (imp.module, &imp.attr) {
                return self.resolve_depth(m, attr, depth + 1);
            }
            return None;
        }
        self.unique(name, src.is_js())
    }

    fn unique(&self, name: &str, js: bool) -> Option<Def> {
        let all = self.defs_named(name, js);
        let mut files: Vec<usize> = all.iter().map(|d| d.file).collect();
        files.dedup();
        if files.len() == 1 {
            return all.iter().min_by_key(|d| d.start).copied();
        }
        None
    }

    /// The definition behind export `name` (None = default) of JS file `file`.
    pub fn export_def(&self, file: usize, name: Option<&str>, depth: usize) -> Option<Def> {
        match self.export_local(file, name, depth) {
            Some((f, local)) => self.def_in(f, &local),
            None if name.is_none() => self.anonymous_default(file),
            None => None,
        }
    }

    /// `module.exports = async (req, res, next) => {...}` / `export default function (req) {...}`:
    /// the anonymous default export as a definition.
    fn anonymous_default(&self, file: usize) -> Option<Def> {
        let src = &self.files[file];
        let c = src
            .code_matches(re!(r"(?:\bmodule\s*\.\s*exports\s*=|\bexport\s+default)\s*(?:async\b|function\b|\()"), 0, src.text.len())
            .next()?;
        let m = c.get(0)?;
        let at = m.end()
            - m.as_bytes()
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_alphabetic() || **b == b'(')
                .count();
        let body = fn_body_from(&src.text, &src.mask, at)?;
        Some(Def {
            file,
            start: m.start(),
            body: (body.0.min(at).max(m.start()), body.1),
            kind: DefKind::Function,
        })
    }

    /// The (file, local name) behind export `name` (None = default) of JS file `file`.
    pub fn export_local(
        &self,
        file: usize,
        name: Option<&str>,
        depth: usize,
    ) -> Option<(usize, String)> {
        if depth > MAX_DEPTH {
            return None;
        }
        let src = &self.files[file];
        let t = &src.text;
        match name {
            None => {
                for c in src.code_matches(re!(r"(?:\bexport\s+default\s+|\bmodule\s*\.\s*exports\s*=\s*)(?:async\s+)?(?:function\s*\*?\s*|class\s+)?([A-Za-z_$][\w$]*)"), 0, t.len()) {
                    let n = String::from_utf8_lossy(&c[1]).into_owned();
                    if n != "function" && n != "async" && n != "class" {
                        return Some((file, n));
                    }
                }
                // `export { router as default }`
                for c in src.code_matches(re!(r"\bexport\s*\{([^}]*)\}"), 0, t.len()) {
                    for part in String::from_utf8_lossy(&c[1]).split(',') {
                        if let Some((l, r)) = part.split_once(" as ")
                            && r.trim() == "default"
                        {
                            return Some((file, l.trim().to_string()));
                        }
                    }
                }
                None
            }
            Some(n) => {
                if self.def_in(file, n).is_some() {
                    return Some((file, n.to_string()));
                }
                for c in src.code_matches(
                    re!(r"\bexport\s*\{([^}]*)\}(?:\s*from\s*['\x22]([^'\x22\n]+)['\x22])?"),
                    0,
                    t.len(),
                ) {
                    for part in String::from_utf8_lossy(&c[1]).split(',') {
                        let (l, r) = part
                            .split_once(" as ")
                            .map_or((part.trim(), part.trim()), |(l, r)| (l.trim(), r.trim()));
                        if r == n {
                            if let Some(spec) = c.get(2) {
                                let target = self.resolve_js_spec(
                                    file,
                                    &String::from_utf8_lossy(spec.as_bytes()),
                                )?;
                                return self.export_local(
                                    target,
                                    if l == "default" { None } else { Some(l) },
                                    depth + 1,
                                );
                            }
                            // A locally imported name re-exported.
                            if let Some(imp) = self
                                .js_imports
                                .get(file)
                                .and_then(|v| v.iter().find(|i| i.local == l))
                            {
                                let target = imp.target?;
                                return self.export_local(
                                    target,
                                    imp.imported.as_deref(),
                                    depth + 1,
                                );
                            }
                            return Some((file, l.to_string()));
                        }
                    }
                }
                // `module.exports = { create, update: updateThing }`
                for c in src.code_matches(re!(r"\bmodule\s*\.\s*exports\s*=\s*\{"), 0, t.len()) {
                    let open = c.get(0).map_or(0, |m| m.end() - 1);
                    let close = matching_brace(t, &src.mask, open).unwrap_or(open);
                    for part in
                        String::from_utf8_lossy(&t[open + 1..close.saturating_sub(1).max(open + 1)])
                            .split(',')
                    {
                        let (k, v) = part
                            .split_once(':')
                            .map_or((part.trim(), part.trim()), |(k, v)| (k.trim(), v.trim()));
                        if k == n
                            && v.bytes()
                                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$')
                            && !v.is_empty()
                        {
                            return Some((file, v.to_string()));
                        }
                    }
                }
                for c in src.code_matches(
                    re!(r"\bexport\s*\*\s*from\s*['\x22]([^'\x22\n]+)['\x22]"),
                    0,
                    t.len(),
                ) {
                    if let Some(target) =
                        self.resolve_js_spec(file, &String::from_utf8_lossy(&c[1]))
                        && let Some(r) = self.export_local(target, Some(n), depth + 1)
                    {
                        return Some(r);
                    }
                }
                None
            }
        }
    }

    /// The file a JS module specifier names, if it is in the project.
    pub fn resolve_js_spec(&self, from: usize, spec: &str) -> Option<usize> {
        let dir = self.files[from].dir();
        let mut bases: Vec<String> = Vec::new();
        if spec.starts_with("./") || spec.starts_with("../") || spec == "." || spec == ".." {
            bases.push(crate::input::normalize_path(&format!("{dir}/{spec}")));
        } else if let Some(rest) = spec
            .strip_prefix("@/")
            .or_else(|| spec.strip_prefix("~/"))
            .or_else(|| spec.strip_prefix("#/"))
        {
            let mut d = dir.to_string();
            loop {
                let pre = if d.is_empty() {
                    String::new()
                } else {
                    format!("{d}/")
                };
                bases.push(format!("{pre}src/{rest}"));
                bases.push(format!("{pre}{rest}"));
                match d.rsplit_once('/') {
                    Some((p, _)) => d = p.to_string(),
                    None if !d.is_empty() => d.clear(),
                    None => break,
                }
            }
        } else if spec.starts_with("src/") {
            bases.push(spec.to_string());
        } else {
            return None;
        }
        for b in bases {
            let stem = b
                .strip_suffix(".js")
                .or_else(|| b.strip_suffix(".mjs"))
                .or_else(|| b.strip_suffix(".cjs"))
                .unwrap_or(&b)
                .to_string();
            for cand in [
                b.clone(),
                format!("{stem}.ts"),
                format!("{stem}.tsx"),
                format!("{stem}.js"),
                format!("{stem}.jsx"),
                format!("{stem}.mjs"),
                format!("{stem}.cjs"),
                format!("{b}/index.ts"),
                format!("{b}/index.tsx"),
                format!("{b}/index.js"),
                format!("{b}/index.mjs"),
            ] {
                if let Some(i) = self.file(&cand) {
                    return Some(i);
                }
            }
        }
        None
    }

    fn parse_js_imports(&self, file: usize) -> Vec<JsImport> {
        let src = &self.files[file];
        let t = &src.text;
        let mut out = Vec::new();
        let ident = |b: &[u8]| String::from_utf8_lossy(b).trim().to_string();
        for c in src.code_matches(
            re!(r"\bimport\s+(?:type\s+)?(?:([A-Za-z_$][\w$]*)\s*,?\s*)?(?:\{([^}]*)\}\s*|\*\s*as\s+([A-Za-z_$][\w$]*)\s*)?from\s*['\x22]([^'\x22\n]+)['\x22]"),
            0,
            t.len(),
        ) {
            let target = self.resolve_js_spec(file, &String::from_utf8_lossy(&c[4]));
            if let Some(d) = c.get(1) {
                out.push(JsImport { local: ident(d.as_bytes()), imported: None, target });
            }
            if let Some(ns) = c.get(3) {
                out.push(JsImport { local: ident(ns.as_bytes()), imported: Some("*".into()), target });
            }
            if let Some(list) = c.get(2) {
                for part in String::from_utf8_lossy(list.as_bytes()).split(',') {
                    let part = part.trim().trim_start_matches("type ").trim();
                    if part.is_empty() {
                        continue;
                    }
                    let (imported, local) = part.split_once(" as ").map_or((part, part), |(a, b)| (a.trim(), b.trim()));
                    let imported = if imported == "default" { None } else { Some(imported.to_string()) };
                    out.push(JsImport { local: local.to_string(), imported, target });
                }
            }
        }
        for c in src.code_matches(re!(r"\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\s*\(\s*['\x22]([^'\x22\n]+)['\x22]\s*\)(\s*\.\s*[A-Za-z_$][\w$]*)?"), 0, t.len()) {
            let target = self.resolve_js_spec(file, &String::from_utf8_lossy(&c[2]));
            let imported = c.get(3).map(|m| String::from_utf8_lossy(m.as_bytes()).trim().trim_start_matches('.').trim().to_string());
            out.push(JsImport { local: ident(&c[1]), imported, target });
        }
        for c in src.code_matches(re!(r"\b(?:const|let|var)\s*\{([^}]*)\}\s*=\s*require\s*\(\s*['\x22]([^'\x22\n]+)['\x22]\s*\)"), 0, t.len()) {
            let target = self.resolve_js_spec(file, &String::from_utf8_lossy(&c[2]));
            for part in String::from_utf8_lossy(&c[1]).split(',') {
                let part = part.trim();
                if part.is_empty() {
                    continue;
                }
                let (imported, local) = part.split_once(':').map_or((part, part), |(a, b)| (a.trim(), b.trim()));
                out.push(JsImport { local: local.to_string(), imported: Some(imported.to_string()), target });
            }
        }
        out
    }

    /// The file of Python module `module` (dotted) imported from `from` with `level` leading dots.
    pub fn resolve_py_module(&self, from: usize, module: &str, level: usize) -> Option<usize> {
        let rel = module.replace('.', "/");
        if level > 0 {
            let mut dir = self.files[from].dir().to_string();
            for _ in 1..level {
                dir = dir
                    .rsplit_once('/')
                    .map_or(String::new(), |(p, _)| p.to_string());
            }
            let base = match (dir.is_empty(), rel.is_empty()) {
                (true, _) => rel.clone(),
                (false, true) => dir.clone(),
                (false, false) => format!("{dir}/{rel}"),
            };
            if base.is_empty() {
                return self.file("__init__.py");
            }
            return self
                .file(&format!("{base}.py"))
                .or_else(|| self.file(&format!("{base}/__init__.py")));
        }
        if rel.is_empty() {
            return None;
        }
        let a = format!("{rel}.py");
        let b = format!("{rel}/__init__.py");
        let stem = rel.rsplit('/').next().unwrap_or(&rel);
        let mut best: Option<(usize, usize)> = None;
        for &i in self.py_by_stem.get(stem).map(Vec::as_slice).unwrap_or(&[]) {
            let f = &self.files[i];
            for cand in [&a, &b] {
                let ok = f.path == cand.as_str()
                    || (f.path.ends_with(cand.as_str())
                        && f.path.as_bytes().get(f.path.len() - cand.len() - 1) == Some(&b'/'));
                if ok && best.is_none_or(|(_, l)| f.path.len() < l) {
                    best = Some((i, f.path.len()));
                }
            }
        }
        best.map(|(i, _)| i)
    }

    fn parse_py_imports(&self, file: usize) -> Vec<PyImport> {
        let src = &self.files[file];
        let t = &src.text;
        let mut out = Vec::new();
        for c in src.code_matches(
            re!(r"(?m)^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]+)"),
            0,
            t.len(),
        ) {
            let level = c[1].len();
            let module = String::from_utf8_lossy(&c[2]).into_owned();
            let base = self.resolve_py_module(file, &module, level);
            let list = String::from_utf8_lossy(&c[3]).replace(['(', ')', '\\'], " ");
            for part in list.split(',') {
                let part = part.trim();
                if part.is_empty() || part == "*" {
                    continue;
                }
                let (name, local) = part
                    .split_once(" as ")
                    .map_or((part, part), |(a, b)| (a.trim(), b.trim()));
                let sub = if module.is_empty() {
                    name.to_string()
                } else {
                    format!("{module}.{name}")
                };
                if let Some(m) = self.resolve_py_module(file, &sub, level) {
                    out.push(PyImport {
                        local: local.to_string(),
                        module: Some(m),
                        attr: None,
                    });
                } else {
                    out.push(PyImport {
                        local: local.to_string(),
                        module: base,
                        attr: Some(name.to_string()),
                    });
                }
            }
        }
        for c in src.code_matches(
            re!(r"(?m)^[ \t]*import[ \t]+([\w.]+)(?:[ \t]+as[ \t]+(\w+))?"),
            0,
            t.len(),
        ) {
            let module = String::from_utf8_lossy(&c[1]).into_owned();
            let local = c.get(2).map_or_else(
                || module.clone(),
                |m| String::from_utf8_lossy(m.as_bytes()).into_owned(),
            );
            out.push(PyImport {
                local,
                module: self.resolve_py_module(file, &module, 0),
                attr: None,
            });
        }
        out
    }

    /// Python: the file and name a (possibly dotted) name used in `file` refers to, following
    /// imports: `users.router` -> (users.py, "router"); `router as user_router` -> (.., "router").
    pub fn py_target(&self, file: usize, name: &str) -> Option<(usize, String)> {
        self.py_target_depth(file, name, 0)
    }

    fn py_target_depth(&self, file: usize, name: &str, depth: usize) -> Option<(usize, String)> {
        if depth > MAX_DEPTH {
            return None;
        }
        if let Some((head, tail)) = name.split_once('.') {
            let imp = self.py_imports[file].iter().find(|i| i.local == head)?;
            let m = match (&imp.module, &imp.attr) {
                (Some(m), None) => *m,
                (Some(m), Some(a)) => {
                    // `from app import api` where api is a package attribute that is a module.
                    return self.py_target_depth(*m, &format!("{a}.{tail}"), depth + 1);
                }
                _ => return None,
            };
            return self.py_target_depth(m, tail, depth + 1);
        }
        if let Some(imp) = self.py_imports[file].iter().find(|i| i.local == name)
            && let (Some(m), Some(a)) = (imp.module, &imp.attr)
        {
            return self
                .py_target_depth(m, a, depth + 1)
                .or(Some((m, a.clone())));
        }
        Some((file, name.to_string()))
    }
}

/// Top-level-ish JS definitions of a file: functions, `const x = ...`, class and object methods,
/// `exports.x = ...`.
fn js_defs(src: &Src, file: usize) -> Vec<(String, Def)> {
    let t = &src.text;
    let m = &src.mask;
    let mut out = Vec::new();
    let name_of =
        |c: &regex::bytes::Captures, g: usize| String::from_utf8_lossy(&c[g]).into_owned();
    for c in src.code_matches(
        re!(r"\bfunction\s*\*?\s*([A-Za-z_$][\w$]*)\s*(?:<[^>(]*>)?\s*\("),
        0,
        t.len(),
    ) {
        let whole = c.get(0).map_or((0, 0), |x| (x.start(), x.end()));
        if let Some(body) = brace_body_after_params(t, m, whole.1 - 1) {
            out.push((
                name_of(&c, 1),
                Def {
                    file,
                    start: whole.0,
                    body,
                    kind: DefKind::Function,
                },
            ));
        }
    }
    for c in src.code_matches(re!(r"\bclass\s+([A-Za-z_$][\w$]*)[^{;\n]*\{"), 0, t.len()) {
        let whole = c.get(0).map_or((0, 0), |x| (x.start(), x.end()));
        let end = matching_brace(t, m, whole.1 - 1).unwrap_or(t.len());
        out.push((
            name_of(&c, 1),
            Def {
                file,
                start: whole.0,
                body: (whole.1 - 1, end),
                kind: DefKind::Class,
            },
        ));
    }
    for c in src.code_matches(
        re!(r"\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;\n]{1,200})?=[^=>]"),
        0,
        t.len(),
    ) {
        let whole = c.get(0).map_or((0, 0), |x| (x.start(), x.end()));
        let eq = whole.1 - 1;
        let (_, e) = statement(t, m, src.lang, eq);
        let kind = if re!(
            r"^\s*(?:async\s+)?(?:function\b|\([^)]*\)\s*(?::[^=]*)?=>|[A-Za-z_$][\w$]*\s*=>)"
        )
        .is_match(&t[eq..e.max(eq)])
        {
            DefKind::Function
        } else {
            DefKind::Value
        };
        out.push((
            name_of(&c, 1),
            Def {
                file,
                start: whole.0,
                body: (eq, e.max(eq)),
                kind,
            },
        ));
    }
    for c in src.code_matches(
        re!(r"\b(?:module\s*\.\s*)?exports\s*\.\s*([A-Za-z_$][\w$]*)\s*=[^=]"),
        0,
        t.len(),
    ) {
        let whole = c.get(0).map_or((0, 0), |x| (x.start(), x.end()));
        let eq = whole.1 - 1;
        let (_, e) = statement(t, m, src.lang, eq);
        out.push((
            name_of(&c, 1),
            Def {
                file,
                start: whole.0,
                body: (eq, e.max(eq)),
                kind: DefKind::Function,
            },
        ));
    }
    // Methods: `async create(req, res) {` and `create: async (req, res) => {`.
    for c in src.code_matches(re!(r"(?m)^[ \t]*(?:(?:public|private|protected|static|async|export)\s+)*([A-Za-z_$][\w$]*)\s*\("), 0, t.len()) {
        let n = name_of(&c, 1);
        if matches!(n.as_str(), "if" | "for" | "while" | "switch" | "catch" | "function" | "return" | "await" | "with" | "super" | "typeof" | "new" | "else") {
            continue;
        }
        let whole = c.get(0).map_or((0, 0), |x| (x.start(), x.end()));
        let Some(args) = call_args(t, m, whole.1 - 1) else { continue };
        // Only a declaration: `) {` or `): Type {` right after.
        let mut j = args.inner.1 + 1;
        while j < t.len() && (t[j] == b' ' || t[j] == b'\t') {
            j += 1;
        }
        if t.get(j) == Some(&b':') {
            while j < t.len() && t[j] != b'{' && t[j] != b'\n' && t[j] != b';' && t[j] != b'=' {
                j += 1;
            }
        }
        if t.get(j) == Some(&b'{') && m.get(j) == Some(&CODE) {
            let end = matching_brace(t, m, j).unwrap_or(t.len());
            out.push((n, Def { file, start: whole.0, body: (j, end), kind: DefKind::Function }));
        }
    }
    for c in src.code_matches(re!(r"(?m)^[ \t]*([A-Za-z_$][\w$]*)\s*:\s*(?:async\s+)?(?:function\b[^(]*\(|\([^)]*\)\s*(?::[^=]*)?=>|[A-Za-z_$][\w$]*\s*=>)"), 0, t.len()) {
        let whole = c.get(0).map_or((0, 0), |x| (x.start(), x.end()));
        let body = fn_body_from(t, m, whole.1).unwrap_or((whole.1, whole.1));
        out.push((name_of(&c, 1), Def { file, start: whole.0, body, kind: DefKind::Function }));
    }
    out
}

/// The `{...}` body after a parameter list whose `(` is at `open` (return types skipped).
pub fn brace_body_after_params(t: &[u8], m: &[u8], open: usize) -> Option<(usize, usize)> {
    let args = call_args(t, m, open)?;
    let mut j = args.inner.1 + 1;
    let limit = (j + 400).min(t.len());
    while j < limit {
        if m[j] == CODE && t[j] == b'{' {
            // `): Promise<{ a: string }> {` - a type literal is followed by more header.
            let end = matching_brace(t, m, j)?;
            let mut k = end;
            while k < t.len() && (t[k] == b' ' || t[k] == b'\t') {
                k += 1;
            }
            if t.get(k) == Some(&b'>') || t.get(k) == Some(&b'|') {
                j = end;
                continue;
            }
            return Some((j, end));
        }
        if m[j] == CODE && (t[j] == b';' || (t[j] == b'=' && t.get(j + 1) == Some(&b'>'))) {
            if t[j] == b'=' {
                return fn_body_from(t, m, j + 2);
            }
            return None;
        }
        j += 1;
    }
    None
}

/// The body of an arrow function or function expression that starts at or after `from`: the
/// `{...}` block, or the expression up to the end of the argument/statement.
pub fn fn_body_from(t: &[u8], m: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut j = from;
    // Skip to `=>` if there is one close by (parameters).
    let limit = (from + 600).min(t.len());
    let mut k = from;
    let mut depth = 0i32;
    while k + 1 < limit {
        if m[k] == CODE {
            match t[k] {
                b'(' | b'[' => depth += 1,
                b')' | b']' => depth -= 1,
                b'{' if depth <= 0 => break,
                b'=' if t[k + 1] == b'>' && depth <= 0 => {
                    j = k + 2;
                    break;
                }
                _ => {}
            }
        }
        k += 1;
    }
    while j < t.len() && t[j].is_ascii_whitespace() {
        j += 1;
    }
    if j < t.len() && t[j] == b'{' && m[j] == CODE {
        return Some((j, matching_brace(t, m, j).unwrap_or(t.len())));
    }
    if j >= t.len() {
        return None;
    }
    Some((j, expr_end(t, m, j)))
}

/// End of the expression starting at `from`: a `,` or `;` at depth 0, an unbalanced closing
/// bracket, or a line end at depth 0 (bounded).
pub fn expr_end(t: &[u8], m: &[u8], from: usize) -> usize {
    let limit = (from + 64 * 1024).min(t.len());
    let mut depth = 0i32;
    let mut i = from;
    while i < limit {
        if m[i] == CODE {
            match t[i] {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    depth -= 1;
                    if depth < 0 {
                        return i;
                    }
                }
                b',' | b';' if depth == 0 => return i,
                b'\n' if depth == 0 => {
                    let mut k = i + 1;
                    while k < limit && t[k].is_ascii_whitespace() {
                        k += 1;
                    }
                    if !(k < limit && matches!(t[k], b'.' | b'?' | b':' | b'+' | b'&' | b'|')) {
                        return i;
                    }
                }
                _ => {}
            }
        }
        i += 1;
    }
    limit
}

/// Python definitions: `def`/`async def`/`class` (with their decorators) and module-level
/// assignments.
fn py_defs(src: &Src, file: usize) -> Vec<(String, Def)> {
    let t = &src.text;
    let mut out = Vec::new();
    for c in src.code_matches(
        re!(r"(?m)^([ \t]*)(?:async[ \t]+)?(def|class)[ \t]+([A-Za-z_]\w*)"),
        0,
        t.len(),
    ) {
        let whole = c.get(0).map_or((0, 0), |x| (x.start(), x.end()));
        let indent = c[1].len();
        let kind = if &c[2] == b"def" {
            DefKind::Function
        } else {
            DefKind::Class
        };
        let body_start = py_header_end(src, whole.1);
        let end = py_block_end(t, body_start, indent);
        let start = py_decorators_start(t, whole.0);
        out.push((
            String::from_utf8_lossy(&c[3]).into_owned(),
            Def {
                file,
                start,
                body: (whole.0, end),
                kind,
            },
        ));
    }
    for c in src.code_matches(
        re!(r"(?m)^([A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=[^=]"),
        0,
        t.len(),
    ) {
        let whole = c.get(0).map_or((0, 0), |x| (x.start(), x.end()));
        let (_, e) = statement(t, &src.mask, Language::Python, whole.1 - 1);
        out.push((
            String::from_utf8_lossy(&c[1]).into_owned(),
            Def {
                file,
                start: whole.0,
                body: (whole.0, e.max(whole.1)),
                kind: DefKind::Value,
            },
        ));
    }
    out
}

/// Index after the `:` that ends a `def`/`class` header starting before `from` (brackets
/// balanced; bounded).
pub fn py_header_end(src: &Src, from: usize) -> usize {
    let t = &src.text;
    let limit = (from + 8 * 1024).min(t.len());
    let mut depth = 0i32;
    let mut i = from;
    while i < limit {
        if src.mask[i] == CODE {
            match t[i] {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                b':' if depth <= 0 => return i + 1,
                b'\n' if depth <= 0 => return i,
                _ => {}
            }
        }
        i += 1;
    }
    limit
}

/// End of the indented block that follows `from` (the end of a header), for a header indented by
/// `indent`.
pub fn py_block_end(t: &[u8], from: usize, indent: usize) -> usize {
    let mut i = from;
    // The rest of the header line (a one-line body `def f(): return 1`).
    while i < t.len() && t[i] != b'\n' {
        i += 1;
    }
    let limit = (from + 512 * 1024).min(t.len());
    while i < limit {
        let s = i + 1;
        if s >= t.len() {
            return t.len();
        }
        let e = t[s..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(t.len(), |p| s + p);
        let line = &t[s..e];
        let ind = line
            .iter()
            .take_while(|b| **b == b' ' || **b == b'\t')
            .count();
        let blank = ind == line.len() || line[ind] == b'\r' || line[ind] == b'#';
        if !blank && ind <= indent {
            return s;
        }
        i = e;
    }
    limit.min(t.len())
}

/// Start of the decorators directly above the line starting at `line_start`.
pub fn py_decorators_start(t: &[u8], line_start: usize) -> usize {
    let mut hs = line_start;
    // `line_start` may be after leading white space: go to the line start.
    while hs > 0 && t[hs - 1] != b'\n' {
        hs -= 1;
    }
    let mut cur = hs;
    let mut guard = 0;
    loop {
        guard += 1;
        if cur == 0 || guard > 64 {
            return hs;
        }
        let pe = cur - 1;
        let ps = t[..pe]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let line = &t[ps..pe];
        let k = line.iter().take_while(|b| b.is_ascii_whitespace()).count();
        let first = line.get(k).copied();
        // Decorator lines, the continuation lines of multi-line decorators, and blank (or
        // comment-only, already blanked) lines between them.
        if first.is_none() {
            cur = ps;
        } else if first == Some(b'@') || decorator_continuation(t, ps) {
            hs = ps;
            cur = ps;
        } else {
            return hs;
        }
    }
}

/// Is the line at `ps` inside an open bracket of a decorator above it?
fn decorator_continuation(t: &[u8], ps: usize) -> bool {
    // Walk back up to 20 lines looking for an `@` line whose brackets are not yet closed at `ps`.
    let mut s = ps;
    for _ in 0..20 {
        if s == 0 {
            return false;
        }
        let pe = s - 1;
        let prev = t[..pe]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let line = &t[prev..pe];
        let k = line.iter().take_while(|b| b.is_ascii_whitespace()).count();
        if line.get(k) == Some(&b'@') {
            let seg = &t[prev..ps];
            let open = seg
                .iter()
                .filter(|b| matches!(b, b'(' | b'[' | b'{'))
                .count();
            let close = seg
                .iter()
                .filter(|b| matches!(b, b')' | b']' | b'}'))
                .count();
            return open > close;
        }
        s = prev;
    }
    false
}

/// The string value of a literal expression `t[s..e]` (quotes `'`, `"` or a template without
/// `${}`), if it is exactly one literal. Python prefixes r/u/b are allowed.
pub fn string_lit(src: &Src, s: usize, e: usize) -> Option<String> {
    let (s, e) = crate::lang::args::trim(&src.text, s, e.min(src.text.len()));
    if e < s + 2 {
        return None;
    }
    let t = &src.text;
    let mut s2 = s;
    while s2 < e && matches!(t[s2], b'r' | b'u' | b'b' | b'R' | b'U' | b'B') && src.mask[s2] == CODE
    {
        s2 += 1;
    }
    if e < s2 + 2 {
        return None;
    }
    let q = t[s2];
    if !matches!(q, b'\'' | b'"' | b'`') || t[e - 1] != q {
        return None;
    }
    if (s2..e).any(|i| src.mask[i] != crate::lang::lex::STRING) {
        return None;
    }
    let inner = &t[s2 + 1..e - 1];
    if q == b'`' && inner.windows(2).any(|w| w == b"${") {
        return None;
    }
    // Python triple quotes.
    let inner = if inner.starts_with(&[q, q]) && inner.ends_with(&[q, q]) && inner.len() >= 4 {
        &inner[2..inner.len() - 2]
    } else {
        inner
    };
    Some(String::from_utf8_lossy(inner).into_owned())
}

/// Is `t[s..e]` (trimmed) a bare identifier or member path? Returns it.
pub fn ident(src: &Src, s: usize, e: usize) -> Option<String> {
    let (s, e) = crate::lang::args::trim(&src.text, s, e.min(src.text.len()));
    let w = &src.text[s..e];
    if w.is_empty()
        || w[0].is_ascii_digit()
        || !w
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$' | b'.'))
    {
        return None;
    }
    Some(String::from_utf8_lossy(w).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(files: &[(&str, &str)]) -> FileSet {
        FileSet::from_pairs(files)
    }

    #[test]
    fn resolves_js_imports_and_reexports() {
        let s = set(&[
            (
                "src/server.ts",
                "import { requireAuth } from './middleware';\nimport users from './routes/users.js';\nconst x = require('./lib/guard');\n",
            ),
            (
                "src/middleware/index.ts",
                "export { requireAuth } from './auth';\n",
            ),
            (
                "src/middleware/auth.ts",
                "// c\nexport function requireAuth(req, res, next) {\n  jwt.verify(t, k);\n  next();\n}\n",
            ),
            (
                "src/routes/users.ts",
                "const router = Router();\nexport default router;\n",
            ),
            (
                "src/lib/guard.js",
                "module.exports = function guard(req, res, next) { next(); };\n",
            ),
        ]);
        let ctx = Ctx::new(&s);
        let server = ctx.file("src/server.ts").unwrap();
        let d = ctx.resolve(server, "requireAuth").unwrap();
        assert_eq!(ctx.files[d.file].path, "src/middleware/auth.ts");
        assert!(
            ctx.files[d.file]
                .s(d.body.0, d.body.1)
                .contains("jwt.verify")
        );
        let imp = ctx.js_imports[server]
            .iter()
            .find(|i| i.local == "users")
            .unwrap();
        assert_eq!(
            imp.target.map(|t| ctx.files[t].path),
            Some("src/routes/users.ts")
        );
        let (f, local) = ctx.export_local(imp.target.unwrap(), None, 0).unwrap();
        assert_eq!(
            (ctx.files[f].path, local.as_str()),
            ("src/routes/users.ts", "router")
        );
        let g = ctx.js_imports[server]
            .iter()
            .find(|i| i.local == "x")
            .unwrap();
        assert_eq!(
            ctx.export_local(g.target.unwrap(), None, 0).map(|(_, l)| l),
            Some("guard".into())
        );
    }

    #[test]
    fn resolves_python_modules() {
        let s = set(&[
            (
                "app/main.py",
                "from app.routers import users\nfrom .deps import get_current_user as gcu\nimport app.api.items as items\n",
            ),
            ("app/routers/users.py", "router = APIRouter()\n"),
            (
                "app/deps.py",
                "def get_current_user(token):\n    return jwt.decode(token)\n\nx = 1\n",
            ),
            ("app/api/items.py", "router = 1\n"),
        ]);
        let ctx = Ctx::new(&s);
        let main = ctx.file("app/main.py").unwrap();
        let (f, n) = ctx.py_target(main, "users.router").unwrap();
        assert_eq!(
            (ctx.files[f].path, n.as_str()),
            ("app/routers/users.py", "router")
        );
        let d = ctx.resolve(main, "gcu").unwrap();
        assert!(
            ctx.files[d.file]
                .s(d.body.0, d.body.1)
                .contains("jwt.decode")
        );
        assert!(!ctx.files[d.file].s(d.body.0, d.body.1).contains("x = 1"));
        let (f, _) = ctx.py_target(main, "items.router").unwrap();
        assert_eq!(ctx.files[f].path, "app/api/items.py");
    }

    #[test]
    fn string_literals_and_bodies() {
        let s = set(&[(
            "a.ts",
            "const a = '/x';\nconst b = `/y/${id}`;\nconst h = async (req: Request): Promise<{ ok: boolean }> => {\n  return 1;\n};\n",
        )]);
        let ctx = Ctx::new(&s);
        let f = &ctx.files[0];
        let t = f.s(0, f.text.len()).into_owned();
        let a = t.find("'/x'").unwrap();
        assert_eq!(string_lit(f, a, a + 4), Some("/x".into()));
        let b = t.find('`').unwrap();
        assert_eq!(string_lit(f, b, b + 10), None);
        let d = ctx.def_in(0, "h").unwrap();
        assert_eq!(d.kind, DefKind::Function);
        assert!(f.s(d.body.0, d.body.1).contains("return 1"));
    }
}

#[cfg(test)]
mod member_tests {
    use super::*;
    use crate::input::{Limits, RawFile};

    #[test]
    fn member_calls_resolve_through_new_bindings_only() {
        let s = FileSet::from_files(
            vec![
                RawFile::new(
                    "src/routes/p.ts",
                    "import { PostController } from '../controllers/post.controller.js';\nconst controller = new PostController();\nrouter.get('/', controller.list);\nprisma.user.create({});\n",
                ),
                RawFile::new(
                    "src/controllers/post.controller.ts",
                    "export class PostController {\n  async list(req: Request, res: Response) {\n    res.json(1);\n  }\n  async create(req, res) {}\n}\n",
                ),
            ],
            &Limits::default(),
        );
        let ctx = Ctx::new(&s);
        let f = ctx.file("src/routes/p.ts").unwrap();
        let d = ctx.resolve(f, "controller.list").expect("resolved");
        assert_eq!(ctx.files[d.file].path, "src/controllers/post.controller.ts");
        assert!(ctx.resolve(f, "user.create").is_none());
    }
}
