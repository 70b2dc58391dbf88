//! Structure around a match, from the lexer mask: the arguments of a call (brackets balanced,
//! strings and template literals understood), the statement, the enclosing blocks, the innermost
//! function, and what kind of expression an argument is (literal, dynamic string, identifier).

use super::Language;
use super::blocks::Blocks;
use super::lex::{CODE, STRING};

/// Most bytes any structural scan looks at, so a hostile file cannot make one match quadratic.
const SCAN_LIMIT: usize = 64 * 1024;

/// The arguments of one call: the byte span inside the parentheses and each top-level argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallArgs {
    /// Byte range between `(` and `)` (exclusive of both).
    pub inner: (usize, usize),
    /// Top-level arguments, trimmed of white space; empty when the call has none.
    pub args: Vec<(usize, usize)>,
}

/// The `(` of the call a match names: the last code `(` inside the match, else the first code `(`
/// after it (only white space between).
pub fn open_paren(src: &[u8], mask: &[u8], start: usize, end: usize) -> Option<usize> {
    if let Some(p) = (start..end.min(src.len()))
        .rev()
        .find(|&i| src[i] == b'(' && mask[i] == CODE)
    {
        return Some(p);
    }
    let mut i = end;
    while i < src.len() && matches!(src[i], b' ' | b'\t' | b'\r' | b'\n') {
        i += 1;
    }
    (i < src.len() && src[i] == b'(' && mask[i] == CODE).then_some(i)
}

/// Extracts the arguments of the call whose `(` is at `open`. `None` if brackets do not balance
/// within the scan limit.
pub fn call_args(src: &[u8], mask: &[u8], open: usize) -> Option<CallArgs> {
    if src.get(open) != Some(&b'(') {
        return None;
    }
    let mut depth: usize = 0;
    let mut args = Vec::new();
    let mut arg_start = open + 1;
    let limit = (open + SCAN_LIMIT).min(src.len());
    let mut i = open + 1;
    while i < limit {
        if mask[i] == CODE {
            match src[i] {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    if depth == 0 {
                        if src[i] != b')' {
                            return None;
                        }
                        push_arg(src, &mut args, arg_start, i);
                        return Some(CallArgs {
                            inner: (open + 1, i),
                            args,
                        });
                    }
                    depth -= 1;
                }
                b',' if depth == 0 => {
                    push_arg(src, &mut args, arg_start, i);
                    arg_start = i + 1;
                }
                _ => {}
            }
        }
        i += 1;
    }
    None
}

fn push_arg(src: &[u8], args: &mut Vec<(usize, usize)>, s: usize, e: usize) {
    let (s, e) = trim(src, s, e);
    if s < e {
        args.push((s, e));
    }
}

/// Trims ASCII white space from a span.
pub fn trim(src: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && src[s].is_ascii_whitespace() {
        s += 1;
    }
    while e > s && src[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    (s, e)
}

/// The statement containing `pos`: from the start of its line to the end of the statement
/// (`;` at depth 0, or a line end at depth 0 that does not continue on the next line).
pub fn statement(src: &[u8], mask: &[u8], lang: Language, pos: usize) -> (usize, usize) {
    let start = src[..pos.min(src.len())]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let limit = (pos + SCAN_LIMIT).min(src.len());
    let mut depth: isize = 0;
    let mut i = start;
    while i < limit {
        if mask[i] == CODE {
            match src[i] {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    depth -= 1;
                    if depth < 0 && i > pos {
                        return (start, i);
                    }
                }
                b';' if depth <= 0 && i >= pos => return (start, i + 1),
                b'\n' if depth <= 0 && i >= pos && !continues(src, mask, lang, i) => {
                    return (start, i);
                }
                _ => {}
            }
        }
        i += 1;
    }
    (start, limit)
}

