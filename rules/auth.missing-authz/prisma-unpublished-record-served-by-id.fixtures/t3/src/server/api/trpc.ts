import { initTRPC, TRPCError } from "@trpc/server";
import { type Session } from "next-auth";
import { PrismaClient } from "@prisma/client";

export const prisma = new PrismaClient();
type Ctx = { session: (Session & { user: { id: string } }) | null; prisma: PrismaClient };
const t = initTRPC.context<Ctx>().create();

export const createTRPCRouter = t.router;
export const publicProcedure = t.procedure;
export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.session?.user) throw new TRPCError({ code: "UNAUTHORIZED" });
  return next({ ctx: { session: ctx.session } });
});
