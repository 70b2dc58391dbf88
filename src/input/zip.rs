//! Zip decoding under hard limits: entry count, total and per-entry size, compression ratio, path
//! length and depth. A bomb, a truncated or encrypted archive or a bad entry becomes an error or a
//! skip reason; nothing here panics or reads more than the limits allow.

use super::{Classified, FileSet, Limits, classify, normalize_path, path_problem};
use crate::error::{Error, Result};
use crate::report::Skipped;
use std::io::{Cursor, Read};

/// Reads the entry count the archive declares (EOCD, or ZIP64 EOCD), without trusting anything else.
fn declared_entries(bytes: &[u8]) -> Option<u64> {
    let n = bytes.len();
    if n < 22 {
        return None;
    }
    let floor = n.saturating_sub(22 + 65_535);
    let mut i = n - 22;
    loop {
        if bytes[i..i + 4] == [0x50, 0x4b, 0x05, 0x06] {
            let count = u16::from_le_bytes([bytes[i + 10], bytes[i + 11]]);
            if count != 0xffff || i < 20 {
                return Some(u64::from(count));
            }
            // ZIP64 locator just before the EOCD.
            let loc = i - 20;
            if bytes[loc..loc + 4] != [0x50, 0x4b, 0x06, 0x07] {
                return Some(u64::from(count));
            }
            let off = usize::try_from(u64::from_le_bytes(
                bytes[loc + 8..loc + 16].try_into().ok()?,
            ))
            .ok()?;
            if off.checked_add(40)? > n || bytes[off..off + 4] != [0x50, 0x4b, 0x06, 0x06] {
                return None;
            }
            return Some(u64::from_le_bytes(
                bytes[off + 32..off + 40].try_into().ok()?,
            ));
        }
        if i == floor {
            return None;
        }
        i -= 1;
    }
}

/// One progress callback per entry looked at: (entries done, entries total, current path).
pub type ZipProgress<'a> = &'a mut dyn FnMut(usize, usize, &str);

/// Decodes a zip held in memory into a [`FileSet`].
pub fn read_zip(bytes: &[u8], limits: &Limits, progress: ZipProgress<'_>) -> Result<FileSet> {
    if bytes.len() as u64 > limits.max_archive_bytes {
        return Err(Error::Limit(format!(
            "the archive is {} bytes; the limit is {} bytes",
            bytes.len(),
            limits.max_archive_bytes
        )));
    }
    if !bytes.starts_with(b"PK") {
        return Err(Error::Archive(
            "not a zip file (it does not start with the zip signature)".into(),
        ));
    }
    // Refuse absurd central directories before the zip reader allocates for them.
    let hard_cap = (limits.max_entries as u64)
        .saturating_mul(20)
        .max(1_000_000);
    match declared_entries(bytes) {
        None => {
            return Err(Error::Archive(
                "truncated or corrupt: no end-of-central-directory record".into(),
            ));
        }
        Some(n) if n > hard_cap => {
            return Err(Error::Limit(format!(
                "the archive declares {n} entries; at most {hard_cap} are accepted"
            )));
        }
        _ => {}
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| Error::Archive(format!("truncated or corrupt: {e}")))?;

    let total = archive.len();
    let considered = total.min(limits.max_entries);
    // Names first: find a single top-level folder shared by every entry (`myapp/...`), dropped
    // so paths are relative to the project root, as when the CLI scans the folder itself.
    let names: Vec<Option<String>> = (0..considered)
        .map(|i| {
            archive
                .name_for_index(i)
                .and_then(|r| r.ok())
                .map(|n| normalize_path(&n))
        })
        .collect();
    let strip = common_root(&names, |i| {
        archive
            .by_index_data(i)
            .map(|e| e.is_dir())
            .unwrap_or(false)
    });

    let mut set = FileSet::default();
    let mut skipped_dirs: Vec<String> = Vec::new();
    let mut read_total: u64 = 0;
    let mut budget_hit = false;
    for (i, name) in names.into_iter().enumerate() {
        let Some(full) = name else {
            set.skipped.push(Skipped {
                path: format!("<entry {i}>"),
                reason: "unreadable file name".into(),
            });
            continue;
        };
        let path = match &strip {
            Some(prefix) => full
                .strip_prefix(prefix.as_str())
                .map(str::to_string)
                .unwrap_or(full.clone()),
            None => full.clone(),
        };
        progress(i, considered, &path);
        let Ok(entry) = archive.by_index_data(i) else {
            set.skipped.push(Skipped {
                path,
                reason: "unreadable entry header".into(),
            });
            continue;
        };
        if entry.is_dir() || path.is_empty() {
            continue;
        }
        if let Some(reason) = path_problem(&path, limits) {
            set.skipped.push(Skipped { path, reason });
            continue;
        }
        // Decide on the path alone first, so skipped directories and media are never inflated.
        match classify(&path, b"", limits) {
            Classified::SkipDir { dir, reason } => {
                if !skipped_dirs.contains(&dir) {
                    skipped_dirs.push(dir.clone());
                    set.skipped.push(Skipped {
                        path: format!("{dir}/"),
                        reason,
                    });
                }
                continue;
            }
            Classified::Skip(reason) => {
                set.skipped.push(Skipped { path, reason });
                continue;
            }
            Classified::Keep(_) => {}
        }
        if entry.encrypted() {
            set.skipped.push(Skipped {
                path,
                reason: "encrypted entry (no password is ever asked for)".into(),
            });
            continue;
        }
        let size = entry.size();
        let csize = entry.compressed_size().max(1);
        let is_lock = matches!(
            classify(&path, b"{}", limits),
            Classified::Keep(crate::lang::Language::Lockfile)
        );
        let cap = if is_lock {
            limits.max_lockfile_bytes
        } else {
            limits.max_file_bytes
        };
        if size > cap {
            set.skipped.push(Skipped {
                path,
                reason: format!("larger than {cap} bytes"),
            });
            continue;
        }
        if size > 64 * 1024 && size / csize > limits.max_ratio {
            set.skipped.push(Skipped {
                path,
                reason: format!(
                    "suspicious compression ratio {}:1 (possible zip bomb)",
                    size / csize
                ),
            });
            continue;
        }
        if budget_hit || read_total + size > limits.max_total_bytes {
            budget_hit = true;
            set.skipped.push(Skipped {
                path,
                reason: format!(
                    "total size limit reached ({} bytes)",
                    limits.max_total_bytes
                ),
            });
            continue;
        }
        let mut file = match archive.by_index(i) {
            Ok(f) => f,
            Err(e) => {
                set.skipped.push(Skipped {
                    path,
                    reason: format!("cannot decompress: {e}"),
                });
                continue;
            }
        };
        // Never trust the declared size: read at most one byte more than it.
        let mut buf = Vec::with_capacity(size.min(cap) as usize);
        let res = (&mut file).take(size.min(cap) + 1).read_to_end(&mut buf);
        match res {
            Err(e) => set.skipped.push(Skipped {
                path,
                reason: format!("corrupt entry: {e}"),
            }),
            Ok(n) if n as u64 > size => set.skipped.push(Skipped {
                path,
                reason: "content larger than its header says (rejected)".into(),
            }),
            Ok(n) => {
                read_total += n as u64;
                set.admit(path, buf, limits, &mut skipped_dirs);
            }
        }
    }
    if total > considered {
        set.skipped.push(Skipped {
            path: "<archive>".into(),
            reason: format!(
                "entry limit reached: {} of {} entries looked at, {} not scanned",
                considered,
                total,
                total - considered
            ),
        });
    }
    set.sort();
    Ok(set)
}

