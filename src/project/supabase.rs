//! Supabase and Firebase data-access policy: row-level security, permissive policies, grants to
//! `anon`, SECURITY DEFINER functions, public buckets, open Firebase rules, service-role in clients.
//!
//! SQL files (Supabase migrations first of all) are split into statements with a small lexer
//! that understands comments, quotes and dollar-quoted bodies, then replayed in path order:
//! `CREATE TABLE`, `ALTER TABLE ... ENABLE/DISABLE ROW LEVEL SECURITY` (in any later file),
//! `DROP`/`RENAME`, `CREATE POLICY`, `GRANT`/`REVOKE`, `CREATE FUNCTION ... SECURITY DEFINER`
//! and `storage.buckets` inserts. Firebase `firestore.rules`, `storage.rules` and
//! `database.rules.json` are read for rules that allow everyone, or test-mode rules.

use super::{Facts, ProjectHit};
use crate::input::FileSet;
use crate::lang::Language;
use crate::report::{Confidence, Severity};
use regex::bytes::Regex;
use std::sync::LazyLock;

/// The core has no clock: test-mode rules dated before this day are treated as expired. Bump it
/// when releasing (it only decides the wording and severity of `firebase-open-rules`).
pub const TEST_MODE_CUTOFF: (i64, i64, i64) = (2026, 11, 1);

/// Largest SQL / rules file read.
const MAX_SQL_FILE: usize = 2 << 20;
/// Most statements replayed in one project.
const MAX_STATEMENTS: usize = 200_000;

macro_rules! re {
    ($s:expr) => {{
        static R: LazyLock<Regex> =
            LazyLock::new(|| super::endpoints::build_re($s).expect("static regex"));
        &*R
    }};
}

/// A table in a schema the Supabase API exposes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Unqualified, lower case.
    pub name: String,
    pub schema: String,
    pub file: String,
    pub line: u32,
    pub rls: bool,
    /// Has a column naming its owner (`user_id`, `owner_id`...): its rows belong to users.
    pub owned: bool,
    /// Columns only the server should set (`role`, `is_admin`, `credits`, `plan`...).
    pub privileged: Vec<String>,
    /// Has a column of personal data (phone, e-mail, address, birth date, notes...).
    pub personal: bool,
}

/// What the database policy looks like (see `Facts::db`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DbFacts {
    /// Tables in exposed schemas (Supabase projects only), with their final RLS state.
    pub tables: Vec<Table>,
    /// Write policies open to everyone and Firebase rules that allow all.
    pub open_policies: u32,
    /// Client (browser) references to the service-role key or admin client.
    pub service_role_in_client: u32,
}

/// One SQL statement: byte span in its file, with comments blanked.
struct Stmt {
    file: usize,
    start: usize,
    text: Vec<u8>,
}

/// Splits SQL into statements: `;` outside quotes, comments and dollar-quoted bodies.
fn statements(src: &[u8], file: usize, out: &mut Vec<Stmt>) {
    let n = src.len();
    let mut buf: Vec<u8> = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let push = |buf: &mut Vec<u8>, start: usize, out: &mut Vec<Stmt>| {
        let lead = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
        if buf.iter().any(|b| !b.is_ascii_whitespace()) && out.len() < MAX_STATEMENTS {
            out.push(Stmt {
                file,
                start: start + lead,
                text: std::mem::take(buf)[lead..].to_vec(),
            });
        }
        buf.clear();
    };
    while i < n {
        let c = src[i];
        match c {
            b'-' if src.get(i + 1) == Some(&b'-') => {
                let e = src[i..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(n, |p| i + p);
                buf.extend(std::iter::repeat_n(b' ', e - i));
                i = e;
            }
            b'/' if src.get(i + 1) == Some(&b'*') => {
                let e = src[i + 2..]
                    .windows(2)
                    .position(|w| w == b"*/")
                    .map_or(n, |p| i + 2 + p + 2);
                buf.extend(
                    src[i..e]
                        .iter()
                        .map(|&b| if b == b'\n' { b'\n' } else { b' ' }),
                );
                i = e;
            }
            b'\'' | b'"' => {
                let mut j = i + 1;
                while j < n {
                    if src[j] == c {
                        if src.get(j + 1) == Some(&c) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    if src[j] == b'\\'
                        && c == b'\''
                        && i > 0
                        && (src[i - 1] == b'E' || src[i - 1] == b'e')
                    {
                        j += 1;
                    }
                    j += 1;
                }
                let e = (j + 1).min(n);
                buf.extend_from_slice(&src[i..e]);
                i = e;
            }
            b'$' => {
                // `$$` or `$tag$`
                let tag_end = src[i + 1..]
                    .iter()
                    .take(64)
                    .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_'))
                    .map(|p| i + 1 + p);
                match tag_end {
                    Some(te)
                        if src.get(te) == Some(&b'$')
                            && (te == i + 1 || !src[i + 1].is_ascii_digit()) =>
                    {
                        let tag = &src[i..=te];
                        let close = src[te + 1..]
                            .windows(tag.len())
                            .position(|w| w == tag)
                            .map_or(n, |p| te + 1 + p + tag.len());
                        buf.extend_from_slice(&src[i..close]);
                        i = close;
                    }
                    _ => {
                        buf.push(c);
                        i += 1;
                    }
                }
            }
            b';' => {
                push(&mut buf, start, out);
                i += 1;
                start = i;
            }
            _ => {
                buf.push(c);
                i += 1;
            }
        }
    }
    push(&mut buf, start, out);
}

/// `public.profiles` / `"Profiles"` / `profiles` -> (schema, name), lower case, quotes removed.
fn qualified(raw: &[u8]) -> (String, String) {
    let s = String::from_utf8_lossy(raw);
    let parts: Vec<String> = s
        .split('.')
        .map(|p| p.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    match parts.as_slice() {
        [schema, name] => (schema.clone(), name.clone()),
        [.., name] => ("public".into(), name.clone()),
        _ => ("public".into(), String::new()),
    }
}

/// The text inside the parentheses opening at or after `from` (balanced).
fn paren_after(t: &[u8], from: usize) -> Option<(usize, usize)> {
    let open = from + t[from..].iter().position(|&b| b == b'(')?;
    let mut depth = 0usize;
    for (k, &b) in t[open..].iter().enumerate().take(64 * 1024) {
        match b {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some((open + 1, open + k));
                }
            }
            _ => {}
        }
    }
    None
}

fn is_true(expr: &[u8]) -> bool {
    let s: String = String::from_utf8_lossy(expr)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '(' && *c != ')')
        .collect::<String>()
        .to_ascii_lowercase();
    s == "true" || s == "1=1" || s == "'t'" || s == "true::boolean"
}

fn line_of(bytes: &[u8], off: usize) -> u32 {
    bytes[..off.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u32
        + 1
}

#[derive(Default)]
struct Scan {
    facts: DbFacts,
    hits: Vec<ProjectHit>,
}

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
        line: Some(line),
        note: Some(note),
        severity: Some(sev),
        confidence: Some(conf),
        snippet: None,
        secrets: Vec::new(),
        key: Some(key),
    }
}

