//! Endpoint inventory: every HTTP route, server action and edge function, with whether it checks
//! the caller (auth), limits request rates and validates its input; and the findings it implies.

use super::{Facts, ProjectHit};
use crate::input::FileSet;
use crate::report::Endpoint;

/// Every endpoint of the project, sorted by file and line.
pub fn inventory(_set: &FileSet, _stacks: &[String]) -> Vec<Endpoint> {
    Vec::new()
}

/// `endpoint-missing-auth`, `endpoint-missing-rate-limit`, `project-missing-rate-limit`,
/// `endpoint-missing-validation`, `service-role-without-auth`, `idor-unscoped-lookup`,
/// `client-set-price`.
pub fn checks(_set: &FileSet, _facts: &Facts, _wanted: &dyn Fn(&str) -> bool) -> Vec<ProjectHit> {
    Vec::new()
}
