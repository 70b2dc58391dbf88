//! A standalone HTML audit (no script, inline style): every scanned string is escaped.

use super::{file_line, stack_label};
use crate::report::{Report, Severity};
use std::fmt::Write;

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}\
h1{margin-bottom:.2rem}.v{font-size:1.2rem}.f{border:1px solid #ddd;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}\
.sev{display:inline-block;padding:0 .5rem;border-radius:4px;color:#fff;font-weight:600;font-size:.8rem}\
.critical{background:#8b0000}.high{background:#c0392b}.medium{background:#b9770e}.low{background:#2471a3}.info{background:#666}\
pre{background:#f5f5f5;padding:.6rem;overflow:auto;white-space:pre-wrap}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem}";

pub fn render(r: &Report) -> String {
    let s = &r.summary;
    let mut o = String::new();
    let _ = write!(
        o,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"><title>prodgap audit</title><style>{STYLE}</style></head><body>"
    );
    let _ = write!(
        o,
        "<h1>Production-readiness audit</h1><p class=\"v\">Verdict: <b>{}</b> · score <b>{}/100</b> · effort ≈ <b>{} h</b> · {} files · {}</p><ul>",
        esc(&s.verdict.to_uppercase()),
        s.score,
        s.effort_hours,
        r.project.files_scanned,
        esc(&r.project.stacks.join(", "))
    );
    for reason in &s.reasons {
        let _ = write!(o, "<li>{}</li>", esc(reason));
    }
    o.push_str("</ul>");
    for sev in Severity::ALL {
        let group: Vec<_> = r
            .findings
            .iter()
            .filter(|f| !f.suppressed && f.severity == sev)
            .collect();
        if group.is_empty() {
            continue;
        }
        let _ = write!(
            o,
            "<h2>{} ({})</h2>",
            esc(&sev.as_str().to_uppercase()),
            group.len()
        );
        for f in group {
            let _ = write!(
                o,
                "<div class=\"f\"><span class=\"sev {}\">{}</span> <b>{}</b><br><code>{}</code> · {} · {}<p>{}</p>",
                sev.as_str(),
                sev.as_str(),
                esc(&f.title),
                esc(&file_line(f)),
                esc(&f.rule),
                esc(&f.cwe.join(", ")),
                esc(&f.message)
            );
            if let Some(sn) = &f.snippet {
                let _ = write!(o, "<pre>{}</pre>", esc(sn));
            }
            let label = f
                .fix_stack
                .as_deref()
                .map(|s| format!(" ({})", stack_label(s)))
                .unwrap_or_default();
            let _ = write!(
                o,
                "<p><b>Why:</b> {}</p><p><b>Fix{}:</b></p><pre>{}</pre></div>",
                esc(&f.why),
                esc(&label),
                esc(&f.fix)
            );
        }
    }
    if !r.project.endpoints.is_empty() {
        o.push_str("<h2>Endpoints</h2><table><tr><th>Method</th><th>Route</th><th>File</th><th>Auth</th><th>Rate limit</th><th>Validation</th></tr>");
        for e in &r.project.endpoints {
            let _ = write!(
                o,
                "<tr><td>{}</td><td>{}</td><td>{}:{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&e.method),
                esc(&e.route),
                esc(&e.file),
                e.line,
                e.auth,
                e.rate_limited,
                e.validated
            );
        }
        o.push_str("</table>");
    }
    let _ = writeln!(
        o,
        "<p><small>prodgap {} · {}</small></p></body></html>",
        esc(&r.tool.version),
        esc(&r.schema)
    );
    o
}
