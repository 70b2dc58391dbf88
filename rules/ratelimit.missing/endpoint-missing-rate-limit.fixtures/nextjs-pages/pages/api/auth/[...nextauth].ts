import NextAuth from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import bcrypt from "bcryptjs";
import { findUserByEmail } from "@/lib/users";

// ruleid: endpoint-missing-rate-limit
export default NextAuth({
  providers: [
    CredentialsProvider({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const user = await findUserByEmail(String(credentials?.email));
        if (!user || !(await bcrypt.compare(String(credentials?.password), user.passwordHash))) return null;
        return { id: user.id, email: user.email };
      },
    }),
  ],
});
