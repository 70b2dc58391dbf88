import { z } from "zod";
import { TRPCError } from "@trpc/server";
import { createTRPCRouter, protectedProcedure } from "../trpc";

async function loadInvoice(db: any, invoiceId: string) {
  const invoice = await db.invoice.findUnique({ where: { id: invoiceId } });
  if (!invoice) throw new TRPCError({ code: "NOT_FOUND" });
  return invoice;
}

export const invoiceRouter = createTRPCRouter({
  byId: protectedProcedure
    .input(z.object({ invoiceId: z.string() }))
    .query(async ({ ctx, input: { invoiceId } }) => {
      // ruleid: idor-unscoped-lookup
      return loadInvoice(ctx.db, invoiceId);
    }),

  byIdInline: protectedProcedure
    .input(z.object({ id: z.string() }))
    // ruleid: idor-unscoped-lookup
    .query(({ ctx, input }) => ctx.db.invoice.findUnique({ where: { id: input.id } })),

  mine: protectedProcedure
    .input(z.object({ id: z.string() }))
    .query(({ ctx, input }) =>
      // ok: idor-unscoped-lookup
      ctx.db.invoice.findFirst({ where: { id: input.id, userId: ctx.auth.userId } }),
    ),
});
