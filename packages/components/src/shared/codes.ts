/** Splits a preset attribute such as `topic="youth-education, sport"` into codes. */
export function parseCodes(value: string | undefined | null): string[] {
  return (value ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
}
