//! The endpoint inventory on small multi-file projects, one per framework: the exact table
//! (file, line, method, route, auth, rate limit, validation, kind), the verdict counts, and
//! hostile inputs that must neither panic nor hang.

use prodgap::{RawFile, ScanOptions, Scanner};

fn scan(files: &[(&str, &str)]) -> prodgap::Report {
    let files = files.iter().map(|(p, t)| RawFile::new(*p, *t)).collect();
    Scanner::new()
        .expect("rules load")
        .scan_files(files, &ScanOptions::default(), &mut |_| {})
        .expect("scan")
}

/// `file:line METHOD route flags kind`, flags = A (auth) R (rate limited) V (validated) or `-`.
fn table(files: &[(&str, &str)]) -> Vec<String> {
    scan(files)
        .project
        .endpoints
        .iter()
        .map(|e| {
            let f = |b: bool, c: char| if b { c } else { '-' };
            format!(
                "{}:{} {} {} {}{}{} {}",
                e.file,
                e.line,
                e.method,
                e.route,
                f(e.auth, 'A'),
                f(e.rate_limited, 'R'),
                f(e.validated, 'V'),
                e.kind.as_deref().unwrap_or("")
            )
        })
        .collect()
}

/// `rules_found` on a copy of `files` with one edit applied (the edit must change something).
fn rules_found_edited(files: &[(&str, &str)], from: &str, to: &str) -> Vec<String> {
    assert!(
        files.iter().any(|(_, t)| t.contains(from)),
        "the edit must apply: {from:?}"
    );
    let edited: Vec<(&str, String)> = files
        .iter()
        .map(|(p, t)| (*p, t.replace(from, to)))
        .collect();
    let edited: Vec<(&str, &str)> = edited.iter().map(|(p, t)| (*p, t.as_str())).collect();
    rules_found(&edited)
}

fn rules_found(files: &[(&str, &str)]) -> Vec<String> {
    let mut v: Vec<String> = scan(files)
        .findings
        .iter()
        .map(|f| {
            format!(
                "{} {}:{}",
                f.rule,
                f.file.as_deref().unwrap_or("-"),
                f.line.unwrap_or(0)
            )
        })
        .collect();
    v.sort();
    v
}

const EXPRESS: &[(&str, &str)] = &[
    (
        "package.json",
        r#"{"dependencies":{"express":"4.19.2","jsonwebtoken":"9.0.2","express-rate-limit":"7.1.0","zod":"3.23.0"}}"#,
    ),
    (
        "src/server.js",
        "const express = require('express');\nconst rateLimit = require('express-rate-limit');\nconst { requireAuth } = require('./middleware/auth');\nconst orders = require('./routes/orders');\nconst auth = require('./routes/auth');\n\nconst app = express();\napp.get('/health', (req, res) => res.json({ ok: true }));\napp.use('/api/auth', rateLimit({ limit: 5 }), auth);\napp.use('/api/orders', requireAuth, orders);\nrequire('./routes/legacy')(app);\nmodule.exports = app;\n",
    ),
    (
        "src/middleware/auth.js",
        "const jwt = require('jsonwebtoken');\nexports.requireAuth = (req, res, next) => {\n  try { req.user = jwt.verify(req.headers.authorization, process.env.JWT_SECRET); next(); }\n  catch (e) { res.status(401).end(); }\n};\nexports.fakeGuard = (req, res, next) => next();\n",
    ),
    (
        "src/routes/orders.js",
        "const router = require('express').Router();\nconst { z } = require('zod');\nconst Order = require('../models/order');\nconst Body = z.object({ item: z.string() });\n\nrouter.get('/', async (req, res) => res.json(await Order.find({ userId: req.user.id })));\nrouter.post('/', async (req, res) => res.json(await Order.create({ ...Body.parse(req.body), userId: req.user.id })));\nrouter.route('/:id').get(async (req, res) => res.json(await Order.findById(req.params.id))).delete(async (req, res) => res.json(await Order.deleteOne({ _id: req.params.id })));\nmodule.exports = router;\n",
    ),
    (
        "src/routes/auth.js",
        "const express = require('express');\nconst router = express.Router();\nconst { fakeGuard } = require('../middleware/auth');\nrouter.post('/login', async (req, res) => res.json(await login(req.body)));\nrouter.post('/logout', fakeGuard, (req, res) => res.end());\nmodule.exports = router;\n",
    ),
    (
        "src/routes/legacy.js",
        "module.exports = function (app) {\n  app.delete('/api/items/:id', (req, res) => db.query('DELETE FROM items WHERE id = ?', [req.params.id]));\n};\n",
    ),
];

#[test]
fn express_routers_mounts_and_middleware() {
    assert_eq!(
        table(EXPRESS),
        vec![
            "src/routes/auth.js:4 POST /api/auth/login -R- route",
            "src/routes/auth.js:5 POST /api/auth/logout -R- route",
            "src/routes/legacy.js:2 DELETE /api/items/:id --- route",
            "src/routes/orders.js:6 GET /api/orders A-- route",
            "src/routes/orders.js:7 POST /api/orders A-V route",
            "src/routes/orders.js:8 DELETE /api/orders/:id A-- route",
            "src/routes/orders.js:8 GET /api/orders/:id A-- route",
            "src/server.js:8 GET /health --- route",
        ]
    );
    let found = rules_found(EXPRESS);
    assert!(
        found.contains(&"endpoint-missing-auth src/routes/legacy.js:2".to_string()),
        "{found:?}"
    );
    assert!(
        found.contains(&"idor-unscoped-lookup src/routes/orders.js:8".to_string()),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("endpoint-missing-rate-limit")),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|f| f.contains("src/server.js:8")),
        "{found:?}"
    );
}

const NEXT: &[(&str, &str)] = &[
    (
        "package.json",
        r#"{"dependencies":{"next":"14.2.0","@supabase/ssr":"0.4.0","@supabase/supabase-js":"2.43.0"}}"#,
    ),
    (
        "middleware.ts",
        "import { updateSession } from '@/lib/supabase/middleware'\nexport async function middleware(request) {\n  return await updateSession(request)\n}\nexport const config = { matcher: ['/dashboard/:path*', '/api/account/:path*'] }\n",
    ),
    (
        "lib/supabase/middleware.ts",
        "export async function updateSession(request) {\n  const { data: { user } } = await supabase.auth.getUser()\n  if (!user && !request.nextUrl.pathname.startsWith('/login')) {\n    return NextResponse.redirect(new URL('/login', request.url))\n  }\n}\n",
    ),
    (
        "lib/supabase/admin.ts",
        "import { createClient } from '@supabase/supabase-js'\nexport const admin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!)\n",
    ),
    (
        "app/api/account/route.ts",
        "import { admin } from '@/lib/supabase/admin'\nexport async function DELETE() {\n  await admin.from('profiles').delete().eq('id', 'x')\n  return Response.json({})\n}\n",
    ),
    (
        "app/api/posts/[id]/route.ts",
        "import { admin } from '@/lib/supabase/admin'\nexport async function GET(req: Request, { params }) {\n  return Response.json(await admin.from('posts').select('*').eq('id', params.id))\n}\nexport const PATCH = async (req: Request) => Response.json(await admin.from('posts').update(await req.json()))\n",
    ),
    (
        "app/(marketing)/api/health/route.js",
        "export function GET() {\n  return Response.json({ ok: true })\n}\n",
    ),
    (
        "pages/api/subscribe.ts",
        "export default async function handler(req, res) {\n  if (req.method !== 'POST') return res.status(405).end()\n  await db.insert(req.body)\n  res.json({ ok: true })\n}\n",
    ),
    (
        "app/actions.ts",
        "'use server'\nexport async function saveDraft(formData: FormData) {\n  await db.drafts.create({ data: { body: String(formData.get('body')) } })\n}\n",
    ),
    (
        "supabase/functions/notify/index.ts",
        "Deno.serve(async (req) => {\n  const { data: { user } } = await supabase.auth.getUser(req.headers.get('Authorization')!)\n  if (!user) return new Response('no', { status: 401 })\n  return new Response('ok')\n})\n",
    ),
];

#[test]
fn nextjs_route_handlers_pages_actions_middleware_and_edge_functions() {
    assert_eq!(
        table(NEXT),
        vec![
            "app/(marketing)/api/health/route.js:1 GET /api/health --- route",
            "app/actions.ts:2 POST action:saveDraft --- server-action",
            "app/api/account/route.ts:2 DELETE /api/account A-- route",
            "app/api/posts/[id]/route.ts:2 GET /api/posts/[id] --- route",
            "app/api/posts/[id]/route.ts:5 PATCH /api/posts/[id] --- route",
            "pages/api/subscribe.ts:1 POST /api/subscribe --- api-route",
            "supabase/functions/notify/index.ts:1 ALL /functions/v1/notify A-- edge-function",
        ]
    );
    let found = rules_found(NEXT);
    assert!(
        found.contains(&"service-role-without-auth app/api/posts/[id]/route.ts:5".to_string()),
        "{found:?}"
    );
    assert!(
        found.contains(&"endpoint-missing-auth app/actions.ts:2".to_string()),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|f| f.contains("app/api/account/route.ts") && f.contains("auth")),
        "{found:?}"
    );
}

const TRPC: &[(&str, &str)] = &[
    (
        "package.json",
        r#"{"dependencies":{"next":"14.2.0","@trpc/server":"11.0.0","zod":"3.23.0"}}"#,
    ),
    (
        "src/server/trpc.ts",
        "const t = initTRPC.create();\nexport const router = t.router;\nexport const publicProcedure = t.procedure;\nconst isAuthed = t.middleware(({ ctx, next }) => {\n  if (!ctx.session?.user) throw new TRPCError({ code: 'UNAUTHORIZED' });\n  return next();\n});\nexport const protectedProcedure = t.procedure.use(isAuthed);\n",
    ),
    (
        "src/server/root.ts",
        "import { router } from './trpc';\nimport { noteRouter } from './note';\nexport const appRouter = router({ note: noteRouter });\n",
    ),
    (
        "src/server/note.ts",
        "import { router, publicProcedure, protectedProcedure } from './trpc';\nexport const noteRouter = router({\n  list: protectedProcedure.query(({ ctx }) => ctx.db.note.findMany()),\n  add: protectedProcedure.input(z.object({ t: z.string() })).mutation(({ ctx, input }) => ctx.db.note.create({ data: input })),\n  wipe: publicProcedure.mutation(({ ctx }) => ctx.db.note.deleteMany()),\n});\n",
    ),
];

#[test]
fn trpc_procedures() {
    assert_eq!(
        table(TRPC),
        vec![
            "src/server/note.ts:3 GET /api/trpc/note.list A-- route",
            "src/server/note.ts:4 POST /api/trpc/note.add A-V route",
            "src/server/note.ts:5 POST /api/trpc/note.wipe --- route",
        ]
    );
}

const FASTAPI: &[(&str, &str)] = &[
    (
        "requirements.txt",
        "fastapi==0.110.0\nslowapi==0.1.9\npyjwt==2.8.0\n",
    ),
    (
        "app/main.py",
        "from fastapi import FastAPI, Depends\nfrom app.routers import items, auth\nfrom app.deps import get_current_user\n\napp = FastAPI()\napp.include_router(auth.router, prefix=\"/auth\")\napp.include_router(items.router, prefix=\"/items\", dependencies=[Depends(get_current_user)])\n",
    ),
    (
        "app/deps.py",
        "import jwt\nfrom fastapi import HTTPException\n\n\ndef get_current_user(token: str = Depends(oauth2)):\n    try:\n        return jwt.decode(token, 'k', algorithms=['HS256'])\n    except Exception:\n        raise HTTPException(status_code=401)\n\n\nCurrentUser = Annotated[dict, Depends(get_current_user)]\n",
    ),
    (
        "app/routers/auth.py",
        "from fastapi import APIRouter, Request\nfrom slowapi import Limiter\n\nrouter = APIRouter()\nlimiter = Limiter(key_func=lambda r: r.client.host)\n\n\n@router.post(\"/login\")\n@limiter.limit(\"5/minute\")\ndef login(request: Request, body: LoginIn):\n    return issue(body)\n\n\n@router.get(\"/me\")\ndef me(user: CurrentUser):\n    return user\n",
    ),
    (
        "app/routers/items.py",
        "from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n@router.get(\"/\")\ndef list_items(db=Depends(get_db)):\n    return db.query(Item).all()\n\n\n@router.api_route(\"/{item_id}\", methods=[\"PUT\", \"DELETE\"])\nasync def change(item_id: int, payload: dict):\n    return payload\n",
    ),
];

#[test]
fn fastapi_routers_dependencies_and_models() {
    assert_eq!(
        table(FASTAPI),
        vec![
            "app/routers/auth.py:8 POST /auth/login -RV route",
            "app/routers/auth.py:14 GET /auth/me A-- route",
            "app/routers/items.py:6 GET /items/ A-- route",
            "app/routers/items.py:11 DELETE /items/{item_id} A-- route",
            "app/routers/items.py:11 PUT /items/{item_id} A-- route",
        ]
    );
}

const FLASK: &[(&str, &str)] = &[
    (
        "requirements.txt",
        "Flask==3.0.0\nFlask-Login==0.6.3\nFlask-Limiter==3.5.0\n",
    ),
    (
        "app/__init__.py",
        "from flask import Flask\nfrom flask_limiter import Limiter\n\nlimiter = Limiter(get_remote_address, default_limits=[\"100/hour\"])\n\n\ndef create_app():\n    app = Flask(__name__)\n    from .admin import bp\n    app.register_blueprint(bp, url_prefix=\"/admin\")\n    return app\n",
    ),
    (
        "app/admin.py",
        "from flask import Blueprint, request\nfrom flask_login import login_required, current_user\n\nbp = Blueprint(\"admin\", __name__)\n\n\n@bp.before_request\ndef guard():\n    if not current_user.is_authenticated:\n        abort(401)\n\n\n@bp.route(\"/users\", methods=[\"GET\", \"POST\"])\ndef users():\n    return \"\"\n\n\n@bp.get(\"/ping\")\ndef ping():\n    return \"pong\"\n",
    ),
];

#[test]
fn flask_blueprints_and_before_request() {
    assert_eq!(
        table(FLASK),
        vec![
            "app/admin.py:13 GET /admin/users AR- route",
            "app/admin.py:13 POST /admin/users AR- route",
            "app/admin.py:18 GET /admin/ping AR- route"
        ]
    );
}

const DJANGO: &[(&str, &str)] = &[
    (
        "requirements.txt",
        "Django==5.0\ndjangorestframework==3.15.0\n",
    ),
    (
        "proj/settings.py",
        "ROOT_URLCONF = \"proj.urls\"\nREST_FRAMEWORK = {\"DEFAULT_PERMISSION_CLASSES\": [\"rest_framework.permissions.IsAuthenticated\"]}\n",
    ),
    (
        "proj/urls.py",
        "from django.urls import path, include\n\nurlpatterns = [\n    path(\"api/\", include(\"shop.urls\")),\n]\n",
    ),
    (
        "shop/urls.py",
        "from django.urls import path, include\nfrom rest_framework.routers import DefaultRouter\nfrom . import views\n\nrouter = DefaultRouter()\nrouter.register(r\"products\", views.ProductViewSet)\n\nurlpatterns = [\n    path(\"\", include(router.urls)),\n    path(\"ping/\", views.ping),\n    path(\"cart/\", views.CartView.as_view()),\n]\n",
    ),
    (
        "shop/views.py",
        "from rest_framework import viewsets, permissions\nfrom rest_framework.decorators import api_view, permission_classes\nfrom rest_framework.views import APIView\n\n\nclass ProductViewSet(viewsets.ReadOnlyModelViewSet):\n    queryset = Product.objects.all()\n    serializer_class = ProductSerializer\n    permission_classes = [permissions.AllowAny]\n\n\n@api_view([\"GET\"])\n@permission_classes([permissions.AllowAny])\ndef ping(request):\n    return Response(\"pong\")\n\n\nclass CartView(APIView):\n    def get(self, request):\n        return Response(Cart.objects.filter(user=request.user).values())\n\n    def post(self, request):\n        Cart.objects.create(user=request.user, item=request.data[\"item\"])\n        return Response(status=201)\n",
    ),
];

#[test]
fn django_urls_drf_routers_and_settings() {
    assert_eq!(
        table(DJANGO),
        vec![
            "shop/views.py:6 GET /api/products/ --V route",
            "shop/views.py:6 GET /api/products/<pk>/ --V route",
            "shop/views.py:14 GET /api/ping/ --- route",
            "shop/views.py:19 GET /api/cart/ A-- route",
            "shop/views.py:22 POST /api/cart/ A-- route",
        ]
    );
}

#[test]
fn access_facts_for_the_verdict() {
    let set = prodgap::FileSet::from_files(
        NEXT.iter().map(|(p, t)| RawFile::new(*p, *t)).collect(),
        &prodgap::Limits::default(),
    );
    let facts = prodgap::project::analyze(&set);
    let a = &facts.access;
    assert_eq!(a.endpoints_total, 7);
    assert_eq!(a.service_role_endpoints, 3);
    assert_eq!(a.service_role_unguarded, 2);
    // The service-role PATCH and the unguarded server action; the GET of public posts is not.
    assert_eq!(a.endpoints_missing_auth, 2, "{a:?}");
    assert!(a.service_role_files >= 1);
    assert_eq!(facts.endpoint_details.len(), facts.endpoints.len());
}

#[test]
fn hostile_inputs_do_not_panic_or_hang() {
    let unbalanced = "app.get('/x', (req, res) => { if ((( {{{ [[[ \n".repeat(2000);
    let many_routes: String = (0..3000)
        .map(|i| format!("router.post('/r{i}', (req, res) => {{ db.insert(req.body) }});\n"))
        .collect();
    let many_apps: String = (0..2000)
        .map(|i| format!("app.get('/p{i}', h);\n"))
        .collect();
    let deep = format!("{}x{}", "(".repeat(50_000), ")".repeat(10));
    let py = format!("@app.route(\n{}\ndef f(:\n    pass\n", "[".repeat(5000));
    let sql =
        "create policy \"p\" on t for all using ((((((;\n$$ never closed\ncreate table".to_string();
    let rules = "service cloud.firestore { match /{d=**} { allow read, write: if request.time < timestamp.date(99999999999, 1, 1); ".to_string();
    let json =
        "{\"rules\": {\".read\": \"now < 99999999999999999999\", \".write\": true".to_string();
    let files: Vec<(&str, &str)> = vec![
        ("package.json", r#"{"dependencies":{"express":"4"}}"#),
        ("a.js", &unbalanced),
        (
            "routes.js",
            "const router = require('express').Router();\nmodule.exports = router;\n",
        ),
        ("b.js", &many_routes),
        ("c.js", &many_apps),
        ("d.ts", &deep),
        ("e.py", &py),
        ("supabase/migrations/1.sql", &sql),
        ("firestore.rules", &rules),
        ("database.rules.json", &json),
        (
            "app/api/x/route.ts",
            "export async function POST(req) { const { a } = await req.json( ",
        ),
        (
            "urls.py",
            "urlpatterns = [path(\"a/\", include(\"urls\")), path(\"b/\", include(\"urls\"))]\n",
        ),
    ];
    let report = scan(&files);
    assert!(report.project.files_scanned > 0);
}

/// Findings of `rule` in `file` (their lines).
fn lines_of(found: &[String], rule: &str, file: &str) -> Vec<String> {
    found
        .iter()
        .filter(|f| f.starts_with(&format!("{rule} {file}:")))
        .cloned()
        .collect()
}

const SECRET_HEADERS: &[(&str, &str)] = &[
    (
        "package.json",
        r#"{"dependencies":{"next":"14.2.0","stripe":"14.0.0"}}"#,
    ),
    (
        "supabase/functions/ingest/index.ts",
        "Deno.serve(async (req) => {\n  const provided = req.headers.get(\"x-webhook-secret\");\n  const expected = Deno.env.get(\"WEBHOOK_SECRET\");\n  if (!provided || provided !== expected) {\n    return new Response(\"Unauthorized\", { status: 401 });\n  }\n  const payload = await req.json();\n  await supabase.from(\"events\").update({ seen: true }).eq(\"kind\", payload.kind);\n  return new Response(\"ok\");\n});\n",
    ),
    (
        "app/api/cron/cleanup/route.ts",
        "export async function POST(req: Request) {\n  if (\n    req.headers.get(\"authorization\") !==\n    `Bearer ${process.env.CRON_SECRET}`\n  ) {\n    return new Response(\"Unauthorized\", { status: 401 });\n  }\n  await prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n  return Response.json({ ok: true });\n}\n",
    ),
    (
        "app/api/stripe/route.ts",
        "import Stripe from \"stripe\";\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\nexport async function POST(req: Request) {\n  const body = await req.text();\n  const sig = req.headers.get(\"stripe-signature\")!;\n  let event;\n  try {\n    event = stripe.webhooks.constructEvent(\n      body,\n      sig,\n      process.env.STRIPE_WEBHOOK_SECRET!\n    );\n  } catch (err) {\n    return new Response(\"bad signature\", { status: 400 });\n  }\n  await prisma.order.update({ where: { id: event.data.object.metadata.orderId }, data: { paid: true } });\n  return Response.json({ received: true });\n}\n",
    ),
    (
        "app/api/sync/route.ts",
        "export async function POST(req: Request) {\n  const version = req.headers.get(\"x-signature-version\");\n  if (version !== \"v1\") return new Response(\"bad\", { status: 400 });\n  const secret = process.env.SIGNING_SECRET;\n  await fetch(\"https://example.com\", { headers: { Authorization: `Bearer ${secret}` } });\n  await prisma.job.deleteMany({});\n  return Response.json({ ok: true });\n}\n",
    ),
    (
        "main.py",
        "import os\nfrom fastapi import FastAPI, Header, HTTPException\n\napp = FastAPI()\n\n\n@app.post(\"/internal/reindex\")\ndef reindex(x_api_key: str = Header(...)):\n    expected = os.environ[\"INTERNAL_API_KEY\"]\n    if x_api_key != expected:\n        raise HTTPException(status_code=403)\n    db.query(Item).delete()\n\n\n@app.post(\"/internal/wipe\")\ndef wipe(x_mode: str = Header(...)):\n    if x_mode != \"full\":\n        return {\"skipped\": True}\n    db.query(Item).delete()\n",
    ),
];

#[test]
fn multi_line_secret_header_checks_and_signatures_count_as_auth() {
    let t = table(SECRET_HEADERS);
    assert_eq!(
        t,
        vec![
            "app/api/cron/cleanup/route.ts:1 POST /api/cron/cleanup A-- route",
            "app/api/stripe/route.ts:3 POST /api/stripe A-- route",
            "app/api/sync/route.ts:1 POST /api/sync --- route",
            "main.py:7 POST /internal/reindex A-- route",
            "main.py:15 POST /internal/wipe --- route",
            "supabase/functions/ingest/index.ts:1 ALL /functions/v1/ingest A-- edge-function",
        ]
    );
    let found = rules_found(SECRET_HEADERS);
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("endpoint-missing-auth app/api/sync/route.ts")),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|f| f.contains("app/api/stripe/route.ts") && f.starts_with("idor")),
        "{found:?}"
    );
}

const SUPABASE_KEY: &str = "import { createClient } from \"npm:@supabase/supabase-js@2\";\nconst supabase = createClient(Deno.env.get(\"SUPABASE_URL\")!, Deno.env.get(\"SUPABASE_SERVICE_ROLE_KEY\")!);\n";

fn edge(body: &str) -> String {
    format!(
        "{SUPABASE_KEY}Deno.serve(async (req) => {{\n  if (req.method === \"OPTIONS\") return new Response(\"ok\");\n{body}  return new Response(JSON.stringify({{ ok: true }}), {{ status: 200 }});\n}});\n"
    )
}

#[test]
fn public_form_edge_functions_that_only_insert_are_not_missing_authz() {
    let lead = edge(
        "  const { name, email, message } = await req.json();\n  const { error } = await supabase.from(\"leads\").insert({ name, email, message });\n  if (error) return new Response(JSON.stringify({ error: error.message }), { status: 500 });\n",
    );
    let beta = edge(
        "  const body = await req.json();\n  const { data, error } = await supabase\n    .from(\"beta_signups\")\n    .insert([{ email: body.email, source: body.source }])\n    .select()\n    .single();\n  if (error) throw error;\n",
    );
    let status = edge(
        "  const { email } = await req.json();\n  await supabase.from(\"leads\").insert({ email });\n  const { data } = await supabase.from(\"leads\").select(\"*\").eq(\"email\", email);\n",
    );
    let upd = edge(
        "  const { email, plan } = await req.json();\n  await supabase.from(\"subscribers\").insert({ email });\n  await supabase.from(\"profiles\").update({ plan }).eq(\"email\", email);\n",
    );
    let admin = edge(
        "  const { email } = await req.json();\n  await supabase.from(\"invites\").insert({ email });\n  await supabase.auth.admin.inviteUserByEmail(email);\n",
    );
    let spoof = edge(
        "  const { userId, note } = await req.json();\n  await supabase.from(\"notes\").insert({ user_id: userId, note });\n",
    );
    // The key through a module constant, and a form picking its (public) waitlist by id.
    let indirect = "import { createClient } from \"jsr:@supabase/supabase-js@2\";\nconst url = Deno.env.get(\"SUPABASE_URL\") || \"\";\nconst key = Deno.env.get(\"SUPABASE_SERVICE_ROLE_KEY\") || \"\";\nconst db = createClient(url, key);\n";
    let waitlist = format!(
        "{indirect}Deno.serve(async (req) => {{\n  const {{ waitlist_id, email }} = await req.json();\n  const res = await db.from(\"waitlist_signup\").insert({{ waitlist_id, email }}).select();\n  return new Response(JSON.stringify(res.data));\n}});\n"
    );
    let moves = format!(
        "{indirect}Deno.serve(async (req) => {{\n  const {{ game, cell }} = await req.json();\n  await db.from(\"moves\").insert({{ game, cell }});\n  await db.from(\"games\").update({{ turn: 2 }}).eq(\"uuid\", game);\n  return new Response(\"ok\");\n}});\n"
    );
    let files: Vec<(&str, &str)> = vec![
        ("supabase/functions/waitlist-join/index.ts", &waitlist),
        ("supabase/functions/make-move/index.ts", &moves),
        ("supabase/functions/submit-lead/index.ts", &lead),
        ("supabase/functions/join-beta/index.ts", &beta),
        ("supabase/functions/lead-status/index.ts", &status),
        ("supabase/functions/upgrade/index.ts", &upd),
        ("supabase/functions/invite-friend/index.ts", &admin),
        ("supabase/functions/add-note/index.ts", &spoof),
    ];
    let found = rules_found(&files);
    for f in ["submit-lead", "join-beta", "waitlist-join"] {
        let file = format!("supabase/functions/{f}/index.ts");
        assert!(
            lines_of(&found, "service-role-without-auth", &file).is_empty()
                && lines_of(&found, "endpoint-missing-auth", &file).is_empty(),
            "{f}: {found:?}"
        );
        // Public by design, but abuse is the risk: a rate limit and validation are still due.
        assert!(
            !lines_of(&found, "endpoint-missing-rate-limit", &file).is_empty(),
            "{f}: {found:?}"
        );
        assert!(
            !lines_of(&found, "endpoint-missing-validation", &file).is_empty(),
            "{f}: {found:?}"
        );
    }
    for f in [
        "lead-status",
        "upgrade",
        "invite-friend",
        "add-note",
        "make-move",
    ] {
        let file = format!("supabase/functions/{f}/index.ts");
        assert!(
            !lines_of(&found, "service-role-without-auth", &file).is_empty(),
            "{f}: {found:?}"
        );
    }
}

