//! The per-file matcher: prefilter -> lazily compiled patterns -> scope -> structural conditions
//! -> secret checks (placeholders, entropy, validators, client exposure). Returns plain hits.

use super::schema::Scope;
use super::{CompiledCondition, Rule, RuleSet};
use crate::lang::args::{self, Shape};
use crate::lang::lex::{CODE, COMMENT, STRING};
use crate::lang::{Language, LineIndex};
use crate::report::{Confidence, Severity};
use regex::bytes::Captures;

/// Most hits one rule may report in one file (a generated file must not flood the report).
const MAX_HITS_PER_RULE: usize = 50;
/// Most regex matches of one rule whose conditions are evaluated in one file (hostile input).
const MAX_CANDIDATES_PER_RULE: usize = 5_000;
/// Condition results on spans at least this long are cached per file (`file`, top-level
/// `function`...), so a thousand matches do not rescan the same megabyte.
const CACHE_MIN_SPAN: usize = 2_048;

/// Results of conditions on large spans: (condition address, span start, span end).
type CondCache = std::collections::HashMap<(usize, usize, usize), bool>;

/// Every file of a scan, for `in = "project"` conditions, with the results cached across files
/// (a schema's condition is asked once per class name, not once per match).
pub struct ProjectFiles<'a> {
    files: &'a [crate::input::SourceFile],
    cache: std::cell::RefCell<std::collections::HashMap<(usize, Vec<u8>), bool>>,
    /// Bytes project conditions may still read in this scan (hostile input: thousands of
    /// distinct class names each asking about every file).
    budget: std::cell::Cell<usize>,
}

/// Files larger than this are not searched by project conditions (generated bundles).
const PROJECT_FILE_MAX: usize = 1 << 20;
/// Bytes all project conditions of one scan may run a regex over (word searches count 1/16);
/// past it they do not hold.
const PROJECT_BUDGET: usize = 64 << 20;
/// What compiling a templated (`@GROUP@`) regex costs against the budget.
const TEMPLATE_COST: usize = 64 << 10;

impl<'a> ProjectFiles<'a> {
    pub fn new(files: &'a [crate::input::SourceFile]) -> ProjectFiles<'a> {
        ProjectFiles {
            files,
            cache: Default::default(),
            budget: std::cell::Cell::new(PROJECT_BUDGET),
        }
    }

    /// Takes `n` bytes from the budget; false when it is spent.
    fn spend(&self, n: usize) -> bool {
        let left = self.budget.get();
        self.budget.set(left.saturating_sub(n));
        left >= n
    }

    /// Does the condition's regex match in a file of the project that names `word` (any file
    /// when `word` is `None`)? Lockfiles and files over 1 MB are left out.
    fn any_file(&self, c: &CompiledCondition, word: Option<&[u8]>) -> bool {
        let key = (
            c as *const CompiledCondition as usize,
            word.map(<[u8]>::to_vec).unwrap_or_default(),
        );
        if let Some(&r) = self.cache.borrow().get(&key) {
            return r;
        }
        let templated = word.is_some()
            && c.regex
                .as_ref()
                .is_some_and(|re| re.as_str().contains("@GROUP@"));
        let r = (!templated || self.spend(TEMPLATE_COST))
            && project_regex(c, word).is_some_and(|re| {
                self.files.iter().any(|f| {
                    f.lang != Language::Lockfile
                        && f.bytes.len() <= PROJECT_FILE_MAX
                        // A word search is cheap (1/16 of a regex pass); the regex runs only
                        // on files that name the word.
                        && self.spend(f.bytes.len() / 16 + 1)
                        && word.is_none_or(|w| either_case_first_positions(&f.bytes, w).next().is_some())
                        && self.spend(f.bytes.len())
                        && file_matches(c, &re, f.lang, &f.bytes, word)
                })
            });
        self.cache.borrow_mut().insert(key, r);
        r
    }
}

/// A project condition's regex, with `@GROUP@` replaced by the group's text (escaped): the
/// regex can then name the very value the match captured (`@GROUP@\s*=\s*bleach\.clean\(`).
fn project_regex(c: &CompiledCondition, word: Option<&[u8]>) -> Option<regex::bytes::Regex> {
    let re = c.regex.as_ref()?;
    match word {
        Some(w) if re.as_str().contains("@GROUP@") => {
            let src = re.as_str();
            let src = src.strip_prefix("(?-u)").unwrap_or(src);
            let escaped = regex::escape(&String::from_utf8_lossy(w));
            super::build_regex(&src.replace("@GROUP@", &escaped)).ok()
        }
        _ => Some(re.clone()),
    }
}

/// A project condition over one file: with `word`, only a file that names it, and with `lines`,
/// only within that many lines of one of its mentions; the regex in code only when `code_only`.
fn file_matches(
    c: &CompiledCondition,
    re: &regex::bytes::Regex,
    lang: Language,
    src: &[u8],
    word: Option<&[u8]>,
) -> bool {
    // Prose (a README, notes) mentions code without running it.
    if c.spec.code_only && matches!(lang, Language::Markdown | Language::Text) {
        return false;
    }
    // The word as captured or with its first letter in the other case: Prisma's client calls
    // `model Post` `prisma.post`, a React component `userCard` is `UserCard`.
    let windows: Vec<(usize, usize)> = match (word, c.spec.lines) {
        (Some(w), Some(n)) => either_case_first_positions(src, w)
            .take(512)
            .map(|p| line_window(src, p, n))
            .collect(),
        (Some(w), None) if either_case_first_positions(src, w).next().is_none() => return false,
        _ => vec![(0, src.len())],
    };
    if !windows.iter().any(|&(s, e)| re.is_match(&src[s..e])) {
        return false;
    }
    if !c.spec.code_only {
        return true;
    }
    let mask = crate::lang::lex::lex(lang, src);
    windows.iter().any(|&(s, e)| {
        re.find_iter(&src[s..e])
            .any(|m| mask.get(s + m.start()) == Some(&CODE))
    })
}

/// Where `word` occurs in `hay` delimited by non-identifier bytes.
pub(crate) fn word_positions<'h>(
    hay: &'h [u8],
    word: &'h [u8],
) -> impl Iterator<Item = usize> + 'h {
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$';
    memchr::memmem::find_iter(hay, word).filter(move |&p| {
        !word.is_empty()
            && (p == 0 || !ident(hay[p - 1]))
            && hay.get(p + word.len()).is_none_or(|b| !ident(*b))
    })
}

