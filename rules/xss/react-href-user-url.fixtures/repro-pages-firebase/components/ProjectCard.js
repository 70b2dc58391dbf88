// project.url is whatever the project owner typed in the "Website" field.
export default function ProjectCard({ project }) {
  return (
    <div>
      <h3>{project.title}</h3>
      {/* ruleid: react-href-user-url */}
      <a href={project.url} target="_blank" rel="noopener noreferrer">Visit →</a>
    </div>
  )
}
