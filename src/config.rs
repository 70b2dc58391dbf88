//! `.prodgap.toml`: exclude paths, disable rules, override severities, set input limits. Read from
//! the scanned project's root and/or given by the caller (`--config`); the caller's wins.

use crate::error::{Error, Result};
use crate::input::Limits;
use crate::report::Severity;
use crate::rules::RuleSet;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The configuration file.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Globs of paths not to scan (`docs/**`, `scripts/seed.js`).
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Rule ids not to run.
    #[serde(default)]
    pub disable: Vec<String>,
    /// Severity overrides by rule id.
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
    /// Input limits. Only honoured from the caller's config, never from inside a scanned
    /// archive (an upload must not raise its own limits).
    #[serde(default)]
    pub limits: Option<Limits>,
}

impl Config {
    pub fn parse(text: &str) -> Result<Config> {
        let v = crate::lang::minitoml::parse(text).map_err(Error::Config)?;
        serde_json::from_value(v).map_err(|e| Error::Config(e.to_string()))
    }

    /// Rule ids that do not exist are an error: a typo must not silently disable nothing.
    pub fn check_ids(&self, rules: &RuleSet) -> Result<()> {
        for id in self.disable.iter().chain(self.severity.keys()) {
            if rules.get(id).is_none() {
                return Err(Error::Config(format!("unknown rule id `{id}`")));
            }
        }
        crate::rules::glob::GlobSet::new(&self.exclude).map_err(Error::Config)?;
        Ok(())
    }

    /// Adds `other` on top of `self` (its severities win).
    pub fn merge(&mut self, other: &Config) {
        self.exclude.extend(other.exclude.iter().cloned());
        self.disable.extend(other.disable.iter().cloned());
        self.severity
            .extend(other.severity.iter().map(|(k, v)| (k.clone(), *v)));
        if other.limits.is_some() {
            self.limits = other.limits.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_refuses_unknown_keys() {
        let c = Config::parse("exclude = [\"docs/**\"]\ndisable = [\"a\"]\n[severity]\nb = \"low\"\n[limits]\nmax_entries = 10\n").unwrap();
        assert_eq!(c.exclude, vec!["docs/**"]);
        assert_eq!(c.severity.get("b"), Some(&Severity::Low));
        assert_eq!(c.limits.unwrap().max_entries, 10);
        assert!(Config::parse("exlude = []").is_err());
        assert!(Config::parse("[severity]\nb = \"severe\"").is_err());
    }
}
