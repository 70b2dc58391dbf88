//! What a handler or a middleware does, from its text: auth checks (direct, or through the
//! project's own guard functions resolved to their definitions), rate limiting, schema
//! validation, request-body use, data access, the service-role client, AI calls, webhook
//! signatures, lookups by a request id and client-set prices.

use super::ctx::{Ctx, DefKind, MAX_DEPTH, re};
use regex::bytes::Regex;

/// How strongly a piece of code establishes the caller's identity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum AuthLevel {
    #[default]
    None,
    /// Looks the user/session up; a guard only together with a deny branch.
    Lookup,
    /// Rejects unauthenticated callers (verifies a token, redirects, throws, 401s).
    Guard,
}

/// What a middleware, guard or dependency contributes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags {
    pub auth: AuthLevel,
    pub rl: bool,
    pub val: bool,
    /// The guard also checks a role (admin, superuser, staff).
    pub role: bool,
    /// The guard loads the record the request names and checks that the caller owns it (an
    /// ownership middleware such as `isAuthorized` comparing `todo.userId` with the caller).
    pub owner: bool,
}

impl Flags {
    pub fn or(self, o: Flags) -> Flags {
        Flags {
            auth: self.auth.max(o.auth),
            rl: self.rl || o.rl,
            val: self.val || o.val,
            role: self.role || o.role,
            owner: self.owner || o.owner,
        }
    }
    pub fn guard(self) -> bool {
        self.auth == AuthLevel::Guard
    }
}

/// Everything the checks need to know about one handler.
#[derive(Debug, Clone, Default)]
pub struct Features {
    pub flags: Flags,
    pub uses_body: bool,
    /// Request-body data reaches a sink (database, payment/AI call, shell, file).
    pub body_sink: bool,
    /// The whole body object goes into a write (mass assignment).
    pub mass_assign: bool,
    pub reads_db: bool,
    pub writes_db: bool,
    pub service_role: bool,
    /// A Supabase client bound to the caller's session (row-level security applies).
    pub user_scoped: bool,
    pub signature: bool,
    pub ai: bool,
    /// Sends e-mail to a recipient taken from the request (an open relay when public).
    pub open_mail: bool,
    /// The handler performs a login/signup/reset/OTP itself.
    pub auth_flow: bool,
    /// The handler trades a token an identity provider already issued (a Firebase ID token, an
    /// OAuth code, a Google credential) for a session: nothing there to guess.
    pub token_exchange: bool,
    /// Redeems a token or code the request carries (a reset link, an invite) and sends no
    /// e-mail: the second step of a reset, where the token itself is the secret.
    pub redeems_token: bool,
    /// A limiter is called, but only after a branch that already answered (an OTP check before
    /// `limiter.limit(...)`): that branch is unlimited.
    pub rl_late: bool,
    /// Checks the caller's role/admin flag.
    pub role_check: bool,
    /// Its only data access is inserting request data into a table (a public form: contact,
    /// waitlist, newsletter): no read, update, delete, RPC, storage or admin-auth call, and no
    /// owner column taken from the request.
    pub insert_only: bool,
    /// How many distinct named fields of the request body the handler reads.
    pub body_fields: usize,
    /// Offset of a DB lookup keyed by an id from the request, with no ownership condition.
    pub id_lookup: Option<usize>,
    /// A Supabase list query with no owner or caller filter: (offset, table, selects an owner column).
    pub unscoped_list: Option<(usize, String, bool)>,
    /// (offset, field) of a price/amount/role taken from the client.
    pub client_values: Vec<(usize, String)>,
    /// Names of tables/models touched (lower case).
    pub tables: Vec<String>,
}

/// The handler's database reads only count or aggregate (`prisma.user.count()`,
/// `User.countDocuments()`, `SELECT COUNT(*)`, `.objects.count()`): totals, no records.
pub fn aggregate_only(t: &[u8]) -> bool {
    re!(r"\.\s*(?:count|aggregate|groupBy|countDocuments|estimatedDocumentCount)\s*\(|(?i)\bcount\s*\(\s*\*?\s*\)")
        .is_match(t)
        && !re!(r"\.\s*(?:findMany|findFirst|findUnique|findAll|findOne|findById|findByPk|findAndCountAll|find|select|all|filter|values|getDocs?|fetchall|fetchone|scalars|query|raw)\s*\(|(?i)\bselect\s+(?:[^c(\s]|c[^o])")
            .is_match(t)
}

// ---------------------------------------------------------------- JavaScript / TypeScript

fn js_auth_strong() -> &'static Regex {
    re!(
        r"\b(?i:jwt|jsonwebtoken|jose|jwtlib|jwtService)\s*\.\s*verify\w*\s*\(|\bverify\s*\(\s*(?:token|accessToken|bearer|jwtToken)\b|\bjwtVerify\s*\(|\bverifyIdToken\s*\(|\bverifySessionCookie\s*\(|\bexpress[jJ]wt\s*\(|\.protect\s*\(|\bClerkExpressRequireAuth\s*\(|\bwithApiAuthRequired\s*\(|\bwithPageAuthRequired\s*\(|\bisAuthenticated\s*\(\s*\)|\bverifyToken\s*\(|\bverifyJwt\s*\(|\brequireAuth\s*\(\s*\)|\bgetAuthenticatedUser\s*\(|\bauthenticateRequest\s*\(|\bvalidateToken\s*\("
    )
}

fn js_auth_lookup() -> &'static Regex {
    re!(
        r"\bgetServerSession\s*\(|\bgetSession\s*\(|\bauth\s*\(\s*\)|\bcurrentUser\s*\(|\.auth\s*\.\s*getUser\s*\(|\bgetClaims\s*\(|\bgetToken\s*\(|\bgetAuth\s*\(|\bvalidateRequest\s*\(|\bvalidateSession\w*\s*\(|\bgetKindeServerSession\s*\(|\bgetIronSession\s*(?:<[^<>()\n]{0,80}>\s*)?\(|\bgetUser\s*\(|\bgetCurrentUser\s*\(|\b(?:req|request|ctx|ctx\.state)\s*\.\s*(?:user|auth|session\s*\.\s*\w+)\b|\bctx\s*\.\s*(?:session|userId|user|auth)\b|\bc\s*\.\s*get\s*\(\s*['\x22](?:user|jwtPayload|session)['\x22]"
    )
}

/// One `if (cond) branch` of JS code: where `if` starts, its parentheses, and the branch (a
/// braced block, its braces included, or the one statement up to `;` or the line end).
struct IfBlock {
    at: usize,
    open: usize,
    close: usize,
    braced: bool,
    body: (usize, usize),
}

/// The `if` statements that start in `[a, b)`, in order, clipped to `b` (an unclosed block
/// ends at `b`).
fn js_if_blocks<'a>(
    src: &'a super::ctx::Src,
    a: usize,
    b: usize,
) -> impl Iterator<Item = IfBlock> + 'a {
    let t = &src.text;
    src.code_matches(re!(r"\bif\s*\("), a, b)
        .filter_map(|c| c.get(0).map(|m| (m.start(), m.end() - 1)))
        .take_while(move |(at, _)| *at < b)
        .filter_map(move |(at, open)| {
            let close = matching_paren(t, &src.mask, open, b)?;
            let after = close
                + 1
                + t[close + 1..b]
                    .iter()
                    .take_while(|c| c.is_ascii_whitespace())
                    .count();
            let braced = t.get(after) == Some(&b'{');
            let end = if braced {
                crate::lang::args::matching_brace(t, &src.mask, after)
                    .unwrap_or(b)
                    .min(b)
            } else {
                t[after..b]
                    .iter()
                    .position(|c| *c == b';' || *c == b'\n')
                    .map_or(b, |p| after + p)
            };
            Some(IfBlock {
                at,
                open,
                close,
                braced,
                body: (after, end),
            })
        })
}

/// Does the code in `[a, b)` reject a caller whose lookup came back empty? An `if` on a negated
/// identity (`if (!user) return ...`, `if (authError || !session?.user) throw ...`,
/// `if (user == null) redirect(...)`) whose branch returns, throws or redirects; `?? throw`; or
/// every data access inside `if (session) { ... }`. A deny elsewhere in the handler
/// (`if (error) throw error`) does not count: `if (user) { log }` then the write is optional auth.
fn js_rejects_anonymous(src: &super::ctx::Src, a: usize, b: usize, helper: bool) -> bool {
    let b = b.min(src.text.len());
    let a = a.min(b);
    let t = &src.text;
    if src.has(re!(r"\?\?\s*(?:throw\b|redirect\s*\(|notFound\s*\()"), a, b) {
        return true;
    }
    // Names the lookup binds (`const { data: { user: me } } = ...`, `const viewer = await getUser()`).
    let mut names: Vec<Vec<u8>> = Vec::new();
    // `error` / `authError` of the lookup (`if (error) return 401` rejects a missing session).
    let mut errors: Vec<(Vec<u8>, usize)> = Vec::new();
    // Names bound to the account a login looks up by e-mail: `if (!user) return 401` there
    // rejects a wrong password, not an anonymous caller.
    let mut account: Vec<Vec<u8>> = Vec::new();
    // Names bound to a field of the session (`const role = session?.user?.role`).
    let mut derived: Vec<Vec<u8>> = Vec::new();
    for c in src.code_matches(
        re!(r"\b(?:const|let|var)\s+(\{[^;]{0,200}?\}|[A-Za-z_$][\w$]*)\s*(?::[^=\n]{1,80})?=\s*(?:await\s+)?([^;\n]{1,160})"),
        a,
        b,
    ).take(64) {
        if c.get(0).is_none_or(|m| m.start() >= b) {
            break;
        }
        // `const role = (session?.user as { role?: string })?.role`: a field of the caller's
        // session, undefined when there is none.
        if let Some(h) = re!(r"^\(*\s*([A-Za-z_$][\w$]*)\s*\??\.\s*[\w$]").captures(&c[2])
            && names.iter().any(|n| n.as_slice() == &h[1])
            && re!(r"^[A-Za-z_$][\w$]*$").is_match(&c[1])
        {
            if derived.len() < 8 {
                derived.push(c[1].to_vec());
                names.push(c[1].to_vec());
            }
            continue;
        }
        if !js_auth_lookup().is_match(&c[2])
            && !js_auth_strong().is_match(&c[2])
            && !re!(r"(?i)^[\w$.]*(?:auth|user|session|logged|signed|token|verify|guard|require|protect|permission|access)\w*\s*\(").is_match(&c[2])
        {
            continue;
        }
        // `findUserByEmail(email)`, `getUser(req.body.username)`: a login looking up the account
        // it is about to check the password of, not the caller's session.
        if !js_auth_lookup().is_match(&c[2])
            && !js_auth_strong().is_match(&c[2])
            && re!(r"(?i)^[\w$.]*By(?:Email|Username|UserName|Name|Phone|Login|Handle)\s*\(|^[\w$.]*\([^)]*\b(?:email|username|password|phone|req\s*\.\s*body|request\s*\.\s*body)\b").is_match(&c[2])
        {
            for w in re!(r"[A-Za-z_$][\w$]*").find_iter(&c[1]).take(8) {
                if !matches!(w.as_bytes(), b"data" | b"const" | b"let" | b"var") {
                    account.push(w.as_bytes().to_vec());
                }
            }
            continue;
        }
        for w in re!(r"[A-Za-z_$][\w$]*").find_iter(&c[1]) {
            let w = w.as_bytes();
            if re!(r"(?i)^(?:\w*error|err)$").is_match(w) {
                if errors.len() < 8 {
                    errors.push((w.to_vec(), c.get(0).map_or(a, |m| m.end())));
                }
            } else if !matches!(w, b"data" | b"const" | b"let" | b"var") && names.len() < 16 {
                names.push(w.to_vec());
            }
        }
    }
    let identity = |s: &[u8]| {
        let head = re!(r"^[!\s(]*(?:await\s+)?([A-Za-z_$][\w$]*)")
            .captures(s)
            .and_then(|c| c.get(1))
            .map_or(&b""[..], |m| m.as_bytes());
        if account.iter().any(|n| n == head) {
            return false;
        }
        re!(r"(?i)\w*(?:user|session|auth|claims|token|principal|viewer|identity|account|logged|signed)\w*|\b(?:me|uid|decoded|payload|sub)\b").is_match(s)
            || names.iter().any(|n| has_word(s, n))
    };
    let denies = re!(
        r"\b40[13]\b|[Uu]nauthori[sz]ed|[Ff]orbidden|\bredirect\w*\s*\(|\bthrow\b|\bnotFound\s*\(|\breturn\b|\bunauthorized\s*\(|\bsignIn\s*\(|\babort\s*\(|\breject\s*\(|\bnext\s*\(\s*new\b"
    );
    // Data accesses, found only when an `if (session) { ... }` needs them.
    let ops: std::cell::OnceCell<Vec<usize>> = std::cell::OnceCell::new();
    let ops = || {
        ops.get_or_init(|| {
            src.code_matches(js_write(), a, b)
                .chain(src.code_matches(js_read(), a, b))
                .filter_map(|c| c.get(0).map(|m| m.start()))
                .filter(|p| *p < b)
                .take(64)
                .collect()
        })
    };
    let strict_deny = re!(
        r"\b40[13]\b|[Uu]nauthori[sz]ed|[Ff]orbidden|\bredirect\w*\s*\(|\brewrite\s*\(|\bthrow\b|\bnotFound\s*\(|\bunauthorized\s*\(|\bsignIn\s*\("
    );
    // `ctx.user ? User.findById(ctx.user.id) : null`: every data access waits for an
    // identified caller; anonymous callers get nothing.
    for c in src
        .code_matches(
            re!(r"(!\s*)?\b([\w$]+(?:\s*\??\.\s*[\w$]+)*)\s*\?\s*((?:[^:;\n()]|\((?:[^()\n]|\([^()\n]*\))*\)){1,200}):\s*(?:null|undefined|\[\s*\]|false|\{\s*\})\s*(?:[);,}\n]|$)"),
            a,
            b,
        )
        .take(16)
    {
        let Some(m) = c.get(0) else { continue };
        if m.start() >= b || c.get(1).is_some() || !identity(&c[2]) {
            continue;
        }
        let inside = |p: &usize| *p >= m.start() && *p < m.end();
        if !ops().is_empty() && ops().iter().all(inside) {
            return true;
        }
    }
    // `req.user ? next() : res.status(401).end()`, `!session ? redirect("/login") : ...`.
    let ternary = src.has(re!(r"\?\s*next\s*\(|\?[^.?:;\n][^;\n]{0,200}:"), a, b)
        && src.has_any(strict_deny, a, b);
    for c in src
        .code_matches(
            re!(r"(!\s*)?\b([\w$]+(?:\s*\??\.\s*[\w$]+)*)\s*\?\s*([^:;\n]{1,200}):\s*([^;\n]{1,200})"),
            a,
            b,
        )
        .take(if ternary { 64 } else { 0 })
    {
        if c.get(0).is_none_or(|m| m.start() >= b) {
            break;
        }
        if !identity(&c[2]) {
            continue;
        }
        let (yes, no) = (&c[3], &c[4]);
        if c.get(1).is_some() {
            if strict_deny.is_match(yes) {
                return true;
            }
        } else if strict_deny.is_match(no)
            || re!(r"\bnext\s*\(\s*\)").is_match(yes) && !re!(r"\bnext\s*\(").is_match(no)
        {
            return true;
        }
    }
    for blk in js_if_blocks(src, a, b).take(200) {
        let IfBlock {
            at,
            open,
            close,
            braced,
            body: (bs, be),
        } = blk;
        // `(session?.user as any)?.role` reads as `session?.user?.role`.
        let cond = &*re!(r"\(\s*([\w$]+(?:\s*\??\.\s*[\w$]+)*)\s+as\s+[\w$.<>\[\]| ]+\)")
            .replace_all(&t[open + 1..close], &b"$1"[..]);
        let branch = &t[bs..be];
        // (`!isAdmin(session)`: a check helper handed the session.)
        let negated = re!(r"!\s*\(?\s*(?:await\s+)?[\w$]+\s*\(\s*[\w$]+(?:\s*\??\.\s*[\w$]+)*\s*\)|!\s*\(?\s*(?:await\s+)?[\w$]+(?:\s*\??\.\s*[\w$]+)*|[\w$]+(?:\s*\??\.\s*[\w$]+)*\s*===?\s*(?:null|undefined|false)\b|\btypeof\s+[\w$.]+\s*===?\s*['\x22]undefined")
            .find_iter(cond)
            .any(|x| identity(x.as_bytes()))
            // `session?.user?.role !== "ADMIN"`: true for a missing session too.
            || re!(r"[\w$]+(?:\s*\??\.\s*[\w$]+)*\s*!==?\s*['\x22`]")
                .find_iter(cond)
                .any(|x| {
                    let head = re!(r"^[\w$]+").find(x.as_bytes()).map_or(&b""[..], |h| h.as_bytes());
                    identity(x.as_bytes())
                        && (x.as_bytes().contains(&b'.') || derived.iter().any(|d| d == head))
                });
        // In a helper (`getUserOrNull()`), `return null` hands the decision to the caller.
        if negated && (if helper { strict_deny } else { denies }).is_match(branch) {
            return true;
        }
        // `if (error) return ...` on the lookup's own error, before anything is written.
        let first_write_after = |from: usize| {
            src.code_matches(js_write(), from, b)
                .filter_map(|c| c.get(0).map(|m| m.start()))
                .find(|p| *p < b)
                .unwrap_or(b)
        };
        if errors
            .iter()
            .any(|(n, bound)| *bound <= at && at < first_write_after(*bound) && has_word(cond, n))
            && (if helper { strict_deny } else { denies }).is_match(branch)
        {
            return true;
        }
        // `if (session) { ...every data access... }`.
        let positive = re!(r"^\s*(?:await\s+)?[\w$]+(?:\s*\??\.\s*[\w$]+)*\s*(?:\(\s*\))?(?:\s*&&\s*[\w$]+(?:\s*\??\.\s*[\w$]+)*)*\s*$")
            .is_match(cond)
            && identity(cond);
        // Middleware: `if (req.user) return next();` then a rejection.
        if positive && re!(r"\bnext\s*\(\s*\)").is_match(branch) && strict_deny.is_match(&t[be..b])
        {
            return true;
        }
        if positive
            && braced
            && !ops().is_empty()
            && ops().iter().all(|p| *p < open || (*p > bs && *p < be))
            && ops().iter().any(|p| *p > bs && *p < be)
        {
            return true;
        }
    }
    false
}

/// Index of the `)` matching the `(` at `open` (code only), before `limit` (and within 4 KB).
fn matching_paren(t: &[u8], mask: &[u8], open: usize, limit: usize) -> Option<usize> {
    crate::lang::args::matching(t, mask, open, limit.min(open.saturating_add(4096)))
}

/// `req.user.id` (not `req.user?.id`): handlers that would throw without an authenticated user.
fn js_user_required() -> &'static Regex {
    re!(
        r"\b(?:req|request)\s*\.\s*(?:user|auth)\s*\.\s*[A-Za-z_]|\b(?:req|request)\s*\.\s*isAuthenticated\s*\(|\bif\s*\(\s*!\s*(?:req|request)\s*\.\s*(?:user|auth|session)\b"
    )
}

fn js_rl() -> &'static Regex {
    re!(
        r"(?i)\brate_?limit\w*\s*\(|\brate_?limiter\b|ratelimiter\w*\s*\(|\bnew\s+ratelimit\b|\bratelimit\s*\.\s*\w+\s*\(|\.consume\s*\(|\bslow_?down\s*\(|\b\w*limiter\w*\s*\.\s*(?:limit|check|consume|removeTokens)\s*\(|express-rate-limit|rate-limiter-flexible|@upstash/ratelimit|\bthrottle\w*\s*\(|\bis_?rate_?limited\s*\(|\bcheck_?rate_?limit\w*\s*\(|\blimit\s*\(\s*(?:ip|identifier|key|`)"
    )
}

fn js_val() -> &'static Regex {
    re!(
        r"\.\s*(?:safeParse|safeParseAsync|parseAsync)\s*\(|\b\w*[Ss]chema\s*\.\s*(?:pick|omit|partial|extend|strict|required|merge)\s*\([^()]*\)\s*\.\s*parse\s*\(|\b(?:z|zod|yup|Joi|joi|v|valibot|vine|Type|t)\s*\.\s*(?:object|string|number|array|strictObject|pipe)\s*\(|\.\s*validate(?:Sync|Async)?\s*\(|\bvalidate\s*\(|\bvalidateOrReject\s*\(|\bvalidationResult\s*\(|\bcelebrate\s*\(|\bzValidator\s*\(|\bcheckSchema\s*\(|\b(?:body|check|param|query)\s*\(\s*['\x22][^'\x22]+['\x22]\s*\)\s*\.\s*(?:is\w+|not|exists|trim|notEmpty|escape|custom|optional|matches)\b|\bajv\b|\bassert\s*\(\s*\w+\s*,\s*\w+\s*\)|\bparse\s*\(\s*\w*[Ss]chema\b|\bsafeParse\s*\(|\bplainToInstance\s*\(|\btypia\s*\.|\bTypeCompiler\b|\bNumber\s*\.\s*is(?:Finite|Integer|SafeInteger)\s*\(|\bvalidator\s*\.\s*is\w+\s*\("
    )
}

/// Hand validation of request data: `typeof name !== "string"` where `name` is the body or one
/// of its fields (a `typeof` test of an API response or a local is not input validation).
fn js_typeof_checks_body(text: &[u8]) -> bool {
    let re = re!(
        r"\btypeof\s+([A-Za-z_$][\w$]*)((?:\s*\??\.\s*[\w$]+|\[[^\]]{1,40}\])*)\s*[!=]==?\s*['\x22](?:string|number|boolean)['\x22]"
    );
    if !re.is_match(text) {
        return false;
    }
    let (whole, fields) = js_body_names(text);
    re.captures_iter(text).any(|c| {
        let root = String::from_utf8_lossy(&c[1]);
        let path = String::from_utf8_lossy(&c[2]);
        whole.iter().chain(fields.iter()).any(|n| *n == root)
            || matches!(root.as_ref(), "req" | "request") && path.contains("body")
    })
}

/// `<schema>.parse(...)` where the receiver is not JSON/URL/etc.
fn js_schema_parse(text: &[u8]) -> bool {
    re!(r"\b([A-Za-z_$][\w$]*)\s*\.\s*parse\s*\(")
        .captures_iter(text)
        .any(|c| {
            let n = &c[1];
            !matches!(
                n,
                b"JSON"
                    | b"url"
                    | b"URL"
                    | b"qs"
                    | b"querystring"
                    | b"path"
                    | b"Date"
                    | b"cookie"
                    | b"cookies"
                    | b"parser"
                    | b"marked"
                    | b"yaml"
                    | b"YAML"
                    | b"toml"
                    | b"csv"
                    | b"Papa"
                    | b"dayjs"
                    | b"moment"
                    | b"DOMParser"
                    | b"parse5"
            )
        })
}

fn js_body() -> &'static Regex {
    re!(
        r"\b(?:req|request|ctx\s*\.\s*request)\s*\.\s*body\b|\b(?:req|request)\s*\.\s*(?:json|formData|text)\s*\(\s*\)|\bc\s*\.\s*req\s*\.\s*(?:json|parseBody|formData|valid)\s*\(|\bformData\s*\.\s*get\s*\(|\bevent\s*\.\s*body\b|\b(?:const|let|var)\s*\{[^}=]{0,200}\bbody\b[^}=]{0,200}\}\s*=\s*(?:req|request)\b"
    )
}

fn js_read() -> &'static Regex {
    re!(
        r"\bprisma\s*\.\s*\w+\s*\.\s*(?:find\w*|count|aggregate|groupBy)\s*\(|\.\s*from\s*\(\s*['\x22`][\w.]+['\x22`]\s*\)|\.\s*(?:findOne|findById|findAll|findMany|findFirst|findUnique|findByPk|findAndCountAll|select|getDoc|getDocs|query|execute|raw|all)\s*\(|\b[A-Z]\w*\s*\.\s*find\s*\(|\bcollection\s*\(|\bsql\s*`|\bdb\s*\.\s*\w+\s*\.\s*find|\bknex\s*\(|\b(?:db|trx|knex)\s*\(\s*['\x22]\w+['\x22]\s*\)|\.\s*getJob\s*\(|\b\w*[Ss]igned\w*Url\s*\(|\.\s*(?:findBy|findOneBy|findOneByOrFail|findOneOrFail|findAndCount|findAndCountBy|countBy)\s*\(|\bgetRepository\s*\([^()]*\)\s*\.\s*find\w*\s*\(|\b\w*(?:[Rr]epo|Repository)\s*\.\s*find\w*\s*\(|\.\s*prepare\s*\((?:[^()]|\([^()]*\))*\)\s*\.\s*(?:get|all|iterate|pluck)\s*\(|(?i)\bselect\s+[\w*,\s.]{1,120}\bfrom\s+\w"
    )
}

