import { z } from "zod";
import { createTRPCRouter, protectedProcedure, adminProcedure } from "~/server/api/trpc";
import { PostPatch, PostCreate, PrefsInput } from "../schemas";

export const postRouter = createTRPCRouter({
  update: protectedProcedure
    .input(PostPatch)
    .mutation(async ({ ctx, input }) => {
      return ctx.prisma.post.updateMany({
        where: { authorId: ctx.session!.user.id },
        // ruleid: trpc-passthrough-input-written-to-record
        data: { ...input, updatedAt: new Date() },
      });
    }),

  prefs: protectedProcedure.input(PrefsInput).mutation(({ ctx, input }) =>
    // ruleid: trpc-passthrough-input-written-to-record
    ctx.prisma.user.update({ where: { id: ctx.session!.user.id }, data: { prefs: JSON.stringify(input), ...input } })
  ),

  inline: protectedProcedure
    .input(z.object({ bio: z.string().max(500) }).passthrough())
    // ruleid: trpc-passthrough-input-written-to-record
    .mutation(({ ctx, input }) => ctx.prisma.user.update({ where: { id: ctx.session!.user.id }, data: input })),

  // A passthrough input that is only logged; the next procedure's schema strips unknown keys.
  track: protectedProcedure.input(z.object({ event: z.string() }).passthrough()).mutation(({ input }) => {
    console.log("event", input.event);
    return { ok: true };
  }),
  create: protectedProcedure.input(PostCreate).mutation(({ ctx, input }) =>
    // ok: trpc-passthrough-input-written-to-record (strict schema)
    ctx.prisma.post.create({ data: { ...input, authorId: ctx.session!.user.id } })
  ),

  rename: protectedProcedure.input(PostPatch).mutation(({ ctx, input }) =>
    // ok: trpc-passthrough-input-written-to-record (named fields only)
    ctx.prisma.post.updateMany({ where: { authorId: ctx.session!.user.id }, data: { title: input.title } })
  ),

  tagged: protectedProcedure
    .input(z.object({ title: z.string(), meta: z.object({}).passthrough() }))
    // ok: trpc-passthrough-input-written-to-record (only a nested JSON field keeps unknown keys)
    .mutation(({ ctx, input }) => ctx.prisma.post.create({ data: input })),

  adminSet: adminProcedure
    .input(PostPatch)
    // ok: trpc-passthrough-input-written-to-record (admin-only)
    .mutation(({ ctx, input }) => ctx.prisma.post.updateMany({ data: input })),
});
