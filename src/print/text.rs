//! Human text: findings grouped by severity, with location, masked snippet, why and fix;
//! ANSI colours when writing to a terminal.

use super::{file_line, stack_label};
use crate::report::{Report, Severity};
use std::fmt::Write;

struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn sev(&self, sev: Severity, s: &str) -> String {
        let code = match sev {
            Severity::Critical => "1;97;41",
            Severity::High => "1;31",
            Severity::Medium => "33",
            Severity::Low => "36",
            Severity::Info => "2",
        };
        self.paint(code, s)
    }
}

/// Removes control characters so a hostile file name or snippet cannot drive the terminal.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                '?'
            } else {
                c
            }
        })
        .collect()
}

fn wrap(text: &str, indent: &str, width: usize) -> String {
    let mut out = String::new();
    for para in text.lines() {
        let mut line = String::new();
        for w in para.split_whitespace() {
            if !line.is_empty() && line.len() + w.len() + 1 > width {
                let _ = writeln!(out, "{indent}{line}");
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(w);
        }
        let _ = writeln!(out, "{indent}{line}");
    }
    out
}

pub fn render(r: &Report, color: bool) -> String {
    let st = Style { on: color };
    let mut o = String::new();
    let p = &r.project;
    let _ = writeln!(
        o,
        "{} {} — {} files scanned ({} KB){}",
        st.paint("1", "prodgap"),
        r.tool.version,
        p.files_scanned,
        p.bytes_scanned / 1024,
        if p.stacks.is_empty() {
            String::new()
        } else {
            format!(", stack: {}", p.stacks.join(", "))
        }
    );
    let active: Vec<_> = r.findings.iter().filter(|f| !f.suppressed).collect();
    for sev in Severity::ALL {
        let group: Vec<_> = active.iter().filter(|f| f.severity == sev).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(
            o,
            "\n{}",
            st.sev(
                sev,
                &format!(" {} ({}) ", sev.as_str().to_uppercase(), group.len())
            )
        );
        for f in group {
            let _ = writeln!(
                o,
                "\n  {} {}",
                st.paint("1", &clean(&f.title)),
                st.paint("2", &format!("[{} · {}]", f.rule, f.category))
            );
            let _ = writeln!(
                o,
                "  {}  {}",
                st.paint("4", &clean(&file_line(f))),
                st.paint(
                    "2",
                    &format!(
                        "confidence {}, ~{} h",
                        f.confidence.as_str(),
                        f.effort_hours
                    )
                )
            );
            if let (Some(snippet), Some(line)) = (&f.snippet, f.line) {
                for (i, l) in snippet.lines().enumerate() {
                    let _ = writeln!(
                        o,
                        "    {} {}",
                        st.paint("2", &format!("{:>5} |", line as usize + i)),
                        clean(l)
                    );
                }
            }
            o.push_str(&wrap(&clean(&f.message), "    ", 100));
            let _ = write!(
                o,
                "{}",
                wrap(&format!("Why: {}", clean(&f.why)), "    ", 100)
            );
            let label = f
                .fix_stack
                .as_deref()
                .map(|s| format!("Fix ({}): ", stack_label(s)))
                .unwrap_or_else(|| "Fix: ".into());
            let _ = write!(
                o,
                "{}",
                wrap(&format!("{label}{}", clean(&f.fix)), "    ", 100)
            );
        }
    }
    let s = &r.summary;
    let _ = writeln!(o, "\n{}", st.paint("1", "Summary"));
    let _ = writeln!(
        o,
        "  readiness score {}/100 — verdict: {}",
        s.score,
        st.paint("1", &s.verdict.to_uppercase())
    );
    let counts: Vec<String> = Severity::ALL
        .iter()
        .map(|sv| {
            format!(
                "{} {}",
                sv.as_str(),
                s.by_severity.get(sv.as_str()).copied().unwrap_or(0)
            )
        })
        .collect();
    let _ = writeln!(
        o,
        "  {}   effort ≈ {} h",
        counts.join(" · "),
        s.effort_hours
    );
    for reason in &s.reasons {
        o.push_str(&wrap(&format!("- {reason}"), "  ", 100));
    }
    for good in &p.strengths {
        o.push_str(&wrap(&format!("+ {}", clean(good)), "  ", 100));
    }
    if s.suppressed > 0 {
        let _ = writeln!(
            o,
            "  {} finding(s) suppressed (inline allow, config or baseline).",
            s.suppressed
        );
    }
    if !p.skipped.is_empty() {
        let _ = writeln!(
            o,
            "  {} path(s) skipped (see --format json for the list and reasons).",
            p.skipped.len()
        );
    }
    o
}
