// fixture-path: app/api/auth/forgot-password/route.ts
import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { randomBytes } from "crypto";
import { prisma } from "@/lib/prisma";
import { sendEmail } from "@/lib/email";

export async function POST(request: Request) {
  const { email } = await request.json();
  const user = await prisma.user.findUnique({ where: { email } });
  if (user) {
    const token = randomBytes(32).toString("hex");
    await prisma.passwordResetToken.create({ data: { userId: user.id, token } });
    // ruleid: reset-link-from-host-header
    const origin = new URL(request.url).origin;
    await sendEmail(email, "Reset your password", `${origin}/reset-password?token=${token}`);
    // ruleid: reset-link-from-host-header
    const host = (await headers()).get("host");
    await sendEmail(email, "Reset your password", `https://${host}/reset-password?token=${token}`);
    // ok: reset-link-from-host-header
    const link = `${process.env.NEXT_PUBLIC_APP_URL}/reset-password?token=${token}`;
    await sendEmail(email, "Reset your password", link);
  }
  return NextResponse.json({ message: "If an account exists, we sent a link." });
}
