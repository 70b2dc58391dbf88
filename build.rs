//! Embeds every rule file under `rules/` into the binary: no hand-kept list of rules.
use std::{env, fs, path::Path};

/// Rule files are `rules/<category>/<id>.toml` (an id has no dot) plus `rules/_macros*.toml`;
/// fixtures (`<id>.<ext>`, `<id>.fixtures/`) are not embedded.
fn collect(dir: &Path, depth: usize, out: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if p.is_dir() {
            if depth == 0 {
                collect(&p, 1, out);
            }
        } else if let Some(stem) = name.strip_suffix(".toml") {
            let is_rule = depth == 1 && !stem.contains('.');
            let is_macros = depth == 0 && stem.starts_with("_macros");
            if is_rule || is_macros {
                out.push(p.to_string_lossy().replace('\\', "/"));
            }
        }
    }
}

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let rules_dir = Path::new(&root).join("rules");
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=data/advisories.json");
    let mut files = Vec::new();
    collect(&rules_dir, 0, &mut files);
    let mut code = String::from(
        "/// (path relative to the repository, TOML text) for every embedded rule file.\npub static EMBEDDED_RULES: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        let rel = f
            .strip_prefix(&format!("{}/", root.replace('\\', "/")))
            .unwrap_or(f);
        code.push_str(&format!("    ({rel:?}, include_str!({f:?})),\n"));
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("embedded_rules.rs");
    fs::write(out, code).expect("write embedded_rules.rs");
}
