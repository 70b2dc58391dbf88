//! Supabase and Firebase data-access policy: row-level security, permissive policies, grants to
//! `anon`, SECURITY DEFINER functions, public buckets, open Firebase rules, service-role in clients.

use super::{Facts, ProjectHit};
use crate::input::FileSet;

/// `supabase-*` and `firebase-open-rules` checks.
pub fn checks(_set: &FileSet, _facts: &Facts, _wanted: &dyn Fn(&str) -> bool) -> Vec<ProjectHit> {
    Vec::new()
}
