import { NextResponse } from "next/server";
import jwt from "jsonwebtoken";
import { supabaseAdmin } from "@/lib/supabase";

const JWT_SECRET = process.env.JWT_SECRET || "supersecret123";

export async function POST(req: Request) {
  const { email, password } = await req.json();

  const { data: user, error } = await supabaseAdmin
    .from("users")
    .select("*")
    .eq("email", email)
    .eq("password", password)
    .single();

  if (error || !user) {
    return NextResponse.json({ error: error?.message ?? "Invalid login" }, { status: 401 });
  }

  const token = jwt.sign({ sub: user.id, email: user.email, role: user.role }, JWT_SECRET);

  const res = NextResponse.json({ token, user });
  res.headers.set("Access-Control-Allow-Origin", "*");
  return res;
}
