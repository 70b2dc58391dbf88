//! The block structure of one file, built once in linear time: brace blocks for the JS family,
//! indentation blocks for Python. "Which blocks enclose this position" and "which function is it
//! in" then cost a lookup per level instead of a scan of the file per match.

use super::Language;
use super::lex::{CODE, STRING};

#[derive(Debug, Clone)]
struct Brace {
    open: usize,
    /// Index after the matching `}` (the end of the file when unbalanced).
    close: usize,
    parent: Option<usize>,
}

#[derive(Debug, Clone)]
struct Line {
    start: usize,
    end: usize,
    /// `None` for blank, comment and continuation lines (inside brackets or strings).
    indent: Option<usize>,
    parent: Option<usize>,
    /// Start of the first later line indented no deeper (where this line's block ends).
    block_end: usize,
    /// Inside brackets or a string opened on an earlier line.
    continuation: bool,
    /// End of the statement this line starts (through its continuation lines).
    stmt_end: usize,
}

#[derive(Debug, Clone)]
enum Kind {
    Braces(Vec<Brace>),
    Indents(Vec<Line>),
    None,
}

/// The blocks of a file.
#[derive(Debug, Clone)]
pub struct Blocks(Kind);

const FUNCTION_KEYWORDS_NOT: &[&str] = &[
    "if", "for", "while", "switch", "catch", "else", "try", "do", "finally",
];

impl Blocks {
    pub fn new(src: &[u8], mask: &[u8], lang: Language) -> Blocks {
        match lang {
            Language::Python => Blocks(Kind::Indents(indent_lines(src, mask))),
            Language::Javascript | Language::Typescript => Blocks(Kind::Braces(braces(src, mask))),
            _ => Blocks(Kind::None),
        }
    }

    /// Headers of the blocks enclosing `pos`, innermost first: for braces the text before each
    /// `{` back to the previous statement boundary (`app.post('/x', async (req, res) =>`); for
    /// Python each less-indented line above with its decorators (`@app.route('/x')\ndef v():`).
    pub fn enclosing(&self, src: &[u8], mask: &[u8], pos: usize) -> Vec<(usize, usize)> {
        match &self.0 {
            Kind::Braces(b) => brace_chain(b, pos)
                .map(|i| (header_start(src, mask, b[i].open), b[i].open))
                .collect(),
            Kind::Indents(lines) => indent_chain(lines, pos)
                .map(|i| {
                    // The statement `pos` is in (a continuation line) encloses it only up to
                    // the line of `pos`, like a `{` header; headers above end with their statement.
                    let end = if pos < lines[i].stmt_end {
                        let at = lines.partition_point(|l| l.start <= pos).saturating_sub(1);
                        lines[at].start.saturating_sub(1).max(lines[i].end)
                    } else {
                        lines[i].stmt_end
                    };
                    (with_decorators(src, lines, i), end)
                })
                .collect(),
            Kind::None => Vec::new(),
        }
    }

    /// The header of the innermost function around `pos` (its signature, with decorators for
    /// Python), if `pos` is inside one.
    pub fn function_header(&self, src: &[u8], mask: &[u8], pos: usize) -> Option<(usize, usize)> {
        match &self.0 {
            Kind::Braces(b) => brace_chain(b, pos).find_map(|i| {
                let hs = header_start(src, mask, b[i].open);
                is_function_header(&src[hs..b[i].open]).then_some((hs, b[i].open))
            }),
            Kind::Indents(lines) => indent_chain(lines, pos).find_map(|i| {
                let t = src[lines[i].start..lines[i].end].trim_ascii_start();
                (t.starts_with(b"def ") || t.starts_with(b"async def "))
                    .then(|| (with_decorators(src, lines, i), lines[i].stmt_end))
            }),
            Kind::None => None,
        }
    }

    /// The innermost function around `pos`, header included; the whole file at top level.
    pub fn function(&self, src: &[u8], mask: &[u8], pos: usize) -> (usize, usize) {
        match &self.0 {
            Kind::Braces(b) => {
                for i in brace_chain(b, pos) {
                    let hs = header_start(src, mask, b[i].open);
                    if is_function_header(&src[hs..b[i].open]) {
                        return (hs, b[i].close);
                    }
                }
                (0, src.len())
            }
            Kind::Indents(lines) => {
                for i in indent_chain(lines, pos) {
                    let text = &src[lines[i].start..lines[i].end];
                    let t = text.trim_ascii_start();
                    if t.starts_with(b"def ") || t.starts_with(b"async def ") {
                        return (with_decorators(src, lines, i), lines[i].block_end);
                    }
                }
                (0, src.len())
            }
            Kind::None => (0, src.len()),
        }
    }
}

