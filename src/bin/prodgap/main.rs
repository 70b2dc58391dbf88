//! The `prodgap` command line: argument parsing, reading folders and archives, progress on
//! stderr, writing the chosen format, exit codes (0 clean, 1 findings at or above --fail-on,
//! 2 usage or input error).

mod fixtures;
mod walk;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use prodgap::print::{Format, render};
use prodgap::report::suppress::parse_baseline;
use prodgap::{Config, Progress, RawFile, RuleSet, ScanOptions, Scanner, Severity};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "prodgap",
    version,
    about = "Security and production-readiness audit of AI-built web app prototypes"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Scan a folder, a .zip archive or a single file.
    Scan {
        /// Folder, .zip or file to scan.
        path: PathBuf,
        /// text, json, sarif, markdown or html.
        #[arg(long, short = 'f', default_value = "text")]
        format: String,
        /// Write the report here instead of standard output.
        #[arg(long, short = 'o')]
        output: Option<PathBuf>,
        /// Exit with 1 when an unsuppressed finding is at or above this severity
        /// (critical, high, medium, low, info, or none).
        #[arg(long, default_value = "high")]
        fail_on: String,
        /// Fingerprints to suppress: an earlier JSON report, a JSON list, or one per line.
        #[arg(long)]
        baseline: Option<PathBuf>,
        /// A .prodgap.toml to apply (over the project's own).
        #[arg(long)]
        config: Option<PathBuf>,
        /// Never colour the text output.
        #[arg(long)]
        no_color: bool,
    },
    /// List the rules, or test them against their fixtures.
    Rules {
        /// text or json.
        #[arg(long, short = 'f', default_value = "text")]
        format: String,
        /// Run the fixtures of the given rule ids (all when none is given).
        #[arg(long)]
        test: bool,
        /// Load rules from this folder instead of the embedded ones (rule development).
        #[arg(long)]
        rules_dir: Option<PathBuf>,
        /// Rule ids to test.
        ids: Vec<String>,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("prodgap: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<u8> {
    match cli.cmd {
        Cmd::Scan {
            path,
            format,
            output,
            fail_on,
            baseline,
            config,
            no_color,
        } => scan(
            &path,
            &format,
            output.as_deref(),
            &fail_on,
            baseline.as_deref(),
            config.as_deref(),
            no_color,
        ),
        Cmd::Rules {
            format,
            test,
            rules_dir,
            ids,
        } => rules(&format, test, rules_dir.as_deref(), &ids),
    }
}

fn load_rules(dir: &Path) -> Result<RuleSet> {
    let mut sources = Vec::new();
    fn collect(dir: &Path, depth: usize, out: &mut Vec<(String, String)>) -> Result<()> {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .with_context(|| format!("reading {}", dir.display()))?
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for p in entries {
            let name = p
                .file_name()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            if p.is_dir() && depth == 0 {
                collect(&p, 1, out)?;
            } else if let Some(stem) = name.strip_suffix(".toml")
                && ((depth == 1 && !stem.contains('.'))
                    || (depth == 0 && stem.starts_with("_macros")))
            {
                // Name it like the embedded sources: `rules/<category>/<id>.toml`.
                let rel = p
                    .strip_prefix(dir.parent().unwrap_or(dir))
                    .unwrap_or(&p)
                    .to_string_lossy()
                    .replace('\\', "/");
                let rel = format!("rules/{}", rel.trim_start_matches("rules/"));
                out.push((rel, std::fs::read_to_string(&p)?));
            }
        }
        Ok(())
    }
    collect(dir, 0, &mut sources)?;
    Ok(RuleSet::from_sources(&sources)?)
}

fn rules(format: &str, test: bool, rules_dir: Option<&Path>, ids: &[String]) -> Result<u8> {
    let set = match rules_dir {
        Some(d) => load_rules(d)?,
        None => RuleSet::embedded()?,
    };
    let errors = set.check_all();
    if !errors.is_empty() {
        for (id, e) in &errors {
            eprintln!("rule {id}: {e}");
        }
        bail!("{} rule(s) do not compile", errors.len());
    }
    if test {
        let dir = rules_dir
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("rules"));
        let scanner = Scanner::with_rules(set);
        let all = fixtures::discover(&dir)
            .with_context(|| format!("reading fixtures under {}", dir.display()))?;
        let mut failed = 0;
        let mut ran = 0;
        for fx in all.iter().filter(|f| ids.is_empty() || ids.contains(&f.id)) {
            ran += 1;
            let problems = fixtures::check_rule(&scanner, fx);
            if problems.is_empty() {
                println!("ok    {}", fx.id);
            } else {
                failed += 1;
                println!("FAIL  {}", fx.id);
                for p in problems {
                    println!("      {p}");
                }
            }
        }
        if ran == 0 {
            bail!("no rule matched {:?}", ids);
        }
        println!("{} rule(s) tested, {} failed", ran, failed);
        return Ok(if failed > 0 { 1 } else { 0 });
    }
    let info = set.info();
    match format {
        "json" => println!("{}", serde_json::to_string_pretty(&info)?),
        "text" => {
            for r in &info {
                println!(
                    "{:<44} {:<9} {:<26} {}",
                    r.id,
                    r.severity.as_str(),
                    r.category,
                    r.title
                );
            }
            println!("{} rules", info.len());
        }
        other => bail!("unknown format `{other}` (text, json)"),
    }
    Ok(0)
}

