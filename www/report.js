// Renders a prodgap.report/1 object into the DOM. Every piece of scanned data (paths, snippets,
// messages, rule text) is inserted as text (createTextNode / textContent): this module never
// builds HTML from strings.

const SVG_NS = 'http://www.w3.org/2000/svg';
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const SEV_LABEL = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

export const CATEGORY_LABEL = {
  'secret.hardcoded': 'Hard-coded secrets',
  'secret.env-committed': 'Committed .env files',
  'auth.jwt-no-expiry': 'JWT without expiry',
  'auth.jwt-weak': 'Weak JWT verification',
  'auth.session-insecure': 'Insecure sessions / cookies',
  'auth.missing-authz': 'Missing authorization',
  'auth.password-hashing': 'Weak password hashing',
  'ratelimit.missing': 'No rate limiting',
  'cors.permissive': 'Permissive CORS',
  'injection.sql': 'SQL / NoSQL injection',
  'injection.command': 'Command injection',
  'injection.code': 'Code injection',
  'injection.path': 'Path traversal',
  'injection.ssrf': 'SSRF',
  xss: 'Cross-site scripting',
  'input.validation-missing': 'Missing input validation',
  'errors.exposed': 'Exposed errors / debug mode',
  'db.no-pooling': 'No DB connection pooling',
  'deploy.no-ci': 'No CI/CD',
  'deploy.no-staging': 'No staging environment',
  'observability.missing': 'No error tracking / health check',
  'deps.vulnerable': 'Vulnerable dependencies',
  'deps.deprecated': 'Deprecated dependencies / APIs',
  'resilience.no-retry': 'No timeouts / retries',
  'headers.missing': 'Missing security headers',
  'crypto.weak': 'Weak cryptography',
  'csrf.missing': 'No CSRF protection',
  'redirect.open': 'Open redirect',
  'tls.insecure': 'TLS verification disabled',
};

/** The audit checklist: each item is passed / failed / not applicable, from its categories. */
export const CHECKLIST = [
  { key: 'secrets', label: 'Secrets', cats: ['secret.hardcoded', 'secret.env-committed'] },
  { key: 'auth', label: 'Auth & JWT', cats: ['auth.jwt-no-expiry', 'auth.jwt-weak', 'auth.session-insecure', 'auth.missing-authz', 'csrf.missing'] },
  { key: 'ratelimit', label: 'Rate limiting', cats: ['ratelimit.missing'] },
  { key: 'cors', label: 'CORS', cats: ['cors.permissive'] },
  { key: 'injection', label: 'Injection', cats: ['injection.sql', 'injection.command', 'injection.code', 'injection.path', 'injection.ssrf', 'xss', 'redirect.open'] },
  { key: 'passwords', label: 'Password hashing', cats: ['auth.password-hashing'] },
  { key: 'validation', label: 'Input validation', cats: ['input.validation-missing'] },
  { key: 'errors', label: 'Error handling', cats: ['errors.exposed', 'resilience.no-retry'] },
  { key: 'pooling', label: 'DB pooling', cats: ['db.no-pooling'] },
  { key: 'cicd', label: 'CI/CD', cats: ['deploy.no-ci', 'deploy.no-staging'] },
  { key: 'observability', label: 'Observability', cats: ['observability.missing'] },
  { key: 'deps', label: 'Dependencies', cats: ['deps.vulnerable', 'deps.deprecated'] },
  { key: 'hardening', label: 'Headers, crypto & TLS', cats: ['headers.missing', 'crypto.weak', 'tls.insecure'] },
];

const STACK_LABEL = {
  nextjs: 'Next.js', react: 'React', vite: 'Vite', express: 'Express', fastify: 'Fastify', hono: 'Hono',
  nestjs: 'NestJS', koa: 'Koa', vue: 'Vue', sveltekit: 'SvelteKit', nuxt: 'Nuxt', remix: 'Remix',
  supabase: 'Supabase', prisma: 'Prisma', drizzle: 'Drizzle', firebase: 'Firebase', mongodb: 'MongoDB',
  postgres: 'Postgres', mysql: 'MySQL', sequelize: 'Sequelize', sqlite: 'SQLite', 'next-auth': 'Auth.js',
  clerk: 'Clerk', passport: 'Passport', jsonwebtoken: 'JWT (jsonwebtoken)', jose: 'jose', stripe: 'Stripe',
  openai: 'OpenAI', anthropic: 'Anthropic', typescript: 'TypeScript', fastapi: 'FastAPI', flask: 'Flask',
  django: 'Django', drf: 'Django REST', sqlalchemy: 'SQLAlchemy', pyjwt: 'PyJWT', 'python-jose': 'python-jose',
  node: 'Node.js', python: 'Python', 'supabase-py': 'supabase-py', 'nextjs-pages': 'Next.js Pages Router',
};
const PY_STACKS = new Set(['fastapi', 'flask', 'django', 'drf', 'sqlalchemy', 'pyjwt', 'python-jose', 'python']);
const JS_STACKS = new Set(['nextjs', 'react', 'vite', 'express', 'fastify', 'hono', 'nestjs', 'koa', 'vue', 'sveltekit',
  'nuxt', 'remix', 'prisma', 'drizzle', 'mongodb', 'sequelize', 'next-auth', 'clerk', 'passport', 'jsonwebtoken', 'jose',
  'typescript', 'node']);
