//! Secret heuristics shared by every secret rule: placeholder and example values, entropy, the
//! built-in validators (JWT claims, local vs remote URLs) and browser-exposed variable prefixes.

/// Shannon entropy in bits per byte.
pub fn entropy(v: &[u8]) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for &b in v {
        counts[b as usize] += 1;
    }
    let n = v.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = f64::from(c) / n;
            -p * p.log2()
        })
        .sum()
}

/// Text that marks an example or templated value wherever it appears in the value.
const PLACEHOLDER_WORDS: &[&str] = &[
    "example",
    "placeholder",
    "changeme",
    "change_me",
    "change-me",
    "replace",
    "dummy",
    "sample",
    "insert",
    "redacted",
    "xxxx",
    "****",
    "<",
    ">",
    "${",
    "{{",
    "%s",
    "...",
    "fixme",
    "process.env",
    "os.environ",
    "import.meta",
    "getenv",
    // Instructions instead of a value: `generate-with-openssl-rand-base64-32`,
    // `complex_password_at_least_32_characters_long` (iron-session's README value).
    "generate",
    "openssl",
    "at_least",
    "at-least",
    "characters_long",
    "characters-long",
];

/// Short placeholder words that also turn up by chance inside long random keys (a PEM body
/// holds `todo` or `your` about once in a few hundred keys): they count only at a word edge,
/// as in `your-api-key`, `sk_test_YOUR_KEY`, `todo_fill_me`.
const PLACEHOLDER_SHORT_WORDS: &[&str] = &["your", "todo"];

/// A byte that separates words in a placeholder (`-`, `_`, `.`, spaces, quotes...), but not
/// one of the base64 alphabet, where `+`, `/` and `=` sit between random characters.
fn is_word_edge(b: Option<&u8>) -> bool {
    b.is_none_or(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'=')))
}

