import { z } from "zod";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "~/server/api/trpc";

export const postRouter = createTRPCRouter({
  byId: protectedProcedure.input(z.object({ id: z.string() })).query(({ ctx, input }) =>
    // ruleid: prisma-unpublished-record-served-by-id
    ctx.prisma.post.findUnique({ where: { id: input.id }, include: { author: true } })
  ),

  publicById: publicProcedure
    .input(z.object({ id: z.string() }))
    .query(async ({ ctx, input }) => {
      // ruleid: prisma-unpublished-record-served-by-id
      const post = await ctx.db.post.findFirst({ where: { id: input.id } });
      return post;
    }),

  mine: protectedProcedure.input(z.object({ id: z.string() })).query(({ ctx, input }) =>
    // ok: prisma-unpublished-record-served-by-id
    ctx.prisma.post.findFirst({ where: { id: input.id, authorId: ctx.session.user.id } })
  ),

  live: publicProcedure.input(z.object({ id: z.string() })).query(({ ctx, input }) =>
    // ok: prisma-unpublished-record-served-by-id
    ctx.prisma.post.findFirst({ where: { id: input.id, published: true } })
  ),

  rename: protectedProcedure
    .input(z.object({ id: z.string(), title: z.string() }))
    .mutation(async ({ ctx, input }) => {
      // ok: prisma-unpublished-record-served-by-id
      const post = await ctx.prisma.post.findUnique({ where: { id: input.id } });
      if (!post) throw new Error("not found");
      return ctx.prisma.post.updateMany({ where: { id: post.id, authorId: ctx.session.user.id }, data: { title: input.title } });
    }),

  tag: publicProcedure.input(z.object({ id: z.string() })).query(({ ctx, input }) =>
    // ok: prisma-unpublished-record-served-by-id
    ctx.prisma.tag.findUnique({ where: { id: input.id } })
  ),
});
