const express = require('express');
const jwt = require('jsonwebtoken');
const { ApolloServer } = require('@apollo/server');
const { expressMiddleware } = require('@apollo/server/express4');
const typeDefs = require('./typeDefs');
const resolvers = require('./resolvers');

async function start() {
  const app = express();
  app.use(express.json());
  const apollo = new ApolloServer({ typeDefs, resolvers });
  await apollo.start();
  // The context identifies callers who send a token; it lets everyone else through.
  app.use('/graphql', expressMiddleware(apollo, {
    context: async ({ req }) => {
      const token = (req.headers.authorization || '').replace('Bearer ', '');
      try { return { user: jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] }) }; } catch { return { user: null }; }
    },
  }));
  app.listen(4000);
}
start();
