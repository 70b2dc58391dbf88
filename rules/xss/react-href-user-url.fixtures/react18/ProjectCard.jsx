// The fields below are whatever the owner typed into their profile or project form.
export default function ProjectCard({ project }) {
  return (
    <div>
      <h3>{project.title}</h3>
      {/* ruleid: react-href-user-url */}
      <a href={project.url} target="_blank" rel="noopener noreferrer">Visit →</a>
    </div>
  )
}

export function AuthorLine({ post }) {
  return (
    <p>
      by{" "}
      {/* ruleid: react-href-user-url */}
      <a className="underline" href={post.author?.website}>
        {post.author?.name}
      </a>
    </p>
  )
}

export function Socials({ profile }) {
  return (
    <ul>
      {/* ruleid: react-href-user-url */}
      <li><a href={profile.links.github}>GitHub</a></li>
      {/* ok: react-href-user-url (fixed origin in front of the handle) */}
      <li><a href={`https://twitter.com/${profile.twitterHandle}`}>Twitter</a></li>
      {/* ok: react-href-user-url (mailto: of an email field) */}
      <li><a href={`mailto:${profile.email}`}>Email</a></li>
    </ul>
  )
}

const NAV = [{ href: "/", label: "Home" }, { href: "/pricing", label: "Pricing" }]
const siteConfig = { links: { github: "https://github.com/acme/app" } }

export function Nav() {
  return (
    <nav>
      {NAV.map((item) => (
        // ok: react-href-user-url (static navigation entries)
        <a key={item.href} href={item.href}>{item.label}</a>
      ))}
      {/* ok: react-href-user-url (the app's own config) */}
      <a href={siteConfig.links.github}>Source</a>
    </nav>
  )
}

export function UserProfileLink({ user }) {
  // ok: react-href-user-url (an internal route built from the id)
  return <a href={`/users/${user.id}`}>{user.name}</a>
}

const config = { company: { website: "https://acme.dev" } }
const COMPANY = { url: "https://acme.dev" }

export function Footer() {
  return (
    <footer>
      {/* ok: react-href-user-url (the app's own constants) */}
      <a href={config.company.website}>Acme</a>
      {/* ok: react-href-user-url */}
      <a href={COMPANY.url}>Acme</a>
    </footer>
  )
}

export function Header({ currentUser }) {
  // ruleid: react-href-user-url
  return <header><a href={currentUser.website} target="_blank">My site</a></header>
}
