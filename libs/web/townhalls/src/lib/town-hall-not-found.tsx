import { EmptyState } from '@hearth/web/ui';
import { Link } from 'react-router';

export function TownHallNotFound() {
  return (
    <EmptyState
      title="Town hall not found"
      action={<Link to="/town-halls">See all town halls</Link>}
    >
      This town hall does not exist, or it is not for you.
    </EmptyState>
  );
}
