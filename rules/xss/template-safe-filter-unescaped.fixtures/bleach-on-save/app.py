import bleach
from flask import Flask, render_template, request, redirect

from models import Post, db

app = Flask(__name__)
ALLOWED = ["p", "b", "i", "a", "ul", "li", "code"]


@app.post("/posts")
def create_post():
    post = Post(title=request.form["title"])
    post.body = bleach.clean(request.form["body"], tags=ALLOWED, strip=True)
    post.signature = request.form.get("signature", "")
    db.session.add(post)
    db.session.commit()
    return redirect(f"/posts/{post.id}")


@app.get("/posts/<int:post_id>")
def show_post(post_id):
    return render_template("post.html", post=Post.query.get_or_404(post_id))


class Comment(db.Model):
    text = db.Column(db.Text)

    @property
    def text_html(self):
        return bleach.clean(markdown(self.text), tags=ALLOWED)
