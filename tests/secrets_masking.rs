//! Secrets never appear whole in any output. Every true-positive secret of the
//! `rules/secret.hardcoded` fixtures (the value each rule's `secret` group captures on a line after
//! a `ruleid:` annotation) is scanned in its fixture and again in several syntaxes, and every
//! printer's output (text, JSON, SARIF, Markdown, HTML) is searched for it. The list grows with the
//! rules: a new rule's fixtures are covered without touching this file.
//!
//! Also here: browser-exposed secrets are escalated to critical, and public-by-design keys produce
//! no finding at all.

use aho_corasick::AhoCorasick;
use prodgap::print::{Format, render};
use prodgap::rules::fixture::{Mark, fixture_path, parse_annotations};
use prodgap::{RawFile, Report, RuleSet, ScanOptions, Scanner, Severity};
use std::collections::BTreeSet;
use std::path::Path;

const FORMATS: [Format; 5] = [
    Format::Text,
    Format::Json,
    Format::Sarif,
    Format::Markdown,
    Format::Html,
];

fn hardcoded_dir() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/rules/secret.hardcoded"
    ))
}

/// One fixture file: (name it is scanned under, text).
fn fixture_files() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(hardcoded_dir())
        .expect("rules/secret.hardcoded")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_none_or(|e| e != "toml"))
        .collect();
    entries.sort();
    for p in entries {
        let text = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        out.push((fixture_path(&text).unwrap_or(name), text));
    }
    out
}

/// (rule id, secret value) for every `ruleid:` line of every fixture, extracted with the rule's
/// own patterns: the `secret` group (or the whole match) of a match that starts on that line.
fn fixture_secrets(rules: &RuleSet, files: &[(String, String)]) -> Vec<(String, String)> {
    let mut out = BTreeSet::new();
    for (_, text) in files {
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let line_of = |pos: usize| line_starts.partition_point(|&s| s <= pos);
        for e in parse_annotations(text)
            .into_iter()
            .filter(|e| e.mark == Mark::RuleId)
        {
            let Some(rule) = rules.get(&e.rule) else {
                continue;
            };
            let Some(spec) = &rule.spec.secret else {
                continue;
            };
            let compiled = rule.compiled().expect("rule compiles");
            for re in &compiled.patterns {
                for caps in re.captures_iter(text.as_bytes()) {
                    let m = caps.get(0).unwrap();
                    if line_of(m.start()) != e.line {
                        continue;
                    }
                    let g = caps.name(&spec.group).unwrap_or(m);
                    let v = String::from_utf8_lossy(g.as_bytes()).into_owned();
                    out.insert((e.rule.clone(), v));
                }
            }
        }
    }
    out.into_iter().collect()
}

/// Values worth searching for: long enough and random enough that finding one whole in an output
/// can only mean it leaked (not a word that a rule's own text could contain).
fn searchable(v: &str) -> bool {
    v.len() >= 10 && v.bytes().any(|b| b.is_ascii_digit())
}

/// The forms a value takes in the outputs: as is, JSON-escaped, HTML-escaped, and each long line
/// of a multi-line value (a PEM body line shown whole is a leak too).
fn forms(v: &str) -> Vec<String> {
    let mut out = vec![v.to_string()];
    let json = serde_json::to_string(v).unwrap();
    out.push(json[1..json.len() - 1].to_string());
    out.push(
        v.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&#39;"),
    );
    for piece in v.split("\\n").flat_map(|p| p.split('\n')) {
        let piece = piece.trim();
        if piece.len() >= 16 && !piece.contains("PRIVATE KEY") {
            out.push(piece.to_string());
        }
    }
    out.sort();
    out.dedup();
    out
}

fn env_name(rule: &str) -> String {
    rule.to_ascii_uppercase().replace('-', "_")
}