const BODY_SINKS: &[(&str, &str)] = &[
    (
        "package.json",
        r#"{"dependencies":{"next":"14.2.0","express":"4.19.2"}}"#,
    ),
    (
        "app/api/unlock/route.ts",
        "export async function POST(req: Request) {\n  const { token } = await req.json();\n  if (token !== process.env.UNLOCK_TOKEN) {\n    return Response.json({ ok: false }, { status: 403 });\n  }\n  await prisma.unlock.create({ data: { at: new Date() } });\n  return Response.json({ ok: true });\n}\n",
    ),
    (
        "server.js",
        "const express = require('express');\nconst app = express();\napp.post('/api/password-check', requireAuth, async (req, res) => {\n  const confirm = req.query.confirm;\n  if (req.body.password !== confirm) return res.status(400).end();\n  await Log.create({ userId: req.user.id, event: 'checked' });\n  res.end();\n});\napp.post('/api/notes', requireAuth, async (req, res) => {\n  const { title } = req.body;\n  if (title === '') return res.status(400).end();\n  const clean = title.trim();\n  await Note.create({ title: clean, userId: req.user.id });\n  res.end();\n});\napp.post('/api/ask', requireAuth, async (req, res) => {\n  const body = req.body;\n  const out = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: body.prompt }] });\n  res.json(out);\n});\nfunction requireAuth(req, res, next) { if (!req.user) return res.status(401).end(); next(); }\napp.post('/api/memos', requireAuth, async (req, res) => { const { body } = req; await Memo.create({ text: body.text, userId: req.user.id }); res.end(); });\n",
    ),
];

#[test]
fn validation_only_when_body_data_reaches_a_sink() {
    let found = rules_found(BODY_SINKS);
    assert!(
        lines_of(
            &found,
            "endpoint-missing-validation",
            "app/api/unlock/route.ts"
        )
        .is_empty(),
        "{found:?}"
    );
    let v = lines_of(&found, "endpoint-missing-validation", "server.js");
    assert_eq!(
        v,
        vec![
            "endpoint-missing-validation server.js:16".to_string(),
            "endpoint-missing-validation server.js:22".to_string(),
            "endpoint-missing-validation server.js:9".to_string(),
        ],
        "{found:?}"
    );
}

const OPTIONAL_AUTH: &[(&str, &str)] = &[
    (
        "package.json",
        r#"{"dependencies":{"next":"14.2.0","next-auth":"4.24.0","express":"4.19.2"}}"#,
    ),
    (
        "app/api/notes/route.ts",
        "import { getServerSession } from \"next-auth\";\nexport async function POST(req: Request) {\n  const session = await getServerSession(authOptions);\n  const body = await req.json();\n  if (session) {\n    body.authorEmail = session.user?.email;\n  }\n  const note = await prisma.note.create({ data: { title: String(body.title) } });\n  if (!note) throw new Error(\"failed\");\n  return Response.json(note);\n}\n",
    ),
    (
        "app/api/drafts/route.ts",
        "import { createClient } from \"@/lib/supabase/server\";\nexport async function DELETE(req: Request) {\n  const supabase = createClient();\n  const { data: { user } } = await supabase.auth.getUser();\n  if (user) {\n    console.log(\"deleting for\", user.id);\n  }\n  const { error } = await prisma.draft.deleteMany({ where: { stale: true } });\n  if (error) throw error;\n  return Response.json({ ok: true });\n}\n",
    ),
    (
        "app/api/tasks/route.ts",
        "import { createClient } from \"@/lib/supabase/server\";\nexport async function POST(req: Request) {\n  const supabase = createClient();\n  const { data: { user }, error: authError } = await supabase.auth.getUser();\n  if (authError || !user) {\n    return NextResponse.json({ error: \"Unauthorized\" }, { status: 401 });\n  }\n  await prisma.task.create({ data: { title: \"x\", ownerId: user.id } });\n  return Response.json({ ok: true });\n}\n",
    ),
    (
        "app/api/boards/route.ts",
        "import { getServerSession } from \"next-auth\";\nexport async function POST(req: Request) {\n  const session = await getServerSession(authOptions);\n  if (session) {\n    await prisma.board.create({ data: { name: \"b\", ownerId: session.user.id } });\n    return Response.json({ ok: true });\n  }\n  return Response.json({ error: \"sign in\" }, { status: 401 });\n}\n",
    ),
    (
        "app/api/items/route.ts",
        "import { auth } from \"@clerk/nextjs/server\";\nexport async function POST(req: Request) {\n  const { userId } = auth();\n  if (!userId) return new Response(\"Unauthorized\", { status: 401 });\n  await prisma.item.create({ data: { name: \"i\", userId } });\n  return Response.json({ ok: true });\n}\n",
    ),
    (
        "lib/user.ts",
        "export async function getUserOrNull() {\n  const { data, error } = await supabase.auth.getUser();\n  if (error || !data.user) {\n    return null;\n  }\n  return data.user;\n}\n",
    ),
    (
        "app/api/feeds/route.ts",
        "import { getUserOrNull } from \"@/lib/user\";\nexport async function POST(req: Request) {\n  const viewer = await getUserOrNull();\n  await prisma.feed.create({ data: { name: \"f\", owner: viewer?.id } });\n  return Response.json({ ok: true });\n}\nexport async function DELETE(req: Request) {\n  const current = await getUserOrNull();\n  if (!current) return Response.json({ error: \"sign in\" }, { status: 401 });\n  await prisma.feed.deleteMany({ where: { ownerId: current.id } });\n  return Response.json({ ok: true });\n}\n",
    ),
    (
        "app/api/labels/route.ts",
        "export async function POST(req: Request) {\n  const { data, error: authError } = await supabase.auth.getUser();\n  if (authError) {\n    return NextResponse.json({ error: authError.message }, { status: 401 });\n  }\n  await prisma.label.create({ data: { name: \"l\", ownerId: data.user.id } });\n  return Response.json({ ok: true });\n}\nexport async function DELETE(req: Request) {\n  const { data, error } = await supabase.auth.getUser();\n  const { error: dbError } = await prisma.label.deleteMany({ where: { stale: true } });\n  if (error) throw error;\n  return Response.json({ ok: true });\n}\n",
    ),
    (
        "app/api/sheets/route.ts",
        "export async function POST(req: Request) {\n  const session = await getServerSession(authOptions);\n  if (session && session.user) {\n    await prisma.sheet.create({ data: { name: \"s\", ownerId: session.user.id } });\n    return Response.json({ ok: true });\n  }\n  return new Response(null, { status: 401 });\n}\n",
    ),
    (
        "app/dashboard/actions.ts",
        "'use server'\nimport { auth } from \"@/auth\";\nimport { redirect } from \"next/navigation\";\nexport async function archiveProject(id: string) {\n  const session = await auth();\n  if (!session?.user) redirect(\"/login\");\n  await prisma.project.update({ where: { id, ownerId: session.user.id }, data: { archived: true } });\n}\n",
    ),
    (
        "server.js",
        "const express = require('express');\nconst app = express();\napp.delete('/api/todos', async (req, res) => {\n  const authHeader = req.headers.authorization;\n  let user = null;\n  if (authHeader) {\n    user = await getUser(authHeader.replace('Bearer ', ''));\n  }\n  if (!req.query) return res.status(400).end();\n  try {\n    await Todo.deleteMany({ done: true });\n    res.json({ ok: true });\n  } catch (e) {\n    throw e;\n  }\n});\n",
    ),
];

#[test]
fn optional_auth_is_not_auth() {
    assert_eq!(
        table(OPTIONAL_AUTH),
        vec![
            "app/api/boards/route.ts:2 POST /api/boards A-- route",
            "app/api/drafts/route.ts:2 DELETE /api/drafts --- route",
            "app/api/feeds/route.ts:2 POST /api/feeds --- route",
            "app/api/feeds/route.ts:7 DELETE /api/feeds A-- route",
            "app/api/items/route.ts:2 POST /api/items A-- route",
            "app/api/labels/route.ts:1 POST /api/labels A-- route",
            "app/api/labels/route.ts:9 DELETE /api/labels --- route",
            "app/api/notes/route.ts:2 POST /api/notes --- route",
            "app/api/sheets/route.ts:1 POST /api/sheets A-- route",
            "app/api/tasks/route.ts:2 POST /api/tasks A-- route",
            "app/dashboard/actions.ts:4 POST action:archiveProject A-- server-action",
            "server.js:3 DELETE /api/todos --- route",
        ]
    );
    let found = rules_found(OPTIONAL_AUTH);
    for f in [
        "app/api/notes/route.ts",
        "app/api/drafts/route.ts",
        "server.js",
    ] {
        assert!(
            !lines_of(&found, "endpoint-missing-auth", f).is_empty(),
            "{f}: {found:?}"
        );
    }
}

const IDOR: &[(&str, &str)] = &[
    (
        "package.json",
        r#"{"dependencies":{"next":"14.2.0","next-auth":"4.24.0","express":"4.19.2"}}"#,
    ),
    (
        "app/api/projects/[id]/route.ts",
        "export async function GET(req: Request, { params }: { params: { id: string } }) {\n  const session = await getServerSession(authOptions);\n  if (!session) return new Response(\"Unauthorized\", { status: 401 });\n  const userId = session.user.id;\n  const project = await prisma.project.findUnique({ where: { id: params.id } });\n  return Response.json(project);\n}\nexport async function DELETE(req: Request, { params }: { params: { id: string } }) {\n  const session = await getServerSession(authOptions);\n  if (!session) return new Response(\"Unauthorized\", { status: 401 });\n  await prisma.project.delete({ where: { id: params.id, userId: session.user.id } });\n  return Response.json({ ok: true });\n}\n",
    ),
    (
        "app/api/documents/route.ts",
        "import { supabaseAdmin } from \"@/lib/admin\";\nexport async function DELETE(req: Request) {\n  const session = await getServerSession(authOptions);\n  if (!session) return new Response(\"Unauthorized\", { status: 401 });\n  const id = new URL(req.url).searchParams.get(\"id\");\n  await supabaseAdmin.from(\"documents\").delete().eq(\"id\", id);\n  return Response.json({ ok: true });\n}\nexport async function PATCH(req: Request) {\n  const session = await getServerSession(authOptions);\n  if (!session) return new Response(\"Unauthorized\", { status: 401 });\n  const id = new URL(req.url).searchParams.get(\"id\");\n  await supabaseAdmin.from(\"documents\").update({ done: true }).eq(\"id\", id).eq(\"user_id\", session.user.id);\n  return Response.json({ ok: true });\n}\n",
    ),
    (
        "app/api/notes/[id]/route.ts",
        "export async function PATCH(req: Request, { params }: { params: { id: string } }) {\n  const session = await getServerSession(authOptions);\n  if (!session) return new Response(\"Unauthorized\", { status: 401 });\n  const { userId, text } = await req.json();\n  await prisma.note.update({ where: { id: params.id }, data: { text, userId } });\n  return Response.json({ ok: true });\n}\n",
    ),
    (
        "app/api/todos/[id]/route.ts",
        "export async function PUT(req: Request, { params }: { params: { id: string } }) {\n  const session = await getServerSession(authOptions);\n  if (!session) return new Response(\"Unauthorized\", { status: 401 });\n  const userId = session.user.id;\n  const todo = await prisma.todo.update({ where: { id: params.id, userId }, data: { done: true } });\n  return Response.json(todo);\n}\n",
    ),
    ("requirements.txt", "fastapi==0.110.0\nDjango==5.0\n"),
    (
        "api/main.py",
        "from fastapi import FastAPI, Depends\n\napp = FastAPI()\n\n\n@app.get(\"/items/{item_id}\")\ndef read_item(item_id: int, db: Session = Depends(get_db), user: User = Depends(get_current_user)):\n    return db.query(Item).get(item_id)\n\n\n@app.delete(\"/items/{item_id}\")\ndef delete_item(item_id: int, db: Session = Depends(get_db), user: User = Depends(get_current_user)):\n    item = db.query(Item).filter(Item.id == item_id, Item.owner_id == user.id).first()\n    db.delete(item)\n\n\n@app.patch(\"/todos/{todo_id}\")\nasync def done(todo_id: int, db: AsyncSession = Depends(get_db), user: User = Depends(get_current_user)):\n    todo = (await db.execute(select(Todo).where(Todo.id == todo_id))).scalar_one_or_none()\n    todo.done = True\n    await db.commit()\n\n\n@app.delete(\"/todos/{todo_id}\")\nasync def drop(todo_id: int, db: AsyncSession = Depends(get_db), user: User = Depends(get_current_user)):\n    todo = (await db.execute(select(Todo).where(Todo.id == todo_id, Todo.user_id == user.id))).scalar_one_or_none()\n    await db.delete(todo)\n",
    ),
];

const MIDDLEWARE_GUARDS: &[(&str, &str)] = &[
    (
        "package.json",
        r#"{"dependencies":{"express":"4.19.2","jsonwebtoken":"9.0.2"}}"#,
    ),
    (
        "server.js",
        "const express = require('express');\nconst app = express();\nfunction requireAuth(req, res, next) { try { req.user = jwt.verify(req.headers.authorization, process.env.JWT_SECRET); next(); } catch (e) { res.status(401).end(); } }\nasync function isOwner(req, res, next) {\n  const todo = await Todo.findById(req.params.id);\n  if (!todo || todo.userId !== req.user.id) return res.status(403).end();\n  next();\n}\nconst signedIn = (req, res, next) => (req.session.user ? next() : res.status(401).end());\nconst attachUser = (req, res, next) => { req.account = req.session?.user; next(); };\napp.delete('/api/todos/:id', requireAuth, isOwner, async (req, res) => { await Todo.findByIdAndDelete(req.params.id); res.end(); });\napp.patch('/api/todos/:id', requireAuth, async (req, res) => { await Todo.findByIdAndUpdate(req.params.id, { done: true }); res.end(); });\napp.post('/api/lists', signedIn, async (req, res) => { await List.create({ name: 'x' }); res.end(); });\napp.post('/api/tags', attachUser, async (req, res) => { await Tag.create({ name: 'x' }); res.end(); });\n",
    ),
];

#[test]
fn ownership_and_ternary_middleware() {
    assert_eq!(
        table(MIDDLEWARE_GUARDS),
        vec![
            "server.js:11 DELETE /api/todos/:id A-- route",
            "server.js:12 PATCH /api/todos/:id A-- route",
            "server.js:13 POST /api/lists A-- route",
            "server.js:14 POST /api/tags --- route",
        ]
    );
    let found = rules_found(MIDDLEWARE_GUARDS);
    assert_eq!(
        lines_of(&found, "idor-unscoped-lookup", "server.js"),
        vec!["idor-unscoped-lookup server.js:12".to_string()],
        "{found:?}"
    );
}

#[test]
fn idor_lookups_by_request_id_without_ownership() {
    let found = rules_found(IDOR);
    let idor: Vec<String> = found
        .iter()
        .filter(|f| f.starts_with("idor-unscoped-lookup"))
        .cloned()
        .collect();
    assert_eq!(
        idor,
        vec![
            "idor-unscoped-lookup api/main.py:19".to_string(),
            "idor-unscoped-lookup api/main.py:8".to_string(),
            "idor-unscoped-lookup app/api/documents/route.ts:6".to_string(),
            "idor-unscoped-lookup app/api/notes/[id]/route.ts:5".to_string(),
            "idor-unscoped-lookup app/api/projects/[id]/route.ts:5".to_string(),
        ],
        "{found:?}"
    );
}

/// Flask-SQLAlchemy's `Model.query.all()` is a database read: an anonymous listing of users is
/// reported, a public catalogue listing is not.
#[test]
fn flask_sqlalchemy_model_query_reads_count() {
    let app = "from flask import Flask, jsonify\nfrom flask_sqlalchemy import SQLAlchemy\n\napp = Flask(__name__)\ndb = SQLAlchemy(app)\n\n\n@app.route('/users', methods=['GET'])\ndef all_users():\n    rows = Users.query.all()\n    return jsonify([{'name': u.name, 'password': u.password} for u in rows])\n\n\n@app.route('/books', methods=['GET'])\ndef all_books():\n    return jsonify([b.title for b in Books.query.order_by(Books.title).all()])\n";
    let found = rules_found(&[
        (
            "requirements.txt",
            "flask==3.0.3\nflask-sqlalchemy==3.1.1\n",
        ),
        ("app.py", app),
    ]);
    assert_eq!(
        lines_of(&found, "endpoint-missing-auth", "app.py"),
        vec!["endpoint-missing-auth app.py:8".to_string()],
        "{found:#?}"
    );
}

/// A project's own key check called from the handler (a header lookup that raises 401/403) is an
/// auth guard; the same lookup without a rejection is not.
#[test]
fn python_own_header_key_check_called_in_the_handler() {
    let auth = "from fastapi import Request, HTTPException\n\nKEYS = {}\n\n\ndef caller_key(request: Request) -> str:\n    raw = request.headers.get(\"authorization\", \"\")\n    if not raw.startswith(\"Bearer \"):\n        raise HTTPException(status_code=401, detail=\"missing key\")\n    return raw[7:]\n\n\ndef caller_hint(request: Request) -> str:\n    return request.headers.get(\"authorization\", \"anonymous\")\n";
    let routes = "from fastapi import APIRouter, Request\nfrom services.keys import caller_key, caller_hint\n\nrouter = APIRouter()\n\n\n@router.post(\"/v1/chat\")\nasync def chat(request: Request, body: dict):\n    key = caller_key(request)\n    return client.chat.completions.create(model=\"m\", messages=body[\"messages\"])\n\n\n@router.post(\"/v1/open\")\nasync def open_chat(request: Request, body: dict):\n    who = caller_hint(request)\n    return client.chat.completions.create(model=\"m\", messages=body[\"messages\"])\n";
    let found = rules_found(&[
        ("requirements.txt", "fastapi==0.115.0\nopenai==1.40.0\n"),
        ("services/keys.py", auth),
        ("routers/chat.py", routes),
    ]);
    assert_eq!(
        lines_of(&found, "endpoint-missing-auth", "routers/chat.py"),
        vec!["endpoint-missing-auth routers/chat.py:13".to_string()],
        "{found:#?}"
    );
}

/// `typeof` checks count as hand validation only when they test request data.
#[test]
fn typeof_checks_validate_only_request_data() {
    let checked = "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function POST(req: Request) {\n  const { prompt } = await req.json();\n  if (typeof prompt !== 'string' || prompt.length > 2000) return new Response('bad', { status: 400 });\n  const out = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] });\n  return Response.json(out);\n}\n";
    let unchecked = "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function POST(req: Request) {\n  const { messages } = await req.json();\n  const out = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages });\n  const reply = out.choices[0].message;\n  const text = typeof reply.content === 'string' ? reply.content : '';\n  return Response.json({ text });\n}\n";
    let t = table(&[
        (
            "package.json",
            r#"{"dependencies":{"next":"15.1.0","openai":"4.70.0"}}"#,
        ),
        ("app/api/checked/route.ts", checked),
        ("app/api/unchecked/route.ts", unchecked),
    ]);
    assert_eq!(
        t,
        vec![
            "app/api/checked/route.ts:3 POST /api/checked --V route".to_string(),
            "app/api/unchecked/route.ts:3 POST /api/unchecked --- route".to_string(),
        ]
    );
}

/// A record looked up by a request id only to test that it exists (an assignee, a parent) is a
/// foreign-key check, not an IDOR; the record then read and returned by id still is.
#[test]
fn existence_checks_are_not_idor() {
    let route = "import prisma from '@/prisma/client';\nimport { getServerSession } from 'next-auth';\n\nexport async function PATCH(request: Request) {\n  const session = await getServerSession();\n  if (!session) return Response.json({}, { status: 401 });\n  const body = await request.json();\n  const { assigneeId, title } = body;\n  const assignee = await prisma.user.findUnique({ where: { id: assigneeId } });\n  if (!assignee) return Response.json({ error: 'Invalid assignee' }, { status: 400 });\n  return Response.json({ ok: true, title });\n}\n\nexport async function GET(request: Request) {\n  const session = await getServerSession();\n  if (!session) return Response.json({}, { status: 401 });\n  const profileId = new URL(request.url).searchParams.get('profileId');\n  const assignee = await prisma.profile.findUnique({ where: { id: profileId } });\n  if (!assignee) return Response.json({}, { status: 404 });\n  return Response.json(assignee);\n}\n";
    let found = rules_found(&[
        (
            "package.json",
            r#"{"dependencies":{"next":"15.1.0","next-auth":"4.24.0","@prisma/client":"5.20.0"}}"#,
        ),
        ("app/api/tasks/route.ts", route),
    ]);
    let idor: Vec<&String> = found
        .iter()
        .filter(|f| f.starts_with("idor-unscoped-lookup"))
        .collect();
    assert_eq!(
        idor,
        vec!["idor-unscoped-lookup app/api/tasks/route.ts:18"],
        "{found:#?}"
    );
}

const ROLE_AND_LOGIN: &[(&str, &str)] = &[
    (
        "package.json",
        r#"{"dependencies":{"next":"14.2.3","express":"4.19.2","mongoose":"8.4.1","@prisma/client":"5.14.0"}}"#,
    ),
    (
        "app/api/admin/users/route.ts",
        r#"import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { getSession } from "@/lib/auth";

export async function DELETE(req: NextRequest) {
  const session = await getSession();
  if (session?.user?.role !== "ADMIN") {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  const id = req.nextUrl.searchParams.get("id");
  await prisma.user.delete({ where: { id: id! } });
  return new NextResponse(null, { status: 204 });
}
"#,
    ),
    (
        "server.js",
        r#"const express = require("express");
const Appointment = require("./models/Appointment");
const { protect } = require("./auth");
const app = express();
app.use(express.json());
app.put("/api/appointments/:id", protect, async (req, res) => {
  const appt = await Appointment.findOneAndUpdate({ _id: req.params.id, patient: req.user._id }, { reason: String(req.body.reason) });
  res.json(appt);
});
app.put("/api/notes/:id", protect, async (req, res) => {
  const note = await Appointment.findByIdAndUpdate(req.params.id, { text: String(req.body.text) });
  res.json(note);
});
app.post("/api/auth/admin-login", async (req, res) => {
  const { username, password } = req.body;
  if (username === process.env.ADMIN_USER && password === process.env.ADMIN_PASSWORD) {
    return res.json({ ok: true });
  }
  res.status(401).json({ message: "Invalid credentials" });
});
app.listen(3000);
"#,
    ),
];

/// A role comparison that also fails for a missing session is a guard; Mongoose owner fields
/// compared with `req.user._id` scope a lookup; a login of any name is public (and wants a
/// rate limiter, not an auth guard).
#[test]
fn role_checks_mongoose_owner_ids_and_named_logins() {
    assert_eq!(
        table(ROLE_AND_LOGIN),
        vec![
            "app/api/admin/users/route.ts:5 DELETE /api/admin/users A-- route",
            "server.js:6 PUT /api/appointments/:id A-- route",
            "server.js:10 PUT /api/notes/:id A-- route",
            "server.js:14 POST /api/auth/admin-login --- route",
        ]
    );
    let found = rules_found(ROLE_AND_LOGIN);
    let of = |rule: &str| -> Vec<String> {
        found
            .iter()
            .filter(|f| f.starts_with(&format!("{rule} ")))
            .cloned()
            .collect()
    };
    assert_eq!(
        of("endpoint-missing-auth"),
        Vec::<String>::new(),
        "{found:?}"
    );
    assert_eq!(
        of("idor-unscoped-lookup"),
        vec!["idor-unscoped-lookup server.js:11".to_string()],
        "{found:?}"
    );
    assert_eq!(
        of("endpoint-missing-rate-limit"),
        vec!["endpoint-missing-rate-limit server.js:14".to_string()],
        "{found:?}"
    );
}

/// Session plumbing (`express-session`, `passport.session()`) loads a user when there is one; it
/// is not a guard. A route with a real `req.isAuthenticated()` check stays guarded.
#[test]
fn session_middleware_is_not_an_auth_guard() {
    let files: &[(&str, &str)] = &[
        (
            "package.json",
            r#"{"dependencies":{"express":"4.19.2","express-session":"1.18.0","passport":"0.7.0"}}"#,
        ),
        (
            "server.js",
            r#"const express = require("express");
const session = require("express-session");
const passport = require("passport");
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.use(passport.initialize());
app.use(passport.session());
function ensureAuthenticated(req, res, next) {
  if (req.isAuthenticated()) return next();
  res.status(401).json({ error: "Sign in first" });
}
app.get("/api/admin/export.csv", async (req, res) => { res.send(await exportAll()); });
app.post("/api/notes", ensureAuthenticated, async (req, res) => { res.json(await addNote(req.user.id, String(req.body.text))); });
app.listen(3000);
"#,
        ),
    ];
    assert_eq!(
        table(files),
        vec![
            "server.js:12 GET /api/admin/export.csv --- route",
            "server.js:13 POST /api/notes A-- route",
        ]
    );
}

/// Hono on Workers builds its guards per request from the env: the wrapper is a guard.
#[test]
fn hono_guards_built_per_request() {
    let files: &[(&str, &str)] = &[
        ("package.json", r#"{"dependencies":{"hono":"4.4.0"}}"#),
        (
            "src/index.ts",
            r#"import { Hono } from "hono";
import { bearerAuth } from "hono/bearer-auth";
const app = new Hono();
app.use("/admin/*", async (c, next) => bearerAuth({ token: c.env.ADMIN_TOKEN })(c, next));
app.post("/admin/users/:id/role", async (c) => c.json(await setRole(c.env.DB, c.req.param("id"))));
app.post("/notes", async (c) => c.json(await addNote(c.env.DB, await c.req.json())));
app.post("/api/auth/login", async (c) => {
  const { success } = await c.env.LOGIN_LIMITER.limit({ key: c.req.header("cf-connecting-ip") ?? "?" });
  if (!success) return c.json({ error: "Too many attempts" }, 429);
  return c.json(await login(await c.req.json()));
});
export default app;
"#,
        ),
    ];
    // The Workers rate-limit binding (`env.X.limit({ key })`) is a limiter.
    assert_eq!(
        table(files),
        vec![
            "src/index.ts:5 POST /admin/users/:id/role A-- route",
            "src/index.ts:6 POST /notes --- route",
            "src/index.ts:7 POST /api/auth/login -R- route",
        ]
    );
}

/// supabase-py: `.eq("id", user.id)` is the ownership condition itself; `.eq("id", doc_id)` from
/// the path is the lookup to report.
#[test]
fn supabase_py_own_row_is_not_idor() {
    let files: &[(&str, &str)] = &[
        ("requirements.txt", "fastapi==0.111.0\nsupabase==2.5.0\n"),
        (
            "app/main.py",
            r#"from fastapi import Depends, FastAPI
from .deps import CurrentUser, get_current_user
from .clients import service_client

app = FastAPI()


@app.patch("/profile")
def update_profile(changes: dict, user: CurrentUser = Depends(get_current_user)):
    return service_client().table("profiles").update(changes).eq("id", user.id).execute().data


@app.get("/documents/{doc_id}")
def get_document(doc_id: str, user: CurrentUser = Depends(get_current_user)):
    return service_client().table("documents").select("*").eq("id", doc_id).maybe_single().execute().data
"#,
        ),
    ];
    let found = rules_found(files);
    assert_eq!(
        lines_of(&found, "idor-unscoped-lookup", "app/main.py"),
        vec!["idor-unscoped-lookup app/main.py:15".to_string()],
        "{found:?}"
    );
}

/// Drizzle: `.where(eq(t.id, <request id>))` is a lookup by id; `and(..., eq(t.ownerId, user))`
/// scopes it.
#[test]
fn drizzle_lookups_by_request_id() {
    let files: &[(&str, &str)] = &[
        (
            "package.json",
            r#"{"dependencies":{"hono":"4.4.0","drizzle-orm":"0.31.0"}}"#,
        ),
        (
            "src/pins.ts",
            r#"import { Hono } from "hono";
import { and, eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { pins } from "./schema";
import { requireAuth } from "./auth";
const app = new Hono();
app.use("*", requireAuth);
app.patch("/:id", async (c) => {
  const { title } = await c.req.json();
  await drizzle(c.env.DB).update(pins).set({ title: String(title) }).where(and(eq(pins.id, c.req.param("id")), eq(pins.ownerId, c.get("userId"))));
  return c.json({ ok: true });
});
app.delete("/:id", async (c) => {
  await drizzle(c.env.DB).delete(pins).where(eq(pins.id, c.req.param("id")));
  return c.body(null, 204);
});
export default app;
"#,
        ),
    ];
    let found = rules_found(files);
    assert_eq!(
        lines_of(&found, "idor-unscoped-lookup", "src/pins.ts"),
        vec!["idor-unscoped-lookup src/pins.ts:14".to_string()],
        "{found:?}"
    );
}

/// A Pages Router handler that branches on `req.method`: each method is judged on its own block
/// plus the shared session check before the branches, and a whole-body write is one finding at
/// the write (the rule's), not a second one at the handler.
#[test]
fn pages_router_method_branches() {
    let files: &[(&str, &str)] = &[
        (
            "package.json",
            r#"{"dependencies":{"next":"15.5.21","next-auth":"4.24.11","@prisma/client":"5.22.0"}}"#,
        ),
        (
            "pages/api/notes/[id].ts",
            r#"import type { NextApiRequest, NextApiResponse } from 'next'
import { getServerSession } from 'next-auth'
import { db } from '../../../lib/db'

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, {} as any)
  if (!session) return res.status(401).end()
  const id = String(req.query.id)
  if (req.method === 'PATCH') {
    await db.note.update({ where: { id, ownerId: session.user.id }, data: req.body })
    return res.json({ ok: true })
  }
  if (req.method === 'DELETE') {
    await db.note.delete({ where: { id, ownerId: session.user.id } })
    return res.status(204).end()
  }
  return res.status(405).end()
}
"#,
        ),
        (
            "pages/api/posts.ts",
            r#"import type { NextApiRequest, NextApiResponse } from 'next'
import { db } from '../../lib/db'

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    return res.json(await db.post.findMany({ where: { published: true } }))
  }
  if (req.method === 'POST') {
    const post = await db.post.create({ data: { title: req.body.title, body: req.body.body } })
    return res.status(201).json(post)
  }
}
"#,
        ),
    ];
    assert_eq!(
        table(files),
        vec![
            "pages/api/notes/[id].ts:5 DELETE /api/notes/[id] A-- api-route",
            "pages/api/notes/[id].ts:5 PATCH /api/notes/[id] A-- api-route",
            "pages/api/posts.ts:4 GET /api/posts --- api-route",
            "pages/api/posts.ts:4 POST /api/posts --- api-route",
        ]
    );
    let report = scan(files);
    let found = rules_found(files);
    // One finding for the whole-body write, raised to the endpoint's severity.
    assert_eq!(
        lines_of(
            &found,
            "js-mass-assignment-request-body",
            "pages/api/notes/[id].ts"
        ),
        vec!["js-mass-assignment-request-body pages/api/notes/[id].ts:10".to_string()],
        "{found:?}"
    );
    let ma = report
        .findings
        .iter()
        .find(|f| f.rule == "js-mass-assignment-request-body")
        .expect("mass assignment");
    assert_eq!(ma.severity, prodgap::Severity::High);
    assert_eq!(ma.fix_stack.as_deref(), Some("nextjs-pages"));
    assert!(ma.fix.contains("safeParse(req.body)"), "{}", ma.fix);
    // The DELETE branch reads no body: no validation finding names it.
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.rule == "endpoint-missing-validation" && f.message.contains("DELETE")),
        "{found:?}"
    );
    // The public POST (no session anywhere) is unauthenticated; the GET of published posts too,
    // but only the write is worth an auth finding.
    let auth = report
        .findings
        .iter()
        .find(|f| f.rule == "endpoint-missing-auth")
        .expect("missing auth on POST /api/posts");
    assert!(auth.message.contains("POST /api/posts"), "{}", auth.message);
    assert!(auth.fix.contains("res.status(401)"), "{}", auth.fix);
}

