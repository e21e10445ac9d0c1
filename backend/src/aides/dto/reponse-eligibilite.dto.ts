import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** OpenAPI description of the answers (the service returns plain objects of these shapes). */
export class MontantDto {
  @ApiPropertyOptional({ nullable: true, description: 'Montant exact en euros, ou null s’il dépend d’informations à préciser, d’un plafond ou d’une formule' })
  valeur!: number | null;
  @ApiPropertyOptional({ nullable: true, description: 'Borne basse en euros (0 pour « jusqu’à »), null si non chiffrable' }) min!: number | null;
  @ApiPropertyOptional({ nullable: true, description: 'Borne haute en euros, null si non chiffrable' }) max!: number | null;
  @ApiPropertyOptional({ enum: ['unique', 'mois', 'semestre', 'an'], nullable: true }) periodicite!: string | null;
  @ApiProperty({ example: '10 000 €', description: 'Montant, fourchette, plafond ou formule, en français' }) libelle!: string;
  @ApiPropertyOptional() note?: string;
}

export class SourceRegleDto {
  @ApiProperty() libelle!: string;
  @ApiPropertyOptional({ nullable: true }) url!: string | null;
}

export class CritereEvalueDto {
  @ApiPropertyOptional({ example: 'zone' }) id?: string;
  @ApiProperty({ example: 'Installation en ZIP ou en ZAC (ou en QPV selon l’ARS)' }) libelle!: string;
  @ApiProperty({ enum: ['rempli', 'non-rempli', 'a-verifier'] }) statut!: string;
  @ApiProperty({ example: 'commune 09122 (Foix) classée ZAC … au zonage médecins généralistes au 1er mars 2026 (version …, date de l’arrêté inconnue, …)' })
  raison!: string;
  @ApiPropertyOptional({ type: SourceRegleDto, nullable: true, description: 'Source de la règle' }) sourceRegle!: SourceRegleDto | null;
  @ApiPropertyOptional({ nullable: true, description: 'Source du fait (jeu de données et version, ou déclaration du demandeur)' }) sourceFait!: string | null;
  @ApiPropertyOptional({ description: 'Champ de la demande à renseigner (critère à vérifier)' }) champ?: string;
  @ApiPropertyOptional({ description: 'Question à poser quand les données ne permettent pas de conclure' }) question?: string;
  @ApiPropertyOptional({ type: () => [CritereEvalueDto], description: 'Sous-critères (unDe / tous)' }) details?: CritereEvalueDto[];
}

export class PointAPreciserDto {
  @ApiProperty() libelle!: string;
  @ApiPropertyOptional() champ?: string;
  @ApiPropertyOptional() question?: string;
  @ApiProperty({ description: 'Pourquoi ce point reste à préciser (fait inconnu et sa raison, ou question posée)' }) raison!: string;
}

export class AideEvalueeDto {
  @ApiProperty({ example: 'premiere-installation-2026' }) id!: string;
  @ApiProperty() nom!: string;
  @ApiProperty({ enum: ['eligible', 'a-confirmer', 'non-eligible'] }) statut!: string;
  @ApiProperty({ type: MontantDto }) montant!: MontantDto;
  @ApiProperty({ description: '{ type, nom }' }) financeur!: object;
  @ApiProperty() nature!: string;
  @ApiProperty() description!: string;
  @ApiPropertyOptional({ nullable: true }) duree!: string | null;
  @ApiProperty({ description: '{ debut, fin, note } : période d’ouverture' }) validite!: object;
  @ApiPropertyOptional({ nullable: true, description: '{ type, code } ou null (aide nationale)' }) territoire!: object | null;
  @ApiProperty({ type: [CritereEvalueDto] }) criteres!: CritereEvalueDto[];
  @ApiProperty({ type: [PointAPreciserDto], description: 'Ce qu’il faut préciser pour trancher (aides à confirmer)' }) aPreciser!: PointAPreciserDto[];
  @ApiProperty({ type: [String] }) demarches!: string[];
  @ApiProperty({ description: '[{ libelle, url, consulteLe }]' }) sources!: object[];
}

export class TotalDto {
  @ApiProperty({ enum: ['unique', 'mois', 'semestre', 'an'] }) periodicite!: string;
  @ApiProperty() min!: number;
  @ApiProperty() max!: number;
  @ApiProperty({ type: [String] }) aides!: string[];
}