fn js_write() -> &'static Regex {
    re!(
        r"\.\s*(?:insert|insertOne|insertMany|update|updateOne|updateMany|upsert|delete|deleteOne|deleteMany|destroy|remove|create|createMany|save|findByIdAndUpdate|findByIdAndDelete|findOneAndUpdate|findOneAndDelete|findByIdAndRemove|bulkWrite|increment|decrement)\s*\(|\b(?:addDoc|setDoc|updateDoc|deleteDoc)\s*\(|\.\s*doc\s*\([^()]{0,120}\)\s*\.\s*set\s*\(|\.\s*collection\s*\([^()]{0,120}\)\s*\.\s*add\s*\(|\b(?:setCustomUserClaims|deleteUser|updateUser|createUser)\s*\(|\.\s*prepare\s*\((?:[^()]|\([^()]*\))*\)\s*\.\s*run\s*\(|(?i)\b(?:insert\s+into|update\s+\w+\s+set|delete\s+from)\b"
    )
}

fn js_service_role() -> &'static Regex {
    re!(
        r"(?i)service_?role|\bsupabaseAdmin\b|\bcreateAdminClient\s*\(|\bcreateServiceClient\s*\(|\bcreateServiceRoleClient\s*\(|\.auth\s*\.\s*admin\s*\.|firebase-admin"
    )
}

fn js_user_scoped() -> &'static Regex {
    re!(
        r"\bcreateServerClient\s*\(|\bcreateRouteHandlerClient\s*\(|\bcreateServerComponentClient\s*\(|\bcreateServerActionClient\s*\(|\bcreatePagesServerClient\s*\(|\bcreateMiddlewareClient\s*\(|headers\s*:\s*\{\s*Authorization\s*:\s*(?:req|request|authHeader|authorization|auth)\b"
    )
}

fn js_signature() -> &'static Regex {
    re!(
        r"(?i)\bconstructEvent(?:Async)?\s*\(|\bwebhooks?\s*\.\s*verify\w*\s*\(|\bnew\s+Webhook\s*\(|\bverify\w*Signature\w*\s*\(|\bvalidateRequest\w*\s*\(|\bcreateHmac\s*\(|\btimingSafeEqual\s*\(|verifyWebhook\w*\s*\(|\bverifyKey\s*\("
    )
}

/// Checking a webhook sender's signature in Python: Stripe/Svix helpers, an HMAC compared in
/// constant time, a `verify_..._signature` call. Reading the signature header is not checking it.
fn py_signature() -> &'static Regex {
    re!(
        r"(?i)construct_event\s*\(|\bWebhook\s*\.\s*construct|\bhmac\s*\.\s*(?:new|compare_digest)\s*\(|verify\w*signature\w*\s*\(|\b(?:wh|webhook|svix\w*)\s*\.\s*verify\s*\(|\bverify_webhook\w*\s*\("
    )
}

/// Verifying a webhook sender's signature (the call rejects forged requests).
fn js_signature_verify() -> &'static Regex {
    re!(
        r"\bconstructEvent(?:Async)?\s*\(|\bwebhooks?\s*\.\s*verify\w*\s*\(|\b(?:wh|webhook)\s*\.\s*verify\s*\(|\bverifyWebhook\w*\s*\(|\bverify\w*Signature\w*\s*\(|\bverifyKey\s*\("
    )
}

fn py_signature_verify() -> &'static Regex {
    re!(
        r"\bconstruct_event\s*\(|\bverify_webhook\w*\s*\(|\bverify\w*_signature\w*\s*\(|\b(?:wh|webhook)\s*\.\s*verify\s*\("
    )
}

fn js_ai() -> &'static Regex {
    re!(
        r"\bchat\s*\.\s*completions\b|/v1/chat/completions\b|ai\.gateway\.lovable\.dev|\bresponses\s*\.\s*create\s*\(|\bmessages\s*\.\s*(?:create|stream)\s*\(|\b(?:generateText|streamText|generateObject|streamObject)\s*\(|\bgenerateContent\w*\s*\(|\bGoogleGenerativeAI\b|api\.openai\.com|api\.anthropic\.com|api\.groq\.com|openrouter\.ai|api\.mistral\.ai|generativelanguage\.googleapis|\breplicate\s*\.\s*run\s*\(|\bChatOpenAI\b|\bChatAnthropic\b|\bimages\s*\.\s*generate\s*\(|\bembeddings\s*\.\s*create\s*\(|\baudio\s*\.\s*transcriptions\b|\bcreate(?:Chat)?Completion\s*\(|\bcreateImage\s*\(|\bcreateEmbedding\s*\("
    )
}

/// An e-mail API call (Resend, SendGrid, Postmark, Mailgun, nodemailer) whose recipient is not a
/// fixed address: `to: [to]`, `to: email`, `to: body.email`.
fn js_open_mail(t: &[u8]) -> bool {
    js_mail_api(t) && js_mail_to_chosen(t)
}

/// A call of a mail API (Resend, SendGrid, Nodemailer, Postmark, Mailgun).
fn js_mail_api(t: &[u8]) -> bool {
    re!(r"\bemails\s*\.\s*send\s*\(|api\.resend\.com/emails|\bsgMail\s*\.\s*send\w*\s*\(|api\.sendgrid\.com/v3/mail|\bsendMail\s*\(|api\.postmarkapp\.com/email|api\.mailgun\.net|\bmessages\s*\.\s*create\s*\(\s*(?:DOMAIN|domain|process\.env\.MAILGUN)").is_match(t)
}

/// A `to:` that is a variable or request field (not the team's own inbox).
fn js_mail_to_chosen(t: &[u8]) -> bool {
    re!(r"\bto\s*:\s*\[?\s*(?:[A-Za-z_$][\w$]*\s*[,\]}\n]|(?:req|request|body|data|input|payload)\s*\.\s*\w+)|[{,]\s*to\s*[,}]").find_iter(t).any(|m| {
            let v = &m.as_bytes()[m.as_bytes().iter().position(|c| *c == b':').map_or(0, |p| p + 1)..];
            !re!(r"(?i)^\s*\[?\s*(?:admin|owner|support|team|sales|inbox|notify)\w*\s*[,\]}\n]").is_match(v)
        })
}

/// `sendRaw({ to, subject, html })` where the project's `sendRaw` passes its options to a mail
/// API (`resend.emails.send({ from: FROM, ...opts })`): the handler picks the recipient.
fn js_open_mail_via_helper(ctx: &Ctx, file: usize, a: usize, b: usize) -> bool {
    let src = &ctx.files[file];
    let t = &src.text;
    for c in src
        .code_matches(re!(r"\b([A-Za-z_$][\w$]*)\s*\(\s*\{"), a, b)
        .take(32)
    {
        let (Some(m), Some(name)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if m.start() >= b || member_call(t, name.start()) {
            continue;
        }
        let Some(d) = ctx.resolve(file, &String::from_utf8_lossy(name.as_bytes())) else {
            continue;
        };
        if d.kind != DefKind::Function || d.file == file && d.start <= a && d.body.1 >= b {
            continue;
        }
        let ds = &ctx.files[d.file];
        if !js_mail_api(super::ctx::sl(&ds.text, d.start, d.body.1)) {
            continue;
        }
        let open = m.end() - 1;
        let Some(paren) = t[..open].iter().rposition(|c| *c == b'(') else {
            continue;
        };
        let Some(close) = matching_paren(t, &src.mask, paren, b) else {
            continue;
        };
        if js_mail_to_chosen(&t[open..close]) {
            return true;
        }
    }
    false
}

fn js_auth_flow() -> &'static Regex {
    re!(
        r"\bcreateCustomToken\s*\(|\bsignInWithPassword\s*\(|\bsignUp\s*\(|\bsignInWithOtp\s*\(|\bresetPasswordForEmail\s*\(|\bverifyOtp\s*\(|\bbcrypt\w*\s*\.\s*compare\w*\s*\(|\bargon2\s*\.\s*verify\s*\(|\bcomparePassword\s*\(|\bverifyPassword\s*\(|\bcreateUserWithEmailAndPassword\s*\(|\bsignInWithEmailAndPassword\s*\(|\bsendPasswordResetEmail\s*\(|\bsendMagicLink\w*\s*\(|\bsignInWithMagicLink\s*\(|\bpassport\s*\.\s*authenticate\s*\(\s*['\x22]local|\bbcrypt\w*\s*\.\s*hash(?:Sync)?\s*\(|\bargon2\s*\.\s*hash\s*\(|\bhashPassword\s*\(|\bauth\s*\.\s*(?:signUp|signInWithPassword|resetPasswordForEmail|verifyOtp)\s*\(|\b\w*[oO]tp\w*\s*=\s*[^=\n;]*\b(?:randomInt|randomBytes|Math\s*\.\s*random|customAlphabet|nanoid)\s*\(|\bsend(?:Otp|OTP|Code|VerificationCode|LoginCode|MagicLink)\w*\s*\(|\bsend(?:Sms|SMS)\w*\s*\([^)\n]*\b(?:otp|code|pin)\b"
    )
}

/// The body is destructured into fields and every later use of each is a number or boolean
/// coercion: `const { feedbackId } = await req.json()` then only `Number(feedbackId)`.
fn js_destructured_fields_coerced(t: &[u8]) -> bool {
    let (whole, fields) = js_body_names(t);
    if fields.is_empty() || whole.iter().any(|w| w != "body") || fields.len() > 4 {
        return false;
    }
    // The text without destructuring declarations (their type annotations name the fields too).
    let rest = re!(r"\b(?:const|let|var)\s*\{[^}]*\}\s*=[^;\n]*").replace_all(t, &b""[..]);
    fields.iter().all(|fl| {
        let w = fl.as_bytes();
        let uses = crate::rules::engine::word_positions(&rest, w).count();
        let coerced = re!(
            r"\b(?:Number|parseInt|parseFloat|Boolean|BigInt)\s*\(\s*([A-Za-z_$][\w$]*)\s*[,)]"
        )
        .captures_iter(&rest)
        .filter(|c| c.get(1).is_some_and(|m| m.as_bytes() == w))
        .count();
        uses > 0 && coerced == uses
    })
}

/// Every use of the request body is one named field, coerced and bounded where it is read:
/// `String(req.body.name || "Untitled").slice(0, 80)`, `Number(req.body.qty)`, or picked from
/// constants (`req.body.role === "ADMIN" ? "ADMIN" : "MEMBER"`). That is validation by hand.
fn js_body_fields_bounded(t: &[u8]) -> bool {
    let uses = re!(r"\b(?:req|request)\s*\.\s*body\b").find_iter(t).count();
    let fields = re!(r"\b(?:req|request)\s*\.\s*body\s*\.\s*\w+")
        .find_iter(t)
        .count();
    let fallback = r#"(?:\s*(?:\|\||\?\?)\s*(?:'[^'
]*'|"[^"
]*"|\d+))?"#;
    let field = r"\b(?:req|request)\s*\.\s*body\s*\.\s*\w+";
    let Ok(bounded) = super::build_re(&format!(
        r#"\bString\s*\(\s*{field}{fallback}\s*\)\s*(?:\.\s*(?:trim|toLowerCase|toUpperCase)\s*\(\s*\)\s*)*\.\s*(?:slice|substring|substr)\s*\(\s*0\s*,\s*\d+\s*\)|\b(?:Number|parseInt|parseFloat|Boolean|Math\s*\.\s*(?:min|max|round|floor))\s*\(\s*{field}{fallback}\s*[,)]|{field}\s*===?\s*(?:'[^'
]*'|"[^"
]*")\s*\?\s*(?:'[^'
]*'|"[^"
]*")\s*:\s*(?:'[^'
]*'|"[^"
]*")"#
    )) else {
        return false;
    };
    uses > 0 && uses == fields && bounded.find_iter(t).count() == uses
}

/// Distinct named body fields a JS handler reads: destructured ones plus `req.body.x` and
/// `body.x` for each name bound to the whole body.
fn js_body_field_count(t: &[u8], whole: &[String], fields: &[String]) -> usize {
    let mut names: Vec<Vec<u8>> = fields.iter().map(|f| f.as_bytes().to_vec()).collect();
    for c in re!(r"\b(?:req|request)\s*\.\s*body\s*\.\s*([A-Za-z_$][\w$]*)|\b([A-Za-z_$][\w$]*)\s*\.\s*([A-Za-z_$][\w$]*)").captures_iter(t) {
        let name = match (c.get(1), c.get(2), c.get(3)) {
            (Some(n), _, _) => n.as_bytes(),
            (None, Some(o), Some(n)) if whole.iter().any(|w| w.as_bytes() == o.as_bytes()) => {
                n.as_bytes()
            }
            _ => continue,
        };
        if !names.iter().any(|x| x == name) {
            names.push(name.to_vec());
        }
    }
    names.len()
}

/// Distinct named body fields a Python handler reads (`request.json["x"]`,
/// `request.form.get("x")`, `data.get("x")`, `payload["x"]`).
fn py_body_field_count(t: &[u8]) -> usize {
    let mut names: Vec<&[u8]> = Vec::new();
    for c in re!(r#"\b(?:request\s*\.\s*(?:json|form|values|data|get_json\s*\(\s*[^)]*\))|data|payload|body|json_data)\s*(?:\.\s*get\s*\(|\[)\s*['"](\w+)['"]"#).captures_iter(t) {
        if let Some(n) = c.get(1).map(|m| m.as_bytes())
            && !names.contains(&n)
        {
            names.push(n);
        }
    }
    names.len()
}

/// Sending an e-mail (any language): the first step of a reset, not its redemption.
fn mail_send() -> &'static Regex {
    re!(
        r"(?i)\bsend_?mail\s*\(|\bsend_?e?mail\w*\s*\(|\btransporter\s*\.|\bresend\s*\.\s*emails\b|\bsgMail\b|\bsendgrid\b|\bEmailMessage\s*\(|\bmail\s*\.\s*send\s*\(|\bsend_password_reset\w*\s*\(|\bresetPasswordForEmail\s*\(|\bsendPasswordResetEmail\s*\("
    )
}

/// A role check on the caller in `t`: a [`js_role_check`] match that is not about the request's
/// own data (`data.role === "admin"` picks the role being granted, it does not check who asks).
pub fn js_caller_role_check(t: &[u8]) -> bool {
    js_role_check().find_iter(t).any(|m| {
        let before = &t[m.start().saturating_sub(40)..m.start()];
        let at = &t[m.start()..m.end()];
        // The object the `.role` / `role ===` belongs to.
        let on_request = |s: &[u8]| {
            re!(r"(?:\b(?:data|body|input|payload|args|values|formData|fields|dto|update|updates|patch|changes|params)|\b(?:req|request)\s*\.\s*(?:body|query|params)|\brequest\s*\.\s*data)\s*(?:\?\.|\.)?\s*$")
                .is_match(s)
        };
        // A bare `role` destructured from the request (`const { uid, role } = data`).
        let role_from_request = || {
            re!(r"\{[^{}]*\brole\b[^{}]*\}\s*(?::[^=;]+)?=\s*(?:await\s+)?(?:(?:data|body|input|payload|args|values|dto)\b|(?:req|request)\s*\.\s*(?:body\b|data\b|json\s*\(\s*\))|request\s*\.\s*data\b)")
                .is_match(t)
        };
        // `role === "admin"` where `role` is the requested one (`is_admin: role === "admin"`).
        let compares_requested_role = (at.starts_with(b"=") || at.starts_with(b"!"))
            && (re!(r"\b(?:data|body|input|payload|dto)\s*\.\s*role\s*$").is_match(before)
                || re!(r"(?:^|[^\w$.])role\s*$").is_match(before) && role_from_request());
        !(at.starts_with(b".") && on_request(before)
            || compares_requested_role
            || re!(r"^(?i)role\b").is_match(at)
                && (re!(r"\b(?:data|body|input|payload|dto)\s*\.\s*$").is_match(before)
                    || !re!(r"[\w$.]$").is_match(before) && role_from_request()))
    })
}

pub fn js_role_check() -> &'static Regex {
    re!(
        r"(?i)\.role\s*[!=]==?\s*['\x22]|[!=]==?\s*['\x22](?:admin|superadmin|super_admin|owner|staff|moderator)['\x22]|\bis_?admin\b\s*(?:===?|!==?|\?|\(|\)\s*(?:return\b|\{|throw\b|res\s*\.|next\s*\())|\bif\s*\(\s*!?\s*[\w$.?]*\bis_?admin\b|\brole\s*(?:===?|!==?|in)\s*|\bhasRole\s*\(|\brequireRole\s*\(|\bcheckRole\s*\(|\.\s*includes\s*\(\s*[\w$]+(?:(?:\?\.|\.)[\w$]+)*(?:\?\.|\.)roles?\s*\)|\bpermissions?\s*\.\s*includes\s*\(|\.roles?\s*\.\s*includes\s*\(|[\w$)\]](?:\?\.|\.)\s*(?:admin|isAdmin|superAdmin|staff)\s*[!=]==?\s*true\b|(?:\bif\s*\(|&&|\|\|)\s*!\s*[\w$]+(?:(?:\?\.|\.)[\w$]+)*(?:\?\.|\.)(?:admin|isAdmin|superAdmin)\b|\bif\s*\(\s*[\w$]+(?:(?:\?\.|\.)[\w$]+)*(?:\?\.|\.)(?:admin|isAdmin)\s*\)"
    )
}

/// A lookup by id: ORM finders and updates, supabase `.eq('id', x)`, drizzle `where(eq(t.id, x))`,
/// knex `.where({ id })` / `.where('id', x)`, SQL `WHERE id = $1`.
fn js_id_lookup() -> &'static Regex {
    re!(
        r"(?s)\b(?:findUnique|findFirst|findById|findByPk|findOne|findByIdAndUpdate|findByIdAndDelete|findOneAndUpdate|findOneAndDelete|update|delete|destroy|deleteOne|updateOne|doc)\s*\(((?:[^()]|\((?:[^()]|\([^()]*\))*\)){0,800}?)\)|\.\s*eq\s*\(\s*['\x22](?:id|uuid|\w+_id)['\x22]\s*,([^)]{0,80})\)|\.\s*where\s*\(\s*eq\s*\(\s*[\w$]+\s*\.\s*id\s*,([^)]{0,80})\)|\.\s*where\s*\(\s*(\{[^{}]{0,200}\}|['\x22](?:\w+\.)?(?:id|uuid|_id)['\x22]\s*,[^)]{0,80})\s*\)|(?i)\bwhere\s+(?:\w+\.)?id\s*=\s*(?:\$1|\?|\$\{)"
    )
}

fn js_request_id() -> &'static Regex {
    re!(
        r"\b(?:req|request)\s*\.\s*(?:params|query|body)\s*(?:\??\.\s*\w*[iI]d\b|\[\s*['\x22]\w*[iI]d['\x22])|\bparams\s*\??\.\s*\w*[iI]d\b|\bsearchParams\s*\.\s*get\s*\(\s*['\x22]\w*[iI]d['\x22]|\bparams\s*\)\s*\.\s*\w*[iI]d\b|\bc\s*\.\s*req\s*\.\s*param\s*\(|\bbody\s*\.\s*\w*[iI]d\b|\bformData\s*\.\s*get\s*\(\s*['\x22]\w*[iI]d['\x22]"
    )
}

fn js_ownership() -> &'static Regex {
    re!(
        r"(?i)\b(?:user_?id|owner_?id|author_?id|created_?by|owner|account_?id|org_?id|organization_?id|tenant_?id|team_?id|profile_?id|customer_?id|members|member_?ids|participants|collaborators|shared_?with|editors|viewers|team_?members|workspace_?id)\b\s*(?:[:=,]|\}\s*[,)}])|\.\s*eq\s*\(\s*['\x22](?:user_id|owner_id|author_id|created_by|owner|account_id|org_id|tenant_id|team_id|profile_id)['\x22]|\b(?:session|user|me|currentUser|viewer|caller|req\s*\.\s*user|request\s*\.\s*user|ctx\s*\.\s*user|context\s*\.\s*user|claims|auth)\s*(?:[?!]?\.\s*user)?\s*[?!]?\.\s*(?:id|_id|sub|uid|userId)\b\s*(?:[!=]==?|\)|,|\}|;|&&|\|\|)|auth\.uid\(\)|\buserId\s*(?:[!=]==?)|\bownerId\s*(?:[!=]==?)|[!=]==?\s*[\w$.?]*\b(?:user_?id|owner_?id|author_?id|created_?by|owner)\b"
    )
}

/// `unit_amount: ...`, `amount: ...`, `role: ...` (keys whose values must not come from the
/// client).
fn js_sensitive_keys() -> &'static Regex {
    re!(
        r"\b(unit_amount(?:_decimal)?|amount|price|total|discount|role|is_?[aA]dmin|credits|balance)\s*[:=]\s*([^,};\n]{1,120})"
    )
}

/// Names bound to request-body data in a handler: whole objects and destructured fields.
pub fn js_body_names(text: &[u8]) -> (Vec<String>, Vec<String>) {
    js_body_names_from(text, vec!["body".to_string()])
}

/// [`js_body_names`] with other names for the whole body (`data` in a Firebase callable).
fn js_body_names_from(text: &[u8], seed: Vec<String>) -> (Vec<String>, Vec<String>) {
    let mut whole = seed;
    let mut fields = Vec::new();
    let src = re!(
        r"(?:\b(?:req|request|ctx\s*\.\s*request)\s*\.\s*body\b|await\s+(?:req|request)\s*\.\s*(?:json|formData)\s*\(\s*\)|await\s+c\s*\.\s*req\s*\.\s*(?:json|parseBody)\s*\(\s*\))"
    );
    for c in re!(r"\b(?:const|let|var)\s+(\{[^}]{0,400}\}|[A-Za-z_$][\w$]*)\s*(?::[^=\n]{1,80})?=\s*([^;\n]{1,120})").captures_iter(text) {
        // `(await req.json()) as Body` reads like `await req.json()`.
        let full = c[2].trim_ascii_start();
        let full = full.strip_prefix(b"(").map_or(full, |r| r.trim_ascii_start());
        let rhs = full.strip_prefix(b"await").map_or(full, |r| r.trim_ascii_start());
        if src.find(full).is_none_or(|m| m.start() != 0) && !whole.iter().any(|w| rhs.starts_with(w.as_bytes()) && rhs.get(w.len()).is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'_')) {
            continue;
        }
        let lhs = String::from_utf8_lossy(&c[1]).into_owned();
        if let Some(inner) = lhs.strip_prefix('{') {
            for part in inner.trim_end_matches('}').split(',') {
                let part = part.trim().trim_start_matches("...");
                let local = part.split_once(':').map_or(part, |(_, l)| l).split('=').next().unwrap_or("").trim();
                if !local.is_empty() {
                    fields.push(local.to_string());
                }
            }
        } else if !whole.contains(&lhs) {
            whole.push(lhs);
        }
    }
    (whole, fields)
}

/// Classifies a name used as a middleware or guard in JS file `file`, following its definition.
pub fn js_guard(ctx: &Ctx, file: usize, name: &str, depth: usize) -> Flags {
    let key = (file, name.to_string());
    if let Some((f, at)) = ctx.cache.borrow().get(&key)
        && *at <= depth
    {
        return *f;
    }
    // Seed the cache to stop recursion through cycles (a cycle always comes back deeper).
    ctx.cache
        .borrow_mut()
        .insert(key.clone(), (Flags::default(), depth));
    let f = js_guard_uncached(ctx, file, name, depth);
    ctx.cache.borrow_mut().insert(key, (f, depth));
    f
}

fn js_guard_uncached(ctx: &Ctx, file: usize, name: &str, depth: usize) -> Flags {
    let by_name = js_name_flags(name);
    if depth > MAX_DEPTH {
        return by_name;
    }
    match ctx.resolve(file, name) {
        Some(d) => {
            let src = &ctx.files[d.file];
            let (a, b) = (d.start, d.body.1);
            let mut f = code_flags(ctx, d.file, a, b, depth + 1);
            // A value defined by a package call we recognise by name (`const limiter = rateLimit(...)`).
            if d.kind == DefKind::Value && !f.rl && !f.guard() && !f.val {
                f = f.or(expr_call_flags(
                    ctx,
                    d.file,
                    &src.s(d.body.0, d.body.1),
                    depth + 1,
                ));
            }
            f
        }
        None => by_name,
    }
}

/// Every record the code in `[a, b)` creates is a Mongoose model whose schema declares
/// validators (`maxlength`, `enum`, `match`, `validate`, `min` / `max`): Mongoose runs them on
/// `Model.create(...)`, `new Model(...).save()` and updates with `runValidators: true`, so the
/// written fields are validated.
fn mongoose_validated_create(ctx: &Ctx, file: usize, a: usize, b: usize) -> bool {
    let src = &ctx.files[file];
    let mut any = false;
    for c in src
        .code_matches(
            re!(r"\b([A-Z][\w$]*)\s*\.\s*(?:create|insertMany)\s*\(|\bnew\s+([A-Z][\w$]*)\s*\(|\b([A-Z][\w$]*)\s*\.\s*(?:findOneAndUpdate|findByIdAndUpdate|updateOne|updateMany)\s*\("),
            a,
            b,
        )
        .take(8)
    {
        // Updates run the schema's validators only with `runValidators: true`.
        if c.get(3).is_some() {
            let Some(m) = c.get(0) else { continue };
            let close = crate::lang::args::matching(&src.text, &src.mask, m.end() - 1, b)
                .unwrap_or(b);
            if !re!(r"\brunValidators\s*:\s*true\b").is_match(&src.text[m.end()..close]) {
                return false;
            }
        }
        let Some(name) = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)) else {
            continue;
        };
        let name = String::from_utf8_lossy(name.as_bytes()).into_owned();
        if matches!(
            name.as_str(),
            "Date" | "Error" | "URL" | "Map" | "Set" | "Promise"
        ) {
            continue;
        }
        let Some(d) = ctx.resolve(file, &name) else {
            return false;
        };
        let ds = &ctx.files[d.file];
        let def = super::ctx::sl(&ds.text, d.start, d.body.1);
        let Some(m) = re!(r"\bmodel\s*(?:<[^<>()]*>)?\s*\(\s*['\x22`]\w+['\x22`]\s*,\s*(new\s+Schema\b|[A-Za-z_$][\w$]*)")
            .captures(def)
        else {
            return false;
        };
        let schema_text: &[u8] = if m[1].starts_with(b"new") {
            def
        } else {
            let sname = String::from_utf8_lossy(&m[1]).into_owned();
            match ctx.def_in(d.file, &sname) {
                Some(sd) => super::ctx::sl(&ds.text, sd.start, sd.body.1),
                None => return false,
            }
        };
        if !re!(r"\b(?:maxlength|maxLength|minlength|enum|match|validate|min|max)\s*:")
            .is_match(schema_text)
        {
            return false;
        }
        any = true;
    }
    any
}

