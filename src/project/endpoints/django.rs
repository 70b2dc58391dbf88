//! Django and Django REST framework: `urls.py` patterns (`path`, `re_path`, `url`) followed
//! through `include(...)` from `ROOT_URLCONF`, DRF routers (`router.register`) expanded into
//! viewset actions, function views (decorators, `api_view`), class views (mixins, generic views,
//! `permission_classes`, `throttle_classes`, serializers) with project base classes followed,
//! and settings (`DEFAULT_PERMISSION_CLASSES`, `DEFAULT_THROTTLE_CLASSES`,
//! `LoginRequiredMiddleware`). Endpoints point at the view (where the fix goes).

use super::Raw;
use super::ctx::{Ctx, DefKind, Src, ident, re, string_lit};
use super::features::{AuthLevel, Features, Flags, py_code_flags, py_guard};
use super::py::{classes, decorators, functions, kwarg, list_items, methods_list, positional};
use crate::lang::Language;
use crate::lang::args::{call_args, statement};

#[derive(Debug, Default)]
struct Settings {
    /// Text of `DEFAULT_PERMISSION_CLASSES` (empty: DRF's default `AllowAny`).
    default_perms: String,
    default_throttle: bool,
    login_required_middleware: bool,
    root_urlconf: Option<String>,
}

