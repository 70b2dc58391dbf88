from flask import Flask, render_template, request, redirect

from models import Post, db

app = Flask(__name__)


@app.post("/posts")
def create_post():
    post = Post(title=request.form["title"], body=request.form["body"])
    db.session.add(post)
    db.session.commit()
    return redirect(f"/posts/{post.id}")
