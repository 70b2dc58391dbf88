//! Findings from the endpoint table: endpoints without an auth check, the service-role client
//! used for anonymous callers, lookups by a request id without an ownership condition, sensitive
//! endpoints without a rate limiter (and projects with none at all), request bodies used without
//! a schema, and prices or roles taken from the client. Also the counts the verdict reads.

use super::ctx::{Ctx, re};
use super::{AccessFacts, EndpointDetail, Inventory};
use crate::input::FileSet;
use crate::lang::Language;
use crate::project::supabase::DbFacts;
use crate::project::{Facts, ProjectHit};
use crate::report::{Confidence, Endpoint, Severity};

/// Route segments that are public by design when they are the last static segment.
const PUBLIC_LAST: &[&str] = &[
    "login",
    "log-in",
    "signin",
    "sign-in",
    "sign_in",
    "signup",
    "sign-up",
    "sign_up",
    "register",
    "registration",
    "logout",
    "log-out",
    "signout",
    "sign-out",
    "forgot-password",
    "forgot_password",
    "forgotpassword",
    "forgot",
    "reset-password",
    "reset_password",
    "resetpassword",
    "password-reset",
    "password_reset",
    "recover",
    "recovery",
    "account-recovery",
    "verify",
    "verify-email",
    "verify_email",
    "confirm",
    "confirm-email",
    "magic-link",
    "magic_link",
    "magiclink",
    "magic",
    "passwordless",
    "otp",
    "send-otp",
    "verify-otp",
    "token",
    "refresh",
    "refresh-token",
    "session",
    "csrf",
    "health",
    "healthz",
    "healthcheck",
    "health-check",
    "ping",
    "status",
    "ready",
    "readiness",
    "live",
    "liveness",
    "version",
    "metrics",
    "public",
    "contact",
    "newsletter",
    "subscribe",
    "waitlist",
    "sitemap",
    "sitemap.xml",
    "robots.txt",
    "rss",
    "og",
    "manifest",
    "callback",
    "pricing",
    "plans",
    "about",
    "terms",
    "privacy",
    "faq",
];

/// Rule findings that name what unvalidated input does; `endpoint-missing-validation` gives way
/// to them inside the same handler.
const VALIDATION_SPECIFIC: &[&str] = &[
    "js-mass-assignment-request-body",
    "js-mass-assignment-form-data",
    "py-mass-assignment-request-data",
    "injection.*",
    "redirect.open*",
];

/// Segments that make a whole subtree public (auth callbacks, webhooks).
const PUBLIC_ANY: &[&str] = &[
    "callback",
    "callbacks",
    "oauth",
    "webhook",
    "webhooks",
    "[...nextauth]",
    "[...all]",
    "[...auth]",
    "health",
    "public",
    "share",
    "shared",
];

/// Nouns of public catalogues: unauthenticated reads are expected.
const PUBLIC_NOUNS: &[&str] = &[
    "products",
    "product",
    "posts",
    "post",
    "articles",
    "article",
    "blog",
    "blogs",
    "categories",
    "category",
    "tags",
    "tag",
    "pricing",
    "plans",
    "docs",
    "faq",
    "faqs",
    "menu",
    "catalog",
    "listings",
    "listing",
    "events",
    "courses",
    "recipes",
    "jobs",
    "feed",
    "search",
    "stats",
    "leaderboard",
    "config",
    "features",
    "countries",
    "images",
    "image",
    "avatar",
    "testimonials",
    "reviews",
    "comments",
    "pages",
    "content",
    "slug",
    "home",
    "landing",
    "og",
    "shop",
    "items",
    "games",
    "videos",
    "podcasts",
    "authors",
];

/// Nouns of content users own: a lookup by id without an owner check leaks it.
const OWNED: &[&str] = &[
    "project",
    "projects",
    "todo",
    "todos",
    "task",
    "tasks",
    "board",
    "boards",
    "list",
    "lists",
    "draft",
    "drafts",
    "journal",
    "entries",
    "entry",
    "workout",
    "workouts",
    "habit",
    "habits",
    "expense",
    "expenses",
    "budget",
    "budgets",
    "resume",
    "resumes",
    "chatbot",
    "bots",
    "thread",
    "threads",
    "item",
    "prompt",
    "prompts",
    "generation",
    "generations",
    "image-generations",
    "session",
    "trip",
    "trips",
    "itinerary",
    "itineraries",
    "workspace",
    "workspaces",
    "goal",
    "goals",
];

/// Nouns of private data: unauthenticated reads leak it.
const SENSITIVE: &[&str] = &[
    "user",
    "users",
    "profile",
    "profiles",
    "account",
    "accounts",
    "admin",
    "order",
    "orders",
    "payment",
    "payments",
    "invoice",
    "invoices",
    "billing",
    "subscription",
    "subscriptions",
    "customer",
    "customers",
    "message",
    "messages",
    "chat",
    "chats",
    "conversation",
    "conversations",
    "note",
    "notes",
    "document",
    "documents",
    "file",
    "files",
    "upload",
    "uploads",
    "secret",
    "secrets",
    "key",
    "keys",
    "apikeys",
    "api-keys",
    "tokens",
    "settings",
    "me",
    "private",
    "transaction",
    "transactions",
    "wallet",
    "balance",
    "credits",
    "emails",
    "patients",
    "records",
    "appointments",
    "bookings",
    "dashboard",
    "analytics",
    "members",
    "team",
    "teams",
    "workspace",
    "workspaces",
    "contact",
    "contacts",
    "deal",
    "deals",
    "lead",
    "leads",
    "client",
    "clients",
    "patient",
    "appointment",
    "booking",
    "reservation",
    "reservations",
    "ticket",
    "tickets",
    "receipt",
    "receipts",
    "application",
    "applications",
    "download",
    "downloads",
    "export",
    "exports",
    "attachment",
    "attachments",
    "backup",
    "backups",
    "lab-results",
    "lab_results",
    "labresult",
    "labresults",
    "prescription",
    "prescriptions",
    "visit",
    "visits",
    "claim",
    "claims",
    "statement",
    "statements",
];

fn segments(route: &str) -> Vec<String> {
    route
        .split(['/', '.'])
        .filter(|s| !s.is_empty())
        .filter(|s| {
            !(s.starts_with('[')
                || s.starts_with(':')
                || s.starts_with('<')
                || s.starts_with('{')
                || s.starts_with("(?P")
                || s.starts_with("action:")
                || s.starts_with("callable:"))
        })
        .map(|s| s.to_ascii_lowercase())
        .collect()
}

/// The function name of a server action (`action:deletePost`) or a Firebase callable
/// (`callable:deletePost`), lower case.
fn action_name(route: &str) -> Option<String> {
    route
        .strip_prefix("action:")
        .or_else(|| route.strip_prefix("callable:"))
        .map(|s| s.to_ascii_lowercase())
}

/// Path segments that only namespace account flows (`/api/v1/auth/...`): a password-reset
/// step under them is the public reset, not a reset of someone else's data.
const ACCOUNT_PREFIXES: &[&str] = &["api", "v1", "v2", "auth", "account", "accounts", "identity"];