/// The same values again in .env, JSON, YAML, TypeScript and Python syntax, one per line, under a
/// variable named after the rule (`STRIPE_LIVE_SECRET_KEY`) so name-based rules recognize them.
fn variant_files(secrets: &[(String, String)]) -> Vec<RawFile> {
    let (mut env, mut json, mut yaml, mut ts, mut py) = (
        String::new(),
        String::from("{\n"),
        String::new(),
        String::new(),
        String::new(),
    );
    for (i, (rule, v)) in secrets.iter().enumerate() {
        let name = format!("{}_{i}", env_name(rule));
        let escaped = v.replace('\n', "\\n");
        let quoted = serde_json::to_string(v).unwrap();
        env.push_str(&format!("{name}=\"{escaped}\"\n"));
        json.push_str(&format!("  \"{name}\": {quoted},\n"));
        yaml.push_str(&format!("{name}: {quoted}\n"));
        ts.push_str(&format!("export const {name} = {quoted};\n"));
        py.push_str(&format!("{name} = {quoted}\n"));
    }
    json.push_str("  \"end\": true\n}\n");
    vec![
        RawFile::new("variants/secrets.env", env),
        RawFile::new("variants/secrets.json", json),
        RawFile::new("variants/secrets.yaml", yaml),
        RawFile::new("variants/secrets.ts", ts),
        RawFile::new("variants/secrets.py", py),
    ]
}

fn scan(files: Vec<RawFile>) -> Report {
    Scanner::new()
        .expect("embedded rules load")
        .scan_files(files, &ScanOptions::default(), &mut |_| {})
        .expect("scan succeeds")
}

/// Every searchable form of every value, in one automaton: (automaton, rule of each pattern).
fn needles(values: &[(String, String)]) -> (AhoCorasick, Vec<String>) {
    let mut patterns = Vec::new();
    let mut labels = Vec::new();
    for (rule, v) in values.iter().filter(|(_, v)| searchable(v)) {
        for form in forms(v) {
            patterns.push(form);
            labels.push(rule.clone());
        }
    }
    (AhoCorasick::new(&patterns).expect("automaton"), labels)
}

/// Rules whose secrets appear whole in `text`.
fn found(needles: &(AhoCorasick, Vec<String>), text: &str) -> BTreeSet<String> {
    needles
        .0
        .find_overlapping_iter(text)
        .map(|m| needles.1[m.pattern().as_usize()].clone())
        .collect()
}

/// Every place a value appears whole, as readable problems.
fn leaks(report: &Report, values: &[(String, String)]) -> Vec<String> {
    let needles = needles(values);
    let mut problems = Vec::new();
    for format in FORMATS {
        for rule in found(&needles, &render(report, format, false)) {
            problems.push(format!("{format:?} output shows a `{rule}` secret whole"));
        }
    }
    // The JSON report's free-text fields, field by field, to say where.
    let json: serde_json::Value =
        serde_json::from_str(&render(report, Format::Json, false)).unwrap();
    for f in json["findings"].as_array().unwrap() {
        for (field, text) in [
            ("message", &f["message"]),
            ("snippet", &f["snippet"]),
            ("context", &f["context"]["text"]),
        ] {
            for rule in found(&needles, text.as_str().unwrap_or("")) {
                problems.push(format!(
                    "finding {} at {}:{} shows a `{rule}` secret in `{field}`",
                    f["rule"], f["file"], f["line"]
                ));
            }
        }
    }
    problems.sort();
    problems.dedup();
    problems
}

