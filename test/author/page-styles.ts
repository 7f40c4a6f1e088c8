/**
 * Links demo/author.css as demo/author.html does, so that the accessibility checks judge what users get
 * (target sizes included), not the browser's bare defaults. For a `beforeAll`.
 */
export async function linkAuthorStyles(): Promise<void> {
  const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href: '/demo/author.css'});
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
}
