import * as RadixDialog from '@radix-ui/react-dialog';
import type { FormEvent, ReactNode } from 'react';
import './dialog.css';

/**
 * Ferry's dialog shell on Radix Dialog: focus trap, Escape and the close button close it, focus returns to
 * where it was. With `onSubmit` the body is a form, so Enter in a field submits.
 */
export function Dialog({
  title,
  description,
  open,
  onClose,
  onSubmit,
  footer,
  children,
  width = 420,
  tone = 'normal',
  alert = false,
  icon,
  initialFocus,
}: {
  title: string;
  description?: ReactNode;
  open: boolean;
  onClose: () => void;
  onSubmit?: () => void;
  footer: ReactNode;
  children?: ReactNode;
  width?: number;
  /** `danger`: a red top edge and title, for questions with consequences (changed certificate). */
  tone?: 'normal' | 'danger';
  /** Needs an answer (delete, trust): announced as an alert dialog. */
  alert?: boolean;
  icon?: ReactNode;
  /** Where focus goes on open; by default the first focusable element (Radix). */
  initialFocus?: () => HTMLElement | null;
}) {
  const body = (
    <>
      <div className="dialog__body">{children}</div>
      <div className="dialog__footer">{footer}</div>
    </>
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit?.();
  }
  return (
    <RadixDialog.Root open={open} onOpenChange={(next) => (next ? undefined : onClose())}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className={`dialog dialog--${tone}`}
          style={{ width: `min(${width}px, calc(100vw - 32px))` }}
          role={alert ? 'alertdialog' : 'dialog'}
          onOpenAutoFocus={(event) => {
            const target = initialFocus?.();
            if (target != null) {
              event.preventDefault();
              target.focus();
            }
          }}
          {...(description === undefined ? { 'aria-describedby': undefined } : {})}
        >
          <header className="dialog__header">
            {icon !== undefined && <span className="dialog__icon">{icon}</span>}
            <RadixDialog.Title className="dialog__title">{title}</RadixDialog.Title>
            <RadixDialog.Close className="icon-button dialog__close" aria-label="Close">
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                <path d="M3 3l8 8M11 3l-8 8" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
              </svg>
            </RadixDialog.Close>
          </header>
          {description !== undefined && <RadixDialog.Description className="dialog__description">{description}</RadixDialog.Description>}
          {onSubmit === undefined ? (
            body
          ) : (
            <form className="dialog__form" onSubmit={submit} noValidate>
              {body}
            </form>
          )}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
