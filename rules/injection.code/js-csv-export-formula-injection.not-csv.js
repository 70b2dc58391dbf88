// The same joins, for a log line and a cache key: nothing is exported as CSV.
export function describe(task) {
  // ok: js-csv-export-formula-injection
  return [task.title, task.status].join(",");
}
export function key(user) {
  // ok: js-csv-export-formula-injection
  return [user.email, user.name].join(";");
}
