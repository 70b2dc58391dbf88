from jinja2 import Environment, FileSystemLoader, select_autoescape

# ruleid: jinja2-environment-autoescape-disabled
env = Environment(loader=FileSystemLoader("templates"))
# ruleid: jinja2-environment-autoescape-disabled
env2 = Environment(loader=FileSystemLoader("templates"), autoescape=False)
# ok: jinja2-environment-autoescape-disabled
env3 = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))
# ok: jinja2-environment-autoescape-disabled
env4 = Environment(loader=FileSystemLoader("templates"), autoescape=True)


def page(name):
    return env.get_template("page.html").render(name=name)
