// fixture-path: app/api/data/route.ts
export async function GET(request: Request) {
  const data = await load();
  return Response.json(data, {
    headers: {
      // ruleid: js-cors-reflected-origin-with-credentials-header
      "Access-Control-Allow-Origin": request.headers.get("origin") ?? "",
      "Access-Control-Allow-Credentials": "true",
    },
  });
}

export async function OPTIONS() {
  return new Response(null, {
    headers: {
      // ok: js-cors-reflected-origin-with-credentials-header
      "Access-Control-Allow-Origin": process.env.APP_ORIGIN!,
      "Access-Control-Allow-Credentials": "true",
    },
  });
}