/// Does the statement go on after the line end at `nl`?
fn continues(src: &[u8], mask: &[u8], lang: Language, nl: usize) -> bool {
    // Last code byte before the newline.
    let mut j = nl;
    while j > 0 && (src[j - 1].is_ascii_whitespace() || mask[j - 1] != CODE) {
        if mask[j - 1] == STRING {
            break;
        }
        j -= 1;
    }
    let last = if j > 0 { src[j - 1] } else { b'\n' };
    if lang == Language::Python {
        return last == b'\\';
    }
    if matches!(
        last,
        b',' | b'(' | b'[' | b'{' | b'=' | b'+' | b'-' | b'*' | b'&' | b'|' | b'?' | b':' | b'.'
    ) {
        return true;
    }
    // Next non-blank byte.
    let mut k = nl + 1;
    while k < src.len() && src[k].is_ascii_whitespace() {
        k += 1;
    }
    k < src.len()
        && matches!(
            src[k],
            b'.' | b'?' | b':' | b'+' | b'&' | b'|' | b')' | b']' | b'}'
        )
}

/// Headers of the blocks enclosing `pos`, innermost first (see [`Blocks::enclosing`]). Builds
/// the block index for one lookup: the engine keeps one [`Blocks`] per file instead.
pub fn enclosing_headers(
    src: &[u8],
    mask: &[u8],
    lang: Language,
    pos: usize,
) -> Vec<(usize, usize)> {
    Blocks::new(src, mask, lang).enclosing(src, mask, pos)
}

/// The innermost function around `pos` (see [`Blocks::function`]).
pub fn function_span(src: &[u8], mask: &[u8], lang: Language, pos: usize) -> (usize, usize) {
    Blocks::new(src, mask, lang).function(src, mask, pos)
}

/// Index of the bracket closing the one at `open` (`(`, `[` or `{`; code only, per the mask),
/// looked for before `limit`. The one bracket matcher of the crate: function bodies, argument
/// lists, url lists and object patterns all go through it.
pub fn matching(src: &[u8], mask: &[u8], open: usize, limit: usize) -> Option<usize> {
    let (o, c) = match src.get(open)? {
        b'(' => (b'(', b')'),
        b'[' => (b'[', b']'),
        b'{' => (b'{', b'}'),
        _ => return None,
    };
    let mut depth = 0usize;
    let end = limit.min(src.len()).min(mask.len());
    for i in open..end {
        if mask[i] != CODE {
            continue;
        }
        if src[i] == o {
            depth += 1;
        } else if src[i] == c {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return Some(i);
            }
        }
    }
    None
}

/// Index after the `}` matching the `{` at `open`.
pub fn matching_brace(src: &[u8], mask: &[u8], open: usize) -> Option<usize> {
    matching(src, mask, open, open.saturating_add(SCAN_LIMIT * 4)).map(|i| i + 1)
}

/// What an expression (an argument) is made of, from the mask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Only string literals (possibly joined by `+`), no interpolation.
    Literal,
    /// A string literal combined with code: concatenation, `${}` / f-string fields, `%` or
    /// `.format(...)`.
    Dynamic,
    /// A bare name or member path (`sql`, `req.body.q`, `this.query`).
    Identifier,
    /// Anything else (calls, objects, numbers...).
    Other,
}

/// The bare name inside TypeScript's non-null assertion and casts: `x!`, `x as string`,
/// `(x as T)`, `<T>x` stay the identifier `x`. Returns the trimmed span otherwise.
pub fn strip_ts_wrappers(src: &[u8], s: usize, e: usize) -> (usize, usize) {
    let (mut s, mut e) = trim(src, s, e);
    for _ in 0..4 {
        if e > s + 1 && src[s] == b'(' && src[e - 1] == b')' {
            (s, e) = trim(src, s + 1, e - 1);
        }
        if e > s && src[e - 1] == b'!' && !(e > s + 1 && src[e - 2] == b'=') {
            (s, e) = trim(src, s, e - 1);
        }
        // `x as Type` / `x as const`: cut at the last top-level ` as ` (not one inside a
        // string, like an SQL alias, or inside brackets).
        if let Some(p) = last_top_level_as(&src[s..e]) {
            let (ns, ne) = trim(src, s, s + p);
            if ne > ns {
                (s, e) = (ns, ne);
            }
        }
    }
    (s, e)
}

