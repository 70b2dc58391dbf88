//! Firebase Cloud Functions entry points: callable functions (`onCall`, v1 `(data, context)` and
//! v2 `(request)`) and HTTP functions (`onRequest`) exported from a functions codebase, with the
//! caller check the callable protocol offers (`context.auth` / `request.auth`; App Check is not
//! a user check).

use super::Raw;
use super::ctx::{Ctx, Src, fn_body_from, ident, re};
use super::features::{AuthLevel, Flags};
use crate::lang::args::call_args;

pub fn endpoints(ctx: &Ctx) -> Vec<Raw> {
    let mut out = Vec::new();
    for (fi, src) in ctx.files.iter().enumerate() {
        if !src.is_js() || !contains(&src.text, b"firebase-functions") {
            continue;
        }
        out.extend(file_endpoints(ctx, fi));
    }
    out
}

fn contains(t: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(t, needle).is_some()
}

fn file_endpoints(ctx: &Ctx, fi: usize) -> Vec<Raw> {
    let src = &ctx.files[fi];
    let t = &src.text;
    let mut out = Vec::new();
    for c in src
        .code_matches(
            re!(r"(?:\bexport\s+const\s+([A-Za-z_$][\w$]*)|\b(?:module\s*\.\s*)?exports\s*\.\s*([A-Za-z_$][\w$]*))\s*(?::[^=\n]{1,80})?=\s*[^;=]{0,300}?\b(onCall|onRequest)\s*(?:<(?:[^<>]|<[^<>]*>)*>\s*)?\(")
            , 0, t.len())
        .take(200)
    {
        let (Some(m0), Some(kind)) = (c.get(0), c.get(3)) else {
            continue;
        };
        let Some(name) = c.get(1).or_else(|| c.get(2)) else {
            continue;
        };
        let name = String::from_utf8_lossy(name.as_bytes()).into_owned();
        let callable = kind.as_bytes() == b"onCall";
        let Some(args) = call_args(t, &src.mask, m0.end() - 1) else {
            continue;
        };
        let Some(&(s, e)) = args.args.last() else {
            continue;
        };
        // The handler: a function expression, or the name of a function defined elsewhere.
        // `onRequest(app)` with an Express app is the Express parser's business.
        let handler = match ident(src, s, e) {
            Some(id) => match ctx.resolve(fi, &id) {
                Some(d) if d.kind != super::ctx::DefKind::Value => {
                    Some((d.file, d.start, d.body.1))
                }
                Some(d) => {
                    let ds = &ctx.files[d.file];
                    let def = super::ctx::sl(&ds.text, d.start, d.body.1);
                    if re!(r"\bexpress\s*\(|\bRouter\s*\(").is_match(def) {
                        continue;
                    }
                    fn_body_from(&ds.text, &ds.mask, d.body.0).map(|_| (d.file, d.body.0, d.body.1))
                }
                None => continue,
            },
            None => Some((fi, s, e)),
        };
        let Some((hf, ha, hb)) = handler else {
            continue;
        };
        let hs = &ctx.files[hf];
        let line = src.line(m0.start());
        if callable {
            let p = params(hs, ha, hb);
            let mut r = Raw::new(
                fi,
                line,
                "POST",
                format!("callable:{name}"),
                "callable",
                "firebase",
            );
            r.handler = Some((hf, ha, hb));
            let (alias, auth_obj) = callable_names(hs, ha, hb, &p);
            r.body_alias = alias;
            if let Some(a) = auth_obj {
                let flags = callable_auth(hs, ha, hb, &a, &p);
                if flags.auth != AuthLevel::None {
                    r.outer = r.outer.or(flags);
                    r.outer_via = Some(a.replace(' ', ""));
                }
            }
            out.push(r);
        } else {
            for m in super::next::methods_checked(hs, ha, hb) {
                let mut r = Raw::new(
                    fi,
                    line,
                    &m,
                    format!("/{name}"),
                    "http-function",
                    "firebase",
                );
                r.handler = Some((hf, ha, hb));
                out.push(r);
            }
        }
    }
    out
}

/// Parameter names of the function starting at `a` (`async (data, context) =>`,
/// `function (request: CallableRequest<In>)`, `async ({ data, auth }) =>`, `req =>`). A
/// destructured parameter is returned as its text, braces included.
fn params(src: &Src, a: usize, b: usize) -> Vec<String> {
    let t = &src.text;
    let b = b.min(t.len());
    let head_end = (a + 400).min(b);
    let head = &t[a.min(head_end)..head_end];
    // `x =>` without parentheses.
    if let Some(c) = re!(r"^\s*(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>").captures(head) {
        return vec![String::from_utf8_lossy(&c[1]).into_owned()];
    }
    let Some(open) = head.iter().position(|c| *c == b'(').map(|p| a + p) else {
        return Vec::new();
    };
    let Some(args) = call_args(t, &src.mask, open) else {
        return Vec::new();
    };
    args.args
        .iter()
        .map(|&(s, e)| {
            let p = String::from_utf8_lossy(&t[s..e]).into_owned();
            if p.starts_with('{') {
                return p;
            }
            p.split([':', '=']).next().unwrap_or("").trim().to_string()
        })
        .collect()
}

