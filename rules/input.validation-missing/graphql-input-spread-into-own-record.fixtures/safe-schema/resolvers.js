export const resolvers = {
  Mutation: {
    async updateProfile(_p, { input }, ctx) {
      // ok: graphql-input-spread-into-own-record (the input type has no privileged field)
      return ctx.db.user.update({ where: { id: ctx.user.id }, data: { ...input } });
    },
  },
};
