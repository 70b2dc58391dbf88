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