pub fn is_public_route(route: &str, method: &str) -> bool {
    let segs = segments(route);
    if route.contains("[...nextauth]")
        || segs.iter().any(|s| {
            matches!(
                s.as_str(),
                "callback" | "callbacks" | "oauth" | "webhook" | "webhooks"
            )
        })
    {
        return true;
    }
    // A `public` or `health` subtree is public for reads, not for writes.
    if !unsafe_method(method) && segs.iter().any(|s| PUBLIC_ANY.contains(&s.as_str())) {
        return true;
    }
    // Steps under a password-reset prefix (`/password-reset/sms/`, `/forgot-password/verify`):
    // the caller cannot sign in yet. Not a reset of someone else's password (`/admin/users/:id/password-reset`).
    if let Some(p) = segs.iter().position(|s| {
        let n = s.to_ascii_lowercase().replace(['-', '_'], "");
        n.contains("forgot") || n.contains("password") && n.contains("reset")
    }) && p + 1 < segs.len()
        && segs[..p]
            .iter()
            .all(|s| ACCOUNT_PREFIXES.contains(&s.as_str()))
    {
        return true;
    }
    if let Some(last) = segs.last() {
        if PUBLIC_LAST.contains(&last.as_str()) {
            return true;
        }
        // A bare `reset` is the password reset (`/reset/:token`, `/accounts/reset/`) at the
        // top or under an account prefix; `/projects/:id/reset` or `/admin/reset` reset data.
        if last == "reset"
            && segs.len() <= 3
            && segs[..segs.len() - 1].iter().all(|s| {
                ACCOUNT_PREFIXES.contains(&s.as_str())
                    || matches!(s.as_str(), "password" | "passwords" | "users" | "user")
            })
        {
            return true;
        }
        if login_route(&segs) {
            return true;
        }
        // `admin-login`, `staff_signin`, `teamRegister`: a login of some kind is public too.
        let norm = last.to_ascii_lowercase().replace(['-', '_'], "");
        if ["login", "signin", "signup", "register", "logout", "signout"]
            .iter()
            .any(|w| norm.ends_with(w))
        {
            return true;
        }
        // The rest of the sign-up and recovery flow: the caller cannot sign in yet
        // (`resend-verification`, `request-password-reset`, `confirm-email`, `resend-otp`).
        let about_account = [
            "email",
            "mail",
            "account",
            "phone",
            "otp",
            "code",
            "signup",
            "registration",
            "activation",
            "magiclink",
        ]
        .iter()
        .any(|w| norm.contains(w));
        if norm == "verification"
            || (norm.starts_with("resend") || norm.contains("verif") || norm.contains("confirm"))
                && (about_account || norm.contains("verif"))
                && !norm.contains("payment")
                && !norm.contains("order")
            || norm.contains("forgot")
            || norm.contains("password") && norm.contains("reset")
        {
            return true;
        }
        // The first step of a passwordless sign-in named as one word (`sendLoginCode`,
        // `requestOtp`, `emailMagicLink`): the caller has no session yet.
        if re!(r"^(?:send|request|resend|email|issue|start|create)(?:login|signin|magic|otp|passwordless|sms|auth)\w*$|^(?:send|request|resend)(?:otp|code|pin)$")
            .is_match(norm.as_bytes())
        {
            return true;
        }
    }
    // The first step of a passwordless or OTP sign-in: `/auth/otp/request`, `/magic-link/send`.
    if let [.., prev, last] = segs.as_slice() {
        let prev = prev.to_ascii_lowercase().replace(['-', '_'], "");
        if matches!(
            last.as_str(),
            "request" | "send" | "start" | "resend" | "new" | "create" | "issue"
        ) && ([
            "otp",
            "magiclink",
            "passwordless",
            "smscode",
            "logincode",
            "verification",
        ]
        .iter()
        .any(|w| prev.contains(w))
            || auth_tree_code_step(segs.as_slice()))
        {
            return true;
        }
    }
    // Server actions named like the auth flow itself, with or without a leading verb
    // (`requestPasswordReset`, `sendMagicLink`, `handleSignIn`).
    action_name(route).is_some_and(|n| {
        let n = n.replace(['_', '-'], "");
        re!(r"^(?:request|send|start|handle|submit|do|begin|process)?(?:login|signin|signup|register|logout|signout|forgotpassword|resetpassword|passwordreset|magiclink|sendmagiclink|verifyotp|sendotp|otp|verifyemail|resendverification|subscribe|joinwaitlist|contact)(?:with\w*|form|action|handler|user|account|email|password|otp|code|link)?$").is_match(n.as_bytes())
            || n.contains("forgot")
            || n.contains("password") && n.contains("reset")
            // `pinLogin`, `staffSignIn`, `kioskLogin`: a login of some kind.
            || ["login", "signin", "signup", "register", "logout", "signout"]
                .iter()
                .any(|w| n.ends_with(w))
    })
}

/// The names of a route's parameters, lower case without `-` / `_`: `:shareToken`,
/// `[share_token]`, `{token}`, `<int:invoice_id>` (the converter dropped).
fn route_params(route: &str) -> impl Iterator<Item = String> + '_ {
    route
        .split('/')
        .filter(|s| s.starts_with([':', '[', '{', '<']))
        .map(|s| {
            s.trim_start_matches([':', '[', '{', '<'])
                .trim_end_matches([']', '}', '>', '?'])
                .rsplit(':')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
                .replace(['_', '-'], "")
        })
}

/// The route carries a token parameter (`/reset/<token>`, `/verify/:token`, `[resetToken]`).
fn token_path_param(route: &str) -> bool {
    route_params(route).any(|n| n.contains("token"))
}

/// A code step of sign-in under an auth subtree: `/auth/sms/request`, `/login/phone/verify`,
/// `/api/auth/code/send` (the flow is the segment before the action).
fn auth_tree_code_step(segs: &[String]) -> bool {
    let [head @ .., prev, _] = segs else {
        return false;
    };
    matches!(
        prev.as_str(),
        "sms" | "phone" | "code" | "email-code" | "text"
    ) && head
        .iter()
        .any(|s| matches!(s.as_str(), "auth" | "login" | "signin" | "passwordless"))
}

/// A sign-in route named for its credential: `login-password`, `login_email`, `signInWithOtp`,
/// `/login/password`, `/signin/google`.
fn login_route(segs: &[String]) -> bool {
    let norm = |s: &String| s.replace(['-', '_'], "");
    let cred = r"(?:password|email|phone|otp|code|magiclink|link|google|github|apple|oauth|sso|sms|token|credentials)";
    let Some(last) = segs.last().map(norm) else {
        return false;
    };
    let one = format!(r"^(?:login|signin)(?:with)?{cred}$");
    if super::build_re(&one).is_ok_and(|r| r.is_match(last.as_bytes())) {
        return true;
    }
    segs.len() >= 2
        && matches!(norm(&segs[segs.len() - 2]).as_str(), "login" | "signin")
        && super::build_re(&format!("^{cred}$")).is_ok_and(|r| r.is_match(last.as_bytes()))
}

/// A signed-in user acting on someone else's public record by design: buying a product,
/// liking a post, joining an event, following a user (`POST /buy/:productId`,
/// `POST /posts/:id/like`). Looking the record up by the client's id is the point.
fn engagement_route(e: &Endpoint) -> bool {
    if matches!(e.method.as_str(), "GET" | "DELETE") {
        return false;
    }
    let Some(last) = segments(&e.route).last().map(|s| s.replace('_', "-")) else {
        return false;
    };
    let verb = matches!(
        last.as_str(),
        "buy"
            | "purchase"
            | "checkout"
            | "add-to-cart"
            | "enroll"
            | "enrol"
            | "book"
            | "reserve"
            | "rsvp"
            | "join"
            | "vote"
            | "upvote"
            | "downvote"
            | "like"
            | "unlike"
            | "favorite"
            | "favourite"
            | "unfavorite"
            | "bookmark"
            | "follow"
            | "unfollow"
            | "star"
            | "unstar"
            | "report"
            | "flag"
            | "apply"
            | "react"
            | "rate"
    );
    // Nouns only as the route's own last segment (`POST /posts/:id/comments` adds one), not
    // before an id (`PUT /comments/:id` edits someone's comment).
    let noun = matches!(
        last.as_str(),
        "comments" | "reviews" | "ratings" | "reactions"
    ) && e
        .route
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .is_some_and(|raw| raw.eq_ignore_ascii_case(&last));
    verb || noun
}

/// `/webhooks/stripe`, `/stripe-webhook`, and the `hooks` spelling (`/hooks/stripe`,
/// `/github_hook`).
fn is_webhook(route: &str) -> bool {
    let segs = segments(route);
    // Sending or managing the user's own webhooks (`/api/integrations/test-webhook`,
    // `/api/webhooks/:id/ping`, `/api/settings/webhooks`): a user endpoint, not a receiver.
    let sender = |s: &str| {
        s.split(['-', '_']).any(|w| {
            matches!(
                w,
                "test"
                    | "send"
                    | "trigger"
                    | "ping"
                    | "deliver"
                    | "deliveries"
                    | "retry"
                    | "replay"
                    | "redeliver"
                    | "settings"
                    | "subscriptions"
                    | "outgoing"
                    | "outbound"
            )
        })
    };
    // (In the webhook segment itself, `test-webhook`, or as a segment of its own, `/ping`:
    // `/webhooks/stripe-test` is still Stripe's receiver.)
    if segs
        .iter()
        .any(|s| sender(s) && (s.contains("hook") || !s.contains(['-', '_'])))
    {
        return false;
    }
    segs.iter().any(|s| {
        s.contains("webhook")
            || matches!(s.as_str(), "hook" | "hooks")
            || s.ends_with("-hook")
            || s.ends_with("_hook")
            || s.ends_with("-hooks")
            || s.ends_with("_hooks")
    })
}

