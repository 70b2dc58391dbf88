import { NextRequest, NextResponse } from "next/server";

import { getCurrentUser } from "@/lib/auth";
import { adminDb } from "@/lib/firebase-admin";

const PUBLIC_COLLECTIONS = new Set(["changelog", "docs"]);

export async function GET(req: NextRequest) {
  const name = req.nextUrl.searchParams.get("c") ?? "docs";
  if (!PUBLIC_COLLECTIONS.has(name)) return NextResponse.json({ error: "bad request" }, { status: 400 });
  // ok: firestore-admin-collection-from-request-data
  const snap = await adminDb.collection(name).limit(20).get();
  return NextResponse.json(snap.docs.map((d) => d.data()));
}

export async function POST(req: NextRequest) {
  const user = await getCurrentUser();
  const { projectId } = await req.json();
  // ok: firestore-admin-collection-from-request-data
  const notes = await adminDb.collection(`users/${user.uid}/notes`).where("projectId", "==", projectId).get();
  // ok: firestore-admin-collection-from-request-data
  const projects = await adminDb.collection("projects").doc(String(projectId)).get();
  return NextResponse.json({ notes: notes.size, project: projects.data() });
}
