async function grabFeed(feedUrl: string) {
  // ruleid: node-ssrf-through-helper
  const res = await fetch(feedUrl);
  return res.text();
}

async function grabAvatar(avatarUrl: string) {
  // ok: node-ssrf-through-helper (the resolver passes a stored value)
  const res = await fetch(avatarUrl);
  return res.url;
}

export const resolvers = {
  Query: {
    feed: async (_parent: unknown, args: { feedUrl: string }) => {
      return grabFeed(args.feedUrl);
    },
    avatar: async (_parent: unknown, args: { id: string }, ctx: any) => {
      const user = await ctx.db.user.findUnique({ where: { id: args.id } });
      return grabAvatar(user.avatarUrl);
    },
  },
};