/// Does `word` occur in `s` with a word edge on at least one side?
fn contains_at_edge(s: &[u8], word: &[u8]) -> bool {
    let mut from = 0;
    while let Some(pos) = s[from..].windows(word.len()).position(|w| w == word) {
        let at = from + pos;
        let end = at + word.len();
        if is_word_edge(at.checked_sub(1).and_then(|i| s.get(i))) || is_word_edge(s.get(end)) {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Placeholder, example or templated values that are not real secrets.
/// Stripe's documentation test keys: published on its website, never anyone's secret.
const PUBLIC_DOCS_KEYS: &[&str] = &[
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
];

/// A value that announces itself as a test or local sample (`test-only-secret`, `fake_key`,
/// `postgres://postgres:postgres@localhost/app_test`, a provider's test-mode key): in a test,
/// fixture or docs file it is not worth a finding.
pub fn is_sample_value(v: &[u8]) -> bool {
    const WORDS: &[&str] = &[
        "test",
        "fake",
        "mock",
        "dummy",
        "sample",
        "example",
        "not-real",
        "notreal",
        "not_real",
        "do-not-use",
        "donotuse",
        "do_not_use",
        "localhost",
        "127.0.0.1",
    ];
    let s = String::from_utf8_lossy(v).to_ascii_lowercase();
    WORDS.iter().any(|w| s.contains(w))
}

/// A key published in a provider's documentation.
pub fn is_public_docs_key(v: &[u8]) -> bool {
    PUBLIC_DOCS_KEYS.iter().any(|k| k.as_bytes() == v)
}

/// Runs typed by hand into made-up keys (`sk_live_...0123456789abcdef`): a real random key
/// almost never holds one.
const SEQUENTIAL_RUNS: &[&str] = &["0123456789", "123456789", "abcdefghij"];

/// A made-up value with a typed sequential run (see [`SEQUENTIAL_RUNS`]).
pub fn has_sequential_run(v: &[u8]) -> bool {
    let s = String::from_utf8_lossy(v).to_ascii_lowercase();
    SEQUENTIAL_RUNS.iter().any(|w| s.contains(w))
}

pub fn is_placeholder(v: &[u8]) -> bool {
    is_placeholder_word(v) || has_sequential_run(v)
}

/// A placeholder by its words or shape, not counting sequential runs: what decides in a
/// committed dotenv file, where a made-up-looking key may still be the real one.
pub fn is_placeholder_word(v: &[u8]) -> bool {
    let s = String::from_utf8_lossy(v).to_ascii_lowercase();
    if PLACEHOLDER_WORDS.iter().any(|w| s.contains(w)) {
        return true;
    }
    if PLACEHOLDER_SHORT_WORDS
        .iter()
        .any(|w| contains_at_edge(s.as_bytes(), w.as_bytes()))
    {
        return true;
    }
    // Ends in an ellipsis-like run of dots or dashes: `sk-...`, `ghp_---`.
    let trimmed = s.trim_end_matches(['.', '-', '_']);
    if trimmed.len() + 3 <= s.len() {
        return true;
    }
    // A variable name rather than a value: `OPENAI_API_KEY`.
    if v.len() >= 4
        && v.iter()
            .all(|b| b.is_ascii_uppercase() || *b == b'_' || b.is_ascii_digit())
        && v.contains(&b'_')
    {
        return true;
    }
    // Low diversity: `xxxxxxxx`, `00000000`, `sk_test_aaaaaaaaaaaa`.
    if v.len() >= 8 {
        let mut counts = [0usize; 256];
        for &b in v {
            counts[b as usize] += 1;
        }
        let max = counts.iter().copied().max().unwrap_or(0);
        let distinct = counts.iter().filter(|&&c| c > 0).count();
        if distinct <= 3 || max * 10 > v.len() * 6 {
            return true;
        }
    }
    false
}

/// Values that are public by design and never a finding: Stripe and Clerk publishable keys
/// (`pk_live_`, `pk_test_`), Supabase publishable keys (`sb_publishable_`), Mapbox public tokens
/// (`pk.eyJ`), Supabase anon keys (a JWT whose `role` is `anon`) and the jwt.io sample token.
pub fn is_public_key(v: &[u8]) -> bool {
    if [
        b"pk_live_".as_slice(),
        b"pk_test_",
        b"sb_publishable_",
        b"pk.eyJ",
    ]
    .iter()
    .any(|p| v.starts_with(p))
    {
        return true;
    }
    let Some(payload) = jwt_payload(v) else {
        return false;
    };
    let claim = |k: &str| payload.get(k).and_then(|x| x.as_str());
    claim("role") == Some("anon")
        || (claim("sub") == Some("1234567890") && claim("name") == Some("John Doe"))
}

fn base64url_decode(s: &[u8]) -> Option<Vec<u8>> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        })
    };
    let s: Vec<u8> = s.iter().copied().filter(|&c| c != b'=').collect();
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    for chunk in s.chunks(4) {
        let mut acc = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            acc |= val(c)? << (18 - 6 * i);
        }
        let bytes = acc.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    Some(out)
}

/// The JSON payload of a JWT (`header.payload.signature`), if it decodes.
pub fn jwt_payload(token: &[u8]) -> Option<serde_json::Value> {
    let parts: Vec<&[u8]> = token.split(|&b| b == b'.').collect();
    if parts.len() != 3 {
        return None;
    }
    let json = base64url_decode(parts[1])?;
    serde_json::from_slice(&json).ok()
}

/// Host of `scheme://user:pass@host:port/path`.
fn url_host(v: &[u8]) -> Option<String> {
    let s = String::from_utf8_lossy(v);
    let rest = s.split_once("://")?.1;
    // Passwords are often not percent-encoded (`u:Tb!Prod#8812@db.example.com`): the host
    // follows the last `@`, not the first `/`, `?` or `#`.
    let rest = rest.rsplit_once('@').map_or(rest, |(_, h)| h);
    let hostport = rest.split(['/', '?', '#']).next()?;
    let host = if let Some(stripped) = hostport.strip_prefix('[') {
        stripped.split(']').next()?.to_string()
    } else {
        hostport.split([':', ',']).next()?.to_string()
    };
    Some(host.to_ascii_lowercase())
}

