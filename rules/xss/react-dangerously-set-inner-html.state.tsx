import { useEffect, useState } from "react";
import DOMPurify from "dompurify";
import { marked } from "marked";

// State that only ever holds sanitizer output.
export function Notes({ id }: { id: string }) {
  const [html, setHtml] = useState("");
  useEffect(() => {
    fetch(`/api/notes/${id}`)
      .then((r) => r.json())
      .then((d) => setHtml(DOMPurify.sanitize(d.content_html ?? "")));
  }, [id]);
  // ok: react-dangerously-set-inner-html
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}

// State set from the server's raw HTML.
export function Preview({ id }: { id: string }) {
  const [body, setBody] = useState<string>("");
  useEffect(() => {
    fetch(`/api/posts/${id}`).then((r) => r.json()).then((d) => setBody(marked.parse(d.markdown) as string));
  }, [id]);
  // ruleid: react-dangerously-set-inner-html
  return <article dangerouslySetInnerHTML={{ __html: body }} />;
}

// Sanitized on load, but an editor handler below stores raw input in the same state: resolved
// values count when any of them is sanitized, so this one is a known gap.
export function Editor() {
  const [draft, setDraft] = useState(DOMPurify.sanitize(localStorage.getItem("draft") ?? ""));
  return (
    <>
      {/* todoruleid: react-dangerously-set-inner-html */}
      <div dangerouslySetInnerHTML={{ __html: draft }} />
      <textarea onChange={(e) => setDraft(e.target.value)} />
    </>
  );
}
