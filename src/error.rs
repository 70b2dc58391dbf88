//! Typed errors of the core: unreadable archives, bad rules, bad configuration or baselines.

/// Everything the core can refuse. Untrusted input never panics; it ends up here or as a skip reason.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
    /// The archive could not be opened at all (truncated, not a zip, corrupt central directory).
    #[error("cannot read the archive: {0}")]
    Archive(String),
    /// The input is over a hard limit before any file could be read.
    #[error("input over the limit: {0}")]
    Limit(String),
    /// A rule file does not parse or does not validate.
    #[error("rule {id}: {reason}")]
    Rule { id: String, reason: String },
    /// `.prodgap.toml` (or `--config`) does not parse or names unknown things.
    #[error("configuration: {0}")]
    Config(String),
    /// A baseline file that is neither a report, a JSON list nor one fingerprint per line.
    #[error("baseline: {0}")]
    Baseline(String),
    /// The caller asked for something that does not exist (an output format, a rule id).
    #[error("{0}")]
    Usage(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
