//! Express-style routing (Express apps and Routers, Hono, koa-router, Fastify shorthand): the
//! apps and routers of each file, their `use` middleware in registration order (optionally
//! scoped to a path), routers mounted under prefixes across files (`app.use('/api', router)` with
//! the router imported or required, router factories, `require('./routes')(app)`), and the routes
//! with their middleware chains and handlers.

use super::ctx::{Ctx, fn_body_from, ident, re, string_lit};
use super::features::{Flags, code_flags, expr_call_flags};
use super::{Raw, join_route};
use crate::lang::args::{CallArgs, call_args};
use crate::lang::lex::CODE;

const MAX_OBJS: usize = 2000;
const MAX_ROUTES: usize = 20_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    App,
    Router,
    /// A function parameter (`module.exports = (app) => { app.get(...) }`), mounted where the
    /// function is called with an app.
    Param,
}

#[derive(Debug, Clone)]
enum Event {
    /// `exempt`: full paths a scoped middleware skips (`.unless({ path: [...] })`).
    Use {
        pos: usize,
        path: String,
        flags: Flags,
        via: Option<String>,
        mounts: Vec<usize>,
        exempt: Vec<String>,
    },
    Route {
        pos: usize,
        method: String,
        path: String,
        flags: Flags,
        via: Option<String>,
        handler: Option<(usize, usize, usize)>,
    },
}

impl Event {
    fn pos(&self) -> usize {
        match self {
            Event::Use { pos, .. } | Event::Route { pos, .. } => *pos,
        }
    }
}

#[derive(Debug, Clone)]
struct Obj {
    file: usize,
    name: String,
    kind: Kind,
    prefix: String,
    /// Byte span of the file where `name` means this object.
    scope: (usize, usize),
    created: usize,
    events: Vec<Event>,
}

/// Every route of every Express-style app in the project.
pub fn endpoints(ctx: &Ctx) -> Vec<Raw> {
    let mut objs = find_objects(ctx);
    if objs.is_empty() {
        return Vec::new();
    }
    let aliases = imported_objects(ctx, &mut objs);
    for i in 0..objs.len() {
        let evs = events_of(ctx, &objs, i);
        objs[i].events = evs;
    }
    // A `fastify-plugin` plugin is not encapsulated: the hooks and limiters it adds apply to
    // the instance that registers it (`app.register(fp(async (app) => app.addHook(...)))`).
    let mut leaks: Vec<(usize, Event)> = Vec::new();
    for (i, o) in objs.iter().enumerate() {
        for e in &o.events {
            let Event::Use { pos, mounts, .. } = e else {
                continue;
            };
            for &m in mounts {
                if objs[m].kind != Kind::Param || !fp_wrapped(ctx, &objs, m) {
                    continue;
                }
                for c in &objs[m].events {
                    if let Event::Use {
                        flags,
                        via,
                        mounts,
                        exempt,
                        ..
                    } = c
                        && mounts.is_empty()
                    {
                        leaks.push((
                            i,
                            Event::Use {
                                pos: *pos,
                                path: String::new(),
                                flags: *flags,
                                via: via.clone(),
                                mounts: Vec::new(),
                                exempt: exempt.clone(),
                            },
                        ));
                    }
                }
            }
        }
    }
    for (i, e) in leaks {
        objs[i].events.push(e);
    }
    // Routes added to an app imported from another module run after that module's middleware.
    for (alias, target) in aliases {
        let pos = ctx.files[objs[target].file].text.len();
        objs[target].events.push(Event::Use {
            pos,
            path: String::new(),
            flags: Flags::default(),
            via: None,
            mounts: vec![alias],
            exempt: Vec::new(),
        });
    }
    param_mounts(ctx, &mut objs);
    for o in &mut objs {
        crate::sort::sort_by_key(&mut o.events, Event::pos);
    }
    let mut mounted = vec![false; objs.len()];
    for o in &objs {
        for e in &o.events {
            if let Event::Use { mounts, .. } = e {
                for &m in mounts {
                    mounted[m] = true;
                }
            }
        }
    }
    let mut out = Vec::new();
    for (i, o) in objs.iter().enumerate() {
        if !mounted[i] {
            let mut stack = vec![i];
            walk(ctx, &objs, i, &o.prefix, &[], &mut stack, &mut out);
        }
    }
    out
}

/// A middleware in force for a router's routes: its flags, label, the full-path scope it was
/// mounted at, and the full paths it skips (`.unless`).
type Cond = (Flags, Option<String>, String, Vec<String>);

fn walk(
    ctx: &Ctx,
    objs: &[Obj],
    i: usize,
    prefix: &str,
    inherited: &[Cond],
    stack: &mut Vec<usize>,
    out: &mut Vec<Raw>,
) {
    if out.len() > MAX_ROUTES || stack.len() > 12 {
        return;
    }
    let o = &objs[i];
    // Middleware registered so far on this object (scopes as full paths).
    let mut scoped: Vec<Cond> = Vec::new();
    let apply = |conds: &[&Cond], full: &str| -> (Flags, Option<String>) {
        let mut f = Flags::default();
        let mut v = None;
        for (fl, vi, scope, exempt) in conds {
            if covers(scope, full) && !exempt.iter().any(|x| covers(x, full)) {
                f = f.or(*fl);
                if fl.guard() && v.is_none() {
                    v = vi.clone();
                }
            }
        }
        (f, v)
    };
    for e in &o.events {
        match e {
            Event::Use {
                path,
                flags,
                via: v,
                mounts,
                exempt,
                ..
            } => {
                let scope = join_route(prefix, path);
                if mounts.is_empty() {
                    scoped.push((*flags, v.clone(), scope, exempt.clone()));
                    continue;
                }
                let mut child: Vec<Cond> = inherited.to_vec();
                child.extend(scoped.iter().cloned());
                child.push((*flags, v.clone(), scope.clone(), exempt.clone()));
                for &m in mounts {
                    if stack.contains(&m) {
                        continue;
                    }
                    stack.push(m);
                    let p = join_route(&scope, &objs[m].prefix);
                    walk(ctx, objs, m, &p, &child, stack, out);
                    stack.pop();
                }
            }
            Event::Route {
                pos,
                method,
                path,
                flags,
                via: v,
                handler,
            } => {
                let full = join_route(prefix, path);
                let conds: Vec<&Cond> = inherited.iter().chain(scoped.iter()).collect();
                let (sf, sv) = apply(&conds, &full);
                let src = &ctx.files[o.file];
                let mut r = Raw::new(o.file, src.line(*pos), method, full, "route", "express");
                r.outer = sf.or(*flags);
                r.outer_via = v.clone().filter(|_| flags.guard()).or(sv);
                r.handler = *handler;
                out.push(r);
            }
        }
    }
}

