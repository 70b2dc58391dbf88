//! Lexing into a byte mask: for every byte of a file, is it code, comment or string? Tolerant by
//! design: unterminated strings end at the line end, so one stray quote (JSX text, YAML) cannot
//! swallow the rest of a file. Linear time, no recursion.

use super::Language;

pub const CODE: u8 = 0;
pub const COMMENT: u8 = 1;
pub const STRING: u8 = 2;

/// The mask of `src` for `lang`: one of [`CODE`], [`COMMENT`], [`STRING`] per byte. Quotes belong to
/// their string; `${` / `}` of template literals and `{` / `}` of f-strings are code.
pub fn lex(lang: Language, src: &[u8]) -> Vec<u8> {
    match lang {
        Language::Javascript | Language::Typescript => lex_js(src),
        Language::Python => lex_python(src),
        Language::Yaml
        | Language::Toml
        | Language::Env
        | Language::Dockerfile
        | Language::Shell => lex_hash(src),
        Language::Sql => lex_sql(src),
        Language::Json => lex_json(src),
        Language::Html => lex_html(src),
        Language::Markdown | Language::Text | Language::Lockfile => vec![CODE; src.len()],
    }
}

fn fill(m: &mut [u8], from: usize, to: usize, kind: u8) {
    let to = to.min(m.len());
    if from < to {
        m[from..to].fill(kind);
    }
}

