import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Worker } from 'node:worker_threads';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { DOSSIER_POLICES, POLICES_RAPPORT } from './polices';

/** What the worker receives: a document definition (plain data) and the page footer text. */
export interface DemandeRendu {
  readonly definition: TDocumentDefinitions;
  /** Left part of every page's footer; the worker adds « page n sur N » (a function cannot cross threads). */
  readonly pied: string;
}

/**
 * The worker's code. pdfmake lays out and encodes the whole document synchronously (tens to hundreds of ms for a
 * map of a few thousand communes): in a worker thread, the API (and PGlite, which runs in-process) keeps answering.
 * No network, no file but the fonts: pdfmake's URL and local access policies refuse everything else.
 */
const SOURCE_TRAVAILLEUR = `
const { parentPort, workerData } = require('node:worker_threads');
const pdfmake = require(workerData.pdfmake);
pdfmake.setFonts(workerData.polices);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((chemin) => require('node:path').resolve(chemin).startsWith(workerData.dossierPolices));
parentPort.on('message', async ({ id, definition, pied }) => {
  try {
    definition.footer = (page, pages) => ({
      columns: [
        { text: pied, width: '*' },
        { text: 'page ' + page + ' sur ' + pages, width: 'auto' },
      ],
      margin: [40, 12, 40, 0],
      fontSize: 7,
      color: '#666666',
    });
    // A section heading (headlineLevel 1) never ends a page: it moves to the next one with what follows it.
    definition.pageBreakBefore = (noeud, suite) => noeud.headlineLevel === 1 && suite.getFollowingNodesOnPage().length === 0;
    const octets = await pdfmake.createPdf(definition).getBuffer();
    const buffer = Buffer.from(octets);
    parentPort.postMessage({ id, pdf: buffer }, [buffer.buffer]);
  } catch (e) {
    parentPort.postMessage({ id, erreur: String((e && e.message) || e) });
  }
});
`;

interface Reponse {
  id: number;
  pdf?: Uint8Array;
  erreur?: string;
}

/**
 * Renders report documents to PDF with pdfmake (on pdfkit) in one worker thread, started at the first report and
 * kept; requests are queued by the worker's message loop. The reusable part of every report: callers build a
 * definition with `gabaritRapport` and get the PDF bytes.
 */
@Injectable()
export class RenduPdfService implements OnModuleDestroy {
  private readonly logger = new Logger('Rapports');
  private travailleur: Worker | null = null;
  private prochain = 1;
  private readonly attentes = new Map<number, { resoudre: (pdf: Buffer) => void; rejeter: (e: Error) => void }>();

  rendre(demande: DemandeRendu): Promise<Buffer> {
    const travailleur = this.demarrer();
    const id = this.prochain++;
    return new Promise((resoudre, rejeter) => {
      this.attentes.set(id, { resoudre, rejeter });
      travailleur.postMessage({ id, definition: demande.definition, pied: demande.pied });
    });
  }

  async onModuleDestroy(): Promise<void> {
    const t = this.travailleur;
    this.travailleur = null;
    if (t) await t.terminate();
  }

  private demarrer(): Worker {
    if (this.travailleur) return this.travailleur;
    const travailleur = new Worker(SOURCE_TRAVAILLEUR, {
      eval: true,
      workerData: { pdfmake: require.resolve('pdfmake'), polices: POLICES_RAPPORT, dossierPolices: DOSSIER_POLICES },
    });
    travailleur.unref();
    travailleur.on('message', (r: Reponse) => {
      const attente = this.attentes.get(r.id);
      if (!attente) return;
      this.attentes.delete(r.id);
      if (r.pdf) attente.resoudre(Buffer.from(r.pdf.buffer, r.pdf.byteOffset, r.pdf.byteLength));
      else attente.rejeter(new Error(r.erreur ?? 'rendu PDF impossible'));
    });
    travailleur.on('error', (e) => this.abandonner(travailleur, e));
    travailleur.on('exit', (code) => this.abandonner(travailleur, new Error(`le rendu PDF s’est arrêté (code ${code})`)));
    this.travailleur = travailleur;
    return travailleur;
  }

  /** A dead worker fails what it held; the next report starts a new one. */
  private abandonner(travailleur: Worker, e: Error): void {
    if (this.travailleur !== travailleur) return;
    this.travailleur = null;
    if (this.attentes.size) this.logger.warn(`Rendu PDF interrompu : ${e.message}`);
    for (const attente of this.attentes.values()) attente.rejeter(e);
    this.attentes.clear();
  }
}