/// Each method branch of a Pages Router handler reports its own unscoped lookup, with the id
/// declared in the shared prologue.
#[test]
fn pages_router_idor_per_branch() {
    let files: &[(&str, &str)] = &[
        (
            "package.json",
            r#"{"dependencies":{"next":"15.5.21","next-auth":"4.24.11","@prisma/client":"5.22.0"}}"#,
        ),
        (
            "pages/api/notes/[id].ts",
            r#"import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { prisma } from "@/lib/prisma";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, {});
  if (!session?.user) return res.status(401).end();
  const id = req.query.id as string;
  if (req.method === "GET") {
    const note = await prisma.note.findFirst({ where: { id, userId: session.user.id } });
    return note ? res.json(note) : res.status(404).end();
  }
  if (req.method === "DELETE") {
    await prisma.note.delete({ where: { id } });
    return res.status(204).end();
  }
  return res.status(405).end();
}
"#,
        ),
    ];
    let found = rules_found(files);
    assert_eq!(
        lines_of(&found, "idor-unscoped-lookup", "pages/api/notes/[id].ts"),
        vec!["idor-unscoped-lookup pages/api/notes/[id].ts:14".to_string()],
        "{found:?}"
    );
}

/// An Express API at the root with a Vite client in `client/`: the API's `src/` is server code
/// (its secrets are not "shipped to the browser"), and code in tests is capped at low.
#[test]
fn server_src_beside_a_client_package_and_test_code() {
    let files: &[(&str, &str)] = &[
        (
            "package.json",
            r#"{"name":"api","dependencies":{"express":"4.21.2","jsonwebtoken":"9.0.2"},"scripts":{"test":"jest"}}"#,
        ),
        (
            "src/config.ts",
            "export const config = {\n  jwtSecret: process.env.JWT_SECRET || 'k8Vq2nR7wZp4Lx9T',\n};\n",
        ),
        (
            "src/__tests__/token.test.ts",
            "import jwt from 'jsonwebtoken';\nprocess.env.JWT_SECRET = 'Qm7vR2xK9pL4wZ8n';\nit('signs', () => {\n  expect(jwt.sign({ sub: '1' }, process.env.JWT_SECRET!, { expiresIn: '1h' })).toBeTruthy();\n});\n",
        ),
        (
            "client/package.json",
            r#"{"name":"client","dependencies":{"react":"18.3.1"},"devDependencies":{"vite":"6.3.5"}}"#,
        ),
        (
            "client/src/lib/keys.ts",
            "export const OPENAI_KEY = 'sk-proj-' + 'x';\nexport const jwtSecret = 'Zr8Kq2Lm9Vx4Tn7W';\n",
        ),
        (
            "tests/test_tokens.py",
            "from jose import jwt\n\ndef test_exp():\n    claims = jwt.get_unverified_claims(make())\n    assert 'exp' in claims\n",
        ),
    ];
    let report = scan(files);
    let sev = |rule: &str, file: &str| {
        report
            .findings
            .iter()
            .filter(|f| f.rule == rule && f.file.as_deref() == Some(file))
            .map(|f| f.severity)
            .collect::<Vec<_>>()
    };
    use prodgap::Severity::{Critical, High, Low};
    // One finding for the fallback, by the JWT rule (its own severity, not raised as shipped).
    assert_eq!(sev("jwt-hardcoded-secret", "src/config.ts"), vec![High]);
    assert!(sev("generic-jwt-secret", "src/config.ts").is_empty());
    assert_eq!(
        sev("generic-jwt-secret", "src/__tests__/token.test.ts"),
        vec![Low]
    );
    // The client package's own source still ships to the browser.
    assert_eq!(
        sev("generic-jwt-secret", "client/src/lib/keys.ts"),
        vec![Critical]
    );
    let decode: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.file.as_deref() == Some("tests/test_tokens.py"))
        .map(|f| (f.rule.as_str(), f.severity))
        .collect();
    assert!(!decode.is_empty(), "{decode:?}");
    assert!(decode.iter().all(|(_, s)| *s == Low), "{decode:?}");
}

#[test]
fn firebase_cloud_functions_are_endpoints() {
    let files: &[(&str, &str)] = &[
        (
            "functions/package.json",
            r#"{"dependencies":{"firebase-admin":"12.7.0","firebase-functions":"6.1.0","zod":"3.23.0"}}"#,
        ),
        (
            "functions/src/index.ts",
            r#"import * as functions from "firebase-functions/v1";
import { onCall, onRequest, HttpsError } from "firebase-functions/v2/https";
import { getFirestore } from "firebase-admin/firestore";
import { z } from "zod";
import express from "express";

const db = getFirestore();
const app = express();
app.get("/status", (req, res) => res.json({ ok: true }));

export const addNote = onCall(async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "Sign in first.");
  const note = z.object({ text: z.string().max(500) }).parse(request.data);
  await db.collection("notes").add({ ...note, userId: request.auth.uid });
});

exports.legacyDelete = functions.https.onCall(async (data, context) => {
  await db.collection("notes").doc(data.noteId).delete();
});

export const hook = onRequest(async (req, res) => {
  if (req.method !== "POST") { res.status(405).end(); return; }
  res.json({ ok: true });
});

export const api = functions.https.onRequest(app);
"#,
        ),
    ];
    assert_eq!(
        table(files),
        vec![
            "functions/src/index.ts:9 GET /status --- route",
            "functions/src/index.ts:11 POST callable:addNote A-V callable",
            "functions/src/index.ts:17 POST callable:legacyDelete --- callable",
            "functions/src/index.ts:21 POST /hook --- http-function",
        ]
    );
    let found = rules_found(files);
    assert!(
        found.contains(&"service-role-without-auth functions/src/index.ts:17".to_string()),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|f| f.contains("index.ts:11")),
        "the guarded, validated callable: {found:?}"
    );
}

#[test]
fn provider_token_exchange_is_not_a_password_login() {
    let pkg = (
        "package.json",
        r#"{"dependencies":{"next":"14.2.15","firebase-admin":"12.7.0"}}"#,
    );
    // Trades a Firebase ID token for a session cookie: nothing to guess, no limiter needed.
    let exchange = (
        "pages/api/sessionLogin.ts",
        r#"import type { NextApiRequest, NextApiResponse } from 'next';
import { getAuth } from 'firebase-admin/auth';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const { idToken } = req.body;
  await getAuth().verifyIdToken(idToken, true);
  const cookie = await getAuth().createSessionCookie(idToken, { expiresIn: 432000000 });
  res.setHeader('Set-Cookie', `__session=${cookie}; Path=/; HttpOnly; Secure; SameSite=Lax`);
  res.status(200).json({ status: 'success' });
}
"#,
    );
    let found = rules_found(&[pkg, exchange]);
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("endpoint-missing-rate-limit pages/api/sessionLogin.ts")),
        "{found:?}"
    );
    // The same route checking a password is a login and keeps its finding.
    let login = (
        "pages/api/sessionLogin.ts",
        r#"import type { NextApiRequest, NextApiResponse } from 'next';
import bcrypt from 'bcryptjs';
import { getAuth } from 'firebase-admin/auth';
import { findUser } from '../../lib/users';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { email, password } = req.body;
  const user = await findUser(email);
  if (!user || !(await bcrypt.compare(password, user.hash))) return res.status(401).end();
  const cookie = await getAuth().createSessionCookie(await mint(user), { expiresIn: 432000000 });
  res.setHeader('Set-Cookie', `__session=${cookie}; Path=/; HttpOnly; Secure; SameSite=Lax`);
  res.status(200).json({ status: 'success' });
}
"#,
    );
    let found = rules_found(&[pkg, login]);
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("endpoint-missing-rate-limit pages/api/sessionLogin.ts")),
        "{found:?}"
    );
}

#[test]
fn server_action_arguments_are_request_ids() {
    let pkg = (
        "package.json",
        r#"{"dependencies":{"next":"15.5.9","next-auth":"5.0.0-beta.25","@prisma/client":"6.1.0"}}"#,
    );
    let actions = (
        "app/actions.ts",
        r#""use server"

import { auth } from "@/auth"
import { prisma } from "@/lib/prisma"

export async function togglePublic(projectId: string, isPublic: boolean) {
  const session = await auth()
  if (!session?.user) throw new Error("Unauthorized")
  await prisma.project.update({ where: { id: projectId }, data: { public: isPublic } })
}

export async function renameProject(projectId: string, name: string) {
  const session = await auth()
  if (!session?.user) throw new Error("Unauthorized")
  await prisma.project.update({ where: { id: projectId, ownerId: session.user.id }, data: { name } })
}

export async function archive(formData: FormData) {
  const session = await auth()
  if (!session?.user) throw new Error("Unauthorized")
  const id = formData.get("projectId") as string
  await prisma.project.update({ where: { id }, data: { archived: true } })
}

export async function paid(amountPaid: number) {
  const session = await auth()
  if (!session?.user) throw new Error("Unauthorized")
  await prisma.payment.update({ where: { userId: session.user.id }, data: { amountPaid } })
}
"#,
    );
    let found: Vec<String> = rules_found(&[pkg, actions])
        .into_iter()
        .filter(|f| f.starts_with("idor-unscoped-lookup"))
        .collect();
    assert_eq!(
        found,
        vec![
            "idor-unscoped-lookup app/actions.ts:22".to_string(),
            "idor-unscoped-lookup app/actions.ts:9".to_string(),
        ]
    );
}

#[test]
fn app_router_admin_pages_need_a_role_check() {
    let pkg = (
        "package.json",
        r#"{"dependencies":{"next":"15.5.9","next-auth":"5.0.0-beta.25","@prisma/client":"6.1.0"}}"#,
    );
    // The markup shows each user's role: display logic, not a role check.
    let page = |check: &str| {
        format!(
            r#"import {{ redirect }} from "next/navigation"
import {{ auth }} from "@/auth"
import {{ prisma }} from "@/lib/prisma"

export default async function AdminPage() {{
  const session = await auth()
  {check}
  const users = await prisma.user.findMany({{ select: {{ id: true, email: true }} }})
  return <ul>{{users.map((u) => <li key={{u.id}}>{{u.email}} {{u.role === "admin" ? "(admin)" : ""}}</li>)}}</ul>
}}
"#
        )
    };
    let signed_in = page(r#"if (!session?.user) redirect("/login")"#);
    let found = rules_found(&[pkg, ("app/admin/users/page.tsx", &signed_in)]);
    assert!(
        found.contains(&"admin-route-missing-role-check app/admin/users/page.tsx:5".to_string()),
        "{found:?}"
    );
    // The role check in the page itself, or in a layout above it.
    let role = page(r#"if (session?.user?.role !== "admin") redirect("/")"#);
    let found = rules_found(&[pkg, ("app/admin/users/page.tsx", &role)]);
    assert!(!found.iter().any(|f| f.contains("page.tsx")), "{found:?}");
    let layout = r#"import { redirect } from "next/navigation"
import { auth } from "@/auth"

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const session = await auth()
  if (!session?.user || session.user.role !== "admin") redirect("/")
  return <section>{children}</section>
}
"#;
    let found = rules_found(&[
        pkg,
        ("app/(dash)/admin/users/page.tsx", &signed_in),
        ("app/(dash)/admin/layout.tsx", layout),
    ]);
    assert!(!found.iter().any(|f| f.contains("page.tsx")), "{found:?}");
    // Not an admin page, or a client component (its data comes through API routes).
    let found = rules_found(&[pkg, ("app/dashboard/page.tsx", &signed_in)]);
    assert!(!found.iter().any(|f| f.contains("page.tsx")), "{found:?}");
    let client = format!("\"use client\"\n{signed_in}");
    let found = rules_found(&[pkg, ("app/admin/page.tsx", &client)]);
    assert!(!found.iter().any(|f| f.contains("page.tsx")), "{found:?}");
    // No sign-in check at all: anyone can read the page.
    let open = page("");
    let found = rules_found(&[pkg, ("app/admin/page.tsx", &open)]);
    assert!(
        found.contains(&"endpoint-missing-auth app/admin/page.tsx:5".to_string()),
        "{found:?}"
    );
}

#[test]
fn a_method_call_is_not_a_call_of_a_view_with_the_same_name() {
    let files: &[(&str, &str)] = &[
        ("requirements.txt", "flask==3.1.0\nfirebase-admin==6.6.0\n"),
        (
            "app/routes/projects.py",
            r#"from flask import Blueprint, g, jsonify, request
from ..firebase import db
from ..utils import login_required

bp = Blueprint("projects", __name__)


@bp.route("/api/projects/<pid>", methods=["PUT"])
@login_required
def update(pid):
    db.collection("projects").document(pid).update({"name": str(request.get_json()["name"])[:80], "by": g.uid})
    return jsonify(ok=True)
"#,
        ),
        (
            "app/routes/billing.py",
            r#"from flask import Blueprint, jsonify, request
from ..firebase import db

bp = Blueprint("billing", __name__)


@bp.route("/billing/grant", methods=["POST"])
def grant():
    uid = request.get_json()["uid"]
    db.collection("users").document(uid).update({"plan": "pro"})
    return jsonify(ok=True)
"#,
        ),
        (
            "server/routes.js",
            r#"const express = require("express");
const { db } = require("./db");
const router = express.Router();

async function update(req, res) { requireUser(req); res.json({}); }
router.put("/mine", requireUser, update);

router.post("/grant", async (req, res) => {
  await db.collection("users").doc(req.body.uid).update({ plan: "pro" });
  res.json({ ok: true });
});
module.exports = router;
"#,
        ),
    ];
    let t = table(files);
    assert!(
        t.iter().any(|r| r.contains("POST /billing/grant ---")),
        "`.update()` on a Firestore document is not the `update` view: {t:?}"
    );
    assert!(t.iter().any(|r| r.contains("POST /grant ---")), "{t:?}");
}

#[test]
fn flask_session_uid_checks_are_auth() {
    let files: &[(&str, &str)] = &[
        ("requirements.txt", "flask==3.1.0\n"),
        (
            "app.py",
            r#"from functools import wraps
from flask import Flask, abort, g, jsonify, request, session
from .db import get_project, list_users, save_project

app = Flask(__name__)


def admin_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        uid = session.get("uid") or abort(401)
        if load_role(uid) != "admin":
            abort(403)
        return view(*args, **kwargs)
    return wrapper


@app.route("/projects/<pid>")
def show(pid):
    if not session.get("uid"):
        abort(401)
    return jsonify(get_project(pid, owner=session["uid"]))


@app.route("/admin/users")
@admin_required
def users():
    return jsonify(list_users())


@app.route("/projects", methods=["POST"])
def create():
    save_project(request.get_json(), cart=session.get("cart_id"))
    return jsonify(ok=True)
"#,
        ),
    ];
    let t = table(files);
    for (route, auth) in [
        ("GET /projects/<pid> A", true),
        ("GET /admin/users A", true),
        // A session value that is not the user (a cart id) is not a sign-in check.
        ("POST /projects -", true),
    ] {
        assert_eq!(t.iter().any(|r| r.contains(route)), auth, "{route}: {t:?}");
    }
}

#[test]
fn role_changing_and_admin_module_actions_need_a_role_check() {
    let pkg = (
        "package.json",
        r#"{"dependencies":{"next":"15.5.9","drizzle-orm":"0.38.0","pg":"8.13.1"}}"#,
    );
    let actions = |check: &str| {
        format!(
            r#""use server";
import {{ eq }} from "drizzle-orm";
import {{ db }} from "@/db";
import {{ users }} from "@/db/schema";
import {{ getSession }} from "@/lib/auth";

export async function setUserRole(userId: number, role: "user" | "admin") {{
  const session = await getSession();
  if (!session) throw new Error("Unauthorized");
  {check}
  await db.update(users).set({{ role }}).where(eq(users.id, userId));
}}
"#
        )
    };
    let found = rules_found(&[pkg, ("src/app/actions/users.ts", &actions(""))]);
    assert!(
        found.contains(&"admin-route-missing-role-check src/app/actions/users.ts:7".to_string()),
        "{found:?}"
    );
    let checked = actions(r#"if (session.role !== "admin") throw new Error("Forbidden");"#);
    let found = rules_found(&[pkg, ("src/app/actions/users.ts", &checked)]);
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("admin-route-missing-role-check")),
        "{found:?}"
    );
    // Any action of an admin module, whatever its name.
    let ban = actions("").replace("setUserRole", "archiveAccount");
    let found = rules_found(&[pkg, ("src/app/actions/admin.ts", &ban)]);
    assert!(
        found.contains(&"admin-route-missing-role-check src/app/actions/admin.ts:7".to_string()),
        "{found:?}"
    );
    let found = rules_found(&[pkg, ("src/app/actions/account.ts", &ban)]);
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("admin-route-missing-role-check")),
        "{found:?}"
    );
}

#[test]
fn flask_uploads_through_secure_filename_and_capped_strings_are_validated() {
    let files: &[(&str, &str)] = &[
        ("requirements.txt", "flask==3.1.0\n"),
        (
            "app.py",
            r#"import os
from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename
from .db import save_name, save_any

app = Flask(__name__)


@app.route("/files/avatar", methods=["POST"])
def avatar():
    f = request.files["file"]
    name = secure_filename(f.filename or "")
    f.save(os.path.join("uploads", name))
    return jsonify(ok=True)


@app.route("/rename", methods=["POST"])
def rename():
    save_name(str(request.json.get("name", ""))[:120])
    return jsonify(ok=True)


@app.route("/raw", methods=["POST"])
def raw():
    save_any(request.json)
    return jsonify(ok=True)
"#,
        ),
    ];
    let t = table(files);
    for (route, validated) in [
        ("POST /files/avatar", true),
        ("POST /rename", true),
        ("POST /raw", false),
    ] {
        let row = t
            .iter()
            .find(|r| r.contains(&format!("{route} ")))
            .expect(route);
        assert_eq!(row.contains('V'), validated, "{row}");
    }
}

/// Severity escalation is not visible to the fixture harness: model output run as code is critical,
/// a plain dynamic `eval` stays high.
#[test]
fn model_output_run_as_code_is_critical() {
    let report = scan(&[(
        "lib/tools.js",
        r#"async function runTool(openai, prompt) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: prompt }] });
  const args = JSON.parse(completion.choices[0].message.tool_calls[0].function.arguments);
  return eval(args.expression);
}

function calc(expr) {
  return eval("(" + expr + ")");
}
"#,
    )]);
    let sev = |line: u32| {
        report
            .findings
            .iter()
            .find(|f| f.rule == "js-eval-dynamic-code" && f.line == Some(line))
            .map(|f| f.severity)
    };
    assert_eq!(sev(4), Some(prodgap::Severity::Critical));
    assert_eq!(sev(8), Some(prodgap::Severity::High));
}