fn exposed_schemas(set: &FileSet) -> Vec<String> {
    let mut out = vec!["public".to_string()];
    for f in set.files.iter().filter(|f| {
        f.path.ends_with("supabase/config.toml")
            || f.path == "config.toml"
                && set.files.iter().any(|g| g.path.starts_with("migrations/"))
    }) {
        let t = String::from_utf8_lossy(&f.bytes);
        let mut in_api = false;
        for l in t.lines() {
            let l = l.trim();
            if l.starts_with('[') {
                in_api = l == "[api]";
            } else if in_api && l.starts_with("schemas") {
                for s in l
                    .split(['[', ']', ',', '"', '\''])
                    .map(str::trim)
                    .filter(|s| !s.is_empty() && !s.contains('=') && *s != "schemas")
                {
                    if !out.iter().any(|x| x == s) {
                        out.push(s.to_string());
                    }
                }
            }
        }
    }
    out
}

fn scan(set: &FileSet, facts: &Facts) -> Scan {
    let mut sc = Scan::default();
    let supabase = facts.has("supabase")
        || set
            .files
            .iter()
            .any(|f| f.path.starts_with("supabase/") || f.path.contains("/supabase/"));
    if supabase {
        sql(set, &mut sc);
    }
    firebase(set, &mut sc);
    service_role_in_client(set, facts, &mut sc);
    sc
}

struct Grant {
    file: usize,
    line: u32,
    tables: Vec<(String, String)>,
    all_in_schema: Option<String>,
    write: bool,
}

struct Func {
    file: usize,
    line: u32,
    schema: String,
    name: String,
    checks_caller: bool,
}

