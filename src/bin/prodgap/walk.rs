//! Folder walking for the CLI: respects `.gitignore` (and `.ignore`), prunes dependency and build
//! directories, and still picks up `.env` files that git ignores, because they are present.

use ignore::WalkBuilder;
use prodgap::input::{dir_reason, is_env_name};
use prodgap::report::Skipped;
use prodgap::{Limits, RawFile};
use std::path::Path;

/// The files under `root` (paths relative to it, `/`-separated) and what was pruned.
pub struct Walked {
    pub files: Vec<RawFile>,
    pub skipped: Vec<Skipped>,
}

fn rel(root: &Path, p: &Path) -> String {
    p.strip_prefix(root)
        .unwrap_or(p)
        .to_string_lossy()
        .replace('\\', "/")
}

pub fn walk(root: &Path, limits: &Limits, on_file: &mut dyn FnMut(&str)) -> Walked {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut read =
        |path: &Path, rel_path: String, files: &mut Vec<RawFile>, skipped: &mut Vec<Skipped>| {
            let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
            if size > limits.max_lockfile_bytes.max(limits.max_file_bytes) {
                skipped.push(Skipped {
                    path: rel_path,
                    reason: format!("larger than {} bytes", limits.max_file_bytes),
                });
                return;
            }
            match std::fs::read(path) {
                Ok(bytes) => {
                    on_file(&rel_path);
                    files.push(RawFile::new(rel_path, bytes));
                }
                Err(e) => skipped.push(Skipped {
                    path: rel_path,
                    reason: format!("unreadable: {e}"),
                }),
            }
        };

    // Pass 1: what git would commit.
    let pruned = std::sync::Arc::new(std::sync::Mutex::new(Vec::<Skipped>::new()));
    let pruned_in = pruned.clone();
    let root_buf = root.to_path_buf();
    let walker = WalkBuilder::new(root)
        .hidden(false)
        .git_ignore(true)
        .git_exclude(true)
        .git_global(false)
        .require_git(false)
        .parents(false)
        .follow_links(false)
        .filter_entry(move |e| {
            let is_dir = e.file_type().is_some_and(|t| t.is_dir());
            if is_dir
                && e.depth() > 0
                && let Some(reason) = dir_reason(&e.file_name().to_string_lossy())
            {
                if let Ok(mut p) = pruned_in.lock() {
                    p.push(Skipped {
                        path: format!("{}/", rel(&root_buf, e.path())),
                        reason: reason.to_string(),
                    });
                }
                return false;
            }
            true
        })
        .build();
    for entry in walker.flatten() {
        if entry.file_type().is_some_and(|t| t.is_file()) {
            let r = rel(root, entry.path());
            seen.insert(r.clone());
            read(entry.path(), r, &mut files, &mut skipped);
        }
    }
    // Pass 2: env files git ignores are still present, and still a finding (at lower severity).
    let walker = WalkBuilder::new(root)
        .standard_filters(false)
        .hidden(false)
        .follow_links(false)
        .filter_entry(|e| {
            let is_dir = e.file_type().is_some_and(|t| t.is_dir());
            !(is_dir && e.depth() > 0 && dir_reason(&e.file_name().to_string_lossy()).is_some())
        })
        .build();
    for entry in walker.flatten() {
        let name = entry.file_name().to_string_lossy().to_ascii_lowercase();
        if entry.file_type().is_some_and(|t| t.is_file()) && is_env_name(&name) {
            let r = rel(root, entry.path());
            if seen.insert(r.clone()) {
                read(entry.path(), r, &mut files, &mut skipped);
            }
        }
    }
    if let Ok(mut p) = pruned.lock() {
        skipped.append(&mut p);
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Walked { files, skipped }
}
