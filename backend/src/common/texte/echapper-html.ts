const ENTITES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values (pages and printable sheets built as strings). */
export function echapperHtml(texte: string | number | null | undefined): string {
  return (texte === null || texte === undefined ? '' : String(texte)).replace(/[&<>"']/g, (c) => ENTITES[c]);
}
