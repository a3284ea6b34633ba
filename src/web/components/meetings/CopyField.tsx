import { useId } from 'react';
import { App, Button, Input } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Copies text to the clipboard (falls back to selecting it for older phones). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      void message.success(t('mtg.feeds.copied'));
    } catch {
      void message.info(t('mtg.feeds.copyManually'));
    }
  };
  return (
    <Button icon={<CopyOutlined aria-hidden />} onClick={copy}>
      {label}
    </Button>
  );
}

/** A URL shown in a read-only field with a copy button. */
export function UrlField({ url, label, copyLabel }: { url: string; label: string; copyLabel: string }) {
  const id = useId();
  return (
    <div className="mt-url">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="mt-url-row">
        <Input id={id} readOnly value={url} onFocus={(e) => e.target.select()} />
        <CopyButton text={url} label={copyLabel} />
      </div>
    </div>
  );
}