/// A scheduled-job route (`/api/cron/cleanup`): the scheduler calls it with a shared secret,
/// not a user session.
fn is_cron(route: &str) -> bool {
    segments(route)
        .iter()
        .any(|s| s == "cron" || s == "crons" || s.starts_with("cron-") || s.ends_with("-cron"))
}

fn is_admin(route: &str) -> bool {
    segments(route)
        .iter()
        .any(|s| s == "admin" || s == "staff" || s.starts_with("admin-") || s.starts_with("admin_"))
        // `setAdmin`, `adminDeleteUser`, `grantAdminRole`, `setUserRole`, `banUser`: a function
        // that does admin work.
        || action_name(route).is_some_and(|n| n.contains("admin"))
        || role_changing(route)
}

/// An action or callable that changes who may do what (`setUserRole`, `grantAdmin`,
/// `promoteUser`): callable by any account, it is a self-promotion to administrator.
fn role_changing(route: &str) -> bool {
    action_name(route).is_some_and(|n| {
        re!(r"^(?:set|update|change|assign|grant|revoke|remove)\w*roles?$|^(?:promote|demote|ban|unban|suspend|impersonate)\w*$|^(?:set|grant|revoke)\w*(?:permissions?|admin|claims?)$")
            .is_match(n.as_bytes())
    })
}

/// An HTTP route that changes an account's role or standing (`PATCH /users/:id/role`,
/// `POST /members/:id/promote`): admin work; without a role check any account promotes itself.
fn role_route(e: &Endpoint) -> bool {
    role_route_matching(
        e,
        re!(
            r"^(?:roles?|permissions?|promote|demote|ban|unban|suspend|unsuspend|impersonate|makeadmin|grantadmin|revokeadmin|setrole|changerole|isadmin|admin)$"
        ),
    )
}

/// A [`role_route`] that grants power (a role, a permission, another account's session), not
/// one that takes it away (ban, suspend).
fn escalation_route(e: &Endpoint) -> bool {
    role_route_matching(
        e,
        re!(
            r"^(?:roles?|permissions?|promote|impersonate|makeadmin|grantadmin|setrole|changerole|isadmin|admin)$"
        ),
    )
}

fn role_route_matching(e: &Endpoint, names: &regex::bytes::Regex) -> bool {
    unsafe_method(&e.method)
        && segments(&e.route).last().is_some_and(|s| {
            // (`segments` leaves out `:id`, `[id]`, `<id>` and `{id}` parameters.)
            let n = s.to_ascii_lowercase().replace(['-', '_'], "");
            names.is_match(n.as_bytes())
        })
}

/// A server action or callable defined in an admin module (`app/actions/admin.ts`,
/// `app/admin/users/actions.ts`): admin work, whatever its name.
fn in_admin_module(e: &Endpoint) -> bool {
    matches!(e.kind.as_deref(), Some("server-action") | Some("callable"))
        && e.file.split('/').any(|s| {
            let stem = s.split('.').next().unwrap_or(s);
            stem == "admin" || stem.starts_with("admin-") || stem.starts_with("admin_")
        })
}

/// The endpoint checks a role: in the handler, a role-checking guard, or a guard named for it
/// (`requireAdmin`, `adminOnly`, `require_role`).
fn role_guarded(d: &EndpointDetail) -> bool {
    d.role_check
        || d.auth_via.as_deref().is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            v.contains("admin") || v.contains("role") || v.contains("staff")
                // A shared secret for machines (`verify_internal_token`, `requireCronSecret`):
                // the caller is a job, not a user account, so there is no role to check.
                || ["internal", "cron", "machine", "service_token", "worker", "scheduler"]
                    .iter()
                    .any(|w| v.contains(w))
        })
}

fn sensitive(route: &str, d: &EndpointDetail) -> bool {
    let segs = segments(route);
    segs.iter().any(|s| SENSITIVE.contains(&s.as_str()))
        || d.tables.iter().any(|t| {
            SENSITIVE.contains(&t.as_str()) || SENSITIVE.contains(&format!("{t}s").as_str())
        })
        || action_name(route)
            .is_some_and(|n| SENSITIVE.iter().any(|s| s.len() > 3 && n.contains(s)))
}

fn owned(route: &str, d: &EndpointDetail) -> bool {
    segments(route).iter().any(|s| OWNED.contains(&s.as_str()))
        || d.tables
            .iter()
            .any(|t| OWNED.contains(&t.as_str()) || OWNED.contains(&format!("{t}s").as_str()))
}

/// People and places a marketplace or booking site lists for visitors.
const PUBLIC_PEOPLE: &[&str] = &[
    "doctors",
    "providers",
    "practitioners",
    "clinicians",
    "dentists",
    "therapists",
    "coaches",
    "tutors",
    "teachers",
    "instructors",
    "trainers",
    "mentors",
    "experts",
    "consultants",
    "freelancers",
    "artists",
    "creators",
    "sellers",
    "vendors",
    "merchants",
    "shops",
    "stores",
    "restaurants",
    "venues",
    "hosts",
    "speakers",
    "authors",
    "agents",
    "stylists",
    "photographers",
    "lawyers",
    "attorneys",
    "realtors",
    "businesses",
    "clinics",
    "salons",
];

/// A page such a site shows to anyone: a listed member's profile, availability, reviews
/// (`/doctors/{id}`, `/doctors/{id}/profile`, `/tutors/{id}/availability`, `/products/{id}/reviews`).
fn public_listing(route: &str) -> bool {
    let segs = segments(route);
    let Some(last) = segs.last() else {
        return false;
    };
    let listed = segs[..segs.len() - 1]
        .iter()
        .any(|s| PUBLIC_PEOPLE.contains(&s.as_str()) || PUBLIC_NOUNS.contains(&s.as_str()));
    let about = matches!(
        last.as_str(),
        "availability"
            | "slots"
            | "timeslots"
            | "time-slots"
            | "schedule"
            | "opening-hours"
            | "hours"
            | "reviews"
            | "ratings"
            | "profile"
            | "bio"
            | "about"
    );
    listed && about || PUBLIC_PEOPLE.contains(&last.as_str())
}

fn public_noun(route: &str) -> bool {
    segments(route)
        .last()
        .is_some_and(|l| PUBLIC_NOUNS.contains(&l.as_str()))
}

fn unsafe_method(m: &str) -> bool {
    matches!(m, "POST" | "PUT" | "PATCH" | "DELETE")
}

/// Does row-level security cover what a user-scoped client touches?
fn rls_covers(db: &DbFacts, d: &EndpointDetail) -> Option<bool> {
    if db.tables.is_empty() {
        return None;
    }
    let touched: Vec<&String> = d
        .tables
        .iter()
        .filter(|t| db.tables.iter().any(|x| &x.name == *t))
        .collect();
    if touched.is_empty() {
        return Some(db.tables.iter().all(|t| t.rls));
    }
    Some(
        touched
            .iter()
            .all(|t| db.tables.iter().any(|x| &x.name == *t && x.rls)),
    )
}

