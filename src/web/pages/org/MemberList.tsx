import { useState } from 'react';
import { Button, Checkbox, Empty, Grid, Input, Pagination } from 'antd';
import { DownloadOutlined, PlusOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth';
import { useOrgMembers } from '../../api/orgs';
import type { OrgDetail } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MemberRows } from '../../components/MemberRows';
import { Section } from '../../components/Section';
import { useDebounced } from '../../lib/useDebounced';
import { AddMemberModal } from './AddMemberModal';
import { ImportModal } from './ImportModal';
import { DocLink } from '../../components/DocLink';

const PAGE_SIZE = 25;

/** The unit's members (its whole subtree), searchable by name without diacritics, page by page. */
export function MemberList({ org }: { org: OrgDetail }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const narrow = Grid.useBreakpoint().md === false;
  const [text, setText] = useState('');
  const [includeFormer, setIncludeFormer] = useState(false);
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const q = useDebounced(text.trim(), 300);
  const list = useOrgMembers(org.id, { q, includeFormer, page, pageSize: PAGE_SIZE });
  const actions = (
    <>
      {org.can.manageMembers && org.status === 'active' ? (
        <>
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('members.add')}
          </Button>
          {org.kind === 'cell' ? (
            <Button icon={<UploadOutlined aria-hidden />} onClick={() => setImporting(true)}>
              {t('members.import')}
            </Button>
          ) : null}
        </>
      ) : null}
      {org.can.readMembers ? (
        <DocLink icon={<DownloadOutlined aria-hidden />} href={`/api/orgs/${org.id}/members.xlsx`}>
          {t('members.export')}
        </DocLink>
      ) : null}
    </>
  );
  const data = list.data;
  return (
    <Section title={t('org.members')} extra={actions}>
      <div className="toolbar">
        <Input
          type="search"
          prefix={<SearchOutlined aria-hidden />}
          className="grow"
          aria-label={t('members.searchLabel')}
          placeholder={t('members.searchPh')}
          allowClear
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setPage(1);
          }}
        />
        <Checkbox
          checked={includeFormer}
          onChange={(e) => {
            setIncludeFormer(e.target.checked);
            setPage(1);
          }}
        >
          {t('members.includeFormer')}
        </Checkbox>
      </div>
      <ErrorAlert error={list.error} />
      {data && data.items.length === 0 ? (
        <Empty description={t('members.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <MemberRows
          linkable={(r) => org.can.readMembers || r.personId === me?.personId}
          rows={data?.items ?? []} loading={list.isFetching} showCell={org.kind !== 'cell'} caption={t('org.members')} />
      )}
      {data && data.total > PAGE_SIZE ? (
        <Pagination
          style={{ marginTop: 12 }}
          current={page}
          pageSize={PAGE_SIZE}
          total={data.total}
          showSizeChanger={false}
          showTotal={narrow ? undefined : (n) => t('members.count', { count: n })}
          onChange={setPage}
          simple={narrow}
          showLessItems
        />
      ) : null}
      {adding ? <AddMemberModal org={org} onClose={() => setAdding(false)} /> : null}
      {importing ? <ImportModal org={org} onClose={() => setImporting(false)} /> : null}
    </Section>
  );
}
