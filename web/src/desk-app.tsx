/**
 * The desk's screens, behind their own dynamic import (main.tsx): a citizen's phone that opens the report
 * form, a tracking link or the station finder never downloads the desk's code.
 */
import { DeskShell } from './components/desk-shell.js';
import { LoginScreen } from './screens/DeskLogin/LoginScreen.js';
import { QueueScreen } from './screens/DeskQueue/QueueScreen.js';
import { TicketScreen } from './screens/DeskTicket/TicketScreen.js';
import { IntakeScreen } from './screens/Intake/IntakeScreen.js';
import { LeadershipScreen } from './screens/Leadership/LeadershipScreen.js';
import { OverviewScreen } from './screens/Overview/OverviewScreen.js';
import { RosterScreen } from './screens/Roster/RosterScreen.js';
import { CommunityScreen } from './screens/Community/CommunityScreen.js';
import { Open311KeysScreen } from './screens/Open311Keys/Open311KeysScreen.js';

/** The desk screen for a path under /desk, or null when there is none. */
export function DeskApp({ path }: { path: string }) {
  if (path === '/desk/login') return <LoginScreen />;
  if (path === '/desk') {
    return (
      <DeskShell>
        <QueueScreen />
      </DeskShell>
    );
  }
  if (path === '/desk/overview') {
    return (
      <DeskShell>
        <OverviewScreen />
      </DeskShell>
    );
  }
  if (path === '/desk/leadership') {
    return (
      <DeskShell>
        <LeadershipScreen />
      </DeskShell>
    );
  }
  if (path === '/desk/intake') {
    return (
      <DeskShell>
        <IntakeScreen />
      </DeskShell>
    );
  }
  if (path === '/desk/roster') {
    return (
      <DeskShell>
        <RosterScreen />
      </DeskShell>
    );
  }
  if (path === '/desk/community') {
    return (
      <DeskShell>
        <CommunityScreen />
      </DeskShell>
    );
  }
  if (path === '/desk/open311-keys') {
    return (
      <DeskShell>
        <Open311KeysScreen />
      </DeskShell>
    );
  }
  const ticket = /^\/desk\/tickets\/(\d+)$/.exec(path);
  if (ticket?.[1]) {
    return (
      <DeskShell>
        <TicketScreen key={ticket[1]} id={Number(ticket[1])} />
      </DeskShell>
    );
  }
  return null;
}
