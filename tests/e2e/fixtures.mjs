// Test inputs: the app zip (sample + extras + every rule's fixtures), the hostile zip, the large zip.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeZip } from './zip.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

export const SAMPLE_DIR = join(ROOT, 'www/sample');

export function appZip() {
  const files = walk(SAMPLE_DIR).map((p) => ({ path: 'acme-crm/' + relative(SAMPLE_DIR, p), data: readFileSync(p) }));
  files.push({ path: 'acme-crm/server/auth.js', data: `const jwt = require("jsonwebtoken");\n\nfunction login(user) {\n  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET);\n}\n\nmodule.exports = { login };\n` });
  files.push({ path: 'acme-crm/scripts/summarise.py', data: `import openai\n\nclient = openai.OpenAI(api_key="sk-proj-Qm3vN8xR2kL7tY5wZ9cB4gH6jF1pS0dA8eU3iO7uYtRmXq2LkT3BlbkFJ5hZ8wQ2nV4cX1bM7kL3pJ9gF6dS0aE2rT5yU8iO1pW4qZ7x")\n` });
  // Every rule's own fixtures, so the comparison grows with the rule set.
  for (const cat of readdirSync(join(ROOT, 'rules'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(join(ROOT, 'rules', cat.name), { withFileTypes: true })) {
      if (!f.isFile() || f.name.endsWith('.toml')) continue;
      files.push({ path: `acme-crm/fixtures/${cat.name}/${f.name}`, data: readFileSync(join(ROOT, 'rules', cat.name, f.name)) });
    }
  }
  return makeZip(files);
}

export const HOSTILE_NAMES = [
  '<img src=x onerror="window.__pwned=1">.js',
  'src/"><svg onload="window.__pwned=2">/index.ts',
  "x'><iframe srcdoc='<script>parent.__pwned=3</script>'>.py",
];
export function hostileZip() {
  const key = 'sk-proj-Hk2vN8xR2kL7tY5wZ9cB4gH6jF1pS0dA8eU3iO7uYtRmXq2LkT3BlbkFJ5hZ8wQ2nV4cX1bM7kL3pJ9gF6dS0aE2rT5yU8iO1pW4qZ7x';
  return makeZip([
    { path: HOSTILE_NAMES[0], data: `// <script>window.__pwned=4</script>\nconst k = "${key}"; // </code></pre><img src=x onerror="window.__pwned=5">\n` },
    { path: HOSTILE_NAMES[1], data: `import jwt from "jsonwebtoken";\n// <b onmouseover=alert(1)>hover</b>\nexport const t = jwt.sign({ sub: "<script>alert(6)</script>" }, "k");\n` },
    { path: HOSTILE_NAMES[2], data: `KEY = "${key}"  # <img src=x onerror=alert(7)>\n` },
    { path: '.env', data: `OPENAI_API_KEY=${key}\nNOTE=<script>alert(8)</script>\n` },
    { path: 'package.json', data: JSON.stringify({ name: '<script>alert(9)</script>', dependencies: { '<img src=x onerror=alert(10)>': '1.0.0', jsonwebtoken: '9.0.0' } }) },
  ]);
}

// Deterministic pseudo-random source, ~`mb` MB, stored (the zip is about that size too).
export function largeZip(mb) {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const words = ['user', 'order', 'invoice', 'session', 'token', 'account', 'payment', 'item', 'cart', 'profile', 'team', 'project', 'report', 'event', 'message'];
  const w = () => words[Math.floor(rnd() * words.length)];
  const id = () => w() + w().replace(/^./, (c) => c.toUpperCase()) + Math.floor(rnd() * 1000);
  const files = [];
  let total = 0;
  let i = 0;
  while (total < mb * 1024 * 1024) {
    const kind = i % 5;
    const lines = [];
    const n = 400 + Math.floor(rnd() * 300);
    if (kind <= 2) {
      lines.push('import { db } from "../lib/db";', `import express from "express";`, '');
      for (let j = 0; j < n; j++) {
        const r = rnd();
        if (r < 0.3) lines.push(`export async function ${id()}(req, res) {`, `  const ${id()} = await db.${w()}.findMany({ where: { id: req.params.id } });`, `  return res.json({ ok: true, count: ${Math.floor(rnd() * 100)} });`, '}');
        else if (r < 0.6) lines.push(`const ${id()} = ${JSON.stringify(w() + '-' + Math.floor(rnd() * 1e6))}; // ${w()} ${w()} ${w()}`);
        else lines.push(`  if (${id()} && ${id()}.length > ${Math.floor(rnd() * 50)}) { ${id()}.push(${id()}); }`);
      }
      if (i % 97 === 0) lines.push('const jwt = require("jsonwebtoken");', 'export const tok = (u) => jwt.sign({ sub: u.id }, process.env.SECRET);');
    } else if (kind === 3) {
      lines.push('import os', 'import json', '');
      for (let j = 0; j < n; j++) {
        const r = rnd();
        if (r < 0.3) lines.push(`def ${id()}(${w()}, ${w()}):`, `    return {"${w()}": ${w()}, "count": ${Math.floor(rnd() * 100)}}`, '');
        else lines.push(`${id().toUpperCase()} = os.environ.get("${w().toUpperCase()}_${w().toUpperCase()}", "${w()}")`);
      }
      if (i % 89 === 3) lines.push('OPENAI = "sk-proj-Zx9vN8xR2kL7tY5wZ9cB4gH6jF1pS0dA8eU3iO7uYtRmXq2LkT3BlbkFJ5hZ8wQ2nV4cX1bM7kL3pJ9gF6dS0aE2rT5yU8iO1pW4qZ' + (i % 10) + '"');
    } else {
      lines.push(`# ${w()} ${w()}`, '');
      for (let j = 0; j < n; j++) lines.push(`${w()} ${w()} ${w()} ${w()} ${w()}, ${w()} ${w()} ${w()}.`);
    }
    const ext = ['ts', 'js', 'tsx', 'py', 'md'][kind];
    const data = lines.join('\n') + '\n';
    files.push({ path: `big-app/src/mod${Math.floor(i / 100)}/${w()}_${i}.${ext}`, data });
    total += data.length;
    i++;
  }
  files.push({ path: 'big-app/package.json', data: JSON.stringify({ name: 'big-app', dependencies: { express: '4.18.2', jsonwebtoken: '9.0.0' } }) });
  return { zip: makeZip(files, { store: true }), files: files.length, bytes: total };
}

