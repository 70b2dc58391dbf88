import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const userRouter = createTRPCRouter({
  // A schema that takes anything validates nothing: `role`, `credits` go straight in.
  // ruleid: endpoint-missing-validation
  updateProfile: protectedProcedure
    .input(z.record(z.any()))
    .mutation(async ({ ctx, input }) => {
      return ctx.db.user.update({ where: { id: ctx.auth.userId! }, data: { ...input } });
    }),

  // ok: endpoint-missing-validation
  rename: protectedProcedure
    .input(z.object({ name: z.string().min(1).max(80) }))
    .mutation(async ({ ctx, input }) => {
      return ctx.db.user.update({ where: { id: ctx.auth.userId! }, data: { name: input.name } });
    }),
});