/// The lines from `n` above to `n` below the one holding byte `pos`.
fn line_window(src: &[u8], pos: usize, n: usize) -> (usize, usize) {
    let pos = pos.min(src.len());
    // Start: just after the newline that ends the line `n + 1` above (or the file start).
    let mut s = pos;
    let mut start = 0;
    for _ in 0..=n {
        match memchr::memrchr(b'\n', &src[..s]) {
            Some(i) => {
                s = i;
                start = i + 1;
            }
            None => {
                start = 0;
                break;
            }
        }
    }
    // End: just after the newline that ends the line `n` below (or the file end).
    let mut end = pos;
    for _ in 0..=n {
        match memchr::memchr(b'\n', &src[end..]) {
            Some(i) => end += i + 1,
            None => {
                end = src.len();
                break;
            }
        }
    }
    (start, end.max(start))
}

/// One file prepared for matching.
pub struct FileView<'a> {
    pub path: &'a str,
    pub lang: Language,
    pub src: &'a [u8],
    mask: std::cell::OnceCell<Vec<u8>>,
    blocks: std::cell::OnceCell<crate::lang::blocks::Blocks>,
    pub lines: LineIndex,
    /// Space-separated stack names of the project (`nextjs supabase`), for `in = "stacks"`.
    pub stacks: &'a str,
    /// The project's declared dependencies as `name@spec` (`express@^4.19.2 next@14.2.3`), for
    /// `in = "deps"`.
    pub deps: &'a str,
    /// Code that runs in the browser (`"use client"`, a Vite `src/` tree).
    pub is_client: bool,
    /// Tests, fixtures, examples and docs: secrets there are reported at low confidence.
    pub is_test_or_docs: bool,
    /// The scan's files, for `in = "project"` (absent: this file is the whole project).
    pub project: Option<&'a ProjectFiles<'a>>,
}

impl<'a> FileView<'a> {
    pub fn new(
        path: &'a str,
        lang: Language,
        src: &'a [u8],
        stacks: &'a str,
        is_client: bool,
    ) -> FileView<'a> {
        FileView {
            path,
            lang,
            src,
            mask: std::cell::OnceCell::new(),
            blocks: std::cell::OnceCell::new(),
            lines: LineIndex::new(src),
            stacks,
            deps: "",
            is_client,
            is_test_or_docs: is_test_or_docs_path(path),
            project: None,
        }
    }

    /// The scan's files, for `in = "project"` conditions.
    pub fn with_project(mut self, project: &'a ProjectFiles<'a>) -> FileView<'a> {
        self.project = Some(project);
        self
    }

    /// The project's declared dependencies (`name@spec ...`), for `in = "deps"`.
    pub fn with_deps(mut self, deps: &'a str) -> FileView<'a> {
        self.deps = deps;
        self
    }
}

impl FileView<'_> {
    /// The lexer mask, computed the first time a candidate rule needs it (files no rule can
    /// match are never lexed).
    pub fn mask(&self) -> &[u8] {
        self.mask
            .get_or_init(|| crate::lang::lex::lex(self.lang, self.src))
    }

    /// Keeps only the line index (drops the mask and block index of a scanned file).
    pub fn into_lines(self) -> LineIndex {
        self.lines
    }

    /// The block index (enclosing blocks, functions), built the first time a condition needs it.
    pub fn blocks(&self) -> &crate::lang::blocks::Blocks {
        self.blocks
            .get_or_init(|| crate::lang::blocks::Blocks::new(self.src, self.mask(), self.lang))
    }
}

/// Tests, fixtures, mocks, examples, docs and Markdown.
pub fn is_test_or_docs_path(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    let name = lower.rsplit('/').next().unwrap_or(&lower);
    let dirs: Vec<&str> = lower.split('/').collect();
    dirs[..dirs.len().saturating_sub(1)].iter().any(|d| {
        matches!(
            *d,
            "test"
                | "tests"
                | "__tests__"
                | "spec"
                | "specs"
                | "fixtures"
                | "__fixtures__"
                | "__mocks__"
                | "mocks"
                | "examples"
                | "example"
                | "docs"
                | "doc"
                | "e2e"
                | "cypress"
                | "playwright"
        )
    }) || name.contains(".test.")
        || name.contains(".spec.")
        || name.starts_with("test_")
        || name.ends_with("_test.py")
        || name == "tests.py"
        || name == "conftest.py"
        || is_test_settings(&dirs, name)
        || name.starts_with("readme")
        || name.ends_with(".md")
        || name.ends_with(".mdx")
        || name.contains(".example")
        || name.contains(".sample")
}

/// A settings module only the test runner loads: Django's `settings/test.py` or
/// `test_settings.py`, node-config's `config/test.json`.
fn is_test_settings(dirs: &[&str], name: &str) -> bool {
    let parent = dirs.len().checked_sub(2).and_then(|i| dirs.get(i)).copied();
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    matches!(
        stem,
        "test_settings" | "settings_test" | "testing_settings" | "settings_testing"
    ) && ext == "py"
        || parent == Some("settings") && matches!(stem, "test" | "tests" | "testing") && ext == "py"
        || parent == Some("config")
            && matches!(stem, "test" | "testing")
            && matches!(ext, "json" | "js" | "cjs" | "ts" | "yaml" | "yml")
}

/// One match that survived every condition.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub rule: usize,
    pub start: usize,
    pub end: usize,
    /// Byte range of the secret value, to be masked everywhere.
    pub secret: Option<(usize, usize)>,
    pub severity: Option<Severity>,
    pub confidence: Option<Confidence>,
    /// A sentence appended to the message (client exposure, test file...).
    pub note: Option<String>,
}

/// Runs every candidate rule over one file.
pub fn scan_file(set: &RuleSet, view: &FileView<'_>) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut seen_lines = std::collections::HashSet::new();
    for idx in set.candidates(view.src) {
        let rule = &set.rules()[idx];
        if !rule.applies_to(view.path, view.lang) {
            continue;
        }
        let Ok(compiled) = rule.compiled() else {
            continue;
        };
        let mut count = 0;
        let mut candidates = 0;
        let mut cache = CondCache::new();
        let first = hits.len();
        'patterns: for re in &compiled.patterns {
            for caps in re.captures_iter(view.src) {
                let Some(m) = caps.get(0) else { continue };
                candidates += 1;
                if candidates > MAX_CANDIDATES_PER_RULE {
                    break 'patterns;
                }
                let line = view.lines.line_of(caps.name("focus").unwrap_or(m).start());
                if seen_lines.contains(&(idx, line)) {
                    continue;
                }
                if let Some(hit) = check_match(idx, rule, compiled, view, &caps, &mut cache) {
                    seen_lines.insert((idx, line));
                    hits.push(hit);
                    count += 1;
                    if count >= MAX_HITS_PER_RULE {
                        break 'patterns;
                    }
                }
            }
        }
        if rule.spec.once_per.is_some() && hits.len() > first + 1 {
            let mut mine = hits.split_off(first);
            mine.sort_by_key(|h| h.start);
            let others: Vec<String> = mine[1..]
                .iter()
                .map(|h| view.lines.line_of(h.start).to_string())
                .collect();
            let mut keep = mine.swap_remove(0);
            let more = format!(
                "The same applies to line{} {} of this file.",
                if others.len() == 1 { "" } else { "s" },
                others.join(", ")
            );
            keep.note = Some(match keep.note.take() {
                Some(n) => format!("{n} {more}"),
                None => more,
            });
            hits.push(keep);
        }
    }
    prefer_specific_secrets(set, view.src, &mut hits);
    hits
}

