//! GraphQL resolvers (Apollo Server, GraphQL Yoga, express-graphql with a resolver map): every
//! field of a `Query` / `Mutation` map is an endpoint at `<mount>/<field>` (GET for queries, POST
//! for mutations), its resolver the handler, its arguments the request body. The context
//! function only identifies callers; a resolver is guarded when it (or a wrapper, a
//! graphql-shield permission layer, or a guard mounted in front of the GraphQL path) rejects
//! anonymous callers.

use super::Raw;
use super::ctx::{Ctx, re};
use super::features::{AuthLevel, Flags, js_guard};
use super::trpc::properties;
use crate::lang::args::matching_brace;

/// Packages that serve a GraphQL schema from resolver maps (as imported by the server code).
const SERVERS: &[&str] = &[
    "@apollo/server",
    "apollo-server",
    "graphql-yoga",
    "express-graphql",
    "graphql-http",
    "@graphql-tools/schema",
    "mercurius",
];

fn contains(t: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(t, needle).is_some()
}

pub fn endpoints(ctx: &Ctx) -> Vec<Raw> {
    if !ctx
        .files
        .iter()
        .any(|s| s.is_js() && SERVERS.iter().any(|p| contains(&s.text, p.as_bytes())))
    {
        return Vec::new();
    }
    // A permission layer over the whole schema (graphql-shield) or auth directives in the type
    // definitions decide per field outside the resolvers: trust them rather than guess.
    let layer = ctx.files.iter().find_map(|s| {
        if !s.is_js() {
            return None;
        }
        if re!(r"\bshield\s*\(").is_match(&s.text) && contains(&s.text, b"graphql-shield") {
            return Some("graphql-shield".to_string());
        }
        re!(r"@(?:auth|authenticated|requiresAuth|isAuthenticated|hasRole|requireAuth)\b")
            .is_match(&s.text)
            .then(|| "schema auth directives".to_string())
    });
    let (mount, front) = mount(ctx);
    // Fields whose arguments include a `JSON` scalar (`updateProfile(input: JSON!)`): any shape.
    let mut json_fields: Vec<Vec<u8>> = Vec::new();
    // ... and the names of those arguments (`input`, `filter`).
    let mut json_args: Vec<Vec<u8>> = Vec::new();
    for s in ctx.files.iter().filter(|s| s.is_js()) {
        if !re!(r"\bscalar\s+JSON").is_match(&s.text) && !contains(&s.text, b"GraphQLJSON") {
            continue;
        }
        for c in re!(r"\b([A-Za-z_]\w*)\s*\(([^()]{0,400})\)\s*:")
            .captures_iter(&s.text)
            .take(2000)
        {
            if re!(r":\s*\[?\s*JSON\w*\b").is_match(&c[2]) && json_fields.len() < 500 {
                json_fields.push(c[1].to_vec());
                for a in re!(r"\b([A-Za-z_]\w*)\s*:\s*\[?\s*JSON\w*\b").captures_iter(&c[2]) {
                    if json_args.len() < 500 {
                        json_args.push(a[1].to_vec());
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    for (fi, src) in ctx.files.iter().enumerate() {
        if !src.is_js()
            || contains(&src.text, b"@apollo/client")
            || contains(&src.text, b"use client")
            || !re!(r"\b(?:Query|Mutation)\s*:\s*\{").is_match(&src.text)
        {
            continue;
        }
        let t = &src.text;
        for c in src.code_matches(re!(r"\b(Query|Mutation)\s*:\s*\{"), 0, t.len()) {
            let (Some(m0), Some(kind)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let open = m0.end() - 1;
            let Some(close) = matching_brace(t, &src.mask, open) else {
                continue;
            };
            let props = properties(src, open, close + 1);
            // Apollo Client cache policies (`typePolicies: { Query: { fields: {...} } }`).
            if props.iter().any(|(k, _, _)| k == "fields") {
                continue;
            }
            let method = if kind.as_bytes() == b"Mutation" {
                "POST"
            } else {
                "GET"
            };
            for (field, kpos, (s, e)) in props {
                if field == "__resolveType" || out.len() > 5000 {
                    continue;
                }
                let mut raw = Raw::new(
                    fi,
                    src.line(kpos),
                    method,
                    format!("{}/{field}", mount.trim_end_matches('/')),
                    "graphql",
                    "graphql",
                );
                // A resolver given by name (`orders: listOrders`): its definition is the handler.
                let v = src.s(s, e).trim().to_string();
                let handler = if re!(r"^[A-Za-z_$][\w$]*$").is_match(v.as_bytes()) && v != field {
                    ctx.resolve(fi, &v)
                        .map(|d| (d.file, d.start, d.body.1))
                        .unwrap_or((fi, s, e))
                } else {
                    (fi, s, e)
                };
                raw.handler = Some(handler);
                // Arguments are checked against the schema's types before a resolver runs; a
                // `JSON` scalar takes any shape.
                let mut outer = Flags {
                    val: !json_fields.iter().any(|f| f == field.as_bytes()),
                    ..Flags::default()
                };
                if let Some(l) = &layer {
                    outer.auth = AuthLevel::Guard;
                    raw.outer_via = Some(l.clone());
                } else if let Some((g, via)) = &front {
                    outer = outer.or(*g);
                    if g.guard() {
                        raw.outer_via = Some(via.clone());
                    }
                }
                raw.outer = outer;
                // The arguments: `(parent, args, context)`, or destructured `(_, { id, input })`.
                let hs = &ctx.files[handler.0];
                let head = super::ctx::sl(&hs.text, handler.1, handler.2.min(handler.1 + 300));
                if let Some(p) = re!(r"^[^(]{0,80}?\(\s*[A-Za-z_$][\w$]*\s*(?::[^,()]{1,60})?,\s*(\{[^{}]{0,200}\}|[A-Za-z_$][\w$]*)")
                    .captures(head)
                    .and_then(|c| c.get(1))
                {
                    raw.uses_body = true;
                    let args = p.as_bytes();
                    if args.first() == Some(&b'{') {
                        let ids: Vec<String> = re!(r"[A-Za-z_$][\w$]*")
                            .find_iter(args)
                            .map(|m| String::from_utf8_lossy(m.as_bytes()).into_owned())
                            .filter(|n| n == "id" || n.ends_with("Id") || n.ends_with("_id"))
                            .collect();
                        // A `JSON` argument is a body of any shape: followed like a request body.
                        if let Some(j) = re!(r"[A-Za-z_$][\w$]*")
                            .find_iter(args)
                            .find(|m| json_args.iter().any(|a| a == m.as_bytes()))
                        {
                            raw.body_alias = Some(String::from_utf8_lossy(j.as_bytes()).into_owned());
                        }
                        if !ids.is_empty()
                            && let Some(off) = super::features::js_idor_params(
                                ctx, handler.0, handler.1, handler.2, &ids,
                            )
                        {
                            raw.id_lookup_line = Some((handler.0, hs.line(off)));
                        }
                    } else {
                        raw.body_alias = Some(String::from_utf8_lossy(args).into_owned());
                    }
                }
                out.push(raw);
            }
        }
    }
    out
}

/// The GraphQL path (`app.use('/api/graphql', ...)`, `applyMiddleware({ app, path })`) and the
/// flags of guards mounted in front of it (`app.use('/graphql', requireAuth, expressMiddleware(...))`).
fn mount(ctx: &Ctx) -> (String, Option<(Flags, String)>) {
    let mut path = "/graphql".to_string();
    let mut front = None;
    for (fi, src) in ctx.files.iter().enumerate() {
        if !src.is_js() {
            continue;
        }
        let t = &src.text;
        for c in src.code_matches(
            re!(r#"\.\s*use\s*\(\s*['"`](/[\w/.-]*graphql[\w/.-]*)['"`]\s*,([^;]{0,400}?)\b(?:expressMiddleware|graphqlHTTP|createHandler|createYoga|yoga|server\s*\.\s*getMiddleware)\b"#),
            0,
            t.len(),
        ) {
            path = String::from_utf8_lossy(&c[1]).into_owned();
            let mut acc = Flags::default();
            let mut via = Vec::new();
            for n in re!(r"[A-Za-z_$][\w$]*").find_iter(&c[2]).take(12) {
                let name = String::from_utf8_lossy(n.as_bytes()).into_owned();
                let g = js_guard(ctx, fi, &name, 1);
                if g.guard() || g.rl {
                    acc = acc.or(g);
                    via.push(name);
                }
            }
            if !via.is_empty() {
                front = Some((acc, via.join(", ")));
            }
        }
        if let Some(c) =
            re!(r#"\bapplyMiddleware\s*\(\s*\{[^}]{0,200}\bpath\s*:\s*['"`](/[^'"`]{1,80})['"`]"#)
                .captures(t)
        {
            path = String::from_utf8_lossy(&c[1]).into_owned();
        }
    }
    (path, front)
}
