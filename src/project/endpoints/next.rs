//! Next.js entry points - App Router route handlers (`app/**/route.ts` exports), Pages Router API
//! routes (`pages/api/**`), server actions (`"use server"` modules and functions) and the
//! `middleware.ts` (or `proxy.ts`) guard with its `matcher` - and Supabase edge functions
//! (`supabase/functions/<name>/index.ts`).

use super::Raw;
use super::ctx::{Ctx, Src, brace_body_after_params, fn_body_from, re, string_lit};
use super::features::{Flags, code_flags};
use crate::lang::args::{call_args, matching_brace, statement};
use regex::bytes::Regex as StrRegex;

const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

pub fn endpoints(ctx: &Ctx) -> Vec<Raw> {
    let mut out = Vec::new();
    let guard = middleware(ctx);
    for (fi, src) in ctx.files.iter().enumerate() {
        if !src.is_js() {
            continue;
        }
        if let Some(route) = app_route(src.path) {
            out.extend(route_handlers(ctx, fi, &route));
        } else if let Some(route) = pages_api_route(src.path) {
            out.extend(pages_handler(ctx, fi, &route));
        } else if let Some(name) = edge_function(src.path) {
            out.extend(edge_handler(ctx, fi, &name));
        } else if let Some(route) = page_route(src.path) {
            out.extend(server_page(ctx, fi, &route));
        } else if let Some(route) = pages_page_route(src.path) {
            out.extend(gssp_page(ctx, fi, &route));
        }
        out.extend(server_actions(ctx, fi));
    }
    if let Some(g) = guard {
        for r in out.iter_mut().filter(|r| r.framework == "nextjs") {
            // A server action runs on a POST to any page with its action id (ids ship in the
            // client bundle): only a guard that lets no page through covers it.
            let covered = if r.kind == "server-action" {
                g.covers_every_page()
            } else {
                g.covers(&concrete(&r.route))
            };
            if covered {
                r.outer = r.outer.or(g.flags);
                if g.flags.guard() {
                    r.outer_via = Some(format!("{} (matcher)", g.file));
                }
            }
        }
    }
    out
}

/// `app/api/users/[id]/route.ts` -> `/api/users/[id]` (route groups, slots and private folders
/// handled). `None` if the path is not a route handler.
pub fn app_route(path: &str) -> Option<String> {
    let parts: Vec<&str> = path.split('/').collect();
    let name = *parts.last()?;
    let stem = name.rsplit_once('.').map(|(s, _)| s)?;
    if stem != "route" {
        return None;
    }
    let ext = name.rsplit('.').next()?;
    if !matches!(ext, "ts" | "js" | "tsx" | "jsx" | "mjs") {
        return None;
    }
    let app = parts.iter().position(|p| *p == "app")?;
    // `src/app`, a monorepo package root, or the project root.
    let mut segs = Vec::new();
    for p in &parts[app + 1..parts.len() - 1] {
        if p.starts_with('(') && p.ends_with(')') || p.starts_with('@') {
            continue;
        }
        if p.starts_with('_') {
            return None; // private folder
        }
        segs.push(*p);
    }
    Some(format!("/{}", segs.join("/")))
}

/// `app/(shop)/cart/page.tsx` -> `/cart`.
fn page_route(path: &str) -> Option<String> {
    let (dir, name) = path.rsplit_once('/')?;
    if !name.starts_with("page.") {
        return None;
    }
    app_route(&format!("{dir}/route.ts"))
}

/// (admin, dynamic) of a page route: under an `admin` segment, under a dynamic `[id]` segment,
/// the two kinds of page whose server-side data loading is an endpoint to check.
fn page_segments(route: &str) -> (bool, bool) {
    let admin = route
        .split('/')
        .any(|s| s == "admin" || s.starts_with("admin-"));
    let dynamic = route.split('/').any(|s| s.starts_with('['));
    (admin, dynamic)
}

/// A server-component page that reads data on the server and renders it: one under an `admin`
/// segment (`app/admin/users/page.tsx`) needs the same caller and role check as an admin API
/// route; one under a dynamic segment (`app/invoices/[id]/page.tsx`) that looks a record up by
/// the URL id needs the caller and owner checks of `GET /api/invoices/[id]`. The `layout` files
/// above it count as its guard (the usual place for the check). Client components
/// (`"use client"`) fetch through API routes, which are checked there.
fn server_page(ctx: &Ctx, fi: usize, route: &str) -> Vec<Raw> {
    let src = &ctx.files[fi];
    let t = &src.text;
    let (admin, dynamic) = page_segments(route);
    if !(admin || dynamic) || re!(r#"^\s*(?://[^\n]*\s*)*['"]use client['"]"#).is_match(t) {
        return Vec::new();
    }
    let Some(c) = src
        .code_matches(
            re!(r"\bexport\s+default\s+(?:async\s+)?function\s*(?:[A-Za-z_$][\w$]*)?\s*\("),
            0,
            t.len(),
        )
        .next()
    else {
        return Vec::new();
    };
    let Some(m0) = c.get(0) else {
        return Vec::new();
    };
    let Some(body) = brace_body_after_params(t, &src.mask, m0.end() - 1) else {
        return Vec::new();
    };
    let mut r = Raw::new(
        fi,
        src.line(m0.start()),
        "GET",
        route.to_string(),
        "page",
        "nextjs",
    );
    // The checks and data loading come before the JSX: `u.role === "ADMIN"` in the markup is
    // display logic, not a guard.
    let end = src
        .code_matches(re!(r"\breturn\s*(?:\(\s*)?<"), body.0, body.1)
        .find_map(|c| c.get(0).map(|m| m.start()))
        .unwrap_or(body.1);
    // Outside admin segments only a page that fetches a record by its URL id is an endpoint
    // (`/blog/[slug]` rendering a post, or a page with no data access, is not). Its JSX stays in
    // the span: that is where the record is used, so the lookup is not a mere existence check.
    let end = if admin {
        end
    } else if super::features::js_features(ctx, fi, m0.start(), body.1)
        .id_lookup
        .is_some()
    {
        body.1
    } else {
        return Vec::new();
    };
    r.handler = Some((fi, m0.start(), end));
    // Layouts from the page's folder up to `app/`.
    let mut dir = src.path.rsplit_once('/').map_or("", |(d, _)| d);
    loop {
        for (li, l) in ctx.files.iter().enumerate() {
            let Some((ldir, lname)) = l.path.rsplit_once('/') else {
                continue;
            };
            if ldir == dir && lname.starts_with("layout.") && l.is_js() {
                let flags = super::features::js_features(ctx, li, 0, l.text.len()).flags;
                r.outer = r.outer.or(flags);
                if flags.guard() && r.outer_via.is_none() {
                    r.outer_via = Some(l.path.to_string());
                }
            }
        }
        if dir.ends_with("/app") || dir == "app" {
            break;
        }
        match dir.rsplit_once('/') {
            Some((up, _)) => dir = up,
            None => break,
        }
    }
    vec![r]
}

