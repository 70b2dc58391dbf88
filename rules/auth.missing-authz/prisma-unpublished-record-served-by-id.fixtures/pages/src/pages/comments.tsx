import type { GetServerSideProps } from "next";
import { prisma } from "../lib/db";

// Comment has no publish flag: nothing to hide by id.
export const getServerSideProps: GetServerSideProps = async ({ params }) => {
  // ok: prisma-unpublished-record-served-by-id
  const comment = await prisma.comment.findUnique({ where: { id: String(params?.id) } });
  if (!comment) return { notFound: true };
  return { props: { comment } };
};

export default function Page() {
  return null;
}
