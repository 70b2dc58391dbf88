module.exports = `#graphql
  type Query { me: String }
  type Mutation { login(email: String!, password: String!): String, signup(email: String!, password: String!): String }
`;
