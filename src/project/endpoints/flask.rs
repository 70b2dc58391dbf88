//! Flask routes: apps and blueprints (`url_prefix`, `register_blueprint` mounts), `@route` /
//! `@get`... decorators with `methods=[...]`, guard decorators (`login_required`, `jwt_required`,
//! the project's own), `before_request` guards, Flask-Limiter defaults and Flask-RESTful
//! resources (`api.add_resource`).

use super::Raw;
use super::ctx::{Ctx, ident, re};
use super::fastapi::{Fw, collect, obj_ref, resolve};
use super::features::{Flags, py_code_flags, py_guard};
use super::py::{classes, functions, kwarg, list_items, positional};
use crate::lang::args::call_args;

const FLASK: Fw = Fw {
    name: "flask",
    app_ctor: "Flask",
    router_ctors: &["Blueprint", "APIBlueprint"],
    prefix_kw: "url_prefix",
    mount_fn: "register_blueprint",
    mount_prefix_kw: "url_prefix",
    import_hint: "flask",
};

pub fn endpoints(ctx: &Ctx) -> Vec<Raw> {
    let mut objs = collect(ctx, &FLASK);
    if objs.is_empty() {
        return Vec::new();
    }
    let global_limits = ctx.files.iter().any(|s| {
        s.lang == crate::lang::Language::Python
            && re!(r"\bLimiter\s*\([^)]*default_limits").is_match(&s.text)
    });
    for i in 0..objs.len() {
        let fi = objs[i].file;
        let src = &ctx.files[fi];
        let name = objs[i].name.clone();
        // `@bp.before_request` functions and `bp.before_request(fn)`.
        for f in functions(src) {
            if f.decorators.iter().any(|d| {
                d.name == format!("{name}.before_request")
                    || d.name == format!("{name}.before_app_request")
            }) {
                let g = py_code_flags(ctx, fi, f.def_pos, f.end, 1);
                if g.guard() {
                    objs[i]
                        .via
                        .get_or_insert_with(|| format!("@{name}.before_request"));
                }
                objs[i].flags = objs[i].flags.or(Flags { rl: false, ..g });
            }
        }
        let pat = format!(
            r"\b{}\s*\.\s*before_(?:app_)?request\s*\(\s*([A-Za-z_][\w.]*)\s*\)",
            regex::escape(&name)
        );
        if let Ok(r) = crate::project::endpoints::build_re(&pat) {
            for c in src.code_matches(&r, 0, src.text.len()) {
                let n = String::from_utf8_lossy(&c[1]).into_owned();
                let g = py_guard(ctx, fi, &n, 1);
                if g.guard() {
                    objs[i].via.get_or_insert_with(|| n.clone());
                }
                objs[i].flags = objs[i].flags.or(g);
            }
        }
        if objs[i].app && global_limits {
            objs[i].flags.rl = true;
        }
        restful(ctx, &mut objs, i);
    }
    resolve(objs)
}

/// Flask-RESTful: `api = Api(app)`; `api.add_resource(UserList, '/users')` -> one route per
/// method the resource class defines.
fn restful(ctx: &Ctx, objs: &mut [super::fastapi::Obj], i: usize) {
    let fi = objs[i].file;
    let src = &ctx.files[fi];
    let name = objs[i].name.clone();
    let pat = format!(
        r"(?m)^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*(?:\w+\.)?Api\s*\(\s*{}\b",
        regex::escape(&name)
    );
    let Ok(r) = crate::project::endpoints::build_re(&pat) else {
        return;
    };
    let apis: Vec<String> = src
        .code_matches(&r, 0, src.text.len())
        .map(|c| String::from_utf8_lossy(&c[1]).into_owned())
        .collect();
    for api in apis {
        let pat = format!(r"\b{}\s*\.\s*add_resource\s*\(", regex::escape(&api));
        let Ok(r) = crate::project::endpoints::build_re(&pat) else {
            continue;
        };
        for c in src.code_matches(&r, 0, src.text.len()) {
            let Some(m0) = c.get(0) else { continue };
            let Some(args) = call_args(&src.text, &src.mask, m0.end() - 1) else {
                continue;
            };
            let Some((s, e)) = positional(src, &args, 0) else {
                continue;
            };
            let Some(cls) = ident(src, s, e) else {
                continue;
            };
            let paths: Vec<String> = args
                .args
                .iter()
                .skip(1)
                .filter_map(|&(a, b)| super::ctx::string_lit(src, a, b))
                .collect();
            let Some(d) = ctx.resolve(fi, &cls) else {
                continue;
            };
            let cs = &ctx.files[d.file];
            let Some((_, cstart, cend, _)) = classes(cs)
                .into_iter()
                .find(|(n, ..)| cls.ends_with(n.as_str()))
            else {
                continue;
            };
            // `method_decorators = [jwt_required()]` / `decorators = [...]`.
            let mut outer = Flags::default();
            let mut via = None;
            for c2 in cs.code_matches(
                re!(r"(?m)^[ \t]+(?:method_)?decorators\s*=\s*"),
                cstart,
                cend,
            ) {
                let Some(m2) = c2.get(0) else { continue };
                let (_, e2) = crate::lang::args::statement(&cs.text, &cs.mask, cs.lang, m2.end());
                for (a, b) in list_items(cs, m2.end(), e2) {
                    let n = cs
                        .s(a, b)
                        .split('(')
                        .next()
                        .unwrap_or("")
                        .trim()
                        .to_string();
                    let g = py_guard(ctx, d.file, &n, 1);
                    if g.guard() && via.is_none() {
                        via = Some(n.clone());
                    }
                    outer = outer.or(g);
                }
            }
            for f in functions(cs)
                .into_iter()
                .filter(|f| f.def_pos > cstart && f.end <= cend)
            {
                let m = f.name.to_ascii_uppercase();
                if !matches!(m.as_str(), "GET" | "POST" | "PUT" | "PATCH" | "DELETE") {
                    continue;
                }
                let mut fo = outer;
                for dec in &f.decorators {
                    fo = fo.or(py_guard(ctx, d.file, &dec.name, 1));
                }
                for p in &paths {
                    let mut r = Raw::new(fi, src.line(m0.start()), &m, p.clone(), "route", "flask");
                    r.outer = fo;
                    r.outer_via = via.clone();
                    r.handler = Some((d.file, f.def_pos, f.end));
                    objs[i].routes.push(r);
                }
            }
            let _ = (obj_ref, kwarg);
        }
    }
}
