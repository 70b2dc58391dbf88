//! tRPC procedures (create-t3-app style): routers built with `createTRPCRouter({...})` /
//! `router({...})`, nested under the app router's keys across files, each `query` / `mutation`
//! an endpoint at `/api/trpc/<router>.<procedure>`; the procedure's base (`protectedProcedure`,
//! `adminProcedure`) resolved to the middleware it uses, `.input(schema)` as validation.

use super::Raw;
use super::ctx::{Ctx, Src, re};
use super::features::{Flags, code_flags, js_guard};
use crate::lang::args::matching_brace;
use crate::lang::lex::CODE;

struct Router {
    file: usize,
    name: String,
    /// (key, key offset, value span)
    props: Vec<(String, usize, (usize, usize))>,
}

pub fn endpoints(ctx: &Ctx) -> Vec<Raw> {
    let mut routers: Vec<Router> = Vec::new();
    for (fi, src) in ctx.files.iter().enumerate() {
        if !src.is_js() || !re!(r"trpc|TRPC").is_match(&src.text) {
            continue;
        }
        let t = &src.text;
        for c in src.code_matches(re!(r"\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]{1,80})?=\s*(?:createTRPCRouter|createRouter|router|t\s*\.\s*router|trpc\s*\.\s*router)\s*\(\s*\{"), 0, t.len()) {
            let (Some(m0), Some(n)) = (c.get(0), c.get(1)) else { continue };
            let open = m0.end() - 1;
            let close = matching_brace(t, &src.mask, open).unwrap_or(t.len());
            routers.push(Router { file: fi, name: String::from_utf8_lossy(n.as_bytes()).into_owned(), props: properties(src, open, close) });
            if routers.len() > 2000 {
                break;
            }
        }
    }
    if routers.is_empty() {
        return Vec::new();
    }
    // Which property values are other routers.
    let mut children: Vec<Vec<(String, usize)>> = vec![Vec::new(); routers.len()];
    let mut mounted = vec![false; routers.len()];
    for (ri, r) in routers.iter().enumerate() {
        let src = &ctx.files[r.file];
        for (key, _, (s, e)) in &r.props {
            let v = src.s(*s, *e).trim().to_string();
            if !re!(r"^[A-Za-z_$][\w$]*$").is_match(v.as_bytes()) {
                continue;
            }
            if let Some(ci) = router_ref(ctx, &routers, r.file, &v)
                && ci != ri
            {
                children[ri].push((key.clone(), ci));
                mounted[ci] = true;
            }
        }
    }
    let mut out = Vec::new();
    for (i, m) in mounted.iter().enumerate() {
        if !m {
            let mut stack = vec![i];
            walk(ctx, &routers, &children, i, "", &mut stack, &mut out);
        }
    }
    out
}

fn router_ref(ctx: &Ctx, routers: &[Router], file: usize, name: &str) -> Option<usize> {
    if let Some(i) = routers
        .iter()
        .position(|r| r.file == file && r.name == name)
    {
        return Some(i);
    }
    let imp = ctx.js_imports[file].iter().find(|i| i.local == name)?;
    let (f, local) = ctx.export_local(imp.target?, imp.imported.as_deref(), 0)?;
    routers.iter().position(|r| r.file == f && r.name == local)
}