/// A Pages Router page (`pages/projects/[id].tsx` -> `/projects/[id]`, `pages/admin/index.js` ->
/// `/admin`); not API routes, `_app`, `_document` or `_error`.
fn pages_page_route(path: &str) -> Option<String> {
    let parts: Vec<&str> = path.split('/').collect();
    let pages = parts.iter().position(|p| *p == "pages")?;
    if parts.get(pages + 1) == Some(&"api") || parts.len() < pages + 2 {
        return None;
    }
    let name = *parts.last()?;
    let (stem, ext) = name.rsplit_once('.')?;
    if !matches!(ext, "ts" | "js" | "tsx" | "jsx") || stem.starts_with('_') || stem.contains('.') {
        return None;
    }
    let mut segs: Vec<&str> = parts[pages + 1..parts.len() - 1].to_vec();
    if stem != "index" {
        segs.push(stem);
    }
    Some(format!("/{}", segs.join("/")))
}

/// A Pages Router page's `getServerSideProps`: server code that runs on every request to the
/// page, usually with the admin client. Like an App Router server page, it is an endpoint under
/// an `admin` segment, or when it looks a record up by the URL id (`ctx.params.id`).
fn gssp_page(ctx: &Ctx, fi: usize, route: &str) -> Vec<Raw> {
    let src = &ctx.files[fi];
    let t = &src.text;
    let (admin, dynamic) = page_segments(route);
    if !(admin || dynamic) {
        return Vec::new();
    }
    let mut found = None;
    for c in src.code_matches(
        re!(r"\bexport\s+(?:async\s+function\s+getServerSideProps\s*\(|const\s+getServerSideProps\s*(?::[^=]+)?=\s*(?:async\b)?)"),
        0,
        t.len(),
    ) {
        let Some(m0) = c.get(0) else { continue };
        let body = if m0.as_bytes().ends_with(b"(") {
            brace_body_after_params(t, &src.mask, m0.end() - 1)
        } else {
            fn_body_from(t, &src.mask, m0.end())
        };
        if let Some(body) = body {
            found = Some((m0.start(), body));
            break;
        }
    }
    let Some((start, body)) = found else {
        return Vec::new();
    };
    if !admin
        && super::features::js_features(ctx, fi, start, body.1)
            .id_lookup
            .is_none()
    {
        return Vec::new();
    }
    let mut r = Raw::new(
        fi,
        src.line(start),
        "GET",
        route.to_string(),
        "page",
        "nextjs",
    );
    r.handler = Some((fi, start, body.1));
    vec![r]
}

/// `pages/api/users/[id].ts` -> `/api/users/[id]`; `pages/api/index.ts` -> `/api`.
pub fn pages_api_route(path: &str) -> Option<String> {
    let parts: Vec<&str> = path.split('/').collect();
    let pages = parts.iter().position(|p| *p == "pages")?;
    if parts.get(pages + 1) != Some(&"api") || parts.len() < pages + 3 {
        return None;
    }
    let name = *parts.last()?;
    let (stem, ext) = name.rsplit_once('.')?;
    if !matches!(ext, "ts" | "js" | "tsx" | "jsx" | "mjs") || stem.starts_with('_') {
        return None;
    }
    let mut segs: Vec<&str> = parts[pages + 1..parts.len() - 1].to_vec();
    if stem != "index" {
        segs.push(stem);
    }
    Some(format!("/{}", segs.join("/")))
}

/// `supabase/functions/send-email/index.ts` -> `send-email`.
pub fn edge_function(path: &str) -> Option<String> {
    let parts: Vec<&str> = path.split('/').collect();
    let i = parts
        .windows(2)
        .position(|w| w == ["supabase", "functions"])?;
    if parts.len() != i + 4 {
        return None;
    }
    let name = parts[i + 2];
    let file = parts[i + 3];
    if name.starts_with('_')
        || !(file.starts_with("index.") && (file.ends_with(".ts") || file.ends_with(".js")))
    {
        return None;
    }
    Some(name.to_string())
}