/// Flags of a JS code region used as a guard (a middleware body, a guard function).
pub fn code_flags(ctx: &Ctx, file: usize, a: usize, b: usize, depth: usize) -> Flags {
    let src = &ctx.files[file];
    let t = super::ctx::sl(&src.text, a, b);
    let mut auth = AuthLevel::None;
    let local_passport = re!(
        r"passport\s*\.\s*authenticate\s*\(\s*['\x22](?:local|google|github|facebook|twitter|oauth2?|openidconnect|saml|discord|apple|microsoft|linkedin)\b"
    );
    let passport =
        src.has(re!(r"passport\s*\.\s*authenticate\s*\("), a, b) && !local_passport.is_match(t);
    if src.has(js_auth_strong(), a, b)
        || passport
        // Hono's guards built per request (`async (c, next) => bearerAuth({ token: c.env.T })(c, next)`).
        || src.has(
            re!(r"\b(?:bearerAuth|basicAuth)\s*\(\s*\{|\bjwt\s*\(\s*\{\s*secret\b"),
            a,
            b,
        )
        || src.has(js_user_required(), a, b)
        || src.has(js_signature_verify(), a, b)
        || secret_header_check(t)
        || stored_api_key_check(t)
    {
        auth = AuthLevel::Guard;
    } else if src.has(js_auth_lookup(), a, b) {
        auth = if js_rejects_anonymous(src, a, b, depth > 1) {
            AuthLevel::Guard
        } else {
            AuthLevel::Lookup
        };
    }
    let mut f = Flags {
        auth,
        rl: src.has(js_rl(), a, b),
        val: src.has(js_val(), a, b)
            || js_schema_parse(t)
            || js_typeof_checks_body(t)
            || mongoose_validated_create(ctx, file, a, b),
        role: js_caller_role_check(super::ctx::sl(&src.text, a, b)),
        owner: js_request_id().is_match(t) && js_owner_condition(t),
    };
    // Middleware registered by name: `t.procedure.use(isAuthed)`, `router.use(requireAuth)`.
    if depth <= MAX_DEPTH && f.auth != AuthLevel::Guard {
        for c in src
            .code_matches(re!(r"\.\s*use\s*\(\s*([A-Za-z_$][\w$]*)\s*[,)]"), a, b)
            .take(8)
        {
            if c.get(0).is_none_or(|m| m.start() >= b) {
                break;
            }
            let g = js_guard(ctx, file, &String::from_utf8_lossy(&c[1]), depth + 1);
            f = f.or(Flags { val: false, ..g });
        }
    }
    // Calls to other project functions (one guard calling another), bounded.
    if depth <= MAX_DEPTH && (f.auth != AuthLevel::Guard || !f.rl) {
        let own_params: Vec<String> = re!(r"^[^{(]{0,200}?\(([^()]{0,300})\)")
            .captures(t)
            .and_then(|c| c.get(1))
            .map(|m| {
                split_top(m.as_bytes())
                    .iter()
                    .filter_map(|p| {
                        re!(r"^(?:\.\.\.)?([A-Za-z_$][\w$]*)")
                            .captures(p)
                            .and_then(|c| c.get(1))
                            .map(|x| String::from_utf8_lossy(x.as_bytes()).into_owned())
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut seen = 0;
        for c in src.code_matches(
            re!(r"\b([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)?)\s*\("),
            a,
            b,
        ) {
            let m = c.get(0).map_or(0, |m| m.start());
            if m >= b {
                break;
            }
            if c.get(1).is_some_and(|x| member_call(&src.text, x.start())) {
                continue;
            }
            let n: String = String::from_utf8_lossy(&c[1])
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            // The handler itself (`export default async function Page()`: the definition starts
            // after `export default`, and a page's span stops before its JSX).
            // A definition inside the span (the handler's own method name, a nested helper) is
            // already part of the text read here; a parameter (`handler(req, res)` in a wrapper)
            // is whatever the caller passes, not a project function of that name.
            if is_js_keyword(&n)
                || own_params.iter().any(|p| p.as_bytes() == n.as_bytes())
                || ctx.resolve(file, &n).is_none_or(|d| {
                    d.file == file && (d.start >= a && d.start < b || d.start <= a && d.body.1 >= b)
                })
            {
                continue;
            }
            seen += 1;
            if seen > 24 {
                break;
            }
            let g = js_guard(ctx, file, &n, depth + 1);
            if g.auth == AuthLevel::Guard {
                f.auth = AuthLevel::Guard;
            } else if g.auth == AuthLevel::Lookup && f.auth == AuthLevel::None {
                f.auth = if js_rejects_anonymous(src, a, b, depth > 1) {
                    AuthLevel::Guard
                } else {
                    AuthLevel::Lookup
                };
            }
            f.rl |= g.rl;
            f.role |= g.role;
        }
    }
    f
}

/// Flags of an expression used in a middleware chain: a call (`rateLimit({...})`,
/// `passport.authenticate('jwt')`, `validate(schema)`, `requireRole('admin')`), an inline
/// function, or a name.
pub fn expr_call_flags(ctx: &Ctx, file: usize, expr: &str, depth: usize) -> Flags {
    let e = expr.trim();
    let t = e.as_bytes();
    if t.is_empty() {
        return Flags::default();
    }
    let mut f = Flags::default();
    if js_rl().is_match(t) {
        f.rl = true;
    }
    if js_val().is_match(t)
        || js_typeof_checks_body(t)
        || e.starts_with("validate")
        || e.contains("Validator(")
    {
        f.val = true;
    }
    if re!(r"passport\s*\.\s*authenticate\s*\(").is_match(t) && !re!(r"authenticate\s*\(\s*['\x22](?:local|google|github|facebook|twitter|oauth2?|discord|apple)\b").is_match(t) {
        f.auth = AuthLevel::Guard;
    }
    if re!(r"\bexpress[jJ]wt\s*\(|\bjwt\s*\(\s*\{|\bauth\s*\(\s*\{|\bClerkExpressRequireAuth\s*\(|\brequireAuth\s*\(|\bcheckJwt\b|\bauthenticateToken\b|\bverifyToken\b|\b(?:bearerAuth|basicAuth)\s*\(\s*\{").is_match(t) {
        f.auth = AuthLevel::Guard;
    }
    // The callee of a call (`requireRole('admin')`) or a bare name.
    if let Some(c) =
        re!(r"^(?:await\s+)?([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*(?:\(|$)").captures(t)
    {
        let n: String = String::from_utf8_lossy(&c[1])
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if n != "passport.authenticate" && !is_js_keyword(&n) && n != "async" && n != "function" {
            f = f.or(js_guard(ctx, file, &n, depth));
        }
    }
    f
}

/// Heuristic flags from a name alone (a guard imported from a package or not resolvable).
pub fn js_name_flags(name: &str) -> Flags {
    let last = name.rsplit('.').next().unwrap_or(name);
    let l = last.to_ascii_lowercase();
    let mut f = Flags::default();
    if l.contains("optional") || l.contains("public") || l.contains("maybe") {
        return f;
    }
    // Session plumbing, not a guard: `session({...})` (express-session), `cookieSession()`,
    // `passport.initialize()`, `passport.session()` load a user if there is one and let anyone
    // else through.
    if matches!(
        l.as_str(),
        "session" | "cookiesession" | "expresssession" | "initialize"
    ) {
        return f;
    }
    if l.contains("limit")
        || l.contains("throttle")
        || l.contains("slowdown")
        || l.contains("brute")
    {
        f.rl = true;
    }
    if l.starts_with("validat")
        || l.contains("validator")
        || l.contains("celebrate")
        || l.ends_with("schema")
        || l.starts_with("sanitiz")
    {
        f.val = true;
    }
    let authish = [
        "auth",
        "protect",
        "guard",
        "loggedin",
        "logged_in",
        "login_required",
        "requirelogin",
        "requireuser",
        "ensureuser",
        "jwt",
        "verifytoken",
        "checktoken",
        "isadmin",
        "requireadmin",
        "adminonly",
        "requirerole",
        "checkrole",
        "haspermission",
        "authorize",
        "session",
        "signedin",
        "requiresignin",
    ];
    if authish.iter().any(|w| l.contains(w))
        && !l.contains("oauth")
        && !l.ends_with("router")
        && !l.ends_with("routes")
        && !l.starts_with("get")
    {
        f.auth = AuthLevel::Guard;
        f.role = l.contains("admin")
            || l.contains("role")
            || l.contains("permission")
            || l.contains("superuser")
            || l.contains("staff");
    } else if l.starts_with("get")
        && (l.contains("user") || l.contains("session") || l.contains("auth"))
    {
        f.auth = AuthLevel::Lookup;
    }
    f
}

fn is_js_keyword(n: &str) -> bool {
    matches!(
        n,
        "if" | "for"
            | "while"
            | "switch"
            | "catch"
            | "function"
            | "return"
            | "await"
            | "typeof"
            | "new"
            | "async"
            | "super"
            | "import"
            | "require"
            | "console.log"
            | "console.error"
            | "next"
            | "res.status"
            | "res.json"
            | "res.send"
            | "String"
            | "Number"
            | "Boolean"
            | "Array"
            | "Object"
            | "Promise"
            | "JSON.parse"
            | "JSON.stringify"
            | "parseInt"
            | "parseFloat"
            | "fetch"
            | "setTimeout"
    )
}

/// An API key from a request header looked up in the database, with a 401/403 when there is
/// no match: `const key = await ApiKey.findOne({ keyHash: sha256(req.header("x-api-key")) });
/// if (!key) return res.status(401)...`.
pub fn stored_api_key_check(t: &[u8]) -> bool {
    // The app's own key helper, its result refused with a 401 (`const key = await
    // verifyApiKey(req.headers.get("authorization")); if (!key) return 401`).
    if re!(r"\b(?:verify|validate|authenticate|check|lookup|resolve)Api[Kk]ey\w*\s*\(").is_match(t)
        && re!(r"\b40[13]\b|_40[13]_|(?i:unauthori[sz]ed|forbidden)").is_match(t)
    {
        return true;
    }
    re!(r#"(?i)\bheaders?\s*(?:\(\s*|\.\s*get\s*\(\s*|\[\s*)['"](?:x-api-key|x-api-token|api-key|apikey|x-access-key)['"]|\bheaders\s*\.\s*(?:x_api_key|apikey)\b|\b(?:x_api_key|api_key|x_api_token|apikey)\s*:\s*[^=\n]{1,60}=\s*(?:Header|Security)\s*\("#)
        .is_match(t)
        && re!(r#"\b(?:findOne|findUnique|findFirst|find_one|verifyApiKey|lookupApiKey|findByKey\w*)\s*\(|\.\s*from\s*\(\s*['"`]\w*api_?keys?['"`]\s*\)|\.\s*eq\s*\(\s*['"`]\w*(?:key|hash)\w*['"`]|\b(?:select|query)\s*\(\s*\w*Api_?Key\w*\b|\b\w*Api_?Key\w*\s*\.\s*(?:objects|query)\b|\bFROM\s+api_keys\b"#)
            .is_match(t)
        && re!(r"\b40[13]\b|_40[13]_|(?i:unauthori[sz]ed|forbidden)").is_match(t)
}

/// A header compared with an env secret: `req.headers['x-api-key'] !== process.env.API_KEY`,
/// `authHeader === \`Bearer ${process.env.CRON_SECRET}\``, also when the comparison spans
/// several lines or compares names bound earlier (`const provided = req.headers.get(...)`,
/// `const expected = Deno.env.get(...)`, FastAPI `x_api_key: str = Header(...)`).
pub fn secret_header_check(t: &[u8]) -> bool {
    let env = re!(
        r"process\s*\.\s*env\b|Deno\s*\.\s*env\b|import\s*\.\s*meta\s*\.\s*env\b|\bos\s*\.\s*(?:environ|getenv)\b|\bsettings\s*\.\s*[A-Z_]+|\benv\s*\.\s*[A-Z_]+"
    );
    let cmp = re!(r"[!=]==?|timingSafeEqual|compare_digest|secrets\s*\.\s*compare");
    let secretish = re!(
        r"(?i)secret|token|api[_-]?key|authorization|bearer|password|passcode|[a-z]_key\b|\bkey\b"
    );
    // Where the caller's copy comes from: a header, or a value the app keeps in the caller's
    // session or cookies (an admin key entered once on a login form).
    let header = re!(
        r"(?i)headers|authorization|x-api-key|get_header|META\s*\[|\bheader\s*\(|\bsession\s*(?:\.\s*get\s*\(|\[)|\bcookies\b"
    );
    if !header.is_match(t) || !env.is_match(t) || !cmp.is_match(t) {
        return false;
    }
    // Names bound to a header value or to an env secret (one level of derivation).
    let mut hdr: Vec<(String, bool)> = Vec::new();
    let mut envs: Vec<(String, bool)> = Vec::new();
    let word_in = |names: &[(String, bool)], s: &[u8]| -> Option<bool> {
        names
            .iter()
            .filter(|(n, _)| has_word(s, n.as_bytes()))
            .map(|(_, sec)| *sec)
            .reduce(|x, y| x || y)
    };
    for c in re!(r"(?m)\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=\n]{1,80})?=\s*([^;\n]{1,200})|^[ \t]*([A-Za-z_]\w*)\s*(?::[^=\n]{1,80})?=\s*([^\n]{1,200})|\b([A-Za-z_]\w*)\s*:\s*(?:[\w\[\]|. ]{1,40}=\s*Header\s*\(|Annotated\s*\[[^\]\n]{0,80}Header\s*\()").captures_iter(t).take(200) {
        let (Some(n), rhs) = (c.get(1).or(c.get(3)).or(c.get(5)), c.get(2).or(c.get(4))) else {
            continue;
        };
        let name = String::from_utf8_lossy(n.as_bytes()).into_owned();
        let sec_name = secretish.is_match(n.as_bytes());
        let Some(rhs) = rhs.map(|m| m.as_bytes()) else {
            // A FastAPI `Header(...)` parameter.
            hdr.push((name, sec_name || re!(r"(?i)key|token|secret|auth").is_match(n.as_bytes())));
            continue;
        };
        if rhs.starts_with(b"=") {
            continue; // `x == y`
        }
        let sec = sec_name || secretish.is_match(rhs);
        if header.is_match(rhs) && !env.is_match(rhs) {
            hdr.push((name, sec));
        } else if env.is_match(rhs) && !header.is_match(rhs) {
            envs.push((name, sec));
        } else if let Some(s) = word_in(&hdr, rhs) {
            hdr.push((name, sec || s));
        } else if let Some(s) = word_in(&envs, rhs) {
            envs.push((name, sec || s));
        }
    }
    let lines: Vec<&[u8]> = t.split(|b| *b == b'\n').collect();
    let mut seen_line = usize::MAX;
    let mut start = 0usize;
    let mut line_no = 0usize;
    for m in cmp.find_iter(t).take(200) {
        while line_no + 1 < lines.len() && start + lines[line_no].len() < m.start() {
            start += lines[line_no].len() + 1;
            line_no += 1;
        }
        if line_no == seen_line {
            continue;
        }
        seen_line = line_no;
        let (lo, hi) = expr_lines(&lines, line_no);
        let w = lines[lo..=hi].join(&b"\n"[..]);
        let h = if header.is_match(&w) {
            Some(secretish.is_match(&w))
        } else {
            word_in(&hdr, &w)
        };
        let e = if env.is_match(&w) {
            Some(secretish.is_match(&w))
        } else {
            word_in(&envs, &w)
        };
        if let (Some(hs), Some(es)) = (h, e)
            && (hs || es || secretish.is_match(&w))
        {
            return true;
        }
    }
    false
}

/// The lines `[lo, hi]` of the expression around line `i`: a condition split over lines
/// (`if (\n a !==\n b\n)`) is joined while parentheses are open or a line ends (or the next
/// starts) with an operator. At most 4 lines each way.
fn expr_lines(lines: &[&[u8]], i: usize) -> (usize, usize) {
    let ends_open = |l: &[u8]| {
        let l = l.trim_ascii_end();
        [
            &b"("[..],
            b"!==",
            b"===",
            b"!=",
            b"==",
            b"&&",
            b"||",
            b",",
            b"and",
            b"or",
        ]
        .iter()
        .any(|s| l.ends_with(s))
    };
    let starts_cont = |l: &[u8]| {
        let l = l.trim_ascii_start();
        [&b")"[..], b"!==", b"===", b"!=", b"==", b"&&", b"||"]
            .iter()
            .any(|s| l.starts_with(s))
    };
    let balance = |ls: &[&[u8]]| -> isize {
        ls.iter()
            .flat_map(|l| l.iter())
            .map(|b| match b {
                b'(' | b'[' => 1,
                b')' | b']' => -1,
                _ => 0,
            })
            .sum()
    };
    let (mut lo, mut hi) = (i, i);
    for _ in 0..4 {
        if lo > 0
            && (starts_cont(lines[lo]) || ends_open(lines[lo - 1]) || balance(&lines[lo..=hi]) < 0)
        {
            lo -= 1;
        }
        if hi + 1 < lines.len()
            && (ends_open(lines[hi]) || starts_cont(lines[hi + 1]) || balance(&lines[lo..=hi]) > 0)
        {
            hi += 1;
        }
    }
    (lo, hi)
}

/// `name` as a whole word in `s`.
fn has_word(s: &[u8], name: &[u8]) -> bool {
    !name.is_empty()
        && s.windows(name.len()).enumerate().any(|(i, w)| {
            w == name
                && (i == 0 || !crate::lang::args::is_ident(s[i - 1]))
                && s.get(i + name.len())
                    .is_none_or(|b| !crate::lang::args::is_ident(*b))
        })
}

/// Features of a JS handler body `[a, b)` of file `file`. One level of calls into project
/// functions is followed for data access, the service-role client and own guards.
pub fn js_features(ctx: &Ctx, file: usize, a: usize, b: usize) -> Features {
    let src = &ctx.files[file];
    let b = b.min(src.text.len());
    let a = a.min(b);
    let t = &src.text[a..b];
    let mut f = Features {
        flags: code_flags(ctx, file, a, b, 1),
        ..Features::default()
    };
    // `if (req.query.verify) { ...check the code...; return ... }` before the limiter call: that
    // branch answers unlimited (an OTP check before the limiter is brute-forceable).
    if f.flags.rl
        && let Some(p) = src
            .code_matches(js_rl(), a, b)
            .filter_map(|c| c.get(0).map(|m| m.start()))
            .find(|&p| p < b)
        && js_answering_branch_before(src, a, p)
    {
        f.flags.rl = false;
        f.rl_late = true;
    }
    f.uses_body = src.has(js_body(), a, b);
    if f.uses_body && (js_body_fields_bounded(&src.text[a..b]) || js_destructured_fields_coerced(t))
    {
        f.flags.val = true;
    }
    f.reads_db = src.has(js_read(), a, b);
    f.writes_db = db_write(src, js_write(), a, b);
    f.service_role = src.has_any(js_service_role(), a, b) || uses_admin_name(ctx, file, t);
    f.user_scoped = src.has(js_user_scoped(), a, b);
    f.signature = src.has_any(js_signature(), a, b);
    f.ai = src.has_any(js_ai(), a, b);
    f.open_mail =
        js_open_mail(super::ctx::sl(&src.text, a, b)) || js_open_mail_via_helper(ctx, file, a, b);
    f.auth_flow = src.has(js_auth_flow(), a, b);
    f.redeems_token = src.has(
        re!(r"\{[^}]*\b(?:token|resetToken|reset_token|code)\b[^}]*\}\s*=\s*(?:await\s+)?(?:req|request)\s*\.\s*(?:body|json\s*\(\s*\)|query|params)|\b(?:req|request)\s*\.\s*(?:body|query|params)\s*\.\s*(?:token|resetToken|reset_token)\b"),
        a,
        b,
    ) && !src.has(mail_send(), a, b);
    f.token_exchange = src.has(
        re!(r"\b(?:verifyIdToken|createSessionCookie|exchangeCodeForSession|verifyIdTokenAsync|getTokenFromCode)\s*\("),
        a,
        b,
    );
    f.role_check = js_caller_role_check(super::ctx::sl(&src.text, a, b));
    f.tables = js_tables(t);
    f.unscoped_list = unscoped_list(src, a, b);
    f.insert_only = js_insert_only(src, a, b);
    let (whole, fields) = js_body_names(t);
    // Calls into project helpers (services, data-access functions).
    let mut n = 0;
    for c in src.code_matches(
        re!(r"\b([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)?)\s*\("),
        a,
        b,
    ) {
        if c.get(0).is_none_or(|m| m.start() >= b) {
            break;
        }
        if c.get(1).is_some_and(|x| member_call(&src.text, x.start())) {
            continue;
        }
        let Some(name) = js_callee(&c[1]) else {
            continue;
        };
        let Some(d) = ctx.resolve(file, &name) else {
            continue;
        };
        if d.file == file && d.start <= a && d.body.1 >= b {
            continue; // the handler itself (recursion)
        }
        n += 1;
        if n > 24 {
            break;
        }
        let ds = &ctx.files[d.file];
        let (da, db) = (d.body.0, d.body.1);
        if f.insert_only
            && d.kind != DefKind::Value
            && (ds.has(js_read(), da, db) || db_write(ds, js_write(), da, db))
        {
            f.insert_only = false;
        }
        if ds.has(js_read(), da, db) {
            f.reads_db = true;
            add_tables(&mut f.tables, js_tables(super::ctx::sl(&ds.text, da, db)));
        }
        f.writes_db |= db_write(ds, js_write(), da, db);
        f.service_role |= ds.has_any(js_service_role(), da, db)
            || uses_admin_name(ctx, d.file, super::ctx::sl(&ds.text, da, db));
        f.user_scoped |= ds.has(js_user_scoped(), da, db);
        f.ai |= ds.has_any(js_ai(), da, db);
        // A signature check in a helper (`isValidShippingSignature(req)`: createHmac and
        // timingSafeEqual in its body).
        f.signature |= ds.has_any(js_signature(), da, db);
        // A mail helper sends where the caller says: open only when this call passes it request
        // data (`sendInvite(req.body.email)`), not the caller's own address (`req.user.email`).
        if f.uses_body && !f.open_mail && js_open_mail(super::ctx::sl(&ds.text, da, db)) {
            let open = c.get(0).map_or(a, |m| m.end().saturating_sub(1));
            let args = matching_paren(&src.text, &src.mask, open, b)
                .map_or(&b""[..], |close| &src.text[open + 1..close]);
            f.open_mail = js_body().is_match(args)
                || whole
                    .iter()
                    .chain(fields.iter())
                    .any(|w| has_word(args, w.as_bytes()));
        }
        f.auth_flow |= ds.has(js_auth_flow(), da, db);
        for tb in js_tables(super::ctx::sl(&ds.text, da, db)) {
            if !f.tables.contains(&tb) {
                f.tables.push(tb);
            }
        }
    }
    // Validation by a schema defined elsewhere: `Schema.parse(body)` is caught above; a
    // validated-body helper (`await validateBody(req, schema)`) is caught by the call flags.
    f.mass_assign = js_mass_assign(t, &whole);
    f.body_fields = js_body_field_count(t, &whole, &fields);
    f.client_values = js_client_values(src, a, b, &whole, &fields);
    f.body_sink = f.uses_body
        && (f.mass_assign
            || !f.client_values.is_empty()
            || js_body_to_sink(ctx, file, a, b, &whole, &fields, None));
    f.id_lookup = js_idor(src, a, b, &trusted_body_fields(ctx))
        .or_else(|| js_helper_idor(ctx, file, a, b, None, &[]));
    f
}

/// A column that names a record's owner or tenant (`user_id`, `ownerId`, `org_id`, `created_by`).
fn owner_column(col: &[u8]) -> bool {
    re!(r"(?i)^(?:\w*_)?(?:user|owner|author|creator|tenant|org|organization|team|workspace|account|member|profile|customer|company)(?:_?id|_?uuid)$|^(?:uid|created_by|createdby|owner|user)$")
        .is_match(col)
}

/// A filter value or `.or()` string that ties rows to the caller or to what owners made public.
fn caller_or_public(t: &[u8]) -> bool {
    re!(r"(?i)\b(?:user|session|auth|caller|me|viewer|currentuser|current_user|profile|claims|uid|userid|user_id|owner_id|ownerid|team_id|org_id|tenant_id|account_id|workspace_id|member_id|author_id|created_by)\b|\b(?:is_)?(?:public|published|shared|visible|listed)\b|\bvisibility\b")
        .is_match(t)
}

/// A Supabase list query in `[a, b)` (`.from('projects').select(...)`, supabase-py's
/// `.table("projects").select(...)`, with no `.single()`)
/// with no filter tying its rows to the caller (an owner column, the session user's id) or to
/// what owners made public: (offset of `.from`, table, whether it selects an owner column).
/// Run with the service-role client, such a query returns every tenant's rows to any account.
pub fn unscoped_list(src: &super::ctx::Src, a: usize, b: usize) -> Option<(usize, String, bool)> {
    let b = b.min(src.text.len());
    let t = &src.text;
    fn ident(s: &[u8], i: usize) -> (usize, &[u8]) {
        let i = i.min(s.len());
        let n = s[i..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_' || **c == b'$')
            .count();
        (i + n, &s[i..i + n])
    }
    let string_arg = |arg: &[u8]| -> Option<Vec<u8>> {
        let q = *arg.iter().find(|c| !c.is_ascii_whitespace())?;
        if !matches!(q, b'\'' | b'"' | b'`') {
            return None;
        }
        let s = arg.iter().position(|c| *c == q)? + 1;
        let e = arg[s..].iter().position(|c| *c == q)? + s;
        Some(arg[s..e].to_vec())
    };
    for c in src.code_matches(
        re!(r#"\.\s*(?:from_?|table)\s*\(\s*['"`](\w+)['"`]\s*\)"#),
        a,
        b,
    ) {
        let (Some(m), Some(table)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let table = String::from_utf8_lossy(table.as_bytes()).to_ascii_lowercase();
        // Walk the call chain: `.name(args)` links separated by whitespace.
        let mut i = m.end();
        let mut select: Option<Vec<u8>> = None;
        let mut scoped = false;
        let mut single = false;
        let mut links = 0;
        loop {
            let j = i + t[i..b]
                .iter()
                .take_while(|c| c.is_ascii_whitespace())
                .count();
            if t.get(j) != Some(&b'.') || j >= b {
                break;
            }
            let k = j
                + 1
                + t[j + 1..b]
                    .iter()
                    .take_while(|c| c.is_ascii_whitespace())
                    .count();
            let (after, name) = ident(&t[..b], k);
            let open = after
                + t[after..b]
                    .iter()
                    .take_while(|c| c.is_ascii_whitespace())
                    .count();
            if name.is_empty() || t.get(open) != Some(&b'(') {
                break;
            }
            let Some(close) = matching_paren(t, &src.mask, open, b) else {
                break;
            };
            let arg = &t[open + 1..close];
            links += 1;
            // supabase-py spells some filters with a trailing `_` (`or_`, `in_`, `not_`).
            let name = name.strip_suffix(b"_").unwrap_or(name);
            match name {
                b"select" => select = Some(arg.to_vec()),
                b"single" | b"maybeSingle" | b"maybe_single" => single = true,
                b"eq" | b"neq" | b"in" | b"is" | b"match" | b"filter" | b"contains"
                | b"containedBy" | b"overlaps" | b"like" | b"ilike" | b"gt" | b"gte" | b"lt"
                | b"lte" | b"textSearch" | b"not" => {
                    let col = string_arg(arg).unwrap_or_default();
                    // ... or a room / tenant id the handler handed to an access check
                    // (`await assertRoomMember(roomId, req.user.id)` ... `.eq('room_id', roomId)`).
                    if owner_column(&col)
                        || caller_or_public(arg)
                        || access_checked_before(&t[a..b], m.start().saturating_sub(a), arg)
                        || name == b"match"
                            && re!(r"(?i)(?:user|owner|tenant|org|team|account|workspace)_?id")
                                .is_match(arg)
                    {
                        scoped = true;
                    }
                }
                b"or" => {
                    // `.or(filter)`: the string, or the variable's definition in the handler.
                    let text: Vec<u8> = match string_arg(arg) {
                        Some(s) => s,
                        None => {
                            let (_, v) = ident(
                                arg,
                                arg.iter().take_while(|c| c.is_ascii_whitespace()).count(),
                            );
                            let def = if v.is_empty() {
                                None
                            } else {
                                super::build_re(&format!(
                                    r"(?m)(?:\b(?:const|let|var)\s+|^\s*){}\s*=[^=]\s*([^;\n]{{1,300}})",
                                    String::from_utf8_lossy(v)
                                ))
                                .ok()
                                .and_then(|r| r.captures(&t[a..b]).and_then(|c| c.get(1)).map(|x| x.as_bytes().to_vec()))
                            };
                            def.unwrap_or_else(|| arg.to_vec())
                        }
                    };
                    if caller_or_public(&text) {
                        scoped = true;
                    }
                }
                _ => {}
            }
            i = close + 1;
            if links > 24 {
                break;
            }
        }
        let Some(sel) = select else { continue };
        // `select('*', { count: 'exact', head: true })`: a count, no rows.
        if single || scoped || re!(r"\bhead\s*:\s*true\b").is_match(&sel) {
            continue;
        }
        let cols = string_arg(&sel).unwrap_or_default();
        let owner_selected = cols
            .split(|c| *c == b',')
            .any(|c| owner_column(c.trim_ascii()));
        return Some((m.start(), table, owner_selected));
    }
    None
}

/// The handler reads only records flagged public or shared by their owner (`is_public = true`,
/// `{"shared": True}`, `published: true`, `visibility = 'public'`).
pub fn public_records_only(t: &[u8]) -> bool {
    re!(r#"(?i)\b(?:is_?public|is_?shared|shared|is_?published|published|visibility)\b['"]?\s*(?:={1,3}|:|['"]\s*,)\s*(?:true\b|1\b|['"]public['"])"#)
        .find_iter(t)
        .any(|m| {
            // `if request.GET.get("public") == "1": qs = qs.filter(is_public=True)`: an optional
            // filter the caller may leave off; the default path still returns everything.
            let ls = t[..m.start()].iter().rposition(|c| *c == b'\n').map_or(0, |p| p + 1);
            let from = t[..ls.saturating_sub(1)]
                .iter()
                .rposition(|c| *c == b'\n')
                .map_or(0, |p| p + 1);
            !re!(r"(?m)^\s*(?:if|elif|\}?\s*else\s+if)\b[^\n]*\b(?:request|req|query|params|searchParams|args|GET)\b")
                .is_match(&t[from..m.start()])
        })
        || public_projection(t)
}

/// Every SQL read in the handler is a public view: an explicit column list with nothing private
/// in it (`SELECT id, name, bio FROM users WHERE id = ?`, a seller's public page), or rows
/// filtered to a public status (`WHERE status = 'active'`). ORM reads are not judged here.
fn public_projection(t: &[u8]) -> bool {
    if re!(r"\b(?:findMany|findUnique|findFirst|findOne|findById|find|objects|query|select)\s*\(")
        .is_match(t)
        && !re!(r"(?i)\bselect\s+[^()]+?\s+from\s").is_match(t)
    {
        return orm_public_projection(t);
    }
    let mut any = false;
    for c in re!(r"(?i)\bselect\s+([^;'\x22`]+?)\s+from\s+(\w+)").captures_iter(t) {
        any = true;
        let cols = &c[1];
        // The rest of the statement: to the end of its line (where the string literal ends).
        let end = c.get(0).map_or(0, |m| m.end());
        let rest = &t[end..t.len().min(end + 300)];
        let rest = &rest[..rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len())];
        if cols.contains(&b'*') {
            if !re!(r"(?i)\b(?:status\s*=\s*'(?:active|published|public|live|open)'|is_?public\s*=\s*(?:1|true)|published\s*=\s*(?:1|true))").is_match(rest) {
                return false;
            }
        } else if re!(r"(?i)email|phone|passw|hash|token|secret|address|ssn|birth|dob|salary|iban|card|stripe|balance|credit|role|admin|session|note|message")
            .is_match(cols)
            // Public projections are a people thing (a seller's or author's page); the title
            // and body of a note are its private content.
            || !re!(r"(?i)^(?:users?|profiles?|accounts?|sellers?|authors?|creators?|members?|vendors?|shops?|stores?)$")
                .is_match(&c[2])
        {
            return false;
        }
    }
    any
}

/// The handler's one ORM read picks public fields of a person by name: Mongoose
/// `User.findById(id).select('username avatarUrl bio')`, Prisma
/// `prisma.user.findUnique({ where, select: { name: true, avatarUrl: true } })`.
fn orm_public_projection(t: &[u8]) -> bool {
    let reads = re!(r"\b(?:findMany|findUnique|findFirst|findOne|findById|find)\s*\(")
        .find_iter(t)
        .take(3)
        .count();
    if reads != 1
        || !re!(r"(?i)\b(?:users?|profiles?|authors?|sellers?|members?|creators?|vendors?)\s*\.\s*(?:findUnique|findFirst|findOne|findById|find)\s*\(")
            .is_match(t)
    {
        return false;
    }
    let private = re!(
        r"(?i)email|phone|passw|hash|token|secret|address|ssn|birth|dob|salary|iban|card|stripe|balance|credit|role|admin|session|note|message|otp|reset|verif|ip\b|last_?login"
    );
    let fields: Option<&[u8]> = re!(r#"\.\s*select\s*\(\s*['"]([\w\s]+)['"]\s*\)"#)
        .captures(t)
        .and_then(|c| c.get(1))
        .map(|m| m.as_bytes())
        .or_else(|| {
            re!(r"\bselect\s*:\s*\{((?:\s*\w+\s*:\s*true\s*,?)+)\s*\}")
                .captures(t)
                .and_then(|c| c.get(1))
                .map(|m| m.as_bytes())
        });
    fields.is_some_and(|f| !private.is_match(f))
}

/// `request.data` -> `request\s*\.\s*data` (a dotted name as a regex).
fn dotted_pattern(name: &str) -> String {
    name.split('.')
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join(r"\s*\.\s*")
}

/// Adds what a handler does with a body that has another name than `req.body` (a Firebase
/// callable's `data` or `request.data`): uses, mass assignment, client-set values, body data in
/// a sink, lookups keyed by a body id.
pub fn js_alias_features(
    ctx: &Ctx,
    file: usize,
    a: usize,
    b: usize,
    alias: &str,
    f: &mut Features,
) {
    let src = &ctx.files[file];
    let b = b.min(src.text.len());
    let a = a.min(b);
    let pat = dotted_pattern(alias);
    let Ok(used) = super::build_re(&format!(
        r"\b{pat}\b(?:\s*\??\.\s*[A-Za-z_$]|\s*\[|\s*[,);}}]|\s*:\s*\{{)|=\s*{pat}\b|\.\.\.\s*{pat}\b"
    )) else {
        return;
    };
    if !src.has(&used, a, b) {
        return;
    }
    let t = &src.text[a..b];
    f.uses_body = true;
    let (whole, fields) = js_body_names_from(t, vec![alias.to_string()]);
    // A dotted alias is not a word the taint walk can see: it is a source of its own.
    let extra = if alias.contains('.') {
        super::build_re(&format!(r"\b{pat}\b")).ok()
    } else {
        None
    };
    // Names destructured from it in the parameter list (`input: { id, patch }`): ids are
    // request ids; a whole object among the others written as is (`.update(patch)`) is mass
    // assignment too.
    let destructured: Vec<String> =
        super::build_re(&format!(r"\b{pat}\s*:\s*\{{([^{{}}]{{0,200}})\}}"))
            .ok()
            .and_then(|r| {
                r.captures(&t[..t.len().min(400)])
                    .and_then(|c| c.get(1))
                    .map(|m| m.as_bytes().to_vec())
            })
            .map(|inner| {
                split_top(&inner)
                    .iter()
                    .map(|p| {
                        let local = p.rsplit(|c| *c == b':').next().unwrap_or(p);
                        let name = local.split(|c| *c == b'=').next().unwrap_or(b"");
                        String::from_utf8_lossy(name.trim_ascii()).into_owned()
                    })
                    .filter(|n| !n.is_empty())
                    .take(16)
                    .collect()
            })
            .unwrap_or_default();
    let is_id = |n: &String| n.to_ascii_lowercase().ends_with("id");
    let mut objects = whole.clone();
    objects.extend(destructured.iter().filter(|n| !is_id(n)).cloned());
    let mass = js_mass_assign(t, &objects);
    let values = js_client_values(src, a, b, &whole, &fields);
    f.mass_assign |= mass;
    f.body_sink |= mass
        || !values.is_empty()
        || js_body_to_sink(ctx, file, a, b, &whole, &fields, extra.as_ref());
    for v in values {
        if !f.client_values.contains(&v) {
            f.client_values.push(v);
        }
    }
    if f.id_lookup.is_none() {
        // `.query(({ ctx, input: { invoiceId } }) => ...)`: ids destructured from the payload in
        // the parameter list.
        let ids: Vec<String> = destructured.iter().filter(|n| is_id(n)).cloned().collect();
        f.id_lookup = js_idor_with(
            src,
            a,
            b,
            None,
            &trusted_body_fields(ctx),
            Some(alias),
            &ids,
        )
        .or_else(|| js_helper_idor(ctx, file, a, b, Some(alias), &[]));
    }
}

/// The handler's only data access is `.insert(...)` (optionally `.select()` chained after it to
/// return the new row). See [`Features::insert_only`].
fn js_insert_only(src: &super::ctx::Src, a: usize, b: usize) -> bool {
    let b = b.min(src.text.len());
    let a = a.min(b);
    let t = &src.text;
    if !src.has(re!(r"\.\s*insert\s*\("), a, b) {
        return false;
    }
    // Anything that reads, filters, changes or deletes rows, or reaches users/files.
    if src.has(re!(r"\.\s*(?:update|upsert|delete|remove|rpc|eq|neq|match|filter|ilike|like|in|is|or|gt|gte|lt|lte|contains|order|range|limit|download|upload|list|createSignedUrl|query|execute|raw|findOne|findById|findAll|findMany|findFirst|findUnique|find|updateOne|deleteOne|deleteMany|updateMany|getDoc|getDocs|setDoc|updateDoc|deleteDoc)\s*\(|\.\s*auth\s*\.\s*admin\b|\.\s*storage\b|\bprisma\s*\.|(?i)\b(?:select\s+[\w*,\s.]{1,120}\bfrom|update\s+\w+\s+set|delete\s+from)\b"), a, b) {
        return false;
    }
    // `.select(` only chained after an insert (returns the inserted row).
    for c in src.code_matches(re!(r"\.\s*select\s*\("), a, b) {
        let Some(m) = c.get(0) else { continue };
        if m.start() >= b {
            break;
        }
        let before = &t[m.start().saturating_sub(600).max(a)..m.start()];
        let last = |r: &Regex| r.find_iter(before).last().map(|x| x.start());
        match (last(re!(r"\.\s*insert\s*\(")), last(re!(r"\.\s*from\s*\("))) {
            (Some(i), Some(f)) if i > f => {}
            (Some(_), None) => {}
            _ => return false,
        }
    }
    // Rows tied to a user, team or account named by the request (`team_id: teamId`), rows carrying
    // a privilege, or rows of membership/account tables: joining a team or writing as someone
    // else is not a form submission (`waitlist_id`, `form_id` only pick a public form).
    let body = &t[a..b];
    !re!(r"(?i)\b(?:user|owner|author|creator|account|profile|member|team|org|organization|workspace|tenant|group|project|customer)_?id\s*[:,}]|\b(?:created_?by|owner|role|is_?admin|plan|tier|credits|balance)\s*[:,}]").is_match(body)
        && !re!(r"(?i)\.\s*from\s*\(\s*['\x22`]\w*(?:members|memberships|roles|admins|permissions|profiles|users|api_keys|credits|orders|payments|wallets|invites|invitations)['\x22`]").is_match(body)
}

/// Adds the tables a data helper reads to the handler's: they say whose data the handler
/// returns (`reports_db.daily_schedule(day)` selecting from `appointments`).
fn add_tables(tables: &mut Vec<String>, more: Vec<String>) {
    for t in more {
        if !tables.contains(&t) {
            tables.push(t);
        }
    }
}

/// A call of a method on an expression (`db.collection("x").update(...)`, `).then(`): the name
/// after the `.` is not a project function, even when a view elsewhere has the same name.
fn member_call(t: &[u8], start: usize) -> bool {
    let mut i = start.min(t.len());
    while i > 0 && matches!(t[i - 1], b' ' | b'\t' | b'\n' | b'\r') {
        i -= 1;
    }
    i > 0 && t[i - 1] == b'.' && !(i >= 3 && &t[i - 3..i] == b"...")
}

/// The called name of a `name(` / `obj.name(` match, whitespace removed; None for keywords.
fn js_callee(raw: &[u8]) -> Option<String> {
    let name: String = String::from_utf8_lossy(raw)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    (!is_js_keyword(&name)).then_some(name)
}

/// Does request-body data reach a sink in `[a, b)`: a database write or query, a payment or AI
/// call, an outgoing request, a shell command, a file, or a project function that does one of
/// those? Body names are followed through declarations (`const clean = title.trim()`). A field
/// only compared (`if (token !== expected)`) is not a flow.
fn js_body_to_sink(
    ctx: &Ctx,
    file: usize,
    a: usize,
    b: usize,
    whole: &[String],
    fields: &[String],
    extra: Option<&Regex>,
) -> bool {
    let src = &ctx.files[file];
    let b = b.min(src.text.len());
    let a = a.min(b);
    let t = &src.text;
    let declared_body = re!(r"\b(?:const|let|var)\s+body\b|[{,]\s*body\s*[,}]").is_match(&t[a..b]);
    let mut names: Vec<Vec<u8>> = whole
        .iter()
        .filter(|w| w.as_str() != "body" || declared_body)
        .chain(fields.iter())
        .map(|s| s.as_bytes().to_vec())
        .collect();
    let source = re!(
        r"\b(?:req|request|ctx\s*\.\s*request)\s*\.\s*body\b|\b(?:req|request)\s*\.\s*(?:json|formData|text)\s*\(\s*\)|\bc\s*\.\s*req\s*\.\s*(?:json|parseBody|formData|valid)\s*\(|\bformData\s*\.\s*get\s*\(|\bevent\s*\.\s*body\b"
    );
    // Fields compared strictly with the caller's own id (`request.auth.uid !== request.data.uid`
    // then a 403): a non-admin can only pass that string, so its later uses are pinned too.
    let mut pinned: Vec<Vec<u8>> = Vec::new();
    for c in re!(r"([A-Za-z_$][\w$]*(?:\s*\??\.\s*[\w$]+)+)\s*[!=]==\s*((?:req|request|context|ctx)\s*\.\s*auth\s*\??\.\s*uid|(?:req|request)\s*\.\s*user\s*\??\.\s*(?:id|_id|uid)|session\s*\??\.\s*user\s*\??\.\s*id)\b|((?:req|request|context|ctx)\s*\.\s*auth\s*\??\.\s*uid|(?:req|request)\s*\.\s*user\s*\??\.\s*(?:id|_id|uid)|session\s*\??\.\s*user\s*\??\.\s*id)\s*[!=]==\s*([A-Za-z_$][\w$]*(?:\s*\??\.\s*[\w$]+)+)").captures_iter(&t[a..b]).take(8) {
        if let Some(x) = c.get(1).or_else(|| c.get(4))
            && !re!(r"\bauth\b|\buser\b").is_match(x.as_bytes())
        {
            pinned.push(x.as_bytes().to_vec());
        }
    }
    // Code words of a span, minus object keys (`{ title: clean }` names `clean`, not `title`).
    let tainted = |s: usize, e: usize, names: &[Vec<u8>]| -> bool {
        let mut blanked = blank_coerced(&t[s..e], &src.mask[s..e]);
        for p in &pinned {
            let mut i = 0;
            while let Some(k) = blanked[i..]
                .windows(p.len())
                .position(|w| w == p.as_slice())
            {
                let at = i + k;
                blanked[at..at + p.len()].fill(b' ');
                i = at + p.len();
            }
        }
        let span = &blanked[..];
        // Cheap prefilter before the regexes: some name or a body source must occur at all.
        let has = |n: &[u8]| !n.is_empty() && span.windows(n.len()).any(|w| w == n);
        if !names.iter().any(|n| has(n))
            && extra.is_none()
            && ![
                &b"body"[..],
                b"json",
                b"formData",
                b"text",
                b"parseBody",
                b"valid",
            ]
            .iter()
            .any(|n| has(n))
        {
            return false;
        }
        if source.find_iter(span).any(|m| src.is_code(s + m.start()))
            || extra.is_some_and(|x| x.find_iter(span).any(|m| src.is_code(s + m.start())))
        {
            return true;
        }
        re!(r"[A-Za-z_$][\w$]*").find_iter(span).any(|w| {
            let at = s + w.start();
            let key = span[w.end()..]
                .iter()
                .find(|c| !c.is_ascii_whitespace())
                .is_some_and(|c| *c == b':')
                && span
                    .get(w.end()..)
                    .is_some_and(|r| !r.trim_ascii_start().starts_with(b"::"));
            let member = w.start() > 0
                && span[..w.start()].trim_ascii_end().ends_with(b".")
                && !span[..w.start()].trim_ascii_end().ends_with(b"...");
            src.is_code(at) && !key && !member && names.iter().any(|n| n == w.as_bytes())
        })
    };
    // Derived names, two rounds (the second only if the first found some).
    for _ in 0..2 {
        let before = names.len();
        for c in src
            .code_matches(
                re!(r"\b(?:const|let|var)\s+(\{[^;=]{0,300}?\}|\[[^;=]{0,200}?\]|[A-Za-z_$][\w$]*)\s*(?::[^=\n]{1,80})?=\s*([^;\n]{1,300})"),
                a,
                b,
            )
            .take(200)
        {
            let (Some(l), Some(r)) = (c.get(1), c.get(2)) else { continue };
            if l.start() >= b || !tainted(r.start(), r.end().min(b), &names) {
                continue;
            }
            // Only the bound names (`{ a: local = 1 }` binds `local`).
            for p in l.as_bytes().split(|c| matches!(c, b',' | b'{' | b'}' | b'[' | b']')) {
                let p = p.split(|c| *c == b'=').next().unwrap_or(b"");
                let local = p.rsplit(|c| *c == b':').next().unwrap_or(b"").trim_ascii();
                let local = local.strip_prefix(b"...").unwrap_or(local);
                if !local.is_empty()
                    && local.iter().all(|c| crate::lang::args::is_ident(*c))
                    && !names.iter().any(|n| n == local)
                    && names.len() < 64
                {
                    names.push(local.to_vec());
                }
            }
        }
        if names.len() == before {
            break;
        }
    }
    let sink = re!(
        r"\.\s*(?:insert|insertOne|insertMany|update|updateOne|updateMany|upsert|delete|deleteOne|deleteMany|destroy|create|createMany|save|findByIdAndUpdate|findOneAndUpdate|bulkWrite|set|push|add|findOne|findById|findAll|findMany|findFirst|findUnique|findByPk|find|where|eq|neq|match|ilike|like|in|filter|or|select|query|execute|raw|rpc|run|all|get|count)\s*\(|\b(?:addDoc|setDoc|updateDoc|deleteDoc|doc|query|where)\s*\(|\bnew\s+[A-Z]\w*\s*\(|\bsql\s*`|\b(?:completions|responses|messages|images|embeddings|transcriptions)\s*\.\s*(?:create|stream|generate)\s*\(|\b(?:generateText|streamText|generateObject|streamObject|generateContent\w*|invoke|fetch|axios|got|exec|execSync|spawn|spawnSync|execFile|writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|sendMail)\s*\(|\baxios\s*\.\s*\w+\s*\(|\bemails\s*\.\s*send\s*\("
    );
    let skip_new = re!(
        r"^new\s+(?:Response|NextResponse|Error|\w*Error|URL|URLSearchParams|Date|Headers|Map|Set|Promise|RegExp|TextEncoder|TextDecoder|Blob|FormData|Intl)\b"
    );
    for c in src.code_matches(sink, a, b).take(300) {
        let Some(m) = c.get(0) else { continue };
        if m.start() >= b {
            break;
        }
        if skip_new.is_match(m.as_bytes()) {
            continue;
        }
        let (s, e) = if m.as_bytes().ends_with(b"`") {
            let end = t[m.end()..b]
                .iter()
                .position(|c| *c == b'`')
                .map_or(b, |p| m.end() + p);
            (m.end(), end)
        } else {
            let open = m.end() - 1;
            let close = matching_paren(t, &src.mask, open, b).unwrap_or(b);
            (open + 1, close)
        };
        if tainted(s, e, &names) {
            return true;
        }
    }
    // Project functions that reach a database or an AI API, called with body data.
    let mut n = 0;
    for c in src
        .code_matches(
            re!(r"\b([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)?)\s*\("),
            a,
            b,
        )
        .take(400)
    {
        let Some(m) = c.get(0) else { continue };
        if m.start() >= b {
            break;
        }
        if c.get(1).is_some_and(|x| member_call(&src.text, x.start())) {
            continue;
        }
        let Some(name) = js_callee(&c[1]) else {
            continue;
        };
        let open = m.end() - 1;
        let close = matching_paren(t, &src.mask, open, b).unwrap_or(b);
        if !tainted(open + 1, close, &names) {
            continue;
        }
        let Some(d) = ctx.resolve(file, &name) else {
            continue;
        };
        if d.file == file && d.start <= a && d.body.1 >= b {
            continue;
        }
        n += 1;
        if n > 24 {
            break;
        }
        let ds = &ctx.files[d.file];
        let (da, db) = (d.body.0, d.body.1);
        if ds.has(js_read(), da, db)
            || db_write(ds, js_write(), da, db)
            || ds.has_any(js_ai(), da, db)
        {
            return true;
        }
    }
    false
}

/// `span` with the values coerced to a primitive blanked out (same length): `String(x)`,
/// `Number(x)`, `parseInt(x)`, `Boolean(x)`, `x === true`. A coerced value carries no operator
/// object or nested document; it is what a schema would have checked the type of.
fn blank_coerced(span: &[u8], mask: &[u8]) -> Vec<u8> {
    let mut out = span.to_vec();
    for m in
        re!(r"\b(?:String|Number|parseInt|parseFloat|Boolean|Math\s*\.\s*\w+)\s*\(").find_iter(span)
    {
        let end = crate::lang::args::matching(span, mask, m.end() - 1, span.len());
        if let Some(end) = end {
            out[m.start()..=end].fill(b' ');
        }
    }
    for m in re!(r"!*[A-Za-z_$][\w$.]*\s*[!=]==?\s*(?:true|false|null|undefined|'[^'\n]*'|\x22[^\x22\n]*\x22|\d+)\b").find_iter(span) {
        out[m.start()..m.end()].fill(b' ');
    }
    out
}

/// A write call that is not an external API's `create` (Stripe sessions, AI completions, emails).
fn db_write(src: &super::ctx::Src, re: &Regex, a: usize, b: usize) -> bool {
    let b = b.min(src.text.len());
    let a = a.min(b);
    re.find_iter(&src.text[a..b]).any(|m| {
        let at = a + m.start();
        // The text before the `.method(` of the match: a payment, AI or mail API object.
        let before = &src.text[at.saturating_sub(48)..at];
        !re!(r"(?i)(?:stripe|checkout|sessions?|payment_?intents?|completions|messages|images|embeddings|responses|customers|subscriptions|invoices|openai|anthropic|resend|emails|transporter|refunds|charges|prices|products|payouts|transfers|webhook_?endpoints)\s*\.?\s*$|\b(?:cookies|headers)\s*\(\s*\)\s*\)?\s*\.?\s*$|\bcookie(?:s|Store|_store|Jar)\s*\.?\s*$|\b(?:searchParams|formData|url\s*\.\s*searchParams)\s*\.?\s*$").is_match(before)
    })
}

/// `req.body.<field>` names that middleware assigns (`req.body.id = decoded.id`): set by the
/// server from a verified token, not by the client.
fn trusted_body_fields(ctx: &Ctx) -> std::rc::Rc<Vec<String>> {
    if let Some(v) = ctx.trusted_fields.borrow().as_ref() {
        return v.clone();
    }
    let mut v: Vec<String> = Vec::new();
    for src in ctx.files.iter().filter(|f| f.is_js()) {
        for c in src.code_matches(
            re!(r"\b(?:req|request)\s*\.\s*body\s*\.\s*(\w+)\s*=[^=]"),
            0,
            src.text.len(),
        ) {
            let n = String::from_utf8_lossy(&c[1]).into_owned();
            if !v.contains(&n) && v.len() < 16 {
                v.push(n);
            }
        }
    }
    let v = std::rc::Rc::new(v);
    *ctx.trusted_fields.borrow_mut() = Some(v.clone());
    v
}

/// The query chain that ends at `off` in `file` (`supabaseAdmin.from("invoices")...eq("id", id)`,
/// back to its `await`, assignment or statement start) starts from the service-role client.
pub fn lookup_uses_admin(ctx: &Ctx, file: usize, off: usize) -> bool {
    let t = &ctx.files[file].text;
    let off = off.min(t.len());
    let from = off.saturating_sub(400);
    let before = &t[from..off];
    let start = re!(r";|\bawait\s|[^=!<>]=\s|\breturn\s")
        .find_iter(before)
        .last()
        .map_or(0, |m| m.start());
    let chain = &before[start..];
    js_service_role().is_match(chain) || uses_admin_name(ctx, file, chain)
}

fn uses_admin_name(ctx: &Ctx, file: usize, t: &[u8]) -> bool {
    let names = admin_names(ctx, file);
    names.iter().any(|n| has_word(t, n.as_bytes()))
}

/// Names in `file` bound to an admin/service-role client: imports of `firebase-admin`, and
/// imports or local definitions whose definition creates a client with the service-role key.
pub fn admin_names(ctx: &Ctx, file: usize) -> std::rc::Rc<Vec<String>> {
    if let Some(v) = ctx.admin_cache.borrow().get(&file) {
        return v.clone();
    }
    let v = std::rc::Rc::new(admin_names_uncached(ctx, file));
    ctx.admin_cache.borrow_mut().insert(file, v.clone());
    v
}

/// Local names of what `src` imports from `firebase-admin` (`admin`, `getFirestore`, `getAuth`).
fn firebase_admin_imports(src: &super::ctx::Src) -> Vec<String> {
    let mut out = Vec::new();
    if memchr::memmem::find(&src.text, b"firebase-admin").is_none() {
        return out;
    }
    for c in src.code_matches(re!(r"\bimport\s+(?:\*\s*as\s+)?([A-Za-z_$][\w$]*)?\s*,?\s*(?:\{([^}]*)\})?\s*from\s*['\x22]firebase-admin(?:/[\w-]+)?['\x22]|\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\s*\(\s*['\x22]firebase-admin"), 0, src.text.len()) {
        for g in [1, 3] {
            if let Some(m) = c.get(g) {
                out.push(String::from_utf8_lossy(m.as_bytes()).into_owned());
            }
        }
        if let Some(list) = c.get(2) {
            for p in String::from_utf8_lossy(list.as_bytes()).split(',') {
                let local = p.split_once(" as ").map_or(p, |(_, l)| l).trim();
                if !local.is_empty() {
                    out.push(local.to_string());
                }
            }
        }
    }
    out
}

fn admin_names_uncached(ctx: &Ctx, file: usize) -> Vec<String> {
    let src = &ctx.files[file];
    let mut out = firebase_admin_imports(src);
    let local_admin = out.clone();
    let creates_admin = |d: &super::ctx::Def| {
        let s = &ctx.files[d.file];
        let body = super::ctx::sl(&s.text, d.start, d.body.1);
        // `const db = getFirestore()` / `admin.firestore()`: a client of the Admin SDK.
        if d.kind == DefKind::Value {
            let via = if d.file == file {
                local_admin.clone()
            } else {
                firebase_admin_imports(s)
            };
            if via.iter().any(|n| has_word(body, n.as_bytes())) {
                return true;
            }
        }
        if !re!(r"createClient|initializeApp|createServerClient").is_match(body) {
            return false;
        }
        if re!(r"(?i)service_?role").is_match(body) {
            return true;
        }
        // The key through a module constant: `const key = Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")`
        // then `createClient(url, key)`.
        re!(r"\b(?:createClient|createServerClient)\s*\(([^)]{0,200})\)")
            .captures(body)
            .is_some_and(|c| {
                re!(r"[A-Za-z_$][\w$]*").find_iter(&c[1]).take(6).any(|w| {
                    let n = String::from_utf8_lossy(w.as_bytes());
                    ctx.def_in(d.file, &n).is_some_and(|k| {
                        k.kind == DefKind::Value
                            && re!(r"(?i)service_?role")
                                .is_match(super::ctx::sl(&s.text, k.start, k.body.1))
                    })
                })
            })
    };
    for imp in &ctx.js_imports[file] {
        let Some(t) = imp.target else { continue };
        if imp.imported.as_deref() == Some("*") {
            continue;
        }
        if let Some(d) = ctx.export_def(t, imp.imported.as_deref(), 1)
            && creates_admin(&d)
        {
            out.push(imp.local.clone());
        }
    }
    for c in src.code_matches(
        re!(r"\b(?:const|let|var|function)\s+([A-Za-z_$][\w$]*)"),
        0,
        src.text.len(),
    ) {
        let n = String::from_utf8_lossy(&c[1]).into_owned();
        if let Some(d) = ctx.def_in(file, &n)
            && creates_admin(&d)
            && !out.contains(&n)
        {
            out.push(n);
        }
    }
    out
}

fn js_tables(t: &[u8]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in re!(r"\.\s*from\s*\(\s*['\x22`]([\w.]+)['\x22`]|\b(?:prisma|db|ctx\s*\.\s*db|ctx\s*\.\s*prisma)\s*\.\s*(\w+)\s*\.\s*(?:find|create|update|delete|upsert|count|aggregate)|\bcollection\s*\(\s*(?:\w+\s*,\s*)?['\x22`]([\w-]+)['\x22`]|\b([A-Z]\w+)\s*\.\s*(?:find|findOne|findById|create|findByIdAndUpdate|updateOne|deleteOne|findAll|findByPk)\s*\(|(?i)\b(?:from|into|update)\s+[\x22`]?(\w+)").captures_iter(t) {
        for g in 1..=5 {
            if let Some(m) = c.get(g) {
                let n = String::from_utf8_lossy(m.as_bytes()).to_ascii_lowercase();
                if !out.contains(&n) && n.len() > 1 {
                    out.push(n);
                }
            }
        }
    }
    out
}

fn js_mass_assign(t: &[u8], whole: &[String]) -> bool {
    // `const { remember } = { ...req.query, ...req.body }` merges to read fields: no write.
    let spreads = re!(r"\.\.\.\s*(?:req|request)\s*\.\s*body\b")
        .find_iter(t)
        .count();
    let read_merges = re!(r"\b(?:const|let|var)\s*\{[^{}=;]{0,200}\}\s*=\s*\{[^{}]{0,200}\}")
        .find_iter(t)
        .map(|m| {
            re!(r"\.\.\.\s*(?:req|request)\s*\.\s*body\b")
                .find_iter(m.as_bytes())
                .count()
        })
        .sum::<usize>();
    if spreads > read_merges {
        return true;
    }
    if re!(r"(?i)\bset\s+\?['\x22`]\s*,\s*(?:\[\s*)?(?:req|request)\s*\.\s*body\b|\bdata\s*:\s*(?:req|request)\s*\.\s*body\b|\.\s*(?:create|insert|update|upsert|updateOne|findByIdAndUpdate|findOneAndUpdate|insertOne|set|save)\s*\(\s*(?:req|request)\s*\.\s*body\s*[,)]|\bnew\s+[A-Z]\w*\s*\(\s*(?:req|request)\s*\.\s*body\s*\)|\bObject\s*\.\s*assign\s*\(\s*\w+\s*,\s*(?:req|request)\s*\.\s*body").is_match(t) {
        return true;
    }
    for w in whole {
        if w == "body" && !re!(r"\b(?:const|let|var)\s+body\b").is_match(t) {
            continue;
        }
        // `Message.find({ ...filter, authorId })`: the body spread into a query filter is read,
        // not written (operator injection is the MongoDB rules' finding).
        if let Ok(spread) = super::build_re(&format!(r"\.\.\.\s*{}\b", regex::escape(w))) {
            for m in spread.find_iter(t) {
                let open = t[..m.start()].iter().rposition(|c| *c == b'{');
                let in_filter = open.is_some_and(|o| {
                    re!(r"(?:\b(?:find\w*|count\w*|aggregate|distinct|exists|deleteMany|deleteOne)\s*\(|\b(?:where|filter|match|\$match)\s*:)$")
                        .is_match(t[o.saturating_sub(40)..o].trim_ascii_end())
                });
                if !in_filter {
                    return true;
                }
            }
        }
        let pat = format!(
            r"\bdata\s*:\s*{w}\s*[,}}\n]|\.\s*(?:findByIdAndUpdate|findOneAndUpdate|updateOne|updateMany|replaceOne)\s*\((?:[^(),]|\([^()]{{0,60}}\)){{1,120}},\s*{w}\s*[,)]|\.\s*(?:create|insert|update|upsert|updateOne|findByIdAndUpdate|findOneAndUpdate|insertOne|set|add)\s*\(\s*(?:\[\s*)?{w}\s*[,)\]]|\b(?:setDoc|addDoc|updateDoc)\s*\([^,()]{{1,120}},\s*{w}\s*[,)]|\bnew\s+[A-Z]\w*\s*\(\s*{w}\s*\)|\bObject\s*\.\s*assign\s*\(\s*\w+\s*,\s*{w}\b",
            w = regex::escape(w)
        );
        if let Ok(r) = super::build_re(&pat)
            && r.is_match(t)
        {
            return true;
        }
    }
    false
}

/// A lookup in a server-side table keyed by what the client sent, with an optional constant
/// fallback: `PRICES[req.body.plan]`, `plans[tier].priceId ?? PLANS.pro.priceId`,
/// `PRICE_IDS.get(body.plan)` (JS) or `PRICES[body.plan]` / `PRICES.get(plan, ...)` (Python).
fn server_table_lookup(v: &[u8]) -> bool {
    re!(r"^(?:[A-Z][A-Z0-9_]*|\w*(?i:prices?|plans?|tiers?|products?|catalog|packages?)\w*)\s*(?:\[[^\]\n]{1,120}\]|\.\s*get\s*\([^()\n]{1,120}\))(?:\s*\??\.\s*\w+)*(?:\s*(?:\?\?|\|\||\bor\b)\s*(?:[A-Z][A-Z0-9_]*(?:\s*\??\.\s*\w+|\s*\[\s*['\x22]\w+['\x22]\s*\])+|'[^'\n]*'|\x22[^\x22\n]*\x22))?\s*,?\s*$")
        .is_match(v)
}

fn js_client_values(
    src: &super::ctx::Src,
    a: usize,
    b: usize,
    whole: &[String],
    fields: &[String],
) -> Vec<(usize, String)> {
    let t = &src.text[a..b];
    let mut out = Vec::new();
    let stripe =
        re!(r"(?i)stripe|checkout|paymentIntents|payment_intent|line_items|price_data").is_match(t);
    for c in js_sensitive_keys().captures_iter(t) {
        let (Some(k), Some(v)) = (c.get(1), c.get(2)) else {
            continue;
        };
        if !src.is_code(a + k.start()) {
            continue;
        }
        // `x = ...` only as a property assignment (`user.role = req.body.role`), not a declaration.
        let sep = t[k.end()..]
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .copied();
        let dotted = t[..k.start()]
            .iter()
            .rev()
            .find(|b| !b.is_ascii_whitespace())
            == Some(&b'.');
        if sep == Some(b'=')
            && (!dotted
                || t.get(k.end()..)
                    .is_some_and(|r| r.trim_ascii_start().starts_with(b"==")))
        {
            continue;
        }
        let key = String::from_utf8_lossy(k.as_bytes()).into_owned();
        let val = String::from_utf8_lossy(v.as_bytes())
            .trim_start_matches('=')
            .to_string();
        let from_client = re!(r"\b(?:req|request)\s*\.\s*(?:body|query|params)\b|\bformData\s*\.\s*get\s*\(|\bsearchParams\s*\.\s*get\s*\(").is_match(v.as_bytes())
            || whole.iter().filter(|w| w.as_str() != "body" || re!(r"\b(?:const|let|var)\s+body\b").is_match(t)).any(|w| val.trim_start().starts_with(&format!("{w}.")) || val.trim_start().starts_with(&format!("{w}[")))
            || fields.iter().any(|fl| {
                // Numeric wrappers do not make a client value the server's own:
                // `Math.round(Number(amount) * 100)` is still the client's amount, and
                // `FieldValue.increment(amount)` adds whatever the client asked for.
                let mut v = val.trim();
                while let Some(rest) = ["Math.round(", "Math.floor(", "Math.ceil(", "Math.trunc(", "Math.abs(", "Number(", "parseInt(", "parseFloat(", "BigInt(", "admin.firestore.FieldValue.increment(", "FieldValue.increment(", "firestore.FieldValue.increment(", "increment(", "+", "("]
                    .iter()
                    .find_map(|w| v.strip_prefix(w))
                {
                    v = rest.trim_start();
                }
                v.strip_prefix(fl.as_str())
                    .is_some_and(|r| r.is_empty() || r.starts_with([' ', '*', ')', ',', '/']))
            })
            || (val.trim() == "" && fields.contains(&key));
        // `role: req.body.role === "ADMIN" ? "ADMIN" : "MEMBER"`: the client picks from a fixed
        // list of constants.
        let allow_listed = re!(r#"\?\s*(?:'[^'
]*'|"[^"
]*"|\d+)\s*:\s*(?:'[^'
]*'|"[^"
]*"|\d+)\s*$"#)
        .is_match(val.trim().as_bytes())
            // `PRICES[req.body.plan] ?? PRICES.pro`: the client names a plan, the server's own
            // table holds the price.
            || server_table_lookup(val.trim().as_bytes());
        if !from_client || allow_listed {
            continue;
        }
        let money = key.starts_with("unit_amount") || key == "amount";
        let ok = if money {
            stripe
        } else if key == "price" || key == "total" {
            // `price: priceId` picks a server-side Price object: fine.
            stripe && !val.to_ascii_lowercase().contains("id")
                || re!(r"(?i)\border|cart|checkout|purchase|payment").is_match(t)
                    && !val.to_ascii_lowercase().contains("id")
        } else {
            // role / isAdmin / credits / balance written from the client.
            re!(r"\.\s*(?:insert|update|upsert|create|updateOne|findByIdAndUpdate|set|save)\s*\(")
                .is_match(t)
        };
        if ok {
            out.push((a + k.start(), key));
        }
    }
    // Shorthand `{ role }` / `{ amount }` from destructured fields.
    for c in re!(r"[{,]\s*(unit_amount|amount|role|isAdmin|is_admin|credits|balance)\s*[,}]")
        .captures_iter(t)
    {
        let Some(k) = c.get(1) else { continue };
        let key = String::from_utf8_lossy(k.as_bytes()).into_owned();
        if !fields.contains(&key)
            || !src.is_code(a + k.start())
            || out.iter().any(|(o, _)| *o == a + k.start())
        {
            continue;
        }
        // Skip the destructuring itself (`const { role } = req.body`).
        let line_start = t[..k.start()]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let line_end = t[k.start()..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(t.len(), |p| k.start() + p);
        let line = &t[line_start..line_end];
        if re!(r"\b(?:const|let|var)\s*\{").is_match(line) {
            continue;
        }
        let money = key == "unit_amount" || key == "amount";
        let ok = if money {
            stripe
        } else {
            re!(r"\.\s*(?:insert|update|upsert|create|updateOne|findByIdAndUpdate|set|save)\s*\(")
                .is_match(t)
        };
        if ok {
            out.push((a + k.start(), key));
        }
    }
    out
}

/// An ownership condition in a handler: `where: { id, userId: session.user.id }`,
/// `.eq("user_id", user.id)`, `if (doc.ownerId !== user.id)`. A declaration alone
/// (`const userId = session.user.id`) is one only if the name is used again.
fn js_owner_condition(t: &[u8]) -> bool {
    let decl = re!(
        r"\b(?:const|let|var)\s+(\{[^;=]{0,200}\}|[A-Za-z_$][\w$]*)\s*(?::[^=\n]{1,60})?=\s*[^=;\n][^;\n]*$"
    );
    let mut bound: Vec<(Vec<u8>, usize)> = Vec::new();
    for m in js_ownership().find_iter(t).take(64) {
        let ls = t[..m.start()]
            .iter()
            .rposition(|c| *c == b'\n')
            .map_or(0, |p| p + 1);
        let le = t[m.end()..]
            .iter()
            .position(|c| *c == b'\n')
            .map_or(t.len(), |p| m.end() + p);
        let before = &t[ls..m.start()];
        let line = &t[ls..le];
        // `if (!session.userId) throw ...`, `if (session?.user?.id)`: the caller is signed in,
        // which says nothing about the record's owner.
        if m.as_bytes().trim_ascii_end().ends_with(b")")
            && re!(r"(?:!\s*\(?\s*|\bif\s*\(\s*)$").is_match(before)
        {
            continue;
        }
        // `if (caller.id === id) throw new Error("You cannot delete yourself")`: refusing the
        // caller's own record says nothing about other people's.
        if (re!(r"^\s*===?").is_match(&t[m.end().min(le)..le])
            || re!(r"===?\s*$").is_match(m.as_bytes()) && !re!(r"!==?\s*$").is_match(m.as_bytes()))
            && re!(r"\bif\s*\(").is_match(before)
            && re!(r"(?i)\bthrow\b|\bstatus\s*\(\s*4\d\d|yourself|\bown\b").is_match(line)
        {
            continue;
        }
        // `{ _id, userId }` (the owner as a shorthand key) is a condition; `{ id: userId }` (an
        // id named like an owner, as the value of another key) is not.
        // The object must be a filter (`findOne({ _id, userId })`, `where: { ... }`,
        // `const filter = { ... }`), not a destructured parameter (`(_p, { userId }, ctx)`).
        if m.as_bytes().contains(&b'}')
            && !m.as_bytes().contains(&b'.')
            && (t[..m.start()].trim_ascii_end().ends_with(b":")
                || t[..m.start()]
                    .iter()
                    .rposition(|c| *c == b'{')
                    .is_none_or(|o| {
                        !t[..o].trim_ascii_end().ends_with(b"(")
                            && !t[..o].trim_ascii_end().ends_with(b":")
                            && !t[..o].trim_ascii_end().ends_with(b"=")
                    }))
        {
            continue;
        }
        // `data: { text, userId } }`: a shorthand owner key in the values written (or one the
        // client sent, `const { userId } = await req.json()`) is no condition on the caller.
        if m.as_bytes().contains(&b'}') && !m.as_bytes().contains(&b'.') {
            let open = t[..m.start()].iter().rposition(|c| *c == b'{');
            let payload = open.is_some_and(|o| {
                re!(r"\b(?:data|create|update|set|\$set|values|insert|defaults)\s*:\s*$")
                    .is_match(&t[o.saturating_sub(24)..o])
            });
            let name = re!(r"[A-Za-z_$][\w$]*")
                .find(m.as_bytes())
                .map(|n| n.as_bytes().to_vec())
                .unwrap_or_default();
            let from_client = !name.is_empty()
                && super::build_re(&format!(
                    r"\{{[^{{}}=;]{{0,200}}\b{}\b[^{{}}=;]{{0,200}}\}}\s*(?::[^=;\n]{{1,80}})?=\s*(?:await\s+)?(?:(?:req|request)\s*\.\s*(?:json\s*\(|body\b|query\b|params\b)|(?:body|input|payload|data)\b)",
                    regex::escape(&String::from_utf8_lossy(&name))
                ))
                .is_ok_and(|r| r.is_match(t));
            if payload || from_client {
                continue;
            }
        }
        // `.select('id, title, owner_id, project_id')`, `SELECT id, owner_id, title FROM`: the
        // owner column is read back, not compared.
        if m.as_bytes().trim_ascii_end().ends_with(b",")
            && re!(r#"(?:\.\s*select\s*\(\s*['"`]|(?i:\bselect\s))[^'"`;()]*$"#).is_match(before)
        {
            continue;
        }
        let value = &t[m.end()..le.min(m.end() + 120)];
        // `include: { files: true, owner: true }`, `select: { owner: { select: ... } }`: the
        // relation is loaded or read back, not compared with the caller.
        if m.as_bytes().trim_ascii_end().ends_with(b":")
            && (re!(r"^\s*(?:true|false)\b").is_match(value)
                || re!(r"^\s*\{").is_match(value)
                    && t[..m.start()]
                        .iter()
                        .rposition(|c| *c == b'{')
                        .is_some_and(|o| {
                            re!(r"\b(?:include|select|with|populate|columns)\s*:\s*$")
                                .is_match(&t[o.saturating_sub(40)..o])
                        }))
        {
            continue;
        }
        // `{ userId: req.params.userId }`: the client chose the owner; no condition on the caller.
        let from_request = re!(
            r"(?:\b(?:req|request)\s*\.\s*(?:params|query|body)|\b(?:params|query|body|input))\s*\??\.\s*$"
        );
        if m.as_bytes().trim_ascii_end().ends_with(b":")
            && re!(r"^\s*(?:(?:req|request)\s*\.\s*(?:params|query|body)|params|query|body|input|data)\s*\??\.\s*\w+\s*(?:[,}\n]|$)").is_match(value)
            || from_request.is_match(before)
        {
            continue;
        }
        // `const userId = ...` / `const { id: userId } = ...` / `const uid = session.user.id;`
        let lhs_decl = re!(r"\b(?:const|let|var)\s+[\w${}\s,:]*$").is_match(before)
            && m.as_bytes().trim_ascii_end().ends_with(b"=")
            || re!(r"\b(?:const|let|var)\s+\{[^}=]*$").is_match(before);
        let rhs_decl = decl.is_match(before);
        if !(lhs_decl || rhs_decl) {
            return true;
        }
        // `const { userId } = body`: an id the client chose is no ownership condition.
        if re!(r"=\s*(?:await\s+)?(?:(?:body|data|payload|input|params|query)\b|(?:req|request)\s*\.\s*(?:body|params|query|json|formData|data)\b)|searchParams").is_match(line) {
            continue;
        }
        if let Some(c) =
            re!(r"\b(?:const|let|var)\s+(\{[^;=]{0,200}\}|[A-Za-z_$][\w$]*)").captures(line)
        {
            for w in re!(r"[A-Za-z_$][\w$]*").find_iter(&c[1]) {
                bound.push((
                    w.as_bytes().to_vec(),
                    ls + c.get(1).map_or(0, |x| x.start()) + w.start(),
                ));
            }
        }
    }
    bound.iter().any(|(n, at)| {
        re!(r"[A-Za-z_$][\w$]*").find_iter(t).any(|w| {
            w.as_bytes() == n.as_slice() && w.start() != *at && !t[..w.start()].ends_with(b".")
        })
    })
}

/// Is there an `if (...) { ... return ... }` block in `[a, p)` that reads or writes data (or
/// mints a token) and returns: a branch that answers before `p` is reached?
fn js_answering_branch_before(src: &super::ctx::Src, a: usize, p: usize) -> bool {
    for blk in js_if_blocks(src, a, p).take(32) {
        let (after, end) = blk.body;
        if !blk.braced || end >= p {
            continue;
        }
        if src.has(re!(r"\breturn\b"), after, end)
            && (touches_data(src, after, end)
                || src.has(re!(r"\.\s*(?:get|delete)\s*\(\s*\)|\b(?:createCustomToken|sign|signIn|createSession\w*)\s*\("), after, end))
        {
            return true;
        }
    }
    false
}

/// Does the JS code in `[a, b)` read or write stored data?
pub fn touches_data(src: &super::ctx::Src, a: usize, b: usize) -> bool {
    let b = b.min(src.text.len());
    let a = a.min(b);
    src.has(js_read(), a, b) || db_write(src, js_write(), a, b)
}

/// The lookup by a request id in a Pages Router method branch `[a, b)`, with the code the
/// handler runs before its first branch (`prologue`: where `const id = req.query.id` and the
/// session check usually are).
pub fn js_idor_in_branch(
    ctx: &Ctx,
    file: usize,
    a: usize,
    b: usize,
    prologue: (usize, usize),
) -> Option<usize> {
    let src = &ctx.files[file];
    let trusted = trusted_body_fields(ctx);
    js_idor_with(src, a, b, Some(prologue), &trusted, None, &[]).or_else(|| {
        // `const ref = db.collection("orders").doc(String(req.query.id))` before the branches,
        // `await ref.delete()` in this one: the shared lookup is this branch's, unless the branch
        // checks the owner (`if (doc.data().sellerId !== user.uid) return res.status(403)...`).
        if js_owner_condition(&src.text[a.min(b)..b]) {
            return None;
        }
        let at = js_idor_with(src, prologue.0, prologue.1, None, &trusted, None, &[])?;
        let line_start = src.text[..at].iter().rposition(|c| *c == b'\n').map_or(0, |p| p + 1);
        let name = re!(r"\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=\n]{1,60})?=\s*(?:await\s+)?[^;\n]*$")
            .captures(&src.text[line_start..at])?
            .get(1)?
            .as_bytes()
            .to_vec();
        let used = super::build_re(&format!(
            r"\b{}\s*\??\.\s*\w+\s*\(",
            regex::escape(&String::from_utf8_lossy(&name))
        ))
        .ok()?;
        src.has(&used, a, b).then_some(at)
    })
}

/// A server action's arguments come from the browser: `togglePublic(projectId, ...)` updating
/// `where: { id: projectId }` with no owner condition is the same IDOR as in a route handler.
/// `a` is the start of the action's declaration (its parameter list follows).
pub fn js_action_idor(ctx: &Ctx, file: usize, a: usize, b: usize) -> Option<usize> {
    let src = &ctx.files[file];
    let t = super::ctx::sl(&src.text, a, b);
    let open = t.iter().position(|c| *c == b'(')?;
    let close = open + t[open..].iter().position(|c| *c == b')')?;
    let ids: Vec<String> = re!(r"[A-Za-z_$][\w$]*")
        .find_iter(&t[open + 1..close])
        .map(|m| String::from_utf8_lossy(m.as_bytes()).into_owned())
        .filter(|n| n == "id" || n.ends_with("Id") || n.ends_with("_id") || n.ends_with("ID"))
        .collect();
    js_idor_with(src, a, b, None, &trusted_body_fields(ctx), None, &ids)
}

/// Top-level comma-separated pieces of `t` (arguments or parameters), trimmed.
fn split_top(t: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    let mut quote: Option<u8> = None;
    for (i, c) in t.iter().enumerate() {
        match (quote, *c) {
            (Some(q), x) if x == q => quote = None,
            (Some(_), _) => {}
            (None, b'\'' | b'"' | b'`') => quote = Some(*c),
            (None, b'(' | b'[' | b'{' | b'<') => depth += 1,
            (None, b')' | b']' | b'}' | b'>') => depth -= 1,
            (None, b',') if depth == 0 => {
                out.push(t[start..i].trim_ascii());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(t[start..].trim_ascii());
    out
}

/// A handler that passes an id from the request to a project helper (`loadInvoice(db,
/// invoiceId)`, `getOrder(req.params.id)`) whose own lookup by that parameter has no owner
/// condition: offset of the call in the handler. `alias` names the request payload (`input`).
/// An id lookup in `[a, b)` keyed by one of `ids` (named parameters bound from the request, such
/// as a GraphQL resolver's destructured arguments), in the handler or through a project helper.
pub fn js_idor_params(ctx: &Ctx, file: usize, a: usize, b: usize, ids: &[String]) -> Option<usize> {
    let src = &ctx.files[file];
    let b = b.min(src.text.len());
    let a = a.min(b);
    js_idor_with(src, a, b, None, &trusted_body_fields(ctx), None, ids)
        .or_else(|| js_helper_idor(ctx, file, a, b, None, ids))
}

fn js_helper_idor(
    ctx: &Ctx,
    file: usize,
    a: usize,
    b: usize,
    alias: Option<&str>,
    ids: &[String],
) -> Option<usize> {
    let src = &ctx.files[file];
    let b = b.min(src.text.len());
    let a = a.min(b);
    let t = &src.text[a..b];
    // The handler checks the owner after the helper returns (`if (inv.userId !== user.id)`).
    if js_owner_condition(t) {
        return None;
    }
    let alias_pat = alias.map(dotted_pattern);
    let from_request = |arg: &[u8]| -> bool {
        if js_request_id().is_match(arg) || ids.iter().any(|n| n.as_bytes() == arg) {
            return true;
        }
        if let Some(p) = &alias_pat
            && super::build_re(&format!(r"^{p}\s*\??\.\s*\w*[iI]d$")).is_ok_and(|r| r.is_match(arg))
        {
            return true;
        }
        if !re!(r"^[A-Za-z_$][\w$]*[iI][dD]$").is_match(arg) {
            return false;
        }
        let n = regex::escape(&String::from_utf8_lossy(arg));
        let src_pat = alias_pat.as_deref().unwrap_or("input");
        super::build_re(&format!(
            r"\b(?:const|let|var)\s+[^=;]{{0,200}}\b{n}\b[^=;]{{0,200}}=\s*(?:await\s+)?(?:(?:req|request)\s*\.\s*(?:params|query|body)|params|searchParams|{src_pat})\b|\b{src_pat}\s*:\s*\{{[^{{}}]{{0,200}}\b{n}\b"
        ))
        .is_ok_and(|r| r.is_match(t))
    };
    let mut seen = 0;
    for c in src.code_matches(re!(r"\b([A-Za-z_$][\w$]*)\s*\("), a, b) {
        let (Some(m), Some(name)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if m.start() >= b || member_call(&src.text, name.start()) {
            continue;
        }
        let open = m.end() - 1;
        let Some(close) = matching_paren(&src.text, &src.mask, open, b) else {
            continue;
        };
        let args = split_top(&src.text[open + 1..close]);
        let Some(idx) = args.iter().position(|x| from_request(x)) else {
            continue;
        };
        let n = String::from_utf8_lossy(name.as_bytes()).into_owned();
        let Some(d) = ctx.resolve(file, &n) else {
            continue;
        };
        if d.kind == DefKind::Value || d.file == file && d.start <= a && d.body.1 >= b {
            continue;
        }
        seen += 1;
        if seen > 12 {
            break;
        }
        // The helper's parameter at that position.
        let ds = &ctx.files[d.file];
        let sig_end = d.body.0.min(ds.text.len());
        let Some(po) = ds.text[d.start.min(sig_end)..sig_end]
            .iter()
            .position(|c| *c == b'(')
        else {
            continue;
        };
        let po = d.start + po;
        let Some(pc) = matching_paren(&ds.text, &ds.mask, po, sig_end) else {
            continue;
        };
        let params = split_top(&ds.text[po + 1..pc]);
        let Some(param) = params.get(idx).and_then(|p| {
            re!(r"^(?:\.\.\.)?([A-Za-z_$][\w$]*)")
                .captures(p)
                .and_then(|c| c.get(1))
                .map(|x| String::from_utf8_lossy(x.as_bytes()).into_owned())
        }) else {
            continue;
        };
        if js_idor_with(
            ds,
            d.body.0,
            d.body.1,
            None,
            &trusted_body_fields(ctx),
            None,
            &[param],
        )
        .is_some()
        {
            return Some(m.start());
        }
    }
    None
}

fn js_idor(src: &super::ctx::Src, a: usize, b: usize, trusted: &[String]) -> Option<usize> {
    js_idor_with(src, a, b, None, trusted, None, &[])
}

fn js_idor_with(
    src: &super::ctx::Src,
    a: usize,
    b: usize,
    prologue: Option<(usize, usize)>,
    trusted: &[String],
    alias: Option<&str>,
    params: &[String],
) -> Option<usize> {
    let t = &src.text[a..b];
    let pro: &[u8] = prologue.map_or(&[][..], |(pa, pb)| super::ctx::sl(&src.text, pa, pb));
    if js_owner_condition(t) || js_owner_condition(pro) {
        return None;
    }
    // Names bound to request ids: `const { id } = req.params`, `const id = params.id`,
    // `const id = new URL(req.url).searchParams.get("id")`.
    let mut idnames: Vec<String> = params.to_vec();
    for text in [pro, t] {
        for c in re!(r"\b(?:const|let|var)\s+((?:[A-Za-z_$]\w*)?[iI]d)\s*(?::[^=\n]{1,40})?=\s*[^;\n]{0,120}?\b(?:searchParams\s*\.\s*get\s*\(|formData\s*\.\s*get\s*\(|(?:req|request)\s*\.\s*(?:params|query)\b|params\s*\.)").captures_iter(text) {
            idnames.push(String::from_utf8_lossy(&c[1]).into_owned());
        }
        for c in re!(r"\b(?:const|let|var)\s+(\{[^}]{0,200}\}|\w+)\s*=\s*(?:await\s+)?(?:req|request)?\s*\.?\s*(?:params|query|body|json\s*\(\s*\)|searchParams\s*\.\s*get\s*\([^)]*\)|\(\s*await\s+params\s*\))").captures_iter(text) {
            let lhs = String::from_utf8_lossy(&c[1]).into_owned();
            for p in lhs.trim_matches(['{', '}']).split(',') {
                let local = p.split_once(':').map_or(p, |(_, l)| l).trim();
                if local.to_ascii_lowercase().ends_with("id") {
                    idnames.push(local.to_string());
                }
            }
        }
        // In a parameter list or a declaration: `DELETE(req, { params: { id } }: Ctx)`.
        for c in re!(r"[({,]\s*params\s*:\s*\{([^{}]{0,120})\}\s*\}").captures_iter(text) {
            for p in String::from_utf8_lossy(&c[1]).split(',') {
                let local = p.split_once(':').map_or(p, |(_, l)| l);
                let local = local.split('=').next().unwrap_or("").trim();
                if local.to_ascii_lowercase().ends_with("id") {
                    idnames.push(local.to_string());
                }
            }
        }
        // Nested: `const { method, query: { id } } = req` (the Pages Router idiom).
        for c in re!(r"\b(?:const|let|var)\s+\{[^;=]{0,200}?\b(?:query|params|body)\s*:\s*\{([^{}]{0,120})\}[^;=]{0,120}\}\s*=\s*(?:req|request)\b").captures_iter(text) {
            for p in String::from_utf8_lossy(&c[1]).split(',') {
                let local = p.split_once(':').map_or(p, |(_, l)| l);
                let local = local.split('=').next().unwrap_or("").trim();
                if local.to_ascii_lowercase().ends_with("id") {
                    idnames.push(local.to_string());
                }
            }
        }
    }
    // Another name for the body (`data.orderId`, `const { orderId } = request.data`).
    let alias_id = alias.and_then(|al| {
        let pat = dotted_pattern(al);
        let bind = format!(
            r"\b(?:const|let|var)\s+(\{{[^}}]{{0,200}}\}}|[A-Za-z_$][\w$]*)\s*(?::[^=\n]{{1,40}})?=\s*{pat}\b(?:\s*\.\s*([A-Za-z_$][\w$]*))?"
        );
        if let Ok(r) = super::build_re(&bind) {
            for c in r.captures_iter(t).take(16) {
                let lhs = String::from_utf8_lossy(&c[1]).into_owned();
                for p in lhs.trim_matches(['{', '}']).split(',') {
                    let local = p.split_once(':').map_or(p, |(_, l)| l);
                    let local = local.split('=').next().unwrap_or("").trim();
                    if local.to_ascii_lowercase().ends_with("id") {
                        idnames.push(local.to_string());
                    }
                }
            }
        }
        super::build_re(&format!(r"\b{pat}\s*\??\.\s*\w*[iI]d\b")).ok()
    });
    if idnames.is_empty()
        && !js_request_id().is_match(t)
        && !alias_id.as_ref().is_some_and(|r| r.is_match(t))
    {
        return None;
    }
    for c in js_id_lookup().captures_iter(t) {
        let Some(m) = c.get(0) else { continue };
        // `WHERE id = $1` lives in the SQL string of `pool.query(...)`; the ORM calls in code.
        let sql = c.get(1).is_none()
            && c.get(2).is_none()
            && c.get(3).is_none()
            && c.get(4).is_none()
            && m.as_bytes()
                .first()
                .is_some_and(|b| b.eq_ignore_ascii_case(&b'w'));
        if !sql && !src.is_code(a + m.start()) {
            continue;
        }
        let inner = c
            .get(1)
            .or_else(|| c.get(2))
            .or_else(|| c.get(3))
            .or_else(|| c.get(4))
            .map(|x| x.as_bytes())
            .unwrap_or(b"");
        // `req.body.id` that an auth middleware set from the verified token is the caller's own id.
        let from_request = js_request_id().find_iter(inner).any(|m| {
            let field = m.as_bytes().rsplit(|b| *b == b'.').next().unwrap_or(b"");
            !(m.as_bytes().starts_with(b"req.body") || m.as_bytes().starts_with(b"request.body"))
                || !trusted.iter().any(|t| t.as_bytes() == field)
        });
        let keyed = from_request
            || alias_id.as_ref().is_some_and(|r| r.is_match(inner))
            || idnames.iter().any(|n| {
                re!(r"[\w$]+")
                    .find_iter(inner)
                    .any(|w| w.as_bytes() == n.as_bytes())
            })
            || c.get(1).is_none() && c.get(2).is_none() && c.get(3).is_none() && c.get(4).is_none();
        if keyed
            && !existence_check_only(src, a, b, m.start(), m.end())
            && !access_checked_before(t, m.start(), inner)
        {
            return Some(a + m.start());
        }
    }
    None
}

/// The lookup's filter names an id that the handler handed to an access-check helper before it
/// (`await requireMember(params.workspaceId)` ... `where: { id: params.workspaceId }`, or the
/// tenant key `workspaceId: params.workspaceId` next to the record id): the helper decides
/// whether the caller may reach that record or tenant.
fn access_checked_before(t: &[u8], at: usize, filter: &[u8]) -> bool {
    let before = &t[..at.min(t.len())];
    re!(r"\b((?:require|assert|ensure|check|verify|authori[sz]e|guard|must|can|has|is)[A-Z]\w*|require|authori[sz]e)\s*\(([^()]{1,200})\)")
        .captures_iter(before)
        .filter(|c| {
            re!(r"(?i)member|role|access|owner|permission|admin|workspace|team|org|tenant|scope|can|allowed|belong|view|edit|manage")
                .is_match(&c[1])
        })
        .any(|c| {
            split_top(&c[2]).iter().any(|arg| {
                let arg = arg.trim_ascii();
                arg.len() >= 2
                    && re!(r"^[A-Za-z_$][\w$]*(?:\s*\??\.\s*[A-Za-z_$][\w$]*)*$").is_match(arg)
                    && arg.to_ascii_lowercase().ends_with(b"id")
                    && super::build_re(&format!(r"(?:^|[^\w$.]){}(?:[^\w$]|$)", dotted_pattern(&String::from_utf8_lossy(arg))))
                        .is_ok_and(|re| re.is_match(filter))
            })
        })
}

/// `const user = await prisma.user.findUnique({ where: { id: assigneeId } }); if (!user) return 400`:
/// the record is only tested for existence (a foreign key check), never returned or changed.
/// `start`/`end` are offsets into the handler text `[a, b)`; words in strings and
/// comments (`"Invalid user"`) are not uses.
fn existence_check_only(
    src: &super::ctx::Src,
    a: usize,
    b: usize,
    start: usize,
    end: usize,
) -> bool {
    let b = b.min(src.text.len());
    let t = &src.text[a.min(b)..b];
    let before = &t[start.saturating_sub(120)..start];
    let Some(c) = re!(r"\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:await\s+)?[\w$.\s]*$")
        .captures(before)
    else {
        return false;
    };
    let name = &c[1];
    let end = end.min(t.len());
    let after = &t[end..];
    let mut uses = 0;
    for w in re!(r"[A-Za-z_$][\w$]*").find_iter(after) {
        if w.as_bytes() != name || !src.is_code(a + end + w.start()) {
            continue;
        }
        let prev = after[..w.start()].trim_ascii_end();
        // `prisma.issue.update(...)`: a property of another object, not the variable.
        if prev.ends_with(b".") && !prev.ends_with(b"...") {
            continue;
        }
        uses += 1;
        if !prev.ends_with(b"!") || prev.ends_with(b"!!") {
            return false;
        }
    }
    uses > 0
}

// ---------------------------------------------------------------- Python

fn py_auth_strong() -> &'static Regex {
    re!(
        r"\bjwt\s*\.\s*decode\s*\(|\bverify_id_token\s*\(|\bverify_jwt_in_request\s*\(|@\s*(?:\w+\s*\.\s*)?login_required\b|@\s*jwt_required\b|@\s*(?:\w+\s*\.\s*)?auth_required\b|@\s*permission_required\b|@\s*user_passes_test\b|@\s*staff_member_required\b|\bget_jwt_identity\s*\(|\bis_authenticated\b|\.auth\s*\.\s*get_user\s*\(|\bOAuth2PasswordBearer\b|\bHTTPBearer\b|\bAPIKeyHeader\b|\bHTTPBasic\b|\braise\s+(?:PermissionDenied|NotAuthenticated|AuthenticationFailed)\b|\bdecode_token\s*\(|\bverify_token\s*\(|\bdecode_access_token\s*\(|\.\s*current_user\s*\(\s*(?:(?:active|verified|superuser|get_enabled_backends)\s*=\s*[\w.]+\s*,?\s*)*\)"
    )
}

/// A strong authentication check in `[a, b)`. `if current_user.is_authenticated: return
/// redirect(...)` is not one: it sends signed-in users away from a public page (a login form,
/// a landing page) and lets everyone else in.
fn py_strong_auth_in(src: &super::ctx::Src, a: usize, b: usize) -> bool {
    let t = &src.text;
    src.code_matches(py_auth_strong(), a, b).take(32).any(|c| {
        let Some(m) = c.get(0) else { return false };
        if m.as_bytes() != b"is_authenticated" {
            return true;
        }
        let ls = t[..m.start()].iter().rposition(|c| *c == b'\n').map_or(0, |p| p + 1);
        let le = t[m.end()..].iter().position(|c| *c == b'\n').map_or(t.len(), |p| m.end() + p);
        let line = &t[ls..le];
        if !re!(r"^\s*if\s+(?:current_user|request\s*\.\s*user|g\s*\.\s*user)\s*\.\s*is_authenticated\s*(?:\(\s*\))?\s*:").is_match(line) {
            return true;
        }
        // The branch: the rest of the line or the next line.
        let next_end = t[(le + 1).min(t.len())..]
            .iter()
            .position(|c| *c == b'\n')
            .map_or(t.len(), |p| le + 1 + p);
        let branch = &t[ls..next_end.min(t.len())];
        !re!(r"\breturn\s+redirect\s*\(").is_match(branch)
    })
}

/// Where a Python handler looks the caller up (`"user_id" in session` is [`py_session_key_test`]:
/// it starts in a string).
fn py_auth_lookup() -> &'static Regex {
    re!(
        r"\bcurrent_user\b|\bget_current_user\b|\bsession\s*\.\s*get\s*\(\s*['\x22](?:\w*user|\w*admin|uid['\x22]|account_id|member_id|email['\x22])|\bsession\s*\[\s*['\x22](?:\w*user|\w*admin|uid['\x22]|account_id|member_id|email['\x22])|\brequest\s*\.\s*user\b|\brequest\s*\.\s*auth\b|\bg\s*\.\s*user\b|\bget_user\s*\(|\brequest\s*\.\s*headers\s*(?:\.\s*get\s*\(|\[)\s*['\x22](?i:authorization|[\w-]*(?:token|api-?key|auth)[\w-]*['\x22])|\bAuthorization\b"
    )
}

/// `"user_id" in session` / `'admin_id' not in session`: the Flask session holds a signed-in
/// account.
fn py_session_key_test() -> &'static Regex {
    re!(
        r"['\x22](?:\w*(?:user|admin|account|member|login|auth)\w*|\w+_id|uid)['\x22]\s+(?:not\s+)?in\s+session\b"
    )
}

/// A rejection that depends on the lookup: `if not user: raise HTTPException(401)`,
/// `abort(403)`, `if 'user_id' not in session: return redirect(...)`.
fn py_deny() -> &'static Regex {
    re!(
        r"(?m)\b40[13]\b|HTTP_40[13]|\babort\s*\(\s*40[13]|PermissionDenied|NotAuthenticated|AuthenticationFailed|[Uu]nauthori[sz]ed|[Ff]orbidden|login_url|redirect_to_login|\bredirect\s*\(\s*url_for\s*\(\s*['\x22][\w.]*(?:login|signin|sign_in)|^\s*if\s+not\s+[\w.\[\]'\x22()]*(?:user|session|token|auth|claims|payload|uid|viewer|caller|identity)\b|^\s*if\s+[\w.\[\]'\x22()]*(?:user|session|token|auth|claims|payload|uid|viewer|caller|identity)\w*\s+is\s+None|['\x22](?:\w*(?:user|admin|account|member|login|auth)\w*|\w+_id|uid)['\x22]\s+not\s+in\s+session"
    )
}

fn py_rl() -> &'static Regex {
    re!(
        r"(?i)\blimiter\s*\.\s*limit\s*\(|@\s*\w*limit\w*\s*\.\s*limit\b|\bLimiter\s*\(|\bRateLimiter\s*\(|@\s*ratelimit\b|\bratelimit\s*\(|\bthrottle_classes\b|Throttle\b|\bslowapi\b|flask_limiter|\bcheck_rate_limit\w*\s*\(|\bis_rate_limited\s*\(|\brate_limit\w*\s*\("
    )
}

fn py_val() -> &'static Regex {
    re!(
        r"\.\s*model_validate\w*\s*\(|\.\s*parse_obj\s*\(|\.\s*parse_raw\s*\(|Schema\s*\([^)]*\)\s*\.\s*loads?\s*\(|\bschema\s*\.\s*loads?\s*\(|\.\s*is_valid\s*\(|\bvalidate_on_submit\s*\(|\bjsonschema\b|\bvalidate\s*\(|@\s*use_args\b|@\s*use_kwargs\b|@\s*validate\b|@\s*expects_json\b|\bTypeAdapter\b|\bisinstance\s*\(\s*\w+\s*,\s*(?:str|int|float|bool)\b|\bsecure_filename\s*\(|\b(?:str|int|float)\s*\(\s*request\s*\.[^\n]*?\)\s*\[\s*:\s*\d+\s*\]|(?m)\bif\s+(?:not\s+)?\w+\s+(?:not\s+)?in\s+(?:[A-Z][A-Z0-9_]*|\(\s*['\x22][^)\n]*\)|\{\s*['\x22][^}\n]*\}|\[\s*['\x22][^\]\n]*\])\s*:\s*(?:#[^\n]*)?\n\s*(?:abort|raise|return|flash)\b"
    )
}

fn py_body() -> &'static Regex {
    re!(
        r"\brequest\s*\.\s*(?:json|get_json|form|data|values|files|POST|body|FILES)\b|\bawait\s+request\s*\.\s*(?:json|body|form)\s*\(|\bjson\s*\.\s*loads\s*\(\s*request\s*\.\s*body"
    )
}

fn py_read() -> &'static Regex {
    re!(
        r"\.\s*objects\s*\.|\b(?:session|db|sess)\s*\.\s*(?:query|execute|get|scalars?|exec)\s*\(|\.\s*query\s*\(|\bcursor\s*\.\s*execute|\.\s*find(?:_one)?\s*\(|\.\s*table\s*\(\s*['\x22]|\.\s*collection\s*\(|\bget_object_or_404\s*\(|\bget_list_or_404\s*\(|\bselect\s*\(\s*[A-Z]|\.\s*filter(?:_by)?\s*\(|\bfetch(?:one|all)\s*\(|\.\s*(?:fetch|fetchrow|fetchval|fetch_all|fetch_one|fetch_val)\s*\(\s*(?:f?['\x22]{1,3}\s*(?i:select|with)\b|[a-z_]*(?:sql|query|stmt)\b)|\.\s*query\s*\.\s*(?:all|get|get_or_404|first|first_or_404|one|one_or_none|order_by|limit|paginate|join|options|count)\s*\(|\b[A-Z]\w*\s*\.\s*(?:find_all|find_many|get_or_none|get_by_id|select|aggregate)\s*\(|\.\s*to_list\s*\(|\bdb\s*\.\s*(?:get_or_404|first_or_404|one_or_404|paginate)\s*\("
    )
}

fn py_write() -> &'static Regex {
    re!(
        r"\.\s*(?:add|add_all|commit|delete|merge|save|create|update|insert|insert_one|insert_many|update_one|update_many|delete_one|delete_many|upsert|bulk_create|get_or_create|update_or_create|delete_by_id|delete_instance|delete_all)\s*\(|(?i)\b(?:insert\s+into|update\s+\w+\s+set|delete\s+from)\b"
    )
}

fn py_service_role() -> &'static Regex {
    re!(r"(?i)service_?role|\bfirebase_admin\b|\bsupabase_admin\b|\.auth\s*\.\s*admin\s*\.")
}

fn py_ai() -> &'static Regex {
    re!(
        r"\bchat\s*\.\s*completions\b|\bresponses\s*\.\s*create\s*\(|\bmessages\s*\.\s*create\s*\(|\bChatCompletion\b|\bgenerate_content\w*\s*\(|\bgenai\s*\.|\bChatOpenAI\b|\bChatAnthropic\b|api\.openai\.com|api\.anthropic\.com|\bcompletions\s*\.\s*create\s*\(|\bembeddings\s*\.\s*create\s*\(|\bollama\s*\.\s*chat\s*\(|\bimages\s*\.\s*generate\s*\("
    )
}

fn py_auth_flow() -> &'static Regex {
    re!(
        r"\bcheck_password\s*\(|\bverify_password\s*\(|\bcheck_password_hash\s*\(|\bpwd_context\s*\.\s*verify\s*\(|\bbcrypt\s*\.\s*checkpw\s*\(|\bauthenticate\s*\(|\blogin_user\s*\(|\blogin\s*\(\s*request\s*,|\bsign_in_with_password\s*\(|\bsign_up\s*\(|\bcreate_access_token\s*\(|\bsend_password_reset\w*\s*\(|\breset_password_for_email\s*\(|\bsign_in_with_otp\s*\(|\bargon2\b|\bverify_otp\s*\(|\bmake_password\s*\(|\bset_password\s*\(|\bgenerate_password_hash\s*\(|\bpwd_context\s*\.\s*hash\s*\(|\bget_password_hash\s*\(|\bhash_password\s*\(|\bcreate_user\s*\(|\b\w*otp\w*\s*=\s*[^=\n]*\b(?:randbelow|randint|randrange|token_hex|token_urlsafe|choices?)\s*\(|\bsend_(?:otp|code|verification\w*|login_code|magic_link)\b|\bsend_sms\w*\s*\([^)\n]*\b(?:otp|code|pin)\b"
    )
}

pub(super) fn py_role_check() -> &'static Regex {
    re!(
        r"(?i)\b(?:is_superuser|is_staff|is_admin)\b\s*(?:==|!=|\)\s*:|:|\s+(?:and|or|else)\b)|\bif\s+(?:not\s+)?(?:[\w()\x22']+\s*\.\s*)*(?:\w*user|me|caller|actor|account|admin|member|profile|principal|identity|claims|token|g)\s*\.\s*(?:is_superuser|is_staff|is_admin)\b|\bif\s+(?:not\s+)?(?:is_superuser|is_staff|is_admin)\b|\bgetattr\s*\([^)\n]*['\x22](?:is_admin|is_staff|is_superuser)['\x22]|\.role\s*(?:==|!=|in\b|not\s+in\b)|\bhas_perm\s*\(|\broles?_required\b|\bIsAdminUser\b|\brequire_(?:admin|staff|superuser|role)\b|\b(?:admin|staff|superuser)_required\b|\bstaff_member_required\b|\buser_passes_test\b|\bpermission_required\b|\bPermissionRequiredMixin\b|\bUserPassesTestMixin\b|\bget\s*\(\s*['\x22]role['\x22]\s*\)\s*(?:==|!=|in\b|not\s+in\b)|\[\s*['\x22]role['\x22]\s*\]\s*(?:==|!=|in\b|not\s+in\b)|\.\s*current_user\s*\([^)\n]*\bsuperuser\s*=\s*True"
    )
}

