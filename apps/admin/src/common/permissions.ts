import { usePermissions } from 'react-admin';
import type { Permissions } from '../providers/auth-provider.js';

/** The signed-in user's role and organisation, typed. */
export function useRole() {
  const { permissions, isPending } = usePermissions<Permissions>();
  const role = permissions?.role;
  return {
    isPending,
    role,
    userId: permissions?.userId ?? null,
    organisationId: permissions?.organisationId ?? null,
    isStaff: role === 'admin' || role === 'staff',
    isAdmin: role === 'admin',
    isPartner: role === 'partner',
  };
}