/// Why an endpoint needs an auth check it lacks: (severity, confidence, note), or None.
pub fn missing_auth(
    e: &Endpoint,
    d: &EndpointDetail,
    db: &DbFacts,
    has_auth: bool,
) -> Option<(Severity, Confidence, String)> {
    // A sign-in or sign-up flow is public by nature, unless it sits under an admin route
    // (`POST /admin/users` hashing the password of the account it creates).
    if e.auth || d.auth_flow && !is_admin(&e.route) || d.signature && !unsafe_method(&e.method) {
        return None;
    }
    if d.signature {
        return None;
    }
    // Trading an identity provider's token for a session (`createSessionCookie(idToken)`,
    // `verifyIdToken`): the exchange verifies the caller; a forged token fails it.
    if d.token_exchange && !is_admin(&e.route) {
        return None;
    }
    let webhook = is_webhook(&e.route);
    if webhook {
        return (unsafe_method(&e.method) || e.method == "ALL").then(|| {
            (Severity::High, Confidence::Medium, "It is a webhook, but it never verifies the sender's signature, so anyone can post fake events to it.".to_string())
        });
    }
    if is_public_route(&e.route, &e.method) {
        return None;
    }
    // `permission_classes = [AllowAny]` on the view: public on purpose. Reads stay public;
    // writes are reported by `drf-write-view-allow-any` at the permission line.
    if d.explicit_public && !is_admin(&e.route) {
        return None;
    }
    // A public form (contact, waitlist, newsletter) that only inserts what it is sent: the
    // admin client never returns or changes anyone else's rows; abuse is a rate-limit matter.
    if public_form(e, d) {
        return None;
    }
    // A share or short link opened by its slug (`GET /s/[slug]` reading `share_links`, bumping a
    // click counter) and the step that unlocks a PIN-protected one: public by design. Guessing
    // PINs is `endpoint-missing-rate-limit`'s.
    if !is_admin(&e.route) && share_tables_only(d) && (!unsafe_method(&e.method) || !d.writes_db) {
        return None;
    }
    // A share or pay link read by its unguessable id, and a checkout that only turns a stored
    // amount into a payment page (`stripe.checkout.sessions.create` with the invoice's price):
    // public by design. Prices taken from the client are `client-set-price`.
    if !d.writes_db && !is_admin(&e.route) {
        if !unsafe_method(&e.method) && capability_route(&e.route) {
            return None;
        }
        if d.payment_checkout && d.client_values.is_empty() && !d.ai {
            return None;
        }
    }
    let action = e.kind.as_deref() == Some("server-action");
    let state = unsafe_method(&e.method)
        && (d.writes_db
            || d.uses_body && !action
            || d.service_role
            || d.ai
            || d.reads_db
            || d.upload)
        || e.method == "ALL" && (d.writes_db || d.service_role)
        || d.writes_db && !matches!(e.method.as_str(), "OPTIONS" | "HEAD");
    let reads = d.reads_db || d.service_role;
    let ai = d.ai || d.open_mail;
    if !state && !reads && !ai {
        return None;
    }
    let mut conf = if d.writes_db || d.service_role || ai {
        Confidence::High
    } else {
        Confidence::Medium
    };
    let mut notes: Vec<String> = Vec::new();
    if d.user_scoped {
        match rls_covers(db, d) {
            Some(true) => return None,
            Some(false) => notes.push("Its Supabase client carries the caller's session, but row-level security is off on a table it uses.".into()),
            None => {
                conf = Confidence::Low;
                notes.push("Its Supabase client carries the caller's session, so row-level security may protect the data; no migrations show it.".into());
            }
        }
    }
    let sev;
    if is_admin(&e.route) || in_admin_module(e) {
        sev = Severity::Critical;
        notes.push("It is an admin route: besides the sign-in check it needs a role check (only administrators may call it).".into());
    } else if state || ai {
        sev = Severity::High;
        if d.ai && !state {
            notes.push("It calls a paid AI API: anyone can spend the project's credits.".into());
        } else if d.open_mail && !state {
            notes.push("It sends e-mail to an address the caller chooses: anyone can use it to send spam or phishing from the project's domain.".into());
        }
    } else {
        // Reads are flagged only for private data (or user-owned data in an app with accounts):
        // catalogues, menus and posts are public by design.
        if public_listing(&e.route) && !d.service_role {
            return None;
        }
        let sens = sensitive(&e.route, d);
        let own = has_auth && owned(&e.route, d) && !public_noun(&e.route);
        let admin_read = d.service_role && !public_noun(&e.route);
        if !(sens || own || admin_read) {
            return None;
        }
        sev = if sens || own {
            Severity::High
        } else {
            Severity::Medium
        };
        notes.push("It returns stored data to anonymous callers.".into());
    }
    if d.lookup_only {
        notes.push("It looks the session up but never rejects a caller without one.".into());
    }
    Some((sev, conf, notes.join(" ")))
}

/// A route keyed by an unguessable capability in its path (`/invoice/:publicId`,
/// `/share/[shareToken]`): a share or pay link, public by design when it only reads.
fn capability_route(route: &str) -> bool {
    route_params(route).any(|name| {
        matches!(
            name.as_str(),
            "publicid"
                | "publictoken"
                | "shareid"
                | "sharetoken"
                | "sharecode"
                | "sharekey"
                | "sharelink"
                | "shareslug"
                | "accesstoken"
                | "invitetoken"
                | "invitecode"
                | "viewtoken"
                | "linktoken"
                | "paytoken"
                | "paymenttoken"
        )
    })
}

/// Every table the handler touches holds share or short links (`share_links`, `shared_boards`,
/// `short_links`): what a visitor with the link may open.
fn share_tables_only(d: &EndpointDetail) -> bool {
    !d.tables.is_empty()
        && d.tables.iter().all(|t| {
            let t = t.to_ascii_lowercase().replace(['-', '_'], "");
            t.starts_with("share") || t.contains("shortlink") || t.contains("publiclink")
        })
}

/// A service-role handler that only inserts the request into a table, outside admin routes.
fn public_form(e: &Endpoint, d: &EndpointDetail) -> bool {
    d.insert_only && d.service_role && !e.auth && !is_admin(&e.route)
}