const CODE_LANGS = new Set(['javascript', 'typescript', 'python', 'html', 'shell', 'sql']);

const VERDICT = {
  ready: { label: 'Ready to ship', blurb: 'No blocking gaps found by the rules that ran.' },
  harden: { label: 'Harden first', blurb: 'Fixable in place: work through the findings, most severe first.' },
  rebuild: { label: 'Rebuild the core', blurb: 'The gaps are systemic: restructure auth and data access before launch.' },
};

// ---------------------------------------------------------------------------------------------
// DOM helpers: strings always become text nodes.

/** h('div', { class: 'x', dataset: {...}, onclick: fn, 'aria-label': '...' }, child, ...) */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  setProps(el, props);
  append(el, children);
  return el;
}

function setProps(el, props) {
  if (!props) return;
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.setAttribute('class', v);
    else if (k === 'dataset') for (const [dk, dv] of Object.entries(v)) el.dataset[dk] = dv == null ? '' : String(dv);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'text') el.textContent = String(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  for (const c of children.flat()) if (c) el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
}

// ---------------------------------------------------------------------------------------------
// Formatting.

export function fmtHours(hours) {
  const x = Number(hours) || 0;
  if (x === 0) return '0 h';
  if (x < 1) return `${Math.round(x * 60)} min`;
  const r = Math.round(x * 10) / 10;
  return `${r} h`;
}

function fmtEffortTotal(hours) {
  const x = Number(hours) || 0;
  const days = x / 8;
  return days >= 1 ? `${fmtHours(x)} (about ${Math.round(days * 2) / 2} dev-day${days >= 1.5 ? 's' : ''})` : fmtHours(x);
}

export function fmtBytes(n) {
  const x = Number(n) || 0;
  if (x < 1024) return `${x} B`;
  if (x < 1024 * 1024) return `${(x / 1024).toFixed(1)} KB`;
  return `${(x / 1024 / 1024).toFixed(1)} MB`;
}

function fmtMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

export function stackLabel(s) {
  return STACK_LABEL[s] || s;
}

export function categoryLabel(c) {
  return CATEGORY_LABEL[c] || c;
}

function location(f) {
  if (!f.file) return 'Project-wide';
  return f.line ? `${f.file}:${f.line}` : f.file;
}

/** Paragraphs, indented blocks as code, `backticks` as inline code: all as text nodes. */
function richText(text) {
  const out = [];
  const blocks = String(text || '').replace(/\r\n/g, '\n').split(/\n\s*\n/);
  for (const block of blocks) {
    if (!block.trim()) continue;
    const lines = block.split('\n');
    const indented = lines.filter((l) => l.trim()).every((l) => /^( {4}|\t)/.test(l));
    if (indented) {
      out.push(h('pre', { class: 'code-block' }, h('code', null, lines.map((l) => l.replace(/^( {4}|\t)/, '')).join('\n'))));
      continue;
    }
    // Mixed: prose lines then indented lines.
    let prose = [];
    let code = [];
    const flush = () => {
      if (prose.length) out.push(inlineCode('p', prose.join(' ')));
      if (code.length) out.push(h('pre', { class: 'code-block' }, h('code', null, code.join('\n'))));
      prose = [];
      code = [];
    };
    for (const l of lines) {
      if (/^( {4}|\t)/.test(l)) {
        if (prose.length) { out.push(inlineCode('p', prose.join(' '))); prose = []; }
        code.push(l.replace(/^( {4}|\t)/, ''));
      } else {
        if (code.length) { out.push(h('pre', { class: 'code-block' }, h('code', null, code.join('\n')))); code = []; }
        prose.push(l.trim());
      }
    }
    flush();
  }
  return out;
}