fn sql(set: &FileSet, sc: &mut Scan) {
    let files: Vec<usize> = set
        .files
        .iter()
        .enumerate()
        .filter(|(_, f)| {
            f.lang == Language::Sql
                && f.bytes.len() <= MAX_SQL_FILE
                && !f.path.contains("/tests/")
                && !f.path.starts_with("tests/")
        })
        .map(|(i, _)| i)
        .collect();
    if files.is_empty() {
        return;
    }
    let schemas = exposed_schemas(set);
    let mut stmts = Vec::new();
    for &fi in &files {
        statements(&set.files[fi].bytes, fi, &mut stmts);
    }
    let mut tables: Vec<Table> = Vec::new();
    let mut grants: Vec<Grant> = Vec::new();
    let mut funcs: Vec<Func> = Vec::new();
    let mut revoked: Vec<String> = Vec::new();
    // (schema, table, role) the table's privileges were revoked from.
    let mut api_revoked: Vec<(String, String, &str)> = Vec::new();
    let name_re = r#"((?:"[^"]+"|[A-Za-z_][\w$]*)(?:\s*\.\s*(?:"[^"]+"|[A-Za-z_][\w$]*))?)"#;
    static CREATE: LazyLock<Regex> = LazyLock::new(|| {
        super::endpoints::build_re(&format!(r"(?is)^create\s+(?:(?:global|local)\s+)?(temp\s+|temporary\s+|unlogged\s+)?table\s+(?:if\s+not\s+exists\s+)?{}", r#"((?:"[^"]+"|[A-Za-z_][\w$]*)(?:\s*\.\s*(?:"[^"]+"|[A-Za-z_][\w$]*))?)"#)).expect("static regex")
    });
    static ALTER_RLS: LazyLock<Regex> = LazyLock::new(|| {
        super::endpoints::build_re(&format!(r"(?is)^alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?{}\s+(enable|disable|force|no\s+force)\s+row\s+level\s+security", r#"((?:"[^"]+"|[A-Za-z_][\w$]*)(?:\s*\.\s*(?:"[^"]+"|[A-Za-z_][\w$]*))?)"#)).expect("static regex")
    });
    let _ = name_re;
    // Column-level protections anywhere in the migrations (checked against UPDATE policies).
    let all_sql: Vec<u8> = stmts
        .iter()
        .flat_map(|st| st.text.iter().copied().chain(std::iter::once(b'\n')))
        .take(4 << 20)
        .collect::<Vec<u8>>()
        .to_ascii_lowercase();
    for st in &stmts {
        let t = &st.text;
        let f = &set.files[st.file];
        if let Some(c) = CREATE.captures(t) {
            if c.get(1).is_some() {
                continue;
            }
            let (schema, name) = qualified(&c[2]);
            if schemas.contains(&schema) && !name.is_empty() {
                tables.retain(|x| !(x.name == name && x.schema == schema));
                tables.push(Table {
                    name,
                    schema,
                    file: f.path.clone(),
                    line: line_of(&f.bytes, st.start),
                    rls: false,
                    // An owner column by name, or any uuid column pointing at the users
                    // (`id uuid primary key references auth.users`: Supabase's profiles).
                    // A tenant column (`team_id`, `org_id`) makes the rows a tenant's; a row
                    // pointing at an owned row (`invoice_id references invoices`) is owned too.
                    owned: re!(r"(?i)[(,]\s*(?:user_id|owner_id|author_id|created_by|owner|account_id|customer_id|team_id|org_id|organization_id|workspace_id|tenant_id|company_id)\s+(?:uuid|int|integer|bigint|text|varchar)\b|[(,]\s*\w+\s+uuid\b[^,;]*?\breferences\s+(?:auth\s*\.\s*users|(?:public\s*\.\s*)?(?:profiles|users)\b)").is_match(t)
                        || re!(r#"(?i)\breferences\s+((?:"?\w+"?\s*\.\s*)?"?\w+"?)"#)
                            .captures_iter(t)
                            .any(|r| {
                                let (rs, rn) = qualified(&r[1]);
                                tables.iter().any(|x| x.owned && x.name == rn && x.schema == rs)
                            }),
                    privileged: re!(r"(?i)[(,]\s*((?:role|roles|user_role|is_admin|is_super_?admin|is_superuser|is_staff|credits|credit_balance|ai_credits|balance|plan|plan_id|tier|subscription_tier|subscription_status|is_premium|is_pro|is_paid|quota|usage_limit|is_verified))\s+[a-z]")
                        .captures_iter(t)
                        .map(|c| String::from_utf8_lossy(&c[1]).to_ascii_lowercase())
                        // A chat transcript's `role` (`'user' | 'assistant' | 'system'`) is who
                        // spoke, not a privilege.
                        .filter(|col| {
                            !(col.starts_with("role")
                                && re!(r"(?i)'assistant'|\bassistant\b").is_match(t))
                        })
                        .fold(Vec::new(), |mut v: Vec<String>, col| {
                            if !v.contains(&col) {
                                v.push(col);
                            }
                            v
                        }),
                    personal: re!(r"(?i)[(,]\s*(?:phone\w*|\w+_phone|mobile|e_?mail|\w+_email|address\w*|\w+_address|dob|date_of_birth|birth_?date|birthday|ssn|national_id|passport\w*|notes?|medical\w*|diagnos\w*|salary|iban|tax_id)\s+[a-z]")
                        .is_match(t),
                });
            }
            continue;
        }
        if let Some(c) = ALTER_RLS.captures(t) {
            let (schema, name) = qualified(&c[1]);
            let on = !c[2].eq_ignore_ascii_case(b"disable")
                && !c[2].to_ascii_lowercase().starts_with(b"no");
            for tb in tables
                .iter_mut()
                .filter(|x| x.name == name && x.schema == schema)
            {
                if c[2].eq_ignore_ascii_case(b"enable") || !on {
                    tb.rls = on;
                }
            }
            continue;
        }
        if let Some(c) = re!(r#"(?is)^alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?((?:"[^"]+"|[A-Za-z_][\w$]*)(?:\s*\.\s*(?:"[^"]+"|[A-Za-z_][\w$]*))?)\s+rename\s+to\s+("?[A-Za-z_][\w$]*"?)"#).captures(t) {
            let (schema, name) = qualified(&c[1]);
            let (_, new) = qualified(&c[2]);
            for tb in tables.iter_mut().filter(|x| x.name == name && x.schema == schema) {
                tb.name = new.clone();
            }
            continue;
        }
        if let Some(c) =
            re!(r"(?is)^drop\s+table\s+(?:if\s+exists\s+)?([^;]+?)(?:\s+cascade|\s+restrict)?\s*$")
                .captures(t)
        {
            for part in c[1].split(|b| *b == b',') {
                let (schema, name) = qualified(part);
                tables.retain(|x| !(x.name == name && x.schema == schema));
            }
            continue;
        }
        if let Some(c) = re!(r#"(?is)^create\s+policy\s+(?:"[^"]*"|[A-Za-z_][\w$]*)\s+on\s+((?:"[^"]+"|[A-Za-z_][\w$]*)(?:\s*\.\s*(?:"[^"]+"|[A-Za-z_][\w$]*))?)"#).captures(t) {
            policy(set, st, &c, &tables, &all_sql, sc);
            continue;
        }
        if let Some(c) = re!(r"(?is)^grant\s+(.+?)\s+on\s+(?:table\s+)?(all\s+tables\s+in\s+schema\s+([\w\x22]+)|[^;]+?)\s+to\s+([^;]+?)(?:\s+with\s+grant\s+option)?\s*$").captures(t) {
            let privs = c[1].to_ascii_lowercase();
            let roles = c[4].to_ascii_lowercase();
            let target = c[2].to_ascii_lowercase();
            if target.starts_with(b"function") || target.starts_with(b"sequence") || target.starts_with(b"schema") || target.starts_with(b"all functions") || target.starts_with(b"all sequences") || target.starts_with(b"all routines") || target.starts_with(b"procedure") {
                continue;
            }
            let to_anon = roles.split(|b| *b == b',').any(|r| {
                let r = String::from_utf8_lossy(r).trim().trim_matches('"').to_string();
                r == "anon" || r == "public"
            });
            if !to_anon {
                continue;
            }
            let write = re!(r"(?i)\b(?:all|insert|update|delete|truncate)\b").is_match(&privs);
            let all_in_schema = c.get(3).map(|s| String::from_utf8_lossy(s.as_bytes()).trim_matches('"').to_ascii_lowercase());
            let tlist = if all_in_schema.is_some() { Vec::new() } else { c[2].split(|b| *b == b',').map(qualified).collect() };
            grants.push(Grant { file: st.file, line: line_of(&f.bytes, st.start), tables: tlist, all_in_schema, write });
            continue;
        }
        // `revoke all on table t from anon, authenticated`: the Data API cannot reach `t`, so
        // missing RLS is no longer an open door (only the service role and SQL use it).
        if let Some(c) = re!(r"(?is)^revoke\s+(?:all(?:\s+privileges)?|select\s*,[^;]*?\binsert\b[^;]*?\bupdate\b[^;]*?\bdelete\b[^;]*?)\s+on\s+(?:table\s+)?([\w.\x22]+(?:\s*,\s*[\w.\x22]+)*)\s+from\s+([^;]+)$").captures(t) {
            let roles = c[2].to_ascii_lowercase();
            for who in ["anon", "authenticated"] {
                if re!(r"[\w]+").find_iter(&roles).any(|w| w.as_bytes() == who.as_bytes()) {
                    for tb in c[1].split(|b| *b == b',') {
                        let (schema, name) = qualified(tb);
                        api_revoked.push((schema, name, who));
                    }
                }
            }
            continue;
        }
        if let Some(c) = re!(r"(?is)^revoke\s+.+?\s+on\s+(?:function\s+|all\s+functions\s+in\s+schema\s+)([\w.\x22]+)[^;]*?\s+from\s+([^;]+)$").captures(t) {
            let roles = c[2].to_ascii_lowercase();
            if re!(r"\banon\b").is_match(&roles) || re!(r"\bpublic\b").is_match(&roles) && !re!(r"\bauthenticated\b").is_match(&roles) && re!(r"\banon\b").is_match(&roles) {
                let (_, name) = qualified(&c[1]);
                revoked.push(name);
            }
            continue;
        }
        if let Some(c) = re!(r#"(?is)^create\s+(?:or\s+replace\s+)?function\s+((?:"[^"]+"|[A-Za-z_][\w$]*)(?:\s*\.\s*(?:"[^"]+"|[A-Za-z_][\w$]*))?)\s*\("#).captures(t) {
            if !re!(r"(?i)\bsecurity\s+definer\b").is_match(t) || re!(r"(?i)\breturns\s+(?:event_)?trigger\b").is_match(t) {
                continue;
            }
            let (schema, name) = qualified(&c[1]);
            let checks_caller = re!(r"(?i)\bauth\s*\.\s*(?:uid|role|jwt)\s*\(|\bcurrent_setting\s*\(\s*'request\.jwt|\bis_admin\s*\(|\braise\s+exception").is_match(t)
                || counter_only(t);
            funcs.push(Func { file: st.file, line: line_of(&f.bytes, st.start), schema, name, checks_caller });
            continue;
        }
        if re!(r"(?is)^insert\s+into\s+storage\s*\.\s*buckets\b").is_match(t) {
            buckets_insert(set, st, sc);
            continue;
        }
        if let Some(c) = re!(r"(?is)^update\s+storage\s*\.\s*buckets\s+set\s+public\s*=\s*true\b.*?where\s+(?:id|name)\s*=\s*'([^']+)'").captures(t) {
            let name = String::from_utf8_lossy(&c[1]).into_owned();
            bucket_hit(sc, &f.path, line_of(&f.bytes, st.start), &name);
        }
    }
    // RLS off at the end of the migrations, on a table the API roles can still reach.
    let unreachable = |tb: &Table| {
        ["anon", "authenticated"].iter().all(|who| {
            api_revoked
                .iter()
                .any(|(s, n, w)| s == &tb.schema && n == &tb.name && w == who)
        })
    };
    for tb in tables.iter().filter(|t| !t.rls && !unreachable(t)) {
        sc.hits.push(hit(
            "supabase-rls-disabled",
            &tb.file,
            tb.line,
            Severity::Critical,
            Confidence::High,
            format!("Table `{}.{}` is created without `ENABLE ROW LEVEL SECURITY` and no later migration enables it: the public anon key can read and write every row through the Supabase API.", tb.schema, tb.name),
            format!("{}.{}", tb.schema, tb.name),
        ));
    }
    for g in &grants {
        let open: Vec<String> = if let Some(s) = &g.all_in_schema {
            tables
                .iter()
                .filter(|t| &t.schema == s && !t.rls)
                .map(|t| t.name.clone())
                .collect()
        } else {
            g.tables
                .iter()
                .filter(|(s, n)| {
                    tables
                        .iter()
                        .any(|t| &t.schema == s && &t.name == n && !t.rls)
                })
                .map(|(_, n)| n.clone())
                .collect()
        };
        if open.is_empty() {
            continue;
        }
        let f = &set.files[g.file];
        let sev = if g.write {
            Severity::Critical
        } else {
            Severity::High
        };
        sc.hits.push(hit(
            "supabase-anon-grant",
            &f.path,
            g.line,
            sev,
            Confidence::High,
            format!(
                "It grants {} to `anon` on table(s) without row-level security: {}.",
                if g.write {
                    "write access"
                } else {
                    "read access"
                },
                open.join(", ")
            ),
            open.join(","),
        ));
    }
    for func in &funcs {
        if !schemas.contains(&func.schema) || func.checks_caller || revoked.contains(&func.name) {
            continue;
        }
        let f = &set.files[func.file];
        sc.hits.push(hit(
            "supabase-security-definer",
            &f.path,
            func.line,
            Severity::High,
            Confidence::Medium,
            format!("Function `{}.{}` runs with its owner's rights (SECURITY DEFINER), sits in an exposed schema, is not revoked from `anon`, and never checks `auth.uid()`: anyone can call it through `rpc()` and bypass row-level security.", func.schema, func.name),
            func.name.clone(),
        ));
    }
    sc.facts.tables = tables;
    // Buckets declared in config.toml.
    for f in set
        .files
        .iter()
        .filter(|f| f.path.ends_with("supabase/config.toml"))
    {
        let t = String::from_utf8_lossy(&f.bytes);
        let mut bucket: Option<String> = None;
        for (i, l) in t.lines().enumerate() {
            let l = l.trim();
            if let Some(rest) = l.strip_prefix("[storage.buckets.") {
                bucket = Some(rest.trim_end_matches(']').to_string());
            } else if l.starts_with('[') {
                bucket = None;
            } else if let Some(b) = &bucket
                && re!(r"^public\s*=\s*true\b").is_match(l.as_bytes())
            {
                let b = b.clone();
                bucket_hit(sc, &f.path, i as u32 + 1, &b);
            }
        }
    }
}

/// `word` occurs in `text` as a whole identifier.
fn contains_word(text: &[u8], word: &[u8]) -> bool {
    text.windows(word.len().max(1)).enumerate().any(|(i, w)| {
        w.eq_ignore_ascii_case(word)
            && (i == 0 || !(text[i - 1].is_ascii_alphanumeric() || text[i - 1] == b'_'))
            && text
                .get(i + word.len())
                .is_none_or(|c| !(c.is_ascii_alphanumeric() || *c == b'_'))
    })
}

fn policy(
    set: &FileSet,
    st: &Stmt,
    c: &regex::bytes::Captures,
    tables: &[Table],
    all_sql: &[u8],
    sc: &mut Scan,
) {
    let t = &st.text;
    let f = &set.files[st.file];
    let (_, table) = qualified(&c[1]);
    let lower = t.to_ascii_lowercase();
    if re!(r"\bas\s+restrictive\b").is_match(&lower) {
        return;
    }
    // Everything after `create policy "<name>" on <table>`: a name such as "Enable read access
    // for all users" (Supabase's own template) is not a `for all` clause.
    let after = c.get(0).map_or(0, |m| m.end()).min(lower.len());
    let clauses = &lower[after..];
    let cmd = re!(r"\bfor\s+(all|select|insert|update|delete)\b")
        .captures(clauses)
        .map_or("all".to_string(), |c| {
            String::from_utf8_lossy(&c[1]).into_owned()
        });
    let roles: Vec<String> = re!(r"\bto\s+([\w\s,\x22]+?)(?:\s+using\b|\s+with\s+check\b|\s*$)")
        .captures(clauses)
        .map(|c| {
            String::from_utf8_lossy(&c[1])
                .split(',')
                .map(|r| r.trim().trim_matches('"').to_string())
                .collect()
        })
        .unwrap_or_else(|| vec!["public".into()]);
    if roles
        .iter()
        .all(|r| r == "service_role" || r == "postgres" || r == "supabase_admin")
    {
        return;
    }
    let using = re!(r"\busing\s*\(")
        .find(clauses)
        .and_then(|m| paren_after(t, after + m.end() - 1))
        .map(|(a, b)| &t[a..b]);
    let check = re!(r"\bwith\s+check\s*\(")
        .find(clauses)
        .and_then(|m| paren_after(t, after + m.end() - 1))
        .map(|(a, b)| &t[a..b]);
    if cmd == "select" {
        // Reading everything is fine for a catalogue, not for rows that belong to users.
        // Only for tables whose name says the rows are private (posts, comments and profiles are
        // often public on purpose), or whose rows hold personal data (a phone, an address).
        let owned = tables.iter().any(|x| {
            x.name == table
                && x.owned
                && (x.personal
                    || // Whole words of the name (`profiles` is not a `file`).
                    re!(r"(?i)(?:^|_)(?:note|document|doc|file|upload|message|chat|conversation|order|invoice|payment|transaction|summary|summaries|journal|entry|entries|todo|task|private|secret|health|medical|report|draft|bookmark|contact|address|subscription|billing|usage|token|key|booking|appointment|reservation|ticket|receipt|application|submission|patient|customer)(?:s|es)?(?:_|$)")
                        .is_match(table.as_bytes()))
        });
        if owned && using.is_some_and(is_true) {
            let anon = roles.iter().any(|r| r == "anon" || r == "public");
            let who = if anon {
                "anyone, signed in or not,"
            } else {
                "any signed-in user"
            };
            sc.facts.open_policies += 1;
            sc.hits.push(hit(
                "supabase-permissive-policy",
                &f.path,
                line_of(&f.bytes, st.start),
                if anon { Severity::High } else { Severity::Medium },
                Confidence::Medium,
                format!(
                    "The SELECT policy on `{table}` is `true` for {}, and `{table}` has an owner column: {who} can read every user's rows.",
                    roles.join(", "),
                ),
                format!("{table}:select:{}", line_of(&f.bytes, st.start)),
            ));
        }
        return;
    }
    // An owner-only UPDATE policy on a table with privileged columns: RLS picks the rows, not the
    // values, so users can set their own role, plan or credits through the anon key.
    if matches!(cmd.as_str(), "update" | "all")
        && using.is_some_and(|u| re!(r"(?i)\bauth\s*\.\s*uid\s*\(").is_match(u))
        && let Some(tb) = tables
            .iter()
            .find(|x| x.name == table && !x.privileged.is_empty())
    {
        let cols: Vec<&String> = tb
            .privileged
            .iter()
            .filter(|col| !check.is_some_and(|k| contains_word(k, col.as_bytes())))
            .collect();
        let t_name = table.as_bytes();
        // `revoke update on profiles from authenticated` + `grant update (full_name) ...`, or a
        // trigger on the table (the usual way to pin columns).
        let protected = re!(r"(?s)\brevoke\s+(?:update|all)\b[^;]*?\bon\s+(?:table\s+)?(?:public\s*\.\s*)?(\w+)")
            .captures_iter(all_sql)
            .any(|c| &c[1] == t_name)
            || re!(r"(?s)\bgrant\s+update\s*\([^)]*\)\s*on\s+(?:table\s+)?(?:public\s*\.\s*)?(\w+)")
                .captures_iter(all_sql)
                .any(|c| &c[1] == t_name)
            || re!(r"(?s)\bcreate\s+(?:or\s+replace\s+)?(?:constraint\s+)?trigger\b[^;]*?\bupdate\b[^;]*?\bon\s+(?:public\s*\.\s*)?(\w+)")
                .captures_iter(all_sql)
                .any(|c| &c[1] == t_name);
        if !cols.is_empty() && !protected {
            let list = cols
                .iter()
                .map(|col| format!("`{col}`"))
                .collect::<Vec<_>>()
                .join(", ");
            sc.hits.push(hit(
                "supabase-update-policy-privileged-columns",
                &f.path,
                line_of(&f.bytes, st.start),
                Severity::High,
                Confidence::Medium,
                format!(
                    "The {} policy on `{table}` lets each user update their own row, and `{table}` has {list}: nothing stops a user from setting those on their own row.",
                    cmd.to_ascii_uppercase()
                ),
                format!("{table}:privileged:{}", line_of(&f.bytes, st.start)),
            ));
        }
    }
    let open_using =
        using.is_some_and(is_true) && matches!(cmd.as_str(), "all" | "update" | "delete");
    let open_check =
        check.is_some_and(is_true) && matches!(cmd.as_str(), "all" | "insert" | "update");
    if !open_using && !open_check {
        return;
    }
    let anon = roles.iter().any(|r| r == "anon" || r == "public");
    // A public form (waitlist, contact) inserting rows is the point of the table.
    if cmd == "insert" && re!(r"(?i)waitlist|contact|feedback|newsletter|subscriber|lead|inquir|enquir|signup|message|analytics|event|pageview|log").is_match(table.as_bytes()) {
        return;
    }
    let (sev, who) = match (anon, cmd.as_str()) {
        (true, "insert") => (Severity::High, "anyone, signed in or not,"),
        (true, _) => (Severity::Critical, "anyone, signed in or not,"),
        (false, "insert") => (Severity::Medium, "any signed-in user"),
        (false, _) => (Severity::High, "any signed-in user"),
    };
    let what = match cmd.as_str() {
        "insert" => "insert any row",
        "update" => "change any row",
        "delete" => "delete any row",
        _ => "read, change and delete any row",
    };
    sc.facts.open_policies += 1;
    sc.hits.push(hit(
        "supabase-permissive-policy",
        &f.path,
        line_of(&f.bytes, st.start),
        sev,
        Confidence::High,
        format!(
            "The {} policy on `{table}` is `true` for {}: {who} can {what} of `{table}`.",
            cmd.to_ascii_uppercase(),
            roles.join(", "),
        ),
        format!("{table}:{cmd}:{}", line_of(&f.bytes, st.start)),
    ));
}

fn buckets_insert(set: &FileSet, st: &Stmt, sc: &mut Scan) {
    let t = &st.text;
    let f = &set.files[st.file];
    let Some(cols_span) = paren_after(t, 0) else {
        return;
    };
    let cols: Vec<String> = String::from_utf8_lossy(&t[cols_span.0..cols_span.1])
        .split(',')
        .map(|c| c.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    let Some(pub_i) = cols.iter().position(|c| c == "public") else {
        return;
    };
    let name_i = cols
        .iter()
        .position(|c| c == "id")
        .or_else(|| cols.iter().position(|c| c == "name"));
    let Some(vpos) = re!(r"(?i)\bvalues\b")
        .find(&t[cols_span.1..])
        .map(|m| cols_span.1 + m.end())
    else {
        return;
    };
    let mut from = vpos;
    for _ in 0..64 {
        let Some((a, b)) = paren_after(t, from) else {
            break;
        };
        let vals: Vec<String> = String::from_utf8_lossy(&t[a..b])
            .split(',')
            .map(|v| v.trim().trim_matches('\'').to_ascii_lowercase())
            .collect();
        if vals.get(pub_i).is_some_and(|v| v == "true") {
            let name = name_i
                .and_then(|i| vals.get(i))
                .cloned()
                .unwrap_or_default();
            bucket_hit(sc, &f.path, line_of(&f.bytes, st.start + a), &name);
        }
        from = b + 1;
        if from >= t.len() {
            break;
        }
    }
}

fn bucket_hit(sc: &mut Scan, path: &str, line: u32, name: &str) {
    let harmless = re!(r"(?i)^(?:avatars?|images?|public|assets?|media|thumbnails?|logos?|covers?|static|banners?|icons?|og|photos?|pictures?|gallery|product[-_]?images?)$").is_match(name.as_bytes());
    let private = re!(r"(?i)doc|invoice|receipt|private|attach|upload|file|report|contract|statement|id[-_]?card|passport|medical|backup|export").is_match(name.as_bytes());
    let (sev, note) = if private {
        (
            Severity::High,
            format!(
                "Bucket `{name}` is public: anyone with a file's URL can download it, and its name suggests private documents."
            ),
        )
    } else if harmless {
        (
            Severity::Low,
            format!(
                "Bucket `{name}` is public: anyone with a file's URL can download it. Fine for public images, not for anything users upload privately."
            ),
        )
    } else {
        (
            Severity::Medium,
            format!(
                "Bucket `{name}` is public: anyone with a file's URL can download it without a signed URL or a storage policy."
            ),
        )
    };
    sc.hits.push(hit(
        "supabase-public-bucket",
        path,
        line,
        sev,
        Confidence::High,
        note,
        name.to_string(),
    ));
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn cutoff_days() -> i64 {
    let (y, m, d) = TEST_MODE_CUTOFF;
    days_from_civil(y, m, d)
}

fn firebase(set: &FileSet, sc: &mut Scan) {
    for f in set.files.iter().filter(|f| f.bytes.len() <= MAX_SQL_FILE) {
        let name = f.path.rsplit('/').next().unwrap_or(&f.path);
        if name.ends_with(".rules")
            && (name.contains("firestore")
                || name.contains("storage")
                || re!(r"service\s+(?:cloud\.firestore|firebase\.storage)").is_match(&f.bytes))
        {
            security_rules(f, sc);
        } else if name == "database.rules.json"
            || name.ends_with(".rules.json") && f.bytes.windows(7).any(|w| w == b"\"rules\"")
        {
            rtdb_rules(f, sc);
        }
    }
}

/// Firestore / Storage security rules: `allow` statements whose condition is `true`, absent, or a
/// test-mode date.
fn security_rules(f: &crate::input::SourceFile, sc: &mut Scan) {
    let t = &f.bytes;
    // Blank `//` and `/* */` comments.
    let mut text = t.clone();
    let mut i = 0;
    while i + 1 < text.len() {
        if text[i] == b'/' && text[i + 1] == b'/' {
            while i < text.len() && text[i] != b'\n' {
                text[i] = b' ';
                i += 1;
            }
        } else if text[i] == b'/' && text[i + 1] == b'*' {
            while i + 1 < text.len() && !(text[i] == b'*' && text[i + 1] == b'/') {
                if text[i] != b'\n' {
                    text[i] = b' ';
                }
                i += 1;
            }
            if i + 1 < text.len() {
                text[i] = b' ';
                text[i + 1] = b' ';
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    let storage = re!(r"service\s+firebase\.storage").is_match(&text);
    // Match path stack by brace depth.
    let mut stack: Vec<(usize, String)> = Vec::new();
    let mut depth = 0usize;
    let allow = re!(r"^allow\s+([\w\s,]+?)\s*(?::\s*if\s+([^;]*))?;");
    let matchre = re!(r"^match\s+(\S+)\s*\{");
    let mut k = 0;
    while k < text.len() {
        let c = text[k];
        if c == b'{' {
            depth += 1;
        } else if c == b'}' {
            depth = depth.saturating_sub(1);
            while stack.last().is_some_and(|(d, _)| *d > depth) {
                stack.pop();
            }
        } else if c == b'm' && (k == 0 || !text[k - 1].is_ascii_alphanumeric()) {
            if let Some(m) = matchre.captures(&text[k..]) {
                stack.push((depth + 1, String::from_utf8_lossy(&m[1]).into_owned()));
                // Jump to the block's `{`: the braces of `{id}` in the path are not blocks.
                k += m.get(0).map_or(1, |x| x.len().saturating_sub(1));
                continue;
            }
        } else if c == b'a'
            && (k == 0 || !text[k - 1].is_ascii_alphanumeric())
            && let Some(m) = allow.captures(&text[k..])
        {
            let ops = String::from_utf8_lossy(&m[1]).to_ascii_lowercase();
            let cond = m
                .get(2)
                .map(|c| String::from_utf8_lossy(c.as_bytes()).trim().to_string());
            let path: String = stack
                .iter()
                .map(|(_, p)| p.as_str())
                .collect::<Vec<_>>()
                .join("");
            rule_hit(f, sc, line_of(t, k), &ops, cond.as_deref(), &path, storage);
            k += m.get(0).map_or(1, |x| x.len());
            continue;
        }
        k += 1;
    }
}

fn test_mode_date(cond: &str) -> Option<(i64, i64, i64)> {
    let c = re!(r"request\s*\.\s*time\s*<\s*timestamp\s*\.\s*date\s*\(\s*(\d{4})\s*,\s*(\d{1,2})\s*,\s*(\d{1,2})\s*\)").captures(cond.as_bytes())?;
    let n = |i: usize| String::from_utf8_lossy(&c[i]).parse::<i64>().ok();
    Some((n(1)?, n(2)?, n(3)?))
}

fn rule_hit(
    f: &crate::input::SourceFile,
    sc: &mut Scan,
    line: u32,
    ops: &str,
    cond: Option<&str>,
    path: &str,
    storage: bool,
) {
    let writes = ops
        .split(|c: char| c == ',' || c.is_whitespace())
        .any(|o| matches!(o, "write" | "create" | "update" | "delete"));
    let shown = path
        .strip_prefix("/databases/{database}/documents")
        .or_else(|| path.strip_prefix("/b/{bucket}/o"))
        .unwrap_or(path);
    // Everything: the wildcard is the first segment (`/{document=**}`, `/{allPaths=**}`).
    let root = shown.starts_with("/{") && shown.contains("=**}") || shown.is_empty();
    // A named collection or folder whose documents belong to people (`/bookings/{id}`,
    // `/coach-docs/{uid}/{file}`): reading it is private, unlike a public feed or catalogue.
    let private = shown
        .split('/')
        .filter(|seg| !seg.is_empty() && !seg.starts_with('{'))
        .any(|seg| {
            re!(r"(?i)^(?:\w+[_-])?(?:message|chat|conversation|order|invoice|payment|transaction|booking|appointment|reservation|ticket|receipt|application|submission|patient|customer|note|journal|private|secret|medical|health|document|doc|upload|payout|billing|subscription|address|contact|identit(?:y|ie)|verification|kyc|passport|id[_-]?card|report|audit[_-]?log)(?:s|es)?$")
                .is_match(seg.as_bytes())
        });
    let what = if storage { "files" } else { "documents" };
    let (open, test_date) = match cond {
        None => (true, None),
        Some("true") => (true, None),
        Some(c) => match test_mode_date(c) {
            Some(d) if !c.contains("request.auth") => (true, Some(d)),
            _ => (false, None),
        },
    };
    if !open || !(writes || root || private) {
        return;
    }
    sc.facts.open_policies += 1;
    let scope = if root {
        format!("every {} ({path})", what.trim_end_matches('s'))
    } else {
        format!("{what} under `{shown}`")
    };
    let (sev, note) = match test_date {
        Some((y, m, d)) if days_from_civil(y, m, d) < cutoff_days() => (
            Severity::Medium,
            format!(
                "Test-mode rule dated {y}-{m:02}-{d:02} (treated as expired: the scanner has no clock and assumes dates before {}-{:02}-{:02} have passed): access is denied now, and the usual fix - moving the date - reopens {scope} to everyone.",
                TEST_MODE_CUTOFF.0, TEST_MODE_CUTOFF.1, TEST_MODE_CUTOFF.2
            ),
        ),
        Some((y, m, d)) => (
            Severity::Critical,
            format!(
                "Test-mode rule: until {y}-{m:02}-{d:02} anyone can `{ops}` {scope}.",
                ops = ops.trim()
            ),
        ),
        None if writes => (
            Severity::Critical,
            format!("Anyone, signed in or not, can `{}` {scope}.", ops.trim()),
        ),
        None => (
            Severity::High,
            format!("Anyone, signed in or not, can read {scope}."),
        ),
    };
    sc.hits.push(hit(
        "firebase-open-rules",
        &f.path,
        line,
        sev,
        Confidence::High,
        note,
        format!("{path}:{line}"),
    ));
}

/// Realtime Database rules: `.read` / `.write` set to `true` (or a test-mode `now < ...`).
fn rtdb_rules(f: &crate::input::SourceFile, sc: &mut Scan) {
    let t = &f.bytes;
    let mut depth = 0usize;
    let cutoff_ms = cutoff_days() * 86_400_000;
    let mut i = 0;
    let key = re!(r#"^"\.(read|write)"\s*:\s*(true\b|"[^"\n]*")"#);
    let mut in_str = false;
    while i < t.len() {
        let c = t[i];
        if in_str {
            if c == b'\\' {
                i += 2;
                continue;
            }
            if c == b'"' {
                in_str = false;
            }
            i += 1;
            continue;
        }
        match c {
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            b'/' if t.get(i + 1) == Some(&b'/') => {
                while i < t.len() && t[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'"' => {
                if let Some(m) = key.captures(&t[i..]) {
                    let op = String::from_utf8_lossy(&m[1]).into_owned();
                    let val = String::from_utf8_lossy(&m[2])
                        .trim_matches('"')
                        .trim()
                        .to_string();
                    let test_ms = re!(r"^now\s*<\s*(\d{12,14})$")
                        .captures(val.as_bytes())
                        .and_then(|c| String::from_utf8_lossy(&c[1]).parse::<i64>().ok());
                    let open = val == "true" || test_ms.is_some();
                    let root = depth <= 2;
                    if open && (op == "write" || root) {
                        sc.facts.open_policies += 1;
                        let line = line_of(t, i);
                        let (sev, note) = match test_ms {
                            Some(ms) if ms < cutoff_ms => (Severity::Medium, format!("Test-mode `.{op}` rule with an expired timestamp (the scanner assumes dates before {}-{:02}-{:02} have passed): access is denied now, and moving the date reopens the database to everyone.", TEST_MODE_CUTOFF.0, TEST_MODE_CUTOFF.1, TEST_MODE_CUTOFF.2)),
                            Some(_) => (Severity::Critical, format!("Test-mode `.{op}` rule: until its timestamp anyone can {op} the database.")),
                            None if op == "write" => (Severity::Critical, format!("`.write: true`{}: anyone can overwrite or delete this data.", if root { " at the root" } else { "" })),
                            None => (Severity::High, "`.read: true` at the root: anyone can download the whole database.".to_string()),
                        };
                        sc.hits.push(hit(
                            "firebase-open-rules",
                            &f.path,
                            line,
                            sev,
                            Confidence::High,
                            note,
                            format!("{op}:{line}"),
                        ));
                    }
                    i += m.get(0).map_or(1, |x| x.len());
                    continue;
                }
                in_str = true;
            }
            _ => {}
        }
        i += 1;
    }
}

/// Client code that references the service-role key (or imports the module that creates the
/// admin client), and env variables that ship it to the browser by their prefix.
fn service_role_in_client(set: &FileSet, facts: &Facts, sc: &mut Scan) {
    let public_var = re!(
        r"\b(?:NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|PUBLIC|NUXT_PUBLIC|GATSBY)_[A-Z0-9_]*SERVICE_?ROLE[A-Z0-9_]*"
    );
    // Server modules that create an admin client.
    let admin_modules: Vec<&str> = set
        .files
        .iter()
        .filter(|f| {
            f.lang.is_js_family()
                && f.bytes.len() <= MAX_SQL_FILE
                && re!(r"(?i)service_?role").is_match(&f.bytes)
                && re!(r"\bcreateClient\s*\(").is_match(&f.bytes)
        })
        .map(|f| f.path.as_str())
        .collect();
    // Admin modules that are browser code themselves are reported where they read the key; a
    // file importing one is the same problem, not another finding.
    let server_admin_modules: Vec<&str> = admin_modules
        .iter()
        .copied()
        .filter(|p| {
            set.get(p)
                .is_none_or(|m| !super::is_client_file(&m.path, &m.bytes, facts))
        })
        .collect();
    for f in &set.files {
        if f.bytes.len() > MAX_SQL_FILE {
            continue;
        }
        if f.lang == Language::Env {
            for (i, l) in String::from_utf8_lossy(&f.bytes).lines().enumerate() {
                if !l.trim_start().starts_with('#') && public_var.is_match(l.as_bytes()) {
                    sc.facts.service_role_in_client += 1;
                    let mut h = hit("supabase-service-role-in-client", &f.path, i as u32 + 1, Severity::Critical, Confidence::High, "The service-role key is stored under a browser-exposed prefix: the build inlines it into the JavaScript every visitor downloads.".into(), format!("env:{}", i + 1));
                    // The key's own secret finding on this line already says "public prefix,
                    // rotate it": one finding for one line.
                    h.yields = Some(super::Yield {
                        rules: &["supabase-service-role-jwt", "supabase-secret-key"],
                        file: f.path.clone(),
                        from: i as u32 + 1,
                        to: i as u32 + 1,
                    });
                    sc.hits.push(h);
                }
            }
            continue;
        }
        if !f.lang.is_js_family() || super::endpoints::is_test_path(&f.path) {
            continue;
        }
        let client = super::is_client_file(&f.path, &f.bytes, facts);
        let text = String::from_utf8_lossy(&f.bytes);
        let mut in_block = false;
        for (i, l) in text.lines().enumerate() {
            let lt = l.trim_start();
            if in_block {
                if lt.contains("*/") {
                    in_block = false;
                }
                continue;
            }
            if lt.starts_with("/*") {
                in_block = !lt.contains("*/");
                continue;
            }
            if lt.starts_with("//") || lt.starts_with('*') {
                continue;
            }
            let b = l.as_bytes();
            let exposed_var = public_var.is_match(b);
            let uses_key = client && re!(r"(?i)service_?role").is_match(b);
            let imports_admin = client
                && re!(r#"\bfrom\s+['"]([^'"]+)['"]|\brequire\s*\(\s*['"]([^'"]+)['"]"#)
                    .captures(b)
                    .is_some_and(|c| {
                        let spec = String::from_utf8_lossy(
                            c.get(1)
                                .or_else(|| c.get(2))
                                .map_or(&b""[..], |m| m.as_bytes()),
                        )
                        .into_owned();
                        resolves_to(&f.path, &spec, &server_admin_modules)
                    });
            if exposed_var || uses_key || imports_admin {
                sc.facts.service_role_in_client += 1;
                let note = if imports_admin && !uses_key && !exposed_var {
                    "This browser file imports the module that creates the service-role (admin) client: the key and the client end up in the bundle every visitor downloads."
                } else {
                    "This browser code reads the service-role key: it ends up in the JavaScript every visitor downloads, and it bypasses every row-level security policy."
                };
                sc.hits.push(hit(
                    "supabase-service-role-in-client",
                    &f.path,
                    i as u32 + 1,
                    Severity::Critical,
                    Confidence::High,
                    note.into(),
                    format!("client:{}", i + 1),
                ));
                // One finding per file: the fix (move the admin client to the server) is one.
                break;
            }
        }
    }
}

/// Does import `spec` from `from` name one of `targets` (relative or `@/` alias)?
fn resolves_to(from: &str, spec: &str, targets: &[&str]) -> bool {
    let dir = from.rsplit_once('/').map_or("", |(d, _)| d);
    let base = if spec.starts_with('.') {
        crate::input::normalize_path(&format!("{dir}/{spec}"))
    } else if let Some(rest) = spec.strip_prefix("@/").or_else(|| spec.strip_prefix("~/")) {
        rest.to_string()
    } else {
        return false;
    };
    targets.iter().any(|t| {
        let stem = t.rsplit_once('.').map_or(*t, |(s, _)| s);
        let stem = stem.strip_suffix("/index").unwrap_or(stem);
        stem == base
            || stem.ends_with(&format!("/{base}")) && spec.starts_with('@')
            || stem == format!("src/{base}")
    })
}

/// What the verdict and the endpoint checks need.
pub fn analyze(set: &FileSet, facts: &Facts) -> DbFacts {
    scan(set, facts).facts
}

/// `supabase-*` and `firebase-open-rules` checks.
pub fn checks(set: &FileSet, facts: &Facts, wanted: &dyn Fn(&str) -> bool) -> Vec<ProjectHit> {
    let mut hits: Vec<ProjectHit> = scan(set, facts)
        .hits
        .into_iter()
        .filter(|h| wanted(h.check))
        .collect();
    crate::sort::sort_by(&mut hits, |a, b| {
        (a.check, &a.file, a.line).cmp(&(b.check, &b.file, b.line))
    });
    hits
}

/// A function whose whole body bumps one counter (`update share_links set click_count =
/// click_count + 1 where id = p_id`): anyone may call it by design (a public click or view
/// count); it reads nothing and changes no other column.
fn counter_only(stmt: &[u8]) -> bool {
    let Some(body) = re!(r"(?s)\$\w*\$(.*?)\$\w*\$")
        .captures(stmt)
        .and_then(|c| c.get(1))
    else {
        return false;
    };
    let Some(c) = re!(r"(?is)^\s*(?:begin\s+)?update\s+[\w.\x22]+\s+set\s+(\w+)\s*=\s*(?:coalesce\s*\(\s*)?(\w+)(?:\s*,\s*0\s*\))?\s*\+\s*1\s+where\s+[^;]*;?\s*(?:end\s*;?)?\s*$")
        .captures(body.as_bytes())
    else {
        return false;
    };
    c[1].eq_ignore_ascii_case(&c[2])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{Limits, RawFile};

    fn run(files: &[(&str, &str)]) -> Scan {
        let set = FileSet::from_files(
            files.iter().map(|(p, t)| RawFile::new(*p, *t)).collect(),
            &Limits::default(),
        );
        let facts = Facts {
            stacks: vec!["supabase".into()],
            ..Facts::default()
        };
        scan(&set, &facts)
    }

    fn checks_of(s: &Scan) -> Vec<(&str, u32)> {
        s.hits
            .iter()
            .map(|h| (h.check, h.line.unwrap_or(0)))
            .collect()
    }

    #[test]
    fn splits_statements_with_dollar_quotes() {
        let mut out = Vec::new();
        statements(b"create function f() returns int as $$ select 1; $$ language sql;\n-- c;\ncreate table t (a text ';');", 0, &mut out);
        assert_eq!(out.len(), 2);
        assert!(String::from_utf8_lossy(&out[1].text).starts_with("create table"));
    }

    #[test]
    fn rls_enabled_later_counts() {
        let s = run(&[
            (
                "supabase/migrations/001_init.sql",
                "create table public.profiles (id uuid);\ncreate table todos (id int);\ncreate table private.keys (k text);\n",
            ),
            (
                "supabase/migrations/002_rls.sql",
                "alter table public.profiles enable row level security;\n",
            ),
        ]);
        assert_eq!(checks_of(&s), vec![("supabase-rls-disabled", 2)]);
        assert_eq!(s.facts.tables.len(), 2);
    }

    #[test]
    fn policies_grants_functions_buckets() {
        let s = run(&[(
            "supabase/migrations/1.sql",
            "create table notes (id int);\nalter table notes enable row level security;\ncreate policy \"all\" on notes for update using (true);\ncreate policy \"read\" on notes for select using (true);\ncreate policy \"own\" on notes for delete using (auth.uid() = user_id);\ncreate table logs (x int);\ngrant insert on logs to anon;\ncreate function public.wipe() returns void language sql security definer as $$ delete from notes; $$;\ninsert into storage.buckets (id, name, public) values ('invoices', 'invoices', true);\n",
        )]);
        let c = checks_of(&s);
        assert!(c.contains(&("supabase-permissive-policy", 3)), "{c:?}");
        assert!(
            !c.iter()
                .any(|(k, l)| *k == "supabase-permissive-policy" && *l != 3)
        );
        assert!(c.contains(&("supabase-anon-grant", 7)));
        assert!(c.contains(&("supabase-security-definer", 8)));
        assert!(c.contains(&("supabase-public-bucket", 9)));
    }

    #[test]
    fn firebase_rules() {
        let s = run(&[
            (
                "firestore.rules",
                "rules_version = '2';\nservice cloud.firestore {\n  match /databases/{database}/documents {\n    match /{document=**} {\n      allow read, write: if request.time < timestamp.date(2024, 1, 1);\n    }\n    match /posts/{id} {\n      allow read: if true;\n      allow write: if request.auth != null;\n    }\n  }\n}\n",
            ),
            (
                "database.rules.json",
                "{\n  \"rules\": {\n    \".read\": true,\n    \"users\": { \".write\": \"auth != null\" }\n  }\n}\n",
            ),
        ]);
        let c = checks_of(&s);
        assert_eq!(
            c,
            vec![("firebase-open-rules", 3), ("firebase-open-rules", 5)],
            "{c:?}"
        );
        assert_eq!(s.hits[1].severity, Some(Severity::Medium));
    }

    #[test]
    fn firebase_paths_with_wildcards_are_named() {
        let s = run(&[(
            "firestore.rules",
            "service cloud.firestore {\n  match /databases/{database}/documents {\n    match /feedback/{id} {\n      allow read, write: if true;\n    }\n  }\n}\n",
        )]);
        let note = s.hits[0].note.clone().unwrap_or_default();
        assert!(note.contains("documents under `/feedback/{id}`"), "{note}");
    }

    #[test]
    fn civil_days() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    }

    #[test]
    fn hostile_sql_does_not_panic() {
        let _ = run(&[(
            "supabase/x.sql",
            "create policy \"a\" on t for all using ((((((;\n$$ unterminated\n'",
        )]);
        let _ = run(&[(
            "supabase/y.sql",
            "$a$$b$ ; grant all on to ; create table ; alter table x enable",
        )]);
    }
}
