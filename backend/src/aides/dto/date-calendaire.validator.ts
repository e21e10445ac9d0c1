import { ValidateBy, ValidationOptions } from 'class-validator';
import { estDateCalendaire } from '../regles/dates';

/** An existing calendar date `YYYY-MM-DD` (refuses 2026-02-30). */
export function EstDateCalendaire(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'estDateCalendaire', validator: { validate: (v) => estDateCalendaire(v) } }, options);
}

/** Booleans also from HTML forms and query strings ("true"/"false", "oui"/"non"). */
export function versBooleen({ value }: { value: unknown }): unknown {
  if (value === 'true' || value === 'oui' || value === '1') return true;
  if (value === 'false' || value === 'non' || value === '0') return false;
  return value;
}

/** Numbers also from HTML forms and query strings; empty strings are "not given". */
export function versNombre({ value }: { value: unknown }): unknown {
  if (value === '' || value === null) return undefined;
  if (typeof value === 'string' && /^-?\d+(?:[.,]\d+)?$/.test(value.trim())) return Number(value.replace(',', '.'));
  return value;
}
