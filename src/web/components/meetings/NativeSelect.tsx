import type { SelectHTMLAttributes } from 'react';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value?: string | null;
  onChange?: (v: string | null) => void;
  options: { value: string; label: string }[];
  placeholder: string;
};

/** The phone's own picker (big, familiar to older users); works inside antd Form.Item (value/onChange/id). */
export function NativeSelect({ value, onChange, options, placeholder, className, ...rest }: Props) {
  return (
    <select {...rest} className={`mt-native-select${className ? ` ${className}` : ''}`} value={value ?? ''} onChange={(e) => onChange?.(e.target.value || null)}>
      <option value="">{placeholder}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