function inlineCode(tag, text) {
  const el = h(tag, null);
  const parts = String(text).split('`');
  parts.forEach((p, i) => {
    if (!p) return;
    el.appendChild(i % 2 ? h('code', null, p) : document.createTextNode(p));
  });
  return el;
}

function safeHttpUrl(u) {
  try {
    const url = new URL(u);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = h('textarea', { class: 'visually-hidden', 'aria-hidden': 'true', readonly: true });
    ta.value = text;
    document.body.appendChild(ta);
    ta.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch { ok = false; }
    ta.remove();
    return ok;
  }
}

// ---------------------------------------------------------------------------------------------
// Checklist status.

function detectLanguages(report, source) {
  const langs = new Set();
  for (const s of report.project.stacks || []) {
    if (JS_STACKS.has(s)) langs.add('javascript');
    if (PY_STACKS.has(s)) langs.add('python');
  }
  const addPath = (p) => {
    if (!p) return;
    const m = /\.([a-z0-9]+)$/i.exec(p);
    const ext = m ? m[1].toLowerCase() : '';
    if (['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts', 'vue', 'svelte', 'astro'].includes(ext)) langs.add('javascript');
    else if (ext === 'py') langs.add('python');
  };
  for (const f of report.findings) addPath(f.file);
  for (const e of report.project.endpoints || []) addPath(e.file);
  if (source && source.pasteName) addPath(source.pasteName);
  return langs;
}

function ruleApplies(rule, langs) {
  if (rule.kind === 'project') return true;
  const ls = rule.languages || [];
  if (ls.length === 0 || ls.includes('any')) return true;
  if (langs.size === 0) return true; // unknown project language: assume the rule could apply
  return ls.some((l) => !CODE_LANGS.has(l) || langs.has(l === 'typescript' ? 'javascript' : l));
}

export function checklist(report, rules, source) {
  const active = report.findings.filter((f) => !f.suppressed);
  const langs = detectLanguages(report, source);
  return CHECKLIST.map((item) => {
    const found = active.filter((f) => item.cats.includes(f.category));
    const inCats = (rules || []).filter((r) => item.cats.includes(r.category));
    const applicable = inCats.filter((r) => ruleApplies(r, langs));
    let status;
    if (found.length) status = 'failed';
    else if (applicable.length) status = 'passed';
    else status = 'na';
    const worst = SEVERITIES.find((s) => found.some((f) => f.severity === s)) || null;
    return { ...item, status, findings: found.length, rules: applicable.length, covered: inCats.length > 0, worst };
  });
}

// ---------------------------------------------------------------------------------------------
// Sections.

function scoreRing(score, verdict) {
  const r = 52;
  const c = 2 * Math.PI * r;
  const pct = Math.max(0, Math.min(100, Number(score) || 0)) / 100;
  return svg('svg', { viewBox: '0 0 128 128', class: `score-ring v-${verdict}`, role: 'img', 'aria-label': `Readiness score ${score} out of 100` },
    svg('circle', { cx: 64, cy: 64, r, class: 'ring-bg' }),
    svg('circle', { cx: 64, cy: 64, r, class: 'ring-fg', 'stroke-dasharray': `${(c * pct).toFixed(1)} ${c.toFixed(1)}`, transform: 'rotate(-90 64 64)' }),
    svg('text', { x: 64, y: 62, class: 'ring-score', 'text-anchor': 'middle' }, String(score)),
    svg('text', { x: 64, y: 84, class: 'ring-label', 'text-anchor': 'middle' }, 'of 100'),
  );
}

