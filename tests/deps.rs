//! Dependency analysis end to end: every lockfile format parsed, version matching at the edges
//! (semver prereleases, PEP 440 local/post/dev releases), grouping of advisories per package,
//! and hostile manifests and lockfiles that must neither panic nor hang.

use prodgap::project::deps::advisories::{Eco, Ver, db};
use prodgap::project::deps::lockfile::Lockfile;
use prodgap::project::deps::{pep440, semver};
use prodgap::{Finding, RawFile, ScanOptions, Scanner};

fn lock(path: &str, text: &str) -> Lockfile {
    let l = Lockfile::parse(path, text.as_bytes()).expect("a lockfile name");
    assert!(l.error.is_none(), "{path}: {:?}", l.error);
    l
}

fn entries(l: &Lockfile) -> Vec<(String, String, u32, Option<bool>)> {
    l.entries
        .iter()
        .map(|e| (e.name.clone(), e.version.clone(), e.line, e.dev))
        .collect()
}

fn e(
    name: &str,
    version: &str,
    line: u32,
    dev: Option<bool>,
) -> (String, String, u32, Option<bool>) {
    (name.into(), version.into(), line, dev)
}

fn scan(files: &[(&str, &str)]) -> Vec<Finding> {
    let scanner = Scanner::new().expect("rules load");
    let raw = files.iter().map(|(p, t)| RawFile::new(*p, *t)).collect();
    scanner
        .scan_files(raw, &ScanOptions::default(), &mut |_| {})
        .expect("scan")
        .findings
}

fn of<'a>(fs: &'a [Finding], rule: &str) -> Vec<&'a Finding> {
    fs.iter().filter(|f| f.rule == rule).collect()
}

// ---------- formats ----------

#[test]
fn package_lock_v1_v2_v3() {
    let v1 = lock(
        "package-lock.json",
        r#"{"lockfileVersion":1,"dependencies":{
"express":{"version":"4.17.1","dependencies":{
"qs":{"version":"6.7.0"}}},
"jest":{"version":"29.0.0","dev":true}}}"#,
    );
    assert_eq!(
        entries(&v1),
        vec![
            e("express", "4.17.1", 2, Some(false)),
            e("qs", "6.7.0", 3, Some(false)),
            e("jest", "29.0.0", 4, Some(true))
        ]
    );
    assert_eq!(v1.resolve("", "express", "^4.17.1"), Some(0));

    // v2 has both sections; `packages` wins. Links and the root are not packages.
    let v2 = lock(
        "package-lock.json",
        r#"{"lockfileVersion":2,"packages":{"":{"name":"x"},
"node_modules/a":{"version":"1.0.0"},
"node_modules/w":{"resolved":"apps/w","link":true},
"node_modules/alias":{"name":"real-pkg","version":"2.0.0","devOptional":true}},
"dependencies":{"a":{"version":"9.9.9"}}}"#,
    );
    assert_eq!(
        entries(&v2),
        vec![
            e("a", "1.0.0", 2, Some(false)),
            e("real-pkg", "2.0.0", 4, Some(true))
        ]
    );

    let v3 = lock(
        "apps/package-lock.json",
        "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n    \"web/node_modules/next\": { \"version\": \"14.2.35\" },\n    \"node_modules/next\": { \"version\": \"15.5.21\" }\n  }\n}\n",
    );
    assert_eq!(v3.dir, "apps");
    assert_eq!(
        v3.resolve("web", "next", "14.2.35")
            .map(|i| v3.entries[i].version.as_str()),
        Some("14.2.35")
    );
    assert_eq!(
        v3.resolve("docs", "next", "^15")
            .map(|i| v3.entries[i].version.as_str()),
        Some("15.5.21")
    );
}