#[test]
fn dynamic_server_pages_that_load_a_record_by_the_url_id() {
    let pkg = (
        "package.json",
        r#"{"dependencies":{"next":"15.5.9","drizzle-orm":"0.36.4","pg":"8.13.1","jsonwebtoken":"9.0.2"}}"#,
    );
    let auth = (
        "src/lib/auth.ts",
        r#"import jwt from "jsonwebtoken";
import { cookies } from "next/headers";
export async function getSession() {
  const t = (await cookies()).get("session")?.value;
  if (!t) return null;
  return jwt.verify(t, process.env.JWT_SECRET!, { algorithms: ["HS256"] }) as { userId: number };
}
"#,
    );
    let page = |check: &str, filter: &str| {
        format!(
            r#"import {{ notFound, redirect }} from "next/navigation";
import {{ and, eq }} from "drizzle-orm";
import {{ db }} from "@/db";
import {{ invoices }} from "@/db/schema";
import {{ getSession }} from "@/lib/auth";

export default async function InvoicePage({{ params }}: {{ params: Promise<{{ id: string }}> }}) {{
  const {{ id }} = await params;
  {check}
  const invoice = await db.query.invoices.findFirst({{ where: {filter} }});
  if (!invoice) notFound();
  return <h1>{{invoice.clientName}}</h1>;
}}
"#
        )
    };
    let by_id = "eq(invoices.id, Number(id))";
    let path = "src/app/invoices/[id]/page.tsx";
    // Anonymous: anyone who guesses an id reads the invoice.
    let open = page("", by_id);
    let found = rules_found(&[pkg, auth, (path, &open)]);
    assert!(
        found.contains(&format!("endpoint-missing-auth {path}:7")),
        "{found:?}"
    );
    assert!(
        table(&[pkg, auth, (path, &open)])
            .contains(&format!("{path}:7 GET /invoices/[id] --- page"))
    );
    // Signed in, but any account reads any invoice.
    let signed = page(
        r#"const session = await getSession(); if (!session) redirect("/login");"#,
        by_id,
    );
    let found = rules_found(&[pkg, auth, (path, &signed)]);
    assert!(
        found.contains(&format!("idor-unscoped-lookup {path}:10")),
        "{found:?}"
    );
    // Scoped to the caller: nothing.
    let owned = page(
        r#"const session = await getSession(); if (!session) redirect("/login");"#,
        "and(eq(invoices.id, Number(id)), eq(invoices.ownerId, session.userId))",
    );
    let found = rules_found(&[pkg, auth, (path, &owned)]);
    assert!(!found.iter().any(|f| f.contains("page.tsx")), "{found:?}");
    // A public post by slug, or a dynamic page with no lookup, is not an endpoint.
    let post = r#"import { db } from "@/db";
export default async function Post({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const post = await db.query.posts.findFirst({ where: (p, { eq }) => eq(p.slug, slug) });
  return <article>{post?.body}</article>;
}
"#;
    let t = table(&[pkg, ("src/app/blog/[slug]/page.tsx", post)]);
    assert!(t.is_empty(), "{t:?}");
    let client = format!("\"use client\";\n{open}");
    let t = table(&[pkg, auth, (path, &client)]);
    assert!(t.is_empty(), "{t:?}");
}

#[test]
fn dynamic_sql_in_a_security_definer_function_is_critical() {
    let body = |definer: &str| {
        format!(
            "create or replace function public.search_items(term text)\nreturns setof items\nlanguage plpgsql\n{definer}\nas $$\nbegin\n  return query execute 'select * from items where name ilike ''%' || term || '%''';\nend;\n$$;\n"
        )
    };
    let sev = |sql: &str| {
        scan(&[("supabase/migrations/001.sql", sql)])
            .findings
            .iter()
            .find(|f| f.rule == "plpgsql-execute-concat-sqli")
            .map(|f| (f.severity, f.line))
    };
    assert_eq!(
        sev(&body("security definer")),
        Some((prodgap::Severity::Critical, Some(7)))
    );
    assert_eq!(
        sev(&body("security invoker")),
        Some((prodgap::Severity::High, Some(7)))
    );
}

#[test]
fn python_injection_from_request_data_is_critical() {
    let view = |src: &str| {
        format!(
            "import subprocess\nfrom django.db import connection\nfrom rest_framework.views import APIView\n\n\nclass ReportView(APIView):\n    def get(self, request):\n        status = {src}\n        with connection.cursor() as cur:\n            cur.execute(f\"SELECT * FROM invoices WHERE status = '{{status}}'\")\n        subprocess.run(f\"report {{status}}\", shell=True)\n        return cur.fetchall()\n"
        )
    };
    let sev = |src: &str, rule: &str| {
        scan(&[
            (
                "requirements.txt",
                "django==5.1.4\ndjangorestframework==3.15.2\n",
            ),
            ("reports/views.py", &view(src)),
        ])
        .findings
        .iter()
        .find(|f| f.rule == rule)
        .map(|f| f.severity)
    };
    use prodgap::Severity::{Critical, High};
    let from_request = r#"request.query_params.get("status", "paid")"#;
    assert_eq!(
        sev(from_request, "py-sql-query-string-interpolation"),
        Some(Critical)
    );
    assert_eq!(
        sev(from_request, "subprocess-shell-true-injection"),
        Some(Critical)
    );
    let constant = r#"settings.DEFAULT_STATUS"#;
    assert_eq!(
        sev(constant, "py-sql-query-string-interpolation"),
        Some(High)
    );
    assert_eq!(sev(constant, "subprocess-shell-true-injection"), Some(High));
}

#[test]
fn token_redemption_refresh_and_custom_claims() {
    let pkg = (
        "package.json",
        r#"{"dependencies":{"express":"4.21.2","bcrypt":"5.1.1","nodemailer":"6.9.16"}}"#,
    );
    let routes = r#"const express = require('express');
const router = express.Router();
router.post('/reset-password', async (req, res) => {
  const { token, password } = req.body;
  const reset = await prisma.passwordReset.findUnique({ where: { tokenHash: hash(token) } });
  await prisma.user.update({ where: { id: reset.userId }, data: { passwordHash: await bcrypt.hash(password, 12) } });
  res.json({ ok: true });
});
router.post('/forgot-password', async (req, res) => {
  const { email } = req.body;
  await transporter.sendMail({ to: email, subject: 'Reset', text: link });
  res.json({ ok: true });
});
module.exports = router;
"#;
    let found = scan(&[pkg, ("server/routes/auth.js", routes)]);
    let sev = |line: u32| {
        found
            .findings
            .iter()
            .find(|f| f.rule == "endpoint-missing-rate-limit" && f.line == Some(line))
            .map(|f| f.severity)
    };
    assert_eq!(sev(3), Some(prodgap::Severity::Low));
    assert_eq!(sev(9), Some(prodgap::Severity::High));
    // simplejwt's refresh view checks no password.
    let urls = "from django.urls import path\nfrom rest_framework_simplejwt.views import TokenObtainPairView, TokenRefreshView\n\nurlpatterns = [\n    path(\"api/auth/login/\", TokenObtainPairView.as_view()),\n    path(\"api/auth/refresh/\", TokenRefreshView.as_view()),\n]\n";
    let found = rules_found(&[
        (
            "requirements.txt",
            "django==5.1.4\ndjangorestframework-simplejwt==5.3.1\n",
        ),
        ("accounts/urls.py", urls),
    ]);
    assert!(
        found.contains(&"endpoint-missing-rate-limit accounts/urls.py:5".to_string()),
        "{found:?}"
    );
    assert!(
        !found.contains(&"endpoint-missing-rate-limit accounts/urls.py:6".to_string()),
        "{found:?}"
    );
    // A Firebase custom claim is a role check.
    let admin = |check: &str| {
        format!(
            "import {{ getAuth }} from \"firebase-admin/auth\";\nimport {{ adminDb }} from \"../../../lib/firebaseAdmin\";\n\nexport default async function handler(req, res) {{\n  const token = (req.headers.authorization || \"\").replace(\"Bearer \", \"\");\n  const decoded = await getAuth().verifyIdToken(token);\n  {check}\n  await adminDb.collection(\"users\").doc(req.body.uid).update({{ role: req.body.role }});\n  res.json({{ ok: true }});\n}}\n"
        )
    };
    let fpkg = (
        "package.json",
        r#"{"dependencies":{"next":"14.2.35","firebase-admin":"12.7.0"}}"#,
    );
    for check in [
        "if (decoded.admin !== true) return res.status(403).end();",
        "if (!decoded.admin) return res.status(403).end();",
    ] {
        let found = rules_found(&[fpkg, ("pages/api/admin/set-role.js", &admin(check))]);
        assert!(
            !found
                .iter()
                .any(|f| f.starts_with("admin-route-missing-role-check")),
            "{check}: {found:?}"
        );
    }
    let found = rules_found(&[fpkg, ("pages/api/admin/set-role.js", &admin(""))]);
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("admin-route-missing-role-check")),
        "{found:?}"
    );
}

#[test]
fn r8_guards_projections_and_role_reads() {
    // Supabase's updateSession middleware redirects only the listed prefixes.
    let files: &[(&str, &str)] = &[
        (
            "package.json",
            r#"{"dependencies":{"next":"15.5.9","@supabase/ssr":"0.5.2","ai":"4.1.0","@ai-sdk/openai":"1.1.0"}}"#,
        ),
        (
            "middleware.ts",
            "import { updateSession } from \"@/utils/supabase/middleware\";\nexport async function middleware(request) {\n  return await updateSession(request);\n}\nexport const config = { matcher: [\"/((?!_next/static|favicon.ico).*)\"] };\n",
        ),
        (
            "utils/supabase/middleware.ts",
            "import { createServerClient } from \"@supabase/ssr\";\nimport { NextResponse } from \"next/server\";\nexport async function updateSession(request) {\n  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, { cookies: {} });\n  const { data: { user } } = await supabase.auth.getUser();\n  const protectedPaths = [\"/dashboard\", \"/admin\"];\n  if (!user && protectedPaths.some((p) => request.nextUrl.pathname.startsWith(p))) {\n    return NextResponse.redirect(new URL(\"/login\", request.url));\n  }\n  return NextResponse.next({ request });\n}\n",
        ),
        (
            "app/api/chat/route.ts",
            "import { streamText } from \"ai\";\nimport { openai } from \"@ai-sdk/openai\";\nexport async function POST(req: Request) {\n  const { messages } = await req.json();\n  return streamText({ model: openai(\"gpt-4o-mini\"), messages }).toDataStreamResponse();\n}\n",
        ),
        (
            "app/dashboard/api/route.ts",
            "import { streamText } from \"ai\";\nimport { openai } from \"@ai-sdk/openai\";\nexport async function POST(req: Request) {\n  const { messages } = await req.json();\n  return streamText({ model: openai(\"gpt-4o-mini\"), messages }).toDataStreamResponse();\n}\n",
        ),
    ];
    let t = table(files);
    assert!(
        t.contains(&"app/api/chat/route.ts:3 POST /api/chat --- route".to_string()),
        "{t:?}"
    );
    assert!(
        t.contains(&"app/dashboard/api/route.ts:3 POST /dashboard/api A-- route".to_string()),
        "{t:?}"
    );
    // A middleware that copies `isAdmin` into the view locals checks nothing.
    let express = r#"const express = require('express');
const db = require('./db');
const app = express();
app.use((req, res, next) => {
  res.locals.isAdmin = !!req.session.isAdmin;
  next();
});
function requireLogin(req, res, next) { if (!req.session.user) return res.redirect('/login'); next(); }
app.get('/messages/:id', requireLogin, (req, res) => {
  const message = db.prepare('SELECT * FROM messages WHERE id = ?').get(req.params.id);
  res.json(message);
});
app.get('/users/:id', (req, res) => {
  const seller = db.prepare('SELECT id, name, bio FROM users WHERE id = ?').get(req.params.id);
  const listings = db.prepare("SELECT * FROM listings WHERE seller_id = ? AND status = 'active'").all(seller.id);
  res.json({ seller, listings });
});
app.get('/users/:id/details', (req, res) => {
  res.json(db.prepare('SELECT id, email, phone FROM users WHERE id = ?').get(req.params.id));
});
module.exports = app;
"#;
    let found = rules_found(&[
        (
            "package.json",
            r#"{"dependencies":{"express":"4.21.2","better-sqlite3":"11.7.0"}}"#,
        ),
        ("app.js", express),
    ]);
    assert!(
        found.contains(&"idor-unscoped-lookup app.js:10".to_string()),
        "{found:?}"
    );
    assert!(
        !found.contains(&"endpoint-missing-auth app.js:13".to_string()),
        "{found:?}"
    );
    assert!(
        found.contains(&"endpoint-missing-auth app.js:18".to_string()),
        "{found:?}"
    );
    // Flask: `is_admin=` as a keyword argument is a write, not a role check.
    let admin = "from flask import Blueprint, request\nfrom flask_login import login_required\nfrom .models import User, db\n\nbp = Blueprint(\"admin\", __name__, url_prefix=\"/admin\")\n\n\n@bp.route(\"/users\", methods=[\"POST\"])\n@login_required\ndef create_user():\n    db.session.add(User(email=request.form[\"email\"], is_admin=request.form.get(\"is_admin\") == \"on\"))\n    db.session.commit()\n    return \"\", 201\n";
    let found = rules_found(&[
        ("requirements.txt", "flask==3.1.0\nflask-login==0.6.3\n"),
        ("app/admin.py", admin),
    ]);
    assert!(
        found.contains(&"admin-route-missing-role-check app/admin.py:8".to_string()),
        "{found:?}"
    );
}

