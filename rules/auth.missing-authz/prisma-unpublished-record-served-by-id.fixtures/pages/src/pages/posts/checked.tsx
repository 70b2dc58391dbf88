import type { GetServerSideProps } from "next";
import { prisma } from "../../lib/db";

export const getServerSideProps: GetServerSideProps = async ({ params }) => {
  // ok: prisma-unpublished-record-served-by-id
  const post = await prisma.post.findUnique({ where: { id: String(params?.id) } });
  if (!post || !post.published) return { notFound: true };
  return { props: { post } };
};

export default function Page() {
  return null;
}
