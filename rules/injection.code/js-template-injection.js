const ejs = require("ejs");
const _ = require("lodash");
const pug = require("pug");

function preview(req, res) {
  // ruleid: js-template-injection
  const html = ejs.render(req.body.template, { user: req.user });
  // ruleid: js-template-injection
  const t = _.template(req.query.tpl);
  const src = `h1 Hello ${req.query.name}`;
  // ruleid: js-template-injection
  const out = pug.render(src);
  // ok: js-template-injection
  const safe = ejs.render(EMAIL_TEMPLATE, { name: req.body.name });
  // ok: js-template-injection
  res.render("profile", { name: req.query.name });
  res.send(html + t() + out + safe);
}
module.exports = { preview };
