from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())
HEADER = "<h1>{{ title }}</h1>"


def greet(request, name, body):
    # ruleid: jinja2-template-from-dynamic-string
    a = Template(f"Hello {name}!").render()
    # ruleid: jinja2-template-from-dynamic-string
    b = env.from_string("<p>" + body + "</p>").render()
    # ruleid: jinja2-template-from-dynamic-string
    c = Template(request.json["template"]).render(user=name)
    # ok: jinja2-template-from-dynamic-string
    d = Template("Hello {{ name }}!").render(name=name)
    # ok: jinja2-template-from-dynamic-string
    e = env.from_string(HEADER).render(title=name)
    # ok: jinja2-template-from-dynamic-string
    f = env.get_template("page.html").render(body=body)
    return a, b, c, d, e, f
