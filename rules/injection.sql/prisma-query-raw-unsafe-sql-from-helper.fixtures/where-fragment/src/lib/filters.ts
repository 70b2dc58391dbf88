// Splices the values into the clause.
export function buildFilter(status?: string, from?: string) {
  const clauses: string[] = ['1=1'];
  if (status) clauses.push(`t.status = '${status}'`);
  if (from) clauses.push(`t."createdAt" >= '${from}'`);
  return clauses.join(' AND ');
}

// Numbered placeholders only; the values travel separately.
export function buildBoundFilter(status?: string) {
  const clauses: string[] = ['1=1'];
  const values: unknown[] = [];
  if (status) {
    values.push(status);
    clauses.push(`t.status = $${values.length + 1}`);
  }
  return { sql: clauses.join(' AND '), values };
}
