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
