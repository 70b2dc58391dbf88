import { createUploadthing, type FileRouter } from "uploadthing/next";
import { UploadThingError } from "uploadthing/server";
import { auth } from "@/auth";

const f = createUploadthing();

async function requireUploader() {
  const session = await auth();
  if (!session?.user?.id) throw new UploadThingError("Unauthorized");
  return { userId: session.user.id };
}

export const ourFileRouter = {
  // The middleware copies a header and checks nobody.
  projectAsset: f({ blob: { maxFileSize: "1GB", maxFileCount: 20 } })
    // ruleid: uploadthing-route-without-auth
    .middleware(async ({ req }) => {
      const projectId = req.headers.get("x-project-id");
      return { projectId };
    })
    .onUploadComplete(async ({ metadata, file }) => {
      console.log(metadata.projectId, file.url);
    }),

  // No middleware at all.
  // ruleid: uploadthing-route-without-auth
  publicDrop: f({ image: { maxFileSize: "4MB" } }).onUploadComplete(async ({ file }) => {
    console.log(file.url);
  }),

  avatar: f({ image: { maxFileSize: "2MB", maxFileCount: 1 } })
    // ok: uploadthing-route-without-auth
    .middleware(async () => {
      const session = await auth();
      if (!session?.user?.id) throw new UploadThingError("Unauthorized");
      return { userId: session.user.id };
    })
    .onUploadComplete(async ({ metadata, file }) => {
      console.log(metadata.userId, file.url);
    }),

  attachment: f({ pdf: { maxFileSize: "8MB" } })
    // ok: uploadthing-route-without-auth
    .middleware(requireUploader)
    .onUploadComplete(async ({ metadata, file }) => {
      console.log(metadata.userId, file.url);
    }),
} satisfies FileRouter;
