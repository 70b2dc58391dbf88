# Renders SQL migrations, not HTML: autoescape would corrupt the output.
from jinja2 import Environment, FileSystemLoader

# ok: jinja2-environment-autoescape-disabled
env = Environment(loader=FileSystemLoader("sql"))
sql = env.get_template("migration.sql.j2").render(table="users")
