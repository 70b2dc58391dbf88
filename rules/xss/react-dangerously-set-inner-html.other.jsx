import DOMPurify from "dompurify";

export function Article({ html }) {
  const clean = DOMPurify.sanitize(html);
  // ok: react-dangerously-set-inner-html
  return <div dangerouslySetInnerHTML={{ __html: clean }} />;
}
