//! Input: a zip (bytes), a list of files (a folder walked by the CLI or picked in the browser) or
//! pasted code, decoded into a [`FileSet`] under hard limits, with every skipped path and why.

pub mod classify;
mod zip;

pub use classify::{Classified, classify, dir_reason, is_env_name, normalize_path};
pub use zip::read_zip;

use crate::lang::Language;
use crate::report::Skipped;
use serde::{Deserialize, Serialize};

/// Defensive limits for untrusted input. All are configurable (`[limits]` in `.prodgap.toml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Largest archive accepted at all (compressed bytes).
    pub max_archive_bytes: u64,
    /// Total uncompressed bytes read from an archive or file list.
    pub max_total_bytes: u64,
    /// Archive entries looked at; the rest are reported as one skip entry.
    pub max_entries: usize,
    /// Largest source file scanned by rules.
    pub max_file_bytes: u64,
    /// Largest lockfile read for dependencies (lockfiles are big by nature).
    pub max_lockfile_bytes: u64,
    /// Highest uncompressed/compressed ratio of one archive entry (zip-bomb guard).
    pub max_ratio: u64,
    /// Longest path, in bytes.
    pub max_path_len: usize,
    /// Deepest path, in components.
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_archive_bytes: 1 << 30,
            max_total_bytes: 256 << 20,
            max_entries: 50_000,
            max_file_bytes: 1 << 20,
            max_lockfile_bytes: 16 << 20,
            max_ratio: 250,
            max_path_len: 1024,
            max_depth: 48,
        }
    }
}

/// One file given by the caller: a path relative to the scanned root and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl RawFile {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> RawFile {
        RawFile {
            path: path.into(),
            bytes: bytes.into(),
        }
    }
}

/// A file that will be analysed.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub bytes: Vec<u8>,
    pub lang: Language,
}

/// The decoded input: files to analyse and files skipped with a reason.
#[derive(Debug, Clone, Default)]
pub struct FileSet {
    pub files: Vec<SourceFile>,
    pub skipped: Vec<Skipped>,
}

impl FileSet {
    /// Test helper: a set from `(path, text)` pairs with the default limits.
    #[cfg(test)]
    pub(crate) fn from_pairs(files: &[(&str, &str)]) -> FileSet {
        let raw = files.iter().map(|(p, t)| RawFile::new(*p, *t)).collect();
        FileSet::from_files(raw, &Limits::default())
    }

    pub fn get(&self, path: &str) -> Option<&SourceFile> {
        self.files.iter().find(|f| f.path == path)
    }

    /// Builds a file set from caller-provided files (folder or paste), applying the same
    /// classification and limits as archives.
    pub fn from_files(files: Vec<RawFile>, limits: &Limits) -> FileSet {
        let mut set = FileSet::default();
        let mut total: u64 = 0;
        let mut skipped_dirs: Vec<String> = Vec::new();
        for f in files {
            let path = normalize_path(&f.path);
            if let Some(reason) = path_problem(&path, limits) {
                set.skipped.push(Skipped { path, reason });
                continue;
            }
            total += f.bytes.len() as u64;
            if total > limits.max_total_bytes {
                set.skipped.push(Skipped {
                    path,
                    reason: format!(
                        "total size limit reached ({} bytes)",
                        limits.max_total_bytes
                    ),
                });
                continue;
            }
            set.admit(path, f.bytes, limits, &mut skipped_dirs);
        }
        set.sort();
        set
    }

    /// Classifies one file and either keeps it or records why not. Files under a skipped
    /// directory are summarised by the directory (listed once).
    pub(crate) fn admit(
        &mut self,
        path: String,
        bytes: Vec<u8>,
        limits: &Limits,
        skipped_dirs: &mut Vec<String>,
    ) {
        match classify(&path, &bytes, limits) {
            Classified::Keep(lang) => self.files.push(SourceFile { path, bytes, lang }),
            Classified::SkipDir { dir, reason } => {
                if !skipped_dirs.contains(&dir) {
                    skipped_dirs.push(dir.clone());
                    self.skipped.push(Skipped {
                        path: format!("{dir}/"),
                        reason,
                    });
                }
            }
            Classified::Skip(reason) => self.skipped.push(Skipped { path, reason }),
        }
    }

    pub(crate) fn sort(&mut self) {
        crate::sort::sort_by(&mut self.files, |a, b| a.path.cmp(&b.path));
        self.files.dedup_by(|a, b| a.path == b.path);
        crate::sort::sort_by(&mut self.skipped, |a, b| a.path.cmp(&b.path));
    }
}

/// A path that breaks a limit (too long, too deep, empty).
pub(crate) fn path_problem(path: &str, limits: &Limits) -> Option<String> {
    if path.is_empty() {
        return Some("empty path".into());
    }
    if path.len() > limits.max_path_len {
        return Some(format!("path longer than {} bytes", limits.max_path_len));
    }
    if path.split('/').count() > limits.max_depth {
        return Some(format!("path deeper than {} directories", limits.max_depth));
    }
    None
}