/// (body alias, auth expression) of a callable: v1 `(data, context)` -> (`data`,
/// `context.auth`); v2 `(request)` -> (`request.data`, `request.auth`); v2 destructured
/// `({ data, auth })` -> (`data`, `auth`).
fn callable_names(src: &Src, a: usize, b: usize, p: &[String]) -> (Option<String>, Option<String>) {
    let Some(p0) = p.first().filter(|s| !s.is_empty()) else {
        return (None, None);
    };
    if let Some(inner) = p0.strip_prefix('{') {
        let mut data = None;
        let mut auth = None;
        for part in inner.trim_end_matches('}').split(',') {
            let (key, local) = match part.split_once(':') {
                Some((k, l)) => (k.trim(), l.trim()),
                None => (part.trim(), part.trim()),
            };
            match key {
                "data" => data = Some(local.to_string()),
                "auth" => auth = Some(local.to_string()),
                _ => {}
            }
        }
        return (data, auth);
    }
    if p.len() >= 2 && !p[1].is_empty() && !p[1].starts_with('{') {
        return (Some(p0.clone()), Some(format!("{}.auth", p[1])));
    }
    let v2 = super::build_re(&format!(
        r"\b{}\s*\??\.\s*(?:data|auth)\b",
        regex::escape(p0)
    ))
    .is_ok_and(|r| src.has(&r, a, b));
    if v2 {
        (Some(format!("{p0}.data")), Some(format!("{p0}.auth")))
    } else {
        (Some(p0.clone()), None)
    }
}