#[test]
fn yarn_classic_and_berry() {
    let classic = lock(
        "yarn.lock",
        "# yarn lockfile v1\n\n\"@babel/core@^7.0.0\", \"@babel/core@^7.12.3\":\n  version \"7.20.5\"\n  dependencies:\n    semver \"^6.3.0\"\n\nsemver@^6.3.0:\n  version \"6.3.0\"\n\nsemver@^7.5.4:\n  version \"7.6.3\"\n",
    );
    assert_eq!(
        entries(&classic),
        vec![
            e("@babel/core", "7.20.5", 3, None),
            e("semver", "6.3.0", 8, None),
            e("semver", "7.6.3", 11, None)
        ]
    );
    assert_eq!(classic.resolve("", "semver", "^7.5.4"), Some(2));
    assert_eq!(classic.resolve("", "@babel/core", "^7.12.3"), Some(0));

    let berry = lock(
        "yarn.lock",
        "__metadata:\n  version: 8\n\n\"lodash@npm:^4.17.20, lodash@npm:^4.17.21\":\n  version: 4.17.21\n  resolution: \"lodash@npm:4.17.21\"\n\n\"resolve@patch:resolve@npm%3A^1.20.0#~builtin<compat/resolve>\":\n  version: 1.22.8\n\n\"app@workspace:.\":\n  version: 0.0.0-use.local\n",
    );
    assert_eq!(entries(&berry), vec![e("lodash", "4.17.21", 4, None)]);
    assert_eq!(berry.resolve("", "lodash", "^4.17.21"), Some(0));
}

#[test]
fn pnpm_v5_v6_v9() {
    let v5 = lock(
        "pnpm-lock.yaml",
        "lockfileVersion: 5.4\n\nspecifiers:\n  next: 13.0.0\n\ndependencies:\n  next: 13.0.0_react@18.2.0\n\ndevDependencies:\n  typescript: 4.9.4\n\npackages:\n\n  /next/13.0.0_react@18.2.0:\n    resolution: {integrity: sha512-x}\n    dev: false\n\n  /@babel/core/7.20.5:\n    dev: true\n\n  /typescript/4.9.4:\n    dev: true\n",
    );
    assert_eq!(
        entries(&v5),
        vec![
            e("next", "13.0.0", 14, Some(false)),
            e("@babel/core", "7.20.5", 18, Some(true)),
            e("typescript", "4.9.4", 21, Some(true))
        ]
    );
    assert_eq!(v5.resolve("", "next", "13.0.0"), Some(0));

    let v6 = lock(
        "pnpm-lock.yaml",
        "lockfileVersion: '6.0'\n\ndependencies:\n  next:\n    specifier: ^13.4.0\n    version: 13.4.0(react-dom@18.2.0)(react@18.2.0)\n\npackages:\n\n  /next@13.4.0(react-dom@18.2.0)(react@18.2.0):\n    resolution: {integrity: sha512-x}\n    dependencies:\n      postcss: 8.4.14\n    dev: false\n\n  /postcss@8.4.14:\n    dev: false\n",
    );
    assert_eq!(
        entries(&v6),
        vec![
            e("next", "13.4.0", 10, Some(false)),
            e("postcss", "8.4.14", 16, Some(false))
        ]
    );
    assert_eq!(v6.resolve("", "next", "^13.4.0"), Some(0));

    // v9 workspaces: importers per directory, peer suffixes nested in parentheses.
    let v9 = lock(
        "pnpm-lock.yaml",
        "lockfileVersion: '9.0'\n\nimporters:\n\n  .: {}\n\n  apps/web:\n    dependencies:\n      next:\n        specifier: 14.1.0\n        version: 14.1.0(react-dom@18.2.0(react@18.2.0))(react@18.2.0)\n\npackages:\n\n  next@14.1.0:\n    resolution: {integrity: sha512-x}\n\n  next@15.5.21:\n    resolution: {integrity: sha512-x}\n\n  '@next/env@14.1.0':\n    resolution: {integrity: sha512-x}\n",
    );
    assert_eq!(v9.entries.len(), 3);
    assert_eq!(
        v9.resolve("apps/web", "next", "14.1.0")
            .map(|i| v9.entries[i].version.as_str()),
        Some("14.1.0")
    );
    assert_eq!(v9.entries[2].name, "@next/env");
}

