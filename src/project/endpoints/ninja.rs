//! Django Ninja: a `NinjaAPI` mounted in a urls module (`path("api/", api.urls)`), its routers
//! (`api.add_router("/x", router, auth=...)`, `Router(auth=..., throttle=...)`, nested
//! `router.add_router`) and operations (`@router.get("/path", auth=None, throttle=[...])`), with
//! Ninja's rule for auth and throttles: the nearest setting wins (operation, router mount, router,
//! API), and `auth=None` makes an operation public.

use super::Raw;
use super::ctx::{Ctx, DefKind, Src, ident, re, string_lit};
use super::features::{AuthLevel, Flags, py_code_flags, py_guard, py_name_flags};
use super::py::{functions, kwarg, positional};
use crate::lang::Language;
use crate::lang::args::call_args;

/// An `auth=` setting: `None` is `auth=None` (public), otherwise the guard and how it is named.
type Auth = Option<(Flags, String)>;

#[derive(Debug)]
struct Node {
    file: usize,
    name: String,
    /// `auth=` / `throttle=` of the constructor (None: not set).
    auth: Option<Auth>,
    throttle: Option<bool>,
    /// (route, auth, throttle) of each operation.
    ops: Vec<(Raw, Option<Auth>, Option<bool>)>,
    /// (child, prefix, auth, throttle) of each `add_router`.
    mounts: Vec<(usize, String, Option<Auth>, Option<bool>)>,
}

const MAX_ROUTES: usize = 20_000;

