// fixture-path: app/login/page.tsx
import { redirect } from "next/navigation";

export default async function Login({ searchParams }: { searchParams: { callbackUrl?: string } }) {
  const session = await auth();
  // ruleid: nextjs-open-redirect
  if (session) redirect(searchParams.callbackUrl ?? "/");
  return <form action={signIn} />;
}

async function signIn(formData: FormData) {
  "use server";
  await doSignIn(formData);
  // ruleid: nextjs-open-redirect
  redirect(formData.get("redirectTo") as string);
}

async function signInSafe(formData: FormData) {
  "use server";
  const to = String(formData.get("redirectTo") ?? "");
  // ok: nextjs-open-redirect
  redirect(to.startsWith("/") && !to.startsWith("//") ? to : "/");
}

async function fixed() {
  // ok: nextjs-open-redirect
  redirect(`/projects/${await newProjectId()}`);
}