fn py_tables(t: &[u8]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in re!(r"\b([A-Z]\w+)\s*\.\s*(?:objects|query)\b|\bquery\s*\(\s*([A-Z]\w+)|\bselect\s*\(\s*([A-Z]\w+)|\.\s*table\s*\(\s*['\x22](\w+)['\x22]|\bget_object_or_404\s*\(\s*([A-Z]\w+)|(?i)\b(?:from|into|update)\s+(\w+)").captures_iter(t) {
        for g in 1..=6 {
            if let Some(m) = c.get(g) {
                let n = String::from_utf8_lossy(m.as_bytes()).to_ascii_lowercase();
                // Django's tables are `<app>_<model>` (`invoices_invoice`, `auth_user`): the
                // model name is what says whose data it is.
                let model = (g == 6)
                    .then(|| n.rsplit_once('_').map(|(_, m)| m.to_string()))
                    .flatten()
                    .filter(|m| m.len() > 2);
                for n in std::iter::once(n).chain(model) {
                    if !out.contains(&n) && n.len() > 1 {
                        out.push(n);
                    }
                }
            }
        }
    }
    out
}

/// Classifies a Python guard/dependency/decorator name used in `file`, following its definition.
pub fn py_guard(ctx: &Ctx, file: usize, name: &str, depth: usize) -> Flags {
    let key = (file, format!("py:{name}"));
    if let Some((f, at)) = ctx.cache.borrow().get(&key)
        && *at <= depth
    {
        return *f;
    }
    ctx.cache
        .borrow_mut()
        .insert(key.clone(), (Flags::default(), depth));
    let by_name = py_name_flags(name);
    let f = if depth > MAX_DEPTH {
        by_name
    } else {
        match ctx.resolve(file, name) {
            Some(d) => py_code_flags(ctx, d.file, d.start, d.body.1, depth + 1),
            None => by_name,
        }
    };
    ctx.cache.borrow_mut().insert(key, (f, depth));
    f
}

