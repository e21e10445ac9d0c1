import { SetMetadata } from '@nestjs/common';

export const CLE_CALCUL_SANS_ECRITURE = 'maillage:calcul-sans-ecriture';

/**
 * Marks a POST route that computes and stores nothing (eligibility, simulation, selection): no audit entry (the
 * log records writes), a count in the computations' metrics instead (`GET /api/audit/calculs`).
 */
export const CalculSansEcriture = () => SetMetadata(CLE_CALCUL_SANS_ECRITURE, true);