/// Index of the end of the line containing `i` (position of `\n` or `src.len()`).
fn line_end(src: &[u8], i: usize) -> usize {
    src[i..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(src.len(), |p| i + p)
}

/// Scans a quoted single-line string starting at the opening quote; returns the index after it.
fn single_line_string(src: &[u8], start: usize, quote: u8) -> usize {
    let mut i = start + 1;
    while i < src.len() {
        match src[i] {
            b'\\' => i += 2,
            b'\n' => return i,
            c if c == quote => return i + 1,
            _ => i += 1,
        }
    }
    src.len()
}

fn find(src: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= src.len() {
        return None;
    }
    src[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

const REGEX_KEYWORDS: &[&[u8]] = &[
    b"return",
    b"typeof",
    b"case",
    b"do",
    b"else",
    b"in",
    b"of",
    b"new",
    b"delete",
    b"void",
    b"throw",
    b"yield",
    b"await",
    b"instanceof",
];

/// Could a `/` at `i` start a regular-expression literal (rather than divide)?
fn regex_allowed(src: &[u8], i: usize) -> bool {
    // `</li>` closes a JSX element: `a </re/` (a comparison with a regex, no space) is not
    // written in practice, while one-line JSX (`<li>{x}</li>)}</ul>`) is everywhere.
    if i > 0 && src[i - 1] == b'<' {
        return false;
    }
    let mut j = i;
    while j > 0 && matches!(src[j - 1], b' ' | b'\t' | b'\r' | b'\n') {
        j -= 1;
    }
    if j == 0 {
        return true;
    }
    let p = src[j - 1];
    if p.is_ascii_alphanumeric() || p == b'_' || p == b'$' {
        let end = j;
        let mut s = j;
        while s > 0
            && (src[s - 1].is_ascii_alphanumeric() || src[s - 1] == b'_' || src[s - 1] == b'$')
        {
            s -= 1;
        }
        return REGEX_KEYWORDS.contains(&&src[s..end]);
    }
    !matches!(p, b')' | b']' | b'\'' | b'"' | b'`')
}

/// Scans a regex literal from its opening `/`; returns the index after the flags, or `None` if it
/// is not closed on this line (then the `/` was a division after all).
fn regex_literal(src: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    let mut in_class = false;
    while i < src.len() {
        match src[i] {
            b'\\' => i += 2,
            b'\n' => return None,
            b'[' => {
                in_class = true;
                i += 1
            }
            b']' => {
                in_class = false;
                i += 1
            }
            b'/' if !in_class => {
                i += 1;
                while i < src.len() && src[i].is_ascii_alphabetic() {
                    i += 1;
                }
                return Some(i);
            }
            _ => i += 1,
        }
    }
    None
}

fn lex_js(src: &[u8]) -> Vec<u8> {
    let n = src.len();
    let mut m = vec![CODE; n];
    // For each open template interpolation `${`, the brace depth at which it closes.
    let mut templates: Vec<usize> = Vec::new();
    let mut depth: usize = 0;
    let mut i = 0;
    // When true we are in the text part of a template literal.
    let mut in_template_text = false;
    while i < n {
        if in_template_text {
            let start = i;
            loop {
                if i >= n {
                    fill(&mut m, start, n, STRING);
                    return m;
                }
                match src[i] {
                    b'\\' => i += 2,
                    b'`' => {
                        i += 1;
                        fill(&mut m, start, i, STRING);
                        in_template_text = false;
                        break;
                    }
                    b'$' if src.get(i + 1) == Some(&b'{') => {
                        fill(&mut m, start, i, STRING);
                        i += 2;
                        depth += 1;
                        templates.push(depth);
                        in_template_text = false;
                        break;
                    }
                    _ => i += 1,
                }
            }
            continue;
        }
        let c = src[i];
        match c {
            b'/' if src.get(i + 1) == Some(&b'/') => {
                let e = line_end(src, i);
                fill(&mut m, i, e, COMMENT);
                i = e;
            }
            b'/' if src.get(i + 1) == Some(&b'*') => {
                let e = find(src, i + 2, b"*/").map_or(n, |p| p + 2);
                fill(&mut m, i, e, COMMENT);
                i = e;
            }
            b'\'' | b'"' => {
                let e = single_line_string(src, i, c);
                fill(&mut m, i, e, STRING);
                i = e;
            }
            b'`' => {
                m[i] = STRING;
                i += 1;
                in_template_text = true;
            }
            b'{' => {
                depth += 1;
                i += 1;
            }
            b'}' => {
                if templates.last() == Some(&depth) {
                    templates.pop();
                    in_template_text = true;
                }
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b'/' if regex_allowed(src, i) => match regex_literal(src, i) {
                Some(e) => {
                    fill(&mut m, i, e, STRING);
                    i = e;
                }
                None => i += 1,
            },
            _ => i += 1,
        }
    }
    m
}

/// Is the quote at `i` preceded by an f-string prefix (`f`, `rf`, `fr`, any case)?
fn python_prefix(src: &[u8], i: usize) -> (bool, usize) {
    let mut s = i;
    while s > 0 && i - s < 2 && matches!(src[s - 1].to_ascii_lowercase(), b'r' | b'b' | b'u' | b'f')
    {
        s -= 1;
    }
    // The prefix must not be the tail of a longer identifier (e.g. `elif"` is not a prefix).
    if s > 0 && (src[s - 1].is_ascii_alphanumeric() || src[s - 1] == b'_') {
        return (false, i);
    }
    let is_f = src[s..i].iter().any(|b| b.eq_ignore_ascii_case(&b'f'));
    (is_f, s)
}

fn lex_python(src: &[u8]) -> Vec<u8> {
    let n = src.len();
    let mut m = vec![CODE; n];
    let mut i = 0;
    while i < n {
        let c = src[i];
        match c {
            b'#' => {
                let e = line_end(src, i);
                fill(&mut m, i, e, COMMENT);
                i = e;
            }
            b'\'' | b'"' => {
                let (is_f, _) = python_prefix(src, i);
                let triple = src.get(i + 1) == Some(&c) && src.get(i + 2) == Some(&c);
                let qlen = if triple { 3 } else { 1 };
                let mut j = i + qlen;
                let mut brace = 0usize; // depth inside an f-string replacement field
                m[i..(i + qlen).min(n)].fill(STRING);
                loop {
                    if j >= n {
                        break;
                    }
                    let b = src[j];
                    if brace > 0 {
                        m[j] = CODE;
                        match b {
                            b'{' | b'[' | b'(' => brace += 1,
                            b'}' | b']' | b')' => brace -= 1,
                            b'\n' if !triple => break,
                            _ => {}
                        }
                        j += 1;
                        continue;
                    }
                    match b {
                        b'\\' => {
                            fill(&mut m, j, j + 2, STRING);
                            j += 2;
                        }
                        b'\n' if !triple => break,
                        b'{' if is_f => {
                            if src.get(j + 1) == Some(&b'{') {
                                fill(&mut m, j, j + 2, STRING);
                                j += 2;
                            } else {
                                m[j] = CODE;
                                brace = 1;
                                j += 1;
                            }
                        }
                        q if q == c
                            && (!triple
                                || (src.get(j + 1) == Some(&c) && src.get(j + 2) == Some(&c))) =>
                        {
                            fill(&mut m, j, j + qlen, STRING);
                            j += qlen;
                            break;
                        }
                        _ => {
                            m[j] = STRING;
                            j += 1;
                        }
                    }
                }
                i = j.max(i + 1);
            }
            _ => i += 1,
        }
    }
    m
}

/// `#` comments (at a line start or after white space) and single-line quotes: shell, YAML,
/// TOML, dotenv, Dockerfile.
fn lex_hash(src: &[u8]) -> Vec<u8> {
    let n = src.len();
    let mut m = vec![CODE; n];
    let mut i = 0;
    while i < n {
        let c = src[i];
        match c {
            b'#' if i == 0 || matches!(src[i - 1], b' ' | b'\t' | b'\n' | b'\r') => {
                let e = line_end(src, i);
                fill(&mut m, i, e, COMMENT);
                i = e;
            }
            b'\'' | b'"' => {
                // An apostrophe inside a word (`don't`) is not a quote.
                if c == b'\'' && i > 0 && src[i - 1].is_ascii_alphanumeric() {
                    i += 1;
                    continue;
                }
                let e = if c == b'\'' {
                    // Single quotes do not escape in shell/YAML/TOML.
                    src[i + 1..]
                        .iter()
                        .position(|&b| b == b'\'' || b == b'\n')
                        .map_or(n, |p| {
                            if src[i + 1 + p] == b'\'' {
                                i + p + 2
                            } else {
                                i + 1 + p
                            }
                        })
                } else {
                    single_line_string(src, i, c)
                };
                fill(&mut m, i, e, STRING);
                i = e;
            }
            _ => i += 1,
        }
    }
    m
}

fn lex_sql(src: &[u8]) -> Vec<u8> {
    let n = src.len();
    let mut m = vec![CODE; n];
    let mut i = 0;
    while i < n {
        match src[i] {
            b'-' if src.get(i + 1) == Some(&b'-') => {
                let e = line_end(src, i);
                fill(&mut m, i, e, COMMENT);
                i = e;
            }
            b'/' if src.get(i + 1) == Some(&b'*') => {
                let e = find(src, i + 2, b"*/").map_or(n, |p| p + 2);
                fill(&mut m, i, e, COMMENT);
                i = e;
            }
            b'\'' => {
                let mut j = i + 1;
                while j < n {
                    if src[j] == b'\'' {
                        if src.get(j + 1) == Some(&b'\'') {
                            j += 2;
                            continue;
                        }
                        j += 1;
                        break;
                    }
                    j += 1;
                }
                fill(&mut m, i, j.min(n), STRING);
                i = j.max(i + 1);
            }
            _ => i += 1,
        }
    }
    m
}

/// JSON (and JSONC: `//` and `/* */` comments as in tsconfig.json).
fn lex_json(src: &[u8]) -> Vec<u8> {
    let n = src.len();
    let mut m = vec![CODE; n];
    let mut i = 0;
    while i < n {
        match src[i] {
            b'"' => {
                let e = single_line_string(src, i, b'"');
                fill(&mut m, i, e, STRING);
                i = e;
            }
            b'/' if src.get(i + 1) == Some(&b'/') => {
                let e = line_end(src, i);
                fill(&mut m, i, e, COMMENT);
                i = e;
            }
            b'/' if src.get(i + 1) == Some(&b'*') => {
                let e = find(src, i + 2, b"*/").map_or(n, |p| p + 2);
                fill(&mut m, i, e, COMMENT);
                i = e;
            }
            _ => i += 1,
        }
    }
    m
}

fn lex_html(src: &[u8]) -> Vec<u8> {
    let n = src.len();
    let mut m = vec![CODE; n];
    let mut i = 0;
    while let Some(s) = find(src, i, b"<!--") {
        let e = find(src, s + 4, b"-->").map_or(n, |p| p + 3);
        fill(&mut m, s, e, COMMENT);
        i = e;
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(lang: Language, src: &str) -> String {
        lex(lang, src.as_bytes())
            .iter()
            .map(|k| match *k {
                CODE => 'c',
                COMMENT => '#',
                _ => 's',
            })
            .collect()
    }

    #[test]
    fn js_strings_comments_templates() {
        assert_eq!(kinds(Language::Javascript, "a('x')//y"), "ccsssc###");
        assert_eq!(kinds(Language::Javascript, "`a${b}c`"), "ssccccss");
        assert_eq!(kinds(Language::Javascript, "/*x*/1"), "#####c");
    }

    #[test]
    fn js_template_interpolation_is_code() {
        let src = "q(`SELECT ${req.query.id} x`)";
        let m = lex(Language::Javascript, src.as_bytes());
        let at = src.find("req").unwrap();
        assert_eq!(m[at], CODE);
        assert_eq!(m[src.find("SELECT").unwrap()], STRING);
        assert_eq!(m[src.find(" x").unwrap() + 1], STRING);
        assert_eq!(m[src.len() - 1], CODE);
    }

    #[test]
    fn js_nested_template_and_object_in_interpolation() {
        let src = "`a${ {k: `in${v}`}.k }b` + eval(x)";
        let m = lex(Language::Javascript, src.as_bytes());
        assert_eq!(m[src.find("eval").unwrap()], CODE);
        assert_eq!(m[src.find('v').unwrap()], CODE);
        assert_eq!(m[src.find("b`").unwrap()], STRING);
    }

    #[test]
    fn js_regex_literal_vs_division() {
        let src = "x = a / b; y = /'[/]\"/g.test(s); eval(z)";
        let m = lex(Language::Javascript, src.as_bytes());
        assert_eq!(m[src.find("eval").unwrap()], CODE);
        assert_eq!(m[src.find("b;").unwrap()], CODE);
    }

    #[test]
    fn jsx_closing_tags_are_not_regex_literals() {
        let src = "return <ul>{users.map((u) => <li key={u.id}>{u.email}</li>)}</ul>\n}\neval(x)";
        let m = lex(Language::Typescript, src.as_bytes());
        assert_eq!(m[src.find(")}").unwrap()], CODE);
        assert_eq!(m[src.find("eval").unwrap()], CODE);
    }

    #[test]
    fn js_unterminated_quote_stops_at_line_end() {
        let src = "<p>don't</p>\neval(x)";
        let m = lex(Language::Javascript, src.as_bytes());
        assert_eq!(m[src.find("eval").unwrap()], CODE);
    }

    #[test]
    fn python_fstring_fields_are_code() {
        let src = "cur.execute(f\"SELECT {user_id} {{lit}}\")  # c";
        let m = lex(Language::Python, src.as_bytes());
        assert_eq!(m[src.find("user_id").unwrap()], CODE);
        assert_eq!(m[src.find("SELECT").unwrap()], STRING);
        assert_eq!(m[src.find("lit").unwrap()], STRING);
        assert_eq!(m[src.find("# c").unwrap()], COMMENT);
    }

    #[test]
    fn python_triple_quotes_span_lines() {
        let src = "x = '''a\n# not comment\n'''\n# comment";
        let m = lex(Language::Python, src.as_bytes());
        assert_eq!(m[src.find("# not").unwrap()], STRING);
        assert_eq!(m[src.rfind("# comment").unwrap()], COMMENT);
    }

    #[test]
    fn hash_languages() {
        let src = "KEY=value # note\nURL=http://x/#frag\nA='b#c'";
        let m = lex(Language::Env, src.as_bytes());
        assert_eq!(m[src.find("# note").unwrap()], COMMENT);
        assert_eq!(m[src.find("#frag").unwrap()], CODE);
        assert_eq!(m[src.find("b#c").unwrap()], STRING);
    }

    #[test]
    fn sql_and_json_and_html() {
        let src = "SELECT 'it''s' -- c";
        let m = lex(Language::Sql, src.as_bytes());
        assert_eq!(m[src.find("s'").unwrap()], STRING);
        assert_eq!(m[src.find("-- c").unwrap()], COMMENT);
        let j = "{\"a\": 1} // c";
        assert_eq!(lex(Language::Json, j.as_bytes())[1], STRING);
        let h = "<!-- x --><b>";
        assert_eq!(lex(Language::Html, h.as_bytes())[5], COMMENT);
        assert_eq!(lex(Language::Html, h.as_bytes())[11], CODE);
    }

    #[test]
    fn hostile_inputs_do_not_panic() {
        for lang in [
            Language::Javascript,
            Language::Python,
            Language::Sql,
            Language::Json,
            Language::Env,
            Language::Html,
        ] {
            for s in [
                "`${", "'", "\"\\", "f'{", "'''", "/*", "/", "${}}}}", "f\"{{{\n", "\\",
            ] {
                let m = lex(lang, s.as_bytes());
                assert_eq!(m.len(), s.len());
            }
        }
    }
}