/// The operations of the `NinjaAPI` that `name` (used in urls module `u`) refers to, under
/// `prefix`. None when the name is not a Ninja API.
pub fn api_routes(ctx: &Ctx, u: usize, name: &str, prefix: &str) -> Option<Vec<Raw>> {
    let (af, an) = ctx.py_target(u, name).unwrap_or((u, name.to_string()));
    let ninja_files: Vec<usize> = ctx
        .files
        .iter()
        .enumerate()
        .filter(|(_, f)| f.lang == Language::Python && mentions_ninja(&f.text))
        .map(|(i, _)| i)
        .collect();
    let mut nodes: Vec<Node> = Vec::new();
    let mut api = None;
    for &fi in &ninja_files {
        let src = &ctx.files[fi];
        for c in src.code_matches(
            re!(r"(?m)^[ \t]*([A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=[ \t]*(?:ninja\s*\.\s*)?(NinjaAPI|Router)[ \t]*\("),
            0,
            src.text.len(),
        ) {
            let (Some(m0), Some(n), Some(k)) = (c.get(0), c.get(1), c.get(2)) else {
                continue;
            };
            let node_name = String::from_utf8_lossy(n.as_bytes()).into_owned();
            let (auth, throttle) = match call_args(&src.text, &src.mask, m0.end() - 1) {
                Some(args) => settings(ctx, fi, src, &args),
                None => (None, None),
            };
            if k.as_bytes() == b"NinjaAPI" && fi == af && node_name == an {
                api = Some(nodes.len());
            }
            nodes.push(Node {
                file: fi,
                name: node_name,
                auth,
                throttle,
                ops: Vec::new(),
                mounts: Vec::new(),
            });
        }
    }
    let api = api?;
    // Operations.
    for &fi in &ninja_files {
        let src = &ctx.files[fi];
        for f in functions(src) {
            for d in &f.decorators {
                let Some((obj, meth)) = d.name.rsplit_once('.') else {
                    continue;
                };
                let Some(args) = &d.args else { continue };
                let (methods, path_pos) = match meth {
                    "get" | "post" | "put" | "patch" | "delete" => {
                        (vec![meth.to_ascii_uppercase()], 0)
                    }
                    "api_operation" => {
                        let m = positional(src, args, 0)
                            .or_else(|| kwarg(src, args, "methods"))
                            .map(|(s, e)| super::py::methods_list(src, s, e))
                            .unwrap_or_default();
                        (m, 1)
                    }
                    _ => continue,
                };
                let Some(ni) = node_ref(ctx, &nodes, fi, obj) else {
                    continue;
                };
                let path =
                    super::py::str_arg(src, args, "path", Some(path_pos)).unwrap_or_default();
                let (auth, throttle) = settings(ctx, fi, src, args);
                // Guards passed as dependencies, a Schema body (validated), a raw `dict` body.
                let (pflags, _, model, raw_body) = super::fastapi::param_flags(ctx, fi, &f);
                let mut other = Flags::default();
                let mut via = None;
                for o in &f.decorators {
                    if std::ptr::eq(o, d) || is_operation(&o.name) {
                        continue;
                    }
                    let g = py_guard(ctx, fi, &o.name, 1);
                    if g.guard() && via.is_none() {
                        via = Some(format!("@{}", o.name));
                    }
                    other = other.or(g);
                }
                for m in methods {
                    let mut r = Raw::new(
                        fi,
                        src.line(d.pos),
                        &m,
                        path.clone(),
                        "route",
                        "django-ninja",
                    );
                    r.outer = other.or(pflags);
                    r.outer.val |= model;
                    r.uses_body = (model && m != "GET") || raw_body;
                    r.outer_via = via.clone();
                    r.handler = Some((fi, f.def_pos, f.end));
                    if nodes[ni].ops.len() < MAX_ROUTES {
                        nodes[ni].ops.push((r, auth.clone(), throttle));
                    }
                }
            }
        }
    }
    // `parent.add_router(prefix, child, auth=..., throttle=...)`.
    for &fi in &ninja_files {
        let src = &ctx.files[fi];
        for c in src.code_matches(
            re!(r"\b([A-Za-z_][\w.]*)\s*\.\s*add_router\s*\("),
            0,
            src.text.len(),
        ) {
            let (Some(m0), Some(p)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let Some(parent) = node_ref(ctx, &nodes, fi, &String::from_utf8_lossy(p.as_bytes()))
            else {
                continue;
            };
            let Some(args) = call_args(&src.text, &src.mask, m0.end() - 1) else {
                continue;
            };
            let prefix = super::py::str_arg(src, &args, "prefix", Some(0)).unwrap_or_default();
            let Some((s, e)) = kwarg(src, &args, "router").or_else(|| positional(src, &args, 1))
            else {
                continue;
            };
            let child = match (ident(src, s, e), string_lit(src, s, e)) {
                (Some(n), _) => node_ref(ctx, &nodes, fi, &n),
                // `api.add_router("/x", "core.routers.accounts.router")`
                (None, Some(path)) => path.rsplit_once('.').and_then(|(module, attr)| {
                    let f = ctx.resolve_py_module(fi, module, 0)?;
                    nodes.iter().position(|n| n.file == f && n.name == attr)
                }),
                _ => None,
            };
            let Some(child) = child.filter(|&c| c != parent) else {
                continue;
            };
            let (auth, throttle) = settings(ctx, fi, src, &args);
            nodes[parent].mounts.push((child, prefix, auth, throttle));
        }
    }
    let mut out = Vec::new();
    let mut stack = vec![api];
    let root = &nodes[api];
    let auth = root.auth.clone().unwrap_or(None);
    let throttle = root.throttle.unwrap_or(false);
    walk(&nodes, api, prefix, &auth, throttle, &mut stack, &mut out);
    Some(out)
}

fn mentions_ninja(t: &[u8]) -> bool {
    re!(r"\bninja\b").is_match(t)
}

fn is_operation(name: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(_, m)| {
        matches!(
            m,
            "get" | "post" | "put" | "patch" | "delete" | "api_operation"
        )
    })
}

/// The node a name used in file `fi` refers to (defined there or imported).
fn node_ref(ctx: &Ctx, nodes: &[Node], fi: usize, name: &str) -> Option<usize> {
    if let Some(i) = nodes.iter().position(|n| n.file == fi && n.name == name) {
        return Some(i);
    }
    let (f, n) = ctx.py_target(fi, name)?;
    nodes.iter().position(|o| o.file == f && o.name == n)
}

/// The `auth=` and `throttle=` settings of a constructor, mount or operation call.
fn settings(
    ctx: &Ctx,
    fi: usize,
    src: &Src,
    args: &crate::lang::args::CallArgs,
) -> (Option<Auth>, Option<bool>) {
    let auth = kwarg(src, args, "auth").map(|(s, e)| auth_flags(ctx, fi, src.s(s, e).trim(), 0));
    let throttle = kwarg(src, args, "throttle").map(|(s, e)| {
        let t = src.s(s, e);
        let t = t.trim();
        // `throttle=[]` switches the inherited throttles off.
        !(t.is_empty() || t == "[]" || t == "()" || t == "None")
    });
    (auth, throttle)
}