/// When a provider rule and a `generic-` rule flag the same value, keep the provider's. A
/// `generic-` secret assigned to a name that a specific rule's match uses (`const JWT_SECRET =
/// "..."` then `jwt.sign(p, JWT_SECRET)`) is the same value too.
fn prefer_specific_secrets(set: &RuleSet, src: &[u8], hits: &mut Vec<Hit>) {
    let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
    let n = hits.len();
    let mut drop = vec![false; n];
    for i in 0..n {
        let Some(si) = hits[i].secret else { continue };
        if !set.rules()[hits[i].rule].spec.id.starts_with("generic-") {
            continue;
        }
        // The name the value is assigned to: the last identifier before the value.
        let head = src.get(hits[i].start..si.0).unwrap_or(b"");
        let name: &[u8] = head
            .split(|c| !(c.is_ascii_alphanumeric() || *c == b'_' || *c == b'$'))
            .rfind(|w| w.len() >= 3 && !w[0].is_ascii_digit())
            .unwrap_or(b"");
        let uses_name = |j: usize| {
            !name.is_empty()
                && hits[j].secret.is_some()
                && src
                    .get(
                        hits[j].start..{
                            // The match and the rest of its line (the call's arguments).
                            let e = hits[j].end.max(hits[j].start).min(src.len());
                            src[e..]
                                .iter()
                                .position(|c| *c == b'\n')
                                .map_or(src.len(), |p| e + p)
                        },
                    )
                    .is_some_and(|t| {
                        t.windows(name.len()).enumerate().any(|(k, w)| {
                            w == name
                                && (k == 0
                                    || !(t[k - 1].is_ascii_alphanumeric() || t[k - 1] == b'_'))
                                && t.get(k + name.len())
                                    .is_none_or(|c| !(c.is_ascii_alphanumeric() || *c == b'_'))
                        })
                    })
        };
        if let Some(j) = (0..n).find(|&j| {
            j != i
                && !drop[j]
                && !set.rules()[hits[j].rule].spec.id.starts_with("generic-")
                && set.rules()[hits[j].rule].spec.category.starts_with("auth.")
                && hits[j].secret.is_some_and(|(a, b)| a == b)
                && uses_name(j)
        }) {
            // The specific finding takes the value over, so it stays masked everywhere.
            hits[j].secret = Some(si);
            drop[i] = true;
            continue;
        }
        for j in 0..n {
            if i == j || drop[j] {
                continue;
            }
            if let Some(sj) = hits[j].secret {
                let specific = !set.rules()[hits[j].rule].spec.id.starts_with("generic-");
                if overlaps(si, sj) && (specific || j < i) {
                    drop[i] = true;
                    break;
                }
            }
        }
    }
    let mut k = 0;
    hits.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

fn scope_ok(scope: Scope, kind: u8) -> bool {
    match scope {
        Scope::Code => kind == CODE,
        Scope::String => kind == STRING,
        Scope::Comment => kind == COMMENT,
        Scope::NotComment => kind != COMMENT,
        Scope::Any => true,
    }
}

/// Lazily computed structure around one match.
struct MatchCtx<'v, 'a, 'c> {
    view: &'v FileView<'a>,
    cache: &'c mut CondCache,
    start: usize,
    end: usize,
    call: Option<Option<args::CallArgs>>,
}

impl MatchCtx<'_, '_, '_> {
    fn call(&mut self) -> Option<&args::CallArgs> {
        if self.call.is_none() {
            let v = self.view;
            let c = args::open_paren(v.src, v.mask(), self.start, self.end)
                .and_then(|p| args::call_args(v.src, v.mask(), p));
            self.call = Some(c);
        }
        self.call.as_ref().and_then(|c| c.as_ref())
    }

    fn lines_span(&self, from_line: usize, to_line: usize) -> (usize, usize) {
        let v = self.view;
        let (s, _) = v.lines.line_span(v.src, from_line.max(1));
        let (_, e) = v
            .lines
            .line_span(v.src, to_line.min(v.lines.line_count()).max(1));
        (s, e.max(s))
    }

    /// The spans a condition target denotes (several for `enclosing`); `None` if it is absent.
    fn spans(&mut self, c: &CompiledCondition, caps: &Captures<'_>) -> Option<Vec<(usize, usize)>> {
        let v = self.view;
        let line = v.lines.line_of(self.start);
        let n = c.spec.lines.unwrap_or(3);
        let t = c.spec.target.as_str();
        let span = match t {
            "match" => (self.start, self.end),
            "group" => {
                let g = caps.name(c.spec.group.as_deref().unwrap_or(""))?;
                (g.start(), g.end())
            }
            "line" => self.lines_span(
                line,
                v.lines.line_of(self.end.saturating_sub(1).max(self.start)),
            ),
            "args" => self.call()?.inner,
            "arg-last" => *self.call()?.args.last()?,
            _ if t.starts_with("arg") => {
                let i: usize = t[3..].parse().ok()?;
                *self.call()?.args.get(i)?
            }
            "statement" => args::statement(v.src, v.mask(), v.lang, self.start),
            "function" => v.blocks().function(v.src, v.mask(), self.start),
            "enclosing" => {
                return Some(v.blocks().enclosing(v.src, v.mask(), self.start));
            }
            "near" => self.lines_span(line.saturating_sub(n), line + n),
            "before" => (self.lines_span(line.saturating_sub(n), line).0, self.start),
            "file" => (0, v.src.len()),
            _ => return None,
        };
        Some(vec![span])
    }
}

fn regex_hits(c: &CompiledCondition, text: &[u8], base: usize, mask: Option<&[u8]>) -> bool {
    let Some(re) = &c.regex else { return true };
    regex_hits_with(c, re, text, base, mask)
}

/// [`regex_hits`] with another regex (a templated one).
fn regex_hits_with(
    c: &CompiledCondition,
    re: &regex::bytes::Regex,
    text: &[u8],
    base: usize,
    mask: Option<&[u8]>,
) -> bool {
    if !c.spec.code_only {
        return re.is_match(text);
    }
    re.find_iter(text)
        .any(|m| mask.is_none_or(|mk| mk.get(base + m.start()) == Some(&CODE)))
}

/// Does `hay` contain `word` delimited by non-identifier bytes?
fn contains_word(hay: &[u8], word: &[u8]) -> bool {
    word_positions(hay, word).next().is_some()
}

