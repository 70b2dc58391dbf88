module.exports = `#graphql
  type Order { id: ID!, total: Float }
  type Product { id: ID!, name: String }
  type Query { orders: [Order], products: [Product], myOrders: [Order] }
  type Mutation { cancelOrder(id: ID!): Boolean }
`;