#[test]
fn bun_poetry_uv_pdm_pipfile() {
    let bun = lock(
        "bun.lock",
        "{\n  \"lockfileVersion\": 1,\n  \"packages\": {\n    \"axios\": [\"axios@1.6.2\", \"\", {}, \"sha512-x\"],\n    \"web/axios\": [\"axios@0.21.1\", \"\", {}, \"sha512-x\"],\n    \"@scope/pkg\": [\"@scope/pkg@2.0.0\", \"\", {}, \"sha512-x\"],\n    \"app\": [\"app@workspace:apps/app\"],\n  }\n}\n",
    );
    assert_eq!(
        entries(&bun),
        vec![
            e("axios", "1.6.2", 4, None),
            e("axios", "0.21.1", 5, None),
            e("@scope/pkg", "2.0.0", 6, None)
        ]
    );
    assert_eq!(bun.resolve("", "axios", "^1.6.0"), Some(0));

    let poetry = lock(
        "poetry.lock",
        "[[package]]\nname = \"Flask_Cors\"\nversion = \"3.0.10\"\ncategory = \"main\"\n\n[package.dependencies]\nname = \">=1\"\n\n[[package]]\nname = \"pytest\"\nversion = \"7.4.0\"\ncategory = \"dev\"\n",
    );
    assert_eq!(
        entries(&poetry),
        vec![
            e("flask-cors", "3.0.10", 2, Some(false)),
            e("pytest", "7.4.0", 10, Some(true))
        ]
    );

    let uv = lock(
        "uv.lock",
        "version = 1\n\n[[package]]\nname = \"me\"\nversion = \"0.1.0\"\nsource = { virtual = \".\" }\n\n[[package]]\nname = \"starlette\"\nversion = \"0.27.0\"\nsource = { registry = \"https://pypi.org/simple\" }\n",
    );
    assert_eq!(entries(&uv), vec![e("starlette", "0.27.0", 9, None)]);

    let pdm = lock(
        "pdm.lock",
        "[metadata]\ngroups = [\"default\"]\n\n[[package]]\nname = \"django\"\nversion = \"4.2.1\"\n",
    );
    assert_eq!(entries(&pdm), vec![e("django", "4.2.1", 5, None)]);

    let pipfile = lock(
        "Pipfile.lock",
        "{\n\"default\": {\n\"Django\": {\"version\": \"==4.2.1\"}\n},\n\"develop\": {\n\"pytest\": {\"version\": \"==7.4.0\"}\n}\n}\n",
    );
    assert_eq!(
        entries(&pipfile),
        vec![
            e("django", "4.2.1", 3, Some(false)),
            e("pytest", "7.4.0", 6, Some(true))
        ]
    );
}

// ---------- version matching ----------

#[test]
fn semver_prereleases_sort_before_their_release() {
    let v = |s: &str| semver::Version::parse(s).expect(s);
    assert!(v("15.0.0-canary.9") < v("15.0.0-canary.10"));
    assert!(v("15.0.0-canary.206") < v("15.0.0-rc.0"));
    assert!(v("15.0.0-rc.0") < v("15.0.0"));
    assert!(v("1.0.0-alpha") < v("1.0.0-alpha.1") && v("1.0.0-alpha.1") < v("1.0.0-alpha.beta"));
    assert!(v("1.0.0-beta.11") > v("1.0.0-beta.2"));
    // Advisory ranges that start at a canary catch canaries; a canary after the fix is clean.
    let next = db().advisories(Eco::Npm, "next");
    let hit = |s: &str| next.iter().any(|a| a.affects(&Ver::Npm(v(s))).is_some());
    assert!(hit("15.6.0-canary.60"));
    assert!(!hit("16.3.0-canary.1"));
    assert!(!hit("15.5.21") && hit("15.5.20"));
}

