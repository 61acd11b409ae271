/** Input limits shared by the API (validation) and the web app (form hints). */
export const LIMITS = {
  displayName: { min: 1, max: 80 },
  email: { max: 254 },
  password: { min: 10, max: 200 },
  profileText: { max: 80 },
  bio: { max: 1000 },
  avatarDataUrlBytes: 256 * 1024,
  groupName: { min: 3, max: 80 },
  groupSlug: { min: 3, max: 60 },
  groupDescription: { max: 2000 },
  membershipQuestions: { max: 3, questionMax: 200, answerMax: 1000 },
  banReason: { max: 500 },
  search: { max: 100 },
  pageSize: { default: 20, max: 50 },
  postBody: { min: 1, max: 10000 },
  commentBody: { min: 1, max: 5000 },
  pollOptions: { min: 2, max: 10, labelMax: 200 },
  pinsPerGroup: 3,
  rejectionReason: { max: 500 },
  mentionsPerText: 50,
  hashtagsPerText: 30,
  hashtag: { max: 50 },
  seenBatch: 50,
} as const;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

/** Turns a name into a URL slug: "Café Lovers!" -> "cafe-lovers". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, LIMITS.groupSlug.max);
}

/** Two letters for an avatar without an image: "Ana María López" -> "AL". */
export function initials(displayName: string): string {
  const parts = displayName.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
