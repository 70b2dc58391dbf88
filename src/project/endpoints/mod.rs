//! Endpoint inventory: every HTTP route, server action and edge function, with whether it checks
//! the caller (auth), limits request rates and validates its input; and the findings it implies.
//!
//! Each framework parser (`express`, `next`, `trpc`, `firebase`, `fastapi`, `flask`, `django`) turns the project's
//! sources into [`Raw`] endpoints: where the route is declared, what its middleware, decorators
//! and dependencies contribute, and where its handler body is. [`features`] reads the handler and
//! the guards (resolving the project's own functions through imports), and [`findings`] turns the
//! table into findings.

mod ctx;
mod django;
mod express;
mod fastapi;
mod features;
mod findings;
mod firebase;
mod flask;
mod graphql;
pub(crate) mod next;
mod ninja;
mod py;
mod trpc;

pub use ctx::is_test_path;
pub use findings::{access, checks, is_public_route};

use crate::input::FileSet;
use crate::report::Endpoint;
use ctx::{Ctx, re};
use features::{AuthLevel, Features, Flags};

/// What the checks need to know about one endpoint beyond the report's table (aligned by index
/// with `Facts::endpoints`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EndpointDetail {
    /// `express`, `nextjs`, `supabase`, `fastapi`, `flask`, `django`, `drf`.
    pub framework: &'static str,
    /// Where the handler body is (may differ from the route's file: controllers, views).
    pub handler_file: String,
    pub handler_line: u32,
    /// Last line of the handler body.
    pub handler_end_line: u32,
    pub uses_body: bool,
    /// Body data reaches a database, payment/AI call, shell or file.
    pub body_sink: bool,
    pub mass_assign: bool,
    pub reads_db: bool,
    pub writes_db: bool,
    pub service_role: bool,
    /// The view declares itself public (`AllowAny`).
    pub explicit_public: bool,
    /// The admin client is the Firebase Admin SDK (bypasses security rules, not RLS).
    pub firebase_admin: bool,
    pub user_scoped: bool,
    pub signature: bool,
    pub ai: bool,
    /// Sends e-mail to a recipient the caller chooses.
    pub open_mail: bool,
    pub auth_flow: bool,
    /// Trades a provider-issued token for a session (see `Features::token_exchange`).
    pub token_exchange: bool,
    /// Redeems a token the request carries and sends no mail (see `Features::redeems_token`).
    pub redeems_token: bool,
    /// Its limiter runs only after a branch that already answered (see `Features::rl_late`).
    pub rl_late: bool,
    pub role_check: bool,
    /// A service-role handler whose only data access is inserting the request into a table
    /// (public forms); see `Features::insert_only`.
    pub insert_only: bool,
    /// The handler looks the user up but never rejects anonymous callers.
    pub lookup_only: bool,
    /// The handler receives an uploaded file (stored somewhere: disk, a bucket).
    pub upload: bool,
    /// The handler opens a hosted payment page (Stripe Checkout, a payment intent, a payment link).
    pub payment_checkout: bool,
    /// Distinct named request-body fields the handler reads.
    pub body_fields: usize,
    /// Its only database reads count or aggregate (a dashboard's totals), no record comes back.
    pub aggregate_only: bool,
    /// A lookup by an id from the request with no ownership condition (line in `handler_file`).
    pub id_lookup_line: Option<u32>,
    /// The handler writes a privilege flag from the request (`user.is_admin = payload.is_admin`,
    /// `role: req.body.role`): without a role check, any account promotes itself.
    pub grants_privilege: bool,
    /// That lookup runs through the service-role / admin client, so row-level security does not
    /// cover it even when the handler also holds a session client.
    pub id_lookup_admin: bool,
    /// A Supabase list query with no owner or caller filter: (line, table, selects an owner column).
    pub unscoped_list: Option<(u32, String, bool)>,
    /// (line in `handler_file`, field) of prices/amounts/roles taken from the client.
    pub client_values: Vec<(u32, String)>,
    pub tables: Vec<String>,
    /// Where the auth / limiter came from, for messages (`requireAuth`, `middleware.ts`...).
    pub auth_via: Option<String>,
}

