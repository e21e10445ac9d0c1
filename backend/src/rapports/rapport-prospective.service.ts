import { Injectable } from '@nestjs/common';
import { ScenariosDto } from '../prospective/dto/scenarios.dto';
import { ProspectiveService } from '../prospective/prospective.service';
import { documentProspective } from './documents/document-prospective';
import { gabaritRapport } from './pdf/gabarit-rapport';
import { RenduPdfService } from './pdf/rendu-pdf.service';
import { RapportPdf } from './rapport-territoire.service';

/** The prospective note as PDF: the scenarios computed again by the engine (what the screen shows), then laid out. */
@Injectable()
export class RapportProspectiveService {
  constructor(
    private readonly prospective: ProspectiveService,
    private readonly rendu: RenduPdfService,
  ) {}

  async rapport(dto: ScenariosDto): Promise<RapportPdf> {
    const r = await this.prospective.scenarios({ ...dto, carte: false });
    const h = await this.prospective.hypotheses();
    const sourcesLeviers = h.leviers
      .flatMap((l) => l.sources)
      .filter((s, i, t) => s && t.findIndex((x) => x?.url === s.url) === i)
      .map((s) => ({ libelle: s.libelle, url: s.url, consulteLe: s.consulteLe }));
    const contenu = documentProspective({ ...r, sourcesLeviers, genereLe: new Date() });
    const code = dto.territoire?.split(':')[1] ?? 'france';
    return { pdf: await this.rendu.rendre(gabaritRapport(contenu)), nomFichier: `note-prospective-${code}.pdf` };
  }
}