#[test]
fn pep440_local_post_dev_and_pre_releases_against_a_fix() {
    let p = |s: &str| Ver::Py(pep440::Version::parse(s).expect(s));
    let jinja = db().advisories(Eco::PyPI, "jinja2");
    let hit = |s: &str| jinja.iter().any(|a| a.affects(&p(s)).is_some());
    // The last jinja2 fix in the slice is 3.1.6.
    assert!(
        hit("3.1.5")
            && hit("3.1.6rc1")
            && hit("3.1.6.dev0")
            && hit("3.1.5.post1")
            && hit("3.1.5+ubuntu1")
    );
    assert!(!hit("3.1.6") && !hit("3.1.6+local.7") && !hit("3.1.6.post1") && !hit("3.1.7.dev1"));
    // Normalised spellings compare equal.
    assert_eq!(p("3.1.6-rc.1"), p("3.1.6rc1"));
    assert_eq!(p("1.0"), p("1.0.0"));
    assert!(p("1!0.1") > p("2024.7.4"));
}

#[test]
fn specifier_sets_and_ranges() {
    let s = pep440::parse_spec("~=3.1.4, !=3.1.5").unwrap();
    let v = |x: &str| pep440::Version::parse(x).unwrap();
    assert!(s.allows(&v("3.1.6")) && !s.allows(&v("3.1.5")) && !s.allows(&v("3.2.0")));
    let r = semver::Range::parse(">=1.2.7 <1.3.0 || ^2.0.0-rc.1").unwrap();
    assert!(r.satisfies(&semver::Version::parse("1.2.9").unwrap()));
    assert!(r.satisfies(&semver::Version::parse("2.0.0-rc.2").unwrap()));
    assert!(!r.satisfies(&semver::Version::parse("1.3.0-beta").unwrap()));
}

// ---------- findings ----------

#[test]
fn several_advisories_of_one_package_make_one_finding() {
    let fs = scan(&[
        (
            "package.json",
            "{\n  \"dependencies\": {\n    \"next\": \"14.1.0\",\n    \"react\": \"18.3.1\"\n  }\n}\n",
        ),
        (
            "package-lock.json",
            "{\"lockfileVersion\":3,\"packages\":{\"node_modules/next\":{\"version\":\"14.1.0\"},\"node_modules/react\":{\"version\":\"18.3.1\"}}}",
        ),
    ]);
    let v = of(&fs, "dependency-vulnerable");
    assert_eq!(v.len(), 1, "{v:#?}");
    let f = v[0];
    assert_eq!((f.file.as_deref(), f.line), (Some("package.json"), Some(3)));
    assert!(
        f.message
            .contains("next 14.1.0 (locked in package-lock.json) has ")
            && f.message.contains("known advisories"),
        "{}",
        f.message
    );
    assert!(
        f.message.contains("GHSA-f82v-jwr5-mffw")
            && f.message.contains("Upgrade to 15.5.21 or later"),
        "{}",
        f.message
    );
    assert_eq!(f.confidence, prodgap::report::Confidence::High);
    // Severity is the worst advisory's.
    assert!(f.severity >= prodgap::Severity::High);
}

#[test]
fn one_environment_one_finding_per_package_in_python() {
    // requirements.txt and pyproject.toml describe one environment: the lockfile version wins.
    let fs = scan(&[
        (
            "pyproject.toml",
            "[tool.poetry.dependencies]\npython = \"^3.11\"\nfastapi = \"^0.103.0\"\n",
        ),
        ("requirements.txt", "fastapi==0.103.2\n"),
        (
            "poetry.lock",
            "[[package]]\nname = \"fastapi\"\nversion = \"0.103.2\"\n",
        ),
    ]);
    let v = of(&fs, "dependency-vulnerable");
    assert_eq!(v.len(), 1, "{v:#?}");
    assert_eq!(
        (v[0].file.as_deref(), v[0].line),
        (Some("pyproject.toml"), Some(3))
    );
}

