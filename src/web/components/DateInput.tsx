import { DatePicker } from 'antd';
import dayjs from 'dayjs';

type Props = { id?: string; value?: string | null; onChange?: (v: string | null) => void; 'aria-required'?: boolean };

/** A date field that holds an ISO 'YYYY-MM-DD' string and shows and accepts dd/MM/yyyy. */
export function DateInput({ id, value, onChange, ...rest }: Props) {
  return (
    <DatePicker
      id={id}
      format={['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY']}
      placeholder="dd/mm/yyyy"
      style={{ width: '100%', maxWidth: 220 }}
      value={value ? dayjs(value, 'YYYY-MM-DD') : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
      inputReadOnly={false}
      {...rest}
    />
  );
}
