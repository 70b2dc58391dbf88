// fixture-path: src/server/api/trpc.ts
import { initTRPC, TRPCError } from "@trpc/server";
import { createServerSupabase } from "~/lib/supabase/server";

export const createTRPCContext = async (opts: { headers: Headers }) => {
  const supabase = createServerSupabase();
  const { data: { user } } = await supabase.auth.getUser();
  return { supabase, user, ...opts };
};

const t = initTRPC.context<typeof createTRPCContext>().create();
export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED" });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  // ruleid: supabase-user-metadata-authorization
  const role = (ctx.user.user_metadata as { role?: string } | undefined)?.role;
  if (role !== "admin") throw new TRPCError({ code: "FORBIDDEN" });
  return next();
});

export const staffProcedure = protectedProcedure.use(({ ctx, next }) => {
  // ok: supabase-user-metadata-authorization
  const role = (ctx.user.app_metadata as { role?: string } | undefined)?.role;
  if (role !== "staff") throw new TRPCError({ code: "FORBIDDEN" });
  return next();
});

export const greet = (user: { user_metadata: unknown }) => {
  // ok: supabase-user-metadata-authorization
  const name = (user.user_metadata as { full_name?: string })?.full_name;
  return `Hi ${name}`;
};