/// Kind of sensitive flow a rate limiter must protect, if any.
fn limiter_kind(e: &Endpoint, d: &EndpointDetail) -> Option<(&'static str, Severity, Confidence)> {
    if e.rate_limited {
        return None;
    }
    // Auth.js: OAuth sign-ins are the provider's problem; a credentials provider checks
    // passwords in `authorize()`, behind this route.
    if e.route.contains("[...nextauth]") {
        return (d.auth_flow && !matches!(e.method.as_str(), "GET" | "HEAD" | "OPTIONS")).then_some((
            "the Auth.js (NextAuth) credentials sign-in: every password guess is a POST to /api/auth/callback/credentials",
            Severity::High,
            Confidence::Medium,
        ));
    }
    if d.ai {
        return Some((
            "an AI-proxy endpoint (each call costs money)",
            Severity::High,
            Confidence::High,
        ));
    }
    if matches!(e.method.as_str(), "GET" | "HEAD" | "OPTIONS") {
        return None;
    }
    let segs = segments(&e.route);
    let name = segs
        .last()
        .cloned()
        .or_else(|| action_name(&e.route))
        .unwrap_or_default()
        .replace(['_', '-'], "")
        .to_ascii_lowercase();
    let by_name = |pat: &regex::bytes::Regex| pat.is_match(name.as_bytes());
    let conf = if d.auth_flow {
        Confidence::High
    } else {
        Confidence::Medium
    };
    // A provider-issued ID token or OAuth code exchanged for a session cookie: the provider
    // rate-limits the password step, and a forged token fails its signature check.
    let exchange_only = d.token_exchange && !d.auth_flow;
    // `after-login`, `post-login`, `login-success`: where a sign-in lands, not the sign-in.
    let landing = !d.auth_flow
        && by_name(re!(
            r"^(?:after|post|pre|redirect|success|done|complete|finish)\w*(?:login|signin)$|^(?:login|signin)(?:success|done|complete|redirect|callback)$"
        ));
    // `POST /account/token` behind a session rotates the caller's API token: a login route
    // name only when the caller is not signed in yet (or it checks a password).
    let signed_in_resource =
        e.auth && !d.auth_flow && by_name(re!(r"^(?:auth|session|sessions|token|jwt)$"));
    if !exchange_only
        && !landing
        && !signed_in_resource
        && (by_name(re!(
            r"^(?:login|signin|authenticate|auth|session|sessions|token|jwt)$|(?:login|signin)$"
        )) || login_route(&segs))
    {
        return Some(("a login endpoint", Severity::High, conf));
    }
    let reset_seg = segs.iter().any(|s| s.contains("reset"));
    if by_name(re!(
        r"(?:forgot|reset)password|passwordreset|^forgot$|^reset$"
    )) || reset_seg && by_name(re!(r"^(?:confirm|verify|\[?:?\w*token\]?)$"))
    {
        // The second step (a token from the e-mail and a new password): the token is the
        // secret. Long random tokens cannot be guessed; short codes can.
        // A token in the path came in an e-mailed link: long and random, never typed, so
        // there is nothing to guess (`/reset-password/<token>`). Typed codes arrive in a body.
        if d.redeems_token && !d.open_mail && token_path_param(&e.route) {
            return None;
        }
        if d.redeems_token && !d.open_mail {
            return Some((
                "a password-reset confirmation (unlimited guesses matter if its token is a short code)",
                Severity::Low,
                Confidence::Low,
            ));
        }
        return Some(("a password-reset endpoint", Severity::High, conf));
    }
    // Changing a password needs a session: guessing the current one is slower and traceable to
    // an account, so it matters less than a public reset.
    if by_name(re!(r"(?:change|update)password|^password$")) {
        return Some(if e.auth {
            (
                "a password-change endpoint (guesses of the current password)",
                Severity::Low,
                conf,
            )
        } else {
            ("a password-change endpoint", Severity::High, conf)
        });
    }
    // `/otp/request`, `/magic-link/send`, `/2fa/verify`: the action is the last segment, the flow
    // the one before it.
    let flow_then_action = segs.len() >= 2
        && re!(r"^(?:request|send|start|resend|new|create|issue|verify|confirm|check|validate)$")
            .is_match(name.as_bytes())
        && re!(r"otp|magiclink|^magic$|2fa|mfa|passwordless|smscode|logincode|totp").is_match(
            segs[segs.len() - 2]
                .replace(['_', '-'], "")
                .to_ascii_lowercase()
                .as_bytes(),
        );
    if flow_then_action
        || auth_tree_code_step(&segs)
            && re!(r"^(?:request|send|start|resend|verify|confirm|check|validate)$")
                .is_match(name.as_bytes())
        || by_name(re!(
            r"otp|magiclink|^magic$|verifycode|2fa|mfa|sendcode|logincode|signincode|verifylogin|smscode"
        ))
    {
        return Some(("an OTP / magic-link endpoint", Severity::High, conf));
    }
    // Unlocking a PIN- or passcode-protected share, note or vault (`unlock`, `verifyPin`,
    // `/pin/check`): four to six digits fall to a script in minutes without a limit.
    // A bare `pin` is the unlock only for a caller without a session (setting one's own PIN is
    // `PUT /auth/pin` behind a login).
    let bare_pin = !e.auth && e.method == "POST" && by_name(re!(r"^(?:pin|passcode)$"));
    if bare_pin
        || by_name(re!(
            r"^(?:unlock|unlock\w*(?:share|link|note|vault|page|doc|document|board)|(?:verify|check|submit|enter)(?:pin|passcode|sharepassword|linkpassword))$"
        ))
        || segs.len() >= 2
            && matches!(segs[segs.len() - 2].as_str(), "pin" | "passcode")
            && re!(r"^(?:verify|check|unlock|submit)$").is_match(name.as_bytes())
    {
        return Some((
            "a PIN / passcode unlock (short PINs are guessed in minutes; limit attempts per link and per IP)",
            Severity::Medium,
            conf,
        ));
    }
    // Redeeming a code the user types (`/invites/redeem`, `/coupons/apply`, `redeemCode`):
    // short invite, coupon and gift codes are guessed like one-time codes.
    let code_flow = segs.iter().any(|s| {
        re!(r"(?i)invite|invitation|coupon|promo|voucher|gift|referral|code").is_match(s.as_bytes())
    });
    if by_name(re!(r"^(?:redeem|claim|apply)$")) && code_flow
        || by_name(re!(r"^(?:redeem|claim)$")) && d.redeems_token
        || by_name(re!(
            r"^(?:redeem|claim|apply)(?:code|invite|invitation|coupon|promo|promocode|voucher|giftcard|gift|referral)$|^(?:coupon|promo|voucher|giftcard)(?:redeem|apply|claim)$"
        ))
    {
        return Some((
            "an endpoint that redeems a code the user types (short invite, coupon or gift codes are guessed like one-time codes; limit attempts per account and per IP)",
            Severity::Medium,
            conf,
        ));
    }
    if by_name(re!(
        r"^(?:signup|register|registration|join|createaccount)$"
    )) {
        return Some(("a signup endpoint", Severity::Medium, conf));
    }
    if d.auth_flow && !e.auth && !is_admin(&e.route) {
        return Some((
            "an endpoint that signs users in or up or handles passwords",
            Severity::High,
            Confidence::Medium,
        ));
    }
    if d.open_mail && !e.auth {
        return Some((
            "an endpoint that sends e-mail to an address the caller chooses (besides a limit, send only to addresses the app already knows: the account's own, an invitee the owner added)",
            Severity::High,
            Confidence::Medium,
        ));
    }
    // Behind a role check only staff can send: not "any signed-in user".
    if d.open_mail && !role_guarded(d) {
        return Some((
            "an endpoint that lets any signed-in user send e-mail from your domain to addresses they choose (spam and phishing under your name, a suspended mail account; besides a limit, send only to addresses the app already knows)",
            Severity::Medium,
            Confidence::Medium,
        ));
    }
    if public_form(e, d) {
        return Some((
            "a public form that writes with the service-role client (anyone can submit it in a loop: spam rows, storage and e-mail costs)",
            Severity::Medium,
            Confidence::Medium,
        ));
    }
    None
}

fn validation_gap(e: &Endpoint, d: &EndpointDetail) -> Option<(Severity, Confidence, String)> {
    if e.validated
        || !d.uses_body
        || d.signature
        || is_webhook(&e.route)
        || e.route.contains("[...nextauth]")
        || matches!(e.method.as_str(), "GET" | "HEAD" | "OPTIONS")
    {
        return None;
    }
    if !(d.writes_db || d.reads_db || d.mass_assign || d.ai || !d.client_values.is_empty()) {
        return None;
    }
    // Fields only compared (`if (token !== expected)`) never reach a query, an API or a file.
    if !d.body_sink {
        return None;
    }
    if d.mass_assign {
        return Some((Severity::High, Confidence::High, "The whole request body is written to the database (mass assignment): a caller can set any column, including ones the form never shows.".into()));
    }
    // A lookup by a request value through a parameterised query returns a row or nothing:
    // no finding (operator injection into MongoDB filters is its own rule).
    if !d.writes_db && !d.ai && d.client_values.is_empty() {
        return None;
    }
    // Several free-form fields stored unchecked: medium. One field (a label, a name) is low:
    // its worst case is a bad row, and the model often bounds it.
    if d.writes_db && d.body_fields != 1 {
        return Some((Severity::Medium, Confidence::Medium, "Request fields are stored or passed on (database, payment or AI API) without checking their type, length or format.".into()));
    }
    Some((
        Severity::Low,
        Confidence::Medium,
        if d.writes_db {
            "A request field is stored without checking its type or length."
        } else {
            "Request fields reach an external API without checking their type or shape."
        }
        .into(),
    ))
}

/// Hit at the route line (or the given line of the handler file).
fn hit(
    check: &'static str,
    file: &str,
    line: u32,
    sev: Severity,
    conf: Confidence,
    note: String,
    key: String,
) -> ProjectHit {
    ProjectHit {
        yields: None,
        check,
        file: Some(file.to_string()),
        line: Some(line.max(1)),
        note: if note.is_empty() { None } else { Some(note) },
        severity: Some(sev),
        confidence: Some(conf),
        snippet: None,
        secrets: Vec::new(),
        key: Some(key),
    }
}

/// The privileged client an endpoint uses, in its own platform's words.
fn admin_client(d: &EndpointDetail) -> &'static str {
    if d.firebase_admin {
        "the Firebase Admin SDK, which bypasses Firestore and Storage security rules"
    } else {
        "the service-role (admin) client, which bypasses row-level security"
    }
}

fn describe(e: &Endpoint) -> String {
    match e.kind.as_deref() {
        Some("server-action") => {
            format!("Server action `{}`", e.route.trim_start_matches("action:"))
        }
        Some("edge-function") => format!("Edge function `{}`", e.route),
        Some("callable") => format!(
            "Callable function `{}`",
            e.route.trim_start_matches("callable:")
        ),
        Some("http-function") => format!("HTTP function `{}`", e.route.trim_start_matches('/')),
        Some("page") => format!("The page `{}`", e.route),
        _ => format!("`{} {}`", e.method, e.route),
    }
}