/// Counts the readiness verdict uses (see `Facts::access`).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct AccessFacts {
    /// Endpoints in the inventory.
    pub endpoints_total: u32,
    /// Endpoints that change state or return non-public data (the ones that need a caller check).
    pub endpoints_needing_auth: u32,
    /// Of those, how many have no recognised auth check (each is an `endpoint-missing-auth` or
    /// `service-role-without-auth` finding).
    pub endpoints_missing_auth: u32,
    /// Endpoints whose handler uses the service-role / admin client.
    pub service_role_endpoints: u32,
    /// Of those, how many do not check the caller.
    pub service_role_unguarded: u32,
    /// Server files that create or import the service-role / admin client.
    pub service_role_files: u32,
    /// Client (browser) files that reference the service-role key or admin client.
    pub service_role_in_client: u32,
    /// Endpoints behind a rate limiter (route, router or global).
    pub endpoints_rate_limited: u32,
    /// Endpoints that read the request body, and how many of those validate it with a schema.
    pub endpoints_using_body: u32,
    pub endpoints_validated: u32,
    /// The project authenticates users somewhere (auth library, guards, login endpoints).
    pub has_auth: bool,
    /// The project has a rate limiter anywhere (package or own limiter in use).
    pub has_rate_limiter: bool,
    /// Supabase: tables in exposed schemas, and how many have row-level security off.
    pub tables_total: u32,
    pub tables_without_rls: u32,
    /// Write policies open to everyone (`USING (true)`) and open Firebase rules.
    pub open_policies: u32,
}

/// One endpoint as a framework parser sees it.
#[derive(Debug, Clone)]
pub(crate) struct Raw {
    pub file: usize,
    pub line: u32,
    pub method: String,
    pub route: String,
    pub kind: &'static str,
    pub framework: &'static str,
    /// What middleware, decorators, dependencies and global settings contribute.
    pub outer: Flags,
    pub outer_via: Option<String>,
    /// Handler body: (file, start, end).
    pub handler: Option<(usize, usize, usize)>,
    /// Features the parser knows better than the text (generic views write implicitly...).
    pub tweak: Option<fn(&mut Features)>,
    /// Parser-level facts.
    pub uses_body: bool,
    pub id_lookup_line: Option<(usize, u32)>,
    /// Auth from `outer` only applies to unsafe methods.
    pub auth_unsafe_only: bool,
    /// A method branch's shared prologue in the handler's file (ids and checks declared before
    /// the first `if (req.method === ...)`).
    pub prologue: Option<(usize, usize)>,
    /// What names the request body when it is not `req.body` (a Firebase callable's `data` or
    /// `request.data`).
    pub body_alias: Option<String>,
    /// The view itself declares it public (`permission_classes = [AllowAny]`): a choice, not a
    /// forgotten check (writes are `drf-write-view-allow-any`'s business).
    pub explicit_public: bool,
}

impl Raw {
    pub fn new(
        file: usize,
        line: u32,
        method: &str,
        route: String,
        kind: &'static str,
        framework: &'static str,
    ) -> Raw {
        Raw {
            file,
            line,
            method: method.to_ascii_uppercase(),
            route,
            kind,
            framework,
            outer: Flags::default(),
            outer_via: None,
            handler: None,
            tweak: None,
            uses_body: false,
            id_lookup_line: None,
            auth_unsafe_only: false,
            prologue: None,
            body_alias: None,
            explicit_public: false,
        }
    }
}

/// The inventory with its details.
#[derive(Debug, Clone, Default)]
pub struct Inventory {
    pub endpoints: Vec<Endpoint>,
    pub details: Vec<EndpointDetail>,
    pub has_limiter_anywhere: bool,
    pub has_auth_anywhere: bool,
    pub service_role_files: u32,
}

