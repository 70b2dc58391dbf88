export const typeDefs = `#graphql
  enum Role { USER ADMIN }
  type User { id: ID!, name: String, role: Role! }
  input ProfileInput { name: String, bio: String, role: Role, plan: String }
  input AdminUserInput { role: Role }
  type Mutation {
    updateProfile(input: ProfileInput!): User!
    updateProfileSafe(input: ProfileInput!): User!
    adminUpdateUser(id: ID!, input: AdminUserInput!): User!
  }
  type Query { me: User }
`;
