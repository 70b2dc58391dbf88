import type { NextAuthConfig } from "next-auth";

export const authConfig = {
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    async jwt({ token, user, trigger, session }) {
      if (user) {
        // ok: authjs-jwt-update-trusts-client-session
        token = { ...token, id: user.id, role: (user as any).role ?? "USER" };
      }
      if (trigger === "update" && session?.user) {
        // ruleid: authjs-jwt-update-trusts-client-session
        token = { ...token, ...session.user };
      }
      return token;
    },
    session({ session, token }) {
      // The session callback shapes what the client sees; it does not write the token.
      // ok: authjs-jwt-update-trusts-client-session
      return { ...session, user: { ...session.user, id: token.id as string, role: token.role } };
    },
  },
} satisfies NextAuthConfig;

export const other = {
  callbacks: {
    jwt: async ({ token, trigger, session }) => {
      if (trigger === "update") {
        // ok: authjs-jwt-update-trusts-client-session
        if (typeof session?.name === "string") token.name = session.name;
        // ruleid: authjs-jwt-update-trusts-client-session
        token.role = session.role;
      }
      switch (trigger) {
        case "update":
          // ruleid: authjs-jwt-update-trusts-client-session
          return { ...token, ...session };
      }
      return token;
    },
  },
};

export const refreshed = {
  callbacks: {
    async jwt({ token, trigger }) {
      if (trigger === "update") {
        // ok: authjs-jwt-update-trusts-client-session
        const fresh = { ...(await prisma.user.findUnique({ where: { id: token.id } })) };
        token.role = fresh.role;
      }
      return token;
    },
  },
};

export const noUpdate = {
  callbacks: {
    async jwt({ token, user }) {
      // ok: authjs-jwt-update-trusts-client-session
      if (user) return { ...token, ...user };
      return token;
    },
  },
};