/// Heuristic flags from a Python name alone.
pub fn py_name_flags(name: &str) -> Flags {
    let l = name.rsplit('.').next().unwrap_or(name).to_ascii_lowercase();
    let mut f = Flags::default();
    if l.contains("optional") || l.contains("public") || l.contains("maybe") {
        return f;
    }
    // Session plumbing, not a guard: `session({...})` (express-session), `cookieSession()`,
    // `passport.initialize()`, `passport.session()` load a user if there is one and let anyone
    // else through.
    if matches!(
        l.as_str(),
        "session" | "cookiesession" | "expresssession" | "initialize"
    ) {
        return f;
    }
    if l.contains("limit") || l.contains("throttle") {
        f.rl = true;
    }
    let guard = [
        "login_required",
        "jwt_required",
        "auth_required",
        "admin_required",
        "require_user",
        "require_auth",
        "require_admin",
        "require_login",
        "verify_token",
        "verify_jwt",
        "authenticated",
        "permission_required",
        "roles_required",
        "token_required",
        "api_key_required",
        // Django: both send anonymous users to the login page (`user_passes_test` whatever its
        // test is: an anonymous user is neither staff nor active nor in a group).
        "user_passes_test",
        "staff_member_required",
        "check_auth",
        "requires_auth",
        "protected",
    ];
    if guard.iter().any(|g| l.contains(g)) || l == "authenticate" {
        f.auth = AuthLevel::Guard;
        f.role = l.contains("admin")
            || l.contains("role")
            || l.contains("permission")
            || l.contains("superuser")
            || l.contains("staff");
    } else if l.contains("current_user")
        || l.contains("current_active_user")
        || l.starts_with("get_user")
        || l.contains("get_current")
        || l.contains("auth")
    {
        // `Depends(get_current_user)` raises 401 in every FastAPI template; resolved definitions
        // override this guess.
        f.auth = AuthLevel::Guard;
    }
    f
}