/// The `dir/` prefix shared by every entry, if all entries live under one top-level directory.
fn common_root(names: &[Option<String>], is_dir: impl Fn(usize) -> bool) -> Option<String> {
    let mut root: Option<&str> = None;
    let mut any_nested = false;
    for (i, n) in names.iter().enumerate() {
        let n = n.as_deref()?;
        match n.split_once('/') {
            Some((first, _)) => {
                any_nested = true;
                match root {
                    None => root = Some(first),
                    Some(r) if r == first => {}
                    _ => return None,
                }
            }
            None => {
                // A bare entry is fine only if it is the directory itself.
                if !is_dir(i) {
                    return None;
                }
                match root {
                    None => root = Some(n),
                    Some(r) if r == n => {}
                    _ => return None,
                }
            }
        }
    }
    let root = root?;
    // Do not strip a folder that is itself meaningful to the project layout.
    if !any_nested
        || matches!(
            root,
            "src" | "app" | "pages" | "api" | "server" | "lib" | "supabase" | ".github"
        )
    {
        return None;
    }
    Some(format!("{root}/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_a_clear_error() {
        let mut p = |_: usize, _: usize, _: &str| {};
        assert!(matches!(
            read_zip(b"hello", &Limits::default(), &mut p),
            Err(Error::Archive(_))
        ));
        assert!(matches!(
            read_zip(b"PK\x03\x04trunc", &Limits::default(), &mut p),
            Err(Error::Archive(_))
        ));
        assert!(matches!(
            read_zip(b"", &Limits::default(), &mut p),
            Err(Error::Archive(_))
        ));
    }

    #[test]
    fn eocd_with_huge_count_is_refused() {
        let mut z = b"PK\x03\x04".to_vec();
        z.extend_from_slice(&[0; 20]);
        // EOCD declaring 65534 entries in a tiny file: the zip reader must fail cleanly.
        z.extend_from_slice(&[
            0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0xfe, 0xff, 0xfe, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0,
        ]);
        let mut p = |_: usize, _: usize, _: &str| {};
        assert!(read_zip(&z, &Limits::default(), &mut p).is_err());
    }

    #[test]
    fn common_root_rules() {
        let n = |v: &[&str]| v.iter().map(|s| Some(s.to_string())).collect::<Vec<_>>();
        assert_eq!(
            common_root(&n(&["app1", "app1/a.js", "app1/src/b.js"]), |i| i == 0),
            Some("app1/".into())
        );
        assert_eq!(common_root(&n(&["a/x.js", "b/y.js"]), |_| false), None);
        assert_eq!(common_root(&n(&["src/x.js", "src/y.js"]), |_| false), None);
        assert_eq!(common_root(&n(&["x.js"]), |_| false), None);
    }
}
