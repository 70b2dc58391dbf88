//! Path globs for rules and config (`**/api/**`, `*.test.*`, `next.config.{js,mjs}`): compiled to
//! anchored regexes. A glob without `/` matches the file name at any depth.

use regex::Regex;

/// A compiled glob.
#[derive(Debug, Clone)]
pub struct Glob {
    re: Regex,
    basename: bool,
}

impl Glob {
    pub fn new(glob: &str) -> Result<Glob, String> {
        let basename = !glob.contains('/');
        let mut re = String::from("^");
        let chars: Vec<char> = glob.trim_start_matches("./").chars().collect();
        let mut i = 0;
        let mut in_brace = false;
        while i < chars.len() {
            let c = chars[i];
            match c {
                '*' if chars.get(i + 1) == Some(&'*') => {
                    if chars.get(i + 2) == Some(&'/') {
                        re.push_str("(?:.*/)?");
                        i += 3;
                    } else {
                        re.push_str(".*");
                        i += 2;
                    }
                    continue;
                }
                '*' => re.push_str("[^/]*"),
                '?' => re.push_str("[^/]"),
                '{' if !in_brace => {
                    in_brace = true;
                    re.push_str("(?:");
                }
                '}' if in_brace => {
                    in_brace = false;
                    re.push(')');
                }
                ',' if in_brace => re.push('|'),
                c => re.push_str(&regex::escape(&c.to_string())),
            }
            i += 1;
        }
        if in_brace {
            return Err(format!("glob `{glob}` has an unclosed `{{`"));
        }
        re.push('$');
        Regex::new(&re)
            .map(|re| Glob { re, basename })
            .map_err(|e| format!("glob `{glob}`: {e}"))
    }

    pub fn matches(&self, path: &str) -> bool {
        if self.basename {
            let name = path.rsplit('/').next().unwrap_or(path);
            self.re.is_match(name)
        } else {
            self.re.is_match(path)
        }
    }
}

/// Any of several globs.
#[derive(Debug, Clone, Default)]
pub struct GlobSet(Vec<Glob>);

impl GlobSet {
    pub fn new(globs: &[String]) -> Result<GlobSet, String> {
        globs
            .iter()
            .map(|g| Glob::new(g))
            .collect::<Result<Vec<_>, _>>()
            .map(GlobSet)
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn matches(&self, path: &str) -> bool {
        self.0.iter().any(|g| g.matches(path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        let g = |p: &str| Glob::new(p).unwrap();
        assert!(g("**/api/**").matches("app/api/login/route.ts"));
        assert!(g("**/api/**").matches("api/x.js"));
        assert!(!g("**/api/**").matches("src/apix/y.js"));
        assert!(g("*.test.*").matches("src/a/b.test.ts"));
        assert!(g("next.config.{js,mjs,ts}").matches("web/next.config.mjs"));
        assert!(!g("next.config.{js,mjs,ts}").matches("web/next.config.json"));
        assert!(g("docs/**").matches("docs/a/b.md"));
        assert!(!g("docs/**").matches("src/docs/b.md"));
        assert!(g("src/*.js").matches("src/a.js"));
        assert!(!g("src/*.js").matches("src/x/a.js"));
        assert!(Glob::new("a{b").is_err());
    }
}
