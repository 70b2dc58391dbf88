//! Hostile input: zip bombs, lying headers, truncated and encrypted archives, 100k entries,
//! path tricks, non-UTF-8 names and contents. Each ends with a clear error or skip reason and the
//! rest of the scan completes.

mod common;

use common::*;
use prodgap::{Limits, RawFile, ScanOptions, Scanner};

fn scan_zip(bytes: &[u8]) -> prodgap::Result<prodgap::Report> {
    Scanner::new()
        .unwrap()
        .scan_zip(bytes, &ScanOptions::default(), &mut |_| {})
}

fn reason_for<'a>(r: &'a prodgap::Report, path: &str) -> Option<&'a str> {
    r.project
        .skipped
        .iter()
        .find(|s| s.path == path)
        .map(|s| s.reason.as_str())
}

const VULN: &[u8] = b"const jwt = require('jsonwebtoken');\nmodule.exports = (u) => jwt.sign({ id: u }, process.env.S);\n";

#[test]
fn zip_bomb_entry_is_skipped_and_the_rest_is_scanned() {
    let zeros = vec![0u8; 48 << 20];
    let z = zip_bytes(&[("bomb.txt", &zeros), ("src/auth.js", VULN)]);
    assert!(z.len() < 1 << 20, "the bomb compresses well: {}", z.len());
    let r = scan_zip(&z).unwrap();
    let reason = reason_for(&r, "bomb.txt").expect("bomb listed");
    assert!(
        reason.contains("larger than") || reason.contains("ratio"),
        "{reason}"
    );
    assert!(
        r.findings
            .iter()
            .any(|f| f.file.as_deref() == Some("src/auth.js"))
    );
}

#[test]
fn high_ratio_small_declared_entry_is_flagged_as_a_bomb() {
    // Under the size cap but compressing 1000:1.
    let zeros = vec![b'a'; 900 * 1024];
    let z = zip_bytes(&[("big.js", &zeros), ("ok.js", VULN)]);
    let r = scan_zip(&z).unwrap();
    assert!(
        reason_for(&r, "big.js")
            .unwrap()
            .contains("compression ratio")
    );
    assert_eq!(r.project.files_scanned, 1);
}

/// Rewrites every uncompressed-size field (local and central headers) of a single-entry zip.
fn lie_about_size(z: &mut [u8], fake: u32) {
    let mut i = 0;
    while i + 30 < z.len() {
        match &z[i..i + 4] {
            [0x50, 0x4b, 0x03, 0x04] => z[i + 22..i + 26].copy_from_slice(&fake.to_le_bytes()),
            [0x50, 0x4b, 0x01, 0x02] => z[i + 24..i + 28].copy_from_slice(&fake.to_le_bytes()),
            _ => {}
        }
        i += 1;
    }
}

#[test]
fn lying_headers_never_inflate_past_the_declared_size() {
    let payload = vec![b'x'; 8 << 20];
    let mut z = zip_bytes(&[("liar.js", &payload)]);
    lie_about_size(&mut z, 1000);
    let r = scan_zip(&z).unwrap();
    let reason = reason_for(&r, "liar.js").expect("listed");
    assert!(
        reason.contains("larger than its header")
            || reason.contains("corrupt")
            || reason.contains("ratio"),
        "{reason}"
    );
    assert_eq!(r.project.files_scanned, 0);
}