fn is_function_header(h: &[u8]) -> bool {
    let t = String::from_utf8_lossy(h);
    let first = t
        .trim_start()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    if FUNCTION_KEYWORDS_NOT.contains(&first) {
        return false;
    }
    contains(h, b"=>")
        || contains(h, b"function")
        || h.iter().rev().find(|b| !b.is_ascii_whitespace()) == Some(&b')')
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn braces(src: &[u8], mask: &[u8]) -> Vec<Brace> {
    let mut out: Vec<Brace> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    for (i, (&b, &k)) in src.iter().zip(mask).enumerate() {
        if k != CODE {
            continue;
        }
        match b {
            b'{' => {
                out.push(Brace {
                    open: i,
                    close: src.len(),
                    parent: stack.last().copied(),
                });
                stack.push(out.len() - 1);
            }
            b'}' => {
                if let Some(j) = stack.pop() {
                    out[j].close = i + 1;
                }
            }
            _ => {}
        }
    }
    out
}

/// Indices of the brace blocks containing `pos`, innermost first.
fn brace_chain(b: &[Brace], pos: usize) -> impl Iterator<Item = usize> + '_ {
    // The last block opened before `pos`; climb while it closed before `pos`.
    let last = b.partition_point(|x| x.open < pos).checked_sub(1);
    let mut cur = last;
    while let Some(i) = cur {
        if b[i].close > pos {
            break;
        }
        cur = b[i].parent;
    }
    std::iter::successors(cur, move |&i| b[i].parent)
}

/// Start of the header ending at the `{` at `brace`: back to a `;`, `{` or `}` at the same depth,
/// or (code without semicolons) a line break after a closed call or block that the next line
/// does not continue (`})` then `router.post(...)`), at most 600 bytes.
fn header_start(src: &[u8], mask: &[u8], brace: usize) -> usize {
    let floor = brace.saturating_sub(600);
    let mut depth: usize = 0;
    let mut i = brace;
    while i > floor {
        i -= 1;
        if src[i] == b'\n' && depth == 0 && statement_break(src, mask, i, floor) {
            return i + 1;
        }
        if mask[i] != CODE {
            continue;
        }
        match src[i] {
            b')' | b']' => depth += 1,
            b'(' | b'[' => depth = depth.saturating_sub(1),
            b';' | b'{' | b'}' if depth == 0 => return i + 1,
            _ => {}
        }
    }
    floor
}

/// Does the line break at `nl` end a statement? The code before it ends with `)`, `]` or `}`
/// and the code after it does not continue the expression (`.then(`, `? a : b`, `+ x`).
fn statement_break(src: &[u8], mask: &[u8], nl: usize, floor: usize) -> bool {
    let before = (floor..nl)
        .rev()
        .find(|&j| mask[j] == CODE && !src[j].is_ascii_whitespace());
    let after = (nl + 1..src.len())
        .take(400)
        .find(|&j| mask[j] == CODE && !src[j].is_ascii_whitespace());
    match (before, after) {
        (Some(b), Some(a)) => {
            matches!(src[b], b')' | b']' | b'}')
                && !matches!(
                    src[a],
                    b'.' | b'?'
                        | b':'
                        | b'+'
                        | b'-'
                        | b'*'
                        | b'/'
                        | b'&'
                        | b'|'
                        | b','
                        | b'='
                        | b')'
                        | b']'
                        | b'}'
                )
        }
        _ => false,
    }
}