#[test]
fn indirect_packages_are_reported_at_the_lockfile_and_grouped_across_versions() {
    let fs = scan(&[
        (
            "package.json",
            "{\"dependencies\":{\"express\":\"4.21.2\"}}",
        ),
        (
            "package-lock.json",
            "{\n\"lockfileVersion\":3,\n\"packages\":{\n\"node_modules/express\":{\"version\":\"4.21.2\"},\n\"node_modules/qs\":{\"version\":\"6.7.0\"},\n\"node_modules/a/node_modules/qs\":{\"version\":\"6.5.2\"},\n\"node_modules/b/node_modules/qs\":{\"version\":\"6.7.0\"}\n}\n}\n",
        ),
    ]);
    let v = of(&fs, "dependency-vulnerable");
    assert_eq!(v.len(), 1, "{v:#?}");
    assert_eq!(
        (v[0].file.as_deref(), v[0].line),
        (Some("package-lock.json"), Some(5))
    );
    assert!(
        v[0].message
            .contains("qs 6.5.2, 6.7.0 is installed as an indirect dependency"),
        "{}",
        v[0].message
    );
    assert_eq!(v[0].confidence, prodgap::report::Confidence::Medium);
}

#[test]
fn malicious_single_versions_and_unfixed_packages_say_so() {
    let fs = scan(&[
        (
            "package.json",
            "{\"dependencies\":{\"debug\":\"4.4.2\",\"request\":\"2.88.2\"}}",
        ),
        (
            "package-lock.json",
            "{\"lockfileVersion\":3,\"packages\":{\"node_modules/debug\":{\"version\":\"4.4.2\"},\"node_modules/request\":{\"version\":\"2.88.2\"}}}",
        ),
    ]);
    let v = of(&fs, "dependency-vulnerable");
    let debug = v
        .iter()
        .find(|f| f.message.contains("debug 4.4.2"))
        .expect("debug");
    assert_eq!(debug.severity, prodgap::Severity::Critical);
    assert!(
        debug.message.contains("only this exact release"),
        "{}",
        debug.message
    );
    // `request` is deprecated and its advisory has no fixed release: one finding (replace it),
    // which names the advisory, instead of a second "upgrade" finding with nothing to upgrade to.
    assert!(
        !v.iter().any(|f| f.message.contains("request 2.88.2")),
        "{v:#?}"
    );
    let d = of(&fs, "dependency-deprecated");
    assert_eq!(d.len(), 1);
    assert!(
        d[0].message.contains(
            "no fixed release on record (the upgrade path is replacing it): GHSA-p8p7-x288-28g6"
        ),
        "{}",
        d[0].message
    );
}

#[test]
fn projects_without_manifests_pay_nothing() {
    let fs = scan(&[("util.js", "export const x = 1;\n")]);
    assert!(fs.iter().all(|f| !f.category.starts_with("deps.")));
}

// ---------- hostile input ----------

