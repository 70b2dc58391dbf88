// fixture-path: src/server/api/routers/bookmark.ts
import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";

export const bookmarkRouter = createTRPCRouter({
  fetchMeta: protectedProcedure
    .input(z.object({ url: z.string().url() }))
    .mutation(async ({ input }) => {
      // ruleid: node-ssrf-resolver-input-url
      const res = await fetch(input.url, { redirect: "follow" });
      return { status: res.status };
    }),
  ping: protectedProcedure.input(z.object({ id: z.string() })).query(async ({ input }) => {
    // ok: node-ssrf-resolver-input-url
    const res = await fetch(`${process.env.API_BASE}/items/${input.id}`);
    return res.ok;
  }),
});