const R9_CLERK: &[(&str, &str)] = &[
    (
        "package.json",
        r#"{ "name": "r", "private": true, "dependencies": { "next": "15.5.21", "react": "19.1.0", "@clerk/nextjs": "^6.3.1", "drizzle-orm": "^0.36.1", "postgres": "^3.4.4", "resend": "^4.0.0", "zod": "^3.23.8" } }
"#,
    ),
    (
        "middleware.ts",
        r#"import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

// '/' and '/boards/...' are public pages
const isPublicRoute = createRouteMatcher(['/', '/boards(.*)', '/sign-in(.*)'])

export default clerkMiddleware(async (auth, request) => {
  if (!isPublicRoute(request)) {
    await auth.protect()
  }
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
"#,
    ),
    (
        "app/actions/feedback.ts",
        r#"'use server'

import { auth } from '@clerk/nextjs/server'
import { eq } from 'drizzle-orm'
import { db } from '@/lib/db'
import { feedback } from '@/lib/db/schema'

export async function createFeedback(title: string) {
  const { userId } = await auth()
  if (!userId) throw new Error('You must be signed in')
  await db.insert(feedback).values({ title: String(title).slice(0, 140), authorId: userId })
}

// no auth() call at all: anyone can POST this action
export async function togglePin(id: number, pinned: boolean) {
  await db.update(feedback).set({ pinned }).where(eq(feedback.id, id))
}
"#,
    ),
];

const R9_RESET: &[(&str, &str)] = &[
    (
        "package.json",
        r#"{ "name": "x", "private": true, "dependencies": { "next": "^15.0.0", "@prisma/client": "^5.22.0", "resend": "^4.0.0" } }
"#,
    ),
    (
        "app/lib/actions.ts",
        r#""use server";

import { randomBytes } from "node:crypto";
import { Resend } from "resend";
import { prisma } from "@/lib/prisma";

const resend = new Resend(process.env.RESEND_API_KEY);

// "Forgot password" form: the caller is by definition not signed in.
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  const email = String(formData.get("email")).toLowerCase();
  const user = await prisma.user.findUnique({ where: { email } });
  if (user) {
    const token = randomBytes(32).toString("hex");
    await prisma.passwordResetToken.create({ data: { email, token, expiresAt: new Date(Date.now() + 3600_000) } });
    await resend.emails.send({ from: "a@b.c", to: email, subject: "Reset", html: `<a href="/reset?token=${token}">reset</a>` });
  }
  return { message: "If that email exists, a reset link is on its way." };
}
"#,
    ),
];

const R9_OTP: &[(&str, &str)] = &[
    (
        "requirements.txt",
        r#"fastapi==0.115.6
sqlmodel==0.0.22
"#,
    ),
    (
        "main.py",
        r#"import secrets
from datetime import datetime, timedelta

from fastapi import BackgroundTasks, FastAPI
from sqlmodel import Field, Session, SQLModel, create_engine, select

engine = create_engine("sqlite:///app.db")
app = FastAPI()


class User(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    phone: str = Field(index=True)
    otp_code: str | None = None
    otp_expires_at: datetime | None = None


class OtpRequest(SQLModel):
    phone: str


def send_sms(to: str, body: str) -> None:
    ...


# Step 1 of SMS login: the caller is not signed in yet, by design
@app.post("/auth/otp/request")
def request_otp(payload: OtpRequest, background_tasks: BackgroundTasks):
    with Session(engine) as session:
        user = session.exec(select(User).where(User.phone == payload.phone)).first()
        if user:
            user.otp_code = f"{secrets.randbelow(1_000_000):06d}"
            user.otp_expires_at = datetime.utcnow() + timedelta(minutes=10)
            session.add(user)
            session.commit()
            background_tasks.add_task(send_sms, user.phone, f"Your code is {user.otp_code}")
    return {"detail": "If the number is registered, a code has been sent"}


@app.get("/healthz")
def healthz():
    return {"ok": True}
"#,
    ),
];

const R9_MIXIN: &[(&str, &str)] = &[
    (
        "manage.py",
        r#"import os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "proj.settings")
from django.core.management import execute_from_command_line
execute_from_command_line(sys.argv)
"#,
    ),
    (
        "events/urls.py",
        r#"from django.urls import path

from . import staff

urlpatterns = [path("staff/orders/<int:pk>/refund/", staff.RefundOrderView.as_view())]
"#,
    ),
    (
        "events/staff.py",
        r#"from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin
from django.shortcuts import get_object_or_404, redirect
from django.views import View

from .models import Order


class StaffRequiredMixin(UserPassesTestMixin):
    def test_func(self):
        return self.request.user.is_active and self.request.user.is_staff


class RefundOrderView(LoginRequiredMixin, StaffRequiredMixin, View):
    def post(self, request, pk):
        order = get_object_or_404(Order, pk=pk, status="paid")
        order.status = "refunded"
        order.save(update_fields=["status"])
        return redirect("/staff/")
"#,
    ),
];

const R9_PAGE: &[(&str, &str)] = &[
    (
        "package.json",
        r#"{ "name": "x", "private": true, "dependencies": { "next": "^15.0.0", "next-auth": "^5.0.0-beta.25", "@prisma/client": "^5.22.0" } }
"#,
    ),
    (
        "auth.ts",
        r#"import NextAuth from "next-auth";
export const { handlers, auth } = NextAuth({ providers: [] });
"#,
    ),
    (
        "app/admin/page.tsx",
        r#"import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export default async function AdminPage() {
  const session = await auth();
  // no session -> role is undefined -> redirected; non-admin -> redirected
  if ((session?.user as any)?.role !== "ADMIN") redirect("/dashboard");

  const users = await prisma.user.findMany({ select: { id: true, email: true, role: true } });
  return <ul>{users.map((u) => <li key={u.id}>{u.email} ({u.role})</li>)}</ul>;
}
"#,
    ),
];

#[test]
fn r9_server_actions_public_flows_and_role_mixins() {
    // A middleware with public pages does not cover server actions: they post to any page.
    let clerk = rules_found(R9_CLERK);
    assert!(
        clerk.contains(&"endpoint-missing-auth app/actions/feedback.ts:15".to_string()),
        "{clerk:?}"
    );
    assert!(
        !clerk
            .iter()
            .any(|f| f.starts_with("endpoint-missing-auth app/actions/feedback.ts:8")),
        "{clerk:?}"
    );
    assert!(
        !clerk.iter().any(|f| f.starts_with("idor-unscoped-lookup")),
        "{clerk:?}"
    );
    // A forgot-password action (leading verb, camel case) is public but rate-limited.
    let reset = rules_found(R9_RESET);
    assert!(
        !reset.iter().any(|f| f.starts_with("endpoint-missing-auth")),
        "{reset:?}"
    );
    assert!(
        reset
            .iter()
            .any(|f| f.starts_with("endpoint-missing-rate-limit app/lib/actions.ts")),
        "{reset:?}"
    );
    // The first step of an SMS login: public, and it needs a rate limit.
    let otp = rules_found(R9_OTP);
    assert!(
        !otp.iter().any(|f| f.starts_with("endpoint-missing-auth")),
        "{otp:?}"
    );
    assert!(
        otp.iter()
            .any(|f| f.starts_with("endpoint-missing-rate-limit main.py")),
        "{otp:?}"
    );
    // A project mixin whose test_func checks is_staff is a role check.
    let mixin = rules_found(R9_MIXIN);
    assert!(
        !mixin
            .iter()
            .any(|f| f.starts_with("admin-route-missing-role-check")),
        "{mixin:?}"
    );
    // `(session?.user as any)?.role !== "ADMIN"` then redirect rejects anonymous callers too.
    let page = rules_found(R9_PAGE);
    assert!(
        !page.iter().any(|f| f.starts_with("endpoint-missing-auth")),
        "{page:?}"
    );
}

const R9_MAIL: &[(&str, &str)] = &[
    (
        "auth.js",
        r#"const jwt = require('jsonwebtoken');
module.exports = function protect(req, res, next) {
  try {
    const token = (req.headers.authorization || '').slice(7);
    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch (e) {
    res.status(401).json({ message: 'Not authorized' });
  }
};
"#,
    ),
    (
        "mail.js",
        r#"const nodemailer = require('nodemailer');

const transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587 });

async function sendOrderConfirmation(to, order) {
  await transporter.sendMail({
    from: '"Shop" <no-reply@shop.example>',
    to,
    subject: `Order ${order.id} confirmed`,
    text: `Thanks for your order! Total: $${order.amount}`,
  });
}

module.exports = { sendOrderConfirmation };
"#,
    ),
    (
        "orders.js",
        r#"const express = require('express');
const protect = require('./auth');
const { sendOrderConfirmation } = require('./mail');

const router = express.Router();

router.post('/', protect, async (req, res, next) => {
  try {
    const { listingId } = req.body;
    const order = { id: Date.now(), listingId: String(listingId), amount: 10 };
    // confirmation goes to the signed-in buyer's own address, never to a client-supplied one
    await sendOrderConfirmation(req.user.email, order);
    res.status(201).json(order);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
"#,
    ),
    (
        "package.json",
        r#"{ "name": "repro", "version": "1.0.0", "dependencies": { "express": "4.21.2", "nodemailer": "7.0.11", "jsonwebtoken": "9.0.2" } }
"#,
    ),
];

const R9_IDS: &[(&str, &str)] = &[
    (
        "app/actions/feedback.ts",
        r#"'use server'

import { auth } from '@clerk/nextjs/server'
import { and, eq } from 'drizzle-orm'
import { db } from '@/lib/db'
import { feedback } from '@/lib/db/schema'

// owner-scoped delete; the only input is a numeric id used as a bound parameter
export async function deleteFeedback(id: number) {
  const { userId } = await auth()
  if (!userId) throw new Error('You must be signed in')
  await db.delete(feedback).where(and(eq(feedback.id, Number(id)), eq(feedback.authorId, userId)))
}
"#,
    ),
    (
        "app/api/votes/route.ts",
        r#"import { NextResponse } from 'next/server'
import { sql } from 'drizzle-orm'
import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'
import { votes } from '@/lib/db/schema'

export async function POST(req: Request) {
  const { userId } = await auth()
  if (!userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
  const { feedbackId } = (await req.json()) as { feedbackId: number }
  const id = Number(feedbackId)
  if (!Number.isInteger(id) || id <= 0) return NextResponse.json({ error: 'bad id' }, { status: 400 })

  const inserted = await db.insert(votes).values({ feedbackId: id, userId }).onConflictDoNothing().returning()
  if (inserted.length > 0) await db.execute(sql`UPDATE feedback SET votes = votes + 1 WHERE id = ${id}`)
  return NextResponse.json({ ok: true })
}
"#,
    ),
    (
        "app/api/votes2/route.ts",
        r#"import { NextResponse } from 'next/server'
import { sql } from 'drizzle-orm'
import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// only input is coerced with Number() and bound as a parameter
export async function POST(req: Request) {
  const { userId } = await auth()
  if (!userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
  const { feedbackId } = (await req.json()) as { feedbackId: number }
  await db.execute(sql`UPDATE feedback SET votes = votes + 1 WHERE id = ${Number(feedbackId)}`)
  return NextResponse.json({ ok: true })
}
"#,
    ),
    (
        "package.json",
        r#"{ "name": "r", "private": true, "dependencies": { "next": "15.5.21", "react": "19.1.0", "@clerk/nextjs": "^6.3.1", "drizzle-orm": "^0.36.1", "postgres": "^3.4.4", "resend": "^4.0.0", "zod": "^3.23.8" } }
"#,
    ),
];

const R9_SCOPED: &[(&str, &str)] = &[
    (
        "app/dashboard/invoices/actions.ts",
        r#""use server";

import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

async function currentUserId() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  return session.user.id;
}

// Owner-scoped delete; the only input is an id string used in a Prisma where clause.
export async function deleteInvoice(id: string) {
  const userId = await currentUserId();
  const { count } = await prisma.invoice.deleteMany({ where: { id, userId } });
  if (count === 0) throw new Error("Invoice not found");
  revalidatePath("/dashboard/invoices");
}

export async function getShareLink(id: string) {
  const userId = await currentUserId();
  const invoice = await prisma.invoice.findFirst({ where: { id, userId }, select: { id: true } });
  if (!invoice) throw new Error("Invoice not found");
  return `/i/${invoice.id}`;
}
"#,
    ),
    (
        "auth.ts",
        r#"import NextAuth from "next-auth";
export const { handlers, auth } = NextAuth({ providers: [] });
"#,
    ),
    (
        "lib/prisma.ts",
        r#"import { PrismaClient } from "@prisma/client";
const g = globalThis as unknown as { prisma?: PrismaClient };
export const prisma = g.prisma ?? new PrismaClient();
if (process.env.NODE_ENV !== "production") g.prisma = prisma;
"#,
    ),
    (
        "package.json",
        r#"{ "name": "x", "private": true, "dependencies": { "next": "^15.0.0", "next-auth": "^5.0.0-beta.25", "@prisma/client": "^5.22.0" } }
"#,
    ),
];

#[test]
fn r9_open_mail_and_validation_noise() {
    // A mail helper called with the signed-in buyer's own address is not an open relay.
    let mail = scan(R9_MAIL);
    assert!(
        !mail
            .findings
            .iter()
            .any(|f| f.message.contains("addresses they choose")),
        "{:?}",
        mail.findings.iter().map(|f| &f.message).collect::<Vec<_>>()
    );
    // Typed ids and flags of server actions, and body fields only ever used through Number(),
    // need no schema; a free-text title does.
    let ids = rules_found(R9_IDS);
    assert!(
        !ids.iter()
            .any(|f| f.starts_with("endpoint-missing-validation")),
        "{ids:?}"
    );
    let scoped = rules_found(R9_SCOPED);
    assert!(
        !scoped
            .iter()
            .any(|f| f.starts_with("endpoint-missing-validation")),
        "{scoped:?}"
    );
    let found = rules_found_edited(
        R9_SCOPED,
        "deleteInvoice(id: string)",
        "deleteInvoice(id: string, note: string)",
    );
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("endpoint-missing-validation")),
        "{found:?}"
    );
}

const R9_DOCTORS: &[(&str, &str)] = &[(
    "main.py",
    r#"import html
from datetime import date, datetime

from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse
from sqlalchemy import text
from sqlmodel import Field, Session, SQLModel, create_engine

engine = create_engine("sqlite:///app.db")
app = FastAPI()


class Doctor(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    full_name: str
    specialty: str


class Appointment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    doctor_id: int
    patient_id: int
    starts_at: datetime
    duration_minutes: int = 30
    status: str = "booked"


# Public booking page: which slots of this doctor are taken (no patient data returned)
@app.get("/doctors/{doctor_id}/availability")
def availability(doctor_id: int, day: date):
    stmt = text(
        "SELECT starts_at, duration_minutes FROM appointment "
        "WHERE doctor_id = :doctor_id AND status = 'booked' AND CAST(starts_at AS DATE) = :day"
    )
    with Session(engine) as session:
        rows = session.execute(stmt, {"doctor_id": doctor_id, "day": day}).all()
    return [{"starts_at": r.starts_at, "minutes": r.duration_minutes} for r in rows]


# Public, indexable profile page of a doctor (escaped)
@app.get("/doctors/{doctor_id}/profile", response_class=HTMLResponse)
def public_profile(doctor_id: int):
    with Session(engine) as session:
        doctor = session.get(Doctor, doctor_id)
    if not doctor:
        raise HTTPException(status_code=404)
    return HTMLResponse(f"<h1>Dr. {html.escape(doctor.full_name)}</h1><p>{html.escape(doctor.specialty)}</p>")


@app.get("/healthz")
def healthz():
    return {"ok": True}
"#,
)];

const R9_COURSES: &[(&str, &str)] = &[
    (
        "app.py",
        r#"from datetime import datetime, timezone

from flask import Flask, g, jsonify, render_template_string, request
from markupsafe import escape

from auth import require_auth
from db import get_db

app = Flask(__name__)

CERTIFICATE_TEMPLATE = "<h1>Certificate</h1><p>{{ name }} completed {{ course_title }}</p>"


@app.post("/api/courses/<course_id>/lessons/<lesson_id>/comments")
@require_auth
def add_comment(course_id, lesson_id):
    body = str(escape((request.get_json() or {}).get("body", "").strip()))[:2000]
    get_db().collection("courses").document(course_id).collection("lessons").document(lesson_id).collection(
        "comments"
    ).add({"uid": g.user["uid"], "body": body, "created_at": datetime.now(timezone.utc)})
    return jsonify(ok=True), 201


@app.post("/api/certificates/<course_id>")
@require_auth
def certificate(course_id):
    course = get_db().collection("courses").document(course_id).get().to_dict() or {}
    html = render_template_string(CERTIFICATE_TEMPLATE, name=g.user.get("name", "Student"), course_title=course.get("title", ""))
    return jsonify(html=html)
"#,
    ),
    (
        "auth.py",
        r#"from functools import wraps

from firebase_admin import auth as fb_auth
from flask import g, jsonify, request


def require_auth(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return jsonify(error="Missing token"), 401
        try:
            g.user = fb_auth.verify_id_token(header[7:], check_revoked=True)
        except Exception:
            return jsonify(error="Invalid token"), 401
        return view(*args, **kwargs)

    return wrapper
"#,
    ),
    (
        "db.py",
        r#"from firebase_admin import firestore

_db = None


def get_db():
    global _db
    if _db is None:
        _db = firestore.client()
    return _db
"#,
    ),
];

const R9_UID: &[(&str, &str)] = &[
    (
        "app.py",
        r#"from datetime import datetime, timezone

from flask import Flask, jsonify, request

from auth import require_auth
from db import get_db

app = Flask(__name__)


@app.route("/api/users/<uid>/progress", methods=["GET", "POST"])
@require_auth
def progress(uid):
    ref = get_db().collection("progress").document(uid)
    if request.method == "POST":
        body = request.get_json() or {}
        ref.set({"completed": {body["lesson_id"]: datetime.now(timezone.utc)}}, merge=True)
    return jsonify(ref.get().to_dict() or {})
"#,
    ),
    (
        "auth.py",
        r#"from functools import wraps

from firebase_admin import auth as fb_auth
from flask import g, jsonify, request


def require_auth(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return jsonify(error="Missing token"), 401
        try:
            g.user = fb_auth.verify_id_token(header[7:], check_revoked=True)
        except Exception:
            return jsonify(error="Invalid token"), 401
        return view(*args, **kwargs)

    return wrapper
"#,
    ),
    (
        "db.py",
        r#"from firebase_admin import firestore

_db = None


def get_db():
    global _db
    if _db is None:
        _db = firestore.client()
    return _db
"#,
    ),
];

const R9_SHIPPING: &[(&str, &str)] = &[
    (
        "package.json",
        r#"{ "name": "repro", "version": "1.0.0", "dependencies": { "express": "4.21.2" } }
"#,
    ),
    (
        "server.js",
        r#"const express = require('express');

const app = express();
app.use(express.json());

// Carrier status updates for orders
app.post('/api/webhooks/shipping', (req, res) => {
  res.sendStatus(204);
});

app.get('/api/products', (req, res) => res.json([]));

app.listen(process.env.PORT || 3000);
"#,
    ),
];

#[test]
fn r9_public_listings_catalogues_and_health_segments() {
    // A booking site's doctor profile and availability are public pages.
    let doctors = rules_found(R9_DOCTORS);
    assert!(
        !doctors
            .iter()
            .any(|f| f.starts_with("endpoint-missing-auth")),
        "{doctors:?}"
    );
    // Shared course and lesson documents are not another user's record ...
    let courses = rules_found(R9_COURSES);
    assert!(
        !courses
            .iter()
            .any(|f| f.starts_with("idor-unscoped-lookup")),
        "{courses:?}"
    );
    // ... but a user's progress document named by the URL's uid is.
    let uid = rules_found(R9_UID);
    assert!(
        uid.contains(&"idor-unscoped-lookup app.py:14".to_string()),
        "{uid:?}"
    );
    // `/api/webhooks/shipping` is not a health check (it contains "ping").
    let shipping = rules_found(R9_SHIPPING);
    assert!(
        shipping.iter().any(|f| f.starts_with("no-health-endpoint")),
        "{shipping:?}"
    );
}

const R9_DRIZZLE: &[(&str, &str)] = &[
    (
        "app/api/feedback/route.ts",
        r#"import { NextResponse } from 'next/server'
import { sql } from 'drizzle-orm'
import { db } from '@/lib/db'

export async function GET(req: Request) {
  const q = new URL(req.url).searchParams.get('q') ?? ''
  const filter = `title ILIKE '%${q}%'`
  const rows = await db.execute(sql.raw(`SELECT * FROM feedback WHERE ${filter} LIMIT 50`))
  return NextResponse.json(rows)
}
"#,
    ),
    (
        "package.json",
        r#"{ "name": "r", "private": true, "dependencies": { "next": "15.5.21", "react": "19.1.0", "@clerk/nextjs": "^6.3.1", "drizzle-orm": "^0.36.1", "postgres": "^3.4.4", "resend": "^4.0.0", "zod": "^3.23.8" } }
"#,
    ),
];

#[test]
fn one_finding_per_injection_sink_with_the_stack_fix() {
    let files = R9_DRIZZLE
        .iter()
        .map(|(p, t)| RawFile::new(*p, *t))
        .collect();
    let scanner = Scanner::new().expect("rules load");
    let report = scanner
        .scan_files(files, &ScanOptions::default(), &mut |_| {})
        .expect("scan");
    let sql: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.category == "injection.sql")
        .collect();
    assert_eq!(
        sql.len(),
        1,
        "{:?}",
        sql.iter().map(|f| &f.rule).collect::<Vec<_>>()
    );
    assert_eq!(sql[0].fix_stack.as_deref(), Some("drizzle"));
    // The fixture harness's option keeps both rules' findings.
    let files = R9_DRIZZLE
        .iter()
        .map(|(p, t)| RawFile::new(*p, *t))
        .collect();
    let opts = ScanOptions {
        keep_same_line: true,
        ..ScanOptions::default()
    };
    let all = scanner.scan_files(files, &opts, &mut |_| {}).expect("scan");
    assert!(
        all.findings
            .iter()
            .filter(|f| f.category == "injection.sql")
            .count()
            >= 2
    );
}

#[test]
fn fastapi_prefixes_from_settings_and_router_loops() {
    let t = table(&[
        (
            "requirements.txt",
            "fastapi==0.115.6\npydantic-settings==2.6.1\n",
        ),
        (
            "app/core/config.py",
            "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    API_V1_STR: str = \"/api/v1\"\n\n\nsettings = Settings()\n",
        ),
        (
            "app/main.py",
            "from fastapi import FastAPI\n\nfrom app.core.config import settings\nfrom app.routers import health, items\nfrom app.api import api_router\n\napp = FastAPI()\napp.include_router(api_router, prefix=settings.API_V1_STR)\n\nfor module in (items, health):\n    app.include_router(module.router, prefix=\"/v2\")\n",
        ),
        (
            "app/api.py",
            "from fastapi import APIRouter\n\napi_router = APIRouter()\n\n\n@api_router.get(\"/status\")\ndef status():\n    return {\"ok\": True}\n",
        ),
        (
            "app/routers/items.py",
            "from fastapi import APIRouter\n\nrouter = APIRouter(prefix=\"/items\")\n\n\n@router.get(\"/\")\ndef list_items():\n    return []\n",
        ),
        (
            "app/routers/health.py",
            "from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n@router.get(\"/healthz\")\ndef healthz():\n    return {\"ok\": True}\n",
        ),
    ]);
    let routes: Vec<&str> = t
        .iter()
        .map(|l| l.split(' ').nth(2).unwrap_or(""))
        .collect();
    assert!(routes.contains(&"/api/v1/status"), "{t:?}");
    assert!(routes.contains(&"/v2/items/"), "{t:?}");
    assert!(routes.contains(&"/v2/healthz"), "{t:?}");
}

const R9_TICKETS: &[(&str, &str)] = &[
    (
        "manage.py",
        r#"import os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "proj.settings")
from django.core.management import execute_from_command_line
execute_from_command_line(sys.argv)
"#,
    ),
    (
        "tickets/models.py",
        r#"from django.conf import settings
from django.db import models


class Ticket(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    code = models.UUIDField()
    pdf = models.FileField(upload_to="tickets/")
"#,
    ),
    (
        "tickets/urls.py",
        r#"from django.urls import path

from . import views

urlpatterns = [path("tickets/<int:pk>/pdf/", views.TicketPdfView.as_view())]
"#,
    ),
    (
        "tickets/views.py",
        r#"from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import FileResponse, Http404
from django.views import View

from .models import Ticket


class TicketPdfView(LoginRequiredMixin, View):
    def get(self, request, pk):
        try:
            ticket = Ticket.objects.select_related("event").get(pk=pk)
        except Ticket.DoesNotExist:
            raise Http404
        return FileResponse(ticket.pdf.open("rb"), as_attachment=True, filename=f"ticket-{ticket.code}.pdf")
"#,
    ),
];

const R9_PATIENTS: &[(&str, &str)] = &[
    (
        "deps.py",
        r#"from typing import Annotated

import os

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer
from sqlmodel import Session, create_engine

engine = create_engine("sqlite:///app.db")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/login")


def get_session():
    with Session(engine) as session:
        yield session


def get_current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> dict:
    try:
        return jwt.decode(token, os.environ["SECRET_KEY"], algorithms=["HS256"])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401)


SessionDep = Annotated[Session, Depends(get_session)]
CurrentUser = Annotated[dict, Depends(get_current_user)]
"#,
    ),
    (
        "main.py",
        r#"from datetime import datetime

from fastapi import FastAPI
from sqlmodel import Field, SQLModel, select

from deps import CurrentUser, SessionDep

app = FastAPI()


class MedicalRecord(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(index=True)
    diagnosis: str
    created_at: datetime = Field(default_factory=datetime.utcnow)


@app.get("/patients/{patient_id}/records", response_model=list[MedicalRecord])
def patient_records(patient_id: int, user: CurrentUser, session: SessionDep):
    # used by the doctor dashboard to show a patient's history
    return session.exec(
        select(MedicalRecord)
        .where(MedicalRecord.patient_id == patient_id)
        .order_by(MedicalRecord.created_at.desc())
    ).all()


@app.get("/healthz")
def healthz():
    return {"ok": True}
"#,
    ),
];

#[test]
fn r9_idor_through_querysets_and_person_ids_in_the_path() {
    let tickets = rules_found(R9_TICKETS);
    assert!(
        tickets
            .iter()
            .any(|f| f.starts_with("idor-unscoped-lookup tickets/views.py:11")),
        "{tickets:?}"
    );
    let patients = rules_found(R9_PATIENTS);
    assert!(
        patients
            .iter()
            .any(|f| f.starts_with("idor-unscoped-lookup main.py")),
        "{patients:?}"
    );
    // The same lookup after checking that the caller is that patient (or staff) is scoped.
    let found = rules_found_edited(
        R9_PATIENTS,
        "    # used by the doctor dashboard to show a patient's history\n",
        "    if user.id != patient_id and user.role != \"doctor\":\n        raise HTTPException(status_code=403)\n",
    );
    assert!(
        !found.iter().any(|f| f.starts_with("idor-unscoped-lookup")),
        "{found:?}"
    );
}

const R9_SESSION: &[(&str, &str)] = &[
    (
        "app/actions/feedback.ts",
        r#"'use server'

import { auth } from '@clerk/nextjs/server'
import { eq } from 'drizzle-orm'
import { db } from '@/lib/db'
import { feedback } from '@/lib/db/schema'

const STATUSES = ['open', 'planned', 'done'] as const

// any signed-in user can change the status of any item: no owner / admin check
export async function setStatus(id: number, status: (typeof STATUSES)[number]) {
  const session = await auth()
  if (!session.userId) throw new Error('You must be signed in')
  if (!STATUSES.includes(status)) throw new Error('Bad status')

  await db.update(feedback).set({ status }).where(eq(feedback.id, id))
}

// same code with destructured userId, for contrast
export async function setStatus2(id: number, status: (typeof STATUSES)[number]) {
  const { userId } = await auth()
  if (!userId) throw new Error('You must be signed in')
  if (!STATUSES.includes(status)) throw new Error('Bad status')

  await db.update(feedback).set({ status }).where(eq(feedback.id, id))
}
"#,
    ),
    (
        "package.json",
        r#"{ "name": "r", "private": true, "dependencies": { "next": "15.5.21", "react": "19.1.0", "@clerk/nextjs": "^6.3.1", "drizzle-orm": "^0.36.1", "postgres": "^3.4.4", "resend": "^4.0.0", "zod": "^3.23.8" } }
"#,
    ),
];

#[test]
fn a_signed_in_check_on_session_user_id_is_not_an_owner_condition() {
    let found = rules_found(R9_SESSION);
    // `if (!session.userId) throw` then an update by the client's id: the same IDOR as with a
    // destructured `userId`.
    assert!(
        found.contains(&"idor-unscoped-lookup app/actions/feedback.ts:16".to_string()),
        "{found:?}"
    );
    assert!(
        found.contains(&"idor-unscoped-lookup app/actions/feedback.ts:25".to_string()),
        "{found:?}"
    );
    // `STATUSES.includes(status)` checks the one free-form argument against a constant list.
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("endpoint-missing-validation")),
        "{found:?}"
    );
    let found = rules_found_edited(
        R9_SESSION,
        "if (!STATUSES.includes(status)) throw new Error('Bad status')",
        "",
    );
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("endpoint-missing-validation")),
        "{found:?}"
    );
}

/// (rule, severity, message) of every finding on `file`, for checks on how a finding is rated.
fn rated(files: &[(&str, &str)], file: &str) -> Vec<(String, String, String)> {
    scan(files)
        .findings
        .into_iter()
        .filter(|f| f.file.as_deref() == Some(file))
        .map(|f| {
            (
                f.rule,
                format!("{:?}", f.severity).to_lowercase(),
                f.message,
            )
        })
        .collect()
}

#[test]
fn admin_reads_of_records_and_admin_module_actions_are_rated_by_impact() {
    let next = r#"{"dependencies":{"next":"14.2.5","next-auth":"5.0.0-beta.19","@prisma/client":"5.14.0"}}"#;
    // Every unauthenticated action of an admin module is an admin action, whatever its name.
    let actions = [
        ("package.json", next),
        (
            "app/admin/actions.ts",
            "\"use server\";\nimport { prisma } from \"@/lib/db\";\n\nexport async function deleteUser(id: string) {\n  await prisma.user.delete({ where: { id } });\n}\n\nexport async function grantPro(id: string) {\n  await prisma.user.update({ where: { id }, data: { plan: \"pro\" } });\n}\n",
        ),
    ];
    let found = rated(&actions, "app/admin/actions.ts");
    let auth: Vec<_> = found
        .iter()
        .filter(|(r, _, _)| r == "endpoint-missing-auth")
        .collect();
    assert_eq!(auth.len(), 2, "{found:?}");
    for (_, sev, msg) in &auth {
        assert_eq!(sev, "critical", "{msg}");
        assert!(msg.contains("role check"), "{msg}");
    }
    // A signed-in-only admin export of records is high; an admin route that only counts is medium.
    let export = |body: &str| {
        vec![
            ("package.json", next.to_string()),
            (
                "app/api/admin/export/route.ts",
                format!(
                    "import {{ auth }} from \"@/auth\";\nimport {{ prisma }} from \"@/lib/db\";\n\nexport async function GET() {{\n  const session = await auth();\n  if (!session?.user) return new Response(\"Unauthorized\", {{ status: 401 }});\n  {body}\n  return Response.json(rows);\n}}\n"
                ),
            ),
        ]
    };
    let sev_of = |files: &Vec<(&str, String)>| {
        let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
        rated(&files, "app/api/admin/export/route.ts")
            .into_iter()
            .find(|(r, _, _)| r == "admin-route-missing-role-check")
            .map(|(_, s, _)| s)
    };
    assert_eq!(
        sev_of(&export("const rows = await prisma.customer.findMany();")).as_deref(),
        Some("high")
    );
    assert_eq!(
        sev_of(&export(
            "const rows = { users: await prisma.user.count() };"
        ))
        .as_deref(),
        Some("medium")
    );
    // An edge function that only proxies an AI API has no Supabase client: no RLS note.
    let proxy = [(
        "supabase/functions/summarize/index.ts",
        "Deno.serve(async (req) => {\n  const { text } = await req.json();\n  const r = await fetch(\"https://api.openai.com/v1/chat/completions\", {\n    method: \"POST\",\n    headers: { Authorization: `Bearer ${Deno.env.get(\"OPENAI_API_KEY\")}` },\n    body: JSON.stringify({ messages: [{ role: \"user\", content: text }] }),\n  });\n  return new Response(await r.text());\n});\n",
    )];
    let found = rated(&proxy, "supabase/functions/summarize/index.ts");
    let (_, _, msg) = found
        .iter()
        .find(|(r, _, _)| r == "endpoint-missing-auth")
        .expect("an open AI proxy");
    assert!(
        !msg.contains("row-level security") && msg.contains("paid AI API"),
        "{msg}"
    );
}

#[test]
fn pages_router_get_server_side_props_is_a_page_endpoint() {
    let files = [
        (
            "package.json",
            r#"{"dependencies":{"next":"14.2.5","@supabase/supabase-js":"2.43.0","jsonwebtoken":"9.0.2"}}"#,
        ),
        (
            "lib/supabaseAdmin.js",
            "import { createClient } from '@supabase/supabase-js'\nexport const supabaseAdmin = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY)\n",
        ),
        (
            "lib/auth.js",
            "import jwt from 'jsonwebtoken'\nexport function readSession(req) {\n  try { return jwt.verify(req.cookies.sid, process.env.JWT_SECRET, { algorithms: ['HS256'] }) } catch { return null }\n}\n",
        ),
        // An admin page whose server-side loader dumps a table with the admin client, no check.
        (
            "pages/admin/index.js",
            "import { supabaseAdmin } from '../../lib/supabaseAdmin'\n\nexport const getServerSideProps = async () => {\n  const { data: users } = await supabaseAdmin.from('profiles').select('*')\n  return { props: { users: users ?? [] } }\n}\n\nexport default function Admin({ users }) {\n  return <ul>{users.map((u) => <li key={u.id}>{u.email}</li>)}</ul>\n}\n",
        ),
        // A record page: signed in, but any project by its URL id.
        (
            "pages/projects/[id].js",
            "import { readSession } from '../../lib/auth'\nimport { supabaseAdmin } from '../../lib/supabaseAdmin'\n\nexport async function getServerSideProps(ctx) {\n  const session = readSession(ctx.req)\n  if (!session) return { redirect: { destination: '/login', permanent: false } }\n  const { data: project } = await supabaseAdmin.from('projects').select('*').eq('id', ctx.params.id).single()\n  if (!project) return { notFound: true }\n  return { props: { project } }\n}\n\nexport default function Project({ project }) {\n  return <h1>{project.name}</h1>\n}\n",
        ),
        // The same lookup scoped to the owner, and a public page: not endpoints to report.
        (
            "pages/invoices/[id].js",
            "import { readSession } from '../../lib/auth'\nimport { supabaseAdmin } from '../../lib/supabaseAdmin'\n\nexport async function getServerSideProps(ctx) {\n  const session = readSession(ctx.req)\n  if (!session) return { redirect: { destination: '/login', permanent: false } }\n  const { data: invoice } = await supabaseAdmin.from('invoices').select('*').eq('id', ctx.params.id).eq('user_id', session.sub).single()\n  return { props: { invoice } }\n}\n\nexport default function Invoice({ invoice }) {\n  return <h1>{invoice.total}</h1>\n}\n",
        ),
        (
            "pages/pricing.js",
            "import { supabaseAdmin } from '../lib/supabaseAdmin'\n\nexport async function getServerSideProps() {\n  const { data: plans } = await supabaseAdmin.from('plans').select('*')\n  return { props: { plans } }\n}\n\nexport default function Pricing({ plans }) {\n  return <ul>{plans.map((p) => <li key={p.id}>{p.name}</li>)}</ul>\n}\n",
        ),
        (
            "pages/_app.js",
            "export default function App({ Component, pageProps }) {\n  return <Component {...pageProps} />\n}\n",
        ),
    ];
    let t = table(&files);
    assert!(
        t.contains(&"pages/admin/index.js:3 GET /admin --- page".to_string()),
        "{t:?}"
    );
    assert!(
        t.iter()
            .any(|e| e.starts_with("pages/projects/[id].js:4 GET /projects/[id] A")),
        "{t:?}"
    );
    assert!(
        !t.iter()
            .any(|e| e.contains("pricing") || e.contains("_app")),
        "{t:?}"
    );
    let found = rules_found(&files);
    assert!(
        found.contains(&"service-role-without-auth pages/admin/index.js:3".to_string()),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("idor-unscoped-lookup pages/projects/[id].js:")),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|f| f.contains("pages/invoices/") && !f.starts_with("dependency")),
        "{found:?}"
    );
}

#[test]
fn public_pay_links_share_links_and_passwordless_starts_need_no_session() {
    let next =
        r#"{"dependencies":{"next":"14.2.5","stripe":"14.0.0","@supabase/supabase-js":"2.43.0"}}"#;
    let admin = "import { createClient } from '@supabase/supabase-js'\nexport const supabaseAdmin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY)\n";
    let stripe = "import Stripe from 'stripe'\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY)\n";
    // A "pay this invoice" link: the amount comes from the stored invoice.
    let pay = "import { stripe } from '../../../lib/stripe'\nimport { supabaseAdmin } from '../../../lib/supabaseAdmin'\n\nexport default async function handler(req, res) {\n  if (req.method !== 'POST') return res.status(405).end()\n  const invoiceId = typeof req.body?.invoiceId === 'string' ? req.body.invoiceId : ''\n  const { data: invoice } = await supabaseAdmin.from('invoices').select('id, amount_cents, currency').eq('id', invoiceId).eq('status', 'sent').maybeSingle()\n  if (!invoice) return res.status(404).json({ error: 'Not found' })\n  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [{ price_data: { currency: invoice.currency, unit_amount: invoice.amount_cents, product_data: { name: 'Invoice' } }, quantity: 1 }], success_url: 'https://app.example.com/paid' })\n  res.json({ url: session.url })\n}\n";
    let files = [
        ("package.json", next),
        ("lib/supabaseAdmin.js", admin),
        ("lib/stripe.js", stripe),
        ("pages/api/pay/checkout.js", pay),
    ];
    let found = rules_found(&files);
    assert!(
        !found
            .iter()
            .any(|f| f.contains("pages/api/pay/checkout.js")),
        "{found:?}"
    );
    // The same checkout acting for an account the caller names is not a pay link.
    let found = rules_found_edited(
        &files,
        "const invoiceId = typeof req.body?.invoiceId === 'string' ? req.body.invoiceId : ''",
        "const { invoiceId, userId } = req.body\n  const { data: owner } = await supabaseAdmin.from('profiles').select('email').eq('id', userId).single()",
    );
    assert!(
        found.contains(&"service-role-without-auth pages/api/pay/checkout.js:4".to_string()),
        "{found:?}"
    );
    // A client-chosen amount behind numeric wrappers is still the client's.
    let found = rules_found_edited(
        &files,
        "unit_amount: invoice.amount_cents",
        "unit_amount: Math.round(Number(req.body.amount) * 100)",
    );
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("client-set-price pages/api/pay/checkout.js:")),
        "{found:?}"
    );
    // A share link read by its unguessable id; the same route by a plain id is reported.
    let share = [
        (
            "package.json",
            r#"{"dependencies":{"express":"4.19.2","sequelize":"6.37.0"}}"#,
        ),
        (
            "routes/widget.js",
            "const router = require('express').Router();\nconst { Invoice } = require('../models');\n\nrouter.get('/invoice/:publicId', async (req, res) => {\n  const invoice = await Invoice.findOne({ where: { publicId: req.params.publicId }, attributes: ['number', 'total'] });\n  res.json(invoice);\n});\n\nmodule.exports = router;\n",
        ),
        (
            "server.js",
            "const express = require('express');\nconst app = express();\napp.use(require('./routes/widget'));\napp.post('/login', (req, res) => res.end());\napp.listen(3000);\n",
        ),
    ];
    let found = rules_found(&share);
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("endpoint-missing-auth routes/widget.js")),
        "{found:?}"
    );
    let found = rules_found_edited(&share, "publicId", "invoiceId");
    assert!(
        found.contains(&"endpoint-missing-auth routes/widget.js:4".to_string()),
        "{found:?}"
    );
    // Passwordless sign-in's first step, named as one word.
    let otp = [
        (
            "functions/package.json",
            r#"{"dependencies":{"firebase-functions":"5.0.0","firebase-admin":"12.0.0"}}"#,
        ),
        (
            "functions/src/index.ts",
            "import { onRequest } from \"firebase-functions/v2/https\";\nimport { getFirestore } from \"firebase-admin/firestore\";\nconst db = getFirestore();\n\nexport const sendLoginCode = onRequest(async (req, res) => {\n  const email = String(req.body?.email ?? \"\").toLowerCase();\n  await db.doc(`loginCodes/${email}`).set({ code: \"123456\" });\n  res.json({ sent: true });\n});\n",
        ),
    ];
    let found = rules_found(&otp);
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("service-role-without-auth")
                || f.starts_with("endpoint-missing-auth")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("endpoint-missing-rate-limit functions/src/index.ts")),
        "{found:?}"
    );
}

#[test]
fn middleware_protected_prefixes_in_a_module_constant_and_a_flag() {
    let files = [
        (
            "package.json",
            r#"{"dependencies":{"next":"15.3.0","@supabase/ssr":"0.5.0"}}"#,
        ),
        (
            "middleware.ts",
            "import { type NextRequest } from 'next/server'\nimport { updateSession } from '@/lib/supabase/middleware'\n\nexport async function middleware(request: NextRequest) {\n  return await updateSession(request)\n}\n\nexport const config = { matcher: ['/((?!api|_next/static|_next/image|favicon.ico).*)'] }\n",
        ),
        (
            "lib/supabase/middleware.ts",
            "import { createServerClient } from '@supabase/ssr'\nimport { NextResponse, type NextRequest } from 'next/server'\n\nconst PROTECTED_PREFIXES = ['/documents', '/settings']\n\nexport async function updateSession(request: NextRequest) {\n  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, { cookies: { getAll() { return request.cookies.getAll() }, setAll() {} } })\n  const { data: { user } } = await supabase.auth.getUser()\n  const needsAuth = PROTECTED_PREFIXES.some((p) => request.nextUrl.pathname.startsWith(p))\n  if (needsAuth && !user) {\n    return NextResponse.redirect(new URL('/login', request.url))\n  }\n  return NextResponse.next({ request })\n}\n",
        ),
        (
            "app/share/[id]/page.tsx",
            "import { createClient } from '@/lib/supabase/server'\n\nexport default async function SharePage({ params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params\n  const supabase = await createClient()\n  const { data: doc } = await supabase.from('documents').select('title, body').eq('id', id).single()\n  return <article>{doc?.title}</article>\n}\n",
        ),
        (
            "app/documents/[id]/page.tsx",
            "import { createClient } from '@/lib/supabase/server'\n\nexport default async function DocPage({ params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params\n  const supabase = await createClient()\n  const { data: doc } = await supabase.from('documents').select('title, body').eq('id', id).single()\n  return <article>{doc?.title}</article>\n}\n",
        ),
    ];
    let t = table(&files);
    assert!(
        t.iter()
            .any(|e| e.starts_with("app/share/[id]/page.tsx:3 GET /share/[id] -")),
        "{t:?}"
    );
    assert!(
        t.iter()
            .any(|e| e.starts_with("app/documents/[id]/page.tsx:3 GET /documents/[id] A")),
        "{t:?}"
    );
}

