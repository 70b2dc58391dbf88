//! FastAPI routes, and the decorator-routing engine Flask shares: apps and routers with their
//! prefixes and router-level dependencies, `include_router` mounts across modules, route
//! decorators with `dependencies=[...]`, other decorators (limiters, guards), and handler
//! parameters (`Depends(get_current_user)`, `Annotated` aliases, pydantic body models).

use super::Raw;
use super::ctx::{Ctx, DefKind, ident, re};
use super::features::{Flags, py_code_flags, py_guard, py_name_flags};
use super::py::{
    PyFn, classes, depends_names, functions, kwarg, methods_list, params, positional, str_arg,
};

/// What differs between FastAPI and Flask.
pub struct Fw {
    pub name: &'static str,
    /// Constructors of apps (first) and routers.
    pub app_ctor: &'static str,
    pub router_ctors: &'static [&'static str],
    pub prefix_kw: &'static str,
    pub mount_fn: &'static str,
    pub mount_prefix_kw: &'static str,
    /// Does a file belong to this framework when its route object cannot be resolved?
    pub import_hint: &'static str,
}

pub const FASTAPI: Fw = Fw {
    name: "fastapi",
    app_ctor: "FastAPI",
    router_ctors: &["APIRouter"],
    prefix_kw: "prefix",
    mount_fn: "include_router",
    mount_prefix_kw: "prefix",
    import_hint: "fastapi",
};

#[derive(Debug, Clone)]
pub struct Obj {
    pub file: usize,
    pub name: String,
    pub app: bool,
    pub prefix: String,
    pub flags: Flags,
    pub via: Option<String>,
    pub routes: Vec<Raw>,
    /// (child, prefix, flags, via)
    pub mounts: Vec<(usize, String, Flags, Option<String>)>,
}

pub fn endpoints(ctx: &Ctx) -> Vec<Raw> {
    let mut objs = collect(ctx, &FASTAPI);
    fastapi_globals(ctx, &mut objs);
    resolve(objs)
}