#[test]
fn hostile_lockfiles_and_manifests_do_not_panic() {
    let deep = format!(
        "{{\"lockfileVersion\":1,\"dependencies\":{}{}}}",
        "{\"a\":{\"version\":\"1.0.0\",\"dependencies\":".repeat(300),
        "{}".to_string() + &"}}".repeat(300)
    );
    let absurd_versions = "{\"lockfileVersion\":3,\"packages\":{\"node_modules/next\":{\"version\":\"99999999999999999999999.0.0\"},\"node_modules/qs\":{\"version\":\"6.7.0-\"},\"node_modules/axios\":{\"version\":123}}}";
    let yaml_noise =
        "packages:\n".to_string() + &"  '@@@@(((:\n    dev: maybe\n      x: (\n".repeat(2000);
    let yarn_noise = "\"\":\n  version \"\n@:\n  version:\n".repeat(2000);
    let toml_noise = "[[package]]\nname = \"\nversion = \"=\"\n[[package]]\n".repeat(2000);
    let req_noise = "\\\n".repeat(10_000) + "django==" + &"9".repeat(5000);
    let pyproject_bad = "[project\ndependencies = [\"django\"";
    let manifest_noise = "{\"dependencies\":{\"next\":\"".to_string()
        + &"^1 || ".repeat(5000)
        + "\",\"react\":{\"nested\":true},\"x\":\"npm:\",\"y\":\"npm:@\"}}";
    let fs = scan(&[
        ("a/package.json", "{\"dependencies\":{\"a\":\"1.0.0\"}}"),
        ("a/package-lock.json", &deep),
        (
            "b/package.json",
            "{\"dependencies\":{\"next\":\"*\",\"qs\":\"^6\"}}",
        ),
        ("b/package-lock.json", absurd_versions),
        ("c/package.json", &manifest_noise),
        ("c/pnpm-lock.yaml", &yaml_noise),
        ("d/yarn.lock", &yarn_noise),
        ("e/poetry.lock", &toml_noise),
        ("e/requirements.txt", &req_noise),
        ("f/pyproject.toml", pyproject_bad),
        (
            "g/Pipfile.lock",
            "{\"default\": {\"x\": {\"version\": [1,2]}}, \"develop\": 7}",
        ),
        (
            "h/uv.lock",
            "[[package]]\nname = 'x'\nversion = '1.0'\n[[package",
        ),
    ]);
    // Still a report; the broken pieces are simply not used.
    assert!(fs.iter().all(|f| !f.message.is_empty()));
}

#[test]
fn a_large_lockfile_is_read_in_reasonable_time() {
    let mut text = String::from("{\"lockfileVersion\":3,\"packages\":{\n");
    for i in 0..60_000 {
        text.push_str(&format!("\"node_modules/pkg-{i}\":{{\"version\":\"1.{}.{}\",\"integrity\":\"sha512-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}},\n", i % 50, i % 7));
    }
    text.push_str("\"node_modules/qs\":{\"version\":\"6.7.0\"}\n}}\n");
    assert!(text.len() > 5 << 20);
    let l = lock("package-lock.json", &text);
    assert_eq!(l.entries.len(), 60_001);
    let fs = scan(&[
        (
            "package.json",
            "{\"dependencies\":{\"express\":\"^4.21.2\"}}",
        ),
        ("package-lock.json", &text),
    ]);
    assert_eq!(of(&fs, "dependency-vulnerable").len(), 1);
}

#[test]
fn random_text_through_every_parser() {
    // A small deterministic generator over characters the parsers care about, multi-byte
    // characters included (slicing must stay on char boundaries).
    let alphabet: Vec<char> = "abc019.-_@/^~<>=!*|, :\"'{}[]()#\n\n  \\+éé€x"
        .chars()
        .collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let names = [
        "package.json",
        "package-lock.json",
        "yarn.lock",
        "pnpm-lock.yaml",
        "bun.lock",
        "poetry.lock",
        "uv.lock",
        "Pipfile.lock",
        "requirements.txt",
        "pyproject.toml",
        "Pipfile",
    ];
    for round in 0..1500 {
        let len = (next() % 300) as usize;
        let text: String = (0..len)
            .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
            .collect();
        let _ = semver::Range::parse(&text).map(|r| (r.minimum(), r.unbounded()));
        let _ = semver::Version::parse(&text);
        let _ = pep440::Version::parse(&text);
        let _ = pep440::parse_spec(&text);
        let _ = pep440::parse_poetry(&text);
        let name = names[round % names.len()];
        let _ = Lockfile::parse(name, text.as_bytes());
        let _ = prodgap::project::deps::manifest::parse(name, text.as_bytes());
    }
}

