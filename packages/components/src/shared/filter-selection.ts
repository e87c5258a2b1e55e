/**
 * The chosen codes of one filter after the reader checks or unchecks `code`.
 * A newly checked code goes last, so chips keep the order of choosing.
 */
export function withCodeChecked(codes: readonly string[], code: string, checked: boolean): string[] {
  const rest = codes.filter((value) => value !== code);
  return checked ? [...rest, code] : rest;
}
