import DOMPurify from "isomorphic-dompurify";
import { marked } from "marked";
import type { GetStaticProps, GetServerSideProps } from "next";

type Props = { html: string; bio: string };

export const getStaticProps: GetStaticProps<Props> = async () => {
  const md = await loadChangelog();
  const raw = await marked.parse(md);
  return { props: { html: DOMPurify.sanitize(await marked.parse(md)), bio: raw }, revalidate: 3600 };
};

export default function Changelog({ html, bio }: Props) {
  return (
    <main>
      {/* ok: react-dangerously-set-inner-html (sanitized in getStaticProps) */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
      {/* ruleid: react-dangerously-set-inner-html */}
      <div dangerouslySetInnerHTML={{ __html: bio }} />
    </main>
  );
}