/// Does middleware mounted at `scope` run for `path` (segment-wise prefix)?
fn covers(scope: &str, path: &str) -> bool {
    // `/api/*` (Hono) and `/api/(.*)` scope like `/api`.
    let s = scope
        .trim_end_matches("(.*)")
        .trim_end_matches('*')
        .trim_end_matches('/');
    if s.is_empty() {
        return true;
    }
    path == s || path.starts_with(&format!("{s}/"))
}

fn find_objects(ctx: &Ctx) -> Vec<Obj> {
    let mut objs: Vec<Obj> = Vec::new();
    for (fi, src) in ctx.files.iter().enumerate() {
        if !src.is_js() || !re!(r"express|Router|Hono|[Ff]astify|koa|Elysia|\b(?:app|router|server|api|r|routes|fastify|instance)\s*\.\s*(?:get|post|put|patch|delete|all|use|route)\s*\(").is_match(&src.text) {
            continue;
        }
        let t = &src.text;
        let creation = re!(
            r"\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w.<>\[\]]+\s*)?=\s*(?:await\s+)?(?:(express\s*\(\s*\)|require\s*\(\s*['\x22]express['\x22]\s*\)\s*\(\s*\)|new\s+(?:Hono|OpenAPIHono)\b[^(\n]*\(|(?:Fastify|fastify)\s*\(|new\s+Elysia\s*\()|((?:express\s*\.\s*)?Router\s*\(|require\s*\(\s*['\x22]express['\x22]\s*\)\s*\.\s*Router\s*\(|new\s+(?:KoaRouter|Router)\s*\())"
        );
        let mut here: Vec<Obj> = Vec::new();
        for c in src.code_matches(creation, 0, t.len()) {
            let (Some(m0), Some(name)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let kind = if c.get(2).is_some() {
                Kind::App
            } else {
                Kind::Router
            };
            let name = String::from_utf8_lossy(name.as_bytes()).into_owned();
            // koa-router `new Router({ prefix: '/api' })`, Hono `.basePath('/api')`.
            let mut prefix = String::new();
            let open = m0.end() - 1;
            if let Some(args) = call_args(t, &src.mask, open) {
                let inner = &t[args.inner.0..args.inner.1];
                if let Some(p) = re!(r"prefix\s*:\s*['\x22]([^'\x22]*)['\x22]").captures(inner) {
                    prefix = String::from_utf8_lossy(&p[1]).into_owned();
                }
                let after = &t[args.inner.1..(args.inner.1 + 80).min(t.len())];
                if let Some(p) =
                    re!(r"^\)\s*\.\s*basePath\s*\(\s*['\x22]([^'\x22]*)['\x22]").captures(after)
                {
                    prefix = String::from_utf8_lossy(&p[1]).into_owned();
                }
            }
            here.push(Obj {
                file: fi,
                name,
                kind,
                prefix,
                scope: (m0.start(), t.len()),
                created: m0.start(),
                events: Vec::new(),
            });
        }
        // A later object with the same name ends the scope of the earlier one.
        for k in 0..here.len() {
            if let Some(next) = here[k + 1..]
                .iter()
                .find(|o| o.name == here[k].name)
                .map(|o| o.created)
            {
                here[k].scope.1 = next;
            }
            // Objects created inside a function (router factories) are local to it.
            if let Some(d) = enclosing_fn(ctx, fi, here[k].created) {
                here[k].scope = (d.0, d.1.min(here[k].scope.1));
            }
        }
        // Parameters used as apps: `module.exports = (app) => { app.get('/x', h) }`.
        let known: Vec<String> = here.iter().map(|o| o.name.clone()).collect();
        // Fastify plugin instances named freely: `app.register(async (pub) => ...)`,
        // `async function routes(server: FastifyInstance)`.
        let mut instance_names: Vec<Vec<u8>> = Vec::new();
        for c in src
            .code_matches(
                re!(r"\bregister\s*\(\s*(?:async\s+)?(?:function\s*[\w$]*\s*)?\(\s*([A-Za-z_$][\w$]*)|\b([A-Za-z_$][\w$]*)\s*:\s*FastifyInstance\b"),
                0,
                t.len(),
            )
            .take(32)
        {
            if let Some(n) = c.get(1).or_else(|| c.get(2)) {
                instance_names.push(n.as_bytes().to_vec());
            }
        }
        let mut attempts = 0;
        for c in src.code_matches(re!(r"\b([A-Za-z_$][\w$]*)\s*\.\s*(?:(?:get|post|put|patch|delete|all|use|route)\s*(?:<(?:[^<>;()]|<[^<>;()]*>){1,300}>\s*)?\(\s*['\x22`/]|register\s*\(|addHook\s*\()"), 0, t.len()) {
            let (Some(m0), Some(n)) = (c.get(0), c.get(1)) else { continue };
            let name = String::from_utf8_lossy(n.as_bytes()).into_owned();
            if known.contains(&name) || here.iter().any(|o| o.name == name && o.scope.0 <= m0.start() && m0.start() < o.scope.1) {
                continue;
            }
            if !matches!(name.as_str(), "app" | "router" | "server" | "api" | "r" | "routes" | "fastify" | "instance")
                && !instance_names.iter().any(|n| n.as_slice() == name.as_bytes())
            {
                continue;
            }
            // Each attempt walks back through the file: bounded.
            attempts += 1;
            if attempts > 64 {
                break;
            }
            if let Some(scope) = param_scope(ctx, fi, &name, m0.start())
                && !here.iter().any(|o| o.name == name && o.scope == scope) {
                    here.push(Obj { file: fi, name, kind: Kind::Param, prefix: String::new(), scope, created: scope.0, events: Vec::new() });
                }
        }
        objs.extend(here);
        if objs.len() > MAX_OBJS {
            break;
        }
    }
    objs
}

/// Apps and routers used in a file that imports them from the module creating them
/// (`const app = require('./app'); app.get(...)`): an alias object per file, mounted into the
/// original. Returns (alias, original) pairs.
fn imported_objects(ctx: &Ctx, objs: &mut Vec<Obj>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (fi, src) in ctx.files.iter().enumerate() {
        if !src.is_js() {
            continue;
        }
        for imp in &ctx.js_imports[fi] {
            let Some(t) = imp.target.filter(|&t| t != fi) else {
                continue;
            };
            if imp.imported.as_deref() == Some("*")
                || objs.iter().any(|o| o.file == fi && o.name == imp.local)
            {
                continue;
            }
            let Some((f, local)) = ctx.export_local(t, imp.imported.as_deref(), 0) else {
                continue;
            };
            let Some(target) = objs
                .iter()
                .position(|o| o.file == f && o.name == local && o.kind != Kind::Param)
            else {
                continue;
            };
            let pat = format!(
                r"\b{}\s*\.\s*(?:get|post|put|patch|delete|all|use|route)\s*\(",
                regex::escape(&imp.local)
            );
            if !super::build_re(&pat).is_ok_and(|r| r.is_match(&src.text)) {
                continue;
            }
            let kind = objs[target].kind;
            objs.push(Obj {
                file: fi,
                name: imp.local.clone(),
                kind,
                prefix: String::new(),
                scope: (0, src.text.len()),
                created: 0,
                events: Vec::new(),
            });
            out.push((objs.len() - 1, target));
            if objs.len() > MAX_OBJS {
                return out;
            }
        }
    }
    out
}

/// The function body enclosing `pos`, if `pos` is inside a function (not at module level).
fn enclosing_fn(ctx: &Ctx, file: usize, pos: usize) -> Option<(usize, usize)> {
    let src = &ctx.files[file];
    let (a, b) = src.function_span(pos);
    if a == 0 && b == src.text.len() {
        return None;
    }
    Some((a, b))
}

/// The body of the function whose parameter list names `name`, around `pos` (at most 8
/// enclosing functions are looked at).
fn param_scope(ctx: &Ctx, file: usize, name: &str, pos: usize) -> Option<(usize, usize)> {
    let src = &ctx.files[file];
    let pat = format!(
        r"[(,]\s*{}\s*(?::\s*[\w.<>]+\s*)?[,)=]|^\s*(?:async\s+)?{}\s*=>",
        regex::escape(name),
        regex::escape(name)
    );
    let re = super::build_re(&pat).ok()?;
    let mut at = pos;
    for _ in 0..8 {
        let (a, b) = enclosing_fn(ctx, file, at)?;
        let header_end = src.text[a..b]
            .iter()
            .position(|&c| c == b'{')
            .map_or(a, |p| a + p);
        if re.is_match(&src.text[a..header_end]) {
            return Some((a, b));
        }
        if a == 0 || a >= at {
            return None;
        }
        at = a - 1;
    }
    None
}

fn obj_at(objs: &[Obj], file: usize, name: &str, pos: usize) -> Option<usize> {
    objs.iter()
        .position(|o| o.file == file && o.name == name && o.scope.0 <= pos && pos < o.scope.1)
}

/// The router/app an expression used in `use(...)` of file `file` refers to.
fn router_ref(ctx: &Ctx, objs: &[Obj], file: usize, s: usize, e: usize) -> Option<usize> {
    let src = &ctx.files[file];
    let text = src.s(s, e).trim().to_string();
    if let Some(id) = ident(src, s, e) {
        if let Some(o) = obj_at(objs, file, &id, s) {
            return Some(o);
        }
        return imported_router(ctx, objs, file, &id);
    }
    // `require('./routes/users')` or `require('./x')(deps)` / `makeRouter(deps)`.
    if let Some(c) =
        re!(r"^require\s*\(\s*['\x22]([^'\x22\n]+)['\x22]\s*\)").captures(text.as_bytes())
    {
        let target = ctx.resolve_js_spec(file, &String::from_utf8_lossy(&c[1]))?;
        let (f, local) = ctx.export_local(target, None, 0)?;
        return router_named(ctx, objs, f, &local);
    }
    if let Some(c) = re!(r"^([A-Za-z_$][\w$]*)\s*\(").captures(text.as_bytes()) {
        let callee = String::from_utf8_lossy(&c[1]).into_owned();
        return imported_router(ctx, objs, file, &callee)
            .or_else(|| router_named(ctx, objs, file, &callee));
    }
    None
}

fn imported_router(ctx: &Ctx, objs: &[Obj], file: usize, name: &str) -> Option<usize> {
    let imp = ctx.js_imports[file].iter().find(|i| i.local == name)?;
    let target = imp.target?;
    let (f, local) = ctx.export_local(target, imp.imported.as_deref(), 0)?;
    router_named(ctx, objs, f, &local)
}

/// The object `local` of file `f`: a router variable, or the router created inside the factory
/// function `local`.
fn router_named(ctx: &Ctx, objs: &[Obj], f: usize, local: &str) -> Option<usize> {
    if let Some(o) = objs
        .iter()
        .position(|o| o.file == f && o.name == local && o.kind != Kind::Param)
    {
        return Some(o);
    }
    let d = ctx.def_in(f, local)?;
    objs.iter().position(|o| {
        o.file == f && o.kind != Kind::Param && o.created >= d.start && o.created < d.body.1
    })
}

fn method_of(m: &str) -> Option<&'static str> {
    Some(match m {
        "get" => "GET",
        "post" => "POST",
        "put" => "PUT",
        "patch" => "PATCH",
        "delete" | "del" => "DELETE",
        "all" => "ALL",
        "options" => "OPTIONS",
        "head" => "HEAD",
        _ => return None,
    })
}

