import { z } from "zod";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc";

export const taskRouter = createTRPCRouter({
  // ok: endpoint-missing-auth
  create: protectedProcedure
    .input(z.object({ title: z.string().min(1) }))
    .mutation(({ ctx, input }) => ctx.db.task.create({ data: { title: input.title, ownerId: ctx.session.user.id } })),

  // ruleid: endpoint-missing-auth
  remove: publicProcedure
    .input(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => ctx.db.task.delete({ where: { id: input.id } })),

  // ok: endpoint-missing-auth
  ping: publicProcedure.query(() => "pong"),
});
