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