/// Local development hosts: loopback, docker-compose service names, `.local`.
pub fn is_local_host(host: &str) -> bool {
    matches!(
        host,
        "localhost" | "127.0.0.1" | "0.0.0.0" | "::1" | "host.docker.internal"
    ) || host.starts_with("127.")
        || host.ends_with(".local")
        || host.ends_with(".localhost")
        || (!host.contains('.') && !host.is_empty())
}

/// 2024-01-01T00:00:00Z: JWTs that expired before it are not reported.
const EXPIRED_BEFORE: f64 = 1_704_067_200.0;

/// Runs one built-in validator on a secret value.
pub fn validate(validator: &str, value: &[u8]) -> bool {
    match validator {
        "url-remote" => url_host(value).is_some_and(|h| !is_local_host(&h)),
        "url-local" => url_host(value).is_some_and(|h| is_local_host(&h)),
        "not-public-key" => !is_public_key(value),
        // A token whose `exp` is before 2024 has been dead for years. The cutoff is fixed (not
        // the clock) so the same input always gives the same report.
        "jwt-not-expired" => jwt_payload(value).is_none_or(|p| {
            p.get("exp")
                .and_then(|x| x.as_f64())
                .is_none_or(|exp| exp >= EXPIRED_BEFORE)
        }),
        v => {
            let Some(spec) = v.strip_prefix("jwt-claim:") else {
                return false;
            };
            let (name, want, negate) = match spec.split_once("!=") {
                Some((n, w)) => (n, w, true),
                None => match spec.split_once('=') {
                    Some((n, w)) => (n, w, false),
                    None => return false,
                },
            };
            let Some(payload) = jwt_payload(value) else {
                return false;
            };
            let got = payload.get(name).and_then(|x| x.as_str());
            if negate {
                got.is_some_and(|g| g != want)
            } else {
                got == Some(want)
            }
        }
    }
}

/// Prefixes of environment variables that frameworks inline into browser bundles.
pub const PUBLIC_PREFIXES: &[&str] = &[
    "NEXT_PUBLIC_",
    "VITE_",
    "REACT_APP_",
    "EXPO_PUBLIC_",
    "NUXT_PUBLIC_",
    "GATSBY_",
    "PUBLIC_",
];

