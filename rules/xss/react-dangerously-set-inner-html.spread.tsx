import { createElement } from "react";
import { marked } from "marked";
import DOMPurify from "isomorphic-dompurify";

/** Public share page — `body` is another user's markdown. */
export default function SharedNote({ title, body }: { title: string; body: string }) {
  const html = { __html: marked.parse(body) as string };
  return (
    <article>
      <h1>{title}</h1>
      {/* ruleid: react-dangerously-set-inner-html */}
      <div {...{ dangerouslySetInnerHTML: html }} />
    </article>
  );
}

export function Comment({ text }: { text: string }) {
  // ruleid: react-dangerously-set-inner-html
  return createElement("p", { dangerouslySetInnerHTML: { __html: marked.parse(text) as string } });
}

export function SafeComment({ text }: { text: string }) {
  // ok: react-dangerously-set-inner-html
  return createElement("p", { dangerouslySetInnerHTML: { __html: DOMPurify.sanitize(marked.parse(text) as string) } });
}

export function SafeSpread({ body }: { body: string }) {
  const clean = { __html: DOMPurify.sanitize(marked.parse(body) as string) };
  // ok: react-dangerously-set-inner-html
  return <div {...{ dangerouslySetInnerHTML: clean }} />;
}

interface RawProps {
  // ok: react-dangerously-set-inner-html
  dangerouslySetInnerHTML: { __html: string };
}

export function Plain({ label }: { label: string }) {
  // ok: react-dangerously-set-inner-html
  return createElement("span", { dangerouslySetInnerHTML: undefined, title: label });
}

export function Static() {
  // ok: react-dangerously-set-inner-html
  return <div {...{ dangerouslySetInnerHTML: { __html: "<b>beta</b>" } }} />;
}
