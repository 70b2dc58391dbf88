//! Every rule against its annotated fixtures, through the same scan functions the wasm module
//! calls (`scan_files`, and `scan_zip` on the same files zipped), plus the rule-set schema checks.

#[path = "../src/bin/prodgap/fixtures.rs"]
mod fixtures;

use prodgap::{RawFile, RuleSet, ScanOptions, Scanner};
use std::io::Write;
use std::path::Path;

fn rules_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/rules"))
}

#[test]
fn every_rule_passes_its_fixtures() {
    let scanner = Scanner::new().expect("embedded rules load");
    let all = fixtures::discover(rules_dir()).expect("fixtures readable");
    let filter = std::env::var("PRODGAP_RULE").ok();
    let mut failures = Vec::new();
    let mut ran = 0;
    for fx in all
        .iter()
        .filter(|f| filter.as_deref().is_none_or(|id| f.id == id))
    {
        ran += 1;
        for p in fixtures::check_rule(&scanner, fx) {
            failures.push(format!("{}: {p}", fx.id));
        }
    }
    assert!(ran > 0, "no rule matched PRODGAP_RULE={filter:?}");
    assert!(
        failures.is_empty(),
        "{} fixture problem(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn embedded_rules_are_the_rules_on_disk_and_all_compile() {
    let set = RuleSet::embedded().expect("embedded rules load");
    let errors = set.check_all();
    assert!(errors.is_empty(), "rules that do not compile: {errors:?}");
    let on_disk = fixtures::discover(rules_dir()).unwrap();
    let mut disk_ids: Vec<&str> = on_disk.iter().map(|f| f.id.as_str()).collect();
    disk_ids.sort();
    let embedded: Vec<&str> = set.rules().iter().map(|r| r.id()).collect();
    assert_eq!(
        embedded, disk_ids,
        "rebuild: the embedded rules differ from rules/"
    );
}

fn zip_of(files: &[RawFile]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut w = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for f in files {
            w.start_file(format!("project/{}", f.path), opts).unwrap();
            w.write_all(&f.bytes).unwrap();
        }
        w.finish().unwrap();
    }
    buf.into_inner()
}

#[test]
fn zip_path_finds_exactly_what_the_file_path_finds() {
    let scanner = Scanner::new().unwrap();
    let opts = ScanOptions::default();
    let all = fixtures::discover(rules_dir()).unwrap();
    for fx in &all {
        for f in &fx.files {
            let text = std::fs::read(f).unwrap();
            let name = prodgap::rules::fixture::fixture_path(&String::from_utf8_lossy(&text))
                .unwrap_or_else(|| f.file_name().unwrap().to_string_lossy().into_owned());
            let files = vec![RawFile::new(name, text)];
            let a = scanner
                .scan_files(files.clone(), &opts, &mut |_| {})
                .unwrap();
            let b = scanner
                .scan_zip(&zip_of(&files), &opts, &mut |_| {})
                .unwrap();
            assert_eq!(
                a.findings,
                b.findings,
                "{}: zip and file scans differ",
                f.display()
            );
        }
    }
}
