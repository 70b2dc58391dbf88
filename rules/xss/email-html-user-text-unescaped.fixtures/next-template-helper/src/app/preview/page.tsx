import { notePreview } from "@/lib/email";

export default function Page({ searchParams }: { searchParams: { note?: string } }) {
  const html = notePreview("draft");
  return <div>{html.length}</div>;
}
