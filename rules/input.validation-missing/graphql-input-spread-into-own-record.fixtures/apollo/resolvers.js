import { requireRole, requireUser } from './guards.js';
import { User } from './models.js';

export const resolvers = {
  Mutation: {
    async updateProfile(_p, { input }, ctx) {
      if (!ctx.user) throw new Error('Not authenticated');
      // ruleid: graphql-input-spread-into-own-record
      return ctx.db.user.update({ where: { id: ctx.user.id }, data: { ...input } });
    },
    async updateProfileSafe(_p, { input }, ctx) {
      if (!ctx.user) throw new Error('Not authenticated');
      const { name, bio } = input;
      // ok: graphql-input-spread-into-own-record
      return ctx.db.user.update({ where: { id: ctx.user.id }, data: { name, bio } });
    },
    async updateProfileStripped(_p, { input }, ctx) {
      const { role, plan, ...rest } = input;
      // ok: graphql-input-spread-into-own-record
      return ctx.db.user.update({ where: { id: ctx.user.id }, data: { ...rest } });
    },
    async adminUpdateUser(_p, { id, input }, ctx) {
      requireRole(ctx, 'ADMIN');
      // ok: graphql-input-spread-into-own-record (admin-only)
      return ctx.db.user.update({ where: { id }, data: input });
    },
  },
};

export const mongooseResolvers = {
  Mutation: {
    updateProfile: async (_, { input }, ctx) => {
      const me = requireUser(ctx);
      // ruleid: graphql-input-spread-into-own-record
      return User.findByIdAndUpdate(me.id, input, { new: true });
    },
  },
};
