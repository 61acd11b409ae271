import { useAuth, useViewer } from '@hearth/web/graphql';
import { NotificationBell } from '@hearth/web/notifications';
import { Avatar, Button, SkipLink } from '@hearth/web/ui';
import { useState } from 'react';
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
    </>
  );
}
