import { notFound } from "next/navigation";
import { prisma } from "~/server/api/trpc";

export default async function ArticlePage({ params }: { params: { id: string } }) {
  // An article's `status` enum is not read as a publish flag (invoices have DRAFT too).
  // ok: prisma-unpublished-record-served-by-id
  const article = await prisma.article.findUnique({ where: { id: Number(params.id) } });
  if (!article) notFound();
  return <h1>{article.title}</h1>;
}

export async function ArticleOk({ params }: { params: { id: string } }) {
  // ok: prisma-unpublished-record-served-by-id
  const article = await prisma.article.findFirst({ where: { id: Number(params.id), status: "PUBLISHED" } });
  if (!article) notFound();
  return <h1>{article.title}</h1>;
}
