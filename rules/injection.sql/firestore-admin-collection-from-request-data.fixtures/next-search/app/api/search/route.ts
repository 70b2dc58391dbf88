import { NextRequest, NextResponse } from "next/server";

import { getCurrentUser } from "@/lib/auth";
import { adminDb } from "@/lib/firebase-admin";

export async function GET(req: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });

  const { searchParams } = req.nextUrl;
  const collection = searchParams.get("in") ?? "projects";
  const field = searchParams.get("field") ?? "title";
  const term = searchParams.get("q") ?? "";

  const snap = await adminDb
    // ruleid: firestore-admin-collection-from-request-data
    .collection(collection)
    .where(field, ">=", term)
    .where(field, "<=", term + "\uf8ff")
    .limit(20)
    .get();

  return NextResponse.json(snap.docs.map((d) => ({ id: d.id, ...d.data() })));
}
