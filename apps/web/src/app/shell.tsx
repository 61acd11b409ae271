import { useAuth, useLiveState, useViewer } from '@hearth/web/graphql';
import { NotificationBell } from '@hearth/web/notifications';
import { Avatar, Button, SkipLink } from '@hearth/web/ui';
import { useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';

/** The signed-in layout: header with navigation (a menu on phones) and the notification bell, then the page. */
export function Shell() {
  const viewer = useViewer();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const links = [
    { to: '/', label: 'Home', end: true },
    { to: '/my-groups', label: 'My groups', end: true },
    { to: '/groups', label: 'Groups', end: false },
    { to: '/people', label: 'People', end: false },
    { to: '/town-halls', label: 'Town halls', end: false },
    ...(viewer.orgRole === 'ADMIN' ? [{ to: '/admin/people', label: 'Admin', end: false }] : []),
  ];
  return (
    <>
      <SkipLink />
      <header className="app-header" data-open={open}>
        <div className="app-header__inner">
          <Link to="/" className="app-brand">
            <img src="/favicon.svg" alt="" />
            Hearth
          </Link>
          <Button
            className="app-menu-button"
            small
            aria-expanded={open}
            aria-controls="app-nav"
            onClick={() => setOpen((o) => !o)}
          >
            {open ? 'Close menu' : 'Menu'}
          </Button>
          <nav id="app-nav" className="app-nav" aria-label="Main">
            <ul>
              {links.map((l) => (
                <li key={l.to}>
                  <NavLink to={l.to} end={l.end} onClick={() => setOpen(false)}>
                    {l.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="app-bell">
            <NotificationBell />
          </div>
          <div className="app-user">
            <Link to={`/people/${viewer.id}`} className="app-user__name h-row">
              <Avatar
                name={viewer.displayName}
                initials={viewer.initials}
                src={viewer.avatarUrl}
                size={32}
              />
              {viewer.displayName}
            </Link>
            <Link to="/settings/profile">Edit profile</Link>
            <Button
              small
              variant="ghost"
              onClick={() => {
                void signOut().then(() => navigate('/sign-in'));
              }}
            >
              Sign out
            </Button>
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <LiveConnectionStatus />
    </>
  );
}

/** How long the live connection may be down before the page says so (a restart takes ~1 s). */
export const RECONNECTING_NOTICE_DELAY_MS = 1500;

/**
 * A quiet "Reconnecting…" while live updates are down: the socket keeps retrying and, once back,
 * reads the page again, so the person only needs to know that what they see may be a moment old.
 */
export function LiveConnectionStatus() {
  const state = useLiveState();
  return (
    <div className="app-live-status" role="status">
      {state === 'reconnecting' && <ReconnectingNotice />}
    </div>
  );
}

/** Mounted while reconnecting; shows itself once the drop has lasted a moment. */
function ReconnectingNotice() {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), RECONNECTING_NOTICE_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!shown) return null;
  return (
    <span className="app-live-status__pill" title="Live updates will resume when it is back">
      <span className="app-live-status__dot" aria-hidden="true" />
      Reconnecting…
    </span>
  );
}
