'use client';

import { useEffect, useRef } from 'react';
import Link from 'next/link';
import { defaultOrder } from '@/lib/schemas/card-list-params';
import type { TCardListQuery } from '@/lib/schemas/card-list-query';
import type { TCardListItem } from '@/lib/server/screens/hub-list';
import { formatDateTime } from '@/lib/format';
import { RiskBadge, StatusBadge } from './badges';
import { RelativeTime, formatDate } from './relative-time';

type SortKey = TCardListQuery['sort'];

const TH = 'px-3 py-2.5 font-medium first:pl-4 last:pr-4';
const TD = 'px-3 py-2.5 align-top first:pl-4 last:pr-4';

function SortableHeader({
  label,
  sortKey,
  query,
  onSort,
  className = '',
}: {
  label: string;
  sortKey: SortKey;
  query: TCardListQuery;
  onSort: (sort: SortKey, order: 'asc' | 'desc') => void;
  className?: string;
}) {
  const active = query.sort === sortKey;
  const next = active ? (query.order === 'asc' ? 'desc' : 'asc') : defaultOrder(sortKey);
  return (
    <th scope="col" aria-sort={active ? (query.order === 'asc' ? 'ascending' : 'descending') : 'none'} className={`${TH} ${className}`}>
      <button
        type="button"
        onClick={() => onSort(sortKey, next)}
        className={`-mx-1 inline-flex items-center gap-1 whitespace-nowrap rounded px-1 uppercase tracking-wide hover:text-fg ${active ? 'text-fg' : ''}`}
      >
        {label}
        <span aria-hidden className="w-3 text-[0.7rem]">
          {active ? (query.order === 'asc' ? '▲' : '▼') : ''}
        </span>
        <span className="sr-only">{`, sort ${next === 'asc' ? 'ascending' : 'descending'}`}</span>
      </button>
    </th>
  );
}

function LinkedModel({ card }: { card: TCardListItem }) {
  if (card.modelId) return <span className="break-all font-mono text-xs">{card.modelId}</span>;
  if (card.modelPackageArn) {
    return (
      <span className="break-all font-mono text-xs" title={card.modelPackageArn}>
        {card.modelPackageArn.replace(/^arn:aws:sagemaker:[^:]*:[^:]*:model-package\//, 'package/')}
      </span>
    );
  }
  return <span className="text-xs text-muted">Not linked</span>;
}

function SelectAll({ ids, selected, onSelect }: { ids: string[]; selected: string[]; onSelect: (ids: string[]) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const all = ids.length > 0 && selected.length === ids.length;
  const some = selected.length > 0 && !all;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <input
      ref={ref}
      type="checkbox"
      autoComplete="off"
      aria-label="Select all cards on this page"
      checked={all}
      onChange={() => onSelect(all ? [] : ids)}
      className="size-4 accent-accent"
    />
  );
}

export function HubTable({
  items,
  query,
  now,
  selectable,
  selected,
  onSelect,
  onSort,
  busy,
}: {
  items: TCardListItem[];
  query: TCardListQuery;
  now: number;
  selectable: boolean;
  selected: string[];
  onSelect: (ids: string[]) => void;
  onSort: (sort: SortKey, order: 'asc' | 'desc') => void;
  busy: boolean;
}) {
  const toggle = (id: string) => onSelect(selected.includes(id) ? selected.filter((item) => item !== id) : [...selected, id]);
  return (
    <div className="relative overflow-x-auto rounded-xl border border-line bg-surface">
      <table aria-busy={busy} className={`w-full text-left text-sm transition-opacity ${busy ? 'opacity-60' : ''}`}>
        <caption className="sr-only">Model cards</caption>
        <thead className="border-b border-line bg-sunken text-xs uppercase tracking-wide text-muted">
          <tr>
            {selectable ? (
              <th scope="col" className="w-10 py-2.5 pl-4 pr-0">
                <SelectAll ids={items.map((card) => card.id)} selected={selected} onSelect={onSelect} />
              </th>
            ) : null}
            <SortableHeader label="Name" sortKey="name" query={query} onSort={onSort} />
            <th scope="col" className={`${TH} hidden lg:table-cell`}>
              Linked model
            </th>
            <th scope="col" className={TH}>
              Status
            </th>
            <th scope="col" className={TH}>
              Risk
            </th>
            <th scope="col" className={`${TH} hidden text-right lg:table-cell`}>
              Version
            </th>
            <th scope="col" className={TH}>
              Owner
            </th>
            <SortableHeader label="Created" sortKey="createdAt" query={query} onSort={onSort} className="hidden xl:table-cell" />
            <SortableHeader label="Last modified" sortKey="updatedAt" query={query} onSort={onSort} />
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {items.map((card) => {
            const checked = selected.includes(card.id);
            return (
              <tr key={card.id} data-card-name={card.name} className={checked ? 'bg-accent/5' : 'hover:bg-sunken/50'}>
                {selectable ? (
                  <td className="w-10 py-2.5 pl-4 pr-0 align-top">
                    <input
                      type="checkbox"
                      autoComplete="off"
                      aria-label={`Select ${card.name}`}
                      checked={checked}
                      onChange={() => toggle(card.id)}
                      className="mt-0.5 size-4 accent-accent"
                    />
                  </td>
                ) : null}
                <td className={`${TD} max-w-64`}>
                  <Link
                    href={`/model-cards/${encodeURIComponent(card.name)}`}
                    className="break-all font-medium text-fg underline-offset-2 hover:text-accent hover:underline"
                  >
                    {card.name}
                  </Link>
                  {/* Below lg the version and the linked model share the name's cell. */}
                  <div className="mt-0.5 lg:hidden">
                    <span className="text-xs text-muted">v{card.latestVersion} · </span>
                    <LinkedModel card={card} />
                  </div>
                </td>
                <td className={`${TD} hidden max-w-56 lg:table-cell`}>
                  <LinkedModel card={card} />
                </td>
                <td className={TD}>
                  <StatusBadge status={card.status} />
                </td>
                <td className={TD}>
                  <RiskBadge risk={card.riskRating} />
                </td>
                <td className={`${TD} hidden text-right tabular-nums lg:table-cell`}>{card.latestVersion}</td>
                <td className={`${TD} whitespace-nowrap`} title={card.owner.email}>
                  {card.owner.name}
                </td>
                <td className={`${TD} hidden whitespace-nowrap text-muted xl:table-cell`}>
                  <time dateTime={card.createdAt} title={formatDateTime(card.createdAt)}>
                    {formatDate(card.createdAt)}
                  </time>
                </td>
                <td className={`${TD} whitespace-nowrap`}>
                  <RelativeTime iso={card.updatedAt} now={now} />
                  <div className="text-xs text-muted">by {card.updatedBy.name}</div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
