import { Badge } from '@hearth/web/ui';
import type { GroupCategory, GroupViewerStatus, GroupVisibility } from '@hearth/web/graphql';
import { Link } from 'react-router';
import { CATEGORIES, VISIBILITY } from './labels';

export interface GroupCardData {
  id: string;
  slug: string;
  name: string;
  description: string;
  category: GroupCategory;
  visibility: GroupVisibility;
  coverColor: string;
  coverImageUrl?: string | null;
  archived: boolean;
  memberCount: number;
  viewerStatus: GroupViewerStatus;
}

const STATUS: Partial<Record<GroupViewerStatus, string>> = {
  MEMBER: 'Member',
  REQUESTED: 'Requested',
  INVITED: 'Invited',
};

export function GroupCard({ group }: { group: GroupCardData }) {
  return (
    <li
      className="h-card"
      style={{ padding: 0, overflow: 'hidden', display: 'flex', flexDirection: 'column' }}
    >
      <div
        aria-hidden="true"
        style={{
          height: '4.5rem',
          background: group.coverImageUrl
            ? `center / cover no-repeat url("${group.coverImageUrl}")`
            : group.coverColor,
        }}
      />
      <div
        style={{
          padding: '0.9rem 1rem 1rem',
          display: 'flex',
          flexDirection: 'column',
          gap: '0.4rem',
          flex: 1,
        }}
      >
        <h2 style={{ fontSize: '1.05rem', margin: 0 }}>
          <Link to={`/groups/${group.slug}`}>{group.name}</Link>
        </h2>
        <div className="h-row" style={{ gap: '0.4rem' }}>
          <Badge>{VISIBILITY[group.visibility].label}</Badge>
          <Badge>
            {CATEGORIES.find((c) => c.value === group.category)?.label ?? group.category}
          </Badge>
          {STATUS[group.viewerStatus] && <Badge tone="success">{STATUS[group.viewerStatus]}</Badge>}
          {group.archived && <Badge tone="danger">Archived</Badge>}
        </div>
        <p className="h-muted" style={{ margin: 0, flex: 1 }}>
          {group.description.length > 140
            ? `${group.description.slice(0, 140)}…`
            : group.description || 'No description yet.'}
        </p>
        <span className="h-muted">
          {group.memberCount} {group.memberCount === 1 ? 'member' : 'members'}
        </span>
      </div>
    </li>
  );
}
