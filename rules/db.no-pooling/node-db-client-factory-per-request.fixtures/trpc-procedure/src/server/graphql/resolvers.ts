import { getReportingPool } from "../pg";

export const resolvers = {
  Query: {
    stats: async (_parent: unknown, args: { days: number }, ctx: { userId: string }) => {
      const pool = getReportingPool();
      const { rows } = await pool.query("SELECT count(*) FROM events WHERE user_id = $1", [ctx.userId]);
      return rows[0];
    },
  },
};