#[test]
fn mutated_fixture_lockfiles_do_not_panic() {
    let base = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/rules/deps.vulnerable/dependency-vulnerable.fixtures"
    ));
    let mut samples: Vec<(String, Vec<u8>)> = Vec::new();
    for case in std::fs::read_dir(base).expect("fixtures").flatten() {
        for f in std::fs::read_dir(case.path()).expect("case").flatten() {
            let name = f.file_name().to_string_lossy().into_owned();
            if let Ok(bytes) = std::fs::read(f.path()) {
                samples.push((name, bytes));
            }
        }
    }
    assert!(samples.len() > 20);
    let mut seed: u64 = 42;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        seed >> 33
    };
    for (name, bytes) in &samples {
        for _ in 0..40 {
            let mut b = bytes.clone();
            for _ in 0..(1 + next() % 6) {
                if b.is_empty() {
                    break;
                }
                let at = (next() as usize) % b.len();
                match next() % 4 {
                    0 => {
                        b.remove(at);
                    }
                    1 => b.insert(at, b"\n \"'@:(#{[-"[(next() % 11) as usize]),
                    2 => b[at] = 0xC3,
                    _ => b.truncate(at),
                }
            }
            let _ = Lockfile::parse(name, &b);
            let _ = prodgap::project::deps::manifest::parse(name, &b);
        }
    }
}

#[test]
fn middleware_bypass_advisories_lead_when_sign_in_lives_in_middleware() {
    let pkg = (
        "package.json",
        r#"{"dependencies":{"next":"14.2.20","jose":"5.9.6"}}"#,
    );
    let mw = (
        "src/middleware.ts",
        "import { NextResponse } from \"next/server\";\nimport { jwtVerify } from \"jose\";\nexport async function middleware(req) {\n  try { await jwtVerify(req.cookies.get(\"session\")?.value ?? \"\", new TextEncoder().encode(process.env.JWT_SECRET)); return NextResponse.next(); }\n  catch { return NextResponse.redirect(new URL(\"/login\", req.url)); }\n}\nexport const config = { matcher: [\"/dashboard/:path*\"] };\n",
    );
    let vuln = |files: &[(&str, &str)]| {
        scan(files)
            .into_iter()
            .find(|f| f.rule == "dependency-vulnerable" && f.message.contains("next 14.2.20"))
            .expect("next 14.2.20 has advisories")
    };
    let with = vuln(&[pkg, mw]);
    assert_eq!(with.severity, prodgap::Severity::Critical);
    let lead = with
        .message
        .find("Sign-in is checked in `src/middleware.ts`");
    let cve = with.message.find("CVE-2025-29927");
    assert!(lead.is_some() && cve.is_some(), "{}", with.message);
    // The bypass is the first advisory detailed after the count.
    let list = with.message.find("known advisories: ").expect("a list");
    let first = with.message[list..].split(';').next().unwrap_or("");
    assert!(first.contains("middleware"), "{first}");
    // A middleware that only sets headers: no lead, the usual order.
    let headers = (
        "middleware.ts",
        "import { NextResponse } from \"next/server\";\nexport function middleware() {\n  const res = NextResponse.next();\n  res.headers.set(\"X-Frame-Options\", \"DENY\");\n  return res;\n}\n",
    );
    let without = vuln(&[pkg, headers]);
    assert!(
        !without.message.contains("Sign-in is checked"),
        "{}",
        without.message
    );
    // Auth.js v5 and NextAuth v4 re-export their middleware: the whole file is one line.
    for reexport in [
        "export { auth as middleware } from \"@/auth\";\nexport const config = { matcher: [\"/admin/:path*\"] };\n",
        "export { default } from \"next-auth/middleware\";\nexport const config = { matcher: [\"/dashboard/:path*\"] };\n",
    ] {
        let v = vuln(&[pkg, ("middleware.ts", reexport)]);
        assert_eq!(v.severity, prodgap::Severity::Critical, "{reexport}");
        assert!(
            v.message.contains("Sign-in is checked in `middleware.ts`"),
            "{}",
            v.message
        );
    }
}