#[test]
fn no_output_format_shows_a_fixture_secret_whole() {
    let rules = RuleSet::embedded().expect("embedded rules load");
    let files = fixture_files();
    let secrets = fixture_secrets(&rules, &files);
    let rule_count = rules
        .rules()
        .iter()
        .filter(|r| r.spec.category == "secret.hardcoded" && r.spec.secret.is_some())
        .count();
    let covered: BTreeSet<&str> = secrets.iter().map(|(r, _)| r.as_str()).collect();
    assert!(
        covered.len() == rule_count,
        "every secret.hardcoded rule should contribute fixture secrets; missing: {:?}",
        rules
            .rules()
            .iter()
            .filter(|r| r.spec.category == "secret.hardcoded"
                && r.spec.secret.is_some()
                && !covered.contains(r.id()))
            .map(|r| r.id())
            .collect::<Vec<_>>()
    );
    assert!(
        secrets.len() >= 2 * rule_count,
        "only {} secrets extracted",
        secrets.len()
    );

    // 1. The fixtures as they are plus the variants, in one project.
    let mut project: Vec<RawFile> = files
        .iter()
        .map(|(name, text)| RawFile::new(name.clone(), text.as_bytes()))
        .collect();
    project.extend(variant_files(&secrets));
    let report = scan(project);
    let secret_findings = report
        .findings
        .iter()
        .filter(|f| f.category == "secret.hardcoded")
        .count();
    assert!(
        secret_findings >= secrets.len(),
        "only {secret_findings} secret findings for {} secrets",
        secrets.len()
    );
    let problems = leaks(&report, &secrets);
    assert!(
        problems.is_empty(),
        "{} leak(s):\n{}",
        problems.len(),
        problems.join("\n")
    );

    // 2. The variants alone: whatever is detected there must be masked without help from the
    // fixtures (the defence-in-depth pass only knows values found in the same scan).
    let report = scan(variant_files(&secrets));
    let detected: Vec<(String, String)> = secrets
        .iter()
        .enumerate()
        .filter(|(i, (rule, _))| {
            let name = format!("{}_{i}", env_name(rule));
            report.findings.iter().any(|f| {
                f.category == "secret.hardcoded"
                    && f.snippet.as_deref().is_some_and(|s| {
                        // `NAME_1=` must not match `NAME_12=`.
                        ["=", "\"", ":", " "]
                            .iter()
                            .any(|end| s.contains(&format!("{name}{end}")))
                    })
            })
        })
        .map(|(_, s)| s.clone())
        .collect();
    assert!(
        detected.len() * 2 >= secrets.len(),
        "only {} of {} values detected in the .env/JSON/YAML/TS/Python variants",
        detected.len(),
        secrets.len()
    );
    let problems = leaks(&report, &detected);
    assert!(
        problems.is_empty(),
        "{} leak(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn browser_exposed_secrets_are_critical_and_say_why() {
    let key = "sk_live_51Qm2Lp9Vt4Rk7WbN3cXa1Yq6Ud5Hs2Zk8TpLm3Nx7TzP2wR8yJ5cH1dF6gB4sA0eU3iO7kZqWe";
    let report = scan(vec![
        RawFile::new(
            ".env.local",
            format!("NEXT_PUBLIC_STRIPE_SECRET_KEY={key}\n"),
        ),
        RawFile::new(
            "components/Checkout.tsx",
            format!("\"use client\";\nconst stripe = new Stripe(\"{key}\");\n"),
        ),
        RawFile::new("package.json", "{\"dependencies\":{\"next\":\"14.2.3\"}}"),
    ]);
    let hits: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule == "stripe-live-secret-key")
        .collect();
    assert_eq!(hits.len(), 2, "{hits:#?}");
    for f in hits {
        assert_eq!(f.severity, Severity::Critical);
        assert!(
            f.message.contains("NEXT_PUBLIC_") || f.message.contains("browser"),
            "{}",
            f.message
        );
    }
}

