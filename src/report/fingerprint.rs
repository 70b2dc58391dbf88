//! Stable fingerprints: the same problem on the same (masked) line text keeps its fingerprint when
//! lines are inserted above it, so baselines survive ordinary edits.

/// FNV-1a over `parts` with a separator, 64 bits.
fn fnv1a(seed: u64, parts: &[&str]) -> u64 {
    let mut h = seed;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0u8)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// Collapses whitespace so re-indenting a line does not change its fingerprint.
pub fn normalize(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// 32 hex digits from the rule id, the file, the normalised masked line text and the occurrence
/// index among identical (rule, file, text) triples.
pub fn fingerprint(rule: &str, file: &str, masked_line: &str, occurrence: usize) -> String {
    let text = normalize(masked_line);
    let occ = occurrence.to_string();
    let parts = [rule, file, text.as_str(), occ.as_str()];
    format!(
        "{:016x}{:016x}",
        fnv1a(0xcbf2_9ce4_8422_2325, &parts),
        fnv1a(0x8422_2325_cbf2_9ce4, &parts)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_and_whitespace_insensitive() {
        let a = fingerprint("r", "a.js", "  eval(x)  ", 0);
        let b = fingerprint("r", "a.js", "eval(x)", 0);
        assert_eq!(a, b);
        assert_eq!(a.len(), 32);
        assert_ne!(a, fingerprint("r", "a.js", "eval(x)", 1));
        assert_ne!(a, fingerprint("r", "b.js", "eval(x)", 0));
        assert_ne!(a, fingerprint("q", "a.js", "eval(x)", 0));
    }
}