/// Objects, routes and mounts of one framework.
pub fn collect(ctx: &Ctx, fw: &Fw) -> Vec<Obj> {
    let mut objs: Vec<Obj> = Vec::new();
    let ctor = format!(
        r"(?m)^[ \t]*([A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=[ \t]*(?:\w+\.)?({}|{})[ \t]*\(",
        fw.app_ctor,
        fw.router_ctors.join("|")
    );
    let Ok(ctor) = crate::project::endpoints::build_re(&ctor) else {
        return objs;
    };
    for (fi, src) in ctx.files.iter().enumerate() {
        if src.lang != crate::lang::Language::Python || !contains_word(&src.text, fw.import_hint) {
            continue;
        }
        for c in src.code_matches(&ctor, 0, src.text.len()) {
            let (Some(m0), Some(n), Some(k)) = (c.get(0), c.get(1), c.get(2)) else {
                continue;
            };
            let Some(args) = crate::lang::args::call_args(&src.text, &src.mask, m0.end() - 1)
            else {
                continue;
            };
            let mut o = Obj {
                file: fi,
                name: String::from_utf8_lossy(n.as_bytes()).into_owned(),
                app: k.as_bytes() == fw.app_ctor.as_bytes(),
                prefix: str_arg(src, &args, fw.prefix_kw, None).unwrap_or_default(),
                flags: Flags::default(),
                via: None,
                routes: Vec::new(),
                mounts: Vec::new(),
            };
            if let Some((s, e)) = kwarg(src, &args, "dependencies") {
                let (f, v) = deps_flags(ctx, fi, super::ctx::sl(&src.text, s, e));
                o.flags = f;
                o.via = v;
            }
            objs.push(o);
        }
    }
    // Routes.
    for (fi, src) in ctx.files.iter().enumerate() {
        if src.lang != crate::lang::Language::Python || !contains_word(&src.text, fw.import_hint) {
            continue;
        }
        for f in functions(src) {
            for (di, d) in f.decorators.iter().enumerate() {
                let Some((objname, meth)) = d.name.rsplit_once('.') else {
                    continue;
                };
                let methods: Vec<String> = match meth {
                    "get" | "post" | "put" | "patch" | "delete" | "head" | "options" => {
                        vec![meth.to_ascii_uppercase()]
                    }
                    "route" | "api_route" => {
                        match d.args.as_ref().and_then(|a| kwarg(src, a, "methods")) {
                            Some((s, e)) => methods_list(src, s, e),
                            None => vec!["GET".into()],
                        }
                    }
                    _ => continue,
                };
                let Some(args) = &d.args else { continue };
                let Some(oi) = obj_for(ctx, &mut objs, fi, objname, fw) else {
                    continue;
                };
                let path = str_arg(src, args, "path", Some(0))
                    .or_else(|| str_arg(src, args, "rule", Some(0)))
                    .unwrap_or_default();
                let mut outer = Flags::default();
                let mut via = None;
                if let Some((s, e)) = kwarg(src, args, "dependencies") {
                    let (g, v) = deps_flags(ctx, fi, super::ctx::sl(&src.text, s, e));
                    outer = outer.or(g);
                    via = v;
                }
                for (dj, other) in f.decorators.iter().enumerate() {
                    if dj == di || is_route_decorator(&other.name) {
                        continue;
                    }
                    let g = py_guard(ctx, fi, &other.name, 1);
                    if g.guard() && via.is_none() {
                        via = Some(format!("@{}", other.name));
                    }
                    outer = outer.or(g);
                }
                let (pf, pvia, model, raw_body) = param_flags(ctx, fi, &f);
                if pf.guard() && via.is_none() {
                    via = pvia;
                }
                outer = outer.or(pf);
                for m in methods {
                    if m == "OPTIONS" || m == "HEAD" && meth != "head" {
                        continue;
                    }
                    let mut r = Raw::new(fi, src.line(d.pos), &m, path.clone(), "route", fw.name);
                    r.outer = outer;
                    if model {
                        r.outer.val = true;
                    }
                    r.uses_body = (model && m != "GET") || raw_body;
                    r.outer_via = via.clone();
                    r.handler = Some((fi, f.def_pos, f.end));
                    objs[oi].routes.push(r);
                }
            }
        }
    }
    // Mounts.
    let mount = format!(r"\b([A-Za-z_]\w*)\s*\.\s*{}\s*\(", fw.mount_fn);
    let Ok(mount) = crate::project::endpoints::build_re(&mount) else {
        return objs;
    };
    for (fi, src) in ctx.files.iter().enumerate() {
        if src.lang != crate::lang::Language::Python {
            continue;
        }
        for c in src.code_matches(&mount, 0, src.text.len()) {
            let (Some(m0), Some(n)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let Some(args) = crate::lang::args::call_args(&src.text, &src.mask, m0.end() - 1)
            else {
                continue;
            };
            let Some(parent) = obj_for(
                ctx,
                &mut objs,
                fi,
                &String::from_utf8_lossy(n.as_bytes()),
                fw,
            ) else {
                continue;
            };
            let Some((s, e)) = positional(src, &args, 0) else {
                continue;
            };
            // fastapi-users' generated routers (`fastapi_users.get_auth_router(backend)`): their
            // routes are the library's, known by name.
            if let Some(routes) = library_router(src, s, e, fi) {
                let prefix = str_arg(src, &args, fw.mount_prefix_kw, None).unwrap_or_default();
                objs.push(Obj {
                    file: fi,
                    name: String::new(),
                    app: false,
                    prefix: String::new(),
                    flags: Flags::default(),
                    via: None,
                    routes,
                    mounts: Vec::new(),
                });
                let child = objs.len() - 1;
                objs[parent]
                    .mounts
                    .push((child, prefix, Flags::default(), None));
                continue;
            }
            let Some(child_name) = ident(src, s, e) else {
                continue;
            };
            let prefix = str_arg(src, &args, fw.mount_prefix_kw, None)
                .or_else(|| {
                    kwarg(src, &args, fw.mount_prefix_kw)
                        .and_then(|(s, e)| setting_value(ctx, super::ctx::sl(&src.text, s, e)))
                })
                .unwrap_or_default();
            let (flags, via) = match kwarg(src, &args, "dependencies") {
                Some((s, e)) => deps_flags(ctx, fi, super::ctx::sl(&src.text, s, e)),
                None => (Flags::default(), None),
            };
            for name in loop_items(&src.text, m0.start(), &child_name) {
                let Some(child) = obj_ref(ctx, &objs, fi, &name) else {
                    continue;
                };
                if child != parent {
                    objs[parent]
                        .mounts
                        .push((child, prefix.clone(), flags, via.clone()));
                }
            }
        }
    }
    objs
}

/// The routes of a fastapi-users router factory call in `[s, e)` (`get_auth_router`,
/// `get_register_router`, `get_reset_password_router`, `get_verify_router`,
/// `get_users_router`, `get_oauth_router`), at the line of the call.
fn library_router(src: &super::ctx::Src, s: usize, e: usize, fi: usize) -> Option<Vec<Raw>> {
    let c = re!(r"^[A-Za-z_][\w.]*\s*\.\s*(get_auth_router|get_register_router|get_reset_password_router|get_verify_router|get_users_router|get_oauth_router)\s*\(")
        .captures(&src.text[s..e])?;
    let line = src.line(s);
    // (method, path, signs in / handles a password, needs a signed-in user)
    let routes: &[(&str, &str, bool, bool)] = match &c[1] {
        b"get_auth_router" => &[
            ("POST", "/login", true, false),
            ("POST", "/logout", false, true),
        ],
        b"get_register_router" => &[("POST", "/register", true, false)],
        b"get_reset_password_router" => &[
            ("POST", "/forgot-password", true, false),
            ("POST", "/reset-password", true, false),
        ],
        b"get_verify_router" => &[
            ("POST", "/request-verify-token", true, false),
            ("POST", "/verify", true, false),
        ],
        b"get_users_router" => &[
            ("GET", "/me", false, true),
            ("PATCH", "/me", false, true),
            ("GET", "/{id}", false, true),
            ("PATCH", "/{id}", false, true),
            ("DELETE", "/{id}", false, true),
        ],
        _ => &[
            ("GET", "/authorize", false, false),
            ("GET", "/callback", false, false),
        ],
    };
    Some(
        routes
            .iter()
            .map(|&(m, p, flow, signed_in)| {
                let mut r = Raw::new(fi, line, m, p.to_string(), "route", "fastapi");
                if flow {
                    r.tweak = Some(|f| f.auth_flow = true);
                }
                if signed_in {
                    // The library's `current_user` dependency; `/{id}` needs a superuser.
                    r.outer = Flags {
                        auth: super::features::AuthLevel::Guard,
                        role: p == "/{id}",
                        ..Flags::default()
                    };
                    r.outer_via = Some("fastapi-users".into());
                }
                r.explicit_public = !signed_in;
                r
            })
            .collect(),
    )
}

fn contains_word(t: &[u8], w: &str) -> bool {
    t.windows(w.len()).any(|x| x == w.as_bytes())
}

fn is_route_decorator(name: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(_, m)| {
        matches!(
            m,
            "get"
                | "post"
                | "put"
                | "patch"
                | "delete"
                | "head"
                | "options"
                | "route"
                | "api_route"
                | "websocket"
        )
    })
}