export class TotauxDto {
  @ApiProperty({ type: [TotalDto], description: 'Aides éligibles, par périodicité (jamais additionnées entre périodicités)' }) eligibles!: TotalDto[];
  @ApiProperty({ type: [TotalDto], description: 'Aides éligibles et à confirmer' }) potentiel!: TotalDto[];
  @ApiProperty({ type: [String], description: 'Aides non chiffrables (formules, points, appels à projets)' }) nonChiffrees!: string[];
}

export class AideHorsPeriodeDto {
  @ApiProperty() id!: string;
  @ApiProperty() nom!: string;
  @ApiProperty() validite!: object;
  @ApiProperty({ example: 'Plus ouverte au 1er mars 2026 : dernier jour le 31 décembre 2025.' }) motif!: string;
}

export class ReponseEligibiliteDto {
  @ApiProperty({ example: '2026-03-01' }) date!: string;
  @ApiProperty({ description: '{ code, nom, departement, region, regionNom, epci } (COG 2026)' }) commune!: object;
  @ApiProperty({ description: 'La demande telle qu’évaluée (date par défaut complétée)' }) demande!: object;
  @ApiProperty({ description: 'Zonage médecins et infirmiers (classe, version, arrêté), QPV, FRR/ZRR à la date' }) zonage!: object;
  @ApiProperty({ description: '{ version, publieLe, versionPublieeALaDate, verification, aidesLocales }' }) catalogue!: object;
  @ApiProperty({ type: [String] }) avertissements!: string[];
  @ApiProperty({ type: [AideEvalueeDto], description: 'Aides ouvertes à la date : éligibles, puis à confirmer, puis non éligibles' }) aides!: AideEvalueeDto[];
  @ApiProperty({ type: [AideHorsPeriodeDto], description: 'Aides fermées ou pas encore ouvertes à la date, avec le motif' }) horsPeriode!: AideHorsPeriodeDto[];
  @ApiProperty({ type: TotauxDto }) total!: TotauxDto;
}

export class DefinitionAideDto {
  @ApiProperty({ example: 'region-76-bourse-installation-2027', description: 'Identifiant (minuscules, chiffres, tirets), jamais réutilisé' }) id!: string;
  @ApiProperty({ example: 'Bourse régionale d’installation' }) nom!: string;
  @ApiProperty({ example: 'installation', description: 'Nature pour la règle « pas deux aides de même nature » (installation, cabinet-secondaire…)' })
  famille!: string;
  @ApiProperty({
    example: { type: 'region', nom: 'Région Occitanie' },
    description: 'type : assurance-maladie, ars, etat, region, departement, commune, epci, universite',
  })
  financeur!: object;
  @ApiProperty({ example: ['installation'], description: 'Situations visées' }) cibles!: string[];
  @ApiProperty({
    example: 'aide-forfaitaire',
    enum: ['aide-forfaitaire', 'contrat', 'majoration', 'remuneration', 'exoneration-fiscale', 'financement-structure', 'subvention'],
  })
  nature!: string;
  @ApiProperty() description!: string;
  @ApiProperty({
    example: { type: 'fixe', montant: 5000, periodicite: 'unique' },
    description: '{type: fixe|plafond|cas|formule, …} — voir le catalogue (GET /api/aides) pour des exemples de tables « cas »',
  })
  montant!: object;
  @ApiPropertyOptional({ nullable: true }) duree!: string | null;
  @ApiProperty({ example: { debut: '2027-01-01', fin: '2027-12-31' } }) validite!: object;
  @ApiProperty({ example: { type: 'region', code: '76' }, description: 'Territoire de l’aide (obligatoire pour une aide locale)' }) territoire!: object;
  @ApiProperty({
    example: [{ id: 'zone', libelle: 'Installation en ZIP', fait: 'zonage.medecin', op: 'dans', valeurs: ['ZIP'] }],
    description:
      'Critères : { fait, op: dans|vrai|faux|min|max|dateEntre|depuisMoinsDe|aucuneAideAnterieure, … }, { op: aVerifier, question }, { unDe: […] }, { tous: […] }',
  })
  criteres!: object[];
  @ApiPropertyOptional({ type: [String] }) demarches?: string[];
  @ApiProperty({ example: [{ libelle: 'Délibération du conseil régional du …', url: 'https://…', consulteLe: '2026-11-26' }] }) sources!: object[];
}