fn progress_bar(show: bool) -> ProgressBar {
    if !show || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::new(0);
    pb.set_style(
        ProgressStyle::with_template("{spinner} {msg:10} [{bar:30}] {pos}/{len} {wide_msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    pb
}

fn scan(
    path: &Path,
    format: &str,
    output: Option<&Path>,
    fail_on: &str,
    baseline: Option<&Path>,
    config: Option<&Path>,
    no_color: bool,
) -> Result<u8> {
    let fmt = Format::parse(format)?;
    let threshold = match fail_on.to_ascii_lowercase().as_str() {
        "none" | "never" => None,
        s => {
            Some(Severity::parse(s).with_context(|| format!("--fail-on: unknown severity `{s}`"))?)
        }
    };
    let scanner = Scanner::new()?;
    let mut opts = ScanOptions::default();
    if let Some(c) = config {
        let text =
            std::fs::read_to_string(c).with_context(|| format!("reading {}", c.display()))?;
        opts.config = Some(Config::parse(&text).with_context(|| c.display().to_string())?);
    }
    if let Some(b) = baseline {
        let text =
            std::fs::read_to_string(b).with_context(|| format!("reading {}", b.display()))?;
        opts.baseline = parse_baseline(&text)?;
    }
    let limits = opts
        .config
        .as_ref()
        .and_then(|c| c.limits.clone())
        .unwrap_or_default();
    let meta =
        std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
    let pb = progress_bar(true);
    let mut on_progress = |p: Progress<'_>| {
        let (label, done, total, file) = match p {
            Progress::Reading { done, total, path } => ("unzipping", done, total, path),
            Progress::Scanning { done, total, path } => ("scanning", done, total, path),
        };
        pb.set_length(total as u64);
        pb.set_position(done as u64);
        if done % 16 == 0 {
            pb.set_message(format!("{label} {file}"));
        }
    };
    let report = if meta.is_dir() {
        pb.set_message("reading");
        let walked = walk::walk(path, &limits, &mut |_| pb.tick());
        let mut report = scanner.scan_files(walked.files, &opts, &mut on_progress)?;
        report.project.skipped.extend(walked.skipped);
        report.project.skipped.sort_by(|a, b| a.path.cmp(&b.path));
        report
    } else {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let is_zip = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
            || bytes.starts_with(b"PK\x03\x04");
        if is_zip {
            scanner.scan_zip(&bytes, &opts, &mut on_progress)?
        } else {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "input".into());
            scanner.scan_files(vec![RawFile::new(name, bytes)], &opts, &mut on_progress)?
        }
    };
    pb.finish_and_clear();
    let color = fmt == Format::Text
        && output.is_none()
        && !no_color
        && std::env::var_os("NO_COLOR").is_none()
        && std::io::stdout().is_terminal();
    let out = render(&report, fmt, color);
    match output {
        Some(p) => std::fs::write(p, out).with_context(|| format!("writing {}", p.display()))?,
        None => {
            let mut so = std::io::stdout().lock();
            so.write_all(out.as_bytes())?;
            so.flush()?;
        }
    }
    let failing = threshold.map_or(0, |t| report.count_at_or_above(t));
    Ok(if failing > 0 { 1 } else { 0 })
}