/// The browser-exposed prefix of a variable defined on this line, if any.
pub fn public_env_prefix(line: &[u8]) -> Option<&'static str> {
    for p in PUBLIC_PREFIXES {
        let pb = p.as_bytes();
        let mut from = 0;
        while let Some(pos) = line[from..].windows(pb.len()).position(|w| w == pb) {
            let at = from + pos;
            let boundary =
                at == 0 || !(line[at - 1].is_ascii_alphanumeric() || line[at - 1] == b'_');
            if boundary {
                return Some(p);
            }
            from = at + 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders() {
        for p in [
            "your-api-key",
            "sk-...",
            "xxxxxxxxxxxxxxxx",
            "<token>",
            "changeme",
            "sk_live_EXAMPLEKEY",
            "${API_KEY}",
            "OPENAI_API_KEY",
            "sk_test_1234567890abcdef",
            "process.env.KEY",
            "complex_password_at_least_32_characters_long",
        ] {
            assert!(is_placeholder(p.as_bytes()), "{p}");
        }
        for real in [
            "sk_live_51Hx9TqLk2Vb8cN3mZp0Ad7Rf",
            "AIzaSyB3x9TqLk2Vb8cN3mZp0Ad7RfQw1Ee4Ty5",
            "s3cr3t-Pa55w0rd",
        ] {
            assert!(!is_placeholder(real.as_bytes()), "{real}");
        }
    }

    #[test]
    fn entropy_orders_values() {
        assert!(entropy(b"aaaaaaaa") < 0.1);
        assert!(entropy(b"Zx8Qm2Lp9Vt4Rk7W") > 3.5);
    }

    #[test]
    fn jwt_claims() {
        // header {"alg":"HS256","typ":"JWT"}, payload {"iss":"supabase","role":"service_role"}
        let t = b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJvbGUiOiJzZXJ2aWNlX3JvbGUifQ.c2lnbmF0dXJlX3BhcnRfaGVyZQ";
        assert!(validate("jwt-claim:role=service_role", t));
        assert!(!validate("jwt-claim:role=anon", t));
        assert!(validate("jwt-claim:role!=anon", t));
        assert!(!validate("jwt-claim:role=service_role", b"not.a.jwt"));
    }

    #[test]
    fn urls() {
        assert!(validate(
            "url-remote",
            b"postgres://app:pw@db.abcd.supabase.co:5432/postgres"
        ));
        assert!(validate(
            "url-local",
            b"postgres://postgres:postgres@localhost:5432/dev"
        ));
        assert!(validate("url-local", b"redis://:pw@redis:6379"));
        assert!(validate(
            "url-remote",
            b"postgres://app:Tb!Prod#8812@prod.c9xk2l.eu-west-1.rds.amazonaws.com:5432/app"
        ));
        assert!(validate(
            "url-local",
            b"postgres://app:p/w?x@localhost:5432/app"
        ));
        assert!(!validate("url-remote", b"mongodb://u:p@127.0.0.1/x"));
    }

    #[test]
    fn public_prefixes() {
        assert_eq!(
            public_env_prefix(b"NEXT_PUBLIC_STRIPE_SECRET=sk_live_x"),
            Some("NEXT_PUBLIC_")
        );
        assert_eq!(public_env_prefix(b"  VITE_OPENAI_KEY: 'x'"), Some("VITE_"));
        assert_eq!(public_env_prefix(b"SUPABASE_PUBLIC_URL=x"), None);
        assert_eq!(public_env_prefix(b"OPENAI_KEY=x"), None);
    }

    #[test]
    fn short_placeholder_words_need_a_word_edge() {
        for p in [
            "sk_test_YOUR_KEY_HERE_PLEASE",
            "yourkey-goes-here-1",
            "AIzaSyYOUR_API_KEY_HERE_0000",
            "todo_fill_in_later",
            "key-todo",
            "AKIAIOSFODNN7EXAMPLE",
        ] {
            assert!(is_placeholder(p.as_bytes()), "{p}");
        }
        // Random key material that happens to contain the letters.
        for real in [
            "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7yourK3mZp0",
            "ghp_Zk8TodoQm2Lp9Vt4Rk7WbN3cXa1Yq6Ud5Hs2",
            "kq1/your+Zk8Qm2Lp9Vt4Rk7W",
        ] {
            assert!(!is_placeholder(real.as_bytes()), "{real}");
        }
    }

    #[test]
    fn public_keys() {
        // payload {"iss":"supabase","ref":"abcdefghij","role":"anon"}
        let anon = b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImFiY2RlZmdoaWoiLCJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJlX3BhcnRfaGVyZQ";
        // payload {"iss":"supabase","role":"service_role"}
        let service = b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJvbGUiOiJzZXJ2aWNlX3JvbGUifQ.c2lnbmF0dXJlX3BhcnRfaGVyZQ";
        let sample = b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
        for public in [
            anon.as_slice(),
            sample,
            b"pk_live_51Hx9TqLk2Vb8cN3mZp0Ad7Rf",
            b"pk_test_Y2xlcmsuZXhhbXBsZS5jb20k",
            b"sb_publishable_D25gO3eui5oI4L3h7bx-vg_fCHbo3LV",
        ] {
            assert!(is_public_key(public), "{}", String::from_utf8_lossy(public));
            assert!(!validate("not-public-key", public));
        }
        for secret in [
            service.as_slice(),
            b"sk_live_51Hx9TqLk2Vb8cN3mZp0Ad7Rf",
            b"sb_secret_b2qQ4DIFS_jEqvJpfJBfzw_Jx6Nk0rw",
            b"not.a.jwt",
        ] {
            assert!(
                !is_public_key(secret),
                "{}",
                String::from_utf8_lossy(secret)
            );
            assert!(validate("not-public-key", secret));
        }
    }
}
