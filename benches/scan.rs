//! Throughput and rule-set build time, natively: `cargo bench --bench scan`. Writes the corpus
//! zips to `bench/out/` (`corpus.zip`: dense with findings; `clean.zip`: none) so
//! `bench/wasm.mjs` measures the same inputs in wasm (node).

use prodgap::rules::EMBEDDED_RULES;
use prodgap::{RawFile, RuleSet, ScanOptions, Scanner};
use std::io::Write;
use std::time::Instant;

/// A deterministic pseudo-random generator (no dependency).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

/// Units of realistic, balanced JS/TS: imports, route handlers, helpers, components. Units marked
/// `true` contain a flaw some rule reports; the clean corpus leaves them out.
const JS_UNITS: &[(bool, &str)] = &[
    (
        false,
        "import express from 'express';\nimport { z } from 'zod';\nimport { db } from '../lib/db';\nconst router = express.Router();\n",
    ),
    (
        false,
        "router.get('/items/:id', requireAuth, async (req, res) => {\n  const item = await db.item.findUnique({ where: { id: req.params.id, ownerId: req.user.id } });\n  if (!item) return res.status(404).json({ error: 'not found' });\n  res.json(item);\n});\n",
    ),
    (
        false,
        "const ItemInput = z.object({ name: z.string().min(1), qty: z.number().int().positive() });\nrouter.post('/items', requireAuth, async (req, res) => {\n  const input = ItemInput.parse(req.body);\n  const item = await db.item.create({ data: { ...input, ownerId: req.user.id } });\n  res.status(201).json(item);\n});\n",
    ),
    (
        false,
        "export function formatPrice(cents: number): string {\n  return `$${(cents / 100).toFixed(2)}`;\n}\n\nexport function total(items: { price: number; qty: number }[]) {\n  return items.reduce((sum, i) => sum + i.price * i.qty, 0);\n}\n",
    ),
    (
        false,
        "export default function Card({ user }: { user: { name: string } }) {\n  const [open, setOpen] = useState(false);\n  useEffect(() => {\n    fetchData().then(setRows);\n  }, []);\n  return <div className=\"card\" onClick={() => setOpen(!open)}>{user.name}</div>;\n}\n",
    ),
    (
        false,
        "export async function loadProfile(supabase, userId) {\n  const { data, error } = await supabase.from('profiles').select('*').eq('id', userId).single();\n  if (error) throw error;\n  return data;\n}\n",
    ),
    (
        false,
        "// TODO: paginate\nexport const PAGE_SIZE = 20;\nif (process.env.NODE_ENV !== 'production') {\n  console.log('debug mode');\n}\n",
    ),
    (
        true,
        "router.post('/login', async (req, res) => {\n  const user = await db.query('SELECT * FROM users WHERE email = ' + req.body.email);\n  const token = jwt.sign({ id: user.id }, process.env.JWT_SECRET);\n  res.json({ token });\n});\n",
    ),
    (
        true,
        "app.use(cors());\nexport function hashPassword(password) {\n  return crypto.createHash('md5').update(password).digest('hex');\n}\n",
    ),
];

const PY_UNITS: &[(bool, &str)] = &[
    (
        false,
        "from fastapi import FastAPI, Depends, HTTPException\nfrom sqlalchemy.orm import Session\n\napp = FastAPI()\n",
    ),
    (
        false,
        "@app.get('/items/{item_id}')\nasync def read_item(item_id: int, db: Session = Depends(get_db), user=Depends(current_user)):\n    item = db.query(Item).filter(Item.id == item_id, Item.owner_id == user.id).first()\n    if item is None:\n        raise HTTPException(status_code=404, detail='Item not found')\n    return item\n",
    ),
    (
        false,
        "def total(items):\n    return sum(i.price * i.qty for i in items)\n\n\ndef slugify(text: str) -> str:\n    return '-'.join(text.lower().split())\n",
    ),
    (
        false,
        "class ItemIn(BaseModel):\n    name: str\n    qty: int\n\n\n@app.post('/items')\nasync def create_item(item: ItemIn, db: Session = Depends(get_db), user=Depends(current_user)):\n    row = Item(**item.model_dump(), owner_id=user.id)\n    db.add(row)\n    db.commit()\n    return row\n",
    ),
    (
        false,
        "# business rules for discounts\nDISCOUNTS = {'gold': 0.1, 'silver': 0.05}\n\n\ndef discount(tier):\n    logger.info('discount for %s', tier)\n    return DISCOUNTS.get(tier, 0)\n",
    ),
    (
        true,
        "@app.get('/search')\ndef search(name: str):\n    cursor.execute(f\"SELECT * FROM users WHERE name = '{name}'\")\n    subprocess.run(cmd, shell=True)\n    return cursor.fetchall()\n",
    ),
    (
        true,
        "if __name__ == '__main__':\n    app.run(debug=True)\n",
    ),
];

