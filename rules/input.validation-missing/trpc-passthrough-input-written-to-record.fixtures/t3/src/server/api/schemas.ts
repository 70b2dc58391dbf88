import { z } from "zod";

export const PostFields = z.object({ title: z.string().max(200), content: z.string() });
export const PostPatch = PostFields.partial().passthrough();
export const PostCreate = PostFields.strict();
export const PrefsInput = z.object({ theme: z.enum(["light", "dark"]) }).catchall(z.string());
