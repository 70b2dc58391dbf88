const GraphQLJSON = require('graphql-type-json');
const { GraphQLError } = require('graphql');
const User = require('./models/User');

module.exports = {
  JSON: GraphQLJSON,
  Query: {
    me: (_, __, ctx) => (ctx.user ? User.findById(ctx.user.sub) : null),
  },
  Mutation: {
    // A JSON argument takes any shape: `{ "role": "ADMIN" }` goes into the user.
    // ruleid: endpoint-missing-validation
    updateProfile: async (_, { input }, ctx) => {
      if (!ctx.user) throw new GraphQLError('Not authenticated');
      return User.findByIdAndUpdate(ctx.user.sub, input, { new: true });
    },
    // A typed String argument is checked by the schema.
    // ok: endpoint-missing-validation
    rename: async (_, { name }, ctx) => {
      if (!ctx.user) throw new GraphQLError('Not authenticated');
      return User.findByIdAndUpdate(ctx.user.sub, { name }, { new: true });
    },
  },
};
