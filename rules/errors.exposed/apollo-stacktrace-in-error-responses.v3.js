const { ApolloServer } = require("apollo-server-express");

const server = new ApolloServer({
  typeDefs,
  resolvers,
  // ruleid: apollo-stacktrace-in-error-responses
  debug: true,
});

const config = {
  logging: {
    // ok: apollo-stacktrace-in-error-responses
    debug: true,
  },
};

if (process.env.NODE_ENV === "development") {
  const local = new ApolloServer({
    typeDefs,
    // ok: apollo-stacktrace-in-error-responses
    debug: true,
  });
}