/// The offset of the last ` as ` of `text` outside strings, template literals and brackets.
fn last_top_level_as(text: &[u8]) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut last = None;
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        match quote {
            Some(q) => {
                if c == b'\\' {
                    i += 1;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                b'\'' | b'"' | b'`' => quote = Some(c),
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                b' ' if depth == 0 && text[i..].starts_with(b" as ") => last = Some(i),
                _ => {}
            },
        }
        i += 1;
    }
    last
}

/// For a Python keyword argument `name=value` (or a JS shorthand-free `key: value` pair), the
/// span of the value; otherwise the span itself.
pub fn keyword_value(src: &[u8], mask: &[u8], s: usize, e: usize) -> (usize, usize) {
    let (s, e) = trim(src, s, e);
    let mut i = s;
    while i < e && (src[i].is_ascii_alphanumeric() || src[i] == b'_') {
        i += 1;
    }
    if i == s || i >= e || mask[s] != CODE {
        return (s, e);
    }
    let mut j = i;
    while j < e && (src[j] == b' ' || src[j] == b'\t') {
        j += 1;
    }
    if j < e && src[j] == b'=' && src.get(j + 1) != Some(&b'=') {
        return trim(src, j + 1, e);
    }
    (s, e)
}

/// Classifies the expression `src[s..e]`.
pub fn shape(src: &[u8], mask: &[u8], s: usize, e: usize) -> Shape {
    let (s, e) = strip_ts_wrappers(src, s, e);
    if s >= e {
        return Shape::Other;
    }
    let has_string = (s..e).any(|i| mask[i] == STRING);
    let code: Vec<u8> = (s..e)
        .filter(|&i| mask[i] == CODE)
        .map(|i| src[i])
        .collect();
    let code_text: Vec<u8> = code
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    if has_string {
        // Code bytes that are only string prefixes (f, r, b, u) and `+` joins between literals.
        let only_joins = code_text.iter().all(|b| matches!(b, b'+' | b'(' | b')'));
        let fstring_prefix_only = code_text
            .iter()
            .all(|b| matches!(b.to_ascii_lowercase(), b'r' | b'b' | b'u'));
        if only_joins || fstring_prefix_only {
            return Shape::Literal;
        }
        return Shape::Dynamic;
    }
    if !code_text.is_empty()
        && !code_text[0].is_ascii_digit()
        && code_text
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$' | b'.' | b'?'))
    {
        return Shape::Identifier;
    }
    Shape::Other
}

/// The leading white space of the line holding `pos`.
fn indent_of(src: &[u8], pos: usize) -> usize {
    let ls = src[..pos.min(src.len())]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    src[ls..]
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count()
}

