import type { AuditRow } from './queries';
import type { AuditEntry } from './schemas';

export const presentEntry = (r: AuditRow): AuditEntry => ({
  id: r.id, at: new Date(r.at).toISOString(), username: r.username, fullName: r.full_name, action: r.action, entity: r.entity,
  entityId: r.entity_id, summary: r.summary, before: r.before, after: r.after,
});