/// The object a name used in file `fi` refers to.
pub fn obj_ref(ctx: &Ctx, objs: &[Obj], fi: usize, name: &str) -> Option<usize> {
    if let Some(i) = objs.iter().position(|o| o.file == fi && o.name == name) {
        return Some(i);
    }
    let (f, n) = ctx.py_target(fi, name)?;
    objs.iter().position(|o| o.file == f && o.name == n)
}

/// Like [`obj_ref`], creating an implicit root object for an unresolvable name in a file of this
/// framework.
fn obj_for(ctx: &Ctx, objs: &mut Vec<Obj>, fi: usize, name: &str, fw: &Fw) -> Option<usize> {
    if let Some(i) = obj_ref(ctx, objs, fi, name) {
        return Some(i);
    }
    if !contains_word(&ctx.files[fi].text, fw.import_hint) {
        return None;
    }
    let (f, n) = ctx.py_target(fi, name).unwrap_or((fi, name.to_string()));
    if let Some(i) = objs.iter().position(|o| o.file == f && o.name == n) {
        return Some(i);
    }
    objs.push(Obj {
        file: f,
        name: n,
        app: false,
        prefix: String::new(),
        flags: Flags::default(),
        via: None,
        routes: Vec::new(),
        mounts: Vec::new(),
    });
    Some(objs.len() - 1)
}