/// The assignments to `name` that can reach its use at `pos`, latest first: the right-hand
/// side spans of `name = ...`, `const/let/var name = ...`, `name: T = ...`, `name += ...`.
/// The latest one is looked for within `window` bytes; earlier ones only from `floor` (the
/// enclosing function) on, and only while the later ones sit in a branch (indented deeper than
/// the use) or append (`+=`): a plain assignment at the use's level hides everything before it.
pub fn assignments(
    src: &[u8],
    mask: &[u8],
    lang: Language,
    name: &[u8],
    pos: usize,
    window: usize,
    floor: usize,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if name.is_empty() || name.contains(&b'.') {
        return out;
    }
    let low = pos.saturating_sub(window);
    let hay = &src[low..pos.min(src.len())];
    let use_indent = indent_of(src, pos);
    // Declarations out of scope cost a scan each: give up after a few dozen (generated code).
    let mut rejected = 0usize;
    for p in memchr::memmem::rfind_iter(hay, name) {
        let at = low + p;
        if !out.is_empty() && at < floor {
            break;
        }
        let before_ok = at == 0
            || !(src[at - 1].is_ascii_alphanumeric()
                || src[at - 1] == b'_'
                || src[at - 1] == b'$'
                || src[at - 1] == b'.');
        let after = at + name.len();
        if !before_ok || mask[at] != CODE {
            continue;
        }
        // React state: `const [html, setHtml] = useState(init)` holds its initial value and
        // whatever `setHtml(...)` is called with in the component.
        if lang.is_js_family()
            && let Some(state) = react_state(src, mask, at, after, pos, window)
        {
            out.extend(state);
            break;
        }
        // A name declared in a block that closed before the use (a sibling handler's own
        // `const url`) cannot reach it. Checked only for actual assignments (below).
        let mut out_of_scope = || {
            let r = at < floor && !visible_from(src, mask, lang, at, pos);
            rejected += usize::from(r);
            r
        };
        // `const { url, title } = req.body`: the name holds a field of the right-hand side.
        if lang.is_js_family()
            && let Some(bound) = destructured_from(src, mask, lang, at, after)
        {
            // `{ url: target }` reads `url` but binds `target`.
            let Some(rhs) = bound else { continue };
            if out_of_scope() {
                if rejected > 32 {
                    break;
                }
                continue;
            }
            out.push(rhs);
            if indent_of(src, at) <= use_indent || out.len() >= 8 {
                break;
            }
            continue;
        }
        // Skip white space and an optional type annotation up to `=` / `+=`.
        let mut j = after;
        while j < src.len() && (src[j] == b' ' || src[j] == b'\t') {
            j += 1;
        }
        if src.get(j) == Some(&b':') {
            // `sql: str = ...` (Python) or `sql: string = ...` (TypeScript)
            while j < src.len() && src[j] != b'=' && src[j] != b'\n' {
                j += 1;
            }
        }
        let (eq, appends) = match (src.get(j), src.get(j + 1)) {
            (Some(b'+'), Some(b'=')) => (j + 2, true),
            (Some(b'='), Some(n)) if *n != b'=' && *n != b'>' => (j + 1, false),
            _ => continue,
        };
        if out_of_scope() {
            if rejected > 32 {
                break;
            }
            continue;
        }
        let (_, e) = statement(src, mask, lang, eq);
        out.push((eq, e));
        if (!appends && indent_of(src, at) <= use_indent) || out.len() >= 8 {
            break;
        }
    }
    out
}

/// Is a name declared at `at` still in scope at `pos`? For braces: no block that was open at
/// `at` closes before `pos`. For Python: no code line between them is indented less than `at`'s.
fn visible_from(src: &[u8], mask: &[u8], lang: Language, at: usize, pos: usize) -> bool {
    let end = pos.min(src.len());
    if lang == Language::Python {
        let level = indent_of(src, at);
        if level == 0 {
            return true;
        }
        let mut i = at;
        while let Some(nl) = src[i..end].iter().position(|&b| b == b'\n') {
            let ls = i + nl + 1;
            let ind = src[ls..end]
                .iter()
                .take_while(|&&b| b == b' ' || b == b'\t')
                .count();
            let first = ls + ind;
            if first < end && src[first] != b'\n' && mask[first] == CODE && ind < level {
                return false;
            }
            i = ls;
        }
        return true;
    }
    let mut depth: isize = 0;
    for i in at..end {
        if mask[i] == CODE {
            match src[i] {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth < 0 {
                        return false;
                    }
                }
                _ => {}
            }
        }
    }
    true
}

