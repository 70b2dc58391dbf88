import type { GetServerSideProps } from "next";
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

type Props = { post: { title: string; content: string } };

export const getServerSideProps: GetServerSideProps<Props> = async ({ params }) => {
  // ruleid: prisma-unpublished-record-served-by-id
  const post = await prisma.post.findUnique({ where: { id: String(params?.id) } });
  if (!post) return { notFound: true };
  return { props: { post: { title: post.title, content: post.content } } };
};

export default function PostPage({ post }: Props) {
  return (
    <article>
      <h1>{post.title}</h1>
      <p>{post.content}</p>
    </article>
  );
}