/// Flags of a `dependencies=[Depends(a), Depends(b)]` list (or any text with `Depends(...)`).
fn deps_flags(ctx: &Ctx, fi: usize, text: &[u8]) -> (Flags, Option<String>) {
    let mut f = Flags::default();
    let mut via = None;
    for n in depends_names(text) {
        let g = py_guard(ctx, fi, &n, 1);
        if g.guard() && via.is_none() {
            via = Some(format!("Depends({n})"));
        }
        f = f.or(g);
    }
    if re!(r"\bRateLimiter\s*\(").is_match(text) {
        f.rl = true;
    }
    (f, via)
}

/// Flags from the handler's parameters: dependencies (direct or through `Annotated` aliases),
/// whether a pydantic model is the body, and whether a raw `dict`/`Body` is taken.
pub(super) fn param_flags(ctx: &Ctx, fi: usize, f: &PyFn) -> (Flags, Option<String>, bool, bool) {
    let src = &ctx.files[fi];
    let mut flags = Flags::default();
    let mut via = None;
    let mut model = false;
    let mut raw = false;
    for (s, e) in params(src, f.params) {
        let p = src.s(s, e).into_owned();
        let (_, rest) = p.split_once(':').unwrap_or(("", ""));
        let ann = rest.split('=').next().unwrap_or("").trim().to_string();
        let (g, v) = deps_flags(ctx, fi, p.as_bytes());
        if g != Flags::default() {
            if g.guard() && via.is_none() {
                via = v;
            }
            flags = flags.or(g);
            continue;
        }
        if ann.is_empty() {
            continue;
        }
        // `user: CurrentUser` where `CurrentUser = Annotated[User, Depends(get_current_user)]`.
        let base = ann
            .trim_start_matches("Optional[")
            .trim_start_matches("List[")
            .trim_start_matches("list[")
            .trim_end_matches(']')
            .trim()
            .to_string();
        if let Some(d) = ctx.resolve(fi, &base) {
            let ds = &ctx.files[d.file];
            if d.kind == DefKind::Value {
                let (g, v) = deps_flags(ctx, d.file, super::ctx::sl(&ds.text, d.start, d.body.1));
                if g != Flags::default() {
                    if g.guard() && via.is_none() {
                        via = v.map(|v| format!("{base} ({v})"));
                    }
                    flags = flags.or(g);
                    continue;
                }
            }
            if d.kind == DefKind::Class && is_model_class(ctx, d.file, &base, 0) {
                model = true;
                continue;
            }
        }
        let first = base.chars().next().unwrap_or('a');
        let known_non_model = [
            "Request",
            "HttpRequest",
            "UploadedFile",
            "Response",
            "Session",
            "AsyncSession",
            "BackgroundTasks",
            "UploadFile",
            "WebSocket",
            "HTTPConnection",
            "Connection",
            "Redis",
            "Any",
            "Dict",
            "Union",
            "JSONResponse",
            "File",
            "Form",
            "Header",
            "Cookie",
            "Query",
            "Path",
            "Body",
        ];
        if re!(r"^(?:dict|Dict\b|Any\b|Dict\[)").is_match(ann.as_bytes()) || p.contains("Body(") {
            raw = true;
        } else if first.is_ascii_uppercase()
            && !known_non_model.iter().any(|k| base.starts_with(k))
            && !p.contains("Query(")
            && !p.contains("Path(")
            && !p.contains("Header(")
            && !p.contains("File(")
            && !p.contains("Form(")
        {
            model = true;
        }
    }
    (flags, via, model, raw)
}

/// Is class `name` (in file `fi`) a pydantic/SQLModel model, directly or through its bases?
fn is_model_class(ctx: &Ctx, fi: usize, name: &str, depth: usize) -> bool {
    if depth > 4 {
        return false;
    }
    let src = &ctx.files[fi];
    let Some((_, _, _, bases)) = classes(src).into_iter().find(|(n, ..)| n == name) else {
        return false;
    };
    bases.split(',').map(str::trim).any(|b| {
        let b = b.split('[').next().unwrap_or(b);
        matches!(
            b,
            "BaseModel"
                | "SQLModel"
                | "pydantic.BaseModel"
                | "Schema"
                | "BaseSchema"
                | "TypedDict"
                | "ModelSchema"
                | "FilterSchema"
                | "ninja.Schema"
        ) || ctx.resolve(fi, b).is_some_and(|d| {
            d.kind == DefKind::Class
                && is_model_class(ctx, d.file, b.rsplit('.').next().unwrap_or(b), depth + 1)
        })
    })
}