/// Where `word` occurs as a whole word, as written or with its first letter in the other case
/// (`post` / `Post`), for project conditions naming a captured group.
fn either_case_first_positions<'h>(
    hay: &'h [u8],
    word: &'h [u8],
) -> impl Iterator<Item = usize> + 'h {
    let flipped: Option<Vec<u8>> = word.first().filter(|c| c.is_ascii_alphabetic()).map(|c| {
        let mut f = word.to_vec();
        f[0] = c ^ 0x20;
        f
    });
    word_positions(hay, word).chain(
        flipped
            .into_iter()
            .flat_map(move |f| word_positions(hay, &f).collect::<Vec<_>>()),
    )
}

fn shape_ok(is: &str, shape: Option<Shape>, empty: bool) -> bool {
    match is {
        "empty" => empty,
        "present" => !empty,
        "literal" => shape == Some(Shape::Literal),
        "dynamic" => shape == Some(Shape::Dynamic),
        "identifier" => shape == Some(Shape::Identifier),
        "not-literal" => !empty && shape != Some(Shape::Literal),
        _ => false,
    }
}

fn eval(c: &CompiledCondition, ctx: &mut MatchCtx<'_, '_, '_>, caps: &Captures<'_>) -> bool {
    let v = ctx.view;
    let key = c as *const CompiledCondition as usize;
    if let Some(re) = &c.or_stacks
        && re.is_match(v.stacks.as_bytes())
    {
        return true;
    }
    match c.spec.target.as_str() {
        "path" | "stacks" | "deps" => {
            if let Some(&r) = ctx.cache.get(&(key, 0, 0)) {
                return r;
            }
            let text = match c.spec.target.as_str() {
                "path" => v.path,
                "stacks" => v.stacks,
                _ => v.deps,
            };
            let r = regex_hits(c, text.as_bytes(), 0, None) && c.spec.is.is_none();
            ctx.cache.insert((key, 0, 0), r);
            return r;
        }
        "callers" => {
            // The helper the match is in, by name: the files that call it, the regex templated
            // with the name (`\b@GROUP@\s*\(\s*req\.body\.url`). At top level: none.
            let Some(name) = v
                .blocks()
                .function_header(v.src, v.mask(), ctx.start)
                .and_then(|(hs, he)| function_name(&v.src[hs..he]))
            else {
                return false;
            };
            return match v.project {
                Some(p) => p.any_file(c, Some(name)),
                None => project_regex(c, Some(name))
                    .is_some_and(|re| file_matches(c, &re, v.lang, v.src, Some(name))),
            };
        }
        "project" => {
            let word = match c.spec.group.as_deref() {
                Some(g) => match caps.name(g) {
                    Some(m) => Some(m.as_bytes()),
                    None => return false,
                },
                None => None,
            };
            return match v.project {
                Some(p) => p.any_file(c, word),
                None => project_regex(c, word)
                    .is_some_and(|re| file_matches(c, &re, v.lang, v.src, word)),
            };
        }
        _ => {}
    }
    // `group = "name"` with `@GROUP@` in the regex: the regex names what the match captured
    // (`{ in = "function", group = "field", regex = '\{[^}]*\b@GROUP@\b[^}]*\}\s*=\s*req\.body' }`).
    let templated = match (&c.spec.group, &c.regex) {
        (Some(g), Some(re)) if c.spec.target != "group" && re.as_str().contains("@GROUP@") => {
            match caps.name(g) {
                // A name longer than any real identifier is hostile input: no regex is built.
                Some(m) if m.len() <= 256 => Some(project_regex(c, Some(m.as_bytes()))),
                _ => return false,
            }
        }
        _ => None,
    };
    let Some(spans) = ctx.spans(c, caps) else {
        // An absent target (no call, no such argument) is "empty" and matches nothing else.
        return c.spec.is.as_deref() == Some("empty") && c.regex.is_none();
    };
    let start = ctx.start;
    let cache = &mut *ctx.cache;
    spans.into_iter().any(|(s, e)| {
        let (mut s, mut e) = args::trim(v.src, s, e.min(v.src.len()));
        let cacheable = e - s >= CACHE_MIN_SPAN && !c.spec.resolve && templated.is_none();
        if cacheable && let Some(&r) = cache.get(&(key, s, e)) {
            return r;
        }
        let span = (s, e);
        if c.spec.resolve && c.spec.target.starts_with("arg") {
            (s, e) = args::keyword_value(v.src, v.mask(), s, e);
        }
        let shape = Some(args::shape(v.src, v.mask(), s, e));
        let (ns, ne) = args::strip_ts_wrappers(v.src, s, e);
        if c.spec.is.as_deref() == Some("parameter") {
            let name = &v.src[ns..ne];
            return shape == Some(Shape::Identifier)
                && !name.contains(&b'.')
                && v.blocks()
                    .function_header(v.src, v.mask(), start)
                    .is_some_and(|(hs, he)| contains_word(&v.src[hs..he], name))
                && regex_hits(c, name, ns, Some(v.mask()));
        }
        // A resolved identifier stands for every assignment that can reach it (branches). A
        // value with a constant fallback (`next or "/"`, `to || "/"`, `to ?? "/"`) is its value.
        // A conditional (`ok ? next : "/"`, `next if ok else "/"`) is each of its named branches.
        let mut candidates = vec![(s, e, shape)];
        let mut ids: Vec<(usize, usize)> = Vec::new();
        // The template itself stays a candidate next to what its leading name resolves to.
        let mut keep_whole = false;
        if c.spec.resolve && shape == Some(Shape::Identifier) {
            ids.push((ns, ne));
        } else if c.spec.resolve {
            if let Some(m) = re_default().captures(&v.src[ns..ne]).and_then(|c| c.get(1)) {
                ids.push((ns + m.start(), ns + m.end()));
            } else if let Some(m) = re_leading_interp()
                .captures(&v.src[ns..ne])
                .and_then(|c| c.get(1))
            {
                // `${next}#token=...`: the interpolation at the start decides where it goes.
                ids.push((ns + m.start(), ns + m.end()));
                keep_whole = true;
            } else {
                ids.extend(
                    ternary_branches(&v.src[ns..ne])
                        .into_iter()
                        .map(|(a, b)| (ns + a, ns + b)),
                );
            }
            if c.spec.interpolations && ids.is_empty() {
                for m in re_interpolated_names()
                    .captures_iter(&v.src[ns..ne])
                    .filter_map(|c| c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)))
                    .take(8)
                {
                    ids.push((ns + m.start(), ns + m.end()));
                }
                keep_whole = !ids.is_empty();
            }
            candidates.extend(ids.iter().map(|&(a, b)| (a, b, Some(Shape::Identifier))));
        }
        if !ids.is_empty() {
            let floor = v.blocks().function(v.src, v.mask(), start).0;
            let mut resolved = Vec::new();
            let mut any = false;
            for &(a, b) in &ids {
                let found =
                    args::assignments(v.src, v.mask(), v.lang, &v.src[a..b], start, 8192, floor);
                if found.is_empty() {
                    resolved.push((a, b, Some(Shape::Identifier)));
                    continue;
                }
                any = true;
                resolved.extend(found.into_iter().map(|(rs, re)| {
                    let (rs, mut re) = args::trim(v.src, rs, re);
                    if re > rs && v.src[re - 1] == b';' {
                        re -= 1;
                    }
                    (rs, re, Some(args::shape(v.src, v.mask(), rs, re)))
                }));
            }
            if any {
                if keep_whole {
                    resolved.push((s, e, shape));
                }
                candidates = resolved;
            }
        }
        // A call to a helper of this file that is handed a variable stands for what the helper
        // returns too: `db.query(buildReportSql(sort, dir))` runs the helper's template.
        if c.spec.resolve {
            let returns: Vec<_> = candidates
                .iter()
                .filter_map(|&(a, b, _)| helper_call_name(v.src, v.mask(), a, b))
                .flat_map(|name| helper_returns(v, name))
                .take(4)
                .collect();
            candidates.extend(
                returns
                    .into_iter()
                    .map(|(rs, re)| (rs, re, Some(args::shape(v.src, v.mask(), rs, re)))),
            );
        }
        let r = candidates.into_iter().any(|(s, e, shape)| {
            let empty = s >= e;
            let shape_pass = c
                .spec
                .is
                .as_deref()
                .is_none_or(|is| shape_ok(is, shape, empty));
            shape_pass
                && match &templated {
                    Some(re) => re
                        .as_ref()
                        .is_some_and(|re| regex_hits_with(c, re, &v.src[s..e], s, Some(v.mask()))),
                    None => regex_hits(c, &v.src[s..e], s, Some(v.mask())),
                }
        });
        if cacheable {
            cache.insert((key, span.0, span.1), r);
        }
        r
    })
}