#[test]
fn truncated_and_garbage_archives_are_clear_errors() {
    let z = zip_bytes(&[("a.js", VULN), ("b.js", VULN)]);
    for cut in [z.len() / 2, z.len() - 10, 30] {
        let e = scan_zip(&z[..cut]).unwrap_err().to_string();
        assert!(e.contains("archive") || e.contains("truncated"), "{e}");
    }
    assert!(
        scan_zip(b"this is not a zip")
            .unwrap_err()
            .to_string()
            .contains("not a zip")
    );
    // The CLI says so and exits with 2.
    let d = TempDir::new("trunc");
    let p = d.write("cut.zip", &z[..z.len() / 2]);
    let o = prodgap(&["scan", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("truncated or corrupt"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn encrypted_entries_are_skipped_with_a_reason() {
    let mut z = zip_bytes(&[("secret.js", VULN), ("plain.js", VULN)]);
    // Set the "encrypted" general-purpose flag of the first entry in both headers.
    let mut first_local = true;
    let mut first_central = true;
    let mut i = 0;
    while i + 10 < z.len() {
        if z[i..i + 4] == [0x50, 0x4b, 0x03, 0x04] && first_local {
            z[i + 6] |= 1;
            first_local = false;
        } else if z[i..i + 4] == [0x50, 0x4b, 0x01, 0x02] && first_central {
            z[i + 8] |= 1;
            first_central = false;
        }
        i += 1;
    }
    let r = scan_zip(&z).unwrap();
    assert!(reason_for(&r, "secret.js").unwrap().contains("encrypted"));
    assert!(
        r.findings
            .iter()
            .any(|f| f.file.as_deref() == Some("plain.js"))
    );
}

#[test]
fn a_hundred_thousand_entries_end_with_a_limit_note() {
    let names: Vec<String> = (0..100_000).map(|i| format!("f/{i}.txt")).collect();
    let entries: Vec<(&str, &[u8])> = names
        .iter()
        .map(|n| (n.as_str(), b"x".as_slice()))
        .collect();
    let z = zip_bytes(&entries);
    let r = scan_zip(&z).unwrap();
    let note = reason_for(&r, "<archive>").expect("limit note");
    assert!(
        note.contains("entry limit reached") && note.contains("100000"),
        "{note}"
    );
    assert_eq!(
        r.project.files_scanned as usize,
        Limits::default().max_entries
    );
}

#[test]
fn path_tricks_are_normalised_and_limited() {
    let deep = format!("{}x.js", "d/".repeat(60));
    let long = format!("{}.js", "a".repeat(2000));
    let z = zip_bytes(&[
        ("../../etc/evil.js", VULN),
        ("/abs/x.js", VULN),
        (deep.as_str(), VULN),
        (long.as_str(), VULN),
        ("node_modules/pkg/index.js", VULN),
        ("__MACOSX/._x.js", VULN),
    ]);
    let r = scan_zip(&z).unwrap();
    let files: Vec<&str> = r
        .findings
        .iter()
        .filter_map(|f| f.file.as_deref())
        .collect();
    assert!(
        files.contains(&"etc/evil.js") && files.contains(&"abs/x.js"),
        "{files:?}"
    );
    assert!(
        r.project
            .skipped
            .iter()
            .any(|s| s.reason.contains("deeper than"))
    );
    assert!(
        r.project
            .skipped
            .iter()
            .any(|s| s.reason.contains("longer than"))
    );
    assert!(reason_for(&r, "node_modules/").is_some());
    assert!(reason_for(&r, "__MACOSX/").is_some());
}

#[test]
fn non_utf8_names_and_contents_do_not_break_the_scan() {
    let mut z = zip_bytes(&[
        ("n\u{e9}.js", VULN),
        (
            "bin.js",
            b"\xff\xfe\xfd const jwt = require('jsonwebtoken'); jwt.sign({}, k)\n",
        ),
    ]);
    // Turn the UTF-8 name into Latin-1 bytes and clear the UTF-8 flag: a CP437 name.
    let needle = "n\u{e9}.js".as_bytes().to_vec();
    let mut i = 0;
    while i + needle.len() <= z.len() {
        if z[i..i + needle.len()] == needle[..] {
            z[i + 1] = 0xe9;
            z[i + 2] = b'x';
        }
        i += 1;
    }
    for j in 0..z.len().saturating_sub(10) {
        if z[j..j + 4] == [0x50, 0x4b, 0x03, 0x04] {
            z[j + 7] &= !0x08;
        } else if z[j..j + 4] == [0x50, 0x4b, 0x01, 0x02] {
            z[j + 9] &= !0x08;
        }
    }
    let r = scan_zip(&z);
    assert!(r.is_ok(), "{r:?}");
    let r = r.unwrap();
    assert!(r.project.files_scanned >= 1);
}

#[test]
fn nested_archives_and_binaries_are_skipped() {
    let inner = zip_bytes(&[("a.js", VULN)]);
    let z = zip_bytes(&[
        ("inner.zip", &inner),
        ("logo.png", b"\x89PNG\r\n"),
        ("data.bin.js", b"\0\0\0\0"),
    ]);
    let r = scan_zip(&z).unwrap();
    assert!(reason_for(&r, "inner.zip").unwrap().contains("binary"));
    assert!(reason_for(&r, "logo.png").is_some());
    assert!(reason_for(&r, "data.bin.js").unwrap().contains("NUL"));
}

#[test]
fn pathological_sources_do_not_hang_or_panic() {
    let scanner = Scanner::new().unwrap();
    let opts = ScanOptions::default();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("a.js", "(".repeat(200_000).into_bytes()),
        ("b.js", "`${".repeat(100_000).into_bytes()),
        ("c.py", "f'{".repeat(100_000).into_bytes()),
        ("d.js", "jwt.sign(".repeat(50_000).into_bytes()),
        ("e.js", "/*".repeat(100_000).into_bytes()),
        ("f.py", "'''".repeat(100_000).into_bytes()),
        (
            "g.js",
            format!(
                "const jwt = require('jsonwebtoken');\n{}",
                "jwt.sign({}, k)\n".repeat(20_000)
            )
            .into_bytes(),
        ),
    ];
    for (name, bytes) in cases {
        let r = scanner.scan_files(vec![prodgap::RawFile::new(name, bytes)], &opts, &mut |_| {});
        assert!(r.is_ok(), "{name}");
        // At most 50 findings of one rule per file.
        let r = r.unwrap();
        assert!(r.findings.len() <= 50 * prodgap::RuleSet::embedded().unwrap().rules().len());
    }
}

/// Every rule fixture, mangled in ways editors and half-finished AI output produce (cut mid-token
/// and mid-UTF-8, brackets or quotes stripped, NULs and invalid bytes), scanned as projects whose
/// paths also put them where endpoint analysis looks. Nothing may panic; every scan must finish.
#[test]
fn mangled_rule_fixtures_never_panic_the_scan() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let mut sources: Vec<(String, Vec<u8>)> = Vec::new();
    for dir in std::fs::read_dir(&root).unwrap() {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(&dir).unwrap() {
            let p = f.unwrap().path();
            if p.is_file() && p.extension().is_some_and(|e| e != "toml") {
                sources.push((
                    p.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read(&p).unwrap(),
                ));
            }
        }
    }
    assert!(sources.len() > 300, "fixtures found: {}", sources.len());
    let places = [
        "app/api/x{}/route.ts",
        "pages/api/x{}.ts",
        "supabase/functions/x{}/index.ts",
        "app{}/views.py",
        "app{}/urls.py",
        "routes/x{}.js",
        "supabase/migrations/{}_init.sql",
        "x{}",
    ];
    type Mangle = fn(&[u8]) -> Vec<u8>;
    let mangles: [(&str, Mangle); 8] = [
        ("cut at a third", |b| b[..b.len() / 3].to_vec()),
        ("cut at two thirds, mid-char", |b| {
            b[..(b.len() * 2 / 3) | 1].to_vec()
        }),
        ("closers stripped", |b| {
            b.iter().copied().filter(|c| !b")]}".contains(c)).collect()
        }),
        ("quotes stripped", |b| {
            b.iter().copied().filter(|c| !b"\"'`".contains(c)).collect()
        }),
        ("openers doubled", |b| {
            b.iter()
                .flat_map(|&c| {
                    if b"([{`".contains(&c) {
                        vec![c, c]
                    } else {
                        vec![c]
                    }
                })
                .collect()
        }),
        ("newlines removed", |b| {
            b.iter().copied().filter(|&c| c != b'\n').collect()
        }),
        ("CRLF and lone CR", |b| {
            b.iter()
                .flat_map(|&c| {
                    if c == b'\n' {
                        vec![b'\r', c, b'\r']
                    } else {
                        vec![c]
                    }
                })
                .collect()
        }),
        ("NUL and invalid bytes", |b| {
            b.iter()
                .flat_map(|&c| {
                    if c == b'\n' {
                        vec![0, 0xff, 0xc3, c]
                    } else {
                        vec![c]
                    }
                })
                .collect()
        }),
    ];
    let scanner = Scanner::new().unwrap();
    let opts = ScanOptions::default();
    for (what, mangle) in mangles {
        let files: Vec<prodgap::RawFile> = sources
            .iter()
            .enumerate()
            .map(|(i, (name, bytes))| {
                let place = places[i % places.len()].replace("{}", &i.to_string());
                let path = if place.ends_with(&format!("x{i}")) {
                    format!("{place}/{name}")
                } else {
                    place
                };
                prodgap::RawFile::new(path, mangle(bytes))
            })
            .collect();
        let n = files.len();
        let r = scanner.scan_files(files, &opts, &mut |_| {});
        let r = r.unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(
            r.project.files_scanned as usize + r.project.skipped.len(),
            n,
            "{what}: every file scanned or skipped"
        );
    }
}

/// Cloud Functions files: thousands of garbled `onCall` / `onRequest` exports (unclosed, nested,
/// destructured, cut mid-token) in a file that names firebase-functions. The parser's export cap
/// and bounded argument scans keep it finite; the endpoint table stays capped.
#[test]
fn garbled_firebase_functions_do_not_hang_or_panic() {
    let scanner = Scanner::new().unwrap();
    let opts = ScanOptions::default();
    let head = "const functions = require('firebase-functions');\nconst { onCall, onRequest } = require('firebase-functions/v2/https');\n";
    let shapes = [
        "exports.a{i} = functions.https.onCall(async (data, context) => {{ if (!context.auth",
        "exports.b{i} = onRequest((req, res) => {{ res.send(req.body",
        "export const c{i} = onCall(async ({{ data, auth }}) => {{ await db.doc(data.id).get(); ",
        "exports.d{i} = functions.https.onCall(",
        "export const e{i} = onCall({{ enforceAppCheck: true }}, async (request) => {{ request.data.x",
    ];
    let mut body = String::from(head);
    for i in 0..4_000 {
        body.push_str(
            &shapes[i % shapes.len()]
                .replace("{i}", &i.to_string())
                .replace("{{", "{")
                .replace("}}", "}"),
        );
        body.push('\n');
    }
    let files = vec![
        prodgap::RawFile::new(
            "functions/package.json",
            r#"{"dependencies":{"firebase-functions":"^6.3.0","firebase-admin":"^13.0.0"}}"#,
        ),
        prodgap::RawFile::new("functions/index.js", body.clone()),
        prodgap::RawFile::new("functions/src/index.ts", "(".repeat(100_000) + head),
        prodgap::RawFile::new(
            "functions/lib/index.js",
            head.to_string() + &"onCall(".repeat(50_000),
        ),
    ];
    let r = scanner
        .scan_files(files, &opts, &mut |_| {})
        .expect("scan completes");
    let eps = r.project.endpoints.len();
    assert!(eps <= 2_000, "{eps} endpoints");
}

#[test]
fn thousands_of_schema_names_do_not_multiply_project_conditions() {
    // 3000 update schemas with an owner field, each name asking every other file whether it
    // writes the schema whole (a project condition), over 40 MB of unrelated modules: the
    // per-scan budget for project conditions keeps this linear.
    let mut schemas = String::from("from pydantic import BaseModel\n\n");
    for i in 0..3000 {
        schemas.push_str(&format!(
            "class Item{i}Update(BaseModel):\n    owner_id: int\n\n"
        ));
    }
    let filler = "x = 1\n".repeat((200 << 10) / 6);
    let mut files = vec![RawFile::new("app/schemas.py", schemas.into_bytes())];
    for i in 0..200 {
        files.push(RawFile::new(
            format!("app/mod{i}.py"),
            filler.clone().into_bytes(),
        ));
    }
    files.push(RawFile::new(
        "app/routers/items.py",
        &b"from ..schemas import Item7Update\n\ndef update(item, body: Item7Update):\n    for k, v in body.model_dump().items():\n        setattr(item, k, v)\n"[..],
    ));
    let r = Scanner::new()
        .unwrap()
        .scan_files(files, &ScanOptions::default(), &mut |_| {})
        .unwrap();
    // The one schema a router writes whole is found before the budget runs out.
    assert!(
        r.findings
            .iter()
            .any(|f| f.rule == "pydantic-update-schema-owner-field"),
        "{:?}",
        r.findings.iter().map(|f| &f.rule).collect::<Vec<_>>()
    );
}

#[test]
fn thousands_of_helpers_do_not_multiply_caller_searches() {
    // 3000 fetch helpers, each asking every file whether some caller passes it request data
    // (an `in = "callers"` condition), over 40 MB of unrelated modules: the per-scan budget for
    // project searches keeps this linear, and the scan ends.
    let mut helpers = String::new();
    for i in 0..3000 {
        helpers.push_str(&format!(
            "export async function load{i}(target) {{\n  return fetch(target);\n}}\n"
        ));
    }
    let filler = "const x = 1;\n".repeat((200 << 10) / 13);
    let mut files = vec![RawFile::new("lib/fetchers.js", helpers.into_bytes())];
    for i in 0..200 {
        files.push(RawFile::new(
            format!("lib/mod{i}.js"),
            filler.clone().into_bytes(),
        ));
    }
    files.push(RawFile::new(
        "routes/preview.js",
        &b"const router = require('express').Router();\nconst { load7 } = require('../lib/fetchers');\nrouter.post('/preview', async (req, res) => {\n  res.send(await load7(req.body.url));\n});\nmodule.exports = router;\n"[..],
    ));
    let r = Scanner::new()
        .unwrap()
        .scan_files(files, &ScanOptions::default(), &mut |_| {})
        .unwrap();
    assert!(
        r.project.files_scanned >= 202,
        "{}",
        r.project.files_scanned
    );
}

/// GraphQL resolver maps: thousands of `Query` / `Mutation` maps, garbled and unclosed, method
/// shorthands cut mid-token, a file of open braces, and resolvers named by references that
/// resolve to each other. The property scan is bounded, the endpoint table is capped, and the
/// scan completes.
#[test]
fn garbled_graphql_resolver_maps_do_not_hang_or_panic() {
    let scanner = Scanner::new().unwrap();
    let opts = ScanOptions::default();
    let head = "const { ApolloServer } = require('@apollo/server');\nconst { GraphQLError } = require('graphql');\n";
    let shapes = [
        "const r{i} = { Query: { a{i}: (_, {{ id }}, ctx) => ctx.db.find(id), b{i}: r{i}.Query.a{i} } };",
        "module.exports.m{i} = { Mutation: { async del{i}(_, {{ orderId }}, ctx) {{ await Order.findByIdAndDelete(orderId",
        "const s{i} = { Query: {{ x{i}: ",
        "Mutation: {{ y{i}(",
        "const t{i} = { Query: { z{i}: t{i} } };",
    ];
    let mut body = String::from(head);
    for i in 0..4_000 {
        body.push_str(
            &shapes[i % shapes.len()]
                .replace("{i}", &i.to_string())
                .replace("{{", "{")
                .replace("}}", "}"),
        );
        body.push('\n');
    }
    let files = vec![
        prodgap::RawFile::new(
            "package.json",
            r#"{"dependencies":{"@apollo/server":"^4.11.0","graphql":"^16.9.0"}}"#,
        ),
        prodgap::RawFile::new("src/resolvers.js", body),
        prodgap::RawFile::new("src/open.js", head.to_string() + &"Query: {".repeat(50_000)),
        prodgap::RawFile::new(
            "src/schema.js",
            "const typeDefs = `scalar JSON\n".to_string()
                + &"type Mutation { f(input: JSON): Int }\n".repeat(20_000)
                + "`;",
        ),
    ];
    let r = scanner
        .scan_files(files, &opts, &mut |_| {})
        .expect("scan completes");
    let eps = r.project.endpoints.len();
    assert!(eps <= 20_000, "{eps} endpoints");
}

#[test]
fn garbled_url_lists_workspaces_helpers_and_patterns_do_not_hang_or_panic() {
    let scanner = Scanner::new().unwrap();
    let opts = ScanOptions::default();
    // Django url lists that include each other, and an unclosed one.
    let mut urls = String::from("from django.urls import include, path\nfrom . import views\n");
    for i in 0..200 {
        urls.push_str(&format!(
            "l{i} = [path(\"a{i}/\", include(l{j})), path(\"b{i}/\", include(l{k})), path(\"v/\", views.v)]\n",
            j = (i + 1) % 200,
            k = (i + 7) % 200
        ));
    }
    urls.push_str(
        "urlpatterns = [path(\"\", include(l0))]\nbroken = [path(\"x/\", include(broken)\n",
    );
    // Workspace globs of every shape, non-strings and a huge list.
    let mut ws: Vec<String> = (0..5_000).map(|i| format!("\"p{i}/**\"")).collect();
    ws.extend([
        "1".into(),
        "null".into(),
        "{}".into(),
        "\"*\"".into(),
        "\"/*\"".into(),
    ]);
    let root = format!(
        r#"{{"workspaces":[{}],"dependencies":{{"express":"^4.0.0"}}}}"#,
        ws.join(",")
    );
    // Helpers returning helpers, object patterns without ends, unclosed callable generics.
    let mut js = String::from("const express = require('express');\nconst app = express();\n");
    for i in 0..300 {
        js.push_str(&format!(
            "function h{i}(a) {{ return h{j}(a) + `SELECT * FROM t ORDER BY ${{a}}`; }}\napp.get('/r{i}', async (req, res) => {{ const {{ url, id = '{i}' }} = req.body; const {{ x: {{ y }} = req.query; await db.query(h{i}(req.query.s)); res.redirect(`${{url}}#token=${{id}}`); }});\n",
            j = (i + 1) % 300
        ));
    }
    js.push_str("export const f = onCall<{ a: string; b: Array<string>");
    js.push_str(&"const { a, ".repeat(5_000));
    let files = vec![
        prodgap::RawFile::new("requirements.txt", "django==5.0.6\n"),
        prodgap::RawFile::new("config/settings.py", "ROOT_URLCONF = \"config.urls\"\n"),
        prodgap::RawFile::new("config/urls.py", urls),
        prodgap::RawFile::new("package.json", root),
        prodgap::RawFile::new("p1/x/package.json", r#"{"dependencies":{"knex":"^3.0.0"}}"#),
        prodgap::RawFile::new("server.js", js),
    ];
    let r = scanner
        .scan_files(files, &opts, &mut |_| {})
        .expect("scan completes");
    assert!(r.project.endpoints.len() <= 20_000);
}

/// This stop's input paths: Ninja routers that mount each other and auth values that name
/// themselves, middleware arrays spreading each other, huge bare names in MongoDB filters
/// (templated conditions), SQL placeholder tuples that never close, mail helpers called in a loop.
#[test]
fn ninja_cycles_middleware_arrays_templated_names_and_open_tuples_do_not_hang_or_panic() {
    let scanner = Scanner::new().unwrap();
    let opts = ScanOptions::default();
    let mut ninja = String::from(
        "from ninja import NinjaAPI, Router\napi_auth = [api_auth, StaffOnly()]\napi = NinjaAPI(auth=api_auth)\n",
    );
    for i in 0..150 {
        ninja.push_str(&format!(
            "r{i} = Router(auth=r{j}_auth, throttle=[])\napi.add_router(\"/r{i}\", r{i})\nr{i}.add_router(\"/x\", r{j})\nr{i}.add_router(\"/s\", \"core.api.r{i}\")\n@r{i}.api_operation([\"GET\", \"POST\"], \"/{{id}}\", auth=None)\ndef op{i}(request, id: int):\n    return Item.objects.get(pk=id)\n",
            j = (i + 1) % 150
        ));
    }
    ninja.push_str("r0 = Router(auth=(((((\n");
    let urls = "from django.urls import path, include\nfrom core.api import api\nurlpatterns = [path(\"api/\", api.urls), path(\"a/\", include(\"dj_rest_auth.urls\"))]\n";
    let mut js = String::from(
        "const express = require('express');\nconst { MongoClient } = require('mongodb');\nconst router = express.Router();\n",
    );
    for i in 0..300 {
        js.push_str(&format!(
            "const mw{i} = [...mw{j}, auth{i}];\nrouter.use(...mw{i});\n",
            j = (i + 1) % 300
        ));
    }
    let long = "n".repeat(100_000);
    js.push_str(&format!(
        "router.post('/x', async (req, res) => {{ const {{ {long} }} = req.body; await db.collection('a').findOne({{ {long} }}); }});\n"
    ));
    for _ in 0..2_000 {
        js.push_str("router.post('/y', async (req, res) => { const { q } = req.body; await c.findOne({ q }); await sendRaw({ to: q, html: q }); });\n");
    }
    let mut py = String::from("from flask import Blueprint\nbp = Blueprint('b', __name__)\n");
    for i in 0..500 {
        py.push_str(&format!(
            "@bp.get('/p/<int:pid>')\ndef h{i}(pid):\n    execute(f\"UPDATE t SET {{cols}} WHERE id = %s\", (*vals, (((\n"
        ));
    }
    let files = vec![
        prodgap::RawFile::new(
            "requirements.txt",
            "django==5.0.6\ndjango-ninja==1.1.0\nflask==3.0.3\n",
        ),
        prodgap::RawFile::new("config/settings.py", "ROOT_URLCONF = \"config.urls\"\n"),
        prodgap::RawFile::new("config/urls.py", urls),
        prodgap::RawFile::new("core/api.py", ninja),
        prodgap::RawFile::new(
            "package.json",
            r#"{"dependencies":{"express":"^4.0.0","mongodb":"^6.0.0"}}"#,
        ),
        prodgap::RawFile::new(
            "lib/mail.js",
            "export async function sendRaw(o) { return resend.emails.send({ ...o }); }\n",
        ),
        prodgap::RawFile::new("server.js", js),
        prodgap::RawFile::new("app/views.py", py),
    ];
    let r = scanner
        .scan_files(files, &opts, &mut |_| {})
        .expect("scan completes");
    assert!(r.project.endpoints.len() <= 20_000);
}

#[test]
fn fastify_plugin_cycles_autoload_and_huge_generics_do_not_hang_or_panic() {
    let scanner = Scanner::new().unwrap();
    let opts = ScanOptions::default();
    let mut files = vec![prodgap::RawFile::new(
        "package.json",
        r#"{"dependencies":{"fastify":"^4.28.0","fastify-plugin":"^4.5.0","@fastify/autoload":"^5.0.0"}}"#,
    )];
    // 200 plugins registering the next one (and the last the first): a cycle of mounts, each
    // fastify-plugin wrapped with a hook and a limiter that leak to the registering instance.
    for i in 0..200 {
        let j = (i + 1) % 200;
        files.push(prodgap::RawFile::new(
            format!("src/routes/p{i}/index.ts"),
            format!(
                "import fp from 'fastify-plugin';\nimport rateLimit from '@fastify/rate-limit';\nimport next from '../p{j}/index';\nexport default fp(async (app) => {{\n  app.addHook('onRequest', app.authenticate);\n  await app.register(rateLimit, {{ max: 5 }});\n  await app.register(next, {{ prefix: '/p{j}' }});\n  await app.register(async (inner) => {{ inner.get('/x', async () => inner.db.item.findMany()); }}, {{ prefix: '/i' }});\n  app.get<{{ Params: {{ id: string }} }}>('/:id', async (req) => app.db.item.findUnique({{ where: {{ id: req.params.id }} }}));\n}});\n"
            ),
        ));
    }
    let generic = "{ A: ".repeat(5_000);
    let app = String::from(
        "import Fastify from 'fastify';\nimport AutoLoad from '@fastify/autoload';\nimport path from 'node:path';\nimport p0 from './routes/p0/index';\nconst app = Fastify();\napp.register(AutoLoad, { dir: path.join(__dirname, 'routes') });\napp.register(p0, { prefix: '/api' });\n",
    );
    files.push(prodgap::RawFile::new("src/app.ts", app));
    // Garbage of its own: a typed route whose generic never closes, unclosed calls.
    let mut junk = String::from("import Fastify from 'fastify';\nconst app = Fastify();\n");
    junk.push_str(&format!("app.get<{generic}>('/g', async () => 1);\n"));
    junk.push_str("app.register(\napp.addHook('onRequest',\napp.get<{ Params: { id: string }\n");
    files.push(prodgap::RawFile::new("src/junk.ts", junk));
    let r = scanner
        .scan_files(files, &opts, &mut |_| {})
        .expect("scan completes");
    assert!(r.project.endpoints.len() <= 20_000);
    assert!(
        r.project
            .endpoints
            .iter()
            .any(|e| e.route.starts_with("/api/")),
        "the registered plugin's routes are mounted"
    );
}

#[test]
fn hostile_env_lines_and_fake_reports_neither_panic_nor_leak() {
    // Multi-byte whitespace and quotes around values, a value that is only `=`, a line with no
    // key, and a key the masking must still hide; plus a file that claims to be a prodgap report.
    let env = "PORT=4000\n\u{3000}API_TOKEN=\u{3000}\"ünï-çødé-Zx8Qm2Lp9Vt4Rk7W\"\r\n==\n=\nEMPTY=\nSESSION_SECRET=k9Fz2Qm7t1xC8vK2pL9sR4wZ6y\n\u{feff}export   WEIRD = ' spaced value 123456 '\n";
    let fake_report =
        "{\"schema\": \"prodgap.report/1\", \"findings\": [{\"snippet\": \"eval(req.body.x)\"}]}";
    let files = vec![
        RawFile::new(".env", env.as_bytes()),
        RawFile::new("report.json", fake_report.as_bytes()),
        RawFile::new("src/auth.js", VULN),
    ];
    let r = Scanner::new()
        .unwrap()
        .scan_files(files, &ScanOptions::default(), &mut |_| {})
        .expect("scan completes");
    assert!(reason_for(&r, "report.json").is_some_and(|s| s.contains("prodgap report")));
    let json = serde_json::to_string(&r).unwrap();
    for secret in [
        "Zx8Qm2Lp9Vt4Rk7W",
        "k9Fz2Qm7t1xC8vK2pL9sR4wZ6y",
        "spaced value 123456",
    ] {
        assert!(!json.contains(secret), "{secret} leaked");
    }
    assert!(
        r.findings
            .iter()
            .any(|f| f.file.as_deref() == Some("src/auth.js"))
    );
}