function headSection(report, ctx) {
  const s = report.summary;
  const v = VERDICT[s.verdict] || { label: s.verdict, blurb: '' };
  const active = report.findings.filter((f) => !f.suppressed).length;
  const facts = [
    ['Project', ctx.name || 'upload'],
    ['Files scanned', `${report.project.files_scanned.toLocaleString('en-US')} (${fmtBytes(report.project.bytes_scanned)})`],
    ['Findings', `${active}${s.suppressed ? ` (+${s.suppressed} suppressed)` : ''}`],
    ['Estimated effort', fmtEffortTotal(s.effort_hours)],
  ];
  if (ctx.ms != null) facts.push(['Scan time', `${fmtMs(ctx.ms)} in your browser`]);
  return h('section', { class: 'card report-head', 'aria-labelledby': 'verdict-heading' },
    h('div', { class: 'score-col' }, scoreRing(s.score, s.verdict), h('p', { class: 'score-caption' }, 'Readiness score')),
    h('div', { class: 'verdict-col' },
      h('p', { class: 'eyebrow' }, 'Verdict'),
      h('h2', { id: 'verdict-heading', class: `verdict v-${s.verdict}`, dataset: { testid: 'verdict', verdict: s.verdict } }, v.label),
      h('p', { class: 'verdict-blurb' }, v.blurb),
      h('ul', { class: 'reasons' }, (s.reasons || []).map((r) => h('li', null, r))),
      (report.project.stacks || []).length
        ? h('p', { class: 'stacks' }, h('span', { class: 'visually-hidden' }, 'Detected stack: '),
          report.project.stacks.map((st) => h('span', { class: 'chip' }, stackLabel(st))))
        : null,
    ),
    h('dl', { class: 'facts' }, facts.map(([k, val]) => h('div', null, h('dt', null, k), h('dd', null, val)))),
  );
}

function checklistSection(items) {
  const icon = { passed: '✓', failed: '✕', na: '–' };
  const word = { passed: 'Passed', failed: 'Failed', na: 'Not applicable' };
  const passed = items.filter((i) => i.status === 'passed').length;
  const failed = items.filter((i) => i.status === 'failed').length;
  const na = items.filter((i) => i.status === 'na').length;
  return h('section', { class: 'card', 'aria-labelledby': 'checklist-heading' },
    h('div', { class: 'card-head' },
      h('h2', { id: 'checklist-heading' }, 'Production checklist'),
      h('p', { class: 'muted' }, `${passed} passed · ${failed} failed · ${na} not applicable`)),
    h('ul', { class: 'checklist', dataset: { testid: 'checklist' } }, items.map((i) =>
      h('li', { class: `check check-${i.status}${i.worst ? ` worst-${i.worst}` : ''}`, dataset: { check: i.key, status: i.status, findings: i.findings } },
        h('span', { class: 'check-icon', 'aria-hidden': 'true' }, icon[i.status]),
        h('span', { class: 'check-body' },
          h('span', { class: 'check-label' }, i.label),
          h('span', { class: 'check-detail' },
            h('span', { class: 'visually-hidden' }, `${word[i.status]}: `),
            i.status === 'failed' ? `${i.findings} finding${i.findings === 1 ? '' : 's'}${i.worst ? ` · worst ${i.worst}` : ''}`
              : i.status === 'passed' ? `${i.rules} check${i.rules === 1 ? '' : 's'} passed`
                : i.covered ? 'Not applicable to this stack' : 'Not covered by the current rules'))))),
  );
}

function chartsSection(report) {
  const active = report.findings.filter((f) => !f.suppressed);
  const bySev = Object.fromEntries(SEVERITIES.map((s) => [s, active.filter((f) => f.severity === s).length]));
  const maxSev = Math.max(1, ...Object.values(bySev));
  const cats = {};
  for (const f of active) {
    cats[f.category] ||= { total: 0, ...Object.fromEntries(SEVERITIES.map((s) => [s, 0])) };
    cats[f.category].total++;
    cats[f.category][f.severity]++;
  }
  const catRows = Object.entries(cats).sort((a, b) => {
    for (const s of SEVERITIES) if (b[1][s] !== a[1][s]) return b[1][s] - a[1][s];
    return a[0] < b[0] ? -1 : 1;
  });
  const maxCat = Math.max(1, ...catRows.map(([, v]) => v.total));
  const effort = report.summary.effort_by_category || {};

  const sevChart = h('div', { class: 'bars', role: 'list', dataset: { testid: 'chart-severity' } }, SEVERITIES.map((s) => {
    const bar = h('span', { class: `bar-fill sev-bg-${s}` });
    bar.style.width = `${(bySev[s] / maxSev) * 100}%`;
    return h('div', { class: 'bar-row', role: 'listitem' },
      h('span', { class: 'bar-label' }, h('span', { class: `sev-dot sev-bg-${s}`, 'aria-hidden': 'true' }), SEV_LABEL[s]),
      h('span', { class: 'bar-track' }, bar),
      h('span', { class: 'bar-value' }, String(bySev[s])));
  }));

  const catChart = catRows.length
    ? h('div', { class: 'bars bars-cat', role: 'list', dataset: { testid: 'chart-category' } }, catRows.map(([c, v]) => {
      const track = h('span', { class: 'bar-track stacked' });
      for (const s of SEVERITIES) {
        if (!v[s]) continue;
        const seg = h('span', { class: `bar-fill sev-bg-${s}`, title: `${v[s]} ${s}` });
        seg.style.width = `${(v[s] / maxCat) * 100}%`;
        track.appendChild(seg);
      }
      return h('div', { class: 'bar-row', role: 'listitem' },
        h('span', { class: 'bar-label', title: c }, categoryLabel(c)),
        track,
        h('span', { class: 'bar-value' }, String(v.total), effort[c] != null ? h('span', { class: 'bar-effort' }, ` · ${fmtHours(effort[c])}`) : null));
    }))
    : h('p', { class: 'muted' }, 'No findings.');

  return h('div', { class: 'grid2' },
    h('section', { class: 'card', 'aria-labelledby': 'sev-heading' }, h('h2', { id: 'sev-heading' }, 'Findings by severity'), sevChart),
    h('section', { class: 'card', 'aria-labelledby': 'cat-heading' },
      h('div', { class: 'card-head' }, h('h2', { id: 'cat-heading' }, 'Findings by category'), h('p', { class: 'muted' }, 'count · effort to fix')),
      catChart),
  );
}

