import { requireAuth } from './guards.js';

export const adminResolvers = {
  Query: {
    async adminStats(_p, _a, ctx) {
      requireAuth(ctx);
      const [users, posts] = await Promise.all([ctx.db.user.count(), ctx.db.post.count()]);
      return { users, posts };
    },
  },
};
