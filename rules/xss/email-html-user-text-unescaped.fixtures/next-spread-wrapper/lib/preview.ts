export function renderPreview(opts: { title: string; html: string }) {
  return `<article><h1>${opts.title}</h1>${opts.html}</article>`;
}