#[test]
fn node_only_advisories_do_not_make_a_browser_app_critical() {
    let spa = (
        "frontend/package.json",
        r#"{"dependencies":{"axios":"1.6.0","react":"18.3.1","react-dom":"18.3.1"},"devDependencies":{"vite":"5.4.11"}}"#,
    );
    let api = (
        "server/package.json",
        r#"{"dependencies":{"axios":"1.6.0","express":"4.21.2"}}"#,
    );
    let found = scan(&[spa, api]);
    let sev = |file: &str| {
        found
            .iter()
            .find(|f| {
                f.rule == "dependency-vulnerable"
                    && f.file.as_deref() == Some(file)
                    && f.message.contains("axios")
            })
            .map(|f| (f.severity, f.message.clone()))
            .expect("axios finding")
    };
    let (browser, msg) = sev("frontend/package.json");
    assert_eq!(browser, prodgap::Severity::High, "{msg}");
    assert!(msg.contains("browser app"), "{msg}");
    // The first advisory listed is one that reaches a browser (no proxy / SSRF / Node adapter).
    let first = msg[msg.find("known advisories: ").expect("list")..]
        .split(';')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    assert!(
        !first.contains("proxy") && !first.contains("ssrf"),
        "{first}"
    );
    let (server, msg) = sev("server/package.json");
    assert_eq!(server, prodgap::Severity::Critical, "{msg}");
}

#[test]
fn a_workspace_root_without_a_lockfile_is_one_finding() {
    let files = [
        (
            "package.json",
            r#"{ "name": "mono", "private": true, "workspaces": ["client", "server"], "devDependencies": { "concurrently": "8.2.2" } }"#,
        ),
        (
            "client/package.json",
            r#"{ "dependencies": { "react": "^18.3.1" } }"#,
        ),
        (
            "server/package.json",
            r#"{ "dependencies": { "express": "^4.21.2" } }"#,
        ),
        (
            "other/package.json",
            r#"{ "dependencies": { "lodash": "^4.17.21" } }"#,
        ),
    ];
    let found = scan(&files);
    let mut at: Vec<String> = of(&found, "no-lockfile")
        .iter()
        .map(|f| f.file.clone().unwrap_or_default())
        .collect();
    at.sort();
    // `other/` is not one of the root's workspaces: it is installed on its own.
    assert_eq!(
        at,
        vec!["other/package.json".to_string(), "package.json".to_string()]
    );
    // Without `workspaces`, each package needs its own lockfile.
    let plain: Vec<(&str, &str)> = files
        .iter()
        .map(|&(p, t)| {
            (
                p,
                if p == "package.json" {
                    r#"{ "name": "mono", "devDependencies": { "concurrently": "8.2.2" } }"#
                } else {
                    t
                },
            )
        })
        .collect();
    assert_eq!(of(&scan(&plain), "no-lockfile").len(), 4);
    // `packages/*` globs and the `{ "packages": [...] }` form.
    let globbed = [
        (
            "package.json",
            r#"{ "private": true, "workspaces": { "packages": ["apps/*"] }, "devDependencies": { "turbo": "^2.0.0" } }"#,
        ),
        (
            "apps/web/package.json",
            r#"{ "dependencies": { "next": "^14.2.0" } }"#,
        ),
        (
            "apps/api/package.json",
            r#"{ "dependencies": { "express": "^4.21.2" } }"#,
        ),
    ];
    let at: Vec<String> = of(&scan(&globbed), "no-lockfile")
        .iter()
        .map(|f| f.file.clone().unwrap_or_default())
        .collect();
    assert_eq!(at, vec!["package.json".to_string()]);
    // A root lockfile covers every workspace.
    let mut locked = files.to_vec();
    locked.push((
        "package-lock.json",
        r#"{ "name": "mono", "lockfileVersion": 3, "packages": {} }"#,
    ));
    assert!(of(&scan(&locked), "no-lockfile").is_empty());
}
