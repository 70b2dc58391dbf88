import { useEffect, useRef } from "react";
import { marked } from "marked";
import MarkdownIt from "markdown-it";

const md = new MarkdownIt();

// Stored XSS: markdown a user wrote, rendered to HTML (high, like dangerouslySetInnerHTML).
export function DocumentViewer({ content }: { content: string }) {
  const bodyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!bodyRef.current) return;
    // ruleid: js-inner-html-unsanitized
    bodyRef.current.innerHTML = marked.parse(content, { async: false }) as string;
  }, [content]);
  return <div ref={bodyRef} />;
}

export function Preview({ source }: { source: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const html = md.render(source);
    // ruleid: js-inner-html-unsanitized
    if (ref.current) ref.current.innerHTML = html;
  }, [source]);
  return <div ref={ref} />;
}

// Other users' chat messages (high).
export function attachChat(socket: any, list: HTMLElement) {
  socket.on("message", (msg: { name: string; body: string }) => {
    const row = document.createElement("div");
    // ruleid: js-inner-html-unsanitized
    row.innerHTML = `<b>${msg.name}</b> ${msg.body}`;
    list.appendChild(row);
  });
}

// A local template of values the app computed (medium).
export function renderStats(el: HTMLElement, count: number, label: string) {
  // ruleid: js-inner-html-unsanitized
  el.innerHTML = `<span class="count">${count}</span> ${label}`;
}

export function renderSanitized(el: HTMLElement, content: string) {
  // ok: js-inner-html-unsanitized
  el.innerHTML = DOMPurify.sanitize(marked.parse(content) as string);
}

// A provider's bio, written by another user and served by the API.
export function ProviderCard({ provider }: { provider: { name: string; bioHtml?: string } }) {
  const bioRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!bioRef.current) return;
    // ruleid: js-inner-html-unsanitized (high: stored HTML another user wrote)
    bioRef.current.innerHTML = provider.bioHtml || "";
  }, [provider]);
  return <div ref={bioRef} />;
}

export function Banner({ text }: { text: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // ruleid: js-inner-html-unsanitized (medium: a value of unknown origin)
    if (ref.current) ref.current.innerHTML = `<strong>${text}</strong>`;
  }, [text]);
  return <div ref={ref} />;
}