/// `name` at `at..after` inside a declared object pattern, `const { a, name = 'x' } = rhs`: the
/// span of `rhs` (`Some(None)` when the pattern renames the field, `{ name: other }`). Nested
/// patterns are not followed.
fn destructured_from(
    src: &[u8],
    mask: &[u8],
    lang: Language,
    at: usize,
    after: usize,
) -> Option<Option<(usize, usize)>> {
    // Back to the `{`: names, commas, renames (`url: target`) and white space only.
    let mut i = at;
    while i > 0 {
        let b = src[i - 1];
        if b == b'{' {
            break;
        }
        if !(b.is_ascii_alphanumeric()
            || matches!(b, b'_' | b'$' | b',' | b':')
            || b.is_ascii_whitespace())
        {
            return None;
        }
        if at - i > 300 {
            return None;
        }
        i -= 1;
    }
    let open = i.checked_sub(1)?;
    if mask[open] != CODE {
        return None;
    }
    let head = src[..open].trim_ascii_end();
    let declared = [&b"const"[..], b"let", b"var"].iter().any(|k| {
        head.ends_with(k) && (head.len() == k.len() || !is_ident(head[head.len() - k.len() - 1]))
    });
    if !declared {
        return None;
    }
    // `name: alias` renames: the field is read but `name` is not bound.
    let mut k = after;
    while k < src.len() && src[k].is_ascii_whitespace() {
        k += 1;
    }
    let renamed = src.get(k) == Some(&b':');
    // Forward to the `}` closing the pattern (defaults may hold literals, not braces).
    let mut j = after;
    let limit = (after + 300).min(src.len());
    while j < limit && !(src[j] == b'}' && mask[j] == CODE) {
        if src[j] == b'{' && mask[j] == CODE {
            return None;
        }
        j += 1;
    }
    if j >= limit {
        return None;
    }
    j += 1;
    while j < src.len() && (src[j] == b' ' || src[j] == b'\t') {
        j += 1;
    }
    if src.get(j) == Some(&b':') {
        // `const { a }: Body = ...`
        while j < limit && src[j] != b'=' && src[j] != b'\n' {
            j += 1;
        }
    }
    if src.get(j) != Some(&b'=') || matches!(src.get(j + 1), Some(b'=') | Some(b'>')) {
        return None;
    }
    if renamed {
        return Some(None);
    }
    let (_, e) = statement(src, mask, lang, j + 1);
    Some(Some((j + 1, e)))
}

/// A byte of a JavaScript / Python identifier (`$` included).
pub fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

