import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";
import { getPool } from "~/server/pg";

export const reportRouter = createTRPCRouter({
  top: protectedProcedure.input(z.object({ limit: z.number().int().max(100) })).query(async ({ ctx, input }) => {
    const pool = getPool();
    const { rows } = await pool.query("SELECT id, title FROM bookmarks WHERE user_id = $1 LIMIT $2", [ctx.user.id, input.limit]);
    return rows;
  }),
});
