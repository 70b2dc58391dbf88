from flask import Flask, render_template_string, request

app = Flask(__name__)
PAGE = "<h1>{{ title }}</h1>"


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    # ruleid: flask-render-template-string-injection
    return render_template_string(f"<h1>Hello {name}</h1>")


@app.route("/hello2")
def hello2():
    template = "<p>Hi " + request.args.get("name", "") + "</p>"
    # ruleid: flask-render-template-string-injection
    return render_template_string(template)


@app.route("/preview", methods=["POST"])
def preview():
    # ruleid: flask-render-template-string-injection
    return render_template_string(request.form["body"])


@app.route("/ok")
def ok():
    # ok: flask-render-template-string-injection
    return render_template_string("<h1>Hello {{ name }}</h1>", name=request.args.get("name", ""))


@app.route("/ok2")
def ok2():
    # ok: flask-render-template-string-injection
    return render_template_string(PAGE, title="Home")


@app.route("/ok3")
def ok3():
    # ok: flask-render-template-string-injection
    return render_template_string(open("templates/page.html").read(), title="Home")


@app.route("/dashboard")
@login_required
def dashboard():
    # The greeting is editable on /settings: stored template injection.
    # ruleid: flask-render-template-string-injection
    return render_template_string(current_user.greeting or "Welcome!", user=current_user)


@app.route("/pages/<slug>")
def page(slug):
    row = db.session.execute(select(Page.body).where(Page.slug == slug)).mappings().one()
    # ruleid: flask-render-template-string-injection
    return render_template_string(row["body"])


@app.route("/ok4")
def ok4():
    # ok: flask-render-template-string-injection
    return render_template_string(settings.welcome_template, user=current_user)


@app.route("/ok5")
def ok5():
    # ok: flask-render-template-string-injection
    return render_template_string(Path("templates/page.html").read_text(), title="Home")


@app.route("/ok6")
def ok6():
    # ok: flask-render-template-string-injection
    return render_template_string(
        "<p>{{ greeting }}</p>", greeting=current_user.greeting
    )


TEMPLATES = {"welcome": {"subject": "Welcome {{ name }}", "body": "<p>Hi {{ name }}</p>"}}


@app.route("/notify", methods=["POST"])
def notify():
    data = request.get_json(force=True)
    # The request picks a configured template; its text is the app's own.
    template = TEMPLATES.get(data.get("template"))
    # ok: flask-render-template-string-injection
    subject = render_template_string(template["subject"], **data.get("context", {}))
    page = Page.query.get(data["page_id"])
    # ruleid: flask-render-template-string-injection
    body = render_template_string(page.body, **data.get("context", {}))
    return {"subject": subject, "body": body}
