//! The fixture harness on disk: finds every rule's fixtures (`<id>.<ext>` files and
//! `<id>.fixtures/<case>/` project directories) and checks them with the same scan function the
//! wasm module calls. Shared by `prodgap rules --test` and `tests/fixtures.rs`.

use prodgap::rules::fixture::{
    Mark, blank_annotations, check_file, check_project, fixture_path, parse_annotations,
};
use prodgap::{RawFile, ScanOptions, Scanner};
use std::path::{Path, PathBuf};

/// One rule's fixtures.
pub struct RuleFixtures {
    pub id: String,
    pub files: Vec<PathBuf>,
    pub dirs: Vec<PathBuf>,
}

/// Every `rules/<category>/<id>.toml` with its fixtures.
pub fn discover(rules_dir: &Path) -> std::io::Result<Vec<RuleFixtures>> {
    let mut out = Vec::new();
    let mut cats: Vec<PathBuf> = std::fs::read_dir(rules_dir)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    cats.sort();
    for cat in cats {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&cat)?
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for rule in entries
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        {
            let Some(id) = rule.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
                continue;
            };
            if id.contains('.') {
                continue;
            }
            let prefix = format!("{id}.");
            let mut files = Vec::new();
            let mut dirs = Vec::new();
            for p in &entries {
                let name = p
                    .file_name()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if !name.starts_with(&prefix) || p == rule {
                    continue;
                }
                if p.is_dir() && name == format!("{id}.fixtures") {
                    let mut cases: Vec<PathBuf> = std::fs::read_dir(p)?
                        .flatten()
                        .map(|e| e.path())
                        .filter(|c| c.is_dir())
                        .collect();
                    cases.sort();
                    dirs.extend(cases);
                } else if p.is_file() {
                    files.push(p.clone());
                }
            }
            out.push(RuleFixtures { id, files, dirs });
        }
    }
    Ok(out)
}

fn read_tree(dir: &Path, base: &Path, out: &mut Vec<RawFile>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            read_tree(&p, base, out)?;
        } else {
            let rel = p
                .strip_prefix(base)
                .unwrap_or(&p)
                .to_string_lossy()
                .replace('\\', "/");
            if rel != "EXPECT" {
                out.push(RawFile::new(rel, std::fs::read(&p)?));
            }
        }
    }
    Ok(())
}

/// Checks one rule's fixtures; returns the problems (empty = pass).
pub fn check_rule(scanner: &Scanner, fx: &RuleFixtures) -> Vec<String> {
    let mut problems = Vec::new();
    if scanner.rules().get(&fx.id).is_none() {
        return vec![format!("{}: not loaded", fx.id)];
    }
    if fx.files.is_empty() && fx.dirs.is_empty() {
        return vec![format!(
            "{}: no fixture (add {}.<ext> or {}.fixtures/<case>/ beside the rule)",
            fx.id, fx.id, fx.id
        )];
    }
    let (mut positives, mut negatives) = (0, 0);
    let mut count = |text: &str| {
        for e in parse_annotations(text) {
            if e.rule == fx.id {
                match e.mark {
                    Mark::RuleId | Mark::TodoOk => positives += 1,
                    Mark::Ok | Mark::TodoRuleId => negatives += 1,
                }
            }
        }
    };
    // Each rule is checked on its own: the report's one-finding-per-sink merge is off.
    let opts = ScanOptions {
        keep_same_line: true,
        ..ScanOptions::default()
    };
    for f in &fx.files {
        let text = match std::fs::read(f) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                problems.push(format!("{}: {e}", f.display()));
                continue;
            }
        };
        let name = f
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let virtual_path = fixture_path(&text).unwrap_or(name.clone());
        count(&text);
        match scanner.scan_files(
            vec![RawFile::new(
                virtual_path.clone(),
                blank_annotations(&text).as_bytes(),
            )],
            &opts,
            &mut |_| {},
        ) {
            Ok(report) => {
                if report.project.files_scanned == 0 {
                    problems.push(format!(
                        "{name}: not scanned ({:?})",
                        report.project.skipped.first().map(|s| &s.reason)
                    ));
                }
                for p in check_file(&report.findings, &virtual_path, &text, Some(&fx.id)) {
                    problems.push(format!("{name} ({virtual_path}) {p}"));
                }
            }
            Err(e) => problems.push(format!("{name}: scan failed: {e}")),
        }
    }
    for d in &fx.dirs {
        let mut files = Vec::new();
        if let Err(e) = read_tree(d, d, &mut files) {
            problems.push(format!("{}: {e}", d.display()));
            continue;
        }
        let expect = std::fs::read_to_string(d.join("EXPECT")).unwrap_or_default();
        for line in expect.lines() {
            count(&format!("# {}\nproject", line.trim()));
        }
        for f in &files {
            count(&String::from_utf8_lossy(&f.bytes));
        }
        let case = d
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let scanned: Vec<RawFile> = files
            .iter()
            .map(|f| match std::str::from_utf8(&f.bytes) {
                Ok(text) => RawFile::new(f.path.clone(), blank_annotations(text).into_bytes()),
                Err(_) => f.clone(),
            })
            .collect();
        match scanner.scan_files(scanned, &opts, &mut |_| {}) {
            Ok(report) => {
                for p in check_project(&report.findings, &expect) {
                    problems.push(format!("{}.fixtures/{case}: {p}", fx.id));
                }
                for f in &files {
                    let text = String::from_utf8_lossy(&f.bytes);
                    for p in check_file(&report.findings, &f.path, &text, Some(&fx.id)) {
                        problems.push(format!("{}.fixtures/{case}/{p}", fx.id));
                    }
                }
            }
            Err(e) => problems.push(format!("{}.fixtures/{case}: scan failed: {e}", fx.id)),
        }
    }
    if positives == 0 {
        problems.push(format!(
            "{}: fixtures have no `ruleid: {}` (true positive)",
            fx.id, fx.id
        ));
    }
    if negatives == 0 {
        problems.push(format!(
            "{}: fixtures have no `ok: {}` (near miss)",
            fx.id, fx.id
        ));
    }
    problems
}
