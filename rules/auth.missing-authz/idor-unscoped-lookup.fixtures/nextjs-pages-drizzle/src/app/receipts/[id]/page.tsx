import { notFound, redirect } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { receipts } from "@/db/schema";
import { getSession } from "@/lib/auth";

export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await getSession();
  if (!session) redirect("/login");
  // ok: idor-unscoped-lookup
  const receipt = await db.query.receipts.findFirst({ where: and(eq(receipts.id, Number(id)), eq(receipts.ownerId, session.userId)) });
  if (!receipt) notFound();
  return <h1>{receipt.total}</h1>;
}
