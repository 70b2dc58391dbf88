import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";

export const userRouter = createTRPCRouter({
  // ok: trpc-user-rows-with-secrets-returned (the client omits the secret columns globally)
  directory: protectedProcedure.query(({ ctx }) => ctx.prisma.user.findMany({ include: { posts: true } })),
});
