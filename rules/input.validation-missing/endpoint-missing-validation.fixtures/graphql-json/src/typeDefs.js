module.exports = `#graphql
  scalar JSON
  type User { id: ID!, name: String }
  type Query { me: User }
  type Mutation { updateProfile(input: JSON!): User, rename(name: String!): User }
`;
