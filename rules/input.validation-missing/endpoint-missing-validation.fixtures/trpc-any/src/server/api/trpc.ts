import { initTRPC, TRPCError } from "@trpc/server";
const t = initTRPC.context<{ auth: { userId: string | null }; db: any }>().create();
export const createTRPCRouter = t.router;
export const publicProcedure = t.procedure;
export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.auth.userId) throw new TRPCError({ code: "UNAUTHORIZED" });
  return next({ ctx });
});
