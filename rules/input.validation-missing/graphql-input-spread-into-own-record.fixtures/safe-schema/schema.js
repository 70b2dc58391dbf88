export const typeDefs = `#graphql
  type User { id: ID!, name: String, bio: String }
  input ProfileInput { name: String, bio: String }
  type Mutation { updateProfile(input: ProfileInput!): User! }
`;
