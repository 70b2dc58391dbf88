//! prodgap's front door: build a [`Scanner`] once (rules parsed, prefilter built), then call
//! `scan_*` many times; each returns a [`report::Report`]. The core takes bytes and returns plain
//! data: it never touches the file system, prints or exits.

pub mod config;
pub mod error;
pub mod input;
pub mod lang;
pub mod print;
pub mod project;
pub mod report;
pub mod rules;
mod scan;
pub(crate) mod sort;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use config::Config;
pub use error::{Error, Result};
pub use input::{FileSet, Limits, RawFile};
pub use report::{Finding, Report, Severity};
pub use rules::RuleSet;

use std::collections::BTreeSet;

/// The version reported in `tool.version`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Progress of one scan, for progress bars and the browser worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress<'a> {
    /// Decompressing archive entries.
    Reading {
        done: usize,
        total: usize,
        path: &'a str,
    },
    /// Running rules over files.
    Scanning {
        done: usize,
        total: usize,
        path: &'a str,
    },
}

/// Options of one scan.
#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    /// The caller's configuration (`--config`); merged over the project's `.prodgap.toml`.
    pub config: Option<Config>,
    /// Fingerprints to mark as suppressed (`--baseline`).
    pub baseline: BTreeSet<String>,
    /// Keep every rule's finding when two rules of one injection category flag the same line
    /// (the fixture harness checks each rule on its own); a report keeps one per line.
    pub keep_same_line: bool,
}

/// A compiled rule set, ready to scan any number of inputs.
#[derive(Debug)]
pub struct Scanner {
    rules: RuleSet,
}

impl Scanner {
    /// A scanner with the rules embedded at build time.
    pub fn new() -> Result<Scanner> {
        Ok(Scanner {
            rules: RuleSet::embedded()?,
        })
    }

    /// A scanner with other rules (rule development: `prodgap rules --test --rules-dir DIR`).
    pub fn with_rules(rules: RuleSet) -> Scanner {
        Scanner { rules }
    }

    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    fn limits(opts: &ScanOptions) -> Limits {
        opts.config
            .as_ref()
            .and_then(|c| c.limits.clone())
            .unwrap_or_default()
    }

    /// Scans a zip archive held in memory.
    pub fn scan_zip(
        &self,
        bytes: &[u8],
        opts: &ScanOptions,
        progress: &mut dyn FnMut(Progress<'_>),
    ) -> Result<Report> {
        let limits = Self::limits(opts);
        let set = input::read_zip(bytes, &limits, &mut |done, total, path| {
            progress(Progress::Reading { done, total, path })
        })?;
        self.scan_set(set, opts, progress)
    }

    /// Scans files given by the caller (a folder walked by the CLI, or picked in the browser).
    pub fn scan_files(
        &self,
        files: Vec<RawFile>,
        opts: &ScanOptions,
        progress: &mut dyn FnMut(Progress<'_>),
    ) -> Result<Report> {
        let set = FileSet::from_files(files, &Self::limits(opts));
        self.scan_set(set, opts, progress)
    }

    /// Scans one pasted snippet under the given file name (the name picks the language).
    pub fn scan_paste(&self, name: &str, text: &str, opts: &ScanOptions) -> Result<Report> {
        let name = if name.trim().is_empty() {
            "pasted.js"
        } else {
            name
        };
        self.scan_files(vec![RawFile::new(name, text.as_bytes())], opts, &mut |_| {})
    }

    /// Scans an already decoded file set.
    pub fn scan_set(
        &self,
        set: FileSet,
        opts: &ScanOptions,
        progress: &mut dyn FnMut(Progress<'_>),
    ) -> Result<Report> {
        scan::run(&self.rules, set, opts, progress)
    }
}