fn walk(
    ctx: &Ctx,
    routers: &[Router],
    children: &[Vec<(String, usize)>],
    i: usize,
    prefix: &str,
    stack: &mut Vec<usize>,
    out: &mut Vec<Raw>,
) {
    if stack.len() > 10 || out.len() > 20_000 {
        return;
    }
    let r = &routers[i];
    let src = &ctx.files[r.file];
    for (key, kpos, (s, e)) in &r.props {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        if let Some((_, ci)) = children[i].iter().find(|(k, _)| k == key) {
            if !stack.contains(ci) {
                stack.push(*ci);
                walk(ctx, routers, children, *ci, &path, stack, out);
                stack.pop();
            }
            continue;
        }
        let text = &src.text[*s..*e];
        let method = if re!(r"\.\s*mutation\s*\(").is_match(text) {
            "POST"
        } else if re!(r"\.\s*(?:query|subscription)\s*\(").is_match(text) {
            "GET"
        } else {
            continue;
        };
        // The procedure base: `protectedProcedure`, `t.procedure`, `adminProcedure`...
        let base = re!(r"^\s*([A-Za-z_$][\w$]*(?:\s*\.\s*procedure)?)")
            .captures(text)
            .map(|c| {
                String::from_utf8_lossy(&c[1])
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<String>()
            })
            .unwrap_or_default();
        let (mut outer, chain) = if base.is_empty() || base.ends_with(".procedure") {
            (Flags::default(), Vec::new())
        } else {
            base_flags(ctx, r.file, &base)
        };
        // `.use(isAdmin)` on the procedure itself.
        outer = outer.or(code_flags(ctx, r.file, *s, *e, 1));
        // `.input(schema)` validates, unless the schema, or a field of it, takes anything
        // (`z.any()`, `z.record(z.any())`, `.passthrough()`): then nothing else in the
        // procedure's text (the `z.object(` around it) counts either.
        let any_shape = re!(
            r"\.\s*input\s*\(\s*z\s*\.\s*(?:any|unknown|record)\s*\(|\bz\s*\.\s*record\s*\(\s*(?:z\s*\.\s*string\s*\(\s*\)\s*,\s*)?z\s*\.\s*(?:any|unknown)\s*\(|\.\s*passthrough\s*\(\s*\)"
        )
        .is_match(text);
        outer.val = !any_shape && (outer.val || re!(r"\.\s*input\s*\(").is_match(text));
        let mut raw = Raw::new(
            r.file,
            src.line(*kpos),
            method,
            format!("/api/trpc/{path}"),
            "route",
            "nextjs",
        );
        raw.outer = outer;
        if outer.guard() {
            // A base named for a role whose middleware checks none (`adminProcedure =
            // protectedProcedure.use(({ ctx, next }) => next(...))`) is labelled by the base that
            // signs callers in: the name alone is no role check.
            let role_name = re!(r"(?i)admin|role|staff");
            raw.outer_via = if role_name.is_match(base.as_bytes()) && !outer.role {
                chain
                    .iter()
                    .find(|n| !role_name.is_match(n.as_bytes()))
                    .cloned()
                    .or_else(|| Some("a procedure base that checks no role".into()))
            } else {
                Some(base.clone())
            };
        }
        // The resolver passed to `.query(...)` / `.mutation(...)` is the handler.
        let resolver = re!(r"\.\s*(?:query|mutation|subscription)\s*\(")
            .find(text)
            .map_or(*s, |m| *s + m.end() - 1);
        raw.handler = Some((r.file, resolver, *e));
        raw.uses_body = re!(r"\.\s*input\s*\(").is_match(text);
        // The resolver's `input` is the request body (ids, fields) the client sent.
        if raw.uses_body {
            raw.body_alias = Some("input".to_string());
        }
        out.push(raw);
    }
}

/// The flags of a procedure base and of the bases it extends: `adminProcedure =
/// protectedProcedure.use(...)` checks the role in its own middleware and sign-in in
/// `protectedProcedure`'s.
fn base_flags(ctx: &Ctx, file: usize, base: &str) -> (Flags, Vec<String>) {
    let mut flags = js_guard(ctx, file, base, 1);
    let mut chain = Vec::new();
    let (mut f, mut name) = (file, base.to_string());
    for _ in 0..4 {
        let Some(d) = ctx.resolve(f, &name) else {
            break;
        };
        let s = &ctx.files[d.file];
        let Some(parent) = re!(r"^\s*([A-Za-z_$][\w$]*)\s*\.\s*(?:use|unstable_pipe|concat)\s*\(")
            .captures(super::ctx::sl(&s.text, d.body.0, d.body.1))
            .and_then(|c| c.get(1))
            .map(|m| String::from_utf8_lossy(m.as_bytes()).into_owned())
        else {
            break;
        };
        if parent == "t" || parent == name {
            break;
        }
        flags = flags.or(js_guard(ctx, d.file, &parent, 1));
        chain.push(parent.clone());
        (f, name) = (d.file, parent);
    }
    (flags, chain)
}

/// Top-level `key: value` properties of the object literal `{...}` at `[open, close)`.
pub(super) fn properties(
    src: &Src,
    open: usize,
    close: usize,
) -> Vec<(String, usize, (usize, usize))> {
    let t = &src.text;
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = open + 1;
    let close = close.min(t.len());
    let push = |a: usize, b: usize, out: &mut Vec<(String, usize, (usize, usize))>| {
        let (a, b) = crate::lang::args::trim(t, a, b);
        if a >= b {
            return;
        }
        let item = &t[a..b];
        if let Some(c) = re!(r#"^['"]?([A-Za-z_$][\w$-]*)['"]?\s*:"#).captures(item) {
            let Some(m0) = c.get(0) else { return };
            out.push((
                String::from_utf8_lossy(&c[1]).into_owned(),
                a,
                crate::lang::args::trim(t, a + m0.end(), b),
            ));
        } else if re!(r"^[A-Za-z_$][\w$]*$").is_match(item) {
            // Shorthand `{ post }`.
            out.push((String::from_utf8_lossy(item).into_owned(), a, (a, b)));
        } else if let Some(c) = re!(r"^(?:async\s+)?\*?\s*([A-Za-z_$][\w$]*)\s*\(").captures(item) {
            // A method: `async deleteUser(_, { id }, ctx) { ... }`.
            out.push((String::from_utf8_lossy(&c[1]).into_owned(), a, (a, b)));
        }
    };
    for (i, (&c, &m)) in t.iter().zip(&src.mask).enumerate().take(close).skip(open) {
        if m != CODE {
            continue;
        }
        match c {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b',' if depth == 1 => {
                push(start, i, &mut out);
                start = i + 1;
            }
            _ => {}
        }
        if out.len() > 2000 {
            break;
        }
    }
    push(start, close.saturating_sub(1).max(start), &mut out);
    out
}
