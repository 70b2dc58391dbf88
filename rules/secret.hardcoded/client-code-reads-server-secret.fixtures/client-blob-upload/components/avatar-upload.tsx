"use client";

import { put } from "@vercel/blob";

export function AvatarUpload({ userId }: { userId: string }) {
  async function handleChange(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    await put(`avatars/${userId}/${file.name}`, file, {
      access: "public",
      // ruleid: client-code-reads-server-secret
      token: process.env.NEXT_PUBLIC_BLOB_READ_WRITE_TOKEN,
    });
  }
  return <input type="file" accept="image/*" onChange={handleChange} />;
}
