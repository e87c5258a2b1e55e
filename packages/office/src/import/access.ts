/** Who sees the import: the roles the server lets import (`editor`, and `admin`, who may everything). */
import type { StaffSession } from '@teilhabe/sdk';

export function mayImport(session: StaffSession | undefined): boolean {
  return !!session?.staff.roles.some((role) => role === 'editor' || role === 'admin');
}
