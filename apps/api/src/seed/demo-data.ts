import {
  GroupCategory,
  GroupRole,
  GroupVisibility,
  OrgRole,
  PostingPolicy,
} from '@hearth/shared/util';

/** The shared password of every demo account (printed by `npm start`; change it for real use). */
export const DEMO_PASSWORD = 'hearth-demo-2026';
export const DEMO_ADMIN_EMAIL = 'admin@hearth.local';
export const DEMO_HR_EMAIL = 'hr@hearth.local';

export interface DemoPerson {
  key: string;
  name: string;
  title: string;
  department: string;
  location: string;
  manager?: string;
  orgRole?: OrgRole;
  email?: string;
  active?: boolean;
  bio?: string;
}

const P = (
  key: string,
  name: string,
  title: string,
  department: string,
  location: string,
  manager?: string,
  extra: Partial<DemoPerson> = {},
): DemoPerson => ({ key, name, title, department, location, manager, ...extra });

/** 40 people in 7 departments with a real reporting line. */
export const PEOPLE: DemoPerson[] = [
  P('admin', 'Alex Morgan', 'IT Administrator', 'IT', 'Lisbon', 'cto', {
    orgRole: OrgRole.ADMIN,
    email: DEMO_ADMIN_EMAIL,
    bio: 'Keeps Hearth running. Ask me anything about accounts.',
  }),
  P('hr', 'Harriet Okafor', 'Head of People', 'People', 'London', 'ceo', {
    orgRole: OrgRole.HR,
    email: DEMO_HR_EMAIL,
    bio: 'Culture, wellbeing and the odd town hall.',
  }),
  P('ceo', 'Sofia Lindqvist', 'Chief Executive Officer', 'Leadership', 'London', undefined, {
    bio: 'Ask me the hard questions.',
  }),
  P('cto', 'Daniel Mensah', 'Chief Technology Officer', 'Leadership', 'Lisbon', 'ceo'),
  P('cfo', 'Priya Raman', 'Chief Financial Officer', 'Leadership', 'London', 'ceo'),
  P('coo', 'Marco Bianchi', 'Chief Operating Officer', 'Leadership', 'Milan', 'ceo'),
  P('maya', 'Maya Chen', 'Engineering Manager', 'Engineering', 'Lisbon', 'cto', {
    bio: 'Platform team lead. Climber, baker of bad bread.',
  }),
  P('tom', 'Tom Becker', 'Senior Software Engineer', 'Engineering', 'Berlin', 'maya'),
  P('aisha', 'Aisha Bello', 'Software Engineer', 'Engineering', 'Lisbon', 'maya'),
  P('lucas', 'Lucas Ferreira', 'Software Engineer', 'Engineering', 'Lisbon', 'maya'),
  P('yuki', 'Yuki Tanaka', 'Staff Engineer', 'Engineering', 'Remote', 'cto'),
  P('omar', 'Omar Haddad', 'Site Reliability Engineer', 'Engineering', 'Berlin', 'maya'),
  P('elena', 'Elena Petrova', 'QA Engineer', 'Engineering', 'Lisbon', 'maya'),
  P('ines', 'Inês Duarte', 'Product Designer', 'Design', 'Lisbon', 'noah'),
  P('noah', 'Noah Williams', 'Head of Design', 'Design', 'London', 'cto'),
  P('zara', 'Zara Ahmed', 'UX Researcher', 'Design', 'London', 'noah'),
  P('leo', 'Leo Martin', 'Product Designer', 'Design', 'Remote', 'noah'),
  P('grace', 'Grace Kim', 'VP Sales', 'Sales', 'New York', 'coo'),
  P('jack', 'Jack O’Brien', 'Account Executive', 'Sales', 'New York', 'grace'),
  P('camila', 'Camila Rojas', 'Account Executive', 'Sales', 'Madrid', 'grace'),
  P('ben', 'Ben Carter', 'Sales Development Rep', 'Sales', 'New York', 'grace'),
  P('fatima', 'Fatima Zahra', 'Customer Success Manager', 'Sales', 'Madrid', 'grace'),
  P('olivia', 'Olivia Brown', 'Marketing Director', 'Marketing', 'London', 'coo'),
  P('ravi', 'Ravi Patel', 'Content Lead', 'Marketing', 'London', 'olivia'),
  P('chloe', 'Chloé Dubois', 'Brand Designer', 'Marketing', 'Paris', 'olivia'),
  P('sam', 'Sam Taylor', 'Events Manager', 'Marketing', 'London', 'olivia'),
  P('nina', 'Nina Kowalski', 'People Partner', 'People', 'Berlin', 'hr'),
  P('kwame', 'Kwame Asante', 'Talent Acquisition Lead', 'People', 'London', 'hr'),
  P('lena', 'Lena Schmidt', 'Learning & Development', 'People', 'Berlin', 'hr'),
  P('diego', 'Diego Alvarez', 'Financial Analyst', 'Finance', 'Madrid', 'cfo'),
  P('hannah', 'Hannah Lee', 'Controller', 'Finance', 'London', 'cfo'),
  P('arjun', 'Arjun Mehta', 'Payroll Specialist', 'Finance', 'London', 'hannah'),
  P('emma', 'Emma Johansson', 'Office Manager', 'Operations', 'London', 'coo'),
  P('pedro', 'Pedro Santos', 'Facilities Coordinator', 'Operations', 'Lisbon', 'emma'),
  P('mei', 'Mei Wong', 'IT Support', 'IT', 'London', 'admin'),
  P('ivan', 'Ivan Horvat', 'Security Engineer', 'IT', 'Berlin', 'admin'),
  P('sara', 'Sara Nilsson', 'Data Analyst', 'Engineering', 'Remote', 'yuki'),
  P('joao', 'João Pereira', 'Backend Engineer', 'Engineering', 'Lisbon', 'maya'),
  P('amara', 'Amara Nwosu', 'Partnerships Manager', 'Sales', 'London', 'grace'),
  P('felix', 'Felix Wagner', 'Former Engineer', 'Engineering', 'Berlin', 'maya', { active: false }),
];

