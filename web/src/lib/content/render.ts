/**
 * Published markdown to HTML for the page: rendered by marked, sanitised by DOMPurify, and every
 * image disarmed before it reaches the document. An image on the content service keeps only its hash
 * (`data-content-hash`, loaded and checked by `showImages`); any other image loses its address and
 * shows its alternative text. So a text can never make a resident's browser fetch a remote URL.
 */
import { marked } from 'marked';
import DOMPurify from 'dompurify';
import { readImage } from './read';
import { contentImageHash } from './images';

let purifier: ReturnType<typeof DOMPurify> | undefined;

function purify(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  // An instance of its own, so this hook applies to published texts only.
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'IMG') return;
    const hash = contentImageHash(node.getAttribute('src') ?? '');
    node.removeAttribute('src');
    node.removeAttribute('srcset');
    if (hash) {
      node.setAttribute('data-content-hash', hash);
      node.setAttribute('decoding', 'async');
    } else node.setAttribute('data-blocked', '');
  });
  return purifier;
}

export function renderMarkdown(text: string): string {
  return purify().sanitize(marked.parse(text, { async: false, gfm: true }) as string);
}

/**
 * Shows a rendered text's photos: each read by hash from the content service, checked, and shown from
 * its own bytes once it is near the screen. Returns the clean-up for when the text leaves the page.
 */
export function showImages(container: HTMLElement): () => void {
  const pending = [...container.querySelectorAll<HTMLImageElement>('img[data-content-hash]')];
  if (pending.length === 0) return () => {};
  const load = (image: HTMLImageElement) => {
    void readImage(image.dataset.contentHash as `0x${string}`).then((url) => {
      if (url) image.src = url;
      else image.dataset.missing = '';
    });
  };
  if (typeof IntersectionObserver === 'undefined') {
    pending.forEach(load);
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        load(entry.target as HTMLImageElement);
      }
    },
    { rootMargin: '400px' },
  );
  pending.forEach((image) => observer.observe(image));
  return () => observer.disconnect();
}
