import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { CLE_ROLES_REQUIS } from '../../backend/src/common/auth/roles-requis.decorator';
import { CLE_REPONSE_COUVERTE, CLE_SANS_COUVERTURE, DeclarationCouverte } from '../../backend/src/jeux-de-donnees/reponse-couverte.decorator';

/** A route of the running application, as Nest knows it, with what it declares about datasets. */
export interface RouteDeclaree {
  methode: string;
  /** `/api/…` with Nest's `:param` placeholders. */
  chemin: string;
  publique: boolean;
  declarations: DeclarationCouverte[] | null;
  sansCouverture: string | null;
}

/** Every route of the application from Nest's controller metadata (routes added later included). */
export function routesDeclarees(app: INestApplication): RouteDeclaree[] {
  const routes: RouteDeclaree[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const classe = wrapper.metatype as (new (...a: unknown[]) => unknown) | null;
      if (!classe?.prototype) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, classe) ?? '');
      const rolesClasse = Reflect.getMetadata(CLE_ROLES_REQUIS, classe) as string[] | undefined;
      for (const nom of Object.getOwnPropertyNames(classe.prototype)) {
        const handler = (classe.prototype as Record<string, unknown>)[nom];
        if (nom === 'constructor' || typeof handler !== 'function') continue;
        const methode = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const sousChemin = Reflect.getMetadata(PATH_METADATA, handler);
        if (methode === undefined || sousChemin === undefined) continue;
        const chemin = `/api/${[base, String(sousChemin)]
          .map((s) => s.replace(/^\/|\/$/g, ''))
          .filter(Boolean)
          .join('/')}`;
        const roles = (Reflect.getMetadata(CLE_ROLES_REQUIS, handler) as string[] | undefined) ?? rolesClasse ?? [];
        routes.push({
          methode: RequestMethod[methode].toLowerCase(),
          chemin,
          publique: roles.length === 0,
          declarations: (Reflect.getMetadata(CLE_REPONSE_COUVERTE, handler) as DeclarationCouverte[] | undefined) ?? null,
          sansCouverture: (Reflect.getMetadata(CLE_SANS_COUVERTURE, handler) as string | undefined) ?? null,
        });
      }
    }
  }
  return routes;
}

/** Values at a dotted path (`*` = every key or element); a null or missing parent yields nothing. */
export function valeursAuChemin(objet: unknown, chemin: string): unknown[] {
  let courants: unknown[] = [objet];
  for (const segment of chemin.split('.')) {
    const suivants: unknown[] = [];
    for (const c of courants) {
      if (c === null || c === undefined || typeof c !== 'object') {
        suivants.push(undefined);
        continue;
      }
      if (segment === '*') suivants.push(...Object.values(c as Record<string, unknown>));
      else suivants.push((c as Record<string, unknown>)[segment]);
    }
    courants = suivants;
  }
  return courants;
}

/** Every `couverture` state of a theme anywhere in an answer. */
export function etatsDuTheme(objet: unknown, theme: string): { couvert: unknown; raison: unknown; commentCharger: unknown }[] {
  const trouves: { couvert: unknown; raison: unknown; commentCharger: unknown }[] = [];
  const parcourir = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(parcourir);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (o.theme === theme && 'couvert' in o && 'raison' in o) trouves.push(o as never);
      Object.values(o).forEach(parcourir);
    }
  };
  parcourir(objet);
  return trouves;
}

/**
 * What is wrong with an answer for a territory outside a theme's coverage: a figure that is not null, or no coverage
 * state saying so with the reason and how to load (`national`: the answer is for France, partly covered). Empty when
 * the answer follows the rule.
 */
export function ecartsHorsCouverture(reponse: unknown, theme: string, chemins: string[], national = false): string[] {
  const ecarts: string[] = [];
  for (const chemin of chemins) {
    const nonNulles = valeursAuChemin(reponse, chemin).filter((v) => v !== null && v !== undefined);
    if (nonNulles.length) ecarts.push(`${chemin} = ${JSON.stringify(nonNulles[0]).slice(0, 60)} au lieu de null`);
  }
  const etats = etatsDuTheme(reponse, theme);
  // A national answer (a value per commune) is asked for France: its state is « partiel » when the commune asked is not covered.
  const dit = etats.find(
    (e) =>
      (e.couvert === false || (national && e.couvert === 'partiel')) &&
      typeof e.raison === 'string' &&
      e.raison &&
      typeof e.commentCharger === 'string' &&
      e.commentCharger,
  );
  if (!dit) ecarts.push(`aucune couverture « ${theme} » avec couvert: false, raison et commentCharger (${JSON.stringify(etats).slice(0, 120)})`);
  return ecarts;
}

/**
 * For a covered territory: at least one figure is there (the rule is not met by answering null everywhere). Coverage
 * answers for the date asked (a zonage version loaded for a région that starts later covers nothing today), so a
 * territory the loaded coverage says covered today has its figures.
 */
export function ecartsDansCouverture(reponse: unknown, theme: string, chemins: string[]): string[] {
  const presentes = chemins.flatMap((c) => valeursAuChemin(reponse, c)).filter((v) => v !== null && v !== undefined);
  const ecarts: string[] = [];
  if (!presentes.length) ecarts.push(`aucun chiffre parmi ${chemins.join(', ')} alors que le territoire est couvert`);
  if (!etatsDuTheme(reponse, theme).some((e) => e.couvert === true || e.couvert === 'partiel')) ecarts.push(`aucune couverture « ${theme} » disant couvert`);
  return ecarts;
}

/** For a territory where the data is known to be incomplete: the answer says « partiel » with the reason. */
export function ecartsPartiel(reponse: unknown, theme: string): string[] {
  const etats = etatsDuTheme(reponse, theme);
  return etats.some((e) => e.couvert === 'partiel' && typeof e.raison === 'string' && e.raison)
    ? []
    : [`aucune couverture « ${theme} » partielle avec sa raison`];
}
