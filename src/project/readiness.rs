//! Production-readiness checks: CI that builds and tests, staging, error tracking and health
//! endpoints, security headers, tests, Dockerfile user.

use super::{Facts, ProjectHit};
use crate::input::FileSet;

/// `no-ci`, `no-staging`, `no-error-tracking`, `no-health-endpoint`, `no-security-headers`,
/// `no-tests`, `docker-runs-as-root`.
pub fn checks(_set: &FileSet, _facts: &Facts, _wanted: &dyn Fn(&str) -> bool) -> Vec<ProjectHit> {
    Vec::new()
}
