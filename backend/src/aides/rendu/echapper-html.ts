const ENTITES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function echapperHtml(texte: unknown): string {
  return String(texte ?? '').replace(/[&<>"']/g, (c) => ENTITES[c]);
}
