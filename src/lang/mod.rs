//! Languages: classification names, per-language lexing into code / comment / string bytes, line
//! indexes, and the structural helpers rules use (call arguments, statements, enclosing blocks).

pub mod args;
pub mod blocks;
pub mod lex;
pub mod minitoml;

use serde::{Deserialize, Serialize};

/// The language of a file, by extension, name and shebang.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// .js .jsx .mjs .cjs (and .vue .svelte .astro, whose scripts are JavaScript)
    Javascript,
    /// .ts .tsx .mts .cts
    Typescript,
    Python,
    Json,
    Yaml,
    Toml,
    Sql,
    /// `.env`, `.env.local`, `production.env`, ...
    Env,
    Dockerfile,
    Html,
    Shell,
    Markdown,
    /// Dependency lockfiles: read by the dependency analysis, not by line rules.
    Lockfile,
    Text,
}

impl Language {
    pub fn as_str(self) -> &'static str {
        match self {
            Language::Javascript => "javascript",
            Language::Typescript => "typescript",
            Language::Python => "python",
            Language::Json => "json",
            Language::Yaml => "yaml",
            Language::Toml => "toml",
            Language::Sql => "sql",
            Language::Env => "env",
            Language::Dockerfile => "dockerfile",
            Language::Html => "html",
            Language::Shell => "shell",
            Language::Markdown => "markdown",
            Language::Lockfile => "lockfile",
            Language::Text => "text",
        }
    }

    /// JavaScript and TypeScript share rules (`languages = ["javascript"]` covers both).
    pub fn is_js_family(self) -> bool {
        matches!(self, Language::Javascript | Language::Typescript)
    }

    /// Does a rule's `languages` token select this language?
    pub fn selected_by(self, token: &str) -> bool {
        match token {
            "any" => self != Language::Lockfile,
            "javascript" => self.is_js_family(),
            other => self.as_str() == other,
        }
    }

    pub const TOKENS: &'static [&'static str] = &[
        "any",
        "javascript",
        "typescript",
        "python",
        "json",
        "yaml",
        "toml",
        "sql",
        "env",
        "dockerfile",
        "html",
        "shell",
        "markdown",
        "lockfile",
        "text",
    ];
}

/// Byte offsets of line starts, for offset -> (line, column) lookups.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(src: &[u8]) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            src.iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex {
            starts,
            len: src.len(),
        }
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// Byte range of a 1-based line, without its newline (and without a trailing `\r`).
    pub fn line_span(&self, src: &[u8], line: usize) -> (usize, usize) {
        if line == 0 || line > self.starts.len() {
            return (self.len, self.len);
        }
        let start = self.starts[line - 1];
        let mut end = self.starts.get(line).map(|s| s - 1).unwrap_or(self.len);
        if end > start && src.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        (start, end)
    }

    pub fn line_count(&self) -> usize {
        if self.len > 0 && self.starts.last() == Some(&self.len) {
            self.starts.len() - 1
        } else {
            self.starts.len()
        }
    }

    /// 1-based column in UTF-16 code units (SARIF's default column kind).
    pub fn column_of(&self, src: &[u8], offset: usize) -> usize {
        let line = self.line_of(offset);
        let start = self.starts[line - 1];
        let prefix = &src[start..offset.min(src.len()).max(start)];
        String::from_utf8_lossy(prefix).encode_utf16().count() + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_basics() {
        let src = b"a\nbc\r\n\nd";
        let li = LineIndex::new(src);
        assert_eq!(li.line_of(0), 1);
        assert_eq!(li.line_of(2), 2);
        assert_eq!(li.line_of(7), 4);
        assert_eq!(li.line_span(src, 2), (2, 4));
        assert_eq!(li.line_count(), 4);
        assert_eq!(li.column_of(src, 3), 2);
        assert_eq!(li.line_span(src, 99), (8, 8));
    }
}
