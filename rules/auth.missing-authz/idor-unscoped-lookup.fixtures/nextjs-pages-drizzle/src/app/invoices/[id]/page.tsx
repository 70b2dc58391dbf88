import { notFound, redirect } from "next/navigation";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { invoices } from "@/db/schema";
import { getSession } from "@/lib/auth";

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await getSession();
  if (!session) redirect("/login");
  // ruleid: idor-unscoped-lookup
  const invoice = await db.query.invoices.findFirst({ where: eq(invoices.id, Number(id)) });
  if (!invoice) notFound();
  return <h1>{invoice.clientName}</h1>;
}