fn corpus(target_bytes: usize) -> Vec<RawFile> {
    corpus_with(target_bytes, true)
}

fn corpus_with(target_bytes: usize, vulnerable: bool) -> Vec<RawFile> {
    let mut rng = Lcg(42);
    let mut files = Vec::new();
    let mut total = 0;
    let mut i = 0;
    while total < target_bytes {
        let py = i % 3 == 2;
        let units = if py { PY_UNITS } else { JS_UNITS };
        let mut text = String::from(units[0].1);
        let n = 6 + (rng.next() % 40) as usize;
        for _ in 0..n {
            let (bad, u) = units[1 + (rng.next() as usize) % (units.len() - 1)];
            if bad && !vulnerable {
                continue;
            }
            text.push('\n');
            text.push_str(u);
        }
        let path = if py {
            format!("api/mod{i}/views.py")
        } else {
            format!("src/feature{i}/index.tsx")
        };
        total += text.len();
        files.push(RawFile::new(path, text.into_bytes()));
        i += 1;
    }
    files
}

fn zip_of(files: &[RawFile]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut w = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for f in files {
            w.start_file(&f.path, opts).unwrap();
            w.write_all(&f.bytes).unwrap();
        }
        w.finish().unwrap();
    }
    buf.into_inner()
}

fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::MAX;
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        let v = f();
        best = best.min(t.elapsed().as_secs_f64());
        last = Some(v);
    }
    (best, last.unwrap())
}