fn events_of(ctx: &Ctx, objs: &[Obj], i: usize) -> Vec<Event> {
    let o = &objs[i];
    let src = &ctx.files[o.file];
    let t = &src.text;
    let mut out = Vec::new();
    // `app.get<{ Params: { id: string } }>('/:id', ...)`: typed Fastify routes.
    let pat = re!(
        r"\b([A-Za-z_$][\w$]*)\s*\.\s*(get|post|put|patch|delete|del|all|options|head|use|route|register|addHook)\s*(?:<(?:[^<>;()]|<[^<>;()]*>){1,300}>\s*)?\("
    );
    for c in src.code_matches(pat, o.scope.0, o.scope.1) {
        let (Some(m0), Some(n), Some(meth)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        if m0.start() >= o.scope.1 || out.len() > MAX_ROUTES {
            break;
        }
        if n.as_bytes() != o.name.as_bytes() || obj_at(objs, o.file, &o.name, m0.start()) != Some(i)
        {
            continue;
        }
        let Some(args) = call_args(t, &src.mask, m0.end() - 1) else {
            continue;
        };
        let meth = String::from_utf8_lossy(meth.as_bytes()).into_owned();
        match meth.as_str() {
            "use" => out.extend(use_event(ctx, objs, o.file, m0.start(), &args)),
            "register" => out.extend(register_event(ctx, objs, o, m0.start(), &args)),
            "addHook" => out.extend(hook_event(ctx, o, &args)),
            "route" => {
                if args.args.len() >= 2 {
                    // Hono: `app.route('/api', sub)`.
                    let path = paths_of(ctx, o.file, args.args[0])
                        .into_iter()
                        .next()
                        .unwrap_or_default();
                    let (s, e) = args.args[1];
                    if let Some(m) = router_ref(ctx, objs, o.file, s, e) {
                        out.push(Event::Use {
                            pos: m0.start(),
                            path,
                            flags: Flags::default(),
                            via: None,
                            mounts: vec![m],
                            exempt: Vec::new(),
                        });
                    }
                    continue;
                }
                let Some(&first) = args.args.first() else {
                    continue;
                };
                let paths = paths_of(ctx, o.file, first);
                // `.route('/x').get(h).post(mw, h)`
                let mut end = args.inner.1 + 1;
                for _ in 0..12 {
                    let Some(c2) =
                        re!(r"^\s*\.\s*(get|post|put|patch|delete|del|all|options|head)\s*\(")
                            .captures(&t[end.min(t.len())..])
                    else {
                        break;
                    };
                    let Some(m2) = c2.get(0) else { break };
                    let open = end + m2.end() - 1;
                    let Some(a2) = call_args(t, &src.mask, open) else {
                        break;
                    };
                    let method = method_of(&String::from_utf8_lossy(&c2[1])).unwrap_or("ALL");
                    let pos = end
                        + m2.start()
                        + (m2.as_bytes().iter().position(|b| *b == b'.').unwrap_or(0));
                    for p in &paths {
                        out.push(route_event(
                            ctx,
                            objs,
                            o.file,
                            pos,
                            method,
                            p.clone(),
                            &a2.args,
                        ));
                    }
                    end = a2.inner.1 + 1;
                }
            }
            m => {
                let Some(method) = method_of(m) else { continue };
                if args.args.len() < 2 {
                    continue; // `app.get('port')`
                }
                let paths = paths_of(ctx, o.file, args.args[0]);
                if paths.is_empty() {
                    continue;
                }
                for p in paths {
                    out.push(route_event(
                        ctx,
                        objs,
                        o.file,
                        m0.start(),
                        method,
                        p,
                        &args.args[1..],
                    ));
                }
            }
        }
    }
    out
}

/// The path(s) of a route argument: a literal, an array of literals, a constant, or the raw text.
fn paths_of(ctx: &Ctx, file: usize, (s, e): (usize, usize)) -> Vec<String> {
    let src = &ctx.files[file];
    if let Some(p) = string_lit(src, s, e) {
        return vec![p];
    }
    let text = src.s(s, e).trim().to_string();
    if text.starts_with('[') {
        let open = s + src.text[s..e].iter().position(|b| *b == b'[').unwrap_or(0);
        let items = split_top(src, open, e);
        let v: Vec<String> = items
            .iter()
            .filter_map(|&(a, b)| string_lit(src, a, b))
            .collect();
        if !v.is_empty() {
            return v;
        }
    }
    if let Some(id) = ident(src, s, e)
        && let Some(d) = ctx.resolve(file, &id)
    {
        let ds = &ctx.files[d.file];
        if let Some(p) = string_lit(ds, d.body.0 + 1, d.body.1) {
            return vec![p];
        }
    }
    if text.starts_with('/') || text.starts_with('`') {
        return vec![text.trim_matches('`').to_string()];
    }
    // A function as first argument: not a path (`app.use(fn)` is handled elsewhere).
    Vec::new()
}

/// Top-level items of the bracketed list starting at `open` (`[` or `(`).
fn split_top(src: &super::ctx::Src, open: usize, limit: usize) -> Vec<(usize, usize)> {
    let t = &src.text;
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = open + 1;
    let end = limit.min(t.len());
    let mut i = open;
    while i < end {
        if src.mask[i] == CODE {
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
                        return out;
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
        i += 1;
    }
    out
}

fn is_inline_fn(text: &str) -> bool {
    let t = text.trim_start();
    re!(r"^(?:async\s*(?:\(|function\b|[A-Za-z_$][\w$]*\s*=>)|async\s+|function\b)")
        .is_match(t.as_bytes())
        || re!(r"^\([^)]*\)\s*(?::[^=]*)?=>|^[A-Za-z_$][\w$]*\s*=>").is_match(t.as_bytes())
}

/// Flags of one middleware expression (with a label for messages).
fn mw_flags(ctx: &Ctx, file: usize, span: (usize, usize)) -> (Flags, Option<String>) {
    mw_flags_depth(ctx, file, span, 0)
}

fn mw_flags_depth(
    ctx: &Ctx,
    file: usize,
    (s, e): (usize, usize),
    depth: usize,
) -> (Flags, Option<String>) {
    let src = &ctx.files[file];
    let text = src.s(s, e).trim().to_string();
    let label = Some(text.chars().take(60).collect::<String>());
    // `router.use(...requireStaff)` / `router.use(requireStaff)` with
    // `export const requireStaff = [protect, withUser]`: the array's middlewares.
    let name = text.strip_prefix("...").unwrap_or(&text).trim();
    if depth < 4
        && re!(r"^[A-Za-z_$][\w$]*$").is_match(name.as_bytes())
        && let Some(d) = ctx.resolve(file, name)
        && d.kind == super::ctx::DefKind::Value
    {
        let ds = &ctx.files[d.file];
        let (bs, be) = crate::lang::args::trim(&ds.text, d.body.0, d.body.1);
        let bs = bs
            + ds.text[bs..be]
                .iter()
                .position(|c| *c == b'=')
                .map_or(0, |p| p + 1);
        let (bs, be) = crate::lang::args::trim(&ds.text, bs, be);
        if ds.text.get(bs) == Some(&b'[')
            && let Some(close) = crate::lang::args::matching(&ds.text, &ds.mask, bs, be)
        {
            // The label is the member that guards, not the array's name: `requireStaff` that
            // only holds `requireAuth()` checks no role.
            return mw_flags_depth(ctx, d.file, (bs, close + 1), depth + 1);
        }
    }
    if text.starts_with('[') {
        let mut f = Flags::default();
        let mut via = None;
        for item in split_top(src, s, e) {
            let (g, l) = mw_flags_depth(ctx, file, item, depth + 1);
            if g.guard() && via.is_none() {
                via = l;
            }
            f = f.or(g);
        }
        return (f, via);
    }
    if is_inline_fn(&text) {
        return (
            code_flags(ctx, file, s, e, 1),
            Some("an inline middleware".into()),
        );
    }
    if text.starts_with('{') {
        // Fastify route options: `{ preHandler: [auth], schema: {...} }`.
        let mut f = Flags {
            val: text.contains("schema"),
            // `config: { rateLimit: { max: 5 } }` (@fastify/rate-limit per route).
            rl: re!(r"\brateLimit\s*:\s*\{").is_match(text.as_bytes()),
            ..Flags::default()
        };
        for c in re!(
            r"(?:preHandler|onRequest|preValidation|beforeHandler)\s*:\s*\[?\s*([A-Za-z_$][\w$.]*)"
        )
        .captures_iter(text.as_bytes())
        {
            f = f.or(expr_call_flags(
                ctx,
                file,
                &String::from_utf8_lossy(&c[1]),
                1,
            ));
        }
        // Every named hook of a list (`onRequest: [fastify.authenticate, requireAdmin]`)...
        for c in
            re!(r"(?:preHandler|onRequest|preValidation|beforeHandler)\s*:\s*\[([^\[\](){}]*)\]")
                .captures_iter(text.as_bytes())
        {
            for item in c[1].split(|b| *b == b',').map(|x| x.trim_ascii()).skip(1) {
                if re!(r"^[A-Za-z_$][\w$.]*$").is_match(item) {
                    f = f.or(expr_call_flags(
                        ctx,
                        file,
                        &String::from_utf8_lossy(item),
                        1,
                    ));
                }
            }
        }
        // ...and inline hooks (`async (request, reply) => { if (request.user.role !== 'admin')
        // return reply.code(403).send(...) }`): the options object's code is the guard's.
        if re!(r"(?:preHandler|onRequest|preValidation|beforeHandler)\s*:\s*(?:\[[^\]]*?)?(?:=>|\bfunction\b)")
            .is_match(text.as_bytes())
        {
            f = f.or(code_flags(ctx, file, s, e, 1));
        }
        return (f, label);
    }
    // A guard factory called with the roles it admits (`requireRole('admin')`,
    // `authorize(['admin'])`): a role check, whatever its body resolves to.
    let mut f = expr_call_flags(ctx, file, &text, 1);
    f.role |= super::features::js_role_check().is_match(text.as_bytes())
        || re!(r#"^[A-Za-z_$][\w$.]*\s*\(\s*\[?\s*['"](?:admin|superadmin|super_admin|owner|staff|moderator)['"]"#)
            .is_match(text.as_bytes());
    (f, label)
}

fn route_event(
    ctx: &Ctx,
    objs: &[Obj],
    file: usize,
    pos: usize,
    method: &str,
    path: String,
    rest: &[(usize, usize)],
) -> Event {
    let _ = objs;
    let src = &ctx.files[file];
    let mut flags = Flags::default();
    let mut via = None;
    let (handler_arg, mws) = match rest.split_last() {
        Some((h, m)) => (Some(*h), m),
        None => (None, &[][..]),
    };
    for &m in mws {
        let (f, l) = mw_flags(ctx, file, m);
        if f.guard() && via.is_none() {
            via = l;
        }
        flags = flags.or(f);
    }
    let handler = handler_arg.and_then(|(s, e)| handler_span(ctx, file, s, e));
    // A wrapper around the handler (`withAuth(handler)`, `asyncHandler(fn)`): its own flags.
    if let Some((s, e)) = handler_arg {
        let text = src.s(s, e).to_string();
        if !is_inline_fn(&text) && text.contains('(') {
            let (f, l) = mw_flags(ctx, file, (s, s + text.find('(').unwrap_or(text.len())));
            if f.guard() && via.is_none() {
                via = l;
            }
            flags = flags.or(f);
        }
    }
    Event::Route {
        pos,
        method: method.to_string(),
        path,
        flags,
        via,
        handler,
    }
}

/// The handler body of a route's last argument: an inline function, a wrapped inline function,
/// or a named function / controller method resolved to its definition.
fn handler_span(ctx: &Ctx, file: usize, s: usize, e: usize) -> Option<(usize, usize, usize)> {
    let src = &ctx.files[file];
    let text = src.s(s, e).to_string();
    if is_inline_fn(&text) {
        return Some((file, s, e));
    }
    if let Some(id) = ident(src, s, e) {
        let d = ctx.resolve(file, &id)?;
        return Some((d.file, d.start, d.body.1));
    }
    // `wrap(fn)` / `wrap(async (req, res) => {...})`
    let open = s + src.text[s..e].iter().position(|b| *b == b'(')?;
    let args: CallArgs = call_args(&src.text, &src.mask, open)?;
    let &(a, b) = args.args.last()?;
    if is_inline_fn(&src.s(a, b)) {
        return fn_body_from(&src.text, &src.mask, a).map(|_| (file, a, b));
    }
    handler_span(ctx, file, a, b)
}

/// Fastify `app.register(plugin, { prefix: '/api' })`: the plugin's routes mounted under the
/// prefix (a plugin is a function whose parameter is the instance: inline, local, imported, or
/// wrapped in `fastify-plugin`). `@fastify/autoload` mounts every plugin in the folder it names,
/// each under its sub-folder's path. `@fastify/rate-limit` registered without `global: false`
/// limits every route of the instance.
fn register_event(ctx: &Ctx, objs: &[Obj], o: &Obj, pos: usize, args: &CallArgs) -> Vec<Event> {
    let src = &ctx.files[o.file];
    let Some(&(s, e)) = args.args.first() else {
        return Vec::new();
    };
    let opts = args
        .args
        .get(1)
        .map_or(String::new(), |&(a, b)| src.s(a, b).into_owned());
    let opts = opts.as_str();
    let prefix = re!(r#"\bprefix\s*:\s*['"`]([^'"`\n]*)['"`]"#)
        .captures(opts.as_bytes())
        .map(|c| String::from_utf8_lossy(&c[1]).into_owned())
        .unwrap_or_default();
    let first = src.s(s, e);
    let first = first.trim();
    let package = ident(src, s, e).and_then(|id| import_spec(src, &id));
    let package = package.or_else(|| {
        re!(r#"^(?:await\s+)?(?:require|import)\s*\(\s*['"]([^'"\n]+)['"]"#)
            .captures(first.as_bytes())
            .map(|c| String::from_utf8_lossy(&c[1]).into_owned())
    });
    if let Some(pkg) = &package {
        if pkg == "@fastify/rate-limit" || pkg == "fastify-rate-limit" {
            if re!(r"\bglobal\s*:\s*false\b").is_match(opts.as_bytes()) {
                return Vec::new();
            }
            return vec![Event::Use {
                pos,
                path: String::new(),
                flags: Flags {
                    rl: true,
                    ..Flags::default()
                },
                via: None,
                mounts: Vec::new(),
                exempt: Vec::new(),
            }];
        }
        if pkg == "@fastify/autoload" || pkg == "fastify-autoload" {
            return autoload_events(ctx, objs, o, pos, opts);
        }
        if !pkg.starts_with('.') {
            return Vec::new();
        }
    }
    let mounts = plugin_objects(ctx, objs, o.file, s, e);
    if mounts.is_empty() {
        return Vec::new();
    }
    vec![Event::Use {
        pos,
        path: prefix,
        flags: Flags::default(),
        via: None,
        mounts,
        exempt: Vec::new(),
    }]
}

/// Is the plugin whose instance parameter is `objs[m]` wrapped in `fastify-plugin` (the only
/// plugin of a file that imports it and calls `fp(` / `fastifyPlugin(`)?
fn fp_wrapped(ctx: &Ctx, objs: &[Obj], m: usize) -> bool {
    let f = objs[m].file;
    let src = &ctx.files[f];
    re!(r#"['"]fastify-plugin['"]"#).is_match(&src.text)
        && src.has(
            re!(r"\b(?:fp|fastifyPlugin|plugin)\s*\("),
            0,
            src.text.len(),
        )
        && objs
            .iter()
            .filter(|o| o.file == f && o.kind == Kind::Param)
            .count()
            == 1
}

/// The module specifier `local` was imported from (`import rateLimit from '@fastify/rate-limit'`,
/// `const autoload = require('@fastify/autoload')`).
fn import_spec(src: &super::ctx::Src, local: &str) -> Option<String> {
    let pat = format!(
        r#"\bimport\s+(?:\*\s+as\s+)?{0}\b[^;\n]*?\bfrom\s*['"]([^'"\n]+)['"]|\b(?:const|let|var)\s+{0}\s*=\s*(?:await\s+)?(?:require|import)\s*\(\s*['"]([^'"\n]+)['"]"#,
        regex::escape(local)
    );
    let re = super::build_re(&pat).ok()?;
    let c = re.captures(&src.text)?;
    let m = c.get(1).or_else(|| c.get(2))?;
    Some(String::from_utf8_lossy(m.as_bytes()).into_owned())
}

/// The instance parameters of the plugin an expression names: an inline function, a function
/// defined here or imported (default or named), `fp(...)`-wrapped, or `import('./x')`.
fn plugin_objects(ctx: &Ctx, objs: &[Obj], file: usize, s: usize, e: usize) -> Vec<usize> {
    let src = &ctx.files[file];
    let params_in = |f: usize, a: usize, b: usize| -> Vec<usize> {
        (0..objs.len())
            .filter(|&k| {
                let p = &objs[k];
                // (A parameter's scope is its function, which may start a little before the
                // definition's own span: its end decides.)
                p.kind == Kind::Param && p.file == f && p.scope.1 > a && p.scope.1 <= b
            })
            .take(1)
            .collect()
    };
    // Inline: `app.register(async (api) => { ... }, { prefix })`, `fp(async (app) => ...)`.
    let inline = params_in(file, s, e);
    if !inline.is_empty() {
        return inline;
    }
    let text = src.s(s, e);
    let text = text.trim();
    // `fp(routes)`, `fastifyPlugin(routes, { name })`: the wrapped function.
    if let Some(c) =
        re!(r"^[A-Za-z_$][\w$]*\s*\(\s*([A-Za-z_$][\w$]*)\s*[,)]").captures(text.as_bytes())
        && let Some(def) = ctx.resolve(file, &String::from_utf8_lossy(&c[1]))
    {
        return params_in(def.file, def.start, def.body.1.max(def.start + 1));
    }
    if let Some(c) = re!(r#"^(?:await\s+)?(?:require|import)\s*\(\s*['"]([^'"\n]+)['"]\s*\)"#)
        .captures(text.as_bytes())
    {
        let Some(t) = ctx.resolve_js_spec(file, &String::from_utf8_lossy(&c[1])) else {
            return Vec::new();
        };
        return default_plugin(ctx, t, &params_in);
    }
    let Some(id) = ident(src, s, e) else {
        return Vec::new();
    };
    if let Some(def) = ctx.resolve(file, &id) {
        let inside = params_in(def.file, def.start, def.body.1.max(def.start + 1));
        if !inside.is_empty() {
            return inside;
        }
        // `const routes = fp(async (app) => ...)` resolved to the value: its text holds it.
    }
    // An imported default that is not a named definition (`export default fp(async (app) => ...)`).
    if let Some(imp) = ctx.js_imports[file].iter().find(|i| i.local == id)
        && let Some(t) = imp.target
    {
        if imp.imported.is_none() {
            return default_plugin(ctx, t, &params_in);
        }
        if let Some(def) = ctx.export_def(t, imp.imported.as_deref(), 0) {
            return params_in(def.file, def.start, def.body.1.max(def.start + 1));
        }
    }
    Vec::new()
}

/// The plugin a module exports by default: the instance parameter inside the default export
/// (`export default async function (app)`, `export default fp(async (app) => ...)`,
/// `module.exports = async (fastify) => ...`).
fn default_plugin(
    ctx: &Ctx,
    t: usize,
    params_in: &dyn Fn(usize, usize, usize) -> Vec<usize>,
) -> Vec<usize> {
    if let Some(def) = ctx.export_def(t, None, 0) {
        let v = params_in(def.file, def.start, def.body.1.max(def.start + 1));
        if !v.is_empty() {
            return v;
        }
    }
    let src = &ctx.files[t];
    let Some(at) = src
        .code_matches(
            re!(r"\bexport\s+default\b|\bmodule\s*\.\s*exports\s*="),
            0,
            src.text.len(),
        )
        .next()
        .and_then(|c| c.get(0).map(|m| m.start()))
    else {
        return Vec::new();
    };
    params_in(t, at, src.text.len())
}

/// `app.register(autoload, { dir: path.join(__dirname, 'routes') })`: every plugin in the files
/// under that folder, mounted under its sub-folder (`routes/users/index.ts` serves `/users`).
fn autoload_events(ctx: &Ctx, objs: &[Obj], o: &Obj, pos: usize, opts: &str) -> Vec<Event> {
    let Some(dir) = re!(r#"\bdir\s*:[^}\n]*?['"`]([\w./-]+)['"`]\s*\)?\s*(?:[,}\n]|$)"#)
        .captures(opts.as_bytes())
        .map(|c| {
            String::from_utf8_lossy(&c[1])
                .trim_matches('/')
                .trim_start_matches("./")
                .to_string()
        })
    else {
        return Vec::new();
    };
    let here = &ctx.files[o.file].path;
    let base = here.rsplit_once('/').map_or("", |(d, _)| d);
    let root = if base.is_empty() {
        format!("{dir}/")
    } else {
        format!("{base}/{dir}/")
    };
    let mut out = Vec::new();
    for (k, p) in objs.iter().enumerate() {
        if p.kind != Kind::Param || p.file == o.file {
            continue;
        }
        let Some(rel) = ctx.files[p.file].path.strip_prefix(&root) else {
            continue;
        };
        let folder = rel.rsplit_once('/').map_or("", |(d, _)| d);
        // One plugin per file: the first instance parameter.
        if objs[..k]
            .iter()
            .any(|q| q.kind == Kind::Param && q.file == p.file)
        {
            continue;
        }
        out.push(Event::Use {
            pos,
            path: if folder.is_empty() {
                String::new()
            } else {
                format!("/{folder}")
            },
            flags: Flags::default(),
            via: None,
            mounts: vec![k],
            exempt: Vec::new(),
        });
        if out.len() > 500 {
            break;
        }
    }
    out
}

/// Fastify `app.addHook('onRequest' | 'preValidation' | 'preHandler', guard)`: the guard runs for
/// every route of the instance and the plugins it registers, wherever the hook is added in it.
fn hook_event(ctx: &Ctx, o: &Obj, args: &CallArgs) -> Option<Event> {
    let src = &ctx.files[o.file];
    let &(hs, he) = args.args.first()?;
    let &(s, e) = args.args.get(1)?;
    let hook = string_lit(src, hs, he)?;
    if !matches!(
        hook.as_str(),
        "onRequest" | "preParsing" | "preValidation" | "preHandler"
    ) {
        return None;
    }
    let (flags, via) = mw_flags(ctx, o.file, (s, e));
    Some(Event::Use {
        pos: o.scope.0,
        path: String::new(),
        flags,
        via: via.filter(|_| flags.guard()),
        mounts: Vec::new(),
        exempt: Vec::new(),
    })
}

fn use_event(ctx: &Ctx, objs: &[Obj], file: usize, pos: usize, args: &CallArgs) -> Option<Event> {
    let first = *args.args.first()?;
    let (path, rest) = match paths_of(ctx, file, first).into_iter().next() {
        Some(p)
            if string_lit(&ctx.files[file], first.0, first.1).is_some()
                || ctx.files[file]
                    .s(first.0, first.1)
                    .trim_start()
                    .starts_with('[') =>
        {
            (p, &args.args[1..])
        }
        _ => (String::new(), &args.args[..]),
    };
    let mut flags = Flags::default();
    let mut via = None;
    let mut mounts = Vec::new();
    let mut exempt = Vec::new();
    for &(s, e) in rest {
        // `expressjwt({...}).unless({ path: ['/login', '/signup'] })`
        let src = &ctx.files[file];
        if let Some(u) = src
            .code_matches(re!(r"\.\s*unless\s*\("), s, e)
            .next()
            .and_then(|c| c.get(0))
            && u.start() < e
        {
            for c in re!(r#"['"`](/[^'"`\s]*)['"`]"#).captures_iter(&src.text[u.end()..e]) {
                exempt.push(String::from_utf8_lossy(&c[1]).into_owned());
            }
        }
        // Arrays can mix middleware and routers.
        let items = if ctx.files[file].s(s, e).trim_start().starts_with('[') {
            split_top(&ctx.files[file], s, e)
        } else {
            vec![(s, e)]
        };
        for (a, b) in items {
            if let Some(m) = router_ref(ctx, objs, file, a, b) {
                mounts.push(m);
                continue;
            }
            let (f, l) = mw_flags(ctx, file, (a, b));
            if f.guard() && via.is_none() {
                via = l;
            }
            flags = flags.or(f);
        }
    }
    Some(Event::Use {
        pos,
        path,
        flags,
        via,
        mounts,
        exempt,
    })
}

/// `require('./routes/users')(app)` / `registerRoutes(app)`: parameter objects mounted into the
/// app passed to them.
fn param_mounts(ctx: &Ctx, objs: &mut [Obj]) {
    let params: Vec<usize> = (0..objs.len())
        .filter(|&i| objs[i].kind == Kind::Param)
        .collect();
    if params.is_empty() {
        return;
    }
    let mut adds: Vec<(usize, Event)> = Vec::new();
    for (fi, src) in ctx.files.iter().enumerate() {
        if !src.is_js() {
            continue;
        }
        for c in src.code_matches(re!(r"(?:require\s*\(\s*['\x22]([^'\x22\n]+)['\x22]\s*\)|\b([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)?))\s*\(\s*([A-Za-z_$][\w$]*)\s*[,)]"), 0, src.text.len()) {
            let (Some(m0), Some(arg)) = (c.get(0), c.get(3)) else { continue };
            let argname = String::from_utf8_lossy(arg.as_bytes()).into_owned();
            let Some(target_obj) = obj_at(objs, fi, &argname, m0.start()) else { continue };
            let callee_def = if let Some(spec) = c.get(1) {
                ctx.resolve_js_spec(fi, &String::from_utf8_lossy(spec.as_bytes())).and_then(|f| {
                    ctx.export_def(f, None, 0).or_else(|| {
                        // `module.exports = (app) => {...}`: an anonymous function.
                        Some(super::ctx::Def { file: f, start: 0, body: (0, ctx.files[f].text.len()), kind: super::ctx::DefKind::Function })
                    })
                })
            } else {
                let name: String = String::from_utf8_lossy(&c[2]).chars().filter(|c| !c.is_whitespace()).collect();
                ctx.resolve(fi, &name)
            };
            let Some(d) = callee_def else { continue };
            for &p in &params {
                let po = &objs[p];
                if po.file == d.file && po.scope.0 >= d.start && po.scope.1 <= d.body.1.max(po.scope.1) && po.scope.0 < d.body.1 && p != target_obj {
                    adds.push((target_obj, Event::Use { pos: m0.start(), path: String::new(), flags: Flags::default(), via: None, mounts: vec![p], exempt: Vec::new() }));
                }
            }
        }
    }
    for (o, e) in adds {
        objs[o].events.push(e);
    }
}