/// `[id]` -> `x`, `[...slug]` -> `x/y`: a concrete path to test matchers with.
fn concrete(route: &str) -> String {
    route
        .split('/')
        .map(|s| {
            if s.starts_with("[[...") {
                "x"
            } else if s.starts_with("[...") {
                "x/y"
            } else if s.starts_with('[') {
                "x"
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn route_handlers(ctx: &Ctx, fi: usize, route: &str) -> Vec<Raw> {
    let src = &ctx.files[fi];
    let t = &src.text;
    let mut out = Vec::new();
    let mut push = |method: &str, pos: usize, handler: Option<(usize, usize, usize)>| {
        let mut r = Raw::new(
            fi,
            src.line(pos),
            method,
            route.to_string(),
            "route",
            "nextjs",
        );
        r.handler = handler;
        out.push(r);
    };
    for c in src.code_matches(re!(r"\bexport\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s*(?:<[^>(]*>)?\s*\("), 0, t.len()) {
        let Some(m0) = c.get(0) else { continue };
        let body = brace_body_after_params(t, &src.mask, m0.end() - 1).map(|(_, e)| (fi, m0.start(), e));
        push(&String::from_utf8_lossy(&c[1]), m0.start(), body);
    }
    for c in src.code_matches(
        re!(r"\bexport\s+const\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b\s*(?::[^=]+)?="),
        0,
        t.len(),
    ) {
        let Some(m0) = c.get(0) else { continue };
        let (_, e) = statement(t, &src.mask, src.lang, m0.end() - 1);
        push(
            &String::from_utf8_lossy(&c[1]),
            m0.start(),
            Some((fi, m0.start(), e)),
        );
    }
    // `export const { GET, POST } = handlers` (Auth.js) and `export { handler as GET }`.
    for c in src.code_matches(re!(r"\bexport\s+const\s*\{([^}]*)\}\s*="), 0, t.len()) {
        let Some(m0) = c.get(0) else { continue };
        let (_, e) = statement(t, &src.mask, src.lang, m0.end() - 1);
        for part in String::from_utf8_lossy(&c[1]).split(',') {
            let n = part.split(':').next_back().unwrap_or("").trim();
            if METHODS.contains(&n) {
                push(n, m0.start(), Some((fi, m0.start(), e)));
            }
        }
    }
    for c in src.code_matches(re!(r"\bexport\s*\{([^}]*)\}"), 0, t.len()) {
        let Some(m0) = c.get(0) else { continue };
        for part in String::from_utf8_lossy(&c[1]).split(',') {
            let Some((local, exported)) = part.split_once(" as ") else {
                continue;
            };
            let (local, exported) = (local.trim(), exported.trim());
            if METHODS.contains(&exported) {
                let h = ctx.resolve(fi, local).map(|d| (d.file, d.start, d.body.1));
                push(exported, m0.start(), h);
            }
        }
    }
    out
}

fn pages_handler(ctx: &Ctx, fi: usize, route: &str) -> Vec<Raw> {
    let src = &ctx.files[fi];
    let t = &src.text;
    let Some(c) = src
        .code_matches(
            re!(r"\bexport\s+default\b|\bmodule\s*\.\s*exports\s*="),
            0,
            t.len(),
        )
        .next()
    else {
        return Vec::new();
    };
    let Some(m0) = c.get(0) else {
        return Vec::new();
    };
    let (_, stmt_end) = statement(t, &src.mask, src.lang, m0.end());
    // The default export: an inline function, a named handler, or a wrapper `withAuth(handler)`.
    let rest = src.s(m0.end(), stmt_end).trim().to_string();
    let mut outer = Flags::default();
    let mut handler = Some((fi, m0.start(), stmt_end));
    if let Some(w) =
        re!(r"^([A-Za-z_$][\w$]*)\s*\(\s*([A-Za-z_$][\w$]*)\s*[,)]").captures(rest.as_bytes())
    {
        // `export default withAuth(handler)`
        let wrapper = String::from_utf8_lossy(&w[1]).into_owned();
        outer = super::features::js_guard(ctx, fi, &wrapper, 1);
        if let Some(d) = ctx.resolve(fi, &String::from_utf8_lossy(&w[2])) {
            handler = Some((d.file, d.start, d.body.1));
        }
    } else if let Some(id) = re!(r"^([A-Za-z_$][\w$]*)\s*;?\s*$").captures(rest.as_bytes()) {
        if let Some(d) = ctx.resolve(fi, &String::from_utf8_lossy(&id[1])) {
            handler = Some((d.file, d.start, d.body.1));
        }
    } else if (rest.starts_with("async function") || rest.starts_with("function"))
        && let Some(open) = rest.find('(')
    {
        let abs = m0.end()
            + src.text[m0.end()..]
                .iter()
                .position(|b| *b == b'(')
                .unwrap_or(open);
        if let Some((_, e)) = brace_body_after_params(t, &src.mask, abs) {
            handler = Some((fi, m0.start(), e));
        }
    }
    let (hf, ha, hb) = handler.unwrap_or((fi, 0, t.len()));
    let methods = methods_checked(&ctx.files[hf], ha, hb);
    // `if (req.method === 'PATCH') { ... }`: each method's endpoint is its own block, plus what
    // the handler does before the first branch (the session check every method shares).
    let branches = method_branches(&ctx.files[hf], ha, hb);
    let prologue_span = branches.iter().map(|b| b.1).min().map(|pe| (ha, pe));
    let prologue =
        prologue_span.map(|(pa, pe)| super::features::js_features(ctx, hf, pa, pe).flags);
    let mut methods = methods;
    // Code after the last method branch answers every other method (`if (req.method ===
    // "DELETE") {...}` then the read): its own endpoint when it touches data.
    let tail = branches.iter().map(|b| b.2).max().unwrap_or(hb);
    let tail_endpoint = !branches.is_empty()
        && !methods.iter().any(|m| m == "ALL")
        && super::features::touches_data(&ctx.files[hf], tail, hb);
    if tail_endpoint {
        methods.push("ALL".into());
    }
    let mut out = Vec::new();
    for m in methods {
        let mut r = Raw::new(
            fi,
            src.line(m0.start()),
            &m,
            route.to_string(),
            "api-route",
            "nextjs",
        );
        r.handler = handler;
        r.outer = outer;
        if outer.guard() {
            r.outer_via = Some("its export wrapper".into());
        }
        if let (Some(&(_, s, e)), Some(p)) = (branches.iter().find(|b| b.0 == m), prologue) {
            r.handler = Some((hf, s, e));
            r.outer = r.outer.or(p);
            r.prologue = prologue_span;
        } else if m == "ALL"
            && tail_endpoint
            && let Some(p) = prologue
        {
            r.handler = Some((hf, tail, hb));
            r.outer = r.outer.or(p);
            r.prologue = prologue_span;
        }
        out.push(r);
    }
    out
}

/// The `if (req.method === 'X') { ... }` blocks of a handler: (method, start of the `if`, end of
/// its block). A method tested twice keeps its first block.
fn method_branches(src: &Src, a: usize, b: usize) -> Vec<(String, usize, usize)> {
    let mut out: Vec<(String, usize, usize)> = Vec::new();
    let re =
        re!(r"\bif\s*\(\s*(?:req|request)\s*\.\s*method\s*===?\s*['\x22]([A-Z]+)['\x22]\s*\)\s*\{");
    for c in src.code_matches(re, a, b) {
        let (Some(m0), Some(m)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let method = String::from_utf8_lossy(m.as_bytes()).into_owned();
        if out.iter().any(|x| x.0 == method) {
            continue;
        }
        if let Some(end) = matching_brace(&src.text, &src.mask, m0.end() - 1) {
            out.push((method, m0.start(), end.min(b)));
        }
    }
    out
}

/// Methods a handler branches on (`req.method === 'POST'`, `case 'GET':`), OPTIONS preflights
/// left out; `ALL` when it branches on none.
pub(crate) fn methods_checked(src: &Src, a: usize, b: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let t = super::ctx::sl(&src.text, a, b);
    let neg = re!(r"\b(?:req|request)\s*\.\s*method\s*!==?\s*['\x22]([A-Z]+)['\x22]");
    let negs: Vec<String> = neg
        .captures_iter(t)
        .map(|c| String::from_utf8_lossy(&c[1]).into_owned())
        .filter(|m| m != "OPTIONS")
        .collect();
    if negs.len() == 1 {
        return negs;
    }
    for c in re!(r"\b(?:req|request)\s*\.\s*method\s*===?\s*['\x22]([A-Z]+)['\x22]|\bcase\s+['\x22](GET|POST|PUT|PATCH|DELETE)['\x22]").captures_iter(t) {
        let m = String::from_utf8_lossy(c.get(1).or_else(|| c.get(2)).map_or(&b""[..], |m| m.as_bytes())).into_owned();
        if METHODS.contains(&m.as_str()) && m != "OPTIONS" && !out.contains(&m) {
            out.push(m);
        }
    }
    if out.is_empty() {
        out.push("ALL".to_string());
    }
    out
}

fn edge_handler(ctx: &Ctx, fi: usize, name: &str) -> Vec<Raw> {
    let src = &ctx.files[fi];
    let t = &src.text;
    let route = format!("/functions/v1/{name}");
    let found = src
        .code_matches(
            re!(r"\bDeno\s*\.\s*serve\s*\(|\bserve\s*\(|\bexport\s+default\s*\{"),
            0,
            t.len(),
        )
        .next();
    let (line, handler) = match found.as_ref().and_then(|c| c.get(0)) {
        Some(m0) => {
            let span = if m0.as_bytes().ends_with(b"(") {
                call_args(t, &src.mask, m0.end() - 1)
                    .and_then(|a| a.args.last().copied())
                    .map(|(s, e)| {
                        match super::ctx::ident(src, s, e).and_then(|id| ctx.resolve(fi, &id)) {
                            Some(d) => (d.file, d.start, d.body.1),
                            None => (fi, s, e),
                        }
                    })
            } else {
                Some((fi, m0.start(), t.len()))
            };
            (src.line(m0.start()), span)
        }
        None => (1, Some((fi, 0, t.len()))),
    };
    let (hf, ha, hb) = handler.unwrap_or((fi, 0, t.len()));
    let methods = methods_checked(&ctx.files[hf], ha, hb);
    let mut out = Vec::new();
    for m in methods {
        let mut r = Raw::new(fi, line, &m, route.clone(), "edge-function", "supabase");
        r.handler = handler;
        out.push(r);
    }
    out
}

/// Does the file start with a `"use server"` directive?
fn use_server_module(src: &Src) -> bool {
    let t = &src.text;
    let mut i = 0;
    while i < t.len() && t[i].is_ascii_whitespace() {
        i += 1;
    }
    re!(r#"^['"]use server['"]"#).is_match(&t[i..(i + 16).min(t.len())])
}

fn server_actions(ctx: &Ctx, fi: usize) -> Vec<Raw> {
    let src = &ctx.files[fi];
    let t = &src.text;
    if !re!(r#"['"]use server['"]"#).is_match(t) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut push = |name: &str, pos: usize, span: (usize, usize), params: bool| {
        let mut r = Raw::new(
            fi,
            src.line(pos),
            "POST",
            format!("action:{name}"),
            "server-action",
            "nextjs",
        );
        r.handler = Some((fi, pos, span.1));
        r.uses_body = params;
        out.push(r);
    };
    // Parameters that carry client input worth a schema: not none, and not only typed ids and
    // flags (`deleteInvoice(id: string)`, `togglePin(id: number, pinned: boolean)`), which an
    // owner-scoped query binds as parameters.
    // A parameter checked against a constant list in the body (`STATUSES.includes(status)`)
    // is validated too.
    let has_params = |s: &str, body: &[u8]| {
        let inner = s.split_once('(').map_or("", |(_, r)| r);
        let inner = inner.split_once(')').map_or(inner, |(p, _)| p);
        if inner.trim().is_empty() {
            return false;
        }
        !inner.split(',').filter(|p| !p.trim().is_empty()).all(|p| {
            re!(r"^\s*(?:[A-Za-z_$][\w$]*\s*\??\s*:\s*(?:number|boolean|bigint)|(?:id|[A-Za-z_$][\w$]*(?:Id|_id|ID))\s*\??\s*:\s*(?:string|number))\s*$")
                .is_match(p.as_bytes())
                || re!(r"^\s*([A-Za-z_$][\w$]*)")
                    .captures(p.as_bytes())
                    .and_then(|c| c.get(1))
                    .is_some_and(|n| {
                        let name = String::from_utf8_lossy(n.as_bytes());
                        super::build_re(&format!(
                            r"\b[A-Z][A-Z0-9_]*\s*\.\s*includes\s*\(\s*{}\s*(?:as\s+[\w$]+\s*)?\)",
                            regex::escape(&name)
                        ))
                        .is_ok_and(|re| re.is_match(body))
                            || bounded_everywhere(&name, body)
                    })
        })
    };
    if use_server_module(src) {
        for c in src.code_matches(
            re!(r"\bexport\s+(?:default\s+)?async\s+function\s+([A-Za-z_$][\w$]*)\s*\("),
            0,
            t.len(),
        ) {
            let Some(m0) = c.get(0) else { continue };
            if let Some(body) = brace_body_after_params(t, &src.mask, m0.end() - 1) {
                let head = src.s(m0.start(), body.0).into_owned();
                let params = has_params(&head, src.s(body.0, body.1).as_bytes());
                push(&String::from_utf8_lossy(&c[1]), m0.start(), body, params);
            }
        }
        for c in src.code_matches(
            re!(
                r"\bexport\s+const\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:[\w.]+\s*\(\s*)?async\b"
            ),
            0,
            t.len(),
        ) {
            let Some(m0) = c.get(0) else { continue };
            if let Some(body) = fn_body_from(t, &src.mask, m0.end()) {
                let head = src.s(m0.end(), body.0).into_owned();
                let params = has_params(
                    &format!("({}", head.split_once('(').map_or("", |(_, r)| r)),
                    src.s(body.0, body.1).as_bytes(),
                );
                push(&String::from_utf8_lossy(&c[1]), m0.start(), body, params);
            }
        }
        return out;
    }
    // Inline actions: `async function save(formData) { "use server"; ... }`.
    for c in src.code_matches(re!(r#"\basync\s+function\s+([A-Za-z_$][\w$]*)\s*\(([^)]*)\)\s*(?::[^{]*)?\{\s*['"]use server['"]"#), 0, t.len()) {
        let Some(m0) = c.get(0) else { continue };
        let open = m0.start() + m0.as_bytes().iter().position(|b| *b == b'(').unwrap_or(0);
        if let Some(body) = brace_body_after_params(t, &src.mask, open) {
            push(&String::from_utf8_lossy(&c[1]), m0.start(), body, !c[2].iter().all(|b| b.is_ascii_whitespace()));
        }
    }
    for c in src.code_matches(re!(r#"\b(?:const|let)\s+([A-Za-z_$][\w$]*)\s*=\s*async\s*\(([^)]*)\)\s*(?::[^=]*)?=>\s*\{\s*['"]use server['"]"#), 0, t.len()) {
        let Some(m0) = c.get(0) else { continue };
        if let Some(body) = fn_body_from(t, &src.mask, m0.start() + m0.as_bytes().iter().position(|b| *b == b'=').unwrap_or(0) + 1) {
            push(&String::from_utf8_lossy(&c[1]), m0.start(), body, !c[2].iter().all(|b| b.is_ascii_whitespace()));
        }
    }
    out
}

/// Every use of `name` in `body` is bounded where it is read: `name.slice(0, 200)`,
/// `String(name).trim().slice(0, 80)`, `Number(name)`.
fn bounded_everywhere(name: &str, body: &[u8]) -> bool {
    let n = regex::escape(name);
    // Object keys of the same name (`{ name: name.slice(0, 200) }`) are not uses.
    let keys =
        super::build_re(&format!(r"[{{,]\s*{n}\s*:")).map_or(0, |re| re.find_iter(body).count());
    let uses = crate::rules::engine::word_positions(body, name.as_bytes())
        .count()
        .saturating_sub(keys);
    let Ok(re) = super::build_re(&format!(
        r"(?:\bString\s*\(\s*{n}\s*\)|\b{n})\s*(?:\.\s*(?:trim|toLowerCase|toUpperCase)\s*\(\s*\)\s*)*\.\s*(?:slice|substring|substr)\s*\(\s*0\s*,\s*\d+\s*\)|\b(?:Number|parseInt|parseFloat|Boolean)\s*\(\s*{n}\s*[,)]"
    )) else {
        return false;
    };
    uses > 0 && re.find_iter(body).count() == uses
}

/// The project's Next.js middleware: what it enforces and where.
struct Guard {
    file: String,
    flags: Flags,
    /// `config.matcher` patterns (empty: every path).
    matchers: Vec<Matcher>,
    /// Paths the guard lets through (`!pathname.startsWith('/login')`, public route matchers).
    exempt: Vec<Matcher>,
    /// When non-empty: the guard only acts on these paths (`isProtectedRoute(req)`).
    protected: Vec<Matcher>,
}

impl Guard {
    fn covers(&self, path: &str) -> bool {
        let in_matcher = self.matchers.is_empty() || self.matchers.iter().any(|m| m.is_match(path));
        if !in_matcher {
            return false;
        }
        if !self.protected.is_empty() && !self.protected.iter().any(|m| m.is_match(path)) {
            return false;
        }
        !self.exempt.iter().any(|m| m.is_match(path))
    }

    /// No page escapes the guard (no public paths, no protected-only list), so a server action
    /// cannot be posted through a public page.
    fn covers_every_page(&self) -> bool {
        self.exempt.is_empty() && self.protected.is_empty() && self.covers("/")
    }
}

/// A Next.js `matcher` / route-matcher pattern (path-to-regexp subset, negative lookaheads
/// turned into exclusions).
#[derive(Debug)]
pub struct Matcher {
    re: StrRegex,
    negatives: Vec<StrRegex>,
}

impl Matcher {
    pub fn new(pattern: &str, prefix_only: bool) -> Option<Matcher> {
        if pattern.len() > 400 {
            return None;
        }
        let chars: Vec<char> = pattern.chars().collect();
        let mut out = String::from("^");
        let mut negs = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '(' {
                // Find the matching `)`.
                let mut depth = 0;
                let mut j = i;
                while j < chars.len() {
                    match chars[j] {
                        '(' => depth += 1,
                        ')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                let inner: String = chars[i + 1..j.min(chars.len())].iter().collect();
                if let Some(neg) = inner.strip_prefix("?!") {
                    negs.push(format!("{out}(?:{neg})"));
                } else {
                    // Nested lookaheads inside a group: `((?!api).*)`.
                    let mut g = inner.clone();
                    while let Some(p) = g.find("(?!") {
                        let rest = &g[p + 3..];
                        let mut d = 1;
                        let mut end = rest.len();
                        for (k, ch) in rest.char_indices() {
                            match ch {
                                '(' => d += 1,
                                ')' => {
                                    d -= 1;
                                    if d == 0 {
                                        end = k;
                                        break;
                                    }
                                }
                                _ => {}
                            }
                        }
                        negs.push(format!("{out}(?:{})", &rest[..end]));
                        g = format!("{}{}", &g[..p], &rest[(end + 1).min(rest.len())..]);
                    }
                    out.push_str(&format!("(?:{g})"));
                }
                i = j + 1;
                continue;
            }
            if c == ':' {
                let mut j = i + 1;
                while j < chars.len() && (chars[j].is_ascii_alphanumeric() || chars[j] == '_') {
                    j += 1;
                }
                let had_slash = out.ends_with('/');
                if had_slash {
                    out.pop();
                }
                let seg = if chars.get(j) == Some(&'(') {
                    "(?:/.*)"
                } else {
                    "/[^/]+"
                };
                if chars.get(j) == Some(&'(') {
                    // skip the custom group
                    let mut depth = 0;
                    while j < chars.len() {
                        match chars[j] {
                            '(' => depth += 1,
                            ')' => {
                                depth -= 1;
                                if depth == 0 {
                                    j += 1;
                                    break;
                                }
                            }
                            _ => {}
                        }
                        j += 1;
                    }
                }
                let piece = match chars.get(j) {
                    Some('*') => {
                        j += 1;
                        "(?:/[^/]+)*".to_string()
                    }
                    Some('+') => {
                        j += 1;
                        "(?:/[^/]+)+".to_string()
                    }
                    Some('?') => {
                        j += 1;
                        format!("(?:{seg})?")
                    }
                    _ => seg.to_string(),
                };
                out.push_str(&piece);
                i = j;
                continue;
            }
            if c == '*' {
                out.push_str(".*");
            } else {
                out.push_str(&regex::escape(&c.to_string()));
            }
            i += 1;
        }
        if prefix_only {
            // `startsWith("/api/")` covers `/api/x`: the prefix's own trailing slash is optional.
            if out.len() > 2 && out.ends_with('/') {
                out.pop();
            }
            out.push_str("(?:/.*)?$");
        } else {
            out.push('$');
        }
        let re = super::build_re(&out).ok()?;
        let negatives = negs
            .iter()
            .filter_map(|n| super::build_re(n).ok())
            .collect();
        Some(Matcher { re, negatives })
    }

    pub fn is_match(&self, path: &str) -> bool {
        self.re.is_match(path.as_bytes())
            && !self.negatives.iter().any(|n| n.is_match(path.as_bytes()))
    }
}

fn literals_in(src: &Src, s: usize, e: usize) -> Vec<String> {
    let mut out = Vec::new();
    for c in src.code_matches(re!(r#"['"`]([^'"`\n]*)['"`]"#), s, e) {
        if c.get(0).is_some_and(|m| m.start() < e) {
            out.push(String::from_utf8_lossy(&c[1]).into_owned());
        }
    }
    // Strings are not code: match them directly.
    for c in re!(r#"['"`]([^'"`\n]*)['"`]"#).captures_iter(super::ctx::sl(&src.text, s, e)) {
        let v = String::from_utf8_lossy(&c[1]).into_owned();
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// The line holding `at` tests for a missing user (`if (!user && ...)`): a path condition there
/// marks where the guard acts.
fn rejects_anonymous_on_line(t: &[u8], at: usize) -> bool {
    let at = at.min(t.len());
    let start = t[..at]
        .iter()
        .rposition(|&x| x == b'\n')
        .map_or(0, |x| x + 1);
    let end = t[at..]
        .iter()
        .position(|&x| x == b'\n')
        .map_or(t.len(), |x| at + x);
    re!(r"!\s*(?:user|session|token|userId|auth|isLoggedIn|isAuthenticated)\b")
        .is_match(&t[start..end])
}

/// The match at `[at, end)` sits in the initialiser of a flag (`const needsAuth = ...`) that
/// the code before `b` tests together with a missing user (`needsAuth && !user`).
fn flag_tested_with_user(t: &[u8], at: usize, end: usize, b: usize) -> bool {
    let at = at.min(t.len());
    let line_start = t[..at]
        .iter()
        .rposition(|&x| x == b'\n')
        .map_or(0, |x| x + 1);
    re!(r"^\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=[^=]")
        .captures(&t[line_start..at])
        .and_then(|v| v.get(1))
        .is_some_and(|v| {
            let v = regex::escape(&String::from_utf8_lossy(v.as_bytes()));
            super::build_re(&format!(
                r"\b{v}\s*&&\s*!\s*(?:user|session|token|userId|auth)\b|!\s*(?:user|session|token|userId|auth)\b[^\n]*&&\s*{v}\b"
            ))
            .is_ok_and(|re| re.is_match(super::ctx::sl(t, end, b)))
        })
}

fn middleware(ctx: &Ctx) -> Option<Guard> {
    let fi = ctx.files.iter().position(|f| {
        let p = f.path;
        let name = p.rsplit('/').next().unwrap_or(p);
        let dir = p.rsplit_once('/').map_or("", |(d, _)| d);
        let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
        (stem == "middleware" || stem == "proxy")
            && f.is_js()
            && (dir.is_empty()
                || dir == "src"
                || dir.ends_with("/src")
                || ctx.files.iter().any(|g| {
                    g.path.starts_with(&format!("{dir}/app/"))
                        || g.path.starts_with(&format!("{dir}/pages/"))
                }))
    })?;
    let src = &ctx.files[fi];
    let t = &src.text;
    let mut flags = code_flags(ctx, fi, 0, t.len(), 1);
    if re!(r"\bexport\s*\{\s*(?:auth|default)\s+as\s+(?:middleware|proxy|default)\b|\bexport\s*\{\s*default\s*\}\s*from\s*['\x22]next-auth/middleware|\bexport\s+default\s+(?:withAuth|auth|authMiddleware|withClerkMiddleware)\b|\bauthMiddleware\s*\(").is_match(t) {
        flags.auth = super::features::AuthLevel::Guard;
    }
    if !flags.guard() && !flags.rl {
        return None;
    }
    // `export const config = { matcher: [...] }`
    let mut matchers = Vec::new();
    if let Some(c) = src
        .code_matches(re!(r"\bmatcher\s*:\s*"), 0, t.len())
        .next()
        && let Some(m0) = c.get(0)
    {
        let end = super::ctx::expr_end(t, &src.mask, m0.end());
        for lit in literals_in(src, m0.end(), end) {
            if lit.starts_with('/')
                && let Some(m) = Matcher::new(&lit, false)
            {
                matchers.push(m);
            }
        }
    }
    // Exemptions and protected-only paths, in the middleware and the functions it calls.
    let mut regions = vec![(fi, 0, t.len())];
    for c in src.code_matches(re!(r"\b([A-Za-z_$][\w$]*)\s*\("), 0, t.len()) {
        if let Some(d) = ctx.resolve(fi, &String::from_utf8_lossy(&c[1]))
            && d.file != fi
            && regions.len() < 8
        {
            regions.push((d.file, d.start, d.body.1));
        }
    }
    let mut exempt = Vec::new();
    let mut protected = Vec::new();
    let mut matcher_vars: Vec<(String, Vec<String>)> = Vec::new();
    for &(f, a, b) in &regions {
        let s = &ctx.files[f];
        for c in s.code_matches(
            re!(r"\b(?:const|let)\s+([A-Za-z_$][\w$]*)\s*=\s*createRouteMatcher\s*\(\s*\["),
            a,
            b,
        ) {
            let Some(m0) = c.get(0) else { continue };
            let end = super::ctx::expr_end(&s.text, &s.mask, m0.end() - 1);
            matcher_vars.push((
                String::from_utf8_lossy(&c[1]).into_owned(),
                literals_in(s, m0.end(), end),
            ));
        }
        for c in s.code_matches(
            re!(r"(!\s*)?(?:[\w$]+\s*\.\s*)*startsWith\s*\(\s*['\x22`]([^'\x22`]+)['\x22`]"),
            a,
            b,
        ) {
            let Some(m0) = c.get(0) else { continue };
            let p = String::from_utf8_lossy(&c[2]).into_owned();
            let negated = c.get(1).is_some();
            // `if (!user && pathname.startsWith("/dashboard"))`, or through a flag
            // (`const isProtected = pathname.startsWith("/dashboard") || ...` ...
            // `if (isProtected && !user)`).
            let with_user_check = rejects_anonymous_on_line(&s.text, m0.start())
                || flag_tested_with_user(&s.text, m0.start(), m0.end(), b);
            let m = Matcher::new(&p, true);
            if let Some(m) = m {
                if !negated && with_user_check {
                    protected.push(m);
                } else {
                    exempt.push(m);
                }
            }
        }
        for c in s.code_matches(
            re!(r"(!\s*)?\b([A-Za-z_$][\w$]*)\s*\(\s*(?:req|request)\s*\)"),
            a,
            b,
        ) {
            let name = String::from_utf8_lossy(&c[2]).into_owned();
            let Some((_, pats)) = matcher_vars.iter().find(|(n, _)| *n == name) else {
                continue;
            };
            let list = if c.get(1).is_some() {
                &mut exempt
            } else {
                &mut protected
            };
            for p in pats {
                if let Some(m) = Matcher::new(p, false) {
                    list.push(m);
                }
            }
        }
        // `const protectedPaths = ["/dashboard", "/admin"]` ... `if (!user &&
        // protectedPaths.some((p) => pathname.startsWith(p)))`: the guard acts on those prefixes
        // only (Supabase's `updateSession` template); negated, they are public paths.
        // The lists may be module constants above the function (`const PROTECTED_PREFIXES`).
        let mut path_lists: Vec<(String, Vec<String>)> = Vec::new();
        for c in s.code_matches(
            re!(r"\b(?:const|let)\s+([A-Za-z_$][\w$]*)\s*(?::[^=\n]{1,40})?=\s*\["),
            0,
            s.text.len(),
        ) {
            let Some(m0) = c.get(0) else { continue };
            let end = super::ctx::expr_end(&s.text, &s.mask, m0.end() - 1);
            let lits = literals_in(s, m0.end(), end);
            if !lits.is_empty() && lits.iter().all(|l| l.starts_with('/')) {
                path_lists.push((String::from_utf8_lossy(&c[1]).into_owned(), lits));
            }
        }
        for c in s.code_matches(
            re!(r"(!\s*)?\b([A-Za-z_$][\w$]*)\s*\.\s*(?:some|find|includes|filter)\s*\("),
            a,
            b,
        ) {
            let name = String::from_utf8_lossy(&c[2]).into_owned();
            let Some((_, pats)) = path_lists.iter().find(|(n, _)| *n == name) else {
                continue;
            };
            let Some(m0) = c.get(0) else { continue };
            // ... on the same line, or through a flag tested with the session below
            // (`const needsAuth = LIST.some(...)` ... `if (needsAuth && !session)`).
            let with_user_check = rejects_anonymous_on_line(&s.text, m0.start())
                || flag_tested_with_user(&s.text, m0.start(), m0.end(), b);
            let list = if c.get(1).is_none() && with_user_check {
                &mut protected
            } else {
                &mut exempt
            };
            for p in pats {
                if let Some(m) = Matcher::new(p, true) {
                    list.push(m);
                }
            }
        }
        // Clerk v4 `authMiddleware({ publicRoutes: [...], ignoredRoutes: [...] })`, the lists
        // inline, in a module constant (`publicRoutes: PUBLIC`) or shorthand (`{ publicRoutes }`).
        for c in s.code_matches(
            re!(r"\b(publicRoutes|ignoredRoutes)\s*(?::\s*(\[|[A-Za-z_$][\w$]*))?"),
            a,
            b,
        ) {
            let Some(m0) = c.get(0) else { continue };
            let pats = match c.get(2) {
                Some(v) if v.as_bytes() == b"[" => {
                    let end = super::ctx::expr_end(&s.text, &s.mask, m0.end() - 1);
                    literals_in(s, m0.end(), end)
                }
                other => {
                    let name =
                        String::from_utf8_lossy(other.map_or(&c[1], |m| m.as_bytes())).into_owned();
                    path_lists
                        .iter()
                        .find(|(n, _)| *n == name)
                        .map(|(_, l)| l.clone())
                        .unwrap_or_default()
                }
            };
            for p in pats {
                if let Some(m) = Matcher::new(&p, false) {
                    exempt.push(m);
                }
            }
        }
    }
    let _ = string_lit;
    Some(Guard {
        file: src.path.to_string(),
        flags,
        matchers,
        exempt,
        protected,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn app_routes_from_paths() {
        assert_eq!(
            app_route("app/api/users/[id]/route.ts"),
            Some("/api/users/[id]".into())
        );
        assert_eq!(
            app_route("src/app/(admin)/api/stats/route.js"),
            Some("/api/stats".into())
        );
        assert_eq!(app_route("apps/web/app/route.ts"), Some("/".into()));
        assert_eq!(app_route("app/_lib/route.ts"), None);
        assert_eq!(app_route("app/api/users/page.tsx"), None);
        assert_eq!(pages_api_route("pages/api/index.ts"), Some("/api".into()));
        assert_eq!(
            pages_api_route("src/pages/api/auth/[...nextauth].ts"),
            Some("/api/auth/[...nextauth]".into())
        );
        assert_eq!(pages_api_route("pages/about.tsx"), None);
        assert_eq!(
            edge_function("supabase/functions/send-email/index.ts"),
            Some("send-email".into())
        );
        assert_eq!(edge_function("supabase/functions/_shared/cors.ts"), None);
    }

    #[test]
    fn matchers() {
        let m = Matcher::new("/dashboard/:path*", false).unwrap();
        assert!(m.is_match("/dashboard"));
        assert!(m.is_match("/dashboard/a/b"));
        assert!(!m.is_match("/api/x"));
        let m = Matcher::new("/((?!api|_next/static|_next/image|favicon.ico).*)", false).unwrap();
        assert!(m.is_match("/dashboard"));
        assert!(!m.is_match("/api/users"));
        let m = Matcher::new(
            "/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg)$).*)",
            false,
        )
        .unwrap();
        assert!(m.is_match("/api/users"));
        let m = Matcher::new("/api(.*)", false).unwrap();
        assert!(m.is_match("/api/users"));
        let m = Matcher::new("/login", true).unwrap();
        assert!(m.is_match("/login/x") && m.is_match("/login") && !m.is_match("/loginx"));
        let m = Matcher::new("/api/", true).unwrap();
        assert!(m.is_match("/api/stripe/webhook") && m.is_match("/api") && !m.is_match("/apix"));
        assert!(Matcher::new("((((", false).is_none() || Matcher::new("((((", false).is_some());
    }
}
#[cfg(test)]
mod bounded_tests {
    #[test]
    fn an_argument_capped_wherever_it_is_read_is_bounded() {
        let body = b"{\n  await supabase\n    .from('documents')\n    .update({ name: name.slice(0, 200) })\n    .eq('id', documentId)\n}";
        assert!(super::bounded_everywhere("name", body));
        // One uncapped read is enough to need a schema.
        let body = b"{ await db.update({ name: name.slice(0, 200), title: name }) }";
        assert!(!super::bounded_everywhere("name", body));
        assert!(!super::bounded_everywhere("name", b"{ save(name) }"));
    }
}
