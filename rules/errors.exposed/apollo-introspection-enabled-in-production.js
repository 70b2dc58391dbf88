const { ApolloServer } = require("@apollo/server");

const apollo = new ApolloServer({
  typeDefs,
  resolvers,
  // ruleid: apollo-introspection-enabled-in-production
  introspection: true,
  includeStacktraceInErrorResponses: true,
});

const quiet = new ApolloServer({
  typeDefs,
  resolvers,
  // ok: apollo-introspection-enabled-in-production
  introspection: process.env.NODE_ENV !== "production",
});

const off = new ApolloServer({
  typeDefs,
  // ok: apollo-introspection-enabled-in-production
  introspection: false,
});