fn indent_lines(src: &[u8], mask: &[u8]) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut depth: usize = 0;
    let mut start = 0;
    let n = src.len();
    while start <= n {
        let end = src[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(n, |p| start + p);
        let line = &src[start..end];
        let k = line
            .iter()
            .take_while(|b| **b == b' ' || **b == b'\t')
            .count();
        let continuation = depth > 0 || mask.get(start) == Some(&STRING);
        let indent =
            (!continuation && k < line.len() && line[k] != b'#' && line[k] != b'\r').then_some(k);
        lines.push(Line {
            start,
            end,
            indent,
            parent: None,
            block_end: n,
            continuation,
            stmt_end: end,
        });
        for i in start..end {
            if mask[i] == CODE {
                match src[i] {
                    b'(' | b'[' | b'{' => depth += 1,
                    b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
        }
        if end == n {
            break;
        }
        start = end + 1;
    }
    // Statement ends: a statement runs through the continuation lines that follow it.
    for i in (0..lines.len()).rev() {
        if i + 1 < lines.len() && lines[i + 1].continuation {
            lines[i].stmt_end = lines[i + 1].stmt_end;
        }
    }
    // Parents and block ends with one stack of open (indent, line) pairs.
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..lines.len() {
        let Some(ind) = lines[i].indent else { continue };
        while let Some(&top) = stack.last() {
            if lines[top].indent.unwrap_or(0) >= ind {
                lines[top].block_end = lines[i].start;
                stack.pop();
            } else {
                break;
            }
        }
        lines[i].parent = stack.last().copied();
        stack.push(i);
    }
    lines
}

/// Indices of the header lines enclosing `pos`, innermost first.
fn indent_chain(lines: &[Line], pos: usize) -> impl Iterator<Item = usize> + '_ {
    let at = lines.partition_point(|l| l.start <= pos).saturating_sub(1);
    // The statement's own line: the last line at or before `pos` that has an indentation.
    let own = (0..=at).rev().find(|&i| lines[i].indent.is_some());
    // Inside a multi-line statement (`user = User(\n  password=...`), its first line encloses
    // the position like a header, as a `{` header does for braces.
    let first = match own {
        Some(i) if i != at && lines[at].indent.is_none() && pos > lines[i].end => Some(i),
        Some(i) => lines[i].parent,
        None => None,
    };
    std::iter::successors(first, move |&i| lines[i].parent)
}

/// Start of the decorators directly above line `i` (or of the line itself).
fn with_decorators(src: &[u8], lines: &[Line], i: usize) -> usize {
    let mut hs = lines[i].start;
    let mut j = i;
    while j > 0 {
        j -= 1;
        let t = src[lines[j].start..lines[j].end].trim_ascii_start();
        if t.starts_with(b"@") {
            hs = lines[j].start;
        } else if lines[j].continuation {
            // A continuation line of a multi-line decorator call.
            continue;
        } else {
            break;
        }
    }
    hs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::lex::lex;

    #[test]
    fn functions_end_at_the_previous_statement_without_semicolons() {
        let src = "router.post('/forgot', async (req, res) => {\n  res.json({ a: 1 })\n})\n\nrouter.post('/login', async (req, res) => {\n  const user = await login(req.body)\n  res.json({ token: sign(user) })\n})\n\nrouter\n  .route('/x')\n  .post((req, res) => {\n    res.end()\n  })\n";
        let m = lex(Language::Javascript, src.as_bytes());
        let b = Blocks::new(src.as_bytes(), &m, Language::Javascript);
        let at = |needle: &str| {
            let (s, e) = b.function(src.as_bytes(), &m, src.find(needle).unwrap());
            src[s..e].trim().to_string()
        };
        assert!(
            at("token:").starts_with("router.post('/login'"),
            "{}",
            at("token:")
        );
        assert!(at("token:").ends_with("}"));
        // A chained call continues on the next line: the header is the whole chain.
        assert!(
            at("res.end").starts_with("router\n  .route('/x')"),
            "{}",
            at("res.end")
        );
    }

    fn headers(lang: Language, src: &str, at: &str) -> Vec<String> {
        let m = lex(lang, src.as_bytes());
        let b = Blocks::new(src.as_bytes(), &m, lang);
        b.enclosing(src.as_bytes(), &m, src.find(at).unwrap())
            .iter()
            .map(|&(s, e)| src[s..e].trim().to_string())
            .collect()
    }

    #[test]
    fn brace_chain_skips_closed_siblings() {
        let src = "function a() { if (x) { y(); } z(); }\nfunction b() { w(); }";
        assert_eq!(
            headers(Language::Javascript, src, "z()"),
            vec!["function a()"]
        );
        assert_eq!(
            headers(Language::Javascript, src, "y()"),
            vec!["if (x)", "function a()"]
        );
        assert!(headers(Language::Javascript, src, "\nfunction b").is_empty());
    }

    #[test]
    fn python_continuations_and_strings_do_not_break_nesting() {
        let src = "@app.post(\n  '/x')\ndef view(request):\n    q = f(\n  1)\n    s = '''\nno indent\n'''\n    run(q)\n";
        assert_eq!(
            headers(Language::Python, src, "run"),
            vec!["@app.post(\n  '/x')\ndef view(request):"]
        );
        let m = lex(Language::Python, src.as_bytes());
        let (s, e) = Blocks::new(src.as_bytes(), &m, Language::Python).function(
            src.as_bytes(),
            &m,
            src.find("run").unwrap(),
        );
        assert!(src[s..e].starts_with("@app.post") && src[s..e].contains("run(q)"));
    }

    #[test]
    fn unbalanced_and_empty_inputs() {
        for src in ["", "{", "}", "{{{{", "def x(:\n  (", "\n\n"] {
            for lang in [Language::Javascript, Language::Python] {
                let m = lex(lang, src.as_bytes());
                let b = Blocks::new(src.as_bytes(), &m, lang);
                for pos in 0..=src.len() {
                    let _ = b.enclosing(src.as_bytes(), &m, pos);
                    let _ = b.function(src.as_bytes(), &m, pos);
                }
            }
        }
    }
}
