export function ProfileCard({ user }) {
  return (
    <div>
      {/* ok: react-href-user-url (React 19 blocks javascript: URLs in href) */}
      <a href={user.website}>{user.name}</a>
    </div>
  )
}
