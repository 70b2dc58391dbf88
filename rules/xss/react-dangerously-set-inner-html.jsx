import DOMPurify from "dompurify";
import { marked } from "marked";

export function Comment({ comment }) {
  // ruleid: react-dangerously-set-inner-html
  return <div dangerouslySetInnerHTML={{ __html: comment.body }} />;
}

export function Post({ markdown }) {
  // ruleid: react-dangerously-set-inner-html
  return <article dangerouslySetInnerHTML={{ __html: marked(markdown) }} />;
}

export function Banner({ name }) {
  // ruleid: react-dangerously-set-inner-html
  return <h1 dangerouslySetInnerHTML={{ __html: `Welcome ${name}` }} />;
}

export function Safe({ comment }) {
  // ok: react-dangerously-set-inner-html
  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(comment.body) }} />;
}

export function JsonLd({ data }) {
  // ok: react-dangerously-set-inner-html
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data) }} />;
}

export function Static() {
  // ok: react-dangerously-set-inner-html
  return <div dangerouslySetInnerHTML={{ __html: "<b>Hello</b>" }} />;
}

export function Icon() {
  // ok: react-dangerously-set-inner-html
  return <span dangerouslySetInnerHTML={{ __html: CHECK_ICON_SVG }} />;
}

export function MultiLine({ content }) {
  return (
    <div
      // ruleid: react-dangerously-set-inner-html
      dangerouslySetInnerHTML={{
        __html: content,
      }}
    />
  );
}

export function PostPage({ body, bio }) {
  return (
    <article>
      {/* ruleid: react-dangerously-set-inner-html */}
      <div dangerouslySetInnerHTML={{ __html: body }} />
      {/* ok: react-dangerously-set-inner-html */}
      <aside dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(bio) }} />
    </article>
  );
}

export function Preview({ markdown }) {
  const clean = useMemo(() => DOMPurify.sanitize(marked.parse(markdown)), [markdown]);
  // ok: react-dangerously-set-inner-html (clean is the sanitized copy)
  return <div dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function Signature({ user }) {
  let html = marked.parse(user.signature);
  html = DOMPurify.sanitize(html);
  // ok: react-dangerously-set-inner-html (reassigned to its sanitized value)
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
