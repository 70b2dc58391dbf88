//! Markdown: the audit a consultant would hand over: verdict and reasons, what to fix first,
//! findings by severity with snippet, why and fix, the endpoint table and what was skipped.

use super::{file_line, stack_label};
use crate::report::{Report, Severity};
use std::fmt::Write;

/// Escapes text outside code: no raw HTML, no table breaks, no accidental emphasis of paths.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '|' => out.push_str("\\|"),
            '*' | '_' | '`' | '[' | ']' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => out.push('?'),
            c => out.push(c),
        }
    }
    out
}

/// Prose that may contain `inline code` spans (rule texts are ours): keep backticks, escape HTML.
fn prose(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A fenced block whose fence is longer than any backtick run inside.
fn fenced(s: &str, lang: &str) -> String {
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    format!("{fence}{lang}\n{s}\n{fence}\n")
}

/// Renders fix text: our fix texts mix prose and indented/fenced code; keep them as written.
fn fix_block(s: &str) -> String {
    if s.contains("```") {
        s.to_string()
    } else {
        prose(s)
    }
}

pub fn render(r: &Report) -> String {
    let s = &r.summary;
    let mut o = String::new();
    let _ = writeln!(o, "# Production-readiness audit\n");
    let _ = writeln!(
        o,
        "**Verdict: {}** · readiness score **{}/100** · estimated effort **{} h** · {} files scanned{}\n",
        s.verdict.to_uppercase(),
        s.score,
        s.effort_hours,
        r.project.files_scanned,
        if r.project.stacks.is_empty() {
            String::new()
        } else {
            format!(" · stack: {}", esc(&r.project.stacks.join(", ")))
        }
    );
    for reason in &s.reasons {
        let _ = writeln!(o, "- {}", prose(reason));
    }
    if !r.project.strengths.is_empty() {
        let _ = writeln!(o, "\n**Already good:**\n");
        for g in &r.project.strengths {
            let _ = writeln!(o, "- {}", esc(g));
        }
    }
    let _ = writeln!(o, "\n| Severity | Findings |\n|---|---|");
    for sev in Severity::ALL {
        let _ = writeln!(
            o,
            "| {} | {} |",
            sev.as_str(),
            s.by_severity.get(sev.as_str()).copied().unwrap_or(0)
        );
    }
    if !s.by_category.is_empty() {
        let _ = writeln!(o, "\n| Category | Findings | Effort (h) |\n|---|---|---|");
        for (c, n) in &s.by_category {
            let _ = writeln!(
                o,
                "| {} | {} | {} |",
                esc(c),
                n,
                s.effort_by_category.get(c).copied().unwrap_or(0.0)
            );
        }
    }
    let active: Vec<_> = r.findings.iter().filter(|f| !f.suppressed).collect();
    if !active.is_empty() {
        let _ = writeln!(o, "\n## Fix first\n");
        for (i, f) in active.iter().take(10).enumerate() {
            let _ = writeln!(
                o,
                "{}. **{}** — {} (`{}`, ~{} h)",
                i + 1,
                esc(&f.title),
                esc(&file_line(f)),
                f.severity.as_str(),
                f.effort_hours
            );
        }
    }
    let mut n = 0;
    for sev in Severity::ALL {
        let group: Vec<_> = active.iter().filter(|f| f.severity == sev).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(
            o,
            "\n## {} ({})\n",
            sev.as_str().to_uppercase(),
            group.len()
        );
        for f in group {
            n += 1;
            let _ = writeln!(o, "### {n}. {}\n", esc(&f.title));
            let _ = writeln!(
                o,
                "`{}` · {} · confidence {} · {} · ~{} h\n",
                file_line(f).replace('`', "'"),
                esc(&f.category),
                f.confidence.as_str(),
                esc(&[f.cwe.join(", "), f.owasp.join(", ")]
                    .iter()
                    .filter(|x| !x.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" · ")),
                f.effort_hours
            );
            let _ = writeln!(o, "{}\n", prose(&f.message));
            if let Some(snippet) = &f.snippet {
                o.push_str(&fenced(snippet, ""));
                o.push('\n');
            }
            let _ = writeln!(o, "**Why it matters:** {}\n", prose(&f.why));
            let label = f
                .fix_stack
                .as_deref()
                .map(|s| format!(" ({})", stack_label(s)))
                .unwrap_or_default();
            let _ = writeln!(o, "**How to fix{label}:**\n\n{}\n", fix_block(&f.fix));
            let _ = writeln!(
                o,
                "<sub>rule `{}` · fingerprint `{}`</sub>\n",
                f.rule, f.fingerprint
            );
        }
    }
    if !r.project.endpoints.is_empty() {
        let _ = writeln!(
            o,
            "\n## Endpoints\n\n| Method | Route | File | Auth | Rate limit | Validation |\n|---|---|---|---|---|---|"
        );
        for e in &r.project.endpoints {
            let yn = |b: bool| if b { "yes" } else { "**no**" };
            let _ = writeln!(
                o,
                "| {} | {} | {}:{} | {} | {} | {} |",
                esc(&e.method),
                esc(&e.route),
                esc(&e.file),
                e.line,
                yn(e.auth),
                yn(e.rate_limited),
                yn(e.validated)
            );
        }
    }
    if s.suppressed > 0 {
        let _ = writeln!(
            o,
            "\n{} finding(s) suppressed (inline allow, configuration or baseline).",
            s.suppressed
        );
    }
    if !r.project.skipped.is_empty() {
        let _ = writeln!(
            o,
            "\n<details><summary>{} path(s) skipped</summary>\n\n| Path | Reason |\n|---|---|",
            r.project.skipped.len()
        );
        for sk in &r.project.skipped {
            let _ = writeln!(o, "| {} | {} |", esc(&sk.path), esc(&sk.reason));
        }
        let _ = writeln!(o, "\n</details>");
    }
    let _ = writeln!(
        o,
        "\n---\nGenerated by prodgap {} (schema {}). The source never left the machine it was scanned on.",
        r.tool.version, r.schema
    );
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(
            esc("<img src=x onerror=alert(1)>|a_b"),
            "&lt;img src=x onerror=alert(1)&gt;\\|a\\_b"
        );
        assert!(fenced("a ``` b", "").starts_with("````\n"));
    }
}
