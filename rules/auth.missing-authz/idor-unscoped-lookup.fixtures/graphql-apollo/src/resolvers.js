const { GraphQLError } = require('graphql');
const Order = require('./models/Order');

module.exports = {
  Query: {
    order: async (_, args, ctx) => {
      if (!ctx.user) throw new GraphQLError('Not authenticated');
      // ruleid: idor-unscoped-lookup
      const order = await Order.findById(args.id);
      if (!order) throw new GraphQLError('Order not found');
      return order;
    },
    myOrder: async (_, { id }, { user }) => {
      if (!user) throw new GraphQLError('Not authenticated');
      // ok: idor-unscoped-lookup
      return Order.findOne({ _id: id, user: user.sub });
    },
  },
  Mutation: {
    cancelOrder: async (_, { id }, ctx) => {
      if (!ctx.user) throw new GraphQLError('Not authenticated');
      const me = ctx.user;
      // ok: idor-unscoped-lookup
      return Order.findOneAndUpdate({ _id: id, user: me.id, status: 'pending' }, { status: 'cancelled' });
    },
    removeMember: async (_, { memberId }, ctx) => {
      if (!ctx.user) throw new GraphQLError('Not authenticated');
      const caller = ctx.user;
      // Refusing the caller's own record is not an owner check.
      if (caller.id === memberId) throw new Error('You cannot remove yourself');
      // ruleid: idor-unscoped-lookup
      await Order.findByIdAndDelete(memberId);
      return true;
    },
    deleteOrder: async (_, { orderId }, ctx) => {
      if (!ctx.user) throw new GraphQLError('Not authenticated');
      // ruleid: idor-unscoped-lookup
      await Order.findByIdAndDelete(orderId);
      return true;
    },
  },
};
