import { getUser } from "@/lib/users"

export default async function Page({ params }: { params: { id: string } }) {
  const user = await getUser(params.id)
  return (
    <main>
      {/* ok: react-href-user-url (the App Router renders with its bundled React canary, which blocks javascript: URLs) */}
      <a href={user.website}>{user.name}</a>
    </main>
  )
}
