const express = require("express");
const { ApolloServer } = require("@apollo/server");
const { expressMiddleware } = require("@apollo/server/express4");

async function start() {
  const app = express();
  const apollo = new ApolloServer({
    typeDefs,
    resolvers,
    introspection: true,
    // ruleid: apollo-stacktrace-in-error-responses
    includeStacktraceInErrorResponses: true,
  });
  await apollo.start();
  app.use("/graphql", express.json(), expressMiddleware(apollo));

  const quiet = new ApolloServer({
    typeDefs,
    resolvers,
    // ok: apollo-stacktrace-in-error-responses
    includeStacktraceInErrorResponses: process.env.NODE_ENV !== "production",
  });

  const devOnly = new ApolloServer({
    typeDefs,
    resolvers,
    // ok: apollo-stacktrace-in-error-responses
    ...(isDev ? { includeStacktraceInErrorResponses: true } : {}),
  });

  const off = new ApolloServer({
    typeDefs,
    // ok: apollo-stacktrace-in-error-responses
    includeStacktraceInErrorResponses: false,
  });

  // ok: apollo-stacktrace-in-error-responses
  const logger = pino({ debug: true });
}
start();
