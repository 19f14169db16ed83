/** CAMEO roots of violence: assault (18), fight (19), mass violence (20). */
export const VIOLENT_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20']);

/** CAMEO roots of acts of force: coercion (17) and the roots of violence. */
export const FORCE_ROOTS: ReadonlySet<string> = new Set(['17', ...VIOLENT_ROOTS]);

/** True when CAMEO `code` is of a root of violence. */
/** Sectors that bear arms: the military, police, intelligence services and armed groups. */
export const ARMED_SECTORS: ReadonlySet<string> = new Set(['MIL', 'COP', 'SPY', 'INS', 'REB', 'SEP', 'UAF']);

export function isViolentCode(code: string): boolean {
  return VIOLENT_ROOTS.has(code.slice(0, 2));
}
