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
    let prefix = format!("{}/", root.replace('\\', "/"));
    // The TOML sources (native only: rule development, benchmarks) ...
    let mut code = String::from(
        "/// (path relative to the repository, TOML text) of every embedded rule file.\n\
         #[cfg(not(target_arch = \"wasm32\"))]\npub static EMBEDDED_RULES: &[(&str, &str)] = &[\n",
    );
    // ... and the same rules as one JSON array, checked and stripped of comments here, so the
    // runtime (and the browser bundle) needs no TOML parser. A file that is not valid TOML
    // fails the build with its path and the reason.
    let mut items = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&prefix).unwrap_or(f);
        code.push_str(&format!("    ({rel:?}, include_str!({f:?})),\n"));
        let text = fs::read_to_string(f).unwrap_or_else(|e| panic!("rule file {rel}: {e}"));
        let value: toml::Value = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("rule file {rel} is not valid TOML: {e}"));
        let json = serde_json::to_value(&value).unwrap_or_else(|e| panic!("rule file {rel}: {e}"));
        let mut item = serde_json::Map::new();
        item.insert("path".into(), serde_json::Value::String(rel.to_string()));
        if rel
            .rsplit('/')
            .next()
            .is_some_and(|n| n.starts_with("_macros"))
        {
            let macros = json
                .get("macros")
                .cloned()
                .unwrap_or_else(|| panic!("{rel}: a macro file needs a [macros] table"));
            item.insert("macros".into(), macros);
        } else {
            item.insert("rule".into(), json);
        }
        items.push(serde_json::Value::Object(item));
    }
    code.push_str("];\n");
    code.push_str(
        "/// Every rule file as JSON: `[{\"path\": ..., \"rule\" | \"macros\": ...}]`.\n",
    );
    code.push_str("pub static EMBEDDED_RULES_JSON: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/rules.json\"));\n");
    let out_dir = env::var("OUT_DIR").expect("OUT_DIR");
    let json = serde_json::to_string(&items).expect("serialise rules");
    fs::write(Path::new(&out_dir).join("rules.json"), json).expect("write rules.json");
    fs::write(Path::new(&out_dir).join("embedded_rules.rs"), code)
        .expect("write embedded_rules.rs");
}
