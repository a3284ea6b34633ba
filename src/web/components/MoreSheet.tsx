import { Drawer } from 'antd';
import type { ReactNode } from 'react';

/** The phone's "Thêm" sheet: the places that do not fit the bottom bar (loaded when first opened). */
export default function MoreSheet({ open, title, onClose, children }: { open: boolean; title: string; onClose: () => void; children: ReactNode }) {
  return (
    <Drawer placement="bottom" size="auto" open={open} onClose={onClose} title={title} className="more-drawer">
      <nav aria-label={title}>
        <ul className="more-list">{children}</ul>
      </nav>
    </Drawer>
  );
}