function endpointsSection(report) {
  const eps = report.project.endpoints || [];
  const yes = (b, good, bad) => h('span', { class: b ? 'ok' : 'bad' }, h('span', { 'aria-hidden': 'true' }, b ? '✓ ' : '✕ '), b ? good : bad);
  const unguarded = eps.filter((e) => !e.auth).length;
  return h('section', { class: 'card', 'aria-labelledby': 'ep-heading' },
    h('div', { class: 'card-head' },
      h('h2', { id: 'ep-heading' }, `Endpoints (${eps.length})`),
      eps.length ? h('p', { class: 'muted' }, `${unguarded} without an auth check`) : null),
    eps.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'endpoints', dataset: { testid: 'endpoints' } },
        h('thead', null, h('tr', null, ['Method', 'Route', 'Location', 'Auth', 'Rate limit', 'Validation'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, eps.map((e) => h('tr', { dataset: { testid: 'endpoint' } },
          h('td', null, h('span', { class: `method m-${String(e.method).toLowerCase()}` }, e.method)),
          h('td', { class: 'mono' }, e.route, e.kind && e.kind !== 'route' ? h('span', { class: 'kind' }, ` ${e.kind}`) : null),
          h('td', { class: 'mono small' }, `${e.file}:${e.line}`),
          h('td', null, yes(e.auth, 'checked', 'none')),
          h('td', null, yes(e.rate_limited, 'limited', 'none')),
          h('td', null, yes(e.validated, 'validated', 'none')),
        )))))
      : h('p', { class: 'muted' }, 'No HTTP routes, server actions or edge functions were found.'),
  );
}