/// Flags of a Python code region used as a guard (a decorator, a dependency, a
/// `before_request` function, a permission class).
pub fn py_code_flags(ctx: &Ctx, file: usize, a: usize, b: usize, depth: usize) -> Flags {
    let src = &ctx.files[file];
    let t = super::ctx::sl(&src.text, a, b);
    let mut auth = AuthLevel::None;
    if py_strong_auth_in(src, a, b)
        || src.has(py_signature_verify(), a, b)
        || secret_header_check(t)
        || stored_api_key_check(t)
    {
        auth = AuthLevel::Guard;
    } else if src.has(py_auth_lookup(), a, b)
        // `if "admin_id" not in session:` starts with the string (not code).
        || src.has_any(py_session_key_test(), a, b)
    {
        auth = if py_deny().is_match(t) {
            AuthLevel::Guard
        } else {
            AuthLevel::Lookup
        };
    }
    let mut f = Flags {
        auth,
        rl: src.has(py_rl(), a, b),
        val: src.has(py_val(), a, b),
        role: src.has_any(py_role_check(), a, b),
        owner: false,
    };
    if depth <= MAX_DEPTH && f.auth != AuthLevel::Guard {
        // `Depends(other_dependency)` and calls to other guards.
        let mut seen = 0;
        for c in src.code_matches(
            re!(r"\b(?:Depends|Security)\s*\(\s*([A-Za-z_][\w.]*)|\b([A-Za-z_][\w.]*)\s*\("),
            a,
            b,
        ) {
            if c.get(0).is_none_or(|m| m.start() >= b) {
                break;
            }
            if c.get(2).is_some_and(|x| member_call(&src.text, x.start())) {
                continue;
            }
            // A definition (`def get(self, request)` of the handler itself, or a nested one) is
            // not a call: resolving its name would find another class's method of that name.
            if c.get(2).is_some_and(|x| {
                re!(r"\bdef\s+$").is_match(&src.text[x.start().saturating_sub(12)..x.start()])
            }) {
                continue;
            }
            let n = String::from_utf8_lossy(
                c.get(1)
                    .or_else(|| c.get(2))
                    .map_or(&b""[..], |m| m.as_bytes()),
            )
            .into_owned();
            if matches!(
                n.as_str(),
                "print"
                    | "len"
                    | "str"
                    | "int"
                    | "dict"
                    | "list"
                    | "isinstance"
                    | "super"
                    | "getattr"
                    | "Depends"
                    | "HTTPException"
                    | "range"
                    | "f"
            ) {
                continue;
            }
            let Some(d) = ctx.resolve(file, &n) else {
                if c.get(1).is_some() {
                    let g = py_name_flags(&n);
                    f.auth = f.auth.max(g.auth);
                }
                continue;
            };
            if d.file == file && d.start == a {
                continue;
            }
            seen += 1;
            if seen > 24 {
                break;
            }
            let g = py_guard(ctx, file, &n, depth + 1);
            if g.auth == AuthLevel::Guard {
                f.auth = AuthLevel::Guard;
            } else if g.auth == AuthLevel::Lookup && f.auth == AuthLevel::None {
                f.auth = if py_deny().is_match(t) {
                    AuthLevel::Guard
                } else {
                    AuthLevel::Lookup
                };
            }
            f.rl |= g.rl;
            // Building the user object (`CurrentUser(id=..., role=row["role"])`) checks no role,
            // even when the class defines one (`def is_admin(self): return self.role == "admin"`).
            f.role |= g.role && !(d.kind == DefKind::Class && c.get(2).is_some());
        }
    }
    // An optional-user dependency (`if not authorization: return None`, `except InvalidTokenError:
    // return None`) that never rejects: it identifies callers who send a token and lets everyone
    // else through. The handler must check what it returned.
    if f.auth == AuthLevel::Guard
        && re!(r"(?m)^[ \t]*if\s+not\s+[^\n:]{1,120}:\s*(?:\n[ \t]*)?return\s+None\b|^[ \t]*except\b[^\n]*:\s*(?:\n[ \t]*)?return\s+None\b|^[ \t]*if\s+[^\n:]{1,120}\bis\s+None\s*:\s*(?:\n[ \t]*)?return\s+None\b").is_match(t)
        && !re!(r"\braise\b|\babort\s*\(|\b40[13]\b|[Uu]nauthori[sz]ed|[Ff]orbidden|\bredirect\s*\(").is_match(t)
    {
        f.auth = AuthLevel::Lookup;
    }
    f
}

