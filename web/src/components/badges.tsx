/** Small labels the desk reads at a glance: priority (p1 red), status, category. */
import { useI18n } from '../i18n/i18n.js';

export function PriorityBadge({ priority }: { priority: string }) {
  const { label } = useI18n();
  const cls = priority === 'p1' || priority === 'p2' || priority === 'p3' ? priority : 'p3';
  return (
    <span className={`badge priority priority-${cls}`} title={label('priority', priority)}>
      {priority.toUpperCase()}
    </span>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const { label } = useI18n();
  return <span className={`badge status status-${status.replace(/[^a-z_]/g, '')}`}>{label('status', status)}</span>;
}
