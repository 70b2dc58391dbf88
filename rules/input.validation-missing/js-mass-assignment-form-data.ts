"use server";

import bcrypt from "bcryptjs";
import { z } from "zod";
import { db } from "@/db";
import { users, notes } from "@/db/schema";
import { prisma } from "@/lib/prisma";

export async function register(_prev: unknown, formData: FormData) {
  const fields = Object.fromEntries(formData) as Record<string, string>;
  const { password, ...rest } = fields;
  // ruleid: js-mass-assignment-form-data
  await db.insert(users).values({ ...(rest as any), passwordHash: await bcrypt.hash(password, 12) });
}

export async function updateProfile(formData: FormData) {
  const data = Object.fromEntries(formData);
  // ruleid: js-mass-assignment-form-data
  await prisma.user.update({ where: { id: 1 }, data: { ...data } });
}

export async function createNote(formData: FormData) {
  const values = Object.fromEntries(formData.entries());
  // ruleid: js-mass-assignment-form-data
  await prisma.note.create({ data: values });
}

const Signup = z.object({ email: z.string().email(), password: z.string().min(12) });

export async function registerChecked(_prev: unknown, formData: FormData) {
  const parsed = Signup.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid input" };
  const { password, ...rest } = parsed.data;
  // ok: js-mass-assignment-form-data
  await db.insert(users).values({ ...rest, passwordHash: await bcrypt.hash(password, 12) });
}

export async function addNote(formData: FormData) {
  const title = String(formData.get("title") ?? "");
  const DEFAULTS = { pinned: false };
  // ok: js-mass-assignment-form-data
  await db.insert(notes).values({ ...DEFAULTS, title });
}

export async function logForm(formData: FormData) {
  const snapshot = Object.fromEntries(formData);
  console.log(snapshot);
  const defaults = { theme: "light" };
  // ok: js-mass-assignment-form-data
  await db.insert(notes).values({ ...defaults, title: String(formData.get("title")) });
}