#[test]
fn django_views_and_router_urls_concatenated_to_paths() {
    let files = [
        (
            "requirements.txt",
            "Django==5.0.6\ndjangorestframework==3.15.1\nPyJWT==2.8.0\n",
        ),
        (
            "config/settings.py",
            "INSTALLED_APPS = ['rest_framework', 'accounts']\nROOT_URLCONF = 'config.urls'\nREST_FRAMEWORK = {'DEFAULT_PERMISSION_CLASSES': ['rest_framework.permissions.IsAuthenticated']}\n",
        ),
        (
            "config/urls.py",
            "from django.urls import include, path\n\nurlpatterns = [path('', include('accounts.urls'))]\n",
        ),
        (
            "accounts/tokens.py",
            "import jwt\nfrom django.conf import settings\n\n\ndef read_magic_link_token(token):\n    return jwt.decode(token, settings.SECRET_KEY, algorithms=['HS256'])\n",
        ),
        (
            "accounts/views.py",
            "from django.contrib.auth import get_user_model\nfrom rest_framework import permissions, viewsets\nfrom rest_framework.response import Response\nfrom rest_framework.views import APIView\n\nfrom .tokens import read_magic_link_token\n\nUser = get_user_model()\n\n\nclass MagicLinkLoginView(APIView):\n    permission_classes = [permissions.AllowAny]\n\n    def get(self, request):\n        claims = read_magic_link_token(request.GET['token'])\n        return Response({'user': claims['sub']})\n\n\nclass VerifyEmailView(APIView):\n    permission_classes = [permissions.AllowAny]\n\n    def get(self, request, user_id):\n        User.objects.filter(pk=user_id).update(is_verified=True)\n        return Response({'ok': True})\n\n\nclass NoteViewSet(viewsets.ModelViewSet):\n    queryset = User.objects.all()\n",
        ),
        (
            "accounts/urls.py",
            "from django.urls import path\nfrom rest_framework.routers import DefaultRouter\n\nfrom . import views\n\nrouter = DefaultRouter()\nrouter.register('notes', views.NoteViewSet, basename='notes')\n\nurlpatterns = [\n    path('magic/', views.MagicLinkLoginView.as_view()),\n    path('verify-email/<int:user_id>/', views.VerifyEmailView.as_view()),\n] + router.urls\n",
        ),
    ];
    let t = table(&files);
    // The second view's `def get` is not a call of the first view's `get` (and its token helper).
    assert!(
        t.iter()
            .any(|e| e.starts_with("accounts/views.py:22 GET /verify-email/<int:user_id>/ -")),
        "{t:?}"
    );
    // `[...] + router.urls` registers the router's routes.
    assert!(t.iter().any(|e| e.contains(" GET /notes/ ")), "{t:?}");
    assert!(
        t.iter().any(|e| e.contains(" DELETE /notes/<pk>/ ")),
        "{t:?}"
    );
}

#[test]
fn an_open_upload_endpoint_changes_state() {
    let files = [
        (
            "requirements.txt",
            "fastapi==0.111.0\npython-multipart==0.0.9\n",
        ),
        (
            "main.py",
            "import uuid\n\nfrom fastapi import FastAPI, File, UploadFile\n\napp = FastAPI()\n\n\n@app.post(\"/documents\")\nasync def upload_document(file: UploadFile = File(...)):\n    dest = f\"./uploads/{uuid.uuid4().hex}\"\n    with open(dest, \"wb\") as out:\n        out.write(await file.read(1024 * 1024))\n    return {\"id\": dest}\n\n\n@app.post(\"/echo\")\nasync def echo():\n    return {\"ok\": True}\n",
        ),
    ];
    let found = rules_found(&files);
    assert!(
        found.contains(&"endpoint-missing-auth main.py:8".to_string()),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("endpoint-missing-auth main.py:16")),
        "{found:?}"
    );
}

/// Round 11: a login's own account lookup (`findUserByEmail` then 401 on a wrong password) is not
/// an auth guard, and a FastAPI optional-user dependency (returns `None` without a token, never
/// raises) does not make its routes authenticated.
#[test]
fn login_lookups_and_optional_user_dependencies_are_not_guards() {
    let express = [
        (
            "package.json",
            r#"{ "dependencies": { "express": "^4.21.2", "express-session": "^1.18.1", "pg": "^8.13.1" } }"#,
        ),
        (
            "users.js",
            "const { Pool } = require('pg');\nconst pool = new Pool();\nconst findUserByEmail = async (email) => (await pool.query('SELECT * FROM users WHERE email = $1', [email])).rows[0];\nconst getSessionUser = async (req) => req.session.userId ? { id: req.session.userId } : null;\nmodule.exports = { findUserByEmail, getSessionUser };\n",
        ),
        (
            "server.js",
            "const express = require('express');\nconst { findUserByEmail, getSessionUser } = require('./users');\nconst app = express();\napp.post('/api/auth/login', async (req, res) => {\n  const { email, password } = req.body;\n  const user = await findUserByEmail(email);\n  if (!user || !check(password, user.password_hash)) {\n    return res.status(401).json({ error: 'Invalid email or password' });\n  }\n  req.session.userId = user.id;\n  res.json({ id: user.id });\n});\napp.get('/api/me', async (req, res) => {\n  const user = await getSessionUser(req);\n  if (!user) return res.status(401).end();\n  res.json(user);\n});\napp.listen(3000);\n",
        ),
    ];
    assert_eq!(
        table(&express),
        vec![
            "server.js:4 POST /api/auth/login --- route",
            "server.js:13 GET /api/me A-- route",
        ]
    );
    let deps = "from typing import Optional\nimport os\nimport jwt\nfrom fastapi import Header, HTTPException\n\n\ndef peek_token(token: str):\n    return jwt.decode(token, os.environ[\"JWT_SECRET\"], algorithms=[\"HS256\"])\n\n\nasync def get_optional_user(authorization: Optional[str] = Header(None)):\n    if not authorization or not authorization.lower().startswith(\"bearer \"):\n        return None\n    claims = peek_token(authorization.split(\" \", 1)[1])\n    return {\"id\": int(claims[\"sub\"])}\n\n\nasync def get_current_user(authorization: str = Header(...)):\n    try:\n        claims = peek_token(authorization.removeprefix(\"Bearer \"))\n    except jwt.InvalidTokenError:\n        raise HTTPException(status_code=401)\n    return {\"id\": int(claims[\"sub\"])}\n";
    let main = "from fastapi import Depends, FastAPI\nfrom deps import get_current_user, get_optional_user\n\napp = FastAPI()\n\n\n@app.get(\"/api/reports/sales\")\nasync def sales(viewer=Depends(get_optional_user)):\n    return await db.fetch_all(\"SELECT sku, sum(amount_cents) FROM orders GROUP BY sku\")\n\n\n@app.get(\"/api/orders\")\nasync def orders(user=Depends(get_current_user)):\n    return await db.fetch_all(\"SELECT * FROM orders WHERE user_id = :u\", {\"u\": user[\"id\"]})\n";
    let fastapi = [
        ("requirements.txt", "fastapi==0.115.6\npyjwt==2.10.1\n"),
        ("deps.py", deps),
        ("main.py", main),
    ];
    assert_eq!(
        table(&fastapi),
        vec![
            "main.py:7 GET /api/reports/sales --- route",
            "main.py:12 GET /api/orders A-- route",
        ]
    );
}

/// GraphQL resolver maps: one row per Query / Mutation field under the mount path, methods and
/// named resolvers included; a graphql-shield layer guards every field; Apollo Client cache
/// policies are not resolvers.
#[test]
fn graphql_resolver_fields() {
    let server = "const express = require('express');\nconst { ApolloServer } = require('@apollo/server');\nconst { expressMiddleware } = require('@apollo/server/express4');\nconst resolvers = require('./resolvers');\nconst app = express();\nconst server = new ApolloServer({ typeDefs, resolvers });\napp.use('/api/graphql', expressMiddleware(server, { context: async ({ req }) => ({ user: null }) }));\n";
    let resolvers = "const { GraphQLError } = require('graphql');\nconst Post = require('./models/Post');\nasync function listPosts() { return Post.find({ published: true }); }\nmodule.exports = {\n  Query: {\n    posts: listPosts,\n    drafts: (_, __, ctx) => { if (!ctx.user) throw new GraphQLError('no'); return Post.find({ author: ctx.user.id, published: false }); },\n  },\n  Mutation: {\n    async publish(_, { id }, ctx) { if (!ctx.user) throw new GraphQLError('no'); return Post.findOneAndUpdate({ _id: id, author: ctx.user.id }, { published: true }); },\n  },\n};\n";
    let client = "import { InMemoryCache } from '@apollo/client';\nexport const cache = new InMemoryCache({ typePolicies: { Query: { fields: { posts: { merge: false } } } } });\n";
    let files = [
        (
            "package.json",
            r#"{ "dependencies": { "@apollo/server": "4.11.2", "express": "4.21.2", "mongoose": "8.9.0" } }"#,
        ),
        ("src/server.js", server),
        ("src/resolvers.js", resolvers),
        ("web/cache.js", client),
    ];
    assert_eq!(
        table(&files),
        vec![
            "src/resolvers.js:6 GET /api/graphql/posts --V graphql",
            "src/resolvers.js:7 GET /api/graphql/drafts A-V graphql",
            "src/resolvers.js:10 POST /api/graphql/publish A-V graphql",
        ]
    );
    let shielded = [
        files[0],
        files[1],
        files[2],
        (
            "src/permissions.js",
            "const { shield, rule } = require('graphql-shield');\nconst isAuthenticated = rule()((_, __, ctx) => !!ctx.user);\nmodule.exports = shield({ Query: { '*': isAuthenticated } });\n",
        ),
    ];
    assert!(
        table(&shielded).iter().all(|r| r.contains(" A-V graphql")),
        "{:?}",
        table(&shielded)
    );
}

/// Clerk v4 `authMiddleware`: routes in `publicRoutes` / `ignoredRoutes` are not signed in,
/// whether the list is inline, a module constant or a shorthand property; the others are.
#[test]
fn clerk_public_and_ignored_routes() {
    let route = |body: &str| {
        format!(
            "import {{ NextResponse }} from 'next/server';\nexport async function POST(req: Request) {{\n  {body}\n  return NextResponse.json({{ ok: true }});\n}}\n"
        )
    };
    let hook = route("const event = JSON.parse(await req.text());");
    let export = route("const rows = await db.user.findMany();");
    let pkg = (
        "package.json",
        r#"{ "dependencies": { "next": "14.2.30", "@clerk/nextjs": "4.29.12" } }"#,
    );
    for mw in [
        "import { authMiddleware } from '@clerk/nextjs';\nexport default authMiddleware({ ignoredRoutes: ['/api/webhooks/(.*)'] });\n",
        "import { authMiddleware } from '@clerk/nextjs';\nconst ignoredRoutes = ['/api/webhooks/(.*)'];\nexport default authMiddleware({ ignoredRoutes });\n",
        "import { authMiddleware } from '@clerk/nextjs';\nconst PUBLIC = ['/', '/api/webhooks/(.*)'];\nexport default authMiddleware({ publicRoutes: PUBLIC });\n",
    ] {
        let files = [
            pkg,
            ("middleware.ts", mw),
            ("app/api/webhooks/stripe/route.ts", hook.as_str()),
            ("app/api/export/route.ts", export.as_str()),
        ];
        assert_eq!(
            table(&files),
            vec![
                "app/api/export/route.ts:2 POST /api/export A-- route",
                "app/api/webhooks/stripe/route.ts:2 POST /api/webhooks/stripe --- route",
            ],
            "{mw}"
        );
    }
}

/// Round 12: a wrapper's `handler(req, res)` parameter is not the Stripe webhook's `handler`
/// (whose signature check would count as auth everywhere), and a GraphQL method resolver that
/// calls `requireRole`, which calls `requireAuth`, is guarded.
#[test]
fn wrapper_parameters_and_guard_chains() {
    let pages = [
        (
            "package.json",
            r#"{ "dependencies": { "next": "14.2.30", "stripe": "16.0.0", "mongodb": "6.10.0" } }"#,
        ),
        (
            "lib/apiHandler.ts",
            "import type { NextApiHandler } from 'next';\nexport function apiHandler(handler: NextApiHandler): NextApiHandler {\n  return async (req, res) => {\n    try { await handler(req, res); } catch (err) { res.status(500).json({ error: 'failed' }); }\n  };\n}\n",
        ),
        (
            "pages/api/stripe/webhook.ts",
            "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\nexport default async function handler(req, res) {\n  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET!);\n  res.json({ received: event.id });\n}\n",
        ),
        (
            "pages/api/export-users.ts",
            "import { apiHandler } from '@/lib/apiHandler';\nimport { getDb } from '@/lib/db';\nexport default apiHandler(async (req, res) => {\n  const users = await (await getDb()).collection('users').find().toArray();\n  res.json(users);\n});\n",
        ),
    ];
    let t = table(&pages);
    assert!(
        t.iter()
            .any(|r| r.starts_with("pages/api/export-users.ts:3 ALL /api/export-users -")),
        "{t:?}"
    );
    let graphql = [
        (
            "package.json",
            r#"{ "type": "module", "dependencies": { "@apollo/server": "4.11.2", "express": "4.21.2" } }"#,
        ),
        (
            "guards.js",
            "import { GraphQLError } from 'graphql';\nexport function requireAuth(ctx) {\n  if (!ctx.user) throw new GraphQLError('Not authenticated');\n  return ctx.user;\n}\nexport function requireRole(ctx, role) {\n  const user = requireAuth(ctx);\n  if (user.role !== role) throw new GraphQLError('Forbidden');\n  return user;\n}\n",
        ),
        (
            "admin.js",
            "import { requireRole } from './guards.js';\nimport '@apollo/server';\nexport const adminResolvers = {\n  Query: {\n    async adminStats(_p, _a, ctx) {\n      requireRole(ctx, 'ADMIN');\n      return { users: await ctx.db.user.count() };\n    },\n  },\n};\n",
        ),
    ];
    assert_eq!(
        table(&graphql),
        vec!["admin.js:5 GET /graphql/adminStats A-V graphql"]
    );
}

#[test]
fn ids_destructured_in_handler_signatures_and_callable_payloads_are_request_ids() {
    let next = [
        (
            "package.json",
            r#"{ "dependencies": { "next": "14.2.30", "@supabase/supabase-js": "2.45.0" } }"#,
        ),
        (
            "app/api/documents/[id]/route.ts",
            "import { createClient } from '@/lib/supabase/server';\ntype Ctx = { params: { id: string } };\nexport async function DELETE(_req: Request, { params: { id } }: Ctx) {\n  const supabase = createClient();\n  const { data: { user } } = await supabase.auth.getUser();\n  if (!user) return new Response(null, { status: 401 });\n  await supabase.from('documents').delete().eq('id', id);\n  return new Response(null, { status: 204 });\n}\n",
        ),
    ];
    let found = rules_found(&next);
    assert_eq!(
        lines_of(
            &found,
            "idor-unscoped-lookup",
            "app/api/documents/[id]/route.ts"
        ),
        vec!["idor-unscoped-lookup app/api/documents/[id]/route.ts:7".to_string()]
    );
    // Scoped to the caller: no finding.
    let scoped = rules_found_edited(
        &next,
        ".eq('id', id);",
        ".eq('id', id).eq('owner_id', user.id);",
    );
    assert!(
        lines_of(
            &scoped,
            "idor-unscoped-lookup",
            "app/api/documents/[id]/route.ts"
        )
        .is_empty()
    );

    let callable = [
        (
            "functions/package.json",
            r#"{ "dependencies": { "firebase-functions": "6.1.0", "firebase-admin": "12.7.0" } }"#,
        ),
        (
            "functions/src/invoices.ts",
            "import { onCall, HttpsError } from 'firebase-functions/v2/https';\nimport { getFirestore } from 'firebase-admin/firestore';\nconst db = getFirestore();\nexport const getTenantInvoice = onCall(async (req) => {\n  if (!req.auth) throw new HttpsError('unauthenticated', 'Sign in first');\n  const { tenantId, invoiceId } = req.data;\n  const snap = await db.doc(`tenants/${tenantId}/invoices/${invoiceId}`).get();\n  return snap.data();\n});\n",
        ),
    ];
    // A tenant id the client sends is not a membership check.
    let found = rules_found(&callable);
    assert_eq!(
        lines_of(&found, "idor-unscoped-lookup", "functions/src/invoices.ts"),
        vec!["idor-unscoped-lookup functions/src/invoices.ts:7".to_string()]
    );
    let member = rules_found_edited(
        &callable,
        "const snap",
        "const m = await db.doc(`tenants/${tenantId}/members/${req.auth.uid}`).get();\n  if (!m.exists) throw new HttpsError('permission-denied', 'Not a member');\n  const snap",
    );
    assert!(
        lines_of(&member, "idor-unscoped-lookup", "functions/src/invoices.ts").is_empty(),
        "{member:?}"
    );
}

#[test]
fn public_by_design_routes_and_custom_token_guards() {
    let flask = [
        ("requirements.txt", "flask==3.0.3\nflask-login==0.6.3\n"),
        (
            "auth.py",
            "from functools import wraps\nfrom flask import g, jsonify, request\nfrom models import User\n\ndef token_required(view):\n    @wraps(view)\n    def wrapper(*args, **kwargs):\n        token = request.headers.get(\"X-API-Token\")\n        if not token:\n            return jsonify(error=\"Missing API token\"), 401\n        user = User.query.filter_by(api_token=token).first()\n        if user is None:\n            return jsonify(error=\"Invalid token\"), 401\n        g.api_user = user\n        return view(*args, **kwargs)\n    return wrapper\n",
        ),
        (
            "app.py",
            "from flask import Flask, g, jsonify, request\nfrom flask_login import current_user, login_required\nfrom auth import token_required\nfrom models import Order, Product, User, db\n\napp = Flask(__name__)\n\n@app.route(\"/api/orders/<int:order_id>\")\n@token_required\ndef get_order(order_id):\n    order = Order.query.get_or_404(order_id)\n    return jsonify(id=order.id)\n\n@app.route(\"/buy/<int:product_id>\", methods=[\"POST\"])\n@login_required\ndef buy(product_id):\n    product = Product.query.get_or_404(product_id)\n    order = Order(user_id=current_user.id, product_id=product.id)\n    db.session.add(order)\n    db.session.commit()\n    return jsonify(id=order.id)\n\n@app.route(\"/reset/<token>\", methods=[\"POST\"])\ndef reset(token):\n    user = User.query.filter_by(reset_token=token).first_or_404()\n    user.set_password(request.form[\"password\"])\n    db.session.commit()\n    return jsonify(ok=True)\n",
        ),
    ];
    let found = rules_found(&flask);
    // The X-API-Token decorator is a guard: the order lookup is an IDOR, not "no auth".
    assert_eq!(
        lines_of(&found, "idor-unscoped-lookup", "app.py"),
        vec!["idor-unscoped-lookup app.py:11".to_string()],
        "{found:?}"
    );
    assert!(
        lines_of(&found, "endpoint-missing-auth", "app.py").is_empty(),
        "{found:?}"
    );
    // Buying any catalogue product is the point of the route.
    let edit = rules_found_edited(
        &flask,
        "\"/buy/<int:product_id>\"",
        "\"/products/<int:product_id>/archive\"",
    );
    assert_eq!(
        lines_of(&edit, "idor-unscoped-lookup", "app.py"),
        vec![
            "idor-unscoped-lookup app.py:11".to_string(),
            "idor-unscoped-lookup app.py:17".to_string()
        ]
    );

    // A signed-in user's own API-token rotation is not a login.
    let express = [
        (
            "package.json",
            r#"{ "dependencies": { "express": "4.21.2" } }"#,
        ),
        (
            "server.js",
            "const express = require('express');\nconst crypto = require('crypto');\nconst { requireAuth } = require('./auth');\nconst app = express();\napp.use(express.json());\napp.post('/api/account/token', requireAuth, async (req, res) => {\n  const token = crypto.randomBytes(32).toString('hex');\n  await req.user.update({ apiToken: token });\n  res.json({ token });\n});\napp.post('/api/token', async (req, res) => {\n  const user = await findByPassword(req.body.email, req.body.password);\n  res.json({ token: sign(user) });\n});\napp.listen(3000);\n",
        ),
        (
            "auth.js",
            "exports.requireAuth = (req, res, next) => {\n  if (!req.session.userId) return res.status(401).end();\n  next();\n};\n",
        ),
    ];
    let found = rules_found(&express);
    assert_eq!(
        lines_of(&found, "endpoint-missing-rate-limit", "server.js"),
        vec!["endpoint-missing-rate-limit server.js:11".to_string()],
        "{found:?}"
    );
}

#[test]
fn knex_lookups_by_request_id() {
    let files = [
        (
            "package.json",
            r#"{ "dependencies": { "express": "4.21.2", "knex": "3.1.0", "pg": "8.13.0" } }"#,
        ),
        (
            "server.js",
            "const express = require('express');\nconst knex = require('knex');\nconst { authenticate } = require('./auth');\nconst db = knex({ client: 'pg', connection: process.env.DATABASE_URL });\nconst app = express();\napp.use(express.json());\napp.put('/posts/:id', authenticate, async (req, res) => {\n  const { title } = req.body;\n  const [post] = await db('posts').where({ id: req.params.id }).update({ title }).returning('*');\n  res.json(post);\n});\napp.delete('/posts/:id', authenticate, async (req, res) => {\n  await db('posts').where('id', req.params.id).del();\n  res.status(204).end();\n});\napp.listen(3000);\n",
        ),
        (
            "auth.js",
            "exports.authenticate = (req, res, next) => {\n  if (!req.headers.authorization) return res.status(401).end();\n  req.user = verify(req.headers.authorization);\n  next();\n};\n",
        ),
    ];
    let found = rules_found(&files);
    assert_eq!(
        lines_of(&found, "idor-unscoped-lookup", "server.js"),
        vec![
            "idor-unscoped-lookup server.js:13".to_string(),
            "idor-unscoped-lookup server.js:9".to_string()
        ],
        "{found:?}"
    );
    let scoped = rules_found_edited(
        &files,
        ".where({ id: req.params.id })",
        ".where({ id: req.params.id, user_id: req.user.id })",
    );
    assert_eq!(
        lines_of(&scoped, "idor-unscoped-lookup", "server.js"),
        vec!["idor-unscoped-lookup server.js:13".to_string()]
    );
}

#[test]
fn better_auth_limits_its_routes_unless_turned_off() {
    let files = [
        (
            "package.json",
            r#"{ "dependencies": { "next": "15.2.4", "better-auth": "1.2.7" } }"#,
        ),
        (
            "src/lib/auth.ts",
            "import { betterAuth } from 'better-auth';\nexport const auth = betterAuth({\n  emailAndPassword: { enabled: true },\n  rateLimit: { window: 60, max: 20 },\n});\n",
        ),
        (
            "src/app/api/auth/[...all]/route.ts",
            "import { auth } from '@/lib/auth';\nimport { toNextJsHandler } from 'better-auth/next-js';\nexport const { GET, POST } = toNextJsHandler(auth.handler);\n",
        ),
    ];
    let found = rules_found(&files);
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("project-missing-rate-limit")),
        "{found:?}"
    );
    let off = rules_found_edited(
        &files,
        "rateLimit: { window: 60",
        "rateLimit: { enabled: false, window: 60",
    );
    assert!(
        off.iter()
            .any(|f| f.starts_with("project-missing-rate-limit")),
        "{off:?}"
    );
}

#[test]
fn raw_asyncpg_reads_are_data_access() {
    let files = [
        ("requirements.txt", "fastapi==0.115.0\nasyncpg==0.29.0\n"),
        (
            "app/admin.py",
            "from fastapi import APIRouter, Depends\nfrom .db import get_conn\n\nrouter = APIRouter(prefix=\"/admin\")\n\n@router.get(\"/users\")\nasync def list_users(conn=Depends(get_conn)):\n    rows = await conn.fetch(\"SELECT id, email, role FROM users\")\n    return [dict(r) for r in rows]\n\n@router.get(\"/ping\")\nasync def ping():\n    return {\"ok\": True}\n",
        ),
        (
            "app/main.py",
            "from fastapi import FastAPI\nfrom .admin import router\n\napp = FastAPI()\napp.include_router(router)\n",
        ),
    ];
    let found = rules_found(&files);
    assert_eq!(
        lines_of(&found, "endpoint-missing-auth", "app/admin.py"),
        vec!["endpoint-missing-auth app/admin.py:6".to_string()],
        "{found:?}"
    );
}

#[test]
fn django_generic_edit_views_look_objects_up_by_pk() {
    let files = [
        ("requirements.txt", "django==5.0.6\n"),
        (
            "app/views.py",
            "from django.contrib.auth.mixins import LoginRequiredMixin\nfrom django.views.generic import UpdateView\nfrom .models import Project\n\n\nclass ProjectUpdateView(LoginRequiredMixin, UpdateView):\n    model = Project\n    fields = [\"name\", \"description\"]\n    template_name = \"form.html\"\n",
        ),
        (
            "app/urls.py",
            "from django.urls import path\nfrom . import views\n\nurlpatterns = [path(\"projects/<int:pk>/edit/\", views.ProjectUpdateView.as_view())]\n",
        ),
    ];
    let found = rules_found(&files);
    assert_eq!(
        lines_of(&found, "idor-unscoped-lookup", "app/views.py"),
        vec!["idor-unscoped-lookup app/views.py:6".to_string()],
        "{found:?}"
    );
    let scoped = rules_found_edited(
        &files,
        "    template_name = \"form.html\"\n",
        "    template_name = \"form.html\"\n\n    def get_queryset(self):\n        return Project.objects.filter(owner=self.request.user)\n",
    );
    assert!(
        lines_of(&scoped, "idor-unscoped-lookup", "app/views.py").is_empty(),
        "{scoped:?}"
    );
}

#[test]
fn django_include_of_a_local_list_keeps_its_prefix() {
    let files = [
        ("requirements.txt", "django==5.0.6\n"),
        ("config/settings.py", "ROOT_URLCONF = \"config.urls\"\n"),
        (
            "config/urls.py",
            "from django.urls import include, path\nfrom app import api, views\n\napi_patterns = [\n    path(\"projects/<int:pk>/\", api.project_detail),\n]\n\nurlpatterns = [\n    path(\"api/\", include(api_patterns)),\n    path(\"projects/<int:pk>/\", views.project_page),\n]\n",
        ),
        (
            "app/api.py",
            "from django.http import JsonResponse\nfrom .models import Project\n\ndef project_detail(request, pk):\n    return JsonResponse({\"name\": Project.objects.get(pk=pk).name})\n",
        ),
        (
            "app/views.py",
            "from django.shortcuts import render\n\ndef project_page(request, pk):\n    return render(request, \"project.html\", {\"pk\": pk})\n",
        ),
    ];
    let routes: Vec<String> = table(&files)
        .into_iter()
        .map(|r| r.split(' ').take(3).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        routes,
        vec![
            "app/api.py:4 ALL /api/projects/<int:pk>/".to_string(),
            "app/views.py:3 ALL /projects/<int:pk>/".to_string()
        ]
    );
}

#[test]
fn repository_reads_and_export_downloads_are_stored_data() {
    let files = [
        (
            "package.json",
            r#"{ "dependencies": { "express": "4.21.2", "typeorm": "0.3.20", "bullmq": "5.12.0" } }"#,
        ),
        (
            "src/index.ts",
            "import express from 'express';\nimport admin from './admin';\nimport exportsRouter from './exports';\nconst app = express();\napp.use('/api/admin', admin);\napp.use('/api/exports', exportsRouter);\napp.listen(4000);\n",
        ),
        (
            "src/admin.ts",
            "import { Router } from 'express';\nimport { AppDataSource } from './data-source';\nimport { User } from './User';\nimport { requireAuth } from './auth';\nconst router = Router();\nrouter.get('/users', requireAuth, async (_req, res) => {\n  res.json(await AppDataSource.getRepository(User).find());\n});\nexport default router;\n",
        ),
        (
            "src/exports.ts",
            "import { Router } from 'express';\nimport { Queue } from 'bullmq';\nimport { requireAuth } from './auth';\nconst router = Router();\nconst queue = new Queue('exports');\nrouter.post('/', requireAuth, async (req, res) => {\n  const job = await queue.add('export', { userId: req.user.id });\n  res.json({ jobId: job.id });\n});\nrouter.get('/:jobId/download', async (req, res) => {\n  const job = await queue.getJob(req.params.jobId);\n  res.redirect(await signedDownloadUrl(job.returnvalue.key));\n});\nexport default router;\n",
        ),
        (
            "src/auth.ts",
            "export function requireAuth(req, res, next) {\n  if (!req.user) return res.status(401).end();\n  next();\n}\n",
        ),
    ];
    let found = rules_found(&files);
    assert_eq!(
        lines_of(&found, "admin-route-missing-role-check", "src/admin.ts"),
        vec!["admin-route-missing-role-check src/admin.ts:6".to_string()],
        "{found:?}"
    );
    assert_eq!(
        lines_of(&found, "endpoint-missing-auth", "src/exports.ts"),
        vec!["endpoint-missing-auth src/exports.ts:10".to_string()],
        "{found:?}"
    );
}

