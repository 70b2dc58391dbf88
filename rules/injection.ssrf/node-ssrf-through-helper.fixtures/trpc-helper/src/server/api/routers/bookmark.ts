import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";
import { unfurl } from "~/server/unfurl";

async function readMeta(target: string) {
  // ruleid: node-ssrf-through-helper
  const res = await fetch(target, { redirect: "follow" });
  const html = await res.text();
  return { status: res.status, title: html.match(/<title[^>]*>([^<]*)<\/title>/i)?.[1] ?? null, snippet: html.slice(0, 500) };
}

async function readStatus(path: string) {
  // ok: node-ssrf-through-helper (callers pass ids only, and a fixed origin is in front)
  const res = await fetch(`${process.env.API_BASE}/${path}`);
  return res.status;
}

export const bookmarkRouter = createTRPCRouter({
  fetchMeta: protectedProcedure
    .input(z.object({ url: z.string().url() }))
    .mutation(({ input }) => readMeta(input.url)),
  status: protectedProcedure.input(z.object({ id: z.string() })).query(async ({ input }) => {
    return readStatus(input.id);
  }),
  preview: protectedProcedure.input(z.object({ link: z.string() })).mutation(async ({ ctx, input }) => {
    const card = await unfurl(input.link);
    return card;
  }),
});
