//! Printers: the report as human text (optionally coloured), JSON (the contract), SARIF 2.1.0,
//! Markdown and standalone HTML. Pure functions from a report to a string: the CLI writes them,
//! the browser offers them as downloads.

mod html;
mod markdown;
mod sarif;
mod text;

use crate::error::{Error, Result};
use crate::report::Report;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Sarif,
    Markdown,
    Html,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Format::Text,
            "json" => Format::Json,
            "sarif" => Format::Sarif,
            "markdown" | "md" => Format::Markdown,
            "html" => Format::Html,
            other => {
                return Err(Error::Usage(format!(
                    "unknown format `{other}` (text, json, sarif, markdown, html)"
                )));
            }
        })
    }
}

/// Renders a report. `color` only affects text.
pub fn render(report: &Report, format: Format, color: bool) -> String {
    match format {
        Format::Text => text::render(report, color),
        Format::Json => json(report),
        Format::Sarif => sarif::render(report),
        Format::Markdown => markdown::render(report),
        Format::Html => html::render(report),
    }
}

/// The report as pretty JSON (the `prodgap.report/1` contract).
pub fn json(report: &Report) -> String {
    let mut s =
        serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

/// Human label of a stack key, for "How to fix in Express".
pub fn stack_label(s: &str) -> &str {
    match s {
        "express" => "Express",
        "nextjs" => "Next.js",
        "react" => "React",
        "vite" => "Vite",
        "node" => "Node.js",
        "fastapi" => "FastAPI",
        "flask" => "Flask",
        "django" => "Django",
        "drf" => "Django REST framework",
        "python" => "Python",
        "supabase" => "Supabase",
        "supabase-py" => "supabase-py",
        "nextjs-pages" => "Next.js Pages Router",
        "prisma" => "Prisma",
        "firebase" => "Firebase",
        "mongodb" => "MongoDB",
        "postgres" => "PostgreSQL",
        "fastify" => "Fastify",
        "hono" => "Hono",
        other => other,
    }
}

fn file_line(f: &crate::report::Finding) -> String {
    match (&f.file, f.line) {
        (Some(p), Some(l)) => format!("{p}:{l}"),
        (Some(p), None) => p.clone(),
        _ => "(project)".into(),
    }
}