/// Features of a Python handler body.
pub fn py_features(ctx: &Ctx, file: usize, a: usize, b: usize) -> Features {
    let src = &ctx.files[file];
    let b = b.min(src.text.len());
    let a = a.min(b);
    let t = &src.text[a..b];
    let mut f = Features {
        flags: py_code_flags(ctx, file, a, b, 1),
        ..Features::default()
    };
    f.uses_body = src.has(py_body(), a, b);
    if f.uses_body {
        let (sink, bounded) = py_body_to_sink(t);
        f.body_sink = sink;
        if bounded {
            f.flags.val = true;
        }
    }
    f.body_fields = py_body_field_count(t);
    f.reads_db = src.has(py_read(), a, b);
    f.writes_db = db_write(src, py_write(), a, b);
    f.service_role = src.has_any(py_service_role(), a, b) || py_uses_admin(ctx, file, t);
    f.signature = src.has_any(py_signature(), a, b);
    f.ai = src.has_any(py_ai(), a, b);
    f.auth_flow = src.has(py_auth_flow(), a, b);
    f.redeems_token = src.has(
        re!(r"\b\w*token\s*==?\s*token\b|\b(?:token|reset_token|code)\s*[:=][^\n]{0,60}\brequest\b|\b(?:body|payload|data)\s*\.\s*(?:token|reset_token)\b|\[\s*['\x22](?:token|reset_token)['\x22]\s*\]|get\s*\(\s*['\x22](?:token|reset_token)['\x22]"),
        a,
        b,
    ) && !src.has(mail_send(), a, b);
    f.token_exchange = src.has(
        re!(r"\b(?:verify_id_token|create_session_cookie|verify_oauth2_token|exchange_code_for_session|fetch_token)\s*\("),
        a,
        b,
    );
    f.role_check = src.has_any(py_role_check(), a, b);
    f.tables = py_tables(t);
    let mut n = 0;
    // A loader helper handed the URL's id (`invoice = _load_invoice(invoice_id)`): its own id
    // lookup is this handler's (found below, reported at the call).
    let handler_params = py_handler_params(t);
    let mut helper_lookup: Option<usize> = None;
    for c in src.code_matches(re!(r"\b([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s*\("), a, b) {
        if c.get(0).is_none_or(|m| m.start() >= b) {
            break;
        }
        if c.get(1).is_some_and(|x| member_call(&src.text, x.start())) {
            continue;
        }
        let name = String::from_utf8_lossy(&c[1]).into_owned();
        let Some(d) = ctx.resolve(file, &name) else {
            continue;
        };
        if d.file == file && d.start <= a && d.body.1 >= b || d.kind == DefKind::Value {
            continue;
        }
        n += 1;
        if n > 24 {
            break;
        }
        let ds = &ctx.files[d.file];
        let (da, db) = (d.body.0, d.body.1);
        if helper_lookup.is_none()
            && d.kind == DefKind::Function
            && let Some(m) = c.get(0)
            && let Some(close) = matching_paren(&src.text, &src.mask, m.end() - 1, b)
        {
            let args = split_top(&src.text[m.end()..close]);
            let passes_id = args.iter().any(|x| {
                let x = x.trim_ascii();
                handler_params.contains(&x) && x.to_ascii_lowercase().ends_with(b"id")
            });
            let passes_caller = args.iter().any(|x| py_callers_own(x.trim_ascii()));
            if passes_id && !passes_caller && py_idor(ds, d.start, db).is_some() {
                helper_lookup = Some(m.start());
            }
        }
        if ds.has(py_read(), da, db) {
            f.reads_db = true;
            add_tables(&mut f.tables, py_tables(super::ctx::sl(&ds.text, da, db)));
        }
        if db_write(ds, py_write(), da, db) {
            // `with get_cursor() as cur:` where the helper's only write is a `conn.commit()`
            // under `if commit:`: a write only when the call says so (`get_cursor(commit=True)`).
            let commit_flag_only = ds.has(
                re!(r"(?m)^[ \t]*if\s+(?:commit|autocommit|do_commit|should_commit)\s*:"),
                da,
                db,
            ) && ds.code_matches(py_write(), da, db).all(|w| {
                w.get(0)
                    .is_some_and(|m| re!(r"\bcommit\s*\($").is_match(m.as_bytes()))
            });
            let call_commits = || {
                c.get(0).is_some_and(|m| {
                    matching_paren(&src.text, &src.mask, m.end() - 1, b).is_some_and(|close| {
                        re!(r"\b(?:commit|autocommit|do_commit|should_commit)\s*=\s*True\b")
                            .is_match(&src.text[m.end()..close])
                    })
                })
            };
            f.writes_db |= !commit_flag_only || call_commits();
        }
        f.service_role |= ds.has_any(py_service_role(), da, db);
        f.ai |= ds.has_any(py_ai(), da, db);
        // A signature check in a helper (`_mailgun_signature_ok(request)`: HMAC and
        // compare_digest in its body).
        f.signature |= ds.has_any(py_signature(), da, db);
    }
    f.mass_assign = re!(r"\b[A-Z]\w*\s*\(\s*\*\*\s*(?:request\s*\.\s*(?:json\b|get_json\s*\(\s*\)|data\b|form\b)|data\b|payload\b|body\b)|\bsetattr\s*\(\s*\w+\s*,\s*(?:k|key|field)\s*,|\.\s*update\s*\(\s*\*\*\s*(?:request|data|payload|body)\b|\.\s*(?:insert|update|upsert)\s*\(\s*(?:request\s*\.\s*(?:json|get_json\s*\(\s*\)|data)|data|payload|body)\s*\)").is_match(t)
        // `for key in EDITABLE_FIELDS & data.keys(): setattr(contact, key, data[key])`, or a
        // loop that skips keys outside a fixed set: only the listed columns can be written.
        && !re!(r"\bfor\s+(?:k|key|field)\s*(?:,\s*\w+\s*)?\s+in\s+(?:[A-Z][A-Z0-9_]*\b|\([^()\n]*\b[A-Z][A-Z0-9_]*\s*[&)]|\w+(?:\s*\.\s*keys\s*\(\s*\))?\s*&\s*[A-Z][A-Z0-9_]*\b|[\[{(]\s*['\x22])|\bif\s+(?:k|key|field)\s+(?:not\s+)?in\s+(?:[A-Z][A-Z0-9_]*\b|[\[{(]\s*['\x22])").is_match(t);
    f.client_values = py_client_values(src, a, b);
    f.id_lookup = py_idor(src, a, b).or(helper_lookup.filter(|_| !py_owner_evidence(t)));
    f.unscoped_list = unscoped_list(src, a, b);
    f
}

/// Where a Python handler's request-body values go: `(reach a sink, every field bounded)`.
/// A field is bounded when it is read through `int()` / `float()` / `bool()` / `UUID()`, through
/// `str(...)[:N]`, or checked against an allow-list or a validator before use. A sink is a write
/// or send call's arguments, a model attribute assignment, a dict literal, or any call other than
/// lookups and validators (`filter_by(email=email)` only finds a row).
fn py_body_to_sink(t: &[u8]) -> (bool, bool) {
    let src_expr = r#"request\s*\.\s*(?:json|form|values|data|POST|GET|args|get_json\s*\([^)]*\))"#;
    // Names bound to the whole body: `data = request.get_json() or {}`, `body = await request.json()`.
    let mut whole: Vec<String> = Vec::new();
    for c in re!(r#"(?m)^[ \t]*([A-Za-z_]\w*)\s*(?::[^=\n]{1,40})?=\s*\(?\s*(?:await\s+)?(?:request\s*\.\s*(?:get_json\s*\([^)\n]*\)|json|form|data|values|POST|body)|json\s*\.\s*loads\s*\(\s*request\s*\.\s*body\s*\)|await\s+request\s*\.\s*(?:json|form)\s*\(\s*\))(?:\s*(?:or|\|\|)\s*\{\s*\})?\s*\)?\s*$"#).captures_iter(t).take(16) {
        whole.push(String::from_utf8_lossy(&c[1]).into_owned());
    }
    let whole_alt = if whole.is_empty() {
        String::new()
    } else {
        format!("|\\b(?:{})\\b", whole.join("|"))
    };
    let Ok(field_read) = super::build_re(&format!(
        r#"(?:\b{src_expr}{whole_alt}|\(\s*{src_expr}\s+or\s+\{{\s*\}}\s*\))\s*(?:\.\s*get\s*\(\s*['"]\w+['"][^)\n]*\)|\[\s*['"]\w+['"]\s*\])"#
    )) else {
        return (true, false);
    };
    let Ok(any_body) = super::build_re(&format!(r"\b{src_expr}{whole_alt}")) else {
        return (true, false);
    };
    // Variables bound to one field, and whether the binding bounds it.
    let mut vars: Vec<(String, bool)> = Vec::new();
    for c in re!(r"(?m)^[ \t]*([A-Za-z_]\w*)\s*(?::[^=\n]{1,40})?=[ \t]*([^=\n][^\n]*)$")
        .captures_iter(t)
        .take(200)
    {
        let rhs = &c[2];
        if !field_read.is_match(rhs) {
            continue;
        }
        let bounded = re!(r"^\s*(?:int|float|bool|Decimal|UUID|uuid\s*\.\s*UUID)\s*\(")
            .is_match(rhs)
            || re!(r"\[\s*:\s*\d+\s*\]\s*$").is_match(rhs)
            || re!(r"^\s*[\w.]*(?:ALLOWED|CHOICES|VALID)\w*\s*(?:\.\s*get\s*\(|\[)").is_match(rhs);
        vars.push((String::from_utf8_lossy(&c[1]).into_owned(), bounded));
    }
    // Checked after binding: `if x not in ALLOWED: abort(400)`, `url_has_allowed_host_and_scheme(x, ...)`.
    for v in vars.iter_mut() {
        if v.1 {
            continue;
        }
        let n = regex::escape(&v.0);
        if super::build_re(&format!(
            r"\bif\s+(?:not\s+)?{n}\s+(?:not\s+)?in\s+[\w.]+|\b(?:url_has_allowed_host_and_scheme|is_safe_url|validate_email|validate_\w+|re\s*\.\s*(?:fullmatch|match))\s*\([^)\n]*\b{n}\b"
        ))
        .is_ok_and(|r| r.is_match(t))
        {
            v.1 = true;
        }
    }
    let all_bounded = !vars.is_empty()
        && vars.iter().all(|v| v.1)
        // Every body read is one of those bindings.
        && field_read.find_iter(t).count() == vars.len()
        && any_body.find_iter(t).count() <= vars.len() + whole.len();
    // Values that carry unchecked request data.
    let tainted: Vec<&str> = vars
        .iter()
        .filter(|v| !v.1)
        .map(|v| v.0.as_str())
        .chain(whole.iter().map(String::as_str))
        .collect();
    let carries = |s: &[u8]| {
        field_read.is_match(s)
            || any_body.is_match(s) && !re!(r"^\s*$").is_match(s)
            || tainted.iter().any(|n| has_word(s, n.as_bytes()))
    };
    // A bare body read not bound to a variable (`Note(text=request.json["text"])`).
    let safe_call = re!(
        r"^(?:filter|filter_by|get|get_object_or_404|get_or_none|first|one|one_or_none|scalar|find_one|find|exists|count|authenticate|check_password|check_password_hash|verify|verify_password|verify_otp|compare_digest|redirect|url_for|abort|len|str|int|float|bool|print|jsonify|JsonResponse|Response|HttpResponse|HttpResponseRedirect|render|render_template|url_has_allowed_host_and_scheme|is_safe_url|lower|upper|strip|startswith|endswith|isdigit|split|HTTPException|where|select|and_|or_|debug|info|warning|error|exception|format|Q|ObjectId|UUID|getattr|isinstance|range|min|max|sorted|list|dict|set|tuple|encode|decode|hexdigest|sha256|compare|get_json|escape)$"
    );
    for c in re!(r"\b([A-Za-z_]\w*)\s*\(").captures_iter(t).take(400) {
        let (Some(m), Some(name)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if safe_call.is_match(name.as_bytes())
            || re!(r"\bdef\s+$").is_match(&t[m.start().saturating_sub(8)..m.start()])
        {
            continue;
        }
        // The call's arguments, to its closing parenthesis (nested once).
        let rest = &t[m.end()..t.len().min(m.end() + 600)];
        let mut depth = 1i32;
        let mut end = rest.len();
        for (i, ch) in rest.iter().enumerate() {
            match ch {
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i;
                        break;
                    }
                }
                _ => {}
            }
        }
        if carries(&rest[..end]) {
            return (true, all_bounded);
        }
    }
    // `note.text = text` (then `db.session.commit()`), `{"text": text}` literals.
    for c in
        re!(r"(?m)^[ \t]*[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\s*=\s*([^=\n][^\n]*)$|\{[^{}\n]{0,300}\}")
            .captures_iter(t)
            .take(200)
    {
        let Some(m0) = c.get(0) else { continue };
        let part = c.get(1).unwrap_or(m0).as_bytes();
        // A filter literal of a lookup (`find_one({"email": email})`) only finds a row.
        if c.get(1).is_none()
            && re!(r"\b([A-Za-z_]\w*)\s*\(\s*$")
                .captures(&t[m0.start().saturating_sub(60)..m0.start()])
                .and_then(|x| x.get(1))
                .is_some_and(|n| safe_call.is_match(n.as_bytes()))
        {
            continue;
        }
        if carries(part) {
            return (true, all_bounded);
        }
    }
    (false, all_bounded)
}

