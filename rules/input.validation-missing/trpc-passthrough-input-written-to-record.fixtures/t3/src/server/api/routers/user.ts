import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";

const profileInput = z
  .object({ name: z.string().max(80).optional(), image: z.string().url().optional() })
  .passthrough();

export const userRouter = createTRPCRouter({
  // passthrough keeps unknown keys: { role: "ADMIN", plan: "pro" } reach Prisma
  updateProfile: protectedProcedure.input(profileInput).mutation(({ ctx, input }) =>
    // ruleid: trpc-passthrough-input-written-to-record
    ctx.prisma.user.update({ where: { id: ctx.session!.user.id }, data: input })
  ),
});