/// `name(args)` spanning `src[s..e]`, a plain helper name handed at least one argument that is
/// not a literal: the name. Methods (`a.b(x)`) and constant-only calls (`selectFrom("users")`)
/// are not followed.
fn helper_call_name<'s>(src: &'s [u8], mask: &[u8], s: usize, e: usize) -> Option<&'s [u8]> {
    let (s, e) = args::strip_ts_wrappers(src, s, e);
    let mut s = s;
    if src[s..e].starts_with(b"await ") {
        s += 6;
        while s < e && src[s].is_ascii_whitespace() {
            s += 1;
        }
    }
    let name_end = s + src[s..e].iter().take_while(|&&b| args::is_ident(b)).count();
    if name_end == s || src[s].is_ascii_digit() || name_end >= e || src[name_end] != b'(' {
        return None;
    }
    if s > 0 && matches!(src[s - 1], b'.' | b'$') {
        return None;
    }
    let call = args::call_args(src, mask, name_end)?;
    if call.inner.1 + 1 != e {
        return None;
    }
    let name = &src[s..name_end];
    const NOT_HELPERS: &[&[u8]] = &[
        b"String",
        b"Number",
        b"Boolean",
        b"encodeURIComponent",
        b"encodeURI",
        b"parseInt",
        b"parseFloat",
        b"str",
        b"int",
        b"float",
        b"require",
        b"import",
        b"escape",
        b"quote",
    ];
    if NOT_HELPERS.contains(&name) {
        return None;
    }
    call.args
        .iter()
        .any(|&(a, b)| args::shape(src, mask, a, b) != Shape::Literal && a < b)
        .then_some(name)
}

/// The expressions the function `name` of this file returns: each `return expr` directly in
/// its body, or the body of a concise arrow (`const f = (a) => `...``). At most four.
fn helper_returns(v: &FileView<'_>, name: &[u8]) -> Vec<(usize, usize)> {
    let (src, mask) = (v.src, v.mask());
    let mut out = Vec::new();
    let at_end = |from: usize, out: &mut Vec<(usize, usize)>| {
        let mut s = from;
        while s < src.len() && (src[s] == b' ' || src[s] == b'\t') {
            s += 1;
        }
        let e = args::statement(src, mask, v.lang, s).1;
        let (s, mut e) = args::trim(src, s, e.max(s));
        if e > s && src[e - 1] == b';' {
            e -= 1;
        }
        if e > s {
            out.push((s, e));
        }
    };
    for p in word_positions(src, b"return") {
        if out.len() >= 4 {
            break;
        }
        if mask.get(p) != Some(&CODE) {
            continue;
        }
        let named = v
            .blocks()
            .function_header(src, mask, p)
            .and_then(|(hs, he)| function_name(&src[hs..he]))
            == Some(name);
        if named {
            at_end(p + 6, &mut out);
        }
    }
    if out.is_empty() && v.lang != Language::Python {
        // `const name = (a, b) => expr` (concise body).
        for p in word_positions(src, name) {
            if mask.get(p) != Some(&CODE) {
                continue;
            }
            let line_start = src[..p]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let before = src[line_start..p].trim_ascii();
            let declared =
                before.ends_with(b"const") || before.ends_with(b"let") || before.ends_with(b"var");
            if !declared {
                continue;
            }
            let window = &src[p..(p + 300).min(src.len())];
            let Some(arrow) = memchr::memmem::find(window, b"=>") else {
                continue;
            };
            let body = p + arrow + 2;
            let first = src[body..]
                .iter()
                .position(|b| !b.is_ascii_whitespace())
                .map(|i| body + i);
            if first
                .is_some_and(|f| src[f] != b'{' && mask[f] == CODE || mask.get(f) == Some(&STRING))
            {
                at_end(body, &mut out);
            }
            break;
        }
    }
    out
}

/// The name a function header declares: `async function fetchPage(url)`, `const fetchPage =
/// async (url) =>`, `export const load = (u) =>`, a method `async fetchPage(url)`, Python
/// `def fetch_page(url):` below its decorators. Anonymous functions have none.
fn function_name(header: &[u8]) -> Option<&[u8]> {
    static RE: std::sync::OnceLock<regex::bytes::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::bytes::Regex::new(
            r"(?-u)(?m)(?:\bfunction\s*\*?\s*|\bdef\s+|\b(?:const|let|var)\s+|^[ \t]*(?:(?:export|default|public|private|protected|static|async)\s+)*)([A-Za-z_$][\w$]*)\s*(?:[(=:<]|$)",
        )
        .expect("static regex")
    });
    const KEYWORDS: &[&[u8]] = &[
        b"if",
        b"for",
        b"while",
        b"switch",
        b"catch",
        b"function",
        b"return",
        b"async",
        b"await",
        b"export",
        b"default",
        b"def",
        b"class",
        b"with",
        b"app",
        b"router",
    ];
    re.captures_iter(header)
        .filter_map(|c| c.get(1))
        .map(|m| m.as_bytes())
        .find(|n| !KEYWORDS.contains(n))
}

