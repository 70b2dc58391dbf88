//! Masking of secret values: at most 4 leading and 4 trailing characters survive, never more than
//! a quarter of the value, and line structure is kept so snippets still line up.

/// Masks one secret value. `sk-proj-abcdefghijklmnop1234` -> `sk-p****1234`.
pub fn mask_value(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    let n = chars.len();
    let keep = (n / 4).min(4);
    let head: String = chars[..keep].iter().collect();
    let tail: String = chars[n - keep..].iter().collect();
    let middle: String = chars[keep..n - keep].iter().collect();
    // Keep the newlines of a multi-line secret (a PEM body) so the snippet keeps its line numbers.
    let masked_middle: Vec<&str> = middle
        .split('\n')
        .map(|piece| if piece.trim().is_empty() { "" } else { "****" })
        .collect();
    format!("{head}{}{tail}", masked_middle.join("\n"))
}

/// Replaces byte ranges of `text` (which starts at byte `base` of the file) that overlap the
/// secret `spans` (file byte ranges) by their masked form. Spans may overlap each other.
pub fn mask_spans(text: &str, base: usize, spans: &[(usize, usize)]) -> String {
    let end = base + text.len();
    let mut relevant: Vec<(usize, usize)> = spans
        .iter()
        .filter(|(s, e)| *s < end && *e > base && s < e)
        .map(|&(s, e)| (s.max(base) - base, e.min(end) - base))
        .collect();
    if relevant.is_empty() {
        return text.to_string();
    }
    crate::sort::sort(&mut relevant);
    // Merge overlapping ranges.
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in relevant {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for (s, e) in merged {
        let (s, e) = (floor_char(text, s), ceil_char(text, e));
        if s < pos {
            continue;
        }
        out.push_str(&text[pos..s]);
        out.push_str(&mask_value(&String::from_utf8_lossy(&bytes[s..e])));
        pos = e;
    }
    out.push_str(&text[pos.min(text.len())..]);
    out
}

/// Masks the value of every `KEY=value` line of a dotenv file: such a file is secrets by nature,
/// and a value no rule recognised (a key that looks like a placeholder) must not be printed in
/// the context of another finding. Kept: numbers, booleans, and keys that name settings rather
/// than credentials (`NODE_ENV`, `PORT`, `LOG_LEVEL`...).
pub fn mask_env_values(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let eol = &line[body.len()..];
        let t = body.trim_start();
        let Some((key, value)) = t.split_once('=') else {
            out.push_str(line);
            continue;
        };
        // (A byte-order mark, `export` and any run of blanks before the name.)
        let key = key.trim().trim_start_matches('\u{feff}');
        let key = match key.strip_prefix("export") {
            Some(rest) if rest.starts_with(char::is_whitespace) => rest.trim(),
            _ => key,
        };
        let v = value.trim();
        let unquoted = v.trim_matches(['"', '\'']);
        let upper = key.to_ascii_uppercase();
        let setting = [
            "NODE_ENV",
            "ENV",
            "PORT",
            "HOST",
            "LOG_LEVEL",
            "DEBUG",
            "TZ",
        ]
        .contains(&upper.as_str())
            || ["_ENV", "_PORT", "_HOST", "_REGION", "_MODE", "_LOG_LEVEL"]
                .iter()
                .any(|s| upper.ends_with(s));
        let plain = unquoted.len() < 6
            || unquoted.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            || ["true", "false", "yes", "no", "on", "off"]
                .iter()
                .any(|w| unquoted.eq_ignore_ascii_case(w));
        // (A value a rule already masked keeps that mask.)
        let masked = unquoted.contains("****");
        if t.starts_with('#') || key.is_empty() || key.contains(' ') || setting || plain || masked {
            out.push_str(line);
            continue;
        }
        let start = body.len() - t.len() + t.find('=').map_or(0, |p| p + 1);
        let value_at = start + (value.len() - value.trim_start().len());
        let (s, e) = match body[value_at..].find(unquoted) {
            Some(p) => (value_at + p, value_at + p + unquoted.len()),
            None => (value_at, body.len()),
        };
        out.push_str(&body[..s]);
        out.push_str(&mask_value(&body[s..e]));
        out.push_str(&body[e..]);
        out.push_str(eol);
    }
    out
}

/// Replaces every whole occurrence of any of `secrets` in `text` (defence in depth for messages).
pub fn mask_known(text: &str, secrets: &[String]) -> String {
    let mut out = text.to_string();
    for s in secrets {
        if s.len() >= 6 && out.contains(s.as_str()) {
            out = out.replace(s.as_str(), &mask_value(s));
        }
    }
    out
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_at_most_four_each_side() {
        assert_eq!(mask_value("sk-proj-abcdefghijklmnop1234"), "sk-p****1234");
        assert_eq!(mask_value("abcdefgh"), "ab****gh");
        assert_eq!(mask_value("abc"), "****");
        assert_eq!(mask_value(""), "");
    }

    #[test]
    fn multi_line_secret_keeps_line_count() {
        let pem = "MIIEabc\nDEFGHIJKLMN\nOPQRSTUVW==";
        let m = mask_value(pem);
        assert_eq!(m.lines().count(), 3);
        assert!(!m.contains("DEFGHIJKLMN"));
    }

    #[test]
    fn masks_every_credential_like_env_value() {
        let env = "# Stripe\nPORT=4000\nNODE_ENV=production\nSTRIPE_SECRET_KEY=sk_live_51NqZxKLm8cT4vR2pYwA9sJdE3fGhUiOp7QrSt0123456789abcdEFGH\nexport JWT_SECRET=\"supersecret\"\nDEBUG=true\nDATABASE_URL= postgres://u:p@db/x \r\n";
        let m = mask_env_values(env);
        assert!(!m.contains("KLm8cT4v"), "{m}");
        assert!(m.contains("STRIPE_SECRET_KEY=sk_l****EFGH\n"), "{m}");
        assert!(m.contains("export JWT_SECRET=\"su****et\"\n"), "{m}");
        assert!(m.contains("DATABASE_URL= post****db/x \r\n"), "{m}");
        assert!(
            m.contains("# Stripe\nPORT=4000\nNODE_ENV=production\n"),
            "{m}"
        );
        assert!(m.contains("DEBUG=true\n"), "{m}");
        assert_eq!(
            mask_env_values("DATABASE_URL=post****flow\n"),
            "DATABASE_URL=post****flow\n"
        );
        assert_eq!(m.lines().count(), env.lines().count());
        // A byte-order mark and `export` with a tab before the first name.
        let bom = mask_env_values("\u{feff}export\tAPI_TOKEN=Zx8Qm2Lp9Vt4Rk7W\n");
        assert!(!bom.contains("Zx8Qm2Lp9Vt4Rk7W"), "{bom}");
    }

    #[test]
    fn masks_spans_inside_a_line() {
        let line = "const k = \"sk_live_0123456789abcdefghij\";";
        let start = line.find("sk_").unwrap();
        let end = start + "sk_live_0123456789abcdefghij".len();
        let masked = mask_spans(line, 100, &[(100 + start, 100 + end)]);
        assert_eq!(masked, "const k = \"sk_l****ghij\";");
    }

    #[test]
    fn span_outside_text_is_ignored_and_utf8_is_safe() {
        assert_eq!(mask_spans("héllo", 0, &[(50, 60)]), "héllo");
        let m = mask_spans("héllo wörld", 0, &[(1, 9)]);
        assert!(m.starts_with('h'));
    }
}
