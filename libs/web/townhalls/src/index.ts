import './lib/townhalls.css';
export { TownHallListPage } from './lib/town-hall-list-page';
export { TownHallPage } from './lib/town-hall-page';
export { PresenterPage } from './lib/presenter-view';
export { SummaryPage as TownHallSummaryPage } from './lib/summary-page';