/// App-wide FastAPI guards: `@app.middleware("http")` functions, `add_middleware(...)` classes
/// and slowapi's default limits.
#[allow(clippy::needless_range_loop)] // objs[i] is read and written in the loop
fn fastapi_globals(ctx: &Ctx, objs: &mut [Obj]) {
    let default_limits = ctx.files.iter().any(|s| {
        s.lang == crate::lang::Language::Python
            && re!(r"\bLimiter\s*\([^)]*default_limits").is_match(&s.text)
    });
    for i in 0..objs.len() {
        if !objs[i].app {
            continue;
        }
        let fi = objs[i].file;
        let src = &ctx.files[fi];
        for f in functions(src) {
            if f.decorators
                .iter()
                .any(|d| d.name == format!("{}.middleware", objs[i].name))
            {
                let g = py_code_flags(ctx, fi, f.def_pos, f.end, 1);
                if g.guard() {
                    let label = format!("@{}.middleware", objs[i].name);
                    objs[i].via.get_or_insert(label);
                }
                objs[i].flags = objs[i].flags.or(g);
            }
        }
        let pat = format!(
            r"\b{}\s*\.\s*add_middleware\s*\(\s*([A-Za-z_][\w.]*)",
            regex::escape(&objs[i].name)
        );
        let Ok(r) = crate::project::endpoints::build_re(&pat) else {
            continue;
        };
        for c in src.code_matches(&r, 0, src.text.len()) {
            let n = String::from_utf8_lossy(&c[1]).into_owned();
            if n.ends_with("SlowAPIMiddleware") || n.ends_with("SlowAPIASGIMiddleware") {
                objs[i].flags.rl |= default_limits;
                continue;
            }
            if let Some(d) = ctx.resolve(fi, &n) {
                let g = py_code_flags(ctx, d.file, d.start, d.body.1, 1);
                if g.guard() {
                    objs[i].via.get_or_insert_with(|| n.clone());
                }
                objs[i].flags = objs[i].flags.or(g);
            } else {
                objs[i].flags = objs[i].flags.or(Flags {
                    rl: py_name_flags(&n).rl,
                    ..Flags::default()
                });
            }
        }
    }
}

/// FastAPI and Flask concatenate prefixes literally: `/items` + `/` = `/items/`.
fn join_literal(prefix: &str, path: &str) -> String {
    match (prefix.ends_with('/'), path.starts_with('/')) {
        (true, true) => format!("{}{}", prefix.trim_end_matches('/'), path),
        (false, false) if !prefix.is_empty() && !path.is_empty() => format!("{prefix}/{path}"),
        _ => format!("{prefix}{path}"),
    }
}

/// Walks the mount graph from the roots and returns the routes with full paths and inherited
/// guards.
pub fn resolve(objs: Vec<Obj>) -> Vec<Raw> {
    let mut mounted = vec![false; objs.len()];
    for o in &objs {
        for (c, ..) in &o.mounts {
            mounted[*c] = true;
        }
    }
    let mut out = Vec::new();
    for (i, m) in mounted.iter().enumerate() {
        if !m {
            let mut stack = vec![i];
            walk(&objs, i, "", Flags::default(), None, &mut stack, &mut out);
        }
    }
    out
}

fn walk(
    objs: &[Obj],
    i: usize,
    prefix: &str,
    inherited: Flags,
    via: Option<String>,
    stack: &mut Vec<usize>,
    out: &mut Vec<Raw>,
) {
    if stack.len() > 12 || out.len() > 20_000 {
        return;
    }
    let o = &objs[i];
    let here = join_literal(prefix, &o.prefix);
    let flags = inherited.or(o.flags);
    let via = via.or(if o.flags.guard() { o.via.clone() } else { None });
    for r in &o.routes {
        let mut r = r.clone();
        r.route = join_literal(&here, &r.route);
        if !r.route.starts_with('/') {
            r.route.insert(0, '/');
        }
        r.outer = r.outer.or(flags);
        if r.outer_via.is_none() || !r.outer_via.as_ref().is_some_and(|_| r.outer.guard()) {
            r.outer_via = r.outer_via.clone().or(via.clone());
        }
        out.push(r);
    }
    for (c, p, f, v) in &o.mounts {
        if stack.contains(c) {
            continue;
        }
        stack.push(*c);
        let child_via = via.clone().or(if f.guard() { v.clone() } else { None });
        walk(
            objs,
            *c,
            &join_literal(&here, p),
            flags.or(*f),
            child_via,
            stack,
            out,
        );
        stack.pop();
    }
}