/// The named branches of a conditional expression: `cond ? a : b` (JavaScript) or
/// `a if cond else b` (Python); a branch that is not a plain name is left out.
fn ternary_branches(x: &[u8]) -> Vec<(usize, usize)> {
    static RE: std::sync::OnceLock<[regex::bytes::Regex; 2]> = std::sync::OnceLock::new();
    let [js, py] = RE.get_or_init(|| {
        [
            regex::bytes::Regex::new(
                r#"(?-u)\A[^?:;\n]+?\?\s*([^?:;\n]+?)\s*:\s*([^?:;\n]+?)\s*\z"#,
            )
            .expect("static regex"),
            regex::bytes::Regex::new(
                r#"(?-u)\A\s*([^\n]+?)\s+if\s+[^\n]+?\s+else\s+([^\n]+?)\s*\z"#,
            )
            .expect("static regex"),
        ]
    });
    static NAME: std::sync::OnceLock<regex::bytes::Regex> = std::sync::OnceLock::new();
    let name = NAME.get_or_init(|| {
        regex::bytes::Regex::new(r"(?-u)\A[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\z")
            .expect("static regex")
    });
    let Some(c) = js.captures(x).or_else(|| py.captures(x)) else {
        return Vec::new();
    };
    [c.get(1), c.get(2)]
        .into_iter()
        .flatten()
        .filter(|m| name.is_match(m.as_bytes()))
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// Names a string or expression is built from: `${name}` (JS template), `{name}` (an f-string
/// field), and the receiver of a method call at the start (`body.slice(6)`, `expr.strip()`).
fn re_interpolated_names() -> &'static regex::bytes::Regex {
    static RE: std::sync::OnceLock<regex::bytes::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::bytes::Regex::new(
            r"(?-u)\$\{\s*([A-Za-z_$][\w$]*)\s*\}|(?:^|[^{])\{\s*([A-Za-z_][\w]*)\s*(?:![rsa])?(?::[^{}]*)?\}|\A\s*([A-Za-z_$][\w$]*)\s*\??\.\s*[A-Za-z_$][\w$]*\s*\(",
        )
        .expect("static regex")
    })
}

/// A template literal that starts with one interpolated name: `` `${next}#token=${t}` ``.
fn re_leading_interp() -> &'static regex::bytes::Regex {
    static RE: std::sync::OnceLock<regex::bytes::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::bytes::Regex::new(r"(?-u)\A`\$\{\s*([A-Za-z_$][\w$]*)\s*\}").expect("static regex")
    })
}

/// `<name> or <constant>` / `||` / `??` (or a simple call such as `url_for("index")`, an
/// UPPER_CASE or environment constant, or a template of those as the fallback): the name
/// (group 1).
fn re_default() -> &'static regex::bytes::Regex {
    static RE: std::sync::OnceLock<regex::bytes::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::bytes::Regex::new(
            r#"(?-u)\A\s*([A-Za-z_$][\w$]*(?:\s*\??\.\s*[A-Za-z_$][\w$]*)*)\s*(?:\bor\b|\|\||\?\?)\s*(?:"[^"\n]*"|'[^'\n]*'|`(?:[^`$\n]|\$\{\s*(?:[A-Z][A-Z0-9_]*|process\.env\.\w+|import\.meta\.env\.\w+)\s*\})*`|None|null|undefined|\[\s*\]|\{\s*\}|[A-Z][A-Z0-9_]*|process\.env\.[A-Za-z_]\w*|[A-Za-z_$][\w$.]*\s*\([^()\n]*\))\s*\z"#,
        )
        .expect("static regex")
    })
}