const NINJA: &[(&str, &str)] = &[
    ("requirements.txt", "django==5.0.6\ndjango-ninja==1.1.0\n"),
    (
        "config/settings.py",
        "ROOT_URLCONF = \"config.urls\"\nINSTALLED_APPS = [\"core\"]\n",
    ),
    (
        "config/urls.py",
        "from django.urls import path\nfrom core.api import api\n\nurlpatterns = [\n    path(\"api/v1/\", api.urls),\n]\n",
    ),
    (
        "core/auth.py",
        "from ninja.security import HttpBearer, SessionAuth\n\n\nclass StaffOnly(SessionAuth):\n    def authenticate(self, request, key):\n        user = super().authenticate(request, key)\n        if user is not None and user.is_staff:\n            return user\n        return None\n\n\napi_auth = [SessionAuth()]\n",
    ),
    (
        "core/api.py",
        "from ninja import NinjaAPI\nfrom ninja.throttling import AnonRateThrottle\nfrom .auth import api_auth, StaffOnly\nfrom .routers import projects, admin\n\napi = NinjaAPI(auth=api_auth)\napi.add_router(\"/projects\", projects.router)\napi.add_router(\"/admin\", admin.router, auth=StaffOnly())\napi.add_router(\"/staff\", \"core.routers.admin.staff\")\n\n\n@api.post(\"/token\", auth=None, throttle=[AnonRateThrottle(\"5/m\")])\ndef token(request, data: dict):\n    return {}\n",
    ),
    (
        "core/routers/projects.py",
        "from django.shortcuts import get_object_or_404\nfrom ninja import Router, Schema\nfrom ..models import Project, Invoice\n\nrouter = Router()\n\n\nclass ProjectIn(Schema):\n    name: str\n\n\n@router.post(\"/\")\ndef create(request, payload: ProjectIn):\n    return Project.objects.create(owner=request.auth, **payload.dict())\n\n\n@router.get(\"/{project_id}\")\ndef read(request, project_id: int):\n    return get_object_or_404(Project, pk=project_id)\n\n\n@router.get(\"/{project_id}/mine\")\ndef mine(request, project_id: int):\n    return get_object_or_404(Project, pk=project_id, owner=request.auth)\n\n\n@router.get(\"/invoices/{invoice_id}\", auth=None)\ndef invoice(request, invoice_id: int):\n    return get_object_or_404(Invoice, pk=invoice_id)\n",
    ),
    (
        "core/routers/admin.py",
        "from ninja import Router\nfrom ..models import User\n\nrouter = Router()\nstaff = Router()\n\n\n@router.get(\"/users\")\ndef users(request):\n    return list(User.objects.all())\n\n\n@staff.get(\"/users\")\ndef staff_users(request):\n    return list(User.objects.all())\n",
    ),
];

#[test]
fn django_ninja_api_routers_and_auth_inheritance() {
    assert_eq!(
        table(NINJA),
        vec![
            "core/api.py:12 POST /api/v1/token -R- route",
            "core/routers/admin.py:8 GET /api/v1/admin/users A-- route",
            "core/routers/admin.py:13 GET /api/v1/staff/users A-- route",
            "core/routers/projects.py:12 POST /api/v1/projects/ A-V route",
            "core/routers/projects.py:17 GET /api/v1/projects/{project_id} A-- route",
            "core/routers/projects.py:22 GET /api/v1/projects/{project_id}/mine A-- route",
            "core/routers/projects.py:27 GET /api/v1/projects/invoices/{invoice_id} --- route",
        ]
    );
    let found = rules_found(NINJA);
    for want in [
        "idor-unscoped-lookup core/routers/projects.py:19",
        "endpoint-missing-auth core/routers/projects.py:27",
        // Mounted without the staff-only auth: any signed-in user lists every account.
        "admin-route-missing-role-check core/routers/admin.py:13",
    ] {
        assert!(found.contains(&want.to_string()), "{want}: {found:?}");
    }
    for not in [
        "core/routers/projects.py:24",
        "core/routers/admin.py:8",
        "core/routers/admin.py:10",
        "endpoint-missing-rate-limit core/api.py",
    ] {
        assert!(!found.iter().any(|f| f.contains(not)), "{not}: {found:?}");
    }
}

/// Flask + raw psycopg2 handlers: the caller's own row, check-then-act, a loader helper, and
/// membership-scoped Mongo lookups.
#[test]
fn python_sql_idor_bound_values_owner_scoped_selects_and_loader_helpers() {
    let db = "import psycopg2\n\ndef query(sql, params=None, one=False):\n    with psycopg2.connect('') as conn:\n        cur = conn.cursor()\n        cur.execute(sql, params)\n        rows = cur.fetchall()\n    return rows[0] if one and rows else rows\n\ndef execute(sql, params=None):\n    with psycopg2.connect('') as conn:\n        conn.cursor().execute(sql, params)\n";
    let api = "from flask import Blueprint, jsonify, request\nfrom flask_jwt_extended import get_jwt_identity, jwt_required\nfrom db import execute, query\n\nbp = Blueprint('api', __name__, url_prefix='/api')\n\n\n@bp.patch('/me')\n@jwt_required()\ndef update_me():\n    name = str((request.get_json() or {}).get('name', ''))[:80]\n    execute('UPDATE users SET full_name = %s WHERE id = %s', (name, get_jwt_identity()))\n    return jsonify(ok=True)\n\n\n@bp.post('/invoices/<int:invoice_id>/send')\n@jwt_required()\ndef send_invoice(invoice_id):\n    inv = query('SELECT * FROM invoices WHERE id = %s AND owner_id = %s', (invoice_id, get_jwt_identity()), one=True)\n    if not inv:\n        return jsonify(msg='not found'), 404\n    execute(\"UPDATE invoices SET status = 'sent' WHERE id = %s\", (invoice_id,))\n    return jsonify(ok=True)\n\n\ndef _load_invoice(invoice_id):\n    return query('SELECT * FROM invoices WHERE id = %s', (invoice_id,), one=True)\n\n\n@bp.get('/invoices/<int:invoice_id>')\n@jwt_required()\ndef get_invoice(invoice_id):\n    invoice = _load_invoice(invoice_id)\n    return jsonify(invoice)\n\n\n@bp.delete('/notes/<int:note_id>')\n@jwt_required()\ndef delete_note(note_id):\n    execute('DELETE FROM notes WHERE id = %s', (note_id,))\n    return jsonify(ok=True)\n";
    let files: &[(&str, &str)] = &[
        (
            "requirements.txt",
            "flask==3.0.3\nflask-jwt-extended==4.6.0\npsycopg2-binary==2.9.9\n",
        ),
        ("db.py", db),
        ("app/api.py", api),
    ];
    let found = rules_found(files);
    // The loader helper's lookup is reported at the call; the plain delete by id too.
    for want in [
        "idor-unscoped-lookup app/api.py:33",
        "idor-unscoped-lookup app/api.py:40",
    ] {
        assert!(found.contains(&want.to_string()), "{want}: {found:?}");
    }
    for not in ["app/api.py:12", "app/api.py:19", "app/api.py:22"] {
        assert!(
            !found
                .iter()
                .any(|f| f.starts_with("idor") && f.ends_with(not)),
            "{not}: {found:?}"
        );
    }
    // Placeholders built by the code before it: the bound value is counted from the end.
    let built = rules_found_edited(
        files,
        "execute('UPDATE users SET full_name = %s WHERE id = %s', (name, get_jwt_identity()))",
        "execute(f'UPDATE users SET {cols} WHERE id = %s', (*updates.values(), get_jwt_identity()))",
    );
    assert!(
        !built
            .iter()
            .any(|f| f == "idor-unscoped-lookup app/api.py:12"),
        "{built:?}"
    );
    // The caller's own id through a variable bound to the placeholder stays quiet; an id taken
    // from the URL in the same position does not.
    let edited = rules_found_edited(
        files,
        "(name, get_jwt_identity()))",
        "(name, request.args['uid']))",
    );
    assert!(
        edited
            .iter()
            .any(|f| f == "idor-unscoped-lookup app/api.py:12"),
        "{edited:?}"
    );

    let mongo: &[(&str, &str)] = &[
        ("requirements.txt", "fastapi==0.110.0\nmotor==3.4.0\n"),
        (
            "app/main.py",
            "from bson import ObjectId\nfrom fastapi import Depends, FastAPI, HTTPException\nfrom .auth import get_current_user\nfrom .db import db\n\napp = FastAPI()\n\n\n@app.get('/workspaces/{workspace_id}')\nasync def get_workspace(workspace_id: str, user=Depends(get_current_user)):\n    ws = await db.workspaces.find_one({'_id': ObjectId(workspace_id), 'members': user['sub']})\n    if not ws:\n        raise HTTPException(404)\n    return ws\n",
        ),
        (
            "app/auth.py",
            "import jwt\nfrom fastapi import Depends, HTTPException\n\ndef get_current_user(token: str = Depends(oauth2)):\n    try:\n        return jwt.decode(token, 'k', algorithms=['HS256'])\n    except jwt.PyJWTError:\n        raise HTTPException(401)\n",
        ),
        (
            "app/db.py",
            "from motor.motor_asyncio import AsyncIOMotorClient\ndb = AsyncIOMotorClient()['app']\n",
        ),
    ];
    assert!(
        !rules_found(mongo).iter().any(|f| f.starts_with("idor")),
        "{:?}",
        rules_found(mongo)
    );
    let edited = rules_found_edited(mongo, "'members': user['sub']", "'archived': False");
    assert!(
        edited
            .iter()
            .any(|f| f == "idor-unscoped-lookup app/main.py:11"),
        "{edited:?}"
    );
}

/// Express and Next.js: a Prisma `include: { owner: true }`, middleware arrays spread into
/// `router.use`, code redemption without a limiter, a role read into a local variable, a
/// Firestore reference kept in a variable across method branches, and limiters named freely.
#[test]
fn js_relation_includes_middleware_arrays_code_redemption_and_session_fields() {
    let express: &[(&str, &str)] = &[
        (
            "package.json",
            r#"{"dependencies":{"express":"^4.19.2","@clerk/express":"^1.0.0","@prisma/client":"^5.0.0"}}"#,
        ),
        (
            "src/index.ts",
            "import express from 'express';\nimport admin from './admin.js';\nimport projects from './projects.js';\nimport invites from './invites.js';\nconst app = express();\napp.use('/api/admin', admin);\napp.use('/api/projects', projects);\napp.use('/api/invites', invites);\napp.listen(3000);\n",
        ),
        (
            "src/auth.ts",
            "import { requireAuth, getAuth } from '@clerk/express';\nexport const protect = requireAuth();\nexport function withUser(req, _res, next) {\n  req.userId = getAuth(req).userId;\n  next();\n}\nexport const requireStaff = [protect, withUser];\n",
        ),
        (
            "src/admin.ts",
            "import { Router } from 'express';\nimport { prisma } from './db.js';\nimport { requireStaff } from './auth.js';\nconst router = Router();\nrouter.use(...requireStaff);\nrouter.delete('/users/:id', async (req, res) => {\n  await prisma.user.delete({ where: { id: req.params.id } });\n  res.status(204).end();\n});\nexport default router;\n",
        ),
        (
            "src/projects.ts",
            "import { Router } from 'express';\nimport { requireAuth } from '@clerk/express';\nimport { prisma } from './db.js';\nconst router = Router();\nrouter.use(requireAuth());\nrouter.get('/:id', async (req, res) => {\n  const project = await prisma.project.findUnique({ where: { id: req.params.id }, include: { files: true, owner: true } });\n  res.json(project);\n});\nexport default router;\n",
        ),
        (
            "src/invites.ts",
            "import { Router } from 'express';\nimport { requireAuth, getAuth } from '@clerk/express';\nimport { prisma } from './db.js';\nconst router = Router();\nrouter.use(requireAuth());\nrouter.post('/redeem', async (req, res) => {\n  const { userId } = getAuth(req);\n  const invite = await prisma.invite.findUnique({ where: { code: String(req.body.code) } });\n  if (!invite) return res.status(400).end();\n  await prisma.invite.update({ where: { id: invite.id }, data: { usedBy: userId } });\n  res.json({ orgId: invite.orgId });\n});\nexport default router;\n",
        ),
        (
            "src/db.ts",
            "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n",
        ),
    ];
    let t = table(express);
    assert!(
        t.contains(&"src/admin.ts:6 DELETE /api/admin/users/:id A-- route".to_string()),
        "{t:?}"
    );
    let found = rules_found(express);
    for want in [
        "admin-route-missing-role-check src/admin.ts:6",
        "idor-unscoped-lookup src/projects.ts:7",
        "endpoint-missing-rate-limit src/invites.ts:6",
    ] {
        assert!(found.contains(&want.to_string()), "{want}: {found:?}");
    }
    assert!(
        !found.iter().any(|f| f.starts_with("endpoint-missing-auth")),
        "{found:?}"
    );
    // A member that checks the role makes the array a role guard.
    let edited = rules_found_edited(
        express,
        "export const requireStaff = [protect, withUser];",
        "export function staffOnly(req, res, next) {\n  if (req.auth?.sessionClaims?.role !== 'admin') return res.status(403).end();\n  next();\n}\nexport const requireStaff = [protect, staffOnly];",
    );
    assert!(
        !edited
            .iter()
            .any(|f| f.starts_with("admin-route-missing-role-check")),
        "{edited:?}"
    );

    let next: &[(&str, &str)] = &[
        (
            "package.json",
            r#"{"dependencies":{"next":"14.2.35","next-auth":"5.0.0-beta.20","firebase-admin":"^12.0.0","@upstash/ratelimit":"^2.0.0"}}"#,
        ),
        (
            "auth.ts",
            "import NextAuth from 'next-auth';\nexport const { auth, handlers } = NextAuth({ providers: [] });\n",
        ),
        (
            "app/actions/posts.ts",
            "'use server';\nimport { auth } from '@/auth';\nimport { prisma } from '@/lib/db';\nexport async function featurePost(postId: string) {\n  const session = await auth();\n  const role = (session?.user as { role?: string } | undefined)?.role;\n  if (role !== 'admin') throw new Error('Forbidden');\n  await prisma.post.update({ where: { id: postId }, data: { featured: true } });\n}\n",
        ),
        (
            "pages/api/orders/[id].ts",
            "import { adminAuth, db } from '@/lib/firebaseAdmin';\nexport default async function handler(req, res) {\n  const decoded = await adminAuth.verifyIdToken(String(req.headers.authorization)).catch(() => null);\n  if (!decoded) return res.status(401).end();\n  const ref = db.collection('orders').doc(String(req.query.id));\n  if (req.method === 'DELETE') {\n    await ref.delete();\n    return res.status(204).end();\n  }\n  return res.status(405).end();\n}\n",
        ),
        (
            "pages/api/auth/otp.ts",
            "import { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\nconst requestLimiter = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(5, '1 m') });\nexport default async function handler(req, res) {\n  const { success } = await requestLimiter.limit(clientIp(req));\n  if (!success) return res.status(429).end();\n  await sendCode(req.body.email);\n  res.json({ ok: true });\n}\n",
        ),
        (
            "lib/firebaseAdmin.ts",
            "import admin from 'firebase-admin';\nexport const adminAuth = admin.auth();\nexport const db = admin.firestore();\n",
        ),
        (
            "pages/api/notes/[id].ts",
            "import { getServerSession } from 'next-auth';\nimport { prisma } from '@/lib/db';\nexport default async function handler(req, res) {\n  const session = await getServerSession(req, res, {});\n  if (!session) return res.status(401).end();\n  if (req.method === 'DELETE') {\n    await prisma.note.delete({ where: { id: String(req.query.id), ownerId: session.user.id } });\n    return res.status(204).end();\n  }\n  const note = await prisma.note.findUnique({ where: { id: String(req.query.id) } });\n  res.json(note);\n}\n",
        ),
    ];
    // The code after the method branches answers every other method.
    let t = table(next);
    for want in [
        "pages/api/notes/[id].ts:3 ALL /api/notes/[id] A-- api-route",
        "pages/api/notes/[id].ts:3 DELETE /api/notes/[id] A-- api-route",
    ] {
        assert!(t.contains(&want.to_string()), "{want}: {t:?}");
    }
    let found = rules_found(next);
    assert!(
        found.contains(&"idor-unscoped-lookup pages/api/notes/[id].ts:10".to_string()),
        "{found:?}"
    );
    assert!(
        !found.contains(&"idor-unscoped-lookup pages/api/notes/[id].ts:7".to_string()),
        "{found:?}"
    );
    assert!(
        found.contains(&"idor-unscoped-lookup pages/api/orders/[id].ts:5".to_string()),
        "{found:?}"
    );
    for not in [
        "app/actions/posts.ts",
        "endpoint-missing-rate-limit pages/api/auth/otp.ts",
    ] {
        assert!(
            !found
                .iter()
                .any(|f| f.contains(not) && !f.starts_with("dependency")),
            "{not}: {found:?}"
        );
    }
    // A branch that checks the code and answers before the limiter runs is unlimited.
    let early = rules_found_edited(
        next,
        "  const { success } = await requestLimiter.limit(clientIp(req));",
        "  if (req.query.verify) {\n    const snap = await db.collection('codes').doc(String(req.body.email)).get();\n    return res.json({ ok: snap.get('code') === req.body.code });\n  }\n  const { success } = await requestLimiter.limit(clientIp(req));",
    );
    assert!(
        early
            .iter()
            .any(|f| f.starts_with("endpoint-missing-rate-limit pages/api/auth/otp.ts")),
        "{early:?}"
    );
    let edited: Vec<(&str, String)> = next
        .iter()
        .map(|(p, t)| {
            (
                *p,
                t.replace(
                    "  const { success } = await requestLimiter.limit(clientIp(req));",
                    "  if (req.query.verify) {\n    const snap = await db.collection('codes').doc(String(req.body.email)).get();\n    return res.json({ ok: snap.exists });\n  }\n  const { success } = await requestLimiter.limit(clientIp(req));",
                ),
            )
        })
        .collect();
    let edited: Vec<(&str, &str)> = edited.iter().map(|(p, t)| (*p, t.as_str())).collect();
    let r = scan(&edited);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "endpoint-missing-rate-limit")
        .expect("rate-limit finding");
    assert!(
        f.message.contains("runs only after a branch"),
        "{}",
        f.message
    );
    // The same action comparing a field of nothing: rejected callers are not anonymous ones.
    let edited = rules_found_edited(
        next,
        "const role = (session?.user as { role?: string } | undefined)?.role;",
        "const role = postId.slice(0, 5);",
    );
    assert!(
        edited
            .iter()
            .any(|f| f.starts_with("endpoint-missing-auth app/actions/posts.ts")),
        "{edited:?}"
    );
}

/// A callable whose only field is compared strictly with the caller's uid before use needs no
/// schema; another field used unchecked still does.
#[test]
fn callable_field_pinned_to_the_callers_uid_is_not_unvalidated() {
    let files: &[(&str, &str)] = &[
        (
            "functions/package.json",
            r#"{"dependencies":{"firebase-functions":"^5.0.0","firebase-admin":"^12.0.0"}}"#,
        ),
        (
            "functions/src/admin.ts",
            "import { onCall, HttpsError } from 'firebase-functions/v2/https'\nimport { getAuth } from 'firebase-admin/auth'\nimport { getFirestore } from 'firebase-admin/firestore'\n\nexport const deleteUserAccount = onCall<{ uid: string }>(async (request) => {\n  if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in first')\n  if (request.auth.token.admin !== true && request.auth.uid !== request.data.uid) {\n    throw new HttpsError('permission-denied', 'Admins only')\n  }\n  await getAuth().deleteUser(request.data.uid)\n  await getFirestore().doc(`users/${request.data.uid}`).delete()\n  return { ok: true }\n})\n",
        ),
    ];
    let found = rules_found(files);
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("endpoint-missing-validation")),
        "{found:?}"
    );
    let edited = rules_found_edited(
        files,
        "await getFirestore().doc(`users/${request.data.uid}`).delete()",
        "await getFirestore().doc(`users/${request.data.uid}`).update({ note: request.data.note })",
    );
    assert!(
        edited
            .iter()
            .any(|f| f.starts_with("endpoint-missing-validation")),
        "{edited:?}"
    );
}

/// Peewee (`get_or_none`, `delete_by_id`) and Beanie (`Document.get`) lookups by a URL id.
#[test]
fn peewee_and_beanie_lookups_by_url_id() {
    let peewee: &[(&str, &str)] = &[
        (
            "requirements.txt",
            "flask==3.0.3\nflask-login==0.6.3\npeewee==3.17.0\n",
        ),
        (
            "app/views.py",
            "from flask import Blueprint, jsonify, abort\nfrom flask_login import login_required, current_user\nfrom .models import Note\n\nbp = Blueprint('notes', __name__)\n\n\n@bp.get('/notes/<int:note_id>')\n@login_required\ndef show(note_id):\n    note = Note.get_or_none(Note.id == note_id)\n    return jsonify(note.to_dict())\n\n\n@bp.delete('/notes/<int:note_id>')\n@login_required\ndef remove(note_id):\n    Note.delete_by_id(note_id)\n    return jsonify(ok=True)\n\n\n@bp.get('/mine/<int:note_id>')\n@login_required\ndef mine(note_id):\n    note = Note.get_or_none((Note.id == note_id) & (Note.owner == current_user.id))\n    return jsonify(note.to_dict())\n",
        ),
    ];
    let found = rules_found(peewee);
    for want in [
        "idor-unscoped-lookup app/views.py:11",
        "idor-unscoped-lookup app/views.py:18",
    ] {
        assert!(found.contains(&want.to_string()), "{want}: {found:?}");
    }
    assert!(
        !found.contains(&"idor-unscoped-lookup app/views.py:25".to_string()),
        "{found:?}"
    );

    let beanie: &[(&str, &str)] = &[
        ("requirements.txt", "fastapi==0.110.0\nbeanie==1.25.0\n"),
        (
            "app/routes.py",
            "from fastapi import APIRouter, Depends, HTTPException\nfrom .auth import current_user\nfrom .models import Conversation\n\nrouter = APIRouter(prefix='/conversations')\n\n\n@router.get('/{conversation_id}')\nasync def get_conversation(conversation_id: str, user=Depends(current_user)):\n    conv = await Conversation.get(conversation_id)\n    return conv\n\n\n@router.get('/{conversation_id}/mine')\nasync def mine(conversation_id: str, user=Depends(current_user)):\n    conv = await Conversation.get(conversation_id)\n    if conv.owner_id != user.id:\n        raise HTTPException(404)\n    return conv\n",
        ),
    ];
    let found = rules_found(beanie);
    assert!(
        found.contains(&"idor-unscoped-lookup app/routes.py:10".to_string()),
        "{found:?}"
    );
    assert!(
        !found.contains(&"idor-unscoped-lookup app/routes.py:16".to_string()),
        "{found:?}"
    );
}

/// fastapi-users' router factories expand into the library's routes under their mount prefix.
#[test]
fn fastapi_users_generated_routers_are_in_the_table() {
    let files: &[(&str, &str)] = &[
        (
            "requirements.txt",
            "fastapi==0.110.0\nfastapi-users==13.0.0\n",
        ),
        (
            "main.py",
            "from fastapi import FastAPI\nfrom fastapi_users import FastAPIUsers\nfrom users import auth_backend, get_user_manager, UserRead, UserCreate, UserUpdate\n\nfastapi_users = FastAPIUsers(get_user_manager, [auth_backend])\n\napp = FastAPI()\napp.include_router(fastapi_users.get_auth_router(auth_backend), prefix=\"/auth/jwt\")\napp.include_router(fastapi_users.get_register_router(UserRead, UserCreate), prefix=\"/auth\")\napp.include_router(fastapi_users.get_reset_password_router(), prefix=\"/auth\")\napp.include_router(fastapi_users.get_users_router(UserRead, UserUpdate), prefix=\"/users\")\n",
        ),
    ];
    let t = table(files);
    for want in [
        "main.py:8 POST /auth/jwt/login --- route",
        "main.py:8 POST /auth/jwt/logout A-- route",
        "main.py:9 POST /auth/register --- route",
        "main.py:10 POST /auth/forgot-password --- route",
        "main.py:10 POST /auth/reset-password --- route",
        "main.py:11 DELETE /users/{id} A-- route",
        "main.py:11 GET /users/me A-- route",
    ] {
        assert!(t.contains(&want.to_string()), "{want}: {t:?}");
    }
    let found = rules_found(files);
    for want in [
        "endpoint-missing-rate-limit main.py:8",
        "endpoint-missing-rate-limit main.py:10",
    ] {
        assert!(found.contains(&want.to_string()), "{want}: {found:?}");
    }
    // The library's own routes are not reported as unauthenticated or unvalidated.
    assert!(
        !found.iter().any(|f| f.starts_with("endpoint-missing-auth")
            || f.starts_with("endpoint-missing-validation")
            || f.starts_with("admin-route")),
        "{found:?}"
    );
}

/// Third-party urlconfs included by name: dj-rest-auth's login and reset routes exist (and need
/// a throttle); allauth limits its own forms.
#[test]
fn django_library_urlconfs_are_endpoints() {
    let files: &[(&str, &str)] = &[
        (
            "requirements.txt",
            "django==5.0.6\ndjangorestframework==3.15.1\ndj-rest-auth==6.0.0\ndjango-allauth==0.63.0\n",
        ),
        (
            "site/settings.py",
            "ROOT_URLCONF = \"site.urls\"\nINSTALLED_APPS = [\"rest_framework\", \"dj_rest_auth\", \"allauth\"]\nREST_FRAMEWORK = {\"DEFAULT_THROTTLE_RATES\": {\"anon\": \"10/min\"}}\n",
        ),
        (
            "site/urls.py",
            "from django.urls import include, path\n\nurlpatterns = [\n    path(\"api/auth/\", include(\"dj_rest_auth.urls\")),\n    path(\"accounts/\", include(\"allauth.urls\")),\n]\n",
        ),
    ];
    let t = table(files);
    for want in [
        "site/urls.py:4 POST /api/auth/login/ --- route",
        "site/urls.py:4 GET /api/auth/user/ A-- route",
        "site/urls.py:5 POST /accounts/login/ -R- route",
    ] {
        assert!(t.contains(&want.to_string()), "{want}: {t:?}");
    }
    let found = rules_found(files);
    assert!(
        found.contains(&"endpoint-missing-rate-limit site/urls.py:4".to_string()),
        "{found:?}"
    );
    assert!(
        !found.contains(&"endpoint-missing-rate-limit site/urls.py:5".to_string()),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|f| f.starts_with("endpoint-missing-auth")),
        "{found:?}"
    );
    // Throttle classes switched on by default cover the API package too.
    let throttled = rules_found_edited(
        files,
        "{\"DEFAULT_THROTTLE_RATES\"",
        "{\"DEFAULT_THROTTLE_CLASSES\": [\"rest_framework.throttling.AnonRateThrottle\"], \"DEFAULT_THROTTLE_RATES\"",
    );
    assert!(
        !throttled
            .iter()
            .any(|f| f.starts_with("endpoint-missing-rate-limit")),
        "{throttled:?}"
    );
    // Switching allauth's limits off is reported once, at the setting.
    let off = rules_found_edited(
        files,
        "INSTALLED_APPS",
        "ACCOUNT_RATE_LIMITS = False\nINSTALLED_APPS",
    );
    assert!(
        !off.contains(&"endpoint-missing-rate-limit site/urls.py:5".to_string()),
        "{off:?}"
    );
    assert!(
        off.iter()
            .any(|f| f.starts_with("allauth-login-throttle-disabled site/settings.py")),
        "{off:?}"
    );
}

