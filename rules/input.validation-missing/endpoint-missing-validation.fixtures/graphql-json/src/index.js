const express = require('express');
const { ApolloServer } = require('@apollo/server');
const { expressMiddleware } = require('@apollo/server/express4');
const typeDefs = require('./typeDefs');
const resolvers = require('./resolvers');

const app = express();
const server = new ApolloServer({ typeDefs, resolvers });
server.start().then(() => app.use('/graphql', express.json(), expressMiddleware(server, { context: async ({ req }) => ({ user: req.user }) })));
app.listen(4000);
