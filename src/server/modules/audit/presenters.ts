import type { AuditRow } from './queries';
import type { AuditEntry } from './schemas';
import { auditText } from '../../../domain/audit';

export const presentEntry = (r: AuditRow, lang: 'vi' | 'en'): AuditEntry => ({
  id: r.id, at: new Date(r.at).toISOString(), username: r.username, fullName: r.full_name, action: r.action, entity: r.entity,
  entityId: r.entity_id, summary: r.summary, before: r.before, after: r.after, unit: r.org_name,
  text: auditText({ action: r.action, actor: r.full_name ?? r.username, summary: r.summary, unit: r.org_name, after: r.after, before: r.before }, lang),
});
