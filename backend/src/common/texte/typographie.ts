/**
 * French typography for what people read: a non-breaking space before « : ; ? ! » and inside « guillemets », so that
 * the sign never starts a line. Applied when rendering (printable pages), the API keeps plain spaces.
 */
export function typographier(texte: string): string {
  return texte.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}