/// `[name, setName] = useState(init)` with `name` at `at..after`: the name, the span of `init` and of the
/// first argument of every `setName(...)` call up to `window` bytes past the use at `pos`
/// (handlers defined below the JSX count too). `None` if `name` is not a state variable.
fn react_state(
    src: &[u8],
    mask: &[u8],
    at: usize,
    after: usize,
    pos: usize,
    window: usize,
) -> Option<Vec<(usize, usize)>> {
    let skip_ws = |mut i: usize| {
        while i < src.len() && src[i].is_ascii_whitespace() {
            i += 1;
        }
        i
    };
    let open = src[..at].iter().rposition(|b| !b.is_ascii_whitespace())?;
    let mut j = skip_ws(after);
    if src[open] != b'[' || src.get(j) != Some(&b',') {
        return None;
    }
    j = skip_ws(j + 1);
    let setter_start = j;
    while j < src.len() && (src[j].is_ascii_alphanumeric() || src[j] == b'_' || src[j] == b'$') {
        j += 1;
    }
    let setter = &src[setter_start..j];
    j = skip_ws(j);
    if setter.is_empty() || src.get(j) != Some(&b']') {
        return None;
    }
    j = skip_ws(j + 1);
    if src.get(j) != Some(&b'=') {
        return None;
    }
    j = skip_ws(j + 1);
    let rest = &src[j..src.len().min(j + 64)];
    let call = ["React.useState", "useState"]
        .iter()
        .find(|c| rest.starts_with(c.as_bytes()))?;
    // The state variable itself stays a candidate: a setter may also be called from elsewhere
    // (a prop, a context), and rules that look at the name (`form`, `profile`) still see it.
    let mut out = vec![(at, after)];
    let mut k = skip_ws(j + call.len());
    if src.get(k) == Some(&b'<') {
        // `useState<string>(...)`
        while k < src.len() && src[k] != b'(' && src[k] != b'\n' {
            k += 1;
        }
    }
    if let Some(a) = call_args(src, mask, k) {
        out.extend(a.args.first().copied());
    }
    let end = src.len().min(pos.saturating_add(window));
    let hay = &src[j..end];
    for p in memchr::memmem::find_iter(hay, setter).take(32) {
        let s = j + p;
        let before_ok = s == 0
            || !(src[s - 1].is_ascii_alphanumeric()
                || src[s - 1] == b'_'
                || src[s - 1] == b'$'
                || src[s - 1] == b'.');
        let o = skip_ws(s + setter.len());
        if before_ok
            && mask[s] == CODE
            && src.get(o) == Some(&b'(')
            && let Some(a) = call_args(src, mask, o)
        {
            out.extend(a.args.first().copied());
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::lex::lex;

    fn args_of(lang: Language, src: &str, call: &str) -> Vec<String> {
        let m = lex(lang, src.as_bytes());
        let s = src.find(call).unwrap();
        let open = open_paren(src.as_bytes(), &m, s, s + call.len()).unwrap();
        let a = call_args(src.as_bytes(), &m, open).unwrap();
        a.args.iter().map(|&(s, e)| src[s..e].to_string()).collect()
    }

    #[test]
    fn ts_casts_are_cut_but_not_sql_aliases() {
        let strip = |t: &str| {
            let (s, e) = strip_ts_wrappers(t.as_bytes(), 0, t.len());
            t[s..e].to_string()
        };
        assert_eq!(strip("body as Invoice"), "body");
        assert_eq!(strip("(req.body as any)!"), "req.body");
        assert_eq!(
            strip("`select name as n from t where id = ${id}`"),
            "`select name as n from t where id = ${id}`"
        );
        assert_eq!(strip("'a as b' as const"), "'a as b'");
        assert_eq!(strip("f(x as Y)"), "f(x as Y)");
    }

    #[test]
    fn balanced_arguments_with_strings_and_templates() {
        let src = "jwt.sign({ id: u.id, n: f(a, b) }, `k,${x(1, 2)})`, { expiresIn: '1h' }) // (";
        assert_eq!(
            args_of(Language::Javascript, src, "jwt.sign"),
            vec![
                "{ id: u.id, n: f(a, b) }",
                "`k,${x(1, 2)})`",
                "{ expiresIn: '1h' }"
            ]
        );
        assert!(args_of(Language::Javascript, "cors()", "cors").is_empty());
    }

    #[test]
    fn python_keyword_arguments() {
        let src = "subprocess.run(f\"ls {d}\", shell=True, check=(1, 2))";
        assert_eq!(
            args_of(Language::Python, src, "subprocess.run"),
            vec!["f\"ls {d}\"", "shell=True", "check=(1, 2)"]
        );
    }

    #[test]
    fn unbalanced_is_none() {
        let src = "f(a, [b)";
        let m = lex(Language::Javascript, src.as_bytes());
        assert!(call_args(src.as_bytes(), &m, 1).is_none());
        assert!(call_args(src.as_bytes(), &m, 0).is_none());
    }

    #[test]
    fn shapes() {
        let check = |lang, src: &str| {
            let m = lex(lang, src.as_bytes());
            shape(src.as_bytes(), &m, 0, src.len())
        };
        assert_eq!(
            check(Language::Javascript, "'SELECT 1' + 'x'"),
            Shape::Literal
        );
        assert_eq!(
            check(Language::Javascript, "'SELECT ' + id"),
            Shape::Dynamic
        );
        assert_eq!(
            check(Language::Javascript, "`SELECT ${id}`"),
            Shape::Dynamic
        );
        assert_eq!(check(Language::Javascript, "`SELECT 1`"), Shape::Literal);
        assert_eq!(check(Language::Python, "f\"SELECT {id}\""), Shape::Dynamic);
        assert_eq!(
            check(Language::Python, "\"SELECT %s\" % id"),
            Shape::Dynamic
        );
        assert_eq!(check(Language::Python, "r\"SELECT 1\""), Shape::Literal);
        assert_eq!(check(Language::Python, "sql"), Shape::Identifier);
        assert_eq!(check(Language::Javascript, "req.body.q"), Shape::Identifier);
        assert_eq!(check(Language::Javascript, "build(x)"), Shape::Other);
        assert_eq!(
            check(Language::Typescript, "process.env.SECRET!"),
            Shape::Identifier
        );
        assert_eq!(
            check(Language::Typescript, "(body as any).url"),
            Shape::Other
        );
        assert_eq!(
            check(Language::Typescript, "url as string"),
            Shape::Identifier
        );
    }

    #[test]
    fn statement_spans_chained_calls() {
        let src = "const t = await new SignJWT({ a: 1 })\n  .setProtectedHeader({ alg })\n  .sign(key);\nfoo();";
        let m = lex(Language::Javascript, src.as_bytes());
        let (s, e) = statement(
            src.as_bytes(),
            &m,
            Language::Javascript,
            src.find("new").unwrap(),
        );
        assert_eq!(
            &src[s..e],
            "const t = await new SignJWT({ a: 1 })\n  .setProtectedHeader({ alg })\n  .sign(key);"
        );
    }

    #[test]
    fn enclosing_headers_find_the_handler() {
        let src =
            "app.post('/login', async (req, res) => {\n  if (x) {\n    db.query(q);\n  }\n});";
        let m = lex(Language::Javascript, src.as_bytes());
        let hs = enclosing_headers(
            src.as_bytes(),
            &m,
            Language::Javascript,
            src.find("db.").unwrap(),
        );
        let texts: Vec<&str> = hs.iter().map(|&(s, e)| src[s..e].trim()).collect();
        assert_eq!(
            texts,
            vec!["if (x)", "app.post('/login', async (req, res) =>"]
        );
        let (fs, fe) = function_span(
            src.as_bytes(),
            &m,
            Language::Javascript,
            src.find("db.").unwrap(),
        );
        assert!(src[fs..fe].trim_start().starts_with("app.post"));
        assert!(src[fs..fe].ends_with('}'));
    }

    #[test]
    fn python_headers_and_function() {
        let src = "@app.route('/x')\ndef view():\n    if a:\n        run(q)\n    return 1\n\ndef other():\n    pass\n";
        let m = lex(Language::Python, src.as_bytes());
        let pos = src.find("run").unwrap();
        let hs = enclosing_headers(src.as_bytes(), &m, Language::Python, pos);
        let texts: Vec<&str> = hs.iter().map(|&(s, e)| &src[s..e]).collect();
        assert_eq!(texts, vec!["    if a:", "@app.route('/x')\ndef view():"]);
        let (fs, fe) = function_span(src.as_bytes(), &m, Language::Python, pos);
        assert!(src[fs..fe].contains("return 1"));
        assert!(!src[fs..fe].contains("other"));
    }

    #[test]
    fn react_state_resolves_to_its_initial_value_and_setter_arguments() {
        let src = "function C() {\n  const [html, setHtml] = useState<string>(\"\");\n  load().then((d) => setHtml(clean(d.body)));\n  return <div dangerouslySetInnerHTML={{ __html: html }} onClick={() => setHtml(raw)} />;\n}\nconst [other, setOther] = [1, 2];\nuse(other);\n";
        let m = lex(Language::Javascript, src.as_bytes());
        let at = |name: &[u8], pos: usize| -> Vec<String> {
            assignments(src.as_bytes(), &m, Language::Javascript, name, pos, 4096, 0)
                .into_iter()
                .map(|(s, e)| src[s..e].to_string())
                .collect()
        };
        assert_eq!(
            at(b"html", src.find("__html: html").unwrap() + 8),
            vec!["html", "\"\"", "clean(d.body)", "raw"]
        );
        // Array destructuring that is not `useState` is not state.
        assert!(at(b"other", src.find("use(other)").unwrap() + 4).is_empty());
    }

    #[test]
    fn assignments_resolve_a_name() {
        let src = "let sql = 'SELECT * FROM t WHERE id = ' + req.params.id;\ndb.query(sql);";
        let m = lex(Language::Javascript, src.as_bytes());
        let got = assignments(
            src.as_bytes(),
            &m,
            Language::Javascript,
            b"sql",
            src.find("db.").unwrap(),
            4096,
            0,
        );
        assert_eq!(got.len(), 1);
        let (s, e) = got[0];
        assert!(src[s..e].contains("req.params.id"));
        assert_eq!(
            shape(src.as_bytes(), &m, s, e.min(src.find(';').unwrap())),
            Shape::Dynamic
        );
    }

    #[test]
    fn assignments_in_branches_all_reach_the_use() {
        // The right-hand sides `assignments` returns for `name` used at `HttpResponse`.
        fn rhs(src: &str, name: &str, floor: usize) -> Vec<String> {
            let m = lex(Language::Python, src.as_bytes());
            let pos = src.find("HttpResponse").unwrap();
            assignments(
                src.as_bytes(),
                &m,
                Language::Python,
                name.as_bytes(),
                pos,
                4096,
                floor,
            )
            .into_iter()
            .map(|(s, e)| src[s..e].trim().to_string())
            .collect()
        }
        let src = "def f(request):\n    notice = 'x'\n    if a:\n        notice = request.GET['q']\n    else:\n        notice = 'none'\n    notice += '!'\n    return HttpResponse(notice)\n";
        // `+=` appends, the two branches are both live, the level-4 assignment hides nothing
        // before it and is the last one taken.
        assert_eq!(
            rhs(src, "notice", 0),
            vec!["'!'", "'none'", "request.GET['q']", "'x'"]
        );
        // An unconditional reassignment at the use's level hides the earlier ones.
        let src2 = "def g(request):\n    q = request.GET['q']\n    q = 'fixed'\n    return HttpResponse(q)\n";
        assert_eq!(rhs(src2, "q", 0), vec!["'fixed'"]);
        // Earlier assignments are looked for only from the floor (the enclosing function) on.
        assert_eq!(rhs(src, "notice", src.find("    if a").unwrap()).len(), 3);
    }

    #[test]
    fn destructured_names_hold_their_source_and_sibling_scopes_do_not_leak() {
        let src = "router.post('/a', async (req, res) => {\n  const url = await putObject(x);\n  res.json({ url });\n});\nrouter.post('/b', async (req, res) => {\n  const { title, url = '' }: Body = req.body;\n  axios.get(url);\n  const { url: renamed } = other;\n  use(renamed, url);\n});\n";
        let m = lex(Language::Javascript, src.as_bytes());
        let at = |name: &[u8], marker: &str, floor: usize| -> Vec<String> {
            let pos = src.find(marker).unwrap();
            assignments(
                src.as_bytes(),
                &m,
                Language::Javascript,
                name,
                pos,
                4096,
                floor,
            )
            .into_iter()
            .map(|(s, e)| src[s..e].trim().trim_end_matches(';').to_string())
            .collect()
        };
        let floor = src.find("router.post('/b'").unwrap();
        // The object pattern binds `url` to a field of `req.body`; the sibling handler's own
        // `const url` is out of scope even without the floor.
        assert_eq!(at(b"url", "axios.get", floor), vec!["req.body"]);
        assert_eq!(at(b"url", "axios.get", 0), vec!["req.body"]);
        // A renamed field binds the new name only.
        assert_eq!(at(b"url", "use(renamed", floor), vec!["req.body"]);
        // Module-level and enclosing declarations stay visible.
        let src2 = "const base = process.env.API;\nfunction f() {\n  const q = req.query.q;\n  return () => {\n    fetch(base + q);\n  };\n}\n";
        let m2 = lex(Language::Javascript, src2.as_bytes());
        let pos = src2.find("fetch(").unwrap();
        let inner = src2.find("() =>").unwrap();
        for (name, want) in [(&b"base"[..], "process.env.API"), (b"q", "req.query.q")] {
            let got = assignments(
                src2.as_bytes(),
                &m2,
                Language::Javascript,
                name,
                pos,
                4096,
                inner,
            );
            assert_eq!(got.len(), 1, "{}", String::from_utf8_lossy(name));
            assert!(src2[got[0].0..got[0].1].contains(want));
        }
        // Python: a sibling function's local is out of scope, a module constant is not.
        let py = "LIMIT = 10\ndef a():\n    url = 'https://x'\n    return url\ndef b(request):\n    return fetch(url, LIMIT)\n";
        let mp = lex(Language::Python, py.as_bytes());
        let pos = py.find("fetch(").unwrap();
        let floor = py.find("def b").unwrap();
        assert!(
            assignments(
                py.as_bytes(),
                &mp,
                Language::Python,
                b"url",
                pos,
                4096,
                floor
            )
            .is_empty()
        );
        assert_eq!(
            assignments(
                py.as_bytes(),
                &mp,
                Language::Python,
                b"LIMIT",
                pos,
                4096,
                floor
            )
            .len(),
            1
        );
    }
}