/// A prefix held in a constant or a settings field (`prefix=settings.API_V1_STR`,
/// `prefix=API_PREFIX`): the string literal assigned to that name anywhere in the project
/// (`API_V1_STR: str = "/api/v1"` in `core/config.py`), when there is exactly one.
fn setting_value(ctx: &Ctx, expr: &[u8]) -> Option<String> {
    let expr = expr.trim_ascii();
    let expr = expr
        .iter()
        .position(|&b| b == b'=')
        .map_or(expr, |p| expr[p + 1..].trim_ascii());
    let name = re!(r"^(?:[A-Za-z_]\w*(?:\(\s*\))?\s*\.\s*)*([A-Za-z_]\w*)$")
        .captures(expr)?
        .get(1)?
        .as_bytes()
        .to_vec();
    let pat = format!(
        r#"(?m)^[ \t]*{}\s*(?::\s*[\w\[\], |]+)?=\s*[rRbB]?["'](/[^"'\n]*)["']"#,
        regex::escape(&String::from_utf8_lossy(&name))
    );
    let re = super::build_re(&pat).ok()?;
    let mut found: Vec<String> = Vec::new();
    for f in &ctx.files {
        if !f.path.ends_with(".py") {
            continue;
        }
        for c in re.captures_iter(&f.text) {
            let v = String::from_utf8_lossy(&c[1]).into_owned();
            if !found.contains(&v) {
                found.push(v);
            }
        }
    }
    (found.len() == 1).then(|| found.remove(0))
}

/// The routers one mount call stands for: `module.router` inside
/// `for module in (items, health):` is `items.router` and `health.router`; any other name is
/// itself.
fn loop_items(text: &[u8], at: usize, name: &str) -> Vec<String> {
    let (head, rest) = name.split_once('.').unwrap_or((name, ""));
    let before = &text[at.saturating_sub(400)..at];
    let pat = format!(
        r"(?m)^[ \t]*for\s+{}\s+in\s+[(\[]([\w\s.,]+)[)\]]\s*:[ \t]*\r?\n(?:[ \t]+[^\n]*\n){{0,3}}[ \t]+[^\n]*$",
        regex::escape(head)
    );
    // `for r in ROUTERS:` with `ROUTERS = (a.router, b.router)` (or a list, over several
    // lines) at module level of the same file.
    let named = format!(
        r"(?m)^[ \t]*for\s+{}\s+in\s+([A-Za-z_]\w*)\s*:[ \t]*\r?\n(?:[ \t]+[^\n]*\n){{0,3}}[ \t]+[^\n]*$",
        regex::escape(head)
    );
    let items = super::build_re(&pat)
        .ok()
        .and_then(|re| re.captures_iter(before).last())
        .and_then(|c| c.get(1).map(|m| m.as_bytes().to_vec()))
        .or_else(|| {
            let list = super::build_re(&named)
                .ok()?
                .captures_iter(before)
                .last()?
                .get(1)?
                .as_bytes()
                .to_vec();
            let def = format!(
                r"(?m)^{}\s*(?::[^=\n]*)?=\s*[(\[]([\w\s.,]+?)[)\]]",
                regex::escape(&String::from_utf8_lossy(&list))
            );
            let c = super::build_re(&def).ok()?.captures(&text[..at])?;
            Some(c.get(1)?.as_bytes().to_vec())
        });
    let Some(items) = items else {
        return vec![name.to_string()];
    };
    String::from_utf8_lossy(&items)
        .split(',')
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .map(|i| {
            if rest.is_empty() {
                i.to_string()
            } else {
                format!("{i}.{rest}")
            }
        })
        .collect()
}
