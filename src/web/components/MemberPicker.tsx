import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMemberSearch } from '../api/members';
import { useDebounced } from '../lib/useDebounced';

/** Picks a member by typing part of the name (searched on the server, diacritics optional). */
export function MemberPicker({ id, value, onChange, 'aria-label': label }: { id?: string; value?: string; onChange?: (v: string) => void; 'aria-label'?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const found = useMemberSearch(q);
  return (
    <Select
      id={id}
      aria-label={label}
      value={value}
      onChange={onChange}
      placeholder={t('accounts.personPh')}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={found.isFetching}
      notFoundContent={q ? t('members.noResults') : null}
      options={(found.data ?? []).map((m) => ({ value: m.personId, label: `${m.fullName} — ${m.orgName}` }))}
      style={{ width: '100%' }}
    />
  );
}