fn finish(ctx: &Ctx, r: Raw) -> (Endpoint, EndpointDetail) {
    let mut feat = match r.handler {
        Some((f, a, b)) if ctx.files[f].is_js() => features::js_features(ctx, f, a, b),
        Some((f, a, b)) => features::py_features(ctx, f, a, b),
        None => Features::default(),
    };
    if let (Some((f, a, b)), Some(p)) = (r.handler, r.prologue)
        && ctx.files[f].is_js()
    {
        feat.id_lookup = features::js_idor_in_branch(ctx, f, a, b, p);
    }
    if let (Some((f, a, b)), Some(alias)) = (r.handler, r.body_alias.as_deref())
        && ctx.files[f].is_js()
    {
        features::js_alias_features(ctx, f, a, b, alias, &mut feat);
    }
    if let Some((f, a, b)) = r.handler
        && r.kind == "server-action"
        && feat.id_lookup.is_none()
        && ctx.files[f].is_js()
    {
        feat.id_lookup = features::js_action_idor(ctx, f, a, b);
    }
    if let Some(t) = r.tweak {
        t(&mut feat);
    }
    // Auth.js v5: the route only re-exports `handlers`; the credentials provider whose
    // `authorize()` checks passwords lives in `auth.ts` (or any module calling NextAuth).
    if r.route.contains("[...nextauth]") && !feat.auth_flow {
        feat.auth_flow = ctx.files.iter().any(|s| {
            s.is_js()
                && re!(r"\b(?:Credentials|CredentialsProvider)\s*\(").is_match(&s.text)
                && re!(r"\bauthorize\s*(?::|\()").is_match(&s.text)
        });
    }
    let safe = matches!(r.method.as_str(), "GET" | "HEAD" | "OPTIONS");
    let outer_auth = if r.auth_unsafe_only && safe {
        AuthLevel::None
    } else {
        r.outer.auth
    };
    let flags = Flags {
        auth: outer_auth.max(feat.flags.auth),
        rl: r.outer.rl || feat.flags.rl,
        val: r.outer.val || feat.flags.val,
        role: r.outer.role || feat.flags.role,
        owner: r.outer.owner,
    };
    let (hfile, hline, hend) = match r.handler {
        Some((f, a, b)) => (
            ctx.files[f].path.to_string(),
            ctx.files[f].line(a),
            ctx.files[f].line(b.saturating_sub(1).max(a)),
        ),
        None => (ctx.files[r.file].path.to_string(), r.line, r.line),
    };
    let hf = r.handler.map(|(f, _, _)| f);
    let line_in_handler = |off: usize| hf.map_or(0, |f| ctx.files[f].line(off));
    let via = if r.outer.guard() && !(r.auth_unsafe_only && safe) {
        r.outer_via.clone()
    } else {
        None
    };
    let ep = Endpoint {
        file: ctx.files[r.file].path.to_string(),
        line: r.line,
        method: r.method.clone(),
        route: r.route.clone(),
        auth: flags.guard(),
        rate_limited: flags.rl,
        validated: flags.val,
        kind: Some(r.kind.to_string()),
    };
    let d = EndpointDetail {
        framework: r.framework,
        handler_file: hfile,
        handler_line: hline,
        handler_end_line: hend,
        uses_body: feat.uses_body || r.uses_body,
        body_sink: feat.body_sink || r.uses_body,
        mass_assign: feat.mass_assign,
        reads_db: feat.reads_db,
        writes_db: feat.writes_db,
        service_role: feat.service_role,
        // A read restricted to records their owners made public (`is_public = true`,
        // `shared: True`): public on purpose, like a share link.
        explicit_public: r.explicit_public
            || !matches!(r.method.as_str(), "POST" | "PUT" | "PATCH" | "DELETE")
                && r.handler.is_some_and(|(f, a, b)| {
                    features::public_records_only(super::endpoints::ctx::sl(
                        &ctx.files[f].text,
                        a,
                        b,
                    ))
                }),
        firebase_admin: feat.service_role
            && (r.framework == "firebase"
                || hf.is_some_and(|f| {
                    let t = &ctx.files[f].text;
                    memchr::memmem::find(t, b"firebase").is_some()
                        && memchr::memmem::find(t, b"supabase").is_none()
                })),
        user_scoped: feat.user_scoped,
        signature: feat.signature,
        ai: feat.ai,
        open_mail: feat.open_mail && (feat.uses_body || r.uses_body),
        auth_flow: feat.auth_flow,
        token_exchange: feat.token_exchange,
        redeems_token: feat.redeems_token,
        rl_late: feat.rl_late,
        role_check: feat.role_check || flags.role,
        insert_only: feat.insert_only && feat.service_role,
        lookup_only: !flags.guard() && flags.auth == AuthLevel::Lookup,
        body_fields: feat.body_fields,
        upload: r.handler.is_some_and(|(f, a, b)| {
            re!(r#"\bUploadFile\b|\b(?:req|request)\s*\.\s*files?\b|\brequest\s*\.\s*FILES\b|\binstanceof\s+File\b|\.\s*get\s*\(\s*['"]file['"]\s*\)\s*as\s+File\b"#)
                .is_match(super::endpoints::ctx::sl(&ctx.files[f].text, a, b))
        }),
        // ... for a record the caller names (an invoice), not for an account: a checkout that
        // takes `userId` / `teamId` from the body or reads users with the admin auth API acts for
        // whoever the caller names.
        payment_checkout: r.handler.is_some_and(|(f, a, b)| {
            let t = super::endpoints::ctx::sl(&ctx.files[f].text, a, b);
            !re!(r"\b(?:userId|user_id|teamId|team_id|accountId|account_id|orgId|org_id|organizationId|organization_id|customerId|customer_id|uid|workspaceId|workspace_id)\b|\.\s*auth\s*\.\s*admin\b").is_match(t)
                && re!(r"\bcheckout\s*\.\s*sessions\s*\.\s*create\s*\(|\bpaymentIntents\s*\.\s*create\s*\(|\bpaymentLinks\s*\.\s*create\s*\(|\bcheckout\s*\.\s*Session\s*\.\s*create\s*\(|\bPaymentIntent\s*\.\s*create\s*\(")
                .is_match(t)
        }),
        aggregate_only: r.handler.is_some_and(|(f, a, b)| {
            features::aggregate_only(super::endpoints::ctx::sl(&ctx.files[f].text, a, b))
        }),
        // An ownership middleware on the route checks the record before the handler runs.
        id_lookup_line: if r.outer.owner {
            None
        } else {
            r.id_lookup_line
                .map(|(_, l)| l)
                .or(feat.id_lookup.map(line_in_handler))
        },
        grants_privilege: r.handler.is_some_and(|(f, a, b)| {
            re!(r"\.\s*(?:is_admin|is_staff|is_superuser|is_superadmin|role|roles)\s*=\s*(?:payload|data|body|update|updates|patch|changes|dto|input|request|req|form|validated_data|user_in|obj_in)\b|\b(?:role|roles|isAdmin|is_admin|isSuperAdmin)\s*:\s*(?:req|request)\s*\.\s*body\b|\b(?:role|roles|isAdmin|is_admin)\s*:\s*(?:body|data|input|payload|dto)\s*\.\s*(?:role|roles|isAdmin|is_admin)\b|\bpick\s*\(\s*(?:req|request)\s*\.\s*body\s*,\s*\[[^\]]*['\x22](?:role|roles|isAdmin|is_admin)['\x22]")
                .is_match(super::endpoints::ctx::sl(&ctx.files[f].text, a, b))
        }),
        id_lookup_admin: match (hf, feat.id_lookup) {
            (Some(f), Some(off)) if feat.service_role => features::lookup_uses_admin(ctx, f, off),
            _ => false,
        },
        unscoped_list: feat
            .unscoped_list
            .as_ref()
            .map(|(o, t, owner)| (line_in_handler(*o), t.clone(), *owner)),
        client_values: feat
            .client_values
            .iter()
            .map(|(o, k)| (line_in_handler(*o), k.clone()))
            .collect(),
        tables: feat.tables,
        auth_via: via,
    };
    (ep, d)
}

/// Builds the inventory of a file set.
pub fn analyze(set: &FileSet, stacks: &[String]) -> Inventory {
    let ctx = Ctx::new(set);
    let mut raws: Vec<Raw> = Vec::new();
    raws.extend(express::endpoints(&ctx));
    raws.extend(next::endpoints(&ctx));
    raws.extend(trpc::endpoints(&ctx));
    raws.extend(graphql::endpoints(&ctx));
    raws.extend(firebase::endpoints(&ctx));
    raws.extend(fastapi::endpoints(&ctx));
    raws.extend(flask::endpoints(&ctx));
    raws.extend(django::endpoints(&ctx));
    let mut pairs: Vec<(Endpoint, EndpointDetail)> =
        raws.into_iter().map(|r| finish(&ctx, r)).collect();
    crate::sort::sort_by(&mut pairs, |a, b| {
        (&a.0.file, a.0.line, &a.0.route, &a.0.method).cmp(&(
            &b.0.file,
            b.0.line,
            &b.0.route,
            &b.0.method,
        ))
    });
    pairs.dedup_by(|a, b| {
        a.0.file == b.0.file
            && a.0.line == b.0.line
            && a.0.route == b.0.route
            && a.0.method == b.0.method
    });
    let has_limiter_anywhere =
        pairs.iter().any(|(e, _)| e.rate_limited) || findings::limiter_in_project(set, &ctx);
    let has_auth_anywhere =
        pairs.iter().any(|(e, d)| e.auth || d.auth_flow) || findings::auth_in_project(set, stacks);
    let service_role_files = findings::service_role_files(&ctx);
    let (endpoints, details) = pairs.into_iter().unzip();
    Inventory {
        endpoints,
        details,
        has_limiter_anywhere,
        has_auth_anywhere,
        service_role_files,
    }
}

/// Every endpoint of the project, sorted by file and line.
pub fn inventory(set: &FileSet, stacks: &[String]) -> Vec<Endpoint> {
    analyze(set, stacks).endpoints
}

/// A bytes regex with ASCII classes (`\w`, `\s`), as everywhere in prodgap. Patterns built at
/// run time (from a router or guard name) repeat across endpoints, so compiled ones are kept
/// (a bounded cache: compiling is the expensive part, especially in wasm).
pub(crate) fn build_re(p: &str) -> Result<regex::bytes::Regex, regex::Error> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<String, regex::bytes::Regex>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(r) = cache.lock().ok().and_then(|c| c.get(p).cloned()) {
        return Ok(r);
    }
    let r = regex::bytes::RegexBuilder::new(p)
        .unicode(false)
        .size_limit(4 << 20)
        .build()?;
    if let Ok(mut c) = cache.lock() {
        if c.len() >= 2048 {
            c.clear();
        }
        c.insert(p.to_string(), r.clone());
    }
    Ok(r)
}

/// Joins route prefixes: `/api` + `/users/` -> `/api/users/`; `` + `x` -> `/x`.
pub(crate) fn join_route(prefix: &str, path: &str) -> String {
    let p = prefix.trim_end_matches('/');
    let s = path.trim();
    let out = if s.is_empty() || s == "/" {
        if p.is_empty() {
            "/".to_string()
        } else {
            p.to_string()
        }
    } else if s.starts_with('/') {
        format!("{p}{s}")
    } else {
        format!("{p}/{s}")
    };
    if out.starts_with('/') {
        out
    } else {
        format!("/{out}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_routes() {
        assert_eq!(join_route("", "/"), "/");
        assert_eq!(join_route("/api", "/"), "/api");
        assert_eq!(join_route("/api/", "/users"), "/api/users");
        assert_eq!(join_route("/api", "users/"), "/api/users/");
        assert_eq!(join_route("", "x"), "/x");
    }
}