/// What a callable's handler checks about `auth` (the `context.auth` / `request.auth` object).
fn callable_auth(src: &Src, a: usize, b: usize, auth: &str, p: &[String]) -> Flags {
    let mut f = Flags::default();
    let pat = auth
        .split('.')
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join(r"\s*\.\s*");
    let Ok(any) = super::build_re(&format!(r"\b{pat}\b")) else {
        return f;
    };
    if !src.has(&any, a, b) {
        return f;
    }
    f.auth = AuthLevel::Lookup;
    // `if (!context.auth) throw ...`, `if (!request.auth?.uid) { throw ... }`; a non-optional
    // `context.auth.uid` (throws for anonymous callers); a name bound to the uid and rejected
    // when missing; a helper handed the auth object or the request (`assertSignedIn(context)`).
    let guard = format!(
        r"!\s*{pat}(?:\s*\??\.\s*(?:uid|token))?\b[^)\n]{{0,120}}\)\s*\{{?\s*(?:throw|return)\b|\b{pat}\s*!?\s*\.\s*(?:uid|token)\b"
    );
    let mut guarded = super::build_re(&guard).is_ok_and(|r| src.has(&r, a, b));
    if !guarded {
        let bind = format!(
            r"\b(?:const|let|var)\s+(?:([A-Za-z_$][\w$]*)\s*=\s*{pat}\s*\??\.\s*uid\b|\{{\s*uid\s*(?::\s*([A-Za-z_$][\w$]*))?\s*\}}\s*=\s*{pat}\b)"
        );
        if let Ok(r) = super::build_re(&bind) {
            let t = super::ctx::sl(&src.text, a, b);
            for c in r.captures_iter(t).take(4) {
                let n = c
                    .get(1)
                    .or_else(|| c.get(2))
                    .map_or("uid".to_string(), |m| {
                        String::from_utf8_lossy(m.as_bytes()).into_owned()
                    });
                let rej = format!(
                    r"!\s*{n}\b[^)\n]{{0,80}}\)\s*\{{?\s*(?:throw|return)\b",
                    n = regex::escape(&n)
                );
                if super::build_re(&rej).is_ok_and(|r| src.has(&r, a, b)) {
                    guarded = true;
                    break;
                }
            }
        }
    }
    if !guarded {
        // The whole request or the auth object handed to a helper named for the check.
        let holder: Vec<&str> = p
            .iter()
            .filter(|s| !s.starts_with('{') && !s.is_empty())
            .map(String::as_str)
            .collect();
        for c in src
            .code_matches(
                re!(r"\b([A-Za-z_$][\w$]*)\s*\(\s*([A-Za-z_$][\w$]*(?:\s*\.\s*auth)?)\s*[,)]"),
                a,
                b,
            )
            .take(64)
        {
            let callee = String::from_utf8_lossy(&c[1]).to_ascii_lowercase();
            let arg = String::from_utf8_lossy(&c[2]).replace(' ', "");
            let named = [
                "auth",
                "signedin",
                "loggedin",
                "authenticated",
                "requireuser",
            ]
            .iter()
            .any(|w| callee.contains(w));
            if named && (arg == auth || holder.contains(&arg.as_str())) {
                guarded = true;
                break;
            }
        }
    }
    if guarded {
        f.auth = AuthLevel::Guard;
    }
    let role = format!(
        r"\b{pat}\s*!?\s*\??\.\s*token\s*!?\s*\??(?:\.\s*(?:admin|role|isAdmin|is_admin|staff)\b|\[\s*['\x22](?:admin|role)['\x22])"
    );
    f.role = super::build_re(&role).is_ok_and(|r| src.has(&r, a, b));
    // `if (auth?.token.admin !== true) throw ...` rejects anonymous callers too.
    if f.role
        && !guarded
        && super::build_re(&format!(
            r"\bif\s*\([^\n]{{0,80}}\b{pat}\s*!?\s*\??\.\s*token\b[^\n]{{0,120}}\)\s*\{{?\s*(?:throw|return)\b"
        ))
        .is_ok_and(|r| src.has(&r, a, b))
    {
        f.auth = AuthLevel::Guard;
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{FileSet, Limits, RawFile};

    fn eps(files: &[(&str, &str)]) -> Vec<Raw> {
        let set = FileSet::from_files(
            files.iter().map(|(p, t)| RawFile::new(*p, *t)).collect(),
            &Limits::default(),
        );
        let ctx = Ctx::new(&set);
        endpoints(&ctx)
    }

    #[test]
    fn v1_callable_with_context_auth_check() {
        let r = eps(&[(
            "functions/src/index.ts",
            "import * as functions from \"firebase-functions/v1\";\n\
             export const getOrder = functions.region(\"europe-west1\").https.onCall(async (data, context) => {\n\
               if (!context.auth) throw new functions.https.HttpsError(\"unauthenticated\", \"x\");\n\
               return data.orderId;\n\
             });\n",
        )]);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].route, "callable:getOrder");
        assert_eq!(r[0].line, 2);
        assert_eq!(r[0].body_alias.as_deref(), Some("data"));
        assert_eq!(r[0].outer.auth, AuthLevel::Guard);
    }

    #[test]
    fn v2_callable_forms() {
        let r = eps(&[(
            "functions/index.js",
            "const { onCall, onRequest } = require(\"firebase-functions/v2/https\");\n\
             exports.a = onCall(async (request) => { return request.data.x; });\n\
             exports.b = onCall({ enforceAppCheck: true }, async (request) => { const uid = request.auth?.uid; if (!uid) throw new HttpsError('unauthenticated', 'x'); });\n\
             exports.c = onCall(async ({ data, auth }) => { if (auth?.token.admin !== true) throw new Error('no'); return data; });\n\
             exports.d = onRequest({ cors: true }, async (req, res) => { res.json({}); });\n\
             exports.e = onCall(async (request) => { const x = request.auth?.uid; return x; });\n\
             export const f = onCall<{ a: string; b: Array<string> }>(async (request) => request.data.a);\n",
        )]);
        let by = |n: &str| r.iter().find(|x| x.route.ends_with(n)).expect(n);
        assert_eq!(by(":a").body_alias.as_deref(), Some("request.data"));
        assert_eq!(by(":a").outer.auth, AuthLevel::None);
        assert_eq!(by(":b").outer.auth, AuthLevel::Guard);
        assert_eq!(by(":c").body_alias.as_deref(), Some("data"));
        assert!(by(":c").outer.role);
        assert_eq!(by(":c").outer.auth, AuthLevel::Guard);
        assert_eq!(by("/d").kind, "http-function");
        assert_eq!(by("/d").method, "ALL");
        assert_eq!(by(":e").outer.auth, AuthLevel::Lookup);
        // A typed callable: `;` and nested generics in the type do not hide it.
        assert_eq!(by(":f").body_alias.as_deref(), Some("request.data"));
    }

    #[test]
    fn express_app_behind_on_request_is_not_an_endpoint_here() {
        let r = eps(&[(
            "functions/index.js",
            "const functions = require('firebase-functions');\nconst express = require('express');\n\
             const app = express();\napp.get('/x', (req, res) => res.send('ok'));\n\
             exports.api = functions.https.onRequest(app);\n",
        )]);
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn files_without_firebase_functions_are_ignored() {
        let r = eps(&[(
            "src/x.ts",
            "export const onCallThing = makeHandler.onCall(async (data, context) => data);\n",
        )]);
        assert!(r.is_empty());
    }
}
