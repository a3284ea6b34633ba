import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Uuid } from '../../schemas';
import { CHANNELS, NOTIFICATION_KINDS } from '../../../domain/followup/notifications';

const Kind = Type.Union(NOTIFICATION_KINDS.map((k) => Type.Literal(k)));
const ChannelName = Type.Union(CHANNELS.map((c) => Type.Literal(c)));

export const Notification = Type.Object({
  id: Uuid, kind: Type.String(), title: Type.String(), body: Type.String(), link: Nullable(Type.String()),
  createdAt: Type.String({ description: 'ISO instant' }), read: Type.Boolean(),
});
export const NotificationList = Type.Object({
  items: Type.Array(Notification, { description: 'newest first, at most 100' }),
  unread: Type.Integer({ description: 'unread notifications of the signed-in person' }),
});
export const ListQuery = Type.Object({ unread: Type.Optional(Type.Boolean({ description: 'only the unread ones' })) });
export const ReadAllBody = Type.Object({});
export const Prefs = Type.Object({
  emailConfigured: Type.Boolean({ description: 'whether this instance sends e-mail (CHIBO_SMTP_URL set)' }),
  email: Nullable(Type.String({ description: 'the address notices are e-mailed to' })),
  items: Type.Array(Type.Object({ kind: Kind, app: Type.Boolean(), email: Type.Boolean() })),
});
export const PrefsBody = Type.Object({
  items: Type.Array(Type.Object({ kind: Kind, channel: ChannelName, enabled: Type.Boolean() }), { maxItems: 50 }),
});
export type PrefsBody = Static<typeof PrefsBody>;
