import DOMPurify from "dompurify";

export function render(user, results, el, list) {
  // ruleid: js-inner-html-unsanitized
  el.innerHTML = `<h2>Hello ${user.name}</h2>`;
  // ruleid: js-inner-html-unsanitized
  el.innerHTML = "<p>" + results.query + "</p>";
  // ruleid: js-inner-html-unsanitized
  el.innerHTML = user.bio;
  // ruleid: js-inner-html-unsanitized
  list.insertAdjacentHTML("beforeend", `<li>${user.name}</li>`);
  // ruleid: js-inner-html-unsanitized
  document.write(location.hash.slice(1));
  // ok: js-inner-html-unsanitized
  el.innerHTML = "";
  // ok: js-inner-html-unsanitized
  el.innerHTML = "<p>Loading…</p>";
  // ok: js-inner-html-unsanitized
  el.innerHTML = DOMPurify.sanitize(user.bio);
  // ok: js-inner-html-unsanitized
  el.textContent = user.name;
  // ok: js-inner-html-unsanitized
  list.insertAdjacentHTML("beforeend", "<li>static</li>");
  // ok: js-inner-html-unsanitized
  if (el.innerHTML === "") el.hidden = true;
}
