"use server";
// fixture-path: app/actions/projects.ts

import { z } from "zod";

const projectSchema = z.object({ title: z.string().min(1).max(120) });

export async function createProject(formData: FormData) {
  try {
    const data = projectSchema.parse({ title: formData.get("title") });
    return { ok: true, title: data.title };
  } catch (err: any) {
    console.error(err);
    // ruleid: server-action-returns-error-stack
    return { error: err.message, stack: err.stack };
  }
}

export async function renameProject(formData: FormData) {
  try {
    const data = projectSchema.parse({ title: formData.get("title") });
    return { ok: true, title: data.title };
  } catch (error) {
    console.error(error);
    return {
      ok: false,
      // ruleid: server-action-returns-error-stack
      details: (error as Error)?.stack ?? String(error),
    };
  }
}

export async function archiveProject(formData: FormData) {
  try {
    return { ok: true, id: String(formData.get("id")) };
  } catch (err) {
    console.error("archive failed", err);
    // ok: server-action-returns-error-stack
    return { error: "Could not archive the project." };
  }
}

export async function debugProject(formData: FormData) {
  try {
    return { ok: true, id: String(formData.get("id")) };
  } catch (err: any) {
    // ok: server-action-returns-error-stack
    return { error: err.message, stack: process.env.NODE_ENV === "development" ? err.stack : undefined };
  }
}

export async function listCallStack() {
  const stack = ["a", "b"];
  // ok: server-action-returns-error-stack
  return { stack: stack.length };
}