/// A project mail helper that spreads its options into the mail API: the handler that passes
/// a recipient from the request is an open relay.
#[test]
fn mail_helper_spreading_options_is_an_open_relay() {
    let files: &[(&str, &str)] = &[
        (
            "package.json",
            r#"{"dependencies":{"next":"14.2.35","resend":"^3.0.0"}}"#,
        ),
        (
            "lib/mailer.ts",
            "import { Resend } from 'resend';\nexport const resend = new Resend(process.env.RESEND_API_KEY);\nexport async function sendRaw(opts: { to: string; subject: string; html: string }) {\n  return resend.emails.send({ from: 'App <a@app.dev>', ...opts });\n}\n",
        ),
        (
            "pages/api/contact.ts",
            "import { sendRaw } from '@/lib/mailer';\nexport default async function contact(req, res) {\n  const { to, name, message } = req.body;\n  await sendRaw({\n    to,\n    subject: `Message from ${name}`,\n    html: `<p>${message}</p>`,\n  });\n  res.json({ ok: true });\n}\n",
        ),
    ];
    let found = rules_found(files);
    assert!(
        found.contains(&"endpoint-missing-rate-limit pages/api/contact.ts:2".to_string()),
        "{found:?}"
    );
    // The team's own inbox is not a relay.
    let own = rules_found_edited(files, "    to,\n", "    to: 'support@app.dev',\n");
    assert!(
        !own.iter()
            .any(|f| f.starts_with("endpoint-missing-rate-limit pages/api/contact.ts")),
        "{own:?}"
    );
}

#[test]
fn fastify_plugins_prefixes_hooks_and_typed_routes() {
    let app = r#"import Fastify from 'fastify';
import limits from './plugins/limits';
import authRoutes from './routes/auth';
import projectRoutes from './routes/projects';
import adminRoutes from './routes/admin';

export async function buildApp() {
  const app = Fastify({ logger: true });
  await app.register(limits);
  await app.register(authRoutes, { prefix: '/api/auth' });
  await app.register(projectRoutes, { prefix: '/api/projects' });
  await app.register(adminRoutes, { prefix: '/api/admin' });
  await app.register(async (pub) => {
    pub.get('/health', async () => ({ ok: true }));
  }, { prefix: '/public' });
  return app;
}
"#;
    let limits = r#"import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';

export default fp(async (app) => {
  await app.register(rateLimit, { max: 100, timeWindow: '1 minute' });
});
"#;
    let auth = r#"import type { FastifyPluginAsync } from 'fastify';

const authRoutes: FastifyPluginAsync = async (app) => {
  app.post('/login', async (request, reply) => {
    const { email } = request.body as { email: string };
    const user = await app.prisma.user.findUnique({ where: { email } });
    return { token: await reply.jwtSign({ sub: user.id }, { expiresIn: '1h' }) };
  });
};

export default authRoutes;
"#;
    let projects = r#"import type { FastifyPluginAsync } from 'fastify';

const projectRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get<{ Params: { id: string } }>('/:id', async (request) => {
    return app.prisma.project.findFirst({ where: { id: request.params.id, ownerId: request.user.sub } });
  });

  app.delete<{ Params: { id: string } }>('/:id', async (request, reply) => {
    await app.prisma.project.deleteMany({ where: { id: request.params.id, ownerId: request.user.sub } });
    return reply.code(204).send();
  });
};

export default projectRoutes;
"#;
    let admin = r#"import type { FastifyPluginAsync } from 'fastify';

const adminRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get('/users', async () => app.prisma.user.findMany());
};

export default adminRoutes;
"#;
    let files = [
        ("src/app.ts", app),
        ("src/plugins/limits.ts", limits),
        ("src/routes/auth.ts", auth),
        ("src/routes/projects.ts", projects),
        ("src/routes/admin.ts", admin),
    ];
    let t = table(&files);
    let expect = [
        "src/app.ts:14 GET /public/health -R- route",
        "src/routes/admin.ts:6 GET /api/admin/users AR- route",
        "src/routes/auth.ts:4 POST /api/auth/login -R- route",
        "src/routes/projects.ts:6 GET /api/projects/:id AR- route",
        "src/routes/projects.ts:10 DELETE /api/projects/:id AR- route",
    ];
    for e in expect {
        assert!(t.iter().any(|r| r == e), "missing {e}: {t:#?}");
    }
    assert_eq!(t.len(), 5, "{t:#?}");
    // The admin module only signs callers in: its routes need a role check.
    let found = rules_found(&files);
    assert!(
        found
            .iter()
            .any(|f| f == "admin-route-missing-role-check src/routes/admin.ts:6"),
        "{found:#?}"
    );
    assert!(
        !found.iter().any(|f| f.starts_with("endpoint-missing-auth")),
        "{found:#?}"
    );
    // Without the hook the project routes are anonymous; with `global: false` nothing is limited
    // unless a route opts in.
    let t = table(&[
        ("src/app.ts", app),
        ("src/plugins/limits.ts", &limits.replace("max: 100", "global: false, max: 100")),
        ("src/routes/auth.ts", &auth.replace(
            "app.post('/login', async",
            "app.post('/login', { config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async",
        )),
        ("src/routes/projects.ts", projects),
        ("src/routes/admin.ts", &admin.replace("  app.addHook('onRequest', app.authenticate);\n", "")),
    ]);
    assert!(
        t.contains(&"src/routes/auth.ts:4 POST /api/auth/login -R- route".to_string()),
        "{t:#?}"
    );
    assert!(
        t.contains(&"src/routes/projects.ts:10 DELETE /api/projects/:id A-- route".to_string()),
        "{t:#?}"
    );
    assert!(
        t.contains(&"src/routes/admin.ts:5 GET /api/admin/users --- route".to_string()),
        "{t:#?}"
    );
}

#[test]
fn fastify_autoload_mounts_each_folder_under_its_path() {
    let app = r#"import Fastify from 'fastify';
import AutoLoad from '@fastify/autoload';
import path from 'node:path';

const app = Fastify();
app.register(AutoLoad, { dir: path.join(__dirname, 'routes') });
export default app;
"#;
    let users = r#"export default async function (fastify) {
  fastify.get('/:id', async (request) => fastify.db.user.findUnique({ where: { id: request.params.id } }));
}
"#;
    let root = r#"module.exports = async function (fastify, opts) {
  fastify.get('/', async () => ({ hello: 'world' }));
};
"#;
    let t = table(&[
        ("src/app.ts", app),
        ("src/routes/users/index.ts", users),
        ("src/routes/root.js", root),
    ]);
    assert!(
        t.contains(&"src/routes/users/index.ts:2 GET /users/:id --- route".to_string()),
        "{t:#?}"
    );
    assert!(
        t.contains(&"src/routes/root.js:2 GET / --- route".to_string()),
        "{t:#?}"
    );
    assert_eq!(t.len(), 2, "{t:#?}");
}

#[test]
fn trpc_admin_base_is_judged_by_its_middleware_not_its_name() {
    let trpc = r#"import { initTRPC, TRPCError } from "@trpc/server";
const t = initTRPC.context<Ctx>().create();
export const createTRPCRouter = t.router;
export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.session?.user) throw new TRPCError({ code: "UNAUTHORIZED" });
  return next({ ctx: { session: ctx.session } });
});
export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  return next({ ctx: { ...ctx, isAdmin: true } });
});
"#;
    let router = r#"import { z } from "zod";
import { createTRPCRouter, adminProcedure } from "../trpc";
export const adminRouter = createTRPCRouter({
  setRole: adminProcedure
    .input(z.object({ userId: z.string(), role: z.enum(["USER", "ADMIN"]) }))
    .mutation(({ ctx, input }) => ctx.prisma.user.update({ where: { id: input.userId }, data: { role: input.role } })),
});
"#;
    let root = r#"import { createTRPCRouter } from "./trpc";
import { adminRouter } from "./routers/admin";
export const appRouter = createTRPCRouter({ admin: adminRouter });
"#;
    let files = [
        ("src/server/api/trpc.ts", trpc),
        ("src/server/api/routers/admin.ts", router),
        ("src/server/api/root.ts", root),
    ];
    let found = rules_found(&files);
    assert!(
        found
            .iter()
            .any(|f| f == "admin-route-missing-role-check src/server/api/routers/admin.ts:4"),
        "{found:#?}"
    );
    // The same base with a role check in its middleware.
    let found = rules_found_edited(
        &files,
        "  return next({ ctx: { ...ctx, isAdmin: true } });",
        "  if (ctx.session.user.role !== \"ADMIN\") throw new TRPCError({ code: \"FORBIDDEN\" });\n  return next({ ctx });",
    );
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("admin-route-missing-role-check")),
        "{found:#?}"
    );
}

#[test]
fn flask_sqlalchemy3_reads_and_signed_in_bouncers() {
    let app = r#"from flask import Flask, jsonify, redirect, render_template, url_for
from flask_login import LoginManager, current_user, login_required
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)
LoginManager(app)


@app.get("/api/notes/<int:note_id>")
def get_note(note_id):
    note = db.get_or_404(Note, note_id)
    return jsonify(id=note.id, body=note.body)


@app.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("index"))
    return render_template("login.html")


@app.get("/settings")
def settings():
    if not current_user.is_authenticated:
        return redirect(url_for("login"))
    return render_template("settings.html")
"#;
    let t = table(&[("app.py", app)]);
    assert!(
        t.contains(&"app.py:10 GET /api/notes/<int:note_id> --- route".to_string()),
        "{t:#?}"
    );
    assert!(
        t.contains(&"app.py:16 POST /login --- route".to_string()),
        "{t:#?}"
    );
    assert!(
        t.contains(&"app.py:23 GET /settings A-- route".to_string()),
        "{t:#?}"
    );
    let found = rules_found(&[("app.py", app)]);
    assert!(
        found.iter().any(|f| f == "endpoint-missing-auth app.py:10"),
        "{found:#?}"
    );
}

#[test]
fn sending_a_test_webhook_is_not_receiving_one() {
    let server = r#"const express = require("express");
const app = express();
app.use(express.json());

app.post("/api/integrations/test-webhook", async (req, res) => {
  const r = await fetch("https://hooks.zapier.com/x", { method: "POST", body: JSON.stringify({ ping: true }) });
  res.json({ status: r.status });
});

app.post("/api/webhooks/stripe", async (req, res) => {
  await db.query("UPDATE orders SET paid = true WHERE id = $1", [req.body.data.object.id]);
  res.json({ received: true });
});
app.listen(3000);
"#;
    let found = rules_found(&[("server.js", server)]);
    assert!(
        found
            .iter()
            .any(|f| f == "webhook-signature-not-verified server.js:10"),
        "{found:#?}"
    );
    assert!(
        !found
            .iter()
            .any(|f| f == "webhook-signature-not-verified server.js:5"),
        "{found:#?}"
    );
}

#[test]
fn a_public_profile_projection_needs_no_sign_in() {
    let models = "import { Schema, model } from 'mongoose';\nexport const User = model('User', new Schema({ username: String, email: String, passwordHash: String, bio: String, avatarUrl: String }));\n";
    let controller = r#"import { Request, Response } from 'express';
import { User } from './models';

export async function getProfile(req: Request, res: Response) {
  const user = await User.findById(req.params.id).select('username avatarUrl bio');
  if (!user) return res.status(404).json({ error: 'Not found' });
  res.json(user);
}
"#;
    let routes = "import { Router } from 'express';\nimport * as users from './user.controller';\nconst router = Router();\nrouter.get('/users/:id', users.getProfile);\nexport default router;\n";
    let files = [
        ("src/models.ts", models),
        ("src/user.controller.ts", controller),
        ("src/routes.ts", routes),
        (
            "src/auth.ts",
            "export const requireAuth = (req, res, next) => req.user ? next() : res.status(401).end();\n",
        ),
    ];
    let found = rules_found(&files);
    assert!(
        !found.iter().any(|f| f.starts_with("endpoint-missing-auth")),
        "{found:#?}"
    );
    // The same card with the e-mail in it is private data.
    let found = rules_found_edited(&files, "'username avatarUrl bio'", "'username email bio'");
    assert!(
        found
            .iter()
            .any(|f| f == "endpoint-missing-auth src/routes.ts:4"),
        "{found:#?}"
    );
}

#[test]
fn fastapi_routers_mounted_in_a_loop_over_a_named_tuple_keep_the_prefix() {
    let main = r#"from fastapi import FastAPI

from routers import invoices, projects

app = FastAPI()

ROUTERS = (
    projects.router,
    invoices.router,
)
for r in ROUTERS:
    app.include_router(r, prefix="/api")
"#;
    let projects = "from fastapi import APIRouter\nrouter = APIRouter(prefix=\"/projects\")\n\n@router.get(\"\")\nasync def list_projects():\n    return []\n";
    let invoices = "from fastapi import APIRouter\nrouter = APIRouter(prefix=\"/invoices\")\n\n@router.get(\"\")\nasync def list_invoices():\n    return []\n";
    let t = table(&[
        ("main.py", main),
        ("routers/__init__.py", ""),
        ("routers/projects.py", projects),
        ("routers/invoices.py", invoices),
    ]);
    assert!(t.iter().any(|r| r.contains("GET /api/projects ")), "{t:#?}");
    assert!(t.iter().any(|r| r.contains("GET /api/invoices ")), "{t:#?}");
}

#[test]
fn mongoose_schema_validators_validate_a_create() {
    let models = r#"import { Schema, model, Types } from 'mongoose';

const roomSchema = new Schema({
  name: { type: String, required: true, maxlength: 80 },
  topic: { type: String, maxlength: 300 },
  owner: { type: Types.ObjectId, required: true },
});
export const Room = model('Room', roomSchema);
"#;
    let controller = r#"import { Request, Response } from 'express';
import { Room } from './models';

export async function create(req: Request, res: Response) {
  const { name, topic } = req.body;
  const room = await Room.create({ name, topic, owner: (req.user as any)._id });
  res.status(201).json(room);
}
"#;
    let routes = "import express, { Router } from 'express';\nimport { requireAuth } from './auth';\nimport * as rooms from './room.controller';\nconst router = Router();\nrouter.use(express.json());\nrouter.use(requireAuth);\nrouter.post('/rooms', rooms.create);\nexport default router;\n";
    let auth = "export function requireAuth(req, res, next) {\n  if (req.isAuthenticated && req.isAuthenticated()) return next();\n  return res.status(401).json({ error: 'Not authenticated' });\n}\n";
    let files = [
        ("src/models.ts", models),
        ("src/room.controller.ts", controller),
        ("src/routes.ts", routes),
        ("src/auth.ts", auth),
    ];
    let t = table(&files);
    assert!(
        t.contains(&"src/routes.ts:7 POST /rooms A-V route".to_string()),
        "{t:#?}"
    );
    // Without validators in the schema the fields go in as sent.
    let found = rules_found_edited(
        &files,
        "  name: { type: String, required: true, maxlength: 80 },\n  topic: { type: String, maxlength: 300 },",
        "  name: String,\n  topic: String,",
    );
    assert!(
        found
            .iter()
            .any(|f| f == "endpoint-missing-validation src/routes.ts:7"),
        "{found:#?}"
    );
    // An update runs the validators only when asked to.
    let update = |opts: &str| {
        controller.replace(
            "const room = await Room.create({ name, topic, owner: (req.user as any)._id });",
            &format!("const room = await Room.findOneAndUpdate({{ _id: req.params.id, owner: (req.user as any)._id }}, {{ name, topic }}, {opts});"),
        )
    };
    let with = update("{ new: true, runValidators: true }");
    let t = table(&[
        files[0],
        ("src/room.controller.ts", &with),
        files[2],
        files[3],
    ]);
    assert!(
        t.contains(&"src/routes.ts:7 POST /rooms A-V route".to_string()),
        "{t:#?}"
    );
    let without = update("{ new: true }");
    let t = table(&[
        files[0],
        ("src/room.controller.ts", &without),
        files[2],
        files[3],
    ]);
    assert!(
        t.contains(&"src/routes.ts:7 POST /rooms A-- route".to_string()),
        "{t:#?}"
    );
}

#[test]
fn django_user_passes_test_is_a_login_guard_and_a_role_check_when_its_test_checks_one() {
    let utils = "def is_staff(user):\n    return user.is_authenticated and user.is_staff\n\n\ndef is_active(user):\n    return user.is_active\n";
    let views = r#"from django.contrib.auth.decorators import login_required, user_passes_test
from django.shortcuts import render
from .models import Booking
from .utils import is_active, is_staff


@user_passes_test(is_staff)
def staff_all_bookings(request):
    return render(request, "list.html", {"bookings": Booking.objects.all()})


@user_passes_test(lambda u: u.is_superuser)
def staff_export(request):
    return render(request, "list.html", {"bookings": Booking.objects.all()})


@user_passes_test(is_active)
def staff_overview(request):
    return render(request, "list.html", {"bookings": Booking.objects.all()})
"#;
    let urls = "from django.urls import path\nfrom . import views\n\nurlpatterns = [\n    path(\"staff/bookings/\", views.staff_all_bookings),\n    path(\"staff/export/\", views.staff_export),\n    path(\"staff/overview/\", views.staff_overview),\n]\n";
    let files: &[(&str, &str)] = &[
        ("requirements.txt", "django==5.1.4\n"),
        ("bookings/utils.py", utils),
        ("bookings/views.py", views),
        ("bookings/urls.py", urls),
    ];
    assert_eq!(
        table(files),
        vec![
            "bookings/views.py:8 ALL /staff/bookings/ A-- route",
            "bookings/views.py:13 ALL /staff/export/ A-- route",
            "bookings/views.py:18 ALL /staff/overview/ A-- route",
        ]
    );
    let found = rules_found(files);
    assert!(
        !found.iter().any(|f| f.starts_with("endpoint-missing-auth")),
        "{found:?}"
    );
    // Only the test that checks no role leaves the staff area open to every signed-in user.
    let roles: Vec<&String> = found
        .iter()
        .filter(|f| f.starts_with("admin-route-missing-role-check"))
        .collect();
    assert_eq!(
        roles,
        vec!["admin-route-missing-role-check bookings/views.py:18"],
        "{found:?}"
    );
}

#[test]
fn flask_setattr_over_an_allowlist_is_no_mass_assignment() {
    let app = r#"from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required
from .models import Contact, db

bp = Blueprint("contacts", __name__)
EDITABLE_FIELDS = {"name", "email", "company", "notes"}


@bp.route("/contacts/<int:cid>", methods=["PATCH"])
@login_required
def update_contact(cid):
    contact = Contact.query.filter_by(id=cid, owner_id=current_user.id).first_or_404()
    data = request.get_json() or {}
    for key in EDITABLE_FIELDS & data.keys():
        setattr(contact, key, data[key])
    db.session.commit()
    return jsonify(id=contact.id)


@bp.route("/notes/<int:nid>", methods=["PATCH"])
@login_required
def update_note(nid):
    note = Contact.query.filter_by(id=nid, owner_id=current_user.id).first_or_404()
    data = request.get_json() or {}
    for key, value in data.items():
        setattr(note, key, value)
    db.session.commit()
    return jsonify(id=note.id)
"#;
    let files: &[(&str, &str)] = &[
        ("requirements.txt", "flask==3.1.0\nflask-login==0.6.3\n"),
        ("app/contacts.py", app),
    ];
    let report = scan(files);
    let mass: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.message.contains("mass assignment") || f.rule.contains("mass-assignment"))
        .map(|f| format!("{}:{}", f.rule, f.line.unwrap_or(0)))
        .collect();
    // Only the loop over every key the client sent (line 25); the allowlisted loop is fine.
    assert_eq!(mass, vec!["py-mass-assignment-request-data:25"], "{mass:?}");
}

#[test]
fn a_cursor_helper_that_commits_only_when_asked_is_a_read_unless_asked() {
    let db = r#"from contextlib import contextmanager
from psycopg2.pool import SimpleConnectionPool

pool = SimpleConnectionPool(1, 10, dsn="")


@contextmanager
def get_cursor(commit: bool = False):
    conn = pool.getconn()
    try:
        with conn.cursor() as cur:
            yield cur
        if commit:
            conn.commit()
    finally:
        pool.putconn(conn)
"#;
    let routes = r#"from flask import Blueprint, jsonify, request
from ..db import get_cursor

bp = Blueprint("listings", __name__, url_prefix="/api/listings")


@bp.get("/")
def browse():
    with get_cursor() as cur:
        cur.execute("SELECT id, title, price FROM listings WHERE category = %s", (request.args.get("category"),))
        return jsonify(cur.fetchall())


@bp.post("/<int:listing_id>/flag")
def flag(listing_id):
    with get_cursor(commit=True) as cur:
        cur.execute("UPDATE listings SET flagged = true WHERE id = %s", (listing_id,))
    return jsonify(ok=True)
"#;
    let files: &[(&str, &str)] = &[
        (
            "requirements.txt",
            "flask==3.1.0\npsycopg2-binary==2.9.10\n",
        ),
        ("shop/db.py", db),
        ("shop/routes/listings.py", routes),
    ];
    let found = rules_found(files);
    let auth: Vec<&String> = found
        .iter()
        .filter(|f| f.starts_with("endpoint-missing-auth"))
        .collect();
    // The public catalogue read is fine; the anonymous write is not.
    assert_eq!(
        auth,
        vec!["endpoint-missing-auth shop/routes/listings.py:14"],
        "{found:?}"
    );
}

#[test]
fn hosted_sign_in_needs_no_project_rate_limiter_but_a_login_route_does() {
    let files = [
        (
            "package.json",
            r#"{ "dependencies": { "next": "15.2.4", "@clerk/nextjs": "6.12.0", "@prisma/client": "6.5.0" } }"#,
        ),
        (
            "middleware.ts",
            "import { clerkMiddleware } from '@clerk/nextjs/server';\nexport default clerkMiddleware();\nexport const config = { matcher: ['/((?!_next).*)'] };\n",
        ),
        (
            "app/api/deals/route.ts",
            "import { auth } from '@clerk/nextjs/server';\nimport { db } from '@/lib/db';\n\nexport async function GET() {\n  const { userId, orgId } = await auth();\n  if (!userId || !orgId) return new Response('Unauthorized', { status: 401 });\n  return Response.json(await db.deal.findMany({ where: { orgId } }));\n}\n",
        ),
    ];
    let found = rules_found(&files);
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("project-missing-rate-limit")),
        "{found:?}"
    );
    // The same app with its own password sign-in route wants a limiter.
    let mut with_login = files.to_vec();
    with_login.push((
        "app/api/login/route.ts",
        "import bcrypt from 'bcryptjs';\nimport { db } from '@/lib/db';\n\nexport async function POST(req: Request) {\n  const { email, password } = await req.json();\n  const user = await db.user.findUnique({ where: { email } });\n  if (!user || !(await bcrypt.compare(password, user.passwordHash))) return new Response('no', { status: 401 });\n  return Response.json({ ok: true });\n}\n",
    ));
    let found = rules_found(&with_login);
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("project-missing-rate-limit")),
        "{found:?}"
    );
}

#[test]
fn a_body_spread_into_a_mongo_filter_is_a_read_and_a_body_update_is_mass_assignment() {
    let files = [
        (
            "package.json",
            r#"{ "dependencies": { "hono": "4.6.14", "mongoose": "8.9.0" } }"#,
        ),
        (
            "src/models.ts",
            "import mongoose from 'mongoose'\nexport const User = mongoose.model('User', new mongoose.Schema({ name: String, role: String }))\nexport const Message = mongoose.model('Message', new mongoose.Schema({ body: String, authorId: String }))\n",
        ),
        (
            "src/routes.ts",
            "import { Hono } from 'hono'\nimport { jwt } from 'hono/jwt'\nimport { Message, User } from './models'\n\nconst app = new Hono()\napp.use('*', jwt({ secret: process.env.JWT_SECRET! }))\n\napp.post('/messages/search', async (c) => {\n  const filter = await c.req.json()\n  const results = await Message.find({ ...filter, authorId: c.get('jwtPayload').sub })\n  return c.json(results)\n})\n\napp.patch('/me', async (c) => {\n  const updates = await c.req.json()\n  const user = await User.findByIdAndUpdate(c.get('jwtPayload').sub, updates, { new: true })\n  return c.json({ id: user?._id })\n})\n\nexport default app\n",
        ),
    ];
    let report = scan(&files);
    let mass: Vec<u32> = report
        .findings
        .iter()
        .filter(|f| f.message.contains("mass assignment"))
        .filter_map(|f| f.line)
        .collect();
    assert_eq!(
        mass,
        vec![14],
        "{:?}",
        report
            .findings
            .iter()
            .map(|f| (&f.rule, f.line))
            .collect::<Vec<_>>()
    );
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.rule == "mongodb-operator-injection" && f.line == Some(10)),
        "{:?}",
        report
            .findings
            .iter()
            .map(|f| (&f.rule, f.line))
            .collect::<Vec<_>>()
    );
}

#[test]
fn an_open_cron_route_that_mails_where_the_request_says_is_high() {
    let files = [
        (
            "package.json",
            r#"{ "dependencies": { "next": "15.2.4", "resend": "4.0.0", "@prisma/client": "6.5.0" } }"#,
        ),
        (
            "app/api/cron/digest/route.ts",
            "import { Resend } from 'resend';\nimport { db } from '@/lib/db';\nconst resend = new Resend(process.env.RESEND_API_KEY);\n\nexport async function POST(req: Request) {\n  const { email, orgId } = await req.json();\n  const contacts = await db.contact.findMany({ where: { orgId } });\n  await resend.emails.send({ from: 'digest@app.example', to: email, subject: 'Digest', html: contacts.map((c) => c.name).join(', ') });\n  return Response.json({ sent: true });\n}\n",
        ),
        (
            "app/api/cron/cleanup/route.ts",
            "import { db } from '@/lib/db';\n\nexport async function GET() {\n  const n = await db.session.count({ where: { expiresAt: { lt: new Date() } } });\n  return Response.json({ n });\n}\n",
        ),
    ];
    let report = scan(&files);
    let cron: Vec<(String, String)> = report
        .findings
        .iter()
        .filter(|f| f.rule == "cron-route-without-secret")
        .map(|f| {
            (
                f.file.clone().unwrap_or_default(),
                f.severity.as_str().to_string(),
            )
        })
        .collect();
    assert_eq!(
        cron,
        vec![
            (
                "app/api/cron/digest/route.ts".to_string(),
                "high".to_string()
            ),
            (
                "app/api/cron/cleanup/route.ts".to_string(),
                "medium".to_string()
            ),
        ],
        "{cron:?}"
    );
}
