// Reads a PDF on stdin and prints { texte, pages } as JSON, with pdf-parse (pdf.js). Run as a child process: jest's
// CommonJS runtime cannot load pdf.js's worker module (a dynamic import).
import { PDFParse } from 'pdf-parse';

const morceaux = [];
for await (const m of process.stdin) morceaux.push(m);
const lecteur = new PDFParse({ data: new Uint8Array(Buffer.concat(morceaux)) });
try {
  const r = await lecteur.getText();
  const info = await lecteur.getInfo();
  process.stdout.write(JSON.stringify({ texte: r.text, pages: r.total, titre: info.info?.Title ?? null }));
} finally {
  await lecteur.destroy();
}
