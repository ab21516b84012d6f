import type { ReactNode } from 'react';
import { CreateButton, FilterButton, TopToolbar, useFilterContext, useResourceDefinition } from 'react-admin';
import { ApiExportButton } from './ApiExportButton.js';

/**
 * react-admin's default list toolbar (filters, create when the role may), with
 * the API's CSV/XLSX export in place of the client-side one; `children` first.
 */
export function ListActions({ children }: { children?: ReactNode }) {
  const { hasCreate } = useResourceDefinition();
  const filters = useFilterContext();
  return (
    <TopToolbar>
      {children}
      {filters ? <FilterButton /> : null}
      {hasCreate ? <CreateButton /> : null}
      <ApiExportButton />
    </TopToolbar>
  );
}