/// The embedded rules, each copied `n` times under new ids (to show how cost grows with rules).
fn multiplied(n: usize, absent_keywords: bool) -> RuleSet {
    let kw = regex::Regex::new(r"(?m)^keywords[ \t]*=[ \t]*\[[^\]]*\]").unwrap();
    let mut sources = Vec::new();
    for (path, text) in EMBEDDED_RULES {
        if path.contains("_macros") {
            sources.push((path.to_string(), text.to_string()));
            continue;
        }
        let id = path.rsplit('/').next().unwrap().trim_end_matches(".toml");
        for k in 0..n {
            let new_id = if k == 0 {
                id.to_string()
            } else {
                format!("{id}-copy{k}")
            };
            let new_path = path.replace(&format!("{id}.toml"), &format!("{new_id}.toml"));
            // Rewrite the `id = "..."` line, whatever its spacing.
            let text: String = text
                .lines()
                .map(|l| {
                    if l.trim_start().starts_with("id ") || l.trim_start().starts_with("id=") {
                        format!("id = \"{new_id}\"")
                    } else {
                        l.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            let text = if k > 0 && absent_keywords {
                kw.replace(&text, format!("keywords = [\"zzq{k}absent\"]").as_str())
                    .into_owned()
            } else {
                text
            };
            sources.push((new_path, text));
        }
    }
    RuleSet::from_sources(&sources).expect("multiplied rules load")
}

/// `PRODGAP_BENCH_RULES=1`: the slowest rules, each timed alone on a 4 MB corpus.
fn per_rule(files: &[RawFile]) {
    let opts = ScanOptions::default();
    let macros: Vec<(String, String)> = EMBEDDED_RULES
        .iter()
        .filter(|(p, _)| p.contains("_macros"))
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
    let mut times = Vec::new();
    for (path, text) in EMBEDDED_RULES
        .iter()
        .filter(|(p, _)| !p.contains("_macros"))
    {
        let mut src = macros.clone();
        src.push((path.to_string(), text.to_string()));
        let s = Scanner::with_rules(RuleSet::from_sources(&src).unwrap());
        let (t, r) = best(2, || {
            s.scan_files(files.to_vec(), &opts, &mut |_| {}).unwrap()
        });
        times.push((t, path.to_string(), r.findings.len()));
    }
    times.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (t, p, n) in times.iter().take(25) {
        println!("  {:>8.1} ms  {:>5} findings  {p}", t * 1e3, n);
    }
}

fn main() {
    let mb = |b: usize| b as f64 / 1_048_576.0;
    if std::env::var_os("PRODGAP_BENCH_RULES").is_some() {
        per_rule(&corpus(4 << 20));
        return;
    }
    let files = corpus(20 << 20);
    let bytes: usize = files.iter().map(|f| f.bytes.len()).sum();
    let zip = zip_of(&files);
    std::fs::create_dir_all("bench/out").ok();
    std::fs::write("bench/out/corpus.zip", &zip).expect("write corpus");
    let opts = ScanOptions::default();

    let (t_new, scanner) = best(20, || Scanner::new().unwrap());
    let rules = scanner.rules().rules().len();
    let (t_compile, errs) = best(1, || Scanner::new().unwrap().rules().check_all());
    assert!(errs.is_empty());
    let (t_first, _) = best(1, || {
        Scanner::new()
            .unwrap()
            .scan_files(files.clone(), &opts, &mut |_| {})
            .unwrap()
    });
    let (t_scan, report) = best(5, || {
        scanner
            .scan_files(files.clone(), &opts, &mut |_| {})
            .unwrap()
    });
    let (t_zip, _) = best(5, || scanner.scan_zip(&zip, &opts, &mut |_| {}).unwrap());
    println!(
        "prodgap native bench ({} files, {:.1} MB of source, zip {:.1} MB)",
        files.len(),
        mb(bytes),
        mb(zip.len())
    );
    println!(
        "  rules: {rules}; findings on the corpus: {}",
        report.findings.len()
    );
    println!(
        "  rule set build (parse + prefilter, lazy regexes): {:.1} ms",
        t_new * 1e3
    );
    println!(
        "  compiling every rule's regexes up front:          {:.1} ms",
        t_compile * 1e3
    );
    println!(
        "  first scan (includes lazy compilation):           {:.0} ms = {:.1} MB/s",
        t_first * 1e3,
        mb(bytes) / t_first
    );
    println!(
        "  warm scan of files:                               {:.0} ms = {:.1} MB/s",
        t_scan * 1e3,
        mb(bytes) / t_scan
    );
    println!(
        "  warm scan of the zip (inflate + scan):            {:.0} ms = {:.1} MB/s",
        t_zip * 1e3,
        mb(bytes) / t_zip
    );
    let _ = t_first;
    let clean = corpus_with(20 << 20, false);
    let clean_bytes: usize = clean.iter().map(|f| f.bytes.len()).sum();
    std::fs::write("bench/out/clean.zip", zip_of(&clean)).expect("write clean corpus");
    let (t_clean, r_clean) = best(5, || {
        scanner
            .scan_files(clean.clone(), &opts, &mut |_| {})
            .unwrap()
    });
    println!(
        "  warm scan of a clean corpus ({:.1} MB, {} findings): {:.0} ms = {:.1} MB/s",
        mb(clean_bytes),
        r_clean.findings.len(),
        t_clean * 1e3,
        mb(clean_bytes) / t_clean
    );
    println!("  scaling with the number of rules (warm scan of the vulnerable corpus):");
    for (n, absent) in [(4, true), (4, false)] {
        let s = Scanner::with_rules(multiplied(n, absent));
        let count = s.rules().rules().len();
        let (t, _) = best(3, || {
            s.scan_files(files.clone(), &opts, &mut |_| {}).unwrap()
        });
        let what = if absent {
            "copies whose keywords never occur (new providers/frameworks)"
        } else {
            "copies with the same keywords (worst case)"
        };
        println!(
            "    x{n} = {count} rules, {what}: {:.0} ms = {:.1} MB/s",
            t * 1e3,
            mb(bytes) / t
        );
    }
}
