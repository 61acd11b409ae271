import type { GroupCategory, GroupRole, GroupVisibility } from '@hearth/web/graphql';

export const CATEGORIES: Array<{ value: GroupCategory; label: string }> = [
  { value: 'TEAM', label: 'Teams' },
  { value: 'PROJECT', label: 'Projects' },
  { value: 'INTEREST', label: 'Interests' },
  { value: 'SOCIAL', label: 'Social' },
  { value: 'CULTURE', label: 'Culture' },
  { value: 'ANNOUNCEMENTS', label: 'Announcements' },
];

export const VISIBILITY: Record<GroupVisibility, { label: string; explain: string }> = {
  OPEN: { label: 'Open', explain: 'Anyone can find it, see its posts and join.' },
  CLOSED: {
    label: 'Closed',
    explain: 'Anyone can find it and see who is in it; people ask to join and admins approve.',
  },
  SECRET: {
    label: 'Secret',
    explain: 'Only members can find it. People join by invitation from its admins.',
  },
};

export const ROLE_LABEL: Record<GroupRole, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  MODERATOR: 'Moderator',
  MEMBER: 'Member',
};

export const COVER_COLOURS = [
  '#B4441C',
  '#1D4ED8',
  '#7C3AED',
  '#047857',
  '#BE185D',
  '#0E7490',
  '#B45309',
  '#111827',
];