/// `endpoint-missing-auth`, `endpoint-missing-rate-limit`, `project-missing-rate-limit`,
/// `endpoint-missing-validation`, `service-role-without-auth`, `idor-unscoped-lookup`,
/// `client-set-price`.
pub fn checks(set: &FileSet, facts: &Facts, wanted: &dyn Fn(&str) -> bool) -> Vec<ProjectHit> {
    let mut out = Vec::new();
    let has_auth = facts.access.has_auth;
    for (e, d) in facts.endpoints.iter().zip(&facts.endpoint_details) {
        let key = format!("{} {}", e.method, e.route);
        let unsigned_webhook = is_webhook(&e.route)
            && !e.auth
            && !d.signature
            && (unsafe_method(&e.method) || e.method == "ALL");
        let open_cron = is_cron(&e.route) && !e.auth && !d.signature && !unsigned_webhook;
        if open_cron {
            // Reported as a scheduled job (a shared-secret check), not as a user endpoint.
            if wanted("cron-route-without-secret") {
                let n = format!(
                    "{} is a scheduled-job route, and it checks no secret: anyone who finds the URL can run the job{}.",
                    describe(e),
                    if d.open_mail {
                        ", and it e-mails to an address the request names: anyone can have the job's data sent to themselves"
                    } else if d.service_role || d.writes_db {
                        " (it changes data, with the admin client) as often as they like"
                    } else {
                        " whenever they like"
                    }
                );
                out.push(hit(
                    "cron-route-without-secret",
                    &e.file,
                    e.line,
                    if d.open_mail || d.ai {
                        Severity::High
                    } else {
                        Severity::Medium
                    },
                    Confidence::Medium,
                    n,
                    key.clone(),
                ));
            }
        } else if unsigned_webhook && wanted("webhook-signature-not-verified") {
            let n = format!(
                "{} is a webhook, but it never verifies the sender's signature, so anyone can post fake events to it{}.",
                describe(e),
                if d.service_role {
                    " and they are processed with the admin (service-role) client"
                } else {
                    ""
                }
            );
            out.push(hit(
                "webhook-signature-not-verified",
                &e.file,
                e.line,
                if d.service_role {
                    Severity::Critical
                } else {
                    Severity::High
                },
                Confidence::Medium,
                n,
                key.clone(),
            ));
        } else if let Some((sev, conf, note)) = missing_auth(e, d, &facts.db, has_auth) {
            if d.service_role && wanted("service-role-without-auth") {
                let n = format!(
                    "{} uses {}, and never checks who is calling. {note}",
                    describe(e),
                    admin_client(d)
                );
                out.push(hit(
                    "service-role-without-auth",
                    &e.file,
                    e.line,
                    Severity::Critical,
                    Confidence::High.min(conf.max(Confidence::Medium)),
                    n,
                    key.clone(),
                ));
            } else if wanted("endpoint-missing-auth") {
                let n = format!("{} has no authentication check. {note}", describe(e));
                out.push(hit(
                    "endpoint-missing-auth",
                    &e.file,
                    e.line,
                    sev,
                    conf,
                    n.trim().to_string(),
                    key.clone(),
                ));
            }
        }
        let admin_unchecked = e.auth
            && (is_admin(&e.route) || in_admin_module(e) || role_route(e))
            && !role_guarded(d)
            && !(d.auth_flow && is_public_route(&e.route, &e.method));
        // Signed in but not checked for a role: the fix is a role check, whatever the client.
        // Changing roles or claims without a role check: any account can make itself an admin.
        let escalation = role_changing(&e.route) || escalation_route(e) || d.grants_privilege;
        if wanted("admin-route-missing-role-check") && admin_unchecked && d.service_role {
            let n = format!(
                "{} is an admin route using {}; it checks that the caller is signed in, but not that they are an administrator, so any account can call it{}.",
                describe(e),
                admin_client(d),
                if escalation {
                    " and make itself an administrator"
                } else {
                    ""
                }
            );
            out.push(hit(
                "admin-route-missing-role-check",
                &e.file,
                e.line,
                if escalation {
                    Severity::Critical
                } else {
                    Severity::High
                },
                Confidence::Medium,
                n,
                key.clone(),
            ));
        }
        if wanted("admin-route-missing-role-check")
            && admin_unchecked
            && !d.service_role
            && !d.signature
            && (d.writes_db || d.reads_db || unsafe_method(&e.method) && d.uses_body)
        {
            let write = unsafe_method(&e.method) || d.writes_db;
            let n = format!(
                "{} is an admin route: it checks that the caller is signed in, but not that they are an administrator, so any account can {}.",
                describe(e),
                if write {
                    "call it"
                } else {
                    "read what it returns"
                }
            );
            // Reading records (a user list, an export) leaks every account's data to any
            // account; a read that only counts or aggregates leaks less.
            let records = write || d.reads_db && !d.aggregate_only;
            let records_sev = if escalation {
                Severity::Critical
            } else {
                Severity::High
            };
            out.push(hit(
                "admin-route-missing-role-check",
                &e.file,
                e.line,
                if records {
                    records_sev
                } else {
                    Severity::Medium
                },
                Confidence::Medium,
                n,
                key.clone(),
            ));
        }
        let private = sensitive(&e.route, d) || owned(&e.route, d);
        if wanted("idor-unscoped-lookup")
            && e.auth
            && !d.explicit_public
            && !d.signature
            && !d.role_check
            && !is_admin(&e.route)
            && !role_route(e)
            && !engagement_route(e)
            && (e.method != "GET" || private)
            && let Some(l) = d.id_lookup_line
        {
            let rls = d.user_scoped && !d.id_lookup_admin && rls_covers(&facts.db, d) == Some(true);
            if !rls {
                // Reads are only reported for private records (above), so reading one is as
                // serious as changing it: both are broken access control.
                let sev = Severity::High;
                let n = format!(
                    "{} fetches a record by an id from the request with no condition tying it to the signed-in user{}.",
                    describe(e),
                    if d.id_lookup_admin {
                        ", through the service-role client (row-level security does not apply)"
                    } else {
                        ""
                    }
                );
                out.push(hit(
                    "idor-unscoped-lookup",
                    &d.handler_file,
                    l,
                    sev,
                    Confidence::Medium,
                    n,
                    key.clone(),
                ));
            }
        }
        // A list query run with the service-role client and no owner filter: every tenant's
        // rows go to any signed-in account. Only when the rows belong to users (the schema has
        // an owner column, or the query selects one).
        if wanted("service-role-list-without-owner-filter")
            && e.auth
            && d.service_role
            && !d.user_scoped
            && !d.firebase_admin
            && !d.explicit_public
            && !d.role_check
            && !is_admin(&e.route)
            && let Some((l, table, owner_selected)) = &d.unscoped_list
            && (*owner_selected || facts.db.tables.iter().any(|t| &t.name == table && t.owned))
        {
            let n = format!(
                "{} lists `{table}` with the service-role client and no filter on its owner, so any signed-in account gets every user's rows.",
                describe(e)
            );
            out.push(hit(
                "service-role-list-without-owner-filter",
                &d.handler_file,
                *l,
                Severity::High,
                Confidence::Medium,
                n,
                key.clone(),
            ));
        }
        if wanted("endpoint-missing-rate-limit")
            && let Some((kind, sev, conf)) = limiter_kind(e, d)
        {
            let n = if d.rl_late {
                format!(
                    "{} is {kind}; its rate limiter runs only after a branch that already answers (checked before `limit(...)`), so that branch takes unlimited requests: call the limiter first.",
                    describe(e)
                )
            } else {
                format!("{} is {kind} and has no rate limiter.", describe(e))
            };
            out.push(hit(
                "endpoint-missing-rate-limit",
                &e.file,
                e.line,
                sev,
                conf,
                n,
                key.clone(),
            ));
        }
        if wanted("endpoint-missing-validation")
            && let Some((sev, conf, note)) = validation_gap(e, d)
        {
            let n = format!(
                "{} reads the request body without a schema. {note}",
                describe(e)
            );
            let mut h = hit(
                "endpoint-missing-validation",
                &e.file,
                e.line,
                sev,
                conf,
                n,
                key.clone(),
            );
            // A rule finding inside the handler (mass assignment, an injection, an unchecked
            // redirect) already says what the unvalidated input does, at its line.
            h.yields = Some(crate::project::Yield {
                rules: VALIDATION_SPECIFIC,
                file: d.handler_file.clone(),
                from: d.handler_line,
                to: d.handler_end_line,
            });
            out.push(h);
        }
        // Setting roles is what an admin route is for (whether it checks the caller's role is
        // `admin-route-missing-role-check`); prices stay suspicious everywhere.
        // So is a route behind a role check (a team owner choosing an invitee's role).
        let admin_route = is_admin(&e.route) || role_guarded(d);
        let client_values: Vec<&(u32, String)> = d
            .client_values
            .iter()
            .filter(|(_, f)| {
                !admin_route
                    || f.starts_with("unit_amount")
                    || matches!(f.as_str(), "amount" | "price" | "total" | "discount")
            })
            .collect();
        // A webhook's amounts come from the payment provider's event; whether the event can be
        // forged is `webhook-signature-not-verified`, at the handler.
        if wanted("client-set-price") && !client_values.is_empty() && !is_webhook(&e.route) {
            // One finding per endpoint, at the first price/amount use (else the first field),
            // naming every client-set field.
            let is_money = |f: &str| {
                f.starts_with("unit_amount")
                    || matches!(f, "amount" | "price" | "total" | "discount")
            };
            let mut fields: Vec<&str> = Vec::new();
            for (_, f) in &client_values {
                if !fields.contains(&f.as_str()) {
                    fields.push(f);
                }
            }
            let money = fields.iter().any(|f| is_money(f));
            let line = client_values
                .iter()
                .filter(|(_, f)| !money || is_money(f))
                .map(|(l, _)| *l)
                .min()
                .unwrap_or(e.line);
            let (sev, what) = if money {
                (Severity::Critical, "a price or amount")
            } else {
                (Severity::High, "a role or privilege field")
            };
            let list = fields
                .iter()
                .map(|f| format!("`{f}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let n = format!(
                "{list} {} {what} taken from the request in {}.",
                if fields.len() == 1 { "is" } else { "include" },
                describe(e)
            );
            out.push(hit(
                "client-set-price",
                &d.handler_file,
                line,
                sev,
                Confidence::High,
                n,
                format!("{key} {}", fields.join(",")),
            ));
        }
    }
    // Something in the app itself wants a limiter: a route that checks credentials, or one that
    // `endpoint-missing-rate-limit` would name (sign-up, reset, OTP, AI proxy...). Sign-in hosted
    // by a provider (Clerk, Auth0, Supabase Auth called from the browser) is rate-limited there.
    let wants_limiter = facts
        .endpoints
        .iter()
        .zip(&facts.endpoint_details)
        .any(|(e, d)| {
            d.auth_flow
                || limiter_kind(e, d).is_some()
                // An auth library's catch-all (Better Auth `/api/auth/[...all]`): its own
                // password routes live behind it.
                || e.route.contains("/auth/[...") && !e.route.contains("[...nextauth]")
        });
    if wanted("project-missing-rate-limit")
        && has_auth
        && !facts.access.has_rate_limiter
        && !facts.endpoints.is_empty()
        && wants_limiter
    {
        let (file, line) = app_entry(set).map_or((None, None), |(f, l)| (Some(f), Some(l)));
        out.push(ProjectHit {
            yields: None,
            check: "project-missing-rate-limit",
            file,
            line,
            note: Some(format!("The project has {} endpoint(s) and signs users in, but no rate limiter is installed or used anywhere.", facts.endpoints.len())),
            ..ProjectHit::default()
        });
    }
    if wanted("service-role-without-auth") {
        out.extend(role_fallbacks(set));
    }
    // Several endpoints declared on one line (methods of one handler, a viewset's actions) share
    // one fix: report each line once, keeping the most severe.
    crate::sort::sort_by(&mut out, |a, b| {
        (a.check, &a.file, a.line, std::cmp::Reverse(a.severity)).cmp(&(
            b.check,
            &b.file,
            b.line,
            std::cmp::Reverse(b.severity),
        ))
    });
    out.dedup_by(|a, b| a.check == b.check && a.file == b.file && a.line == b.line);
    cap_hits(&mut out);
    out
}

/// Most findings of one check reported per project: past that, the last one says how many more
/// endpoints share the problem (a generated or hostile project must not flood the report).
const MAX_HITS_PER_CHECK: usize = 250;

fn cap_hits(out: &mut Vec<ProjectHit>) {
    let mut kept: Vec<ProjectHit> = Vec::with_capacity(out.len());
    let mut counts: std::collections::BTreeMap<&'static str, usize> =
        std::collections::BTreeMap::new();
    for h in out.drain(..) {
        let n = counts.entry(h.check).or_default();
        *n += 1;
        if *n <= MAX_HITS_PER_CHECK {
            kept.push(h);
        }
    }
    for (check, n) in counts {
        if n > MAX_HITS_PER_CHECK
            && let Some(last) = kept.iter_mut().rev().find(|h| h.check == check)
        {
            let more = format!(
                "({} more endpoints have the same problem and are not listed.)",
                n - MAX_HITS_PER_CHECK
            );
            last.note = Some(
                last.note
                    .take()
                    .map_or(more.clone(), |x| format!("{x} {more}")),
            );
        }
    }
    *out = kept;
}

/// Where a global limiter would be mounted: the line creating the server app (Express, Hono,
/// Fastify, FastAPI, Flask) or Django's `MIDDLEWARE`/`REST_FRAMEWORK` settings. None for
/// frameworks without one (Next.js: the project-level finding has no file).
fn app_entry(set: &FileSet) -> Option<(String, u32)> {
    let pat = re!(
        r"(?m)\bexpress\s*\(\s*\)|\bnew\s+Hono\b|\b[Ff]astify\s*\(|\bFastAPI\s*\(|\bFlask\s*\(\s*__name__|^REST_FRAMEWORK\s*=|^MIDDLEWARE\s*="
    );
    let mut best = None;
    for f in &set.files {
        if !(f.lang.is_js_family() || f.lang == Language::Python)
            || f.bytes.len() > super::ctx::MAX_FILE
            || super::ctx::is_test_path(&f.path)
        {
            continue;
        }
        if let Some(m) = pat.find(&f.bytes) {
            let line = f.bytes[..m.start()].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            // The entry point (`main.py`, `app.js`, `settings.py`) before a sub-application
            // mounted somewhere else, then the shallowest.
            let rank = crate::project::entry_rank(&f.path);
            let key = (rank, f.path.matches('/').count(), f.path.clone());
            if best
                .as_ref()
                .is_none_or(|b: &((u8, usize, String), u32)| key < b.0)
            {
                best = Some((key, line));
            }
        }
    }
    best.map(|((_, _, p), l)| (p, l))
}

/// `role = user.role || 'admin'`: a role check whose fallback is the most privileged role.
fn role_fallbacks(set: &FileSet) -> Vec<ProjectHit> {
    let mut out = Vec::new();
    for f in &set.files {
        let js = f.lang.is_js_family();
        if !(js || f.lang == Language::Python)
            || f.bytes.len() > super::ctx::MAX_FILE
            || super::ctx::is_test_path(&f.path)
        {
            continue;
        }
        let text = String::from_utf8_lossy(&f.bytes);
        for (i, line) in text.lines().enumerate() {
            let l = line.trim_start();
            if l.starts_with("//") || l.starts_with('#') || l.starts_with('*') {
                continue;
            }
            let b = line.as_bytes();
            let hitline = if js {
                re!(r#"(?i)\brole\w*\s*[:=]\s*[^;\n=]*(?:\|\||\?\?)\s*['"](?:admin|superadmin|super_admin|owner|root)['"]"#).is_match(b)
            } else {
                re!(r#"(?i)\brole\w*\s*=\s*[^\n]*(?:\bor\s+|\.get\s*\(\s*['"]role['"]\s*,\s*)['"](?:admin|superadmin|super_admin|owner|root)['"]"#).is_match(b)
            };
            // The value written by a role-changing endpoint (`update({ role: req.body.role ||
            // "admin" })`, `role = request.json.get("role", "admin")`) is request data with a
            // default, not the caller's own role: other rules judge who may set it.
            let written = re!(r"\b(?:req|request|ctx\.request)\s*\.\s*(?:body|query|params|json|form|args|data|values|POST|GET)\b|\b(?:body|input|payload|formData|searchParams)\s*[.\[]|\.\s*(?:update|insert|create|upsert|set|values|insertOne|updateOne)\s*\(|\bdata\s*:\s*\{").is_match(b);
            if hitline && !written {
                out.push(ProjectHit {
                    yields: None,
                    check: "service-role-without-auth",
                    file: Some(f.path.clone()),
                    line: Some(i as u32 + 1),
                    note: Some("A missing role falls back to the admin role: every caller without a role is treated as an administrator.".into()),
                    severity: Some(Severity::Critical),
                    confidence: Some(Confidence::High),
                    snippet: None,
                    secrets: Vec::new(),
                    key: Some("role-fallback".into()),
                });
            }
        }
    }
    out
}

const LIMITER_PACKAGES: &[&str] = &[
    "express-rate-limit",
    "rate-limiter-flexible",
    "@upstash/ratelimit",
    "express-slow-down",
    "express-brute",
    "@fastify/rate-limit",
    "hono-rate-limiter",
    "next-rate-limit",
    "limiter",
    "bottleneck",
    "@nestjs/throttler",
    "slowapi",
    "flask-limiter",
    "flask_limiter",
    "django-ratelimit",
    "django_ratelimit",
    "fastapi-limiter",
    "fastapi_limiter",
    "@arcjet/next",
    "arcjet",
];

/// A rate limiter installed or used anywhere in the project.
pub fn limiter_in_project(set: &FileSet, ctx: &Ctx) -> bool {
    for f in &set.files {
        let name = f.path.rsplit('/').next().unwrap_or(&f.path);
        if name == "package.json"
            || name.starts_with("requirements")
            || name == "pyproject.toml"
            || name == "Pipfile"
        {
            let t = String::from_utf8_lossy(&f.bytes).to_ascii_lowercase();
            if LIMITER_PACKAGES.iter().any(|p| {
                t.contains(&format!("\"{p}\""))
                    || t.lines().any(|l| {
                        l.trim_start().starts_with(p) && !p.starts_with('@') && p.len() > 7
                    })
            }) {
                return true;
            }
        }
    }
    // Better Auth limits its own sign-in routes in production unless the config turns it off.
    let better_auth_limits = ctx.files.iter().any(|s| {
        s.has_any(re!(r"\bbetterAuth\s*\(\s*\{"), 0, s.text.len())
            && !s.has_any(
                re!(r"\brateLimit\s*:\s*\{[^{}]{0,300}?\benabled\s*:\s*false\b"),
                0,
                s.text.len(),
            )
    });
    better_auth_limits
        || ctx.files.iter().any(|s| {
        s.has_any(re!(r"(?i)express-rate-limit|rate-limiter-flexible|@upstash/ratelimit|\bRateLimiter\w*\s*\(|\bnew\s+Ratelimit\b|\brateLimit\s*\(|\bslowDown\s*\(|DEFAULT_THROTTLE_CLASSES|\bthrottle_classes\b|\bLimiter\s*\(|@\s*ratelimit\b|\blimiter\s*\.\s*limit\s*\(|\bThrottlerModule\b"), 0, s.text.len())
    })
}

/// The project signs users in somewhere.
pub fn auth_in_project(set: &FileSet, stacks: &[String]) -> bool {
    if stacks.iter().any(|s| {
        matches!(
            s.as_str(),
            "next-auth" | "clerk" | "passport" | "jsonwebtoken" | "jose" | "pyjwt" | "python-jose"
        )
    }) {
        return true;
    }
    for f in &set.files {
        let name = f.path.rsplit('/').next().unwrap_or(&f.path);
        if name == "package.json" || name.starts_with("requirements") || name == "pyproject.toml" {
            let t = String::from_utf8_lossy(&f.bytes).to_ascii_lowercase();
            if [
                "\"lucia\"",
                "\"better-auth\"",
                "\"@supabase/ssr\"",
                "\"@supabase/auth-helpers",
                "\"iron-session\"",
                "\"express-session\"",
                "\"bcrypt",
                "\"argon2\"",
                "flask-login",
                "flask-jwt-extended",
                "djangorestframework-simplejwt",
                "django-allauth",
                "passlib",
                "fastapi-users",
                "authlib",
                "firebase-admin",
            ]
            .iter()
            .any(|p| t.contains(p))
            {
                return true;
            }
        }
        if (f.lang.is_js_family() || f.lang == Language::Python)
            && f.bytes.len() <= super::ctx::MAX_FILE
        {
            let b = &f.bytes;
            if re!(r"\bsignInWithPassword\s*\(|\bsignInWithOAuth\s*\(|\bsignInWithOtp\s*\(|\bgetServerSession\s*\(|\bauth\s*\.\s*getUser\s*\(|\bcreateUserWithEmailAndPassword\s*\(|\bsignInWithEmailAndPassword\s*\(|\bobtain_auth_token\b|\bTokenObtainPairView\b|\bLoginView\b|\blogin_user\s*\(|\bcreate_access_token\s*\(|\bjwt\s*\.\s*(?:sign|encode)\s*\(").is_match(b) {
                return true;
            }
        }
    }
    false
}

/// Server files that create or import the service-role / admin client.
pub fn service_role_files(ctx: &Ctx) -> u32 {
    ctx.files
        .iter()
        .filter(|s| {
            let head = &s.text[..s.text.len().min(600)];
            let client = re!(r#"['"]use client['"]"#).is_match(head);
            !client
                && s.has_any(
                    re!(r"(?i)service_?role|firebase-admin|firebase_admin"),
                    0,
                    s.text.len(),
                )
        })
        .count() as u32
}

/// The verdict's counts.
pub fn access(inv: &Inventory, db: &DbFacts) -> AccessFacts {
    let mut a = AccessFacts {
        endpoints_total: inv.endpoints.len() as u32,
        has_auth: inv.has_auth_anywhere,
        has_rate_limiter: inv.has_limiter_anywhere,
        service_role_files: inv.service_role_files,
        tables_total: db.tables.len() as u32,
        tables_without_rls: db.tables.iter().filter(|t| !t.rls).count() as u32,
        open_policies: db.open_policies,
        service_role_in_client: db.service_role_in_client,
        ..AccessFacts::default()
    };
    for (e, d) in inv.endpoints.iter().zip(&inv.details) {
        let needs = e.auth
            || missing_auth(
                &Endpoint {
                    auth: false,
                    ..e.clone()
                },
                d,
                db,
                inv.has_auth_anywhere,
            )
            .is_some();
        if needs {
            a.endpoints_needing_auth += 1;
        }
        if missing_auth(e, d, db, inv.has_auth_anywhere).is_some() {
            a.endpoints_missing_auth += 1;
        }
        if d.service_role {
            a.service_role_endpoints += 1;
            if !e.auth && !d.signature && !d.auth_flow && !public_form(e, d) {
                a.service_role_unguarded += 1;
            }
        }
        a.endpoints_rate_limited += e.rate_limited as u32;
        if d.uses_body {
            a.endpoints_using_body += 1;
            a.endpoints_validated += e.validated as u32;
        }
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_routes() {
        assert!(is_public_route("/api/auth/login", "POST"));
        assert!(is_public_route("/api/auth/[...nextauth]", "POST"));
        assert!(is_public_route("/api/webhooks/stripe", "POST"));
        assert!(is_public_route("/health", "GET"));
        assert!(is_public_route("/public/items", "GET"));
        assert!(!is_public_route("/public/items", "DELETE"));
        assert!(!is_public_route("/api/auth/change-password", "POST"));
        assert!(!is_public_route("/api/users/[id]", "GET"));
        assert!(is_public_route("action:signUp", "POST"));
        assert!(is_public_route("callable:pinLogin", "POST"));
        assert!(!is_public_route("callable:loginHistory", "POST"));
        // A bare `reset` is the password reset only at the top or under an account prefix.
        assert!(is_public_route("/reset/:token", "POST"));
        assert!(is_public_route("/accounts/reset/", "GET"));
        assert!(is_public_route("/api/auth/reset", "POST"));
        assert!(!is_public_route("/api/admin/reset", "POST"));
        assert!(!is_public_route("/projects/:id/reset", "POST"));
        assert!(is_public_route("/billing/pricing/", "GET"));
    }
}