fn settings(ctx: &Ctx) -> Settings {
    let mut s = Settings::default();
    for src in ctx.files.iter().filter(|f| f.lang == Language::Python) {
        let t = &src.text;
        if !re!(r"\b(?:INSTALLED_APPS|REST_FRAMEWORK|ROOT_URLCONF|MIDDLEWARE)\s*[+]?=").is_match(t)
        {
            continue;
        }
        if let Some(c) = re!(r#"\bROOT_URLCONF\s*=\s*['"]([\w.]+)['"]"#).captures(t) {
            s.root_urlconf = Some(String::from_utf8_lossy(&c[1]).into_owned());
        }
        if let Some(c) =
            re!(r#"['"]DEFAULT_PERMISSION_CLASSES['"]\s*:\s*[\[(]([^\])]*)[\])]"#).captures(t)
        {
            s.default_perms.push_str(&String::from_utf8_lossy(&c[1]));
        }
        if let Some(c) =
            re!(r#"['"]DEFAULT_THROTTLE_CLASSES['"]\s*:\s*[\[(]([^\])]*)[\])]"#).captures(t)
        {
            s.default_throttle |= re!(r"\w").is_match(&c[1]);
        }
        s.login_required_middleware |= src.has_any(re!(r"LoginRequiredMiddleware"), 0, t.len());
    }
    s
}

pub fn endpoints(ctx: &Ctx) -> Vec<Raw> {
    let url_files: Vec<usize> = ctx
        .files
        .iter()
        .enumerate()
        .filter(|(_, f)| {
            f.lang == Language::Python && re!(r"\burlpatterns\s*[+]?=").is_match(&f.text)
        })
        .map(|(i, _)| i)
        .collect();
    if url_files.is_empty() {
        return Vec::new();
    }
    let st = settings(ctx);
    let mut included = vec![false; ctx.files.len()];
    for &u in &url_files {
        for inc in includes(ctx, u) {
            included[inc] = true;
        }
    }
    let mut roots: Vec<usize> = Vec::new();
    if let Some(root) = st.root_urlconf.as_ref().and_then(|m| {
        url_files
            .iter()
            .copied()
            .find(|&u| Some(u) == ctx.resolve_py_module(u, m, 0))
    }) {
        roots.push(root);
    }
    for &u in &url_files {
        if !included[u] && !roots.contains(&u) {
            roots.push(u);
        }
    }
    let mut out = Vec::new();
    for r in roots {
        let mut stack = vec![r];
        walk(ctx, &st, r, "", &mut stack, &mut out);
    }
    out
}

fn includes(ctx: &Ctx, u: usize) -> Vec<usize> {
    let src = &ctx.files[u];
    let mut out = Vec::new();
    for c in src.code_matches(
        re!(r#"\binclude\s*\(\s*\(?\s*['"]([\w.]+)['"]"#),
        0,
        src.text.len(),
    ) {
        if let Some(f) = ctx.resolve_py_module(u, &String::from_utf8_lossy(&c[1]), 0) {
            out.push(f);
        }
    }
    out
}

fn walk(
    ctx: &Ctx,
    st: &Settings,
    u: usize,
    prefix: &str,
    stack: &mut Vec<usize>,
    out: &mut Vec<Raw>,
) {
    if stack.len() > 10 || out.len() > 20_000 {
        return;
    }
    let src = &ctx.files[u];
    let t = &src.text;
    // Lists of this module that an `include(api_patterns)` mounts under a prefix: their routes
    // are walked there, with it.
    let lists = included_lists(src);
    walk_span(ctx, st, u, prefix, (0, t.len()), &lists, stack, out);
    // `urlpatterns += router.urls`
    // ... `urlpatterns = [...] + router.urls`, `[path(...), *router.urls]`
    // (`include(router.urls)` is a view expression above).
    for c in src.code_matches(
        re!(r"(?:\burlpatterns\s*[+]?=\s*(?:\[\s*\*\s*)?|\]\s*\+\s*|,\s*\*\s*)([A-Za-z_]\w*)\s*\.\s*urls\b"),
        0,
        t.len(),
    ) {
        let name = String::from_utf8_lossy(&c[1]).into_owned();
        router_routes(ctx, st, u, &name, prefix, out);
    }
}

/// `NAME = [ ... ]` lists of a urls module that the module itself mounts with
/// `include(NAME)`: (name, list span).
fn included_lists(src: &super::ctx::Src) -> Vec<(String, usize, usize)> {
    let t = &src.text;
    let mut out = Vec::new();
    for c in src
        .code_matches(re!(r"(?m)^([A-Za-z_]\w*)\s*=\s*\["), 0, t.len())
        .take(64)
    {
        let (Some(n), Some(m0)) = (c.get(1), c.get(0)) else {
            continue;
        };
        let name = String::from_utf8_lossy(n.as_bytes()).into_owned();
        if name == "urlpatterns" {
            continue;
        }
        let pat = format!(r"\binclude\s*\(\s*{}\s*[,)]", regex::escape(&name));
        let Ok(inc) = super::build_re(&pat) else {
            continue;
        };
        if !src.has(&inc, 0, t.len()) {
            continue;
        }
        let open = m0.end() - 1;
        let end = crate::lang::args::matching(t, &src.mask, open, t.len()).map(|i| i + 1);
        if let Some(e) = end {
            out.push((name, open, e));
        }
    }
    out
}

/// The `path(...)` / `re_path(...)` / `url(...)` entries in `span` of module `u`, under `prefix`;
/// entries inside an included list (`lists`, other than `span` itself) are left to its include.
#[allow(clippy::too_many_arguments)]
fn walk_span(
    ctx: &Ctx,
    st: &Settings,
    u: usize,
    prefix: &str,
    span: (usize, usize),
    lists: &[(String, usize, usize)],
    stack: &mut Vec<usize>,
    out: &mut Vec<Raw>,
) {
    let src = &ctx.files[u];
    let t = &src.text;
    for c in src.code_matches(re!(r"\b(path|re_path|url)\s*\("), span.0, span.1) {
        let Some(m0) = c.get(0) else { continue };
        if m0.start() >= span.1 {
            break;
        }
        let at = m0.start();
        if lists
            .iter()
            .any(|&(_, ls, le)| (ls, le) != span && at > ls && at < le)
        {
            continue;
        }
        let Some(args) = call_args(t, &src.mask, m0.end() - 1) else {
            continue;
        };
        let Some(route) = positional(src, &args, 0).and_then(|(s, e)| string_lit(src, s, e)) else {
            continue;
        };
        let route = if &c[1] == b"path" {
            route
        } else {
            route
                .trim_start_matches('^')
                .trim_end_matches('$')
                .to_string()
        };
        let Some((vs, ve)) = positional(src, &args, 1).or_else(|| kwarg(src, &args, "view")) else {
            continue;
        };
        let full = join_prefix(prefix, &route);
        // `include(api_patterns)`: a list of this module.
        let view = src.s(vs, ve).trim().to_string();
        if let Some(c) = re!(r"^include\s*\(\s*([A-Za-z_]\w*)\s*[,)]").captures(view.as_bytes())
            && let Some(&(_, ls, le)) = lists.iter().find(|(n, _, _)| n.as_bytes() == &c[1])
            && (ls, le) != span
            && stack.len() < 10
        {
            stack.push(u);
            walk_span(ctx, st, u, &full, (ls, le), lists, stack, out);
            stack.pop();
            continue;
        }
        view_expr(ctx, st, u, vs, ve, &full, src.line(m0.start()), stack, out);
    }
}

/// `api/` + `items/` -> `/api/items/` (Django routes are relative, with trailing slashes).
fn join_prefix(prefix: &str, route: &str) -> String {
    let p = if prefix.is_empty() { "/" } else { prefix };
    match (p.ends_with('/'), route.starts_with('/')) {
        (true, true) => format!("{}{}", p.trim_end_matches('/'), route),
        (false, false) if !route.is_empty() => format!("{p}/{route}"),
        _ => format!("{p}{route}"),
    }
}

#[allow(clippy::too_many_arguments)]
fn view_expr(
    ctx: &Ctx,
    st: &Settings,
    u: usize,
    s: usize,
    e: usize,
    route: &str,
    line: u32,
    stack: &mut Vec<usize>,
    out: &mut Vec<Raw>,
) {
    let src = &ctx.files[u];
    let text = src.s(s, e).trim().to_string();
    let tb = text.as_bytes();
    if let Some(c) = re!(r#"^include\s*\(\s*\(?\s*['"]([\w.]+)['"]"#).captures(tb) {
        let module = String::from_utf8_lossy(&c[1]).into_owned();
        match ctx.resolve_py_module(u, &module, 0) {
            Some(f) if !stack.contains(&f) => {
                stack.push(f);
                walk(ctx, st, f, route, stack, out);
                stack.pop();
            }
            Some(_) => {}
            None => out.extend(library_urls(st, u, line, &module, route)),
        }
        return;
    }
    if let Some(c) = re!(r"^include\s*\(\s*([A-Za-z_][\w.]*)\s*\.\s*urls\b").captures(tb) {
        router_routes(ctx, st, u, &String::from_utf8_lossy(&c[1]), route, out);
        return;
    }
    if let Some(c) = re!(r"^include\s*\(\s*([A-Za-z_][\w.]*)\s*[,)]").captures(tb) {
        let n = String::from_utf8_lossy(&c[1]).into_owned();
        if let Some(imp) = ctx.py_imports[u]
            .iter()
            .find(|i| i.local == n && i.attr.is_none())
            && let Some(f) = imp.module.filter(|f| !stack.contains(f))
        {
            stack.push(f);
            walk(ctx, st, f, route, stack, out);
            stack.pop();
        }
        return;
    }
    // `path("api/", api.urls)` of a Django Ninja API.
    if let Some(c) = re!(r"^([A-Za-z_][\w.]*)\s*\.\s*urls\s*$").captures(tb)
        && let Some(rs) = super::ninja::api_routes(ctx, u, &String::from_utf8_lossy(&c[1]), route)
    {
        out.extend(rs);
        return;
    }
    if text.starts_with("admin.site.urls") {
        return;
    }
    // Wrappers: `login_required(views.x)`, `csrf_exempt(X.as_view())`.
    let mut wrap = Flags::default();
    let mut inner = text.clone();
    for _ in 0..4 {
        let Some(c) = re!(r"^([A-Za-z_][\w.]*)\s*\((.*)\)\s*$").captures(inner.as_bytes()) else {
            break;
        };
        let w = String::from_utf8_lossy(&c[1]).into_owned();
        if w.ends_with("as_view") {
            break;
        }
        wrap = wrap.or(py_guard(ctx, u, &w, 1));
        inner = String::from_utf8_lossy(&c[2])
            .split(',')
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
    }
    if let Some(c) = re!(r"^([A-Za-z_][\w.]*)\s*\.\s*as_view\s*\(").captures(inner.as_bytes()) {
        let cls = String::from_utf8_lossy(&c[1]).into_owned();
        let Some(d) = ctx.resolve(u, &cls).filter(|d| d.kind == DefKind::Class) else {
            out.extend(library_view(u, line, &cls, route, wrap));
            return;
        };
        out.extend(class_view(
            ctx,
            st,
            d.file,
            cls.rsplit('.').next().unwrap_or(&cls),
            route,
            None,
            wrap,
        ));
        return;
    }
    if let Some(name) = ident(src, s, s)
        .or_else(|| Some(inner.clone()))
        .filter(|n| re!(r"^[A-Za-z_][\w.]*$").is_match(n.as_bytes()))
    {
        match ctx.resolve(u, &name) {
            Some(d) if d.kind == DefKind::Function => {
                out.extend(function_view(ctx, st, d.file, d.body.0, route, wrap))
            }
            Some(d) if d.kind == DefKind::Class => out.extend(class_view(
                ctx,
                st,
                d.file,
                name.rsplit('.').next().unwrap_or(&name),
                route,
                None,
                wrap,
            )),
            Some(_) => {}
            None => out.extend(library_view(u, line, &name, route, wrap)),
        }
    }
}

/// The routes of a third-party urlconf included by name (`include("dj_rest_auth.urls")`):
/// dj-rest-auth, its registration, djoser, allauth and DRF's browsable-API login. Sign-in,
/// sign-up and reset routes handle credentials; the rest need a signed-in user. DRF's default
/// throttles apply to the API packages; allauth limits its own forms.
fn library_urls(st: &Settings, u: usize, line: u32, module: &str, prefix: &str) -> Vec<Raw> {
    // (method, path, handles credentials, needs a signed-in user)
    let routes: &[(&str, &str, bool, bool)] = match module {
        "dj_rest_auth.urls" | "rest_auth.urls" => &[
            ("POST", "login/", true, false),
            ("POST", "logout/", false, false),
            ("POST", "password/reset/", true, false),
            ("POST", "password/reset/confirm/", true, false),
            ("POST", "password/change/", true, true),
            ("GET", "user/", false, true),
            ("PUT", "user/", false, true),
            ("PATCH", "user/", false, true),
        ],
        "dj_rest_auth.registration.urls" | "rest_auth.registration.urls" => &[
            ("POST", "", true, false),
            ("POST", "verify-email/", true, false),
            ("POST", "resend-email/", true, false),
        ],
        "djoser.urls" => &[
            ("POST", "users/", true, false),
            ("POST", "users/reset_password/", true, false),
            ("POST", "users/reset_password_confirm/", true, false),
            ("POST", "users/activation/", true, false),
            ("GET", "users/me/", false, true),
            ("PATCH", "users/me/", false, true),
        ],
        "djoser.urls.jwt" => &[
            ("POST", "jwt/create/", true, false),
            ("POST", "jwt/refresh/", false, false),
            ("POST", "jwt/verify/", false, false),
        ],
        "djoser.urls.authtoken" => &[
            ("POST", "token/login/", true, false),
            ("POST", "token/logout/", false, true),
        ],
        "allauth.urls" | "allauth.account.urls" => &[
            ("POST", "login/", true, false),
            ("POST", "signup/", true, false),
            ("POST", "password/reset/", true, false),
            ("POST", "logout/", false, false),
        ],
        "rest_framework.urls" => &[("POST", "login/", true, false)],
        _ => &[],
    };
    let allauth = module.starts_with("allauth");
    routes
        .iter()
        .map(|&(m, p, flow, signed_in)| {
            let mut r = Raw::new(u, line, m, join_prefix(prefix, p), "route", "django");
            if flow {
                r.tweak = Some(auth_flow_tweak);
            }
            // allauth limits its forms itself; switching that off is
            // `allauth-login-throttle-disabled`'s finding, at the setting.
            r.outer.rl = allauth || st.default_throttle;
            if signed_in {
                r.outer.auth = AuthLevel::Guard;
                r.outer_via = Some(module.to_string());
            }
            r.explicit_public = !signed_in;
            r
        })
        .collect()
}

fn auth_flow_tweak(f: &mut Features) {
    f.auth_flow = true;
}

/// A view from a library (not in the project): known auth views are login endpoints; generic
/// Django views (`TemplateView.as_view(...)`) are pages.
fn library_view(u: usize, line: u32, name: &str, route: &str, wrap: Flags) -> Vec<Raw> {
    let last = name.rsplit('.').next().unwrap_or(name);
    let api_auth = re!(r"^(?:Token(?:Obtain\w*|Refresh|Verify)View|ObtainAuthToken|obtain_auth_token|obtain_jwt_token|refresh_jwt_token)$").is_match(last.as_bytes());
    let form_auth = re!(r"^(?:LoginView|LogoutView|PasswordReset\w*View|PasswordChange\w*View|SignupView|RegisterView)$").is_match(last.as_bytes());
    let methods: &[&str] = if api_auth {
        &["POST"]
    } else if form_auth {
        &["GET", "POST"]
    } else if last.ends_with("View") {
        &["GET"]
    } else {
        &["ALL"]
    };
    methods
        .iter()
        .map(|m| {
            let mut r = Raw::new(u, line, m, route.to_string(), "route", "django");
            r.outer = wrap;
            // Refreshing or verifying a signed token and logging out check no password:
            // nothing there to guess.
            let no_secret = re!(r"^(?:Token(?:Refresh|Verify)\w*View|refresh_jwt_token|verify_jwt_token|LogoutView|PasswordResetDoneView|PasswordResetCompleteView|PasswordChangeDoneView)$")
                .is_match(last.as_bytes());
            if (api_auth || form_auth) && !no_secret {
                r.tweak = Some(auth_flow_tweak);
            }
            r
        })
        .collect()
}

fn function_view(
    ctx: &Ctx,
    st: &Settings,
    fi: usize,
    def_pos: usize,
    route: &str,
    wrap: Flags,
) -> Vec<Raw> {
    let src = &ctx.files[fi];
    let Some(f) = functions(src)
        .into_iter()
        .find(|f| f.def_pos <= def_pos + 8 && f.def_pos + 8 >= def_pos)
    else {
        return Vec::new();
    };
    let mut methods: Vec<String> = Vec::new();
    let mut drf = false;
    let mut outer = wrap;
    let mut via = None;
    let mut perms: Option<String> = None;
    let mut throttled = false;
    let mut login_not_required = false;
    for d in &f.decorators {
        let n = d.name.rsplit('.').next().unwrap_or(&d.name);
        match n {
            "api_view" => {
                drf = true;
                if let Some((s, e)) = d.args.as_ref().and_then(|a| a.args.first().copied()) {
                    methods = methods_list(src, s, e);
                }
                if methods.is_empty() {
                    methods.push("GET".into());
                }
            }
            "require_http_methods" => {
                if let Some((s, e)) = d.args.as_ref().and_then(|a| a.args.first().copied()) {
                    methods = methods_list(src, s, e);
                }
            }
            "require_POST" => methods = vec!["POST".into()],
            "require_GET" | "require_safe" => methods = vec!["GET".into()],
            "permission_classes" => {
                perms = d
                    .args
                    .as_ref()
                    .map(|a| src.s(a.inner.0, a.inner.1).into_owned())
            }
            "throttle_classes" => {
                throttled = d
                    .args
                    .as_ref()
                    .is_some_and(|a| re!(r"\w").is_match(&src.text[a.inner.0..a.inner.1]))
            }
            "login_not_required" => login_not_required = true,
            // `@user_passes_test(is_staff)` / `@user_passes_test(lambda u: u.is_superuser)`: a
            // login guard, and a role check when its test (inline or resolved) checks one.
            "user_passes_test" => {
                let mut g = py_guard(ctx, fi, &d.name, 1);
                if let Some((s, e)) = d.args.as_ref().and_then(|a| a.args.first().copied()) {
                    let test = src.s(s, e).into_owned();
                    let role_text = re!(
                        r"(?i)\b(?:is_superuser|is_staff|is_admin|has_perm|has_perms|groups|role)\b"
                    );
                    g.role |= role_text.is_match(test.as_bytes())
                        || re!(r"^[A-Za-z_][\w.]*$").is_match(test.trim().as_bytes())
                            && ctx.resolve(fi, test.trim()).is_some_and(|def| {
                                let f = &ctx.files[def.file];
                                role_text.is_match(super::ctx::sl(&f.text, def.start, def.body.1))
                            });
                }
                if via.is_none() {
                    via = Some(format!("@{}", d.name));
                }
                outer = outer.or(g);
            }
            "csrf_exempt"
            | "cache_page"
            | "transaction"
            | "atomic"
            | "never_cache"
            | "vary_on_cookie"
            | "schema"
            | "extend_schema"
            | "swagger_auto_schema" => {}
            _ => {
                let g = py_guard(ctx, fi, &d.name, 1);
                if g.guard() && via.is_none() {
                    via = Some(format!("@{}", d.name));
                }
                outer = outer.or(g);
            }
        }
    }
    let mut unsafe_only = false;
    if drf {
        let (g, uo) = perm_flags(ctx, fi, perms.as_deref().unwrap_or(&st.default_perms));
        if g.guard() && via.is_none() {
            via = Some(if perms.is_some() {
                "permission_classes".into()
            } else {
                "DEFAULT_PERMISSION_CLASSES".into()
            });
        }
        outer = outer.or(g);
        unsafe_only = uo;
        outer.rl |= throttled || st.default_throttle;
    } else if st.login_required_middleware && !login_not_required {
        outer.auth = AuthLevel::Guard;
        via.get_or_insert_with(|| "LoginRequiredMiddleware".into());
    }
    if methods.is_empty() {
        methods = request_methods(src, f.def_pos, f.end);
    }
    let mut out = Vec::new();
    for m in methods {
        let mut r = Raw::new(
            fi,
            src.line(f.def_pos),
            &m,
            route.to_string(),
            "route",
            if drf { "drf" } else { "django" },
        );
        r.outer = outer;
        r.outer_via = via.clone();
        r.auth_unsafe_only = unsafe_only;
        r.explicit_public = drf
            && perms
                .as_deref()
                .is_some_and(|p| re!(r"\bAllowAny\b").is_match(p.as_bytes()));
        r.handler = Some((fi, f.def_pos, f.end));
        out.push(r);
    }
    out
}

/// Methods a Django function view handles, from `request.method` comparisons; `ALL` when none.
fn request_methods(src: &Src, a: usize, b: usize) -> Vec<String> {
    let t = super::ctx::sl(&src.text, a, b);
    let mut out: Vec<String> = Vec::new();
    let mut negated = false;
    for c in
        re!(r#"\brequest\s*\.\s*method\s*(==|!=|in)\s*\(?\[?\s*['"]([A-Z]+)['"]"#).captures_iter(t)
    {
        let m = String::from_utf8_lossy(&c[2]).into_owned();
        negated |= &c[1] == b"!=";
        if !out.contains(&m) {
            out.push(m);
        }
    }
    if out.is_empty() {
        return vec!["ALL".into()];
    }
    if !negated
        && !out.contains(&"GET".to_string())
        && re!(r"\brender\s*\(|\bTemplateResponse\b").is_match(t)
    {
        out.insert(0, "GET".into());
    }
    out
}

/// Flags of a DRF permission list; the bool says the auth only covers unsafe methods.
fn perm_flags(ctx: &Ctx, fi: usize, perms: &str) -> (Flags, bool) {
    let mut f = Flags::default();
    let mut unsafe_only = false;
    for n in re!(r"[A-Za-z_][\w.]*").find_iter(perms.as_bytes()) {
        let name = String::from_utf8_lossy(n.as_bytes()).into_owned();
        let last = name.rsplit('.').next().unwrap_or(&name).to_string();
        match last.as_str() {
            "AllowAny" | "permissions" | "rest_framework" => {}
            "IsAuthenticatedOrReadOnly" | "DjangoModelPermissionsOrAnonReadOnly" => {
                f.auth = AuthLevel::Guard;
                unsafe_only = true;
            }
            // Staff and superuser checks are role checks too.
            "IsAdminUser" | "IsSuperUser" => {
                f.auth = AuthLevel::Guard;
                f.role = true;
                unsafe_only = false;
            }
            "IsAuthenticated"
            | "DjangoModelPermissions"
            | "DjangoObjectPermissions"
            | "TokenHasScope"
            | "TokenHasReadWriteScope"
            | "HasAPIKey" => {
                f.auth = AuthLevel::Guard;
                unsafe_only = false;
            }
            _ => {
                if let Some(d) = ctx.resolve(fi, &name) {
                    let g = py_code_flags(ctx, d.file, d.start, d.body.1, 1);
                    let s = &ctx.files[d.file];
                    if g.guard() || s.has_any(re!(r"request\s*\.\s*user|is_authenticated|is_staff|is_superuser|\.user\b"), d.start, d.body.1) {
                        f.auth = AuthLevel::Guard;
                    }
                    // A project permission that checks staff, superuser or a role.
                    if g.role
                        || s.has_any(
                            re!(r"\bis_staff\b|\bis_superuser\b|\.role\b|\bhas_perm\s*\("),
                            d.start,
                            d.body.1,
                        )
                    {
                        f.role = true;
                    }
                } else if last.starts_with("Is")
                    && !last.contains("OrReadOnly")
                    && last != "IsAnyone"
                {
                    f.auth = AuthLevel::Guard;
                }
            }
        }
    }
    (f, unsafe_only && f.guard())
}

/// A class and what its project base classes contribute.
#[derive(Debug, Default)]
struct ClassInfo {
    bases: Vec<String>,
    /// attribute -> (file, value text)
    attrs: Vec<(String, usize, String)>,
    /// (method name, file, def_pos, end, decorator names)
    methods: Vec<(String, usize, usize, usize, Vec<String>)>,
    class_decorators: Vec<String>,
    start: usize,
    file: usize,
}

impl ClassInfo {
    fn attr(&self, name: &str) -> Option<&(String, usize, String)> {
        self.attrs.iter().find(|(n, ..)| n == name)
    }
    fn method(&self, name: &str) -> Option<&(String, usize, usize, usize, Vec<String>)> {
        self.methods.iter().find(|(n, ..)| n == name)
    }
    fn has_base(&self, pat: &regex::bytes::Regex) -> bool {
        self.bases.iter().any(|b| pat.is_match(b.as_bytes()))
    }
}

fn class_info(ctx: &Ctx, fi: usize, name: &str, depth: usize, info: &mut ClassInfo) {
    if depth > 5 {
        return;
    }
    let src = &ctx.files[fi];
    let Some((_, cs, ce, bases)) = classes(src).into_iter().find(|(n, ..)| n == name) else {
        return;
    };
    if depth == 0 {
        info.start = cs;
        info.file = fi;
        // `@method_decorator(login_required, name='dispatch')` above the class.
        let line_start = src.text[..cs]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let dstart = super::ctx::py_decorators_start(&src.text, line_start);
        for d in decorators(src, dstart, line_start) {
            let inner = d
                .args
                .as_ref()
                .map(|a| src.s(a.inner.0, a.inner.1).into_owned())
                .unwrap_or_default();
            info.class_decorators
                .push(if d.name.ends_with("method_decorator") {
                    inner
                } else {
                    d.name.clone()
                });
        }
    }
    let indent = src.text[..cs]
        .iter()
        .rev()
        .take_while(|b| **b == b' ' || **b == b'\t')
        .count();
    for c in src.code_matches(re!(r"(?m)^([ \t]+)([a-z_]+)\s*(?::[^=\n]+)?=\s*"), cs, ce) {
        let (Some(m0), Some(ind), Some(n)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        if m0.start() >= ce || ind.len() <= indent {
            continue;
        }
        let n = String::from_utf8_lossy(n.as_bytes()).into_owned();
        if info.attrs.iter().any(|(x, ..)| *x == n) {
            continue; // the subclass wins
        }
        let (_, e) = statement(&src.text, &src.mask, src.lang, m0.end());
        info.attrs.push((n, fi, src.s(m0.end(), e).into_owned()));
    }
    for f in functions(src)
        .into_iter()
        .filter(|f| f.def_pos > cs && f.end <= ce && f.indent > indent)
    {
        if info.methods.iter().any(|(n, ..)| *n == f.name) {
            continue;
        }
        let decs: Vec<String> = f
            .decorators
            .iter()
            .map(|d| {
                let inner = d
                    .args
                    .as_ref()
                    .map(|a| src.s(a.inner.0, a.inner.1).into_owned())
                    .unwrap_or_default();
                if d.name.ends_with("method_decorator") {
                    inner
                } else if d.name == "action" {
                    format!("action({inner})")
                } else {
                    d.name.clone()
                }
            })
            .collect();
        info.methods
            .push((f.name.clone(), fi, f.def_pos, f.end, decs));
    }
    for b in bases
        .split(',')
        .map(str::trim)
        .filter(|b| !b.is_empty() && !b.contains('='))
    {
        info.bases.push(b.to_string());
        let last = b.rsplit('.').next().unwrap_or(b);
        if let Some(d) = ctx.resolve(fi, b).filter(|d| d.kind == DefKind::Class) {
            class_info(ctx, d.file, last, depth + 1, info);
        }
    }
}

/// A class view's method: (HTTP method, its `def` span if defined, its decorators' flags).
type MethodEntry = (String, Option<(usize, usize, usize)>, Flags);

/// (action, method, detail)
const VIEWSET_ACTIONS: &[(&str, &str, bool)] = &[
    ("list", "GET", false),
    ("create", "POST", false),
    ("retrieve", "GET", true),
    ("update", "PUT", true),
    ("partial_update", "PATCH", true),
    ("destroy", "DELETE", true),
];

fn generic_methods(info: &ClassInfo) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let mut add = |ms: &[&'static str]| {
        for m in ms {
            if !out.contains(m) {
                out.push(m);
            }
        }
    };
    for b in &info.bases {
        let last = b.rsplit('.').next().unwrap_or(b);
        match last {
            "ListAPIView" | "RetrieveAPIView" | "ListView" | "DetailView" | "TemplateView"
            | "RedirectView" | "ArchiveIndexView" | "YearArchiveView" | "MonthArchiveView" => {
                add(&["GET"])
            }
            "CreateAPIView" => add(&["POST"]),
            "ListCreateAPIView" => add(&["GET", "POST"]),
            "UpdateAPIView" => add(&["PUT", "PATCH"]),
            "DestroyAPIView" => add(&["DELETE"]),
            "RetrieveUpdateAPIView" => add(&["GET", "PUT", "PATCH"]),
            "RetrieveDestroyAPIView" => add(&["GET", "DELETE"]),
            "RetrieveUpdateDestroyAPIView" => add(&["GET", "PUT", "PATCH", "DELETE"]),
            "CreateView" | "UpdateView" | "FormView" | "DeleteView" | "LoginView"
            | "LogoutView" | "PasswordResetView" | "PasswordChangeView" | "SignupView" => {
                add(&["GET", "POST"])
            }
            _ => {}
        }
    }
    out
}

fn writes_tweak(f: &mut Features) {
    f.writes_db = true;
    f.uses_body = true;
    f.body_sink = true;
}

fn form_tweak(f: &mut Features) {
    writes_tweak(f);
    f.flags.val = true;
}

fn reads_tweak(f: &mut Features) {
    f.reads_db = true;
}

fn deletes_tweak(f: &mut Features) {
    f.writes_db = true;
}

/// Endpoints of a class view (or of a viewset's actions when `viewset_prefix` is set).
fn class_view(
    ctx: &Ctx,
    st: &Settings,
    fi: usize,
    name: &str,
    route: &str,
    viewset: Option<()>,
    wrap: Flags,
) -> Vec<Raw> {
    let mut info = ClassInfo::default();
    class_info(ctx, fi, name, 0, &mut info);
    if info.file != fi
        || info.start == 0 && !classes(&ctx.files[fi]).iter().any(|(n, ..)| n == name)
    {
        return Vec::new();
    }
    let src = &ctx.files[info.file];
    let is_drf = info.has_base(re!(
        r"APIView$|ViewSet$|ViewSetMixin$|ModelMixin$|^(?:generics|viewsets|mixins)\."
    )) || info.attr("serializer_class").is_some()
        && info.attr("permission_classes").is_some();
    // Auth.
    let mut outer = wrap;
    let mut via: Option<String> = None;
    let mut unsafe_only = false;
    if info.has_base(re!(r"LoginRequiredMixin|PermissionRequiredMixin|UserPassesTestMixin|AccessMixin|StaffRequired|SuperuserRequired|LoginRequired")) {
        outer.auth = AuthLevel::Guard;
        via = info.bases.iter().find(|b| b.contains("Mixin") || b.contains("Required")).cloned();
    }
    // A role mixin: named so (`StaffRequiredMixin`, `AdminOnlyMixin`), or a project class whose
    // body checks a role (`class StaffRequiredMixin(UserPassesTestMixin)` with `test_func`
    // returning `is_staff`).
    for b in &info.bases {
        let short = b.rsplit('.').next().unwrap_or(b);
        let named = re!(r"(?i)^(?:staff|admin|superuser|super_user)\w*(?:required|only)\w*$")
            .is_match(short.as_bytes());
        let checks = !named
            && ctx.resolve(info.file, short).is_some_and(|d| {
                ctx.files[d.file].has_any(super::features::py_role_check(), d.start, d.body.1)
            });
        if named || checks {
            outer.role = true;
            if outer.auth < AuthLevel::Guard {
                outer.auth = AuthLevel::Guard;
            }
            break;
        }
    }
    let dispatch_decs: Vec<String> = info
        .method("dispatch")
        .map(|m| m.4.clone())
        .unwrap_or_default();
    for d in info.class_decorators.iter().chain(dispatch_decs.iter()) {
        for n in re!(r"[A-Za-z_][\w.]*").find_iter(d.as_bytes()) {
            let n = String::from_utf8_lossy(n.as_bytes()).into_owned();
            if n == "name" || n == "dispatch" {
                continue;
            }
            let g = py_guard(ctx, info.file, &n, 1);
            if g.guard() && via.is_none() {
                via = Some(format!("@{n}"));
            }
            outer = outer.or(g);
        }
    }
    if is_drf {
        let perms = info
            .attr("permission_classes")
            .map(|(_, _, v)| v.clone())
            .or_else(|| {
                info.method("get_permissions")
                    .map(|m| ctx.files[m.1].s(m.2, m.3).into_owned())
            })
            .unwrap_or_else(|| st.default_perms.clone());
        let pf = info.attr("permission_classes").map_or(info.file, |a| a.1);
        let (g, uo) = perm_flags(ctx, pf, &perms);
        if g.guard() && via.is_none() {
            via = Some(if info.attr("permission_classes").is_some() {
                "permission_classes".into()
            } else {
                "DEFAULT_PERMISSION_CLASSES".into()
            });
        }
        unsafe_only = uo;
        outer = outer.or(g);
        let throttles = info
            .attr("throttle_classes")
            .map(|(_, _, v)| re!(r"\w").is_match(v.as_bytes()));
        outer.rl |= throttles.unwrap_or(st.default_throttle);
    } else if st.login_required_middleware {
        outer.auth = AuthLevel::Guard;
        via.get_or_insert_with(|| "LoginRequiredMiddleware".into());
    }
    // Django's (and allauth's) account views bind the POST to their own forms
    // (`AuthenticationForm`, `PasswordResetForm`, `SetPasswordForm`, `SignupForm`).
    let account_view = info.bases.iter().any(|b| {
        matches!(
            b.rsplit('.').next().unwrap_or(b),
            "LoginView"
                | "LogoutView"
                | "PasswordResetView"
                | "PasswordResetConfirmView"
                | "PasswordChangeView"
                | "SignupView"
                | "EmailView"
                | "PasswordResetFromKeyView"
        )
    });
    outer.val |= account_view
        || info.attr("serializer_class").is_some()
        || info.attr("form_class").is_some()
        || info.attr("fields").is_some()
        || info.method("get_serializer_class").is_some();
    // Object scoping for detail routes (IDOR on viewsets / generic detail views).
    let scoped = info.method("get_queryset").is_some_and(|m| {
        ctx.files[m.1].has_any(re!(r"request\s*\.\s*user|\buser\b|owner"), m.2, m.3)
    }) || info.method("get_object").is_some_and(|m| {
        ctx.files[m.1].has_any(
            re!(r"request\s*\.\s*user|owner|check_object_permissions"),
            m.2,
            m.3,
        )
    }) || info.attr("permission_classes").is_some_and(|(_, f, v)| {
        re!(r"[A-Za-z_]\w*").find_iter(v.as_bytes()).any(|n| {
            ctx.resolve(*f, &String::from_utf8_lossy(n.as_bytes()))
                .is_some_and(|d| {
                    ctx.files[d.file].has_any(re!(r"has_object_permission"), d.start, d.body.1)
                })
        })
    });
    // Generic detail and edit views look the object up by the URL's pk: from `queryset`, from
    // `model = X` (every row of X), or from a `get_object` override.
    let generic_detail = info.bases.iter().any(|b| {
        matches!(
            b.rsplit('.').next().unwrap_or(b),
            "DetailView" | "UpdateView" | "DeleteView"
        )
    });
    let unscoped_queryset = (info
        .attr("queryset")
        .is_some_and(|(_, _, v)| v.contains(".all()") || v.contains(".objects"))
        || generic_detail
            && info.attr("queryset").is_none()
            && (info.attr("model").is_some() || info.method("get_object").is_some()))
        && !scoped;
    let class_line = src.line(info.start);
    let explicit_public = is_drf
        && info
            .attr("permission_classes")
            .is_some_and(|(_, _, v)| re!(r"\bAllowAny\b").is_match(v.as_bytes()));
    let mut out = Vec::new();
    let mut push = |method: &str,
                    route: String,
                    handler: Option<(usize, usize, usize)>,
                    tweak: Option<fn(&mut Features)>,
                    detail: bool,
                    extra: Flags| {
        let mut r = Raw::new(
            handler.map_or(info.file, |h| h.0),
            handler.map_or(class_line, |h| ctx.files[h.0].line(h.1)),
            method,
            route,
            "route",
            if is_drf { "drf" } else { "django" },
        );
        r.outer = outer.or(extra);
        r.outer_via = via.clone();
        r.auth_unsafe_only = unsafe_only;
        r.explicit_public = explicit_public && !extra.guard();
        r.handler = handler.or(Some((info.file, info.start, info.start)));
        r.tweak = tweak;
        if detail && unscoped_queryset && handler.is_none() {
            r.id_lookup_line = Some((info.file, class_line));
        }
        out.push(r);
    };
    let method_flags = |decs: &[String], f: usize| -> Flags {
        let mut g = Flags::default();
        for d in decs {
            for n in re!(r"[A-Za-z_][\w.]*").find_iter(d.as_bytes()).take(1) {
                g = g.or(py_guard(ctx, f, &String::from_utf8_lossy(n.as_bytes()), 1));
            }
        }
        g
    };
    if viewset.is_some() {
        let base_actions: Vec<&str> = if info.has_base(re!(r"ReadOnlyModelViewSet$")) {
            vec!["list", "retrieve"]
        } else if info.has_base(re!(r"ModelViewSet$")) {
            vec![
                "list",
                "create",
                "retrieve",
                "update",
                "partial_update",
                "destroy",
            ]
        } else {
            let mut v = Vec::new();
            for (mixin, acts) in [
                ("ListModelMixin", &["list"][..]),
                ("CreateModelMixin", &["create"]),
                ("RetrieveModelMixin", &["retrieve"]),
                ("UpdateModelMixin", &["update", "partial_update"]),
                ("DestroyModelMixin", &["destroy"]),
            ] {
                if info.bases.iter().any(|b| b.ends_with(mixin)) {
                    v.extend_from_slice(acts);
                }
            }
            v
        };
        let base = route.trim_end_matches('/');
        for &(act, method, detail) in VIEWSET_ACTIONS {
            let own = info.method(act);
            if own.is_none() && !base_actions.contains(&act) {
                continue;
            }
            let r = if detail {
                format!("{base}/<pk>/")
            } else {
                format!("{base}/")
            };
            let handler = own.map(|m| (m.1, m.2, m.3));
            let tweak: Option<fn(&mut Features)> = match (own.is_some(), method) {
                (true, _) => None,
                (false, "GET") => Some(reads_tweak),
                (false, "DELETE") => Some(deletes_tweak),
                _ => Some(writes_tweak),
            };
            let extra = own.map(|m| method_flags(&m.4, m.1)).unwrap_or_default();
            push(method, r, handler, tweak, detail, extra);
        }
        // `@action(detail=True, methods=['post'])`
        for (mname, mf, mpos, mend, decs) in info.methods.clone() {
            let Some(act) = decs.iter().find(|d| d.starts_with("action(")) else {
                continue;
            };
            let detail = act.contains("detail=True");
            let path = re!(r#"url_path\s*=\s*['"]([^'"]+)['"]"#)
                .captures(act.as_bytes())
                .map_or(mname.clone(), |c| {
                    String::from_utf8_lossy(&c[1]).into_owned()
                });
            let ms: Vec<String> =
                re!(r#"['"](get|post|put|patch|delete|GET|POST|PUT|PATCH|DELETE)['"]"#)
                    .captures_iter(act.as_bytes())
                    .map(|c| String::from_utf8_lossy(&c[1]).to_ascii_uppercase())
                    .collect();
            let mut extra = Flags::default();
            if let Some(c) = re!(r"permission_classes\s*=\s*(\[[^\]]*\])").captures(act.as_bytes())
            {
                let (g, _) = perm_flags(ctx, mf, &String::from_utf8_lossy(&c[1]));
                extra = g;
            }
            let r = if detail {
                format!("{base}/<pk>/{path}/")
            } else {
                format!("{base}/{path}/")
            };
            for m in if ms.is_empty() {
                vec!["GET".to_string()]
            } else {
                ms
            } {
                push(&m, r.clone(), Some((mf, mpos, mend)), None, false, extra);
            }
        }
        return out;
    }
    let mut methods: Vec<MethodEntry> = Vec::new();
    for m in ["get", "post", "put", "patch", "delete"] {
        if let Some((_, mf, mpos, mend, decs)) = info.method(m) {
            methods.push((
                m.to_ascii_uppercase(),
                Some((*mf, *mpos, *mend)),
                method_flags(decs, *mf),
            ));
        }
    }
    for g in generic_methods(&info) {
        if !methods.iter().any(|(m, ..)| m == g) {
            methods.push((g.to_string(), None, Flags::default()));
        }
    }
    // Django's generic editing views handle POST in `form_valid`/`post`.
    if methods.is_empty() {
        methods.push(("ALL".into(), None, Flags::default()));
    }
    let detail_route = route.contains('<') || route.contains("(?P");
    // Django's own editing views: a DeleteView's POST reads no fields, and Create/Update/FormView
    // run the submitted data through a ModelForm (`fields` / `form_class`) before saving.
    let base_is = |names: &[&str]| {
        info.bases
            .iter()
            .any(|b| names.contains(&b.rsplit('.').next().unwrap_or(b)))
    };
    let delete_view = base_is(&["DeleteView"]);
    let form_view = base_is(&["CreateView", "UpdateView", "FormView"]);
    for (m, h, extra) in methods {
        let tweak: Option<fn(&mut Features)> = match (h.is_some(), m.as_str()) {
            (true, _) | (false, "ALL") => None,
            (false, "GET") => Some(reads_tweak),
            (false, "DELETE") => Some(deletes_tweak),
            (false, "POST") if delete_view => Some(deletes_tweak),
            (false, "POST") if form_view => Some(form_tweak),
            _ => Some(writes_tweak),
        };
        push(&m, route.to_string(), h, tweak, detail_route, extra);
    }
    let _ = list_items;
    out
}

/// Routes of a DRF router (`router.register(r'items', ItemViewSet)`) included at `prefix`.
fn router_routes(ctx: &Ctx, st: &Settings, u: usize, name: &str, prefix: &str, out: &mut Vec<Raw>) {
    let (rf, rname) = ctx.py_target(u, name).unwrap_or((u, name.to_string()));
    let src = &ctx.files[rf];
    let pat = format!(r"\b{}\s*\.\s*register\s*\(", regex::escape(&rname));
    let Ok(r) = crate::project::endpoints::build_re(&pat) else {
        return;
    };
    for c in src.code_matches(&r, 0, src.text.len()) {
        let Some(m0) = c.get(0) else { continue };
        let Some(args) = call_args(&src.text, &src.mask, m0.end() - 1) else {
            continue;
        };
        let Some(p) = positional(src, &args, 0).and_then(|(s, e)| string_lit(src, s, e)) else {
            continue;
        };
        let Some(vs) = positional(src, &args, 1).and_then(|(s, e)| ident(src, s, e)) else {
            continue;
        };
        let Some(d) = ctx.resolve(rf, &vs).filter(|d| d.kind == DefKind::Class) else {
            continue;
        };
        let route = join_prefix(prefix, p.trim_start_matches('^').trim_end_matches('$'));
        out.extend(class_view(
            ctx,
            st,
            d.file,
            vs.rsplit('.').next().unwrap_or(&vs),
            &route,
            Some(()),
            Flags::default(),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        assert_eq!(join_prefix("", "api/"), "/api/");
        assert_eq!(
            join_prefix("/api/", "items/<int:pk>/"),
            "/api/items/<int:pk>/"
        );
        assert_eq!(join_prefix("", ""), "/");
        assert_eq!(join_prefix("/polls/", ""), "/polls/");
    }
}
