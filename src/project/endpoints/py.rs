//! Python structure shared by the FastAPI, Flask and Django parsers: decorated functions with
//! their decorator calls, keyword and positional arguments, list items and parameters.

use super::ctx::{Src, py_block_end, py_decorators_start, py_header_end, re, string_lit};
use crate::lang::args::{CallArgs, call_args};
use crate::lang::lex::CODE;

/// One decorator: `@app.get("/x", dependencies=[...])` -> name `app.get` with its arguments.
#[derive(Debug, Clone)]
pub struct Decorator {
    pub pos: usize,
    pub name: String,
    pub args: Option<CallArgs>,
}

/// A `def` with its decorators.
#[derive(Debug, Clone)]
pub struct PyFn {
    pub decorators: Vec<Decorator>,
    pub def_pos: usize,
    pub name: String,
    /// Span inside the parameter parentheses.
    pub params: (usize, usize),
    pub end: usize,
    pub indent: usize,
}

/// Every function definition of a file (methods included), with its decorators.
pub fn functions(src: &Src) -> Vec<PyFn> {
    let t = &src.text;
    let mut out = Vec::new();
    for c in src.code_matches(
        re!(r"(?m)^([ \t]*)(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)[ \t]*\("),
        0,
        t.len(),
    ) {
        let (Some(m0), Some(ind), Some(name)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let open = m0.end() - 1;
        let params = call_args(t, &src.mask, open).map_or((open + 1, open + 1), |a| a.inner);
        let header_end = py_header_end(src, params.1);
        let end = py_block_end(t, header_end, ind.len());
        let start = py_decorators_start(t, m0.start());
        out.push(PyFn {
            decorators: decorators(src, start, m0.start()),
            def_pos: m0.start() + ind.len(),
            name: String::from_utf8_lossy(name.as_bytes()).into_owned(),
            params,
            end,
            indent: ind.len(),
        });
        if out.len() > 20_000 {
            break;
        }
    }
    out
}

/// Decorators in `[a, b)` (the lines above a `def` or `class`).
pub fn decorators(src: &Src, a: usize, b: usize) -> Vec<Decorator> {
    let mut out = Vec::new();
    for c in src.code_matches(re!(r"(?m)^[ \t]*@[ \t]*([A-Za-z_][\w.]*)"), a, b) {
        let (Some(m0), Some(n)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if m0.start() >= b {
            break;
        }
        let mut j = n.end();
        while j < src.text.len() && (src.text[j] == b' ' || src.text[j] == b'\t') {
            j += 1;
        }
        let args = if src.text.get(j) == Some(&b'(') && src.mask.get(j) == Some(&CODE) {
            call_args(&src.text, &src.mask, j)
        } else {
            None
        };
        out.push(Decorator {
            pos: m0.start() + m0.as_bytes().iter().position(|b| *b == b'@').unwrap_or(0),
            name: String::from_utf8_lossy(n.as_bytes()).into_owned(),
            args,
        });
    }
    out
}

/// The value span of keyword argument `name=` in a call.
pub fn kwarg(src: &Src, args: &CallArgs, name: &str) -> Option<(usize, usize)> {
    for &(s, e) in &args.args {
        let t = &src.text[s..e];
        if t.starts_with(name.as_bytes()) {
            let rest = &t[name.len()..];
            let k = rest.iter().take_while(|b| b.is_ascii_whitespace()).count();
            if rest.get(k) == Some(&b'=') && rest.get(k + 1) != Some(&b'=') {
                let vs = s + name.len() + k + 1;
                return Some(crate::lang::args::trim(&src.text, vs, e));
            }
        }
    }
    None
}

/// The `i`-th positional (non-keyword) argument.
pub fn positional(src: &Src, args: &CallArgs, i: usize) -> Option<(usize, usize)> {
    args.args
        .iter()
        .filter(|&&(s, e)| !re!(r"^[A-Za-z_]\w*\s*=[^=]").is_match(&src.text[s..e]))
        .nth(i)
        .copied()
}

/// String value of keyword `name` or positional `pos`.
pub fn str_arg(src: &Src, args: &CallArgs, name: &str, pos: Option<usize>) -> Option<String> {
    if let Some((s, e)) = kwarg(src, args, name) {
        return string_lit(src, s, e);
    }
    let (s, e) = positional(src, args, pos?)?;
    string_lit(src, s, e)
}

/// Items of a `[...]` / `(...)` list expression at `[s, e)`.
pub fn list_items(src: &Src, s: usize, e: usize) -> Vec<(usize, usize)> {
    let t = &src.text;
    let (s, e) = crate::lang::args::trim(t, s, e);
    if s >= e || !matches!(t[s], b'[' | b'(') {
        return if s < e { vec![(s, e)] } else { Vec::new() };
    }
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = s + 1;
    for i in s..e {
        if src.mask[i] != CODE {
            continue;
        }
        match t[i] {
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth == 1 {
                    start = i + 1;
                }
            }
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    let (a, b) = crate::lang::args::trim(t, start, i);
                    if a < b {
                        out.push((a, b));
                    }
                    break;
                }
            }
            b',' if depth == 1 => {
                let (a, b) = crate::lang::args::trim(t, start, i);
                if a < b {
                    out.push((a, b));
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    out
}

/// String items of a list of methods (`["GET", "POST"]`), upper-cased.
pub fn methods_list(src: &Src, s: usize, e: usize) -> Vec<String> {
    list_items(src, s, e)
        .into_iter()
        .filter_map(|(a, b)| string_lit(src, a, b))
        .map(|m| m.to_ascii_uppercase())
        .collect()
}

/// Top-level parameters of a `def` (inside the parentheses).
pub fn params(src: &Src, (s, e): (usize, usize)) -> Vec<(usize, usize)> {
    if s >= e || s == 0 {
        return Vec::new();
    }
    let mut v = list_items_raw(src, s, e);
    v.retain(|&(a, b)| {
        let t = &src.text[a..b];
        !(t == b"self" || t == b"cls" || t == b"*" || t == b"/")
    });
    v
}

fn list_items_raw(src: &Src, s: usize, e: usize) -> Vec<(usize, usize)> {
    let t = &src.text;
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = s;
    for i in s..e.min(t.len()) {
        if src.mask[i] != CODE {
            continue;
        }
        match t[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b',' if depth == 0 => {
                let (a, b) = crate::lang::args::trim(t, start, i);
                if a < b {
                    out.push((a, b));
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    let (a, b) = crate::lang::args::trim(t, start, e.min(t.len()));
    if a < b {
        out.push((a, b));
    }
    out
}

/// Names inside `Depends(x)` / `Security(x)` of a text.
pub fn depends_names(text: &[u8]) -> Vec<String> {
    re!(r"\b(?:Depends|Security)\s*\(\s*(?:dependency\s*=\s*)?([A-Za-z_][\w.]*)")
        .captures_iter(text)
        .map(|c| String::from_utf8_lossy(&c[1]).into_owned())
        .collect()
}

/// Python classes: name -> (start, end, bases text).
pub fn classes(src: &Src) -> Vec<(String, usize, usize, String)> {
    let t = &src.text;
    let mut out = Vec::new();
    for c in src.code_matches(
        re!(r"(?m)^([ \t]*)class[ \t]+([A-Za-z_]\w*)[ \t]*(\([^)]*\))?[ \t]*:"),
        0,
        t.len(),
    ) {
        let (Some(m0), Some(ind), Some(n)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let end = py_block_end(t, m0.end(), ind.len());
        let bases = c
            .get(3)
            .map(|b| {
                String::from_utf8_lossy(b.as_bytes())
                    .trim_matches(['(', ')'])
                    .to_string()
            })
            .unwrap_or_default();
        out.push((
            String::from_utf8_lossy(n.as_bytes()).into_owned(),
            m0.start() + ind.len(),
            end,
            bases,
        ));
    }
    out
}