#[test]
fn public_keys_and_environment_reads_produce_no_secret_finding() {
    // payload {"iss":"supabase","ref":"qwmzkxtnplrvbhsdyfea","role":"anon","iat":1719420800,"exp":2034996800}
    let anon = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3bXpreHRucGxydmJoc2R5ZmVhIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTk0MjA4MDAsImV4cCI6MjAzNDk5NjgwMH0.Kq9vLm3Nx7TzP2wR8yJ5cH1dF6gB4sA0eU3iO7kZ_Q";
    let pk = "pk_live_51Qm2Lp9Vt4Rk7WbN3cXa1Yq6Ud5Hs2Zk8TpLm3Nx7TzP2wR8yJ5cH1dF6gB4sA0eU3iO7kZqWe";
    let firebase = "AIzaSyD9kQ3mZp0Ad7RfQw1Ee4Ty5xB3vLk2Vb8";
    let report = scan(vec![
        RawFile::new(
            ".env.local",
            format!(
                "NEXT_PUBLIC_SUPABASE_URL=https://qwmzkxtnplrvbhsdyfea.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY={anon}\n\
                 NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=sb_publishable_D25gO3eui5oI4L3h7bx-vg_fCHbo3LV\n\
                 NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY={pk}\nNEXT_PUBLIC_FIREBASE_API_KEY={firebase}\n"
            ),
        ),
        RawFile::new(
            "lib/clients.ts",
            format!(
                "\"use client\";\nimport {{ createBrowserClient }} from \"@supabase/ssr\";\n\
                 export const supabase = createBrowserClient(\"https://qwmzkxtnplrvbhsdyfea.supabase.co\", \"{anon}\");\n\
                 export const stripePk = \"{pk}\";\n\
                 export const firebaseConfig = {{\n  apiKey: \"{firebase}\",\n  authDomain: \"shop-7f3k.firebaseapp.com\",\n  projectId: \"shop-7f3k\",\n  messagingSenderId: \"402918374650\",\n}};\n"
            ),
        ),
        RawFile::new(
            "server/index.js",
            "const stripe = require(\"stripe\")(process.env.STRIPE_SECRET_KEY);\n\
             const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n\
             const JWT_SECRET = process.env.JWT_SECRET;\n\
             const db = { password: process.env.DB_PASSWORD, url: process.env.DATABASE_URL };\n",
        ),
        RawFile::new(
            "api/settings.py",
            "import os\nfrom pydantic_settings import BaseSettings\nfrom pydantic import SecretStr\n\n\
             class Settings(BaseSettings):\n    openai_api_key: SecretStr\n    jwt_secret: SecretStr\n    database_url: str\n\n\
             STRIPE_SECRET_KEY = os.environ[\"STRIPE_SECRET_KEY\"]\nDB_PASSWORD = os.getenv(\"DB_PASSWORD\")\n",
        ),
        RawFile::new(".gitignore", ".env*\n!.env.example\n"),
        RawFile::new("package.json", "{\"dependencies\":{\"next\":\"14.2.3\"}}"),
    ]);
    let secret_findings: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.category.starts_with("secret."))
        .map(|f| {
            format!(
                "{} {}:{}",
                f.rule,
                f.file.as_deref().unwrap_or("-"),
                f.line.unwrap_or(0)
            )
        })
        .collect();
    assert!(secret_findings.is_empty(), "{secret_findings:#?}");
}

#[test]
fn keys_in_a_gitignored_env_file_are_at_most_high_unless_browser_exposed() {
    let key = "sk_live_51Qm2Lp9Vt4Rk7WbN3cXa1Yq6Ud5Hs2Zk8TpLm3Nx7TzP2wR8yJ5cH1dF6gB4sA0eU3iO7kZqWe";
    let files = |ignore: &str| {
        vec![
            RawFile::new(".gitignore", ignore.to_string()),
            RawFile::new(".env", format!("STRIPE_SECRET_KEY={key}\n")),
            RawFile::new(
                ".env.local",
                format!("NEXT_PUBLIC_STRIPE_SECRET_KEY={key}\n"),
            ),
            RawFile::new("package.json", "{\"dependencies\":{\"next\":\"14.2.3\"}}"),
        ]
    };
    let sev = |report: &Report, file: &str| {
        report
            .findings
            .iter()
            .find(|f| f.rule == "stripe-live-secret-key" && f.file.as_deref() == Some(file))
            .map(|f| (f.severity, f.message.contains(".gitignore covers")))
    };
    let ignored = scan(files(".env\n.env.local\nnode_modules\n"));
    assert_eq!(sev(&ignored, ".env"), Some((Severity::High, true)));
    assert_eq!(
        sev(&ignored, ".env.local").map(|s| s.0),
        Some(Severity::Critical)
    );
    let tracked = scan(files("node_modules\n"));
    assert_eq!(sev(&tracked, ".env"), Some((Severity::Critical, false)));
}
