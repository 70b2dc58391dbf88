// fixture-path: app/api/login/route.ts
export async function POST(request: Request) {
  const { token } = await authenticate(await request.json());
  // ruleid: js-auth-cookie-without-httponly
  const headers = { "Set-Cookie": `access_token=${token}; Path=/; Secure; SameSite=Strict` };
  // ok: js-auth-cookie-without-httponly
  const safe = { "Set-Cookie": `access_token=${token}; Path=/; HttpOnly; Secure; SameSite=Strict` };
  const res = new Response(JSON.stringify({ ok: true }), { headers });
  // ruleid: js-auth-cookie-without-httponly
  res.headers.append("Set-Cookie", `sid=${token}; Path=/`);
  // ok: js-auth-cookie-without-httponly (a CSRF double-submit cookie is meant to be readable)
  res.headers.append("Set-Cookie", `csrf_token=${crypto.randomUUID()}; Path=/; Secure`);
  return new Response(JSON.stringify({ ok: true }), {
    status: 200,
    headers: {
      "Content-Type": "application/json",
      // ok: js-auth-cookie-without-httponly
      "Set-Cookie": `session=${token}; Path=/; HttpOnly; Secure; SameSite=Lax`,
    },
  });
}