function contextBlock(f) {
  const ctxText = f.context && typeof f.context.text === 'string' ? f.context.text : null;
  const start = f.context ? Number(f.context.start_line) || 1 : Number(f.line) || 1;
  const text = ctxText != null ? ctxText : f.snippet;
  if (text == null || text === '') return null;
  const lines = String(text).replace(/\r\n/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const from = Number(f.line) || 0;
  const to = Math.max(from, Number(f.end_line) || from);
  const code = h('code', null);
  lines.forEach((l, i) => {
    const n = start + i;
    const hit = ctxText != null ? n >= from && n <= to : true;
    code.appendChild(h('span', { class: hit ? 'ln hit' : 'ln' },
      h('span', { class: 'ln-no', 'aria-hidden': 'true' }, String(n)),
      h('span', { class: 'ln-text' }, l || ' '),
    ));
  });
  return h('figure', { class: 'context' },
    h('figcaption', { class: 'visually-hidden' }, `Code around ${location(f)} (secrets masked)`),
    h('pre', { class: 'code-context', tabindex: '0' }, code));
}

function findingBody(f) {
  const stack = f.fix_stack ? stackLabel(f.fix_stack) : null;
  const copyBtn = h('button', { type: 'button', class: 'btn btn-small copy-fix', dataset: { testid: 'copy-fix' } }, 'Copy fix');
  copyBtn.addEventListener('click', async () => {
    const ok = await copyText(f.fix);
    copyBtn.textContent = ok ? 'Copied' : 'Copy failed';
    setTimeout(() => { copyBtn.textContent = 'Copy fix'; }, 1600);
  });
  const refs = (f.references || []).map((r) => [r, safeHttpUrl(r)]).filter(([, u]) => u);
  return h('div', { class: 'finding-body' },
    contextBlock(f),
    h('div', { class: 'why' }, h('h5', null, 'Why it matters'), richText(f.why)),
    h('div', { class: 'fix' },
      h('div', { class: 'fix-head' }, h('h5', null, stack ? `How to fix in ${stack}` : 'How to fix'), copyBtn),
      richText(f.fix)),
    h('dl', { class: 'meta-list' },
      h('div', null, h('dt', null, 'Rule'), h('dd', { class: 'mono' }, f.rule)),
      h('div', null, h('dt', null, 'Category'), h('dd', null, `${categoryLabel(f.category)} (${f.category})`)),
      h('div', null, h('dt', null, 'Confidence'), h('dd', null, f.confidence)),
      h('div', null, h('dt', null, 'Effort'), h('dd', null, fmtHours(f.effort_hours))),
      f.cwe && f.cwe.length ? h('div', null, h('dt', null, 'CWE'), h('dd', null, f.cwe.join(', '))) : null,
      f.owasp && f.owasp.length ? h('div', null, h('dt', null, 'OWASP'), h('dd', null, f.owasp.join(', '))) : null,
      f.suppression ? h('div', null, h('dt', null, 'Suppressed'), h('dd', null, f.suppression)) : null,
      h('div', null, h('dt', null, 'Fingerprint'), h('dd', { class: 'mono small' }, f.fingerprint)),
    ),
    refs.length ? h('div', { class: 'refs' }, h('h5', null, 'References'), h('ul', null, refs.map(([r, u]) =>
      h('li', null, h('a', { href: u, rel: 'noopener noreferrer', target: '_blank', referrerpolicy: 'no-referrer' }, r))))) : null,
  );
}

function findingElement(f, index, openByDefault) {
  const details = h('details', { class: 'finding-details' }, h('summary', null, 'Details, code and fix'));
  let built = false;
  const build = () => {
    if (built) return;
    built = true;
    details.appendChild(findingBody(f));
  };
  details.addEventListener('toggle', () => { if (details.open) build(); });
  if (openByDefault) { build(); details.open = true; }
  const el = h('article', {
    class: `finding sev-${f.severity}${f.suppressed ? ' suppressed' : ''}`,
    'aria-labelledby': `f-title-${index}`,
    dataset: {
      testid: 'finding', rule: f.rule, category: f.category, severity: f.severity,
      file: f.file == null ? '' : f.file, line: f.line == null ? '' : f.line,
      fingerprint: f.fingerprint, suppressed: f.suppressed ? 'true' : 'false',
    },
  },
    h('header', { class: 'finding-head' },
      h('span', { class: `badge sev-bg-${f.severity}` }, SEV_LABEL[f.severity] || f.severity),
      h('h4', { id: `f-title-${index}`, class: 'finding-title' }, f.title),
      h('span', { class: 'finding-effort', title: 'Estimated effort to fix' }, fmtHours(f.effort_hours))),
    h('p', { class: 'finding-loc mono' }, location(f)),
    h('p', { class: 'finding-msg' }, f.message),
    details,
  );
  el._build = build;
  el._details = details;
  return el;
}

// ---------------------------------------------------------------------------------------------
// Findings with filters (rendered in chunks so a huge report does not block the page).

function findingsSection(report, opts) {
  const all = report.findings;
  const active = all.filter((f) => !f.suppressed);
  const openByDefault = all.length <= 25;
  const state = { sev: new Set(SEVERITIES), cat: '', q: '', showSuppressed: true };
  const elements = [];
  const groups = {};

  const countEl = h('p', { class: 'muted', 'aria-live': 'polite', dataset: { testid: 'finding-count' } });
  const sevButtons = SEVERITIES.map((s) => {
    const n = active.filter((f) => f.severity === s).length;
    const b = h('button', { type: 'button', class: `chip-toggle sev-${s}`, 'aria-pressed': 'true', dataset: { sev: s } },
      h('span', { class: `sev-dot sev-bg-${s}`, 'aria-hidden': 'true' }), `${SEV_LABEL[s]} ${n}`);
    b.addEventListener('click', () => {
      if (state.sev.has(s)) state.sev.delete(s); else state.sev.add(s);
      b.setAttribute('aria-pressed', state.sev.has(s) ? 'true' : 'false');
      apply();
    });
    return b;
  });
  const cats = [...new Set(all.map((f) => f.category))].sort();
  const catSelect = h('select', { id: 'filter-category', dataset: { testid: 'filter-category' } },
    h('option', { value: '' }, 'All categories'),
    cats.map((c) => h('option', { value: c }, `${categoryLabel(c)} (${all.filter((f) => f.category === c).length})`)));
  catSelect.addEventListener('change', () => { state.cat = catSelect.value; apply(); });
  const search = h('input', { type: 'search', id: 'filter-search', placeholder: 'file, rule, text…', autocomplete: 'off', dataset: { testid: 'filter-search' } });
  let t = null;
  search.addEventListener('input', () => { clearTimeout(t); t = setTimeout(() => { state.q = search.value.trim().toLowerCase(); apply(); }, 120); });
  const expand = h('button', { type: 'button', class: 'btn btn-small btn-ghost' }, 'Expand all');
  const collapse = h('button', { type: 'button', class: 'btn btn-small btn-ghost' }, 'Collapse all');
  expand.addEventListener('click', () => setOpen(true, true));
  collapse.addEventListener('click', () => setOpen(false, false));

  const list = h('div', { class: 'finding-groups' });
  const sections = [...SEVERITIES.map((s) => ({ key: s, label: SEV_LABEL[s], items: active.filter((f) => f.severity === s) })),
    { key: 'suppressed', label: 'Suppressed', items: all.filter((f) => f.suppressed) }].filter((g) => g.items.length);
  for (const g of sections) {
    const count = h('span', { class: 'group-count' }, String(g.items.length));
    const body = h('div', { class: 'group-body' });
    const sec = h('section', { class: `finding-group group-${g.key}`, dataset: { group: g.key } },
      h('h3', { class: 'group-title' }, h('span', { class: g.key === 'suppressed' ? 'sev-dot' : `sev-dot sev-bg-${g.key}`, 'aria-hidden': 'true' }), g.label, ' ', count),
      body);
    groups[g.key] = { sec, body, count, items: g.items };
    list.appendChild(sec);
  }

  function matches(f) {
    if (!state.sev.has(f.severity)) return false;
    if (state.cat && f.category !== state.cat) return false;
    if (state.q) {
      const hay = `${f.title}\n${f.message}\n${f.file || ''}:${f.line || ''}\n${f.rule}\n${f.category}\n${(f.cwe || []).join(' ')}`.toLowerCase();
      if (!hay.includes(state.q)) return false;
    }
    return true;
  }

  function apply() {
    let shown = 0;
    const perGroup = {};
    for (const { el, f } of elements) {
      const ok = matches(f);
      el.hidden = !ok;
      if (ok) {
        shown++;
        const g = f.suppressed ? 'suppressed' : f.severity;
        perGroup[g] = (perGroup[g] || 0) + 1;
      }
    }
    for (const [k, g] of Object.entries(groups)) {
      const n = perGroup[k] || 0;
      g.sec.hidden = n === 0;
      g.count.textContent = n === g.items.length ? String(n) : `${n} of ${g.items.length}`;
    }
    countEl.textContent = all.length === 0 ? '' : shown === all.length ? `${all.length} finding${all.length === 1 ? '' : 's'}` : `Showing ${shown} of ${all.length}`;
    empty.hidden = !(all.length > 0 && shown === 0);
  }

  function setOpen(open, onlyVisible) {
    for (const { el } of elements) {
      if (onlyVisible && el.hidden) continue;
      if (open) el._build();
      el._details.open = open;
    }
  }

  const empty = h('p', { class: 'muted empty', hidden: true }, 'No findings match these filters.');
  const section = h('section', { class: 'card findings-card', 'aria-labelledby': 'findings-heading' },
    h('div', { class: 'card-head' }, h('h2', { id: 'findings-heading' }, 'Findings'), countEl),
    all.length
      ? h('div', { class: 'filters no-print', role: 'group', 'aria-label': 'Filter findings' },
        h('div', { class: 'sev-filter', role: 'group', 'aria-label': 'Severity' }, sevButtons),
        h('label', { class: 'filter-field', for: 'filter-category' }, h('span', null, 'Category'), catSelect),
        h('label', { class: 'filter-field grow', for: 'filter-search' }, h('span', null, 'Search'), search),
        h('span', { class: 'filter-actions' }, expand, collapse))
      : h('div', { class: 'all-clear' }, h('span', { class: 'check-icon', 'aria-hidden': 'true' }, '✓'),
        h('p', null, 'No findings. The rules that ran found nothing to fix in this input.')),
    empty,
    list,
  );

  // Render every finding (the DOM holds all of them), in chunks.
  const done = (async () => {
    let i = 0;
    const CHUNK = 300;
    for (const g of sections) {
      const body = groups[g.key].body;
      for (let j = 0; j < g.items.length; j += CHUNK) {
        const frag = document.createDocumentFragment();
        for (const f of g.items.slice(j, j + CHUNK)) {
          const el = findingElement(f, i++, openByDefault && (f.severity === 'critical' || f.severity === 'high') && !f.suppressed);
          elements.push({ el, f });
          frag.appendChild(el);
        }
        body.appendChild(frag);
        if (opts.onProgress) opts.onProgress(elements.length, all.length);
        if (all.length > CHUNK) await new Promise((r) => setTimeout(r, 0));
      }
    }
    apply();
  })();

  return { section, done, expandForPrint: () => setOpen(true, true), elements };
}

function strengthsSection(report) {
  const st = report.project.strengths || [];
  return h('section', { class: 'card', 'aria-labelledby': 'strengths-heading' },
    h('h2', { id: 'strengths-heading' }, 'Strengths'),
    st.length
      ? h('ul', { class: 'strengths', dataset: { testid: 'strengths' } }, st.map((s) => h('li', null, h('span', { class: 'ok', 'aria-hidden': 'true' }, '✓ '), s)))
      : h('p', { class: 'muted' }, 'Nothing noted yet: good practice (env examples, validation, tests) shows up here.'));
}

function skippedSection(report) {
  const sk = report.project.skipped || [];
  const byReason = {};
  for (const s of sk) byReason[s.reason] = (byReason[s.reason] || 0) + 1;
  const details = h('details', { class: 'skipped-details' }, h('summary', null, `Show all ${sk.length} skipped path${sk.length === 1 ? '' : 's'}`));
  let built = false;
  details.addEventListener('toggle', () => {
    if (!details.open || built) return;
    built = true;
    const LIMIT = 2000;
    const tbody = h('tbody', null);
    const fill = (from, to) => {
      const frag = document.createDocumentFragment();
      for (const s of sk.slice(from, to)) frag.appendChild(h('tr', null, h('td', { class: 'mono small' }, s.path), h('td', null, s.reason)));
      tbody.appendChild(frag);
    };
    fill(0, LIMIT);
    details.appendChild(h('div', { class: 'table-wrap' }, h('table', { class: 'skipped', dataset: { testid: 'skipped' } },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Path'), h('th', { scope: 'col' }, 'Reason'))), tbody)));
    if (sk.length > LIMIT) {
      const more = h('button', { type: 'button', class: 'btn btn-small' }, `Show the other ${sk.length - LIMIT}`);
      more.addEventListener('click', () => { fill(LIMIT, sk.length); more.remove(); });
      details.appendChild(more);
    }
  });
  return h('section', { class: 'card', 'aria-labelledby': 'skipped-heading' },
    h('h2', { id: 'skipped-heading' }, `Skipped (${sk.length})`),
    sk.length
      ? [h('ul', { class: 'skip-reasons' }, Object.entries(byReason).sort((a, b) => b[1] - a[1]).map(([r, n]) => h('li', null, h('span', { class: 'skip-n' }, String(n)), ' ', r))), details]
      : h('p', { class: 'muted' }, 'Every file was scanned.'));
}

/**
 * Renders the whole report into `root` (cleared first). ctx: { name, ms, rules, source, toolbar }.
 * Returns { done: Promise (all findings in the DOM), expandForPrint() }.
 */
export function renderReport(root, report, ctx = {}) {
  clear(root);
  const items = checklist(report, ctx.rules, ctx.source);
  const findings = findingsSection(report, { onProgress: ctx.onProgress });
  append(root, [
    h('div', { class: 'print-only print-title' },
      h('h1', null, `Production-readiness audit: ${ctx.name || 'project'}`),
      h('p', null, `prodgap ${report.tool.version} · ${new Date().toISOString().slice(0, 10)} · scanned locally in the browser; secrets are masked`)),
    ctx.toolbar || null,
    headSection(report, ctx),
    checklistSection(items),
    chartsSection(report),
    endpointsSection(report),
    findings.section,
    h('div', { class: 'grid2' }, strengthsSection(report), skippedSection(report)),
  ]);
  return { done: findings.done, expandForPrint: findings.expandForPrint, checklist: items };
}
