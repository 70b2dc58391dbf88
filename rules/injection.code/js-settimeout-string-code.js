export function schedule(name, delay) {
  // ruleid: js-settimeout-string-code
  setTimeout("showGreeting('" + name + "')", delay);
  // ruleid: js-settimeout-string-code
  window.setInterval(`refresh(${name})`, 1000);
  // ok: js-settimeout-string-code
  setTimeout(() => showGreeting(name), delay);
  // ok: js-settimeout-string-code
  setTimeout(showGreeting, delay, name);
  // ok: js-settimeout-string-code
  setTimeout(resolve, `${delay}`.length);
}

export function tick() {
  // ok: js-settimeout-string-code
  const handle = setInterval(() => console.debug("tick"), 1000);
  // ok: js-settimeout-string-code
  setTimeout(function () { alert("done " + name); }, 10);
  return handle;
}
