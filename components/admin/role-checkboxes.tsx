'use client';

import { ROLES } from '@/lib/schemas/user';
import { ROLE_LABELS } from '@/lib/schemas/role-labels';
import type { TRole } from '@/lib/schemas/user';

const ROLE_HINTS: Record<TRole, string> = {
  admin: 'manages users and settings',
  author: 'writes and revises cards',
  reviewer: 'approves or sends back cards',
  auditor: 'reads everything, changes nothing',
};

export function RoleCheckboxes({
  value,
  onChange,
  legend,
  idPrefix,
}: {
  value: TRole[];
  onChange: (roles: TRole[]) => void;
  legend: string;
  idPrefix: string;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {ROLES.map((role) => (
          <label key={role} htmlFor={`${idPrefix}-${role}`} className="flex items-start gap-2 rounded-md border border-line px-3 py-2 text-sm hover:bg-sunken">
            <input
              id={`${idPrefix}-${role}`}
              type="checkbox"
              className="mt-0.5 accent-[var(--c-accent)]"
              checked={value.includes(role)}
              onChange={(event) => onChange(event.target.checked ? ROLES.filter((r) => r === role || value.includes(r)) : value.filter((r) => r !== role))}
            />
            <span>
              <span className="font-medium">{ROLE_LABELS[role]}</span>
              <span className="block text-xs text-muted">{ROLE_HINTS[role]}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