export interface DemoGroup {
  name: string;
  slug: string;
  description: string;
  category: GroupCategory;
  visibility: GroupVisibility;
  coverColor: string;
  postingPolicy?: PostingPolicy;
  postApproval?: boolean;
  questions?: string[];
  archived?: boolean;
  /** key → role; the first OWNER is the creator. */
  members: Array<[string, GroupRole]>;
  /** Pending requests to join: key and answers. */
  requests?: Array<[string, string[]]>;
  /** Pending invitations: invitee and inviter. */
  invitations?: Array<[string, string]>;
  banned?: string[];
}

const O = GroupRole.OWNER;
const A = GroupRole.ADMIN;
const M = GroupRole.MODERATOR;
const U = GroupRole.MEMBER;
const everyone = (except: string[] = []): Array<[string, GroupRole]> =>
  PEOPLE.filter((p) => p.active !== false && !except.includes(p.key)).map((p) => [p.key, U]);

/** 15 groups: every visibility and category, one archived, some with requests and invitations. */
export const GROUPS: DemoGroup[] = [
  {
    name: 'Company Announcements',
    slug: 'announcements',
    description: 'News from leadership and the People team. Only admins post here.',
    category: GroupCategory.ANNOUNCEMENTS,
    visibility: GroupVisibility.OPEN,
    coverColor: '#C2410C',
    postingPolicy: PostingPolicy.ADMINS_ONLY,
    members: [['ceo', O], ['hr', A], ['admin', A], ...everyone(['ceo', 'hr', 'admin'])],
  },
  {
    name: 'Platform Engineering',
    slug: 'platform-engineering',
    description: 'The platform team: deploys, incidents, RFCs and the occasional meme.',
    category: GroupCategory.TEAM,
    visibility: GroupVisibility.CLOSED,
    coverColor: '#1D4ED8',
    questions: ['Which team are you on?'],
    members: [
      ['maya', O],
      ['yuki', A],
      ['tom', M],
      ['aisha', U],
      ['lucas', U],
      ['omar', U],
      ['elena', U],
      ['joao', U],
      ['sara', U],
    ],
    requests: [
      ['ivan', ['Security — I would like to follow incident reviews.']],
      ['leo', ['Design — I work on the admin console.']],
    ],
  },
  {
    name: 'Design Guild',
    slug: 'design-guild',
    description: 'Critique, inspiration and the design system.',
    category: GroupCategory.TEAM,
    visibility: GroupVisibility.OPEN,
    coverColor: '#7C3AED',
    members: [
      ['noah', O],
      ['ines', A],
      ['zara', U],
      ['leo', U],
      ['chloe', U],
      ['maya', U],
    ],
  },
  {
    name: 'Sales Floor',
    slug: 'sales-floor',
    description: 'Deals, wins and objection handling.',
    category: GroupCategory.TEAM,
    visibility: GroupVisibility.CLOSED,
    coverColor: '#047857',
    questions: ['Which region do you cover?', 'What would you like to learn here?'],
    members: [
      ['grace', O],
      ['jack', M],
      ['camila', U],
      ['ben', U],
      ['fatima', U],
      ['amara', U],
    ],
    requests: [['olivia', ['EMEA', 'How we pitch the new plan.']]],
  },
  {
    name: 'Leadership Team',
    slug: 'leadership',
    description: 'Private space for the leadership team.',
    category: GroupCategory.TEAM,
    visibility: GroupVisibility.SECRET,
    coverColor: '#111827',
    members: [
      ['ceo', O],
      ['cto', A],
      ['cfo', U],
      ['coo', U],
      ['hr', U],
    ],
  },
  {
    name: 'Project Lighthouse',
    slug: 'project-lighthouse',
    description: 'The confidential acquisition project. Need to know only.',
    category: GroupCategory.PROJECT,
    visibility: GroupVisibility.SECRET,
    coverColor: '#0F766E',
    members: [
      ['cfo', O],
      ['ceo', U],
      ['diego', U],
      ['hannah', U],
    ],
    invitations: [['grace', 'cfo']],
  },
  {
    name: 'Hearth 2.0 Launch',
    slug: 'hearth-2-launch',
    description: 'Cross-team launch coordination for the spring release.',
    category: GroupCategory.PROJECT,
    visibility: GroupVisibility.OPEN,
    coverColor: '#B45309',
    members: [
      ['olivia', O],
      ['maya', A],
      ['ravi', U],
      ['ines', U],
      ['grace', U],
      ['sam', U],
      ['tom', U],
    ],
  },
  {
    name: 'Running Club',
    slug: 'running-club',
    description: 'Weekly lunchtime runs and race sign-ups. All paces welcome.',
    category: GroupCategory.SOCIAL,
    visibility: GroupVisibility.OPEN,
    coverColor: '#DC2626',
    members: [
      ['tom', O],
      ['aisha', U],
      ['camila', U],
      ['lena', U],
      ['pedro', U],
      ['kwame', U],
    ],
    invitations: [['ben', 'tom']],
  },
  {
    name: 'Board Games Night',
    slug: 'board-games',
    description: 'Thursdays after work. Bring snacks.',
    category: GroupCategory.SOCIAL,
    visibility: GroupVisibility.CLOSED,
    coverColor: '#9333EA',
    questions: ['What is your favourite game?'],
    members: [
      ['lucas', O],
      ['elena', U],
      ['mei', U],
      ['arjun', U],
    ],
    requests: [['zara', ['Wingspan!']]],
  },
  {
    name: 'Coffee Lovers',
    slug: 'coffee-lovers',
    description: 'Beans, brewing methods and the office espresso machine.',
    category: GroupCategory.INTEREST,
    visibility: GroupVisibility.OPEN,
    coverColor: '#78350F',
    members: [
      ['ines', O],
      ['joao', M],
      ['lucas', U],
      ['chloe', U],
      ['emma', U],
      ['diego', U],
      ['yuki', U],
    ],
  },
  {
    name: 'Book Club',
    slug: 'book-club',
    description: 'One book a month, discussed over lunch.',
    category: GroupCategory.INTEREST,
    visibility: GroupVisibility.CLOSED,
    coverColor: '#0E7490',
    questions: ['What did you read last?'],
    members: [
      ['ravi', O],
      ['zara', U],
      ['hannah', U],
      ['nina', U],
    ],
    banned: ['ben'],
  },
  {
    name: 'Women in Tech',
    slug: 'women-in-tech',
    description: 'Mentoring, events and support for women across the company.',
    category: GroupCategory.CULTURE,
    visibility: GroupVisibility.OPEN,
    coverColor: '#BE185D',
    members: [
      ['aisha', O],
      ['maya', A],
      ['elena', U],
      ['sara', U],
      ['zara', U],
      ['hr', U],
    ],
  },
  {
    name: 'Pride Network',
    slug: 'pride-network',
    description: 'A welcoming space for LGBTQ+ colleagues and allies.',
    category: GroupCategory.CULTURE,
    visibility: GroupVisibility.CLOSED,
    coverColor: '#DB2777',
    questions: ['Anything you would like us to know?'],
    members: [
      ['sam', O],
      ['leo', A],
      ['nina', U],
      ['chloe', U],
    ],
  },
  {
    name: 'Wellbeing Champions',
    slug: 'wellbeing-champions',
    description: 'HR-run network of wellbeing champions. By invitation.',
    category: GroupCategory.CULTURE,
    visibility: GroupVisibility.SECRET,
    coverColor: '#15803D',
    members: [
      ['hr', O],
      ['nina', A],
      ['lena', U],
      ['kwame', U],
    ],
    invitations: [['emma', 'hr']],
  },
  {
    name: 'Office Move 2025',
    slug: 'office-move-2025',
    description: 'Planning the London office move (done — kept for reference).',
    category: GroupCategory.PROJECT,
    visibility: GroupVisibility.OPEN,
    coverColor: '#475569',
    archived: true,
    members: [
      ['emma', O],
      ['pedro', U],
      ['coo', U],
    ],
  },
];
