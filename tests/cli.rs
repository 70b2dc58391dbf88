//! The CLI end to end: formats, the JSON contract field by field, exit codes, suppressions
//! (inline, config, baseline), .gitignore handling and `prodgap rules`.

mod common;

use common::*;
use serde_json::Value;

fn json_of(o: &std::process::Output) -> Value {
    serde_json::from_str(&stdout(o))
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", stdout(o), stderr(o)))
}

/// The first finding of `rule` in a JSON report.
fn finding<'a>(v: &'a Value, rule: &str) -> &'a Value {
    v["findings"]
        .as_array()
        .and_then(|a| a.iter().find(|f| f["rule"] == rule))
        .unwrap_or_else(|| panic!("no {rule} finding"))
}

#[test]
fn json_report_follows_the_contract() {
    let d = TempDir::new("contract");
    vulnerable_project(&d);
    let o = prodgap(&["scan", d.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v = json_of(&o);
    assert_eq!(v["schema"], "prodgap.report/1");
    assert_eq!(v["tool"]["name"], "prodgap");
    assert!(v["tool"]["version"].is_string());
    let p = &v["project"];
    for k in ["files_scanned", "bytes_scanned"] {
        assert!(p[k].as_u64().is_some(), "project.{k}");
    }
    for k in ["skipped", "stacks", "endpoints"] {
        assert!(p[k].is_array(), "project.{k}");
    }
    assert!(
        p["stacks"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "express")
    );
    let findings = v["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    let jwt = finding(&v, "jwt-sign-without-expiry");
    assert_eq!(jwt["file"], "server.js");
    assert_eq!(jwt["line"], 5);
    assert_eq!(jwt["column"], 17);
    assert_eq!(jwt["end_line"], 5);
    assert_eq!(jwt["fix_stack"], "express");
    for f in findings {
        for k in [
            "rule",
            "category",
            "severity",
            "confidence",
            "title",
            "message",
            "why",
            "fix",
            "fingerprint",
        ] {
            assert!(
                f[k].as_str().is_some_and(|s| !s.is_empty()),
                "finding.{k} in {f}"
            );
        }
        for k in ["file", "line", "column", "end_line", "snippet"] {
            assert!(f.get(k).is_some(), "finding.{k} missing in {f}");
        }
        assert!(
            ["critical", "high", "medium", "low", "info"]
                .contains(&f["severity"].as_str().unwrap())
        );
        assert!(["high", "medium", "low"].contains(&f["confidence"].as_str().unwrap()));
        assert!(f["cwe"].is_array() && f["owasp"].is_array());
        assert!(f["effort_hours"].as_f64().unwrap() > 0.0);
        assert!(f["suppressed"].is_boolean());
        if let Some(path) = f["file"].as_str() {
            assert!(
                !path.starts_with('/') && !path.contains('\\'),
                "relative / paths: {path}"
            );
            assert!(f["line"].as_u64().unwrap() >= 1);
        }
    }
    let s = &v["summary"];
    for sev in ["critical", "high", "medium", "low", "info"] {
        assert!(
            s["by_severity"][sev].as_u64().is_some(),
            "by_severity.{sev}"
        );
    }
    assert!(s["by_category"]["auth.jwt-no-expiry"].as_u64().unwrap() >= 1);
    assert!(s["effort_hours"].as_f64().unwrap() > 0.0);
    assert!(s["score"].as_u64().unwrap() <= 100);
    assert!(["ready", "harden", "rebuild"].contains(&s["verdict"].as_str().unwrap()));
    assert!(!s["reasons"].as_array().unwrap().is_empty());
}

#[test]
fn output_is_stable_between_runs() {
    let d = TempDir::new("stable");
    vulnerable_project(&d);
    let a = prodgap(&["scan", d.path().to_str().unwrap(), "--format", "json"]);
    let b = prodgap(&["scan", d.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(stdout(&a), stdout(&b));
}

#[test]
fn exit_codes() {
    let d = TempDir::new("exit");
    vulnerable_project(&d);
    let p = d.path().to_str().unwrap();
    assert_eq!(prodgap(&["scan", p]).status.code(), Some(1));
    assert_eq!(
        prodgap(&["scan", p, "--fail-on", "none"]).status.code(),
        Some(0)
    );
    assert_eq!(
        prodgap(&["scan", p, "--fail-on", "critical"]).status.code(),
        Some(0)
    );
    assert_eq!(
        prodgap(&["scan", p, "--fail-on", "low"]).status.code(),
        Some(1)
    );
    let clean = TempDir::new("clean");
    clean.write("index.js", "console.log('hello');\n");
    assert_eq!(
        prodgap(&["scan", clean.path().to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    // Usage and input errors: 2, with a message.
    assert_eq!(
        prodgap(&["scan", p, "--format", "pdf"]).status.code(),
        Some(2)
    );
    assert_eq!(
        prodgap(&["scan", p, "--fail-on", "severe"]).status.code(),
        Some(2)
    );
    let missing = prodgap(&["scan", "/nonexistent/prodgap/path"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("cannot read"),
        "{}",
        stderr(&missing)
    );
    assert_eq!(prodgap(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(prodgap(&["--version"]).status.code(), Some(0));
}

#[test]
fn every_format_renders() {
    let d = TempDir::new("formats");
    vulnerable_project(&d);
    let p = d.path().to_str().unwrap();
    let text = stdout(&prodgap(&["scan", p, "--format", "text"]));
    assert!(
        text.contains("JWT signed without an expiry") && text.contains("server.js:5"),
        "{text}"
    );
    assert!(!text.contains('\x1b'), "no colour when not a terminal");
    let md = stdout(&prodgap(&["scan", p, "--format", "markdown"]));
    assert!(md.starts_with("# Production-readiness audit") && md.contains("**Verdict:"));
    let html = stdout(&prodgap(&["scan", p, "--format", "html"]));
    assert!(html.starts_with("<!doctype html>") && html.contains("Content-Security-Policy"));
    let out = d.path().join("report.sarif");
    let o = prodgap(&["scan", p, "--format", "sarif", "-o", out.to_str().unwrap()]);
    assert!(stdout(&o).is_empty());
    let sarif: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in rules {
        assert!(
            r["id"].is_string()
                && r["shortDescription"]["text"].is_string()
                && r["help"]["text"].is_string()
        );
        let sev: f64 = r["properties"]["security-severity"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((0.0..=10.0).contains(&sev));
        assert!(
            r["properties"]["tags"]
                .as_array()
                .unwrap()
                .iter()
                .any(|t| t == "security")
        );
    }
    for res in results {
        let idx = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[idx]["id"], res["ruleId"]);
        let loc = &res["locations"][0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
        assert!(
            !uri.starts_with('/') && !uri.contains("://"),
            "relative uri: {uri}"
        );
        assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        assert!(loc["region"]["startLine"].as_u64().unwrap() >= 1);
        assert!(res["partialFingerprints"]["prodgap/v1"].is_string());
        assert!(["error", "warning", "note"].contains(&res["level"].as_str().unwrap()));
    }
    let jwt_rule = rules
        .iter()
        .find(|r| r["id"] == "jwt-sign-without-expiry")
        .unwrap();
    assert!(
        jwt_rule["properties"]["tags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == "external/cwe/cwe-613")
    );
}

#[test]
fn inline_allow_config_and_baseline_suppress() {
    let d = TempDir::new("suppress");
    vulnerable_project(&d);
    let p = d.path().to_str().unwrap();
    // Inline, on the line before.
    let src = std::fs::read_to_string(d.path().join("server.js")).unwrap();
    d.write(
        "server.js",
        src.replace(
            "  const token",
            "  // prodgap:allow jwt-sign-without-expiry -- short-lived demo\n  const token",
        ),
    );
    let v = json_of(&prodgap(&[
        "scan",
        p,
        "--format",
        "json",
        "--fail-on",
        "none",
    ]));
    let f = finding(&v, "jwt-sign-without-expiry");
    assert_eq!(f["suppressed"], true);
    assert_eq!(f["suppression"], "inline: short-lived demo");
    assert_eq!(v["summary"]["by_category"].get("auth.jwt-no-expiry"), None);
    d.write("server.js", src.clone());

    // Project config: disable, severity override, exclude.
    d.write(
        ".prodgap.toml",
        "disable = [\"gitignore-missing-env\"]\n[severity]\njwt-sign-without-expiry = \"low\"\n",
    );
    let v = json_of(&prodgap(&[
        "scan",
        p,
        "--format",
        "json",
        "--fail-on",
        "none",
    ]));
    let f = finding(&v, "jwt-sign-without-expiry");
    assert_eq!(f["severity"], "low");
    d.write(".prodgap.toml", "exclude = [\"server.js\"]\n");
    let v = json_of(&prodgap(&[
        "scan",
        p,
        "--format",
        "json",
        "--fail-on",
        "none",
    ]));
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["file"] != "server.js")
    );
    assert!(
        v["project"]["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["path"] == "server.js" && s["reason"] == "excluded by configuration")
    );
    // A broken project config is reported and ignored, not fatal.
    d.write(".prodgap.toml", "disable = [\"no-such-rule\"]\n");
    let o = prodgap(&["scan", p, "--format", "json", "--fail-on", "none"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("unknown rule id"));
    std::fs::remove_file(d.path().join(".prodgap.toml")).unwrap();
    // A broken --config is a usage error.
    let bad = d.write("../bad-config-prodgap.toml", "disabel = []\n");
    assert_eq!(
        prodgap(&["scan", p, "--config", bad.to_str().unwrap()])
            .status
            .code(),
        Some(2)
    );
    let _ = std::fs::remove_file(bad);

    // Baseline: everything from a previous run is suppressed.
    let base = d.path().join("baseline.json");
    prodgap(&[
        "scan",
        p,
        "--format",
        "json",
        "-o",
        base.to_str().unwrap(),
        "--fail-on",
        "none",
    ]);
    let o = prodgap(&[
        "scan",
        p,
        "--format",
        "json",
        "--baseline",
        base.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let v = json_of(&o);
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["suppressed"] == true && f["suppression"] == "baseline")
    );
}

#[test]
fn gitignore_is_respected_but_env_files_are_still_reported() {
    let d = TempDir::new("gitignore");
    d.write("package.json", "{\"name\":\"x\"}");
    d.write(".gitignore", "ignored/\n.env\n");
    d.write("ignored/leak.js", "eval(req.query.code)\n");
    d.write(
        ".env",
        "STRIPE_SECRET_KEY=sk_live_51NqWbVv2Qk8sLm3Xz7PdRt9Yh\n",
    );
    d.write("node_modules/pkg/index.js", "eval(x)\n");
    let v = json_of(&prodgap(&[
        "scan",
        d.path().to_str().unwrap(),
        "--format",
        "json",
        "--fail-on",
        "none",
    ]));
    let files: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["file"].as_str())
        .collect();
    assert!(!files.contains(&"ignored/leak.js"));
    let env = finding(&v, "env-file-committed");
    assert_eq!(env["severity"], "medium");
    assert!(
        v["project"]["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["path"] == "node_modules/")
    );
    assert!(
        !stdout(&prodgap(&[
            "scan",
            d.path().to_str().unwrap(),
            "--format",
            "json"
        ]))
        .contains("sk_live_51NqWbVv2Qk8sLm3Xz7PdRt9Yh")
    );
}

#[test]
fn single_file_and_zip_inputs() {
    let d = TempDir::new("inputs");
    let f = d.write(
        "auth.ts",
        "import { sign } from 'jsonwebtoken';\nexport const t = sign({ a: 1 }, process.env.S!);\n",
    );
    let v = json_of(&prodgap(&["scan", f.to_str().unwrap(), "--format", "json"]));
    assert_eq!(v["findings"][0]["file"], "auth.ts");
    assert_eq!(v["findings"][0]["line"], 2);
    let z = d.write("app.zip", zip_bytes(&[("myapp/src/auth.ts", b"import { sign } from 'jsonwebtoken';\nexport const t = sign({ a: 1 }, process.env.S!);\n"), ("myapp/README.md", b"# x")]));
    let v = json_of(&prodgap(&["scan", z.to_str().unwrap(), "--format", "json"]));
    assert_eq!(
        v["findings"][0]["file"], "src/auth.ts",
        "single top folder is stripped"
    );
}

#[test]
fn rules_command_lists_and_tests() {
    let o = prodgap(&["rules", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0));
    let v = json_of(&o);
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"jwt-sign-without-expiry") && ids.contains(&"env-file-committed"));
    let text = stdout(&prodgap(&["rules"]));
    assert!(text.contains("rules"));
    let rules_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/rules");
    let o = prodgap(&[
        "rules",
        "--test",
        "--rules-dir",
        rules_dir,
        "jwt-sign-without-expiry",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("ok    jwt-sign-without-expiry"));
}

#[test]
fn rules_test_fails_on_a_broken_fixture() {
    // Copy one rule and break its fixture: the harness must notice both kinds of mismatch.
    let d = TempDir::new("broken-fixture");
    let src = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/rules/auth.jwt-no-expiry/jwt-sign-without-expiry"
    );
    d.write(
        "rules/auth.jwt-no-expiry/jwt-sign-without-expiry.toml",
        std::fs::read(format!("{src}.toml")).unwrap(),
    );
    let js = std::fs::read_to_string(format!("{src}.js")).unwrap();
    let broken = js
        .replacen(
            "// ok: jwt-sign-without-expiry",
            "// ruleid: jwt-sign-without-expiry",
            1,
        )
        .replacen(
            "// ruleid: jwt-sign-without-expiry",
            "// ok: jwt-sign-without-expiry",
            1,
        );
    d.write(
        "rules/auth.jwt-no-expiry/jwt-sign-without-expiry.js",
        broken,
    );
    let o = prodgap(&[
        "rules",
        "--test",
        "--rules-dir",
        d.path().join("rules").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("not found") && out.contains("false positive"),
        "{out}"
    );
}
