import { z } from "zod";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "~/server/api/trpc";
import { User } from "~/server/models/user";

export const userRouter = createTRPCRouter({
  // signed-in only, but returns every column of every user: passwordHash, resetToken, email
  // ruleid: trpc-user-rows-with-secrets-returned
  directory: protectedProcedure.query(({ ctx }) => ctx.prisma.user.findMany({ include: { posts: true } })),

  search: publicProcedure.input(z.object({ q: z.string() })).query(async ({ ctx, input }) => {
    // ruleid: trpc-user-rows-with-secrets-returned
    return ctx.prisma.user.findMany({ where: { email: { contains: input.q } } });
  }),

  team: protectedProcedure.query(async ({ ctx }) => {
    // ruleid: trpc-user-rows-with-secrets-returned
    const users = await ctx.prisma.user.findMany({ orderBy: { createdAt: "desc" } });
    return { users, total: users.length };
  }),

  // ok: trpc-user-rows-with-secrets-returned (columns chosen)
  list: protectedProcedure.query(({ ctx }) => ctx.prisma.user.findMany({ select: { id: true, email: true } })),

  names: protectedProcedure.query(async ({ ctx }) => {
    // ok: trpc-user-rows-with-secrets-returned (mapped to a public shape)
    const users = await ctx.prisma.user.findMany();
    return users.map((u) => ({ id: u.id, email: u.email }));
  }),

  count: protectedProcedure.query(async ({ ctx }) => {
    // ok: trpc-user-rows-with-secrets-returned (only a count leaves)
    const users = await ctx.prisma.user.findMany();
    return { count: users.length };
  }),

  typed: protectedProcedure
    .output(z.array(z.object({ id: z.string(), email: z.string().nullable() })))
    // ok: trpc-user-rows-with-secrets-returned (the output schema strips the other columns)
    .query(({ ctx }) => ctx.prisma.user.findMany()),

  // ok: trpc-user-rows-with-secrets-returned (not the user model)
  posts: publicProcedure.query(({ ctx }) => ctx.prisma.post.findMany({ where: { published: true } })),
});

// A server-side helper, not a procedure.
export async function allUsersForExport(prisma: any) {
  // ok: trpc-user-rows-with-secrets-returned
  return prisma.user.findMany();
}

export const mongoRouter = createTRPCRouter({
  // ok: trpc-user-rows-with-secrets-returned (Mongoose projection chained after the query)
  people: protectedProcedure.query(() => User.find({ active: true }).select("name avatar").lean()),
  // ruleid: trpc-user-rows-with-secrets-returned
  everyone: protectedProcedure.query(() => User.find({}).sort({ createdAt: -1 }).lean()),
});
