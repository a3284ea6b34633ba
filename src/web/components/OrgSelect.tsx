import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgs } from '../api/hooks';
import { buildTree, flatten } from '../lib/tree';
import { foldVietnamese } from '../../domain/text';
import type { Org, OrgKind } from '../api/types';

type Props = {
  id?: string;
  value?: string;
  onChange?: (v: string) => void;
  kinds?: OrgKind[];
  exclude?: (o: Org) => boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
};

/** Picks an active unit the caller may see, indented by level, searchable without diacritics. */
export function OrgSelect({ id, value, onChange, kinds, exclude, style, ...rest }: Props) {
  const { t } = useTranslation();
  const orgs = useOrgs();
  const options = useMemo(() => {
    const list = flatten(buildTree(orgs.data ?? []));
    return list
      .filter((o) => !o.contextOnly && o.status === 'active' && (!kinds || kinds.includes(o.kind)) && !(exclude && exclude(o)))
      .map((o) => ({
        value: o.id,
        label: '\u00a0\u00a0'.repeat(o.depth) + o.name,
        search: foldVietnamese(o.name),
      }));
  }, [orgs.data, kinds, exclude]);
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      loading={orgs.isLoading}
      placeholder={t('common.choose')}
      showSearch={{ filterOption: (input, opt) => !!opt && (opt.search as string).includes(foldVietnamese(input)) }}
      style={{ width: '100%', ...style }}
      {...rest}
    />
  );
}
