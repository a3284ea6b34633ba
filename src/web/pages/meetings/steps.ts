/** The seven steps of a meeting, in order (HD 42-HD/BTCTW: preparation, holding, minutes, follow-up). */
export const STEPS = ['prep', 'roll-call', 'dues', 'minutes', 'resolution', 'score', 'approve'] as const;
export type Step = (typeof STEPS)[number];
