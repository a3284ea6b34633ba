/** The kinds of partner unit a cell works with: the mass organizations, the police officer, the militia… (DOMAIN.md). */
export const PARTNER_KINDS = ['women', 'farmers', 'youth', 'veterans', 'front', 'police', 'militia', 'village_head', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