fn check_match(
    idx: usize,
    rule: &Rule,
    compiled: &super::Compiled,
    view: &FileView<'_>,
    caps: &Captures<'_>,
    cache: &mut CondCache,
) -> Option<Hit> {
    let m = caps.get(0)?;
    let anchor = caps.name("anchor").map_or(m.start(), |a| a.start());
    if rule.spec.scope != Scope::Any && !scope_ok(rule.spec.scope, *view.mask().get(anchor)?) {
        return None;
    }
    let mut ctx = MatchCtx {
        view,
        cache,
        start: m.start(),
        end: m.end(),
        call: None,
    };
    if !compiled.require.iter().all(|c| eval(c, &mut ctx, caps)) {
        return None;
    }
    if !compiled.require_any.is_empty()
        && !compiled.require_any.iter().any(|c| eval(c, &mut ctx, caps))
    {
        return None;
    }
    if compiled.exclude.iter().any(|c| eval(c, &mut ctx, caps)) {
        return None;
    }
    // A `focus` group is the part to point at when the match begins earlier (a schema field
    // found from its class header).
    let at = caps.name("focus").unwrap_or(m);
    let mut hit = Hit {
        rule: idx,
        start: at.start(),
        end: at.end(),
        secret: None,
        severity: None,
        confidence: None,
        note: None,
    };
    if let Some(spec) = &rule.spec.secret {
        let g = caps.name(&spec.group).unwrap_or(m);
        let value = &view.src[g.start()..g.end()];
        if spec.placeholders {
            // In a committed dotenv file a key with a typed-looking run (`...0123456789abcdef`)
            // is still reported, at lower confidence: it may be the real one.
            if view.lang == Language::Env && super::secrets::is_placeholder_word(value) {
                return None;
            }
            if view.lang != Language::Env && super::secrets::is_placeholder(value) {
                return None;
            }
            if view.lang == Language::Env && super::secrets::has_sequential_run(value) {
                hit.confidence = Some(crate::report::Confidence::Low);
                hit.note = Some("The value contains a sequential run (`0123456789`, `abcdefghij`), so it may be made up; verify it and rotate it if it is real.".into());
            }
        }
        // Documentation keys anywhere; self-declared samples and test users' passwords in
        // tests, fixtures and docs.
        if super::secrets::is_public_docs_key(value)
            || view.is_test_or_docs
                && (super::secrets::is_sample_value(value)
                    || rule.spec.id.starts_with("generic-password"))
            || crate::input::classify::is_ci_file(view.path)
                && super::secrets::is_sample_value(value)
        {
            return None;
        }
        if let Some(min) = spec.min_entropy
            && super::secrets::entropy(value) < min
        {
            return None;
        }
        if !spec
            .validate
            .iter()
            .all(|v| super::secrets::validate(v, value))
        {
            return None;
        }
        hit.secret = Some((g.start(), g.end()));
        let line = view.lines.line_of(m.start());
        let (ls, le) = view.lines.line_span(view.src, line);
        if spec.client_exposure && rule.spec.severity >= Severity::Medium {
            if let Some(prefix) = super::secrets::public_env_prefix(&view.src[ls..le]) {
                hit.severity = Some(Severity::Critical);
                hit.note = Some(format!(
                    "It is in a `{prefix}` variable, which the framework inlines into the JavaScript sent to every visitor: treat it as public and rotate it."
                ));
            } else if view.is_client && view.lang.is_js_family() {
                hit.severity = Some(Severity::Critical);
                hit.note = Some("This file runs in the browser, so the value ships to every visitor: rotate it and move the call behind a server route.".into());
            }
        }
        if view.is_test_or_docs && hit.severity.is_none() {
            hit.confidence = Some(Confidence::Low);
            // A provider-format key is real wherever it is; a value the app chose itself (a JWT
            // or session secret, a password) in a test is almost always a sample.
            if rule.spec.id.starts_with("generic-") || rule.spec.category != "secret.hardcoded" {
                hit.severity = Some(rule.spec.severity.min(Severity::Low));
                hit.note = Some("Found in a test, example or documentation file: most likely a sample value, but make sure it is not the one production uses.".into());
            } else {
                hit.note = Some("Found in a test, example or documentation file: still committed, but it may be a sample value.".into());
            }
        }
    } else if view.is_test_or_docs {
        // Test and example code does not serve requests; it is still worth a look (examples get
        // copied), but never ahead of the application's own code.
        hit.severity = Some(rule.spec.severity.min(Severity::Low));
        hit.confidence = Some(Confidence::Low);
        hit.note = Some(
            "In a test, example or documentation file: it does not run in production, but code like it gets copied.".into(),
        );
    }
    // Test and example files keep their downgrade; a severity already set (browser exposure)
    // stays.
    if hit.severity.is_none()
        && !view.is_test_or_docs
        && let Some(e) = &rule.spec.escalate
        && compiled.escalate.iter().any(|c| eval(c, &mut ctx, caps))
    {
        hit.severity = Some(e.severity);
    }
    Some(hit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_fallbacks() {
        let name = |t: &str| {
            re_default()
                .captures(t.as_bytes())
                .and_then(|c| c.get(1))
                .map(|m| String::from_utf8_lossy(m.as_bytes()).into_owned())
        };
        assert_eq!(name("next_url or \"/\"").as_deref(), Some("next_url"));
        assert_eq!(name("to || '/'").as_deref(), Some("to"));
        assert_eq!(name("user?.bio ?? ``").as_deref(), Some("user?.bio"));
        assert_eq!(
            name("current_user.bio or None").as_deref(),
            Some("current_user.bio")
        );
        assert_eq!(name("a or b"), None);
        assert_eq!(name("to || `${base}/x`"), None);
    }

    fn rules(body: &str) -> RuleSet {
        let base = "id = \"t-rule\"\ntitle = \"t\"\ncategory = \"injection.sql\"\nseverity = \"high\"\nconfidence = \"high\"\nlanguages = [\"javascript\", \"python\"]\nmessage = \"m\"\nwhy = \"w\"\nfix = \"f\"\neffort_hours = 1.0\n";
        RuleSet::from_sources(&[(
            "rules/injection.sql/t-rule.toml".into(),
            format!("{base}{body}"),
        )])
        .unwrap()
    }

    fn lines_hit(set: &RuleSet, lang: Language, src: &str) -> Vec<usize> {
        let view = FileView::new("src/x.js", lang, src.as_bytes(), "", false);
        scan_file(set, &view)
            .iter()
            .map(|h| view.lines.line_of(h.start))
            .collect()
    }

    #[test]
    fn escalation_raises_only_the_matches_that_meet_it() {
        let set = rules(
            "patterns = ['\\beval\\s*\\(']\nescalate = { severity = \"critical\", if_any = [{ in = \"arg0\", resolve = true, regex = 'req\\.body' }] }\n",
        );
        let src = "eval(expr)\nconst f = req.body.formula;\neval(f)\neval(req.body.x)";
        let view = FileView::new("src/x.js", Language::Javascript, src.as_bytes(), "", false);
        let got: Vec<(usize, Option<Severity>)> = scan_file(&set, &view)
            .iter()
            .map(|h| (view.lines.line_of(h.start), h.severity))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, None),
                (3, Some(Severity::Critical)),
                (4, Some(Severity::Critical))
            ]
        );
        // In a test file the test downgrade wins.
        let test = FileView::new(
            "tests/x.test.js",
            Language::Javascript,
            src.as_bytes(),
            "",
            false,
        );
        assert!(
            scan_file(&set, &test)
                .iter()
                .all(|h| h.severity == Some(Severity::Low))
        );
        // An escalation that does not raise the severity is a schema error.
        let base = "id = \"t-rule\"\ntitle = \"t\"\ncategory = \"injection.sql\"\nseverity = \"high\"\nconfidence = \"high\"\nlanguages = [\"javascript\"]\nmessage = \"m\"\nwhy = \"w\"\nfix = \"f\"\neffort_hours = 1.0\npatterns = ['x']\nescalate = { severity = \"medium\", if_any = [{ in = \"line\", regex = 'y' }] }\n";
        assert!(
            RuleSet::from_sources(&[("rules/injection.sql/t-rule.toml".into(), base.into())])
                .is_err()
        );
    }

    #[test]
    fn scope_code_skips_comments_and_strings() {
        let set = rules("patterns = ['\\beval\\s*\\(']\n");
        let src = "eval(a)\n// eval(b)\nconst s = 'eval(c)'\n  eval(d)";
        assert_eq!(lines_hit(&set, Language::Javascript, src), vec![1, 4]);
    }

    #[test]
    fn argument_conditions_with_resolution() {
        let set = rules(
            "patterns = ['\\.query\\s*\\(']\nrequire = [{ in = \"arg0\", is = \"dynamic\", resolve = true }]\n",
        );
        let src = "db.query('SELECT 1')\ndb.query('SELECT ' + id)\nconst q = `SELECT ${x}`;\ndb.query(q)\nconst k = 'SELECT 2';\ndb.query(k)\ndb.query(`SELECT $1`, [id])";
        assert_eq!(lines_hit(&set, Language::Javascript, src), vec![2, 4]);
    }

    #[test]
    fn exclude_on_args_and_empty_calls() {
        let set = rules(
            "patterns = ['\\bjwt\\.sign\\s*\\(']\nexclude = [{ in = \"args\", regex = 'expiresIn', code_only = true }]\n",
        );
        let src = "jwt.sign(p, k)\njwt.sign(p, k, { expiresIn: '1h' })\njwt.sign(p, k, { note: 'expiresIn' })";
        assert_eq!(lines_hit(&set, Language::Javascript, src), vec![1, 3]);
        let set =
            rules("patterns = ['\\bcors\\s*\\(']\nrequire = [{ in = \"args\", is = \"empty\" }]\n");
        assert_eq!(
            lines_hit(
                &set,
                Language::Javascript,
                "app.use(cors())\napp.use(cors({ origin: o }))"
            ),
            vec![1]
        );
    }

    #[test]
    fn enclosing_and_near() {
        let set = rules(
            "patterns = ['new\\s+PrismaClient\\s*\\(']\nrequire = [{ in = \"enclosing\", regex = '\\(\\s*req\\b' }]\n",
        );
        let src = "const p = new PrismaClient()\napp.get('/', async (req, res) => {\n  const db = new PrismaClient()\n})";
        assert_eq!(lines_hit(&set, Language::Javascript, src), vec![3]);
        let set = rules(
            "patterns = ['verify\\(']\nexclude = [{ in = \"near\", regex = 'algorithms', lines = 1 }]\n",
        );
        assert_eq!(
            lines_hit(
                &set,
                Language::Javascript,
                "verify(a)\n\n\nverify(b,\n { algorithms })"
            ),
            vec![1]
        );
    }

    #[test]
    fn python_keyword_argument_condition() {
        let set = rules(
            "patterns = ['\\bsubprocess\\.(run|call|Popen)\\s*\\(']\nrequire = [{ in = \"args\", regex = '\\bshell\\s*=\\s*True', code_only = true }, { in = \"arg0\", is = \"not-literal\" }]\n",
        );
        let src = "subprocess.run(cmd, shell=True)\nsubprocess.run('ls', shell=True)\nsubprocess.run(['ls', d])\nsubprocess.run(f'ls {d}', shell=True)";
        assert_eq!(lines_hit(&set, Language::Python, src), vec![1, 4]);
    }

    #[test]
    fn parameters_keyword_arguments_and_typescript_wrappers() {
        let set = rules(
            "patterns = ['\\bMarkup\\s*\\(']\nrequire = [{ in = \"arg0\", is = \"parameter\" }]\n",
        );
        let src = "def card(bio):\n    return Markup(bio)\n\ndef other():\n    bio = load()\n    return Markup(bio)\n";
        assert_eq!(lines_hit(&set, Language::Python, src), vec![2]);
        let set = rules(
            "patterns = ['\\bredirect\\s*\\(']\nrequire = [{ in = \"arg0\", resolve = true, regex = 'request' }]\n",
        );
        let src = "nxt = request.args['next']\nredirect(location=nxt)\nredirect(location=home)\n";
        assert_eq!(lines_hit(&set, Language::Python, src), vec![2]);
        let set = rules(
            "patterns = ['\\bfetch\\s*\\(']\nrequire = [{ in = \"arg0\", resolve = true, regex = 'req\\.body' }]\n",
        );
        let src = "const u = req.body.url;\nfetch(u!)\nfetch(u as string)\nfetch(other!)\n";
        assert_eq!(lines_hit(&set, Language::Typescript, src), vec![2, 3]);
    }

    #[test]
    fn line_windows_around_a_position() {
        let src = b"a\nbb\nccc\ndd\ne";
        let at = |n| {
            let (s, e) = line_window(src, 5, n);
            std::str::from_utf8(&src[s..e]).unwrap().to_string()
        };
        assert_eq!(at(0), "ccc\n");
        assert_eq!(at(1), "bb\nccc\ndd\n");
        assert_eq!(at(9), "a\nbb\nccc\ndd\ne");
        assert_eq!(line_window(src, 0, 0), (0, 2));
        assert_eq!(line_window(src, src.len(), 0), (12, 13));
        assert_eq!(line_window(b"", 0, 2), (0, 0));
    }

    #[test]
    fn project_conditions_name_the_group_and_template_it() {
        let set = rules(
            r#"
patterns = ['show\((?P<field>\w+)\)']
exclude = [{ in = "project", group = "field", lines = 0, regex = '@GROUP@\s*=\s*clean\(' }]
"#,
        );
        let files = vec![
            crate::input::SourceFile {
                path: "a.py".into(),
                bytes: b"show(body)\nshow(note)\nshow(title)\n".to_vec(),
                lang: Language::Python,
            },
            crate::input::SourceFile {
                path: "b.py".into(),
                bytes: b"body = clean(x)\nnotes = clean(y)\ntitle = raw\nz = clean(title)\n"
                    .to_vec(),
                lang: Language::Python,
            },
        ];
        let project = ProjectFiles::new(&files);
        let f = &files[0];
        let view = FileView::new(&f.path, f.lang, &f.bytes, "", false).with_project(&project);
        let lines: Vec<usize> = scan_file(&set, &view)
            .iter()
            .map(|h| view.lines.line_of(h.start))
            .collect();
        // body is cleaned in b.py; `notes` is another name; title is assigned raw.
        assert_eq!(lines, vec![2, 3]);
    }

    #[test]
    fn code_only_project_conditions_skip_prose() {
        let set = rules(
            r#"
patterns = ['res\.json\(users\)']
exclude = [{ in = "project", code_only = true, regex = '\btoJSON\b' }]
"#,
        );
        let scan = |notes: &str, lang: Language| {
            let files = vec![
                crate::input::SourceFile {
                    path: "api.js".into(),
                    bytes: b"res.json(users)\n".to_vec(),
                    lang: Language::Javascript,
                },
                crate::input::SourceFile {
                    path: "other".into(),
                    bytes: notes.as_bytes().to_vec(),
                    lang,
                },
            ];
            let project = ProjectFiles::new(&files);
            let f = &files[0];
            let view = FileView::new(&f.path, f.lang, &f.bytes, "", false).with_project(&project);
            scan_file(&set, &view).len()
        };
        // A note or README that mentions `toJSON` scrubs nothing; a model that defines it does.
        assert_eq!(scan("Why: no toJSON scrubbing.\n", Language::Markdown), 1);
        assert_eq!(scan("no toJSON here\n", Language::Text), 1);
        assert_eq!(
            scan(
                "schema.methods.toJSON = function () {}\n",
                Language::Javascript
            ),
            0
        );
        assert_eq!(scan("// toJSON later\n", Language::Javascript), 1);
    }

    #[test]
    fn test_and_docs_paths() {
        assert!(is_test_or_docs_path("src/__tests__/a.ts"));
        assert!(is_test_or_docs_path("README.md"));
        assert!(is_test_or_docs_path("config/settings/test.py"));
        assert!(is_test_or_docs_path("myproj/test_settings.py"));
        assert!(is_test_or_docs_path("config/test.json"));
        assert!(!is_test_or_docs_path("config/settings/prod.py"));
        assert!(!is_test_or_docs_path("config/test.py"));
        assert!(!is_test_or_docs_path("src/settings/testing.ts"));
        assert!(is_test_or_docs_path("api/auth.test.js"));
        assert!(is_test_or_docs_path(".env.example"));
        assert!(is_test_or_docs_path("events/tests.py"));
        assert!(is_test_or_docs_path("tests/conftest.py"));
        assert!(!is_test_or_docs_path("events/contests.py"));
        assert!(!is_test_or_docs_path("src/api/auth.js"));
        assert!(!is_test_or_docs_path("src/latest/x.js"));
    }
}
