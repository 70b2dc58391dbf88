// fixture-path: app/api/register/route.ts
import { PrismaClient } from "@prisma/client";
const prisma = new PrismaClient();

export async function POST(request: Request) {
  const { email, password } = await request.json();
  // ruleid: js-password-stored-plaintext
  const user = await prisma.user.create({ data: { email, password } });
  return Response.json({ id: user.id });
}

export async function PUT(request: Request) {
  const body = await request.json();
  // ruleid: js-password-stored-plaintext
  await supabase.from("users").insert({ email: body.email, password: body.password });
  // ok: js-password-stored-plaintext
  await supabase.auth.signUp({ email: body.email, password: body.password });
  return new Response(null, { status: 204 });
}
