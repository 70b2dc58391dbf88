import { revalidatePath } from "next/cache";
import { createClient } from "@supabase/supabase-js";

const admin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

// ok: endpoint-missing-rate-limit (pins a note to the top: not a PIN check)
async function pinNote(formData: FormData) {
  "use server";
  await admin.from("notes").update({ pinned: true }).eq("id", String(formData.get("id")));
  revalidatePath("/notes");
}

export default function NotePage() {
  return <form action={pinNote}><button>Pin</button></form>;
}