fn py_uses_admin(ctx: &Ctx, file: usize, t: &[u8]) -> bool {
    // A module-level client created with the service-role key, imported or local.
    for imp in &ctx.py_imports[file] {
        let (Some(m), Some(attr)) = (imp.module, &imp.attr) else {
            continue;
        };
        if let Some(d) = ctx.def_in(m, attr) {
            let s = &ctx.files[d.file];
            if s.has_any(py_service_role(), d.start, d.body.1)
                && dyn_re(&format!(r"\b{}\b", regex::escape(&imp.local))).is_match(t)
            {
                return true;
            }
        }
    }
    // Or defined at the top of this module (`sb = create_client(url, SERVICE_ROLE_KEY)`).
    let src = &ctx.files[file];
    for c in re!(r"(?m)^([A-Za-z_]\w*)\s*(?::[^=\n]{1,60})?=[^=\n][^\n]*(?i:service_?role)")
        .captures_iter(&src.text)
    {
        let (Some(m), Some(name)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if src.is_code(m.start())
            && dyn_re(&format!(
                r"\b{}\s*\.",
                regex::escape(&String::from_utf8_lossy(name.as_bytes()))
            ))
            .is_match(t)
        {
            return true;
        }
    }
    false
}

/// A runtime pattern (only built from escaped identifiers); never matches if it cannot compile.
fn dyn_re(p: &str) -> Regex {
    super::build_re(p).unwrap_or_else(|_| super::build_re("$^").expect("never-matching regex"))
}

fn py_client_values(src: &super::ctx::Src, a: usize, b: usize) -> Vec<(usize, String)> {
    let t = &src.text[a..b];
    let mut out = Vec::new();
    let stripe = re!(r"(?i)stripe|checkout|PaymentIntent|line_items|price_data").is_match(t);
    let writes =
        re!(r"\.\s*(?:insert|update|upsert|create|save|add)\s*\(|\bsetattr\s*\(").is_match(t);
    for c in re!(r"(?:['\x22](unit_amount|amount|price|discount|role|is_admin|is_staff|is_superuser|credits|balance)['\x22]\s*:\s*|\b(unit_amount|amount|price|discount|role|is_admin|is_staff|is_superuser|credits|balance)\s*=\s*)([^,)\n}]{1,120})").captures_iter(t) {
        let Some(k) = c.get(1).or_else(|| c.get(2)) else { continue };
        let v = c.get(3).map_or(&b""[..], |m| m.as_bytes());
        // Quoted keys are strings: check that the value is code.
        let at = c.get(3).map_or(k.start(), |m| m.start());
        if !src.is_code(a + at) {
            continue;
        }
        let from_client = re!(r"\brequest\s*\.\s*(?:json|get_json|form|data|args|POST|GET|query_params)\b|\b(?:data|payload|body|req)\s*(?:\[\s*['\x22]|\.\s*get\s*\(|\.\s*\w+)").is_match(v);
        if !from_client || server_table_lookup(v.trim_ascii()) {
            continue;
        }
        let key = String::from_utf8_lossy(k.as_bytes()).into_owned();
        let money = key.starts_with("unit_amount") || key == "amount";
        if (money && stripe) || writes {
            out.push((a + k.start(), key));
        }
    }
    out
}

/// Collections of shared content every signed-in user may look up by id.
const PUBLIC_CATALOGUE: &[&str] = &[
    "courses",
    "lessons",
    "modules",
    "chapters",
    "products",
    "posts",
    "articles",
    "categories",
    "tags",
    "events",
    "plans",
    "recipes",
    "listings",
    "venues",
    "menus",
    "menu",
    "catalog",
    "catalogue",
    "books",
    "tracks",
    "episodes",
    "videos",
    "quizzes",
];

/// Owner evidence anywhere in a Python handler: a comparison with the caller, a relation of the
/// caller (`request.user.documents.get(...)`), a filter on the owner, a 403, or a SQL lookup
/// scoped to the caller (`WHERE id = %s AND owner_id = %s`) before it acts on the row. A mere
/// mention of the caller (`author=request.user` on another model) is not one.
fn py_owner_evidence(t: &[u8]) -> bool {
    re!(
        r"(?i)\b(?:require|ensure|assert|check|verify|authori[sz]e)_\w*(?:member|role|access|owner|permission|collaborator|editor|viewer)\w*\s*\(|\buser\s*\.\s*id\s*(?:==|!=)|==\s*current_user\.id|\bfilter\s*\([^)]*(?:user|owner)|(?:current_)?user\s*(?:\[\s*['\x22]_?id['\x22]\s*\]|\.\s*_?id\b)\s*(?:==|!=)|(?:==|!=)\s*(?:current_)?user\s*(?:\[\s*['\x22]_?id['\x22]\s*\]|\.\s*_?id\b)|\b\w*(?:owner|user|author|created_by)\w*\s*(?:==|!=)|(?:==|!=)\s*request\s*\.\s*user\b|\brequest\s*\.\s*user\s*\.\s*\w+\s*\.\s*(?:get|filter|all)\s*\(|\.\s*eq\s*\(\s*['\x22](?:owner_id|user_id|author_id|created_by|account_id)['\x22]\s*,\s*(?:current_)?user\b|(?:==|!=)\s*(?:flask\s*\.\s*)?g\s*\.\s*(?:uid|user_id|user\s*\.\s*id)\b|\bg\s*\.\s*(?:uid|user_id)\s*(?:==|!=)|\bPermissionDenied\b|\bHttpResponseForbidden\b|\babort\s*\(\s*403|status_code\s*=\s*403|HTTP_403|(?i:\bwhere\b[^;'\x22]{0,200}?\b(?:owner_id|user_id|author_id|created_by|account_id|tenant_id|org_id|member_id|seller_id|buyer_id|customer_id)\s*=\s*(?:%s|\?|:\w+|\$\d|%\(\w+\)s))|(?-i:\b(?:load|get|fetch|find|require)_own(?:ed)?_\w+\s*\(|\b\w+_or_403\s*\()"
    )
    .is_match(t)
}

/// The request-supplied parameter names of the first `def` in `t` (a handler's view arguments):
/// not `self`, `request`, a database session or an injected dependency (`uid: str =
/// Depends(current_uid)` is the caller's own id).
fn py_handler_params(t: &[u8]) -> Vec<&[u8]> {
    re!(r"\bdef\s+\w+\s*\(([^)]{0,300})\)")
        .captures(t)
        .and_then(|c| c.get(1))
        .map(|m| {
            m.as_bytes()
                .split(|&c| c == b',')
                .filter_map(|p| {
                    let name = p.split(|&c| c == b':' || c == b'=').next()?.trim_ascii();
                    let injected = p.windows(7).any(|w| w == b"Depends" || w == b"Securit");
                    (!name.is_empty()
                        && !injected
                        && !matches!(name, b"self" | b"request" | b"db" | b"session")
                        && !name.starts_with(b"*"))
                    .then_some(name)
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A value that is the caller's own id: `current_user.id`, `get_jwt_identity()`,
/// `claims["sub"]`, `g.user["_id"]`.
fn py_callers_own(v: &[u8]) -> bool {
    re!(r"^\s*(?:(?:ObjectId|oid|to_oid|object_id|str|int|UUID)\s*\(\s*)?(?:(?:current_user|user|me|account|request\s*\.\s*(?:user|auth)|payload|claims|token_data|decoded|jwt_payload|g\s*\.\s*user|current_identity)\b|get_jwt_identity\s*\(|get_current_user\s*\(|get_jwt\s*\(\s*\)\s*\[\s*['\x22]sub)|\[\s*['\x22]sub['\x22]\s*\]")
        .is_match(v)
}

/// The argument bound to the last placeholder before `at` (an index into `src`) in the SQL
/// string literal around it (`execute("... WHERE id = %s", (name, uid))` with `at` after
/// `id = %s`: `uid`). Positional placeholders (`%s`, `?`) only; None for any other shape.
fn sql_bound_value<'s>(src: &'s super::ctx::Src<'_>, at: usize) -> Option<&'s [u8]> {
    use crate::lang::lex::STRING;
    let (t, mask) = (&src.text, &src.mask);
    let at = at.min(t.len());
    if at == 0 || mask.get(at - 1) != Some(&STRING) {
        return None;
    }
    let start = mask[..at]
        .iter()
        .rposition(|&m| m != STRING)
        .map_or(0, |p| p + 1);
    let end = at + mask[at..].iter().take(4096).position(|&m| m != STRING)?;
    let before = &t[start..at];
    let k = before.windows(2).filter(|w| w == b"%s").count()
        + before.iter().filter(|&&c| c == b'?').count();
    let k = k.checked_sub(1)?;
    let after = end
        + t[end..]
            .iter()
            .take(200)
            .position(|c| !c.is_ascii_whitespace())?;
    if t[after] != b',' {
        return None;
    }
    let open = after
        + 1
        + t[after + 1..]
            .iter()
            .take(200)
            .position(|c| !c.is_ascii_whitespace())?;
    if !matches!(t[open], b'(' | b'[') {
        return None;
    }
    let close = crate::lang::args::matching(t, mask, open, open + 2000)?;
    let items = split_top(&t[open + 1..close]);
    // Placeholders built by the code before this one (`SET {assignments} WHERE id = %s` with
    // `(*updates.values(), uid)`): count from the end instead.
    if before.contains(&b'{') || items.iter().any(|i| i.starts_with(b"*")) {
        let after = &t[at..end];
        let m = after.windows(2).filter(|w| w == b"%s").count()
            + after.iter().filter(|&&c| c == b'?').count();
        return items
            .len()
            .checked_sub(m + 1)
            .and_then(|i| items.get(i))
            .filter(|v| !v.starts_with(b"*"))
            .map(|v| v.trim_ascii());
    }
    items.get(k).map(|v| v.trim_ascii())
}

fn py_idor(src: &super::ctx::Src, a: usize, b: usize) -> Option<usize> {
    let t = &src.text[a..b];
    if py_owner_evidence(t) {
        return None;
    }
    // Owner evidence in the lookup statement itself: an owner keyword or key, `.eq("user_id", ...)`.
    let own_stmt = re!(
        r"(?i)\b(?:user_?id|user|owner(?:_id)?|author(?:_id)?|created_by(?:_id)?|account_id|org_id|tenant_id|team_id|members?|member_ids|collaborators|participants|shared_with|editors|viewers|team_members)\s*=[^=]|request\s*\.\s*(?:user|auth)\b|current_user\s*\.\s*id|\.\s*eq\s*\(\s*['\x22](?:user_id|owner_id|author_id)|\.\s*eq\s*\(\s*['\x22]\w*id['\x22]\s*,\s*(?:current_)?user\s*(?:\.\s*id\b|\[\s*['\x22](?:id|sub)['\x22]\s*\])|['\x22](?:user_?id|owner(?:_id)?|author(?:_id)?|created_by(?:_id)?|account_id|org_id|tenant_id|team_id|members?|member_ids|collaborators|participants|shared_with|editors|viewers|team_members)['\x22]\s*:|\.\s*document\s*\(\s*(?:g\s*\.\s*)?(?:uid|user_id|current_user\s*\.\s*id)\s*\)"
    );
    // Firestore: `db.collection("projects").document(pid)` keyed by a view argument (the URL
    // id) or an id read from the query string; `document(g.uid)` is the caller's own document.
    let params = py_handler_params(t);
    for c in re!(r"\.\s*document\s*\(\s*([A-Za-z_]\w*)\s*\)").captures_iter(t) {
        let (Some(m), Some(v)) = (c.get(0), c.get(1)) else {
            continue;
        };
        // A shared catalogue document (`collection("courses").document(course_id)`) is
        // everyone's to read or comment on.
        let catalogue = re!(r#"\bcollection\s*\(\s*['"]([\w-]+)['"]\s*\)\s*$"#)
            .captures(&t[..m.start()])
            .and_then(|c| c.get(1))
            .is_some_and(|n| {
                let n = String::from_utf8_lossy(n.as_bytes()).to_ascii_lowercase();
                PUBLIC_CATALOGUE.contains(&n.as_str())
            });
        // A view argument named `uid` is the URL's user id (another user's document unless
        // the handler compares it with the caller, which `own_fn` above catches).
        let stmt = re!(r"\.\s*document\s*\(\s*(?:uid|user_id)\s*\)")
            .replace_all(py_statement(t, m.start()), &b".document(_)"[..]);
        if src.is_code(a + m.start())
            && params.contains(&v.as_bytes())
            && !catalogue
            && !own_stmt.is_match(&stmt)
        {
            return Some(a + m.start());
        }
    }
    // Records filtered by a person's id taken from the URL (`/patients/{patient_id}/records`:
    // `.where(Record.patient_id == patient_id)`): someone else's records by changing the id.
    for c in re!(r"\.\s*where\s*\(\s*\w+\s*\.\s*(?:patient|user|customer|member|student|client|employee|account|owner|person)_id\s*==\s*([A-Za-z_]\w*)\s*[,)]|\.\s*filter(?:_by)?\s*\(\s*(?:patient|user|customer|member|student|client|employee|account|owner|person)(?:_id|__id)?\s*=\s*([A-Za-z_]\w*)\s*[,)]").captures_iter(t) {
        let (Some(m), Some(v)) = (c.get(0), c.get(1).or_else(|| c.get(2))) else {
            continue;
        };
        if src.is_code(a + m.start()) && params.contains(&v.as_bytes()) {
            return Some(a + m.start());
        }
    }
    for c in re!(r"\bquery\s*\(\s*\w+\s*\)\s*\.\s*get\s*\(\s*\w*id\b|\bselect\s*\(\s*\w+\s*\)\s*\.\s*where\s*\(\s*\w+\s*\.\s*id\s*==|\bget_object_or_404\s*\(\s*\w+\s*,\s*(?:pk|id|\w+_id)\s*=|\.\s*objects(?:\s*\.\s*(?:select_related|prefetch_related|only|defer|annotate|all|using)\s*\([^()\n]{0,120}\))*\s*\.\s*(?:get|filter)\s*\(\s*(?:pk|id)\s*=|\b(?:session|db)\s*\.\s*get\s*\(\s*\w+\s*,\s*\w*id\b|\.\s*filter(?:_by)?\s*\(\s*(?:\w+\s*\.\s*)?id\s*==?|\.\s*eq\s*\(\s*['\x22]id['\x22]\s*,\s*([^)]{0,80})|\b(?:find_one|update_one|delete_one|replace_one|find_one_and_update|find_one_and_delete|find_one_and_replace)\s*\(\s*\{\s*['\x22]_?id['\x22]\s*:\s*([^,}]{0,80})|\.\s*query\s*\.\s*get(?:_or_404)?\s*\(\s*\w*id\b|\bget_or_404\s*\(\s*\w+\s*,\s*\w*id\b|(?i:\bwhere\s+(?:\w+\.)?id\s*=\s*(?:%s|\?|:\w+|\$1)(?:\s*(?:;|order|limit|returning)|\s*['\x22]))|\b[A-Z]\w*\s*\.\s*(?:get_by_id|delete_by_id|get_or_none)\s*\(\s*(?:\w+\s*\.\s*id\s*==\s*)?\w*id\s*\)|\b[A-Z]\w*\s*\.\s*(?:get|find_one)\s*\(\s*(?:\w+\s*\.\s*id\s*==\s*\w*id\b|(?:PydanticObjectId|ObjectId)\s*\(\s*\w*id\s*\)\s*\)|\w*_id\s*\))").captures_iter(t) {
        // `{"_id": user["_id"]}`: the caller's own record, not an id from the request.
        // `.eq("id", claims["sub"])`: the id of a verified token is the caller's own too.
        let callers_own = c.get(1).or_else(|| c.get(2)).is_some_and(|v| py_callers_own(v.as_bytes()));
        // `WHERE id = %s` is in the SQL string of `cursor.execute(...)`.
        let sql = c.get(0).is_some_and(|m| m.as_bytes().first().is_some_and(|b| b.eq_ignore_ascii_case(&b'w')));
        // ... and the value bound to its placeholder is the caller's own id
        // (`execute("UPDATE users SET name = %s WHERE id = %s", (name, get_jwt_identity()))`).
        let callers_own = callers_own
            || sql
                && c.get(0)
                    .and_then(|m| sql_bound_value(src, a + m.end()))
                    .is_some_and(py_callers_own);
        // asyncpg's `WHERE id = $1", invite["id"]`: the id bound is a row the handler loaded,
        // not one from the request.
        let bound_elsewhere = sql
            && c.get(0).is_some_and(|m| m.as_bytes().windows(2).any(|w| w == b"$1"))
            && c.get(0)
                .and_then(|m| dollar_one_value(src, a + m.end()))
                .is_some_and(|v| {
                    let root = v
                        .split(|&ch| ch == b'.' || ch == b'[' || ch == b'(')
                        .next()
                        .unwrap_or(v)
                        .trim_ascii();
                    !params.contains(&root) && !re!(r"^(?:request|req|body|payload|data)$").is_match(root)
                });
        if let Some(m) = c.get(0)
            && !callers_own
            && !bound_elsewhere
            && (sql || src.is_code(a + m.start()))
            && !own_stmt.is_match(py_statement(t, m.start()))
        {
            return Some(a + m.start());
        }
    }
    None
}

/// The value bound to `$1` in `conn.fetchrow("... WHERE id = $1", value, ...)`: the first
/// argument after the SQL string that contains `at`.
fn dollar_one_value<'s>(src: &'s super::ctx::Src<'_>, at: usize) -> Option<&'s [u8]> {
    use crate::lang::lex::STRING;
    let (t, mask) = (&src.text, &src.mask);
    let at = at.min(t.len());
    let end = at + mask[at..].iter().take(4096).position(|&m| m != STRING)?;
    let rest = &t[end..t.len().min(end + 300)];
    let c =
        re!(r"^\s*,\s*([A-Za-z_][\w.]*(?:\s*\[\s*['\x22]?\w+['\x22]?\s*\])?)").captures(rest)?;
    c.get(1).map(|m| m.as_bytes())
}

/// The statement around `at`: from the start of its line to the end of the line where the
/// brackets opened since that line start are closed again (a chained, parenthesised query).
fn py_statement(t: &[u8], at: usize) -> &[u8] {
    let at = at.min(t.len());
    // Inside a parenthesised chain (`res = (\n  db.table("x")\n  .eq("id", i)\n  .eq("owner_id", u)\n)`)
    // the statement starts at the line of the bracket that is still open at `at`.
    let mut open_at = at;
    let mut depth = 0i32;
    for i in (at.saturating_sub(2000)..at).rev() {
        match t[i] {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' => {
                if depth == 0 {
                    open_at = i;
                    break;
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    let start = t[..open_at]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |p| p + 1);
    let mut depth = 0i32;
    let limit = (start + 2000).min(t.len());
    for (i, &c) in t[start..limit].iter().enumerate() {
        match c {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b'\n' if depth <= 0 && start + i >= at => return &t[start..start + i],
            _ => {}
        }
    }
    &t[start..limit]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_fields_coerced_and_bounded_count_as_validated() {
        assert!(js_body_fields_bounded(
            b"data: { name: String(req.body.name || 'Untitled team').slice(0, 80), n: Number(req.body.qty), role: req.body.role === 'ADMIN' ? 'ADMIN' : 'MEMBER' }"
        ));
        assert!(!js_body_fields_bounded(
            b"data: { name: String(req.body.name).slice(0, 80), bio: req.body.bio }"
        ));
        assert!(!js_body_fields_bounded(
            b"data: { ...req.body, name: String(req.body.name).slice(0, 80) }"
        ));
        assert!(!js_body_fields_bounded(
            b"email: String(req.body.email).toLowerCase()"
        ));
    }

    #[test]
    fn static_regexes_compile() {
        for r in [
            js_auth_strong(),
            js_auth_lookup(),
            js_user_required(),
            js_rl(),
            js_val(),
            js_body(),
            js_read(),
            js_write(),
            js_service_role(),
            js_user_scoped(),
            js_signature(),
            js_signature_verify(),
            py_signature_verify(),
            js_ai(),
            js_auth_flow(),
            js_role_check(),
            js_id_lookup(),
            js_request_id(),
            js_ownership(),
            js_sensitive_keys(),
            py_auth_strong(),
            py_auth_lookup(),
            py_session_key_test(),
            py_deny(),
            py_rl(),
            py_val(),
            py_body(),
            py_read(),
            py_write(),
            py_service_role(),
            py_ai(),
            py_auth_flow(),
            py_role_check(),
        ] {
            assert!(!r.as_str().is_empty());
        }
    }

    #[test]
    fn names() {
        assert!(js_name_flags("requireAuth").guard());
        assert!(js_name_flags("authMiddleware").guard());
        assert!(!js_name_flags("optionalAuth").guard());
        assert!(js_name_flags("loginLimiter").rl);
        assert!(js_name_flags("validateBody").val);
        assert!(!js_name_flags("oauthRouter").guard());
        assert!(py_name_flags("get_current_active_user").guard());
        assert!(!py_name_flags("get_db").guard());
    }

    #[test]
    fn secret_header() {
        assert!(stored_api_key_check(
            b"const raw = req.header('x-api-key'); const key = await ApiKey.findOne({ keyHash: sha(raw) }); if (!key) return res.status(401).end();"
        ));
        assert!(!stored_api_key_check(
            b"const raw = req.header('x-api-key'); console.log(raw); next();"
        ));
        // FastAPI: a header dependency looked up in the keys table, refused with a 401.
        assert!(stored_api_key_check(
            b"async def get_api_key_workspace(x_api_key: str = Header(...), db=Depends(get_db)):\n    key = await db.scalar(select(ApiKey).where(ApiKey.prefix == p))\n    if key is None:\n        raise HTTPException(status_code=401)"
        ));
        assert!(!stored_api_key_check(
            b"async def echo(x_api_key: str = Header(...)):\n    return {\"got\": x_api_key}"
        ));
        assert!(secret_header_check(b"if (req.headers.authorization !== `Bearer ${process.env.CRON_SECRET}`) return res.status(401)"));
        // A key kept in the session (entered once on a form) compared with the configured one.
        assert!(secret_header_check(
            b"key = session.get(\"admin_key\", \"\")\nif not hmac.compare_digest(key, os.environ[\"ADMIN_KEY\"]):\n    return redirect(url_for(\"admin.login\"))"
        ));
        assert!(!secret_header_check(
            b"theme = session.get(\"theme\", \"light\")\nif theme == os.environ[\"DEFAULT_THEME\"]:\n    pass"
        ));
        assert!(!secret_header_check(
            b"const x = process.env.SECRET;\nif (a === b) {}"
        ));
        // Split over lines, and through names bound earlier.
        assert!(secret_header_check(
            b"if (\n  req.headers.get('authorization') !==\n  `Bearer ${process.env.CRON_SECRET}`\n) {"
        ));
        assert!(secret_header_check(
            b"const provided = req.headers.get('x-webhook-secret');\nconst expected = Deno.env.get('WEBHOOK_SECRET');\nif (!provided || provided !== expected) return new Response('no', { status: 401 });"
        ));
        assert!(secret_header_check(
            b"def f(x_api_key: str = Header(...)):\n    if x_api_key != os.environ['API_KEY']:\n        raise HTTPException(403)"
        ));
        // A header compared with a literal, an env secret used elsewhere.
        assert!(!secret_header_check(
            b"const v = req.headers.get('x-version');\nif (v !== 'v1') return;\nconst s = process.env.SIGNING_SECRET;"
        ));
    }

    #[test]
    fn body_names() {
        let (w, f) = js_body_names(
            b"const { amount, name: n } = req.body;\nconst data = await request.json();",
        );
        assert!(w.contains(&"data".to_string()));
        assert_eq!(f, vec!["amount".to_string(), "n".to_string()]);
    }
}
#[cfg(test)]
mod access_check_tests {
    #[test]
    fn ids_handed_to_an_access_helper_scope_the_lookup() {
        let t = b"const { membership } = await requireMember(params.workspaceId);\n const w = await prisma.workspace.findUnique({ where: { id: params.workspaceId } });";
        let at = 70;
        // The record (or its tenant key) is the one the helper checked.
        assert!(super::access_checked_before(
            t,
            at,
            b"{ where: { id: params.workspaceId } }"
        ));
        assert!(super::access_checked_before(
            t,
            at,
            b"{ where: { id: projectId, workspaceId: params.workspaceId } }"
        ));
        // Another id from the request is not covered by the workspace check.
        assert!(!super::access_checked_before(
            t,
            at,
            b"{ where: { id: params.memberId } }"
        ));
        assert!(!super::access_checked_before(
            t,
            at,
            b"{ where: { id: params.workspaceIdentity } }"
        ));
        // A helper that is no access check (`requireFields`, `parseId`) proves nothing.
        let u = b"requireFields(params.workspaceId); const w = db.find({ id: params.workspaceId })";
        assert!(!super::access_checked_before(
            u,
            36,
            b"{ id: params.workspaceId }"
        ));
        // The check must come before the lookup.
        assert!(!super::access_checked_before(
            t,
            10,
            b"{ where: { id: params.workspaceId } }"
        ));
    }
}
