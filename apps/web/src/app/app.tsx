import { ApolloProvider } from '@apollo/client/react';
import {
  AuthProvider,
  createApolloClient,
  LiveStatus,
  LiveStatusProvider,
  SessionStore,
  useAuth,
} from '@hearth/web/graphql';
import {
  GroupPosts,
  GroupReview,
  HashtagPage,
  HomeFeedPage,
  PersonActivity,
  PostPage,
} from '@hearth/web/conversation';
import {
  GroupDirectoryPage,
  GroupPage,
  type GroupSection,
  type GroupSectionContext,
  MyGroupsPage,
} from '@hearth/web/groups';
import {
  AcceptInvitationPage,
  AdminPeoplePage,
  AuditLogPage,
  BackgroundJobsPage,
  EditProfilePage,
  OrganisationSettingsPage,
  PeopleDirectoryPage,
  ProfilePage,
  SignInPage,
  SignUpPage,
} from '@hearth/web/identity';
import { NotificationSettingsPage, NotificationsPage } from '@hearth/web/notifications';
import {
  PresenterPage,
  TownHallListPage,
  TownHallPage,
  TownHallSummaryPage,
} from '@hearth/web/townhalls';
import { EmptyState, LoadingState } from '@hearth/web/ui';
import { ReactElement, useMemo } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { Shell } from './shell';
import './app.css';

function RequireAuth({ children, admin }: { children: ReactElement; admin?: boolean }) {
  const { viewer } = useAuth();
  const location = useLocation();
  if (viewer === undefined) return <LoadingState label="Loading Hearth…" />;
  if (viewer === null) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (admin && viewer.orgRole !== 'ADMIN')
    return <EmptyState title="Admins only">This page is for organisation admins.</EmptyState>;
  return children;
}

function NotFound() {
  return (
    <EmptyState title="Page not found" action={<Link to="/">Go to your feed</Link>}>
      There is nothing at this address.
    </EmptyState>
  );
}

/** The group page's conversation sections: posts, and the review queue for moderators. */
function groupSections(group: GroupSectionContext): GroupSection[] {
  return [
    { id: 'posts', label: 'Posts', render: () => <GroupPosts group={group} /> },
    ...(group.postApproval && group.viewerPermissions.canManageMembers
      ? [{ id: 'review', label: 'Review', render: () => <GroupReview groupId={group.id} /> }]
      : []),
  ];
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/sign-up" element={<SignUpPage />} />
      <Route path="/invite/:token" element={<AcceptInvitationPage />} />
      <Route
        element={
          <RequireAuth>
            <Shell />
          </RequireAuth>
        }
      >
        <Route index element={<HomeFeedPage />} />
        <Route path="my-groups" element={<MyGroupsPage />} />
        <Route path="groups" element={<GroupDirectoryPage />} />
        <Route path="groups/:slug" element={<GroupPage sections={groupSections} />} />
        <Route path="hashtags/:tag" element={<HashtagPage />} />
        <Route path="posts/:id" element={<PostPage />} />
        <Route path="people" element={<PeopleDirectoryPage />} />
        <Route
          path="people/:id"
          element={
            <ProfilePage
              activity={(person) => <PersonActivity userId={person.id} name={person.displayName} />}
            />
          }
        />
        <Route path="town-halls" element={<TownHallListPage />} />
        <Route path="town-halls/:id" element={<TownHallPage />} />
        <Route path="town-halls/:id/present" element={<PresenterPage />} />
        <Route path="town-halls/:id/summary" element={<TownHallSummaryPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="settings/profile" element={<EditProfilePage />} />
        <Route path="settings/notifications" element={<NotificationSettingsPage />} />
        <Route
          path="admin/people"
          element={
            <RequireAuth admin>
              <AdminPeoplePage />
            </RequireAuth>
          }
        />
        <Route
          path="admin/audit-log"
          element={
            <RequireAuth admin>
              <AuditLogPage />
            </RequireAuth>
          }
        />
        <Route
          path="admin/jobs"
          element={
            <RequireAuth admin>
              <BackgroundJobsPage />
            </RequireAuth>
          }
        />
        <Route
          path="admin/organisation"
          element={
            <RequireAuth admin>
              <OrganisationSettingsPage />
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

export function App() {
  const session = useMemo(() => new SessionStore('/graphql'), []);
  const liveStatus = useMemo(() => new LiveStatus(), []);
  const client = useMemo(
    () => createApolloClient(session, '/graphql', undefined, liveStatus),
    [session, liveStatus],
  );
  return (
    <ApolloProvider client={client}>
      <LiveStatusProvider status={liveStatus}>
        <AuthProvider session={session}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </LiveStatusProvider>
    </ApolloProvider>
  );
}
