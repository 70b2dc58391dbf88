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

  // A field that takes anything, written as is.
  // ruleid: endpoint-missing-validation
  patchProject: protectedProcedure
    .input(z.object({ id: z.string().uuid(), patch: z.record(z.any()) }))
    .mutation(async ({ ctx, input: { id, patch } }) => {
      return ctx.db.project.updateMany({ where: { id, ownerId: ctx.auth.userId! }, data: patch });
    }),

  // ok: endpoint-missing-validation
  rename: protectedProcedure
    .input(z.object({ name: z.string().min(1).max(80) }))
    .mutation(async ({ ctx, input }) => {
      return ctx.db.user.update({ where: { id: ctx.auth.userId! }, data: { name: input.name } });
    }),
});