/// What an `auth=` value means. Any value other than `None` makes Ninja answer 401 unless one
/// of the listed authenticators returns something, so it is a guard; it checks a role only when
/// every alternative does (`[StaffOnly(), django_auth]` lets any signed-in user through).
fn auth_flags(ctx: &Ctx, fi: usize, expr: &str, depth: usize) -> Auth {
    if expr == "None" {
        return None;
    }
    let mut role = true;
    let mut any = false;
    for c in re!(r"([A-Za-z_][\w.]*)\s*(\()?").captures_iter(expr.as_bytes()) {
        let name = String::from_utf8_lossy(&c[1]).into_owned();
        if matches!(name.as_str(), "None" | "True" | "False" | "self") {
            continue;
        }
        // Skip the arguments of a call (`APIKeyHeader(param_name="X")`).
        let start = c.get(0).map_or(0, |m| m.start());
        if expr[..start].matches('(').count() > expr[..start].matches(')').count() {
            continue;
        }
        any = true;
        role &= alternative_role(ctx, fi, &name, depth);
    }
    let label = if expr.len() > 60 {
        format!(
            "auth={}...",
            &expr[..expr.char_indices().nth(57).map_or(expr.len(), |(i, _)| i)]
        )
    } else {
        format!("auth={expr}")
    };
    Some((
        Flags {
            auth: AuthLevel::Guard,
            role: any && role,
            ..Flags::default()
        },
        label,
    ))
}

/// Does the authenticator `name` only let staff, superusers or a role through?
fn alternative_role(ctx: &Ctx, fi: usize, name: &str, depth: usize) -> bool {
    let last = name.rsplit('.').next().unwrap_or(name);
    match last {
        "django_auth" => return false,
        "django_auth_superuser" | "django_auth_is_staff" => return true,
        _ => {}
    }
    match ctx.resolve(fi, name) {
        Some(d) if d.kind == DefKind::Class || d.kind == DefKind::Function => {
            py_code_flags(ctx, d.file, d.start, d.body.1, 1).role
        }
        // `api_auth = [JWTAuth(), django_auth]`
        Some(d) if d.kind == DefKind::Value && depth < 3 => {
            let ds = &ctx.files[d.file];
            let text = ds.s(d.start, d.body.1);
            let value = text.split_once('=').map_or(&*text, |(_, v)| v).trim();
            auth_flags(ctx, d.file, value, depth + 1).is_some_and(|(f, _)| f.role)
        }
        _ => py_name_flags(name).role,
    }
}

/// Joins like Ninja (and Django): `api/` + `/projects` + `/{id}` = `/api/projects/{id}`.
fn join(prefix: &str, path: &str) -> String {
    match (prefix.ends_with('/'), path.starts_with('/')) {
        (true, true) => format!("{}{}", prefix.trim_end_matches('/'), path),
        (false, false) if !prefix.is_empty() && !path.is_empty() => format!("{prefix}/{path}"),
        _ => format!("{prefix}{path}"),
    }
}

fn walk(
    nodes: &[Node],
    i: usize,
    prefix: &str,
    auth: &Auth,
    throttle: bool,
    stack: &mut Vec<usize>,
    out: &mut Vec<Raw>,
) {
    if stack.len() > 12 || out.len() > MAX_ROUTES {
        return;
    }
    for (r, op_auth, op_throttle) in &nodes[i].ops {
        let mut r = r.clone();
        r.route = join(prefix, &r.route);
        if !r.route.starts_with('/') {
            r.route.insert(0, '/');
        }
        let eff = op_auth.as_ref().unwrap_or(auth);
        if let Some((f, label)) = eff {
            r.outer = r.outer.or(*f);
            r.outer_via = r.outer_via.or_else(|| Some(label.clone()));
        }
        r.outer.rl |= op_throttle.unwrap_or(throttle);
        out.push(r);
    }
    for (c, p, m_auth, m_throttle) in &nodes[i].mounts {
        if stack.contains(c) {
            continue;
        }
        let child = &nodes[*c];
        // A mount's `auth=` replaces the router's own, which replaces the parent's.
        let a = m_auth
            .clone()
            .or_else(|| child.auth.clone())
            .unwrap_or_else(|| auth.clone());
        let t = m_throttle.or(child.throttle).unwrap_or(throttle);
        stack.push(*c);
        walk(nodes, *c, &join(prefix, p), &a, t, stack, out);
        stack.pop();
    }
}
